package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var sha256RE = regexp.MustCompile(`\b[0-9a-f]{64}\b`)

// TestJSONShapes pins the --json output of inspect, verify and status on
// the sample case to golden files (go test -run JSONShapes -update
// rewrites them). These shapes are documented in README.md and used by
// volunteers' scripts: a change here must be deliberate.
func TestJSONShapes(t *testing.T) {
	dir, font := sampleDir(t)
	caseFile := filepath.Join(dir, "case.yaml")
	out := filepath.Join(t.TempDir(), "bundle")
	if code, _, errs := runCLI(t, "bundle", caseFile, "-o", out, "--font", font, "--now", testNow); code != 0 {
		t.Fatalf("bundle: %s", errs)
	}
	for _, c := range []struct {
		name string
		args []string
	}{
		{"inspect-file", []string{"inspect", "--json", filepath.Join(dir, "exports", "jd.csv")}},
		{"inspect-case", []string{"inspect", "--json", "--case", caseFile}},
		{"verify", []string{"verify", "--json", out}},
		{"status", []string{"status", "--json", caseFile}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, stdout, errs := runCLI(t, append(c.args, "--now", testNow)...)
			if !json.Valid([]byte(stdout)) {
				t.Fatalf("not JSON: %s\n%s", stdout, errs)
			}
			// Paths of this run's folders are not part of the shape.
			got := strings.NewReplacer(filepath.ToSlash(dir), "$CASE", dir, "$CASE", filepath.ToSlash(out), "$OUT", out, "$OUT").Replace(stdout)
			if c.name == "verify" {
				// The documents' hashes change with their layout, which is
				// not what this test is about.
				got = sha256RE.ReplaceAllString(got, "<sha256>")
			}
			golden := filepath.Join("..", "..", "testdata", "golden", "json", c.name+".json")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s --json changed; if on purpose, update README.md and run go test -run JSONShapes -update\ngot:\n%s", c.name, got)
			}
		})
	}
}
