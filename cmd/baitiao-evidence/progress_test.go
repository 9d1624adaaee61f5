package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/synth"
)

// TestProgress: reading a large export at a terminal draws a progress line
// on stderr, redrawn in place and cleared before anything else is
// printed; with --quiet or without a terminal there is none.
func TestProgress(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.csv")
	var buf bytes.Buffer
	o := synth.Options{Rows: 30000, Seed: 3}
	if err := synth.WriteCSV(&buf, synth.Transactions(o), o); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	// A clock that moves a second on every look, so every step is drawn.
	var tick time.Time
	clock := func() time.Time { tick = tick.Add(time.Second); return tick }

	inspect := func(terminal bool, extra ...string) (string, string) {
		var out, errb bytes.Buffer
		a := &app{streams: streams{In: &bytes.Buffer{}, Out: &out, Err: &errb, ErrIsTerminal: terminal},
			getenv: func(string) string { return "" }, clock: clock}
		code := runWithApp(a, append([]string{"inspect", path}, extra...))
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		return out.String(), errb.String()
	}

	out, errs := inspect(true)
	if !strings.Contains(errs, "\r正在读取 …") || !strings.Contains(errs, "/big.csv：100%（4.4 MB / 4.4 MB）") {
		t.Errorf("no progress on a terminal: %q", errs)
	}
	if n := strings.Count(errs, "\r正在读取"); n < 2 {
		t.Errorf("progress drawn %d times, want it redrawn as the file is read", n)
	}
	// The line is cleared at the end: the last thing on stderr is a
	// carriage return after blanks.
	if !strings.HasSuffix(errs, " \r") {
		t.Errorf("progress line not cleared: %q", errs[max(0, len(errs)-40):])
	}
	if !strings.Contains(out, "交易流水") {
		t.Errorf("inspect output missing: %s", out)
	}

	if _, errs := inspect(true, "--quiet"); errs != "" {
		t.Errorf("--quiet still drew: %q", errs)
	}
	if _, errs := inspect(false); errs != "" {
		t.Errorf("progress without a terminal: %q", errs)
	}
}
