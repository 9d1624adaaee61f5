package evidence

import (
	"errors"
	"strconv"
	"strings"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// Location says where something was found: a file, and within it a line
// (CSV, text), or a sheet and row (XLSX), and optionally the column.
type Location struct {
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Sheet  string `json:"sheet,omitempty"`
	Row    int    `json:"row,omitempty"`
	Column string `json:"column,omitempty"` // the column's header as the file spells it
	Cell   string `json:"cell,omitempty"`   // spreadsheet cell reference, e.g. "C5"
}

// IsZero reports whether l names nothing.
func (l Location) IsZero() bool { return l == Location{} }

// Short renders the location without the column: "jd.csv:23",
// "bill.xlsx:Sheet1!C5", "bill.xlsx:Sheet1:5".
func (l Location) Short() string {
	var b strings.Builder
	b.WriteString(l.File)
	switch {
	case l.Sheet != "" && l.Cell != "":
		b.WriteString(":" + l.Sheet + "!" + l.Cell)
	case l.Sheet != "" && l.Row > 0:
		b.WriteString(":" + l.Sheet + ":" + strconv.Itoa(l.Row))
	case l.Sheet != "":
		b.WriteString(":" + l.Sheet)
	case l.Line > 0:
		b.WriteString(":" + strconv.Itoa(l.Line))
	}
	return b.String()
}

// Localize renders the location with its column, e.g. "jd.csv:23（列“金额”）".
func (l Location) Localize(lang i18n.Lang) string {
	s := l.Short()
	if l.Column == "" {
		return s
	}
	if lang == i18n.EN {
		return s + " (column \"" + l.Column + "\")"
	}
	return s + "（列“" + l.Column + "”）"
}

// Severity orders problems: a warning is shown and the run goes on; an
// error stops the job (and every warning is an error under --strict).
type Severity int

const (
	Warning Severity = iota
	Fatal
)

// Localize implements i18n.Localizer.
func (s Severity) Localize(lang i18n.Lang) string {
	if s == Fatal {
		return i18n.Text{ZH: "错误", EN: "error"}.Localize(lang)
	}
	return i18n.Text{ZH: "警告", EN: "warning"}.Localize(lang)
}

// Problem is something wrong with the input, tied to where it was found,
// with a hint that tells the user what to do about it.
type Problem struct {
	Severity Severity
	Where    Location
	Msg      i18n.Message
	Hint     i18n.Message
}

// Localize renders "where: message" in lang (the hint is separate so the
// command line can print it on its own line).
func (p Problem) Localize(lang i18n.Lang) string {
	msg := p.Msg.Localize(lang)
	if p.Where.IsZero() {
		return msg
	}
	return p.Where.Localize(lang) + ": " + msg
}

// Error is a Problem that stops the job. It carries the underlying cause
// (if any) for errors.Is/As.
type Error struct {
	Problem
	Err error
}

// Errorf builds a fatal *Error at where.
func Errorf(where Location, msg i18n.Message, hint i18n.Message) *Error {
	return &Error{Problem: Problem{Severity: Fatal, Where: where, Msg: msg, Hint: hint}}
}

// Error renders the error in Chinese, the default language; the command line
// renders it in the user's language with Localize.
func (e *Error) Error() string { return e.Localize(i18n.ZH) }

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Problems is an error made of several problems, reported together so the
// user can fix them all in one pass (e.g. --strict, or several unknown keys).
type Problems []Problem

func (ps Problems) Error() string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Localize(i18n.ZH)
	}
	return strings.Join(parts, "\n")
}

// AsProblems flattens err into the problems it carries, for printing.
// A foreign error becomes a single problem with its own text.
func AsProblems(err error) []Problem {
	var ps Problems
	if errors.As(err, &ps) {
		return ps
	}
	var e *Error
	if errors.As(err, &e) {
		return []Problem{e.Problem}
	}
	return []Problem{{Severity: Fatal, Msg: i18n.M("error.plain", err.Error())}}
}
