package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"text/template"
	"time"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/templates"
)

// initOptions are the inputs of `init`.
type initOptions struct {
	Dir string
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
			return runInit(a, opts)
		},
	}
	return cmd
}

// runInit writes DIR/case.yaml from the commented template in the user's
// language, and an exports folder for the files. It never overwrites.
func runInit(a *app, opts *initOptions) error {
	now, err := a.now()
	if err != nil {
		return err
	}
	path := filepath.Join(opts.Dir, "case.yaml")
	if _, err := os.Lstat(path); err == nil {
		return evidence.Errorf(evidence.Location{File: path}, i18n.M("init.exists"), i18n.M("hint.init_exists"))
	}
	text, err := renderCaseTemplate(a.lang, now)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(opts.Dir, "exports"), 0o700); err != nil {
		return writeError(opts.Dir, err)
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
	fmt.Fprintln(a.Out, a.T("init.done", path, filepath.Join(opts.Dir, "exports")))
	return nil
}

// renderCaseTemplate fills the case template of lang with today's date.
func renderCaseTemplate(lang i18n.Lang, now time.Time) ([]byte, error) {
	src, err := templates.Embedded().Read("case." + string(lang) + ".yaml")
	if err != nil {
		return nil, err
	}
	t, err := template.New("case").Parse(string(src))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, struct{ Today string }{now.In(evidence.ChinaZone()).Format("2006-01-02")})
	return buf.Bytes(), err
}

func writeError(path string, err error) error {
	e := evidence.Errorf(evidence.Location{File: path}, i18n.M("write.failed", err.Error()), i18n.M("hint.write_failed"))
	e.Err = err
	return e
}
