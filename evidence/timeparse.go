package evidence

import (
	"strings"
	"time"
	"unicode/utf8"
)

// ParseTime reads the time forms seen in JD exports and in spreadsheets
// users make from them:
//
//	2026-11-03 02:41:10   2026-11-03 02:41   2026-11-03T02:41:10
//	2026/11/3 2:41:10     2026/11/3 2:41     2026.11.03 02:41:10
//	2026年11月3日 02:41:10  2026年11月3日 02:41  2026年11月3日
//	2026-11-03 (date only) and RFC 3339 with a zone (2026-11-03T02:41:10+08:00)
//
// Fractional seconds are accepted and dropped. A time without a zone is
// read in loc (China time for JD data); a time with a zone keeps it.
// dateOnly reports that the cell had no time of day.
func ParseTime(s string, loc *time.Location) (t time.Time, dateOnly bool, ok bool) {
	p := timeParser{s: strings.TrimFunc(s, isBlankRune)}
	year := p.digits(4, 4)
	if year < 1000 || !p.dateSep("-/.年") { // year 0 and the like are broken cells
		return time.Time{}, false, false
	}
	sep := p.last
	month := p.digits(1, 2)
	if month < 0 {
		return time.Time{}, false, false
	}
	if sep == '年' {
		if !p.lit("月") {
			return time.Time{}, false, false
		}
	} else if !p.dateSep(string(sep)) {
		return time.Time{}, false, false
	}
	day := p.digits(1, 2)
	if day < 0 {
		return time.Time{}, false, false
	}
	if sep == '年' {
		p.lit("日")
		p.lit("号")
	}
	hour, min, sec := 0, 0, 0
	dateOnly = true
	if !p.done() {
		if !p.lit("T") && !p.spaces() && sep != '年' {
			return time.Time{}, false, false
		}
		p.spaces()
		if !p.done() {
			dateOnly = false
			if hour = p.digits(1, 2); hour < 0 || !p.lit(":") {
				return time.Time{}, false, false
			}
			if min = p.digits(2, 2); min < 0 {
				return time.Time{}, false, false
			}
			if p.lit(":") {
				if sec = p.digits(2, 2); sec < 0 {
					return time.Time{}, false, false
				}
				if p.lit(".") || p.lit(",") {
					if p.digits(1, 9) < 0 {
						return time.Time{}, false, false
					}
				}
			}
		}
	}
	zone := loc
	if !p.done() {
		p.spaces()
		z, ok := p.zone()
		if !ok || !p.done() {
			return time.Time{}, false, false
		}
		zone = z
	}
	if month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 59 {
		return time.Time{}, false, false
	}
	if day > daysIn(month, year) { // 2026-02-30 is not a date
		return time.Time{}, false, false
	}
	return time.Date(year, time.Month(month), day, hour, min, sec, 0, zone), dateOnly, true
}

// daysIn is the number of days in a month of the proleptic Gregorian
// calendar.
func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// isBlankRune is the padding around a time cell: ASCII blanks and tabs, and
// the no-break, ideographic and zero-width spaces spreadsheets leave.
func isBlankRune(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\u00a0', '\u3000', '\ufeff', '\u200b':
		return true
	}
	return false
}

type timeParser struct {
	s    string
	i    int
	last rune
}

func (p *timeParser) done() bool { return p.i >= len(p.s) }

// digits reads between min and max ASCII digits and returns their value,
// or -1.
func (p *timeParser) digits(min, max int) int {
	v, n := 0, 0
	for p.i+n < len(p.s) && n < max && p.s[p.i+n] >= '0' && p.s[p.i+n] <= '9' {
		v = v*10 + int(p.s[p.i+n]-'0')
		n++
	}
	if n < min {
		return -1
	}
	p.i += n
	return v
}

func (p *timeParser) lit(l string) bool {
	if strings.HasPrefix(p.s[p.i:], l) {
		p.i += len(l)
		return true
	}
	return false
}

func (p *timeParser) dateSep(set string) bool {
	if p.done() {
		return false
	}
	r, n := utf8.DecodeRuneInString(p.s[p.i:])
	if r == utf8.RuneError || !strings.ContainsRune(set, r) {
		return false
	}
	p.i += n
	p.last = r
	return true
}

func (p *timeParser) spaces() bool {
	start := p.i
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
	return p.i > start
}

// zone reads Z, ±hh:mm, ±hhmm or ±hh.
func (p *timeParser) zone() (*time.Location, bool) {
	if p.lit("Z") || p.lit("UTC") || p.lit("GMT") {
		if p.done() {
			return time.UTC, true
		}
	}
	sign := 1
	switch {
	case p.lit("+"):
	case p.lit("-"):
		sign = -1
	default:
		return nil, false
	}
	h := p.digits(2, 2)
	if h < 0 || h > 14 {
		return nil, false
	}
	m := 0
	if p.lit(":") {
		if m = p.digits(2, 2); m < 0 {
			return nil, false
		}
	} else if !p.done() {
		if m = p.digits(2, 2); m < 0 {
			return nil, false
		}
	}
	if m > 59 {
		return nil, false
	}
	off := sign * (h*3600 + m*60)
	if off == 8*3600 {
		return time.FixedZone("CST", off), true
	}
	return time.FixedZone("", off), true
}
