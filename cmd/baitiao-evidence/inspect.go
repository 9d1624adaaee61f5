package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/analyze"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/attach"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ingest"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/reconcile"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/report"
)

// inspectOptions are the inputs of `inspect`.
type inspectOptions struct {
	Files  []string
	Case   string
	JSON   bool
	Strict bool
}

func newInspectCmd(a *app) *cobra.Command {
	opts := &inspectOptions{}
	cmd := &cobra.Command{
		Use:     "inspect FILE... | inspect --case CASE.yaml",
		Short:   a.T("cmd.inspect.short"),
		Long:    a.T("cmd.inspect.long"),
		Example: a.T("cmd.inspect.example"),
		Args:    args(0, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if opts.Case == "" && len(args) == 0 {
				return usagef("usage.inspect_nothing")
			}
			if opts.Case != "" && len(args) > 0 {
				return usagef("usage.inspect_both")
			}
			return runInspect(a, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Case, "case", "", a.T("flag.case"))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, a.T("flag.json"))
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, a.T("flag.strict"))
	return cmd
}

func runInspect(a *app, opts *inspectOptions) error {
	now, err := a.now()
	if err != nil {
		return err
	}
	var rep inspectReport
	failed := false
	if opts.Case != "" {
		w, err := casework.Load(opts.Case, casework.Options{Now: now, Progress: a.progress()})
		if err != nil {
			return err
		}
		for _, in := range w.Inputs {
			rep.Files = append(rep.Files, a.fileReport(in.Path, in.File, nil))
		}
		rep.Case = a.caseReport(w)
		failed = opts.Strict && len(w.Problems) > 0
	} else {
		for _, path := range opts.Files {
			f, err := ingest.ReadFile(path, ingest.Options{Now: now, Progress: a.progress()})
			rep.Files = append(rep.Files, a.fileReport(path, f, err))
			if err != nil || (opts.Strict && len(f.Problems) > 0) {
				failed = true
			}
		}
	}
	if opts.JSON {
		enc := json.NewEncoder(a.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		a.printInspect(a.Out, &rep)
	}
	if failed {
		if n := countFailed(rep.Files); n > 0 {
			a.printLine("error", a.T("inspect.failed_files", n))
		} else {
			a.printLine("error", a.T("inspect.strict_failed"))
		}
		return silentError{}
	}
	return nil
}

func countFailed(files []fileReport) int {
	n := 0
	for _, f := range files {
		if !f.OK {
			n++
		}
	}
	return n
}

// inspectReport is the stable shape of `inspect --json` (documented in
// README.md). Amounts are integer fen; times are RFC 3339 with their zone.
type inspectReport struct {
	Files []fileReport `json:"files"`
	Case  *caseReport  `json:"case,omitempty"`
}

type fileReport struct {
	Path     string          `json:"path"`
	OK       bool            `json:"ok"`
	Error    []problemReport `json:"error,omitempty"`
	Format   string          `json:"format,omitempty"`
	Encoding string          `json:"encoding,omitempty"`
	Size     int64           `json:"size"`
	SHA256   string          `json:"sha256,omitempty"`
	Tables   []tableReport   `json:"tables"`
	Problems []problemReport `json:"problems"`
}

type tableReport struct {
	Kind          string          `json:"kind"`
	Sheet         string          `json:"sheet,omitempty"`
	HeaderLine    int             `json:"header_line"`
	Delimiter     string          `json:"delimiter,omitempty"`
	PreambleLines int             `json:"preamble_lines"`
	Columns       []columnReport  `json:"columns"`
	Rows          int             `json:"rows"`
	Skipped       int             `json:"skipped"`
	Bad           int             `json:"bad"`
	From          string          `json:"from,omitempty"`
	To            string          `json:"to,omitempty"`
	Totals        []totalsReport  `json:"totals,omitempty"`
	SummaryCheck  string          `json:"summary_check,omitempty"`
	Preamble      *preambleReport `json:"preamble,omitempty"`
}

type columnReport struct {
	Index   int    `json:"index"`
	Header  string `json:"header"`
	Field   string `json:"field,omitempty"`
	Synonym string `json:"synonym,omitempty"`
	Manual  bool   `json:"manual,omitempty"`
}

type totalsReport struct {
	Direction   string `json:"direction"`
	Count       int    `json:"count"`
	GrossFen    int64  `json:"gross_fen"`
	RefundedFen int64  `json:"refunded_fen"`
	NetFen      int64  `json:"net_fen"`
}

type preambleReport struct {
	Account     string          `json:"account,omitempty"`
	ExportedAt  string          `json:"exported_at,omitempty"`
	PeriodFrom  string          `json:"period_from,omitempty"`
	PeriodTo    string          `json:"period_to,omitempty"`
	RecordCount int             `json:"record_count"`
	Summary     []summaryReport `json:"summary,omitempty"`
}

type summaryReport struct {
	Direction string `json:"direction"`
	Count     int    `json:"count"`
	GrossFen  int64  `json:"gross_fen"`
}

type problemReport struct {
	Severity string `json:"severity"`
	File     string `json:"file,omitempty"`
	Line     int    `json:"line,omitempty"`
	Sheet    string `json:"sheet,omitempty"`
	Row      int    `json:"row,omitempty"`
	Column   string `json:"column,omitempty"`
	Cell     string `json:"cell,omitempty"`
	Message  string `json:"message"`
	Hint     string `json:"hint,omitempty"`
	where    evidence.Location
}

type caseReport struct {
	Path         string            `json:"path"`
	Transactions int               `json:"transactions"`
	Logins       int               `json:"logins"`
	Bills        int               `json:"bills"`
	Disputed     disputedReport    `json:"disputed"`
	Claimed      *claimedReport    `json:"claimed,omitempty"`
	Indicators   []indicatorReport `json:"indicators"`
	Suggested    []suggestedRow    `json:"suggested"`
	Attachments  []attachmentRow   `json:"attachments,omitempty"`
	Problems     []problemReport   `json:"problems"`
}

// attachmentRow is an attachment as inspect shows it.
type attachmentRow struct {
	Path    string `json:"path"`
	Kind    string `json:"kind"`
	Caption string `json:"caption,omitempty"`
	Type    string `json:"type"`
	Bytes   int64  `json:"bytes"`
	SHA256  string `json:"sha256"`
	Width   int    `json:"width,omitempty"`
	Height  int    `json:"height,omitempty"`
	Taken   string `json:"taken,omitempty"` // EXIF capture time, RFC 3339
	Device  string `json:"device,omitempty"`
}

type claimedReport struct {
	reconcile.Sums
	Orders   int `json:"orders"`
	NoBills  int `json:"orders_without_bills"`
	Unlinked int `json:"unlinked_lines"`
	Weak     int `json:"weak_links"`
}

type indicatorReport struct {
	Code    string `json:"code"`
	Cause   string `json:"cause"`
	Title   string `json:"title"`
	Explain string `json:"explanation"`
	Rows    string `json:"rows"`
}

type suggestedRow struct {
	Time      string   `json:"time"`
	Order     string   `json:"order"`
	AmountFen int64    `json:"amount_fen"`
	Disputed  bool     `json:"disputed"`
	Reasons   []string `json:"reasons"`
	Source    string   `json:"source"`
}

type disputedReport struct {
	Count           int           `json:"count"`
	TotalFen        int64         `json:"total_fen"`
	BaitiaoTotalFen int64         `json:"baitiao_total_fen"`
	Rows            []disputedRow `json:"rows"`
}

type disputedRow struct {
	Time          string   `json:"time"`
	Order         string   `json:"order"`
	MerchantOrder string   `json:"merchant_order,omitempty"`
	Merchant      string   `json:"merchant,omitempty"`
	Description   string   `json:"description,omitempty"`
	Method        string   `json:"method,omitempty"`
	AmountFen     int64    `json:"amount_fen"`
	RefundedFen   int64    `json:"refunded_fen"`
	DisputedFen   int64    `json:"disputed_fen"`
	Sources       []string `json:"sources"`
	Selectors     []int    `json:"selectors"`
}

func (a *app) problems(ps []evidence.Problem) []problemReport {
	out := make([]problemReport, 0, len(ps))
	for _, p := range ps {
		sev := "warning"
		if p.Severity == evidence.Fatal {
			sev = "error"
		}
		out = append(out, problemReport{Severity: sev, File: p.Where.File, Line: p.Where.Line, Sheet: p.Where.Sheet,
			Row: p.Where.Row, Column: p.Where.Column, Cell: p.Where.Cell,
			Message: p.Msg.Localize(a.lang), Hint: p.Hint.Localize(a.lang), where: p.Where})
	}
	return out
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func (a *app) fileReport(path string, f *ingest.File, err error) fileReport {
	if err != nil {
		return fileReport{Path: path, Error: a.problems(evidence.AsProblems(err)), Tables: []tableReport{}, Problems: []problemReport{}}
	}
	r := fileReport{Path: path, OK: true, Format: string(f.Format), Encoding: string(f.Encoding), Size: f.Size, SHA256: f.SHA256,
		Tables: []tableReport{}, Problems: a.problems(f.Problems)}
	for _, t := range f.Tables {
		from, to := t.TimeRange()
		tr := tableReport{Kind: t.Kind.Code(), Sheet: t.Sheet, HeaderLine: t.HeaderLine, PreambleLines: t.Preamble.Lines,
			Rows: t.Rows(), Skipped: t.Skipped, Bad: t.Bad, From: rfc3339(from), To: rfc3339(to), Columns: []columnReport{},
			SummaryCheck: t.SummaryCheck}
		if t.Delimiter != 0 {
			tr.Delimiter = string(t.Delimiter)
		}
		for _, c := range t.Columns {
			tr.Columns = append(tr.Columns, columnReport{Index: c.Index, Header: c.Header, Field: string(c.Field), Synonym: c.Synonym, Manual: c.Manual})
		}
		if t.Kind == ingest.KindTransactions {
			totals := t.TotalsByDirection()
			for _, d := range []evidence.Direction{evidence.DirExpense, evidence.DirIncome, evidence.DirNeutral, evidence.DirUnknown} {
				if s, ok := totals[d]; ok {
					tr.Totals = append(tr.Totals, totalsReport{Direction: d.Code(), Count: s.Count, GrossFen: int64(s.Gross),
						RefundedFen: int64(s.Refunded), NetFen: int64(s.Net())})
				}
			}
		}
		p := t.Preamble
		if p.Account != "" || !p.ExportedAt.IsZero() || p.Count >= 0 || len(p.Summary) > 0 {
			pr := &preambleReport{Account: p.Account, ExportedAt: rfc3339(p.ExportedAt), PeriodFrom: rfc3339(p.From),
				PeriodTo: rfc3339(p.To), RecordCount: p.Count}
			for _, d := range []evidence.Direction{evidence.DirExpense, evidence.DirIncome, evidence.DirNeutral} {
				if s, ok := p.Summary[d]; ok {
					pr.Summary = append(pr.Summary, summaryReport{Direction: d.Code(), Count: s.Count, GrossFen: int64(s.Gross)})
				}
			}
			tr.Preamble = pr
		}
		r.Tables = append(r.Tables, tr)
	}
	return r
}

func (a *app) caseReport(w *casework.Work) *caseReport {
	cr := &caseReport{Path: w.CasePath, Transactions: len(w.Transactions), Logins: len(w.Logins), Bills: len(w.Bills)}
	// Problems of reading a file are listed under it; the case lists the
	// rest (disputes, merging, bills).
	var rest []evidence.Problem
	for _, p := range w.Problems {
		if !isReadingProblem(p) {
			rest = append(rest, p)
		}
	}
	cr.Problems = a.problems(rest)
	for _, at := range w.Attachments {
		row := attachmentRow{Path: at.Path, Kind: at.Kind, Caption: at.Caption, Type: string(at.Type), Bytes: at.Size, SHA256: at.SHA256,
			Width: at.Width, Height: at.Height, Device: at.Meta.Device}
		if !at.Meta.Taken.IsZero() {
			row.Taken = at.Meta.Taken.Format(time.RFC3339)
		}
		cr.Attachments = append(cr.Attachments, row)
	}
	f := w.Figures
	cr.Disputed = disputedReport{Count: f.Count, TotalFen: int64(f.Total), BaitiaoTotalFen: int64(f.Baitiao), Rows: []disputedRow{}}
	if c := w.Claims; c.HasBills {
		cr.Claimed = &claimedReport{Sums: c.Total, Orders: len(c.Orders), NoBills: len(c.NoBills), Unlinked: len(c.Unlinked), Weak: len(c.Weak)}
	}
	for _, ind := range w.Analysis.Indicators {
		cr.Indicators = append(cr.Indicators, indicatorReport{Code: ind.Code, Cause: string(ind.Cause),
			Title: a.T("ind_title." + ind.Code), Explain: ind.Explain.Localize(a.lang), Rows: report.RefList(indicatorSources(&ind))})
	}
	if cr.Indicators == nil {
		cr.Indicators = []indicatorReport{}
	}
	cr.Suggested = []suggestedRow{}
	disputed := map[*evidence.Transaction]bool{}
	for _, t := range w.Disputes.Disputed {
		disputed[t] = true
	}
	for _, t := range w.Analysis.Suggested {
		cr.Suggested = append(cr.Suggested, suggestedRow{Time: rfc3339(t.Time()), Order: t.Order(), AmountFen: int64(t.Net()),
			Disputed: disputed[t], Reasons: w.Analysis.Reasons[t], Source: t.Source().Ref()})
	}
	for _, t := range w.Disputes.Disputed {
		row := disputedRow{Time: rfc3339(t.Time()), Order: t.Order(), MerchantOrder: t.MerchantOrd(), Merchant: t.Merchant(),
			Description: t.Description(), Method: t.Method(), AmountFen: int64(t.Amount()), RefundedFen: int64(t.Refunded()),
			DisputedFen: int64(t.Net()), Selectors: w.Disputes.Why[t]}
		for _, s := range t.Sources() {
			row.Sources = append(row.Sources, s.Ref())
		}
		cr.Disputed.Rows = append(cr.Disputed.Rows, row)
	}
	return cr
}

// printInspect renders the report for people.
func (a *app) printInspect(out io.Writer, rep *inspectReport) {
	for i, f := range rep.Files {
		if i > 0 {
			fmt.Fprintln(out)
		}
		fmt.Fprintf(out, "== %s ==\n", f.Path)
		if !f.OK {
			a.printProblemList(out, f.Error)
			continue
		}
		kv := newKV(out)
		kv.add(a.T("inspect.size"), a.T("inspect.size_value", f.Size, f.SHA256))
		format := strings.ToUpper(f.Format)
		if f.Encoding != "" {
			format += ", " + f.Encoding
		}
		kv.add(a.T("inspect.format"), format)
		for _, t := range f.Tables {
			a.printTable(out, t, kv)
			kv = newKV(out)
		}
		kv.flush()
		fmt.Fprintf(out, "%s\n", a.T("inspect.problems", len(f.Problems)))
		a.printProblemList(out, f.Problems)
	}
	if rep.Case != nil {
		a.printCase(out, rep.Case)
	}
}

// printTable adds the table's lines to kv (which may hold the file's own
// lines, so they align) and prints its column mapping.
func (a *app) printTable(out io.Writer, t tableReport, kv *kv) {
	kind := ingest.KindFromCode(t.Kind)
	kindText := a.L(kind)
	if t.Sheet != "" {
		kindText += a.T("inspect.sheet", t.Sheet)
	}
	kv.add(a.T("inspect.kind"), kindText)
	header := a.T("inspect.header_line", t.HeaderLine)
	if t.PreambleLines > 0 {
		header += a.T("inspect.preamble_lines", t.PreambleLines)
	}
	kv.add(a.T("inspect.header"), header)
	if p := t.Preamble; p != nil {
		var parts []string
		if p.Account != "" {
			parts = append(parts, a.T("inspect.account", p.Account))
		}
		if p.PeriodFrom != "" || p.PeriodTo != "" {
			parts = append(parts, a.T("inspect.period", shortDate(p.PeriodFrom), shortDate(p.PeriodTo)))
		}
		if p.ExportedAt != "" {
			parts = append(parts, a.T("inspect.exported_at", humanTime(p.ExportedAt)))
		}
		if len(parts) > 0 {
			kv.add(a.T("inspect.export"), strings.Join(parts, a.T("sep.list")))
		}
	}
	kv.add(a.T("inspect.rows"), a.T("inspect.rows_value", t.Rows, t.Skipped, t.Bad))
	if t.From != "" {
		kv.add(a.T("inspect.range"), a.T("inspect.range_value", humanTime(t.From), humanTime(t.To)))
	}
	if len(t.Totals) > 0 {
		var parts []string
		for _, s := range t.Totals {
			d := directionFromCode(s.Direction)
			part := a.T("inspect.total_part", a.L(d), s.Count, evidence.Money(s.GrossFen).String())
			if s.RefundedFen != 0 {
				part += a.T("inspect.refunded_part", evidence.Money(s.RefundedFen).String())
			}
			parts = append(parts, part)
		}
		kv.add(a.T("inspect.totals"), strings.Join(parts, a.T("sep.clause")))
	}
	if t.SummaryCheck != "" {
		kv.add(a.T("inspect.check"), a.T("inspect.check_"+t.SummaryCheck))
	}
	kv.flush()
	fmt.Fprintln(out, a.T("inspect.columns"))
	tw := newTableWriter(out, "  ")
	unused := 0
	for _, c := range t.Columns {
		if c.Field == "" {
			unused++
		}
	}
	for _, c := range t.Columns {
		if c.Field == "" {
			if unused <= 20 {
				tw.row(c.Header, "—", a.T("inspect.unused"))
			}
			continue
		}
		how := a.T("inspect.by_synonym", c.Synonym)
		if c.Manual {
			how = a.T("inspect.by_manual", c.Synonym)
		}
		tw.row(c.Header, "→ "+a.L(ingest.FieldName(kind, ingest.Field(c.Field)))+" ("+c.Field+")", how)
	}
	tw.flush()
	if unused > 20 {
		fmt.Fprintln(out, "  "+a.T("inspect.unused_many", unused))
	}
}

func (a *app) printProblemList(out io.Writer, ps []problemReport) {
	for _, p := range ps {
		label := a.label("warning")
		if p.Severity == "error" {
			label = a.label("error")
		}
		where := p.where.Localize(a.lang)
		if where != "" {
			where += ": "
		}
		fmt.Fprintf(out, "  %s: %s%s\n", label, where, p.Message)
		if p.Hint != "" {
			for i, l := range strings.Split(p.Hint, "\n") {
				if i == 0 {
					fmt.Fprintf(out, "    %s: %s\n", a.label("hint"), l)
				} else {
					fmt.Fprintf(out, "      %s\n", l)
				}
			}
		}
	}
}

func (a *app) printCase(out io.Writer, cr *caseReport) {
	fmt.Fprintf(out, "\n== %s ==\n", a.T("inspect.case_title", cr.Path))
	fmt.Fprintln(out, a.T("inspect.case_counts", cr.Transactions, cr.Logins, cr.Bills))
	tw := newTableWriter(out, "  ")
	tw.row(a.T("col.time"), a.T("col.order"), a.T("col.description"), a.T("col.method"), a.T("col.amount"), a.T("col.refunded"), a.T("col.disputed"), a.T("col.source"))
	for _, r := range cr.Disputed.Rows {
		tw.row(humanTime(r.Time), r.Order, clipText(r.Description, 24), r.Method, evidence.Money(r.AmountFen).String(),
			evidence.Money(r.RefundedFen).String(), evidence.Money(r.DisputedFen).String(), strings.Join(r.Sources, " "))
	}
	tw.flush()
	fmt.Fprintln(out, a.T("inspect.disputed_total", cr.Disputed.Count, evidence.Money(cr.Disputed.TotalFen).String(),
		evidence.Money(cr.Disputed.BaitiaoTotalFen).String()))
	if c := cr.Claimed; c != nil {
		fmt.Fprintln(out, a.T("inspect.claimed", c.Orders, c.Principal.String(), c.Fee.String(), c.Penalty.String(), c.Paid.String(), c.Outstanding.String()))
	}
	fmt.Fprintf(out, "\n%s\n", a.T("inspect.indicators", len(cr.Indicators)))
	for _, ind := range cr.Indicators {
		fmt.Fprintf(out, "  [%s] %s%s%s\n", ind.Code, ind.Title, a.T("sep.colon"), ind.Explain)
		if ind.Rows != "" {
			fmt.Fprintf(out, "      %s\n", a.T("inspect.rows_cited", ind.Rows))
		}
	}
	if len(cr.Suggested) > 0 {
		fmt.Fprintf(out, "\n%s\n", a.T("inspect.suggested", len(cr.Suggested)))
		tw := newTableWriter(out, "  ")
		tw.row(a.T("col.time"), a.T("col.order"), a.T("col.disputed"), a.T("inspect.col_reasons"), a.T("inspect.col_chosen"))
		for _, r := range cr.Suggested {
			var reasons []string
			for _, c := range r.Reasons {
				reasons = append(reasons, a.T("ind_title."+c))
			}
			chosen := a.T("inspect.not_chosen")
			if r.Disputed {
				chosen = a.T("inspect.chosen")
			}
			tw.row(humanTime(r.Time), r.Order, evidence.Money(r.AmountFen).String(), strings.Join(reasons, a.T("sep.list")), chosen)
		}
		tw.flush()
		fmt.Fprintln(out, a.T("inspect.suggested_hint"))
	}
	if len(cr.Attachments) > 0 {
		fmt.Fprintf(out, "\n%s\n", a.T("inspect.attachments", len(cr.Attachments)))
		tw := newTableWriter(out, "  ")
		for _, at := range cr.Attachments {
			size := ""
			if at.Width > 0 {
				size = fmt.Sprintf("%d×%d", at.Width, at.Height)
			}
			tw.row(at.Path, at.Kind, attach.Type(at.Type).Localize(a.lang), size, clipText(at.Caption, 30))
		}
		tw.flush()
	}
	fmt.Fprintf(out, "%s\n", a.T("inspect.problems", len(cr.Problems)))
	a.printProblemList(out, cr.Problems)
}

func directionFromCode(code string) evidence.Direction {
	for _, d := range []evidence.Direction{evidence.DirExpense, evidence.DirIncome, evidence.DirNeutral} {
		if d.Code() == code {
			return d
		}
	}
	return evidence.DirUnknown
}

// humanTime renders an RFC 3339 time as "2026-11-03 02:41:10 +08:00".
func humanTime(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	return t.Format("2006-01-02 15:04:05 -07:00")
}

func shortDate(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

func indicatorSources(ind *analyze.Indicator) []evidence.Source {
	var srcs []evidence.Source
	for _, l := range ind.Logins {
		srcs = append(srcs, l.Sources[0])
	}
	for _, t := range ind.Txs {
		srcs = append(srcs, t.Source())
	}
	return srcs
}

// isReadingProblem tells a problem met while reading a file from one met
// while putting the case together.
func isReadingProblem(p evidence.Problem) bool {
	for _, prefix := range []string{"row.", "preamble.", "header.", "ingest."} {
		if strings.HasPrefix(p.Msg.Key, prefix) {
			return true
		}
	}
	return false
}
