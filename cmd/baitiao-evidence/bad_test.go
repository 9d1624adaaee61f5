package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/review"
)

// badCase is one broken or hostile input and the command a user would run
// on it. The exact output, in Chinese and English, is kept in
// testdata/bad/golden (go test ./cmd/baitiao-evidence -run BadInputs -update).
type badCase struct {
	name string
	args []string
	ok   bool                           // read without complaint (the fixture tests what is written, not what is said)
	make func(t *testing.T, dir string) // generates inputs too big or too random to commit
}

var badCases = []badCase{
	{name: "empty", args: []string{"inspect", "empty.csv"}},
	{name: "header-only", args: []string{"inspect", "header-only.csv"}},
	{name: "preamble-only", args: []string{"inspect", "preamble-only.csv"}},
	{name: "no-header", args: []string{"inspect", "no-header.csv"}},
	{name: "duplicate-headers", args: []string{"inspect", "duplicate-headers.csv"}},
	{name: "too-few-fields", args: []string{"inspect", "too-few-fields.csv"}},
	{name: "too-many-fields", args: []string{"inspect", "too-many-fields.csv"}},
	{name: "unterminated-quote", args: []string{"inspect", "unterminated-quote.csv"}},
	{name: "nul-bytes", args: []string{"inspect", "nul-bytes.csv"}},
	{name: "invalid-bytes", args: []string{"inspect", "invalid-bytes.csv"}},
	{name: "mixed-encodings", args: []string{"inspect", "mixed-encodings.csv"}},
	{name: "long-line", args: []string{"inspect", "long-line.csv"}, make: func(t *testing.T, dir string) {
		// A 50 MB line without a break.
		write(t, dir, "long-line.csv", bytes.Repeat([]byte("0123456789,"), 50<<20/11))
	}},
	{name: "wide", args: []string{"inspect", "wide.csv"}, make: func(t *testing.T, dir string) {
		// 10,000 columns, two of them known.
		var b strings.Builder
		b.WriteString("交易时间,金额")
		for i := 3; i <= 10000; i++ {
			fmt.Fprintf(&b, ",c%d", i)
		}
		b.WriteString("\n2026-11-03 02:41:10,10.00" + strings.Repeat(",x", 9998) + "\n")
		write(t, dir, "wide.csv", []byte(b.String()))
	}},
	{name: "date-out-of-range", args: []string{"inspect", "date-out-of-range.csv"}},
	{name: "date-future", args: []string{"inspect", "date-future.csv"}},
	{name: "amount-grouping", args: []string{"inspect", "amount-grouping.csv"}},
	{name: "amount-double-minus", args: []string{"inspect", "amount-double-minus.csv"}},
	{name: "amount-yen-only", args: []string{"inspect", "amount-yen-only.csv"}},
	{name: "amount-1e309", args: []string{"inspect", "amount-1e309.csv"}},
	{name: "refund-not-a-number", args: []string{"inspect", "refund-not-a-number.csv"}},
	{name: "refund-too-large", args: []string{"inspect", "refund-too-large.csv"}},
	{name: "formula-cells", args: []string{"inspect", "formula-cells.csv"}, ok: true},
	{name: "xlsx-really-csv", args: []string{"inspect", "xlsx-really-csv.xlsx"}},
	{name: "csv-really-xlsx", args: []string{"inspect", "csv-really-xlsx.csv"}, make: func(t *testing.T, dir string) {
		copyFile(t, filepath.Join("..", "..", "testdata", "variants", "jd.xlsx"), filepath.Join(dir, "csv-really-xlsx.csv"))
	}},
	{name: "corrupt-xlsx", args: []string{"inspect", "corrupt.xlsx"}},
	{name: "zip-bomb", args: []string{"inspect", "bomb.xlsx"}, make: makeBomb},
	{name: "encrypted-xlsx", args: []string{"inspect", "encrypted.xlsx"}, make: func(t *testing.T, dir string) {
		f := excelize.NewFile()
		f.SetCellStr("Sheet1", "A1", "交易时间")
		if err := f.SaveAs(filepath.Join(dir, "encrypted.xlsx"), excelize.Options{Password: "secret"}); err != nil {
			t.Fatal(err)
		}
	}},
	{name: "case-unknown-key", args: []string{"inspect", "--case", "case-unknown-key/case.yaml"}},
	{name: "case-wrong-type", args: []string{"inspect", "--case", "case-wrong-type/case.yaml"}},
	{name: "case-missing-input", args: []string{"inspect", "--case", "case-missing-input/case.yaml"}},
	{name: "case-path-escape", args: []string{"inspect", "--case", "case-path-escape/case.yaml"}},
	{name: "case-yaml-bomb", args: []string{"inspect", "--case", "case-yaml-bomb/case.yaml"}},
	{name: "review-edited", args: []string{"inspect", "--case", "review-edited/case.yaml"}, make: makeEditedReview},
	{name: "verify-traversal", args: []string{"verify", "traversal.zip"}, make: func(t *testing.T, dir string) {
		rawZip(t, filepath.Join(dir, "traversal.zip"), map[string]string{"../../evil.sh": "rm -rf ~", "manifest.json": "{}"}, 0)
	}},
	{name: "verify-huge-entry", args: []string{"verify", "huge.zip"}, make: func(t *testing.T, dir string) {
		rawZip(t, filepath.Join(dir, "huge.zip"), map[string]string{"manifest.json": "{}"}, 5<<30)
	}},
}

func TestBadInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large fixtures")
	}
	src, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "bad"))
	golden := filepath.Join(src, "golden")
	dir := t.TempDir()
	copyTree(t, src, dir)
	for _, bc := range badCases {
		if bc.make != nil {
			bc.make(t, dir)
		}
	}
	t.Chdir(dir)
	if len(badCases) < 30 {
		t.Fatalf("only %d hostile inputs", len(badCases))
	}
	for _, bc := range badCases {
		for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
			t.Run(bc.name+"."+string(lang), func(t *testing.T) {
				var out, errb bytes.Buffer
				args := append([]string{"--lang", string(lang), "--now", "2026-11-25T10:00:00+08:00"}, bc.args...)
				code := run(args, streams{In: &bytes.Buffer{}, Out: &out, Err: &errb}, func(string) string { return "" })
				got := fmt.Sprintf("$ baitiao-evidence %s\nexit status %d\n--- stdout\n%s--- stderr\n%s", strings.Join(bc.args, " "), code, out.String(), errb.String())
				got = strings.ReplaceAll(got, dir, "$WORK")
				if strings.Contains(got, "panic") || strings.Contains(got, "%!") || strings.Contains(got, "goroutine") {
					t.Errorf("unfit output:\n%s", got)
				}
				if code == exitOK && !bc.ok && !strings.Contains(got, "警告") && !strings.Contains(got, "warning") {
					t.Errorf("a hostile input passed without a word:\n%s", got)
				}
				path := filepath.Join(golden, bc.name+"."+string(lang)+".txt")
				if *update {
					os.MkdirAll(golden, 0o755)
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run with -update)", err)
				}
				if string(want) != got {
					t.Errorf("output differs from %s (run with -update if intended):\n%s", path, got)
				}
			})
		}
	}
}

func write(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, name)
	os.MkdirAll(filepath.Dir(p), 0o700)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Dir(to), filepath.Base(to), data)
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if strings.HasPrefix(rel, "golden") {
			return nil
		}
		copyFile(t, p, filepath.Join(to, rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// makeBomb writes a workbook whose one sheet inflates to 600 MB of zeros
// from well under a megabyte.
func makeBomb(t *testing.T, dir string) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := zw.Create(name)
		w.Write([]byte("<x/>"))
	}
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	zeros := make([]byte, 1<<20)
	for i := 0; i < 600; i++ {
		w.Write(zeros)
	}
	zw.Close()
	write(t, dir, "bomb.xlsx", buf.Bytes())
}

// rawZip writes a zip with any entry names; declared, when set, is the
// size the first entry claims to unpack to.
func rawZip(t *testing.T, path string, entries map[string]string, declared uint64) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"../../evil.sh", "manifest.json"} {
		data, ok := entries[name]
		if !ok {
			continue
		}
		h := &zip.FileHeader{Name: name, Method: zip.Store, CRC32: 0, CompressedSize64: uint64(len(data)), UncompressedSize64: uint64(len(data))}
		if declared > 0 {
			h.UncompressedSize64 = declared
		}
		fw, err := zw.CreateRaw(h)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(data))
	}
	zw.Close()
	write(t, filepath.Dir(path), filepath.Base(path), buf.Bytes())
}

// makeEditedReview writes a case whose review sheet was filled in, then
// had one row's amount edited and another row deleted.
func makeEditedReview(t *testing.T, dir string) {
	d := filepath.Join(dir, "review-edited")
	copyFile(t, filepath.Join("..", "..", "testdata", "sample", "exports", "jd.csv"), filepath.Join(d, "jd.csv"))
	write(t, d, "case.yaml", []byte("inputs:\n  transactions: [jd.csv]\n"))
	w, err := casework.Load(filepath.Join(d, "case.yaml"), casework.Options{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := review.Write(w.Transactions, w.Analysis, i18n.ZH, w.Transactions[0].Time(), w.ReportID())
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellStr("核对表", "J7", "否")         // 301122334457: marked not me
	f.SetCellStr("核对表", "J8", "否")         // 301122334456: marked not me, then its amount edited
	f.SetCellFloat("核对表", "H8", 10, 2, 64) // the edited amount
	f.RemoveRow("核对表", 9)                  // 301122334455 deleted
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	write(t, d, "review.xlsx", buf.Bytes())
	write(t, d, "case.yaml", []byte("inputs:\n  transactions: [jd.csv]\ndisputes:\n  - review: review.xlsx\n"))
}
