// Package fonts finds a Chinese font on the victim's own machine, makes it
// usable by gofpdf (one face cut out of a TrueType Collection; CFF outlines
// refused with a reason), and answers which characters a font can draw, so
// the PDF never prints an empty box into evidence.
package fonts

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// Face is one font face ready for gofpdf.
type Face struct {
	Path   string // the file it came from ("" for a built-in font)
	Index  int    // the face within a collection
	Family string // the family name the font gives itself
	Data   []byte // a standalone TrueType file

	font  *sfnt.Font
	buf   sfnt.Buffer
	cache map[rune]bool
}

// Problem says why a font cannot be used.
type Problem struct {
	Path   string
	Reason error
}

func (p *Problem) Error() string { return p.Path + ": " + p.Reason.Error() }
func (p *Problem) Unwrap() error { return p.Reason }

// Reasons a font is refused.
var (
	ErrCFF        = errCFF
	ErrNotFont    = errNotFont
	ErrNoCJK      = errors.New("no Chinese characters")
	ErrIncomplete = errors.New("lacks tables a PDF needs (glyf, loca, cmap format 4, hmtx, head, hhea, maxp, name, post)")
	ErrRestricted = errors.New("its licence does not allow embedding a subset in a document")
)

// requiredTables are the tables gofpdf reads when it embeds a font.
var requiredTables = []string{"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}

// Parse makes a Face of font data (a .ttf, or a .ttc and the face index).
func Parse(data []byte, path string, index int) (*Face, error) {
	face, err := extractFace(data, index)
	if err != nil {
		return nil, &Problem{Path: path, Reason: err}
	}
	for _, t := range requiredTables {
		if !hasTable(face, t) {
			return nil, &Problem{Path: path, Reason: ErrIncomplete}
		}
	}
	if !hasUnicodeFormat4(face) {
		return nil, &Problem{Path: path, Reason: ErrIncomplete}
	}
	if !embeddable(face) {
		return nil, &Problem{Path: path, Reason: ErrRestricted}
	}
	f, err := sfnt.Parse(face)
	if err != nil {
		return nil, &Problem{Path: path, Reason: fmt.Errorf("%w: %v", errNotFont, err)}
	}
	fc := &Face{Path: path, Index: index, Data: face, font: f, cache: map[rune]bool{}}
	if name, err := f.Name(&fc.buf, sfnt.NameIDFamily); err == nil {
		fc.Family = name
	}
	return fc, nil
}

// Load reads a font file and makes a Face of face index.
func Load(path string, index int) (*Face, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Problem{Path: path, Reason: err}
	}
	return Parse(data, path, index)
}

// Has reports whether the face has a glyph for r. A Face is not safe for
// concurrent use.
func (f *Face) Has(r rune) bool {
	if v, ok := f.cache[r]; ok {
		return v
	}
	g, err := f.font.GlyphIndex(&f.buf, r)
	ok := err == nil && g != 0
	f.cache[r] = ok
	return ok
}

// HasAll reports whether the face has every character of s.
func (f *Face) HasAll(s string) bool {
	for _, r := range s {
		if !f.Has(r) {
			return false
		}
	}
	return true
}

// Font is the parsed font, for drawing glyph outlines.
func (f *Face) Font() *sfnt.Font { return f.font }

// cjkSample are characters every usable Chinese font must have: common
// characters and the ones the report's own headings use.
const cjkSample = "的一是不了人我在有这中京东白条报告证据交易时间金额订单号第页共争议消费登录记录，。：（）"

// latinSample are the characters of figures and codes.
const latinSample = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,:;-+/()%"

// IsCJK reports whether the face can serve as the main Chinese font.
func (f *Face) IsCJK() bool { return f.HasAll(cjkSample) }

// HasLatin reports whether the face draws digits and Latin letters (Droid
// Sans Fallback, for one, does not).
func (f *Face) HasLatin() bool { return f.HasAll(latinSample) }

// Latin returns the built-in Latin fonts (Go Regular and Go Bold), used for
// digits and Latin text when the Chinese font lacks them.
func Latin() (regular, bold *Face, err error) {
	if regular, err = Parse(goregular.TTF, "", 0); err != nil {
		return nil, nil, err
	}
	if bold, err = Parse(gobold.TTF, "", 0); err != nil {
		return nil, nil, err
	}
	regular.Family, bold.Family = "Go", "Go Bold"
	return regular, bold, nil
}

// Clone returns an independent copy of the face for another goroutine
// (a Face caches lookups and is not safe for concurrent use). The font
// data is shared: it is never written.
func (f *Face) Clone() *Face {
	c, err := Parse(f.Data, f.Path, 0)
	if err != nil {
		// f.Data parsed once already; it cannot fail now.
		panic("fonts: clone of a parsed face failed: " + err.Error())
	}
	c.Index, c.Family = f.Index, f.Family
	return c
}
