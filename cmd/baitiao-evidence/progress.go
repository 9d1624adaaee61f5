package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
)

// progressDelay is how long a job runs before progress is drawn at all:
// a quick job shows none. progressEvery is the least time between two
// redraws.
const (
	progressDelay = 500 * time.Millisecond
	progressEvery = 100 * time.Millisecond
)

// progressLine draws one line of progress on a terminal, redrawn in
// place. Anything else written to the same terminal first clears it, so
// messages never mix with a half line of progress.
type progressLine struct {
	mu    sync.Mutex
	a     *app
	term  io.Writer // the terminal (stderr)
	clock func() time.Time
	start time.Time
	last  time.Time
	shown int // columns of the line on screen now; 0: nothing shown
}

// setupProgress turns progress on when stderr is a terminal and --quiet
// was not given, and routes stdout and stderr through it so that other
// output clears the line first.
func (a *app) setupProgress() {
	if a.quiet || !a.ErrIsTerminal {
		return
	}
	clock := a.clock
	if clock == nil {
		clock = time.Now
	}
	p := &progressLine{a: a, term: a.Err, clock: clock, start: clock()}
	a.progressLine = p
	a.Out = clearing{p, a.Out}
	a.Err = clearing{p, a.Err}
}

// progress is the Progress to hand to long steps: nil when none is shown.
func (a *app) progress() evidence.Progress {
	if a.progressLine == nil {
		return nil
	}
	return a.progressLine.report
}

func (p *progressLine) report(s evidence.Step) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.clock()
	if now.Sub(p.start) < progressDelay || now.Sub(p.last) < progressEvery {
		return
	}
	p.last = now
	text := p.text(s)
	w := displayWidth(text)
	pad := ""
	if p.shown > w {
		pad = strings.Repeat(" ", p.shown-w)
	}
	fmt.Fprint(p.term, "\r"+text+pad)
	p.shown = w
}

// text is what the line says about a step.
func (p *progressLine) text(s evidence.Step) string {
	name := clipFront(s.Name, 36)
	switch s.What {
	case evidence.StepReadBytes:
		if s.Total > 0 {
			return p.a.T("progress.read_bytes", name, s.Done*100/s.Total, megabytes(s.Done), megabytes(s.Total))
		}
		return p.a.T("progress.read_bytes_unknown", name, megabytes(s.Done))
	case evidence.StepReadRows:
		return p.a.T("progress.read_rows", name, s.Done)
	case evidence.StepCases:
		return p.a.T("progress.cases", s.Done, s.Total)
	case evidence.StepOCR:
		return p.a.T("progress.ocr", s.Done, s.Total)
	case evidence.StepRenderPages:
		if s.Total > 0 {
			return p.a.T("progress.render", name, s.Done, s.Total)
		}
		return p.a.T("progress.layout", name, s.Done)
	default:
		return p.a.T("progress.write", name)
	}
}

// clipFront shortens a path from the front, so the file name stays.
func clipFront(s string, max int) string {
	if displayWidth(s) <= max {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && displayWidth(string(r))+1 > max {
		r = r[1:]
	}
	return "…" + string(r)
}

func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

// clear removes the line from the terminal, if one is shown.
func (p *progressLine) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown > 0 {
		fmt.Fprint(p.term, "\r"+strings.Repeat(" ", p.shown)+"\r")
		p.shown = 0
	}
}

// clearing is a writer on the progress line's terminal: it clears the
// line before writing.
type clearing struct {
	p *progressLine
	w io.Writer
}

func (c clearing) Write(b []byte) (int, error) {
	c.p.clear()
	return c.w.Write(b)
}
