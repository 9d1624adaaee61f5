package ingest

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// maxAmount bounds a single amount (one hundred billion yuan): anything
// larger in a consumer's export is a broken cell, not a purchase, and the
// bound keeps every sum far from int64 overflow.
const maxAmount = evidence.Money(100_000_000_000 * 100)

// Amount is a parsed 金额 cell: the gross amount and what JD says was
// refunded of it.
type Amount struct {
	Gross    evidence.Money
	Refunded evidence.Money
	Full     bool // "(已全额退款)"
}

// amountError says why a cell is not an amount. It is turned into a Problem
// with the cell's location by the caller.
type amountError struct{ msg i18n.Message }

func (e *amountError) Error() string { return e.msg.String() }

func badAmount(key string, args ...any) error { return &amountError{msg: i18n.M(key, args...)} }

// ParseAmount reads a JD amount cell: "8999.00", "¥1,234.50", "45元",
// "8999.00(已退款1000.00)", "69.00(已全额退款)". Tab and space padding is
// ignored. The result is exact, in fen; anything that is not one of these
// forms is an error, never a guess.
func ParseAmount(s string) (Amount, error) {
	s = trimCell(s)
	if s == "" {
		return Amount{}, badAmount("amount.empty")
	}
	main, suffix := splitRefund(s)
	gross, err := parseMoney(main, false)
	if err != nil {
		return Amount{}, err
	}
	a := Amount{Gross: gross}
	if suffix == "" {
		return a, nil
	}
	inner := strings.TrimSpace(suffix)
	switch {
	case inner == "已全额退款" || inner == "全额退款":
		a.Refunded, a.Full = gross, true
	case strings.HasPrefix(inner, "已退款"):
		r, err := parseMoney(strings.TrimPrefix(inner, "已退款"), false)
		if err != nil {
			return Amount{}, badAmount("amount.bad_refund", suffix)
		}
		a.Refunded = r
	default:
		return Amount{}, badAmount("amount.unknown_suffix", suffix)
	}
	if a.Refunded < 0 || (gross >= 0 && a.Refunded > gross) || (gross < 0 && a.Refunded != 0 && !a.Full) {
		return Amount{}, badAmount("amount.refund_too_large", a.Refunded.String(), gross.String())
	}
	return a, nil
}

// splitRefund splits "8999.00(已退款1000.00)" into the amount and the text in
// the trailing parentheses (half- or full-width). A cell without a trailing
// parenthesis has no suffix.
func splitRefund(s string) (main, suffix string) {
	var open, close string
	switch {
	case strings.HasSuffix(s, ")"):
		open, close = "(", ")"
	case strings.HasSuffix(s, "）"):
		open, close = "（", "）"
	default:
		return s, ""
	}
	i := strings.LastIndex(s, open)
	if i < 0 {
		return s, ""
	}
	return strings.TrimSpace(s[:i]), s[i+len(open) : len(s)-len(close)]
}

// parseMoney reads a decimal amount with an optional sign, currency mark
// (¥ ￥ RMB CNY) or trailing 元, and thousands separators in the right
// places. At most two decimals: JD never prints more, and a third digit
// would be a fraction of a fen. lenient accepts a spreadsheet's binary
// float noise ("59.899999999999999") when it is within a thousandth of a
// fen of an exact amount.
func parseMoney(s string, lenient bool) (evidence.Money, error) {
	if m, ok := plainMoney(s); ok {
		return m, nil
	}
	orig := s
	s = strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−") {
		neg = true
		s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−")
	} else {
		s = strings.TrimPrefix(s, "+")
	}
	for _, p := range []string{"¥", "￥", "RMB", "CNY", "rmb", "cny"} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimSpace(s)
	for _, p := range []string{"元", "RMB", "CNY"} {
		s = strings.TrimSuffix(s, p)
	}
	s = strings.TrimSpace(s)
	if !neg && (strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−")) {
		// "¥-5.00": the sign after the currency mark.
		neg = true
		s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−")
	}
	if s == "" {
		return 0, badAmount("amount.no_digits", orig)
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	if strings.Contains(whole, ",") {
		if !validGrouping(whole) {
			return 0, badAmount("amount.bad_grouping", orig)
		}
		whole = strings.ReplaceAll(whole, ",", "")
	}
	if whole == "" && hasDot {
		whole = "0"
	}
	if !allDigits(whole) || (hasDot && !allDigits(frac)) {
		if lenient {
			return parseRat(orig, s, neg)
		}
		return 0, badAmount("amount.not_number", orig)
	}
	if len(frac) > 2 {
		if lenient {
			return parseRat(orig, s, neg)
		}
		return 0, badAmount("amount.too_many_decimals", orig)
	}
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > 12 {
		return 0, badAmount("amount.too_large", orig)
	}
	var fen int64
	for _, c := range whole {
		fen = fen*10 + int64(c-'0')
	}
	fen *= 100
	switch len(frac) {
	case 1:
		fen += int64(frac[0]-'0') * 10
	case 2:
		fen += int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	}
	m := evidence.Money(fen)
	if m > maxAmount {
		return 0, badAmount("amount.too_large", orig)
	}
	if neg {
		m = -m
	}
	return m, nil
}

// plainMoney is the fast path for the common cell: digits, and a dot with
// one or two decimals ("8999.00").
func plainMoney(s string) (evidence.Money, bool) {
	var fen int64
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		fen = fen*10 + int64(s[i]-'0')
		if i >= 12 {
			return 0, false
		}
	}
	if i == 0 {
		return 0, false
	}
	fen *= 100
	switch len(s) - i {
	case 0:
	case 2:
		if s[i] != '.' || s[i+1] < '0' || s[i+1] > '9' {
			return 0, false
		}
		fen += int64(s[i+1]-'0') * 10
	case 3:
		if s[i] != '.' || s[i+1] < '0' || s[i+1] > '9' || s[i+2] < '0' || s[i+2] > '9' {
			return 0, false
		}
		fen += int64(s[i+1]-'0')*10 + int64(s[i+2]-'0')
	default:
		return 0, false
	}
	if evidence.Money(fen) > maxAmount {
		return 0, false // the slow path says why
	}
	return evidence.Money(fen), true
}

// parseRat reads a spreadsheet's raw number exactly (as a rational, never a
// float) and accepts it when it is within a thousandth of a fen of an exact
// amount.
func parseRat(orig, s string, neg bool) (evidence.Money, error) {
	if len(s) > 40 || strings.ContainsAny(s, "/,") {
		return 0, badAmount("amount.not_number", orig)
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return 0, badAmount("amount.not_number", orig)
	}
	if r.Sign() < 0 || r.Cmp(new(big.Rat).SetInt64(int64(maxAmount/100))) > 0 {
		return 0, badAmount("amount.too_large", orig)
	}
	r.Mul(r, big.NewRat(100, 1))
	// Round half away from zero to the nearest fen, then check the distance.
	n := new(big.Int).Quo(r.Num(), r.Denom())
	rest := new(big.Rat).Sub(r, new(big.Rat).SetInt(n))
	if rest.Cmp(big.NewRat(1, 2)) >= 0 {
		n.Add(n, big.NewInt(1))
		rest.Sub(rest, big.NewRat(1, 1))
	}
	if rest.Abs(rest).Cmp(big.NewRat(1, 1000)) > 0 {
		return 0, badAmount("amount.too_many_decimals", orig)
	}
	m := evidence.Money(n.Int64())
	if neg {
		m = -m
	}
	return m, nil
}

// validGrouping checks "1,234,567": one to three digits, then groups of
// exactly three. "1,2,3" is not an amount.
func validGrouping(s string) bool {
	groups := strings.Split(s, ",")
	if len(groups[0]) < 1 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// trimCell removes the padding JD and spreadsheets add around values: the
// tab JD appends so Excel keeps long numbers as text, spaces (including
// full-width and no-break spaces), and a leading apostrophe Excel uses to
// force text.
func trimCell(s string) string {
	// Most cells need nothing or only JD's tab: keep that path cheap.
	if n := len(s); n > 0 && s[n-1] == '\t' {
		s = s[:n-1]
	}
	if len(s) == 0 {
		return s
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if first != '\'' && !isPadding(first) && !isPadding(last) {
		return s
	}
	s = strings.TrimFunc(s, isPadding)
	if strings.HasPrefix(s, "'") && len(s) > 1 && allDigits(s[1:]) {
		s = s[1:]
	}
	return s
}

func isPadding(r rune) bool {
	if r < 0x80 {
		return r <= ' '
	}
	if r > '\u3000' {
		// Chinese text: no Unicode space is above the ideographic one.
		return r == '\ufeff'
	}
	return unicode.IsSpace(r) || r == '\u200b'
}

// ParseSpreadsheetNumber reads an amount from a spreadsheet cell's raw value
// exactly, accepting the binary float noise of a number cell
// ("59.899999999999999") when it is within a thousandth of a fen.
func ParseSpreadsheetNumber(s string) (evidence.Money, error) {
	return parseMoney(trimCell(s), true)
}
