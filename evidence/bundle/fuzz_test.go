package bundle

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzVerifyZip: any file given to verify as a zip is either refused with
// an error or checked; nothing panics, nothing is written.
func FuzzVerifyZip(f *testing.F) {
	var buf bytes.Buffer
	z := newRawZip(&buf)
	z.add("b/manifest.json", []byte(`{"format":"baitiao-evidence bundle 1","report_id":"BTE-1","files":[{"path":"a.txt","sha256":"00","included":true}]}`))
	z.add("b/a.txt", []byte("a"))
	z.add("b/SHA256SUMS", []byte("00  a.txt\n"))
	z.close()
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(dir, "f.zip")
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		v, err := Verify(p)
		if err == nil && v == nil {
			t.Fatal("no result and no error")
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Fatalf("verify wrote files: %v", entries)
		}
	})
}
