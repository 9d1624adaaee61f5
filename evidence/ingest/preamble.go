package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
)

// Preamble is what JD writes above the header of a 交易流水 export: the
// account, the period, when it was exported and a summary of the rows. The
// summary is checked against the rows actually read: a mismatch means rows
// are missing or the file was edited, and a reviewer will want to know.
type Preamble struct {
	Lines      int       // how many lines preceded the header
	Account    string    // 京东账号名
	From, To   time.Time // 起始时间 / 终止时间
	ExportedAt time.Time // 导出时间
	Count      int       // 共N笔记录; -1 when absent
	Summary    map[evidence.Direction]SummaryLine
}

// SummaryLine is one "收入：1笔，30.00元" line.
type SummaryLine struct {
	Count int
	Gross evidence.Money
}

var (
	rePreambleKV  = regexp.MustCompile(`(京东账号名|账号|起始时间|终止时间|导出时间)[：:]\s*([^\t,，]*[^\t,，\s])`)
	reCount       = regexp.MustCompile(`^共\s*[：:]?\s*(\d+)\s*笔(记录)?`)
	reSummaryLine = regexp.MustCompile(`^(收入|支出|不计收支)[：:]\s*(\d+)\s*笔[，,]?\s*([0-9.,]+)\s*元`)
)

// parsePreamble reads the lines above the header. Lines it does not know
// (特别提示 and its notes) are ignored: they carry no figures.
func parsePreamble(lines []string, zone *time.Location) Preamble {
	p := Preamble{Lines: len(lines), Count: -1}
	for _, raw := range lines {
		line := strings.TrimRight(strings.TrimSpace(raw), ",\t ")
		for _, m := range rePreambleKV.FindAllStringSubmatch(line, -1) {
			val := strings.TrimSpace(m[2])
			switch m[1] {
			case "京东账号名", "账号":
				if p.Account == "" {
					p.Account = val
				}
			case "起始时间":
				p.From, _, _ = evidence.ParseTime(val, zone)
			case "终止时间":
				p.To, _, _ = evidence.ParseTime(val, zone)
			case "导出时间":
				p.ExportedAt, _, _ = evidence.ParseTime(val, zone)
			}
		}
		if m := reCount.FindStringSubmatch(line); m != nil {
			p.Count, _ = strconv.Atoi(m[1])
		}
		if m := reSummaryLine.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[2])
			gross, err := parseMoney(m[3], false)
			if err != nil {
				continue
			}
			if p.Summary == nil {
				p.Summary = map[evidence.Direction]SummaryLine{}
			}
			p.Summary[directionOf(m[1])] = SummaryLine{Count: n, Gross: gross}
		}
	}
	return p
}

func directionOf(word string) evidence.Direction {
	w, ok := directionWords[word] // JD's own words need no folding
	if !ok {
		w = directionWords[normalizeHeader(word)]
	}
	switch w {
	case dirExpense:
		return evidence.DirExpense
	case dirIncome:
		return evidence.DirIncome
	case dirNeutral:
		return evidence.DirNeutral
	}
	return evidence.DirUnknown
}
