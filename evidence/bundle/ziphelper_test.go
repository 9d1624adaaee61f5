package bundle

import (
	"archive/zip"
	"io"
)

// rawZip writes zips with any entry names, including the hostile ones
// verify must refuse.
type rawZip struct{ zw *zip.Writer }

func newRawZip(w io.Writer) *rawZip { return &rawZip{zip.NewWriter(w)} }

func (z *rawZip) add(name string, data []byte) {
	f, _ := z.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
	f.Write(data)
}

func (z *rawZip) close() { z.zw.Close() }
