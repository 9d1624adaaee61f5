// Command gendata writes made-up JD exports and case folders of any size,
// deterministically, for benchmarks and for trying batch on many cases:
//
//	go run ./cmd/gendata -o /tmp/big -rows 1000000 -logins 100000 -disputed 5000
//	go run ./cmd/gendata -o /tmp/cases -cases 200 -rows 300 -logins 100 -disputed 5 -broken 100
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/synth"
)

func main() {
	os.Exit(run())
}

func run() int {
	out := flag.String("o", "", "output folder (required)")
	rows := flag.Int("rows", 1000, "transactions per case")
	logins := flag.Int("logins", 0, "login events per case")
	disputed := flag.Int("disputed", 10, "newest transactions disputed per case")
	format := flag.String("format", "csv", "csv, gbk or xlsx")
	cases := flag.Int("cases", 1, "number of case folders (more than one: OUT/case-0001 …)")
	broken := flag.Int("broken", 0, "make this case number (1-based) broken: its export is missing")
	seed := flag.Uint64("seed", 1, "seed: the same seed gives the same data")
	flag.Parse()
	if *out == "" || *rows < 0 || *cases < 1 {
		flag.Usage()
		return 2
	}
	for i := 1; i <= *cases; i++ {
		dir := *out
		if *cases > 1 {
			dir = filepath.Join(*out, fmt.Sprintf("case-%04d", i))
		}
		o := synth.CaseOptions{Options: synth.Options{Rows: *rows, Seed: *seed + uint64(i)}, Logins: *logins, Disputed: *disputed, Format: *format}
		if err := synth.WriteCase(dir, o); err != nil {
			fmt.Fprintln(os.Stderr, "gendata:", err)
			return 1
		}
		if i == *broken {
			os.Remove(filepath.Join(dir, "exports", "jd.csv"))
			os.Remove(filepath.Join(dir, "exports", "jd.xlsx"))
		}
	}
	fmt.Printf("gendata: wrote %d case(s) to %s\n", *cases, *out)
	return 0
}
