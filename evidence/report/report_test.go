package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts/fontstest"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc/pdfcheck"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/synth"
	"github.com/baitiao-evidence/baitiao-evidence/templates"
)

var update = flag.Bool("update", false, "rewrite golden files")

var now = time.Date(2026, 11, 25, 10, 0, 0, 0, evidence.ChinaZone())

// testFont is a font built by the test: the suite needs no installed font.
var testFont = sync.OnceValue(func() []byte { return fontstest.Build("Test CJK", fontstest.Latin, fontstest.CJK) })

func face(t testing.TB, data []byte) *fonts.Face {
	t.Helper()
	f, err := fonts.Parse(data, "test.ttf", 0)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// realFont is a Chinese font of this machine; CI requires one.
func realFont(t testing.TB) *fonts.Face {
	t.Helper()
	f, _, err := fonts.System{OS: "linux", Getenv: os.Getenv}.Choose("")
	if err != nil {
		if os.Getenv("BAITIAO_EVIDENCE_REQUIRE_FONT") != "" {
			t.Fatalf("CI must have a Chinese font: %v", err)
		}
		t.Skip("no Chinese font installed")
	}
	return f
}

func loadSample(t testing.TB) *casework.Work {
	t.Helper()
	w, err := casework.Load("../../testdata/sample/case.yaml", casework.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func render(t testing.TB, w *casework.Work, f *fonts.Face, lang i18n.Lang) ([]byte, Info) {
	t.Helper()
	var buf bytes.Buffer
	info, err := Write(&buf, w, Options{Lang: lang, Now: now, Templates: templates.Embedded(), Main: f})
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), info
}

// checkSample asserts what the sample's report must say.
func checkSample(t *testing.T, pdf []byte, info Info, lang i18n.Lang) string {
	t.Helper()
	if err := pdfcheck.Validate(pdf); err != nil {
		t.Fatalf("pdfcpu: %v", err)
	}
	text, err := pdfcheck.Text(pdf)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"9,198.80", "301122334455", "301122334456", "301122334457", "张三", info.ID,
		"jd.csv:23", "2026-11-25 10:00:00 +08:00", "2f8f348b9f5b2575dbbdfcafeddca799"}
	if lang == i18n.ZH {
		want = append(want, "京东白条异议证据报告", "第 1 页 / 共 ", "争议交易明细", "陌生", "白条账单核对", "9,179.80", "480.00", "可能原因与依据")
	} else {
		want = append(want, "JD Baitiao Dispute Evidence Report", "Page 1 of ", "Disputed transactions", "unfamiliar")
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("report text lacks %q", w)
		}
	}
	// Every page carries the ID and the page count.
	pages := strings.Split(text, "\f")
	if len(pages) != info.Pages {
		t.Errorf("%d pages of text, info says %d", len(pages), info.Pages)
	}
	for i, p := range pages {
		if !strings.Contains(p, info.ID) || !strings.Contains(p, "2026-11-25 10:00:00 +08:00") {
			t.Errorf("page %d lacks the report ID or time", i+1)
		}
	}
	if strings.Contains(text, "«") {
		t.Errorf("a phrase is missing from the templates: %s", text[strings.Index(text, "«"):][:40])
	}
	return text
}

func TestSampleReport(t *testing.T) {
	w := loadSample(t)
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			pdf, info := render(t, w, face(t, testFont()), lang)
			if !strings.HasPrefix(info.ID, "BTE-") || info.Pages < 4 {
				t.Errorf("info %+v", info)
			}
			checkSample(t, pdf, info, lang)
		})
	}
}

func TestSampleReportRealFont(t *testing.T) {
	f := realFont(t)
	pdf, info := render(t, loadSample(t), f, i18n.ZH)
	checkSample(t, pdf, info, i18n.ZH)
	if len(pdf) > 300<<10 {
		t.Errorf("sample report is %d KB; a small report should stay under 300 KB", len(pdf)>>10)
	}
}

// TestDeterministic: the same inputs and time give the same bytes; the
// golden hash catches any unintended change of the output.
func TestDeterministic(t *testing.T) {
	w := loadSample(t)
	a, _ := render(t, w, face(t, testFont()), i18n.ZH)
	b, _ := render(t, w, face(t, testFont()), i18n.ZH)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs with the same --now differ")
	}
	sum := sha256.Sum256(a)
	got := hex.EncodeToString(sum[:]) + "\n"
	golden := filepath.Join("..", "..", "testdata", "golden", "report-sample-testfont.sha256")
	if *update {
		os.MkdirAll(filepath.Dir(golden), 0o755)
		os.WriteFile(golden, []byte(got), 0o644)
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if got != string(want) {
		t.Errorf("report bytes changed: sha256 %s, golden %s (run with -update if intended)", strings.TrimSpace(got), strings.TrimSpace(string(want)))
	}
}

// TestLatinFallback: a Chinese font without Latin letters (like Droid Sans
// Fallback) still prints the digits, through the built-in Go font.
func TestLatinFallback(t *testing.T) {
	noLatin := face(t, fontstest.Build("CJK Only", fontstest.CJK))
	if noLatin.Has('9') {
		t.Fatal("the test font should lack digits")
	}
	pdf, info := render(t, loadSample(t), noLatin, i18n.ZH)
	checkSample(t, pdf, info, i18n.ZH)
	if !bytes.Contains(pdf, []byte("/BaseFont /")) || bytes.Count(pdf, []byte("/Type /Font")) < 2 {
		t.Error("expected the Chinese font and the Latin fallback to be embedded")
	}
}

// TestMissingCharacterStops: a name with a character no font has stops the
// report with the character and where it is, instead of printing a box.
func TestMissingCharacterStops(t *testing.T) {
	w := loadSample(t)
	w.Case.Victim.Name = "王䶮"
	noExtA := face(t, fontstest.Build("No Ext A", fontstest.Latin, []fontstest.Range{{Lo: 0x3000, Hi: 0x303F}, {Lo: 0x4E00, Hi: 0x9FFF}, {Lo: 0xFF01, Hi: 0xFF5E}, {Lo: 0x2010, Hi: 0x2027}}))
	var buf bytes.Buffer
	_, err := Write(&buf, w, Options{Lang: i18n.ZH, Now: now, Templates: templates.Embedded(), Main: noExtA})
	m, ok := pdfdoc.IsMissingGlyphs(err)
	if !ok {
		t.Fatalf("err = %v, want missing glyphs", err)
	}
	if len(m.Chars) != 1 || m.Chars[0] != '䶮' || !strings.Contains(strings.Join(m.Where['䶮'], ","), "case.yaml:2 victim") {
		t.Errorf("missing %q at %v", string(m.Chars), m.Where)
	}
	if buf.Len() != 0 {
		t.Error("a PDF was written despite the missing character")
	}

	// A fallback font that has the character makes it work.
	_, err = Write(&buf, w, Options{Lang: i18n.ZH, Now: now, Templates: templates.Embedded(), Main: noExtA,
		Fallbacks: func() []*fonts.Face { return []*fonts.Face{face(t, testFont())} }})
	if err != nil {
		t.Fatalf("with a fallback: %v", err)
	}

	// Characters beyond the BMP cannot be embedded by gofpdf at all.
	w.Case.Victim.Name = "𠮷野家"
	_, err = Write(&bytes.Buffer{}, w, Options{Lang: i18n.ZH, Now: now, Templates: templates.Embedded(), Main: face(t, testFont())})
	if m, ok := pdfdoc.IsMissingGlyphs(err); !ok || m.Chars[0] != '𠮷' {
		t.Fatalf("err = %v", err)
	}
}

func TestRedactedCover(t *testing.T) {
	var buf bytes.Buffer
	_, err := Write(&buf, loadSample(t), Options{Lang: i18n.ZH, Now: now, Templates: templates.Embedded(), Main: face(t, testFont()), Redact: true})
	if err != nil {
		t.Fatal(err)
	}
	text, _ := pdfcheck.Text(buf.Bytes())
	if strings.Contains(text, "110101199001011237") || strings.Contains(text, "13800138000") {
		t.Error("full ID or phone in a redacted report")
	}
	if !strings.Contains(text, "110101********1237") || !strings.Contains(text, "138****8000") {
		t.Error("masked ID and phone missing")
	}
}

// TestMinimalCase renders a case with nothing but a transaction file: every
// "none" branch of the report, in both languages.
func TestMinimalCase(t *testing.T) {
	dir := t.TempDir()
	data, _ := os.ReadFile("../../testdata/formats/jd-transactions-sample.csv")
	os.WriteFile(filepath.Join(dir, "jd.csv"), data, 0o600)
	os.WriteFile(filepath.Join(dir, "case.yaml"), []byte("inputs:\n  transactions: [jd.csv]\n"), 0o600)
	w, err := casework.Load(filepath.Join(dir, "case.yaml"), casework.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		pdf, _ := render(t, w, face(t, testFont()), lang)
		if err := pdfcheck.Validate(pdf); err != nil {
			t.Fatal(err)
		}
		text, _ := pdfcheck.Text(pdf)
		if strings.Contains(text, "«") {
			t.Errorf("%s: missing phrase: %s", lang, text[strings.Index(text, "«"):][:40])
		}
	}
}

// writeLargeCase writes a case of n disputed transactions (and others)
// generated by synth into dir.
func writeLargeCase(t testing.TB, dir string, disputed, others, logins int) string {
	t.Helper()
	opts := synth.Options{Rows: disputed + others, Seed: 3}
	txs := synth.Transactions(opts)
	var buf bytes.Buffer
	if err := synth.WriteCSV(&buf, txs, opts); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "jd.csv"), buf.Bytes(), 0o600)
	buf.Reset()
	synth.WriteLoginsCSV(&buf, synth.Logins(synth.Options{Rows: logins, Seed: 4}))
	os.WriteFile(filepath.Join(dir, "logins.csv"), buf.Bytes(), 0o600)
	// The newest rows are disputed: txs is newest first.
	from := txs[disputed-1].Time.Format(time.RFC3339)
	c := "victim:\n  name: 李四\ninputs:\n  transactions: [jd.csv]\n  logins: [logins.csv]\ndisputes:\n  - from: " + from + "\n"
	p := filepath.Join(dir, "case.yaml")
	os.WriteFile(p, []byte(c), 0o600)
	return p
}

func TestLargeReport(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	p := writeLargeCase(t, t.TempDir(), 2000, 200, 300)
	w, err := casework.Load(p, casework.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	pdf, info := render(t, w, face(t, testFont()), i18n.ZH)
	if err := pdfcheck.Validate(pdf); err != nil {
		t.Fatal(err)
	}
	if w.Figures.Count < 1900 || info.Pages < 40 {
		t.Errorf("%d disputed, %d pages", w.Figures.Count, info.Pages)
	}
	if dir := os.Getenv("BAITIAO_EVIDENCE_KEEP"); dir != "" {
		os.WriteFile(filepath.Join(dir, "large-report.pdf"), pdf, 0o644)
	}
}

// BenchmarkReport renders the report of a case with 5,000 disputed
// transactions among 105,000 and 100,000 login events (targets: a few
// seconds at most on two cores, at most 2 MB).
func BenchmarkReport(b *testing.B) {
	dir := b.TempDir()
	if err := synth.WriteCase(dir, synth.CaseOptions{Options: synth.Options{Rows: 105_000, Seed: 3}, Logins: 100_000, Disputed: 5_000}); err != nil {
		b.Fatal(err)
	}
	w, err := casework.Load(filepath.Join(dir, "case.yaml"), casework.Options{Now: now})
	if err != nil {
		b.Fatal(err)
	}
	f := face(b, testFont())
	var size int
	var info Info
	for b.Loop() {
		var pdf []byte
		pdf, info = render(b, w, f, i18n.ZH)
		size = len(pdf)
	}
	b.ReportMetric(float64(size), "pdf-bytes")
	b.ReportMetric(float64(info.Pages), "pages")
	b.ReportMetric(float64(w.Figures.Count), "disputed")
}
