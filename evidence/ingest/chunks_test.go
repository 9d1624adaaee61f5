package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/csvtext"
)

// wholeCSV is the reference: encoding/csv over all of the text at once,
// each record or error written as one line.
func wholeCSV(data []byte, delim rune) []string {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	var out []string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return append(out, "read error "+err.Error())
			}
			out = append(out, describeError(pe))
			continue
		}
		line, _ := cr.FieldPos(0)
		out = append(out, fmt.Sprintf("line %d %q", line, rec))
	}
}

func describeError(pe *csv.ParseError) string {
	return fmt.Sprintf("error %d-%d col %d: %v", pe.StartLine, pe.Line, pe.Column, pe.Err)
}

// chunkedCSV reads the same text the way ingest does: cut into pieces of
// about target bytes, arriving readSize bytes at a time, each piece split
// on its own.
func chunkedCSV(t testing.TB, data []byte, delim rune, target, readSize int) (out []string, chunks []textChunk) {
	r := io.Reader(bytes.NewReader(data))
	if readSize == 1 {
		r = iotest.OneByteReader(r)
	} else if readSize > 1 {
		r = &sizedReader{r: r, n: readSize}
	}
	err := chunkText(r, byte(delim), target, func(c textChunk) { chunks = append(chunks, c) })
	if err != nil {
		t.Fatal(err)
	}
	var joined []byte
	for i, c := range chunks {
		if c.seq != i || (c.openQuote && i != len(chunks)-1) {
			t.Fatalf("piece %d of %d: seq %d, open quote %v", i, len(chunks), c.seq, c.openQuote)
		}
		joined = append(joined, c.data...)
		eachRecord(c, string(c.data), byte(delim), func(rec csvtext.Record, pe *csv.ParseError, _ bool) {
			if pe != nil {
				out = append(out, describeError(pe))
				return
			}
			out = append(out, fmt.Sprintf("line %d %q", rec.Line, rec.Cells))
		})
	}
	if !bytes.Equal(joined, data) {
		t.Fatalf("the pieces do not add up to the text")
	}
	return out, chunks
}

type sizedReader struct {
	r io.Reader
	n int
}

func (s *sizedReader) Read(p []byte) (int, error) { return s.r.Read(p[:min(len(p), s.n)]) }

func checkSameAsWhole(t *testing.T, data []byte, delim rune, target, readSize int) {
	t.Helper()
	want := wholeCSV(data, delim)
	got, _ := chunkedCSV(t, data, delim, target, readSize)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("delim %q, pieces of %d, reads of %d, text %q:\npieces: %s\nwhole:  %s",
			delim, target, readSize, data, strings.Join(got, "\n        "), strings.Join(want, "\n        "))
	}
}

// splitterCases are texts whose records are hard to cut between: records
// over several lines, quote errors, an open quote at the end. How each
// record splits is csvtext's to test.
var splitterCases = []string{
	"a,b\r\nc,d\r\n\n\n",
	"\"multi\r\nline\",x\ny,\"z\n\n\"\n",
	"a,b\"c,d\nnext,row\n",
	"\"ab\"x,c\nnext,row\n",
	"x,\"open\nand never closed\nat all",
	"x,\"closed at the end\"\r",
	"一,\"二\"\"三\"\n四,五\n",
}

func TestChunkedSplitMatchesEncodingCSV(t *testing.T) {
	for _, text := range splitterCases {
		for _, delim := range []rune{',', ';', '\t'} {
			for _, target := range []int{1, 2, 3, 7, 64} {
				for _, readSize := range []int{0, 1, 2, 5} {
					checkSameAsWhole(t, []byte(text), delim, target, readSize)
				}
			}
		}
	}
}

func TestChunkTextCutsBetweenRecords(t *testing.T) {
	var b strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&b, "%d,\"a quoted\nfield\",x\n", i)
	}
	_, chunks := chunkedCSV(t, []byte(b.String()), ',', 1000, 0)
	if len(chunks) < 15 {
		t.Fatalf("%d pieces; want the text cut into many", len(chunks))
	}
	for _, c := range chunks[:len(chunks)-1] {
		if !bytes.HasSuffix(c.data, []byte("field\",x\n")) {
			t.Fatalf("piece cut inside a record: ends %q", c.data[max(0, len(c.data)-20):])
		}
	}
}

// The last piece says whether the text ends inside an open quote (the
// cases are csvtext's; this checks the answer reaches the piece).
func TestLastPieceKnowsOpenQuote(t *testing.T) {
	for text, open := range map[string]bool{"a,b\nc,\"never closed\nd\n": true, "a,b\nc,\"closed\"\n": false} {
		_, chunks := chunkedCSV(t, []byte(text), ',', 4, 0)
		if got := chunks[len(chunks)-1].openQuote; got != open {
			t.Errorf("%q: open quote at the end %v; want %v", text, got, open)
		}
	}
}

// FuzzChunkText: the text read in pieces, however it is cut and
// however it arrives, splits into exactly the records and errors
// encoding/csv finds in the whole.
func FuzzChunkText(f *testing.F) {
	for _, text := range splitterCases {
		f.Add([]byte(text), uint8(0), uint8(3), uint8(1))
	}
	f.Fuzz(func(t *testing.T, data []byte, delimPick, target, readSize uint8) {
		delim := []rune{',', ';', '\t'}[int(delimPick)%3]
		checkSameAsWhole(t, data, delim, int(target)+1, int(readSize)%9)
	})
}
