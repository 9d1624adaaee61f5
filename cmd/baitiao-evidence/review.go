package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/review"
)

// reviewOptions are the inputs of `review`.
type reviewOptions struct {
	Case   string
	Output string
	Force  bool
}

func newReviewCmd(a *app) *cobra.Command {
	opts := &reviewOptions{}
	cmd := &cobra.Command{
		Use:     "review CASE.yaml -o review.xlsx",
		Short:   a.T("cmd.review.short"),
		Long:    a.T("cmd.review.long"),
		Example: a.T("cmd.review.example"),
		Args:    args(1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Case = args[0]
			if opts.Output == "" {
				return usagef("usage.need_output")
			}
			return runReview(a, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", a.T("flag.output_review"))
	cmd.Flags().BoolVar(&opts.Force, "force", false, a.T("flag.force_review"))
	return cmd
}

// runReview writes the review sheet. An existing sheet may hold the
// holder's answers, so it is not overwritten without --force.
func runReview(a *app, opts *reviewOptions) error {
	now, err := a.now()
	if err != nil {
		return err
	}
	if _, err := os.Stat(opts.Output); err == nil && !opts.Force {
		return evidence.Errorf(evidence.Location{File: opts.Output}, i18n.M("review.exists"), i18n.M("hint.review_exists"))
	}
	w, err := casework.Load(opts.Case, casework.Options{Now: now, Progress: a.progress()})
	if err != nil {
		return err
	}
	a.printWarnings(w.Problems)
	data, err := review.Write(w.Transactions, w.Analysis, a.lang, now, w.ReportID())
	if err != nil {
		return err
	}
	if err := writeFileAtomic(opts.Output, func(f *os.File) error { _, err := f.Write(data); return err }); err != nil {
		return err
	}
	// case.yaml names files relative to its own folder, and only files
	// inside it.
	abs, _ := filepath.Abs(opts.Output)
	rel, err := filepath.Rel(w.CaseDir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		fmt.Fprintln(a.Out, a.T("review.done_outside", opts.Output, len(w.Transactions), len(w.Analysis.Suggested), w.CaseDir, filepath.Base(opts.Output)))
		return nil
	}
	fmt.Fprintln(a.Out, a.T("review.done", opts.Output, len(w.Transactions), len(w.Analysis.Suggested), filepath.ToSlash(rel)))
	return nil
}
