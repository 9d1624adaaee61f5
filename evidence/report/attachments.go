package report

import (
	"fmt"
	"strings"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/attach"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
)

// attachments is the appendix of screenshots, photos and other files: one
// captioned figure per image, scaled to fit the page, with what is known
// about the file; the other files in a table with name, size and hash.
// A redacted report lists them only: screenshots may show the ID and
// phone numbers unmasked.
func (r *renderer) attachments() {
	files := r.work.Attachments
	if len(files) == 0 {
		return
	}
	d := r.d
	d.AddPage()
	r.h1("sec_attachments")
	r.para(r.t.S("attachments_intro"), sSmall)
	if r.opts.Redact {
		r.para(r.t.S("attachments_redacted"), sSmall)
	}
	var others []pdfdoc.Row
	for i, f := range files {
		if f.Figure == nil || r.opts.Redact {
			others = append(others, pdfdoc.Row{Context: "attachment " + f.Path, Cells: []string{
				fmt.Sprint(i + 1), r.attachmentTitle(f), f.Path, f.Type.Localize(r.opts.Lang), sizeText(f.Size), f.SHA256}})
			continue
		}
		r.figure(i+1, f)
		if r.err != nil {
			return
		}
	}
	if len(others) > 0 {
		d.Space(3)
		d.Ensure(25)
		d.Text(pdfdoc.MarginLeft, d.Y(), r.t.S("attachments_files"), sH2)
		d.Space(pdfdoc.LineHeight(sH2) + 1)
		d.Table(pdfdoc.Table{Style: sTable, Header: sTableH, Columns: []pdfdoc.Column{
			{Title: r.t.S("a_no"), Width: 10}, {Title: r.t.S("a_caption"), Width: 44}, {Title: r.t.S("f_file"), Width: 42},
			{Title: r.t.S("f_kind"), Width: 16}, {Title: r.t.S("f_size"), Width: 18, Right: true}, {Title: r.t.S("f_sha"), Width: 50},
		}}, others)
	}
}

// attachmentTitle is the caption, or the kind's name without one.
func (r *renderer) attachmentTitle(f *attach.File) string {
	kind := r.t.S("kind_" + strings.ReplaceAll(f.Kind, "-", "_"))
	if f.Caption == "" {
		return kind
	}
	return f.Caption + r.t.Get("a_kind_suffix", map[string]any{"Kind": kind})
}

// figure draws one image attachment: its caption and metadata, then the
// image as large as the page allows.
func (r *renderer) figure(n int, f *attach.File) {
	d := r.d
	meta := []string{r.t.Get("a_file", map[string]any{"Path": f.Path, "Width": groupDigits(int64(f.Width)), "Height": groupDigits(int64(f.Height)),
		"Size": sizeText(f.Size), "Type": f.Type.Localize(r.opts.Lang)}), "SHA-256 " + f.SHA256}
	var exif []string
	if m := f.Meta; !m.Taken.IsZero() {
		if m.TakenZone {
			exif = append(exif, r.t.Get("a_taken", map[string]any{"Time": m.Taken.Format("2006-01-02 15:04:05 -07:00")}))
		} else {
			exif = append(exif, r.t.Get("a_taken_nozone", map[string]any{"Time": m.Taken.Format("2006-01-02 15:04:05")}))
		}
	}
	if f.Meta.Device != "" {
		exif = append(exif, r.t.Get("a_device", map[string]any{"Device": f.Meta.Device}))
	}
	if f.Meta.Software != "" {
		exif = append(exif, r.t.Get("a_software", map[string]any{"Software": f.Meta.Software}))
	}
	if len(exif) == 0 {
		exif = append(exif, r.t.S("a_no_exif"))
	}
	meta = append(meta, strings.Join(exif, r.t.S("sep")))
	meta = append(meta, r.t.Get("a_modified", map[string]any{"Time": f.ModTime.In(evidence.ChinaZone()).Format("2006-01-02 15:04:05")}))
	if f.Meta.Orientation > 1 {
		meta = append(meta, r.t.S("a_rotated"))
	}
	if f.Figure.Downscaled {
		meta = append(meta, r.t.Get("a_downscaled", map[string]any{"Path": "attachments/" + f.Path}))
	}

	title := r.t.Get("a_title", map[string]any{"N": n, "Title": r.attachmentTitle(f)})
	var lines []string
	for _, m := range meta {
		lines = append(lines, d.Wrap(m, pdfdoc.ContentW, sSmall)...)
	}
	textH := pdfdoc.LineHeight(sH2) + 1 + float64(len(lines))*pdfdoc.LineHeight(sSmall) + 2
	// The largest size that keeps the image's proportions within the
	// page, below its caption; a page of its own when the rest of this one
	// would make it much smaller.
	full := d.Bottom() - pdfdoc.MarginTop - textH
	w, h := fitBox(f.Figure.Width, f.Figure.Height, pdfdoc.ContentW, full)
	if avail := d.Bottom() - d.Y() - textH; avail < h && avail < 0.8*full {
		d.AddPage()
	} else if avail < h {
		w, h = fitBox(f.Figure.Width, f.Figure.Height, pdfdoc.ContentW, avail)
	}
	d.SetContext("attachment " + f.Path)
	d.Bookmark(title, 0) // level 1 would make gofpdf write an outline Count of 0, which strict readers reject
	d.Text(pdfdoc.MarginLeft, d.Y(), title, sH2)
	d.Space(pdfdoc.LineHeight(sH2) + 1)
	for _, l := range lines {
		d.Text(pdfdoc.MarginLeft, d.Y(), l, sSmall)
		d.Space(pdfdoc.LineHeight(sSmall))
	}
	d.Space(2)
	x := pdfdoc.MarginLeft + (pdfdoc.ContentW-w)/2
	if err := d.Image("attachment-"+f.SHA256, f.Figure.Data, f.Figure.Format, x, d.Y(), w, h); err != nil && r.err == nil {
		r.err = fmt.Errorf("%s: %w", f.Path, err)
	}
	d.Space(h + 6)
}

// fitBox scales a w×h pixel image to the largest size within maxW×maxH
// millimetres.
func fitBox(w, h int, maxW, maxH float64) (float64, float64) {
	// Never larger than at 96 dpi: a small image is not blown up to
	// the page's width.
	scale := min(maxW/float64(w), maxH/float64(h), 25.4/96)
	return float64(w) * scale, float64(h) * scale
}
