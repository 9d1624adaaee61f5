package ocr_test

import (
	"strings"
	"testing"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/ocr"
)

var china = time.FixedZone("CST", 8*3600)

// words lays out lines of text as tesseract would report them: one word
// per space-separated piece, "|" marking a wide gap.
func words(lines ...string) []ocr.Word {
	var out []ocr.Word
	for i, l := range lines {
		x := 10
		for _, seg := range strings.Split(l, "|") {
			for _, w := range strings.Fields(seg) {
				out = append(out, ocr.Word{Text: w, Left: x, Top: 100 * i, Width: 20 * len([]rune(w)), Height: 30, Conf: 90, Block: 1, Par: 1, Line: i + 1})
				x += 20*len([]rune(w)) + 10
			}
			x += 200 // a column gap
		}
	}
	return out
}

func TestExtractCards(t *testing.T) {
	lines := ocr.Lines(words(
		"登录记录",
		"HUAWEI Mate 60",
		"2026-11-03 02:20:41 | ”广东省深圳市",
		"密码登录 | 成功",
		"iPhone 15",
		"2026/10/28 20:15 | 北京市朝阳区",
		"短信验证码登录 失败",
	))
	if got := lines[2].Segments; len(got) != 2 || got[0] != "2026-11-03 02:20:41" || got[1] != "广东省深圳市" {
		t.Fatalf("segments %q", got)
	}
	recs := ocr.Extract(lines, 2026, china)
	if len(recs) != 2 {
		t.Fatalf("%d records: %+v", len(recs), recs)
	}
	want := []ocr.Record{
		{Time: time.Date(2026, 11, 3, 2, 20, 41, 0, china), Place: "广东省深圳市", Device: "HUAWEI Mate 60", Method: "密码登录", Result: "成功"},
		{Time: time.Date(2026, 10, 28, 20, 15, 0, 0, china), Place: "北京市朝阳区", Device: "iPhone 15", Method: "短信验证码登录", Result: "失败"},
	}
	for i, w := range want {
		r := recs[i]
		if !r.Time.Equal(w.Time) || r.Place != w.Place || r.Device != w.Device || r.Method != w.Method || r.Result != w.Result || r.YearGuessed {
			t.Errorf("record %d: %+v, want %+v", i, r, w)
		}
	}
	if recs[0].Top != 100 || recs[0].Bottom != 330 {
		t.Errorf("record 0 spans rows %d–%d", recs[0].Top, recs[0].Bottom)
	}
}

func TestExtractLabeledAndShortDates(t *testing.T) {
	lines := ocr.Lines(words(
		"登录时间： 11-03 02:20",
		"IP属地：广东",
		"登录设备：Redmi K70",
		"IP 地址: 223.104.63.18",
		"登录方式：微信授权",
		"登录时间：11月1日 09:05:06",
		"IP属地：北京",
		"登录时间：昨天 21:00",
	))
	recs := ocr.Extract(lines, 2026, china)
	if len(recs) != 3 {
		t.Fatalf("%d records: %+v", len(recs), recs)
	}
	r := recs[0]
	if !r.Time.Equal(time.Date(2026, 11, 3, 2, 20, 0, 0, china)) || !r.YearGuessed || r.Place != "广东" || r.Device != "Redmi K70" || r.IP != "223.104.63.18" || r.Method != "微信授权" {
		t.Errorf("record 0: %+v", r)
	}
	if !recs[1].Time.Equal(time.Date(2026, 11, 1, 9, 5, 6, 0, china)) || recs[1].Place != "北京" {
		t.Errorf("record 1: %+v", recs[1])
	}
	// A time that is not a date stays unread, for the victim to fill in.
	if !recs[2].Time.IsZero() || recs[2].TimeText != "昨天21:00" {
		t.Errorf("record 2: %+v", recs[2])
	}
}

func TestExtractImpossibleDate(t *testing.T) {
	recs := ocr.Extract(ocr.Lines(words("2026-02-30 10:00:00 | 北京市")), 2026, china)
	if len(recs) != 1 || !recs[0].Time.IsZero() || recs[0].TimeText != "2026-02-30 10:00:00" {
		t.Errorf("%+v", recs)
	}
}

func TestParseTSV(t *testing.T) {
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t1080\t1260\t-1\t\n" +
		"5\t1\t2\t1\t2\t1\t62\t348\t188\t27\t91.5\t2026-11-03\n" +
		"5\t1\t2\t1\t2\t2\t264\t348\t136\t27\t88.9\t02:20:41\n" +
		"5\t1\t2\t1\t2\t3\t450\t344\t224\t34\t55.3\t\"广东\n" +
		"5\t1\t2\t1\t2\t4\t533\t338\t42\t47\t96.7\t省\n"
	ws, err := ocr.ParseTSV(strings.NewReader(tsv))
	if err != nil || len(ws) != 4 || ws[2].Text != "\"广东" || ws[3].Left != 533 || ws[0].Conf != 91.5 {
		t.Fatalf("%v %+v", err, ws)
	}
	lines := ocr.Lines(ws)
	if len(lines) != 1 || lines[0].Text() != "2026-11-03 02:20:41  广东省" || lines[0].Conf != 55.3 {
		t.Errorf("%q %v", lines[0].Text(), lines[0].Conf)
	}
}

// FuzzOCRExtract: any tesseract output gives records without panicking,
// each with a sane span and a time only when one was read.
func FuzzOCRExtract(f *testing.F) {
	f.Add("5\t1\t2\t1\t2\t1\t62\t348\t188\t27\t91.5\t2026-11-03\n5\t1\t2\t1\t2\t2\t264\t348\t136\t27\t88.9\t02:20:41\n5\t1\t2\t1\t2\t3\t650\t344\t224\t34\t55.3\t广东省深圳市\n")
	f.Add("5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90\t登录时间：11月3日\n5\t1\t1\t1\t1\t2\t12\t0\t10\t10\t90\t02:20\n5\t1\t1\t1\t2\t1\t0\t20\t10\t10\t90\tIP属地：北京\n")
	f.Fuzz(func(t *testing.T, tsv string) {
		ws, err := ocr.ParseTSV(strings.NewReader(tsv))
		if err != nil {
			return
		}
		for _, r := range ocr.Extract(ocr.Lines(ws), 2026, china) {
			if r.Bottom < r.Top && r.Bottom != 0 {
				t.Fatalf("record spans %d–%d", r.Top, r.Bottom)
			}
			if !r.Time.IsZero() && r.TimeText == "" {
				t.Fatalf("a time without the text it was read from: %+v", r)
			}
		}
	})
}

func TestPreferPast(t *testing.T) {
	imgs := []ocr.Image{{Records: ocr.Extract(ocr.Lines(words("12-30 21:00 | 北京市", "01-02 08:00 | 北京市")), 2027, china)}}
	ocr.PreferPast(imgs, time.Date(2027, 1, 5, 12, 0, 0, 0, china))
	got := []string{imgs[0].Records[0].Time.Format("2006-01-02"), imgs[0].Records[1].Time.Format("2006-01-02")}
	if got[0] != "2026-12-30" || got[1] != "2027-01-02" {
		t.Errorf("%v", got)
	}
}
