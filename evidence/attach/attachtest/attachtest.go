// Package attachtest makes attachment files for tests: a phone screenshot,
// a photo with EXIF data (capture time, device, orientation), and the bad
// kinds — a HEIC photo, a 200-megapixel image, a damaged PNG, a tiny PDF.
package attachtest

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"

	exif "github.com/dsoprea/go-exif/v3"
	exifcommon "github.com/dsoprea/go-exif/v3/common"
)

// Screenshot is a w×h PNG drawn like a list screen: a dark title bar and
// rows of grey "text" bars on white.
func Screenshot(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	fill(img, img.Bounds(), color.RGBA{255, 255, 255, 255})
	fill(img, image.Rect(0, 0, w, h/12), color.RGBA{200, 30, 40, 255})
	for y := h / 8; y+h/20 < h; y += h / 10 {
		fill(img, image.Rect(w/20, y, w*3/4, y+h/60), color.RGBA{60, 60, 60, 255})
		fill(img, image.Rect(w/20, y+h/40, w/2, y+h/40+h/80), color.RGBA{150, 150, 150, 255})
		fill(img, image.Rect(0, y+h/16, w, y+h/16+1), color.RGBA{220, 220, 220, 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// Photo is a w×h JPEG as stored by a phone held sideways: the top-left
// quarter is red, so a test can tell which way it was turned. With
// orientation 6 the viewer turns it 90° clockwise. The EXIF data says it
// was taken at taken (EXIF form "2006:01:02 15:04:05") in zone offset
// ("+08:00", or "" for none) by make and model.
func Photo(w, h, orientation int, taken, offset, make_, model string) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	fill(img, img.Bounds(), color.RGBA{240, 240, 240, 255})
	fill(img, image.Rect(0, 0, w/2, h/2), color.RGBA{220, 0, 0, 255})
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		panic(err)
	}
	raw := exifBlock(orientation, taken, offset, make_, model)
	// An APP1 segment right after the JPEG's start-of-image marker.
	seg := []byte{0xFF, 0xE1, 0, 0}
	seg = append(seg, "Exif\x00\x00"...)
	seg = append(seg, raw...)
	binary.BigEndian.PutUint16(seg[2:4], uint16(len(seg)-2))
	data := buf.Bytes()
	out := append([]byte{}, data[:2]...)
	out = append(out, seg...)
	return append(out, data[2:]...)
}

func exifBlock(orientation int, taken, offset, make_, model string) []byte {
	im, err := exifcommon.NewIfdMappingWithStandard()
	if err != nil {
		panic(err)
	}
	ib := exif.NewIfdBuilder(im, exif.NewTagIndex(), exifcommon.IfdStandardIfdIdentity, exifcommon.EncodeDefaultByteOrder)
	must(ib.AddStandardWithName("Make", make_))
	must(ib.AddStandardWithName("Model", model))
	must(ib.AddStandardWithName("Orientation", []uint16{uint16(orientation)}))
	sub, err := exif.GetOrCreateIbFromRootIb(ib, "IFD/Exif")
	must(err)
	must(sub.AddStandardWithName("DateTimeOriginal", taken))
	if offset != "" {
		must(sub.AddStandardWithName("OffsetTimeOriginal", offset))
	}
	data, err := exif.NewIfdByteEncoder().EncodeToExif(ib)
	must(err)
	return data
}

// HEIC is the start of an iPhone photo: an ISO-BMFF ftyp box of brand heic.
func HEIC() []byte {
	b := []byte{0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'}
	return append(b, make([]byte, 200)...)
}

// HugePNG is a PNG whose header declares w×h pixels; its image data is a
// stub, so the file is tiny. Only a reader that trusts the header before
// decoding can refuse it cheaply.
func HugePNG(w, h int) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 2 // 8-bit RGB
	chunk(&b, "IHDR", ihdr)
	chunk(&b, "IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})
	chunk(&b, "IEND", nil)
	return b.Bytes()
}

// Damaged is a PNG cut off halfway, as an interrupted download leaves it.
func Damaged() []byte {
	s := Screenshot(300, 600)
	return s[:len(s)/2]
}

// PDF is a small valid one-page PDF document.
func PDF() []byte {
	return []byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
		"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
}

func chunk(b *bytes.Buffer, typ string, data []byte) {
	binary.Write(b, binary.BigEndian, uint32(len(data)))
	b.WriteString(typ)
	b.Write(data)
	crc := crc32.NewIEEE()
	crc.Write([]byte(typ))
	crc.Write(data)
	binary.Write(b, binary.BigEndian, crc.Sum32())
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetRGBA(x, y, c)
		}
	}
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
