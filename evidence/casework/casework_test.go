package casework

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
)

var now = time.Date(2026, 11, 25, 10, 0, 0, 0, evidence.ChinaZone())

func TestSampleCaseDisputedTotal(t *testing.T) {
	w, err := Load("../../testdata/sample/case.yaml", Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Problems) != 0 {
		t.Errorf("problems: %v", w.Problems)
	}
	f := w.Figures
	if f.Count != 3 || f.Total != 919880 || f.Baitiao != 919880 || f.Gross != 1019880 || f.Refunded != 100000 {
		t.Errorf("figures %+v; want 3 rows, total 919880 fen", f)
	}
	if f.Total.String() != "9,198.80" {
		t.Errorf("total prints as %s", f.Total)
	}
	var orders []string
	for _, tx := range w.Disputes.Disputed {
		orders = append(orders, tx.Order)
	}
	if strings.Join(orders, ",") != "301122334457,301122334456,301122334455" {
		t.Errorf("disputed orders %v", orders)
	}
	// The iPhone is chosen by both selectors: by order and by range.
	if why := w.Disputes.Why[w.Disputes.Disputed[2]]; len(why) != 1 || why[0] != 0 {
		t.Errorf("why %v", why)
	}
	if len(w.Transactions) != 8 || len(w.Logins) != 6 {
		t.Errorf("%d transactions, %d logins", len(w.Transactions), len(w.Logins))
	}
}

// newCase writes a case folder with the given case.yaml and files.
func newCase(t *testing.T, caseYAML string, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o700)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(dir, "case.yaml")
	if err := os.WriteFile(p, []byte(caseYAML), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSameTransactionInTwoFilesIsMergedOnce(t *testing.T) {
	p := newCase(t, `inputs:
  transactions: [a.csv, b.csv]
disputes:
  - from: 2026-11-03
    to: 2026-11-03
`, map[string]string{"a.csv": "../../testdata/formats/jd-transactions-sample.csv", "b.csv": "../../testdata/variants/jd-gbk.csv"})
	w, err := Load(p, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Transactions) != 8 {
		t.Fatalf("%d transactions, want 8", len(w.Transactions))
	}
	for _, tx := range w.Transactions {
		if len(tx.Sources) != 2 || tx.Sources[0].File != "a.csv" || tx.Sources[1].File != "b.csv" {
			t.Errorf("sources %v", tx.Sources)
		}
	}
	if w.Figures.Total != 919880 {
		t.Errorf("total %d", w.Figures.Total)
	}
}

func TestSelectorMatchingNothingWarns(t *testing.T) {
	p := newCase(t, `inputs:
  transactions: [jd.csv]
disputes:
  - order: "301122334499"
  - order: "301122334459"
  - from: 2025-01-01
    to: 2025-01-02
`, map[string]string{"jd.csv": "../../testdata/formats/jd-transactions-sample.csv"})
	w, err := Load(p, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, pr := range w.Problems {
		got = append(got, pr.Msg.Key+"@"+strconv.Itoa(pr.Where.Line))
	}
	want := "dispute.order_none@4,dispute.not_purchase@5,dispute.range_none@6"
	if strings.Join(got, ",") != want {
		t.Errorf("problems %v, want %s", got, want)
	}
	if w.Figures.Count != 0 {
		t.Errorf("a refund row must not be disputed: %+v", w.Figures)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		keys []string
	}{
		{"missing inputs", "inputs:\n  transactions: [nope.csv, gone.csv]\n", []string{"ingest.not_found", "ingest.not_found"}},
		{"no transactions", "victim:\n  name: x\n", []string{"case.no_transactions"}},
		{"outside", "inputs:\n  transactions: [../outside.csv]\n", []string{"case.path_outside"}},
		{"columns for unknown file", "inputs:\n  transactions: [jd.csv]\ncolumns:\n  other.csv: {time: 日期}\n", []string{"case.columns_unknown_file"}},
		{"columns unknown field", "inputs:\n  transactions: [jd.csv]\ncolumns:\n  jd.csv: {when: 日期}\n", []string{"case.columns_unknown_field"}},
		{"logins listed as transactions", "inputs:\n  transactions: [logins.csv]\n", []string{"ingest.wrong_kind"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newCase(t, tt.yaml, map[string]string{"jd.csv": "../../testdata/formats/jd-transactions-sample.csv", "logins.csv": "../../testdata/formats/login-log-sample.csv"})
			_, err := Load(p, Options{Now: now})
			var ps evidence.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("err = %v", err)
			}
			var keys []string
			for _, pr := range ps {
				keys = append(keys, pr.Msg.Key)
			}
			if strings.Join(keys, ",") != strings.Join(tt.keys, ",") {
				t.Errorf("got %v, want %v", keys, tt.keys)
			}
		})
	}
}

func TestStrictTurnsInputWarningsIntoErrors(t *testing.T) {
	p := newCase(t, "inputs:\n  transactions: [d.csv]\n", map[string]string{"d.csv": "../../testdata/variants/jd-excel-damaged.csv"})
	if _, err := Load(p, Options{Now: now}); err != nil {
		t.Fatalf("without --strict: %v", err)
	}
	_, err := Load(p, Options{Now: now, Strict: true})
	var ps evidence.Problems
	if !errors.As(err, &ps) || len(ps) != 16 || ps[0].Severity != evidence.Fatal {
		t.Fatalf("strict: %v", err)
	}
}

func TestAccountMismatchWarns(t *testing.T) {
	p := newCase(t, "victim:\n  jd_account: someone_else\ninputs:\n  transactions: [jd.csv]\n", map[string]string{"jd.csv": "../../testdata/formats/jd-transactions-sample.csv"})
	w, err := Load(p, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Problems) != 1 || w.Problems[0].Msg.Key != "case.account_mismatch" {
		t.Errorf("problems %v", w.Problems)
	}
}

// TestSampleAnalysis: the failed logins then a success from 深圳 are flagged,
// and the three purchases of 2026-11-03 are suggested, no other row.
func TestSampleAnalysis(t *testing.T) {
	w, err := Load("../../testdata/sample/case.yaml", Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	for _, ind := range w.Analysis.Indicators {
		codes[ind.Code] = true
	}
	if !codes["credential_stuffing"] || !codes["new_device"] {
		t.Errorf("indicators %v", codes)
	}
	var got []string
	for _, tx := range w.Analysis.Suggested {
		got = append(got, tx.Order)
	}
	if strings.Join(got, ",") != "301122334457,301122334456,301122334455" {
		t.Errorf("suggested %v", got)
	}
	unfamiliar := 0
	for _, l := range w.Logins {
		if w.Analysis.Unfamiliar[l] {
			unfamiliar++
			if l.Place != "广东省深圳市" {
				t.Errorf("unfamiliar login from %s", l.Place)
			}
		}
	}
	if unfamiliar != 4 {
		t.Errorf("%d unfamiliar logins, want 4", unfamiliar)
	}
}

func TestSuggestedSelector(t *testing.T) {
	p := newCase(t, "inputs:\n  transactions: [jd.csv]\n  logins: [logins.csv]\ndisputes:\n  - suggested: true\n",
		map[string]string{"jd.csv": "../../testdata/formats/jd-transactions-sample.csv", "logins.csv": "../../testdata/formats/login-log-sample.csv"})
	w, err := Load(p, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if w.Figures.Total != 919880 || len(w.Problems) != 0 {
		t.Errorf("figures %+v problems %v", w.Figures, w.Problems)
	}
}
