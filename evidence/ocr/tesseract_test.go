package ocr_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ocr"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ocr/ocrtest"
)

// realFontAndTesseract returns a Chinese font of this machine and the
// tesseract command, or skips: OCR cannot be tested with the synthetic
// test font, whose "Chinese" glyphs are boxes. CI installs both and sets
// BAITIAO_EVIDENCE_REQUIRE_OCR, so there the test must run.
func realFontAndTesseract(t *testing.T) ([]byte, *ocr.Tesseract) {
	t.Helper()
	skip := t.Skipf
	if os.Getenv("BAITIAO_EVIDENCE_REQUIRE_OCR") != "" {
		skip = t.Fatalf
	}
	tess, err := ocr.FindTesseract(os.Getenv)
	if err != nil {
		skip("tesseract with %s: %v", ocr.Language, err)
	}
	face, _, err := fonts.System{OS: runtime.GOOS, Getenv: os.Getenv}.Choose("")
	if err != nil {
		skip("no Chinese font: %v", err)
	}
	return face.Data, tess
}

var screenRecords = []ocrtest.Record{
	{Time: "2026-11-03 02:20:41", Place: "广东省深圳市", Device: "HUAWEI Mate 60", Method: "密码登录", Result: "成功", IP: "223.104.63.18"},
	{Time: "2026-11-03 02:19:02", Place: "广东省深圳市", Device: "HUAWEI Mate 60", Method: "密码登录", Result: "失败", IP: "223.104.63.18"},
	{Time: "2026-10-28 20:15:33", Place: "北京市朝阳区", Device: "iPhone 15", Method: "短信验证码登录", Result: "成功", IP: "114.247.50.2"},
	{Time: "2026-10-12 08:02:10", Place: "上海市浦东新区", Device: "Xiaomi 14", Method: "扫码登录", Result: "成功", IP: "101.88.12.7"},
}

// TestTesseractReadsLoginScreens draws login record screens in two layouts
// with a real Chinese font and reads them back with the real tesseract:
// the times and places must come back right.
func TestTesseractReadsLoginScreens(t *testing.T) {
	font, tess := realFontAndTesseract(t)
	for _, layout := range []ocrtest.Layout{ocrtest.Cards, ocrtest.Labeled} {
		png, err := ocrtest.LoginScreen(font, screenRecords, layout)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "screen.png")
		if err := os.WriteFile(path, png, 0o600); err != nil {
			t.Fatal(err)
		}
		img, err := ocr.Read(tess.Words, path, "screen.png", 2026, china)
		if err != nil {
			t.Fatal(err)
		}
		if len(img.Records) != len(screenRecords) {
			t.Fatalf("layout %d: %d records read, want %d: %+v", layout, len(img.Records), len(screenRecords), img.Records)
		}
		for i, want := range screenRecords {
			got := img.Records[i]
			wt, _ := time.ParseInLocation("2006-01-02 15:04:05", want.Time, china)
			if !got.Time.Equal(wt) || got.Place != want.Place {
				t.Errorf("layout %d record %d: time %s place %q, want %s %q", layout, i, got.Time, got.Place, want.Time, want.Place)
			}
			if got.Device != want.Device || got.Method != want.Method {
				t.Logf("layout %d record %d: device %q method %q (want %q %q): to be checked by the victim", layout, i, got.Device, got.Method, want.Device, want.Method)
			}
		}
	}
}
