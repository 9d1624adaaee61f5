package pdfdoc

import (
	"strings"
	"unicode"
)

// noLineStart are characters that must not begin a line (Chinese
// typesetting rule): they stay at the end of the line before.
const noLineStart = "，。、；：？！）》」』】〕〉”’…,.;:?!)]}%"

// Wrap breaks s into lines no wider than width. A line may break between
// any two Chinese characters and at spaces between Latin words; a Latin
// word longer than a line is broken where it must be. Newlines in s start
// new lines.
func (d *Doc) Wrap(s string, width float64, st Style) []string {
	var lines []string
	for _, para := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		lines = append(lines, d.wrapLine(para, width, st)...)
	}
	return lines
}

func (d *Doc) wrapLine(s string, width float64, st Style) []string {
	if s == "" {
		return []string{""}
	}
	rs := []rune(s)
	widths := make([]float64, len(rs))
	for i, r := range rs {
		if fi := d.faceFor(r); fi >= 0 {
			widths[i] = d.runeWidth(fi, r, st.Size)
		}
	}
	var lines []string
	start := 0
	for start < len(rs) {
		w, end, brk := 0.0, start, -1
		for end < len(rs) && (end == start || w+widths[end] <= width) {
			w += widths[end]
			end++
			if canBreakAfter(rs, end-1) {
				brk = end
			}
		}
		if end < len(rs) && brk > start {
			end = brk // break at the last opportunity; else mid-word
		}
		for end < len(rs) && strings.ContainsRune(noLineStart, rs[end]) {
			end++ // closing punctuation stays with the text before it
		}
		lines = append(lines, strings.TrimRight(string(rs[start:end]), " "))
		start = end
		for start < len(rs) && rs[start] == ' ' {
			start++
		}
	}
	return lines
}

// canBreakAfter reports whether a line may end after rs[i].
func canBreakAfter(rs []rune, i int) bool {
	if i+1 >= len(rs) {
		return true
	}
	a, b := rs[i], rs[i+1]
	switch {
	case a == ' ' || a == '-' || a == '/':
		return true
	case isLatinWordChar(a) && isLatinWordChar(b):
		return false
	case strings.ContainsRune(noLineStart, b):
		return false
	}
	return !isLatinWordChar(a) || !isLatinWordChar(b)
}

// isLatinWordChar is a character that belongs to a word that should not be
// split: letters and digits of alphabetic scripts, and the signs inside
// numbers and codes.
func isLatinWordChar(r rune) bool {
	if r < 0x80 {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".,:_@#¥$%+", r)
	}
	return unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
}

// Paragraph draws wrapped text at the cursor across the content width,
// starting new pages as needed, and moves the cursor below it.
func (d *Doc) Paragraph(s string, st Style) {
	d.ParagraphAt(MarginLeft, ContentW, s, st)
}

// ParagraphAt is Paragraph in a column.
func (d *Doc) ParagraphAt(x, width float64, s string, st Style) {
	lh := LineHeight(st)
	for _, l := range d.Wrap(s, width, st) {
		d.Ensure(lh)
		d.Text(x, d.y, l, st)
		d.y += lh
	}
}

// KeyValues draws aligned "key  value" lines; values wrap.
func (d *Doc) KeyValues(rows [][2]string, keyStyle, valStyle Style) {
	kw := 0.0
	for _, r := range rows {
		kw = max(kw, d.Width(r[0], keyStyle))
	}
	kw += 4
	lh := LineHeight(valStyle)
	for _, r := range rows {
		lines := d.Wrap(r[1], ContentW-kw, valStyle)
		d.Ensure(lh * float64(min(len(lines), 3)))
		d.Text(MarginLeft, d.y, r[0], keyStyle)
		for _, l := range lines {
			d.Ensure(lh)
			d.Text(MarginLeft+kw, d.y, l, valStyle)
			d.y += lh
		}
	}
}
