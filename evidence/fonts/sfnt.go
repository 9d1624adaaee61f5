package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// The font containers this package meets. gofpdf embeds TrueType outlines
// ('glyf') only: a collection must be cut down to one face first, and CFF
// outlines ('OTTO', most .otf files and Noto CJK) cannot be used at all.
const (
	tagTrueType   = 0x00010000
	tagTrue       = 0x74727565 // 'true' (old Apple TrueType)
	tagOTTO       = 0x4f54544f // 'OTTO': CFF outlines
	tagCollection = 0x74746366 // 'ttcf'
)

var (
	errNotFont = errors.New("not a TrueType or OpenType font")
	errCFF     = errors.New("CFF (PostScript) outlines")
	errNoFace  = errors.New("no such face in the collection")
	errTrunc   = errors.New("truncated font file")
)

// container says what kind of font file b is and how many faces it holds.
func container(b []byte) (tag uint32, faces int, err error) {
	if len(b) < 12 {
		return 0, 0, errNotFont
	}
	tag = binary.BigEndian.Uint32(b)
	switch tag {
	case tagTrueType, tagTrue, tagOTTO:
		return tag, 1, nil
	case tagCollection:
		n := int(binary.BigEndian.Uint32(b[8:]))
		if n < 1 || n > 1024 || 12+4*n > len(b) {
			return 0, 0, errTrunc
		}
		return tag, n, nil
	}
	return 0, 0, errNotFont
}

// extractFace returns face index of b as a standalone font file. For a
// plain font file (index 0) b is returned as it is. A face of a TrueType
// Collection is rebuilt: its offset table, its table records with new
// offsets, and each table's bytes, 4-byte aligned. Tables shared between
// faces are simply copied into each extracted face.
func extractFace(b []byte, index int) ([]byte, error) {
	tag, faces, err := container(b)
	if err != nil {
		return nil, err
	}
	if index < 0 || index >= faces {
		return nil, errNoFace
	}
	if tag == tagOTTO {
		return nil, errCFF
	}
	if tag != tagCollection {
		return b, nil
	}
	off := int(binary.BigEndian.Uint32(b[12+4*index:]))
	if off+12 > len(b) {
		return nil, errTrunc
	}
	sfntVersion := binary.BigEndian.Uint32(b[off:])
	if sfntVersion == tagOTTO {
		return nil, errCFF
	}
	if sfntVersion != tagTrueType && sfntVersion != tagTrue {
		return nil, errNotFont
	}
	numTables := int(binary.BigEndian.Uint16(b[off+4:]))
	if numTables == 0 || numTables > 200 || off+12+16*numTables > len(b) {
		return nil, errTrunc
	}
	type record struct {
		tag, sum       uint32
		offset, length int
	}
	recs := make([]record, numTables)
	for i := range recs {
		r := b[off+12+16*i:]
		recs[i] = record{
			tag:    binary.BigEndian.Uint32(r),
			sum:    binary.BigEndian.Uint32(r[4:]),
			offset: int(binary.BigEndian.Uint32(r[8:])),
			length: int(binary.BigEndian.Uint32(r[12:])),
		}
		if recs[i].offset < 0 || recs[i].length < 0 || recs[i].offset+recs[i].length > len(b) {
			return nil, fmt.Errorf("%w (table %s)", errTrunc, tagString(recs[i].tag))
		}
	}
	// Table records must be sorted by tag.
	sort.Slice(recs, func(i, j int) bool { return recs[i].tag < recs[j].tag })
	headerLen := 12 + 16*numTables
	size := headerLen
	for _, r := range recs {
		size += (r.length + 3) &^ 3
	}
	out := make([]byte, size)
	copy(out, b[off:off+12])
	pos := headerLen
	for i, r := range recs {
		rec := out[12+16*i:]
		binary.BigEndian.PutUint32(rec, r.tag)
		binary.BigEndian.PutUint32(rec[4:], r.sum)
		binary.BigEndian.PutUint32(rec[8:], uint32(pos))
		binary.BigEndian.PutUint32(rec[12:], uint32(r.length))
		copy(out[pos:], b[r.offset:r.offset+r.length])
		pos += (r.length + 3) &^ 3
	}
	return out, nil
}

// hasTable reports whether a standalone font has a table.
func hasTable(b []byte, want string) bool {
	if len(b) < 12 {
		return false
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	for i := 0; i < n && 12+16*i+16 <= len(b); i++ {
		if tagString(binary.BigEndian.Uint32(b[12+16*i:])) == want {
			return true
		}
	}
	return false
}

func tagString(t uint32) string {
	return string([]byte{byte(t >> 24), byte(t >> 16), byte(t >> 8), byte(t)})
}

// table returns a standalone font's table, or nil.
func table(b []byte, want string) []byte {
	if len(b) < 12 {
		return nil
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	for i := 0; i < n && 12+16*i+16 <= len(b); i++ {
		r := b[12+16*i:]
		if tagString(binary.BigEndian.Uint32(r)) != want {
			continue
		}
		off, length := int(binary.BigEndian.Uint32(r[8:])), int(binary.BigEndian.Uint32(r[12:]))
		if off < 0 || length < 0 || off+length > len(b) {
			return nil
		}
		return b[off : off+length]
	}
	return nil
}

// embeddable reports whether the font's licence bits (OS/2 fsType) allow
// embedding a subset in a PDF: not "restricted licence", not "no
// subsetting", not "bitmap only".
func embeddable(b []byte) bool {
	os2 := table(b, "OS/2")
	if len(os2) < 10 {
		return true // no OS/2 table: no restriction stated
	}
	fsType := binary.BigEndian.Uint16(os2[8:])
	return fsType&0x000F != 0x0002 && fsType&0x0300 == 0
}

// hasUnicodeFormat4 reports whether the cmap has a format 4 subtable for
// Unicode (Windows Unicode BMP, or a Unicode platform), the one gofpdf reads.
func hasUnicodeFormat4(b []byte) bool {
	cmap := table(b, "cmap")
	if len(cmap) < 4 {
		return false
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := 0; i < n && 4+8*i+8 <= len(cmap); i++ {
		r := cmap[4+8*i:]
		platform, encoding := binary.BigEndian.Uint16(r), binary.BigEndian.Uint16(r[2:])
		off := int(binary.BigEndian.Uint32(r[4:]))
		if !(platform == 3 && encoding == 1 || platform == 0) || off+2 > len(cmap) {
			continue
		}
		if binary.BigEndian.Uint16(cmap[off:]) == 4 {
			return true
		}
	}
	return false
}
