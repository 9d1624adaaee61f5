package bundle

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/digitorus/timestamp"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc/pdfcheck"
)

// Limits for reading a bundle zip someone sent: a real bundle is far
// smaller; a hostile one must not exhaust the machine.
const (
	maxZipEntries   = 10000
	maxEntryBytes   = 1 << 30
	maxZipTotal     = 4 << 30
	maxManifestSize = 16 << 20
)

// FileCheck is the state of one file.
type FileCheck struct {
	Path     string `json:"path"`
	Status   string `json:"status"` // ok, missing, altered, unlisted, not-included
	Expected string `json:"expected,omitempty"`
	Actual   string `json:"actual,omitempty"`
}

// Check is a check beyond file hashes.
type Check struct {
	Name   string       `json:"name"` // sums, report-id, timestamp
	OK     bool         `json:"ok"`
	Detail i18n.Message `json:"-"`
	Text   string       `json:"detail"`
}

// Verification is what Verify found.
type Verification struct {
	Path      string      `json:"path"`
	OK        bool        `json:"ok"`
	ReportID  string      `json:"report_id"`
	Generated string      `json:"generated_at"`
	Files     []FileCheck `json:"files"`
	Checks    []Check     `json:"checks"`
	Stamp     *StampInfo  `json:"timestamp,omitempty"`
}

// StampInfo describes a bundle's time-stamp.
type StampInfo struct {
	Time   string `json:"time"`
	Signer string `json:"signer,omitempty"`
	OK     bool   `json:"ok"`
}

// Verify checks the bundle folder or zip at p: every file against the
// manifest's SHA-256, every file of the folder listed, SHA256SUMS in
// agreement, the report and letters quoting the manifest's report ID, and
// the time-stamp (if any) over the manifest. A bundle that cannot be read
// at all is an error; one that does not match is a Verification with OK
// false.
func Verify(p string) (*Verification, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, evidence.Errorf(evidence.Location{File: p}, i18n.M("verify.open_failed", err.Error()), i18n.M("hint.verify_path"))
	}
	var fsys fs.FS
	if st.IsDir() {
		fsys = os.DirFS(p)
	} else {
		z, err := openZip(p)
		if err != nil {
			return nil, err
		}
		fsys = z
	}
	return verifyFS(p, fsys)
}

func verifyFS(name string, fsys fs.FS) (*Verification, error) {
	v := &Verification{Path: name, OK: true}
	raw, err := readLimit(fsys, ManifestName, maxManifestSize)
	if err != nil {
		return nil, evidence.Errorf(evidence.Location{File: name}, i18n.M("verify.no_manifest", err.Error()), i18n.M("hint.verify_path"))
	}
	var m Manifest
	if err := json.Unmarshal(raw, &m); err != nil || m.Format != FormatV1 {
		reason := "format"
		if err != nil {
			reason = err.Error()
		}
		return nil, evidence.Errorf(evidence.Location{File: name}, i18n.M("verify.bad_manifest", reason), i18n.M("hint.verify_path"))
	}
	v.ReportID, v.Generated = m.ReportID, m.GeneratedAt
	// Every file in the folder.
	present := map[string]bool{}
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			present[p] = true
		}
		return nil
	})
	if err != nil {
		return nil, evidence.Errorf(evidence.Location{File: name}, i18n.M("verify.open_failed", err.Error()), i18n.M("hint.verify_path"))
	}
	listed := map[string]bool{ManifestName: true, SumsName: true, TSQName: true, TSRName: true}
	actual := map[string]string{}
	hash := func(p string) (string, error) {
		if s, ok := actual[p]; ok {
			return s, nil
		}
		f, err := fsys.Open(p)
		if err != nil {
			return "", err
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, io.LimitReader(f, maxEntryBytes+1)); err != nil {
			return "", err
		}
		s := hex.EncodeToString(h.Sum(nil))
		actual[p] = s
		return s, nil
	}
	for _, f := range m.Files {
		if !validName(f.Path) {
			v.fail(FileCheck{Path: f.Path, Status: "unlisted"})
			continue
		}
		listed[f.Path] = true
		if !f.Included {
			v.Files = append(v.Files, FileCheck{Path: f.Path, Status: "not-included", Expected: f.SHA256})
			continue
		}
		if !present[f.Path] {
			v.fail(FileCheck{Path: f.Path, Status: "missing", Expected: f.SHA256})
			continue
		}
		got, err := hash(f.Path)
		if err != nil || got != f.SHA256 {
			v.fail(FileCheck{Path: f.Path, Status: "altered", Expected: f.SHA256, Actual: got})
			continue
		}
		v.Files = append(v.Files, FileCheck{Path: f.Path, Status: "ok", Expected: f.SHA256})
	}
	var unlisted []string
	for p := range present {
		if !listed[p] {
			unlisted = append(unlisted, p)
		}
	}
	sort.Strings(unlisted)
	for _, p := range unlisted {
		got, _ := hash(p)
		v.fail(FileCheck{Path: p, Status: "unlisted", Actual: got})
	}
	v.checkSums(fsys, present, hash)
	v.checkReportID(fsys, m)
	v.checkStamp(fsys, present, raw)
	return v, nil
}

func (v *Verification) fail(fc FileCheck) {
	v.OK = false
	v.Files = append(v.Files, fc)
}

func (v *Verification) check(c Check) {
	if !c.OK {
		v.OK = false
	}
	v.Checks = append(v.Checks, c)
}

// checkSums checks SHA256SUMS against the files: every line must match,
// and every file but SHA256SUMS itself must have a line.
func (v *Verification) checkSums(fsys fs.FS, present map[string]bool, hash func(string) (string, error)) {
	data, err := readLimit(fsys, SumsName, maxManifestSize)
	if err != nil {
		v.check(Check{Name: "sums", Detail: i18n.M("verify.sums_missing")})
		return
	}
	seen := map[string]bool{}
	var bad []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		sum, file, ok := strings.Cut(sc.Text(), "  ")
		if !ok || !validName(file) {
			bad = append(bad, sc.Text())
			continue
		}
		seen[file] = true
		if got, err := hash(file); err != nil || got != sum {
			bad = append(bad, file)
		}
	}
	for p := range present {
		if p != SumsName && !seen[p] {
			bad = append(bad, p)
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		v.check(Check{Name: "sums", Detail: i18n.M("verify.sums_bad", strings.Join(bad, ", "))})
		return
	}
	v.check(Check{Name: "sums", OK: true, Detail: i18n.M("verify.sums_ok", len(seen))})
}

// checkReportID checks that the report and every letter quote the
// manifest's report ID: a letter from other evidence would not.
func (v *Verification) checkReportID(fsys fs.FS, m Manifest) {
	var wrong []string
	n := 0
	for _, f := range m.Files {
		if !f.Included || (f.Role != "report" && !strings.HasPrefix(f.Role, "letter-")) {
			continue
		}
		n++
		data, err := readLimit(fsys, f.Path, maxEntryBytes)
		if err != nil {
			wrong = append(wrong, f.Path)
			continue
		}
		text := string(data)
		if strings.HasSuffix(f.Path, ".pdf") {
			if text, err = pdfcheck.Text(data); err != nil {
				wrong = append(wrong, f.Path)
				continue
			}
		}
		if !strings.Contains(text, m.ReportID) {
			wrong = append(wrong, f.Path)
		}
	}
	if len(wrong) > 0 {
		v.check(Check{Name: "report-id", Detail: i18n.M("verify.id_bad", m.ReportID, strings.Join(wrong, ", "))})
		return
	}
	v.check(Check{Name: "report-id", OK: true, Detail: i18n.M("verify.id_ok", n, m.ReportID)})
}

// checkStamp checks manifest.tsr, when present, against manifest.json.
func (v *Verification) checkStamp(fsys fs.FS, present map[string]bool, manifest []byte) {
	if !present[TSRName] {
		return
	}
	data, err := readLimit(fsys, TSRName, 1<<20)
	if err != nil {
		v.check(Check{Name: "timestamp", Detail: i18n.M("verify.tsa_bad", err.Error())})
		return
	}
	ts, err := timestamp.ParseResponse(data)
	if err == nil {
		sum := sha256.Sum256(manifest)
		err = checkToken(ts, sum[:])
	}
	if err != nil {
		v.Stamp = &StampInfo{}
		v.check(Check{Name: "timestamp", Detail: i18n.M("verify.tsa_bad", err.Error())})
		return
	}
	info := &StampInfo{Time: ts.Time.In(evidence.ChinaZone()).Format(time.RFC3339), OK: true}
	if len(ts.Certificates) > 0 {
		info.Signer = ts.Certificates[0].Subject.String()
	}
	v.Stamp = info
	v.check(Check{Name: "timestamp", OK: true, Detail: i18n.M("verify.tsa_ok", info.Time, info.Signer)})
}

// validName accepts only plain relative paths inside the bundle.
func validName(p string) bool {
	return p != "" && !strings.Contains(p, `\`) && !path.IsAbs(p) && path.Clean(p) == p && p != ".." && !strings.HasPrefix(p, "../") && fs.ValidPath(p)
}

func readLimit(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes", name, limit)
	}
	return data, nil
}

// openZip opens a bundle zip safely: entries must be plain relative paths
// (no "..", no absolute paths, no backslashes, no duplicates), within size
// limits; a single top folder (as bundle --zip writes) is stripped.
func openZip(p string) (fs.FS, error) {
	bad := func(reason string) error {
		return evidence.Errorf(evidence.Location{File: p}, i18n.M("verify.bad_zip", reason), i18n.M("hint.verify_path"))
	}
	zr, err := zip.OpenReader(p)
	if err != nil {
		return nil, bad(err.Error())
	}
	if len(zr.File) > maxZipEntries {
		return nil, bad(fmt.Sprintf("more than %d entries", maxZipEntries))
	}
	var total uint64
	seen := map[string]bool{}
	top := ""
	for i, f := range zr.File {
		name := f.Name
		if strings.HasSuffix(name, "/") {
			name = strings.TrimSuffix(name, "/")
			if !validName(name) {
				return nil, bad(fmt.Sprintf("unsafe entry %q", f.Name))
			}
			continue
		}
		if !validName(name) {
			return nil, bad(fmt.Sprintf("unsafe entry %q", f.Name))
		}
		if seen[name] {
			return nil, bad(fmt.Sprintf("entry %q appears twice", f.Name))
		}
		seen[name] = true
		if f.UncompressedSize64 > maxEntryBytes {
			return nil, bad(fmt.Sprintf("entry %q is larger than %d bytes", f.Name, maxEntryBytes))
		}
		total += f.UncompressedSize64
		if total > maxZipTotal {
			return nil, bad(fmt.Sprintf("larger than %d bytes unpacked", uint64(maxZipTotal)))
		}
		first, _, _ := strings.Cut(name, "/")
		if i == 0 || top == first {
			top = first
		} else {
			top = ""
		}
		if !strings.Contains(name, "/") {
			top = ""
		}
	}
	var fsys fs.FS = zr
	if top != "" {
		sub, err := fs.Sub(zr, top)
		if err != nil {
			return nil, bad(err.Error())
		}
		fsys = sub
	}
	return fsys, nil
}

// ErrNotVerified is what the command line returns when a bundle does not
// match.
var ErrNotVerified = errors.New("bundle does not verify")
