package evidence

import (
	"strconv"
	"strings"
)

// Money is an amount in fen (分), the smallest unit of the yuan. Money never
// passes through a float: it is parsed from text into fen and printed from
// fen, so a total is exact to the fen.
type Money int64

// Yuan renders m as plain yuan with two decimals and no grouping: "9198.80".
// This is the form for machine-readable outputs (CSV, JSON text fields).
func (m Money) Yuan() string {
	neg := m < 0
	u := uint64(m)
	if neg {
		u = uint64(-m)
	}
	s := strconv.FormatUint(u/100, 10) + "." + twoDigits(u%100)
	if neg {
		return "-" + s
	}
	return s
}

// String renders m grouped by thousands: "9,198.80". Reports and letters
// print money this way.
func (m Money) String() string {
	neg := m < 0
	u := uint64(m)
	if neg {
		u = uint64(-m)
	}
	whole := strconv.FormatUint(u/100, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	b.WriteByte('.')
	b.WriteString(twoDigits(u % 100))
	return b.String()
}

// CNY renders m with the yuan sign: "¥9,198.80".
func (m Money) CNY() string {
	if m < 0 {
		return "-¥" + (-m).String()
	}
	return "¥" + m.String()
}

func twoDigits(v uint64) string {
	if v < 10 {
		return "0" + strconv.FormatUint(v, 10)
	}
	return strconv.FormatUint(v, 10)
}
