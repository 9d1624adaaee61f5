package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/utf8cut"
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
	scan := &textScanner{r: decoder(br, sn.enc), decoded: decoded}
	text := bufio.NewReaderSize(scan, sniffLen)
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
	cr := csv.NewReader(rest)
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	p := newTableParser(file, table, &opts, false)
	p.decoded = decoded
	if err := parseRecords(cr, p, scan, name, headerAt+1); err != nil {
		return err
	}
	p.finish()
	checkPreamble(file, table)
	return nil
}

// record is one CSV record on its way to a parser: its cells, or the
// problem that kept encoding/csv from splitting it.
type record struct {
	cells []string
	line  int
	split *evidence.Problem
}

// textScanner watches the text on its way to encoding/csv for what makes a
// cell untrustworthy — NUL bytes, invalid UTF-8, or U+FFFD written by a
// decoder — so that cells need checking only once something was seen.
// Because encoding/csv reads ahead and never behind, every record handed
// out before the flag is set is known clean.
type textScanner struct {
	r       io.Reader
	decoded bool
	carry   []byte // an incomplete rune (or FFFD prefix) from the last read
	suspect atomic.Bool
}

func (s *textScanner) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if n > 0 && !s.suspect.Load() {
		s.check(p[:n])
	}
	return n, err
}

func (s *textScanner) check(b []byte) {
	if bytes.IndexByte(b, 0) >= 0 {
		s.suspect.Store(true)
		return
	}
	chunk := b
	if len(s.carry) > 0 {
		chunk = append(append([]byte(nil), s.carry...), b...)
	}
	s.carry = s.carry[:0]
	if s.decoded {
		if bytes.Contains(chunk, []byte("\uFFFD")) {
			s.suspect.Store(true)
		}
		if k := len(chunk); k >= 2 {
			s.carry = append(s.carry, chunk[k-2:]...)
		}
		return
	}
	whole := utf8cut.TrimPartial(chunk)
	if !utf8.Valid(whole) {
		s.suspect.Store(true)
	}
	s.carry = append(s.carry, chunk[len(whole):]...)
}

const batchSize = 4096

// parseRecords reads records on one goroutine and parses them on the
// others, then applies the results in file order: reading and parsing a
// large export use every core, and the result is the same as one by one.
func parseRecords(cr *csv.Reader, p *tableParser, scan *textScanner, name string, offset int) error {
	workers := min(runtime.GOMAXPROCS(0), 4)
	type batch struct {
		seq   int
		check bool // cells may hold NUL or undecodable bytes
		recs  []record
		outs  []outcome
	}
	todo := make(chan *batch, 2*workers)
	done := make(chan *batch, 2*workers)
	var readErr error
	go func() {
		defer close(todo)
		seq := 0
		b := &batch{seq: seq}
		send := func() {
			b.check = scan.suspect.Load()
			todo <- b
			seq++
			b = &batch{seq: seq, recs: make([]record, 0, batchSize)}
		}
		for {
			rec, err := cr.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				var pe *csv.ParseError
				if !errors.As(err, &pe) {
					readErr = evidence.Errorf(evidence.Location{File: name}, i18n.M("ingest.read_failed", err.Error()), i18n.Message{})
					break
				}
				prob := csvProblem(name, pe, offset)
				b.recs = append(b.recs, record{split: &prob})
				if errors.Is(pe.Err, csv.ErrQuote) {
					break // the rest of the file sits inside the open quote
				}
				continue
			}
			line, _ := cr.FieldPos(0)
			b.recs = append(b.recs, record{cells: rec, line: line + offset})
			if len(b.recs) == batchSize {
				send()
			}
		}
		if len(b.recs) > 0 {
			b.check = scan.suspect.Load()
			todo <- b
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rp := &rowParser{p: p}
			for b := range todo {
				rp.checkText = b.check
				b.outs = make([]outcome, len(b.recs))
				for i, r := range b.recs {
					if r.split != nil {
						b.outs[i] = outcome{split: r.split}
						continue
					}
					b.outs[i] = rp.parse(r.cells, evidence.Location{File: name, Line: r.line})
				}
				done <- b
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	waiting := map[int]*batch{}
	next := 0
	for b := range done {
		waiting[b.seq] = b
		for {
			nb, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			for i, o := range nb.outs {
				p.apply(o, nb.recs[i].cells, evidence.Location{File: name, Line: nb.recs[i].line})
			}
			next++
		}
	}
	return readErr
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

func csvProblem(name string, pe *csv.ParseError, offset int) evidence.Problem {
	where := evidence.Location{File: name, Line: pe.StartLine + offset}
	switch {
	case errors.Is(pe.Err, csv.ErrQuote):
		return evidence.Problem{Severity: evidence.Warning, Where: where,
			Msg: i18n.M("row.csv_open_quote", pe.StartLine+offset, pe.Line+offset), Hint: i18n.M("hint.csv_quote")}
	case errors.Is(pe.Err, csv.ErrBareQuote):
		where.Line = pe.Line + offset
		return evidence.Problem{Severity: evidence.Warning, Where: where,
			Msg: i18n.M("row.csv_bare_quote", pe.Column), Hint: i18n.M("hint.csv_quote")}
	}
	return evidence.Problem{Severity: evidence.Warning, Where: where, Msg: i18n.M("row.csv_other", pe.Err.Error()), Hint: i18n.M("hint.csv_quote")}
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
