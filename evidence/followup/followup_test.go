package followup

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
)

func date(s string) evidence.Date {
	var d evidence.Date
	if err := d.DecodeScalar(s); err != nil {
		panic(err)
	}
	return d
}

func TestCompute(t *testing.T) {
	c := &evidence.Case{Actions: []evidence.Action{
		{Date: date("2026-11-21"), What: "改密码", To: "self"},
		{Date: date("2026-11-20"), What: "致电京东客服", To: "jd", Ref: "123", ReplyBy: date("2026-11-27")},
		{Date: date("2026-11-22"), What: "报案", To: "police", ReplyBy: date("2026-11-23"), Replied: date("2026-11-23")},
		{Date: date("2026-11-22"), What: "提交书面销账申请", To: "jd", ReplyBy: date("2026-11-24")},
	}}
	at := func(s string) time.Time {
		t, _ := time.ParseInLocation("2006-01-02 15:04", s, evidence.ChinaZone())
		return t
	}
	st := Compute(c, at("2026-11-25 23:59"))
	var states []string
	for _, it := range st.Items {
		states = append(states, string(it.State)+"/"+strconv.Itoa(it.Days))
	}
	// Sorted by date: jd call (awaiting 2 days), self, police (replied), jd letter (overdue 1 day).
	if strings.Join(states, " ") != "awaiting/2 done/0 done/0 overdue/1" {
		t.Errorf("states %v", states)
	}
	if strings.Join(st.Next, ",") != "credit,complaint" {
		t.Errorf("next %v", st.Next)
	}
	// The day turns at midnight China time, whatever the machine's zone.
	st = Compute(c, time.Date(2026, 11, 27, 16, 30, 0, 0, time.UTC)) // 00:30 on the 28th in China
	if st.Items[0].State != StateOverdue || st.Items[0].Days != 1 {
		t.Errorf("item %+v", st.Items[0])
	}
	// A police receipt number alone shows the police step done.
	c2 := &evidence.Case{Police: evidence.Police{CaseNumber: "R-1"}}
	if s := Steps(c2); !s[2].Done || s[2].Ref != "R-1" {
		t.Errorf("police step %+v", s[2])
	}
}
