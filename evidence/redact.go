package evidence

import "strings"

// MaskID masks a resident ID number to its first 6 and last 4 characters
// (the region and the check part stay readable): 110101********1237.
func MaskID(id string) string { return mask(id, 6, 4) }

// MaskPhone masks a phone number to its first 3 and last 4 digits:
// 138****8000.
func MaskPhone(p string) string { return mask(p, 3, 4) }

func mask(s string, head, tail int) string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) <= head+tail {
		return strings.Repeat("*", len(rs))
	}
	return string(rs[:head]) + strings.Repeat("*", len(rs)-head-tail) + string(rs[len(rs)-tail:])
}
