package evidence

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"
)

// Every value a row can carry comes back as it went in, including those
// the packed word cannot hold.
func TestTransactionKeepsItsValues(t *testing.T) {
	china := ChinaZone()
	base := TxFields{Time: time.Date(2026, 11, 3, 2, 41, 10, 0, china), Category: "数码", Merchant: "京东平台商户",
		Description: "Apple iPhone", Direction: DirExpense, Amount: 899900, Method: "京东白条", Status: "交易成功",
		Order: "301122334455", MerchantOrd: "1100", Note: "备注"}
	tests := []struct {
		name string
		edit func(*TxFields)
		src  Source
	}{
		{name: "plain", src: Source{File: "a.csv", Line: 17}},
		{name: "refunded", edit: func(f *TxFields) { f.Refunded = 100000 }, src: Source{File: "a.csv", Line: 17}},
		{name: "another zone", edit: func(f *TxFields) { f.Time = f.Time.In(time.FixedZone("", 9*3600)) }, src: Source{File: "a.csv", Line: 2}},
		{name: "fraction of a second", edit: func(f *TxFields) { f.Time = f.Time.Add(time.Millisecond) }, src: Source{File: "a.csv", Line: 2}},
		{name: "before 1970", edit: func(f *TxFields) { f.Time = time.Date(1969, 12, 31, 23, 0, 0, 0, china) }, src: Source{File: "a.csv", Line: 2}},
		{name: "after 2106", edit: func(f *TxFields) { f.Time = time.Date(2107, 1, 1, 0, 0, 0, 0, china) }, src: Source{File: "a.csv", Line: 2}},
		{name: "no time", edit: func(f *TxFields) { f.Time = time.Time{} }, src: Source{File: "a.csv", Line: 2}},
		{name: "date only", edit: func(f *TxFields) { f.DateOnly, f.Time = true, time.Date(2026, 11, 3, 0, 0, 0, 0, china) }, src: Source{File: "a.csv", Line: 2}},
		{name: "line past the word", src: Source{File: "a.csv", Line: 1<<28 + 5}},
		{name: "last line the word holds", src: Source{File: "a.csv", Line: 1<<28 - 1}},
		{name: "sheet row", src: Source{File: "b.xlsx", Sheet: "Sheet1", Row: 9}},
		{name: "every direction", edit: func(f *TxFields) { f.Direction = DirNeutral }, src: Source{File: "a.csv", Line: 2}},
		{name: "no text", edit: func(f *TxFields) { *f = TxFields{Time: f.Time, Amount: 1} }, src: Source{File: "a.csv", Line: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := base
			if tt.edit != nil {
				tt.edit(&want)
			}
			tx := NewTransaction(want, tt.src)
			got := tx.Fields()
			if got.Time != want.Time || got.Time.Location() != want.Time.Location() {
				t.Errorf("time %v (%p), want %v (%p)", got.Time, got.Time.Location(), want.Time, want.Time.Location())
			}
			if got != want {
				t.Errorf("\n got %+v\nwant %+v", got, want)
			}
			src := tx.Source()
			if src.File != tt.src.File || src.Line != tt.src.Line || src.Sheet != tt.src.Sheet || src.Row != tt.src.Row {
				t.Errorf("source %+v, want %+v", src, tt.src)
			}
			if tx.Net() != want.Amount-want.Refunded {
				t.Errorf("net %v", tx.Net())
			}
		})
	}
}

// A CSV row keeps its record's text and finds its fields there; a row
// whose cells had to be copied keeps them packed.
func TestTransactionFromTable(t *testing.T) {
	table := &TxTable{File: "jd.csv", Delim: ',', Zone: ChinaZone(), Clean: func(s string) string { return strings.TrimSpace(strings.TrimSuffix(s, "\t")) }}
	for i := range table.Cells {
		table.Cells[i] = -1
	}
	table.Cells[TxMerchant], table.Cells[TxDescription], table.Cells[TxOrder], table.Cells[TxNote] = 1, 2, 3, 9
	p := TxParsed{Time: time.Date(2026, 11, 3, 2, 41, 10, 0, ChinaZone()), Amount: 100}

	var plain Transaction
	record := "2026-11-03 02:41:10\t,京东,\"a, b\",301\t\r\n"
	table.Fill(&plain, CSVCells(record, ','), 20, p)
	if plain.Merchant() != "京东" || plain.Description() != "a, b" || plain.Order() != "301" || plain.Category() != "" || plain.Note() != "" {
		t.Errorf("merchant %q order %q category %q note %q", plain.Merchant(), plain.Order(), plain.Category(), plain.Note())
	}
	if src := plain.Source(); src.Line != 20 || src.Raw.text != record || src.Raw.delim != ',' {
		t.Errorf("source %+v", src)
	}

	var copied Transaction
	cells := []string{"2026-11-03 02:41:10\t", "京东", `say "hi"`, "302"}
	table.Fill(&copied, SheetCells(cells), 21, p)
	if copied.Description() != `say "hi"` || copied.Order() != "302" {
		t.Errorf("description %q order %q", copied.Description(), copied.Order())
	}
	if got := copied.Source().Raw.Cells(); !slices.Equal(got, cells) {
		t.Errorf("cells %q, want %q", got, cells)
	}

	copied.AddSources(plain.Source())
	if srcs := copied.Sources(); len(srcs) != 2 || srcs[0].Line != 21 || srcs[1].Line != 20 {
		t.Errorf("sources %+v", srcs)
	}
}

// A row is six words: the size the memory of a large export was planned
// with.
func TestTransactionSize(t *testing.T) {
	if n := unsafe.Sizeof(Transaction{}); n != 48 {
		t.Errorf("a Transaction is %d bytes", n)
	}
}
