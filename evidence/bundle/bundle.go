// Package bundle seals a case into an evidence bundle: the report, the
// letters, the disputed table, a timeline, byte-exact copies of every input,
// a manifest with every file's SHA-256, SHA256SUMS for coreutils, and
// optionally an RFC 3161 time-stamp over the manifest. The bundle is built
// in a temporary folder beside its destination and renamed into place only
// when complete. Verify checks a bundle, or its zip, file by file.
package bundle

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/letter"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/report"
	"github.com/baitiao-evidence/baitiao-evidence/templates"
)

// Options control a bundle.
type Options struct {
	Lang        i18n.Lang
	Now         time.Time
	Templates   templates.Set
	Main        *fonts.Face
	Fallbacks   func() []*fonts.Face
	ToolVersion string
	Redact      bool   // mask ID and phone everywhere; leave the inputs out
	Force       bool   // replace an existing bundle, once the new one is complete
	Zip         bool   // also write OUT.zip
	TSA         string // RFC 3161 time-stamp authority URL; "" for none
	HTTPClient  *http.Client
	// LetterFooter renders a letter's footer phrases (the command line
	// owns those words).
	LetterFooterTime string
	LetterFooterPage func(page, pages int) string
	// Progress hears of the report's pages and of each file written.
	Progress evidence.Progress
	// BeforeRename is called once the bundle is complete, just before it
	// is renamed into place (tests use it to kill the process there).
	BeforeRename func()
}

// Result describes a written bundle.
type Result struct {
	Out      string
	Zip      string
	Manifest Manifest
	Pages    int
	Stamp    *Stamp // the time-stamp, when asked for
	Warnings []evidence.Problem
}

// Write builds the bundle of w at out.
func Write(out string, w *casework.Work, opts Options) (*Result, error) {
	out = filepath.Clean(out)
	if _, err := os.Lstat(out); err == nil && !opts.Force {
		return nil, evidence.Errorf(evidence.Location{File: out}, i18n.M("bundle.exists"), i18n.M("hint.bundle_exists"))
	}
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o700); err != nil {
		return nil, writeErr(parent, err)
	}
	recoverInterrupted(out)
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".tmp-")
	if err != nil {
		return nil, writeErr(parent, err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o700); err != nil {
		return nil, writeErr(tmp, err)
	}
	b := &builder{dir: tmp, w: w, opts: opts, mask: masker(w.Case, opts.Redact), plain: map[string]string{}}
	res, err := b.build()
	if err != nil {
		return nil, err
	}
	if err := syncDir(tmp); err != nil {
		return nil, writeErr(tmp, err)
	}
	if opts.BeforeRename != nil {
		opts.BeforeRename()
	}
	if err := replace(tmp, out); err != nil {
		return nil, err
	}
	done = true
	res.Out = out
	if opts.Zip {
		z := out + ".zip"
		if err := writeZip(out, z, opts.Now); err != nil {
			return res, err
		}
		res.Zip = z
	}
	return res, nil
}

// recoverInterrupted tidies up after a run that was killed: temporary
// folders of an unfinished bundle are removed, and if a --force run was
// killed between moving the old bundle aside and putting the new one in
// place, the old one is put back.
func recoverInterrupted(out string) {
	dir, base := filepath.Dir(out), filepath.Base(out)
	entries, _ := os.ReadDir(dir)
	var olds []string
	for _, e := range entries {
		switch n := e.Name(); {
		case strings.HasPrefix(n, "."+base+".tmp-"):
			os.RemoveAll(filepath.Join(dir, n))
		case strings.HasPrefix(n, "."+base+".old-"):
			olds = append(olds, filepath.Join(dir, n))
		}
	}
	if _, err := os.Lstat(out); err != nil && len(olds) == 1 {
		os.Rename(olds[0], out)
	}
}

// replace renames the finished bundle into place. An existing bundle
// (--force) is moved aside first and removed only once the new one is in
// place; if that fails, it is put back.
func replace(tmp, out string) error {
	if _, err := os.Lstat(out); err != nil {
		if err := os.Rename(tmp, out); err != nil {
			return writeErr(out, err)
		}
		return nil
	}
	old, err := os.MkdirTemp(filepath.Dir(out), "."+filepath.Base(out)+".old-")
	if err != nil {
		return writeErr(out, err)
	}
	os.Remove(old)
	if err := os.Rename(out, old); err != nil {
		return writeErr(out, err)
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Rename(old, out)
		return writeErr(out, err)
	}
	return os.RemoveAll(old)
}

func writeErr(p string, err error) error {
	e := evidence.Errorf(evidence.Location{File: p}, i18n.M("write.failed", err.Error()), i18n.M("hint.write_failed"))
	e.Err = err
	return e
}

// masker returns what --redact does to text: the victim's full ID number
// and phone become their masked forms wherever they appear.
func masker(c *evidence.Case, redact bool) func(string) string {
	if !redact {
		return func(s string) string { return s }
	}
	var pairs []string
	if id := strings.TrimSpace(c.Victim.IDNumber); id != "" {
		pairs = append(pairs, id, evidence.MaskID(id))
		if up := strings.ToUpper(id); up != id {
			pairs = append(pairs, up, evidence.MaskID(up))
		}
	}
	if p := strings.TrimSpace(c.Victim.Phone); p != "" {
		pairs = append(pairs, p, evidence.MaskPhone(p))
	}
	r := strings.NewReplacer(pairs...)
	return r.Replace
}

type builder struct {
	dir   string
	w     *casework.Work
	opts  Options
	mask  func(string) string
	mu    sync.Mutex // guards files: parts of the bundle are written side by side
	files []File
	plain map[string]string // files outside the manifest → their SHA-256
	warns []evidence.Problem
}

// put writes a file of the bundle (0600) and records it.
func (b *builder) put(name, role string, data []byte) error {
	return b.putStream(name, role, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// putStream writes a file of the bundle (0600) as write produces it and
// records it. A large table or timeline goes to disk as it is made instead
// of being held whole in memory.
func (b *builder) putStream(name, role string, write func(io.Writer) error) error {
	f, err := b.writeHashed(name, write)
	if err != nil {
		return err
	}
	f.Role = role
	b.addFile(f)
	return nil
}

// writeHashed creates a new file of the bundle (0600; it must not exist
// yet), fills it through write, hashing and counting on the way, and syncs
// it. Errors are explained with the file's path.
func (b *builder) writeHashed(name string, write func(io.Writer) error) (File, error) {
	p := filepath.Join(b.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return File{}, writeErr(p, err)
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return File{}, writeErr(p, err)
	}
	h := sha256.New()
	counter := &countingWriter{}
	buf := bufio.NewWriterSize(io.MultiWriter(f, h, counter), 1<<20)
	err = write(buf)
	if err == nil {
		err = buf.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	var explained *evidence.Error
	if errors.As(err, &explained) {
		return File{}, err
	}
	if err != nil {
		return File{}, writeErr(p, err)
	}
	return File{Path: name, SHA256: hex.EncodeToString(h.Sum(nil)), Bytes: counter.n, Included: true}, nil
}

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

func (b *builder) addFile(f File) {
	b.mu.Lock()
	b.files = append(b.files, f)
	b.mu.Unlock()
}

func (b *builder) build() (*Result, error) {
	w, o := b.w, b.opts
	res := &Result{}
	id := w.ReportID()

	// The documents, the tables and the copies do not depend on each other:
	// they are made side by side. The report comes before the letters,
	// which cite its hash; the fonts are used by that one goroutine only.
	parts := []struct {
		name string
		make func() error
	}{
		{"report.pdf, letter-*", func() error { return b.documents(res, id) }},
		{"disputed.xlsx", func() error {
			return b.putStream("disputed.xlsx", "disputed-table", func(out io.Writer) error {
				return disputedXLSX(out, w, o.Lang, o.Now, b.mask)
			})
		}},
		{"timeline.jsonl", func() error {
			return b.putStream("timeline.jsonl", "timeline", func(out io.Writer) error {
				return timelineJSONL(out, w, b.mask)
			})
		}},
		{"inputs/", b.copyInputs},
	}
	errs := make([]error, len(parts))
	running := make([]bool, len(parts))
	for i := range running {
		running[i] = true // all of them before any starts: finished reads them all
	}
	var progressMu sync.Mutex
	// Progress names the parts still being made each time one is done:
	// the report's own pages are reported as it goes.
	finished := func(i int) {
		progressMu.Lock()
		defer progressMu.Unlock()
		running[i] = false
		var names []string
		for j, r := range running {
			if r {
				names = append(names, parts[j].name)
			}
		}
		if len(names) > 0 {
			o.Progress.Report(evidence.Step{What: evidence.StepWrite, Name: strings.Join(names, ", ")})
		}
	}
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = part.make()
			finished(i)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}

	m := b.manifest(id)
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	data = append(data, '\n')
	if err := b.writePlain(ManifestName, data); err != nil {
		return nil, err
	}
	res.Manifest = m
	if o.TSA != "" {
		st, err := stamp(o.TSA, o.HTTPClient, data)
		if err != nil {
			return nil, err
		}
		if err := b.writePlain(TSQName, st.Request); err != nil {
			return nil, err
		}
		if err := b.writePlain(TSRName, st.Token); err != nil {
			return nil, err
		}
		res.Stamp = st
	}
	if err := b.writeSums(); err != nil {
		return nil, err
	}
	res.Warnings = b.warns
	return res, nil
}

// documents writes the report, then every letter citing the report's
// hash.
func (b *builder) documents(res *Result, id string) error {
	w, o := b.w, b.opts
	var rep bytes.Buffer
	info, err := report.Write(&rep, w, report.Options{Lang: o.Lang, Now: o.Now, Templates: o.Templates, Main: o.Main,
		Fallbacks: o.Fallbacks, Redact: o.Redact, Progress: o.Progress})
	if err != nil {
		return err
	}
	res.Pages = info.Pages
	if err := b.put("report.pdf", "report", rep.Bytes()); err != nil {
		return err
	}
	repSum := sha256.Sum256(rep.Bytes())
	if w.Figures.Count == 0 {
		b.warns = append(b.warns, evidence.Problem{Severity: evidence.Warning, Where: evidence.Location{File: w.CasePath},
			Msg: i18n.M("bundle.no_letters"), Hint: i18n.M("hint.no_disputes")})
		return nil
	}
	lo := letter.Options{Lang: o.Lang, Now: o.Now, Templates: o.Templates, AllowBlanks: true, Redact: o.Redact,
		ReportID: id, ReportSHA256: hex.EncodeToString(repSum[:])}
	for _, kind := range letter.Kinds {
		if m := letter.Check(kind, w); m != nil {
			var names []any
			for _, f := range m.Fields {
				names = append(names, f)
			}
			b.warns = append(b.warns, evidence.Problem{Severity: evidence.Warning, Where: evidence.Location{File: w.CasePath},
				Msg: i18n.M("bundle.letter_blanks", "letter-"+kind, i18n.List(names)), Hint: i18n.M("hint.letter_blanks", kind)})
		}
		markup, err := letter.Markup(kind, w, lo)
		if err != nil {
			return err
		}
		title := strings.TrimPrefix(strings.SplitN(markup, "\n", 2)[0], "# ")
		pdf, _, err := letter.PDF(markup, letter.PDFOptions{Options: lo, Main: o.Main, Fallbacks: o.Fallbacks, Title: title,
			FooterTime: o.LetterFooterTime, FooterPage: o.LetterFooterPage})
		if err != nil {
			return err
		}
		if err := b.put("letter-"+kind+".pdf", "letter-"+kind, pdf); err != nil {
			return err
		}
		if err := b.put("letter-"+kind+".txt", "letter-"+kind, []byte(letter.Text(markup))); err != nil {
			return err
		}
	}
	return nil
}

// writePlain writes a file the manifest does not list.
func (b *builder) writePlain(name string, data []byte) error {
	p := filepath.Join(b.dir, name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		return writeErr(p, err)
	}
	sum := sha256.Sum256(data)
	b.plain[name] = hex.EncodeToString(sum[:])
	return nil
}

// copyInputs copies the case file and every input byte for byte, checking
// each copy against the hash taken when it was read: a file that changed
// meanwhile stops the bundle. A redacted bundle lists them without copies.
func (b *builder) copyInputs() error {
	type src struct{ folder, rel, abs, role, sum, kind, caption string }
	srcs := []src{{"inputs/", filepath.Base(b.w.CasePath), b.w.CasePath, "case", b.w.CaseSHA256, "", ""}}
	for _, in := range b.w.Inputs {
		srcs = append(srcs, src{"inputs/", in.Path, in.Abs, "input", in.File.SHA256, "", ""})
	}
	for _, in := range b.w.Reviews {
		srcs = append(srcs, src{"inputs/", in.Path, in.Abs, "review", in.File.SHA256, "", ""})
	}
	// Attachments may show the ID and phone numbers unmasked, so a
	// redacted bundle leaves them out like the inputs.
	for _, a := range b.w.Attachments {
		srcs = append(srcs, src{"attachments/", a.Path, a.Abs, "attachment", a.SHA256, a.Kind, a.Caption})
	}
	for _, s := range srcs {
		rel := path.Clean(filepath.ToSlash(s.rel))
		if rel == ".." || strings.HasPrefix(rel, "../") || path.IsAbs(rel) {
			return fmt.Errorf("input path %q leaves the case folder", s.rel)
		}
		name := s.folder + rel
		if b.opts.Redact {
			st, err := os.Stat(s.abs)
			if err != nil {
				return writeErr(s.abs, err)
			}
			b.addFile(File{Path: name, Role: s.role, SHA256: s.sum, Bytes: st.Size(), Included: false, Source: rel, Kind: s.kind, Caption: s.caption})
			continue
		}
		f, err := b.copyFile(s.abs, name)
		if err != nil {
			return err
		}
		if f.SHA256 != s.sum {
			return evidence.Errorf(evidence.Location{File: s.rel}, i18n.M("bundle.input_changed"), i18n.M("hint.input_changed"))
		}
		f.Role, f.Source, f.Kind, f.Caption = s.role, rel, s.kind, s.caption
		b.addFile(f)
	}
	return nil
}

// copyFile copies a file opened read-only, hashing while it copies.
func (b *builder) copyFile(from, name string) (File, error) {
	in, err := os.Open(from)
	if err != nil {
		return File{}, writeErr(from, err)
	}
	defer in.Close()
	return b.writeHashed(name, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

func (b *builder) manifest(id string) Manifest {
	w, c := b.w, b.w.Case
	m := Manifest{
		Format: FormatV1, Tool: Tool{Name: "baitiao-evidence", Version: b.opts.ToolVersion}, ReportID: id,
		GeneratedAt: b.opts.Now.Format(time.RFC3339), Lang: string(b.opts.Lang), Redacted: b.opts.Redact,
		Case: Summary{Victim: c.Victim.Name, JDAccount: c.Victim.JDAccount, DiscoveredAt: c.DiscoveredAt.String(), Cause: string(c.Cause),
			Transactions: len(w.Transactions), Logins: len(w.Logins), Bills: len(w.Bills)},
		Disputed: Disputed{Count: w.Figures.Count, TotalFen: int64(w.Figures.Total), BaitiaoTotalFen: int64(w.Figures.Baitiao), Orders: []string{}},
		Warnings: []string{},
	}
	for _, t := range w.Disputes.Disputed {
		m.Disputed.Orders = append(m.Disputed.Orders, t.Order())
	}
	if cl := w.Claims; cl.HasBills {
		t := cl.Total
		m.Claimed = &Claimed{PrincipalFen: int64(t.Principal), FeeFen: int64(t.Fee), PenaltyFen: int64(t.Penalty), DueFen: int64(t.Due),
			PaidFen: int64(t.Paid), OutstandingFen: int64(t.Outstanding), Orders: len(cl.Orders), NoBills: len(cl.NoBills), UnlinkedLines: len(cl.Unlinked)}
	}
	for _, p := range append(append([]evidence.Problem(nil), w.Problems...), b.warns...) {
		m.Warnings = append(m.Warnings, b.mask(p.Localize(b.opts.Lang)))
	}
	files := append([]File(nil), b.files...)
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	m.Files = files
	return m
}

// writeSums writes SHA256SUMS over every file of the folder but itself, in
// the format `sha256sum -c` reads, from the hashes taken as each file was
// written.
func (b *builder) writeSums() error {
	sums := map[string]string{}
	for _, f := range b.files {
		if f.Included {
			sums[f.Path] = f.SHA256
		}
	}
	for name, sum := range b.plain {
		sums[name] = sum
	}
	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	for _, n := range names {
		fmt.Fprintf(&buf, "%s  %s\n", sums[n], n)
	}
	return b.writePlain(SumsName, buf.Bytes())
}

// syncDir flushes a folder and its subfolders to disk, so the rename
// publishes only complete files.
func syncDir(dir string) error {
	return filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
			return nil // some systems cannot sync folders; the files are synced
		}
		return nil
	})
}
