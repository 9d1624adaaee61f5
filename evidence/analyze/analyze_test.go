package analyze

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, evidence.ChinaZone())
	if err != nil {
		panic(err)
	}
	return t
}

var line = 0

func src() []evidence.Source { line++; return []evidence.Source{{File: "t.csv", Line: line}} }

func login(when, device, place, method string, ok bool) *evidence.LoginEvent {
	r := evidence.LoginSuccess
	if !ok {
		r = evidence.LoginFailure
	}
	return &evidence.LoginEvent{Time: at(when), Device: device, Place: place, IP: "1.2.3.4", Method: method, Result: r, Sources: src()}
}

func tx(when, desc, method string, yuan int64) *evidence.Transaction {
	return evidence.NewTransaction(evidence.TxFields{Time: at(when), Description: desc, Method: method, Amount: evidence.Money(yuan * 100),
		Direction: evidence.DirExpense, Order: fmt.Sprint(len(desc), yuan, when)}, src()[0])
}

// usual is a holder's own history: one phone in Beijing, daytime shopping.
func usual() ([]*evidence.Transaction, []*evidence.LoginEvent) {
	return []*evidence.Transaction{tx("2026-10-02 10:00", "抽纸", "京东白条", 45), tx("2026-10-12 21:44", "图书", "银行卡", 69)},
		[]*evidence.LoginEvent{login("2026-10-01 09:00", "iPhone 13", "北京市", "密码登录", true), login("2026-10-12 21:40", "iPhone 13", "北京市", "扫码登录", true)}
}

func TestIndicators(t *testing.T) {
	tests := []struct {
		name      string
		txs       []*evidence.Transaction
		logins    []*evidence.LoginEvent
		want      string // indicator codes found, in order
		suggested int
	}{
		{name: "nothing unusual"},
		{name: "new device", logins: []*evidence.LoginEvent{login("2026-11-03 02:20", "HUAWEI Mate 60", "深圳市", "密码登录", true)},
			want: "new_device"},
		{name: "a new place alone", logins: []*evidence.LoginEvent{login("2026-11-03 12:00", "iPhone 13", "上海市", "密码登录", true)},
			want: "new_device"},
		{name: "credential stuffing", logins: []*evidence.LoginEvent{
			login("2026-11-03 02:17", "iPhone 13", "北京市", "密码登录", false), login("2026-11-03 02:18", "iPhone 13", "北京市", "密码登录", false),
			login("2026-11-03 02:19", "iPhone 13", "北京市", "密码登录", false), login("2026-11-03 02:20", "iPhone 13", "北京市", "密码登录", true)},
			want: "credential_stuffing"},
		{name: "two failures are not a burst", logins: []*evidence.LoginEvent{
			login("2026-11-03 02:18", "iPhone 13", "北京市", "密码登录", false), login("2026-11-03 02:19", "iPhone 13", "北京市", "密码登录", false),
			login("2026-11-03 02:20", "iPhone 13", "北京市", "密码登录", true)}},
		{name: "failures spread over hours are not a burst", logins: []*evidence.LoginEvent{
			login("2026-11-03 02:00", "iPhone 13", "北京市", "密码登录", false), login("2026-11-03 04:00", "iPhone 13", "北京市", "密码登录", false),
			login("2026-11-03 06:00", "iPhone 13", "北京市", "密码登录", false), login("2026-11-03 06:10", "iPhone 13", "北京市", "密码登录", true)}},
		{name: "dormant", logins: []*evidence.LoginEvent{login("2027-06-01 12:00", "iPhone 13", "北京市", "密码登录", true)}, want: "dormant_login"},
		{name: "after an unfamiliar login", logins: []*evidence.LoginEvent{login("2026-11-03 14:00", "HUAWEI Mate 60", "深圳市", "密码登录", true)},
			txs:  []*evidence.Transaction{tx("2026-11-03 14:30", "椰子水", "银行卡", 60), tx("2026-11-03 17:00", "抽纸", "银行卡", 45)},
			want: "new_device after_unfamiliar_login", suggested: 1},
		{name: "purchases before the unfamiliar login", logins: []*evidence.LoginEvent{login("2026-11-03 14:00", "HUAWEI Mate 60", "深圳市", "密码登录", true)},
			txs: []*evidence.Transaction{tx("2026-11-03 13:30", "椰子水", "银行卡", 60)}, want: "new_device"},
		{name: "night burst", txs: []*evidence.Transaction{tx("2026-11-03 02:30", "椰子水", "银行卡", 60), tx("2026-11-03 03:10", "抽纸", "银行卡", 45)},
			want: "night_burst", suggested: 2},
		{name: "one night purchase is no burst", txs: []*evidence.Transaction{tx("2026-11-03 02:30", "椰子水", "银行卡", 60), tx("2026-11-03 07:10", "抽纸", "银行卡", 45)}},
		{name: "cash-out goods", txs: []*evidence.Transaction{tx("2026-11-05 12:00", "京东E卡 面值1000元", "京东白条", 1000),
			tx("2026-11-05 12:05", "Apple iPhone 17 Pro", "京东白条", 8999), tx("2026-11-05 12:06", "华为手机壳", "京东白条", 39)},
			want: "cash_out_goods", suggested: 2},
		{name: "gift card paid by bank card is not flagged", txs: []*evidence.Transaction{tx("2026-11-05 12:00", "京东E卡 面值1000元", "银行卡", 1000)}},
		{name: "near one limit", txs: []*evidence.Transaction{tx("2026-11-05 12:00", "显示器", "京东白条", 4980), tx("2026-11-06 12:00", "显示器", "京东白条", 4990)},
			want: "near_limit_amounts", suggested: 2},
		{name: "one near a limit is not a pattern", txs: []*evidence.Transaction{tx("2026-11-05 12:00", "显示器", "京东白条", 4980), tx("2026-11-06 12:00", "显示器", "京东白条", 3990)}},
		{name: "family card", txs: []*evidence.Transaction{tx("2026-11-05 12:00", "零食", "亲密卡", 30)}, want: "family_card", suggested: 1},
		{name: "third-party login", logins: []*evidence.LoginEvent{login("2026-11-03 12:00", "iPhone 13", "北京市", "微信授权登录", true)}, want: "third_party_login"},
		{name: "activation", txs: []*evidence.Transaction{evidence.NewTransaction(evidence.TxFields{Time: at("2026-11-01 10:00"), Category: "白条", Description: "白条开通", Direction: evidence.DirNeutral}, src()[0])},
			want: "baitiao_activation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txs, logins := usual()
			r := Run(append(txs, tt.txs...), append(logins, tt.logins...), ConfigFrom(evidence.Analysis{}))
			var codes []string
			for _, ind := range r.Indicators {
				codes = append(codes, ind.Code)
				if ind.Cause == "" || len(ind.Logins)+len(ind.Txs) == 0 {
					t.Errorf("%s: no cause or no rows cited", ind.Code)
				}
				for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
					if s := ind.Explain.Localize(l); strings.Contains(s, "%!") || s == "" {
						t.Errorf("%s: %q", ind.Code, s)
					}
				}
			}
			if got := strings.Join(codes, " "); got != tt.want {
				t.Errorf("indicators %q, want %q", got, tt.want)
			}
			if len(r.Suggested) != tt.suggested {
				t.Errorf("%d suggested, want %d", len(r.Suggested), tt.suggested)
			}
		})
	}
}

func TestThresholdsFromCase(t *testing.T) {
	txs, logins := usual()
	logins = append(logins, login("2026-11-03 14:00", "HUAWEI Mate 60", "深圳市", "密码登录", true))
	txs = append(txs, tx("2026-11-03 14:30", "椰子水", "银行卡", 60))
	r := Run(txs, logins, ConfigFrom(evidence.Analysis{AfterLoginMinutes: 10}))
	if len(r.Suggested) != 0 {
		t.Error("a purchase 30 minutes later is outside a 10-minute window")
	}
}

// TestNoZoneOrMapDependence runs the analysis in another machine zone and
// many times: the result is always the same.
func TestNoZoneOrMapDependence(t *testing.T) {
	build := func() string {
		txs, logins := usual()
		logins = append(logins, login("2026-11-03 02:17", "A", "深圳市", "密码登录", false), login("2026-11-03 02:18", "B", "广州市", "密码登录", false),
			login("2026-11-03 02:19", "C", "上海市", "密码登录", false), login("2026-11-03 02:20", "D", "杭州市", "微信", true))
		txs = append(txs, tx("2026-11-03 02:30", "京东E卡", "京东白条", 1000), tx("2026-11-03 02:35", "话费充值", "京东白条", 200),
			tx("2026-11-04 01:00", "显示器", "京东白条", 4990), tx("2026-11-04 01:10", "显示器", "京东白条", 4980))
		r := Run(txs, logins, ConfigFrom(evidence.Analysis{}))
		var b strings.Builder
		for _, ind := range r.Indicators {
			b.WriteString(ind.Code + ":" + ind.Explain.Localize(i18n.EN) + "\n")
		}
		for _, s := range r.Suggested {
			b.WriteString(s.Order() + strings.Join(r.Reasons[s], ",") + "\n")
		}
		return b.String()
	}
	want := build()
	saved := time.Local
	defer func() { time.Local = saved }()
	for i, z := range []*time.Location{time.UTC, time.FixedZone("W", -10*3600), time.FixedZone("E", 13*3600)} {
		time.Local = z
		for j := 0; j < 5; j++ {
			if got := build(); got != want {
				t.Fatalf("zone %d run %d differs:\n%s\nwant\n%s", i, j, got, want)
			}
		}
	}
}
