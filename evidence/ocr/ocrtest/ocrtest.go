// Package ocrtest draws screenshot-like images of the JD app's login
// record list with a real Chinese font, for the OCR tests.
package ocrtest

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Record is one login as the screen shows it.
type Record struct {
	Time, Place, Device, Method, Result, IP string
}

// Layout is how a screen arranges a record.
type Layout int

const (
	// Cards: the device in bold type, then the time and place on one line,
	// then the method and result, as a list of login devices shows them.
	Cards Layout = iota
	// Labeled: one "label：value" line per field.
	Labeled
)

// LoginScreen draws a phone screenshot (1080 pixels wide) titled 登录记录
// listing recs, with the font in ttf (a single TrueType face).
func LoginScreen(ttf []byte, recs []Record, layout Layout) ([]byte, error) {
	f, err := opentype.Parse(ttf)
	if err != nil {
		return nil, err
	}
	face := func(size float64) (font.Face, error) {
		return opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	}
	title, err := face(52)
	if err != nil {
		return nil, err
	}
	big, err := face(44)
	if err != nil {
		return nil, err
	}
	small, err := face(38)
	if err != nil {
		return nil, err
	}
	const w = 1080
	perRecord := 230
	if layout == Labeled {
		perRecord = 330
	}
	h := 260 + perRecord*len(recs) + 80
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	// Status and title bars.
	draw.Draw(img, image.Rect(0, 0, w, 200), image.NewUniform(color.RGBA{246, 246, 246, 255}), image.Point{}, draw.Src)
	text(img, title, 400, 150, "登录记录", color.Black)
	dark, grey := color.RGBA{34, 34, 34, 255}, color.RGBA{120, 120, 120, 255}
	y := 260
	for _, r := range recs {
		switch layout {
		case Cards:
			text(img, big, 60, y+50, r.Device, dark)
			text(img, small, 60, y+115, r.Time+"    "+r.Place, grey)
			text(img, small, 60, y+175, r.Method+"    "+r.Result, grey)
		case Labeled:
			text(img, small, 60, y+50, "登录时间："+r.Time, dark)
			text(img, small, 60, y+110, "登录地点："+r.Place, dark)
			text(img, small, 60, y+170, "登录设备："+r.Device, dark)
			text(img, small, 60, y+230, "登录方式："+r.Method, dark)
			text(img, small, 60, y+290, "IP 地址："+r.IP, dark)
		}
		y += perRecord
		draw.Draw(img, image.Rect(40, y-12, w-40, y-10), image.NewUniform(color.RGBA{230, 230, 230, 255}), image.Point{}, draw.Src)
	}
	var buf bytes.Buffer
	err = png.Encode(&buf, img)
	return buf.Bytes(), err
}

func text(img draw.Image, face font.Face, x, y int, s string, c color.Color) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: face, Dot: fixed.P(x, y)}
	d.DrawString(s)
}
