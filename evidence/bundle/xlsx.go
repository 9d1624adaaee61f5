package bundle

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/zipsort"
)

// sheetTexts are the XLSX's sheet names and column headers.
type sheetTexts struct {
	disputed, all, logins string
	txCols                []string
	loginCols             []string
	total                 string
	yes                   string
}

func xlsxTexts(lang i18n.Lang) sheetTexts {
	if lang == i18n.EN {
		return sheetTexts{
			disputed: "disputed", all: "all transactions", logins: "logins",
			txCols:    []string{"time", "direction", "merchant", "description", "order no.", "merchant order no.", "paid with", "status", "amount", "refunded", "disputed amount", "disputed", "source"},
			loginCols: []string{"time", "IP", "place", "device", "method", "result", "source"},
			total:     "total", yes: "yes",
		}
	}
	return sheetTexts{
		disputed: "争议交易", all: "全部交易", logins: "登录记录",
		txCols:    []string{"交易时间", "收/支", "商户名称", "交易说明", "交易订单号", "商家订单号", "收/付款方式", "交易状态", "金额", "已退款", "争议金额", "是否争议", "来源"},
		loginCols: []string{"登录时间", "登录IP", "登录地点", "登录设备", "登录方式", "登录结果", "来源"},
		total:     "合计", yes: "是",
	}
}

// disputedXLSX writes disputed.xlsx: the disputed rows with their sources
// and a totals row, all transactions, and the logins. Text cells are
// written as text, never as formulas (a cell "=1+1" from an export stays
// the text "=1+1"); money is a number in yuan with a ¥ format; order
// numbers are text, so Excel cannot round them.
func disputedXLSX(out io.Writer, w *casework.Work, lang i18n.Lang, now time.Time, mask func(string) string) error {
	tx := xlsxTexts(lang)
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "baitiao-evidence", Created: now.UTC().Format(time.RFC3339),
		Modified: now.UTC().Format(time.RFC3339), Title: w.ReportID()}); err != nil {
		return err
	}
	header, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8E8E8"}}})
	if err != nil {
		return err
	}
	yuan := "¥#,##0.00"
	money, err := f.NewStyle(&excelize.Style{CustomNumFmt: &yuan})
	if err != nil {
		return err
	}
	totalMoney, err := f.NewStyle(&excelize.Style{CustomNumFmt: &yuan, Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	disputed := map[*evidence.Transaction]bool{}
	for _, t := range w.Disputes.Disputed {
		disputed[t] = true
	}
	widths := []float64{20, 8, 18, 36, 16, 26, 12, 10, 12, 10, 12, 8, 22}
	txRow := func(t *evidence.Transaction) []any {
		var refs []string
		for _, s := range t.Sources() {
			refs = append(refs, s.Ref())
		}
		dis := ""
		if disputed[t] {
			dis = tx.yes
		}
		at := t.Time()
		when := at.Format("2006-01-02 15:04:05")
		if _, off := at.Zone(); off != 8*3600 {
			when = at.Format("2006-01-02 15:04:05 -07:00")
		}
		return []any{
			text(when), text(t.Direction().Localize(lang)), text(mask(t.Merchant())), text(mask(t.Description())), text(t.Order()), text(t.MerchantOrd()),
			text(t.Method()), text(t.Status()), excelize.Cell{StyleID: money, Value: yuanOf(t.Amount())},
			excelize.Cell{StyleID: money, Value: yuanOf(t.Refunded())}, excelize.Cell{StyleID: money, Value: yuanOf(t.Net())},
			text(dis), text(strings.Join(refs, " ")),
		}
	}
	// Rows are made as they are written: a table of a million
	// transactions is never held as cells all at once.
	writeSheet := func(name string, cols []string, widths []float64, n int, row func(i int) []any, totals []any) error {
		idx, err := f.NewSheet(name)
		if err != nil {
			return err
		}
		if idx == 1 {
			f.SetActiveSheet(idx)
		}
		// The filter goes on the sheet before the stream writer takes it
		// over: the writer carries it into the file.
		last, _ := excelize.CoordinatesToCellName(len(cols), max(n+1, 2))
		if err := f.AutoFilter(name, "A1:"+last, nil); err != nil {
			return err
		}
		if err := printWide(f, name); err != nil {
			return err
		}
		sw, err := f.NewStreamWriter(name)
		if err != nil {
			return err
		}
		for i, wd := range widths {
			if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
				return err
			}
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		head := make([]any, len(cols))
		for i, c := range cols {
			head[i] = excelize.Cell{StyleID: header, Value: c}
		}
		if err := sw.SetRow("A1", head); err != nil {
			return err
		}
		for i := range n {
			cell, _ := excelize.CoordinatesToCellName(1, i+2)
			if err := sw.SetRow(cell, row(i)); err != nil {
				return err
			}
		}
		if totals != nil {
			cell, _ := excelize.CoordinatesToCellName(1, n+2)
			if err := sw.SetRow(cell, totals); err != nil {
				return err
			}
		}
		return sw.Flush()
	}
	fg := w.Figures
	totals := []any{excelize.Cell{StyleID: bold, Value: tx.total + " " + strconv.Itoa(fg.Count)}, nil, nil, nil, nil, nil, nil, nil,
		excelize.Cell{StyleID: totalMoney, Value: yuanOf(fg.Gross)}, excelize.Cell{StyleID: totalMoney, Value: yuanOf(fg.Refunded)},
		excelize.Cell{StyleID: totalMoney, Value: yuanOf(fg.Total)}}
	disputedRows := w.Disputes.Disputed
	if err := writeSheet(tx.disputed, tx.txCols, widths, len(disputedRows), func(i int) []any { return txRow(disputedRows[i]) }, totals); err != nil {
		return err
	}
	if err := writeSheet(tx.all, tx.txCols, widths, len(w.Transactions), func(i int) []any { return txRow(w.Transactions[i]) }, nil); err != nil {
		return err
	}
	if len(w.Logins) > 0 {
		loginRow := func(i int) []any {
			l := w.Logins[i]
			var refs []string
			for _, s := range l.Sources {
				refs = append(refs, s.Ref())
			}
			return []any{text(l.Time.Format("2006-01-02 15:04:05")), text(l.IP), text(mask(l.Place)), text(mask(l.Device)),
				text(l.Method), text(l.Status), text(strings.Join(refs, " "))}
		}
		if err := writeSheet(tx.logins, tx.loginCols, []float64{20, 16, 16, 20, 14, 8, 22}, len(w.Logins), loginRow, nil); err != nil {
			return err
		}
	}
	if err := f.DeleteSheet("Sheet1"); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return err
	}
	sorted, err := zipsort.Sorted(buf.Bytes())
	if err != nil {
		return err
	}
	_, err = out.Write(sorted)
	return err
}

// text makes a cell that is always text, whatever it starts with.
func text(s string) excelize.Cell { return excelize.Cell{Value: s} }

// yuanOf is the amount as a number of yuan for a spreadsheet cell. The
// float is only the cell's storage: every figure of the bundle is computed
// in fen, and two decimals print back exactly.
func yuanOf(m evidence.Money) float64 { return float64(m) / 100 }

// printWide sets a sheet to print landscape on A4, all columns on one page
// width, so a printed table can be handed over as it is.
func printWide(f *excelize.File, sheet string) error {
	landscape, a4, one, anyHeight := "landscape", 9, 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, Size: &a4, FitToWidth: &one, FitToHeight: &anyHeight}); err != nil {
		return err
	}
	fit := true
	return f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
}
