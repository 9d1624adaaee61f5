package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/attach"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ocr"
)

// ocrOptions are the inputs of `ocr-logins`.
type ocrOptions struct {
	Images []string
	Output string
	Year   int
	Force  bool
}

func newOCRCmd(a *app) *cobra.Command {
	opts := &ocrOptions{}
	cmd := &cobra.Command{
		Use:     "ocr-logins IMAGE... -o logins-draft.csv",
		Short:   a.T("cmd.ocr.short"),
		Long:    a.T("cmd.ocr.long"),
		Example: a.T("cmd.ocr.example"),
		Args:    args(1, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Images = args
			if opts.Output == "" {
				return usagef("usage.need_output")
			}
			if opts.Year != 0 && (opts.Year < 2000 || opts.Year > 2100) {
				return usagef("usage.bad_year", opts.Year)
			}
			return runOCR(a, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", a.T("flag.output_ocr"))
	cmd.Flags().IntVar(&opts.Year, "year", 0, a.T("flag.year"))
	cmd.Flags().BoolVar(&opts.Force, "force", false, a.T("flag.force_ocr"))
	return cmd
}

// ocrImage is one screenshot to read.
type ocrImage struct {
	name string // as given (or folder/name)
	path string // the file tesseract reads: the original, or an upright copy
}

// runOCR reads login records off screenshots with tesseract into a draft
// login log. The screenshots are only read; the draft says on every row
// which image it comes from and that it must be checked.
func runOCR(a *app, opts *ocrOptions) error {
	now, err := a.now()
	if err != nil {
		return err
	}
	if _, err := os.Stat(opts.Output); err == nil && !opts.Force {
		return evidence.Errorf(evidence.Location{File: opts.Output}, i18n.M("ocr.exists"), i18n.M("hint.ocr_exists"))
	}
	tess, err := ocr.FindTesseract(a.getenv)
	switch {
	case errors.Is(err, ocr.ErrNoLanguage):
		return evidence.Errorf(evidence.Location{}, i18n.M("ocr.no_language", ocr.Language), i18n.M("hint.ocr_install_"+installKey()))
	case err != nil:
		return evidence.Errorf(evidence.Location{}, i18n.M("ocr.no_tesseract"), i18n.M("hint.ocr_install_"+installKey()))
	}
	tmp, err := os.MkdirTemp("", "baitiao-ocr-")
	if err != nil {
		return writeError(os.TempDir(), err)
	}
	defer os.RemoveAll(tmp)
	images, err := ocrInputs(opts.Images, tmp)
	if err != nil {
		return err
	}
	year := opts.Year
	if year == 0 {
		year = now.In(evidence.ChinaZone()).Year()
	}

	results := make([]ocr.Image, len(images))
	errs := make([]error, len(images))
	var next, done atomic.Int64
	progress := a.progress()
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(images)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(images) {
					return
				}
				results[i], errs[i] = ocr.Read(tess.Words, images[i].path, images[i].name, year, evidence.ChinaZone())
				progress.Report(evidence.Step{What: evidence.StepOCR, Done: done.Add(1), Total: int64(len(images))})
			}
		}()
	}
	wg.Wait()
	var failed evidence.Problems
	for i, err := range errs {
		if err != nil {
			failed = append(failed, evidence.Problem{Severity: evidence.Fatal, Where: evidence.Location{File: images[i].name},
				Msg: i18n.M("ocr.failed", err.Error()), Hint: i18n.M("hint.ocr_failed")})
		}
	}
	if len(failed) > 0 {
		return failed
	}
	if opts.Year == 0 {
		ocr.PreferPast(results, now)
	}
	if err := writeFileAtomic(opts.Output, func(f *os.File) error { return ocr.WriteDraft(f, results, a.lang) }); err != nil {
		return err
	}
	for _, r := range results {
		fmt.Fprintln(a.Out, a.T("ocr.image_done", r.Name, len(r.Records)))
		if len(r.Records) == 0 {
			a.printLine("warning", a.T("ocr.none_found", r.Name))
		}
	}
	s := ocr.Summarize(results)
	fmt.Fprintln(a.Out, a.T("ocr.done", opts.Output, s.Records))
	if s.NoTime > 0 {
		a.printLine("warning", a.T("ocr.some_no_time", s.NoTime))
	}
	if s.YearGuessed > 0 {
		a.printLine("warning", a.T("ocr.some_year", s.YearGuessed))
	}
	var names []string
	for _, img := range images {
		names = append(names, img.name)
	}
	fmt.Fprintln(a.Out, a.T("ocr.next", filepath.ToSlash(opts.Output), strings.Join(names, a.T("sep.list"))))
	return nil
}

// ocrInputs lists the images to read (every file of a folder, sorted),
// checking each is a picture tesseract can read. Photos taken sideways are
// turned upright into a temporary copy first; the files given are only
// read.
func ocrInputs(args []string, tmp string) ([]ocrImage, error) {
	var out []ocrImage
	var bad evidence.Problems
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			bad = append(bad, evidence.Problem{Severity: evidence.Fatal, Where: evidence.Location{File: arg},
				Msg: i18n.M("ocr.image_missing"), Hint: i18n.M("hint.ocr_images")})
			continue
		}
		paths := []string{arg}
		if st.IsDir() {
			paths = nil
			entries, _ := os.ReadDir(arg)
			for _, e := range entries {
				if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
					paths = append(paths, filepath.Join(arg, e.Name()))
				}
			}
		}
		for _, p := range paths {
			name := filepath.ToSlash(p)
			f, err := attach.Read(p, name)
			if err != nil {
				bad = append(bad, evidence.AsProblems(err)...)
				continue
			}
			if !f.Type.IsImage() {
				if !st.IsDir() {
					bad = append(bad, evidence.Problem{Severity: evidence.Fatal, Where: evidence.Location{File: name},
						Msg: i18n.M("ocr.not_image", f.Type), Hint: i18n.M("hint.ocr_images")})
				}
				continue
			}
			img := ocrImage{name: name, path: p}
			if f.Meta.Orientation > 1 && f.Figure != nil {
				img.path = filepath.Join(tmp, fmt.Sprintf("%d.%s", len(out), strings.ToLower(f.Figure.Format)))
				if err := os.WriteFile(img.path, f.Figure.Data, 0o600); err != nil {
					return nil, writeError(img.path, err)
				}
			}
			out = append(out, img)
		}
	}
	if len(bad) > 0 {
		return nil, bad
	}
	if len(out) == 0 {
		return nil, evidence.Errorf(evidence.Location{File: strings.Join(args, " ")}, i18n.M("ocr.no_images"), i18n.M("hint.ocr_images"))
	}
	return out, nil
}

// installKey picks the install instructions for this system.
func installKey() string {
	switch runtime.GOOS {
	case "windows", "darwin":
		return runtime.GOOS
	}
	return "linux"
}
