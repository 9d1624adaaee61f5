package ingest

import (
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/utf8cut"
)

// Encoding is the text encoding of an input file, detected from its bytes.
type Encoding string

// The encodings JD exports come in: UTF-8 as exported (with or without a
// byte-order mark), GBK/GB18030 once re-saved by Excel or WPS on Chinese
// Windows, UTF-16 when saved as "Unicode text".
const (
	EncUTF8    Encoding = "UTF-8"
	EncUTF8BOM Encoding = "UTF-8 (BOM)"
	EncGB18030 Encoding = "GBK/GB18030"
	EncUTF16LE Encoding = "UTF-16LE"
	EncUTF16BE Encoding = "UTF-16BE"
)

// sniffLen is how much of a file the encoding is decided on. Later bytes
// that do not fit the decision are reported per line.
const sniffLen = 64 << 10

// sniffResult is the outcome of looking at the head of a text file.
type sniffResult struct {
	enc      Encoding
	bomLen   int
	mixedAt  [2]int // for mixed files: a UTF-8 line and a GBK line (1-based)
	badLine  int    // first line that fits no encoding
	badBytes []byte // the offending bytes, for the message
}

// sniffEncoding decides the encoding from the head of a file. atEOF says
// whether head is the whole file (otherwise its last rune may be cut).
func sniffEncoding(head []byte, atEOF bool) sniffResult {
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		return sniffResult{enc: EncUTF8BOM, bomLen: 3}
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return sniffResult{enc: EncUTF16LE, bomLen: 2}
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return sniffResult{enc: EncUTF16BE, bomLen: 2}
	}
	if enc, ok := sniffUTF16(head); ok {
		return sniffResult{enc: enc}
	}
	body := head
	if !atEOF {
		body = utf8cut.TrimPartial(body)
	}
	if utf8.Valid(body) {
		return sniffResult{enc: EncUTF8}
	}
	// Not UTF-8 as a whole. Look line by line: a file whose lines are each
	// UTF-8 or each GBK was pasted together from two sources.
	var firstUTF8, firstGBK, firstBad int
	var badBytes []byte
	lineNo := 0
	for rest := body; len(rest) > 0; {
		lineNo++
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		switch {
		case utf8.Valid(line):
			if firstUTF8 == 0 && multibyteRunes(line) >= 3 && !looksGB2312(line) {
				firstUTF8 = lineNo
			}
		case validGB18030(line):
			if firstGBK == 0 {
				firstGBK = lineNo
			}
		default:
			if firstBad == 0 {
				firstBad = lineNo
				badBytes = firstInvalid(line)
			}
		}
	}
	switch {
	case firstBad != 0:
		return sniffResult{badLine: firstBad, badBytes: badBytes}
	case firstUTF8 != 0 && firstGBK != 0:
		return sniffResult{mixedAt: [2]int{firstUTF8, firstGBK}}
	}
	return sniffResult{enc: EncGB18030}
}

// sniffUTF16 recognises UTF-16 without a byte-order mark by its zero bytes:
// the ASCII digits, commas and line breaks of a CSV have a zero high byte.
func sniffUTF16(head []byte) (Encoding, bool) {
	n := len(head)
	if n > 4096 {
		n = 4096
	}
	if n < 8 {
		return "", false
	}
	var zeroEven, zeroOdd int
	for i := 0; i+1 < n; i += 2 {
		if head[i] == 0 {
			zeroEven++
		}
		if head[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 > pairs*3 && zeroEven*20 < pairs:
		return EncUTF16LE, true
	case zeroEven*10 > pairs*3 && zeroOdd*20 < pairs:
		return EncUTF16BE, true
	}
	return "", false
}

func multibyteRunes(b []byte) int {
	n := 0
	for _, c := range b {
		if c >= 0xC0 {
			n++
		}
	}
	return n
}

// looksGB2312 reports whether every non-ASCII byte of b pairs up as a
// GB2312 character (both bytes A1–FE). Genuine UTF-8 Chinese almost always
// has continuation bytes below A1; a GBK line that happens to be valid UTF-8
// usually does not, so this keeps such a line from being taken for UTF-8.
func looksGB2312(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		if i+1 >= len(b) || b[i] < 0xA1 || b[i] > 0xFE || b[i+1] < 0xA1 || b[i+1] > 0xFE {
			return false
		}
		i += 2
	}
	return true
}

// firstInvalid returns a few bytes from the first place b is neither UTF-8
// nor GB18030, for the error message.
func firstInvalid(b []byte) []byte {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			end := i + 4
			if end > len(b) {
				end = len(b)
			}
			return b[i:end]
		}
		i += size
	}
	return nil
}

// validGB18030 checks the byte structure of GB18030 (of which GBK is a
// part): ASCII, two-byte pairs 81–FE + 40–7E/80–FE, and four-byte sequences
// 81–FE 30–39 81–FE 30–39.
func validGB18030(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			i++
		case c == 0x80 || c == 0xFF:
			return false
		case i+1 < len(b) && (b[i+1] >= 0x40 && b[i+1] <= 0x7E || b[i+1] >= 0x80 && b[i+1] <= 0xFE):
			i += 2
		case i+3 < len(b) && b[i+1] >= 0x30 && b[i+1] <= 0x39 && b[i+2] >= 0x81 && b[i+2] <= 0xFE && b[i+3] >= 0x30 && b[i+3] <= 0x39:
			i += 4
		default:
			return false
		}
	}
	return true
}

// decoder returns a reader of UTF-8 text for r in enc. The byte-order mark,
// if any, must already have been consumed.
func decoder(r io.Reader, enc Encoding) io.Reader {
	var e encoding.Encoding
	switch enc {
	case EncGB18030:
		e = simplifiedchinese.GB18030
	case EncUTF16LE:
		e = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case EncUTF16BE:
		e = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	default:
		return r
	}
	return transform.NewReader(r, e.NewDecoder())
}
