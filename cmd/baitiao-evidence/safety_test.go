package main

import (
	"bytes"
	"crypto/sha256"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/bundle"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc/pdfcheck"
)

const testNow = "2026-11-25T10:00:00+08:00"

// sampleDir copies the sample case into a folder and writes the test font.
func sampleDir(t *testing.T) (dir, font string) {
	t.Helper()
	dir = t.TempDir()
	copyTree(t, filepath.Join("..", "..", "testdata", "sample"), dir)
	font = filepath.Join(t.TempDir(), "font.ttf")
	write(t, filepath.Dir(font), "font.ttf", testFont())
	return dir, font
}

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, streams{In: &bytes.Buffer{}, Out: &out, Err: &errb}, func(string) string { return "" })
	return code, out.String(), errb.String()
}

// startPaused runs the command in a child process that stops just before
// renaming the bundle into place, and kills it there with SIGKILL.
func startPausedAndKill(t *testing.T, args ...string) {
	t.Helper()
	marker := filepath.Join(t.TempDir(), "paused")
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "BAITIAO_EVIDENCE_TEST_MAIN=1", "BAITIAO_EVIDENCE_TEST_PAUSE="+marker)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if _, err := os.Stat(marker); err == nil {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the child never reached the pause point: %s", errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
}

func TestKilledBeforeRename(t *testing.T) {
	dir, font := sampleDir(t)
	out := filepath.Join(t.TempDir(), "out")
	args := []string{"bundle", filepath.Join(dir, "case.yaml"), "-o", out, "--font", font, "--now", testNow}
	startPausedAndKill(t, args...)
	if _, err := os.Stat(out); err == nil {
		t.Fatal("a killed bundle left OUT behind")
	}
	// A rerun succeeds and tidies the killed run's temporary folder.
	if code, _, e := runCLI(t, args...); code != 0 {
		t.Fatalf("rerun: %s", e)
	}
	if v, err := bundle.Verify(out); err != nil || !v.OK {
		t.Fatalf("verify after rerun: %v", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("left beside the bundle: %v", entries)
	}

	// --force over an existing bundle, killed: the old one survives intact.
	before := treeHash(t, out)
	startPausedAndKill(t, append(args, "--force", "--now", "2026-11-26T10:00:00+08:00")...)
	if treeHash(t, out) != before {
		t.Fatal("the old bundle changed when --force was killed")
	}
	if v, err := bundle.Verify(out); err != nil || !v.OK {
		t.Fatal("the old bundle no longer verifies")
	}
	if code, _, e := runCLI(t, append(args, "--force")...); code != 0 {
		t.Fatalf("rerun with --force: %s", e)
	}
}

// treeHash hashes every file of a folder, names included.
func treeHash(t *testing.T, dir string) string {
	h := sha256.New()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		data, _ := os.ReadFile(p)
		h.Write([]byte(rel + "\x00"))
		h.Write(data)
		return nil
	})
	return string(h.Sum(nil))
}

type fileState struct {
	sum   [32]byte
	size  int64
	mtime time.Time
	mode  fs.FileMode
}

func snapshot(t *testing.T, dir string) map[string]fileState {
	m := map[string]fileState{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		st, _ := os.Stat(p)
		data, _ := os.ReadFile(p)
		m[p] = fileState{sha256.Sum256(data), st.Size(), st.ModTime(), st.Mode()}
		return nil
	})
	return m
}

// TestEvidenceNeverAltered runs every command on the sample case and checks
// that the inputs' bytes, sizes, times and modes are as they were.
func TestEvidenceNeverAltered(t *testing.T) {
	dir, font := sampleDir(t)
	work := t.TempDir()
	c := filepath.Join(dir, "case.yaml")
	before := snapshot(t, dir)
	time.Sleep(10 * time.Millisecond) // a write now would show in the times
	for _, args := range [][]string{
		{"inspect", filepath.Join(dir, "exports", "jd.csv"), filepath.Join(dir, "exports", "logins.csv"), filepath.Join(dir, "exports", "baitiao-bill.csv")},
		{"inspect", "--case", c, "--json"},
		{"report", c, "-o", filepath.Join(work, "r.pdf"), "--font", font},
		{"letter", c, "--to", "all", "-o", filepath.Join(work, "letters"), "--font", font},
		{"review", c, "-o", filepath.Join(work, "review.xlsx")},
		{"status", c},
		{"bundle", c, "-o", filepath.Join(work, "b"), "--zip", "--font", font},
		{"bundle", c, "-o", filepath.Join(work, "r"), "--redact", "--font", font},
		{"verify", filepath.Join(work, "b")},
		{"verify", filepath.Join(work, "b.zip")},
	} {
		if code, _, e := runCLI(t, append(args, "--now", testNow)...); code != 0 {
			t.Fatalf("%v: %s", args, e)
		}
	}
	after := snapshot(t, dir)
	if len(after) != len(before) {
		t.Fatalf("%d files before, %d after", len(before), len(after))
	}
	for p, b := range before {
		if after[p] != b {
			t.Errorf("%s changed: %+v → %+v", p, b, after[p])
		}
	}
}

// TestFormulaCellsStayText: cells that look like formulas in an export are
// text in every spreadsheet the tool writes, and printed verbatim.
func TestFormulaCellsStayText(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, filepath.Join("..", "..", "testdata", "bad", "formula-cells.csv"), filepath.Join(dir, "jd.csv"))
	write(t, dir, "case.yaml", []byte("victim:\n  name: 张三\ninputs:\n  transactions: [jd.csv]\ndisputes:\n  - order: \"-301122334455\"\n"))
	font := filepath.Join(dir, "font.ttf")
	write(t, dir, "font.ttf", testFont())
	out := filepath.Join(t.TempDir(), "out")
	if code, _, e := runCLI(t, "bundle", filepath.Join(dir, "case.yaml"), "-o", out, "--font", font, "--now", testNow); code != 0 {
		t.Fatal(e)
	}
	if code, _, e := runCLI(t, "review", filepath.Join(dir, "case.yaml"), "-o", filepath.Join(out, "..", "review.xlsx"), "--now", testNow); code != 0 {
		t.Fatal(e)
	}
	for _, p := range []string{filepath.Join(out, "disputed.xlsx"), filepath.Join(out, "..", "review.xlsx")} {
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatalf("%s does not reopen: %v", p, err)
		}
		var texts []string
		for _, sheet := range f.GetSheetList() {
			rows, _ := f.GetRows(sheet)
			for r, row := range rows {
				for c, v := range row {
					cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
					if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
						t.Errorf("%s %s!%s is a formula: %s", filepath.Base(p), sheet, cell, formula)
					}
					texts = append(texts, v)
				}
			}
		}
		joined := strings.Join(texts, "\n")
		for _, want := range []string{"=1+1", `=HYPERLINK("http://x")`} {
			if !strings.Contains(joined, want) {
				t.Errorf("%s lacks the text %q", filepath.Base(p), want)
			}
		}
		f.Close()
	}
	pdf, _ := os.ReadFile(filepath.Join(out, "report.pdf"))
	text, _ := pdfcheck.Text(pdf)
	for _, want := range []string{"=1+1", "-301122334455"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report does not print %q verbatim", want)
		}
	}
	letter, _ := os.ReadFile(filepath.Join(out, "letter-jd.txt"))
	if !strings.Contains(string(letter), "=1+1") {
		t.Error("the letter does not print =1+1 verbatim")
	}
}
