package evidence

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// addSeeds adds every file of the shared seed folder testdata/fuzz/<name>.
func addSeeds(f *testing.F, name string) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "fuzz", name, "*"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// FuzzParseTime: a parsed time is a real instant that prints back to a
// string that parses to the same instant.
func FuzzParseTime(f *testing.F) {
	addSeeds(f, "FuzzParseTime")
	zone := ChinaZone()
	f.Fuzz(func(t *testing.T, b []byte) {
		s := string(b)
		tm, dateOnly, ok := ParseTime(s, zone)
		if !ok {
			return
		}
		if tm.Year() < 1000 || tm.Year() > 9999 {
			t.Fatalf("%q parsed to year %d", s, tm.Year())
		}
		again, _, ok := ParseTime(tm.Format(time.RFC3339), zone)
		if !ok || !again.Equal(tm) {
			t.Fatalf("%q → %v does not round-trip (%v)", s, tm, again)
		}
		if dateOnly && (tm.Hour() != 0 || tm.Minute() != 0 || tm.Second() != 0) {
			t.Fatalf("%q is date-only but has a time of day", s)
		}
	})
}

// FuzzParseCase: any bytes either give a case or problems that render in
// both languages with a line; never a panic.
func FuzzParseCase(f *testing.F) {
	addSeeds(f, "FuzzParseCase")
	f.Fuzz(func(t *testing.T, b []byte) {
		c, warnings, err := ParseCase("case.yaml", b, CaseOptions{Now: time.Date(2026, 11, 25, 0, 0, 0, 0, ChinaZone())})
		if err != nil {
			if c != nil {
				t.Fatal("a case and an error")
			}
			for _, p := range AsProblems(err) {
				checkRenders(t, p)
			}
			return
		}
		for _, p := range warnings {
			checkRenders(t, p)
		}
	})
}

func checkRenders(t *testing.T, p Problem) {
	t.Helper()
	for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
		// The input may itself contain "%!": the check is on the message
		// with what it quotes from the input taken out.
		s := p.Msg.Neutral().Localize(l) + p.Hint.Neutral().Localize(l)
		if s == "" || strings.Contains(s, "%!") {
			t.Fatalf("message %q renders as %q", p.Msg.Key, s)
		}
		if !i18n.Has(p.Msg.Key) {
			t.Fatalf("message key %q not in catalog", p.Msg.Key)
		}
	}
}
