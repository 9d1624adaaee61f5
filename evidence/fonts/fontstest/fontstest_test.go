package fontstest

import (
	"testing"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
)

func TestBuildParses(t *testing.T) {
	data := Build("Test CJK", Latin, CJK)
	f, err := fonts.Parse(data, "test.ttf", 0)
	if err != nil {
		t.Fatal(err)
	}
	if !f.IsCJK() || !f.HasLatin() || f.Family != "Test CJK" || f.Has('𠮷') || f.Has('\u0100') {
		t.Errorf("coverage wrong: cjk %v latin %v family %q", f.IsCJK(), f.HasLatin(), f.Family)
	}
}
