package ocr

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Language is the tesseract language data needed: Simplified Chinese,
// which also reads the Latin letters and digits of device names and times.
const Language = "chi_sim"

// ErrNoTesseract means the tesseract command was not found.
var ErrNoTesseract = errors.New("tesseract not found")

// ErrNoLanguage means tesseract is there but lacks the Chinese data.
var ErrNoLanguage = errors.New("tesseract has no " + Language + " language data")

// Tesseract is the tesseract command.
type Tesseract struct {
	Path    string
	Timeout time.Duration // per image; 0: two minutes
}

// FindTesseract looks for the tesseract command — the one
// BAITIAO_EVIDENCE_TESSERACT names, else on PATH, else where the Windows
// installer puts it — and checks it has the Chinese language data.
func FindTesseract(getenv func(string) string) (*Tesseract, error) {
	var path string
	var err error
	if p := getenv("BAITIAO_EVIDENCE_TESSERACT"); p != "" {
		if !isFile(p) {
			return nil, ErrNoTesseract
		}
		path = p
	} else {
		path, err = exec.LookPath("tesseract")
	}
	if err != nil && runtime.GOOS == "windows" {
		for _, dir := range []string{getenv("ProgramFiles"), getenv("ProgramFiles(x86)"), getenv("LOCALAPPDATA") + `\Programs`} {
			p := filepath.Join(dir, "Tesseract-OCR", "tesseract.exe")
			if dir != "" && isFile(p) {
				path, err = p, nil
				break
			}
		}
	}
	if err != nil {
		return nil, ErrNoTesseract
	}
	t := &Tesseract{Path: path}
	out, err := t.run(context.Background(), "--list-langs")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoTesseract, err)
	}
	for _, l := range strings.Fields(string(out)) {
		if l == Language {
			return t, nil
		}
	}
	return nil, ErrNoLanguage
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// Words runs tesseract on an image and returns the words it read. The
// image is only read.
func (t *Tesseract) Words(image string) ([]Word, error) {
	timeout := t.Timeout
	if timeout == 0 {
		timeout = 2 * time.Minute
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	// --psm 4: a single column of text of variable sizes, which is what a
	// list screen is.
	out, err := t.run(ctx, image, "stdout", "-l", Language, "--psm", "4", "tsv")
	if err != nil {
		return nil, err
	}
	return ParseTSV(bytes.NewReader(out))
}

func (t *Tesseract) run(ctx context.Context, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, t.Path, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	// One thread per tesseract: images are read side by side instead.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 300 {
			msg = msg[:300]
		}
		return nil, fmt.Errorf("%v: %s", err, msg)
	}
	return out, nil
}

// ParseTSV reads tesseract's TSV output (level 5 rows are words). Lines
// are split on tabs by hand: a word may be a lone quote mark, which
// encoding/csv would take for the start of a quoted field.
func ParseTSV(r io.Reader) ([]Word, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var words []Word
	for sc.Scan() {
		rec := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(rec) < 12 || rec[0] != "5" {
			continue // the header, and page, block, paragraph and line rows
		}
		n := func(i int) int { v, _ := strconv.Atoi(rec[i]); return v }
		conf, _ := strconv.ParseFloat(rec[10], 64)
		words = append(words, Word{Block: n(2), Par: n(3), Line: n(4), Left: n(6), Top: n(7), Width: n(8), Height: n(9),
			Conf: conf, Text: strings.Join(rec[11:], " ")})
	}
	return words, sc.Err()
}
