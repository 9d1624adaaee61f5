package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/followup"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

var hanRE = regexp.MustCompile(`\p{Han}`)

// TestHelpInChinese: every command, cobra's own included, has a Chinese
// description, and the runnable ones have examples; the help pages carry
// none of cobra's English words.
func TestHelpInChinese(t *testing.T) {
	a, _, _ := testApp("zh")
	root := newRootCmd(a)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden {
			return
		}
		name := c.CommandPath()
		if !hanRE.MatchString(c.Short) {
			t.Errorf("%s: short description not in Chinese: %q", name, c.Short)
		}
		if c.Runnable() && c.Name() != "help" && !strings.Contains(name, "completion ") && !hanRE.MatchString(c.Long) {
			t.Errorf("%s: no Chinese long description", name)
		}
		if c.Runnable() && c.Example == "" && c.Name() != "help" && !strings.Contains(name, "completion ") {
			t.Errorf("%s: no examples", name)
		}
		var out bytes.Buffer
		c.SetOut(&out)
		if err := c.Help(); err != nil {
			t.Fatal(err)
		}
		for _, en := range []string{"Usage:", "Flags:", "Examples:", "Available Commands", "[flags]", "help for", "Generate the", " string ", " int "} {
			if strings.Contains(out.String(), en) {
				t.Errorf("%s --help says %q:\n%s", name, en, out.String())
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// TestStatusHowMessages renders the "how to do the next step" message of
// every follow-up step as status does, in both languages: each must take
// the case path and nothing else.
func TestStatusHowMessages(t *testing.T) {
	for _, s := range followup.Steps(&evidence.Case{}) {
		for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
			a, _, _ := testApp(lang)
			got := a.T("status.how_"+strings.ReplaceAll(s.Code, "-", "_"), "my/case.yaml")
			if strings.Contains(got, "%!") || !strings.Contains(got, "my/case.yaml") {
				t.Errorf("%s %s: %q", s.Code, lang, got)
			}
		}
	}
}
