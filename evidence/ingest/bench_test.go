package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/memprobe"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/synth"
)

// Sizes of the generated exports the benchmarks read: the 100,000-row file
// of the ingest issue and the 1,000,000-row file of the scale issue.
var csvSizes = []int{100_000, 1_000_000}

var (
	csvMu    sync.Mutex
	csvCache = map[int][]byte{}
)

func benchCSV(rows int) []byte {
	csvMu.Lock()
	defer csvMu.Unlock()
	if b, ok := csvCache[rows]; ok {
		return b
	}
	var buf bytes.Buffer
	opts := synth.Options{Rows: rows, Seed: 1}
	if err := synth.WriteCSV(&buf, synth.Transactions(opts), opts); err != nil {
		panic(err)
	}
	csvCache[rows] = buf.Bytes()
	return buf.Bytes()
}

// BenchmarkIngestCSV reads a generated JD export into the model: decoding,
// header search, every cell parsed, provenance kept. peak/file is the peak
// live heap over the file's size.
func BenchmarkIngestCSV(b *testing.B) {
	for _, rows := range csvSizes {
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			data := benchCSV(rows)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				p := memprobe.Start()
				f, err := Read(bytes.NewReader(data), Options{Name: "bench.csv"})
				peak = max(peak, p.Stop())
				if err != nil {
					b.Fatal(err)
				}
				if n := len(f.Tables[0].Transactions); n != rows {
					b.Fatalf("%d rows", n)
				}
			}
			b.ReportMetric(float64(peak)/float64(len(data)), "peak/file")
		})
	}
}

// BenchmarkBareCSV only splits the same bytes with encoding/csv: the limit
// BenchmarkIngestCSV is measured against.
func BenchmarkBareCSV(b *testing.B) {
	for _, rows := range csvSizes {
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			data := benchCSV(rows)
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
				if n < rows {
					b.Fatalf("%d records", n)
				}
			}
		})
	}
}

const xlsxRows = 100_000

var benchXLSX = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	opts := synth.Options{Rows: xlsxRows, Seed: 2}
	if err := synth.WriteXLSX(&buf, synth.Transactions(opts), opts); err != nil {
		panic(err)
	}
	return buf.Bytes()
})

// BenchmarkIngestXLSX reads a generated 100,000-row workbook into the model.
func BenchmarkIngestXLSX(b *testing.B) {
	data := benchXLSX()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := Read(bytes.NewReader(data), Options{Name: "bench.xlsx"})
		if err != nil {
			b.Fatal(err)
		}
		if n := len(f.Tables[0].Transactions); n != xlsxRows {
			b.Fatalf("%d rows", n)
		}
	}
}

// BenchmarkBareXLSX only streams the same workbook's rows with excelize:
// the limit BenchmarkIngestXLSX is measured against.
func BenchmarkBareXLSX(b *testing.B) {
	data := benchXLSX()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true, UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzipped})
		if err != nil {
			b.Fatal(err)
		}
		rows, err := f.Rows(f.GetSheetList()[0])
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for rows.Next() {
			if _, err := rows.Columns(); err != nil {
				b.Fatal(err)
			}
			n++
		}
		rows.Close()
		f.Close()
		if n < xlsxRows {
			b.Fatalf("%d rows", n)
		}
	}
}
