package attach

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"strconv"
	"strings"
	"time"

	exif "github.com/dsoprea/go-exif/v3"
	"golang.org/x/image/bmp"
	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/webp"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// decoders of the image types, called directly rather than through the
// image package's global registry.
var decoders = map[Type]struct {
	config func([]byte) (image.Config, error)
	decode func([]byte) (image.Image, error)
}{
	TypePNG:  {func(b []byte) (image.Config, error) { return png.DecodeConfig(bytes.NewReader(b)) }, func(b []byte) (image.Image, error) { return png.Decode(bytes.NewReader(b)) }},
	TypeJPEG: {func(b []byte) (image.Config, error) { return jpeg.DecodeConfig(bytes.NewReader(b)) }, func(b []byte) (image.Image, error) { return jpeg.Decode(bytes.NewReader(b)) }},
	TypeGIF:  {func(b []byte) (image.Config, error) { return gif.DecodeConfig(bytes.NewReader(b)) }, func(b []byte) (image.Image, error) { return gif.Decode(bytes.NewReader(b)) }},
	TypeWebP: {func(b []byte) (image.Config, error) { return webp.DecodeConfig(bytes.NewReader(b)) }, func(b []byte) (image.Image, error) { return webp.Decode(bytes.NewReader(b)) }},
	TypeBMP:  {func(b []byte) (image.Config, error) { return bmp.DecodeConfig(bytes.NewReader(b)) }, func(b []byte) (image.Image, error) { return bmp.Decode(bytes.NewReader(b)) }},
}

// prepareImage checks that data is a readable image of a sane size, reads
// its EXIF data, and makes its report figure.
func (f *File) prepareImage(data []byte) error {
	where := evidence.Location{File: f.Path}
	dec := decoders[f.Type]
	cfg, err := dec.config(data)
	if err != nil {
		return evidence.Errorf(where, i18n.M("attach.bad_image", f.Type, err.Error()), i18n.M("hint.bad_image"))
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return evidence.Errorf(where, i18n.M("attach.bad_image", f.Type, "0×0"), i18n.M("hint.bad_image"))
	}
	if px := int64(cfg.Width) * int64(cfg.Height); px > MaxPixels {
		return evidence.Errorf(where, i18n.M("attach.too_many_pixels", cfg.Width, cfg.Height, px/1_000_000, MaxPixels/1_000_000),
			i18n.M("hint.image_too_big"))
	}
	f.Meta = readExif(data)
	img, err := decodeSafely(dec.decode, data)
	if err != nil {
		return evidence.Errorf(where, i18n.M("attach.bad_image", f.Type, err.Error()), i18n.M("hint.bad_image"))
	}
	f.Width, f.Height = cfg.Width, cfg.Height
	if f.Meta.Orientation >= 5 {
		f.Width, f.Height = cfg.Height, cfg.Width
	}
	fig, err := makeFigure(img, f.Meta.Orientation, f.Type == TypeJPEG)
	if err != nil {
		return evidence.Errorf(where, i18n.M("attach.bad_image", f.Type, err.Error()), i18n.M("hint.bad_image"))
	}
	f.Figure = fig
	return nil
}

// decodeSafely decodes, turning a decoder's panic on hostile data into an
// error.
func decodeSafely(decode func([]byte) (image.Image, error), data []byte) (img image.Image, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return decode(data)
}

// makeFigure scales img down to MaxFigureSide, flattens it onto white,
// turns it upright (orientation o) and encodes it: photos as JPEG,
// screenshots and drawings as PNG (sharp text).
func makeFigure(img image.Image, o int, photo bool) (*Figure, error) {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	fig := &Figure{Width: w, Height: h}
	if long := max(w, h); long > MaxFigureSide {
		fig.Width = max(1, w*MaxFigureSide/long)
		fig.Height = max(1, h*MaxFigureSide/long)
		fig.Downscaled = true
	}
	// An opaque 8-bit RGBA canvas: gofpdf reads 8-bit images only, and
	// transparent pixels would print as black in some viewers.
	canvas := image.NewRGBA(image.Rect(0, 0, fig.Width, fig.Height))
	xdraw.Draw(canvas, canvas.Bounds(), image.NewUniform(color.White), image.Point{}, xdraw.Src)
	if fig.Downscaled {
		xdraw.CatmullRom.Scale(canvas, canvas.Bounds(), img, b, xdraw.Over, nil)
	} else {
		xdraw.Draw(canvas, canvas.Bounds(), img, b.Min, xdraw.Over)
	}
	canvas = orient(canvas, o)
	fig.Width, fig.Height = canvas.Bounds().Dx(), canvas.Bounds().Dy()
	var buf bytes.Buffer
	var err error
	if photo {
		fig.Format = "JPG"
		err = jpeg.Encode(&buf, canvas, &jpeg.Options{Quality: 88})
	} else {
		fig.Format = "PNG"
		enc := png.Encoder{CompressionLevel: png.BestCompression}
		err = enc.Encode(&buf, canvas)
	}
	fig.Data = buf.Bytes()
	return fig, err
}

// orient turns an image upright as its EXIF orientation says (1: as
// stored; 2–8: mirrored and/or rotated).
func orient(img *image.RGBA, o int) *image.RGBA {
	if o < 2 || o > 8 {
		return img
	}
	w, h := img.Bounds().Dx(), img.Bounds().Dy()
	ow, oh := w, h
	if o >= 5 {
		ow, oh = h, w
	}
	out := image.NewRGBA(image.Rect(0, 0, ow, oh))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var dx, dy int
			switch o {
			case 2: // mirrored left to right
				dx, dy = w-1-x, y
			case 3: // upside down
				dx, dy = w-1-x, h-1-y
			case 4: // mirrored top to bottom
				dx, dy = x, h-1-y
			case 5: // mirrored along the diagonal
				dx, dy = y, x
			case 6: // stored turned left: turn 90° clockwise
				dx, dy = h-1-y, x
			case 7: // mirrored along the other diagonal
				dx, dy = h-1-y, w-1-x
			case 8: // stored turned right: turn 90° counter-clockwise
				dx, dy = y, w-1-x
			}
			si, di := img.PixOffset(x, y), out.PixOffset(dx, dy)
			copy(out.Pix[di:di+4], img.Pix[si:si+4])
		}
	}
	return out
}

// readExif reads the few EXIF fields a reviewer cares about. Missing or
// damaged EXIF data is not an error: most screenshots have none.
func readExif(data []byte) (m Meta) {
	defer func() {
		if recover() != nil {
			m = Meta{}
		}
	}()
	raw, err := exif.SearchAndExtractExif(data)
	if err != nil || !exifSane(raw) {
		return Meta{}
	}
	tags, _, err := exif.GetFlatExifData(raw, nil)
	if err != nil && len(tags) == 0 {
		return Meta{}
	}
	var taken, takenAny, offset, make_, model string
	for _, t := range tags {
		v := strings.TrimSpace(strings.Trim(t.FormattedFirst, "\x00"))
		switch t.TagName {
		case "Orientation":
			if n, err := strconv.Atoi(v); err == nil {
				m.Orientation = n
			} else if u, ok := t.Value.([]uint16); ok && len(u) > 0 {
				m.Orientation = int(u[0])
			}
		case "DateTimeOriginal":
			taken = v
		case "DateTime":
			takenAny = v
		case "OffsetTimeOriginal":
			offset = v
		case "Make":
			make_ = v
		case "Model":
			model = v
		case "Software":
			m.Software = v
		}
	}
	if taken == "" {
		taken = takenAny
	}
	if taken != "" {
		zone := evidence.ChinaZone()
		if t, err := time.Parse("-07:00", offset); err == nil {
			_, off := t.Zone()
			zone, m.TakenZone = time.FixedZone("", off), true
		}
		if t, err := time.ParseInLocation("2006:01:02 15:04:05", taken, zone); err == nil {
			m.Taken = t
		}
	}
	switch {
	case model == "":
		m.Device = make_
	case make_ == "" || strings.HasPrefix(strings.ToLower(model), strings.ToLower(make_)):
		m.Device = model
	default:
		m.Device = make_ + " " + model
	}
	return m
}

// exifSane walks the TIFF structure of raw EXIF data and reports whether
// every entry's value lies inside it. go-exif allocates what an entry's
// count claims before checking it against the data, so a hostile photo
// claiming billions of values would take gigabytes; such data is treated
// as no EXIF at all.
func exifSane(raw []byte) bool {
	if len(raw) < 8 {
		return false
	}
	var order binary.ByteOrder
	switch string(raw[:2]) {
	case "II":
		order = binary.LittleEndian
	case "MM":
		order = binary.BigEndian
	default:
		return false
	}
	typeSize := map[uint16]uint64{1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}
	visited := map[uint32]bool{}
	var walk func(off uint32, depth int) bool
	walk = func(off uint32, depth int) bool {
		for n := 0; off != 0; n++ {
			if depth > 4 || n > 8 || visited[off] || uint64(off)+2 > uint64(len(raw)) {
				return false
			}
			visited[off] = true
			count := uint64(order.Uint16(raw[off:]))
			end := uint64(off) + 2 + count*12
			if end+4 > uint64(len(raw)) {
				return false
			}
			for i := uint64(0); i < count; i++ {
				e := raw[uint64(off)+2+i*12:]
				tag, typ, cnt := order.Uint16(e), order.Uint16(e[2:]), uint64(order.Uint32(e[4:]))
				size, ok := typeSize[typ]
				if !ok {
					return false
				}
				if n := cnt * size; n > 4 && uint64(order.Uint32(e[8:]))+n > uint64(len(raw)) {
					return false
				}
				switch tag {
				case 0x8769, 0x8825, 0xA005: // Exif, GPS and interoperability IFDs
					if !walk(order.Uint32(e[8:]), depth+1) {
						return false
					}
				}
			}
			off = order.Uint32(raw[end:])
		}
		return true
	}
	return walk(order.Uint32(raw[4:]), 0)
}
