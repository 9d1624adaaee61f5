package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// earliest is the earliest date a JD row can carry: anything before is a
// broken cell (a zero spreadsheet date is 1899-12-30).
var earliest = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// tableParser turns the rows under a header into model rows.
type tableParser struct {
	file     *File
	table    *Table
	opts     *Options
	xlsx     bool // cells are raw spreadsheet values (dates as serials)
	date1904 bool
	decoded  bool              // text came through a decoder (GBK, UTF-16)
	idx      fieldSlots        // where each field's cell is in a row
	pending  []pendingRow      // unreadable rows not yet known to be a trailer
	seq      rowParser         // parses rows when they are handled one by one
	txTable  *evidence.TxTable // what the table's transactions share
}

// rowParser turns cells into a model row. Each goroutine that parses has
// its own; the tableParser it points to is only read while parsing.
type rowParser struct {
	p         *tableParser
	ctx       rowCtx
	slab      slab
	checkText bool // look for NUL and undecodable bytes in every cell
}

// slab hands out rows from blocks, so a file of a million rows costs a few
// thousand allocations instead of millions. Only rows read into the model
// take a slot, so the blocks hold them in the order they were read.
type slab struct {
	txs     [][]evidence.Transaction // blocks, the last maybe not full
	logins  [][]evidence.LoginEvent
	sources []evidence.Source
	// expect is how many more rows there can be at most, when known (a
	// piece of text has no more records than lines): the last block is
	// then no larger than needed. 0: not known.
	expect int
}

const slabSize = 512

// blockSize is the size of the next block.
func (s *slab) blockSize() int {
	n := slabSize
	if s.expect > 0 {
		n = min(n, s.expect)
		s.expect -= n
	}
	return n
}

func (s *slab) transaction() *evidence.Transaction {
	return slot(&s.txs, s.blockSize)
}

func (s *slab) login() *evidence.LoginEvent {
	return slot(&s.logins, s.blockSize)
}

// slot hands out the next row of blocks, starting a block when the last
// is full.
func slot[T any](blocks *[][]T, size func() int) *T {
	n := len(*blocks)
	if n == 0 || len((*blocks)[n-1]) == cap((*blocks)[n-1]) {
		*blocks = append(*blocks, make([]T, 0, size()))
		n++
	}
	b := &(*blocks)[n-1]
	*b = (*b)[:len(*b)+1]
	return &(*b)[len(*b)-1]
}

// source returns a one-element slice whose capacity is one, so merging
// more sources later copies instead of writing into the next row's slot.
func (s *slab) source(src evidence.Source) []evidence.Source {
	if len(s.sources) == 0 {
		s.sources = make([]evidence.Source, slabSize)
	}
	s.sources[0] = src
	out := s.sources[0:1:1]
	s.sources = s.sources[1:]
	return out
}

type pendingRow struct {
	cells    []string
	loc      evidence.Location
	problems []evidence.Problem
}

func newTableParser(file *File, table *Table, opts *Options, xlsx bool) *tableParser {
	p := &tableParser{file: file, table: table, opts: opts, xlsx: xlsx}
	p.seq.p = p
	p.seq.checkText = true // spreadsheets: cells are checked one by one
	p.idx.reset()
	for _, c := range table.Columns {
		if c.Field != "" {
			p.idx.set(c.Field, c.Index)
		}
	}
	if table.Kind == KindTransactions {
		p.txTable = &evidence.TxTable{File: file.Name, Sheet: table.Sheet, Zone: opts.Zone, Clean: trimCell}
		if !xlsx {
			p.txTable.Delim = byte(table.Delimiter)
		}
		for f, field := range txTextFields {
			p.txTable.Cells[f] = p.idx.get(field)
		}
	}
	return p
}

// txTextFields are the columns a transaction's text fields are read from.
var txTextFields = [...]Field{
	evidence.TxCategory:    FieldCategory,
	evidence.TxMerchant:    FieldMerchant,
	evidence.TxDescription: FieldDescription,
	evidence.TxMethod:      FieldMethod,
	evidence.TxStatus:      FieldStatus,
	evidence.TxOrder:       FieldOrder,
	evidence.TxMerchantOrd: FieldMerchantOrder,
	evidence.TxNote:        FieldNote,
}

// rowCtx is one row being parsed: its cells and where they are.
type rowCtx struct {
	p        *tableParser
	slab     *slab
	cells    []string
	raw      evidence.RawCells
	loc      evidence.Location
	problems []evidence.Problem
	bad      bool
}

func (r *rowCtx) cell(f Field) (string, bool) {
	i := r.p.idx.get(f)
	if i < 0 || i >= len(r.cells) {
		return "", false
	}
	return r.cells[i], true
}

// at is the location of field f's cell in this row.
func (r *rowCtx) at(f Field) evidence.Location {
	l := r.loc
	if i := r.p.idx.get(f); i >= 0 {
		l.Column = r.p.table.Header[i]
		if l.Sheet != "" {
			l.Cell = columnLetter(i) + strconv.Itoa(l.Row)
		}
	}
	return l
}

func (r *rowCtx) warn(f Field, msg, hint i18n.Message) {
	r.problems = append(r.problems, evidence.Problem{Severity: evidence.Warning, Where: r.at(f), Msg: msg, Hint: hint})
}

// fail records a problem that keeps the row out of the data.
func (r *rowCtx) fail(f Field, msg, hint i18n.Message) {
	r.warn(f, msg, hint)
	r.bad = true
}

func (r *rowCtx) text(f Field) string {
	s, _ := r.cell(f)
	return trimCell(s)
}

// outcome is what parsing one row gave.
type outcome struct {
	blank    bool
	bad      bool
	tx       *evidence.Transaction
	login    *evidence.LoginEvent
	bill     *evidence.BillLine
	problems []evidence.Problem
	split    *evidence.Problem // the row could not even be split into cells
}

// parse parses one data row without touching the table. raw is what the
// row keeps of its cells; the cells themselves may be reused once parse
// returns.
func (rp *rowParser) parse(cells []string, raw evidence.RawCells, loc evidence.Location) outcome {
	if isBlank(cells) {
		return outcome{blank: true}
	}
	r := &rp.ctx
	*r = rowCtx{p: rp.p, slab: &rp.slab, cells: cells, raw: raw, loc: loc}
	r.checkShape(rp.checkText)
	var o outcome
	switch rp.p.table.Kind {
	case KindTransactions:
		o.tx = r.transaction()
	case KindLogins:
		o.login = r.login()
	case KindBills:
		o.bill = r.bill()
	}
	o.bad, o.problems = r.bad, r.problems
	return o
}

// row handles one spreadsheet row.
func (p *tableParser) row(cells []string, loc evidence.Location) {
	p.apply(p.seq.parse(cells, evidence.SheetCells(cells), loc), cells, loc)
}

// apply adds a parsed row to the table, in file order.
func (p *tableParser) apply(o outcome, cells []string, loc evidence.Location) {
	if !p.account(o, cells, loc) {
		return
	}
	switch {
	case o.tx != nil:
		p.table.Transactions = append(p.table.Transactions, o.tx)
	case o.login != nil:
		p.table.Logins = append(p.table.Logins, o.login)
	case o.bill != nil:
		p.table.Bills = append(p.table.Bills, o.bill)
	}
}

// account does a parsed row's bookkeeping, in file order: counts,
// problems, and unreadable rows kept until it is known whether they are a
// trailer. It reports whether the row was read into the model.
func (p *tableParser) account(o outcome, cells []string, loc evidence.Location) bool {
	if o.split != nil {
		p.flushPending()
		p.table.Bad++
		p.file.Problems = append(p.file.Problems, *o.split)
		return false
	}
	p.table.DataRows++
	switch {
	case o.blank:
		p.table.Skipped++
		return false
	case o.bad:
		p.pending = append(p.pending, pendingRow{cells: cells, loc: loc, problems: o.problems})
		return false
	}
	p.flushPending()
	p.file.Problems = append(p.file.Problems, o.problems...)
	return o.readRow()
}

// readRow reports whether the outcome is a row read into the model.
func (o *outcome) readRow() bool {
	return !o.blank && !o.bad && o.split == nil && (o.tx != nil || o.login != nil || o.bill != nil)
}

// flushPending reports the unreadable rows seen since the last good row:
// a good row after them means they were not a trailer.
func (p *tableParser) flushPending() {
	for _, pr := range p.pending {
		p.table.Bad++
		p.file.Problems = append(p.file.Problems, pr.problems...)
	}
	p.pending = p.pending[:0]
}

// finish handles the rows after the last good one: totals and notes that
// exports and spreadsheets put at the end are skipped; anything else is
// reported.
func (p *tableParser) finish() {
	for _, pr := range p.pending {
		if looksLikeTrailer(pr.cells) {
			p.table.Skipped++
			continue
		}
		p.table.Bad++
		p.file.Problems = append(p.file.Problems, pr.problems...)
	}
	p.pending = nil
}

func isBlank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(trimCell(c)) != "" {
			return false
		}
	}
	return true
}

// looksLikeTrailer reports whether an unreadable row is a summary or note
// line: its first non-empty cell starts with a word such lines start with.
// A row with no text to judge by is no trailer: it is reported, not
// skipped (blank rows never get here).
func looksLikeTrailer(cells []string) bool {
	for _, c := range cells {
		c = strings.ToLower(strings.TrimSpace(trimCell(c)))
		if c == "" {
			continue
		}
		for _, p := range trailerPrefixes {
			if strings.HasPrefix(c, p) {
				return true
			}
		}
		return false
	}
	return false
}

// checkShape reports rows whose cells do not line up with the header, and
// cells that cannot be trusted as text.
func (r *rowCtx) checkShape(checkText bool) {
	n, m := len(r.cells), len(r.p.table.Header)
	// A spreadsheet leaves trailing empty cells out of a row, so only a
	// short CSV row is suspicious: when it lacks a column that is used.
	if n < m && !r.p.xlsx && r.p.idx.max() >= n {
		r.warn("", i18n.M("row.too_few_fields", n, m), i18n.M("hint.row_shape"))
	}
	if n > m {
		var extra []string
		for _, c := range r.cells[m:] {
			if c = strings.TrimSpace(trimCell(c)); c != "" {
				extra = append(extra, c)
			}
		}
		if len(extra) > 0 {
			r.warn("", i18n.M("row.too_many_fields", n, m, strings.Join(quoteAll(extra), " ")), i18n.M("hint.row_shape"))
		}
	}
	if !checkText {
		return
	}
	for i, c := range r.cells {
		switch cellTextProblem(c, r.p.decoded) {
		case textNUL:
			r.warnCell(i, i18n.M("row.nul"), i18n.M("hint.encoding"))
			r.bad = true
			return
		case textUndecodable:
			r.warnCell(i, i18n.M("row.bad_encoding", r.p.file.Encoding), i18n.M("hint.encoding"))
			r.bad = true
			return
		}
	}
}

type textProblem int

const (
	textOK textProblem = iota
	textNUL
	textUndecodable // invalid UTF-8, or U+FFFD where a decoder met bytes it could not map
)

// cellTextProblem looks at a cell: a NUL byte, bytes that are not UTF-8,
// or U+FFFD, which a decoder writes for bytes it could not map (a UTF-8
// file may carry U+FFFD as text; decoded files may not).
func cellTextProblem(c string, decoded bool) textProblem {
	if strings.IndexByte(c, 0) >= 0 {
		return textNUL
	}
	if decoded {
		if strings.Contains(c, "\uFFFD") {
			return textUndecodable
		}
	} else if !utf8.ValidString(c) {
		return textUndecodable
	}
	return textOK
}

func (r *rowCtx) warnCell(i int, msg, hint i18n.Message) {
	l := r.loc
	if i < len(r.p.table.Header) {
		l.Column = r.p.table.Header[i]
	}
	if l.Sheet != "" {
		l.Cell = columnLetter(i) + strconv.Itoa(l.Row)
	}
	r.problems = append(r.problems, evidence.Problem{Severity: evidence.Warning, Where: l, Msg: msg, Hint: hint})
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		if len(s) > 40 {
			s = s[:40] + "…"
		}
		out[i] = strconv.Quote(s)
	}
	return out
}

// timeCell reads a time (required or not) from field f; a time after the
// run is flagged, since nothing can have happened yet.
func (r *rowCtx) timeCell(f Field, required bool) (time.Time, bool) {
	return r.timeCellAt(f, required, false)
}

// timeCellAt is timeCell; future allows times after the run (due dates and
// the bill months of installments to come).
func (r *rowCtx) timeCellAt(f Field, required, future bool) (time.Time, bool) {
	raw, _ := r.cell(f)
	s := trimCell(raw)
	if s == "" {
		if required {
			r.fail(f, i18n.M("row.time_missing"), i18n.M("hint.time_forms"))
		}
		return time.Time{}, false
	}
	t, dateOnly, ok := evidence.ParseTime(s, r.p.opts.Zone)
	if !ok && r.p.xlsx {
		t, ok = ParseExcelSerial(s, r.p.date1904, r.p.opts.Zone)
		dateOnly = ok && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && !strings.Contains(s, ".")
	}
	if !ok {
		r.fail(f, i18n.M("row.time_bad", clip(s)), i18n.M("hint.time_forms"))
		return time.Time{}, false
	}
	if t.Before(earliest) || t.Year() > 2100 {
		r.fail(f, i18n.M("row.time_range", clip(s)), i18n.M("hint.time_range"))
		return time.Time{}, false
	}
	if !future && !r.p.opts.Now.IsZero() && t.After(r.p.opts.Now) {
		r.warn(f, i18n.M("row.time_future", clip(s), r.p.opts.Now.In(t.Location()).Format("2006-01-02 15:04:05 -07:00")), i18n.M("hint.time_future"))
	}
	return t, dateOnly
}

// money reads an optional plain amount (bills) from field f.
func (r *rowCtx) money(f Field) (evidence.Money, bool) {
	raw, _ := r.cell(f)
	s := trimCell(raw)
	if s == "" || s == "-" || s == "--" {
		return 0, false
	}
	m, err := parseMoney(s, r.p.xlsx)
	if err != nil {
		r.fail(f, i18n.M("row.amount_bad", clip(s), errMessage(err)), i18n.M("hint.amount_forms"))
		return 0, false
	}
	return m, true
}

func errMessage(err error) i18n.Message {
	if ae, ok := err.(*amountError); ok {
		return ae.msg
	}
	return i18n.M("error.plain", err.Error())
}

func clip(s string) string {
	if utf8.RuneCountInString(s) > 60 {
		rs := []rune(s)
		return string(rs[:60]) + "…"
	}
	return s
}

func (r *rowCtx) source() evidence.Source {
	return evidence.Source{File: r.loc.File, Line: r.loc.Line, Sheet: r.loc.Sheet, Row: r.loc.Row, Raw: r.raw}
}

// transaction reads a 交易流水 row. Its text fields are read from its
// cells when asked (see evidence.Transaction); here they are only checked.
func (r *rowCtx) transaction() *evidence.Transaction {
	var p evidence.TxParsed
	p.Time, p.DateOnly = r.timeCell(FieldTime, true)
	amt := r.text(FieldAmount)
	if amt == "" {
		r.fail(FieldAmount, i18n.M("row.amount_missing"), i18n.M("hint.amount_forms"))
	} else if a, err := r.parseAmount(amt); err != nil {
		r.fail(FieldAmount, i18n.M("row.amount_bad", clip(amt), errMessage(err)), i18n.M("hint.amount_forms"))
	} else {
		p.Amount, p.Refunded = a.Gross, a.Refunded
	}
	r.orderCell(FieldOrder)
	r.orderCell(FieldMerchantOrder)
	if d := r.text(FieldDirection); d != "" {
		p.Direction = directionOf(d)
		if p.Direction == evidence.DirUnknown {
			r.warn(FieldDirection, i18n.M("row.direction_unknown", clip(d)), i18n.M("hint.direction"))
		}
	}
	if r.bad {
		return nil
	}
	t := r.slab.transaction()
	line := r.loc.Line
	if r.loc.Sheet != "" {
		line = r.loc.Row
	}
	r.p.txTable.Fill(t, r.raw, line, p)
	return t
}

// parseAmount reads a 金额 cell; spreadsheet cells may carry binary float
// noise in their raw value.
func (r *rowCtx) parseAmount(s string) (Amount, error) {
	a, err := ParseAmount(s)
	if err != nil && r.p.xlsx {
		if m, err2 := parseMoney(s, true); err2 == nil {
			return Amount{Gross: m}, nil
		}
	}
	return a, err
}

var reExponent = regexp.MustCompile(`^[0-9](\.[0-9]+)?[eE]\+?[0-9]+$`)

// orderCell reads an order number as text and warns when the cell shows the
// damage Excel does to long numbers: scientific notation, or digits past
// the fifteenth turned to zeros. The value is kept as found; only the
// original export can repair it.
func (r *rowCtx) orderCell(f Field) string {
	raw, _ := r.cell(f)
	s := trimCell(raw)
	if s == "" {
		return ""
	}
	padded := strings.HasSuffix(raw, "\t") || strings.HasPrefix(raw, "\t")
	switch {
	case (strings.IndexByte(s, 'E') >= 0 || strings.IndexByte(s, 'e') >= 0) && reExponent.MatchString(s):
		r.warn(f, i18n.M("row.order_exponent", s), i18n.M("hint.order_damaged"))
	case !padded && len(s) >= 16 && allDigits(s) && strings.Trim(s[15:], "0") == "":
		r.warn(f, i18n.M("row.order_zeros", s), i18n.M("hint.order_damaged"))
	}
	return s
}

// login reads a 登录记录 row.
func (r *rowCtx) login() *evidence.LoginEvent {
	var l evidence.LoginEvent
	l.Time, l.DateOnly = r.timeCell(FieldTime, true)
	l.IP = r.text(FieldIP)
	l.Place = r.text(FieldPlace)
	l.Device = r.text(FieldDevice)
	l.Method = r.text(FieldMethod)
	l.Status = r.text(FieldResult)
	if l.Status != "" {
		word, ok := loginResultWords[l.Status]
		if !ok {
			word = loginResultWords[normalizeHeader(l.Status)]
		}
		switch word {
		case loginOK:
			l.Result = evidence.LoginSuccess
		case loginFail:
			l.Result = evidence.LoginFailure
		default:
			switch {
			case strings.Contains(l.Status, "失败") || strings.Contains(strings.ToLower(l.Status), "fail"):
				l.Result = evidence.LoginFailure
			case strings.Contains(l.Status, "成功") || strings.Contains(strings.ToLower(l.Status), "success"):
				l.Result = evidence.LoginSuccess
			default:
				r.warn(FieldResult, i18n.M("row.result_unknown", clip(l.Status)), i18n.M("hint.result"))
			}
		}
	}
	if r.bad {
		return nil
	}
	l.Sources = r.slab.source(r.source())
	out := r.slab.login()
	*out = l
	return out
}

var (
	reInstallment  = regexp.MustCompile(`^第?\s*(\d{1,3})\s*期?\s*[/／]\s*共?\s*(\d{1,3})\s*期?$`)
	reInstallCount = regexp.MustCompile(`^共?\s*(\d{1,3})\s*期?$`)
	reBillMonth    = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$`)
)

// bill reads a 白条账单 / 分期明细 row.
func (r *rowCtx) bill() *evidence.BillLine {
	b := &evidence.BillLine{}
	b.BillDate = r.billDate(FieldBillDate)
	b.DueDate = r.billDate(FieldDueDate)
	b.Time, _ = r.timeCell(FieldTime, false)
	b.Order = r.orderCell(FieldOrder)
	b.Description = r.text(FieldDescription)
	if s := r.text(FieldInstallment); s != "" {
		if m := reInstallment.FindStringSubmatch(s); m != nil {
			b.Installment, _ = strconv.Atoi(m[1])
			b.Installments, _ = strconv.Atoi(m[2])
			if b.Installment < 1 || b.Installment > b.Installments {
				r.fail(FieldInstallment, i18n.M("row.installment_bad", s), i18n.M("hint.installment"))
			}
		} else if m := reInstallCount.FindStringSubmatch(s); m != nil {
			n, _ := strconv.Atoi(m[1])
			if col, ok := r.p.table.Column(FieldInstallment); ok && isCountSynonym(col.Synonym) {
				b.Installments = n
			} else {
				b.Installment = n
			}
		} else {
			r.fail(FieldInstallment, i18n.M("row.installment_bad", clip(s)), i18n.M("hint.installment"))
		}
	}
	amounts := []struct {
		f   Field
		dst *evidence.Money
		has evidence.BillHas
	}{
		{FieldPurchaseAmount, &b.Purchase, evidence.HasPurchase},
		{FieldPrincipal, &b.Principal, evidence.HasPrincipal},
		{FieldFee, &b.Fee, evidence.HasFee},
		{FieldPenalty, &b.Penalty, evidence.HasPenalty},
		{FieldAmountDue, &b.Due, evidence.HasDue},
		{FieldPaid, &b.Paid, evidence.HasPaid},
	}
	for _, a := range amounts {
		if m, ok := r.money(a.f); ok {
			*a.dst = m
			b.Has |= a.has
		}
	}
	b.StatusRaw = r.text(FieldStatus)
	b.Status = billStatusOf(b.StatusRaw)
	if b.StatusRaw != "" && b.Status == evidence.BillUnknown {
		r.warn(FieldStatus, i18n.M("row.bill_status_unknown", clip(b.StatusRaw)), i18n.M("hint.bill_status"))
	}
	if !r.bad && b.Has == 0 {
		r.fail("", i18n.M("row.bill_no_amount"), i18n.M("hint.bill_columns"))
	}
	if !r.bad && b.Order == "" && b.Description == "" && b.Time.IsZero() {
		r.fail("", i18n.M("row.bill_no_subject"), i18n.M("hint.bill_columns"))
	}
	b.Sources = r.slab.source(r.source())
	return b
}

// billDate reads a bill date: a full date, or a bill month ("2026年11月",
// "2026-11") taken as its first day.
func (r *rowCtx) billDate(f Field) time.Time {
	s := r.text(f)
	if s == "" {
		return time.Time{}
	}
	if m := reBillMonth.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 && y >= 2000 && y <= 2100 {
			return time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, r.p.opts.Zone)
		}
	}
	t, _ := r.timeCellAt(f, false, true)
	return t
}

func isCountSynonym(syn string) bool {
	switch syn {
	case "分期数", "分期期数", "installments", "term":
		return true
	}
	return false
}

func billStatusOf(s string) evidence.BillStatus {
	n := normalizeHeader(s)
	switch {
	case n == "":
		return evidence.BillUnknown
	case strings.Contains(n, "逾期") || n == "overdue":
		return evidence.BillOverdue
	case strings.Contains(n, "部分") || strings.Contains(n, "partial"):
		return evidence.BillPartial
	case strings.Contains(n, "未还") || strings.Contains(n, "待还") || strings.Contains(n, "未到期") || strings.Contains(n, "未出账") || n == "unpaid" || n == "due":
		return evidence.BillUnpaid
	case strings.Contains(n, "已还") || strings.Contains(n, "已结清") || strings.Contains(n, "还清") || n == "paid" || n == "settled":
		return evidence.BillPaid
	}
	return evidence.BillUnknown
}
