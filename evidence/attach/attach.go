// Package attach reads the attachments of a case — screenshots of the JD
// app's login records, overdue SMS, bill screens, the police receipt, JD's
// replies — as evidence: each file is hashed and described (its type from
// its bytes, an image's size, EXIF capture time and device when present,
// the file's own modification time), and images are prepared for the
// report: turned upright as EXIF says, scaled down when huge, re-encoded
// in a form the PDF library reads. The files themselves are never changed.
package attach

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/utf8cut"
)

// Type is what a file holds, decided from its bytes.
type Type string

const (
	TypePNG   Type = "png"
	TypeJPEG  Type = "jpeg"
	TypeGIF   Type = "gif"
	TypeWebP  Type = "webp"
	TypeBMP   Type = "bmp"
	TypeHEIF  Type = "heif" // HEIC/HEIF/AVIF: phones' own photo format, not decodable here
	TypePDF   Type = "pdf"
	TypeText  Type = "text"
	TypeOther Type = "other"
)

// IsImage reports whether files of this type are shown as figures.
func (t Type) IsImage() bool {
	switch t {
	case TypePNG, TypeJPEG, TypeGIF, TypeWebP, TypeBMP:
		return true
	}
	return false
}

// Localize implements i18n.Localizer.
func (t Type) Localize(lang i18n.Lang) string {
	x, ok := map[Type]i18n.Text{
		TypePNG: {ZH: "PNG 图片", EN: "PNG image"}, TypeJPEG: {ZH: "JPEG 图片", EN: "JPEG image"},
		TypeGIF: {ZH: "GIF 图片", EN: "GIF image"}, TypeWebP: {ZH: "WebP 图片", EN: "WebP image"},
		TypeBMP: {ZH: "BMP 图片", EN: "BMP image"}, TypeHEIF: {ZH: "HEIC 图片", EN: "HEIC image"},
		TypePDF: {ZH: "PDF 文件", EN: "PDF document"}, TypeText: {ZH: "文本文件", EN: "text file"},
		TypeOther: {ZH: "文件", EN: "file"},
	}[t]
	if !ok {
		return string(t)
	}
	return x.Localize(lang)
}

// Limits on what is read.
const (
	// MaxImageBytes bounds an image file read into memory.
	MaxImageBytes = 64 << 20
	// MaxPixels bounds an image decoded for the report: decoding needs
	// about four bytes a pixel. Phone photos (12–50 megapixels) are well
	// inside it; a 200-megapixel panorama or scan is refused.
	MaxPixels = 100_000_000
	// MaxFigureSide is the longest side, in pixels, of an image as put in
	// the report: about 280 dpi across the page, enough for a phone
	// screenshot's small print.
	MaxFigureSide = 2000
)

// File is one attachment.
type File struct {
	Path    string // relative to the case folder, slash-separated
	Abs     string
	Kind    string // login-screenshot, sms, … (evidence.AttachmentKinds); "other" when not given
	Caption string
	Type    Type
	Size    int64
	SHA256  string
	ModTime time.Time // the file's modification time: metadata, not proof

	// Images only.
	Width, Height int // as shown, after the EXIF orientation
	Meta          Meta
	Figure        *Figure // the image as put in the report
}

// Meta is what an image's EXIF data says.
type Meta struct {
	Orientation int       // EXIF 1–8; 0 when absent
	Taken       time.Time // DateTimeOriginal (or DateTime)
	TakenZone   bool      // the EXIF data gave the zone (OffsetTimeOriginal)
	Device      string    // Make and Model
	Software    string
}

// Figure is an image ready for the PDF: upright, at most MaxFigureSide on
// its longest side, flattened onto white, 8-bit.
type Figure struct {
	Data       []byte
	Format     string // "PNG" or "JPG", as gofpdf names them
	Width      int
	Height     int
	Downscaled bool
}

// Spec is an attachments entry of case.yaml with where it is written.
type Spec struct {
	evidence.AttachmentSpec
	Where evidence.Location
}

// Collect reads every attachment the case lists. resolve maps a path of
// case.yaml to a file inside the case folder (an error when it leads
// outside); caseDir is that folder. Folders contribute every file inside
// them, sorted. All problems are returned together, so the user sees every
// bad attachment at once.
func Collect(specs []Spec, caseDir string, resolve func(string) (string, error)) ([]*File, []evidence.Problem) {
	var files []*File
	var problems []evidence.Problem
	seen := map[string]string{} // SHA-256 → first path
	fail := func(where evidence.Location, msg, hint i18n.Message) {
		problems = append(problems, evidence.Problem{Severity: evidence.Fatal, Where: where, Msg: msg, Hint: hint})
	}
	for _, s := range specs {
		abs, err := resolve(s.File)
		if err != nil {
			fail(s.Where, i18n.M("case.path_outside", s.File), i18n.M("hint.path_outside"))
			continue
		}
		st, err := os.Stat(abs)
		if err != nil {
			fail(s.Where, i18n.M("attach.not_found", s.File), i18n.M("hint.attach_not_found"))
			continue
		}
		paths := []string{abs}
		if st.IsDir() {
			paths = listFolder(abs)
			if len(paths) == 0 {
				fail(s.Where, i18n.M("attach.empty_folder", s.File), i18n.M("hint.attach_not_found"))
				continue
			}
		}
		for _, p := range paths {
			rel, err := filepath.Rel(caseDir, p)
			if err != nil {
				rel = p
			}
			rel = filepath.ToSlash(rel)
			f, err := Read(p, rel)
			if err != nil {
				problems = append(problems, evidence.AsProblems(err)...)
				continue
			}
			if first, dup := seen[f.SHA256]; dup {
				problems = append(problems, evidence.Problem{Severity: evidence.Warning, Where: s.Where,
					Msg: i18n.M("attach.duplicate", rel, first), Hint: i18n.Message{}})
				continue
			}
			seen[f.SHA256] = rel
			f.Kind, f.Caption = s.Kind, strings.TrimSpace(s.Caption)
			if f.Kind == "" {
				f.Kind = "other"
			}
			files = append(files, f)
		}
	}
	return files, problems
}

// listFolder lists the files below dir, sorted by path, leaving out hidden
// files and the ones operating systems leave behind.
func listFolder(dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if p != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && !osClutter[strings.ToLower(name)] {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

var osClutter = map[string]bool{"thumbs.db": true, "desktop.ini": true, "ehthumbs.db": true}

// Read reads one attachment file at path, named rel in messages.
func Read(path, rel string) (*File, error) {
	where := evidence.Location{File: rel}
	fh, err := os.Open(path)
	if err != nil {
		return nil, evidence.Errorf(where, i18n.M("attach.unreadable_file", err.Error()), i18n.M("hint.attach_not_found"))
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, evidence.Errorf(where, i18n.M("attach.unreadable_file", err.Error()), i18n.M("hint.attach_not_found"))
	}
	f := &File{Path: rel, Abs: path, Size: st.Size(), ModTime: st.ModTime()}
	head := make([]byte, 4096)
	n, _ := io.ReadFull(fh, head)
	head = head[:n]
	f.Type = sniff(head)
	if _, err := fh.Seek(0, io.SeekStart); err != nil {
		return nil, evidence.Errorf(where, i18n.M("attach.unreadable_file", err.Error()), i18n.Message{})
	}
	imageName := isImageName(rel)
	switch {
	case f.Type == TypeHEIF:
		return nil, evidence.Errorf(where, i18n.M("attach.heic"), i18n.M("hint.heic"))
	case f.Type.IsImage():
		if f.Size > MaxImageBytes {
			return nil, evidence.Errorf(where, i18n.M("attach.image_too_big_file", f.Size>>20, MaxImageBytes>>20), i18n.M("hint.image_too_big"))
		}
		data, err := io.ReadAll(fh)
		if err != nil {
			return nil, evidence.Errorf(where, i18n.M("attach.unreadable_file", err.Error()), i18n.Message{})
		}
		sum := sha256.Sum256(data)
		f.SHA256 = hex.EncodeToString(sum[:])
		if err := f.prepareImage(data); err != nil {
			return nil, err
		}
		return f, nil
	case imageName:
		// Named like a picture, but its bytes are not one this tool (or a
		// reviewer's viewer) can show.
		return nil, evidence.Errorf(where, i18n.M("attach.not_an_image", filepath.Ext(rel)), i18n.M("hint.not_an_image"))
	}
	h := sha256.New()
	if _, err := io.Copy(h, fh); err != nil {
		return nil, evidence.Errorf(where, i18n.M("attach.unreadable_file", err.Error()), i18n.Message{})
	}
	f.SHA256 = hex.EncodeToString(h.Sum(nil))
	return f, nil
}

// sniff decides a file's type from its first bytes.
func sniff(b []byte) Type {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return TypePNG
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8, 0xFF}):
		return TypeJPEG
	case bytes.HasPrefix(b, []byte("GIF87a")), bytes.HasPrefix(b, []byte("GIF89a")):
		return TypeGIF
	case len(b) >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP":
		return TypeWebP
	case len(b) >= 14 && string(b[:2]) == "BM":
		return TypeBMP
	case len(b) >= 12 && string(b[4:8]) == "ftyp" && heifBrands[string(b[8:12])]:
		return TypeHEIF
	case bytes.Contains(b[:min(len(b), 1024)], []byte("%PDF-")):
		return TypePDF
	case len(b) > 0 && !bytes.ContainsRune(b, 0) && utf8.Valid(utf8cut.TrimPartial(b)):
		return TypeText
	}
	return TypeOther
}

var heifBrands = map[string]bool{"heic": true, "heix": true, "hevc": true, "hevx": true, "heim": true, "heis": true,
	"mif1": true, "msf1": true, "avif": true, "avis": true}

func isImageName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".heic", ".heif":
		return true
	}
	return false
}
