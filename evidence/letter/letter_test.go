package letter

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts/fontstest"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc/pdfcheck"
	"github.com/baitiao-evidence/baitiao-evidence/templates"
)

var update = flag.Bool("update", false, "rewrite golden files")

var now = time.Date(2026, 11, 25, 10, 0, 0, 0, evidence.ChinaZone())

func loadSample(t *testing.T) *casework.Work {
	t.Helper()
	w, err := casework.Load("../../testdata/sample/case.yaml", casework.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func opts(w *casework.Work, lang i18n.Lang) Options {
	return Options{Lang: lang, Now: now, Templates: templates.Embedded(), ReportID: w.ReportID(),
		ReportSHA256: strings.Repeat("ab", 32)}
}

// requests are phrases each letter must contain: what it asks for.
var requests = map[string]map[i18n.Lang][]string{
	"police":    {i18n.ZH: {"立案侦查", "报案回执"}, i18n.EN: {"open an investigation", "receipt"}},
	"jd":        {i18n.ZH: {"停止对上述争议款项的催收", "销账", "冻结本人名下的京东白条", "更正或删除", "收货（配送）记录", "工单号 12345678", "尚欠 9,179.80 元", "免除全部服务费 480.00 元和违约金 1.00 元", "已就争议订单还款 500.00 元"}, i18n.EN: {"Stop collecting", "write off", "Freeze the Baitiao", "credit bureau", "delivery records", "ticket 12345678", "9,179.80 yuan is outstanding", "fees of 480.00 yuan and penalties of 1.00 yuan", "I paid 500.00 yuan"}},
	"credit":    {i18n.ZH: {"《征信业管理条例》第二十五条", "异议的标注", "更正", "示例小额贷款有限公司", "个人消费贷款", "2026-11-03", "联系电话", "服务费 480.00 元和违约金 1.00 元", "退还本人已偿还的 500.00 元"}, i18n.EN: {"Article 25", "mark this information as disputed", "correct", "示例小额贷款有限公司", "Contact phone", "fees of 480.00 yuan", "refund the 500.00 yuan"}},
	"regulator": {i18n.ZH: {"被投诉机构", "投诉请求", "停止对上述争议款项的催收", "工单号 12345678"}, i18n.EN: {"Institution complained about", "Demands", "stop collecting", "ticket 12345678"}},
	"consumer":  {i18n.ZH: {"被投诉方", "投诉请求", "北京市朝阳区示例路 1 号", "事实与理由"}, i18n.EN: {"Other party", "Requests", "北京市朝阳区示例路 1 号", "Facts and reasons"}},
}

func TestSampleLetters(t *testing.T) {
	w := loadSample(t)
	font, err := fonts.Parse(fontstest.Build("Test CJK", fontstest.Latin, fontstest.CJK), "test.ttf", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		for _, kind := range Kinds {
			t.Run(kind+"."+string(lang), func(t *testing.T) {
				o := opts(w, lang)
				markup, err := Markup(kind, w, o)
				if err != nil {
					t.Fatal(err)
				}
				text := Text(markup)
				golden := filepath.Join("..", "..", "testdata", "golden", "letter-"+kind+"."+string(lang)+".txt")
				if *update {
					os.WriteFile(golden, []byte(text), 0o644)
				} else if want, err := os.ReadFile(golden); err != nil || string(want) != text {
					t.Errorf("%s differs from the golden file (run with -update if intended)\n%s", kind, text)
				}
				pdf, pages, err := PDF(markup, PDFOptions{Options: o, Main: font, Title: "t", FooterTime: "time",
					FooterPage: func(p, n int) string { return "page" }})
				if err != nil {
					t.Fatal(err)
				}
				if err := pdfcheck.Validate(pdf); err != nil {
					t.Fatal(err)
				}
				pdfText, err := pdfcheck.Text(pdf)
				if err != nil || pages < 1 {
					t.Fatal(err)
				}
				squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
				pdfText = squash(pdfText)
				want := []string{"张三", "9,198.80", w.ReportID(), strings.Repeat("ab", 32)}
				if kind != "regulator" {
					want = append(want, "301122334455", "301122334456", "301122334457")
				}
				if kind != "regulator" && kind != "consumer" {
					want = append(want, "110101199001011237")
				}
				want = append(want, requests[kind][lang]...)
				for _, s := range want {
					if !strings.Contains(text, s) {
						t.Errorf("text lacks %q", s)
					}
					if !strings.Contains(pdfText, squash(s)) {
						t.Errorf("PDF lacks %q", s)
					}
				}
			})
		}
	}
}

// TestEveryTemplateRenders renders every letter with a full case and with
// a minimal one (blanks allowed): a bad field in a template fails here.
func TestEveryTemplateRenders(t *testing.T) {
	full := loadSample(t)
	dir := t.TempDir()
	data, _ := os.ReadFile("../../testdata/formats/jd-transactions-sample.csv")
	os.WriteFile(filepath.Join(dir, "jd.csv"), data, 0o600)
	os.WriteFile(filepath.Join(dir, "case.yaml"), []byte("inputs:\n  transactions: [jd.csv]\ndisputes:\n  - order: \"301122334455\"\n"), 0o600)
	minimal, err := casework.Load(filepath.Join(dir, "case.yaml"), casework.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []*casework.Work{full, minimal} {
		for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
			for _, kind := range Kinds {
				o := opts(w, lang)
				o.AllowBlanks = true
				o.ReportSHA256 = ""
				m, err := Markup(kind, w, o)
				if err != nil {
					t.Fatalf("%s %s: %v", kind, lang, err)
				}
				if strings.Contains(m, "<no value>") || strings.Contains(m, "{{") {
					t.Errorf("%s %s: unfilled template:\n%s", kind, lang, m)
				}
				if w == minimal && !strings.Contains(m, blank) {
					t.Errorf("%s %s: a minimal case should show blanks", kind, lang)
				}
			}
		}
	}
}

func TestMissingFields(t *testing.T) {
	w := loadSample(t)
	w.Case.Police.Station = ""
	w.Case.Victim.Phone = ""
	_, err := Markup("police", w, opts(w, i18n.ZH))
	var m *MissingFields
	if !errors.As(err, &m) || strings.Join(m.Fields, ",") != "victim.phone,police.station" {
		t.Fatalf("err = %v", err)
	}
	o := opts(w, i18n.ZH)
	o.AllowBlanks = true
	text, err := Markup("police", w, o)
	if err != nil || !strings.Contains(text, "联系电话 "+blank) {
		t.Errorf("blanks: %v\n%s", err, text)
	}
}

func TestRedactedLetter(t *testing.T) {
	w := loadSample(t)
	o := opts(w, i18n.ZH)
	o.Redact = true
	m, _ := Markup("jd", w, o)
	if strings.Contains(m, "110101199001011237") || strings.Contains(m, "13800138000") || !strings.Contains(m, "110101********1237") {
		t.Errorf("redaction:\n%s", m)
	}
}
