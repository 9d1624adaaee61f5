package attach_test

import (
	"bytes"
	"errors"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/attach"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/attach/attachtest"
)

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func resolver(dir string) func(string) (string, error) {
	return func(p string) (string, error) {
		abs := filepath.Join(dir, filepath.FromSlash(p))
		if rel, _ := filepath.Rel(dir, abs); strings.HasPrefix(rel, "..") {
			return "", errors.New("outside")
		}
		return abs, nil
	}
}

func TestPhotoExifAndOrientation(t *testing.T) {
	dir := t.TempDir()
	// Stored 400×300 with orientation 6: shown 300×400.
	write(t, dir, "receipt.jpg", attachtest.Photo(400, 300, 6, "2026:11:04 09:30:15", "+08:00", "Xiaomi", "Redmi Note 12"))
	f, err := attach.Read(filepath.Join(dir, "receipt.jpg"), "receipt.jpg")
	if err != nil {
		t.Fatal(err)
	}
	if f.Type != attach.TypeJPEG || f.Width != 300 || f.Height != 400 {
		t.Fatalf("type %s, %d×%d", f.Type, f.Width, f.Height)
	}
	want := time.Date(2026, 11, 4, 9, 30, 15, 0, time.FixedZone("", 8*3600))
	if m := f.Meta; m.Orientation != 6 || !m.Taken.Equal(want) || !m.TakenZone || m.Device != "Xiaomi Redmi Note 12" {
		t.Fatalf("meta %+v", m)
	}
	fig := f.Figure
	if fig == nil || fig.Format != "JPG" || fig.Width != 300 || fig.Height != 400 || fig.Downscaled {
		t.Fatalf("figure %+v", fig)
	}
	// The red quarter was top-left as stored; turned clockwise it is
	// top-right.
	img, err := jpeg.Decode(bytes.NewReader(fig.Data))
	if err != nil {
		t.Fatal(err)
	}
	if r, g, _, _ := img.At(250, 50).RGBA(); r>>8 < 180 || g>>8 > 60 {
		t.Errorf("top right is not red: the photo was not turned as EXIF says")
	}
	if r, g, _, _ := img.At(50, 50).RGBA(); r>>8 < 200 || g>>8 < 200 {
		t.Errorf("top left is not light")
	}
}

func TestExifWithoutZone(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "p.jpg", attachtest.Photo(40, 30, 1, "2026:11:03 02:25:00", "", "Apple", "iPhone 15"))
	f, err := attach.Read(filepath.Join(dir, "p.jpg"), "p.jpg")
	if err != nil {
		t.Fatal(err)
	}
	if f.Meta.TakenZone || f.Meta.Taken.Format("2006-01-02 15:04:05") != "2026-11-03 02:25:00" || f.Meta.Device != "Apple iPhone 15" {
		t.Errorf("meta %+v", f.Meta)
	}
}

func TestLargeImageDownscaled(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "big.png", attachtest.Screenshot(1500, 4000))
	f, err := attach.Read(filepath.Join(dir, "big.png"), "big.png")
	if err != nil {
		t.Fatal(err)
	}
	fig := f.Figure
	if !fig.Downscaled || fig.Height != attach.MaxFigureSide || fig.Width != 750 || fig.Format != "PNG" {
		t.Fatalf("figure %d×%d %s downscaled=%v", fig.Width, fig.Height, fig.Format, fig.Downscaled)
	}
	if f.Width != 1500 || f.Height != 4000 {
		t.Errorf("the attachment's own size must stay the original's: %d×%d", f.Width, f.Height)
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(fig.Data))
	if err != nil || cfg.Width != 750 {
		t.Errorf("figure PNG: %v %+v", err, cfg)
	}
}

func TestBadAttachments(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "iphone.heic", attachtest.HEIC())
	write(t, dir, "heic-named.jpg", attachtest.HEIC())
	write(t, dir, "panorama.png", attachtest.HugePNG(20000, 10000))
	write(t, dir, "cut.png", attachtest.Damaged())
	write(t, dir, "fake.jpg", []byte("<html>not a picture</html>"))
	for name, want := range map[string]string{
		"iphone.heic":    "HEIC",
		"heic-named.jpg": "HEIC",
		"panorama.png":   "20000×10000，约 200 百万像素",
		"cut.png":        "无法读取这张 PNG",
		"fake.jpg":       "内容不是可以读取的图片",
	} {
		_, err := attach.Read(filepath.Join(dir, name), name)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		ps := evidence.AsProblems(err)
		if len(ps) != 1 || ps[0].Where.File != name || !strings.Contains(ps[0].Localize("zh"), want) || ps[0].Hint.IsZero() {
			t.Errorf("%s: %v, want a message with %q, the file and a hint", name, ps, want)
		}
	}
}

func TestCollectFoldersAndPaths(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "shots/b.png", attachtest.Screenshot(90, 160))
	write(t, dir, "shots/a.png", attachtest.Screenshot(80, 160))
	write(t, dir, "shots/.DS_Store", []byte("x"))
	write(t, dir, "shots/Thumbs.db", []byte("x"))
	write(t, dir, "shots/sub/c.txt", []byte("京东客服回复：已受理。\n"))
	write(t, dir, "reply.pdf", attachtest.PDF())
	write(t, dir, "copy.png", attachtest.Screenshot(80, 160)) // same bytes as shots/a.png
	specs := []attach.Spec{
		{AttachmentSpec: evidence.AttachmentSpec{File: "shots", Kind: "login-screenshot", Caption: "登录记录"}},
		{AttachmentSpec: evidence.AttachmentSpec{File: "reply.pdf", Kind: "jd-reply"}},
		{AttachmentSpec: evidence.AttachmentSpec{File: "copy.png"}},
		{AttachmentSpec: evidence.AttachmentSpec{File: "../outside.png"}, Where: evidence.Location{File: "case.yaml", Line: 9}},
		{AttachmentSpec: evidence.AttachmentSpec{File: "missing.png"}, Where: evidence.Location{File: "case.yaml", Line: 11}},
	}
	files, problems := attach.Collect(specs, dir, resolver(dir))
	var got []string
	for _, f := range files {
		got = append(got, f.Path+":"+string(f.Type)+":"+f.Kind)
	}
	want := []string{"shots/a.png:png:login-screenshot", "shots/b.png:png:login-screenshot", "shots/sub/c.txt:text:login-screenshot", "reply.pdf:pdf:jd-reply"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("files %v, want %v", got, want)
	}
	var msgs []string
	for _, p := range problems {
		msgs = append(msgs, p.Where.Short()+" "+p.Localize("zh"))
	}
	all := strings.Join(msgs, "\n")
	for _, w := range []string{"copy.png 与 shots/a.png 内容完全相同", "case.yaml:9", "指向案件文件夹之外", "case.yaml:11", "找不到附件 \"missing.png\""} {
		if !strings.Contains(all, w) {
			t.Errorf("problems lack %q:\n%s", w, all)
		}
	}
}

// TestHostileExifCount: an EXIF entry claiming 3.5 billion values must not
// make the reader allocate for them (go-exif would).
func TestHostileExifCount(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "fuzz", "FuzzAttachRead", "exif-huge-count.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	p := write(t, t.TempDir(), "x.jpg", data)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	attach.Read(p, "x.jpg")
	runtime.ReadMemStats(&after)
	if n := after.TotalAlloc - before.TotalAlloc; n > 64<<20 {
		t.Errorf("reading a 777-byte photo allocated %d MB", n>>20)
	}
}

// FuzzAttachRead: any bytes give an attachment or a problem that names
// the file, never a panic, and images always get a figure within bounds.
func FuzzAttachRead(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "fuzz", "FuzzAttachRead", "*"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(attachtest.Screenshot(20, 40))
	f.Add(attachtest.Photo(16, 8, 8, "2026:01:02 03:04:05", "+09:00", "M", "X"))
	f.Add(attachtest.HEIC())
	f.Add(attachtest.HugePNG(70000, 70000))
	f.Add(attachtest.PDF())
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "f.png")
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		a, err := attach.Read(p, "f.png")
		if err != nil {
			if len(evidence.AsProblems(err)) == 0 {
				t.Fatalf("error without a problem: %v", err)
			}
			return
		}
		if a.Type.IsImage() && (a.Figure == nil || a.Figure.Width > attach.MaxFigureSide || a.Figure.Height > attach.MaxFigureSide) {
			t.Fatalf("image without a proper figure: %+v", a)
		}
	})
}
