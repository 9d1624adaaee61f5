package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/letter"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc/pdfcheck"
)

// letterOptions are the inputs of `letter`.
type letterOptions struct {
	Case        string
	To          string
	Output      string
	Font        string
	Templates   string
	Report      string
	AllowBlanks bool
	Redact      bool
	Strict      bool
}

func newLetterCmd(a *app) *cobra.Command {
	opts := &letterOptions{}
	cmd := &cobra.Command{
		Use:     "letter CASE.yaml --to police|jd|credit|regulator|consumer|all -o FILE.pdf|FILE.txt|DIR",
		Short:   a.T("cmd.letter.short"),
		Long:    a.T("cmd.letter.long"),
		Example: a.T("cmd.letter.example"),
		Args:    args(1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Case = args[0]
			if opts.To != "all" && !letter.IsKind(opts.To) {
				return usagef("usage.bad_to", opts.To, strings.Join(letter.Kinds, "|"))
			}
			if opts.Output == "" {
				return usagef("usage.need_output")
			}
			if ext := strings.ToLower(filepath.Ext(opts.Output)); opts.To != "all" && ext != ".pdf" && ext != ".txt" {
				return usagef("usage.letter_ext", opts.Output)
			}
			return runLetter(a, opts)
		},
	}
	cmd.Flags().StringVar(&opts.To, "to", "", a.T("flag.to"))
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", a.T("flag.output_letter"))
	cmd.Flags().StringVar(&opts.Font, "font", "", a.T("flag.font"))
	cmd.Flags().StringVar(&opts.Templates, "templates", "", a.T("flag.templates"))
	cmd.Flags().StringVar(&opts.Report, "report", "", a.T("flag.report"))
	cmd.Flags().BoolVar(&opts.AllowBlanks, "allow-blanks", false, a.T("flag.allow_blanks"))
	cmd.Flags().BoolVar(&opts.Redact, "redact", false, a.T("flag.redact"))
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, a.T("flag.strict"))
	return cmd
}

func runLetter(a *app, opts *letterOptions) error {
	w, now, err := a.loadCase(opts.Case, opts.Strict)
	if err != nil {
		return err
	}
	a.printWarnings(w.Problems)
	if w.Figures.Count == 0 {
		return evidence.Errorf(evidence.Location{File: opts.Case}, i18n.M("letter.no_disputes"), i18n.M("hint.no_disputes"))
	}
	kinds := []string{opts.To}
	if opts.To == "all" {
		kinds = letter.Kinds
	}
	lo := letter.Options{Lang: a.lang, Now: now, Templates: a.templateSet(opts.Templates), AllowBlanks: opts.AllowBlanks,
		Redact: opts.Redact, ReportID: w.ReportID()}
	if opts.Report != "" {
		if lo.ReportSHA256, err = checkReportFile(opts.Report, lo.ReportID); err != nil {
			return err
		}
	}
	if err := letterFieldsError(w, kinds, opts.AllowBlanks); err != nil {
		return err
	}
	// Work out what to write before writing anything.
	type out struct{ kind, path string }
	var outs []out
	if opts.To == "all" {
		if err := os.MkdirAll(opts.Output, 0o700); err != nil {
			return writeError(opts.Output, err)
		}
		for _, k := range kinds {
			outs = append(outs, out{k, filepath.Join(opts.Output, "letter-"+k+".pdf")}, out{k, filepath.Join(opts.Output, "letter-"+k+".txt")})
		}
	} else {
		outs = append(outs, out{opts.To, opts.Output})
	}
	var f pdfFonts
	for _, o := range outs {
		if strings.EqualFold(filepath.Ext(o.path), ".pdf") && f.main == nil {
			if f, err = a.chooseFont(opts.Font); err != nil {
				return err
			}
		}
	}
	for _, o := range outs {
		data, err := a.renderLetter(o.kind, w, lo, f, strings.EqualFold(filepath.Ext(o.path), ".pdf"))
		if err != nil {
			return err
		}
		if err := writeFileAtomic(o.path, func(fh *os.File) error { _, err := fh.Write(data); return err }); err != nil {
			return err
		}
		fmt.Fprintln(a.Out, a.T("letter.done", o.path))
	}
	if lo.ReportSHA256 == "" {
		fmt.Fprintln(a.Out, a.T("letter.no_report_hash", lo.ReportID))
	}
	return nil
}

// renderLetter gives the letter as text or PDF bytes.
func (a *app) renderLetter(kind string, w *casework.Work, lo letter.Options, f pdfFonts, asPDF bool) ([]byte, error) {
	markup, err := letter.Markup(kind, w, lo)
	if err != nil {
		return nil, err
	}
	if !asPDF {
		return []byte(letter.Text(markup)), nil
	}
	title := strings.TrimPrefix(strings.SplitN(markup, "\n", 2)[0], "# ")
	pdf, _, err := letter.PDF(markup, letter.PDFOptions{Options: lo, Main: f.main, Fallbacks: f.fallbacks, Title: title,
		FooterTime: a.T("letter.footer_time", lo.Now.Format("2006-01-02 15:04:05 -07:00")),
		FooterPage: func(page, pages int) string {
			total := "?"
			if pages > 0 {
				total = fmt.Sprint(pages)
			}
			return a.T("letter.footer_page", page, total)
		}})
	if m, ok := pdfdoc.IsMissingGlyphs(err); ok {
		return nil, glyphError(m)
	}
	return pdf, err
}

// letterFieldsError names, in one error, every case field the letters
// lack.
func letterFieldsError(w *casework.Work, kinds []string, allowBlanks bool) error {
	if allowBlanks {
		return nil
	}
	var ps evidence.Problems
	for _, k := range kinds {
		if m := letter.Check(k, w); m != nil {
			var names []any
			for _, f := range m.Fields {
				names = append(names, fieldName(f))
			}
			ps = append(ps, evidence.Problem{Severity: evidence.Fatal, Where: evidence.Location{File: w.CasePath},
				Msg: i18n.M("letter.missing_fields", textKey("letter.kind_"+k), i18n.List(names)), Hint: i18n.M("hint.missing_fields")})
		}
	}
	if len(ps) > 0 {
		return ps
	}
	return nil
}

// fieldName shows a case key with what it means: "police.station（报案的派出所）".
type fieldName string

func (f fieldName) Localize(l i18n.Lang) string {
	return string(f) + i18n.M("field."+strings.ReplaceAll(string(f), ".", "_")).Localize(l)
}

// checkReportFile hashes the report a letter encloses and checks it is the
// report of this evidence.
func checkReportFile(path, id string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", evidence.Errorf(evidence.Location{File: path}, i18n.M("ingest.open_failed", err.Error()), i18n.M("hint.report_flag"))
	}
	text, err := pdfcheck.Text(data)
	if err != nil || !strings.Contains(text, id) {
		return "", evidence.Errorf(evidence.Location{File: path}, i18n.M("letter.report_mismatch", id), i18n.M("hint.report_flag"))
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]), nil
}
