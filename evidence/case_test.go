package evidence

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

func TestParseSampleCase(t *testing.T) {
	data, err := os.ReadFile("../testdata/sample/case.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, warnings, err := ParseCase("case.yaml", data, CaseOptions{Now: time.Date(2026, 11, 25, 0, 0, 0, 0, ChinaZone())})
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 0 {
		t.Errorf("warnings: %v", warnings)
	}
	if c.Victim.Name != "张三" || c.Victim.IDNumber != "110101199001011237" || c.Cause != CauseAccountTakeover {
		t.Errorf("victim %+v cause %s", c.Victim, c.Cause)
	}
	if len(c.Disputes) != 2 || c.Disputes[0].Order != "301122334455" || c.Disputes[1].Method != "京东白条" {
		t.Errorf("disputes %+v", c.Disputes)
	}
	if got := c.Disputes[1].From.Format(time.RFC3339); got != "2026-11-03T02:30:00+08:00" {
		t.Errorf("from %s", got)
	}
	if c.Line("disputes[1]") != 20 || c.Line("victim.name") != 3 {
		t.Errorf("lines: disputes[1] at %d, victim.name at %d", c.Line("disputes[1]"), c.Line("victim.name"))
	}
	if c.Actions[0].Ref != "12345678" || c.Actions[0].ReplyBy.String() != "2026-11-27" {
		t.Errorf("action %+v", c.Actions[0])
	}
}

func TestParseCaseErrors(t *testing.T) {
	tests := []struct {
		name  string
		yaml  string
		keys  []string
		lines []int
	}{
		{"unknown key", "victim:\n  name: 张三\n  nmae: x\n", []string{"case.unknown_key"}, []int{3}},
		{"typo in dispute", "disputes:\n  - ordr: \"1\"\n", []string{"case.unknown_key"}, []int{2}},
		{"wrong type", "victim: 张三\n", []string{"case.wrong_type"}, []int{1}},
		{"list for text", "statement: [a, b]\n", []string{"case.wrong_type"}, []int{1}},
		{"number", "analysis:\n  dormant_days: many\n", []string{"case.wrong_type"}, []int{2}},
		{"bad cause", "cause: bad_luck\n", []string{"case.bad_value"}, []int{1}},
		{"bad date", "discovered_at: yesterday\n", []string{"case.bad_value"}, []int{1}},
		{"duplicate key", "cause: unknown\ncause: unknown\n", []string{"case.duplicate_key"}, []int{2}},
		{"alias", "victim: &v\n  name: a\npolice: *v\n", []string{"case.alias", "case.alias"}, []int{1, 3}},
		{"syntax", "victim:\n  name: a\n bad: [\n", []string{"case.syntax"}, []int{2}},
		{"two documents", "cause: unknown\n---\ncause: unknown\n", []string{"case.multidoc"}, []int{2}},
		{"mixed dispute", "disputes:\n  - order: \"1\"\n    suggested: true\n", []string{"case.dispute_mixed"}, []int{2}},
		{"method alone", "disputes:\n  - method: 京东白条\n", []string{"case.dispute_method_alone"}, []int{2}},
		{"reversed range", "disputes:\n  - from: 2026-11-04\n    to: 2026-11-03\n", []string{"case.dispute_range_reversed"}, []int{2}},
		{"bad recipient", "actions:\n  - date: 2026-11-20\n    what: x\n    to: boss\n", []string{"case.bad_recipient"}, []int{4}},
		{"action without date", "actions:\n  - what: x\n", []string{"case.action_no_date"}, []int{2}},
		{"out of range", "analysis:\n  night_end_hour: 30\n", []string{"case.out_of_range"}, []int{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ParseCase("case.yaml", []byte(tt.yaml), CaseOptions{})
			ps, ok := err.(Problems)
			if !ok {
				t.Fatalf("err = %v (%T), want problems", err, err)
			}
			var keys []string
			var lines []int
			for _, p := range ps {
				keys = append(keys, p.Msg.Key)
				lines = append(lines, p.Where.Line)
				for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
					if s := p.Localize(l); strings.Contains(s, "%!") {
						t.Errorf("bad format: %s", s)
					}
				}
			}
			if strings.Join(keys, ",") != strings.Join(tt.keys, ",") || len(lines) != len(tt.lines) {
				t.Fatalf("got %v at %v, want %v at %v", keys, lines, tt.keys, tt.lines)
			}
			for i := range lines {
				if lines[i] != tt.lines[i] {
					t.Errorf("got %v at %v, want %v at %v", keys, lines, tt.keys, tt.lines)
				}
			}
		})
	}
}

func TestUnknownKeySuggestsClosest(t *testing.T) {
	_, _, err := ParseCase("case.yaml", []byte("victim:\n  nmae: x\n"), CaseOptions{})
	msg := err.(Problems)[0].Msg.Localize(i18n.EN)
	if !strings.Contains(msg, "are: name,") {
		t.Errorf("%s: the closest key should come first", msg)
	}
}

func TestParseCaseWarnings(t *testing.T) {
	y := "victim:\n  id_number: \"110101199001011238\"\n  phone: \"1380013800\"\ndiscovered_at: 2030-01-01\n"
	_, ws, err := ParseCase("case.yaml", []byte(y), CaseOptions{Now: time.Date(2026, 11, 25, 0, 0, 0, 0, ChinaZone())})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, w := range ws {
		keys = append(keys, w.Msg.Key)
	}
	if strings.Join(keys, ",") != "id.bad_check,case.phone_format,case.date_future" {
		t.Errorf("warnings %v", keys)
	}
}

func TestEmptyCaseParses(t *testing.T) {
	c, _, err := ParseCase("case.yaml", nil, CaseOptions{})
	if err != nil || c == nil {
		t.Fatalf("empty case: %v", err)
	}
}
