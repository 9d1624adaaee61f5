// Package fontstest builds TrueType fonts in memory for tests, so the
// tests that render PDFs pass on a machine with no Chinese font installed.
// Every character of the chosen ranges is drawn as a box; text extracted
// from a PDF made with such a font is still exact.
package fontstest

import (
	"bytes"
	"encoding/binary"
	"sort"
	"unicode/utf16"
)

// Range is an inclusive range of characters (all in the BMP).
type Range struct{ Lo, Hi rune }

// Common sets of ranges.
var (
	Latin = []Range{{0x20, 0x7E}, {0xA0, 0xFF}}
	// CJK covers the Chinese characters and the punctuation reports and
	// letters use.
	CJK = []Range{{0x2010, 0x2027}, {0x2030, 0x203B}, {0x2190, 0x2193}, {0x2212, 0x2212}, {0x2460, 0x2473},
		{0x25A0, 0x25CF}, {0x2714, 0x2714}, {0x3000, 0x303F}, {0x3400, 0x4DB5}, {0x4E00, 0x9FFF}, {0xFF01, 0xFF5E}, {0xFFE0, 0xFFE6}}
)

// Build returns a TrueType font named family covering ranges.
func Build(family string, ranges ...[]Range) []byte {
	var rs []Range
	for _, r := range ranges {
		rs = append(rs, r...)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Lo < rs[j].Lo })
	var chars []rune
	for _, r := range rs {
		for c := r.Lo; c <= r.Hi; c++ {
			if len(chars) == 0 || c > chars[len(chars)-1] {
				chars = append(chars, c)
			}
		}
	}
	numGlyphs := len(chars) + 1
	const upem = 1000

	// glyf and loca: glyph 0 (.notdef) and every character a box.
	box := func(x0, y0, x1, y1 int16) []byte {
		var b bytes.Buffer
		w := func(v any) { binary.Write(&b, binary.BigEndian, v) }
		w(int16(1))                             // one contour
		w([]int16{x0, y0, x1, y1})              // bounding box
		w(uint16(3))                            // last point of the contour
		w(uint16(0))                            // no instructions
		b.Write([]byte{0x01, 0x01, 0x01, 0x01}) // all points on the curve
		w([]int16{x0, 0, x1 - x0, 0})           // x deltas
		w([]int16{y0, y1 - y0, 0, y0 - y1})     // y deltas
		for b.Len()%4 != 0 {
			b.WriteByte(0)
		}
		return b.Bytes()
	}
	var glyf bytes.Buffer
	loca := make([]uint32, 0, numGlyphs+1)
	loca = append(loca, 0)
	glyf.Write(box(50, 0, 450, 700))
	loca = append(loca, uint32(glyf.Len()))
	advances := make([]uint16, numGlyphs)
	advances[0] = 500
	for i, c := range chars {
		if c == ' ' || c == 0xA0 || c == 0x3000 {
			// spaces draw nothing
		} else if c < 0x2000 {
			glyf.Write(box(60, 0, 440, 650))
		} else {
			glyf.Write(box(80, -80, 920, 800))
		}
		loca = append(loca, uint32(glyf.Len()))
		if c < 0x2000 {
			advances[i+1] = 500
		} else {
			advances[i+1] = 1000
		}
	}

	tables := map[string][]byte{}
	be := func(vs ...any) []byte {
		var b bytes.Buffer
		for _, v := range vs {
			binary.Write(&b, binary.BigEndian, v)
		}
		return b.Bytes()
	}
	tables["head"] = be(uint32(0x00010000), uint32(0x00010000), uint32(0), uint32(0x5F0F3CF5), uint16(0x000B), uint16(upem),
		int64(0), int64(0), int16(0), int16(-200), int16(1000), int16(900), uint16(0), uint16(8), int16(2), int16(1), int16(0))
	tables["hhea"] = be(uint32(0x00010000), int16(880), int16(-120), int16(0), uint16(1000), int16(0), int16(0), int16(1000),
		int16(1), int16(0), int16(0), int16(0), int16(0), int16(0), int16(0), int16(0), uint16(numGlyphs))
	tables["maxp"] = be(uint32(0x00010000), uint16(numGlyphs), uint16(4), uint16(1), uint16(0), uint16(0), uint16(2),
		uint16(0), uint16(0), uint16(0), uint16(0), uint16(0), uint16(0), uint16(0), uint16(0))
	var hmtx bytes.Buffer
	for _, a := range advances {
		binary.Write(&hmtx, binary.BigEndian, a)
		binary.Write(&hmtx, binary.BigEndian, int16(50))
	}
	tables["hmtx"] = hmtx.Bytes()
	var locab bytes.Buffer
	for _, o := range loca {
		binary.Write(&locab, binary.BigEndian, o)
	}
	tables["loca"] = locab.Bytes()
	tables["glyf"] = glyf.Bytes()
	tables["post"] = be(uint32(0x00030000), int32(0), int16(-100), int16(50), uint32(0), uint32(0), uint32(0), uint32(0), uint32(0))
	os2 := be(uint16(3), int16(500), uint16(400), uint16(5), uint16(0), // version, avg width, weight, width, fsType 0
		make([]byte, 2*10),                                         // subscript/superscript/strikeout metrics
		int16(0),                                                   // family class
		make([]byte, 10),                                           // panose
		make([]byte, 16),                                           // unicode ranges
		[]byte("TEST"), uint16(0x40), uint16(0x20), uint16(0xFFFF), // vendor, fsSelection, first/last char
		int16(880), int16(-120), int16(0), uint16(880), uint16(120), // typo metrics, win metrics
		make([]byte, 8),                                          // code page ranges
		int16(500), int16(700), uint16(0), uint16(32), uint16(0)) // x-height, cap height, default/break char, context
	tables["OS/2"] = os2
	tables["name"] = nameTable(family)
	tables["cmap"] = cmapTable(chars)
	return assemble(tables)
}

func nameTable(family string) []byte {
	names := []struct {
		id   uint16
		text string
	}{{1, family}, {2, "Regular"}, {3, family + " test"}, {4, family}, {6, "TestFont"}}
	var recs, strs bytes.Buffer
	for _, n := range names {
		u := utf16.Encode([]rune(n.text))
		data := make([]byte, 2*len(u))
		for i, c := range u {
			binary.BigEndian.PutUint16(data[2*i:], c)
		}
		binary.Write(&recs, binary.BigEndian, []uint16{3, 1, 0x409, n.id, uint16(len(data)), uint16(strs.Len())})
		strs.Write(data)
	}
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, []uint16{0, uint16(len(names)), uint16(6 + recs.Len())})
	b.Write(recs.Bytes())
	b.Write(strs.Bytes())
	return b.Bytes()
}

// cmapTable maps chars[i] to glyph i+1 with a format 4 subtable (Windows
// Unicode BMP), one segment per run of consecutive characters.
func cmapTable(chars []rune) []byte {
	type seg struct{ start, end rune }
	var segs []seg
	for _, c := range chars {
		if n := len(segs); n > 0 && segs[n-1].end == c-1 {
			segs[n-1].end = c
		} else {
			segs = append(segs, seg{c, c})
		}
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF})
	n := len(segs)
	var sub bytes.Buffer
	w := func(v any) { binary.Write(&sub, binary.BigEndian, v) }
	search := 1
	for search*2 <= n {
		search *= 2
	}
	w([]uint16{4, 0, 0, uint16(2 * n), uint16(2 * search), uint16(log2(search)), uint16(2*n - 2*search)})
	for _, s := range segs {
		w(uint16(s.end))
	}
	w(uint16(0))
	for _, s := range segs {
		w(uint16(s.start))
	}
	glyph := 1
	for i, s := range segs {
		if i == n-1 {
			w(int16(1)) // 0xFFFF → glyph 0
			break
		}
		w(uint16(glyph - int(s.start)))
		glyph += int(s.end-s.start) + 1
	}
	for range segs {
		w(uint16(0))
	}
	b := sub.Bytes()
	binary.BigEndian.PutUint16(b[2:], uint16(len(b)))
	var out bytes.Buffer
	binary.Write(&out, binary.BigEndian, []uint16{0, 1, 3, 1})
	binary.Write(&out, binary.BigEndian, uint32(12))
	out.Write(b)
	return out.Bytes()
}

func log2(n int) int {
	l := 0
	for n > 1 {
		n /= 2
		l++
	}
	return l
}

// assemble writes the offset table, the table records and the tables.
func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	search := 1
	for search*2 <= n {
		search *= 2
	}
	var out bytes.Buffer
	binary.Write(&out, binary.BigEndian, uint32(0x00010000))
	binary.Write(&out, binary.BigEndian, []uint16{uint16(n), uint16(16 * search), uint16(log2(search)), uint16(16*n - 16*search)})
	offset := 12 + 16*n
	var body bytes.Buffer
	for _, t := range tags {
		data := tables[t]
		var sum uint32
		padded := append(append([]byte(nil), data...), make([]byte, (4-len(data)%4)%4)...)
		for i := 0; i < len(padded); i += 4 {
			sum += binary.BigEndian.Uint32(padded[i:])
		}
		out.WriteString(t)
		binary.Write(&out, binary.BigEndian, []uint32{sum, uint32(offset + body.Len()), uint32(len(data))})
		body.Write(padded)
	}
	out.Write(body.Bytes())
	return out.Bytes()
}

// Collection packs fonts into a TrueType Collection (.ttc) whose faces
// share nothing: enough to test cutting one face out again.
func Collection(faces ...[]byte) []byte {
	header := 12 + 4*len(faces)
	var out bytes.Buffer
	out.WriteString("ttcf")
	binary.Write(&out, binary.BigEndian, []uint16{1, 0})
	binary.Write(&out, binary.BigEndian, uint32(len(faces)))
	offsets := make([]int, len(faces))
	pos := header
	for i, f := range faces {
		offsets[i] = pos
		pos += (len(f) + 3) &^ 3
	}
	for _, o := range offsets {
		binary.Write(&out, binary.BigEndian, uint32(o))
	}
	for i, f := range faces {
		// Table offsets in a collection count from the start of the file.
		shifted := append([]byte(nil), f...)
		n := int(binary.BigEndian.Uint16(shifted[4:]))
		for t := 0; t < n; t++ {
			rec := shifted[12+16*t:]
			binary.BigEndian.PutUint32(rec[8:], binary.BigEndian.Uint32(rec[8:])+uint32(offsets[i]))
		}
		out.Write(shifted)
		for out.Len()%4 != 0 {
			out.WriteByte(0)
		}
	}
	return out.Bytes()
}
