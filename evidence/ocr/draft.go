package ocr

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// Image is the records read off one screenshot.
type Image struct {
	Name    string // as the user named it
	Records []Record
}

// DraftHeader is the draft's header: the login log columns ingest knows,
// then where each row comes from and how sure the reading is.
var DraftHeader = []string{"登录时间", "登录地点", "登录设备", "登录方式", "登录结果", "IP地址", "来源截图", "识别可信度", "核对说明"}

// WriteDraft writes the records as a draft login log (UTF-8 CSV with a
// byte-order mark, so Excel and WPS show the Chinese right). A first line
// says it is a machine transcription to be checked; every row cites its
// image and where on it the record is.
func WriteDraft(w io.Writer, images []Image, lang i18n.Lang) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // what Excel writes, and what Notepad shows right
	if err := cw.Write([]string{i18n.M("ocr.draft_banner").Localize(lang)}); err != nil {
		return err
	}
	if err := cw.Write(DraftHeader); err != nil {
		return err
	}
	for _, img := range images {
		for i, r := range img.Records {
			when := ""
			if !r.Time.IsZero() {
				when = r.Time.Format("2006-01-02 15:04:05")
			}
			notes := []string{i18n.M("ocr.note_check").Localize(lang)}
			if r.Time.IsZero() {
				notes = append(notes, i18n.M("ocr.note_no_time", r.TimeText).Localize(lang))
			} else if r.YearGuessed {
				notes = append(notes, i18n.M("ocr.note_year", r.Time.Year()).Localize(lang))
			}
			if len(r.Unread) > 0 {
				notes = append(notes, i18n.M("ocr.note_unread", strings.Join(r.Unread, " / ")).Localize(lang))
			}
			src := i18n.M("ocr.source", img.Name, i+1, r.Top, r.Bottom).Localize(lang)
			sep := i18n.M("sep.clause").Localize(lang)
			row := []string{when, r.Place, r.Device, r.Method, r.Result, r.IP, src, fmt.Sprintf("%.0f%%", r.Conf), strings.Join(notes, sep)}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// PreferPast moves dates read without a year that would be after now into
// the year before: a screenshot shows logins that have happened (in
// January, "12-30 21:00" was last December).
func PreferPast(images []Image, now time.Time) {
	for i := range images {
		for j := range images[i].Records {
			r := &images[i].Records[j]
			if r.YearGuessed && r.Time.After(now) {
				r.Time = r.Time.AddDate(-1, 0, 0)
			}
		}
	}
}

// Summary counts what a set of images gave.
type Summary struct {
	Records, NoTime, YearGuessed int
}

// Summarize counts the records of images.
func Summarize(images []Image) Summary {
	var s Summary
	for _, img := range images {
		for _, r := range img.Records {
			s.Records++
			if r.Time.IsZero() {
				s.NoTime++
			} else if r.YearGuessed {
				s.YearGuessed++
			}
		}
	}
	return s
}

// Read runs the engine on an image and extracts its records.
func Read(words func(string) ([]Word, error), path, name string, year int, zone *time.Location) (Image, error) {
	ws, err := words(path)
	if err != nil {
		return Image{}, err
	}
	return Image{Name: name, Records: Extract(Lines(ws), year, zone)}, nil
}
