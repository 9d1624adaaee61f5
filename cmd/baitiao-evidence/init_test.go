package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// testApp returns an app writing into buffers.
func testApp(lang i18n.Lang) (*app, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	a := &app{streams: streams{In: &bytes.Buffer{}, Out: &out, Err: &errb}, getenv: func(string) string { return "" },
		lang: lang, langArg: string(lang), nowArg: "2026-11-25T10:00:00+08:00"}
	return a, &out, &errb
}

func TestCaseTemplatesParse(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		text, err := renderCaseTemplate(lang, time.Date(2026, 11, 25, 10, 0, 0, 0, evidence.ChinaZone()))
		if err != nil {
			t.Fatal(err)
		}
		c, warnings, err := evidence.ParseCase("case.yaml", text, evidence.CaseOptions{})
		if err != nil {
			t.Fatalf("%s template: %v", lang, err)
		}
		if len(warnings) != 0 || c.DiscoveredAt.String() != "2026-11-25" || len(c.Inputs.Transactions) != 1 {
			t.Errorf("%s template: warnings %v, case %+v", lang, warnings, c)
		}
	}
}

func TestInitPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permissions")
	}
	a, _, _ := testApp(i18n.ZH)
	dir := filepath.Join(t.TempDir(), "case")
	if err := runInit(a, &initOptions{Dir: dir}); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]os.FileMode{dir: 0o700, filepath.Join(dir, "exports"): 0o700, filepath.Join(dir, "case.yaml"): 0o600} {
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != want {
			t.Errorf("%s: mode %o, want %o", path, st.Mode().Perm(), want)
		}
	}
}

func TestDefaultLang(t *testing.T) {
	for env, want := range map[string]i18n.Lang{"": i18n.ZH, "en_US.UTF-8": i18n.EN, "zh_CN.UTF-8": i18n.ZH, "C": i18n.ZH, "fr_FR": i18n.ZH} {
		got := defaultLang(func(k string) string {
			if k == "LANG" {
				return env
			}
			return ""
		})
		if got != want {
			t.Errorf("LANG=%q: %s, want %s", env, got, want)
		}
	}
}
