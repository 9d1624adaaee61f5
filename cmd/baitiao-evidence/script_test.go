package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/attach/attachtest"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts/fontstest"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ocr/ocrtest"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc/pdfcheck"
)

var testFont = sync.OnceValue(func() []byte { return fontstest.Build("Test CJK", fontstest.Latin, fontstest.CJK) })

// cmdPDFText prints the text of a PDF (after validating it), so scripts can
// check what a page says: pdftext FILE.
func cmdPDFText(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: pdftext FILE")
	}
	data, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	if err := pdfcheck.Validate(data); err != nil {
		if neg {
			return
		}
		ts.Fatalf("%s is not a valid PDF: %v", args[0], err)
	}
	text, err := pdfcheck.Text(data)
	ts.Check(err)
	ts.Stdout().Write([]byte(text + "\n"))
}

// cmdMkAttach writes a test attachment: mkattach screenshot|photo|heic|huge|damaged|pdf FILE.
func cmdMkAttach(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: mkattach screenshot|photo|heic|huge|damaged|pdf FILE")
	}
	var data []byte
	switch args[0] {
	case "screenshot":
		data = attachtest.Screenshot(1179, 2556)
	case "screenshot2":
		data = attachtest.Screenshot(1080, 2400)
	case "photo":
		data = attachtest.Photo(1600, 1200, 6, "2026:11:04 09:30:15", "+08:00", "Xiaomi", "Redmi Note 12")
	case "heic":
		data = attachtest.HEIC()
	case "huge":
		data = attachtest.HugePNG(20000, 10000)
	case "damaged":
		data = attachtest.Damaged()
	case "pdf":
		data = attachtest.PDF()
	default:
		ts.Fatalf("mkattach: unknown kind %s", args[0])
	}
	p := ts.MkAbs(args[1])
	ts.Check(os.MkdirAll(filepath.Dir(p), 0o755))
	ts.Check(os.WriteFile(p, data, 0o644))
}

// realFont is a Chinese font of this machine (nil without one): OCR
// needs real glyphs, not the test font's boxes.
var realFont = sync.OnceValue(func() []byte {
	face, _, err := fonts.System{OS: runtime.GOOS, Getenv: os.Getenv}.Choose("")
	if err != nil {
		return nil
	}
	return face.Data
})

// cmdMkLoginScreen draws a screenshot of a login record list with the
// machine's Chinese font: mkloginscreen cards|labeled FILE. Scripts using
// it check [realfont] first.
func cmdMkLoginScreen(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: mkloginscreen cards|labeled FILE")
	}
	layout := ocrtest.Cards
	if args[0] == "labeled" {
		layout = ocrtest.Labeled
	}
	recs := []ocrtest.Record{
		{Time: "2026-11-03 02:20:41", Place: "广东省深圳市", Device: "HUAWEI Mate 60", Method: "密码登录", Result: "成功", IP: "223.104.63.18"},
		{Time: "2026-11-03 02:19:02", Place: "广东省深圳市", Device: "HUAWEI Mate 60", Method: "密码登录", Result: "失败", IP: "223.104.63.18"},
		{Time: "2026-10-28 20:15:33", Place: "北京市朝阳区", Device: "iPhone 15", Method: "短信验证码登录", Result: "成功", IP: "114.247.50.2"},
	}
	png, err := ocrtest.LoginScreen(realFont(), recs, layout)
	ts.Check(err)
	p := ts.MkAbs(args[1])
	ts.Check(os.MkdirAll(filepath.Dir(p), 0o755))
	ts.Check(os.WriteFile(p, png, 0o644))
}

var update = flag.Bool("update", false, "rewrite golden files and the expected output in scripts")

// TestMain lets the test binary run as baitiao-evidence, so the scripts in
// testdata/script run the real command line as a user would.
func TestMain(m *testing.M) {
	// The crash tests start the test binary as the command itself.
	if os.Getenv("BAITIAO_EVIDENCE_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], newStreams(os.Stdin, os.Stdout, os.Stderr), os.Getenv))
	}
	testscript.Main(m, map[string]func(){
		progName: func() { os.Exit(run(os.Args[1:], newStreams(os.Stdin, os.Stdout, os.Stderr), os.Getenv)) },
	})
}

func TestScripts(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join(testdata, "script"),
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", testdata)
			// A font built by the test, so the scripts need no installed
			// Chinese font.
			font := filepath.Join(env.WorkDir, "testfont.ttf")
			if err := os.WriteFile(font, testFont(), 0o600); err != nil {
				return err
			}
			env.Setenv("TESTFONT", font)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "realfont" {
				return realFont() != nil, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"pdftext":       cmdPDFText,
			"mkattach":      cmdMkAttach,
			"mkloginscreen": cmdMkLoginScreen,
		},
	})
}
