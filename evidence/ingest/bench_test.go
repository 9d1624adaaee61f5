package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"sync"
	"testing"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/synth"
)

// benchRows is the size of the generated export the ingest benchmarks read.
const benchRows = 100_000

var benchCSV = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	opts := synth.Options{Rows: benchRows, Seed: 1}
	if err := synth.WriteCSV(&buf, synth.Transactions(opts), opts); err != nil {
		panic(err)
	}
	return buf.Bytes()
})

// BenchmarkIngestCSV reads a generated JD export of benchRows rows into the
// model: decoding, header search, every cell parsed, provenance kept.
func BenchmarkIngestCSV(b *testing.B) {
	data := benchCSV()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := Read(bytes.NewReader(data), Options{Name: "bench.csv"})
		if err != nil {
			b.Fatal(err)
		}
		if n := len(f.Tables[0].Transactions); n != benchRows {
			b.Fatalf("%d rows", n)
		}
	}
}

// BenchmarkBareCSV only splits the same bytes with encoding/csv: the limit
// BenchmarkIngestCSV is measured against.
func BenchmarkBareCSV(b *testing.B) {
	data := benchCSV()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := csv.NewReader(bytes.NewReader(data))
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		n := 0
		for {
			_, err := r.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			n++
		}
		if n < benchRows {
			b.Fatalf("%d records", n)
		}
	}
}
