package analyze

import (
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
)

// DefaultAfterLogin is how long before the first disputed purchase the
// established baseline of devices and places ends (case.yaml:
// analysis.after_login_minutes).
const DefaultAfterLogin = 120 * time.Minute

// Familiarity marks each login as familiar or not: a login is unfamiliar
// when its device or its place was never seen in a successful login before
// the baseline ends — window before the first disputed purchase. Without
// disputed purchases, or without any login before the baseline ends (so
// nothing is known of the holder's own devices), no login is called
// unfamiliar.
type Familiarity struct {
	BaselineEnd time.Time
	NoBaseline  bool            // no successful login before the baseline end: nothing can be called unfamiliar
	Devices     map[string]bool // devices seen before the baseline end
	Places      map[string]bool
	Unfamiliar  map[*evidence.LoginEvent]bool
}

// Familiar computes which logins are unfamiliar. logins and disputed must
// be in time order.
func Familiar(logins []*evidence.LoginEvent, disputed []*evidence.Transaction, window time.Duration) Familiarity {
	f := Familiarity{Devices: map[string]bool{}, Places: map[string]bool{}, Unfamiliar: map[*evidence.LoginEvent]bool{}}
	if len(disputed) == 0 {
		return f
	}
	f.BaselineEnd = disputed[0].Time.Add(-window)
	for _, l := range logins {
		if !l.Time.Before(f.BaselineEnd) {
			break
		}
		if l.Result == evidence.LoginFailure {
			continue
		}
		if d := Norm(l.Device); d != "" {
			f.Devices[d] = true
		}
		if p := Norm(l.Place); p != "" {
			f.Places[p] = true
		}
	}
	if len(f.Devices) == 0 && len(f.Places) == 0 {
		f.NoBaseline = true
		return f
	}
	for _, l := range logins {
		if l.Time.Before(f.BaselineEnd) {
			continue
		}
		d, p := Norm(l.Device), Norm(l.Place)
		if (d != "" && !f.Devices[d]) || (p != "" && !f.Places[p]) {
			f.Unfamiliar[l] = true
		}
	}
	return f
}

// Norm folds spelling differences that do not make another device or
// place: case and surrounding space.
func Norm(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
