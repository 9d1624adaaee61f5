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

// Paragraphs turns free text typed in a case file into paragraphs: blank
// lines separate paragraphs, and the line breaks inside one (made to fit
// an editor window) are removed — directly between Chinese characters,
// with a space between Latin words.
func Paragraphs(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			flush()
			continue
		}
		if cur.Len() > 0 {
			prev := cur.String()
			if isLatinEdge(prev[len(prev)-1]) && isLatinEdge(l[0]) {
				cur.WriteByte(' ')
			}
		}
		cur.WriteString(l)
	}
	flush()
	return out
}

func isLatinEdge(b byte) bool {
	return b < 0x80 && b != ' '
}
