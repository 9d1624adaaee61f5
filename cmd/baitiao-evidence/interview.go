package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/width"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ingest"
)

// caseAnswers are the values init writes into case.yaml; the zero value
// (plus Discovered and Cause) is the blank template.
type caseAnswers struct {
	Name, IDNumber, Phone, JDAccount string
	Discovered                       string // YYYY-MM-DD
	Cause                            evidence.Cause
	Statement                        string
	Transactions, Logins, Bills      []string // paths relative to the case folder, slash-separated

	// found are the export files chosen during the interview, copied into
	// the case folder once every question is answered.
	found []foundExport
}

// foundExport is an export file the interview recognised.
type foundExport struct {
	Src     string // where the user keeps it
	Kinds   []ingest.Kind
	Rows    int
	Account string // 京东账号名 from JD's preamble, if the file has one
}

// blankAnswers are the values of the commented template.
func blankAnswers(now time.Time) caseAnswers {
	return caseAnswers{Discovered: now.In(evidence.ChinaZone()).Format("2006-01-02"), Cause: evidence.CauseUnknown}
}

// errInterviewEnded is returned when the input ends before the questions
// do: nothing is written then.
var errInterviewEnded = errors.New("input ended")

// interview asks for the case fields one by one, checking each answer as
// it comes: a wrong answer is explained and asked again. It reads answers
// line by line, so it works the same on a terminal and on piped input.
type interview struct {
	a    *app
	in   *bufio.Reader
	out  io.Writer
	echo bool // write each answer after its question (answers piped in: no terminal shows them)
	now  time.Time
}

func (iv *interview) say(key string, args ...any) { fmt.Fprintln(iv.out, iv.a.T(key, args...)) }

// line reads one answer, without the line ending.
func (iv *interview) line() (string, error) {
	s, err := iv.in.ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	if err != nil && s == "" {
		fmt.Fprintln(iv.out) // end the question's line
		return "", errInterviewEnded
	}
	s = strings.TrimRight(s, "\r\n")
	if iv.echo {
		fmt.Fprintln(iv.out, s)
	}
	return s, nil
}

// ask prints the question and returns the first answer check accepts;
// check returns the value to keep, or why the answer is refused.
func (iv *interview) ask(question string, check func(string) (string, i18n.Message)) (string, error) {
	for {
		fmt.Fprint(iv.out, question)
		s, err := iv.line()
		if err != nil {
			return "", err
		}
		v, why := check(strings.TrimSpace(s))
		if why.IsZero() {
			return v, nil
		}
		fmt.Fprintln(iv.out, "  ✗ "+why.Localize(iv.a.lang))
	}
}

// run asks every question in order.
func (iv *interview) run() (caseAnswers, error) {
	ans := blankAnswers(iv.now)
	iv.say("init.ask_intro")
	var err error
	if ans.Name, err = iv.ask(iv.a.T("init.ask_name"), checkName); err != nil {
		return ans, err
	}
	if ans.IDNumber, err = iv.ask(iv.a.T("init.ask_id"), func(s string) (string, i18n.Message) { return checkIDAnswer(s, iv.now) }); err != nil {
		return ans, err
	}
	if ans.Phone, err = iv.ask(iv.a.T("init.ask_phone"), checkPhoneAnswer); err != nil {
		return ans, err
	}
	if ans.JDAccount, err = iv.ask(iv.a.T("init.ask_account"), checkFreeText); err != nil {
		return ans, err
	}
	if ans.Discovered, err = iv.ask(iv.a.T("init.ask_discovered", ans.Discovered), func(s string) (string, i18n.Message) { return checkDateAnswer(s, iv.now) }); err != nil {
		return ans, err
	}
	iv.say("init.ask_cause_intro")
	for i, c := range evidence.Causes {
		fmt.Fprintf(iv.out, "  %d. %s\n", i+1, iv.a.L(c))
	}
	cause, err := iv.ask(iv.a.T("init.ask_cause", len(evidence.Causes)), checkCauseAnswer)
	if err != nil {
		return ans, err
	}
	ans.Cause = evidence.Cause(cause)
	if ans.Statement, err = iv.statement(); err != nil {
		return ans, err
	}
	if err := iv.exports(&ans); err != nil {
		return ans, err
	}
	iv.checkAccount(&ans)
	return ans, nil
}

// checkAccount compares the JD account typed with the one JD printed at
// the top of the exports: an empty answer takes the export's, a different
// one is pointed out (the report would warn about it later anyway).
func (iv *interview) checkAccount(ans *caseAnswers) {
	var accounts []string
	for _, f := range ans.found {
		if f.Account != "" && !slices.Contains(accounts, f.Account) {
			accounts = append(accounts, f.Account)
		}
	}
	switch {
	case len(accounts) == 0:
	case ans.JDAccount == "" && len(accounts) == 1:
		ans.JDAccount = accounts[0]
		iv.say("init.account_from_export", accounts[0])
	case ans.JDAccount != "" && !slices.Contains(accounts, ans.JDAccount):
		iv.say("init.account_differs", ans.JDAccount, strings.Join(accounts, iv.a.T("sep.list")))
	}
}

// statement reads the victim's own words: any number of lines, ended by an
// empty one.
func (iv *interview) statement() (string, error) {
	iv.say("init.ask_statement")
	var lines []string
	for {
		fmt.Fprint(iv.out, "> ")
		s, err := iv.line()
		if errors.Is(err, errInterviewEnded) && len(lines) > 0 {
			break // the statement is the last thing typed before the input ended
		}
		if err != nil {
			return "", err
		}
		s = strings.TrimRight(strings.ReplaceAll(s, "\t", "    "), " ")
		if strings.TrimSpace(s) == "" {
			break
		}
		lines = append(lines, s)
	}
	return strings.Join(lines, "\n"), nil
}

// exports asks where the exported files are, reads each to tell what it is,
// and remembers the recognised ones for copying into the case folder.
func (iv *interview) exports(ans *caseAnswers) error {
	question := iv.a.T("init.ask_exports")
	for {
		fmt.Fprint(iv.out, question)
		s, err := iv.line()
		if errors.Is(err, errInterviewEnded) {
			return nil // no more exports; everything else is answered
		}
		if err != nil {
			return err
		}
		p := cleanDroppedPath(s)
		if p == "" {
			return nil
		}
		iv.addExports(ans, p)
		question = iv.a.T("init.ask_more_exports")
	}
}

// addExports looks at a file, or at every file directly inside a folder,
// and says what each is.
func (iv *interview) addExports(ans *caseAnswers, p string) {
	st, err := os.Stat(p)
	if err != nil {
		iv.say("init.export_missing", p)
		return
	}
	files := []string{p}
	if st.IsDir() {
		files = nil
		entries, err := os.ReadDir(p)
		if err != nil {
			iv.say("init.export_missing", p)
			return
		}
		var ignored []string
		for _, e := range entries {
			name := e.Name()
			if strings.HasPrefix(name, ".") || !e.Type().IsRegular() {
				continue
			}
			switch strings.ToLower(filepath.Ext(name)) {
			case ".csv", ".txt", ".tsv", ".xlsx", ".xlsm":
				files = append(files, filepath.Join(p, name))
			default:
				ignored = append(ignored, name)
			}
		}
		if len(files) == 0 {
			iv.say("init.export_none", p)
		}
		if len(ignored) > 0 {
			iv.say("init.export_ignored", strings.Join(ignored, iv.a.T("sep.list")))
		}
	}
	for _, f := range files {
		abs, _ := filepath.Abs(f)
		if slices.ContainsFunc(ans.found, func(x foundExport) bool { return x.Src == abs }) {
			continue
		}
		file, err := ingest.ReadFile(abs, ingest.Options{Name: filepath.Base(abs), Now: iv.now})
		if err != nil {
			ps := evidence.AsProblems(err)
			why := err.Error()
			if len(ps) > 0 {
				why = ps[0].Msg.Localize(iv.a.lang)
			}
			iv.say("init.export_unreadable", filepath.Base(abs), why)
			continue
		}
		fe := foundExport{Src: abs}
		var kinds []string
		for _, t := range file.Tables {
			if t.Kind == ingest.KindUnknown || slices.Contains(fe.Kinds, t.Kind) {
				continue
			}
			fe.Kinds = append(fe.Kinds, t.Kind)
			kinds = append(kinds, iv.a.L(t.Kind))
			fe.Rows += t.Rows()
			if fe.Account == "" {
				fe.Account = t.Preamble.Account
			}
		}
		if len(fe.Kinds) == 0 {
			iv.say("init.export_unreadable", filepath.Base(abs), iv.a.L(ingest.KindUnknown))
			continue
		}
		ans.found = append(ans.found, fe)
		iv.say("init.export_found", filepath.Base(abs), strings.Join(kinds, iv.a.T("sep.list")), fe.Rows)
	}
}

// cleanDroppedPath undoes what terminals add when a file is dragged onto
// them or a path is pasted: surrounding quotes (Windows, GNOME),
// backslash-escaped spaces (macOS Terminal), a leading ~.
func cleanDroppedPath(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		s = s[1 : len(s)-1]
	} else if runtime.GOOS != "windows" && strings.Contains(s, `\`) {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == '\\' && i+1 < len(s) {
				i++
			}
			b.WriteByte(s[i])
		}
		s = b.String()
	}
	if rest, ok := strings.CutPrefix(s, "~"); ok && (rest == "" || rest[0] == '/' || rest[0] == '\\') {
		if home, err := os.UserHomeDir(); err == nil {
			s = home + rest
		}
	}
	return s
}

// narrow turns full-width digits and letters (typed with a Chinese input
// method) into ASCII and drops spaces inside.
func narrow(s string) string {
	return strings.Join(strings.Fields(width.Narrow.String(s)), "")
}

func checkName(s string) (string, i18n.Message) {
	switch {
	case s == "":
		return "", i18n.M("init.need_name")
	case len([]rune(s)) > 50:
		return "", i18n.M("init.too_long", 50)
	}
	return s, i18n.Message{}
}

func checkFreeText(s string) (string, i18n.Message) {
	if len([]rune(s)) > 100 {
		return "", i18n.M("init.too_long", 100)
	}
	return s, i18n.Message{}
}

// checkIDAnswer accepts an empty answer (to be filled in later) or a
// resident ID number whose birth date and GB 11643 check character are
// right.
func checkIDAnswer(s string, now time.Time) (string, i18n.Message) {
	id := strings.ToUpper(narrow(s))
	if id == "" {
		return "", i18n.Message{}
	}
	if err := evidence.CheckIDNumberAt(id, now); err != nil {
		return "", i18n.M("init.retry", err.Message())
	}
	return id, i18n.Message{}
}

// checkPhoneAnswer accepts an empty answer or an 11-digit mainland mobile
// number, kept as its 11 digits.
func checkPhoneAnswer(s string) (string, i18n.Message) {
	p := narrow(s)
	if p == "" {
		return "", i18n.Message{}
	}
	if !evidence.ValidMobile(p) {
		return "", i18n.M("init.bad_phone", s)
	}
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, p)
	return digits[len(digits)-11:], i18n.Message{}
}

// checkDateAnswer accepts a date (empty: today) that is not in the future
// and not implausibly old.
func checkDateAnswer(s string, now time.Time) (string, i18n.Message) {
	today := now.In(evidence.ChinaZone())
	if strings.TrimSpace(s) == "" {
		return today.Format("2006-01-02"), i18n.Message{}
	}
	t, _, ok := evidence.ParseTime(narrow(s), evidence.ChinaZone())
	if !ok {
		return "", i18n.M("init.bad_date", s)
	}
	day := t.Format("2006-01-02")
	switch {
	case day > today.Format("2006-01-02"):
		return "", i18n.M("init.date_future", day)
	case t.Year() < 2000:
		return "", i18n.M("init.date_old", day)
	}
	return day, i18n.Message{}
}

// checkCauseAnswer accepts a number from the list (empty: unknown) or a
// cause's code.
func checkCauseAnswer(s string) (string, i18n.Message) {
	s = narrow(s)
	if s == "" {
		return string(evidence.CauseUnknown), i18n.Message{}
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(evidence.Causes) {
		return string(evidence.Causes[n-1]), i18n.Message{}
	}
	for _, c := range evidence.Causes {
		if strings.EqualFold(s, string(c)) {
			return string(c), i18n.Message{}
		}
	}
	return "", i18n.M("init.bad_cause", len(evidence.Causes))
}
