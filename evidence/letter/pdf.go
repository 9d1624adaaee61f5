package letter

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
)

// PDFOptions are what a letter's PDF needs beyond its text.
type PDFOptions struct {
	Options
	Main      *fonts.Face
	Fallbacks func() []*fonts.Face
	Title     string // for the page header and the document properties
	// FooterTime and FooterPage are the footer's phrases: the generation
	// time, and "page {{.Page}} of {{.Pages}}" with %d for the numbers.
	FooterTime string
	FooterPage func(page, pages int) string
}

var (
	lTitle   = pdfdoc.Style{Size: 17, Bold: true}
	lHeading = pdfdoc.Style{Size: 11.5, Bold: true}
	lBody    = pdfdoc.Style{Size: 10.5}
	lQuote   = pdfdoc.Style{Size: 10.5, Color: pdfdoc.RGB{R: 60, G: 60, B: 60}}
	lSmall   = pdfdoc.Style{Size: 8, Color: pdfdoc.Gray}
)

var numbered = regexp.MustCompile(`^(\d{1,2})\. `)

// PDF lays out a letter's markup.
func PDF(markup string, o PDFOptions) ([]byte, int, error) {
	opts := pdfdoc.Options{
		Main: o.Main, Fallbacks: o.Fallbacks, Created: o.Now, Title: o.Title, Subject: o.ReportID, Keywords: o.ReportID,
		Header: func(d *pdfdoc.Doc, page int) {
			d.SetContext("header")
			d.Text(pdfdoc.MarginLeft, 9, o.Title, lSmall)
			if o.ReportID != "" {
				d.Text(pdfdoc.PageW-pdfdoc.MarginRight-d.Width(o.ReportID, lSmall), 9, o.ReportID, lSmall)
			}
			d.Line(pdfdoc.MarginLeft, 14, pdfdoc.PageW-pdfdoc.MarginRight, 14, 0.2, pdfdoc.Gray)
		},
		Footer: func(d *pdfdoc.Doc, page int) {
			d.SetContext("footer")
			y := pdfdoc.PageH - 12
			d.Text(pdfdoc.MarginLeft, y, o.FooterTime, lSmall)
			p := o.FooterPage(page, d.Pages())
			d.Text(pdfdoc.PageW-pdfdoc.MarginRight-d.Width(p, lSmall), y, p, lSmall)
		},
	}
	return pdfdoc.Render(opts, func(d *pdfdoc.Doc, _ int) error {
		d.AddPage()
		d.Space(4)
		lh := pdfdoc.LineHeight(lBody)
		for i, line := range strings.Split(markup, "\n") {
			d.SetContext("line " + strconv.Itoa(i+1))
			switch {
			case strings.HasPrefix(line, "# "):
				t := strings.TrimPrefix(line, "# ")
				d.Text((pdfdoc.PageW-d.Width(t, lTitle))/2, d.Y(), t, lTitle)
				d.Space(pdfdoc.LineHeight(lTitle) + 4)
			case strings.HasPrefix(line, "## "):
				d.Ensure(3 * lh)
				d.Space(1.5)
				d.Text(pdfdoc.MarginLeft, d.Y(), strings.TrimPrefix(line, "## "), lHeading)
				d.Space(pdfdoc.LineHeight(lHeading) + 1)
			case strings.HasPrefix(line, "=> "):
				t := strings.TrimPrefix(line, "=> ")
				d.Ensure(lh * 1.6)
				d.Space(lh * 0.6)
				d.Text(pdfdoc.PageW-pdfdoc.MarginRight-d.Width(t, lBody), d.Y(), t, lBody)
				d.Space(lh)
			case strings.HasPrefix(line, "> ") || line == ">":
				top := d.Y()
				d.ParagraphAt(pdfdoc.MarginLeft+6, pdfdoc.ContentW-6, strings.TrimPrefix(line, "> "), lQuote)
				if d.Y() > top {
					d.Line(pdfdoc.MarginLeft+2, top, pdfdoc.MarginLeft+2, d.Y(), 0.8, pdfdoc.LightGray)
				}
			case strings.HasPrefix(line, "- "):
				d.Ensure(lh)
				d.Text(pdfdoc.MarginLeft+1.5, d.Y(), "•", lBody)
				d.ParagraphAt(pdfdoc.MarginLeft+5, pdfdoc.ContentW-5, strings.TrimPrefix(line, "- "), lBody)
			case numbered.MatchString(line):
				m := numbered.FindStringSubmatch(line)
				d.Ensure(lh)
				d.Text(pdfdoc.MarginLeft+1, d.Y(), m[1]+".", lBody)
				d.ParagraphAt(pdfdoc.MarginLeft+6, pdfdoc.ContentW-6, line[len(m[0]):], lBody)
			case line == "":
				d.Space(lh * 0.5)
			default:
				d.Paragraph(line, lBody)
			}
		}
		return nil
	})
}
