package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/bundle"
)

// verifyOptions are the inputs of `verify`.
type verifyOptions struct {
	Path string
	JSON bool
}

func newVerifyCmd(a *app) *cobra.Command {
	opts := &verifyOptions{}
	cmd := &cobra.Command{
		Use:     "verify OUT|OUT.zip",
		Short:   a.T("cmd.verify.short"),
		Long:    a.T("cmd.verify.long"),
		Example: a.T("cmd.verify.example"),
		Args:    args(1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Path = args[0]
			return runVerify(a, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, a.T("flag.json"))
	return cmd
}

// runVerify re-hashes a bundle and says what does not match; it fails
// (exit status 1) unless everything does.
func runVerify(a *app, opts *verifyOptions) error {
	v, err := bundle.Verify(opts.Path)
	if err != nil {
		return err
	}
	for i := range v.Checks {
		v.Checks[i].Text = v.Checks[i].Detail.Localize(a.lang)
	}
	if opts.JSON {
		enc := json.NewEncoder(a.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(a.Out, a.T("verify.title", opts.Path, v.ReportID, v.Generated))
		ok := 0
		for _, f := range v.Files {
			switch f.Status {
			case "ok":
				ok++
			case "not-included":
				fmt.Fprintln(a.Out, "  - "+a.T("verify.not_included", f.Path))
			case "missing":
				fmt.Fprintln(a.Out, "  ✘ "+a.T("verify.missing", f.Path))
			case "altered":
				fmt.Fprintln(a.Out, "  ✘ "+a.T("verify.altered", f.Path, f.Expected, f.Actual))
			case "unlisted":
				fmt.Fprintln(a.Out, "  ✘ "+a.T("verify.unlisted", f.Path))
			}
		}
		fmt.Fprintln(a.Out, "  ✔ "+a.T("verify.files_ok", ok))
		for _, c := range v.Checks {
			mark := "✔"
			if !c.OK {
				mark = "✘"
			}
			fmt.Fprintln(a.Out, "  "+mark+" "+c.Text)
		}
		if v.OK {
			fmt.Fprintln(a.Out, a.T("verify.passed"))
		}
	}
	if !v.OK {
		a.printLine("error", a.T("verify.failed"))
		return silentError{}
	}
	return nil
}
