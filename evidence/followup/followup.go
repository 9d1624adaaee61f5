// Package followup tracks what the victim has done and what is still to do:
// the steps every case goes through (secure the account, call JD, report to
// the police, write to JD, dispute the credit record, complain if JD does
// not resolve it), which of them the case's actions show as done, what
// awaits a reply and what is overdue.
package followup

import (
	"sort"
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
)

// Step is one of the steps of a case.
type Step struct {
	Code   string // secure, jd, police, jd-letter, credit, complaint
	Done   bool
	Action *evidence.Action // the action that shows it done, if any
	Ref    string           // its reference (or the police receipt number)
	Date   evidence.Date
}

// StepCodes are the steps in the order a victim takes them.
var StepCodes = []string{"secure", "jd", "police", "jd-letter", "credit", "complaint"}

// Steps says which steps the case shows as done.
func Steps(c *evidence.Case) []Step {
	out := make([]Step, 0, len(StepCodes))
	for _, code := range StepCodes {
		s := Step{Code: code}
		for i := range c.Actions {
			a := &c.Actions[i]
			if shows(code, a) {
				s.Done, s.Action, s.Ref, s.Date = true, a, a.Ref, a.Date
				break
			}
		}
		if code == "police" && !s.Done && c.Police.CaseNumber != "" {
			s.Done, s.Ref, s.Date = true, c.Police.CaseNumber, c.Police.ReportedAt
		}
		out = append(out, s)
	}
	return out
}

// shows reports whether action a shows step code done.
func shows(code string, a *evidence.Action) bool {
	switch code {
	case "secure":
		return a.To == "self"
	case "jd":
		return a.To == "jd"
	case "jd-letter":
		return a.To == "jd" && written(a)
	case "police":
		return a.To == "police"
	case "credit":
		return a.To == "credit"
	case "complaint":
		return a.To == "regulator" || a.To == "consumer"
	}
	return false
}

// written tells a written request to JD from a call by its words.
func written(a *evidence.Action) bool {
	w := strings.ToLower(a.What)
	for _, k := range []string{"销账", "申请", "书面", "申诉", "信函", "邮寄", "letter", "write-off", "written", "request"} {
		if strings.Contains(w, k) {
			return true
		}
	}
	return false
}

// State is where an action stands.
type State string

const (
	StateDone     State = "done"     // nothing awaited, or the reply came
	StateAwaiting State = "awaiting" // a reply is due and not late
	StateOverdue  State = "overdue"  // the reply date has passed without a reply
)

// Item is an action with its state.
type Item struct {
	Index  int // in case.yaml's actions list
	Action evidence.Action
	State  State
	Days   int // days left (awaiting) or days late (overdue)
}

// Status is the follow-up view of a case on a given day.
type Status struct {
	Items []Item // every action, by date
	Steps []Step
	Next  []string // codes of the steps not done, in order
}

// Compute builds the status of c on the day of now (China time).
func Compute(c *evidence.Case, now time.Time) Status {
	today := day(now)
	var st Status
	for i, a := range c.Actions {
		it := Item{Index: i, Action: a, State: StateDone}
		if !a.ReplyBy.IsZero() && a.Replied.IsZero() {
			due := day(a.ReplyBy.Time)
			if today.After(due) {
				it.State, it.Days = StateOverdue, int(today.Sub(due).Hours()/24)
			} else {
				it.State, it.Days = StateAwaiting, int(due.Sub(today).Hours()/24)
			}
		}
		st.Items = append(st.Items, it)
	}
	sort.SliceStable(st.Items, func(i, j int) bool { return st.Items[i].Action.Date.Before(st.Items[j].Action.Date.Time) })
	st.Steps = Steps(c)
	for _, s := range st.Steps {
		if !s.Done {
			st.Next = append(st.Next, s.Code)
		}
	}
	return st
}

func day(t time.Time) time.Time {
	t = t.In(evidence.ChinaZone())
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, evidence.ChinaZone())
}
