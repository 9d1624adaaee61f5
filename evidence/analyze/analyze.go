// Package analyze points at the evidence a reviewer looks for: logins from
// devices or places never seen before, bursts of failed logins ending in a
// success, logins after a long silence, purchases soon after an unfamiliar
// login, night-time bursts, goods that are easy to turn into cash, family
// card payments, third-party logins, Baitiao activation. Each indicator has
// a stable code, a plain explanation in both languages, the rows it cites,
// and the one cause (of the four) it speaks for. Indicators are
// indications, never conclusions.
//
// Nothing here reads the clock or the machine's zone: times are compared
// as instants, and hours of the day are taken in China time.
package analyze

import (
	"sort"
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// Indicator codes. They are stable: scripts and review sheets use them.
const (
	CodeNewDevice          = "new_device"
	CodeCredentialStuffing = "credential_stuffing"
	CodeDormantLogin       = "dormant_login"
	CodeAfterUnfamiliar    = "after_unfamiliar_login"
	CodeNightBurst         = "night_burst"
	CodeCashOut            = "cash_out_goods"
	CodeNearLimit          = "near_limit_amounts"
	CodeFamilyCard         = "family_card"
	CodeThirdPartyLogin    = "third_party_login"
	CodeActivation         = "baitiao_activation"
)

// Codes lists every indicator code, in the order reports show them.
var Codes = []string{CodeCredentialStuffing, CodeNewDevice, CodeAfterUnfamiliar, CodeDormantLogin, CodeNightBurst,
	CodeCashOut, CodeNearLimit, CodeActivation, CodeFamilyCard, CodeThirdPartyLogin}

// causeOf is the cause each indicator speaks for.
var causeOf = map[string]evidence.Cause{
	CodeNewDevice:          evidence.CauseAccountTakeover,
	CodeCredentialStuffing: evidence.CauseAccountTakeover,
	CodeDormantLogin:       evidence.CauseAccountTakeover,
	CodeAfterUnfamiliar:    evidence.CauseAccountTakeover,
	CodeNightBurst:         evidence.CauseAccountTakeover,
	CodeCashOut:            evidence.CauseIdentityTheft,
	CodeNearLimit:          evidence.CauseIdentityTheft,
	CodeActivation:         evidence.CauseIdentityTheft,
	CodeFamilyCard:         evidence.CauseRelativeMisuse,
	CodeThirdPartyLogin:    evidence.CauseThirdPartyAuth,
}

// suggests are the indicators whose purchases are suggested as disputed.
var suggests = map[string]bool{CodeAfterUnfamiliar: true, CodeNightBurst: true, CodeCashOut: true, CodeNearLimit: true, CodeFamilyCard: true}

// CauseOf returns the cause an indicator code speaks for.
func CauseOf(code string) evidence.Cause { return causeOf[code] }

// DefaultAfterLogin is how soon after an unfamiliar login a purchase is
// pointed at (case.yaml: analysis.after_login_minutes).
const DefaultAfterLogin = 120 * time.Minute

// Config holds the thresholds (case.yaml's analysis block, defaults filled).
type Config struct {
	AfterLogin       time.Duration // purchases this soon after an unfamiliar login (120 min)
	Dormant          time.Duration // a login after this long without one (180 days)
	FailedBurst      int           // failed logins in a row before a success (3)
	FailedWindow     time.Duration // … within this time (30 min)
	NightStart       int           // night window, China time hours [start, end) (0–6)
	NightEnd         int
	NightMin         int           // purchases in one night (2)
	NearLimitPercent int           // "just under a limit": within this percent below it (5)
	NewFor           time.Duration // a new device or place stays unfamiliar this long after it first appears (24 h)
}

// ConfigFrom fills case.yaml's thresholds with the defaults.
func ConfigFrom(a evidence.Analysis) Config {
	c := Config{
		AfterLogin: DefaultAfterLogin, Dormant: 180 * 24 * time.Hour, FailedBurst: 3, FailedWindow: 30 * time.Minute,
		NightStart: 0, NightEnd: 6, NightMin: 2, NearLimitPercent: 5, NewFor: 24 * time.Hour,
	}
	if a.AfterLoginMinutes > 0 {
		c.AfterLogin = time.Duration(a.AfterLoginMinutes) * time.Minute
	}
	if a.DormantDays > 0 {
		c.Dormant = time.Duration(a.DormantDays) * 24 * time.Hour
	}
	if a.FailedBurst > 0 {
		c.FailedBurst = a.FailedBurst
	}
	if a.FailedWindow > 0 {
		c.FailedWindow = time.Duration(a.FailedWindow) * time.Minute
	}
	if a.NightStart > 0 || a.NightEnd > 0 {
		c.NightStart, c.NightEnd = a.NightStart, a.NightEnd
	}
	if a.NightMin > 0 {
		c.NightMin = a.NightMin
	}
	if a.NearLimitPercent > 0 {
		c.NearLimitPercent = a.NearLimitPercent
	}
	return c
}

// Indicator is one finding with the rows it cites.
type Indicator struct {
	Code    string
	Cause   evidence.Cause
	Explain i18n.Message
	At      time.Time // when it begins, for ordering
	Logins  []*evidence.LoginEvent
	Txs     []*evidence.Transaction
}

// Result is the analysis of a case.
type Result struct {
	Indicators []Indicator
	// Unfamiliar marks logins from a device or place that had not been
	// seen before it appeared (while it is new).
	Unfamiliar map[*evidence.LoginEvent]bool
	// Suggested are the purchases the indicators point at, in time order,
	// with the codes of the indicators that point at each.
	Suggested []*evidence.Transaction
	Reasons   map[*evidence.Transaction][]string
	Config    Config
}

// ByCause groups the indicators by the cause they speak for, causes in the
// fixed order of evidence.Causes (only those with indicators).
func (r *Result) ByCause() []CauseEvidence {
	var out []CauseEvidence
	for _, c := range evidence.Causes {
		var ce CauseEvidence
		ce.Cause = c
		for i := range r.Indicators {
			if r.Indicators[i].Cause == c {
				ce.Indicators = append(ce.Indicators, &r.Indicators[i])
			}
		}
		if len(ce.Indicators) > 0 {
			out = append(out, ce)
		}
	}
	return out
}

// CauseEvidence is a cause and the indicators for it.
type CauseEvidence struct {
	Cause      evidence.Cause
	Indicators []*Indicator
}

// Run analyses a case's rows. txs and logins must be in time order (as
// casework gives them).
func Run(txs []*evidence.Transaction, logins []*evidence.LoginEvent, cfg Config) *Result {
	r := &Result{Unfamiliar: map[*evidence.LoginEvent]bool{}, Reasons: map[*evidence.Transaction][]string{}, Config: cfg}
	r.newDevices(logins)
	r.credentialStuffing(logins)
	r.dormant(logins)
	r.afterUnfamiliar(txs, logins)
	r.nightBursts(txs)
	r.cashOut(txs)
	r.nearLimit(txs)
	r.familyCard(txs)
	r.thirdParty(logins)
	r.activation(txs)
	sort.SliceStable(r.Indicators, func(i, j int) bool {
		a, b := r.Indicators[i], r.Indicators[j]
		if !a.At.Equal(b.At) {
			return a.At.Before(b.At)
		}
		return order(a.Code) < order(b.Code)
	})
	chosen := map[*evidence.Transaction]bool{}
	for _, ind := range r.Indicators {
		if !suggests[ind.Code] {
			continue
		}
		for _, t := range ind.Txs {
			if !t.IsPurchase() {
				continue
			}
			if !chosen[t] {
				chosen[t] = true
				r.Suggested = append(r.Suggested, t)
			}
			if !contains(r.Reasons[t], ind.Code) {
				r.Reasons[t] = append(r.Reasons[t], ind.Code)
			}
		}
	}
	sort.SliceStable(r.Suggested, func(i, j int) bool { return r.Suggested[i].Time().Before(r.Suggested[j].Time()) })
	return r
}

func order(code string) int {
	for i, c := range Codes {
		if c == code {
			return i
		}
	}
	return len(Codes)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (r *Result) add(ind Indicator) {
	ind.Cause = causeOf[ind.Code]
	r.Indicators = append(r.Indicators, ind)
}

// china is the time in China, for hours of the day.
func china(t time.Time) time.Time { return t.In(evidence.ChinaZone()) }

func when(t time.Time) string { return china(t).Format("2006-01-02 15:04:05") }

// Norm folds spelling differences that do not make another device or
// place: case and surrounding space.
func Norm(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// newDevices finds logins from a device or place that had not been seen in
// an earlier successful login, once there is a history to compare with. A
// new device or place stays unfamiliar for cfg.NewFor after it first
// appears, so an intruder's whole session is marked.
func (r *Result) newDevices(logins []*evidence.LoginEvent) {
	seenDev, seenPlace := map[string]time.Time{}, map[string]time.Time{}
	newDev, newPlace := map[string]time.Time{}, map[string]time.Time{}
	history := false
	type group struct {
		logins []*evidence.LoginEvent
		first  *evidence.LoginEvent
	}
	groups := map[string]*group{}
	var keys []string
	for _, l := range logins {
		d, p := Norm(l.Device), Norm(l.Place)
		unfamiliar := false
		key := ""
		if d != "" {
			if _, ok := seenDev[d]; !ok && history {
				if _, started := newDev[d]; !started {
					newDev[d] = l.Time
				}
			}
			if start, ok := newDev[d]; ok && l.Time.Sub(start) < r.Config.NewFor {
				unfamiliar, key = true, "d:"+d
			}
		}
		if p != "" {
			if _, ok := seenPlace[p]; !ok && history {
				if _, started := newPlace[p]; !started {
					newPlace[p] = l.Time
				}
			}
			if start, ok := newPlace[p]; ok && l.Time.Sub(start) < r.Config.NewFor {
				unfamiliar = true
				if key == "" {
					key = "p:" + p
				}
			}
		}
		if unfamiliar {
			r.Unfamiliar[l] = true
			g := groups[key]
			if g == nil {
				g = &group{first: l}
				groups[key] = g
				keys = append(keys, key)
			}
			g.logins = append(g.logins, l)
		}
		if l.Result != evidence.LoginFailure {
			if d != "" {
				if _, ok := seenDev[d]; !ok {
					seenDev[d] = l.Time
				}
			}
			if p != "" {
				if _, ok := seenPlace[p]; !ok {
					seenPlace[p] = l.Time
				}
			}
			history = true
		}
	}
	for _, k := range keys {
		g := groups[k]
		f := g.first
		r.add(Indicator{Code: CodeNewDevice, At: f.Time, Logins: g.logins,
			Explain: i18n.M("ind.new_device", when(f.Time), f.Device, f.Place, f.IP, len(g.logins))})
	}
}

// credentialStuffing finds bursts of failed logins (cfg.FailedBurst or
// more within cfg.FailedWindow) followed by a success within the window.
func (r *Result) credentialStuffing(logins []*evidence.LoginEvent) {
	var fails []*evidence.LoginEvent
	for _, l := range logins {
		switch l.Result {
		case evidence.LoginFailure:
			// Keep only the failures within the window before this one.
			for len(fails) > 0 && l.Time.Sub(fails[0].Time) > r.Config.FailedWindow {
				fails = fails[1:]
			}
			fails = append(fails, l)
		case evidence.LoginSuccess:
			for len(fails) > 0 && l.Time.Sub(fails[0].Time) > r.Config.FailedWindow {
				fails = fails[1:]
			}
			if len(fails) >= r.Config.FailedBurst {
				cited := append(append([]*evidence.LoginEvent(nil), fails...), l)
				first := fails[0]
				r.add(Indicator{Code: CodeCredentialStuffing, At: first.Time, Logins: cited,
					Explain: i18n.M("ind.credential_stuffing", when(first.Time), when(fails[len(fails)-1].Time), len(fails), when(l.Time), l.IP, l.Device, l.Place)})
			}
			fails = nil
		}
	}
}

// dormant finds a login after cfg.Dormant without any login.
func (r *Result) dormant(logins []*evidence.LoginEvent) {
	for i := 1; i < len(logins); i++ {
		gap := logins[i].Time.Sub(logins[i-1].Time)
		if gap >= r.Config.Dormant && logins[i].Result != evidence.LoginFailure {
			l := logins[i]
			r.add(Indicator{Code: CodeDormantLogin, At: l.Time, Logins: []*evidence.LoginEvent{logins[i-1], l},
				Explain: i18n.M("ind.dormant_login", when(l.Time), int(gap.Hours()/24), when(logins[i-1].Time), l.Device, l.Place)})
		}
	}
}

// afterUnfamiliar finds purchases within cfg.AfterLogin after a successful
// login from an unfamiliar device or place.
func (r *Result) afterUnfamiliar(txs []*evidence.Transaction, logins []*evidence.LoginEvent) {
	used := map[*evidence.Transaction]bool{}
	for _, l := range logins {
		if !r.Unfamiliar[l] || l.Result == evidence.LoginFailure {
			continue
		}
		var cited []*evidence.Transaction
		var total evidence.Money
		for _, t := range txs {
			if t.DateOnly() || !t.IsPurchase() || used[t] || t.Time().Before(l.Time) || t.Time().Sub(l.Time) > r.Config.AfterLogin {
				continue
			}
			cited = append(cited, t)
			total += t.Net()
			used[t] = true
		}
		if len(cited) > 0 {
			r.add(Indicator{Code: CodeAfterUnfamiliar, At: l.Time, Logins: []*evidence.LoginEvent{l}, Txs: cited,
				Explain: i18n.M("ind.after_unfamiliar_login", when(l.Time), l.Device, l.Place, len(cited), int(r.Config.AfterLogin.Minutes()), total.String())})
		}
	}
}

// nightBursts finds nights (China time) with cfg.NightMin or more
// purchases in the night window.
func (r *Result) nightBursts(txs []*evidence.Transaction) {
	byNight := map[string][]*evidence.Transaction{}
	var nights []string
	for _, t := range txs {
		if t.DateOnly() || !t.IsPurchase() {
			continue
		}
		c := china(t.Time())
		if h := c.Hour(); h < r.Config.NightStart || h >= r.Config.NightEnd {
			continue
		}
		k := c.Format("2006-01-02")
		if byNight[k] == nil {
			nights = append(nights, k)
		}
		byNight[k] = append(byNight[k], t)
	}
	for _, k := range nights {
		ts := byNight[k]
		if len(ts) < r.Config.NightMin {
			continue
		}
		var total evidence.Money
		for _, t := range ts {
			total += t.Net()
		}
		r.add(Indicator{Code: CodeNightBurst, At: ts[0].Time(), Txs: ts,
			Explain: i18n.M("ind.night_burst", k, len(ts), china(ts[0].Time()).Format("15:04"), china(ts[len(ts)-1].Time()).Format("15:04"), total.String())})
	}
}

// cashOutWords name goods that are easy to sell on: gift cards, top-ups,
// game points, and (above highValue) phones and electronics.
var (
	cashOutWords = []string{"e卡", "礼品卡", "购物卡", "储值卡", "充值卡", "话费", "流量充值", "充值", "点卡", "q币", "游戏币", "游戏点", "点券",
		"京东卡", "gift card", "top-up", "top up", "recharge", "黄金", "金条", "茅台"}
	highValueWords = []string{"iphone", "ipad", "macbook", "华为", "huawei", "mate", "荣耀", "小米", "oppo", "vivo", "三星", "samsung",
		"手机", "笔记本", "电脑", "相机", "显卡", "switch", "playstation", "ps5", "apple", "数码"}
)

const highValue = evidence.Money(3000 * 100)

func matchesAny(s string, words []string) bool {
	s = strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// cashOut finds Baitiao purchases of goods easy to turn into cash.
func (r *Result) cashOut(txs []*evidence.Transaction) {
	var cited []*evidence.Transaction
	var total evidence.Money
	for _, t := range txs {
		if !t.IsPurchase() || !t.IsBaitiao() || t.Net() <= 0 {
			continue
		}
		text := t.Category() + " " + t.Description() + " " + t.Merchant()
		if matchesAny(text, cashOutWords) || (t.Amount() >= highValue && matchesAny(text, highValueWords)) {
			cited = append(cited, t)
			total += t.Net()
		}
	}
	if len(cited) > 0 {
		r.add(Indicator{Code: CodeCashOut, At: cited[0].Time(), Txs: cited,
			Explain: i18n.M("ind.cash_out_goods", len(cited), total.String())})
	}
}

// nearLimit finds two or more Baitiao purchases whose amounts are close to
// one another and just under the same round limit (say 4,980 and 4,990
// under 5,000): splitting a sum to stay under a limit.
func (r *Result) nearLimit(txs []*evidence.Transaction) {
	limits := []evidence.Money{50000, 100000, 200000, 300000, 500000, 1000000, 2000000, 5000000}
	for _, lim := range limits {
		floor := lim - lim*evidence.Money(r.Config.NearLimitPercent)/100
		var cited []*evidence.Transaction
		for _, t := range txs {
			if t.IsPurchase() && t.IsBaitiao() && t.Amount() >= floor && t.Amount() < lim {
				cited = append(cited, t)
			}
		}
		if len(cited) >= 2 {
			r.add(Indicator{Code: CodeNearLimit, At: cited[0].Time(), Txs: cited,
				Explain: i18n.M("ind.near_limit_amounts", len(cited), lim.String(), floor.String())})
		}
	}
}

// familyCard finds payments through a family card (亲密卡 / 亲情卡).
func (r *Result) familyCard(txs []*evidence.Transaction) {
	var cited []*evidence.Transaction
	for _, t := range txs {
		if t.IsPurchase() && matchesAny(t.Method()+" "+t.Note()+" "+t.Description(), []string{"亲密卡", "亲情卡", "亲密付", "family card"}) {
			cited = append(cited, t)
		}
	}
	if len(cited) > 0 {
		r.add(Indicator{Code: CodeFamilyCard, At: cited[0].Time(), Txs: cited, Explain: i18n.M("ind.family_card", len(cited))})
	}
}

// thirdParty finds logins through a third party's authorization.
func (r *Result) thirdParty(logins []*evidence.LoginEvent) {
	var cited []*evidence.LoginEvent
	for _, l := range logins {
		if matchesAny(l.Method, []string{"微信", "qq", "第三方", "授权", "wechat", "apple", "支付宝", "alipay", "third"}) {
			cited = append(cited, l)
		}
	}
	if len(cited) > 0 {
		unf := 0
		for _, l := range cited {
			if r.Unfamiliar[l] {
				unf++
			}
		}
		r.add(Indicator{Code: CodeThirdPartyLogin, At: cited[0].Time, Logins: cited, Explain: i18n.M("ind.third_party_login", len(cited), unf)})
	}
}

// activation finds records of Baitiao being opened or its limit changed.
func (r *Result) activation(txs []*evidence.Transaction) {
	var cited []*evidence.Transaction
	for _, t := range txs {
		text := t.Category() + " " + t.Description() + " " + t.Note()
		if strings.Contains(text, "白条") && matchesAny(text, []string{"开通", "激活", "提额", "额度调整", "临时额度", "额度提升"}) {
			cited = append(cited, t)
		}
	}
	if len(cited) > 0 {
		r.add(Indicator{Code: CodeActivation, At: cited[0].Time(), Txs: cited, Explain: i18n.M("ind.baitiao_activation", len(cited), when(cited[0].Time()))})
	}
}
