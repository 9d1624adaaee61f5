package csvtext

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
)

// reference reads text with encoding/csv, each record or error as a line.
func reference(text string, delim byte) []string {
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = rune(delim)
	cr.FieldsPerRecord = -1
	var out []string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			out = append(out, fmt.Sprintf("error %v", err))
			continue
		}
		line, _ := cr.FieldPos(0)
		out = append(out, fmt.Sprintf("line %d %q", line, rec))
	}
}

// ours reads text with Reader, in the same shape, and checks that each
// record's text splits again into its cells.
func ours(t testing.TB, text string, delim byte) []string {
	r := NewReader(text, delim)
	var out []string
	for n := 0; ; n++ {
		if n > len(text)+1 {
			t.Fatalf("%q: more records than bytes", text)
		}
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			if _, ok := err.(*csv.ParseError); !ok {
				t.Fatalf("%q: error %v is not a *csv.ParseError", text, err)
			}
			out = append(out, fmt.Sprintf("error %v", err))
			continue
		}
		if again := Split(rec.Text, delim); !slices.Equal(again, rec.Cells) {
			t.Fatalf("%q: record text %q splits into %q, not %q", text, rec.Text, again, rec.Cells)
		}
		if !rec.Copied {
			for i, c := range rec.Cells {
				if got, ok := Cell(rec.Text, delim, i); !ok || got != c {
					t.Fatalf("%q: Cell(%q, %d) = %q, %v; want %q", text, rec.Text, i, got, ok, c)
				}
			}
			if got, ok := Cell(rec.Text, delim, len(rec.Cells)); ok {
				t.Fatalf("%q: Cell(%q, %d) = %q past the last cell", text, rec.Text, len(rec.Cells), got)
			}
		}
		if !strings.Contains(text, rec.Text) {
			t.Fatalf("%q: record text %q is not in the text", text, rec.Text)
		}
		out = append(out, fmt.Sprintf("line %d %q", rec.Line, rec.Cells))
	}
}

func same(t *testing.T, text string, delim byte) {
	t.Helper()
	want, got := reference(text, delim), ours(t, text, delim)
	if !slices.Equal(got, want) {
		t.Fatalf("delim %q, text %q:\nours:         %s\nencoding/csv: %s", delim, text,
			strings.Join(got, "\n              "), strings.Join(want, "\n              "))
	}
}

var cases = []string{
	"",
	"a,b\nc,d\n",
	"a,b\r\nc,d\r\n",
	"\n\n a,b\n\r\n\nc\n",
	"\r",
	"x\r",
	"x\r\r\n",
	"a,\n,b\n,\n",
	`"a","b"` + "\n" + `"c""d",e` + "\n",
	"\"multi\nline\",x\ny,z\n",
	"\"multi\r\nline\"\r\nnext\r\n",
	"\"cr\r\r\nlf\",x\n",
	"\"ends\n\"",
	"\"ends\r\n\"\r\n",
	"a,b\"c,d\nnext,row\n",
	"\"ab\"x,c\nnext,row\n",
	"\"ab\"\rx\nnext\n",
	"x,\"open\nand never closed\nat all",
	"x,\"open\nand never closed\n",
	"x,\"open\r",
	"x,\"closed at the end\"",
	"x,\"closed at the end\"\r",
	"x,\"\"\n\"\"\"\",y\n",
	"no newline at the end",
	"a;b;\"c;d\"\n",
	"a\tb\t\"c\td\"\n",
	"\"\n",
	"\"",
	",\",\n\",\"\n",
	"一,\"二\"三\n四,五\n",
	"\xff,\"\xfe\"\n",
	"a,\"b\n\n\nc\",d\n\n\ne\n",
	"ok,1\n\"ab\"x,c\nok,2\n",
	"ok,1\nbare\"quote\nok,2\n",
	"ok,1\n\nx,\"open\nnever closed",
}

func TestSameAsEncodingCSV(t *testing.T) {
	for _, text := range cases {
		for _, delim := range []byte{',', ';', '\t'} {
			same(t, text, delim)
		}
	}
}

func TestCellsAreSlicesOfTheText(t *testing.T) {
	text := "2026-11-03 02:41:10\t,\"数码\",\"a \"\"quoted\"\" word\",\"two\nlines\"\n"
	rec, err := NewReader(text, ',').Read()
	if err != nil {
		t.Fatal(err)
	}
	inText := func(s string) bool {
		return len(s) > 0 && strings.Contains(text, s) && bytes.Contains([]byte(text), []byte(s))
	}
	// Plain and simply quoted cells are not copied; a cell with an escaped
	// quote has to be.
	want := []string{"2026-11-03 02:41:10\t", "数码", `a "quoted" word`, "two\nlines"}
	if !slices.Equal(rec.Cells, want) {
		t.Fatalf("cells %q; want %q", rec.Cells, want)
	}
	for _, i := range []int{0, 1, 3} {
		if !inText(rec.Cells[i]) {
			t.Errorf("cell %d %q is not in the text", i, rec.Cells[i])
		}
	}
	if !rec.Copied {
		t.Errorf("a record with a copied cell has Copied false")
	}
	if rec, err := NewReader("a,\"b\nc\",d\n", ',').Read(); err != nil || rec.Copied {
		t.Errorf("a record of slices: %+v, %v; want Copied false", rec, err)
	}
}

func TestSplit(t *testing.T) {
	if got := Split(`a,"b,c",""`, ','); !slices.Equal(got, []string{"a", "b,c", ""}) {
		t.Errorf("Split = %q", got)
	}
	if got := Split(`a,b"c`, ','); got != nil {
		t.Errorf("Split of a bad record = %q; want nil", got)
	}
}

// FuzzCSVText: any text splits into exactly what encoding/csv finds, and
// every record's text splits again into the same cells.
func FuzzCSVText(f *testing.F) {
	for _, c := range cases {
		f.Add(c, uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, pick uint8) {
		same(t, text, []byte{',', ';', '\t'}[int(pick)%3])
	})
}

// cutEverywhere feeds text to a Cutter step bytes at a time and cuts it at
// every record end found, then reads each piece on its own, lines counted
// from the start of the text.
func cutEverywhere(t testing.TB, text string, delim byte, step int) []string {
	c := NewCutter(delim)
	var pieces []string
	buf := []byte{}
	for at := 0; at < len(text); {
		next := min(len(text), at+step)
		buf = append(buf, text[at:next]...)
		at = next
		c.Scan(buf)
		if n := c.LastEnd(); n > 0 {
			pieces = append(pieces, string(buf[:n]))
			buf = append([]byte(nil), buf[n:]...)
			c.Cut(n)
		}
	}
	pieces = append(pieces, string(buf))
	if strings.Join(pieces, "") != text {
		t.Fatalf("%q: the pieces do not add up to the text", text)
	}
	var out []string
	above := 0
	for _, p := range pieces {
		for _, line := range ours(t, p, delim) {
			out = append(out, shiftLines(line, above))
		}
		above += strings.Count(p, "\n")
	}
	return out
}

// shiftLines moves the line numbers of one line of ours' output down by n.
func shiftLines(s string, n int) string {
	var a, b, c int
	var rest string
	if k, _ := fmt.Sscanf(s, "line %d ", &a); k == 1 {
		return fmt.Sprintf("line %d ", a+n) + strings.SplitN(s, " ", 3)[2]
	}
	if k, _ := fmt.Sscanf(s, "error parse error on line %d, column %d: ", &a, &b); k == 2 {
		rest = s[strings.Index(s, ": ")+2:]
		return fmt.Sprintf("error parse error on line %d, column %d: %s", a+n, b, rest)
	}
	if k, _ := fmt.Sscanf(s, "error record on line %d; parse error on line %d, column %d: ", &a, &b, &c); k == 3 {
		rest = s[strings.Index(s, ": ")+2:]
		return fmt.Sprintf("error record on line %d; parse error on line %d, column %d: %s", a+n, b+n, c, rest)
	}
	return s
}

func cutSame(t *testing.T, text string, delim byte, step int) {
	t.Helper()
	want, got := reference(text, delim), cutEverywhere(t, text, delim, step)
	if !slices.Equal(got, want) {
		t.Fatalf("delim %q, step %d, text %q:\ncut:          %s\nencoding/csv: %s", delim, step, text,
			strings.Join(got, "\n              "), strings.Join(want, "\n              "))
	}
}

func TestShiftLines(t *testing.T) {
	for in, want := range map[string]string{
		`line 2 ["a"]`: `line 5 ["a"]`,
		"error parse error on line 2, column 3: bare \" in non-quoted-field":                                "error parse error on line 5, column 3: bare \" in non-quoted-field",
		"error record on line 2; parse error on line 4, column 1: extraneous or missing \" in quoted-field": "error record on line 5; parse error on line 7, column 1: extraneous or missing \" in quoted-field",
	} {
		if got := shiftLines(in, 3); got != want {
			t.Errorf("shiftLines(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestCutterEndsRecordsWhereReaderDoes(t *testing.T) {
	for _, text := range cases {
		for _, delim := range []byte{',', ';', '\t'} {
			for _, step := range []int{1, 2, 3, 64} {
				cutSame(t, text, delim, step)
			}
		}
	}
}

func TestOpenQuoteAtEnd(t *testing.T) {
	for text, open := range map[string]bool{
		"a,\"never closed\n": true, "a,\"never closed": true, "a,\"escaped \"\"": true,
		"a,\"closed\"": false, "a,\"closed\"\r": false, "a,\"ab\"x\n": false, "a,b\n": false, "": false,
	} {
		c := NewCutter(',')
		c.Scan([]byte(text))
		rest := []byte(text)[c.LastEnd():]
		c.Cut(c.LastEnd())
		if got := c.OpenQuoteAtEnd(rest); got != open {
			t.Errorf("%q: open quote at the end %v; want %v", text, got, open)
		}
	}
}

// FuzzCutter: text cut at every record end the Cutter finds, however it
// arrives, reads as the same records and errors as the whole text.
func FuzzCutter(f *testing.F) {
	for _, c := range cases {
		f.Add(c, uint8(0), uint8(1))
	}
	f.Fuzz(func(t *testing.T, text string, pick, step uint8) {
		cutSame(t, text, []byte{',', ';', '\t'}[int(pick)%3], int(step)%16+1)
	})
}
