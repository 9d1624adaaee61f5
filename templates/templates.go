// Package templates holds the words baitiao-evidence writes for people to
// read — the case-file template, the report's texts and the letters — as
// embedded text/template files, so wording can change without touching
// layout code. Users may override any file with --templates DIR: a file
// there with the same name replaces the embedded one.
package templates

import (
	"embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed *.yaml
var embedded embed.FS

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
