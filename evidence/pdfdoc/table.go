package pdfdoc

// Column is a table column.
type Column struct {
	Title string
	Width float64 // mm
	Right bool    // right-aligned (amounts)
}

// Row is a table row.
type Row struct {
	Cells   []string
	Fill    *RGB // background, nil for none
	Bold    bool
	Color   *RGB   // text colour, nil for black
	Context string // where the row comes from, for the missing-character report
}

// Table is a table's layout.
type Table struct {
	Columns  []Column
	Style    Style // body text
	Header   Style // header text
	MaxLines int   // lines a cell may take before it is cut with "…" (0: 8)
}

const cellPad = 1.2

// Table draws rows under a header that repeats on every page the table
// reaches. Long cells wrap; a row never splits across pages.
func (d *Doc) Table(t Table, rows []Row) {
	if t.MaxLines == 0 {
		t.MaxLines = 8
	}
	d.tableHeader(t)
	lh := LineHeight(t.Style)
	for _, r := range rows {
		d.SetContext(r.Context)
		cells := make([][]string, len(t.Columns))
		n := 1
		for i, c := range t.Columns {
			text := ""
			if i < len(r.Cells) {
				text = r.Cells[i]
			}
			lines := d.Wrap(text, c.Width-2*cellPad, t.Style)
			if len(lines) > t.MaxLines {
				lines = append(lines[:t.MaxLines-1], lines[t.MaxLines-1]+"…")
			}
			cells[i] = lines
			n = max(n, len(lines))
		}
		h := float64(n)*lh + 2*cellPad
		if d.y+h > d.Bottom() {
			d.AddPage()
			d.tableHeader(t)
		}
		st := t.Style
		st.Bold = r.Bold
		if r.Color != nil {
			st.Color = *r.Color
		}
		x := MarginLeft
		for i, c := range t.Columns {
			if r.Fill != nil {
				d.Rect(x, d.y, c.Width, h, "F", *r.Fill, *r.Fill)
			}
			for j, l := range cells[i] {
				tx := x + cellPad
				if c.Right {
					tx = x + c.Width - cellPad - d.Width(l, st)
				}
				d.Text(tx, d.y+cellPad+float64(j)*lh, l, st)
			}
			x += c.Width
		}
		d.Line(MarginLeft, d.y+h, x, d.y+h, 0.1, RGB{190, 190, 190})
		d.y += h
	}
	d.SetContext("")
}

// tableHeader draws the header row, on a new page when fewer than the
// header and one row fit.
func (d *Doc) tableHeader(t Table) {
	lh := LineHeight(t.Header)
	n := 1
	wrapped := make([][]string, len(t.Columns))
	for i, c := range t.Columns {
		wrapped[i] = d.Wrap(c.Title, c.Width-2*cellPad, t.Header)
		n = max(n, len(wrapped[i]))
	}
	h := float64(n)*lh + 2*cellPad
	if d.y+h+LineHeight(t.Style)+2*cellPad > d.Bottom() {
		d.AddPage()
	}
	x := MarginLeft
	for i, c := range t.Columns {
		d.Rect(x, d.y, c.Width, h, "F", LightGray, LightGray)
		for j, l := range wrapped[i] {
			tx := x + cellPad
			if c.Right {
				tx = x + c.Width - cellPad - d.Width(l, t.Header)
			}
			d.Text(tx, d.y+cellPad+float64(j)*lh, l, t.Header)
		}
		x += c.Width
	}
	d.y += h
}
