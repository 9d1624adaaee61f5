package evidence

import (
	"errors"
	"sort"
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/strictyaml"
)

// Case is a victim's case file (case.yaml): who they are, what happened,
// which exports hold the records, which rows they dispute and what they
// have done so far. The keys are documented in templates/case.zh.yaml,
// which `init` writes.
type Case struct {
	Victim       Victim                       `yaml:"victim"`
	DiscoveredAt Date                         `yaml:"discovered_at"`
	Cause        Cause                        `yaml:"cause"`
	Statement    string                       `yaml:"statement"`
	Inputs       Inputs                       `yaml:"inputs"`
	Disputes     []Selector                   `yaml:"disputes"`
	Actions      []Action                     `yaml:"actions"`
	Police       Police                       `yaml:"police"`
	Credit       Credit                       `yaml:"credit"`
	Complaint    Complaint                    `yaml:"complaint"`
	Attachments  []AttachmentSpec             `yaml:"attachments"`
	Columns      map[string]map[string]string `yaml:"columns"`
	Analysis     Analysis                     `yaml:"analysis"`

	// File is the case file's name as given (for messages); lines maps
	// dotted key paths ("disputes[1].order") to their line in it.
	File  string         `yaml:"-"`
	lines map[string]int `yaml:"-"`
}

// Victim is the account holder.
type Victim struct {
	Name      string `yaml:"name"`
	IDNumber  string `yaml:"id_number"`
	Phone     string `yaml:"phone"`
	JDAccount string `yaml:"jd_account"`
	Address   string `yaml:"address"` // needed by a 12315 complaint
}

// Inputs lists the export files, relative to the case file.
type Inputs struct {
	Transactions []string `yaml:"transactions"`
	Logins       []string `yaml:"logins"`
	Bills        []string `yaml:"bills"`
}

// Selector is one entry of the disputes list. Exactly one way of selecting
// is used per entry: an order number, a time range (optionally narrowed by
// payment method), a review sheet, or the analysis' suggestions.
type Selector struct {
	Order     string  `yaml:"order"`
	From      Instant `yaml:"from"`
	To        Instant `yaml:"to"`
	Method    string  `yaml:"method"`
	Review    string  `yaml:"review"`
	Suggested bool    `yaml:"suggested"`
}

// Action is something the victim has done: a call, a report, a letter.
type Action struct {
	Date    Date   `yaml:"date"`
	What    string `yaml:"what"`
	To      string `yaml:"to"`       // self | police | jd | credit | regulator | consumer | other
	Ref     string `yaml:"ref"`      // ticket / receipt / complaint number
	ReplyBy Date   `yaml:"reply_by"` // when an answer is due
	Replied Date   `yaml:"replied"`  // when an answer came
	Reply   string `yaml:"reply"`    // what the answer said
}

// Recipients are the parties actions are addressed to; "self" is what the
// victim did on their own (changing the password, say).
var Recipients = []string{"self", "police", "jd", "credit", "regulator", "consumer", "other"}

// Police is where the case was reported.
type Police struct {
	Station    string `yaml:"station"`
	CaseNumber string `yaml:"case_number"` // 报案回执号 / 受案回执号
	ReportedAt Date   `yaml:"reported_at"`
}

// Credit describes the disputed account as printed on the victim's credit
// report (个人信用报告): the credit-report dispute must name it exactly so.
type Credit struct {
	Lender     string   `yaml:"lender"`      // the institution as printed on the report
	CreditType string   `yaml:"credit_type"` // e.g. 个人消费贷款
	Account    string   `yaml:"account"`     // account identifier as printed, if any
	OpenedAt   Date     `yaml:"opened_at"`
	Amount     string   `yaml:"amount"`      // contract amount or limit as printed
	Wrong      []string `yaml:"wrong_items"` // which items are wrong
}

// Complaint names the other party of a consumer complaint (12315).
type Complaint struct {
	Respondent        string `yaml:"respondent"`
	RespondentAddress string `yaml:"respondent_address"`
}

// AttachmentSpec is a screenshot, photo or document to carry as evidence.
type AttachmentSpec struct {
	File    string `yaml:"file"`
	Kind    string `yaml:"kind"`
	Caption string `yaml:"caption"`
}

// AttachmentKinds are the accepted attachment kinds.
var AttachmentKinds = []string{"login-screenshot", "sms", "bill-screenshot", "police-receipt", "jd-reply", "other"}

// Analysis holds the thresholds of the indicators; zero means the default.
type Analysis struct {
	AfterLoginMinutes int `yaml:"after_login_minutes"` // purchases this soon after an unfamiliar login (120)
	DormantDays       int `yaml:"dormant_days"`        // a login after this long a gap (180)
	FailedBurst       int `yaml:"failed_burst"`        // failed logins in a row before a success (3)
	FailedWindow      int `yaml:"failed_window_minutes"`
	NightStart        int `yaml:"night_start_hour"` // night window start (0)
	NightEnd          int `yaml:"night_end_hour"`   // night window end (6)
	NightMin          int `yaml:"night_min_purchases"`
	NearLimitPercent  int `yaml:"near_limit_percent"`
}

// Cause is what the victim believes happened.
type Cause string

// The four causes the tool knows, plus unknown.
const (
	CauseIdentityTheft   Cause = "identity_theft"
	CauseRelativeMisuse  Cause = "relative_misuse"
	CauseAccountTakeover Cause = "account_takeover"
	CauseThirdPartyAuth  Cause = "third_party_auth"
	CauseUnknown         Cause = "unknown"
)

// Causes lists the accepted causes in a fixed order.
var Causes = []Cause{CauseIdentityTheft, CauseRelativeMisuse, CauseAccountTakeover, CauseThirdPartyAuth, CauseUnknown}

// DecodeScalar implements strictyaml.ScalarDecoder.
func (c *Cause) DecodeScalar(s string) error {
	s = strings.TrimSpace(s)
	for _, k := range Causes {
		if string(k) == s {
			*c = k
			return nil
		}
	}
	names := make([]string, len(Causes))
	for i, k := range Causes {
		names[i] = string(k)
	}
	return valueError(i18n.M("case.bad_cause", strings.Join(names, " | ")))
}

// Localize implements i18n.Localizer.
func (c Cause) Localize(lang i18n.Lang) string {
	t, ok := map[Cause]i18n.Text{
		CauseIdentityTheft:   {ZH: "身份被冒用（他人用本人身份信息开通白条）", EN: "identity theft (Baitiao opened with my identity)"},
		CauseRelativeMisuse:  {ZH: "亲属或熟人使用本人手机或账户", EN: "a relative or acquaintance used my phone or account"},
		CauseAccountTakeover: {ZH: "账户被盗（密码泄露、撞库或长期未用的账户被登录）", EN: "account takeover (leaked or reused password, credential stuffing, dormant account)"},
		CauseThirdPartyAuth:  {ZH: "第三方应用获得了本人未察觉的授权", EN: "a third-party app obtained authorization I did not notice"},
		CauseUnknown:         {ZH: "原因尚不清楚", EN: "cause not yet known"},
	}[c]
	if !ok {
		return string(c)
	}
	return t.Localize(lang)
}

// Date is a calendar day in China time.
type Date struct{ time.Time }

// DecodeScalar implements strictyaml.ScalarDecoder.
func (d *Date) DecodeScalar(s string) error {
	t, dateOnly, ok := ParseTime(s, ChinaZone())
	if !ok {
		return valueError(i18n.M("case.bad_date"))
	}
	if !dateOnly {
		t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	}
	d.Time = t
	return nil
}

// String renders the date as 2006-01-02 ("" when unset).
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format("2006-01-02")
}

// Instant is a point in time from the case file. A date alone is the start
// of that day; used as the end of a range it covers the whole day.
type Instant struct {
	time.Time
	DateOnly bool
}

// DecodeScalar implements strictyaml.ScalarDecoder.
func (in *Instant) DecodeScalar(s string) error {
	t, dateOnly, ok := ParseTime(s, ChinaZone())
	if !ok {
		return valueError(i18n.M("case.bad_time"))
	}
	in.Time, in.DateOnly = t, dateOnly
	return nil
}

// EndOfRange is the last instant the value covers as the end of a range:
// "to: 2026-11-03" includes all of that day.
func (in Instant) EndOfRange() time.Time {
	if in.DateOnly {
		return in.Time.AddDate(0, 0, 1).Add(-time.Nanosecond)
	}
	return in.Time
}

// valueErr carries a message for a rejected scalar.
type valueErr struct{ msg i18n.Message }

func (e *valueErr) Error() string { return e.msg.String() }

// Message is the reason, for the caller to put in the user's language.
func (e *valueErr) Message() i18n.Message { return e.msg }

func valueError(m i18n.Message) error { return &valueErr{m} }

// CaseOptions control checks that depend on the run.
type CaseOptions struct {
	Now time.Time // dates after it are flagged
}

// ParseCase reads a case file. Structural problems (bad YAML, unknown keys,
// wrong types, a dispute entry that selects nothing) are errors, all
// reported at once; doubtful values (an ID number whose check digit is
// wrong) are warnings returned beside the case.
func ParseCase(name string, data []byte, opts CaseOptions) (*Case, []Problem, error) {
	if len(data) > 1<<20 {
		return nil, nil, Errorf(Location{File: name}, i18n.M("case.too_big"), i18n.M("hint.case_file"))
	}
	c := &Case{File: name}
	lines, errs := strictyaml.Decode(data, c)
	var fatal Problems
	for _, e := range errs {
		fatal = append(fatal, yamlProblem(name, e))
	}
	if fatal != nil {
		return nil, nil, fatal
	}
	c.lines = lines
	fatal = append(fatal, c.checkStructure()...)
	if len(fatal) > 0 {
		sortByLine(fatal)
		return nil, nil, fatal
	}
	return c, c.checkValues(opts), nil
}

// Line returns the line of a key path in the case file (0 if unknown), for
// messages: c.Line("disputes[1]").
func (c *Case) Line(path string) int { return c.lines[path] }

// At is the location of a key path in the case file.
func (c *Case) At(path string) Location { return Location{File: c.File, Line: c.Line(path)} }

func yamlProblem(name string, e *strictyaml.Error) Problem {
	where := Location{File: name, Line: e.Line}
	p := Problem{Severity: Fatal, Where: where, Hint: i18n.M("hint.case_file")}
	switch e.Kind {
	case strictyaml.Syntax:
		p.Msg = i18n.M("case.syntax", strings.TrimPrefix(e.Err.Error(), "yaml: "))
		p.Hint = i18n.M("hint.case_syntax")
	case strictyaml.UnknownKey:
		p.Msg = i18n.M("case.unknown_key", e.Key, e.Path, strings.Join(suggest(e.Key, e.Known), ", "))
		p.Hint = i18n.M("hint.unknown_key")
	case strictyaml.DuplicateKey:
		p.Msg = i18n.M("case.duplicate_key", e.Path)
	case strictyaml.WrongType:
		p.Msg = i18n.M("case.wrong_type", e.Path, wantName(e.Want), e.Got)
	case strictyaml.BadValue:
		var ve *valueErr
		reason := i18n.M("error.plain", e.Err.Error())
		if errors.As(e.Err, &ve) {
			reason = ve.msg
		}
		p.Msg = i18n.M("case.bad_value", e.Path, e.Got, reason)
	case strictyaml.Alias:
		p.Msg = i18n.M("case.alias", e.Path)
	case strictyaml.MultiDoc:
		p.Msg = i18n.M("case.multidoc")
	}
	return p
}

func wantName(w string) i18n.Text {
	return map[string]i18n.Text{
		"text":    {ZH: "文字", EN: "text"},
		"number":  {ZH: "整数", EN: "a whole number"},
		"bool":    {ZH: "true 或 false", EN: "true or false"},
		"mapping": {ZH: "键值对（key: value）", EN: "a mapping (key: value)"},
		"list":    {ZH: "列表（- 开头的各行）", EN: "a list (lines starting with -)"},
	}[w]
}

// suggest orders the known keys so the closest to a typo comes first.
func suggest(key string, known []string) []string {
	out := append([]string(nil), known...)
	sort.SliceStable(out, func(i, j int) bool { return editDistance(key, out[i]) < editDistance(key, out[j]) })
	return out
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

// checkStructure finds entries that cannot mean anything: a dispute that
// selects nothing or mixes ways of selecting, an unknown recipient or
// attachment kind.
func (c *Case) checkStructure() Problems {
	var ps Problems
	bad := func(path string, msg i18n.Message, hint i18n.Message) {
		ps = append(ps, Problem{Severity: Fatal, Where: c.At(path), Msg: msg, Hint: hint})
	}
	for i, s := range c.Disputes {
		path := "disputes[" + itoa(i) + "]"
		ways := 0
		if strings.TrimSpace(s.Order) != "" {
			ways++
		}
		if !s.From.IsZero() || !s.To.IsZero() {
			ways++
		}
		if s.Review != "" {
			ways++
		}
		if s.Suggested {
			ways++
		}
		switch {
		case ways == 0 && s.Method != "":
			bad(path, i18n.M("case.dispute_method_alone"), i18n.M("hint.dispute_forms"))
		case ways == 0:
			bad(path, i18n.M("case.dispute_empty"), i18n.M("hint.dispute_forms"))
		case ways > 1:
			bad(path, i18n.M("case.dispute_mixed"), i18n.M("hint.dispute_forms"))
		case s.Method != "" && s.From.IsZero() && s.To.IsZero():
			bad(path, i18n.M("case.dispute_method_alone"), i18n.M("hint.dispute_forms"))
		case !s.From.IsZero() && !s.To.IsZero() && s.To.EndOfRange().Before(s.From.Time):
			bad(path, i18n.M("case.dispute_range_reversed"), i18n.M("hint.dispute_forms"))
		}
	}
	for i, a := range c.Actions {
		path := "actions[" + itoa(i) + "]"
		if a.To != "" && !contains(Recipients, a.To) {
			bad(path+".to", i18n.M("case.bad_recipient", a.To, strings.Join(Recipients, " | ")), i18n.Message{})
		}
		if a.Date.IsZero() {
			bad(path, i18n.M("case.action_no_date"), i18n.M("hint.action_forms"))
		}
		if strings.TrimSpace(a.What) == "" {
			bad(path, i18n.M("case.action_no_what"), i18n.M("hint.action_forms"))
		}
	}
	for i, a := range c.Attachments {
		path := "attachments[" + itoa(i) + "]"
		if a.Kind != "" && !contains(AttachmentKinds, a.Kind) {
			bad(path+".kind", i18n.M("case.bad_attachment_kind", a.Kind, strings.Join(AttachmentKinds, " | ")), i18n.Message{})
		}
		if strings.TrimSpace(a.File) == "" {
			bad(path, i18n.M("case.attachment_no_file"), i18n.Message{})
		}
	}
	for _, list := range [][]string{c.Inputs.Transactions, c.Inputs.Logins, c.Inputs.Bills} {
		for _, p := range list {
			if strings.TrimSpace(p) == "" {
				bad("inputs", i18n.M("case.empty_path"), i18n.M("hint.input_file"))
			}
		}
	}
	a := c.Analysis
	for _, f := range []struct {
		path string
		v    int
		max  int
	}{
		{"analysis.after_login_minutes", a.AfterLoginMinutes, 7 * 24 * 60},
		{"analysis.dormant_days", a.DormantDays, 3650},
		{"analysis.failed_burst", a.FailedBurst, 1000},
		{"analysis.failed_window_minutes", a.FailedWindow, 7 * 24 * 60},
		{"analysis.night_start_hour", a.NightStart, 23},
		{"analysis.night_end_hour", a.NightEnd, 24},
		{"analysis.night_min_purchases", a.NightMin, 1000},
		{"analysis.near_limit_percent", a.NearLimitPercent, 50},
	} {
		if f.v < 0 || f.v > f.max {
			bad(f.path, i18n.M("case.out_of_range", f.v, 0, f.max), i18n.Message{})
		}
	}
	return ps
}

// checkValues flags values that are probably typos but might be right.
func (c *Case) checkValues(opts CaseOptions) []Problem {
	var ps []Problem
	warn := func(path string, msg, hint i18n.Message) {
		ps = append(ps, Problem{Severity: Warning, Where: c.At(path), Msg: msg, Hint: hint})
	}
	if id := c.Victim.IDNumber; id != "" {
		if err := CheckIDNumberAt(id, opts.Now); err != nil {
			warn("victim.id_number", err.msg, i18n.M("hint.id_number"))
		}
	}
	if ph := c.Victim.Phone; ph != "" && !ValidMobile(ph) {
		warn("victim.phone", i18n.M("case.phone_format", ph), i18n.M("hint.phone"))
	}
	if !opts.Now.IsZero() {
		check := func(path string, d Date) {
			if !d.IsZero() && d.After(opts.Now) {
				warn(path, i18n.M("case.date_future", d.String()), i18n.Message{})
			}
		}
		check("discovered_at", c.DiscoveredAt)
		for i, a := range c.Actions {
			check("actions["+itoa(i)+"].date", a.Date)
		}
	}
	return ps
}

// ColumnsFor returns the manual column mapping for an input path as the
// case names it.
func (c *Case) ColumnsFor(path string) map[string]string { return c.Columns[path] }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortByLine(ps Problems) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Where.Line < ps[j].Where.Line })
}
