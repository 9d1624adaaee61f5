package report

import (
	"sort"
	"time"

	"github.com/jung-kurt/gofpdf"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
)

// timeline draws logins (a lane per device) and disputed purchases on one
// time axis around the disputed period, as vector graphics.
func (r *renderer) timeline() {
	d := r.d
	disputed := r.work.Disputes.Disputed
	d.Space(4)
	if len(disputed) == 0 {
		r.h1("sec_timeline")
		r.para(r.t.S("timeline_none"), sBody)
		return
	}
	from, to := disputed[0].Time(), disputed[len(disputed)-1].Time()
	// Include the unfamiliar logins that led up to the purchases.
	for _, l := range r.work.Logins {
		if r.work.Analysis.Unfamiliar[l] && l.Time.Before(from) && from.Sub(l.Time) <= 7*24*time.Hour {
			from = l.Time
		}
	}
	pad := max(to.Sub(from)/10, 15*time.Minute)
	from, to = from.Add(-pad), to.Add(pad)
	var logins []*evidence.LoginEvent
	for _, l := range r.work.Logins {
		if !l.Time.Before(from) && !l.Time.After(to) {
			logins = append(logins, l)
		}
	}
	logins = r.thinLogins(logins)
	// Lanes: devices in order of first appearance, then the purchases; past
	// maxLanes, the rest share one lane.
	var lanes []string
	laneOf := map[string]int{}
	for _, l := range logins {
		name := laneName(l)
		if _, ok := laneOf[name]; !ok {
			if len(lanes) == maxLanes {
				lanes = append(lanes, r.t.S("t_other_devices"))
			}
			if len(lanes) > maxLanes {
				laneOf[name] = maxLanes
				continue
			}
			laneOf[name] = len(lanes)
			lanes = append(lanes, name)
		}
	}
	lanes = append(lanes, r.t.S("t_purchases"))
	purchaseLane := len(lanes) - 1

	laneH := 9.0
	// Keep the heading, the introduction and the plot on one page.
	d.Ensure(float64(len(lanes))*laneH + 50)
	r.h1("sec_timeline")
	r.para(r.t.Get("timeline_intro", map[string]any{"From": r.when(from), "To": r.when(to)}), sSmall)
	labelW := 0.0
	d.SetContext("timeline")
	for _, l := range lanes {
		labelW = max(labelW, d.Width(l, sTable))
	}
	labelW = min(labelW+3, 60)
	plotH := float64(len(lanes))*laneH + 14
	d.Ensure(plotH + 12)
	x0 := pdfdoc.MarginLeft + labelW
	x1 := pdfdoc.PageW - pdfdoc.MarginRight - 4
	top := d.Y() + 2
	span := to.Sub(from).Seconds()
	xOf := func(t time.Time) float64 { return x0 + (x1-x0)*t.Sub(from).Seconds()/span }
	yOf := func(lane int) float64 { return top + float64(lane)*laneH + laneH/2 }

	// Lanes and labels.
	for i, l := range lanes {
		y := yOf(i)
		d.Line(x0, y, x1, y, 0.15, pdfdoc.RGB{R: 210, G: 210, B: 210})
		lw := d.Width(l, sTable)
		label := l
		for lw > labelW-2 && len([]rune(label)) > 2 {
			rs := []rune(label)
			label = string(rs[:len(rs)-2]) + "…"
			lw = d.Width(label, sTable)
		}
		d.Text(x0-2-lw, y-1.6, label, sTable)
	}
	axisY := top + float64(len(lanes))*laneH + 1
	d.Line(x0, axisY, x1, axisY, 0.3, pdfdoc.Gray)
	for _, tk := range ticks(from, to) {
		x := xOf(tk.t)
		d.Line(x, axisY, x, axisY+1.2, 0.3, pdfdoc.Gray)
		d.Line(x, top, x, axisY, 0.1, pdfdoc.RGB{R: 230, G: 230, B: 230})
		w := d.Width(tk.label, sTiny)
		d.Text(x-w/2, axisY+1.6, tk.label, sTiny)
	}

	p := d.PDF()
	// Logins.
	for _, l := range logins {
		x, y := xOf(l.Time), yOf(laneOf[laneName(l)])
		c := pdfdoc.Blue
		if r.work.Analysis.Unfamiliar[l] {
			c = pdfdoc.Red
		}
		if l.Result == evidence.LoginFailure {
			p.SetDrawColor(c.R, c.G, c.B)
			p.SetLineWidth(0.4)
			p.Line(x-1.1, y-1.1, x+1.1, y+1.1)
			p.Line(x-1.1, y+1.1, x+1.1, y-1.1)
		} else {
			p.SetFillColor(c.R, c.G, c.B)
			p.Circle(x, y, 1.1, "F")
		}
	}
	// Purchases, with their amounts staggered above and below the lane.
	sorted := append([]*evidence.Transaction(nil), disputed...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Time().Before(sorted[j].Time()) })
	y := yOf(purchaseLane)
	lastX := -100.0
	up := true
	for _, t := range sorted {
		x := xOf(t.Time())
		diamond(p, x, y)
		if len(sorted) > 30 {
			continue // too many to label legibly; the table has the amounts
		}
		label := t.Net().String()
		w := d.Width(label, sTiny)
		if x-lastX > w+1 {
			up = true
		} else {
			up = !up
		}
		ly := y - 4.3
		if !up {
			ly = y + 1.8
		}
		d.Text(x-w/2, ly, label, pdfdoc.Style{Size: 6.5, Color: pdfdoc.Red})
		lastX = x
	}
	// Legend.
	ly := axisY + 6
	lx := x0
	legend := func(draw func(x, y float64), key string) {
		draw(lx+1.2, ly+1.2)
		lx = d.Text(lx+3.5, ly, r.t.S(key), sTiny) + 5
	}
	legend(func(x, y float64) {
		p.SetFillColor(pdfdoc.Blue.R, pdfdoc.Blue.G, pdfdoc.Blue.B)
		p.Circle(x, y, 1.1, "F")
	}, "t_legend_login")
	legend(func(x, y float64) {
		p.SetDrawColor(pdfdoc.Blue.R, pdfdoc.Blue.G, pdfdoc.Blue.B)
		p.SetLineWidth(0.4)
		p.Line(x-1.1, y-1.1, x+1.1, y+1.1)
		p.Line(x-1.1, y+1.1, x+1.1, y-1.1)
	}, "t_legend_failed")
	legend(func(x, y float64) { p.SetFillColor(pdfdoc.Red.R, pdfdoc.Red.G, pdfdoc.Red.B); p.Circle(x, y, 1.1, "F") }, "t_legend_unfamiliar")
	legend(func(x, y float64) { diamond(p, x, y) }, "t_legend_purchase")
	d.SetY(ly + 8)
}

// maxLanes and maxMarks keep the plot legible (and the PDF small) when
// the disputed period holds many devices or thousands of logins.
const (
	maxLanes = 10
	maxMarks = 1500
)

func laneName(l *evidence.LoginEvent) string {
	name := l.Device
	if name == "" {
		name = l.IP
	}
	if l.Place != "" {
		name += " · " + l.Place
	}
	return name
}

// thinLogins keeps every unfamiliar login and an even sample of the others
// when there are more than maxMarks; the tables list them all.
func (r *renderer) thinLogins(logins []*evidence.LoginEvent) []*evidence.LoginEvent {
	if len(logins) <= maxMarks {
		return logins
	}
	var unf, other []*evidence.LoginEvent
	for _, l := range logins {
		if r.work.Analysis.Unfamiliar[l] {
			unf = append(unf, l)
		} else {
			other = append(other, l)
		}
	}
	keep := max(maxMarks-len(unf), 0)
	out := unf
	for i := 0; i < keep && len(other) > 0; i++ {
		out = append(out, other[i*len(other)/keep])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time.Before(out[j].Time) })
	return out
}

type tick struct {
	t     time.Time
	label string
}

// ticks chooses round times for the axis: about six labels.
func ticks(from, to time.Time) []tick {
	steps := []time.Duration{time.Minute, 2 * time.Minute, 5 * time.Minute, 10 * time.Minute, 15 * time.Minute, 30 * time.Minute,
		time.Hour, 2 * time.Hour, 3 * time.Hour, 6 * time.Hour, 12 * time.Hour, 24 * time.Hour, 2 * 24 * time.Hour, 7 * 24 * time.Hour,
		14 * 24 * time.Hour, 30 * 24 * time.Hour, 91 * 24 * time.Hour, 365 * 24 * time.Hour}
	span := to.Sub(from)
	step := steps[len(steps)-1]
	for _, s := range steps {
		if span/s <= 7 {
			step = s
			break
		}
	}
	// Round in the times' own zone, so ticks fall on local hours and days.
	_, off := from.Zone()
	offset := time.Duration(off) * time.Second
	start := from.Add(offset).Truncate(step).Add(-offset)
	if start.Before(from) {
		start = start.Add(step)
	}
	var out []tick
	for t := start; !t.After(to); t = t.Add(step) {
		layout := "15:04"
		switch {
		case step >= 365*24*time.Hour:
			layout = "2006"
		case step >= 30*24*time.Hour:
			layout = "2006-01"
		case step >= 24*time.Hour:
			layout = "01-02"
		case t.Hour() == 0 && t.Minute() == 0 || len(out) == 0:
			layout = "01-02 15:04"
		}
		out = append(out, tick{t, t.Format(layout)})
	}
	return out
}

// diamond marks a purchase.
func diamond(p *gofpdf.Fpdf, x, y float64) {
	p.SetFillColor(pdfdoc.Red.R, pdfdoc.Red.G, pdfdoc.Red.B)
	p.Polygon([]gofpdf.PointType{{X: x, Y: y - 1.5}, {X: x + 1.3, Y: y}, {X: x, Y: y + 1.5}, {X: x - 1.3, Y: y}}, "F")
}
