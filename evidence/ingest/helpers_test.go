package ingest

import (
	"archive/zip"
	"bytes"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func gbkEncode(s string) ([]byte, error) {
	return simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
}

func zipWith(name, content string) string {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create(name)
	w.Write([]byte(content))
	zw.Close()
	return buf.String()
}
