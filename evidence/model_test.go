package evidence

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestRawCells(t *testing.T) {
	for _, cells := range [][]string{
		{"2026-11-03 02:41:10", "数码", "", "a\x00b", strings.Repeat("长", 200), "a\r\nb"},
		{""},
		{},
	} {
		got := SheetCells(cells).Cells()
		if len(got) != len(cells) || (len(cells) > 0 && strings.Join(got, "|") != strings.Join(cells, "|")) {
			t.Errorf("SheetCells(%q).Cells() = %q", cells, got)
		}
	}
	text := "2026-11-03 02:41:10\t,\"a,b\",\"say \"\"hi\"\"\"\r\n"
	got := CSVCells(text, ',').Cells()
	if want := []string{"2026-11-03 02:41:10\t", "a,b", `say "hi"`}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("CSVCells(%q).Cells() = %q; want %q", text, got, want)
	}
	b, err := json.Marshal(Source{File: "x.csv", Line: 3, Raw: CSVCells("a,b\n", ',')})
	if err != nil || string(b) != `{"file":"x.csv","line":3,"raw":["a","b"]}` {
		t.Errorf("Source as JSON: %s, %v", b, err)
	}
}
