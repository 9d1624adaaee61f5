// Package ingest reads what victims can export from JD — transaction records
// (交易流水), login logs and Baitiao bills — as CSV or XLSX, in whatever
// encoding and column order they arrive, into the evidence model. Every row
// keeps the file and line (or sheet and row) it came from and its raw cells;
// every row that cannot be read is reported with where it is and what was
// expected, never dropped silently.
package ingest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"hash"
	"io"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// Options control how a file is read.
type Options struct {
	// Name is how messages and provenance name the file (the path as the
	// case file gives it). Defaults to the path.
	Name string
	// Kind is what the caller expects (from case.yaml's inputs block);
	// KindUnknown detects it from the header.
	Kind Kind
	// Columns maps fields to header names by hand, for files whose header
	// is not recognised. A value "#N" names the N-th column (1-based).
	Columns map[Field]string
	// Zone is the zone of times that carry none. Defaults to China time.
	Zone *time.Location
	// Now is the time of the run: rows dated after it are flagged. Zero
	// disables the check.
	Now time.Time
	// HeaderSearch is how many lines (or rows) the header is looked for in.
	// Defaults to 60.
	HeaderSearch int
	// MaxBytes bounds the file size read (and an XLSX's unpacked size).
	// Defaults to 1 GiB.
	MaxBytes int64
	// Progress hears how far the reading has come (bytes of a text file,
	// rows of a workbook); SizeHint, when known, is the file's size.
	Progress evidence.Progress
	SizeHint int64
}

func (o *Options) defaults(path string) {
	if o.Name == "" {
		o.Name = path
	}
	if o.Zone == nil {
		o.Zone = evidence.ChinaZone()
	}
	if o.HeaderSearch <= 0 {
		o.HeaderSearch = 60
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 1 << 30
	}
}

// Format is the container format of a file, decided from its bytes (not
// its name).
type Format string

const (
	FormatCSV  Format = "csv"
	FormatXLSX Format = "xlsx"
)

// File is an ingested input file.
type File struct {
	Name     string
	Size     int64
	SHA256   string
	Format   Format
	Encoding Encoding // text files only
	Tables   []*Table
	Problems []evidence.Problem
}

// Table is one table found in a file: the whole of a CSV, or one sheet of a
// workbook.
type Table struct {
	Kind       Kind
	Sheet      string // XLSX only
	HeaderLine int    // 1-based line (CSV) or row (XLSX) of the header
	Delimiter  rune   // CSV only
	Header     []string
	Columns    []Column // one per header cell, mapped or not
	Preamble   Preamble

	Transactions []*evidence.Transaction
	Logins       []*evidence.LoginEvent
	Bills        []*evidence.BillLine

	// SummaryCheck is the comparison of JD's preamble summary with the rows
	// read: "" when the file has no summary, else "consistent" or
	// "inconsistent" (the problems say what differs).
	SummaryCheck string

	DataRows int // rows after the header, blank and trailer rows included
	Skipped  int // blank rows and trailing summary rows
	Bad      int // rows that could not be read (each has a Problem)
}

// Column is one header cell and what it was mapped to.
type Column struct {
	Index   int    // 0-based position in the row
	Header  string // as the file spells it
	Field   Field  // "" when the column is not used
	Synonym string // the synonym that matched, or the manual mapping
	Manual  bool   // mapped by case.yaml's columns block
}

// Rows is the number of rows read into the model.
func (t *Table) Rows() int { return len(t.Transactions) + len(t.Logins) + len(t.Bills) }

// TimeRange returns the earliest and latest row time (zero when empty).
func (t *Table) TimeRange() (from, to time.Time) {
	first := true
	see := func(tm time.Time) {
		if tm.IsZero() {
			return
		}
		if first || tm.Before(from) {
			from = tm
		}
		if first || tm.After(to) {
			to = tm
		}
		first = false
	}
	for _, x := range t.Transactions {
		see(x.Time())
	}
	for _, x := range t.Logins {
		see(x.Time)
	}
	for _, x := range t.Bills {
		see(x.Time)
		see(x.BillDate)
	}
	return from, to
}

// Column returns the column mapped to f, if any.
func (t *Table) Column(f Field) (Column, bool) {
	for _, c := range t.Columns {
		if c.Field == f {
			return c, true
		}
	}
	return Column{}, false
}

// Totals is a count and sum of gross, refunded and net amounts.
type Totals struct {
	Count    int
	Gross    evidence.Money
	Refunded evidence.Money
}

// Net is gross minus refunded.
func (t Totals) Net() evidence.Money { return t.Gross - t.Refunded }

// TotalsByDirection sums a transaction table by 收/支.
func (t *Table) TotalsByDirection() map[evidence.Direction]Totals {
	var sums [evidence.DirNeutral + 1]Totals // a map lookup per row costs more than the sums
	for _, x := range t.Transactions {
		s := &sums[x.Direction()]
		s.Count++
		s.Gross += x.Amount()
		s.Refunded += x.Refunded()
	}
	out := map[evidence.Direction]Totals{}
	for d, s := range sums {
		if s.Count > 0 {
			out[evidence.Direction(d)] = s
		}
	}
	return out
}

// ReadFile opens path read-only and ingests it. The file is never written.
func ReadFile(path string, opts Options) (*File, error) {
	opts.defaults(path)
	f, err := os.Open(path)
	if err != nil {
		return nil, openError(opts.Name, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, evidence.Errorf(evidence.Location{File: opts.Name}, i18n.M("ingest.is_dir"), i18n.M("hint.input_file"))
	} else if err == nil && opts.SizeHint == 0 {
		opts.SizeHint = st.Size()
	}
	return Read(f, opts)
}

func openError(name string, err error) error {
	key := "ingest.open_failed"
	if errors.Is(err, os.ErrNotExist) {
		key = "ingest.not_found"
	} else if errors.Is(err, os.ErrPermission) {
		key = "ingest.no_permission"
	}
	e := evidence.Errorf(evidence.Location{File: name}, i18n.M(key, err.Error()), i18n.M("hint.input_file"))
	e.Err = err
	return e
}

// Read ingests a file from r. The format is decided from the bytes: a zip
// is read as XLSX, anything else as delimited text.
func Read(r io.Reader, opts Options) (*File, error) {
	opts.defaults(opts.Name)
	h := sha256.New()
	counter := &countingHash{h: h, progress: opts.Progress, name: opts.Name, total: opts.SizeHint}
	src := io.TeeReader(io.LimitReader(r, opts.MaxBytes+1), counter)
	br := bufio.NewReaderSize(src, sniffLen)
	magic, _ := br.Peek(8)
	file := &File{Name: opts.Name}
	var err error
	switch {
	case bytes.HasPrefix(magic, []byte("PK\x03\x04")):
		file.Format = FormatXLSX
		err = readXLSX(file, br, opts)
	case bytes.HasPrefix(magic, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		err = evidence.Errorf(evidence.Location{File: opts.Name}, i18n.M("ingest.ole2"), i18n.M("hint.ole2"))
	default:
		file.Format = FormatCSV
		err = readText(file, br, opts)
	}
	// Hash the whole file even when reading stopped early, so the digest is
	// always the file's.
	if _, cerr := io.Copy(io.Discard, br); cerr != nil && err == nil {
		err = evidence.Errorf(evidence.Location{File: opts.Name}, i18n.M("ingest.read_failed", cerr.Error()), i18n.Message{})
	}
	if err == nil && counter.n > opts.MaxBytes {
		err = evidence.Errorf(evidence.Location{File: opts.Name}, i18n.M("ingest.too_big", opts.MaxBytes>>20), i18n.M("hint.too_big"))
	}
	if err != nil {
		return nil, err
	}
	file.Size = counter.n
	opts.Progress.Report(evidence.Step{What: evidence.StepReadBytes, Name: opts.Name, Done: counter.n, Total: counter.n})
	file.SHA256 = hex.EncodeToString(h.Sum(nil))
	file.checkExtension()
	for _, t := range file.Tables {
		if n := len(t.Header); n > maxColumns {
			file.Problems = append(file.Problems, evidence.Problem{Severity: evidence.Warning,
				Where: evidence.Location{File: file.Name, Line: t.HeaderLine, Sheet: t.Sheet},
				Msg:   i18n.M("ingest.too_many_columns", n), Hint: i18n.M("hint.too_many_columns")})
		}
		if t.Rows() == 0 && t.Bad == 0 {
			where := evidence.Location{File: file.Name, Line: t.HeaderLine, Sheet: t.Sheet}
			if t.Sheet != "" {
				where.Line, where.Row = 0, t.HeaderLine
			}
			file.Problems = append(file.Problems, evidence.Problem{Severity: evidence.Warning, Where: where,
				Msg: i18n.M("ingest.no_rows", t.Kind), Hint: i18n.M("hint.no_rows")})
		}
	}
	sortProblems(file.Problems)
	return file, nil
}

// countingHash hashes and counts the bytes read, and tells Progress about
// each further megabyte.
type countingHash struct {
	h        hash.Hash
	n        int64
	progress evidence.Progress
	name     string
	total    int64
	told     int64
}

func (c *countingHash) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	if c.progress != nil && c.n-c.told >= 1<<20 {
		c.told = c.n
		c.progress(evidence.Step{What: evidence.StepReadBytes, Name: c.name, Done: c.n, Total: max(c.total, c.n+1)})
	}
	return c.h.Write(p)
}

// sortProblems orders problems by where they are, so output is stable.
func sortProblems(ps []evidence.Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Where, ps[j].Where
		if a.Sheet != b.Sheet {
			return a.Sheet < b.Sheet
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Row < b.Row
	})
}

// columnLetter turns a 0-based index into a spreadsheet column name (A, …,
// Z, AA, …).
func columnLetter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

func itoa(i int) string { return strconv.Itoa(i) }

// maxColumns is far more columns than any JD export or bill has; a wider
// table is kept but questioned.
const maxColumns = 200

// checkExtension warns when a file's name says one format and its bytes
// another (a CSV saved with .xlsx, a workbook named .csv): the file is read
// by what it is, and the user should know the name is misleading.
func (f *File) checkExtension() {
	ext := strings.ToLower(path.Ext(strings.ReplaceAll(f.Name, `\`, "/")))
	var named Format
	switch ext {
	case ".xlsx", ".xlsm", ".xls":
		named = FormatXLSX
	case ".csv", ".txt", ".tsv":
		named = FormatCSV
	default:
		return
	}
	if named != f.Format {
		f.Problems = append(f.Problems, evidence.Problem{Severity: evidence.Warning, Where: evidence.Location{File: f.Name},
			Msg: i18n.M("ingest.extension_mismatch", ext, strings.ToUpper(string(f.Format))), Hint: i18n.M("hint.extension_mismatch")})
	}
}
