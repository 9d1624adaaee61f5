package csvtext

import "bytes"

// Cutter finds where records end in CSV text that arrives piece by
// piece, exactly where Reader (and encoding/csv) would end them: text cut
// at those places reads as the same records, so the pieces can be split
// side by side. Empty lines end too (Reader skips them). Its state carries
// over between calls, so no byte is looked at twice however long a record
// or line is.
type Cutter struct {
	delim   byte
	state   cutState
	pos     int // the next byte of the buffer to look at
	lastEnd int // just past the last record end found; 0 for none
}

type cutState int

const (
	atFieldStart cutState = iota
	inUnquoted            // in a line after the start of an unquoted field: looking for its end or a quote
	inQuotes              // inside a quoted field, which may span lines
	toLineEnd             // after a quote error: the record ends with its line
)

// NewCutter finds record ends in text whose cells are separated by delim.
func NewCutter(delim byte) *Cutter { return &Cutter{delim: delim} }

// Scan looks at buf from where the last call stopped. buf holds the same
// bytes as before at the same offsets (less what Cut took), and maybe more
// after them.
func (s *Cutter) Scan(buf []byte) {
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

func (s *Cutter) endRecord(end int) {
	s.pos, s.lastEnd, s.state = end, end, atFieldStart
}

// LastEnd is the offset just past the last record end found, 0 for none.
func (s *Cutter) LastEnd() int { return s.lastEnd }

// Cut forgets the first n bytes of the buffer (n ≤ LastEnd()): the caller
// hands them on and keeps the rest at the front.
func (s *Cutter) Cut(n int) {
	s.pos -= n
	s.lastEnd -= n
}

// OpenQuoteAtEnd reports whether the text, when buf is all that is left
// of it, ends inside a quoted field that was never closed.
func (s *Cutter) OpenQuoteAtEnd(buf []byte) bool {
	if s.state != inQuotes {
		return false
	}
	// Stopped on a closing quote at the very end (or before a final '\r',
	// which encoding/csv drops at the end of input): the field is closed.
	rest := buf[s.pos:]
	return !(bytes.Equal(rest, []byte(`"`)) || bytes.Equal(rest, []byte("\"\r")))
}
