package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

func addSeeds(f *testing.F, patterns ...string) {
	for _, pat := range patterns {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
}

// FuzzParseAmount: an accepted amount never refunds more than it costs,
// and the gross amount prints back to itself.
func FuzzParseAmount(f *testing.F) {
	addSeeds(f, "../../testdata/fuzz/FuzzParseAmount/*")
	f.Fuzz(func(t *testing.T, b []byte) {
		s := string(b)
		a, err := ParseAmount(s)
		if err != nil {
			if ae, ok := err.(*amountError); !ok || !i18n.Has(ae.msg.Key) {
				t.Fatalf("error %v is not a catalogued amount error", err)
			}
			if a != (Amount{}) {
				t.Fatal("a failed parse returned an amount")
			}
			return
		}
		if a.Refunded < 0 || (a.Gross >= 0 && a.Refunded > a.Gross) {
			t.Fatalf("%q: refunded %d of %d", s, a.Refunded, a.Gross)
		}
		if a.Gross > maxAmount || a.Gross < -maxAmount {
			t.Fatalf("%q: %d out of bounds", s, a.Gross)
		}
		back, err := ParseAmount(a.Gross.Yuan())
		if err != nil || back.Gross != a.Gross {
			t.Fatalf("%q → %s → %v, %v", s, a.Gross.Yuan(), back, err)
		}
	})
}

// FuzzRead: any bytes either fail with a catalogued error that names the
// file, or give rows that each know where they came from, with every row
// accounted for as read, skipped or reported.
func FuzzRead(f *testing.F) {
	addSeeds(f, "../../testdata/fuzz/FuzzRead/*", "../../testdata/formats/*", "../../testdata/variants/*")
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, evidence.ChinaZone())
	f.Fuzz(func(t *testing.T, b []byte) {
		tm := time.AfterFunc(10*time.Second, func() { panic("Read took over 10s: a hang") })
		defer tm.Stop()
		file, err := Read(bytes.NewReader(b), Options{Name: "f", Now: now, MaxBytes: 1 << 20})
		if err != nil {
			e, ok := err.(*evidence.Error)
			if !ok {
				t.Fatalf("error %T %v is not an *evidence.Error", err, err)
			}
			if e.Where.File != "f" || !i18n.Has(e.Msg.Key) || strings.Contains(e.Msg.Neutral().Localize(i18n.EN)+e.Hint.Neutral().Localize(i18n.EN), "%!") {
				t.Fatalf("bad error %+v", e)
			}
			return
		}
		sum := sha256.Sum256(b)
		if file.Size != int64(len(b)) || file.SHA256 != hex.EncodeToString(sum[:]) {
			t.Fatalf("size %d sha %s for %d bytes", file.Size, file.SHA256, len(b))
		}
		csvErrors := 0
		for _, p := range file.Problems {
			if p.Where.File != "f" || !i18n.Has(p.Msg.Key) || strings.Contains(p.Msg.Neutral().Localize(i18n.ZH)+p.Hint.Neutral().Localize(i18n.ZH), "%!") {
				t.Fatalf("bad problem %+v", p)
			}
			if strings.HasPrefix(p.Msg.Key, "row.csv_") {
				csvErrors++
			}
		}
		for _, tb := range file.Tables {
			if tb.Rows()+tb.Skipped+tb.Bad != tb.DataRows+csvErrors*boolInt(file.Format == FormatCSV) && len(file.Tables) == 1 {
				t.Fatalf("rows %d + skipped %d + bad %d != data rows %d + csv errors %d", tb.Rows(), tb.Skipped, tb.Bad, tb.DataRows, csvErrors)
			}
			check := func(srcs []evidence.Source, tm time.Time) {
				if len(srcs) != 1 || srcs[0].File != "f" || srcs[0].Line+srcs[0].Row <= tb.HeaderLine {
					t.Fatalf("bad provenance %+v (header at %d)", srcs, tb.HeaderLine)
				}
				if tm.IsZero() {
					t.Fatal("a row without a time")
				}
			}
			for _, x := range tb.Transactions {
				check(x.Sources(), x.Time())
				if x.Amount() >= 0 && (x.Refunded() < 0 || x.Refunded() > x.Amount()) {
					t.Fatalf("refunded %d of %d", x.Refunded(), x.Amount())
				}
				// Text fields are found again in the row's text when
				// asked: they must be its cells as split when read.
				cells := x.Source().Raw.Cells()
				for f, field := range txTextFields {
					want := ""
					if c, ok := tb.Column(field); ok && c.Index < len(cells) {
						want = trimCell(cells[c.Index])
					}
					if got := x.Text(evidence.TxText(f)); got != want {
						t.Fatalf("%s is %q; its cell in %q is %q", field, got, cells, want)
					}
				}
			}
			for _, x := range tb.Logins {
				check(x.Sources, x.Time)
			}
		}
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// FuzzDetectHeader: whatever a line holds, a header it accepts maps every
// field at most once and has the kind's required fields.
func FuzzDetectHeader(f *testing.F) {
	for _, h := range []string{
		"交易时间,交易分类,商户名称,交易说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注",
		"登录时间,登录IP,IP属地,登录设备,登录方式,登录结果", "账单月,订单号,期数,本金,服务费,违约金,状态",
		"Time,Amount,Order ID", "时间,金额,金额", "",
	} {
		f.Add(h)
	}
	idx := newSynonymIndex()
	f.Fuzz(func(t *testing.T, line string) {
		cells := strings.Split(line, ",")
		m, ok := idx.detectHeader(cells, KindUnknown, nil)
		if !ok {
			return
		}
		if len(m.columns) != len(cells) {
			t.Fatalf("%d columns for %d cells", len(m.columns), len(cells))
		}
		seen := map[Field]bool{}
		for _, c := range m.columns {
			if c.Field == "" {
				continue
			}
			if seen[c.Field] {
				t.Fatalf("%s mapped twice in %q", c.Field, line)
			}
			seen[c.Field] = true
		}
		for _, req := range formatOf(m.kind).required {
			if !seen[req] {
				t.Fatalf("%s header without %s: %q", m.kind.Code(), req, line)
			}
		}
	})
}
