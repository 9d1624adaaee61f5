package templates

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestDemoMatchesSample keeps the embedded demo case the same as the test
// sample, file for file.
func TestDemoMatchesSample(t *testing.T) {
	n := 0
	err := fs.WalkDir(Demo(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		got, _ := fs.ReadFile(Demo(), p)
		want, err := os.ReadFile(filepath.Join("..", "testdata", "sample", filepath.FromSlash(p)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("templates/demo/%s differs from testdata/sample/%s", p, p)
		}
		return nil
	})
	if err != nil || n != 4 {
		t.Fatalf("%d demo files, %v", n, err)
	}
}

// TestPhraseFilesAgree checks that every phrase file has the same keys in
// Chinese and English.
func TestPhraseFilesAgree(t *testing.T) {
	for _, base := range []string{"report"} {
		zh, err := Embedded().Texts(base + ".zh.yaml")
		if err != nil {
			t.Fatal(err)
		}
		en, err := Embedded().Texts(base + ".en.yaml")
		if err != nil {
			t.Fatal(err)
		}
		a, b := zh.Keys(), en.Keys()
		sort.Strings(a)
		sort.Strings(b)
		if strings.Join(a, ",") != strings.Join(b, ",") {
			t.Errorf("%s: the zh and en phrase files have different keys", base)
		}
	}
	for _, name := range Names() {
		if strings.HasPrefix(name, "letter-") && strings.HasSuffix(name, ".zh.tmpl") {
			if _, err := Embedded().Read(strings.Replace(name, ".zh.", ".en.", 1)); err != nil {
				t.Errorf("%s has no English version", name)
			}
		}
	}
}
