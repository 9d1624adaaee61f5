package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/bundle"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
)

// batchOptions are the inputs of `batch`.
type batchOptions struct {
	Dirs      []string
	Output    string
	Jobs      int
	Font      string
	Templates string
	Zip       bool
	Force     bool
	Redact    bool
}

func newBatchCmd(a *app) *cobra.Command {
	opts := &batchOptions{}
	cmd := &cobra.Command{
		Use:     "batch DIR... -o OUTDIR",
		Short:   a.T("cmd.batch.short"),
		Long:    a.T("cmd.batch.long"),
		Example: a.T("cmd.batch.example"),
		Args:    args(1, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dirs = args
			if opts.Output == "" {
				return usagef("usage.need_output")
			}
			if opts.Jobs < 0 {
				return usagef("usage.bad_jobs", opts.Jobs)
			}
			return runBatch(a, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", a.T("flag.output_batch"))
	cmd.Flags().IntVar(&opts.Jobs, "jobs", 0, a.T("flag.jobs"))
	cmd.Flags().StringVar(&opts.Font, "font", "", a.T("flag.font"))
	cmd.Flags().StringVar(&opts.Templates, "templates", "", a.T("flag.templates"))
	cmd.Flags().BoolVar(&opts.Zip, "zip", false, a.T("flag.zip"))
	cmd.Flags().BoolVar(&opts.Force, "force", false, a.T("flag.force"))
	cmd.Flags().BoolVar(&opts.Redact, "redact", false, a.T("flag.redact"))
	return cmd
}

// batchCase is one case of a batch and how it went.
type batchCase struct {
	Name     string // the bundle's folder name under OUTDIR
	Case     string // its case.yaml
	OK       bool
	Count    int
	Total    evidence.Money
	ReportID string
	Err      string
}

// runBatch bundles many case folders on a pool of workers, one per CPU
// unless --jobs says otherwise. A failing case does not stop the others;
// the summary (stdout and OUTDIR/summary.csv) says how each went.
func runBatch(a *app, opts *batchOptions) error {
	now, err := a.now()
	if err != nil {
		return err
	}
	cases, err := findCases(opts.Dirs)
	if err != nil {
		return err
	}
	f, err := a.chooseFont(opts.Font)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(opts.Output, 0o700); err != nil {
		return writeError(opts.Output, err)
	}
	jobs := opts.Jobs
	if jobs == 0 {
		jobs = runtime.NumCPU()
	}
	jobs = min(jobs, len(cases))
	work := make(chan int)
	var wg sync.WaitGroup
	var done atomic.Int64
	progress := a.progress()
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each worker has its own copy of the font (a Face is not safe
			// for concurrent use).
			main := f.main.Clone()
			for i := range work {
				a.bundleOne(&cases[i], opts, main, f.fallbacks, now)
				progress.Report(evidence.Step{What: evidence.StepCases, Done: done.Add(1), Total: int64(len(cases))})
			}
		}()
	}
	for i := range cases {
		work <- i
	}
	close(work)
	wg.Wait()
	if err := writeSummaryCSV(filepath.Join(opts.Output, "summary.csv"), cases); err != nil {
		return err
	}
	failed := a.printBatchSummary(cases, opts.Output)
	if failed > 0 {
		a.printLine("error", a.T("batch.failed", failed, len(cases)))
		return silentError{}
	}
	return nil
}

// bundleOne loads and bundles one case, recording the outcome.
func (a *app) bundleOne(c *batchCase, opts *batchOptions, main *fonts.Face, fallbacks func() []*fonts.Face, now time.Time) {
	fail := func(err error) {
		if m, ok := pdfdoc.IsMissingGlyphs(err); ok {
			err = glyphError(m)
		}
		ps := evidence.AsProblems(err)
		c.Err = ps[0].Localize(a.lang)
		if len(ps) > 1 {
			c.Err += a.T("batch.more_errors", len(ps)-1)
		}
	}
	w, err := casework.Load(c.Case, casework.Options{Now: now})
	if err != nil {
		fail(err)
		return
	}
	res, err := bundle.Write(filepath.Join(opts.Output, c.Name), w, bundle.Options{
		Lang: a.lang, Now: now, Templates: a.templateSet(opts.Templates), Main: main, Fallbacks: fallbacks,
		ToolVersion: toolVersion(), Redact: opts.Redact, Force: opts.Force, Zip: opts.Zip,
		LetterFooterTime: a.T("letter.footer_time", now.Format("2006-01-02 15:04:05 -07:00")),
		LetterFooterPage: func(page, pages int) string { return a.T("letter.footer_page", page, strconv.Itoa(pages)) },
	})
	if err != nil {
		fail(err)
		return
	}
	c.OK, c.Count, c.Total, c.ReportID = true, w.Figures.Count, w.Figures.Total, res.Manifest.ReportID
}

// findCases turns the arguments into case folders: a folder with a
// case.yaml is a case; a folder without one is searched one level down.
func findCases(dirs []string) ([]batchCase, error) {
	var out []batchCase
	used := map[string]int{}
	add := func(dir string) {
		name := filepath.Base(filepath.Clean(dir))
		used[name]++
		if n := used[name]; n > 1 {
			name += "-" + strconv.Itoa(n)
		}
		out = append(out, batchCase{Name: name, Case: filepath.Join(dir, "case.yaml")})
	}
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "case.yaml")); err == nil {
			add(d)
			continue
		}
		entries, err := os.ReadDir(d)
		if err != nil {
			return nil, evidence.Errorf(evidence.Location{File: d}, i18n.M("batch.not_a_case"), i18n.M("hint.batch_dirs"))
		}
		found := false
		for _, e := range entries {
			if e.IsDir() {
				if _, err := os.Stat(filepath.Join(d, e.Name(), "case.yaml")); err == nil {
					add(filepath.Join(d, e.Name()))
					found = true
				}
			}
		}
		if !found {
			return nil, evidence.Errorf(evidence.Location{File: d}, i18n.M("batch.not_a_case"), i18n.M("hint.batch_dirs"))
		}
	}
	return out, nil
}

// writeSummaryCSV writes the outcome of every case (UTF-8 with a BOM, so
// Excel opens it with the Chinese intact).
func writeSummaryCSV(path string, cases []batchCase) error {
	return writeFileAtomic(path, func(f *os.File) error {
		f.WriteString("\ufeff")
		w := csv.NewWriter(f)
		w.Write([]string{"case", "status", "disputed_count", "total_yuan", "total_fen", "report_id", "error"})
		for _, c := range cases {
			status := "ok"
			if !c.OK {
				status = "failed"
			}
			w.Write([]string{c.Name, status, strconv.Itoa(c.Count), c.Total.Yuan(), strconv.FormatInt(int64(c.Total), 10), c.ReportID,
				strings.ReplaceAll(c.Err, "\n", " ")})
		}
		w.Flush()
		return w.Error()
	})
}

func (a *app) printBatchSummary(cases []batchCase, out string) int {
	tw := newTableWriter(a.Out, "")
	tw.row(a.T("batch.col_case"), a.T("batch.col_status"), a.T("batch.col_count"), a.T("batch.col_total"), a.T("batch.col_id"), a.T("batch.col_error"))
	failed := 0
	for _, c := range cases {
		status := a.T("batch.ok")
		if !c.OK {
			status = a.T("batch.failed_one")
			failed++
		}
		count, total := "", ""
		if c.OK {
			count, total = strconv.Itoa(c.Count), c.Total.String()
		}
		tw.row(c.Name, status, count, total, c.ReportID, clipText(c.Err, 80))
	}
	tw.flush()
	fmt.Fprintln(a.Out, a.T("batch.done", len(cases)-failed, len(cases), filepath.Join(out, "summary.csv")))
	return failed
}
