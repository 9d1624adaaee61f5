// Package pdfdoc lays out Chinese documents with gofpdf: text in runs, each
// run in the first font that has its characters (the Chinese font, then a
// built-in Latin font for fonts without digits, then further fallbacks);
// wrapping that breaks between Chinese characters and between Latin words;
// tables that repeat their header on every page; a header and footer on
// every page. A character no font can draw is never printed as an empty
// box: the document refuses to finish and says which characters, and
// where, are missing.
package pdfdoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
)

// Page geometry (millimetres): A4 portrait.
const (
	PageW        = 210.0
	PageH        = 297.0
	MarginLeft   = 15.0
	MarginRight  = 15.0
	MarginTop    = 20.0
	MarginBottom = 18.0
	ContentW     = PageW - MarginLeft - MarginRight
)

// ptToMM converts a font size in points to millimetres.
const ptToMM = 25.4 / 72

// Options describe a document.
type Options struct {
	Main      *fonts.Face          // the Chinese font
	Fallbacks func() []*fonts.Face // more fonts for characters the main and Latin fonts lack; called at most once, when needed
	Created   time.Time            // creation and modification date (pinned for reproducible files)
	Title     string
	Subject   string
	Author    string
	Keywords  string
	// Header and Footer draw the page decorations; page is 1-based and
	// PageCountAlias stands for the total number of pages.
	Header func(d *Doc, page int)
	Footer func(d *Doc, page int)
	// OnPage is told of each page begun, with the document's page count
	// (0 during the first pass of Render, when it is not known yet).
	OnPage func(page, pages int)
}

// PageCountAlias is replaced by the number of pages when the file is
// written.
const PageCountAlias = "{nb}"

// Style is how a piece of text looks.
type Style struct {
	Size  float64 // points
	Bold  bool
	Color RGB
}

// RGB is a colour.
type RGB struct{ R, G, B int }

// Colours used across documents.
var (
	Black     = RGB{0, 0, 0}
	White     = RGB{255, 255, 255}
	Gray      = RGB{100, 100, 100}
	LightGray = RGB{235, 235, 235}
	Red       = RGB{180, 20, 20}
	LightRed  = RGB{253, 228, 228}
	Blue      = RGB{30, 70, 150}
)

// face is a font registered with gofpdf.
type face struct {
	family string
	f      *fonts.Face
	widths map[rune]float64 // advance at 1 pt, in mm
}

// Doc is a document being laid out.
type Doc struct {
	pdf       *gofpdf.Fpdf
	opts      Options
	faces     []*face // main, Latin, then fallbacks as they are loaded
	fallbacks bool    // fallbacks loaded
	y         float64 // the cursor: top of the next line
	ctx       string  // where text comes from, for the missing-glyph report
	missing   map[rune]map[string]bool
	page      int
	total     int // pages of the document, once known
}

// New starts a document.
func New(opts Options) (*Doc, error) {
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(opts.Created)
	pdf.SetModificationDate(opts.Created)
	pdf.SetCompression(true)
	pdf.SetAutoPageBreak(false, MarginBottom)
	pdf.SetMargins(MarginLeft, MarginTop, MarginRight)
	pdf.SetTitle(opts.Title, true)
	pdf.SetSubject(opts.Subject, true)
	pdf.SetAuthor(opts.Author, true)
	pdf.SetKeywords(opts.Keywords, true)
	pdf.SetCreator("baitiao-evidence", true)
	pdf.SetProducer("baitiao-evidence (gofpdf)", true)
	pdf.AliasNbPages(PageCountAlias)
	d := &Doc{pdf: pdf, opts: opts, missing: map[rune]map[string]bool{}}
	latin, _, err := fonts.Latin()
	if err != nil {
		return nil, err
	}
	for _, f := range []*fonts.Face{opts.Main, latin} {
		if err := d.addFace(f); err != nil {
			return nil, err
		}
	}
	// gofpdf draws a page's footer when the next page is added, so both
	// ask gofpdf which page they are on.
	pdf.SetHeaderFunc(func() {
		if d.opts.OnPage != nil {
			d.opts.OnPage(pdf.PageNo(), d.total)
		}
		if d.opts.Header != nil {
			d.opts.Header(d, pdf.PageNo())
		}
	})
	pdf.SetFooterFunc(func() {
		if d.opts.Footer != nil {
			d.opts.Footer(d, pdf.PageNo())
		}
	})
	return d, nil
}

// addFace registers a font with gofpdf. gofpdf reports a font it cannot
// parse by printing; a panic from a malformed font is turned into an error.
func (d *Doc) addFace(f *fonts.Face) (err error) {
	family := fmt.Sprintf("f%d", len(d.faces))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("font %s: %v", f.Path, r)
		}
	}()
	// gofpdf writes into the bytes it is given (it pads font tables in
	// place while checksumming them), and a face's bytes are shared — by
	// the documents of a bundle, by batch workers, and by the built-in
	// Latin font. It gets its own copy.
	d.pdf.AddUTF8FontFromBytes(family, "", bytes.Clone(f.Data))
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("font %s: %w", f.Path, err)
	}
	d.faces = append(d.faces, &face{family: family, f: f, widths: map[rune]float64{}})
	return nil
}

// faceFor returns the index of the first face that draws r, or -1.
func (d *Doc) faceFor(r rune) int {
	if r > 0xFFFF {
		return -1 // gofpdf cannot encode characters outside the BMP
	}
	for i, f := range d.faces {
		if f.f.Has(r) {
			return i
		}
	}
	if !d.fallbacks && d.opts.Fallbacks != nil {
		d.fallbacks = true
		for _, f := range d.opts.Fallbacks() {
			if d.addFace(f) == nil {
				if f.Has(r) {
					return len(d.faces) - 1
				}
			}
		}
		for i := 2; i < len(d.faces); i++ {
			if d.faces[i].f.Has(r) {
				return i
			}
		}
	}
	return -1
}

// run is a piece of text in one face.
type run struct {
	face int // -1: no face has these characters
	text string
}

// runs splits s into runs by face; characters no face has are recorded as
// missing (with the current context) and dropped.
func (d *Doc) runs(s string) []run {
	var out []run
	var b strings.Builder
	cur := -2
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\t' {
			r = ' '
		}
		fi := d.faceFor(r)
		if fi < 0 {
			if isInvisible(r) {
				continue
			}
			if d.missing[r] == nil {
				d.missing[r] = map[string]bool{}
			}
			d.missing[r][d.ctx] = true
			continue
		}
		if fi != cur && b.Len() > 0 {
			out = append(out, run{cur, b.String()})
			b.Reset()
		}
		cur = fi
		b.WriteRune(r)
	}
	if b.Len() > 0 {
		out = append(out, run{cur, b.String()})
	}
	return out
}

// isInvisible lists characters that draw nothing and may be dropped
// silently: zero-width spaces and joiners, the BOM.
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\ufeff', '\u2060':
		return true
	}
	return false
}

// runeWidth is the advance of r in face fi at size pt, in mm.
func (d *Doc) runeWidth(fi int, r rune, size float64) float64 {
	f := d.faces[fi]
	w, ok := f.widths[r]
	if !ok {
		d.pdf.SetFont(f.family, "", 1)
		w = d.pdf.GetStringWidth(string(r))
		f.widths[r] = w
	}
	return w * size
}

// Width is the width of s in style st, in mm.
func (d *Doc) Width(s string, st Style) float64 {
	w := 0.0
	for _, rn := range d.runs(s) {
		for _, r := range rn.text {
			w += d.runeWidth(rn.face, r, st.Size)
		}
	}
	return w
}

// SetContext says where the text drawn next comes from ("victim.name",
// "exports/jd.csv:23"), for the missing-character report.
func (d *Doc) SetContext(ctx string) { d.ctx = ctx }

// Text draws s with its top at (x, y).
func (d *Doc) Text(x, y float64, s string, st Style) float64 {
	size := st.Size
	base := y + size*ptToMM*0.88
	d.pdf.SetTextColor(st.Color.R, st.Color.G, st.Color.B)
	if st.Bold {
		// Chinese fonts rarely ship a bold face: stroke the outline too.
		d.pdf.SetTextRenderingMode(2)
		d.pdf.SetDrawColor(st.Color.R, st.Color.G, st.Color.B)
		d.pdf.SetLineWidth(size * 0.012)
	}
	for _, rn := range d.runs(s) {
		f := d.faces[rn.face]
		d.pdf.SetFont(f.family, "", size)
		d.pdf.Text(x, base, rn.text)
		for _, r := range rn.text {
			x += d.runeWidth(rn.face, r, size)
		}
	}
	if st.Bold {
		d.pdf.SetTextRenderingMode(0)
	}
	return x
}

// LineHeight is the distance between lines of style st, in mm.
func LineHeight(st Style) float64 { return st.Size * ptToMM * 1.45 }

// Page geometry of the cursor.

// Y returns the cursor.
func (d *Doc) Y() float64 { return d.y }

// SetY moves the cursor.
func (d *Doc) SetY(y float64) { d.y = y }

// Bottom is the lowest y content may reach.
func (d *Doc) Bottom() float64 { return PageH - MarginBottom }

// AddPage starts a new page (drawing its header and footer).
func (d *Doc) AddPage() {
	d.page++
	d.pdf.AddPage()
	d.y = MarginTop
}

// Page is the current page number.
func (d *Doc) Page() int { return d.page }

// Ensure starts a new page unless h millimetres fit below the cursor.
func (d *Doc) Ensure(h float64) bool {
	if d.page == 0 || d.y+h > d.Bottom() {
		d.AddPage()
		return true
	}
	return false
}

// Space moves the cursor down.
func (d *Doc) Space(h float64) { d.y += h }

// Bookmark adds an outline entry at the cursor.
func (d *Doc) Bookmark(title string, level int) {
	d.pdf.Bookmark(title, level, d.y)
}

// Rect fills and/or strokes a rectangle ("F", "D" or "FD").
func (d *Doc) Rect(x, y, w, h float64, style string, fill, line RGB) {
	d.pdf.SetFillColor(fill.R, fill.G, fill.B)
	d.pdf.SetDrawColor(line.R, line.G, line.B)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Rect(x, y, w, h, style)
}

// Line draws a line.
func (d *Doc) Line(x1, y1, x2, y2, width float64, c RGB) {
	d.pdf.SetDrawColor(c.R, c.G, c.B)
	d.pdf.SetLineWidth(width)
	d.pdf.Line(x1, y1, x2, y2)
}

// PDF gives access to gofpdf for drawing (plots).
func (d *Doc) PDF() *gofpdf.Fpdf { return d.pdf }

// MissingGlyphs is the error of a document with characters no font has.
type MissingGlyphs struct {
	Chars []rune            // sorted
	Where map[rune][]string // contexts, sorted
}

func (m *MissingGlyphs) Error() string {
	var parts []string
	for _, r := range m.Chars {
		parts = append(parts, fmt.Sprintf("%c (U+%04X) in %s", r, r, strings.Join(m.Where[r], ", ")))
	}
	return "characters no font can draw: " + strings.Join(parts, "; ")
}

// Output writes the PDF to w, unless a character could not be drawn.
func (d *Doc) Output(w io.Writer) error {
	if len(d.missing) > 0 {
		m := &MissingGlyphs{Where: map[rune][]string{}}
		for r, ctxs := range d.missing {
			m.Chars = append(m.Chars, r)
			for c := range ctxs {
				m.Where[r] = append(m.Where[r], c)
			}
			sort.Strings(m.Where[r])
		}
		sort.Slice(m.Chars, func(i, j int) bool { return m.Chars[i] < m.Chars[j] })
		return m
	}
	if err := d.pdf.Error(); err != nil {
		return err
	}
	return d.pdf.Output(w)
}

// IsMissingGlyphs unwraps a MissingGlyphs error.
func IsMissingGlyphs(err error) (*MissingGlyphs, bool) {
	var m *MissingGlyphs
	ok := errors.As(err, &m)
	return m, ok
}

// Render lays a document out twice: once to count its pages, then again
// with the count known, so every footer can say "page x of y" exactly.
// build draws the document; pages is 0 on the first pass.
func Render(opts Options, build func(d *Doc, pages int) error) ([]byte, int, error) {
	var pages int
	for pass := 0; pass < 2; pass++ {
		d, err := New(opts)
		if err != nil {
			return nil, 0, err
		}
		d.total = pages
		if err := build(d, pages); err != nil {
			return nil, 0, err
		}
		if pass == 0 {
			pages = d.Page()
			continue
		}
		var buf bytes.Buffer
		if err := d.Output(&buf); err != nil {
			return nil, 0, err
		}
		return buf.Bytes(), pages, nil
	}
	panic("unreachable")
}

// Pages is the page count a footer may print: 0 while it is not known yet
// (the first pass of Render).
func (d *Doc) Pages() int { return d.total }

// Image draws an image (PNG or JPG bytes, 8-bit) at x, y with size w×h
// millimetres, under a thin frame. name identifies the image within the
// document; drawing the same name twice reuses it.
func (d *Doc) Image(name string, data []byte, format string, x, y, w, h float64) error {
	opts := gofpdf.ImageOptions{ImageType: format}
	if d.pdf.GetImageInfo(name) == nil {
		d.pdf.RegisterImageOptionsReader(name, opts, bytes.NewReader(data))
		if err := d.pdf.Error(); err != nil {
			return fmt.Errorf("image %s: %w", name, err)
		}
	}
	d.pdf.ImageOptions(name, x, y, w, h, false, opts, 0, "")
	d.Rect(x, y, w, h, "D", White, Gray)
	return d.pdf.Error()
}
