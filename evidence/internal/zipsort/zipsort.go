// Package zipsort rewrites a zip (an .xlsx) with its entries in name order.
// excelize writes streamed sheets in an order that varies from run to run;
// a bundle must come out byte for byte the same for the same inputs.
package zipsort

import (
	"archive/zip"
	"bytes"
	"io"
	"sort"
)

// Sorted returns the zip data with entries sorted by name, each with the
// zip epoch as its time and its content and compression unchanged.
func Sorted(data []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	files := append([]*zip.File(nil), zr.File...)
	sort.SliceStable(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		h := f.FileHeader
		h.Modified = h.Modified.UTC()
		w, err := zw.CreateRaw(&h)
		if err != nil {
			return nil, err
		}
		r, err := f.OpenRaw()
		if err != nil {
			return nil, err
		}
		if _, err := io.Copy(w, r); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
