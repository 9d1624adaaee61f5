package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// maxUnzipped bounds what a workbook may unpack to. A real export of a
// hundred thousand rows unpacks to well under 100 MB; a zip bomb is stopped
// before anything is inflated.
const maxUnzipped = 512 << 20

// readXLSX reads every sheet of a workbook that has a recognised header.
func readXLSX(file *File, br *bufio.Reader, opts Options) error {
	name := opts.Name
	where := evidence.Location{File: name}
	data, err := io.ReadAll(br)
	if err != nil {
		return evidence.Errorf(where, i18n.M("ingest.read_failed", err.Error()), i18n.Message{})
	}
	if err := checkZip(data, name); err != nil {
		return err
	}
	// Every part stays in memory (UnzipXMLSizeLimit = UnzipSizeLimit): with a
	// lower limit excelize spills big sheets to the system temp folder, and
	// these files hold personal data.
	wb, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue:      true,
		UnzipSizeLimit:    maxUnzipped,
		UnzipXMLSizeLimit: maxUnzipped,
	})
	if err != nil {
		e := evidence.Errorf(where, i18n.M("ingest.xlsx_corrupt", err.Error()), i18n.M("hint.xlsx_corrupt"))
		e.Err = err
		return e
	}
	defer wb.Close()
	date1904 := false
	if props, err := wb.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	idx := newSynonymIndex()
	type unread struct {
		sheet string
		lines [][]string
	}
	var notRecognised []unread
	for _, sheet := range wb.GetSheetList() {
		rows, err := wb.Rows(sheet)
		if err != nil {
			return xlsxReadError(name, sheet, err)
		}
		var lines [][]string
		var match headerMatch
		headerAt := -1
		rowNo := 0
		var p *tableParser
		var table *Table
		for rows.Next() {
			rowNo++
			if rowNo%5000 == 0 {
				opts.Progress.Report(evidence.Step{What: evidence.StepReadRows, Name: name + ":" + sheet, Done: int64(rowNo)})
			}
			cells, err := rows.Columns()
			if err != nil {
				rows.Close()
				return xlsxReadError(name, sheet, err)
			}
			if p != nil {
				p.row(cells, evidence.Location{File: name, Sheet: sheet, Row: rowNo})
				continue
			}
			lines = append(lines, cells)
			if m, ok := idx.detectHeader(cells, opts.Kind, opts.Columns); ok && (headerAt < 0 || m.score > match.score) {
				match, headerAt = m, rowNo-1
			}
			if rowNo < opts.HeaderSearch {
				continue
			}
			if headerAt < 0 {
				break
			}
			// Header found: set up the table and read the buffered rows.
			table, p = startSheetTable(file, sheet, match, headerAt, lines, &opts, date1904)
			for i := headerAt + 1; i < len(lines); i++ {
				p.row(lines[i], evidence.Location{File: name, Sheet: sheet, Row: i + 1})
			}
		}
		if err := rows.Error(); err != nil {
			rows.Close()
			return xlsxReadError(name, sheet, err)
		}
		rows.Close()
		if p == nil && headerAt >= 0 {
			// The sheet ended within the header search.
			table, p = startSheetTable(file, sheet, match, headerAt, lines, &opts, date1904)
			for i := headerAt + 1; i < len(lines); i++ {
				p.row(lines[i], evidence.Location{File: name, Sheet: sheet, Row: i + 1})
			}
		}
		if p != nil {
			p.finish()
			checkPreamble(file, table)
			continue
		}
		if !isBlankSheet(lines) {
			notRecognised = append(notRecognised, unread{sheet, lines})
		}
	}
	if len(file.Tables) == 0 {
		if len(notRecognised) == 0 {
			return evidence.Errorf(where, i18n.M("ingest.xlsx_empty"), i18n.M("hint.empty"))
		}
		err := noHeaderError(name, opts, idx, notRecognised[0].lines, true)
		var e *evidence.Error
		if errors.As(err, &e) {
			e.Where.Sheet = notRecognised[0].sheet
		}
		return err
	}
	for _, u := range notRecognised {
		file.Problems = append(file.Problems, evidence.Problem{Severity: evidence.Warning,
			Where: evidence.Location{File: name, Sheet: u.sheet},
			Msg:   i18n.M("ingest.sheet_ignored"), Hint: i18n.M("hint.sheet_ignored")})
	}
	return nil
}

func startSheetTable(file *File, sheet string, m headerMatch, headerAt int, lines [][]string, opts *Options, date1904 bool) (*Table, *tableParser) {
	table := &Table{Kind: m.kind, Sheet: sheet, HeaderLine: headerAt + 1, Columns: m.columns}
	table.Header = make([]string, len(m.columns))
	for i, c := range m.columns {
		table.Header[i] = c.Header
	}
	pre := make([]string, 0, headerAt)
	for _, cells := range lines[:headerAt] {
		pre = append(pre, strings.Join(cells, "\t"))
	}
	table.Preamble = parsePreamble(pre, opts.Zone)
	file.Tables = append(file.Tables, table)
	reportDuplicates(file, table, m, evidence.Location{File: file.Name, Sheet: sheet, Row: headerAt + 1})
	p := newTableParser(file, table, opts, true)
	p.date1904 = date1904
	return table, p
}

func isBlankSheet(lines [][]string) bool {
	for _, cells := range lines {
		if !isBlank(cells) {
			return false
		}
	}
	return true
}

// checkZip looks at a workbook's zip directory before anything is
// inflated: the declared sizes must stay within maxUnzipped (archive/zip
// refuses entries that inflate past what they declare).
func checkZip(data []byte, name string) error {
	where := evidence.Location{File: name}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return evidence.Errorf(where, i18n.M("ingest.xlsx_corrupt", err.Error()), i18n.M("hint.xlsx_corrupt"))
	}
	var total uint64
	hasWorkbook := false
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > maxUnzipped || f.UncompressedSize64 > maxUnzipped {
			return evidence.Errorf(where, i18n.M("ingest.xlsx_bomb", maxUnzipped>>20), i18n.M("hint.xlsx_bomb"))
		}
		if strings.EqualFold(f.Name, "xl/workbook.xml") {
			hasWorkbook = true
		}
	}
	if !hasWorkbook {
		return evidence.Errorf(where, i18n.M("ingest.zip_not_xlsx"), i18n.M("hint.xlsx_corrupt"))
	}
	return nil
}

func xlsxReadError(name, sheet string, err error) error {
	e := evidence.Errorf(evidence.Location{File: name, Sheet: sheet}, i18n.M("ingest.xlsx_corrupt", err.Error()), i18n.M("hint.xlsx_corrupt"))
	e.Err = err
	return e
}
