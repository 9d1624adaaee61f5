package ingest

import (
	"sort"
	"strconv"
	"strings"
)

// headerMatch is a line taken as a header: the kind it announces and what
// each cell maps to.
type headerMatch struct {
	kind    Kind
	columns []Column
	score   int      // number of mapped fields
	dups    [][2]int // mapped headers that appear twice: (used, ignored)
}

// synonymIndex maps a normalised header to the column it names and the
// synonym's rank, per format. It is built once per file, so a wide line
// costs one map lookup per cell.
type synonymIndex map[Kind]map[string]synRef

type synRef struct{ col, rank int }

func newSynonymIndex() synonymIndex {
	idx := synonymIndex{}
	for _, ft := range formats {
		m := map[string]synRef{}
		for ci, c := range ft.columns {
			for r, syn := range c.synonyms {
				n := normalizeHeader(syn)
				if _, dup := m[n]; !dup {
					m[n] = synRef{ci, r}
				}
			}
		}
		idx[ft.kind] = m
	}
	return idx
}

// detectHeader decides whether cells are a header. want narrows the kinds
// considered (KindUnknown: any). manual is case.yaml's columns block for the
// file; when given, every manual name must be on the line.
func (idx synonymIndex) detectHeader(cells []string, want Kind, manual map[Field]string) (headerMatch, bool) {
	best, found := headerMatch{}, false
	norm := make([]string, len(cells))
	for i, c := range cells {
		norm[i] = normalizeHeader(c)
	}
	for i := range formats {
		ft := &formats[i]
		if want != KindUnknown && ft.kind != want {
			continue
		}
		m, ok := mapHeader(cells, norm, ft, idx[ft.kind], manual)
		if !ok {
			continue
		}
		if !found || m.score > best.score {
			best, found = m, true
		}
	}
	return best, found
}

// mapHeader maps cells onto the columns of ft. It fails when a required
// field or every marking field is missing, or when a manual name is not on
// the line.
func mapHeader(cells, norm []string, ft *format, syns map[string]synRef, manual map[Field]string) (headerMatch, bool) {
	m := headerMatch{kind: ft.kind, columns: make([]Column, len(cells))}
	for i, c := range cells {
		m.columns[i] = Column{Index: i, Header: strings.TrimSpace(trimCell(c))}
	}
	taken := map[Field]bool{}
	// Manual mappings first: they are the user's word.
	manualFields := make([]Field, 0, len(manual))
	for f := range manual {
		manualFields = append(manualFields, f)
	}
	sort.Slice(manualFields, func(a, b int) bool { return manualFields[a] < manualFields[b] })
	for _, f := range manualFields {
		if !ft.hasField(f) {
			return headerMatch{}, false
		}
		idx := manualIndex(manual[f], norm)
		if idx < 0 || m.columns[idx].Field != "" {
			return headerMatch{}, false
		}
		m.columns[idx].Field, m.columns[idx].Synonym, m.columns[idx].Manual = f, manual[f], true
		taken[f] = true
	}
	// Then synonyms, best rank first, so "交易时间" beats "时间" when a file
	// has both.
	type cand struct{ cell, col, rank int }
	var cands []cand
	for i, n := range norm {
		if n == "" || m.columns[i].Field != "" {
			continue
		}
		if ref, ok := syns[n]; ok {
			cands = append(cands, cand{i, ref.col, ref.rank})
		}
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].rank != cands[b].rank {
			return cands[a].rank < cands[b].rank
		}
		return cands[a].cell < cands[b].cell
	})
	for _, c := range cands {
		f := ft.columns[c.col].field
		if m.columns[c.cell].Field != "" {
			continue
		}
		if taken[f] {
			// The same field named twice: exact duplicates are reported;
			// a weaker synonym (付款时间 beside 交易时间) simply stays unused.
			if used := m.fieldIndex(f); used >= 0 && norm[used] == norm[c.cell] {
				m.dups = append(m.dups, [2]int{used, c.cell})
			}
			continue
		}
		m.columns[c.cell].Field = f
		m.columns[c.cell].Synonym = ft.columns[c.col].synonyms[c.rank]
		taken[f] = true
	}
	for _, f := range ft.required {
		if !taken[f] {
			return headerMatch{}, false
		}
	}
	marked := len(ft.marks) == 0
	for _, f := range ft.marks {
		marked = marked || taken[f]
	}
	m.score = len(taken)
	if !marked || m.score < 2 {
		return headerMatch{}, false
	}
	return m, true
}

func (m *headerMatch) fieldIndex(f Field) int {
	for i, c := range m.columns {
		if c.Field == f {
			return i
		}
	}
	return -1
}

func (ft *format) hasField(f Field) bool {
	for _, c := range ft.columns {
		if c.field == f {
			return true
		}
	}
	return false
}

// manualIndex finds the column a manual mapping names: "#N" is the N-th
// column, anything else a header compared like synonyms.
func manualIndex(name string, norm []string) int {
	if strings.HasPrefix(name, "#") {
		n, err := strconv.Atoi(name[1:])
		if err != nil || n < 1 || n > len(norm) {
			return -1
		}
		return n - 1
	}
	want := normalizeHeader(name)
	for i, n := range norm {
		if n == want {
			return i
		}
	}
	return -1
}

// bestGuessHeader picks, among lines that were not recognised, the one most
// likely meant as the header (the first line with the most non-empty cells),
// so the error can show the user what was seen.
func bestGuessHeader(lines [][]string) (int, []string) {
	best, bestN := -1, 0
	for i, cells := range lines {
		n := 0
		for _, c := range cells {
			if strings.TrimSpace(trimCell(c)) != "" {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return -1, nil
	}
	var out []string
	for _, c := range lines[best] {
		if c = strings.TrimSpace(trimCell(c)); c != "" {
			out = append(out, c)
		}
	}
	return best, out
}
