// Package utf8cut trims a UTF-8 sequence cut off at the end of a buffer:
// the first bytes of a file, read to sniff what it is, may end inside a
// character.
package utf8cut

import "unicode/utf8"

// TrimPartial drops an incomplete UTF-8 sequence at the end of b.
func TrimPartial(b []byte) []byte {
	for i := 1; i <= 3 && i <= len(b); i++ {
		if utf8.RuneStart(b[len(b)-i]) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return b[:len(b)-i]
			}
			break
		}
	}
	return b
}
