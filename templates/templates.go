// Package templates holds the words baitiao-evidence writes for people to
// read — the case-file template, the report's texts and the letters — as
// embedded text/template files, so wording can change without touching
// layout code. Users may override any file with --templates DIR: a file
// there with the same name replaces the embedded one.
package templates

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/template"

	"go.yaml.in/yaml/v3"
)

//go:embed *.yaml *.tmpl
var embedded embed.FS

// demo is the built-in sample case: a made-up victim with the sample
// exports, which `demo` bundles. It is the same as testdata/sample (a test
// keeps them equal).
//
//go:embed demo
var demo embed.FS

// Demo returns the sample case's files, rooted at the case folder.
func Demo() fs.FS {
	sub, err := fs.Sub(demo, "demo")
	if err != nil {
		panic(err) // the embedded folder is always there
	}
	return sub
}

// Set is where templates are read from: an override folder first, then the
// embedded files.
type Set struct {
	dir string // "" for the embedded files only
}

// Embedded returns the built-in templates.
func Embedded() Set { return Set{} }

// WithOverrides returns templates read from dir when a file is there, else
// the built-in ones.
func WithOverrides(dir string) Set { return Set{dir: dir} }

// Read returns the template file name.
func (s Set) Read(name string) ([]byte, error) {
	if s.dir != "" {
		b, err := os.ReadFile(filepath.Join(s.dir, name))
		if err == nil {
			return b, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return embedded.ReadFile(name)
}

// Names lists the built-in template files (to document what can be
// overridden, and for tests).
func Names() []string {
	entries, _ := embedded.ReadDir(".")
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// Texts are the phrases of one document in one language, each a
// text/template (so a phrase can carry its figures: "{{.Count}} 笔").
type Texts struct {
	name  string
	items map[string]*template.Template
	err   error
}

// Texts reads a phrase file such as "report.zh.yaml": a flat YAML mapping
// from key to phrase.
func (s Set) Texts(name string) (*Texts, error) {
	data, err := s.Read(name)
	if err != nil {
		return nil, err
	}
	var raw map[string]string
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	t := &Texts{name: name, items: map[string]*template.Template{}}
	for k, v := range raw {
		tpl, err := template.New(k).Option("missingkey=error").Parse(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", name, k, err)
		}
		t.items[k] = tpl
	}
	return t, nil
}

// Get renders phrase key with data. A missing key or a failing phrase
// renders as «key» and is remembered: Err reports it, and tests render
// every document to make sure none is left.
func (t *Texts) Get(key string, data any) string {
	tpl, ok := t.items[key]
	if !ok {
		if t.err == nil {
			t.err = fmt.Errorf("%s: no phrase %q", t.name, key)
		}
		return "«" + key + "»"
	}
	var b strings.Builder
	if err := tpl.Execute(&b, data); err != nil {
		if t.err == nil {
			t.err = fmt.Errorf("%s: %s: %w", t.name, key, err)
		}
		return "«" + key + "»"
	}
	return b.String()
}

// S renders a phrase without data.
func (t *Texts) S(key string) string { return t.Get(key, nil) }

// Err is the first problem met by Get.
func (t *Texts) Err() error { return t.err }

// Keys lists the phrase keys, for tests.
func (t *Texts) Keys() []string {
	out := make([]string, 0, len(t.items))
	for k := range t.items {
		out = append(out, k)
	}
	return out
}
