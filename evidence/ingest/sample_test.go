package ingest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
)

var update = flag.Bool("update", false, "rewrite generated test files and golden files")

const (
	sampleTx     = "../../testdata/formats/jd-transactions-sample.csv"
	sampleLogins = "../../testdata/formats/login-log-sample.csv"
	variantsDir  = "../../testdata/variants"
)

func cst(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04:05", s, evidence.ChinaZone())
	if err != nil {
		panic(err)
	}
	return t
}

// wantTx is every field of every row of the sample transaction export.
var wantTx = []evidence.TxFields{
	{Time: cst("2026-11-03 02:41:10"), Category: "数码", Merchant: "京东平台商户", Description: "Apple iPhone 17 Pro 256GB 深空黑", Direction: evidence.DirExpense,
		Amount: 899900, Refunded: 100000, Method: "京东白条", Status: "交易成功", Order: "301122334455", MerchantOrd: "110000000000000000000301"},
	{Time: cst("2026-11-03 02:37:55"), Category: "礼品卡", Merchant: "京东平台商户", Description: "京东E卡 面值1000元", Direction: evidence.DirExpense,
		Amount: 100000, Method: "京东白条", Status: "交易成功", Order: "301122334456", MerchantOrd: "110000000000000000000302"},
	{Time: cst("2026-11-03 02:30:12"), Category: "充值缴费", Merchant: "京东平台商户", Description: "话费充值 200元", Direction: evidence.DirExpense,
		Amount: 19980, Method: "京东白条", Status: "交易成功", Order: "301122334457", MerchantOrd: "110000000000000000000303"},
	{Time: cst("2026-10-28 19:05:33"), Category: "食品酒饮", Merchant: "京东平台商户", Description: "椰子水 1L*6", Direction: evidence.DirExpense,
		Amount: 5990, Method: "银行卡", Status: "交易成功", Order: "301122334458", MerchantOrd: "110000000000000000000304"},
	{Time: cst("2026-10-25 12:00:00"), Category: "网购", Merchant: "京东平台商户", Description: "退款-数据线", Direction: evidence.DirIncome,
		Amount: 3000, Method: "银行卡", Status: "交易成功", Order: "301122334459", MerchantOrd: "110000000000000000000305"},
	{Time: cst("2026-10-20 08:15:00"), Category: "白条", Merchant: "京东金融", Description: "白条主动还款", Direction: evidence.DirNeutral,
		Amount: 50000, Method: "银行卡", Status: "交易成功", Order: "301122334460", MerchantOrd: "110000000000000000000306"},
	{Time: cst("2026-10-12 21:44:09"), Category: "图书", Merchant: "京东平台商户", Description: "Go 程序设计语言", Direction: evidence.DirExpense,
		Amount: 6900, Refunded: 6900, Method: "京东白条", Status: "交易成功", Order: "301122334461", MerchantOrd: "110000000000000000000307"},
	{Time: cst("2026-10-02 10:02:00"), Category: "日用百货", Merchant: "京东平台商户", Description: "抽纸 24包", Direction: evidence.DirExpense,
		Amount: 4500, Method: "京东白条", Status: "交易成功", Order: "301122334462", MerchantOrd: "110000000000000000000308"},
}

var wantLogins = []evidence.LoginEvent{
	{Time: cst("2026-11-03 02:20:41"), IP: "223.104.63.18", Place: "广东省深圳市", Device: "HUAWEI Mate 60", Method: "密码登录", Result: evidence.LoginSuccess, Status: "成功"},
	{Time: cst("2026-11-03 02:19:02"), IP: "223.104.63.18", Place: "广东省深圳市", Device: "HUAWEI Mate 60", Method: "密码登录", Result: evidence.LoginFailure, Status: "失败"},
	{Time: cst("2026-11-03 02:18:30"), IP: "223.104.63.18", Place: "广东省深圳市", Device: "HUAWEI Mate 60", Method: "密码登录", Result: evidence.LoginFailure, Status: "失败"},
	{Time: cst("2026-11-03 02:17:59"), IP: "223.104.63.18", Place: "广东省深圳市", Device: "HUAWEI Mate 60", Method: "密码登录", Result: evidence.LoginFailure, Status: "失败"},
	{Time: cst("2026-10-28 19:01:12"), IP: "36.112.10.5", Place: "北京市", Device: "iPhone 13", Method: "短信验证码登录", Result: evidence.LoginSuccess, Status: "成功"},
	{Time: cst("2026-10-12 21:40:00"), IP: "36.112.10.5", Place: "北京市", Device: "iPhone 13", Method: "扫码登录", Result: evidence.LoginSuccess, Status: "成功"},
}

// variant is one way the sample reaches the tool.
type variant struct {
	file       string
	encoding   Encoding
	format     Format
	headerLine int
	firstRow   int // line or row of the first data row
	xlsx       bool
	damaged    bool // Excel has turned the order numbers into numbers
}

var txVariants = []variant{
	{file: sampleTx, encoding: EncUTF8, format: FormatCSV, headerLine: 22, firstRow: 23},
	{file: variantsDir + "/jd-utf8bom.csv", encoding: EncUTF8BOM, format: FormatCSV, headerLine: 22, firstRow: 23},
	{file: variantsDir + "/jd-gbk.csv", encoding: EncGB18030, format: FormatCSV, headerLine: 22, firstRow: 23},
	{file: variantsDir + "/jd-utf16le.txt", encoding: EncUTF16LE, format: FormatCSV, headerLine: 22, firstRow: 23},
	{file: variantsDir + "/jd-reordered.csv", encoding: EncUTF8, format: FormatCSV, headerLine: 22, firstRow: 23},
	{file: variantsDir + "/jd-excel-damaged.csv", encoding: EncGB18030, format: FormatCSV, headerLine: 22, firstRow: 23, damaged: true},
	{file: variantsDir + "/jd.xlsx", format: FormatXLSX, headerLine: 22, firstRow: 23, xlsx: true},
}

func TestSampleTransactionsEveryField(t *testing.T) {
	for _, v := range txVariants {
		t.Run(filepath.Base(v.file), func(t *testing.T) {
			f, err := ReadFile(v.file, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if f.Encoding != v.encoding || f.Format != v.format {
				t.Errorf("encoding, format = %q, %q; want %q, %q", f.Encoding, f.Format, v.encoding, v.format)
			}
			if len(f.Tables) != 1 {
				t.Fatalf("tables = %d, want 1", len(f.Tables))
			}
			tb := f.Tables[0]
			if tb.Kind != KindTransactions || tb.HeaderLine != v.headerLine {
				t.Errorf("kind %v header line %d, want transactions at %d", tb.Kind.Code(), tb.HeaderLine, v.headerLine)
			}
			if len(tb.Transactions) != len(wantTx) || tb.Bad != 0 || tb.Skipped != 0 {
				t.Fatalf("rows %d bad %d skipped %d; want %d, 0, 0; problems: %v", len(tb.Transactions), tb.Bad, tb.Skipped, len(wantTx), f.Problems)
			}
			if got := tb.Preamble; got.Account != "jd_demo_user" || got.Count != 8 || !got.ExportedAt.Equal(cst("2026-11-20 21:10:05")) {
				t.Errorf("preamble = %+v", got)
			}
			for i, got := range tb.Transactions {
				want := wantTx[i]
				if v.damaged {
					want.Order = damagedOrder(want.Order)
					want.MerchantOrd = "110000000000000000000000"
				}
				src := got.Source()
				g := got.Fields()
				if !g.Time.Equal(want.Time) || g.Time.Format(time.RFC3339) != want.Time.Format(time.RFC3339) {
					t.Errorf("row %d time %v, want %v", i, g.Time, want.Time)
				}
				g.Time, want.Time = time.Time{}, time.Time{}
				if g != want {
					t.Errorf("row %d:\n got %+v\nwant %+v", i, g, want)
				}
				if src.File != v.file || len(src.Raw.Cells()) < 10 {
					t.Errorf("row %d source %+v", i, src)
				}
				if v.xlsx {
					if src.Sheet == "" || src.Row != v.firstRow+i {
						t.Errorf("row %d at %s:%d, want row %d", i, src.Sheet, src.Row, v.firstRow+i)
					}
				} else if src.Line != v.firstRow+i {
					t.Errorf("row %d at line %d, want %d", i, src.Line, v.firstRow+i)
				}
			}
			wantWarnings := 0
			if v.damaged {
				wantWarnings = 2 * len(wantTx) // order and merchant order in every row
			}
			if len(f.Problems) != wantWarnings {
				t.Errorf("problems = %d, want %d: %v", len(f.Problems), wantWarnings, f.Problems)
			}
			for _, p := range f.Problems {
				if p.Where.Line == 0 || p.Where.Column == "" || p.Hint.IsZero() {
					t.Errorf("problem without location, column or hint: %+v", p)
				}
			}
		})
	}
}

// damagedOrder is what Excel shows for a 12-digit order number saved as a
// number in a narrow General column.
func damagedOrder(s string) string { return s[:1] + "." + s[1:6] + "E+11" }

var loginVariants = []variant{
	{file: sampleLogins, encoding: EncUTF8, format: FormatCSV, headerLine: 1, firstRow: 2},
	{file: variantsDir + "/logins-gbk.csv", encoding: EncGB18030, format: FormatCSV, headerLine: 1, firstRow: 2},
	{file: variantsDir + "/logins.xlsx", format: FormatXLSX, headerLine: 1, firstRow: 2, xlsx: true},
}

func TestSampleLoginsEveryField(t *testing.T) {
	for _, v := range loginVariants {
		t.Run(filepath.Base(v.file), func(t *testing.T) {
			f, err := ReadFile(v.file, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Problems) != 0 {
				t.Errorf("problems: %v", f.Problems)
			}
			tb := f.Tables[0]
			if tb.Kind != KindLogins || tb.HeaderLine != v.headerLine || len(tb.Logins) != len(wantLogins) {
				t.Fatalf("kind %s header %d rows %d", tb.Kind.Code(), tb.HeaderLine, len(tb.Logins))
			}
			for i, got := range tb.Logins {
				want := wantLogins[i]
				if !got.Time.Equal(want.Time) {
					t.Errorf("row %d time %v want %v", i, got.Time, want.Time)
				}
				src := got.Sources[0]
				g := *got
				g.Sources, g.Time, want.Time = nil, time.Time{}, time.Time{}
				if !reflect.DeepEqual(g, want) {
					t.Errorf("row %d:\n got %+v\nwant %+v", i, g, want)
				}
				if at := src.Line + src.Row; at != v.firstRow+i {
					t.Errorf("row %d at %d, want %d", i, at, v.firstRow+i)
				}
			}
		})
	}
}

// TestVariantsUpToDate regenerates the variants from the samples and
// checks the committed files match (run with -update to rewrite them).
func TestVariantsUpToDate(t *testing.T) {
	gen := generateVariants(t)
	for name, data := range gen {
		path := filepath.Join(variantsDir, name)
		if *update {
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		have, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./evidence/ingest -run Variants -update)", err)
		}
		if !bytes.Equal(have, data) {
			t.Errorf("%s differs from what the generator makes (run with -update)", name)
		}
	}
}

func generateVariants(t *testing.T) map[string][]byte {
	t.Helper()
	tx, err := os.ReadFile(sampleTx)
	if err != nil {
		t.Fatal(err)
	}
	logins, err := os.ReadFile(sampleLogins)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	out["jd-utf8bom.csv"] = append([]byte{0xEF, 0xBB, 0xBF}, tx...)
	out["jd-gbk.csv"] = gbk(t, tx)
	out["logins-gbk.csv"] = gbk(t, logins)

	// "Unicode text" from Excel: UTF-16LE with a BOM, tab-separated, JD's
	// tab padding gone, CRLF line ends.
	lines := strings.Split(strings.TrimRight(string(tx), "\n"), "\n")
	var tsv strings.Builder
	for i, l := range lines {
		if i >= 21 {
			l = strings.ReplaceAll(l, "\t", "")
			l = strings.ReplaceAll(l, ",", "\t")
		}
		tsv.WriteString(l + "\r\n")
	}
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(tsv.String()))
	if err != nil {
		t.Fatal(err)
	}
	out["jd-utf16le.txt"] = u16

	// The other export version's column order.
	order := []int{0, 2, 3, 5, 6, 7, 4, 1, 8, 9, 10}
	var re strings.Builder
	for i, l := range lines {
		if i >= 21 {
			cells := strings.Split(l, ",")
			moved := make([]string, len(order))
			for j, k := range order {
				moved[j] = cells[k]
			}
			l = strings.Join(moved, ",")
		}
		re.WriteString(l + "\n")
	}
	out["jd-reordered.csv"] = []byte(re.String())

	// Opened in Excel and saved as CSV (GBK): padding gone, order numbers
	// turned into numbers.
	var dmg strings.Builder
	for i, l := range lines {
		if i >= 22 {
			cells := strings.Split(strings.ReplaceAll(l, "\t", ""), ",")
			cells[8] = damagedOrder(cells[8])
			cells[9] = "110000000000000000000000"
			l = strings.Join(cells, ",")
		}
		dmg.WriteString(l + "\r\n")
	}
	out["jd-excel-damaged.csv"] = gbk(t, []byte(dmg.String()))

	out["jd.xlsx"] = txWorkbook(t, lines)
	out["logins.xlsx"] = loginWorkbook(t, strings.Split(strings.TrimRight(string(logins), "\n"), "\n"))
	return out
}

func gbk(t *testing.T, b []byte) []byte {
	out, err := simplifiedchinese.GB18030.NewEncoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// txWorkbook is the sample as a spreadsheet: preamble rows, times as real
// Excel dates, plain amounts as numbers, order numbers as text.
func txWorkbook(t *testing.T, lines []string) []byte {
	f := excelize.NewFile()
	sheet := "交易流水"
	f.SetSheetName("Sheet1", sheet)
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 22})
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range lines {
		row := i + 1
		if i < 21 {
			if l != "" {
				f.SetCellStr(sheet, cellName(1, row), l)
			}
			continue
		}
		for j, c := range strings.Split(strings.ReplaceAll(l, "\t", ""), ",") {
			name := cellName(j+1, row)
			switch {
			case i > 21 && j == 0:
				tm, _ := time.ParseInLocation("2006-01-02 15:04:05", c, time.UTC)
				f.SetCellValue(sheet, name, tm)
				f.SetCellStyle(sheet, name, name, dateStyle)
			case i > 21 && j == 5 && !strings.Contains(c, "("):
				var fen int64
				for _, ch := range strings.ReplaceAll(c, ".", "") {
					fen = fen*10 + int64(ch-'0')
				}
				f.SetCellFloat(sheet, name, float64(fen)/100, 2, 64)
			case c != "":
				f.SetCellStr(sheet, name, c)
			}
		}
	}
	return workbookBytes(t, f)
}

func loginWorkbook(t *testing.T, lines []string) []byte {
	f := excelize.NewFile()
	for i, l := range lines {
		for j, c := range strings.Split(l, ",") {
			f.SetCellStr("Sheet1", cellName(j+1, i+1), c)
		}
	}
	return workbookBytes(t, f)
}

func cellName(col, row int) string {
	n, _ := excelize.CoordinatesToCellName(col, row)
	return n
}

func workbookBytes(t *testing.T, f *excelize.File) []byte {
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return buf.Bytes()
}
