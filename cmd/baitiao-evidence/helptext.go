package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// localizeHelp puts cobra's own words — the headings of the help page, the
// help command and flag, and the completion commands — into the user's
// language. cobra writes them in English; the English stays as it is.
func localizeHelp(a *app, root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	if a.lang == i18n.EN {
		return
	}
	tmpl := root.UsageTemplate()
	for _, h := range []struct{ en, local string }{
		{"Usage:", a.T("help.usage")},
		{"Aliases:", a.T("help.aliases")},
		{"Examples:", a.T("help.examples")},
		{"Available Commands:", a.T("help.commands")},
		{"Additional Commands:", a.T("help.more_commands")},
		{"Global Flags:", a.T("help.global_flags")},
		{"Flags:", a.T("help.flags")},
		{"Additional help topics:", a.T("help.topics")},
		{`Use "{{.CommandPath}} [command] --help" for more information about a command.`, a.T("help.more")},
	} {
		tmpl = strings.Replace(tmpl, h.en, h.local, 1)
	}
	tmpl = strings.ReplaceAll(tmpl, " [command]", " ["+a.T("help.command")+"]")
	tmpl = strings.ReplaceAll(tmpl, " [flags]", " ["+a.T("help.options")+"]")
	root.SetUsageTemplate(tmpl)

	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Short = a.T("cmd.help.short")
			c.Long = a.T("cmd.help.long", progName)
		case "completion":
			c.Short = a.T("cmd.completion.short")
			c.Long = a.T("cmd.completion.long", progName)
			c.Example = a.T("cmd.completion.example", progName)
			for _, sh := range c.Commands() {
				sh.Short = a.T("cmd.completion.shell_short", sh.Name())
				sh.Long = a.T("cmd.completion."+sh.Name(), progName)
				if f := sh.Flags().Lookup("no-descriptions"); f != nil {
					f.Usage = a.T("flag.no_descriptions")
				}
			}
		}
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		if f := c.Flags().Lookup("help"); f != nil {
			f.Usage = a.T("flag.help", c.Name())
		}
		// cobra adds " [flags]" to the usage line unless told not to.
		if c.HasAvailableFlags() && !c.DisableFlagsInUseLine {
			c.DisableFlagsInUseLine = true
			c.Use += " [" + a.T("help.options") + "]"
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}
