package ingest

import (
	"bytes"
	"errors"
	"io"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/csvtext"
)

// Large exports are read in pieces that end between two CSV records, so
// that every core can split and parse its own piece while one goroutine
// only reads, hashes and cuts. csvtext.Cutter says where records end;
// FuzzChunkText checks that the pieces read as the whole text does.

// textChunk is a piece of CSV text that starts at a record and ends after
// one (or at the end of the text).
type textChunk struct {
	seq       int
	data      []byte
	firstLine int  // the line the piece starts on, 1-based within the text
	openQuote bool // the piece ends the text, inside a quote never closed
}

// chunkTarget is how many bytes a piece holds, but for the end of the
// record it cuts through: large enough that handing pieces around costs
// nothing, small enough that every core gets work from a file of a few
// megabytes.
const chunkTarget = 512 << 10

// chunkText reads r to its end and sends it on as pieces cut between
// records, the last maybe empty. A piece is cut when its buffer of target
// bytes is full (or grown to hold one longer record): every row read
// points into its piece, so a piece cut before its buffer is full would
// keep the unused rest of it alive as long as the rows. It returns the
// first read error other than io.EOF.
func chunkText(r io.Reader, delim byte, target int, send func(textChunk)) error {
	sp := csvtext.NewCutter(delim)
	buf := make([]byte, 0, target)
	line, seq := 1, 0
	emit := func(n int, open bool) {
		c := textChunk{seq: seq, data: buf[:n:n], firstLine: line, openQuote: open}
		line += bytes.Count(c.data, []byte{'\n'})
		seq++
		rest := buf[n:]
		buf = make([]byte, len(rest), max(target, 2*len(rest)))
		copy(buf, rest)
		sp.Cut(n)
		send(c)
	}
	for {
		if len(buf) == cap(buf) {
			if sp.LastEnd() > 0 {
				emit(sp.LastEnd(), false)
				continue
			}
			buf = append(buf, 0)[:len(buf)] // a record longer than a piece: grow
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		sp.Scan(buf)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				return err
			}
			emit(len(buf), sp.OpenQuoteAtEnd(buf))
			return nil
		}
	}
}
