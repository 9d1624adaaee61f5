package report

import (
	"sort"
	"strconv"
	"strings"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/analyze"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
)

// causes is the section "可能原因与依据": for each of the four causes, the
// indicators in the records that speak for it, with the rows they cite.
// They are worded as indications, never as conclusions.
func (r *renderer) causes() {
	d := r.d
	d.Space(4)
	r.h1("sec_causes")
	an := r.work.Analysis
	groups := an.ByCause()
	if len(groups) == 0 {
		r.para(r.t.S("causes_none"), sBody)
		return
	}
	r.para(r.t.S("causes_intro"), sSmall)
	for _, g := range groups {
		title := g.Cause.Localize(r.opts.Lang)
		if g.Cause == r.work.Case.Cause {
			title += r.t.S("cause_stated")
		}
		d.Ensure(20)
		d.SetContext("analysis")
		d.Text(pdfdoc.MarginLeft, d.Y(), title, sH2)
		d.Space(pdfdoc.LineHeight(sH2) + 0.5)
		for _, ind := range g.Indicators {
			d.SetContext("analysis: " + ind.Code)
			lh := pdfdoc.LineHeight(sBody)
			d.Ensure(lh * 2)
			d.Text(pdfdoc.MarginLeft+2, d.Y(), "•", sBody)
			head := i18n.M("ind_title." + ind.Code).Localize(r.opts.Lang)
			d.ParagraphAt(pdfdoc.MarginLeft+6, pdfdoc.ContentW-6, head+r.t.S("colon")+ind.Explain.Localize(r.opts.Lang), sBody)
			if refs := citeRefs(ind); refs != "" {
				d.ParagraphAt(pdfdoc.MarginLeft+6, pdfdoc.ContentW-6, r.t.Get("cites", map[string]any{"Refs": refs}), sSmall)
			}
			d.Space(1)
		}
		d.Space(2)
	}
}

// citeRefs lists the rows an indicator cites, consecutive lines of a file
// joined into ranges: "exports/logins.csv:2–5; exports/jd.csv:23–25".
func citeRefs(ind *analyze.Indicator) string {
	var srcs []evidence.Source
	for _, l := range ind.Logins {
		srcs = append(srcs, l.Sources[0])
	}
	for _, t := range ind.Txs {
		srcs = append(srcs, t.Source())
	}
	return RefList(srcs)
}

// RefList writes sources compactly, grouping consecutive lines per file.
func RefList(srcs []evidence.Source) string {
	type key struct{ file, sheet string }
	byFile := map[key][]int{}
	var files []key
	for _, s := range srcs {
		k := key{s.File, s.Sheet}
		n := s.Line
		if s.Sheet != "" {
			n = s.Row
		}
		if _, ok := byFile[k]; !ok {
			files = append(files, k)
		}
		byFile[k] = append(byFile[k], n)
	}
	var parts []string
	for _, k := range files {
		ns := byFile[k]
		sort.Ints(ns)
		var ranges []string
		for i := 0; i < len(ns); {
			j := i
			for j+1 < len(ns) && ns[j+1] <= ns[j]+1 {
				j++
			}
			if ns[j] == ns[i] {
				ranges = append(ranges, strconv.Itoa(ns[i]))
			} else {
				ranges = append(ranges, strconv.Itoa(ns[i])+"–"+strconv.Itoa(ns[j]))
			}
			i = j + 1
		}
		name := k.file
		if k.sheet != "" {
			name += ":" + k.sheet
		}
		parts = append(parts, name+":"+strings.Join(ranges, ","))
	}
	return strings.Join(parts, "; ")
}
