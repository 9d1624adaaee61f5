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
	// The sample's bill has a line for a purchase missing from the export,
	// and one without an order number: both are reported.
	var keys []string
	for _, p := range w.Problems {
		keys = append(keys, p.Msg.Key)
	}
	if strings.Join(keys, ",") != "bill.unlinked,bill.weak_link" {
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
		orders = append(orders, tx.Order())
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
		if len(tx.Sources()) != 2 || tx.Source().File != "a.csv" || tx.Sources()[1].File != "b.csv" {
			t.Errorf("sources %v", tx.Sources())
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
		got = append(got, tx.Order())
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

// TestClaims asserts the bill reconciliation of the sample to the fen.
func TestClaims(t *testing.T) {
	w, err := Load("../../testdata/sample/case.yaml", Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	c := w.Claims
	if !c.HasBills || len(c.Orders) != 3 || len(c.NoBills) != 0 || len(c.Unlinked) != 1 || len(c.Weak) != 1 {
		t.Fatalf("claims: %d orders, %d without bills, %d unlinked, %d weak", len(c.Orders), len(c.NoBills), len(c.Unlinked), len(c.Weak))
	}
	want := map[string][6]evidence.Money{ // principal, fee, penalty, due, paid, outstanding
		"301122334457": {19980, 0, 100, 20080, 0, 20080},
		"301122334456": {100000, 0, 0, 100000, 50000, 50000},
		"301122334455": {799900, 48000, 0, 847900, 0, 847900},
	}
	for _, o := range c.Orders {
		s := o.Sums
		got := [6]evidence.Money{s.Principal, s.Fee, s.Penalty, s.Due, s.Paid, s.Outstanding}
		if got != want[o.Tx.Order()] || o.Difference != 0 {
			t.Errorf("order %s: %v difference %d, want %v", o.Tx.Order(), got, o.Difference, want[o.Tx.Order()])
		}
	}
	if o := c.Orders[2]; o.Installments != 12 || len(o.Lines) != 12 {
		t.Errorf("iPhone plan: %d of %d", len(o.Lines), o.Installments)
	}
	if o := c.Orders[0]; o.Overdue != 1 {
		t.Errorf("the phone top-up line is overdue: %d", o.Overdue)
	}
	tot := c.Total
	if got := [6]evidence.Money{tot.Principal, tot.Fee, tot.Penalty, tot.Due, tot.Paid, tot.Outstanding}; got != [6]evidence.Money{919880, 48000, 100, 967980, 50000, 917980} {
		t.Errorf("totals %v", got)
	}
	if c.Unlinked[0].Order != "301122330001" || c.Weak[0].Tx.Order() != "301122334462" {
		t.Errorf("unlinked %s, weak %s", c.Unlinked[0].Order, c.Weak[0].Tx.Order())
	}
}

// TestClaimsWithoutBillLines: a disputed order absent from the bills, and
// installments that do not add up, are shown, not forced.
func TestClaimsWithoutBillLines(t *testing.T) {
	bill := "账单月,订单号,期数,本金,服务费,状态\n2026年12月,301122334455,1/3,2666.00,10.00,未还\n2026年12月,301122334455,2/3,2666.00,10.00,未还\n2026年12月,301122334455,3/3,2666.00,10.00,未还\n"
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bill.csv"), []byte(bill), 0o600)
	data, _ := os.ReadFile("../../testdata/formats/jd-transactions-sample.csv")
	os.WriteFile(filepath.Join(dir, "jd.csv"), data, 0o600)
	os.WriteFile(filepath.Join(dir, "case.yaml"), []byte("inputs:\n  transactions: [jd.csv]\n  bills: [bill.csv]\ndisputes:\n  - from: 2026-11-03\n    to: 2026-11-03\n"), 0o600)
	w, err := Load(filepath.Join(dir, "case.yaml"), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	c := w.Claims
	if len(c.Orders) != 1 || len(c.NoBills) != 2 {
		t.Fatalf("%d orders, %d without bills", len(c.Orders), len(c.NoBills))
	}
	if d := c.Orders[0].Difference; d != -100 { // 3 × 2666.00 = 7998.00 against 7999.00 net
		t.Errorf("difference %d, want -100", d)
	}
	var keys []string
	for _, p := range w.Problems {
		keys = append(keys, p.Msg.Key)
	}
	if strings.Count(strings.Join(keys, ","), "bill.no_lines") != 2 {
		t.Errorf("problems %v", keys)
	}
}
