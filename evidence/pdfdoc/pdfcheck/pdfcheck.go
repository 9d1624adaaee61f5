// Package pdfcheck reads back the PDFs this tool writes: it validates them
// with pdfcpu and extracts their text (gofpdf writes text as UTF-16 strings
// in Tj operators), so tests can assert what a page says without poppler
// being installed.
package pdfcheck

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf16"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

func config() *model.Configuration {
	// pdfcpu would otherwise create a configuration folder in the home
	// directory.
	api.DisableConfigDir()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	return conf
}

// Validate checks the PDF strictly.
func Validate(pdf []byte) error {
	return api.Validate(bytes.NewReader(pdf), config())
}

// Text returns the text of every page, pages separated by form feeds and
// text operators by newlines.
func Text(pdf []byte) (string, error) {
	var pages []string
	err := api.ExtractContent(bytes.NewReader(pdf), nil, func(r io.Reader, page int) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		pages = append(pages, pageText(b))
		return nil
	}, config())
	return strings.Join(pages, "\f"), err
}

// pageText joins the strings shown on a page: pieces drawn at the same
// height (runs of one line in different fonts) are joined directly, others
// start a new line.
func pageText(content []byte) string {
	var b strings.Builder
	lastY := ""
	for _, s := range tjStrings(content) {
		if b.Len() > 0 && s.y != lastY {
			b.WriteByte('\n')
		}
		b.WriteString(s.text)
		lastY = s.y
	}
	return b.String()
}

type shown struct {
	y    string // the y operand of the Td before the string
	text string
}

// tjStrings returns the decoded string operands in a content stream, with
// the y of the text position they were drawn at.
func tjStrings(content []byte) []shown {
	var out []shown
	for i := 0; i < len(content); i++ {
		if content[i] != '(' {
			continue
		}
		var raw []byte
		depth := 1
		j := i + 1
		for ; j < len(content) && depth > 0; j++ {
			c := content[j]
			switch c {
			case '\\':
				j++
				if j >= len(content) {
					break
				}
				switch e := content[j]; e {
				case 'n':
					raw = append(raw, '\n')
				case 'r':
					raw = append(raw, '\r')
				case 't':
					raw = append(raw, '\t')
				case 'b':
					raw = append(raw, '\b')
				case 'f':
					raw = append(raw, '\f')
				default:
					if e >= '0' && e <= '7' {
						v := 0
						k := 0
						for ; k < 3 && j < len(content) && content[j] >= '0' && content[j] <= '7'; k++ {
							v = v*8 + int(content[j]-'0')
							j++
						}
						j--
						raw = append(raw, byte(v))
					} else {
						raw = append(raw, e)
					}
				}
				continue
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					continue
				}
			}
			raw = append(raw, c)
		}
		y := ""
		if f := strings.Fields(string(content[max(0, i-40):i])); len(f) >= 3 && f[len(f)-1] == "Td" {
			y = f[len(f)-2]
		}
		i = j - 1
		out = append(out, shown{y: y, text: decodeUTF16(raw)})
	}
	return out
}

func decodeUTF16(b []byte) string {
	if len(b)%2 != 0 {
		return string(b)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}
