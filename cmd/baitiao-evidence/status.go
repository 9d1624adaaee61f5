package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/followup"
)

// statusOptions are the inputs of `status`.
type statusOptions struct {
	Case      string
	JSON      bool
	Templates string
}

func newStatusCmd(a *app) *cobra.Command {
	opts := &statusOptions{}
	cmd := &cobra.Command{
		Use:     "status CASE.yaml",
		Short:   a.T("cmd.status.short"),
		Long:    a.T("cmd.status.long"),
		Example: a.T("cmd.status.example"),
		Args:    args(1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Case = args[0]
			return runStatus(a, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, a.T("flag.json"))
	cmd.Flags().StringVar(&opts.Templates, "templates", "", a.T("flag.templates"))
	return cmd
}

// statusReport is the stable shape of `status --json`.
type statusReport struct {
	Date    string         `json:"date"`
	Actions []statusAction `json:"actions"`
	Steps   []statusStep   `json:"steps"`
	Next    []string       `json:"next"`
}

type statusAction struct {
	Index   int    `json:"index"`
	Date    string `json:"date"`
	To      string `json:"to,omitempty"`
	What    string `json:"what"`
	Ref     string `json:"ref,omitempty"`
	ReplyBy string `json:"reply_by,omitempty"`
	Replied string `json:"replied,omitempty"`
	Reply   string `json:"reply,omitempty"`
	State   string `json:"state"`
	Days    int    `json:"days,omitempty"`
}

type statusStep struct {
	Code string `json:"code"`
	Done bool   `json:"done"`
	Date string `json:"date,omitempty"`
	Ref  string `json:"ref,omitempty"`
}

// runStatus shows what was sent when, what awaits a reply, what is
// overdue, and the next step. It reads only the case file: the exports
// are not needed to know where a case stands.
func runStatus(a *app, opts *statusOptions) error {
	now, err := a.now()
	if err != nil {
		return err
	}
	c, _, warnings, err := casework.ReadCase(opts.Case, now)
	if err != nil {
		return err
	}
	a.printWarnings(warnings)
	st := followup.Compute(c, now)
	rep := statusReport{Date: now.In(evidence.ChinaZone()).Format("2006-01-02"), Actions: []statusAction{}, Steps: []statusStep{}, Next: st.Next}
	if rep.Next == nil {
		rep.Next = []string{}
	}
	for _, it := range st.Items {
		x := it.Action
		rep.Actions = append(rep.Actions, statusAction{Index: it.Index, Date: x.Date.String(), To: x.To, What: x.What, Ref: x.Ref,
			ReplyBy: x.ReplyBy.String(), Replied: x.Replied.String(), Reply: x.Reply, State: string(it.State), Days: it.Days})
	}
	for _, s := range st.Steps {
		rep.Steps = append(rep.Steps, statusStep{Code: s.Code, Done: s.Done, Date: s.Date.String(), Ref: s.Ref})
	}
	if opts.JSON {
		enc := json.NewEncoder(a.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	}
	tx, err := a.templateSet(opts.Templates).Texts("report." + string(a.lang) + ".yaml")
	if err != nil {
		return err
	}
	fmt.Fprintln(a.Out, a.T("status.title", rep.Date))
	if len(rep.Actions) == 0 {
		fmt.Fprintln(a.Out, "  "+a.T("status.no_actions"))
	} else {
		tw := newTableWriter(a.Out, "  ")
		tw.row(a.T("status.col_date"), a.T("status.col_to"), a.T("status.col_what"), a.T("status.col_ref"), a.T("status.col_reply_by"), a.T("status.col_state"))
		for _, x := range rep.Actions {
			to := ""
			if x.To != "" {
				to = tx.S("to_" + x.To)
			}
			state := a.T("status.state_done")
			switch x.State {
			case "awaiting":
				state = a.T("status.state_awaiting", x.Days)
			case "overdue":
				state = a.T("status.state_overdue", x.Days)
			}
			if x.Replied != "" {
				state = a.T("status.state_replied", x.Replied)
			}
			tw.row(x.Date, to, clipText(x.What, 40), x.Ref, x.ReplyBy, state)
		}
		tw.flush()
	}
	fmt.Fprintln(a.Out, a.T("status.steps"))
	for _, s := range rep.Steps {
		mark := "[ ]"
		if s.Done {
			mark = "[x]"
		}
		line := "  " + mark + " " + tx.S("step_"+strings.ReplaceAll(s.Code, "-", "_"))
		if len(rep.Next) > 0 && s.Code == rep.Next[0] {
			line += "  " + a.T("status.next_marker")
		}
		fmt.Fprintln(a.Out, line)
	}
	overdue := 0
	for _, x := range rep.Actions {
		if x.State == "overdue" {
			overdue++
		}
	}
	if overdue > 0 {
		fmt.Fprintln(a.Out, a.T("status.overdue_advice", overdue))
	}
	if len(rep.Next) > 0 {
		fmt.Fprintln(a.Out, a.T("status.next", tx.S("step_"+strings.ReplaceAll(rep.Next[0], "-", "_")), a.T("status.how_"+strings.ReplaceAll(rep.Next[0], "-", "_"), opts.Case)))
	} else {
		fmt.Fprintln(a.Out, a.T("status.all_done"))
	}
	return tx.Err()
}
