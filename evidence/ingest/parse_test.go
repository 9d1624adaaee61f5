package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/synth"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in       string
		gross    evidence.Money
		refunded evidence.Money
		full     bool
		errKey   string
	}{
		{in: "8999.00", gross: 899900},
		{in: "8999.00(已退款1000.00)", gross: 899900, refunded: 100000},
		{in: "8999.00（已退款1,000.00）", gross: 899900, refunded: 100000},
		{in: "69.00(已全额退款)", gross: 6900, refunded: 6900, full: true},
		{in: "¥1,234.50", gross: 123450},
		{in: "￥ 1,234,567.8", gross: 123456780},
		{in: "45元", gross: 4500},
		{in: "45 元", gross: 4500},
		{in: "\t199.80\t", gross: 19980},
		{in: ".5", gross: 50},
		{in: "0", gross: 0},
		{in: "-30.00", gross: -3000},
		{in: "¥-30.00", gross: -3000},
		{in: "RMB 12", gross: 1200},
		{in: "", errKey: "amount.empty"},
		{in: "¥", errKey: "amount.no_digits"},
		{in: "1,2,3", errKey: "amount.bad_grouping"},
		{in: "12,34.00", errKey: "amount.bad_grouping"},
		{in: "--5", errKey: "amount.not_number"},
		{in: "1e309", errKey: "amount.not_number"},
		{in: "1.234", errKey: "amount.too_many_decimals"},
		{in: "abc", errKey: "amount.not_number"},
		{in: "8999.00(已退款abc)", errKey: "amount.bad_refund"},
		{in: "8999.00(退款中)", errKey: "amount.unknown_suffix"},
		{in: "10.00(已退款20.00)", errKey: "amount.refund_too_large"},
		{in: "9999999999999.00", errKey: "amount.too_large"},
		{in: "NaN", errKey: "amount.not_number"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := ParseAmount(tt.in)
			if tt.errKey != "" {
				ae, ok := err.(*amountError)
				if !ok || ae.msg.Key != tt.errKey {
					t.Fatalf("ParseAmount(%q) = %+v, %v; want error %s", tt.in, a, err, tt.errKey)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAmount(%q): %v", tt.in, err)
			}
			if a.Gross != tt.gross || a.Refunded != tt.refunded || a.Full != tt.full {
				t.Errorf("ParseAmount(%q) = %+v, want gross %d refunded %d full %v", tt.in, a, tt.gross, tt.refunded, tt.full)
			}
		})
	}
}

func TestParseMoneyLenient(t *testing.T) {
	// A spreadsheet's raw value of 59.9 may be binary noise; it is within a
	// thousandth of a fen, so the exact amount is taken.
	for in, want := range map[string]evidence.Money{"59.899999999999999": 5990, "0.30000000000000004": 30, "1E+3": 100000, "8999": 899900} {
		got, err := parseMoney(in, true)
		if err != nil || got != want {
			t.Errorf("parseMoney(%q, lenient) = %d, %v; want %d", in, got, err, want)
		}
	}
	if _, err := parseMoney("59.895", true); err == nil {
		t.Error("half a fen must not be rounded away")
	}
}

func TestParseExcelSerial(t *testing.T) {
	zone := evidence.ChinaZone()
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"46329.11886574074", "2026-11-03 02:51:10", true},
		{"46329", "2026-11-03 00:00:00", true},
		{"0", "", false},
		{"-1", "", false},
		{"abc", "", false},
		{"1e5", "", false},
		{"2958466", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseExcelSerial(tt.in, false, zone)
		if ok != tt.ok || (ok && got.Format("2006-01-02 15:04:05") != tt.want) {
			t.Errorf("ParseExcelSerial(%q) = %v, %v; want %s, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	got, _ := ParseExcelSerial("44867", true, zone) // 1904 system: four years and a day later
	if got.Format("2006-01-02") != "2026-11-03" {
		t.Errorf("1904 date system: %v", got)
	}
}

func TestReadProblems(t *testing.T) {
	header := "交易时间,交易分类,商户名称,交易说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注\n"
	good := "2026-11-03 02:41:10\t,数码,商户,商品,支出,10.00,京东白条,交易成功,301122334455\t,1\t,\n"
	tests := []struct {
		name    string
		body    string
		rows    int
		skipped int
		bad     int
		keys    []string // message keys of the problems, in order
		lines   []int
	}{
		{name: "bad amount", body: header + good + "2026-11-03 02:41:11,数码,商户,商品,支出,\"1,2,3\",京东白条,交易成功,301122334456,1,\n",
			rows: 1, bad: 1, keys: []string{"row.amount_bad"}, lines: []int{3}},
		{name: "too many fields", body: header + strings.Replace(good, ",\n", ",x,y\n", 1),
			rows: 1, keys: []string{"row.too_many_fields"}, lines: []int{2}},
		{name: "bad time", body: header + "2026-13-03 02:41:10,数码,商户,商品,支出,10.00,京东白条,交易成功,1,1,\n" + good,
			rows: 1, bad: 1, keys: []string{"row.time_bad"}, lines: []int{2}},
		{name: "trailer skipped", body: header + good + "\n合计,,,,,10.00,,,,,\n,,,,,,,,,,\n",
			rows: 1, skipped: 2}, // encoding/csv skips the empty line itself
		{name: "bad row before trailer is reported", body: header + good + "hello,world\n合计,,,,,10.00\n",
			rows: 1, skipped: 1, bad: 1, keys: []string{"row.too_few_fields", "row.time_bad", "row.amount_missing"}, lines: []int{3, 3, 3}},
		{name: "direction unknown", body: header + strings.Replace(good, "支出", "出", 1),
			rows: 1, keys: []string{"row.direction_unknown"}, lines: []int{2}},
		{name: "exponent order", body: header + strings.Replace(good, "301122334455\t", "3.01122E+11", 1),
			rows: 1, keys: []string{"row.order_exponent"}, lines: []int{2}},
		{name: "zeros order", body: header + strings.Replace(good, "1\t,\n", "1100000000000000000000,\n", 1),
			rows: 1, keys: []string{"row.order_zeros"}, lines: []int{2}},
		{name: "refund larger", body: header + strings.Replace(good, "10.00", "10.00(已退款20.00)", 1),
			rows: 0, bad: 1, keys: []string{"row.amount_bad"}, lines: []int{2}},
		{name: "date out of range", body: header + strings.Replace(good, "2026-11-03", "1899-12-30", 1),
			rows: 0, bad: 1, keys: []string{"row.time_range"}, lines: []int{2}},
		{name: "future date", body: header + strings.Replace(good, "2026-11-03", "2027-11-03", 1),
			rows: 1, keys: []string{"row.time_future"}, lines: []int{2}},
		{name: "unterminated quote", body: header + good + "2026-11-03 02:41:11,\"数码,商户\n" + good,
			rows: 1, bad: 1, keys: []string{"row.csv_open_quote"}, lines: []int{3}},
		{name: "stray quote after a closing one", body: header + "\"2026-11-03 02:41:11\"x,数码,商户,商品,支出,10.00,京东白条,交易成功,2,1,\n" + good,
			rows: 1, bad: 1, keys: []string{"row.csv_stray_quote"}, lines: []int{2}},
		{name: "bare quote", body: header + "2026-11-03 02:41:11,数码,商\"户,商品,支出,10.00,京东白条,交易成功,2,1,\n" + good,
			rows: 1, bad: 1, keys: []string{"row.csv_bare_quote"}, lines: []int{2}},
		{name: "NUL byte", body: header + strings.Replace(good, "商品", "商\x00品", 1),
			bad: 1, keys: []string{"row.nul"}, lines: []int{2}},
		{name: "preamble mismatch", body: "导出信息：\n共：3笔记录\n支出：3笔，30.00元\n" + header + good,
			rows: 1, keys: []string{"preamble.count_mismatch", "preamble.summary_mismatch"}, lines: []int{4, 4}},
	}
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, evidence.ChinaZone())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Read(strings.NewReader(tt.body), Options{Name: "t.csv", Now: now})
			if err != nil {
				t.Fatal(err)
			}
			tb := f.Tables[0]
			if len(tb.Transactions) != tt.rows || tb.Skipped != tt.skipped || tb.Bad != tt.bad {
				t.Errorf("rows %d skipped %d bad %d; want %d %d %d", len(tb.Transactions), tb.Skipped, tb.Bad, tt.rows, tt.skipped, tt.bad)
			}
			var keys []string
			var lines []int
			for _, p := range f.Problems {
				keys = append(keys, p.Msg.Key)
				lines = append(lines, p.Where.Line)
				if p.Where.File != "t.csv" || p.Hint.IsZero() {
					t.Errorf("problem without file or hint: %+v", p)
				}
				// Every message renders in both languages without fmt noise.
				for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
					if s := p.Localize(l); strings.Contains(s, "%!") {
						t.Errorf("bad format: %s", s)
					}
				}
			}
			if strings.Join(keys, " ") != strings.Join(tt.keys, " ") || !equalInts(lines, tt.lines) {
				t.Errorf("problems %v at %v; want %v at %v", keys, lines, tt.keys, tt.lines)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestReadFatal(t *testing.T) {
	tests := []struct {
		name string
		body string
		opts Options
		key  string
	}{
		{"empty", "", Options{}, "ingest.empty"},
		{"blank lines only", "\n\n,,,\n", Options{}, "ingest.no_content"},
		{"no header", "日子,钱,单号\n2026-11-03,10,1\n", Options{}, "ingest.no_header"},
		{"wrong list", "登录时间,登录IP,登录设备\n2026-11-03 02:00:00,1.2.3.4,iPhone\n", Options{Kind: KindTransactions}, "ingest.wrong_kind"},
		{"invalid bytes", "交易时间,金额\n\xff\xfe\xfd\x80\x80\n", Options{}, "ingest.bad_encoding"},
		{"mixed encodings", "交易时间,金额,交易说明\n2026-11-03 02:00:00,10.00,椰子水和抽纸\n" + string(mustGBK("2026-11-03 02:00:00,10.00,椰子水和抽纸\n")), Options{}, "ingest.mixed_encoding"},
		{"old xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", Options{}, "ingest.ole2"},
		{"zip not xlsx", zipWith("hello.txt", "hi"), Options{}, "ingest.zip_not_xlsx"},
		{"corrupt zip", "PK\x03\x04garbage", Options{}, "ingest.xlsx_corrupt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Name = "t.csv"
			_, err := Read(strings.NewReader(tt.body), tt.opts)
			e, ok := err.(*evidence.Error)
			if !ok || e.Msg.Key != tt.key {
				t.Fatalf("err = %v, want %s", err, tt.key)
			}
			if e.Where.File != "t.csv" || e.Hint.IsZero() && tt.key != "ingest.zip_not_xlsx" {
				t.Errorf("error without file or hint: %+v", e)
			}
		})
	}
}

func TestNoHeaderMessageListsHeadersAndMapping(t *testing.T) {
	_, err := Read(strings.NewReader("说明：测试\n日子,钱,单号\n2026-11-03,10,1\n"), Options{Name: "exports/odd.csv", Kind: KindTransactions})
	e := err.(*evidence.Error)
	msg := e.Msg.Localize(i18n.ZH)
	hint := e.Hint.Localize(i18n.ZH)
	for _, want := range []string{`"日子"`, `"钱"`, `"单号"`, "交易时间", "金额"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	if !strings.Contains(hint, "exports/odd.csv: {time: 日子, amount: 钱}") {
		t.Errorf("hint %q lacks the mapping example", hint)
	}
	if e.Where.Line != 2 {
		t.Errorf("line %d, want 2 (the line most like a header)", e.Where.Line)
	}
}

func TestManualColumns(t *testing.T) {
	body := "日子,钱,单号,说明\n2026-11-03 02:41:10,10.50,301122334455,椰子水\n"
	f, err := Read(strings.NewReader(body), Options{Name: "odd.csv", Kind: KindTransactions,
		Columns: map[Field]string{FieldTime: "日子", FieldAmount: "钱", FieldOrder: "#3"}})
	if err != nil {
		t.Fatal(err)
	}
	tb := f.Tables[0]
	tx := tb.Transactions[0]
	if tx.Amount() != 1050 || tx.Order() != "301122334455" || tx.Description() != "椰子水" {
		t.Errorf("got %+v", tx)
	}
	if c, _ := tb.Column(FieldAmount); !c.Manual || c.Header != "钱" {
		t.Errorf("amount column %+v", c)
	}
	if c, _ := tb.Column(FieldDescription); c.Manual || c.Synonym != "说明" {
		t.Errorf("description column %+v (should be found by synonym)", c)
	}
}

func TestDuplicateHeaderWarns(t *testing.T) {
	body := "交易时间,金额,金额\n2026-11-03 02:41:10,10.00,20.00\n"
	f, err := Read(strings.NewReader(body), Options{Name: "d.csv"})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Problems) != 1 || f.Problems[0].Msg.Key != "header.duplicate" {
		t.Fatalf("problems %v", f.Problems)
	}
	if f.Tables[0].Transactions[0].Amount() != 1000 {
		t.Error("the first of two same-named columns is used")
	}
}

func TestHeaderKinds(t *testing.T) {
	tests := []struct {
		header string
		kind   Kind
	}{
		{"交易时间,交易分类,商户名称,交易说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注", KindTransactions},
		{"交易时间,商户名称,交易说明,金额,收/付款方式,交易状态,收/支,交易分类,交易订单号", KindTransactions},
		{"Time,Merchant,Description,Amount,Payment Method,Status,Order ID", KindTransactions},
		{"登录时间,登录IP,IP属地,登录设备,登录方式,登录结果", KindLogins},
		{"Login Time,IP Address,Location,Device,Result", KindLogins},
		{"交易时间,账单日,商品名称,订单号,金额,分期数,每期应还,状态", KindBills},
		{"账单月,订单号,期数,本金,服务费,违约金,应还金额,已还金额,状态", KindBills},
		{"时间,金额,状态", KindTransactions},
	}
	idx := newSynonymIndex()
	for _, tt := range tests {
		m, ok := idx.detectHeader(strings.Split(tt.header, ","), KindUnknown, nil)
		if !ok || m.kind != tt.kind {
			t.Errorf("%s: kind %v ok %v, want %v", tt.header, m.kind.Code(), ok, tt.kind.Code())
		}
	}
	for _, notHeader := range []string{"2026-11-03 02:41:10,数码,京东平台商户", "导出信息：", "特别提示：,1.本明细", "时间"} {
		if m, ok := idx.detectHeader(strings.Split(notHeader, ","), KindUnknown, nil); ok {
			t.Errorf("%q taken as a %s header", notHeader, m.kind.Code())
		}
	}
}

func mustGBK(s string) []byte {
	b, err := gbkEncode(s)
	if err != nil {
		panic(err)
	}
	return b
}

// TestLargeFileKeepsOrder reads a file of several batches with bad rows in
// between: rows stay in file order, each bad row is reported once at its
// line, and every row is accounted for.
func TestLargeFileKeepsOrder(t *testing.T) {
	var buf strings.Builder
	opts := synth.Options{Rows: 5000, Seed: 7}
	txs := synth.Transactions(opts)
	if err := synth.WriteCSV(&buf, txs, opts); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	// Break every 997th data row's amount; the header is line 16.
	var broken []int
	for i := 16; i < len(lines)-1; i++ {
		if (i-16)%997 == 500 {
			cells := strings.Split(lines[i], ",")
			cells[5] = "not-money"
			lines[i] = strings.Join(cells, ",")
			broken = append(broken, i+1)
		}
	}
	f, err := Read(strings.NewReader(strings.Join(lines, "")), Options{Name: "big.csv"})
	if err != nil {
		t.Fatal(err)
	}
	tb := f.Tables[0]
	if tb.HeaderLine != 16 || len(tb.Transactions) != 5000-len(broken) || tb.Bad != len(broken) {
		t.Fatalf("header %d rows %d bad %d (broken %d)", tb.HeaderLine, len(tb.Transactions), tb.Bad, len(broken))
	}
	prev := 0
	for _, tx := range tb.Transactions {
		if tx.Source().Line <= prev {
			t.Fatalf("row at line %d after line %d", tx.Source().Line, prev)
		}
		prev = tx.Source().Line
	}
	var got []int
	for _, p := range f.Problems {
		if p.Msg.Key == "row.amount_bad" {
			got = append(got, p.Where.Line)
		}
	}
	if !equalInts(got, broken) {
		t.Errorf("problems at %v, want %v", got, broken)
	}
}

// A quote error in the middle of a file costs its own row only, and its
// message counts characters, as an editor does, not bytes.
func TestQuoteErrorsKeepReading(t *testing.T) {
	header := "交易时间,交易分类,商户名称,交易说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注\n"
	row := func(i int, merchant string) string {
		return fmt.Sprintf("2026-11-03 02:41:%02d,数码,%s,商品,支出,10.00,京东白条,交易成功,30112233%04d,1,\n", i, merchant, i)
	}
	body := header + row(1, "商户") + row(2, "商\"户") + row(3, "商户") + "2026-11-03 02:41:04,数码,\"商户\"x,商品,支出,10.00,京东白条,交易成功,301122330004,1,\n" + row(5, "商户")
	f, err := Read(strings.NewReader(body), Options{Name: "t.csv"})
	if err != nil {
		t.Fatal(err)
	}
	tb := f.Tables[0]
	if len(tb.Transactions) != 3 || tb.Bad != 2 {
		t.Fatalf("%d rows, %d bad; want 3 and 2", len(tb.Transactions), tb.Bad)
	}
	var got []string
	for _, p := range f.Problems {
		got = append(got, fmt.Sprintf("%d %s", p.Where.Line, p.Msg.Localize(i18n.EN)))
	}
	want := []string{
		"3 a stray quote at character 25; the row was not read",
		"5 at character 27: a closing quote is followed by other text (a delimiter or the end of the line was expected); the row was not read",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A file of several pieces, with rows of every shape a cell can take
// between well-formed ones: every row read has every field right, its
// line, and its cells as read, and the unreadable rows are left out.
func TestPiecesKeepEveryField(t *testing.T) {
	opts := synth.Options{Rows: 12000, Seed: 11}
	txs := synth.Transactions(opts)
	dirs := map[string]evidence.Direction{"支出": evidence.DirExpense, "收入": evidence.DirIncome, "不计收支": evidence.DirNeutral}
	var b strings.Builder
	b.WriteString("交易时间,交易分类,商户名称,交易说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注\n")
	line := 2 // the line the next row starts on
	type want struct {
		fields evidence.TxFields
		line   int
		desc   string // the 交易说明 cell as read
	}
	var wants []want
	for i, tx := range txs {
		w := want{fields: evidence.TxFields{Time: tx.Time, Category: tx.Category, Merchant: tx.Merchant, Description: tx.Description,
			Direction: dirs[tx.Direction], Amount: tx.Amount, Refunded: tx.Refunded, Method: tx.Method, Status: tx.Status,
			Order: tx.Order, MerchantOrd: tx.MerchantOrd}}
		desc, amount, order, note, end := tx.Description, tx.AmountCell(), tx.Order+"\t", "", "\n"
		read := true
		switch i % 500 {
		case 3: // escaped quotes: the cell is a copy
			w.fields.Description += ` "特惠"`
			desc = `"` + strings.ReplaceAll(w.fields.Description, `"`, `""`) + `"`
		case 5: // quoted, with a delimiter inside
			w.fields.Description += ", 加急"
			desc = `"` + w.fields.Description + `"`
		case 7:
			amount, read = "not-money", false
		case 9:
			b.WriteString("\n")
			line++
		case 11: // damaged by Excel: read with a warning
			order, w.fields.Order = "3.01122E+11", "3.01122E+11"
		case 13:
			end = "\r\n"
		case 17: // a note over two lines
			note, w.fields.Note = "\"第一行\n第二行\"", "第一行\n第二行"
		case 19: // a "\r\n" inside quotes is read as "\n": a copy
			note, w.fields.Note = "\"a\r\nb\"", "a\nb"
		}
		if w.desc = w.fields.Description; read {
			w.line = line
			wants = append(wants, w)
		}
		fmt.Fprintf(&b, "%s\t,%s,%s,%s,%s,%s,%s,%s,%s,%s\t,%s%s", tx.Time.Format("2006-01-02 15:04:05"), tx.Category, tx.Merchant, desc,
			tx.Direction, amount, tx.Method, tx.Status, order, tx.MerchantOrd, note, end)
		line += 1 + strings.Count(note, "\n")
	}
	// Totals and notes at the end are skipped, not reported; a broken row
	// before them is reported.
	b.WriteString("2026-11-03 02:41:10,数码,京东,手机,支出,x,京东白条,交易成功,1,2,\n合计,,,,,1000.00,,,,,\n以上数据仅供参考\n")
	if b.Len() < 3*chunkTarget {
		t.Fatalf("the text is %d bytes: too few pieces", b.Len())
	}
	f, err := Read(strings.NewReader(b.String()), Options{Name: "t.csv"})
	if err != nil {
		t.Fatal(err)
	}
	tb := f.Tables[0]
	if len(tb.Transactions) != len(wants) {
		t.Fatalf("%d rows read, want %d", len(tb.Transactions), len(wants))
	}
	for i, tx := range tb.Transactions {
		w := wants[i]
		got := tx.Fields()
		if !got.Time.Equal(w.fields.Time) {
			t.Fatalf("row %d: time %v, want %v", i, got.Time, w.fields.Time)
		}
		got.Time = w.fields.Time
		if got != w.fields {
			t.Fatalf("row %d:\n got %+v\nwant %+v", i, got, w.fields)
		}
		src := tx.Source()
		if cells := src.Raw.Cells(); src.File != "t.csv" || src.Line != w.line || len(cells) != 11 || cells[3] != w.desc {
			t.Fatalf("row %d: source %s:%d cells %q; want line %d, 交易说明 %q", i, src.File, src.Line, cells, w.line, w.desc)
		}
	}
	bad, warned := 0, 0
	for _, p := range f.Problems {
		switch p.Msg.Key {
		case "row.amount_bad":
			bad++
		case "row.order_exponent":
			warned++
		default:
			t.Errorf("unexpected problem %v", p)
		}
	}
	if n := len(txs) / 500; bad != n+1 || warned != n || tb.Bad != n+1 {
		t.Errorf("%d unreadable (%d in the table), %d warned; want %d, %d, %d", bad, tb.Bad, warned, n+1, n+1, n)
	}
	if tb.Skipped != 2 || tb.DataRows != len(txs)+3 {
		t.Errorf("%d skipped of %d data rows; want 2 of %d", tb.Skipped, tb.DataRows, len(txs)+3)
	}
}

func TestLooksLikeTrailer(t *testing.T) {
	tests := []struct {
		cells []string
		want  bool
	}{
		{[]string{"合计", "", "1000.00"}, true},
		{[]string{"", " 以上数据仅供参考"}, true},
		{[]string{"Total\t", "3"}, true},
		{[]string{"2026-11-03 02:41:10", "数码"}, false},
		{nil, false}, // nothing to judge by: reported, not skipped
	}
	for _, tt := range tests {
		if got := looksLikeTrailer(tt.cells); got != tt.want {
			t.Errorf("looksLikeTrailer(%q) = %v, want %v", tt.cells, got, tt.want)
		}
	}
}
