package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/bundle"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
)

// bundleOptions are the inputs of `bundle` (and `demo`).
type bundleOptions struct {
	Case      string
	Output    string
	Font      string
	Templates string
	TSA       string
	Zip       bool
	Force     bool
	Redact    bool
	Strict    bool
}

func (o *bundleOptions) addFlags(cmd *cobra.Command, a *app) {
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", a.T("flag.output_bundle"))
	cmd.Flags().StringVar(&o.Font, "font", "", a.T("flag.font"))
	cmd.Flags().StringVar(&o.Templates, "templates", "", a.T("flag.templates"))
	cmd.Flags().StringVar(&o.TSA, "tsa", "", a.T("flag.tsa"))
	cmd.Flags().BoolVar(&o.Zip, "zip", false, a.T("flag.zip"))
	cmd.Flags().BoolVar(&o.Force, "force", false, a.T("flag.force"))
	cmd.Flags().BoolVar(&o.Redact, "redact", false, a.T("flag.redact"))
	cmd.Flags().BoolVar(&o.Strict, "strict", false, a.T("flag.strict"))
}

func newBundleCmd(a *app) *cobra.Command {
	opts := &bundleOptions{}
	cmd := &cobra.Command{
		Use:     "bundle CASE.yaml -o OUT",
		Short:   a.T("cmd.bundle.short"),
		Long:    a.T("cmd.bundle.long"),
		Example: a.T("cmd.bundle.example"),
		Args:    args(1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Case = args[0]
			if opts.Output == "" {
				return usagef("usage.need_output")
			}
			_, err := runBundle(a, opts)
			return err
		},
	}
	opts.addFlags(cmd, a)
	return cmd
}

// runBundle is the main job: load the case, then write and seal the bundle.
func runBundle(a *app, opts *bundleOptions) (*bundle.Result, error) {
	w, now, err := a.loadCase(opts.Case, opts.Strict)
	if err != nil {
		return nil, err
	}
	f, err := a.chooseFont(opts.Font)
	if err != nil {
		return nil, err
	}
	res, err := bundle.Write(opts.Output, w, bundle.Options{
		Lang: a.lang, Now: now, Templates: a.templateSet(opts.Templates), Main: f.main, Fallbacks: f.fallbacks,
		ToolVersion: toolVersion(), Redact: opts.Redact, Force: opts.Force, Zip: opts.Zip, TSA: opts.TSA,
		LetterFooterTime: a.T("letter.footer_time", now.Format("2006-01-02 15:04:05 -07:00")),
		LetterFooterPage: func(page, pages int) string {
			total := "?"
			if pages > 0 {
				total = fmt.Sprint(pages)
			}
			return a.T("letter.footer_page", page, total)
		},
		BeforeRename: a.pauseHook(),
		Progress:     a.progress(),
	})
	if m, ok := pdfdoc.IsMissingGlyphs(err); ok {
		return nil, glyphError(m)
	}
	if err != nil {
		return nil, err
	}
	a.printWarnings(w.Problems)
	a.printWarnings(res.Warnings)
	a.printBundleSummary(res, w)
	return res, nil
}

// pauseHook lets a test stop the process at the last moment before the
// bundle is renamed into place: with BAITIAO_EVIDENCE_TEST_PAUSE set to a
// file path, the file is created and the process waits to be killed.
func (a *app) pauseHook() func() {
	marker := a.getenv("BAITIAO_EVIDENCE_TEST_PAUSE")
	if marker == "" {
		return nil
	}
	return func() {
		os.WriteFile(marker, []byte("paused\n"), 0o600)
		time.Sleep(time.Minute)
	}
}

func (a *app) printBundleSummary(res *bundle.Result, w *casework.Work) {
	out := a.Out
	fmt.Fprintln(out, a.T("bundle.done", res.Out+string(filepath.Separator)))
	tw := newTableWriter(out, "  ")
	tw.row("report.pdf", a.T("bundle.file_report", res.Pages))
	for _, f := range res.Manifest.Files {
		if strings.HasPrefix(f.Role, "letter-") && strings.HasSuffix(f.Path, ".pdf") {
			kind := strings.TrimPrefix(f.Role, "letter-")
			tw.row(strings.TrimSuffix(f.Path, ".pdf")+".pdf / .txt", a.T("letter.kind_"+kind))
		}
	}
	tw.row("disputed.xlsx", a.T("bundle.file_xlsx"))
	tw.row("timeline.jsonl", a.T("bundle.file_timeline"))
	if res.Manifest.Redacted {
		tw.row("inputs/", a.T("bundle.file_inputs_redacted"))
	} else {
		tw.row("inputs/", a.T("bundle.file_inputs"))
	}
	tw.row("manifest.json, SHA256SUMS", a.T("bundle.file_manifest"))
	if res.Stamp != nil {
		tw.row("manifest.tsq, manifest.tsr", a.T("bundle.file_tsa", res.Stamp.Time.In(evidence.ChinaZone()).Format("2006-01-02 15:04:05 -07:00")))
	}
	tw.flush()
	if res.Zip != "" {
		fmt.Fprintln(out, a.T("bundle.zip", res.Zip))
	}
	d := res.Manifest.Disputed
	fmt.Fprintln(out, a.T("bundle.figures", res.Manifest.ReportID, d.Count, w.Figures.Total.String(), w.Figures.Baitiao.String()))
	if c := w.Claims; c.HasBills && len(c.Orders) > 0 {
		fmt.Fprintln(out, a.T("bundle.claimed", c.Total.Outstanding.String(), c.Total.Fee.String(), c.Total.Penalty.String(), c.Total.Paid.String()))
	}
	if res.Stamp != nil {
		fmt.Fprintln(out, a.T("bundle.tsa_verify", bundle.OpenSSLCommand()))
	}
	station := w.Case.Police.Station
	if station == "" {
		station = a.T("bundle.police_station")
	}
	fmt.Fprintln(out, a.T("bundle.next", station, res.Out))
}
