package review_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/review"
)

const sheet = "核对表"

var now = time.Date(2026, 11, 25, 10, 0, 0, 0, evidence.ChinaZone())

func load(t *testing.T) *casework.Work { return loadF(t) }

func loadF(t testing.TB) *casework.Work {
	w, err := casework.Load("../../testdata/sample/case.yaml", casework.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// edit opens a written sheet, lets fn change it, and saves it.
func edit(t *testing.T, data []byte, fn func(f *excelize.File)) []byte {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	fn(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	w := load(t)
	data, err := review.Write(w.Transactions, w.Analysis, i18n.ZH, now, w.ReportID())
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows(sheet)
	if len(rows) != 9 || rows[0][9] != "是否本人" {
		t.Fatalf("rows %q", rows)
	}
	// The suggested rows carry their reasons; the others none.
	suggested := 0
	for _, r := range rows[1:] {
		if len(r) > 10 && r[10] != "" {
			suggested++
		}
	}
	if suggested != 3 {
		t.Errorf("%d rows with reasons, want 3", suggested)
	}
	dvs, _ := f.GetDataValidations(sheet)
	if len(dvs) != 1 || !strings.Contains(dvs[0].Formula1, "否") {
		t.Errorf("no 是/否/不确定 drop-down: %+v", dvs)
	}
	if panes, _ := f.GetPanes(sheet); !panes.Freeze {
		t.Error("header not frozen")
	}
	f.Close()

	// Mark two rows 否, one 是, and read back.
	var orders []string
	filled := edit(t, data, func(f *excelize.File) {
		rows, _ := f.GetRows(sheet)
		for i, r := range rows[1:] {
			switch r[5] {
			case "301122334455", "301122334456":
				f.SetCellStr(sheet, "J"+strconv.Itoa(i+2), review.AnswerNotMe)
				orders = append(orders, r[5])
			case "301122334458":
				f.SetCellStr(sheet, "J"+strconv.Itoa(i+2), review.AnswerMe)
			}
		}
	})
	got, probs, err := review.Read("review.xlsx", filled, w.Transactions)
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 0 || len(got) != 2 {
		t.Fatalf("got %d rows, problems %v", len(got), probs)
	}
	for _, tx := range got {
		if tx.Order() != "301122334455" && tx.Order() != "301122334456" {
			t.Errorf("read back %s", tx.Order())
		}
	}
}

func TestEditedAndDeletedRows(t *testing.T) {
	w := load(t)
	data, _ := review.Write(w.Transactions, w.Analysis, i18n.ZH, now, w.ReportID())
	changed := edit(t, data, func(f *excelize.File) {
		f.SetCellStr(sheet, "J2", review.AnswerNotMe)
		f.SetCellFloat(sheet, "H2", 1.00, 2, 64) // the amount was edited
		f.SetCellStr(sheet, "J3", "也许")          // not an answer
		f.RemoveRow(sheet, 9)                    // a row deleted
	})
	got, probs, err := review.Read("review.xlsx", changed, w.Transactions)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, p := range probs {
		keys = append(keys, p.Msg.Key)
	}
	if len(got) != 0 || strings.Join(keys, ",") != "review.edited_row,review.bad_answer,review.deleted_rows" {
		t.Errorf("got %d rows; problems %v", len(got), keys)
	}
	if probs[0].Where.Row != 2 || probs[1].Where.Row != 3 {
		t.Errorf("problem rows %d %d", probs[0].Where.Row, probs[1].Where.Row)
	}
}

func TestNotAReviewSheet(t *testing.T) {
	w := load(t)
	f := excelize.NewFile()
	var buf bytes.Buffer
	f.Write(&buf)
	if _, _, err := review.Read("x.xlsx", buf.Bytes(), w.Transactions); err == nil {
		t.Error("a workbook without the review sheet must be refused")
	}
	if _, _, err := review.Read("x.xlsx", []byte("not a zip"), w.Transactions); err == nil {
		t.Error("a broken file must be refused")
	}
}
