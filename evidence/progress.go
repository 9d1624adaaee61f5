package evidence

// Progress is told how far a long step has come, so that a terminal can
// show it. It may be called from several goroutines at once; a nil
// Progress is valid and hears nothing.
type Progress func(Step)

// Step is one report of progress.
type Step struct {
	What StepKind
	Name string // the file read or written
	// Done and Total count the step's units (bytes, rows or pages); Total
	// is 0 while not known. Done == Total > 0 means the step is finished.
	Done, Total int64
}

// StepKind says what a step is doing, and in which unit it counts.
type StepKind int

const (
	StepReadBytes   StepKind = iota + 1 // reading a text file: bytes
	StepReadRows                        // reading a workbook: rows
	StepRenderPages                     // laying out a PDF: pages
	StepWrite                           // writing a file of the bundle: Name only
	StepCases                           // bundling many cases: cases done
	StepOCR                             // reading screenshots: images done
)

// Report passes s on, if anyone listens.
func (p Progress) Report(s Step) {
	if p != nil {
		p(s)
	}
}
