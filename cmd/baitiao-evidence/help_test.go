package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
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
