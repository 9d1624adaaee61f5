// Package letter writes the letters a victim sends: the statement for the
// police (报案材料), the write-off request to JD (销账/异议申诉), the
// credit-report dispute (征信异议申请), and complaints to the financial
// regulator (12378) and to the consumer authorities (12315). Each is a
// text/template in templates/, filled from the case and from the same
// figures as the report, and written as plain text (to paste into a web
// form) or as a PDF.
package letter

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"text/template"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/templates"
)

// Kinds are the letters, in the order they are usually needed.
var Kinds = []string{"police", "jd", "credit", "regulator", "consumer"}

// IsKind reports whether k is a letter kind.
func IsKind(k string) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Options control a letter.
type Options struct {
	Lang      i18n.Lang
	Now       time.Time
	Templates templates.Set
	// AllowBlanks renders missing case fields as a visible blank to fill in
	// by hand instead of failing.
	AllowBlanks bool
	Redact      bool // mask the ID and phone numbers
	// Report is the report the letter encloses: its ID always, and its
	// SHA-256 when the report file exists (in a bundle).
	ReportID     string
	ReportSHA256 string
}

// Enclosure is one entry of a letter's attachment list: an export file or
// an attachment, with its hash.
type Enclosure struct {
	Kind    string // transactions, logins, bills, or an attachment kind
	Name    string
	SHA256  string
	Caption string
}

// blank is what a missing field looks like with AllowBlanks.
const blank = "＿＿＿＿＿＿＿＿"

// MissingFields is the error of a letter whose case lacks fields it needs.
type MissingFields struct {
	Kind   string
	Fields []string // case.yaml key paths
}

func (m *MissingFields) Error() string {
	return fmt.Sprintf("the %s letter needs: %s", m.Kind, strings.Join(m.Fields, ", "))
}

// required lists, per letter, the case fields it cannot do without. They
// follow what each recipient asks for (see LEGAL-NOTES): the police and JD
// need the holder's identity and contact; the credit dispute names the
// lender, credit type, opening date and amount as printed on the credit
// report; a 12315 complaint needs the complainant's address and the other
// party's name and address; a 12378 complaint names the institution.
var required = map[string][]string{
	"police":    {"victim.name", "victim.id_number", "victim.phone", "police.station"},
	"jd":        {"victim.name", "victim.id_number", "victim.phone", "victim.jd_account"},
	"credit":    {"victim.name", "victim.id_number", "victim.phone", "credit.lender", "credit.credit_type", "credit.opened_at", "credit.amount"},
	"regulator": {"victim.name", "victim.phone", "credit.lender"},
	"consumer":  {"victim.name", "victim.phone", "victim.address", "complaint.respondent", "complaint.respondent_address"},
}

// field returns a case field by its key path.
func field(c *evidence.Case, path string) string {
	switch path {
	case "victim.name":
		return c.Victim.Name
	case "victim.id_number":
		return c.Victim.IDNumber
	case "victim.phone":
		return c.Victim.Phone
	case "victim.jd_account":
		return c.Victim.JDAccount
	case "victim.address":
		return c.Victim.Address
	case "police.station":
		return c.Police.Station
	case "credit.lender":
		return c.Credit.Lender
	case "credit.credit_type":
		return c.Credit.CreditType
	case "credit.opened_at":
		return c.Credit.OpenedAt.String()
	case "credit.amount":
		return c.Credit.Amount
	case "complaint.respondent":
		return c.Complaint.Respondent
	case "complaint.respondent_address":
		return c.Complaint.RespondentAddress
	}
	panic("letter: unknown field " + path)
}

// Check returns the fields letter kind lacks, all at once.
func Check(kind string, w *casework.Work) *MissingFields {
	var missing []string
	for _, f := range required[kind] {
		if strings.TrimSpace(field(w.Case, f)) == "" {
			missing = append(missing, f)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return &MissingFields{Kind: kind, Fields: missing}
}

// Markup renders letter kind as lightly marked-up text: "# " a title,
// "## " a heading, "> " a quoted line, "=> " a line set to the right,
// "- " a list item; everything else a paragraph. Text and PDF both start
// from it.
func Markup(kind string, w *casework.Work, opts Options) (string, error) {
	if !IsKind(kind) {
		return "", fmt.Errorf("no letter %q", kind)
	}
	if m := Check(kind, w); m != nil && !opts.AllowBlanks {
		return "", m
	}
	name := "letter-" + kind + "." + string(opts.Lang) + ".tmpl"
	src, err := opts.Templates.Read(name)
	if err != nil {
		return "", err
	}
	tpl, err := template.New(name).Option("missingkey=error").Funcs(funcs).Parse(string(src))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, newData(w, opts)); err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return tidy(buf.String()), nil
}

var funcs = template.FuncMap{
	"inc": func(i int) int { return i + 1 },
}

// tidy trims trailing spaces and collapses runs of blank lines that
// template conditionals leave behind.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	var out []string
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n")) + "\n"
}

// Text turns markup into plain text for pasting into a web form: the
// marks go, quotes are indented, right-set lines stay as lines.
func Text(markup string) string {
	var b strings.Builder
	for _, l := range strings.Split(markup, "\n") {
		switch {
		case strings.HasPrefix(l, "## "):
			l = strings.TrimPrefix(l, "## ")
		case strings.HasPrefix(l, "# "):
			l = strings.TrimPrefix(l, "# ")
		case strings.HasPrefix(l, "=> "):
			l = strings.TrimPrefix(l, "=> ")
		case strings.HasPrefix(l, "> "):
			l = "    " + strings.TrimPrefix(l, "> ")
		case l == ">":
			l = ""
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

// Data is what a letter template sees.
type Data struct {
	Lang       string
	Today      string
	ReportID   string
	ReportHash string // "" when the report file is not at hand
	Name       string
	IDNumber   string
	Phone      string
	Account    string
	Address    string
	Discovered string
	Cause      string
	Statement  []string // paragraphs
	Count      int
	Total      string
	Gross      string
	Refunded   string
	Baitiao    string
	BaitiaoN   int
	From, To   string
	Disputed   []TxLine
	Unfamiliar []LoginLine
	Actions    []ActionLine
	JDActions  []ActionLine
	Police     struct{ Station, CaseNumber, ReportedAt string }
	Credit     struct {
		Lender, CreditType, Account, OpenedAt, Amount string
		Wrong                                         []string
	}
	Complaint struct{ Respondent, Address string }
	// Claimed is what JD's bills claim for the disputed orders.
	Claimed struct {
		Has, HasPaid                                    bool
		Principal, Fee, Penalty, Paid, Outstanding, Due string
	}
	Enclosures  []Enclosure // the exports, then the attachments
	Attachments []Enclosure // the attachments alone, for letters that do not enclose the exports
	Blank       string
}

// TxLine is a disputed transaction as letters list it.
type TxLine struct {
	Time, Order, Merchant, Description, Method, Amount, Refunded, Disputed, Source string
	HasRefund                                                                      bool
}

// LoginLine is an unfamiliar login.
type LoginLine struct{ Time, Device, Place, IP, Method, Result string }

// ActionLine is a step taken, as letters cite it.
type ActionLine struct{ Date, What, To, Ref, ReplyBy, Replied, Reply string }

func newData(w *casework.Work, opts Options) Data {
	c := w.Case
	lang := opts.Lang
	or := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return blank
		}
		return s
	}
	d := Data{Lang: string(lang), Blank: blank, ReportID: opts.ReportID, ReportHash: opts.ReportSHA256}
	if lang == i18n.EN {
		d.Today = opts.Now.In(evidence.ChinaZone()).Format("2 January 2006")
	} else {
		d.Today = opts.Now.In(evidence.ChinaZone()).Format("2006 年 1 月 2 日")
	}
	id, phone := c.Victim.IDNumber, c.Victim.Phone
	if opts.Redact {
		id, phone = evidence.MaskID(id), evidence.MaskPhone(phone)
	}
	d.Name, d.IDNumber, d.Phone = or(c.Victim.Name), or(id), or(phone)
	d.Account, d.Address = or(c.Victim.JDAccount), or(c.Victim.Address)
	d.Discovered = or(c.DiscoveredAt.String())
	if c.Cause != "" {
		d.Cause = c.Cause.Localize(lang)
	}
	d.Statement = evidence.Paragraphs(c.Statement)
	f := w.Figures
	d.Count, d.Total, d.Gross, d.Refunded = f.Count, f.Total.String(), f.Gross.String(), f.Refunded.String()
	d.Baitiao, d.BaitiaoN = f.Baitiao.String(), f.BaitiaoCount
	if n := len(w.Disputes.Disputed); n > 0 {
		d.From = when(w.Disputes.Disputed[0].Time())
		d.To = when(w.Disputes.Disputed[n-1].Time())
	}
	for _, t := range w.Disputes.Disputed {
		d.Disputed = append(d.Disputed, TxLine{Time: when(t.Time()), Order: t.Order(), Merchant: t.Merchant(), Description: t.Description(),
			Method: t.Method(), Amount: t.Amount().String(), Refunded: t.Refunded().String(), Disputed: t.Net().String(),
			Source: t.Source().Ref(), HasRefund: t.Refunded() != 0})
	}
	for _, l := range w.Logins {
		if w.Analysis.Unfamiliar[l] {
			d.Unfamiliar = append(d.Unfamiliar, LoginLine{Time: when(l.Time), Device: l.Device, Place: l.Place, IP: l.IP, Method: l.Method, Result: l.Status})
		}
	}
	actions := append([]evidence.Action(nil), c.Actions...)
	sort.SliceStable(actions, func(i, j int) bool { return actions[i].Date.Before(actions[j].Date.Time) })
	for _, a := range actions {
		line := ActionLine{Date: a.Date.String(), What: a.What, To: a.To, Ref: a.Ref, ReplyBy: a.ReplyBy.String(), Replied: a.Replied.String(), Reply: a.Reply}
		d.Actions = append(d.Actions, line)
		if a.To == "jd" {
			d.JDActions = append(d.JDActions, line)
		}
	}
	d.Police.Station, d.Police.CaseNumber, d.Police.ReportedAt = or(c.Police.Station), c.Police.CaseNumber, c.Police.ReportedAt.String()
	d.Credit.Lender, d.Credit.CreditType, d.Credit.Account = or(c.Credit.Lender), or(c.Credit.CreditType), c.Credit.Account
	d.Credit.OpenedAt, d.Credit.Amount, d.Credit.Wrong = or(c.Credit.OpenedAt.String()), or(c.Credit.Amount), c.Credit.Wrong
	d.Complaint.Respondent, d.Complaint.Address = or(c.Complaint.Respondent), or(c.Complaint.RespondentAddress)
	if cl := w.Claims; cl.HasBills && len(cl.Orders) > 0 {
		t := cl.Total
		d.Claimed.Has, d.Claimed.HasPaid = true, t.Paid > 0
		d.Claimed.Principal, d.Claimed.Fee, d.Claimed.Penalty = t.Principal.String(), t.Fee.String(), t.Penalty.String()
		d.Claimed.Paid, d.Claimed.Outstanding, d.Claimed.Due = t.Paid.String(), t.Outstanding.String(), t.Due.String()
	}
	for _, in := range w.Inputs {
		d.Enclosures = append(d.Enclosures, Enclosure{Kind: in.Role.Code(), Name: in.Path, SHA256: in.File.SHA256})
	}
	// Then the attachments: screenshots, photos and documents.
	for _, a := range w.Attachments {
		e := Enclosure{Kind: a.Kind, Name: a.Path, SHA256: a.SHA256, Caption: a.Caption}
		d.Enclosures = append(d.Enclosures, e)
		d.Attachments = append(d.Attachments, e)
	}
	return d
}

// when prints a time in China time, with the offset when it is another.
func when(t time.Time) string {
	if _, off := t.Zone(); off == 8*3600 {
		return t.Format("2006-01-02 15:04:05")
	}
	return t.Format("2006-01-02 15:04:05 -07:00")
}
