// Package casework loads one case: the case file, every export it lists
// (read through ingest), the same rows from several files merged once, and
// the disputes applied. It is the only place below the command line that
// reads files, and everything downstream (analysis, report, letters,
// bundle) works from the Work it returns.
package casework

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/analyze"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/attach"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/dispute"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/ingest"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/reconcile"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/review"
)

// Options control loading.
type Options struct {
	Now    time.Time // the run's time: later dates are flagged
	Strict bool      // every warning about the inputs is an error
	// Progress hears how far the reading of each export has come.
	Progress evidence.Progress
}

// Input is one export file of the case.
type Input struct {
	Path string      // as case.yaml names it (slash-separated)
	Abs  string      // where it was read from
	Role ingest.Kind // the inputs list it is in
	File *ingest.File
}

// Work is a loaded case.
type Work struct {
	Case       *evidence.Case
	CasePath   string // the case file as given
	CaseDir    string // absolute folder of the case file
	CaseBytes  []byte // the case file, byte-exact
	CaseSHA256 string

	Inputs       []Input
	Transactions []*evidence.Transaction // merged, in canonical order
	Logins       []*evidence.LoginEvent  // merged, by time
	Bills        []*evidence.BillLine    // by bill date, order, installment

	Reviews     []Input        // review sheets read by review: selectors (Role KindUnknown)
	Attachments []*attach.File // screenshots, photos and documents, in case.yaml's order
	Analysis    *analyze.Result
	Disputes    dispute.Result
	Figures     dispute.Figures
	// Claims is the debt as JD's bills show it for the disputed orders.
	Claims reconcile.Result

	// Problems are the warnings about the case and its inputs, in the
	// order: case file, then each input, then disputes.
	Problems []evidence.Problem
}

// Load reads the case file at casePath and everything it lists.
func Load(casePath string, opts Options) (*Work, error) {
	abs, err := filepath.Abs(casePath)
	if err != nil {
		return nil, evidence.Errorf(evidence.Location{File: casePath}, i18n.M("ingest.open_failed", err.Error()), i18n.Message{})
	}
	c, data, warnings, err := ReadCase(casePath, opts.Now)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	w := &Work{Case: c, CasePath: casePath, CaseDir: filepath.Dir(abs), CaseBytes: data, CaseSHA256: hex.EncodeToString(sum[:])}
	w.Problems = append(w.Problems, warnings...)
	if err := w.readInputs(opts); err != nil {
		return nil, err
	}
	if err := w.readAttachments(); err != nil {
		return nil, err
	}
	w.merge()
	w.checkAccount()
	w.Analysis = analyze.Run(w.Transactions, w.Logins, analyze.ConfigFrom(c.Analysis))
	res, err := dispute.Select(c, w.Transactions, dispute.Sources{
		Suggested: func() []*evidence.Transaction { return w.Analysis.Suggested },
		Review:    w.readReview,
	})
	if err != nil {
		return nil, err
	}
	w.Disputes = res
	w.Figures = dispute.Compute(res.Disputed)
	w.Claims = reconcile.Reconcile(w.Bills, w.Transactions, res.Disputed)
	w.Problems = append(w.Problems, w.claimProblems()...)
	w.Problems = append(w.Problems, res.Problems...)
	if opts.Strict {
		if ps := w.inputProblems(); len(ps) > 0 {
			for i := range ps {
				ps[i].Severity = evidence.Fatal
			}
			return nil, evidence.Problems(ps)
		}
	}
	return w, nil
}

// ReadCase reads and parses a case file alone (without its exports), for
// what needs only the case: where it stands, say.
func ReadCase(path string, now time.Time) (*evidence.Case, []byte, []evidence.Problem, error) {
	data, err := readLimited(path, 1<<20+1)
	if err != nil {
		return nil, nil, nil, caseOpenError(path, err)
	}
	c, warnings, err := evidence.ParseCase(path, data, evidence.CaseOptions{Now: now})
	if err != nil {
		return nil, nil, nil, err
	}
	return c, data, warnings, nil
}

func caseOpenError(name string, err error) error {
	key := "case.open_failed"
	if errors.Is(err, os.ErrNotExist) {
		key = "case.not_found"
	}
	e := evidence.Errorf(evidence.Location{File: name}, i18n.M(key, err.Error()), i18n.M("hint.case_init"))
	e.Err = err
	return e
}

// readLimited reads at most n bytes of a file opened read-only.
func readLimited(path string, n int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, n))
}

// Resolve turns a path from the case file into an absolute path, refusing
// any that leads outside the case folder (after following symbolic links):
// the bundle copies inputs by their path inside the folder, and a case file
// from someone else must not make the tool read arbitrary files.
func (w *Work) Resolve(path string) (string, error) {
	return resolveIn(w.CaseDir, path)
}

func resolveIn(dir, path string) (string, error) {
	p := filepath.FromSlash(strings.TrimSpace(path))
	if !filepath.IsAbs(p) {
		p = filepath.Join(dir, p)
	}
	p = filepath.Clean(p)
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		realDir = dir
	}
	realP, err := filepath.EvalSymlinks(p)
	if err != nil {
		// Missing files are reported by the reader; check the lexical path.
		realP = p
		realDir = dir
	}
	rel, err := filepath.Rel(realDir, realP)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", errOutside
	}
	return p, nil
}

var errOutside = errors.New("outside the case folder")

// readInputs ingests every input; all fatal problems are gathered so the
// user sees every missing or unreadable file at once.
func (w *Work) readInputs(opts Options) error {
	c := w.Case
	var fatal evidence.Problems
	lists := []struct {
		role  ingest.Kind
		key   string
		paths []string
	}{
		{ingest.KindTransactions, "inputs.transactions", c.Inputs.Transactions},
		{ingest.KindLogins, "inputs.logins", c.Inputs.Logins},
		{ingest.KindBills, "inputs.bills", c.Inputs.Bills},
	}
	if len(c.Inputs.Transactions) == 0 {
		fatal = append(fatal, evidence.Problem{Severity: evidence.Fatal, Where: c.At("inputs"),
			Msg: i18n.M("case.no_transactions"), Hint: i18n.M("hint.no_transactions")})
	}
	known := map[string]bool{}
	seen := map[string]string{} // sha256 → first path
	for _, l := range lists {
		for i, p := range l.paths {
			key := l.key + "[" + strconv.Itoa(i) + "]"
			name := filepath.ToSlash(strings.TrimSpace(p))
			known[name] = true
			abs, err := w.Resolve(p)
			if err != nil {
				fatal = append(fatal, evidence.Problem{Severity: evidence.Fatal, Where: c.At(key),
					Msg: i18n.M("case.path_outside", p), Hint: i18n.M("hint.path_outside")})
				continue
			}
			cols, colProblems := columnsFor(c, name, l.role)
			fatal = append(fatal, colProblems...)
			f, err := ingest.ReadFile(abs, ingest.Options{Name: name, Kind: l.role, Columns: cols, Now: opts.Now, Progress: opts.Progress})
			if err != nil {
				fatal = append(fatal, evidence.AsProblems(err)...)
				continue
			}
			if first, dup := seen[f.SHA256]; dup {
				w.Problems = append(w.Problems, evidence.Problem{Severity: evidence.Warning, Where: c.At(key),
					Msg: i18n.M("case.same_file_twice", name, first), Hint: i18n.M("hint.same_file_twice")})
				continue
			}
			seen[f.SHA256] = name
			w.Inputs = append(w.Inputs, Input{Path: name, Abs: abs, Role: l.role, File: f})
			w.Problems = append(w.Problems, f.Problems...)
		}
	}
	// A columns entry for a file the case does not list is a typo.
	var colFiles []string
	for name := range c.Columns {
		colFiles = append(colFiles, name)
	}
	sort.Strings(colFiles)
	for _, name := range colFiles {
		if !known[filepath.ToSlash(name)] {
			fatal = append(fatal, evidence.Problem{Severity: evidence.Fatal, Where: c.At("columns." + name),
				Msg: i18n.M("case.columns_unknown_file", name), Hint: i18n.M("hint.columns_unknown_file")})
		}
	}
	if len(fatal) > 0 {
		return fatal
	}
	return nil
}

// readAttachments reads every attachment; like the inputs, all the bad
// ones are reported at once.
func (w *Work) readAttachments() error {
	specs := make([]attach.Spec, len(w.Case.Attachments))
	for i, a := range w.Case.Attachments {
		where := w.Case.At("attachments[" + strconv.Itoa(i) + "].file")
		if where.Line == 0 {
			where = w.Case.At("attachments[" + strconv.Itoa(i) + "]")
		}
		specs[i] = attach.Spec{AttachmentSpec: a, Where: where}
	}
	files, problems := attach.Collect(specs, w.CaseDir, w.Resolve)
	w.Attachments = files
	var fatal evidence.Problems
	for _, p := range problems {
		if p.Severity == evidence.Warning {
			w.Problems = append(w.Problems, p)
		} else {
			fatal = append(fatal, p)
		}
	}
	if len(fatal) > 0 {
		return fatal
	}
	return nil
}

// columnsFor validates and converts the case's manual mapping for a file.
func columnsFor(c *evidence.Case, name string, role ingest.Kind) (map[ingest.Field]string, []evidence.Problem) {
	raw := c.ColumnsFor(name)
	if len(raw) == 0 {
		return nil, nil
	}
	out := map[ingest.Field]string{}
	var ps []evidence.Problem
	fields := ingest.Fields(role)
	for k, v := range raw {
		f := ingest.Field(k)
		ok := false
		for _, x := range fields {
			ok = ok || x == f
		}
		if !ok {
			names := make([]string, len(fields))
			for i, x := range fields {
				names[i] = string(x)
			}
			ps = append(ps, evidence.Problem{Severity: evidence.Fatal, Where: c.At("columns." + name + "." + k),
				Msg: i18n.M("case.columns_unknown_field", k, role, strings.Join(names, ", ")), Hint: i18n.M("hint.columns_field")})
			continue
		}
		out[f] = v
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Where.Line < ps[j].Where.Line })
	return out, ps
}

// inputProblems are the warnings about input files (not about the case
// file's own values), which --strict turns into errors.
func (w *Work) inputProblems() []evidence.Problem {
	var out []evidence.Problem
	for _, p := range w.Problems {
		if p.Where.File != w.CasePath {
			out = append(out, p)
		}
	}
	return out
}

// checkAccount compares the account JD printed in an export's preamble
// with the case's jd_account: a different one means a wrong file.
func (w *Work) checkAccount() {
	want := strings.TrimSpace(w.Case.Victim.JDAccount)
	if want == "" {
		return
	}
	for _, in := range w.Inputs {
		for _, t := range in.File.Tables {
			if got := t.Preamble.Account; got != "" && got != want && !strings.Contains(got, "*") {
				w.Problems = append(w.Problems, evidence.Problem{Severity: evidence.Warning,
					Where: evidence.Location{File: in.Path}, Msg: i18n.M("case.account_mismatch", got, want), Hint: i18n.M("hint.account_mismatch")})
			}
		}
	}
}

// ReportID identifies the evidence: it is derived from the case file and
// every input's path and SHA-256, so the same evidence always gets the same
// ID and any change to it gives another. Format: BTE-XXXX-XXXX-XXXX-XXXX.
func (w *Work) ReportID() string {
	h := sha256.New()
	io.WriteString(h, "baitiao-evidence report v1\ncase "+w.CaseSHA256+"\n")
	for _, in := range w.Inputs {
		io.WriteString(h, "input "+in.Role.Code()+" "+in.Path+" "+in.File.SHA256+"\n")
	}
	for _, in := range w.Reviews {
		io.WriteString(h, "review "+in.Path+" "+in.File.SHA256+"\n")
	}
	for _, a := range w.Attachments {
		io.WriteString(h, "attachment "+a.Path+" "+a.SHA256+"\n")
	}
	sum := strings.ToUpper(hex.EncodeToString(h.Sum(nil)))
	return "BTE-" + sum[0:4] + "-" + sum[4:8] + "-" + sum[8:12] + "-" + sum[12:16]
}

// readReview reads a review sheet named by a review: selector. The sheet is
// kept as an input of the case (the bundle copies it): it is the holder's
// own marking of the rows.
func (w *Work) readReview(path string) ([]*evidence.Transaction, []evidence.Problem, error) {
	name := filepath.ToSlash(strings.TrimSpace(path))
	abs, err := w.Resolve(path)
	if err != nil {
		return nil, nil, evidence.Errorf(evidence.Location{File: name}, i18n.M("case.path_outside", path), i18n.M("hint.path_outside"))
	}
	data, err := readLimited(abs, 256<<20)
	if err != nil {
		return nil, nil, openError(name, err)
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	seen := false
	for _, r := range w.Reviews {
		seen = seen || r.Path == name
	}
	if !seen {
		w.Reviews = append(w.Reviews, Input{Path: name, Abs: abs, File: &ingest.File{Name: name, Size: int64(len(data)), SHA256: hash, Format: ingest.FormatXLSX}})
	}
	return review.Read(name, data, w.Transactions)
}

func openError(name string, err error) error {
	key := "ingest.open_failed"
	if errors.Is(err, os.ErrNotExist) {
		key = "ingest.not_found"
	}
	e := evidence.Errorf(evidence.Location{File: name}, i18n.M(key, err.Error()), i18n.M("hint.input_file"))
	e.Err = err
	return e
}

// claimProblems reports what the reconciliation could not tie together:
// bill lines for no known purchase, disputed purchases without a bill
// line, and links made by amount and date only.
func (w *Work) claimProblems() []evidence.Problem {
	var ps []evidence.Problem
	for _, b := range w.Claims.Unlinked {
		ps = append(ps, evidence.Problem{Severity: evidence.Warning, Where: b.Sources[0].Location(),
			Msg: i18n.M("bill.unlinked", b.Order, b.Description), Hint: i18n.M("hint.bill_unlinked")})
	}
	for _, t := range w.Claims.NoBills {
		ps = append(ps, evidence.Problem{Severity: evidence.Warning, Where: t.Source().Location(),
			Msg: i18n.M("bill.no_lines", t.Order()), Hint: i18n.M("hint.bill_no_lines")})
	}
	for _, l := range w.Claims.Weak {
		ps = append(ps, evidence.Problem{Severity: evidence.Warning, Where: l.Line.Sources[0].Location(),
			Msg: i18n.M("bill.weak_link", l.Tx.Source().Ref(), l.Tx.Order()), Hint: i18n.M("hint.bill_weak_link")})
	}
	return ps
}
