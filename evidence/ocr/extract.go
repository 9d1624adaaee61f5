// Package ocr reads login records off screenshots of the JD app's login
// record screens with the tesseract OCR engine, into a draft login log
// for the victim to check: every row cites the image and where on it the
// record is, and is marked as transcribed by machine.
//
// The text recognition is tesseract's (run as a command, see
// tesseract.go); this file turns its lines of text into records, which
// needs no tesseract and is tested on its own.
package ocr

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Word is one word tesseract found, with its box in pixels.
type Word struct {
	Text                     string
	Left, Top, Width, Height int
	Conf                     float64 // 0–100
	Block, Par, Line         int     // tesseract's layout numbers
}

// Line is a line of text as read, split into segments where the words
// are far apart (columns of a screen: a time and a place side by side).
type Line struct {
	Segments    []string
	Top, Bottom int
	Conf        float64 // the lowest word confidence
}

// Text is the line with its segments separated by two spaces.
func (l Line) Text() string { return strings.Join(l.Segments, "  ") }

// Lines groups words into lines in reading order.
func Lines(words []Word) []Line {
	type key struct{ b, p, l int }
	var order []key
	byLine := map[key][]Word{}
	for _, w := range words {
		w.Text = cleanWord(w.Text)
		if w.Text == "" {
			continue
		}
		k := key{w.Block, w.Par, w.Line}
		if _, ok := byLine[k]; !ok {
			order = append(order, k)
		}
		byLine[k] = append(byLine[k], w)
	}
	var out []Line
	for _, k := range order {
		ws := byLine[k]
		l := Line{Top: ws[0].Top, Bottom: ws[0].Top + ws[0].Height, Conf: 100}
		var seg strings.Builder
		for i, w := range ws {
			l.Top, l.Bottom = min(l.Top, w.Top), max(l.Bottom, w.Top+w.Height)
			l.Conf = min(l.Conf, w.Conf)
			if i > 0 {
				prev := ws[i-1]
				gap := w.Left - (prev.Left + prev.Width)
				h := max(prev.Height, w.Height, 1)
				switch {
				case gap > h: // a column gap: a new segment
					l.Segments = append(l.Segments, seg.String())
					seg.Reset()
				case needsSpace(prev.Text, w.Text):
					seg.WriteByte(' ')
				}
			}
			seg.WriteString(w.Text)
		}
		l.Segments = append(l.Segments, seg.String())
		out = append(out, l)
	}
	return out
}

// cleanWord drops the stray quote marks tesseract reads into blank space
// before a word.
func cleanWord(s string) string {
	return strings.TrimFunc(strings.TrimSpace(s), func(r rune) bool {
		return strings.ContainsRune("\"'“”‘’„`|", r)
	})
}

// needsSpace reports whether two words on a line are separate words of
// Latin text ("HUAWEI Mate 60"); Chinese is written without spaces.
func needsSpace(a, b string) bool {
	ra, _ := lastRune(a)
	rb, _ := firstRune(b)
	return !isHan(ra) && !isHan(rb)
}

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

func isHan(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// Record is one login read off a screenshot.
type Record struct {
	Time        time.Time // zero when no time could be read
	TimeText    string    // as read
	YearGuessed bool      // the screen showed no year; Year was used
	Place       string
	Device      string
	Method      string
	Result      string
	IP          string
	Top, Bottom int     // pixel rows of the record on the image
	Conf        float64 // the lowest word confidence of its lines
	Unread      []string
}

// field names a part of a record.
type field int

const (
	fTime field = iota
	fPlace
	fDevice
	fMethod
	fResult
	fIP
)

// labels are the words screens put before a value ("登录时间：…").
var labels = []struct {
	words []string
	f     field
}{
	{[]string{"登录时间", "时间", "日期"}, fTime},
	{[]string{"IP属地", "IP 属地", "登录地点", "登录地", "地点", "属地", "位置", "地区"}, fPlace},
	{[]string{"登录设备", "设备型号", "设备名称", "设备", "终端"}, fDevice},
	{[]string{"登录方式", "方式"}, fMethod},
	{[]string{"登录结果", "结果", "状态"}, fResult},
	{[]string{"IP地址", "IP 地址", "登录IP", "IP"}, fIP},
}

var (
	reFullTime  = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?`)
	reShortTime = regexp.MustCompile(`(?:^|\D)(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*(?:日\s*|\s+)(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?`)
	reIP        = regexp.MustCompile(`\b\d{1,3}(?:\.\d{1,3}){3}\b`)
	methodWord  = regexp.MustCompile(`密码|短信|验证码|扫码|二维码|微信|QQ|指纹|面容|人脸|一键|免密|第三方|授权|苹果账号`)
	deviceWord  = regexp.MustCompile(`(?i)iphone|ipad|mac|huawei|honor|xiaomi|redmi|oppo|vivo|oneplus|realme|meizu|samsung|galaxy|pixel|windows|android|ios|pc|mate|nova|华为|荣耀|小米|红米|一加|魅族|三星|电脑|网页|浏览器|平板|手机|客户端`)
	provinces   = []string{"北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
		"山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
		"宁夏", "新疆", "香港", "澳门", "中国", "未知"}
)

// Extract reads records off an image's lines. Fields are recognised by
// their labels or by what they look like (a date and time, an IP address,
// a place name, 成功/失败, a login method); a record ends where a field it
// already has appears again, so any order of fields within a record works.
// year is used for dates shown without one; times are in zone.
func Extract(lines []Line, year int, zone *time.Location) []Record {
	var out []Record
	cur := &Record{}
	have := map[field]bool{}
	started := false
	flush := func() {
		if started {
			out = append(out, *cur)
		}
		cur, have, started = &Record{}, map[field]bool{}, false
	}
	set := func(f field, v string, l Line) {
		if v == "" {
			return
		}
		if have[f] {
			flush()
		}
		if !started {
			cur.Top, cur.Conf, started = l.Top, 100, true
		}
		have[f] = true
		cur.Bottom = max(cur.Bottom, l.Bottom)
		cur.Conf = min(cur.Conf, l.Conf)
		switch f {
		case fTime:
			cur.TimeText = v
			cur.Time, cur.YearGuessed = parseTime(v, year, zone)
		case fPlace:
			cur.Place = v
		case fDevice:
			cur.Device = v
		case fMethod:
			cur.Method = v
		case fResult:
			cur.Result = v
		case fIP:
			cur.IP = v
		}
	}
	for _, l := range lines {
		text := strings.TrimSpace(l.Text())
		if f, v, ok := labelled(text); ok && len(v) <= maxSegment {
			if f == fTime {
				if t := findTime(v); t != "" {
					v = t
				}
			}
			set(f, v, l)
			continue
		}
		for _, seg := range l.Segments {
			for _, tok := range classify(seg) {
				if tok.f < 0 {
					if started && tok.v != "" {
						cur.Unread = append(cur.Unread, tok.v)
					}
					continue
				}
				set(tok.f, tok.v, l)
			}
		}
	}
	flush()
	return out
}

// labelled splits "登录时间：2026-…" into its field and value.
func labelled(s string) (field, string, bool) {
	for _, l := range labels {
		for _, w := range l.words {
			rest, ok := strings.CutPrefix(s, w)
			if !ok {
				continue
			}
			rest = strings.TrimSpace(rest)
			if v, ok := strings.CutPrefix(rest, "："); ok {
				return l.f, strings.TrimSpace(v), true
			}
			if v, ok := strings.CutPrefix(rest, ":"); ok {
				return l.f, strings.TrimSpace(v), true
			}
		}
	}
	return 0, "", false
}

type token struct {
	f field // -1: not recognised
	v string
}

// classify finds the fields in one segment of a line: it may hold several
// ("2026-11-03 02:20:41 广东省深圳市" when tesseract saw no column gap).
func classify(seg string) []token {
	seg = strings.TrimSpace(seg)
	if seg == "" || seg == "登录记录" || seg == "登录设备" || seg == "账户安全" {
		return nil
	}
	// No field of a login record is this long: such text is not read
	// field by field (which would cost time in proportion to its square).
	if len(seg) > maxSegment {
		return []token{{-1, truncate(seg, maxSegment)}}
	}
	var out []token
	if t := findTime(seg); t != "" {
		i := strings.Index(seg, t)
		out = append(out, token{fTime, t})
		out = append(out, classify(seg[:i])...)
		return append(out, classify(seg[i+len(t):])...)
	}
	if ip := reIP.FindString(seg); ip != "" {
		i := strings.Index(seg, ip)
		out = append(out, token{fIP, ip})
		out = append(out, classify(strings.Trim(seg[:i], " :：IP地址"))...)
		return append(out, classify(seg[i+len(ip):])...)
	}
	// A result at the end of a method segment: "密码登录 成功".
	for _, r := range []string{"成功", "失败"} {
		if seg == r {
			return []token{{fResult, r}}
		}
		if head, ok := strings.CutSuffix(seg, r); ok && strings.TrimSpace(head) != "" {
			return append(classify(strings.TrimSpace(head)), token{fResult, r})
		}
	}
	switch {
	case methodWord.MatchString(seg) || strings.HasSuffix(seg, "登录"):
		return []token{{fMethod, seg}}
	case isPlace(seg):
		return []token{{fPlace, seg}}
	case deviceWord.MatchString(seg) || hasLatinOrDigit(seg):
		return []token{{fDevice, seg}}
	}
	return []token{{-1, seg}}
}

// maxSegment bounds, in bytes, the text classified as fields.
const maxSegment = 300

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func findTime(s string) string {
	if m := reFullTime.FindString(s); m != "" {
		return strings.TrimSpace(m)
	}
	if m := reShortTime.FindStringSubmatchIndex(s); m != nil {
		return strings.TrimSpace(s[m[2]:m[1]])
	}
	return ""
}

func isPlace(s string) bool {
	if strings.ContainsAny(s, "省市区县") || strings.Contains(s, "自治区") || strings.Contains(s, "特别行政区") {
		return true
	}
	for _, p := range provinces {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasLatinOrDigit(s string) bool {
	for _, r := range s {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return true
		}
	}
	return false
}

// parseTime reads a date and time as screens show them; a date without
// its year gets year (and says so).
func parseTime(s string, year int, zone *time.Location) (time.Time, bool) {
	num := func(x string) int { n, _ := strconv.Atoi(x); return n }
	mk := func(y, mo, d, h, mi, se int) time.Time {
		t := time.Date(y, time.Month(mo), d, h, mi, se, 0, zone)
		if t.Month() != time.Month(mo) || t.Day() != d || h > 23 || mi > 59 || se > 59 {
			return time.Time{}
		}
		return t
	}
	if m := reFullTime.FindStringSubmatch(s); m != nil {
		return mk(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6])), false
	}
	if m := reShortTime.FindStringSubmatch(s); m != nil && year > 0 {
		return mk(year, num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5])), true
	}
	return time.Time{}, false
}
