package i18n

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// verbs lists a format's %-verbs, so the two languages can be compared.
var verbRe = regexp.MustCompile(`%\[(\d+)\]([a-zA-Z])`)

func verbs(format string) []string {
	var out []string
	for _, m := range verbRe.FindAllStringSubmatch(format, -1) {
		out = append(out, m[1]+m[2])
	}
	sort.Strings(out)
	return dedupe(out)
}

func dedupe(ss []string) []string {
	var out []string
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// TestCatalogComplete fails when a message lacks a language, when the two
// languages take different arguments, or when a verb is not indexed.
func TestCatalogComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, table := range []map[string]entry{commonMessages, ingestMessages, caseMessages, cliMessages, analyzeMessages} {
		for k := range table {
			if seen[k] {
				t.Errorf("key %s is in two tables", k)
			}
			seen[k] = true
		}
	}
	for k, e := range catalog {
		if strings.TrimSpace(e.zh) == "" || strings.TrimSpace(e.en) == "" {
			t.Errorf("%s: missing a translation", k)
		}
		if a, b := verbs(e.zh), verbs(e.en); strings.Join(a, ",") != strings.Join(b, ",") {
			t.Errorf("%s: zh uses %v, en uses %v", k, a, b)
		}
		for _, f := range []string{e.zh, e.en} {
			if n := strings.Count(f, "%") - strings.Count(f, "%%")*2; n != len(verbRe.FindAllString(f, -1)) {
				t.Errorf("%s: every verb must be indexed like %%[1]s: %q", k, f)
			}
		}
	}
}

// keyUse finds message keys in the code: i18n.M("key"), a.T("key"), iv.say("key"),
// usagef("key"), badAmount("key") and key := "area.name" assignments.
var keyUse = regexp.MustCompile(`(?:i18n\.M|\ba\.T|\biv\.say|usagef|badAmount|\.label)\("([a-z0-9_]+(?:\.[a-z0-9_]+)*)"|\b(?:key|hint)\s*:?=\s*"([a-z0-9_]+\.[a-z0-9_.]+)"`)

// TestEveryKeyUsedExists scans the source for message keys and checks each
// is in the catalog, and that each catalog entry is used somewhere.
func TestEveryKeyUsedExists(t *testing.T) {
	root := filepath.Join("..", "..")
	used := map[string]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range keyUse.FindAllStringSubmatch(string(src), -1) {
			k := m[1] + m[2]
			if strings.Contains(path, ".label(") || m[0][:6] == ".label" {
				k = "label." + k
			}
			used[k] = path
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(used) < 100 {
		t.Fatalf("only %d keys found in the source: the scan is broken", len(used))
	}
	for k, path := range used {
		if strings.HasSuffix(k, "_") && dynamicKey(k) {
			continue // a prefix completed at run time
		}
		if _, ok := catalog[k]; !ok {
			t.Errorf("%s uses message %q, which is not in the catalog", path, k)
		}
	}
	for k := range catalog {
		if _, ok := used[k]; !ok && !strings.HasPrefix(k, "label.") && !dynamicKey(k) {
			t.Errorf("message %q is never used", k)
		}
	}
}

// dynamicKey lists keys built at run time (a prefix plus a code).
func dynamicKey(k string) bool {
	for _, p := range dynamicPrefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

var dynamicPrefixes = []string{"ind_title.", "hint.ocr_install_", "cmd.completion.bash", "cmd.completion.zsh", "cmd.completion.fish", "cmd.completion.powershell", "inspect.check_", "fonts.from_", "letter.kind_", "field.", "status.how_"}
