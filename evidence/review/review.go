// Package review writes the review sheet — every transaction with a "是否
// 本人" column to fill in Excel or WPS — and reads it back: rows marked 否
// (not me) are disputed. Rows are matched back by order number, time and
// amount; a row that no longer matches (edited) or a transaction missing
// from the sheet (deleted) is reported, never trusted.
package review

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/analyze"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ingest"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/zipsort"
)

// The answers of the 是否本人 column, in both languages.
const (
	AnswerMe       = "是"
	AnswerNotMe    = "否"
	AnswerUnsure   = "不确定"
	sheetZH        = "核对表"
	sheetEN        = "review"
	instructionsZH = "说明"
	instructionsEN = "how to"
)

// columns of the sheet; the key columns (time, order, amount) are how a row
// is matched back.
type columns struct {
	no, time, direction, merchant, description, order, method, amount, refunded, answer, reasons, source string
}

func columnsOf(lang i18n.Lang) columns {
	if lang == i18n.EN {
		return columns{"no.", "time", "direction", "merchant", "description", "order no.", "paid with", "amount", "refunded",
			"是否本人 (me?)", "why it is suggested", "source"}
	}
	return columns{"序号", "交易时间", "收/支", "商户名称", "交易说明", "交易订单号", "收/付款方式", "金额", "已退款",
		"是否本人", "可疑原因（分析建议）", "来源"}
}

func (c columns) list() []string {
	return []string{c.no, c.time, c.direction, c.merchant, c.description, c.order, c.method, c.amount, c.refunded, c.answer, c.reasons, c.source}
}

// Write makes the review sheet of txs: every transaction, the suggested
// ones highlighted with the reason, a 是/否/不确定 drop-down in 是否本人.
func Write(txs []*evidence.Transaction, an *analyze.Result, lang i18n.Lang, now time.Time, reportID string) ([]byte, error) {
	cols := columnsOf(lang)
	f := excelize.NewFile()
	defer f.Close()
	sheet, howto := sheetZH, instructionsZH
	if lang == i18n.EN {
		sheet, howto = sheetEN, instructionsEN
	}
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "baitiao-evidence", Title: reportID,
		Created: now.UTC().Format(time.RFC3339), Modified: now.UTC().Format(time.RFC3339)}); err != nil {
		return nil, err
	}
	head, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	yuan := "¥#,##0.00"
	money, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &yuan})
	hiMoney, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &yuan, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FDE4E4"}}})
	hi, _ := f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FDE4E4"}}})
	answer, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}},
		Alignment: &excelize.Alignment{Horizontal: "center"}})
	// Validation and the filter go on the sheet before the stream writer
	// takes it over: the writer carries them into the file.
	last := len(txs) + 1
	if last > 1 {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = "J2:J" + strconv.Itoa(last)
		if err := dv.SetDropList([]string{AnswerMe, AnswerNotMe, AnswerUnsure}); err != nil {
			return nil, err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "是否本人", "请选择 是、否 或 不确定")
		if err := f.AddDataValidation(sheet, dv); err != nil {
			return nil, err
		}
	}
	if err := f.AutoFilter(sheet, "A1:L"+strconv.Itoa(max(last, 2)), nil); err != nil {
		return nil, err
	}
	landscape, a4, one, anyHeight := "landscape", 9, 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, Size: &a4, FitToWidth: &one, FitToHeight: &anyHeight}); err != nil {
		return nil, err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	widths := []float64{6, 20, 8, 18, 40, 16, 14, 12, 10, 10, 50, 20}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 0, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	header := make([]any, 0, 12)
	for _, c := range cols.list() {
		header = append(header, excelize.Cell{StyleID: head, Value: c})
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 30}); err != nil {
		return nil, err
	}
	for i, t := range txs {
		var reasons []string
		for _, code := range an.Reasons[t] {
			reasons = append(reasons, i18n.M("ind_title."+code).Localize(lang))
		}
		st, mst := 0, money
		if len(reasons) > 0 {
			st, mst = hi, hiMoney
		}
		var refs []string
		for _, s := range t.Sources() {
			refs = append(refs, s.Ref())
		}
		row := []any{
			excelize.Cell{StyleID: st, Value: i + 1},
			excelize.Cell{StyleID: st, Value: timeText(t)},
			excelize.Cell{StyleID: st, Value: t.Direction().Localize(lang)},
			excelize.Cell{StyleID: st, Value: t.Merchant()},
			excelize.Cell{StyleID: st, Value: t.Description()},
			excelize.Cell{StyleID: st, Value: t.Order()},
			excelize.Cell{StyleID: st, Value: t.Method()},
			excelize.Cell{StyleID: mst, Value: float64(t.Amount()) / 100},
			excelize.Cell{StyleID: mst, Value: float64(t.Refunded()) / 100},
			excelize.Cell{StyleID: answer, Value: ""},
			excelize.Cell{StyleID: st, Value: strings.Join(reasons, "；")},
			excelize.Cell{StyleID: st, Value: strings.Join(refs, " ")},
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return nil, err
		}
	}
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(howto); err != nil {
		return nil, err
	}
	for i, line := range instructions(lang, reportID) {
		f.SetCellStr(howto, "A"+strconv.Itoa(i+1), line)
	}
	f.SetColWidth(howto, "A", "A", 110)
	f.SetActiveSheet(0)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	return zipsort.Sorted(buf.Bytes())
}

func timeText(t *evidence.Transaction) string {
	at := t.Time()
	if _, off := at.Zone(); off != 8*3600 {
		return at.Format("2006-01-02 15:04:05 -07:00")
	}
	return at.Format("2006-01-02 15:04:05")
}

func instructions(lang i18n.Lang, id string) []string {
	if lang == i18n.EN {
		return []string{
			"How to fill in this review sheet",
			"1. On the sheet \"review\", choose in the column 是否本人 for each transaction: 是 (it was me), 否 (not me) or 不确定 (not sure).",
			"2. Rows in red are the ones the analysis points at; the column next to it says why. Decide for every row yourself.",
			"3. Do not change the time, order number or amount: rows are matched back by them. Do not delete rows.",
			"4. Save (keep .xlsx) and add to case.yaml:  disputes:  - review: review.xlsx",
			"5. Check with: baitiao-evidence inspect --case case.yaml",
			"Made from evidence " + id,
		}
	}
	return []string{
		"核对表填写说明",
		"1. 在“核对表”中，逐笔在“是否本人”一列选择：是（本人交易）、否（不是本人）或 不确定。",
		"2. 标红的是分析认为可疑的交易，旁边一列写明原因；是否本人请自己逐笔判断。",
		"3. 不要改动交易时间、订单号和金额：读回时靠它们对应到原始记录。不要删除行。",
		"4. 保存（保持 .xlsx 格式），并在 case.yaml 中写：  disputes:  - review: review.xlsx",
		"5. 用 baitiao-evidence inspect --case case.yaml 检查读到的结果。",
		"生成自证据 " + id,
	}
}

// Row is a row of a filled-in sheet that was read back.
type Row struct {
	Line   int // spreadsheet row
	Answer string
	Tx     *evidence.Transaction // nil when the row matches no transaction
}

// Read reads a filled-in review sheet (data are the .xlsx bytes, name is
// how messages call it) against txs: it returns the transactions marked
// 否, and problems for rows that were edited, answers it does not know,
// and transactions missing from the sheet.
func Read(name string, data []byte, txs []*evidence.Transaction) ([]*evidence.Transaction, []evidence.Problem, error) {
	where := evidence.Location{File: name}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true, UnzipSizeLimit: 256 << 20, UnzipXMLSizeLimit: 256 << 20})
	if err != nil {
		return nil, nil, evidence.Errorf(where, i18n.M("review.unreadable", err.Error()), i18n.M("hint.review"))
	}
	defer f.Close()
	sheet := ""
	for _, s := range f.GetSheetList() {
		if s == sheetZH || s == sheetEN {
			sheet = s
		}
	}
	if sheet == "" {
		return nil, nil, evidence.Errorf(where, i18n.M("review.no_sheet"), i18n.M("hint.review"))
	}
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, nil, evidence.Errorf(where, i18n.M("review.unreadable", err.Error()), i18n.M("hint.review"))
	}
	if len(rows) == 0 {
		return nil, nil, evidence.Errorf(where, i18n.M("review.no_sheet"), i18n.M("hint.review"))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.TrimSpace(h)] = i
	}
	var zh, en = columnsOf(i18n.ZH), columnsOf(i18n.EN)
	pick := func(a, b string) int {
		if i, ok := col[a]; ok {
			return i
		}
		if i, ok := col[b]; ok {
			return i
		}
		return -1
	}
	cTime, cOrder, cAmount, cAnswer := pick(zh.time, en.time), pick(zh.order, en.order), pick(zh.amount, en.amount), pick(zh.answer, en.answer)
	if cTime < 0 || cOrder < 0 || cAmount < 0 || cAnswer < 0 {
		return nil, nil, evidence.Errorf(where, i18n.M("review.columns_changed"), i18n.M("hint.review"))
	}
	byKey := map[evidence.TxKey][]*evidence.Transaction{}
	for _, t := range txs {
		k := reviewKey(t.Order(), t.Time(), t.Amount())
		byKey[k] = append(byKey[k], t)
	}
	seen := map[*evidence.Transaction]bool{}
	var out []*evidence.Transaction
	var probs []evidence.Problem
	warn := func(row int, msg i18n.Message) {
		probs = append(probs, evidence.Problem{Severity: evidence.Warning, Where: evidence.Location{File: name, Sheet: sheet, Row: row},
			Msg: msg, Hint: i18n.M("hint.review")})
	}
	cell := func(r []string, i int) string {
		if i < len(r) {
			return strings.TrimSpace(r[i])
		}
		return ""
	}
	for i, r := range rows[1:] {
		rowNo := i + 2
		if allEmpty(r) {
			continue
		}
		ans := cell(r, cAnswer)
		switch ans {
		case "", AnswerMe, AnswerNotMe, AnswerUnsure:
		default:
			warn(rowNo, i18n.M("review.bad_answer", ans))
			continue
		}
		tm, ok := parseTime(cell(r, cTime))
		amount, err := ingest.ParseSpreadsheetNumber(cell(r, cAmount))
		var t *evidence.Transaction
		if ok && err == nil {
			if cands := byKey[reviewKey(cell(r, cOrder), tm, amount)]; len(cands) > 0 {
				for _, c := range cands {
					if !seen[c] {
						t = c
						break
					}
				}
			}
		}
		if t == nil {
			warn(rowNo, i18n.M("review.edited_row", cell(r, cTime), cell(r, cOrder), cell(r, cAmount)))
			continue
		}
		seen[t] = true
		if ans == AnswerNotMe {
			out = append(out, t)
		}
	}
	missing := 0
	var first []string
	for _, t := range txs {
		if !seen[t] {
			missing++
			if len(first) < 5 {
				first = append(first, t.Source().Ref())
			}
		}
	}
	if missing > 0 {
		probs = append(probs, evidence.Problem{Severity: evidence.Warning, Where: where,
			Msg: i18n.M("review.deleted_rows", missing, strings.Join(first, ", ")), Hint: i18n.M("hint.review_regenerate")})
	}
	return out, probs, nil
}

func allEmpty(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// reviewKey is a transaction's identity in the sheet: order, second, amount.
func reviewKey(order string, t time.Time, amount evidence.Money) evidence.TxKey {
	return evidence.TxKey{Order: strings.TrimSpace(order), Unix: t.Unix(), Amount: amount}
}

// parseTime reads the time column as written (text), or as a date serial
// if a spreadsheet program turned it into one.
func parseTime(s string) (time.Time, bool) {
	if t, _, ok := evidence.ParseTime(s, evidence.ChinaZone()); ok {
		return t, true
	}
	return ingest.ParseExcelSerial(s, false, evidence.ChinaZone())
}
