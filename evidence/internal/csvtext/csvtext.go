// Package csvtext splits CSV text held in memory into records whose cells
// are, wherever the text allows, slices of that text rather than copies.
// It splits exactly as encoding/csv does with FieldsPerRecord -1 and
// LazyQuotes off — the same records, the same line numbers, the same
// *csv.ParseError values — which the tests and the fuzz target check
// against encoding/csv itself. What it adds is that a million-row export
// costs one string instead of a string and a slice per row, and that each
// record's own text is known, so a row can keep that instead of its cells.
// Cutter finds where records end in text still arriving, so that a large
// file can be cut into pieces that are split side by side.
package csvtext

import (
	"encoding/csv"
	"io"
	"strings"
)

// Reader reads records from text.
type Reader struct {
	text  string
	delim byte
	off   int // the next byte to read
	line  int // lines read so far
	cells []string
	field fieldText
}

// NewReader reads the records of text, whose cells are separated by delim
// (an ASCII byte other than '"', '\r' and '\n').
func NewReader(text string, delim byte) *Reader {
	return &Reader{text: text, delim: delim, field: fieldText{text: text}}
}

// Record is one record: its cells (valid until the next call to Read),
// the line it starts on (1-based), and its text from its first byte to the
// end of its last line, line end included. Copied reports whether a cell
// is a copy rather than a slice of Text (it had `""` or a "\r\n" inside
// quotes); when none is, Cell finds the cells in Text again.
type Record struct {
	Cells  []string
	Line   int
	Text   string
	Copied bool
}

// Read returns the next record, a *csv.ParseError for a record that could
// not be split (the reader then goes on after the line the error is on,
// as encoding/csv does), or io.EOF.
func (r *Reader) Read() (Record, error) {
	// Empty lines are skipped.
	var rest string
	var nl bool
	start := 0
	for {
		start = r.off
		var ok bool
		rest, nl, ok = r.readLine()
		if !ok {
			return Record{}, io.EOF
		}
		if rest != "" {
			break
		}
	}
	recLine := r.line
	cells := r.cells[:0]
	copied := false
	pos := position{line: r.line, col: 1}
	restAt := start // where rest starts in the text
	if strings.IndexByte(rest, '"') < 0 {
		// Most records are one line without quotes: only delimiters
		// to look for.
		for {
			i := strings.IndexByte(rest, r.delim)
			if i < 0 {
				break
			}
			cells = append(cells, rest[:i])
			rest = rest[i+1:]
		}
		r.cells = append(cells, rest)
		return Record{Cells: r.cells, Line: recLine, Text: r.text[start:r.off]}, nil
	}
	var err error
parseField:
	for {
		if rest == "" || rest[0] != '"' {
			// An unquoted field.
			i := strings.IndexByte(rest, r.delim)
			field := rest
			if i >= 0 {
				field = rest[:i]
			}
			if j := strings.IndexByte(field, '"'); j >= 0 {
				err = &csv.ParseError{StartLine: recLine, Line: r.line, Column: pos.col + j, Err: csv.ErrBareQuote}
				break parseField
			}
			cells = append(cells, field)
			if i < 0 {
				break parseField
			}
			rest, restAt = rest[i+1:], restAt+i+1
			pos.col += i + 1
			continue
		}
		// A quoted field, which may go on over several lines.
		rest, restAt = rest[1:], restAt+1
		pos.col++
		r.field.reset()
		for {
			if i := strings.IndexByte(rest, '"'); i >= 0 {
				r.field.add(restAt, restAt+i)
				rest, restAt = rest[i+1:], restAt+i+1
				pos.col += i + 1
				switch {
				case rest != "" && rest[0] == '"': // `""` is a quote
					r.field.add(restAt-1, restAt)
					rest, restAt = rest[1:], restAt+1
					pos.col++
				case rest != "" && rest[0] == r.delim:
					rest, restAt = rest[1:], restAt+1
					pos.col++
					cells = append(cells, r.field.String())
					copied = copied || r.field.copied
					continue parseField
				case rest == "":
					cells = append(cells, r.field.String())
					copied = copied || r.field.copied
					break parseField
				default:
					err = &csv.ParseError{StartLine: recLine, Line: r.line, Column: pos.col - 1, Err: csv.ErrQuote}
					break parseField
				}
				continue
			}
			if rest == "" && !nl {
				// The text ended inside the quotes.
				err = &csv.ParseError{StartLine: recLine, Line: pos.line, Column: pos.col, Err: csv.ErrQuote}
				break parseField
			}
			// The field goes on after the line end, which counts as "\n"
			// whatever the file uses.
			r.field.add(restAt, restAt+len(rest))
			pos.col += len(rest)
			if nl {
				r.field.newline(restAt + len(rest))
				pos.col++
			}
			lineStart := r.off
			var ok bool
			rest, nl, ok = r.readLine()
			restAt = lineStart
			if ok && (rest != "" || nl) {
				pos.line++
				pos.col = 1
			}
		}
	}
	r.cells = cells
	if err != nil {
		return Record{}, err
	}
	return Record{Cells: cells, Line: recLine, Text: r.text[start:r.off], Copied: copied}, nil
}

// Cell returns cell i of a record that Read returned with Copied false,
// given its Text, without splitting the rest: every cell of such a record
// is its text as it stands, or, quoted, the text between the quotes.
// It reports false when the record has no cell i.
func Cell(text string, delim byte, i int) (string, bool) {
	// The record's line end, as readLine takes it off.
	text = strings.TrimSuffix(text, "\n")
	text = strings.TrimSuffix(text, "\r")
	for ; ; i-- {
		var cell string
		if text != "" && text[0] == '"' {
			j := strings.IndexByte(text[1:], '"')
			if j < 0 {
				return "", false // not a record Read returned
			}
			cell, text = text[1:1+j], text[2+j:]
		} else if j := strings.IndexByte(text, delim); j >= 0 {
			cell, text = text[:j], text[j:]
		} else {
			cell, text = text, ""
		}
		if i == 0 {
			return cell, true
		}
		if text == "" || text[0] != delim {
			return "", false
		}
		text = text[1:]
	}
}

// AtEnd reports whether all of the text has been read.
func (r *Reader) AtEnd() bool { return r.off >= len(r.text) }

type position struct{ line, col int }

// readLine reads the next line: its text without the line end (a "\r"
// before the "\n", or before the end of the text, is part of the line end),
// whether a "\n" ended it, and false when nothing was left to read.
func (r *Reader) readLine() (line string, nl, ok bool) {
	r.line++
	if r.off >= len(r.text) {
		return "", false, false
	}
	rest := r.text[r.off:]
	i := strings.IndexByte(rest, '\n')
	if i >= 0 {
		line, nl = rest[:i], true
		r.off += i + 1
	} else {
		line = rest
		r.off = len(r.text)
	}
	line = strings.TrimSuffix(line, "\r")
	return line, nl, true
}

// fieldText builds a quoted field's text: a slice of the text while its
// pieces follow each other there, a copy once they do not (after `""`, or
// a line end that was "\r\n").
type fieldText struct {
	text       string
	start, end int
	copied     bool
	buf        []byte
}

func (f *fieldText) reset() { f.start, f.end, f.copied, f.buf = -1, -1, false, f.buf[:0] }

func (f *fieldText) add(from, to int) {
	switch {
	case f.copied:
		f.buf = append(f.buf, f.text[from:to]...)
	case f.start < 0:
		f.start, f.end = from, to
	case from == f.end:
		f.end = to
	default:
		f.buf = append(append(f.buf[:0], f.text[f.start:f.end]...), f.text[from:to]...)
		f.copied = true
	}
}

// newline adds the "\n" a line end stands for; at is where the line end
// starts in the text.
func (f *fieldText) newline(at int) {
	if at < len(f.text) && f.text[at] == '\n' {
		f.add(at, at+1)
		return
	}
	if !f.copied {
		if f.start >= 0 {
			f.buf = append(f.buf[:0], f.text[f.start:f.end]...)
		}
		f.copied = true
	}
	f.buf = append(f.buf, '\n')
}

func (f *fieldText) String() string {
	switch {
	case f.copied:
		return string(f.buf)
	case f.start < 0:
		return ""
	}
	return f.text[f.start:f.end]
}

// Split splits the text of one record — a Record's Text — into its cells
// again. It is how a row that kept only its text gets its cells back.
func Split(text string, delim byte) []string {
	rec, err := NewReader(text, delim).Read()
	if err != nil {
		return nil
	}
	return append([]string(nil), rec.Cells...)
}
