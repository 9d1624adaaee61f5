package main

import (
	"os"
	"path/filepath"
)

// writeFileAtomic writes data to path through a temporary file in the same
// folder, renamed into place only once complete, so a failed run never
// leaves half a file. The file is private to the user (0600).
func writeFileAtomic(path string, write func(f *os.File) error) error {
	dir := filepath.Dir(path)
	// A folder named in -o that does not exist yet is made (private).
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return writeError(path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return writeError(path, err)
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		return writeError(path, err)
	}
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return writeError(path, err)
	}
	if err := tmp.Close(); err != nil {
		return writeError(path, err)
	}
	if err := os.Rename(name, path); err != nil {
		return writeError(path, err)
	}
	ok = true
	return nil
}
