package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// testApp returns an app writing into buffers.
func testApp(lang i18n.Lang) (*app, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	a := &app{streams: streams{In: &bytes.Buffer{}, Out: &out, Err: &errb}, getenv: func(string) string { return "" },
		lang: lang, langArg: string(lang), nowArg: "2026-11-25T10:00:00+08:00"}
	return a, &out, &errb
}

func TestCaseTemplatesParse(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		ans := blankAnswers(time.Date(2026, 11, 25, 10, 0, 0, 0, evidence.ChinaZone()))
		ans.Transactions = []string{"exports/jd.csv"}
		text, err := renderCaseTemplate(lang, ans)
		if err != nil {
			t.Fatal(err)
		}
		c, warnings, err := evidence.ParseCase("case.yaml", text, evidence.CaseOptions{})
		if err != nil {
			t.Fatalf("%s template: %v", lang, err)
		}
		if len(warnings) != 0 || c.DiscoveredAt.String() != "2026-11-25" || len(c.Inputs.Transactions) != 1 {
			t.Errorf("%s template: warnings %v, case %+v", lang, warnings, c)
		}
	}
}

// TestCaseTemplateAnswers fills the templates with awkward answers and
// reads each back unchanged.
func TestCaseTemplateAnswers(t *testing.T) {
	ans := caseAnswers{
		Name: `王"小明": #1`, IDNumber: "11010519491231002X", Phone: "13800138000", JDAccount: "jd_王 小明 '#'",
		Discovered: "2026-11-20", Cause: evidence.CauseAccountTakeover,
		Statement:    "第一行：我没有买过。\n  # 不是注释\n- 也不是列表\n\tend",
		Transactions: []string{"exports/jd.csv", "exports/京东 流水 (2).xlsx"},
		Logins:       []string{"exports/logins.csv"},
		Bills:        []string{"exports/bill: 11月.csv"},
	}
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		text, err := renderCaseTemplate(lang, ans)
		if err != nil {
			t.Fatal(err)
		}
		c, warnings, err := evidence.ParseCase("case.yaml", text, evidence.CaseOptions{})
		if err != nil {
			t.Fatalf("%s: %v\n%s", lang, err, text)
		}
		if len(warnings) != 0 {
			t.Errorf("%s: warnings %v", lang, warnings)
		}
		v := c.Victim
		if v.Name != ans.Name || v.IDNumber != ans.IDNumber || v.Phone != ans.Phone || v.JDAccount != ans.JDAccount {
			t.Errorf("%s: victim %+v", lang, v)
		}
		if c.DiscoveredAt.String() != ans.Discovered || c.Cause != ans.Cause {
			t.Errorf("%s: discovered %s, cause %s", lang, c.DiscoveredAt, c.Cause)
		}
		if got := strings.TrimRight(c.Statement, "\n"); got != ans.Statement {
			t.Errorf("%s: statement %q, want %q", lang, got, ans.Statement)
		}
		if !slices.Equal(c.Inputs.Transactions, ans.Transactions) || !slices.Equal(c.Inputs.Logins, ans.Logins) || !slices.Equal(c.Inputs.Bills, ans.Bills) {
			t.Errorf("%s: inputs %+v", lang, c.Inputs)
		}
	}
}

func TestInitPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permissions")
	}
	a, _, _ := testApp(i18n.ZH)
	dir := filepath.Join(t.TempDir(), "case")
	if err := runInit(a, &initOptions{Dir: dir}); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]os.FileMode{dir: 0o700, filepath.Join(dir, "exports"): 0o700, filepath.Join(dir, "case.yaml"): 0o600} {
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != want {
			t.Errorf("%s: mode %o, want %o", path, st.Mode().Perm(), want)
		}
	}
}

func TestDefaultLang(t *testing.T) {
	for env, want := range map[string]i18n.Lang{"": i18n.ZH, "en_US.UTF-8": i18n.EN, "zh_CN.UTF-8": i18n.ZH, "C": i18n.ZH, "fr_FR": i18n.ZH} {
		got := defaultLang(func(k string) string {
			if k == "LANG" {
				return env
			}
			return ""
		})
		if got != want {
			t.Errorf("LANG=%q: %s, want %s", env, got, want)
		}
	}
}

// TestInitAsksAtATerminal: with stdin a terminal init asks without -i, and
// --blank writes the template instead.
func TestInitAsksAtATerminal(t *testing.T) {
	dir := t.TempDir()
	answers := "李四\n１１０１０５１９４９１２３１００２ｘ\n\n\n\n1\n\n\n"
	var out, errb bytes.Buffer
	s := streams{In: strings.NewReader(answers), Out: &out, Err: &errb, InIsTerminal: true}
	getenv := func(string) string { return "" }
	if code := run([]string{"--now", "2026-11-25T10:00:00+08:00", "init", filepath.Join(dir, "a")}, s, getenv); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	text, err := os.ReadFile(filepath.Join(dir, "a", "case.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	// Full-width digits typed with a Chinese input method are read as digits.
	for _, want := range []string{`name: "李四"`, `id_number: "11010519491231002X"`, "cause: identity_theft", "discovered_at: 2026-11-25"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("case.yaml lacks %q:\n%s", want, text)
		}
	}
	// At a terminal the answers are not echoed: the terminal shows them.
	if strings.Contains(out.String(), "李四") {
		t.Errorf("answers echoed at a terminal:\n%s", out.String())
	}

	out.Reset()
	s.In = strings.NewReader("")
	if code := run([]string{"--now", "2026-11-25T10:00:00+08:00", "init", "--blank", filepath.Join(dir, "b")}, s, getenv); code != 0 {
		t.Fatalf("--blank: exit %d: %s", code, errb.String())
	}
	if strings.Contains(out.String(), "姓名") {
		t.Errorf("--blank asked:\n%s", out.String())
	}
}

func TestCleanDroppedPath(t *testing.T) {
	cases := map[string]string{
		`  "C:\Users\张三\Downloads"  `: `C:\Users\张三\Downloads`,
		`'/home/zs/My Files'`:         `/home/zs/My Files`,
		`/tmp/x`:                      `/tmp/x`,
		``:                            ``,
	}
	if runtime.GOOS != "windows" {
		cases[`/Users/zs/My\ Files/jd\ (1).csv`] = `/Users/zs/My Files/jd (1).csv`
	}
	for in, want := range cases {
		if got := cleanDroppedPath(in); got != want {
			t.Errorf("cleanDroppedPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestInterviewChecks(t *testing.T) {
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, evidence.ChinaZone())
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"11010519491231002X", "11010519491231002X", true},
		{"110105 19491231 002x", "11010519491231002X", true},
		{"", "", true},
		{"110105194912310023", "", false},
		{"110105209912310029", "", false}, // born in the future
		{"1101051949123100", "", false},
	} {
		got, why := checkIDAnswer(c.in, now)
		if got != c.want || why.IsZero() != c.ok {
			t.Errorf("checkIDAnswer(%q) = %q, %q", c.in, got, why.String())
		}
	}
	if _, why := checkIDAnswer("110105209912310029", now); !strings.Contains(why.String(), "还没有到") {
		t.Errorf("a birth date in the future: %q", why.String())
	}
	for in, want := range map[string]string{"13800138000": "13800138000", "+86 138 0013 8000": "13800138000", "１３８００１３８０００": "13800138000", "12800138000": "", "0101234567": ""} {
		if got, _ := checkPhoneAnswer(in); got != want {
			t.Errorf("checkPhoneAnswer(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"": "2026-11-25", "2026-11-25": "2026-11-25", "2026年11月3日": "2026-11-03", "2026-11-26": "", "1999-01-01": "", "昨天": ""} {
		if got, _ := checkDateAnswer(in, now); got != want {
			t.Errorf("checkDateAnswer(%q) = %q, want %q", in, got, want)
		}
	}
}
