package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/csvtext"
)

// maxHeaderLine bounds a line considered while looking for the header; a
// longer line is read past, not split (it cannot be a JD header).
const maxHeaderLine = 1 << 20

// readText reads a delimited text file (JD's CSV, or a spreadsheet saved as
// CSV or "Unicode text").
func readText(file *File, br *bufio.Reader, opts Options) error {
	name := opts.Name
	head, err := br.Peek(sniffLen)
	atEOF := err != nil
	if len(head) == 0 {
		return evidence.Errorf(evidence.Location{File: name}, i18n.M("ingest.empty"), i18n.M("hint.empty"))
	}
	sn := sniffEncoding(head, atEOF)
	switch {
	case sn.badLine > 0:
		return evidence.Errorf(evidence.Location{File: name, Line: sn.badLine}, i18n.M("ingest.bad_encoding", hexBytes(sn.badBytes)), i18n.M("hint.encoding"))
	case sn.mixedAt[0] > 0:
		return evidence.Errorf(evidence.Location{File: name}, i18n.M("ingest.mixed_encoding", sn.mixedAt[0], sn.mixedAt[1]), i18n.M("hint.mixed_encoding"))
	}
	file.Encoding = sn.enc
	if _, err := br.Discard(sn.bomLen); err != nil {
		return evidence.Errorf(evidence.Location{File: name}, i18n.M("ingest.read_failed", err.Error()), i18n.Message{})
	}
	decoded := sn.enc != EncUTF8 && sn.enc != EncUTF8BOM
	text := bufio.NewReaderSize(decoder(br, sn.enc), sniffLen)
	idx := newSynonymIndex()

	// Look for the header among the first lines.
	var lines []string
	var split [][]string
	var match headerMatch
	var delim rune
	headerAt := -1
	longLine := 0 // a line too long to be a header, for the message
	for len(lines) < opts.HeaderSearch {
		line, err := readLine(text)
		if line == "" && err != nil {
			if !errors.Is(err, io.EOF) {
				return evidence.Errorf(evidence.Location{File: name}, i18n.M("ingest.read_failed", err.Error()), i18n.Message{})
			}
			break
		}
		lines = append(lines, line)
		if len(line) > maxHeaderLine {
			split = append(split, nil)
			if longLine == 0 {
				longLine = len(lines)
			}
			continue
		}
		commaCells := splitLine(line, ',')
		split = append(split, commaCells)
		for _, d := range []rune{',', '\t', ';'} {
			cells := commaCells
			if d != ',' {
				if !strings.ContainsRune(line, d) {
					continue
				}
				cells = splitLine(line, d)
			}
			if len(cells) < 2 {
				continue
			}
			if m, ok := idx.detectHeader(cells, opts.Kind, opts.Columns); ok && (headerAt < 0 || m.score > match.score) {
				match, delim, headerAt = m, d, len(lines)-1
			}
		}
	}
	if headerAt < 0 {
		if pre := parsePreamble(lines, opts.Zone); pre.Account != "" || pre.Count >= 0 || !pre.ExportedAt.IsZero() {
			return evidence.Errorf(evidence.Location{File: name}, i18n.M("ingest.preamble_only"), i18n.M("hint.preamble_only"))
		}
		if longLine > 0 {
			if _, seen := bestGuessHeader(split); seen == nil {
				return evidence.Errorf(evidence.Location{File: name, Line: longLine},
					i18n.M("ingest.line_too_long", len(lines[longLine-1])>>20), i18n.M("hint.encoding"))
			}
		}
		return noHeaderError(name, opts, idx, split, false)
	}
	table := &Table{Kind: match.kind, HeaderLine: headerAt + 1, Delimiter: delim, Columns: match.columns}
	table.Header = make([]string, len(match.columns))
	for i, c := range match.columns {
		table.Header[i] = c.Header
	}
	table.Preamble = parsePreamble(lines[:headerAt], opts.Zone)
	file.Tables = append(file.Tables, table)
	reportDuplicates(file, table, match, evidence.Location{File: name, Line: headerAt + 1})

	// Read the rows with encoding/csv, from the line after the header on.
	rest := io.MultiReader(strings.NewReader(strings.Join(lines[headerAt+1:], "")), text)
	p := newTableParser(file, table, &opts, false)
	p.decoded = decoded
	if err := parseRecords(rest, delim, p, name, headerAt+1); err != nil {
		return err
	}
	p.finish()
	checkPreamble(file, table)
	return nil
}

// parseRecords cuts the text after the header into pieces on one
// goroutine and splits and parses the pieces on the others, then applies
// the results in file order: reading and parsing a large export use every
// core, and the result is the same as one by one.
func parseRecords(text io.Reader, delim rune, p *tableParser, name string, offset int) error {
	workers := runtime.GOMAXPROCS(0)
	todo := make(chan textChunk, workers)
	done := make(chan *parsedChunk, workers)
	var readErr error
	go func() {
		defer close(todo)
		err := chunkText(text, byte(delim), chunkTarget, func(c textChunk) { todo <- c })
		if err != nil {
			readErr = evidence.Errorf(evidence.Location{File: name}, i18n.M("ingest.read_failed", err.Error()), i18n.Message{})
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rp := &rowParser{p: p}
			for c := range todo {
				done <- parseChunk(rp, c, byte(delim), name, offset)
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	// Pieces are accounted for in file order as they come (counts,
	// problems, rows that may be a trailer); the rows they read are added
	// to the table at the end, when their number sizes its list once.
	waiting := map[int]*parsedChunk{}
	var accounted []*parsedChunk
	next := 0
	for pc := range done {
		waiting[pc.seq] = pc
		for {
			nc, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			nc.account(p, name)
			accounted = append(accounted, nc)
			next++
		}
	}
	addRead(p.table, accounted)
	return readErr
}

// parsedChunk is a piece of text parsed. The rows read into the model are
// in the piece's own slab blocks, in order (bills, which are few, in a
// list); any other record, and a row read with problems, is also a
// parsedRow that knows how many rows read came before it. A million-row
// export then leaves no per-row garbage behind, and the table's list of
// rows can be made at its final size.
type parsedChunk struct {
	seq   int
	rows  []parsedRow
	slab  slab
	bills []*evidence.BillLine
	read  int // rows read into the model
	// cellsFrom is the first row that may still hold cells: the rows
	// before the last row read are no trailer.
	cellsFrom int
}

type parsedRow struct {
	outcome
	line   int
	cells  []string // kept only for a row that could not be read, which may be a trailer
	before int      // rows of the piece read into the model before this one
}

// account does the piece's bookkeeping in file order, as applying its rows
// one by one would, except for adding the rows read (see addRead).
func (pc *parsedChunk) account(p *tableParser, name string) {
	done := 0
	plain := func(n int) {
		if n > 0 {
			p.flushPending()
			p.table.DataRows += n
		}
	}
	for _, r := range pc.rows {
		plain(r.before - done)
		done = r.before
		if p.account(r.outcome, r.cells, evidence.Location{File: name, Line: r.line}) {
			done++
		}
	}
	plain(pc.read - done)
	pc.rows = nil
}

// addRead adds the rows the pieces read to the table, in order.
func addRead(t *Table, chunks []*parsedChunk) {
	n := 0
	for _, pc := range chunks {
		n += pc.read
	}
	switch t.Kind {
	case KindTransactions:
		t.Transactions = appendBlocks(slices.Grow(t.Transactions, n), chunks,
			func(pc *parsedChunk) [][]evidence.Transaction { return pc.slab.txs })
	case KindLogins:
		t.Logins = appendBlocks(slices.Grow(t.Logins, n), chunks,
			func(pc *parsedChunk) [][]evidence.LoginEvent { return pc.slab.logins })
	default:
		t.Bills = slices.Grow(t.Bills, n)
		for _, pc := range chunks {
			t.Bills = append(t.Bills, pc.bills...)
		}
	}
}

// appendBlocks appends a pointer to every row of the pieces' blocks, in
// order.
func appendBlocks[T any](list []*T, chunks []*parsedChunk, blocks func(*parsedChunk) [][]T) []*T {
	for _, pc := range chunks {
		for _, b := range blocks(pc) {
			for i := range b {
				list = append(list, &b[i])
			}
		}
	}
	return list
}

// parseChunk splits and parses one piece of text. offset is the number of
// lines above the text (preamble and header).
func parseChunk(rp *rowParser, c textChunk, delim byte, name string, offset int) *parsedChunk {
	// The piece's bytes are never written again (chunkText hands each
	// piece its own buffer), so they can be the string every cell of
	// the piece, and every row read from it, points into.
	text := unsafe.String(unsafe.SliceData(c.data), len(c.data))
	// Cells need checking one by one only in a piece that holds
	// something suspect at all.
	rp.checkText = suspectText(c.data, rp.p.decoded)
	pc := &parsedChunk{seq: c.seq}
	// A piece has no more records than lines: the last slab block needs
	// to be no larger.
	rp.slab = slab{expect: bytes.Count(c.data, []byte{'\n'}) + 1}
	eachRecord(c, text, delim, func(rec csvtext.Record, pe *csv.ParseError, openAtEnd bool) {
		if pe != nil {
			prob := csvProblem(name, c, pe, offset, openAtEnd)
			pc.rows = append(pc.rows, parsedRow{outcome: outcome{split: &prob}, before: pc.read})
			return
		}
		line := rec.Line + offset
		// A row's cells are kept as its record's text, found again there
		// when asked, unless a cell had to be copied out of it.
		raw := evidence.CSVCells(rec.Text, delim)
		if rec.Copied {
			raw = evidence.SheetCells(rec.Cells)
		}
		o := rp.parse(rec.Cells, raw, evidence.Location{File: name, Line: line})
		read := o.readRow()
		if read && o.bill != nil {
			pc.bills = append(pc.bills, o.bill)
		}
		if read {
			// The unreadable rows before this one are no trailer: their
			// cells are not needed to tell.
			for i := pc.cellsFrom; i < len(pc.rows); i++ {
				pc.rows[i].cells = nil
			}
			pc.cellsFrom = len(pc.rows)
		}
		if !read || len(o.problems) > 0 {
			row := parsedRow{outcome: o, line: line, before: pc.read}
			if o.bad {
				row.cells = slices.Clone(rec.Cells)
			}
			pc.rows = append(pc.rows, row)
		}
		if read {
			pc.read++
		}
	})
	pc.slab = rp.slab
	rp.slab = slab{}
	return pc
}

// eachRecord hands each record of a piece (text is its bytes), or the
// error that kept it from being split, to fn, with lines counted from the
// start of the whole text. openAtEnd marks the error of a quote still open
// at the end of the text; any other quote error is a stray quote after a
// closing one.
func eachRecord(c textChunk, text string, delim byte, fn func(rec csvtext.Record, pe *csv.ParseError, openAtEnd bool)) {
	above := c.firstLine - 1
	cr := csvtext.NewReader(text, delim)
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			pe := err.(*csv.ParseError) // the only error csvtext returns besides io.EOF
			openAtEnd := errors.Is(pe.Err, csv.ErrQuote) && c.openQuote && cr.AtEnd()
			moved := *pe
			moved.StartLine += above
			moved.Line += above
			fn(csvtext.Record{}, &moved, openAtEnd)
			continue
		}
		rec.Line += above
		fn(rec, nil, false)
	}
}

// suspectText reports whether a piece of text holds what makes a cell
// untrustworthy: a NUL byte, bytes that are not UTF-8, or (in decoded
// text) U+FFFD, which the decoder wrote for bytes it could not map.
func suspectText(b []byte, decoded bool) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	if decoded {
		return bytes.Contains(b, []byte("\uFFFD"))
	}
	return !utf8.Valid(b)
}

// readLine reads one line including its end, however long.
func readLine(r *bufio.Reader) (string, error) {
	line, err := r.ReadString('\n')
	return line, err
}

// splitLine splits one text line into cells for header detection, honouring
// quotes; a line that is not valid CSV is split on the delimiter alone.
func splitLine(line string, delim rune) []string {
	cr := csv.NewReader(strings.NewReader(line))
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	rec, err := cr.Read()
	if err != nil {
		return strings.Split(strings.TrimRight(line, "\r\n"), string(delim))
	}
	return rec
}

// csvProblem explains a record encoding/csv could not split in piece c
// (pe's lines count from the start of the text). above is the number of
// lines before the text; openAtEnd says the error is the quote left open at
// the end of the text.
func csvProblem(name string, c textChunk, pe *csv.ParseError, above int, openAtEnd bool) evidence.Problem {
	where := evidence.Location{File: name, Line: pe.StartLine + above}
	switch {
	case errors.Is(pe.Err, csv.ErrQuote) && openAtEnd:
		return evidence.Problem{Severity: evidence.Warning, Where: where,
			Msg: i18n.M("row.csv_open_quote", pe.StartLine+above, pe.Line+above), Hint: i18n.M("hint.csv_quote")}
	case errors.Is(pe.Err, csv.ErrQuote):
		where.Line = pe.Line + above
		return evidence.Problem{Severity: evidence.Warning, Where: where,
			Msg: i18n.M("row.csv_stray_quote", runeColumn(c.data, pe.Line-c.firstLine+1, pe.Column)), Hint: i18n.M("hint.csv_quote")}
	case errors.Is(pe.Err, csv.ErrBareQuote):
		where.Line = pe.Line + above
		return evidence.Problem{Severity: evidence.Warning, Where: where,
			Msg: i18n.M("row.csv_bare_quote", runeColumn(c.data, pe.Line-c.firstLine+1, pe.Column)), Hint: i18n.M("hint.csv_quote")}
	}
	return evidence.Problem{Severity: evidence.Warning, Where: where, Msg: i18n.M("row.csv_other", pe.Err.Error()), Hint: i18n.M("hint.csv_quote")}
}

// runeColumn turns encoding/csv's byte column on a line of data (both
// 1-based) into the character a person counts to in an editor.
func runeColumn(data []byte, line, col int) int {
	for ; line > 1; line-- {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return col
		}
		data = data[i+1:]
	}
	if col-1 > len(data) {
		return col
	}
	return utf8.RuneCount(data[:col-1]) + 1
}

// reportDuplicates warns about a header that names a used column twice.
func reportDuplicates(file *File, table *Table, m headerMatch, where evidence.Location) {
	for _, d := range m.dups {
		w := where
		w.Column = table.Header[d[0]]
		file.Problems = append(file.Problems, evidence.Problem{Severity: evidence.Warning, Where: w,
			Msg:  i18n.M("header.duplicate", table.Header[d[0]], d[0]+1, d[1]+1),
			Hint: i18n.M("hint.duplicate_header", string(table.Columns[d[0]].Field), d[1]+1)})
	}
}

// noHeaderError explains that no header was found: what the file looks like
// (the line most like a header), and how to map its columns by hand.
func noHeaderError(name string, opts Options, idx synonymIndex, lines [][]string, xlsx bool) error {
	where := evidence.Location{File: name}
	n, seen := bestGuessHeader(lines)
	if n < 0 {
		return evidence.Errorf(where, i18n.M("ingest.no_content", opts.HeaderSearch), i18n.M("hint.empty"))
	}
	if xlsx {
		where.Row = n + 1
	} else {
		where.Line = n + 1
	}
	// Would the line have matched another kind? Then the file is in the
	// wrong list of the case file, which is easy to fix.
	if opts.Kind != KindUnknown {
		for _, cells := range lines {
			if m, ok := idx.detectHeader(cells, KindUnknown, nil); ok && m.kind != opts.Kind {
				return evidence.Errorf(where, i18n.M("ingest.wrong_kind", opts.Kind, m.kind), i18n.M("hint.wrong_kind", m.kind.Code()))
			}
		}
	}
	if len(seen) > 12 {
		seen = append(seen[:12], "…")
	}
	want := i18n.List{}
	kinds := []Kind{opts.Kind}
	if opts.Kind == KindUnknown {
		kinds = []Kind{KindTransactions, KindLogins}
	}
	for _, k := range kinds {
		for _, f := range formatOf(k).required {
			want = append(want, FieldName(k, f))
		}
	}
	example := "time: " + quoteIf(first(seen, 0)) + ", amount: " + quoteIf(first(seen, 1))
	return evidence.Errorf(where,
		i18n.M("ingest.no_header", opts.HeaderSearch, want, strings.Join(quoteAll(seen), ", ")),
		i18n.M("hint.columns_mapping", name, example))
}

func first(ss []string, i int) string {
	if i < len(ss) {
		return ss[i]
	}
	return "…"
}

func quoteIf(s string) string {
	if strings.ContainsAny(s, ":{}[],\"'#&*!|>%@` ") {
		return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
	}
	return s
}

// checkPreamble compares JD's own summary above the header with the rows
// read. Gross amounts are compared, as JD sums them.
func checkPreamble(file *File, table *Table) {
	pre := table.Preamble
	if table.Kind != KindTransactions {
		return
	}
	where := evidence.Location{File: file.Name, Line: table.HeaderLine, Sheet: table.Sheet}
	if table.Sheet != "" {
		where.Line, where.Row = 0, table.HeaderLine
	}
	if pre.Count < 0 && len(pre.Summary) == 0 {
		return
	}
	table.SummaryCheck = "consistent"
	if pre.Count >= 0 && pre.Count != len(table.Transactions) {
		table.SummaryCheck = "inconsistent"
		file.Problems = append(file.Problems, evidence.Problem{Severity: evidence.Warning, Where: where,
			Msg: i18n.M("preamble.count_mismatch", pre.Count, len(table.Transactions)), Hint: i18n.M("hint.preamble")})
	}
	if len(pre.Summary) == 0 {
		return
	}
	got := table.TotalsByDirection()
	for _, d := range []evidence.Direction{evidence.DirIncome, evidence.DirExpense, evidence.DirNeutral} {
		want, ok := pre.Summary[d]
		if !ok {
			continue
		}
		if g := got[d]; g.Count != want.Count || g.Gross != want.Gross {
			table.SummaryCheck = "inconsistent"
			file.Problems = append(file.Problems, evidence.Problem{Severity: evidence.Warning, Where: where,
				Msg:  i18n.M("preamble.summary_mismatch", d, want.Count, want.Gross.String(), g.Count, g.Gross.String()),
				Hint: i18n.M("hint.preamble")})
		}
	}
}

func hexBytes(b []byte) string {
	const digits = "0123456789ABCDEF"
	var sb strings.Builder
	for i, c := range b {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteByte(digits[c>>4])
		sb.WriteByte(digits[c&15])
	}
	return sb.String()
}
