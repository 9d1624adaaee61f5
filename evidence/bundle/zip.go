package bundle

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// writeZip writes the bundle folder as a zip beside it, deterministically:
// entries sorted, under one folder named like the bundle, with the run's
// time as every entry's time and 0600 permissions. It is written to a
// temporary file and renamed into place.
func writeZip(dir, zipPath string, when time.Time) error {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		names = append(names, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return writeErr(dir, err)
	}
	sort.Strings(names)
	tmp, err := os.CreateTemp(filepath.Dir(zipPath), "."+filepath.Base(zipPath)+".tmp-*")
	if err != nil {
		return writeErr(zipPath, err)
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		return writeErr(zipPath, err)
	}
	zw := zip.NewWriter(tmp)
	top := strings.TrimSuffix(filepath.Base(dir), "/")
	for _, n := range names {
		h := &zip.FileHeader{Name: top + "/" + n, Method: zip.Deflate, Modified: when.UTC()}
		h.SetMode(0o600)
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return writeErr(zipPath, err)
		}
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(n)))
		if err != nil {
			return writeErr(zipPath, err)
		}
		_, err = io.Copy(fw, f)
		f.Close()
		if err != nil {
			return writeErr(zipPath, err)
		}
	}
	if err := zw.Close(); err != nil {
		return writeErr(zipPath, err)
	}
	if err := tmp.Sync(); err != nil {
		return writeErr(zipPath, err)
	}
	if err := tmp.Close(); err != nil {
		return writeErr(zipPath, err)
	}
	if err := os.Rename(tmp.Name(), zipPath); err != nil {
		return writeErr(zipPath, err)
	}
	ok = true
	return nil
}
