// Package dispute applies a case's dispute selectors to its transactions
// and computes the disputed figures. Every figure a report, letter or
// manifest prints comes from Compute, so they can never disagree.
package dispute

import (
	"sort"
	"strconv"
	"strings"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// Sources of selections that come from outside the case file: the review
// sheet (read back by the review package) and the analysis' suggestions.
type Sources struct {
	// Suggested returns the rows the analysis points at; nil means the
	// analysis is not available.
	Suggested func() []*evidence.Transaction
	// Review returns the rows marked 否 in the review sheet at path (as the
	// case names it), with problems found while reading it.
	Review func(path string) ([]*evidence.Transaction, []evidence.Problem, error)
}

// Result is the outcome of applying the selectors.
type Result struct {
	Disputed []*evidence.Transaction // sorted by time, each once
	// Why maps a disputed row to the indices of the selectors that chose it.
	Why      map[*evidence.Transaction][]int
	Problems []evidence.Problem
}

// Select applies the case's disputes to txs (already merged and sorted).
// The result is the union of what each selector chooses; only purchases
// can be disputed. A selector that chooses nothing is a warning that names
// it, so a typo in an order number is visible.
func Select(c *evidence.Case, txs []*evidence.Transaction, src Sources) (Result, error) {
	res := Result{Why: map[*evidence.Transaction][]int{}}
	chosen := map[*evidence.Transaction]bool{}
	add := func(t *evidence.Transaction, i int) {
		if !chosen[t] {
			chosen[t] = true
			res.Disputed = append(res.Disputed, t)
		}
		res.Why[t] = append(res.Why[t], i)
	}
	for i, s := range c.Disputes {
		path := "disputes[" + strconv.Itoa(i) + "]"
		where := c.At(path)
		warn := func(msg, hint i18n.Message) {
			res.Problems = append(res.Problems, evidence.Problem{Severity: evidence.Warning, Where: where, Msg: msg, Hint: hint})
		}
		var matched, notPurchase []*evidence.Transaction
		switch {
		case strings.TrimSpace(s.Order) != "":
			want := strings.Trim(s.Order, " \t")
			for _, t := range txs {
				if t.Order() == want || (t.MerchantOrd() != "" && t.MerchantOrd() == want) {
					if t.IsPurchase() {
						matched = append(matched, t)
					} else {
						notPurchase = append(notPurchase, t)
					}
				}
			}
			if len(matched) == 0 && len(notPurchase) == 0 {
				warn(i18n.M("dispute.order_none", want), i18n.M("hint.order_none"))
			}
		case !s.From.IsZero() || !s.To.IsZero():
			for _, t := range txs {
				if !s.From.IsZero() && t.Time().Before(s.From.Time) {
					continue
				}
				if !s.To.IsZero() && t.Time().After(s.To.EndOfRange()) {
					continue
				}
				if s.Method != "" && !strings.Contains(t.Method(), s.Method) {
					continue
				}
				if t.IsPurchase() {
					matched = append(matched, t)
				}
			}
			if len(matched) == 0 {
				warn(i18n.M("dispute.range_none", rangeText(s)), i18n.M("hint.range_none"))
			}
		case s.Review != "":
			if src.Review == nil {
				warn(i18n.M("dispute.review_unsupported"), i18n.Message{})
				continue
			}
			rows, probs, err := src.Review(s.Review)
			if err != nil {
				return Result{}, err
			}
			res.Problems = append(res.Problems, probs...)
			for _, t := range rows {
				if t.IsPurchase() {
					matched = append(matched, t)
				} else {
					notPurchase = append(notPurchase, t)
				}
			}
			if len(matched) == 0 && len(notPurchase) == 0 {
				warn(i18n.M("dispute.review_none", s.Review), i18n.M("hint.review_none"))
			}
		case s.Suggested:
			if src.Suggested == nil {
				warn(i18n.M("dispute.suggested_unsupported"), i18n.Message{})
				continue
			}
			for _, t := range src.Suggested() {
				if t.IsPurchase() {
					matched = append(matched, t)
				}
			}
			if len(matched) == 0 {
				warn(i18n.M("dispute.suggested_none"), i18n.Message{})
			}
		}
		for _, t := range notPurchase {
			res.Problems = append(res.Problems, evidence.Problem{Severity: evidence.Warning, Where: where,
				Msg:  i18n.M("dispute.not_purchase", t.Order(), t.Direction(), t.Source().Ref()),
				Hint: i18n.M("hint.not_purchase")})
		}
		for _, t := range matched {
			add(t, i)
		}
	}
	sortByTime(res.Disputed)
	return res, nil
}

func rangeText(s evidence.Selector) string {
	var parts []string
	if !s.From.IsZero() {
		parts = append(parts, s.From.Format("2006-01-02 15:04:05"))
	} else {
		parts = append(parts, "…")
	}
	if !s.To.IsZero() {
		parts = append(parts, s.To.EndOfRange().Format("2006-01-02 15:04:05"))
	} else {
		parts = append(parts, "…")
	}
	t := strings.Join(parts, " — ")
	if s.Method != "" {
		t += " · " + s.Method
	}
	return t
}

// sortByTime orders transactions by time, then order number, then where
// they were read, so every listing is stable.
func sortByTime(txs []*evidence.Transaction) {
	sort.SliceStable(txs, func(i, j int) bool { return Less(txs[i], txs[j]) })
}

// Less is the canonical order of transactions.
func Less(a, b *evidence.Transaction) bool {
	if !a.Time().Equal(b.Time()) {
		return a.Time().Before(b.Time())
	}
	if a.Order() != b.Order() {
		return a.Order() < b.Order()
	}
	sa, sb := a.Source(), b.Source()
	if sa.File != sb.File {
		return sa.File < sb.File
	}
	if sa.Sheet != sb.Sheet {
		return sa.Sheet < sb.Sheet
	}
	if sa.Line != sb.Line {
		return sa.Line < sb.Line
	}
	return sa.Row < sb.Row
}

// Figures are the disputed totals every output prints.
type Figures struct {
	Count        int            `json:"count"`
	Gross        evidence.Money `json:"gross_fen"`
	Refunded     evidence.Money `json:"refunded_fen"`
	Total        evidence.Money `json:"total_fen"` // Σ (gross − refunded)
	BaitiaoCount int            `json:"baitiao_count"`
	Baitiao      evidence.Money `json:"baitiao_total_fen"` // the same over rows paid with 京东白条
}

// Compute sums the disputed rows. It is the one place the disputed total
// is computed.
func Compute(disputed []*evidence.Transaction) Figures {
	var f Figures
	for _, t := range disputed {
		f.Count++
		f.Gross += t.Amount()
		f.Refunded += t.Refunded()
		f.Total += t.Net()
		if t.IsBaitiao() {
			f.BaitiaoCount++
			f.Baitiao += t.Net()
		}
	}
	return f
}
