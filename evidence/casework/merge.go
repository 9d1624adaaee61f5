package casework

import (
	"sort"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/dispute"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ingest"
)

// merge gathers the rows of every input. A transaction that appears in two
// exports (same order number, time, amount and direction) is one purchase:
// it is kept once, with both provenances, so it is never counted twice.
// Within one file the same row twice is merged too, with a warning, since
// a repeated line in an export would otherwise double a disputed total.
func (w *Work) merge() {
	// Sized up front: a map grown row by row to a million entries leaves
	// every smaller table it outgrew behind as garbage.
	nTx, nLogin := 0, 0
	for _, in := range w.Inputs {
		for _, t := range in.File.Tables {
			nTx += len(t.Transactions)
			nLogin += len(t.Logins)
		}
	}
	w.Transactions = make([]*evidence.Transaction, 0, nTx)
	w.Logins = make([]*evidence.LoginEvent, 0, nLogin)
	byKey := make(map[evidence.TxKey]*evidence.Transaction, nTx)
	loginByKey := make(map[evidence.LoginKey]*evidence.LoginEvent, nLogin)
	for _, in := range w.Inputs {
		for _, t := range in.File.Tables {
			for _, tx := range t.Transactions {
				if tx.Order() == "" {
					w.Transactions = append(w.Transactions, tx)
					continue
				}
				k := tx.Key()
				prev, dup := byKey[k]
				if !dup {
					byKey[k] = tx
					w.Transactions = append(w.Transactions, tx)
					continue
				}
				if prev.Source().File == tx.Source().File {
					w.Problems = append(w.Problems, evidence.Problem{Severity: evidence.Warning, Where: tx.Source().Location(),
						Msg: i18n.M("merge.repeated_row", prev.Source().Ref()), Hint: i18n.M("hint.repeated_row")})
				}
				prev.AddSources(tx.Sources()...)
			}
			for _, l := range t.Logins {
				k := l.Key()
				if prev, dup := loginByKey[k]; dup && prev.Sources[0].File != l.Sources[0].File {
					prev.Sources = append(prev.Sources, l.Sources...)
					continue
				}
				loginByKey[k] = l
				w.Logins = append(w.Logins, l)
			}
			w.Bills = append(w.Bills, t.Bills...)
		}
	}
	sort.SliceStable(w.Transactions, func(i, j int) bool { return dispute.Less(w.Transactions[i], w.Transactions[j]) })
	sort.SliceStable(w.Logins, func(i, j int) bool {
		a, b := w.Logins[i], w.Logins[j]
		if !a.Time.Equal(b.Time) {
			return a.Time.Before(b.Time)
		}
		return sourceLess(a.Sources[0], b.Sources[0])
	})
	sort.SliceStable(w.Bills, func(i, j int) bool {
		a, b := w.Bills[i], w.Bills[j]
		if !a.BillDate.Equal(b.BillDate) {
			return a.BillDate.Before(b.BillDate)
		}
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		if a.Installment != b.Installment {
			return a.Installment < b.Installment
		}
		return sourceLess(a.Sources[0], b.Sources[0])
	})
}

func sourceLess(a, b evidence.Source) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Sheet != b.Sheet {
		return a.Sheet < b.Sheet
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Row < b.Row
}

// InputsOf returns the inputs of one role.
func (w *Work) InputsOf(role ingest.Kind) []Input {
	var out []Input
	for _, in := range w.Inputs {
		if in.Role == role {
			out = append(out, in)
		}
	}
	return out
}
