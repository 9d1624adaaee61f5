package fonts_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts/fontstest"
)

func TestCollectionFaceExtraction(t *testing.T) {
	a := fontstest.Build("Face A", fontstest.Latin, fontstest.CJK)
	b := fontstest.Build("Face B", fontstest.CJK)
	ttc := fontstest.Collection(a, b)
	for i, want := range []struct {
		family string
		latin  bool
	}{{"Face A", true}, {"Face B", false}} {
		f, err := fonts.Parse(ttc, "test.ttc", i)
		if err != nil {
			t.Fatalf("face %d: %v", i, err)
		}
		if f.Family != want.family || f.HasLatin() != want.latin || !f.IsCJK() {
			t.Errorf("face %d: family %q latin %v", i, f.Family, f.HasLatin())
		}
	}
	if _, err := fonts.Parse(ttc, "test.ttc", 2); err == nil {
		t.Error("face 2 of 2 should not exist")
	}
}

// TestWenQuanYiCollection cuts both faces out of the real WenQuanYi Micro
// Hei collection when it is installed (CI installs it).
func TestWenQuanYiCollection(t *testing.T) {
	const path = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("BAITIAO_EVIDENCE_REQUIRE_FONT") != "" {
			t.Fatalf("CI must have %s", path)
		}
		t.Skip("fonts-wqy-microhei is not installed")
	}
	for i, family := range []string{"WenQuanYi Micro Hei", "WenQuanYi Micro Hei Mono"} {
		f, err := fonts.Load(path, i)
		if err != nil {
			t.Fatal(err)
		}
		if f.Family != family || !f.IsCJK() || !f.HasLatin() || !f.Has('¥') {
			t.Errorf("face %d: %q cjk %v latin %v", i, f.Family, f.IsCJK(), f.HasLatin())
		}
		if f.Has('䶮') {
			t.Error("WenQuanYi Micro Hei is known to lack 䶮; the test relies on it")
		}
	}
}

func TestRefusals(t *testing.T) {
	cff := append([]byte("OTTO"), make([]byte, 100)...)
	if _, err := fonts.Parse(cff, "x.otf", 0); !errors.Is(err, fonts.ErrCFF) {
		t.Errorf("CFF: %v", err)
	}
	if _, err := fonts.Parse([]byte("hello, world"), "x.ttf", 0); !errors.Is(err, fonts.ErrNotFont) {
		t.Errorf("not a font: %v", err)
	}
	latin := fontstest.Build("Latin Only", fontstest.Latin)
	f, err := fonts.Parse(latin, "l.ttf", 0)
	if err != nil || f.IsCJK() {
		t.Errorf("a Latin font parses but is not CJK: %v", err)
	}
}

// TestDiscoveryOrder checks the documented order on fake Windows, macOS
// and Linux font folders, and that the first usable one is chosen.
func TestDiscoveryOrder(t *testing.T) {
	cjk := fontstest.Build("Fake CJK", fontstest.Latin, fontstest.CJK)
	latin := fontstest.Build("Fake Latin", fontstest.Latin)
	cff := append([]byte("OTTO"), make([]byte, 100)...)
	tests := []struct {
		os     string
		env    map[string]string
		files  map[string][]byte
		order  []string
		chosen string
	}{
		{
			os:  "windows",
			env: map[string]string{"WINDIR": `C:\Windows`, "LOCALAPPDATA": `C:\Users\u\AppData\Local`},
			files: map[string][]byte{
				"Windows/Fonts/arial.ttf": latin, "Windows/Fonts/simsun.ttc": fontstest.Collection(cjk, cjk),
				"Windows/Fonts/simhei.ttf": cjk, "Windows/Fonts/msyh.ttc": cff,
				"Users/u/AppData/Local/Microsoft/Windows/Fonts/LXGWWenKai-Regular.ttf": cjk,
			},
			order:  []string{`C:\Windows\Fonts\msyh.ttc`, `C:\Windows\Fonts\simhei.ttf`, `C:\Windows\Fonts\simsun.ttc`},
			chosen: `C:\Windows\Fonts\simhei.ttf`,
		},
		{
			os:  "darwin",
			env: map[string]string{"HOME": "/Users/u"},
			files: map[string][]byte{
				"System/Library/Fonts/PingFang.ttc": fontstest.Collection(cjk), "System/Library/Fonts/Supplemental/Songti.ttc": cjk,
				"System/Library/Fonts/Helvetica.ttc": latin, "Library/Fonts/Arial Unicode.ttf": cjk,
			},
			order:  []string{"/System/Library/Fonts/PingFang.ttc", "/System/Library/Fonts/Supplemental/Songti.ttc", "/Library/Fonts/Arial Unicode.ttf"},
			chosen: "/System/Library/Fonts/PingFang.ttc",
		},
		{
			// Windows 11 as shipped: 微软雅黑 usable, chosen.
			os:  "windows",
			env: map[string]string{"SystemRoot": `C:\WINDOWS`},
			files: map[string][]byte{
				"WINDOWS/Fonts/msyh.ttc": fontstest.Collection(cjk, cjk, cjk), "WINDOWS/Fonts/msyhbd.ttc": fontstest.Collection(cjk),
				"WINDOWS/Fonts/Deng.ttf": cjk, "WINDOWS/Fonts/simsun.ttc": fontstest.Collection(cjk, cjk),
				"WINDOWS/Fonts/segoeui.ttf": latin, "WINDOWS/Fonts/simsunb.ttf": cjk,
			},
			order:  []string{`C:\WINDOWS\Fonts\msyh.ttc`, `C:\WINDOWS\Fonts\Deng.ttf`, `C:\WINDOWS\Fonts\simsun.ttc`, `C:\WINDOWS\Fonts\simsunb.ttf`},
			chosen: `C:\WINDOWS\Fonts\msyh.ttc`,
		},
		{
			// Recent macOS: PingFang only as a downloaded asset, here in the
			// private outline format (no glyf) and refused; 华文黑体 is next.
			os:  "darwin",
			env: map[string]string{"HOME": "/Users/u"},
			files: map[string][]byte{
				"System/Library/AssetsV2/com_apple_MobileAsset_Font7/3b2c.asset/AssetData/PingFang.ttc": fontstest.Collection(withoutGlyf(t, cjk)),
				"System/Library/AssetsV2/com_apple_MobileAsset_TextInput/x.asset/AssetData/dict.ttf":    cjk, // not a font asset folder
				"System/Library/Fonts/STHeiti Light.ttc":                                                fontstest.Collection(cjk, cjk),
				"System/Library/Fonts/STHeiti Medium.ttc":                                               fontstest.Collection(cjk, cjk),
				"System/Library/Fonts/Hiragino Sans GB.ttc":                                             fontstest.Collection(cjk, cjk),
				"System/Library/Fonts/Supplemental/Songti.ttc":                                          fontstest.Collection(cjk),
				"System/Library/Fonts/Supplemental/Arial Unicode.ttf":                                   cjk,
				"System/Library/Fonts/Helvetica.ttc":                                                    fontstest.Collection(latin),
			},
			order: []string{
				"/System/Library/AssetsV2/com_apple_MobileAsset_Font7/3b2c.asset/AssetData/PingFang.ttc",
				"/System/Library/Fonts/STHeiti Medium.ttc", "/System/Library/Fonts/STHeiti Light.ttc",
				"/System/Library/Fonts/Hiragino Sans GB.ttc", "/System/Library/Fonts/Supplemental/Songti.ttc",
				"/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
			},
			chosen: "/System/Library/Fonts/STHeiti Medium.ttc",
		},
		{
			// A downloaded PingFang in the usual TrueType form is chosen.
			os:  "darwin",
			env: map[string]string{"HOME": "/Users/u"},
			files: map[string][]byte{
				"System/Library/AssetsV2/com_apple_MobileAsset_Font8/9f.asset/AssetData/PingFang.ttc": fontstest.Collection(cjk, cjk),
				"System/Library/Fonts/STHeiti Light.ttc":                                              fontstest.Collection(cjk),
				"Users/u/Library/Fonts/LXGWWenKai-Regular.ttf":                                        cjk,
			},
			order:  []string{"/System/Library/AssetsV2/com_apple_MobileAsset_Font8/9f.asset/AssetData/PingFang.ttc", "/System/Library/Fonts/STHeiti Light.ttc"},
			chosen: "/System/Library/AssetsV2/com_apple_MobileAsset_Font8/9f.asset/AssetData/PingFang.ttc",
		},
		{
			os:  "linux",
			env: map[string]string{"HOME": "/home/u"},
			files: map[string][]byte{
				"usr/share/fonts/truetype/dejavu/DejaVuSans.ttf":           latin,
				"usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf": fontstest.Build("Droid", fontstest.CJK),
				"usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc":    cff,
				"home/u/.local/share/fonts/LXGWWenKai-Regular.ttf":         cjk,
			},
			order:  []string{"/home/u/.local/share/fonts/LXGWWenKai-Regular.ttf", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"},
			chosen: "/home/u/.local/share/fonts/LXGWWenKai-Regular.ttf",
		},
	}
	for _, tt := range tests {
		t.Run(tt.os, func(t *testing.T) {
			root := t.TempDir()
			for name, data := range tt.files {
				p := filepath.Join(root, filepath.FromSlash(name))
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			sys := fonts.System{OS: tt.os, Root: root, Getenv: func(k string) string { return tt.env[k] }}
			var known []string
			for _, c := range sys.Candidates("") {
				if c.From == "known" {
					known = append(known, c.Path)
				}
			}
			if len(known) < len(tt.order) {
				t.Fatalf("known candidates %v, want %v first", known, tt.order)
			}
			for i := range tt.order {
				if known[i] != tt.order[i] {
					t.Errorf("candidate %d = %s, want %s (all: %v)", i, known[i], tt.order[i], known)
				}
			}
			f, _, err := sys.Choose("")
			if err != nil || f.Path != tt.chosen {
				t.Fatalf("chose %v, %v; want %s", f, err, tt.chosen)
			}
		})
	}
}

// withoutGlyf renames a font's glyf table to hvgl, as Apple's private
// outline format does: the font then has no outlines gofpdf can use.
func withoutGlyf(t *testing.T, font []byte) []byte {
	out := append([]byte(nil), font...)
	n := int(out[4])<<8 | int(out[5])
	for i := 0; i < n; i++ {
		rec := out[12+16*i:]
		if string(rec[:4]) == "glyf" {
			copy(rec, "hvgl")
			return out
		}
	}
	t.Fatal("no glyf table")
	return nil
}

func TestChooseRespectsFlag(t *testing.T) {
	root := t.TempDir()
	good := filepath.Join(root, "good.ttf")
	os.WriteFile(good, fontstest.Build("Good", fontstest.CJK, fontstest.Latin), 0o644)
	bad := filepath.Join(root, "bad.otf")
	os.WriteFile(bad, append([]byte("OTTO"), make([]byte, 64)...), 0o644)
	sys := fonts.System{OS: "linux", Getenv: func(k string) string {
		if k == "BAITIAO_EVIDENCE_FONT" {
			return good
		}
		return ""
	}}
	if f, _, err := sys.Choose(""); err != nil || f.Path != good {
		t.Errorf("env font: %v %v", f, err)
	}
	// A font the user names that cannot be used is an error, even when
	// another would do.
	if _, _, err := sys.Choose(bad); !errors.Is(err, fonts.ErrCFF) {
		t.Errorf("flag font: %v", err)
	}
	empty := fonts.System{OS: "linux", Root: t.TempDir()}
	if _, _, err := empty.Choose(""); !errors.Is(err, fonts.ErrNoFont) {
		t.Errorf("no fonts: %v", err)
	}
}
