package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/template"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ingest"
	"github.com/baitiao-evidence/baitiao-evidence/templates"
)

// initOptions are the inputs of `init`.
type initOptions struct {
	Dir         string
	Interactive bool // ask even when stdin is not a terminal (answers piped in)
	Blank       bool // write the blank template even at a terminal
}

func newInitCmd(a *app) *cobra.Command {
	opts := &initOptions{}
	cmd := &cobra.Command{
		Use:     "init DIR",
		Short:   a.T("cmd.init.short"),
		Long:    a.T("cmd.init.long"),
		Example: a.T("cmd.init.example"),
		Args:    args(1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = args[0]
			if opts.Interactive && opts.Blank {
				return usagef("usage.init_modes")
			}
			return runInit(a, opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.Interactive, "interactive", "i", false, a.T("flag.interactive"))
	cmd.Flags().BoolVar(&opts.Blank, "blank", false, a.T("flag.blank"))
	return cmd
}

// runInit writes DIR/case.yaml and an exports folder for the files. At a
// terminal (or with --interactive) it first asks for the case fields and
// the exports, checking each answer; otherwise it writes the commented
// template for the user to fill in. It never overwrites a case file.
func runInit(a *app, opts *initOptions) error {
	now, err := a.now()
	if err != nil {
		return err
	}
	path := filepath.Join(opts.Dir, "case.yaml")
	if _, err := os.Lstat(path); err == nil {
		return evidence.Errorf(evidence.Location{File: path}, i18n.M("init.exists"), i18n.M("hint.init_exists"))
	}
	ans := blankAnswers(now)
	asked := opts.Interactive || (a.InIsTerminal && !opts.Blank)
	if asked {
		iv := &interview{a: a, in: bufio.NewReader(a.In), out: a.Out, echo: !a.InIsTerminal, now: now}
		if ans, err = iv.run(); err != nil {
			if errors.Is(err, errInterviewEnded) {
				return evidence.Errorf(evidence.Location{}, i18n.M("init.ended"), i18n.M("hint.init_ended"))
			}
			return err
		}
	}
	if err := os.MkdirAll(filepath.Join(opts.Dir, "exports"), 0o700); err != nil {
		return writeError(opts.Dir, err)
	}
	copied, err := placeExports(opts.Dir, &ans)
	if err != nil {
		return err
	}
	if len(ans.Transactions) == 0 {
		ans.Transactions = []string{"exports/jd.csv"}
	}
	text, err := renderCaseTemplate(a.lang, ans)
	if err != nil {
		return err
	}
	// What init writes must read back without complaint; anything else is
	// a bug here, not the user's.
	if _, _, err := evidence.ParseCase(path, text, evidence.CaseOptions{}); err != nil {
		return err
	}
	// O_EXCL: if another process created the file meanwhile, do not
	// overwrite it either.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return evidence.Errorf(evidence.Location{File: path}, i18n.M("init.exists"), i18n.M("hint.init_exists"))
		}
		return writeError(path, err)
	}
	if _, err := f.Write(text); err != nil {
		f.Close()
		os.Remove(path)
		return writeError(path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return writeError(path, err)
	}
	for _, c := range copied {
		fmt.Fprintln(a.Out, a.T("init.copied", c.src, c.dst, c.sha256))
	}
	switch {
	case !asked:
		fmt.Fprintln(a.Out, a.T("init.done", path, filepath.Join(opts.Dir, "exports")))
	case len(ans.found) == 0 || !slices.ContainsFunc(ans.found, func(f foundExport) bool { return slices.Contains(f.Kinds, ingest.KindTransactions) }):
		fmt.Fprintln(a.Out, a.T("init.done_no_exports", path, filepath.Join(opts.Dir, "exports")))
	default:
		fmt.Fprintln(a.Out, a.T("init.done_asked", path, filepath.Join(opts.Dir, "review.xlsx")))
	}
	return nil
}

// copiedExport is an export init copied into the case folder.
type copiedExport struct{ src, dst, sha256 string }

// placeExports puts the exports found by the interview into the case's
// input lists. Files already inside the case folder are referred to where
// they are; others are copied byte-exact into DIR/exports (the case file
// may only name files inside its folder, so the bundle is self-contained)
// and the copy is checked against the original's SHA-256. The original is
// only ever read.
func placeExports(dir string, ans *caseAnswers) ([]copiedExport, error) {
	caseDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, writeError(dir, err)
	}
	var copied []copiedExport
	for _, fe := range ans.found {
		rel, err := filepath.Rel(caseDir, fe.Src)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			dst, sum, err := copyEvidence(fe.Src, filepath.Join(caseDir, "exports"))
			if err != nil {
				return copied, err
			}
			rel, _ = filepath.Rel(caseDir, dst)
			copied = append(copied, copiedExport{src: fe.Src, dst: filepath.Join(dir, rel), sha256: sum})
		}
		rel = filepath.ToSlash(rel)
		for _, k := range fe.Kinds {
			switch k {
			case ingest.KindTransactions:
				ans.Transactions = append(ans.Transactions, rel)
			case ingest.KindLogins:
				ans.Logins = append(ans.Logins, rel)
			case ingest.KindBills:
				ans.Bills = append(ans.Bills, rel)
			}
		}
	}
	return copied, nil
}

// copyEvidence copies src into folder under its own name (or name-2.ext,
// … when another file has that name), keeps its modification time, and
// returns the copy's path and SHA-256 once the copy is read back equal. A
// file of the same name and content already there is used as it is.
func copyEvidence(src, folder string) (string, string, error) {
	sum, err := fileSHA256(src)
	if err != nil {
		return "", "", readError(src, err)
	}
	base := filepath.Base(src)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	for n := 1; ; n++ {
		dst := filepath.Join(folder, base)
		if n > 1 {
			dst = filepath.Join(folder, fmt.Sprintf("%s-%d%s", stem, n, ext))
		}
		if _, err := os.Lstat(dst); err == nil {
			if have, err := fileSHA256(dst); err == nil && have == sum {
				return dst, sum, nil
			}
			continue
		}
		if err := copyFileExact(src, dst, sum); err != nil {
			return "", "", err
		}
		return dst, sum, nil
	}
}

// copyFileExact writes a new file dst (0600) with src's bytes and checks
// the copy's SHA-256 against want.
func copyFileExact(src, dst, want string) error {
	in, err := os.Open(src)
	if err != nil {
		return readError(src, err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return writeError(dst, err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(dst)
		return writeError(dst, err)
	}
	if err := out.Close(); err != nil {
		os.Remove(dst)
		return writeError(dst, err)
	}
	if got, err := fileSHA256(dst); err != nil || got != want {
		os.Remove(dst)
		return evidence.Errorf(evidence.Location{File: dst}, i18n.M("init.copy_mismatch", src), i18n.M("hint.write_failed"))
	}
	if st, err := in.Stat(); err == nil {
		os.Chtimes(dst, st.ModTime(), st.ModTime()) // metadata only; failing to keep it is harmless
	}
	return nil
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func readError(path string, err error) error {
	e := evidence.Errorf(evidence.Location{File: path}, i18n.M("ingest.open_failed", err.Error()), i18n.M("hint.input_file"))
	e.Err = err
	return e
}

// renderCaseTemplate fills the case template of lang with the answers.
func renderCaseTemplate(lang i18n.Lang, ans caseAnswers) ([]byte, error) {
	src, err := templates.Embedded().Read("case." + string(lang) + ".yaml")
	if err != nil {
		return nil, err
	}
	t, err := template.New("case").Funcs(template.FuncMap{
		"yq":     yamlQuote,
		"pad":    padComment,
		"indent": func(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") },
	}).Parse(string(src))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, ans)
	return buf.Bytes(), err
}

// yamlQuote writes s as a double-quoted YAML scalar, so that any answer —
// a name with a colon, an ID ending in X, a path with spaces — reads back
// as the same string.
func yamlQuote(s string) (string, error) {
	var n yaml.Node
	n.SetString(s)
	n.Style = yaml.DoubleQuotedStyle
	b, err := yaml.Marshal(&n)
	return strings.TrimSuffix(string(b), "\n"), err
}

// padComment pads v with spaces to at least w columns (and one space), so
// the comments after the values line up.
func padComment(w int, v any) string {
	s := fmt.Sprint(v)
	n := w - displayWidth(s)
	if n < 1 {
		n = 1
	}
	return s + strings.Repeat(" ", n)
}

func writeError(path string, err error) error {
	e := evidence.Errorf(evidence.Location{File: path}, i18n.M("write.failed", err.Error()), i18n.M("hint.write_failed"))
	e.Err = err
	return e
}
