// Package report writes the evidence report: the PDF the police officer and
// the JD reviewer read. Every figure comes from the case's one computation
// (dispute.Compute) and names its source file and line; every page carries
// the report ID and the generation time; the same inputs and time give the
// same bytes.
package report

import (
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/followup"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ingest"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
	"github.com/baitiao-evidence/baitiao-evidence/templates"
)

// Options control the report.
type Options struct {
	Lang      i18n.Lang
	Now       time.Time // the generation time printed on every page
	Templates templates.Set
	Main      *fonts.Face          // the Chinese font
	Fallbacks func() []*fonts.Face // more fonts, for characters the main one lacks
	Redact    bool                 // mask the ID and phone numbers
	// ListLimit is how many undisputed transactions are listed one by one;
	// beyond it they are summarised by month and payment method. 0: 300.
	ListLimit int
	// Progress hears of each page laid out (named "report.pdf").
	Progress evidence.Progress
}

// Info describes a written report.
type Info struct {
	ID    string
	Pages int
}

// Write renders the report of work to w.
func Write(w io.Writer, work *casework.Work, opts Options) (Info, error) {
	if opts.ListLimit == 0 {
		opts.ListLimit = 300
	}
	tx, err := opts.Templates.Texts("report." + string(opts.Lang) + ".yaml")
	if err != nil {
		return Info{}, err
	}
	r := &renderer{work: work, opts: opts, t: tx, id: work.ReportID()}
	pdf, pages, err := pdfdoc.Render(r.docOptions(), func(d *pdfdoc.Doc, _ int) error {
		r.d, r.section = d, 0
		r.cover()
		r.statement()
		r.disputed()
		r.others()
		r.logins()
		r.timeline()
		r.bills()
		r.causes()
		r.sources()
		r.attachments()
		return r.err
	})
	if err != nil {
		return Info{}, err
	}
	if err := tx.Err(); err != nil {
		return Info{}, err
	}
	if _, err := w.Write(pdf); err != nil {
		return Info{}, err
	}
	return Info{ID: r.id, Pages: pages}, nil
}

type renderer struct {
	work    *casework.Work
	opts    Options
	t       *templates.Texts
	id      string
	d       *pdfdoc.Doc
	section int   // the last section number given
	err     error // the first error while drawing (an image gofpdf refused)
}

// Text styles.
var (
	sTitle    = pdfdoc.Style{Size: 22, Bold: true}
	sSubtitle = pdfdoc.Style{Size: 12, Color: pdfdoc.Gray}
	sH1       = pdfdoc.Style{Size: 13, Bold: true, Color: pdfdoc.Blue}
	sH2       = pdfdoc.Style{Size: 10.5, Bold: true}
	sBody     = pdfdoc.Style{Size: 10}
	sKey      = pdfdoc.Style{Size: 10, Color: pdfdoc.Gray}
	sSmall    = pdfdoc.Style{Size: 8, Color: pdfdoc.Gray}
	sTable    = pdfdoc.Style{Size: 7.5}
	sTableH   = pdfdoc.Style{Size: 7.5, Bold: true}
	sTiny     = pdfdoc.Style{Size: 6.5}
)

func (r *renderer) docOptions() pdfdoc.Options {
	return pdfdoc.Options{
		Main: r.opts.Main, Fallbacks: r.opts.Fallbacks, Created: r.opts.Now,
		Title: r.t.S("title") + " " + r.id, Subject: r.t.S("subtitle"), Author: r.work.Case.Victim.Name,
		Keywords: r.id,
		Header:   r.header,
		Footer:   r.footer,
		OnPage: func(page, pages int) {
			r.opts.Progress.Report(evidence.Step{What: evidence.StepRenderPages, Name: "report.pdf", Done: int64(page), Total: int64(pages)})
		},
	}
}

func (r *renderer) header(d *pdfdoc.Doc, page int) {
	d.SetContext("header")
	d.Text(pdfdoc.MarginLeft, 9, r.t.S("header"), sSmall)
	id := r.t.Get("header_id", map[string]any{"ID": r.id})
	d.Text(pdfdoc.PageW-pdfdoc.MarginRight-d.Width(id, sSmall), 9, id, sSmall)
	d.Line(pdfdoc.MarginLeft, 14, pdfdoc.PageW-pdfdoc.MarginRight, 14, 0.2, pdfdoc.Gray)
}

func (r *renderer) footer(d *pdfdoc.Doc, page int) {
	d.SetContext("footer")
	y := pdfdoc.PageH - 12
	d.Line(pdfdoc.MarginLeft, y-2, pdfdoc.PageW-pdfdoc.MarginRight, y-2, 0.2, pdfdoc.Gray)
	d.Text(pdfdoc.MarginLeft, y, r.t.Get("footer_time", map[string]any{"Time": r.opts.Now.Format("2006-01-02 15:04:05 -07:00")}), sSmall)
	total := "?"
	if d.Pages() > 0 {
		total = itoa(d.Pages())
	}
	p := r.t.Get("footer_page", map[string]any{"Page": page, "Pages": total})
	d.Text(pdfdoc.PageW-pdfdoc.MarginRight-d.Width(p, sSmall), y, p, sSmall)
}

// h1 starts a numbered section: "一、…" in Chinese, "1. …" in English.
// Appendices (sec_sources, sec_method) carry their own names.
func (r *renderer) h1(key string) {
	title := r.t.S(key)
	if key != "sec_sources" && key != "sec_method" && key != "sec_attachments" {
		r.section++
		if r.opts.Lang == i18n.EN {
			title = strconv.Itoa(r.section) + ". " + title
		} else {
			title = chineseNumber(r.section) + "、" + title
		}
	}
	d := r.d
	d.Ensure(20)
	d.Space(2)
	d.Bookmark(title, 0)
	d.SetContext(title)
	d.Text(pdfdoc.MarginLeft, d.Y(), title, sH1)
	d.Space(pdfdoc.LineHeight(sH1) + 1)
}

// chineseNumber writes 1–99 in Chinese numerals: 一, 十, 十二, 二十一.
func chineseNumber(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	default:
		return digits[n/10] + "十" + digits[n%10]
	}
}

func (r *renderer) para(s string, st pdfdoc.Style) {
	r.d.Paragraph(s, st)
	r.d.Space(1.5)
}

// cover is the first page: who, what, the figures.
func (r *renderer) cover() {
	d, c, f := r.d, r.work.Case, r.work.Figures
	d.AddPage()
	d.SetContext(r.t.S("title"))
	d.Space(6)
	d.Text(pdfdoc.MarginLeft, d.Y(), r.t.S("title"), sTitle)
	d.Space(pdfdoc.LineHeight(sTitle))
	d.Text(pdfdoc.MarginLeft, d.Y(), r.t.S("subtitle"), sSubtitle)
	d.Space(pdfdoc.LineHeight(sSubtitle) + 4)
	d.Line(pdfdoc.MarginLeft, d.Y(), pdfdoc.PageW-pdfdoc.MarginRight, d.Y(), 0.5, pdfdoc.Blue)
	d.Space(5)

	id, phone := c.Victim.IDNumber, c.Victim.Phone
	if r.opts.Redact {
		id, phone = evidence.MaskID(id), evidence.MaskPhone(phone)
	}
	rows := [][2]string{
		{r.t.S("k_report_id"), r.id},
		{r.t.S("k_generated"), r.opts.Now.Format("2006-01-02 15:04:05 -07:00")},
		{r.t.S("k_name"), r.orEmpty(c.Victim.Name)},
		{r.t.S("k_id"), r.orEmpty(id)},
		{r.t.S("k_phone"), r.orEmpty(phone)},
		{r.t.S("k_account"), r.orEmpty(c.Victim.JDAccount)},
		{r.t.S("k_discovered"), r.orEmpty(c.DiscoveredAt.String())},
	}
	if c.Cause != "" {
		rows = append(rows, [2]string{r.t.S("k_cause"), c.Cause.Localize(r.opts.Lang)})
	}
	if c.Police.Station != "" {
		rows = append(rows, [2]string{r.t.S("k_police"), c.Police.Station})
	}
	if c.Police.CaseNumber != "" {
		rows = append(rows, [2]string{r.t.S("k_case_number"), c.Police.CaseNumber})
	}
	d.SetContext(r.caseRef("victim"))
	d.KeyValues(rows, sKey, sBody)
	d.Space(6)

	// The summary box.
	d.SetContext(r.t.S("summary_title"))
	span := r.t.S("s_none")
	if n := len(r.work.Disputes.Disputed); n > 0 {
		span = r.t.Get("s_span_v", map[string]any{"From": r.when(r.work.Disputes.Disputed[0].Time()), "To": r.when(r.work.Disputes.Disputed[n-1].Time())})
	}
	logins := r.t.S("s_none")
	if len(r.work.Logins) > 0 {
		logins = r.t.Get("s_logins_v", map[string]any{"Count": len(r.work.Logins), "Unfamiliar": len(r.work.Analysis.Unfamiliar)})
	}
	sum := [][2]string{
		{r.t.S("s_disputed"), r.t.Get("s_disputed_v", map[string]any{"Count": f.Count})},
		{r.t.S("s_total"), r.t.Get("s_total_v", map[string]any{"Total": f.Total.String()})},
		{r.t.S("s_baitiao"), r.t.Get("s_baitiao_v", map[string]any{"Total": f.Baitiao.String(), "Count": f.BaitiaoCount})},
		{r.t.S("s_span"), span},
		{r.t.S("s_logins"), logins},
		{r.t.S("s_sources"), r.t.Get("s_sources_v", map[string]any{"Count": len(r.work.Inputs)})},
	}
	if n := len(r.work.Attachments); n > 0 {
		sum = append(sum, [2]string{r.t.S("s_attachments"), r.t.Get("s_attachments_v", map[string]any{"Count": n})})
	}
	top := d.Y()
	h := float64(len(sum))*pdfdoc.LineHeight(sBody) + pdfdoc.LineHeight(sH2) + 8
	d.Rect(pdfdoc.MarginLeft, top, pdfdoc.ContentW, h, "FD", pdfdoc.RGB{R: 244, G: 247, B: 252}, pdfdoc.RGB{R: 190, G: 205, B: 230})
	d.Space(3)
	d.Text(pdfdoc.MarginLeft+4, d.Y(), r.t.S("summary_title"), sH2)
	d.Space(pdfdoc.LineHeight(sH2) + 1)
	kw := 0.0
	for _, s := range sum {
		kw = max(kw, d.Width(s[0], sKey))
	}
	for i, s := range sum {
		st := sBody
		if i == 1 {
			st = pdfdoc.Style{Size: 10, Bold: true, Color: pdfdoc.Red}
		}
		d.Text(pdfdoc.MarginLeft+4, d.Y(), s[0], sKey)
		d.Text(pdfdoc.MarginLeft+8+kw, d.Y(), s[1], st)
		d.Space(pdfdoc.LineHeight(sBody))
	}
	d.SetY(top + h + 6)
	d.SetContext("report." + string(r.opts.Lang) + ".yaml")
	r.para(r.t.S("cover_intro"), pdfdoc.Style{Size: 9, Color: pdfdoc.Gray})
}

// caseRef names a key of the case file with its line, for messages:
// "case.yaml:3 victim".
func (r *renderer) caseRef(path string) string {
	at := r.work.Case.At(path)
	at.File = filepath.Base(at.File)
	return at.Short() + " " + path
}

func (r *renderer) orEmpty(s string) string {
	if strings.TrimSpace(s) == "" {
		return r.t.S("empty")
	}
	return s
}

// when prints a time in China time without the zone, or with its offset
// when the file gave another zone.
func (r *renderer) when(t time.Time) string {
	if _, off := t.Zone(); off == 8*3600 {
		return t.Format("2006-01-02 15:04:05")
	}
	return t.Format("2006-01-02 15:04:05 -07:00")
}

func (r *renderer) whenTx(t *evidence.Transaction) string {
	if t.DateOnly() {
		return t.Time().Format("2006-01-02")
	}
	return r.when(t.Time())
}

// statement: the victim's words, what they did, and the checklist.
func (r *renderer) statement() {
	d, c := r.d, r.work.Case
	d.AddPage()
	r.h1("sec_statement")
	d.SetContext(r.caseRef("statement"))
	if s := strings.Join(evidence.Paragraphs(c.Statement), "\n"); s != "" {
		top := d.Y()
		d.ParagraphAt(pdfdoc.MarginLeft+5, pdfdoc.ContentW-5, s, sBody)
		if d.Y() > top {
			d.Line(pdfdoc.MarginLeft+1.5, top, pdfdoc.MarginLeft+1.5, d.Y(), 0.8, pdfdoc.LightGray)
		}
		d.Space(3)
	} else {
		r.para(r.t.S("no_statement"), sSmall)
	}
	r.h1("sec_actions")
	d.SetContext(r.caseRef("actions"))
	if len(c.Actions) == 0 {
		r.para(r.t.S("actions_none"), sSmall)
	} else {
		rows := make([]pdfdoc.Row, 0, len(c.Actions))
		for i, a := range c.Actions {
			reply := a.Reply
			if !a.Replied.IsZero() {
				reply = strings.TrimSpace(a.Replied.String() + " " + reply)
			}
			rows = append(rows, pdfdoc.Row{Context: r.caseRef("actions[" + itoa(i) + "]"),
				Cells: []string{a.Date.String(), a.What, r.recipient(a.To), a.Ref, a.ReplyBy.String(), reply}})
		}
		d.Table(pdfdoc.Table{Style: sTable, Header: sTableH, Columns: []pdfdoc.Column{
			{Title: r.t.S("a_date"), Width: 20}, {Title: r.t.S("a_what"), Width: 68}, {Title: r.t.S("a_to"), Width: 22},
			{Title: r.t.S("a_ref"), Width: 26}, {Title: r.t.S("a_reply_by"), Width: 20}, {Title: r.t.S("a_reply"), Width: 24},
		}}, rows)
		d.Space(3)
	}
	d.Ensure(40)
	d.Text(pdfdoc.MarginLeft, d.Y(), r.t.S("steps_title"), sH2)
	d.Space(pdfdoc.LineHeight(sH2) + 1)
	for _, s := range r.steps() {
		d.Ensure(pdfdoc.LineHeight(sBody))
		y := d.Y()
		box := 3.2
		d.Rect(pdfdoc.MarginLeft+1, y+0.6, box, box, "D", pdfdoc.Black, pdfdoc.Gray)
		status := r.t.S("step_todo")
		st := sSmall
		if s.done {
			p := d.PDF()
			p.SetDrawColor(20, 120, 40)
			p.SetLineWidth(0.5)
			p.Line(pdfdoc.MarginLeft+1.6, y+2.2, pdfdoc.MarginLeft+2.5, y+3.3)
			p.Line(pdfdoc.MarginLeft+2.5, y+3.3, pdfdoc.MarginLeft+4.0, y+1.0)
			status = s.note
			st = pdfdoc.Style{Size: 8, Color: pdfdoc.RGB{R: 20, G: 120, B: 40}}
		}
		x := d.Text(pdfdoc.MarginLeft+6, y, s.text, sBody)
		d.Text(x+3, y+0.4, status, st)
		d.Space(pdfdoc.LineHeight(sBody))
	}
}

// steps is the checklist of the seed's steps, from the follow-up rules.
func (r *renderer) steps() []step {
	var out []step
	for _, s := range followup.Steps(r.work.Case) {
		st := step{text: r.t.S("step_" + strings.ReplaceAll(s.Code, "-", "_")), done: s.Done}
		if s.Done {
			st.note = r.t.Get("step_done_ref", map[string]any{"Date": s.Date.String(), "Ref": s.Ref})
		}
		out = append(out, st)
	}
	return out
}

type step struct {
	text string
	done bool
	note string
}

func (r *renderer) recipient(to string) string {
	if to == "" {
		return ""
	}
	return r.t.S("to_" + to)
}

func (r *renderer) sourcesOf(t *evidence.Transaction) string {
	refs := make([]string, len(t.Sources()))
	for i, s := range t.Sources() {
		refs[i] = s.Ref()
	}
	return strings.Join(refs, "\n")
}

// disputed is the table of disputed transactions with its totals.
func (r *renderer) disputed() {
	d := r.d
	d.AddPage()
	r.h1("sec_disputed")
	rows := r.work.Disputes.Disputed
	if len(rows) == 0 {
		r.para(r.t.S("disputed_none"), sBody)
		return
	}
	r.para(r.t.S("disputed_intro"), sSmall)
	out := make([]pdfdoc.Row, 0, len(rows)+2)
	for _, t := range rows {
		out = append(out, pdfdoc.Row{Context: t.Source().Ref(), Cells: []string{
			r.whenTx(t), t.Merchant(), t.Description(), t.Order(), t.Method(),
			t.Amount().String(), t.Refunded().String(), t.Net().String(), r.sourcesOf(t)}})
	}
	f := r.work.Figures
	out = append(out, pdfdoc.Row{Bold: true, Fill: &pdfdoc.LightGray, Context: "total", Cells: []string{
		r.t.Get("total_row", map[string]any{"Count": f.Count}), "", "", "", "", f.Gross.String(), f.Refunded.String(), f.Total.String(), ""}})
	if f.BaitiaoCount > 0 && f.BaitiaoCount != f.Count {
		out = append(out, pdfdoc.Row{Context: "total", Cells: []string{
			r.t.Get("baitiao_row", map[string]any{"Count": f.BaitiaoCount}), "", "", "", "京东白条", "", "", f.Baitiao.String(), ""}})
	}
	d.Table(pdfdoc.Table{Style: sTable, Header: sTableH, Columns: []pdfdoc.Column{
		{Title: r.t.S("c_time"), Width: 19}, {Title: r.t.S("c_merchant"), Width: 19}, {Title: r.t.S("c_description"), Width: 34},
		{Title: r.t.S("c_order"), Width: 24}, {Title: r.t.S("c_method"), Width: 15},
		{Title: r.t.S("c_amount"), Width: 16, Right: true}, {Title: r.t.S("c_refunded"), Width: 14, Right: true},
		{Title: r.t.S("c_disputed"), Width: 16, Right: true}, {Title: r.t.S("c_source"), Width: 23},
	}}, out)
}

// others lists the transactions not disputed, or summarises them when
// there are many.
func (r *renderer) others() {
	d := r.d
	disputed := map[*evidence.Transaction]bool{}
	for _, t := range r.work.Disputes.Disputed {
		disputed[t] = true
	}
	var rest []*evidence.Transaction
	for _, t := range r.work.Transactions {
		if !disputed[t] {
			rest = append(rest, t)
		}
	}
	d.Space(4)
	r.h1("sec_others")
	if len(rest) == 0 {
		r.para(r.t.S("others_none"), sBody)
		return
	}
	if len(rest) > r.opts.ListLimit {
		r.para(r.t.Get("others_summary_intro", map[string]any{"Count": len(rest)}), sSmall)
		r.othersSummary(rest)
		return
	}
	r.para(r.t.S("others_intro"), sSmall)
	rows := make([]pdfdoc.Row, 0, len(rest))
	for _, t := range rest {
		rows = append(rows, pdfdoc.Row{Context: t.Source().Ref(), Cells: []string{
			r.whenTx(t), t.Direction().Localize(r.opts.Lang), t.Description(), t.Order(), t.Method(),
			t.Amount().String(), t.Refunded().String(), r.sourcesOf(t)}})
	}
	d.Table(pdfdoc.Table{Style: sTiny, Header: pdfdoc.Style{Size: 6.5, Bold: true}, MaxLines: 3, Columns: []pdfdoc.Column{
		{Title: r.t.S("c_time"), Width: 19}, {Title: r.t.S("c_direction"), Width: 12}, {Title: r.t.S("c_description"), Width: 54},
		{Title: r.t.S("c_order"), Width: 24}, {Title: r.t.S("c_method"), Width: 18},
		{Title: r.t.S("c_amount"), Width: 16, Right: true}, {Title: r.t.S("c_refunded"), Width: 14, Right: true},
		{Title: r.t.S("c_source"), Width: 23},
	}}, rows)
}

func (r *renderer) othersSummary(rest []*evidence.Transaction) {
	type key struct{ month, method string }
	type sum struct {
		n          int
		gross, net evidence.Money
	}
	sums := map[key]*sum{}
	for _, t := range rest {
		k := key{t.Time().Format("2006-01"), t.Method()}
		s := sums[k]
		if s == nil {
			s = &sum{}
			sums[k] = s
		}
		s.n++
		s.gross += t.Amount()
		s.net += t.Net()
	}
	keys := make([]key, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].month != keys[j].month {
			return keys[i].month < keys[j].month
		}
		return keys[i].method < keys[j].method
	})
	rows := make([]pdfdoc.Row, 0, len(keys))
	for _, k := range keys {
		s := sums[k]
		rows = append(rows, pdfdoc.Row{Cells: []string{k.month, k.method, itoa(s.n), s.gross.String(), s.net.String()}})
	}
	r.d.Table(pdfdoc.Table{Style: sTable, Header: sTableH, Columns: []pdfdoc.Column{
		{Title: r.t.S("o_month"), Width: 30}, {Title: r.t.S("o_method"), Width: 50}, {Title: r.t.S("o_count"), Width: 30, Right: true},
		{Title: r.t.S("o_gross"), Width: 35, Right: true}, {Title: r.t.S("o_net"), Width: 35, Right: true},
	}}, rows)
}

// logins lists the login events, unfamiliar ones in red.
func (r *renderer) logins() {
	d := r.d
	d.Space(4)
	r.h1("sec_logins")
	if len(r.work.Logins) == 0 {
		r.para(r.t.S("logins_none"), sBody)
		return
	}
	r.para(r.t.Get("logins_intro", map[string]any{"Hours": int(r.work.Analysis.Config.NewFor.Hours())}), sSmall)
	logins, rest := r.loginsToList()
	if len(rest) > 0 {
		r.para(r.t.Get("logins_many", map[string]any{"Count": len(r.work.Logins), "Listed": len(logins)}), sSmall)
	}
	rows := make([]pdfdoc.Row, 0, len(logins))
	for _, l := range logins {
		row := pdfdoc.Row{Context: l.Sources[0].Ref()}
		var flags []string
		if r.work.Analysis.Unfamiliar[l] {
			row.Fill, row.Color = &pdfdoc.LightRed, &pdfdoc.Red
			flags = append(flags, r.t.S("l_unfamiliar"))
		}
		if l.Result == evidence.LoginFailure {
			flags = append(flags, r.t.S("l_failed"))
		}
		when := r.when(l.Time)
		if l.DateOnly {
			when = l.Time.Format("2006-01-02")
		}
		refs := make([]string, len(l.Sources))
		for i, s := range l.Sources {
			refs[i] = s.Ref()
		}
		row.Cells = []string{when, l.IP, l.Place, l.Device, l.Method, l.Status, strings.Join(flags, " "), strings.Join(refs, "\n")}
		rows = append(rows, row)
	}
	d.Table(pdfdoc.Table{Style: sTable, Header: sTableH, Columns: []pdfdoc.Column{
		{Title: r.t.S("l_time"), Width: 26}, {Title: r.t.S("l_ip"), Width: 24}, {Title: r.t.S("l_place"), Width: 26},
		{Title: r.t.S("l_device"), Width: 30}, {Title: r.t.S("l_method"), Width: 22}, {Title: r.t.S("l_result"), Width: 12},
		{Title: r.t.S("l_flag"), Width: 16}, {Title: r.t.S("c_source"), Width: 24},
	}}, rows)
	if len(rest) > 0 {
		r.loginsSummary(rest)
	}
}

// loginsToList picks the logins the report lists one by one: all of them
// when they are few; otherwise the unfamiliar ones and those within a day
// of the disputed period (the rest are summarised; the bundle's XLSX has
// every login).
func (r *renderer) loginsToList() (list, rest []*evidence.LoginEvent) {
	all := r.work.Logins
	if len(all) <= r.opts.ListLimit {
		return all, nil
	}
	var from, to time.Time
	if n := len(r.work.Disputes.Disputed); n > 0 {
		from = r.work.Disputes.Disputed[0].Time().Add(-24 * time.Hour)
		to = r.work.Disputes.Disputed[n-1].Time().Add(24 * time.Hour)
	}
	for _, l := range all {
		near := !from.IsZero() && !l.Time.Before(from) && !l.Time.After(to)
		if (r.work.Analysis.Unfamiliar[l] || near) && len(list) < r.opts.ListLimit {
			list = append(list, l)
		} else {
			rest = append(rest, l)
		}
	}
	return list, rest
}

// loginsSummary counts the logins not listed by month, device and place.
func (r *renderer) loginsSummary(rest []*evidence.LoginEvent) {
	type key struct{ month, device, place string }
	type sum struct{ ok, failed int }
	sums := map[key]*sum{}
	var keys []key
	for _, l := range rest {
		k := key{l.Time.In(evidence.ChinaZone()).Format("2006-01"), l.Device, l.Place}
		s := sums[k]
		if s == nil {
			s = &sum{}
			sums[k] = s
			keys = append(keys, k)
		}
		if l.Result == evidence.LoginFailure {
			s.failed++
		} else {
			s.ok++
		}
	}
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.month != b.month {
			return a.month < b.month
		}
		if a.device != b.device {
			return a.device < b.device
		}
		return a.place < b.place
	})
	rows := make([]pdfdoc.Row, 0, len(keys))
	for _, k := range keys {
		s := sums[k]
		rows = append(rows, pdfdoc.Row{Cells: []string{k.month, k.device, k.place, itoa(s.ok), itoa(s.failed)}})
	}
	r.d.Space(2)
	r.d.Table(pdfdoc.Table{Style: sTable, Header: sTableH, Columns: []pdfdoc.Column{
		{Title: r.t.S("o_month"), Width: 25}, {Title: r.t.S("l_device"), Width: 55}, {Title: r.t.S("l_place"), Width: 50},
		{Title: r.t.S("ls_ok"), Width: 25, Right: true}, {Title: r.t.S("ls_failed"), Width: 25, Right: true},
	}}, rows)
}

// sources is the appendix of input files.
func (r *renderer) sources() {
	d := r.d
	d.AddPage()
	r.h1("sec_sources")
	r.para(r.t.S("sources_intro"), sSmall)
	rows := []pdfdoc.Row{{Context: "sources", Cells: []string{
		filepath.Base(r.work.CasePath), r.t.S("f_case"), sizeText(int64(len(r.work.CaseBytes))), r.work.CaseSHA256, ""}}}
	for _, in := range r.work.Inputs {
		f := in.File
		var details []string
		for _, t := range f.Tables {
			enc := string(f.Encoding)
			if f.Format == ingest.FormatXLSX {
				enc = "XLSX " + t.Sheet
			}
			details = append(details, r.t.Get("f_detail_v", map[string]any{"Encoding": enc, "Header": t.HeaderLine,
				"Rows": t.Rows(), "Skipped": t.Skipped, "Bad": t.Bad}))
		}
		rows = append(rows, pdfdoc.Row{Context: "sources", Cells: []string{
			in.Path, in.Role.Localize(r.opts.Lang), sizeText(f.Size), f.SHA256, strings.Join(details, "\n")}})
	}
	d.Table(pdfdoc.Table{Style: sTable, Header: sTableH, Columns: []pdfdoc.Column{
		{Title: r.t.S("f_file"), Width: 36}, {Title: r.t.S("f_kind"), Width: 18}, {Title: r.t.S("f_size"), Width: 18, Right: true},
		{Title: r.t.S("f_sha"), Width: 52}, {Title: r.t.S("f_detail"), Width: 56},
	}}, rows)
	d.Space(4)
	d.Ensure(20)
	d.Text(pdfdoc.MarginLeft, d.Y(), r.t.S("sources_problems"), sH2)
	d.Space(pdfdoc.LineHeight(sH2) + 1)
	// Every warning of the case, not just the files': a dispute that
	// matched nothing belongs here too.
	problems := r.work.Problems
	if len(problems) == 0 {
		r.para(r.t.S("sources_problems_none"), sSmall)
	}
	const shown = 200
	for i, p := range problems {
		if i == shown {
			r.para(r.t.Get("sources_problems_more", map[string]any{"Count": len(problems) - shown}), sSmall)
			break
		}
		d.SetContext("problems: " + p.Where.Short())
		r.d.Paragraph("• "+p.Localize(r.opts.Lang), pdfdoc.Style{Size: 7.5})
	}
	d.Space(4)
	r.h1("sec_method")
	r.para(r.t.S("method_text"), pdfdoc.Style{Size: 9})
}

func sizeText(n int64) string {
	return groupDigits(n) + " B"
}

func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }
