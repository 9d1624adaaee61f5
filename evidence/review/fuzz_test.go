package review_test

import (
	"os"
	"testing"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/review"
)

// FuzzReviewRead: any file given as a review sheet either fails with an
// error or yields only transactions of the case, each once.
func FuzzReviewRead(f *testing.F) {
	w := loadF(f)
	data, err := review.Write(w.Transactions, w.Analysis, i18n.ZH, now, w.ReportID())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("PK\x03\x04"))
	if b, err := os.ReadFile("../../testdata/variants/jd.xlsx"); err == nil {
		f.Add(b)
	}
	known := map[*evidence.Transaction]bool{}
	for _, t := range w.Transactions {
		known[t] = true
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		rows, probs, err := review.Read("f.xlsx", b, w.Transactions)
		if err != nil {
			if rows != nil || probs != nil {
				t.Fatal("rows with an error")
			}
			return
		}
		seen := map[*evidence.Transaction]bool{}
		for _, r := range rows {
			if !known[r] || seen[r] {
				t.Fatal("a row that is not one of the case's transactions, or twice")
			}
			seen[r] = true
		}
	})
}
