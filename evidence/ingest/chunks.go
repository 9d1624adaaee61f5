package ingest

import (
	"bytes"
	"errors"
	"io"
)

// Large exports are read in pieces that end between two CSV records, so
// that every core can split and parse its own piece with encoding/csv
// while one goroutine only reads, hashes and cuts. Where a record ends is
// decided here exactly as encoding/csv decides it (empty lines, quoted
// fields over several lines, and the two quote errors, each of which ends
// its record with its line); FuzzRecordSplitter holds the two to the same
// answers.

// recordSplitter finds record ends in CSV text fed to it piece by piece.
// Its state carries over between calls, so no byte is looked at twice
// however long a record or line is.
type recordSplitter struct {
	delim   byte // ',', '\t' or ';': always one byte
	state   splitState
	pos     int // the next byte of the buffer to look at
	lastEnd int // just past the last record end found; 0 for none
}

type splitState int

const (
	atFieldStart splitState = iota
	inUnquoted              // in a line after the start of an unquoted field: looking for its end or a quote
	inQuotes                // inside a quoted field, which may span lines
	toLineEnd               // after a quote error: the record ends with its line
)

// scan looks at buf from where the last call stopped. buf holds the same
// bytes as before at the same offsets, and maybe more after them.
func (s *recordSplitter) scan(buf []byte) {
	for s.pos < len(buf) {
		switch s.state {
		case atFieldStart:
			if buf[s.pos] == '"' {
				s.state = inQuotes
				s.pos++
				continue
			}
			s.state = inUnquoted
		case inUnquoted:
			rest := buf[s.pos:]
			nl := bytes.IndexByte(rest, '\n')
			if nl >= 0 {
				rest = rest[:nl]
			}
			if q := bytes.IndexByte(rest, '"'); q >= 0 {
				// Nothing before the quote was quoted, so every
				// delimiter there separates fields: after one, the
				// quote opens a quoted field; anywhere else it is a
				// stray quote, which ends the record with its line.
				at := s.pos + q
				s.pos = at + 1
				if buf[at-1] == s.delim {
					s.state = inQuotes
				} else {
					s.state = toLineEnd
				}
				continue
			}
			if nl < 0 {
				s.pos = len(buf)
				return
			}
			s.endRecord(s.pos + nl + 1)
		case inQuotes:
			q := bytes.IndexByte(buf[s.pos:], '"')
			if q < 0 {
				s.pos = len(buf)
				return
			}
			at := s.pos + q
			if at+1 == len(buf) {
				s.pos = at // the byte after the quote decides
				return
			}
			switch c := buf[at+1]; c {
			case '"': // an escaped quote
				s.pos = at + 2
			case s.delim:
				s.pos = at + 2
				s.state = atFieldStart
			case '\n':
				s.endRecord(at + 2)
			case '\r':
				// encoding/csv turns a line's final "\r\n" into "\n";
				// any other '\r' after a closing quote is an error.
				if at+2 == len(buf) {
					s.pos = at
					return
				}
				if buf[at+2] == '\n' {
					s.endRecord(at + 3)
				} else {
					s.pos = at + 1
					s.state = toLineEnd
				}
			default:
				s.pos = at + 1
				s.state = toLineEnd
			}
		case toLineEnd:
			nl := bytes.IndexByte(buf[s.pos:], '\n')
			if nl < 0 {
				s.pos = len(buf)
				return
			}
			s.endRecord(s.pos + nl + 1)
		}
	}
}

func (s *recordSplitter) endRecord(end int) {
	s.pos, s.lastEnd, s.state = end, end, atFieldStart
}

// cut forgets the first n bytes of the buffer (n ≤ lastEnd): the caller
// hands them on and keeps the rest at the front.
func (s *recordSplitter) cut(n int) {
	s.pos -= n
	s.lastEnd -= n
}

// openQuoteAtEnd reports whether the text, when buf is all of it, ends
// inside a quoted field that was never closed.
func (s *recordSplitter) openQuoteAtEnd(buf []byte) bool {
	if s.state != inQuotes {
		return false
	}
	// Stopped on a closing quote at the very end (or before a final '\r',
	// which encoding/csv drops at the end of input): the field is closed.
	rest := buf[s.pos:]
	return !(bytes.Equal(rest, []byte(`"`)) || bytes.Equal(rest, []byte("\"\r")))
}

// textChunk is a piece of CSV text that starts at a record and ends after
// one (or at the end of the text).
type textChunk struct {
	seq       int
	data      []byte
	firstLine int  // the line the piece starts on, 1-based within the text
	openQuote bool // the piece ends the text, inside a quote never closed
}

// chunkTarget is about how many bytes a piece holds: large enough that
// handing pieces around costs nothing, small enough that every core gets
// work from a file of a few megabytes.
const chunkTarget = 512 << 10

// chunkText reads r to its end and sends it on as pieces of about target
// bytes cut between records, the last maybe empty. It returns the first
// read error other than io.EOF.
func chunkText(r io.Reader, delim byte, target int, send func(textChunk)) error {
	sp := recordSplitter{delim: delim}
	spare := target + target/4
	buf := make([]byte, 0, spare)
	line, seq := 1, 0
	emit := func(n int, open bool) {
		c := textChunk{seq: seq, data: buf[:n:n], firstLine: line, openQuote: open}
		line += bytes.Count(c.data, []byte{'\n'})
		seq++
		rest := buf[n:]
		buf = make([]byte, len(rest), max(spare, 2*len(rest)))
		copy(buf, rest)
		sp.cut(n)
		send(c)
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // a record longer than a piece: grow
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		sp.scan(buf)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				return err
			}
			emit(len(buf), sp.openQuoteAtEnd(buf))
			return nil
		}
		if len(buf) >= target && sp.lastEnd > 0 {
			emit(sp.lastEnd, false)
		}
	}
}
