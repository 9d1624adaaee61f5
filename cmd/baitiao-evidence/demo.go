package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/templates"
)

func newDemoCmd(a *app) *cobra.Command {
	opts := &bundleOptions{}
	cmd := &cobra.Command{
		Use:     "demo -o OUT",
		Short:   a.T("cmd.demo.short"),
		Long:    a.T("cmd.demo.long"),
		Example: a.T("cmd.demo.example"),
		Args:    args(0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Output == "" {
				return usagef("usage.need_output")
			}
			return runDemo(a, opts)
		},
	}
	opts.addFlags(cmd, a)
	return cmd
}

// runDemo bundles the built-in sample case (a made-up victim): the main job
// without any files of one's own.
func runDemo(a *app, opts *bundleOptions) error {
	dir, err := os.MkdirTemp("", "baitiao-evidence-demo-")
	if err != nil {
		return writeError(os.TempDir(), err)
	}
	defer os.RemoveAll(dir)
	err = fs.WalkDir(templates.Demo(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o700)
		}
		data, err := fs.ReadFile(templates.Demo(), p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o600)
	})
	if err != nil {
		return writeError(dir, err)
	}
	fmt.Fprintln(a.Out, a.T("demo.intro"))
	opts.Case = filepath.Join(dir, "case.yaml")
	res, err := runBundle(a, opts)
	if err != nil {
		return err
	}
	fmt.Fprintln(a.Out, a.T("demo.open_first", filepath.Join(res.Out, "report.pdf")))
	return nil
}
