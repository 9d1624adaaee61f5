// Package reconcile sets the debt as JD's own bills show it beside the
// disputed purchases: each bill line linked to its purchase (by order
// number, or — weaker — by amount and date when the number is missing or
// damaged), and per disputed order the principal, service fees, late
// penalties, what the holder has already paid and what is still claimed.
// Every figure is in fen and traceable to bill lines; installments that do
// not add up to the purchase are shown as a difference, never forced.
package reconcile

import (
	"sort"
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
)

// Sums are the amounts of a set of bill lines.
type Sums struct {
	Principal   evidence.Money `json:"principal_fen"`
	Fee         evidence.Money `json:"fee_fen"`
	Penalty     evidence.Money `json:"penalty_fen"`
	Due         evidence.Money `json:"due_fen"`         // what the bill lines ask for in all
	Paid        evidence.Money `json:"paid_fen"`        // already paid (the holder asks it back)
	Outstanding evidence.Money `json:"outstanding_fen"` // due − paid: what JD still claims
}

func (s *Sums) add(b *evidence.BillLine) {
	s.Principal += b.Principal
	s.Fee += b.Fee
	s.Penalty += b.Penalty
	due := b.Due
	if b.Has&evidence.HasDue == 0 {
		due = b.Principal + b.Fee + b.Penalty
	}
	s.Due += due
	s.Paid += b.Paid
	if out := due - b.Paid; out > 0 {
		s.Outstanding += out
	}
}

// Order is the bill of one disputed purchase.
type Order struct {
	Tx           *evidence.Transaction
	Lines        []*evidence.BillLine // by installment
	Weak         bool                 // linked by amount and date, not by order number
	Sums         Sums
	Installments int            // the plan's number of installments, when shown
	Difference   evidence.Money // principal billed − the purchase's net amount (rounding, fee schedules)
	Overdue      int            // lines marked overdue
}

// Link is a bill line tied to a transaction.
type Link struct {
	Line *evidence.BillLine
	Tx   *evidence.Transaction
	Weak bool
}

// Result is the reconciliation of a case.
type Result struct {
	HasBills bool
	Orders   []Order                 // disputed purchases with bill lines, in disputed order
	NoBills  []*evidence.Transaction // disputed purchases with no bill line
	Unlinked []*evidence.BillLine    // bill lines that match no transaction
	Weak     []Link                  // lines linked by amount and date only
	Total    Sums                    // over the disputed orders
}

// Reconcile links bills to txs and sums the bills of the disputed ones.
func Reconcile(bills []*evidence.BillLine, txs, disputed []*evidence.Transaction) Result {
	res := Result{HasBills: len(bills) > 0}
	if !res.HasBills {
		return res
	}
	byOrder := map[string][]*evidence.Transaction{}
	for _, t := range txs {
		if t.Order() != "" {
			byOrder[t.Order()] = append(byOrder[t.Order()], t)
		}
		if t.MerchantOrd() != "" {
			byOrder[t.MerchantOrd()] = append(byOrder[t.MerchantOrd()], t)
		}
	}
	linesOf := map[*evidence.Transaction][]*evidence.BillLine{}
	weak := map[*evidence.Transaction]bool{}
	for _, b := range bills {
		var tx *evidence.Transaction
		isWeak := false
		if cands := purchases(byOrder[strings.TrimSpace(b.Order)]); len(cands) >= 1 && usableOrder(b.Order) {
			tx = cands[0]
		} else if t := byAmountAndDate(b, txs); t != nil {
			tx, isWeak = t, true
		}
		if tx == nil {
			res.Unlinked = append(res.Unlinked, b)
			continue
		}
		linesOf[tx] = append(linesOf[tx], b)
		if isWeak {
			weak[tx] = true
			res.Weak = append(res.Weak, Link{Line: b, Tx: tx, Weak: true})
		}
	}
	for _, t := range disputed {
		lines := linesOf[t]
		if len(lines) == 0 {
			res.NoBills = append(res.NoBills, t)
			continue
		}
		sort.SliceStable(lines, func(i, j int) bool { return lines[i].Installment < lines[j].Installment })
		o := Order{Tx: t, Lines: lines, Weak: weak[t]}
		for _, b := range lines {
			o.Sums.add(b)
			o.Installments = max(o.Installments, b.Installments)
			if b.Status == evidence.BillOverdue {
				o.Overdue++
			}
		}
		o.Difference = o.Sums.Principal - t.Net()
		res.Orders = append(res.Orders, o)
		for _, b := range lines {
			res.Total.add(b)
		}
	}
	return res
}

// purchases keeps the purchases among transactions with one order number
// (a refund row shares the order number of its purchase).
func purchases(ts []*evidence.Transaction) []*evidence.Transaction {
	var out []*evidence.Transaction
	for _, t := range ts {
		if t.IsPurchase() {
			out = append(out, t)
		}
	}
	return out
}

// usableOrder rejects order numbers Excel has damaged (scientific
// notation): they cannot identify a purchase.
func usableOrder(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && !strings.ContainsAny(s, "Ee+.")
}

// byAmountAndDate links a bill line without a usable order number to the
// one purchase of the same amount on the same day (China time); none or
// several is no link.
func byAmountAndDate(b *evidence.BillLine, txs []*evidence.Transaction) *evidence.Transaction {
	amount := b.Purchase
	if b.Has&evidence.HasPurchase == 0 {
		if b.Installments > 1 {
			return nil
		}
		amount = b.Principal
	}
	day := func(t time.Time) string { return t.In(evidence.ChinaZone()).Format("2006-01-02") }
	var found *evidence.Transaction
	for _, t := range txs {
		if !t.IsPurchase() || (t.Amount() != amount && t.Net() != amount) {
			continue
		}
		if !b.Time.IsZero() && day(b.Time) != day(t.Time()) {
			continue
		}
		if found != nil {
			return nil // ambiguous
		}
		found = t
	}
	return found
}
