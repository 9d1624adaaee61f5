package evidence

import (
	"strconv"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// idWeights are the GB 11643-1999 weights of the first 17 digits.
var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// idCheck maps the weighted sum mod 11 to the check character.
const idCheck = "10X98765432"

// CheckIDNumber validates an 18-character resident ID number (GB 11643):
// digits, a real birth date at positions 7–14, and the check character.
func CheckIDNumber(id string) *valueErr {
	if len(id) != 18 {
		return &valueErr{i18n.M("id.length", len(id))}
	}
	sum := 0
	for i := 0; i < 17; i++ {
		if id[i] < '0' || id[i] > '9' {
			return &valueErr{i18n.M("id.not_digits")}
		}
		sum += int(id[i]-'0') * idWeights[i]
	}
	y, _ := strconv.Atoi(id[6:10])
	m, _ := strconv.Atoi(id[10:12])
	d, _ := strconv.Atoi(id[12:14])
	birth := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if y < 1900 || m < 1 || m > 12 || birth.Day() != d || birth.Month() != time.Month(m) {
		return &valueErr{i18n.M("id.bad_birth", id[6:14])}
	}
	want := idCheck[sum%11]
	got := id[17]
	if got == 'x' {
		got = 'X'
	}
	if got != want {
		return &valueErr{i18n.M("id.bad_check", string(got), string(want))}
	}
	return nil
}

// CheckIDNumberAt is CheckIDNumber that also refuses a birth date after
// now (a typo in the year, most likely). A zero now skips that check.
func CheckIDNumberAt(id string, now time.Time) *valueErr {
	if err := CheckIDNumber(id); err != nil {
		return err
	}
	if birth, _ := IDBirthDate(id); !now.IsZero() && birth.After(now) {
		return &valueErr{i18n.M("id.birth_future", id[6:14])}
	}
	return nil
}

// IDBirthDate returns the birth date encoded in a valid ID number.
func IDBirthDate(id string) (time.Time, bool) {
	if CheckIDNumber(id) != nil {
		return time.Time{}, false
	}
	t, err := time.Parse("20060102", id[6:14])
	return t, err == nil
}

// ValidMobile reports whether s is an 11-digit mainland mobile number
// (1, then 3–9, then nine digits), allowing a +86 prefix and spaces or
// dashes between groups.
func ValidMobile(s string) bool {
	digits := make([]byte, 0, 13)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case c == ' ' || c == '-' || (c == '+' && i == 0):
		default:
			return false
		}
	}
	if len(digits) == 13 && digits[0] == '8' && digits[1] == '6' {
		digits = digits[2:]
	}
	return len(digits) == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9'
}

func itoa(i int) string { return strconv.Itoa(i) }
