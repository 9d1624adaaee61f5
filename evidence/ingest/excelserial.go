package ingest

import (
	"math/big"
	"strings"
	"time"
)

// excelEpoch is day 0 of Excel's 1900 date system (1899-12-30, which absorbs
// Lotus's phantom 1900-02-29 for every date after February 1900).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// ParseExcelSerial reads a spreadsheet date serial ("46329.1133101852") as
// wall-clock time in loc, rounded to the second. date1904 selects the Mac
// 1904 date system when the workbook says so.
func ParseExcelSerial(s string, date1904 bool, loc *time.Location) (time.Time, bool) {
	s = trimCell(s)
	if s == "" || len(s) > 32 || strings.ContainsAny(s, "eE+-/") {
		return time.Time{}, false
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() <= 0 || r.Cmp(big.NewRat(2958466, 1)) >= 0 {
		return time.Time{}, false
	}
	secs := new(big.Rat).Mul(r, big.NewRat(86400, 1))
	n := new(big.Int).Quo(secs.Num(), secs.Denom())
	rest := new(big.Rat).Sub(secs, new(big.Rat).SetInt(n))
	if rest.Cmp(big.NewRat(1, 2)) >= 0 {
		n.Add(n, big.NewInt(1))
	}
	base := excelEpoch
	if date1904 {
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	wall := base.Add(time.Duration(n.Int64()) * time.Second)
	return time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0, loc), true
}
