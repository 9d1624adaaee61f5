package evidence

import (
	"testing"
	"time"
)

func TestParseTime(t *testing.T) {
	zone := ChinaZone()
	tests := []struct {
		in       string
		want     string // RFC 3339
		dateOnly bool
		ok       bool
	}{
		{"2026-11-03 02:41:10", "2026-11-03T02:41:10+08:00", false, true},
		{"2026-11-03 02:41:10\t", "2026-11-03T02:41:10+08:00", false, true},
		{"2026-11-03 02:41", "2026-11-03T02:41:00+08:00", false, true},
		{"2026-11-03T02:41:10", "2026-11-03T02:41:10+08:00", false, true},
		{"2026/11/3 2:41:10", "2026-11-03T02:41:10+08:00", false, true},
		{"2026/11/3 2:41", "2026-11-03T02:41:00+08:00", false, true},
		{"2026.11.03 02:41:10", "2026-11-03T02:41:10+08:00", false, true},
		{"2026年11月3日 02:41:10", "2026-11-03T02:41:10+08:00", false, true},
		{"2026年11月3日 02:41", "2026-11-03T02:41:00+08:00", false, true},
		{"2026年11月3日02:41", "2026-11-03T02:41:00+08:00", false, true},
		{"2026年11月3日", "2026-11-03T00:00:00+08:00", true, true},
		{"2026-11-03", "2026-11-03T00:00:00+08:00", true, true},
		{"2026-11-03 02:41:10.123", "2026-11-03T02:41:10+08:00", false, true},
		{"2026-11-03T02:41:10+08:00", "2026-11-03T02:41:10+08:00", false, true},
		{"2026-11-02T18:41:10Z", "2026-11-02T18:41:10Z", false, true},
		{"2026-11-03T02:41:10+0800", "2026-11-03T02:41:10+08:00", false, true},
		{"2026-11-03 02:41:10 +09:00", "2026-11-03T02:41:10+09:00", false, true},
		{"2026-02-30", "", false, false},
		{"2026-13-01", "", false, false},
		{"2026-11-03 24:00:00", "", false, false},
		{"2026-11-03 02:61", "", false, false},
		{"2026-11-03 02", "", false, false},
		{"2026/11-03", "", false, false},
		{"26-11-03", "", false, false},
		{"46329.5", "", false, false},
		{"", "", false, false},
		{"yesterday", "", false, false},
		{"2026-11-03 02:41:10 CST", "", false, false},
	}
	for _, tt := range tests {
		got, dateOnly, ok := ParseTime(tt.in, zone)
		if ok != tt.ok {
			t.Errorf("ParseTime(%q) ok = %v, want %v (%v)", tt.in, ok, tt.ok, got)
			continue
		}
		if !ok {
			continue
		}
		if got.Format(time.RFC3339) != tt.want || dateOnly != tt.dateOnly {
			t.Errorf("ParseTime(%q) = %s dateOnly %v; want %s %v", tt.in, got.Format(time.RFC3339), dateOnly, tt.want, tt.dateOnly)
		}
	}
}

func TestParseTimeIgnoresMachineZone(t *testing.T) {
	saved := time.Local
	defer func() { time.Local = saved }()
	time.Local = time.FixedZone("X", -5*3600)
	got, _, _ := ParseTime("2026-11-03 02:41:10", ChinaZone())
	if got.Format(time.RFC3339) != "2026-11-03T02:41:10+08:00" {
		t.Errorf("got %s", got.Format(time.RFC3339))
	}
}

func TestMoneyFormat(t *testing.T) {
	tests := []struct {
		m         Money
		yuan, str string
	}{
		{919880, "9198.80", "9,198.80"},
		{0, "0.00", "0.00"},
		{5, "0.05", "0.05"},
		{-3000, "-30.00", "-30.00"},
		{123456789012, "1234567890.12", "1,234,567,890.12"},
		{100000, "1000.00", "1,000.00"},
	}
	for _, tt := range tests {
		if tt.m.Yuan() != tt.yuan || tt.m.String() != tt.str {
			t.Errorf("%d: %s %s; want %s %s", tt.m, tt.m.Yuan(), tt.m.String(), tt.yuan, tt.str)
		}
	}
	if Money(919880).CNY() != "¥9,198.80" || Money(-5).CNY() != "-¥0.05" {
		t.Error("CNY")
	}
}

func TestCheckIDNumber(t *testing.T) {
	for id, key := range map[string]string{
		"110101199001011237": "",
		"11010119900101123X": "id.bad_check",
		"110101199002301234": "id.bad_birth",
		"1101011990010112":   "id.length",
		"11010119900101123a": "id.bad_check",
		"1101011990010112x7": "id.not_digits",
		"11010519491231002X": "",
		"11010519491231002x": "",
	} {
		err := CheckIDNumber(id)
		got := ""
		if err != nil {
			got = err.msg.Key
		}
		if got != key {
			t.Errorf("CheckIDNumber(%s) = %q, want %q", id, got, key)
		}
	}
	for s, want := range map[string]bool{"13800138000": true, "+86 138-0013-8000": true, "12800138000": false, "1380013800": false, "138001380001": false, "1380013800a": false} {
		if ValidMobile(s) != want {
			t.Errorf("ValidMobile(%q) != %v", s, want)
		}
	}
}
