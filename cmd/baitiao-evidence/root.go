package main

import (
	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// newRootCmd builds the command tree. Each command is built by its own
// constructor from the shared app; nothing is registered globally.
func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:           progName,
		Short:         a.T("cmd.root.short"),
		Long:          a.T("cmd.root.long"),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.PersistentFlags().StringVar(&a.langArg, "lang", string(a.lang), a.T("flag.lang"))
	// The default follows the environment; the flag's text says so.
	root.PersistentFlags().Lookup("lang").DefValue = ""
	root.PersistentFlags().StringVar(&a.nowArg, "now", "", a.T("flag.now"))
	root.PersistentFlags().BoolVarP(&a.quiet, "quiet", "q", false, a.T("flag.quiet"))
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &usageError{i18n.M("usage.cobra", translateCobra(err.Error(), a.lang))}
	})
	root.AddCommand(
		newInitCmd(a),
		newInspectCmd(a),
		newReportCmd(a),
		newLetterCmd(a),
		newStatusCmd(a),
		newReviewCmd(a),
		newBundleCmd(a),
		newVerifyCmd(a),
		newDemoCmd(a),
		newBatchCmd(a),
		newOCRCmd(a),
		newVersionCmd(a),
		newFontsCmd(a),
	)
	localizeHelp(a, root)
	return root
}

// args checks the number of positional arguments and reports a mistake in
// the user's language.
func args(min, max int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) < min:
			return usagef("usage.too_few_args", cmd.CommandPath(), min, len(args))
		case max >= 0 && len(args) > max:
			return usagef("usage.too_many_args", cmd.CommandPath(), max, len(args))
		}
		return nil
	}
}
