package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// fontsOptions are the inputs of `fonts`.
type fontsOptions struct {
	Font string
	All  bool
}

func newFontsCmd(a *app) *cobra.Command {
	opts := &fontsOptions{}
	cmd := &cobra.Command{
		Use:     "fonts",
		Short:   a.T("cmd.fonts.short"),
		Long:    a.T("cmd.fonts.long"),
		Example: a.T("cmd.fonts.example"),
		Args:    args(0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runFonts(a, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Font, "font", "", a.T("flag.font"))
	cmd.Flags().BoolVar(&opts.All, "all", false, a.T("flag.fonts_all"))
	return cmd
}

// runFonts lists the Chinese fonts found, whether each can be used, and
// which one the PDFs will use.
func runFonts(a *app, opts *fontsOptions) error {
	sys := a.fontSystem()
	chosen := ""
	tw := newTableWriter(a.Out, "")
	tw.row(a.T("fonts.col_status"), a.T("fonts.col_family"), a.T("fonts.col_latin"), a.T("fonts.col_path"))
	hidden := 0
	for _, c := range sys.Candidates(opts.Font) {
		r := sys.Check(c)
		if !opts.All && c.From == "found" && r.Face == nil {
			hidden++
			continue
		}
		status := a.T("fonts.usable")
		switch {
		case r.Face != nil && chosen == "":
			chosen = c.Path
			status = a.T("fonts.chosen")
		case r.Face == nil:
			status = a.T("fonts.unusable", a.L(fontReason(r.Err)))
		}
		latin := a.T("fonts.latin_yes")
		if r.Face != nil && !r.Latin {
			latin = a.T("fonts.latin_builtin")
		}
		if r.Face == nil {
			latin = ""
		}
		path := c.Path
		if c.From == "flag" || c.From == "env" {
			path += " (" + a.T("fonts.from_"+c.From) + ")"
		}
		tw.row(status, r.Family, latin, path)
	}
	tw.flush()
	if hidden > 0 {
		fmt.Fprintln(a.Out, a.T("fonts.hidden", hidden))
	}
	if chosen == "" {
		_, _, err := sys.Choose(opts.Font)
		return a.fontError(err)
	}
	fmt.Fprintln(a.Out, a.T("fonts.summary", chosen))
	return nil
}

// fontReason is a short reason a font cannot be used.
func fontReason(err error) textKey {
	switch {
	case errors.Is(err, fonts.ErrCFF):
		return "font.cff"
	case errors.Is(err, fonts.ErrNoCJK):
		return "font.no_cjk"
	case errors.Is(err, fonts.ErrIncomplete):
		return "font.incomplete"
	case errors.Is(err, fonts.ErrRestricted):
		return "font.restricted"
	case errors.Is(err, fonts.ErrNotFont):
		return "font.not_font"
	}
	return "font.not_found"
}

// textKey is a message key used as a value that localizes itself.
type textKey string

// Localize implements i18n.Localizer.
func (k textKey) Localize(l i18n.Lang) string { return i18n.M(string(k)).Localize(l) }
