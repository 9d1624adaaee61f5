package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/report"
	"github.com/baitiao-evidence/baitiao-evidence/templates"
)

// reportOptions are the inputs of `report`.
type reportOptions struct {
	Case      string
	Output    string
	Font      string
	Templates string
	Redact    bool
	Strict    bool
}

func newReportCmd(a *app) *cobra.Command {
	opts := &reportOptions{}
	cmd := &cobra.Command{
		Use:     "report CASE.yaml -o FILE.pdf",
		Short:   a.T("cmd.report.short"),
		Long:    a.T("cmd.report.long"),
		Example: a.T("cmd.report.example"),
		Args:    args(1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Case = args[0]
			if opts.Output == "" {
				return usagef("usage.need_output")
			}
			return runReport(a, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", a.T("flag.output_pdf"))
	cmd.Flags().StringVar(&opts.Font, "font", "", a.T("flag.font"))
	cmd.Flags().StringVar(&opts.Templates, "templates", "", a.T("flag.templates"))
	cmd.Flags().BoolVar(&opts.Redact, "redact", false, a.T("flag.redact"))
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, a.T("flag.strict"))
	return cmd
}

func (a *app) templateSet(dir string) templates.Set {
	if dir == "" {
		return templates.Embedded()
	}
	return templates.WithOverrides(dir)
}

func runReport(a *app, opts *reportOptions) error {
	w, now, err := a.loadCase(opts.Case, opts.Strict)
	if err != nil {
		return err
	}
	a.printWarnings(w.Problems)
	f, err := a.chooseFont(opts.Font)
	if err != nil {
		return err
	}
	var info report.Info
	err = writeFileAtomic(opts.Output, func(out *os.File) error {
		info, err = a.writeReport(out, w, f, opts.Templates, opts.Redact, now)
		return err
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(a.Out, a.T("report.done", opts.Output, info.ID, info.Pages, w.Figures.Count, w.Figures.Total.String()))
	return nil
}

// writeReport renders the report, turning a missing character into the
// message that names it.
func (a *app) writeReport(out io.Writer, w *casework.Work, f pdfFonts, tpl string, redact bool, now time.Time) (report.Info, error) {
	info, err := report.Write(out, w, report.Options{Lang: a.lang, Now: now, Templates: a.templateSet(tpl),
		Main: f.main, Fallbacks: f.fallbacks, Redact: redact, Progress: a.progress()})
	if m, ok := pdfdoc.IsMissingGlyphs(err); ok {
		return info, glyphError(m)
	}
	return info, err
}
