package report

import (
	"strings"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
)

// bills is the section "白条账单核对": per disputed order what JD's bills
// claim — principal, service fees, late penalties, what was paid and what
// is still claimed — beside the purchase, with the bill lines cited.
func (r *renderer) bills() {
	c := r.work.Claims
	if !c.HasBills {
		return
	}
	d := r.d
	d.Space(4)
	r.h1("sec_bills")
	r.para(r.t.S("bills_intro"), sSmall)
	rows := make([]pdfdoc.Row, 0, len(c.Orders)+1)
	for _, o := range c.Orders {
		plan := r.t.S("bills_single")
		if o.Installments > 1 {
			plan = r.t.Get("bills_plan", map[string]any{"N": o.Installments, "Lines": len(o.Lines)})
		}
		diff := ""
		if o.Difference != 0 {
			diff = o.Difference.String()
		}
		var srcs []evidence.Source
		for _, b := range o.Lines {
			srcs = append(srcs, b.Sources[0])
		}
		row := pdfdoc.Row{Context: o.Tx.Source().Ref(), Cells: []string{
			o.Tx.Order() + "\n" + o.Tx.Net().String(), plan, o.Sums.Principal.String(), o.Sums.Fee.String(), o.Sums.Penalty.String(),
			o.Sums.Paid.String(), o.Sums.Outstanding.String(), diff, RefList(srcs)}}
		if o.Overdue > 0 {
			row.Color = &pdfdoc.Red
		}
		rows = append(rows, row)
	}
	t := c.Total
	rows = append(rows, pdfdoc.Row{Bold: true, Fill: &pdfdoc.LightGray, Context: "total", Cells: []string{
		r.t.Get("total_row", map[string]any{"Count": len(c.Orders)}), "", t.Principal.String(), t.Fee.String(), t.Penalty.String(),
		t.Paid.String(), t.Outstanding.String(), "", ""}})
	d.Table(pdfdoc.Table{Style: sTable, Header: sTableH, Columns: []pdfdoc.Column{
		{Title: r.t.S("b_order"), Width: 26}, {Title: r.t.S("b_plan"), Width: 20},
		{Title: r.t.S("b_principal"), Width: 18, Right: true}, {Title: r.t.S("b_fee"), Width: 16, Right: true},
		{Title: r.t.S("b_penalty"), Width: 15, Right: true}, {Title: r.t.S("b_paid"), Width: 17, Right: true},
		{Title: r.t.S("b_outstanding"), Width: 18, Right: true}, {Title: r.t.S("b_difference"), Width: 16, Right: true},
		{Title: r.t.S("c_source"), Width: 34},
	}}, rows)
	d.Space(2)
	r.para(r.t.Get("bills_summary", map[string]any{"Fee": t.Fee.String(), "Penalty": t.Penalty.String(), "Paid": t.Paid.String(),
		"Outstanding": t.Outstanding.String()}), sBody)
	note := func(key string, items []string) {
		if len(items) == 0 {
			return
		}
		r.para(r.t.S(key), sH2)
		for _, it := range items {
			d.Paragraph("• "+it, sSmall)
		}
		d.Space(1.5)
	}
	var unlinked, nobills, weak []string
	for _, b := range c.Unlinked {
		unlinked = append(unlinked, strings.TrimSpace(b.Order+" "+b.Description+" "+r.t.Get("bills_line_due", map[string]any{"Due": dueOf(b).String()}))+" ("+b.Sources[0].Ref()+")")
	}
	for _, t := range c.NoBills {
		nobills = append(nobills, t.Order()+" "+t.Description()+" "+t.Net().String()+" ("+t.Source().Ref()+")")
	}
	for _, l := range c.Weak {
		weak = append(weak, l.Line.Sources[0].Ref()+" → "+l.Tx.Source().Ref()+" "+l.Tx.Order())
	}
	note("bills_unlinked", unlinked)
	note("bills_nobills", nobills)
	note("bills_weak", weak)
}

func dueOf(b *evidence.BillLine) evidence.Money {
	if b.Has&evidence.HasDue != 0 {
		return b.Due
	}
	return b.Principal + b.Fee + b.Penalty
}
