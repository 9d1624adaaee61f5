package bundle

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestTimelineJSON: the hand-written events are valid JSON that decodes to
// what encoding/json would have written.
func TestTimelineJSON(t *testing.T) {
	amount, yes := int64(919880), true
	e := event{Message: "a \"quoted\" \\ line\nwith\ttabs\x01 and 中文 \xff", Datetime: "2026-11-03T02:41:10+08:00",
		TimestampDesc: "Transaction Time", DataType: "jd:transaction", Source: "jd.csv", SourceRef: "jd.csv:23",
		Order: "301122334455", AmountFen: &amount, Disputed: &yes}
	got := string(e.appendJSON(nil))
	want, _ := json.Marshal(e)
	var a, b map[string]any
	if err := json.Unmarshal([]byte(got), &a); err != nil {
		t.Fatalf("%s: %v", got, err)
	}
	json.Unmarshal(want, &b)
	if len(a) != len(b) {
		t.Fatalf("fields %v, want %v", a, b)
	}
	for k, v := range b {
		if a[k] != v {
			t.Errorf("%s = %v, want %v", k, a[k], v)
		}
	}
	if !strings.HasPrefix(got, `{"message":`) {
		t.Errorf("field order: %s", got)
	}
}
