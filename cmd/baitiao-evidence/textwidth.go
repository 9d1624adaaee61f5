package main

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/width"
)

// displayWidth is how many terminal columns s takes: Chinese characters
// take two.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

func padRight(s string, w int) string {
	if d := w - displayWidth(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

func clipText(s string, max int) string {
	if displayWidth(s) <= max {
		return s
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		rw := displayWidth(string(r))
		if n+rw > max-1 {
			break
		}
		b.WriteRune(r)
		n += rw
	}
	return b.String() + "…"
}

// tableWriter aligns columns of mixed Chinese and Latin text.
type tableWriter struct {
	out    io.Writer
	indent string
	rows   [][]string
}

func newTableWriter(out io.Writer, indent string) *tableWriter {
	return &tableWriter{out: out, indent: indent}
}

func (t *tableWriter) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *tableWriter) flush() {
	var widths []int
	for _, r := range t.rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	for _, r := range t.rows {
		var b strings.Builder
		b.WriteString(t.indent)
		for i, c := range r {
			if i == len(r)-1 {
				b.WriteString(c)
			} else {
				b.WriteString(padRight(c, widths[i]) + "  ")
			}
		}
		fmt.Fprintln(t.out, strings.TrimRight(b.String(), " "))
	}
	t.rows = nil
}

// kv prints aligned "key  value" lines.
type kv struct{ tw *tableWriter }

func newKV(out io.Writer) *kv       { return &kv{tw: newTableWriter(out, "")} }
func (k *kv) add(key, value string) { k.tw.row(key, value) }
func (k *kv) flush()                { k.tw.flush() }
