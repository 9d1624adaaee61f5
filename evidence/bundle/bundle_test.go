package bundle

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"io"
	"io/fs"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/digitorus/timestamp"
	"github.com/xuri/excelize/v2"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts/fontstest"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc/pdfcheck"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/synth"
	"github.com/baitiao-evidence/baitiao-evidence/templates"
)

var now = time.Date(2026, 11, 25, 10, 0, 0, 0, evidence.ChinaZone())

var testFont = sync.OnceValue(func() []byte { return fontstest.Build("Test CJK", fontstest.Latin, fontstest.CJK) })

// sampleCase copies the sample case into a new folder and loads it.
func sampleCase(t *testing.T) (*casework.Work, string) {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"case.yaml", "exports/jd.csv", "exports/logins.csv", "exports/baitiao-bill.csv"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", f))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o700)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	w, err := casework.Load(filepath.Join(dir, "case.yaml"), casework.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return w, dir
}

func options(t *testing.T) Options {
	f, err := fonts.Parse(testFont(), "test.ttf", 0)
	if err != nil {
		t.Fatal(err)
	}
	return Options{Lang: i18n.ZH, Now: now, Templates: templates.Embedded(), Main: f, ToolVersion: "test",
		LetterFooterTime: "t", LetterFooterPage: func(p, n int) string { return "p" }}
}

func TestBundleVerifies(t *testing.T) {
	w, dir := sampleCase(t)
	out := filepath.Join(t.TempDir(), "out")
	res, err := Write(out, w, options(t))
	if err != nil {
		t.Fatal(err)
	}
	m := res.Manifest
	if m.Disputed.Count != 3 || m.Disputed.TotalFen != 919880 || m.Disputed.BaitiaoTotalFen != 919880 || m.ReportID != w.ReportID() {
		t.Errorf("manifest %+v", m.Disputed)
	}
	roles := map[string]int{}
	for _, f := range m.Files {
		roles[f.Role]++
	}
	want := map[string]int{"report": 1, "letter-police": 2, "letter-jd": 2, "letter-credit": 2, "letter-regulator": 2, "letter-consumer": 2,
		"disputed-table": 1, "timeline": 1, "input": 3, "case": 1}
	for r, n := range want {
		if roles[r] != n {
			t.Errorf("role %s: %d files, want %d", r, roles[r], n)
		}
	}
	v, err := Verify(out)
	if err != nil || !v.OK {
		t.Fatalf("verify: %v %+v", err, v)
	}
	// Every PDF is valid and every workbook reopens.
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		data, _ := os.ReadFile(p)
		switch filepath.Ext(p) {
		case ".pdf":
			if err := pdfcheck.Validate(data); err != nil {
				t.Errorf("%s: %v", p, err)
			}
		case ".xlsx":
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Errorf("%s: %v", p, err)
			} else {
				f.Close()
			}
		}
		return nil
	})
	// The copies are the inputs, byte for byte.
	for _, f := range []string{"exports/jd.csv", "exports/logins.csv", "case.yaml"} {
		a, _ := os.ReadFile(filepath.Join(dir, f))
		b, _ := os.ReadFile(filepath.Join(out, "inputs", f))
		if !bytes.Equal(a, b) {
			t.Errorf("inputs/%s is not a byte-exact copy", f)
		}
	}
	// Private: files 0600, folders 0700.
	if runtime.GOOS != "windows" {
		filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
			st, _ := os.Stat(p)
			if want := map[bool]os.FileMode{true: 0o700, false: 0o600}[d.IsDir()]; st.Mode().Perm() != want {
				t.Errorf("%s: mode %o, want %o", p, st.Mode().Perm(), want)
			}
			return nil
		})
	}
	// No temporary folder is left beside it.
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("left beside the bundle: %v", entries)
	}
}

func TestVerifyNamesEveryChange(t *testing.T) {
	w, _ := sampleCase(t)
	out := filepath.Join(t.TempDir(), "out")
	if _, err := Write(out, w, options(t)); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(out, "inputs/exports/jd.csv"))
	data[100] ^= 1
	os.WriteFile(filepath.Join(out, "inputs/exports/jd.csv"), data, 0o600)
	os.Remove(filepath.Join(out, "letter-jd.txt"))
	os.WriteFile(filepath.Join(out, "note.txt"), []byte("added"), 0o600)
	v, err := Verify(out)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range v.Files {
		if f.Status != "ok" {
			got[f.Path] = f.Status
		}
	}
	if v.OK || got["inputs/exports/jd.csv"] != "altered" || got["letter-jd.txt"] != "missing" || got["note.txt"] != "unlisted" || len(got) != 3 {
		t.Errorf("ok %v, files %v", v.OK, got)
	}
}

// TestDeterministic: two bundles with the same time are byte-identical,
// zip included.
func TestDeterministic(t *testing.T) {
	w, _ := sampleCase(t)
	o := options(t)
	o.Zip = true
	var outs []string
	for i := 0; i < 2; i++ {
		out := filepath.Join(t.TempDir(), "out")
		if _, err := Write(out, w, o); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, out)
	}
	files := func(dir string) map[string][]byte {
		m := map[string][]byte{}
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if !d.IsDir() {
				rel, _ := filepath.Rel(dir, p)
				m[rel], _ = os.ReadFile(p)
			}
			return nil
		})
		return m
	}
	a, b := files(outs[0]), files(outs[1])
	if len(a) != len(b) || len(a) < 15 {
		t.Fatalf("%d and %d files", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
	za, _ := os.ReadFile(outs[0] + ".zip")
	zb, _ := os.ReadFile(outs[1] + ".zip")
	if len(za) == 0 || !bytes.Equal(za, zb) {
		t.Error("the zips differ")
	}
	if v, err := Verify(outs[0] + ".zip"); err != nil || !v.OK {
		t.Errorf("zip verify: %v %+v", err, v)
	}
}

func TestRedacted(t *testing.T) {
	w, _ := sampleCase(t)
	o := options(t)
	o.Redact = true
	out := filepath.Join(t.TempDir(), "out")
	res, err := Write(out, w, o)
	if err != nil {
		t.Fatal(err)
	}
	full := []string{"110101199001011237", "13800138000"}
	err = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		text := string(data)
		switch filepath.Ext(p) {
		case ".pdf":
			text, err = pdfcheck.Text(data)
		case ".xlsx":
			text = xlsxText(t, data)
		}
		for _, s := range full {
			if strings.Contains(text, s) {
				t.Errorf("%s holds %s", p, s)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "inputs")); err == nil {
		t.Error("a redacted bundle must leave the inputs out")
	}
	n := 0
	for _, f := range res.Manifest.Files {
		if f.Role == "input" || f.Role == "case" {
			n++
			if f.Included || f.SHA256 == "" {
				t.Errorf("input %+v", f)
			}
		}
	}
	if n != 4 {
		t.Errorf("%d inputs listed", n)
	}
	if v, err := Verify(out); err != nil || !v.OK {
		t.Errorf("verify redacted: %v %+v", err, v)
	}
	report, _ := os.ReadFile(filepath.Join(out, "report.pdf"))
	text, _ := pdfcheck.Text(report)
	if !strings.Contains(text, "110101********1237") {
		t.Error("the masked ID should be shown")
	}
}

func xlsxText(t *testing.T, data []byte) string {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, s := range f.GetSheetList() {
		rows, _ := f.GetRows(s)
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	return b.String()
}

func TestDisputedTable(t *testing.T) {
	w, _ := sampleCase(t)
	out := filepath.Join(t.TempDir(), "out")
	if _, err := Write(out, w, options(t)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(filepath.Join(out, "disputed.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, ",") != "争议交易,全部交易,登录记录" {
		t.Fatalf("sheets %v", got)
	}
	rows, _ := f.GetRows("争议交易", excelize.Options{RawCellValue: true})
	if len(rows) != 5 || rows[1][4] != "301122334457" || rows[4][10] != "9198.8" || !strings.HasPrefix(rows[4][0], "合计") {
		t.Errorf("rows %q", rows)
	}
	typ, _ := f.GetCellType("争议交易", "E2")
	if typ == excelize.CellTypeNumber {
		t.Error("order numbers must be text")
	}
	if typ, _ := f.GetCellType("争议交易", "I2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("amounts must be numbers, got %v", typ)
	}
	panes, _ := f.GetPanes("争议交易")
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header not frozen: %+v", panes)
	}
}

func TestFailureLeavesNothing(t *testing.T) {
	w, _ := sampleCase(t)
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	o := options(t)
	o.TSA = "http://127.0.0.1:1/unreachable"
	if _, err := Write(out, w, o); err == nil {
		t.Fatal("an unreachable TSA must fail the bundle")
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
	// An existing bundle is refused without --force, and survives.
	os.Mkdir(out, 0o700)
	os.WriteFile(filepath.Join(out, "keep"), []byte("old"), 0o600)
	if _, err := Write(out, w, options(t)); err == nil {
		t.Fatal("an existing OUT must be refused")
	}
	o = options(t)
	o.Force = true
	if _, err := Write(out, w, o); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "keep")); err == nil {
		t.Error("--force should replace the old bundle")
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// testTSA is an RFC 3161 time-stamp authority on 127.0.0.1 with a key made
// by the test.
func testTSA(t *testing.T) (*httptest.Server, []byte) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Test TSA Root"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour * 365),
		KeyUsage: x509.KeyUsageCertSign, BasicConstraintsValid: true, IsCA: true,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ := x509.ParseCertificate(caDER)
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	// RFC 3161 wants the time-stamping purpose as the only, critical,
	// extended key usage; OpenSSL checks it.
	eku, _ := asn1.Marshal([]asn1.ObjectIdentifier{{1, 3, 6, 1, 5, 5, 7, 3, 8}})
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "Test TSA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour * 365),
		KeyUsage:        x509.KeyUsageDigitalSignature,
		ExtraExtensions: []pkix.Extension{{Id: asn1.ObjectIdentifier{2, 5, 29, 37}, Critical: true, Value: eku}},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		req, err := timestamp.ParseRequest(body)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		ts := timestamp.Timestamp{HashAlgorithm: req.HashAlgorithm, HashedMessage: req.HashedMessage, Time: now.Add(5 * time.Second),
			Nonce: req.Nonce, Policy: asn1.ObjectIdentifier{1, 2, 3, 4}, AddTSACertificate: true, SerialNumber: big.NewInt(42)}
		resp, err := ts.CreateResponseWithOpts(cert, key, crypto.SHA256)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "application/timestamp-reply")
		w.Write(resp)
	}))
	t.Cleanup(srv.Close)
	return srv, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER})
}

func TestTimestampRoundTrip(t *testing.T) {
	srv, caPEM := testTSA(t)
	w, _ := sampleCase(t)
	o := options(t)
	o.TSA = srv.URL
	out := filepath.Join(t.TempDir(), "out")
	res, err := Write(out, w, o)
	if err != nil {
		t.Fatal(err)
	}
	if res.Stamp == nil || !res.Stamp.Time.Equal(now.Add(5*time.Second)) || !strings.Contains(res.Stamp.Signer, "Test TSA") {
		t.Fatalf("stamp %+v", res.Stamp)
	}
	v, err := Verify(out)
	if err != nil || !v.OK || v.Stamp == nil || !v.Stamp.OK {
		t.Fatalf("verify: %v %+v", err, v)
	}
	// The printed OpenSSL command checks it too, when OpenSSL is here.
	if _, err := exec.LookPath("openssl"); err == nil {
		os.WriteFile(filepath.Join(out, "..", "TSA-CA.pem"), caPEM, 0o600)
		cmd := exec.Command("sh", "-c", strings.Replace(OpenSSLCommand(), "TSA-CA.pem", "../TSA-CA.pem", 1))
		cmd.Dir = out
		if b, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(b), "OK") {
			t.Errorf("openssl: %v %s", err, b)
		}
	}
	// A token over another manifest is caught.
	m := filepath.Join(out, ManifestName)
	data, _ := os.ReadFile(m)
	os.WriteFile(m, bytes.Replace(data, []byte(`"lang": "zh"`), []byte(`"lang": "en"`), 1), 0o600)
	v, err = Verify(out)
	if err != nil || v.OK || v.Stamp == nil || v.Stamp.OK {
		t.Errorf("a token over another manifest must fail: %+v", v)
	}
}

func TestVerifyRejectsUnsafeZips(t *testing.T) {
	dir := t.TempDir()
	for name, entries := range map[string][]string{
		"traversal.zip": {"../evil.txt"},
		"absolute.zip":  {"/etc/passwd"},
		"backslash.zip": {`a\..\..\evil`},
	} {
		p := filepath.Join(dir, name)
		writeTestZip(t, p, entries)
		if _, err := Verify(p); err == nil || !strings.Contains(err.Error(), "压缩包不安全") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func writeTestZip(t *testing.T, p string, names []string) {
	var buf bytes.Buffer
	zw := newRawZip(&buf)
	for _, n := range names {
		zw.add(n, []byte("x"))
	}
	zw.close()
	os.WriteFile(p, buf.Bytes(), 0o600)
}

func TestSums(t *testing.T) {
	w, _ := sampleCase(t)
	out := filepath.Join(t.TempDir(), "out")
	if _, err := Write(out, w, options(t)); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(out, SumsName))
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	for _, l := range lines {
		sum, name, _ := strings.Cut(l, "  ")
		content, err := os.ReadFile(filepath.Join(out, name))
		got := sha256.Sum256(content)
		if err != nil || hex.EncodeToString(got[:]) != sum {
			t.Errorf("SHA256SUMS line %q", l)
		}
	}
	if _, err := exec.LookPath("sha256sum"); err == nil {
		cmd := exec.Command("sha256sum", "--quiet", "-c", SumsName)
		cmd.Dir = out
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("sha256sum -c: %v %s", err, b)
		}
	}
}

// BenchmarkBundle is the main job end to end on the scale of
// BenchmarkReport: load (ingest, analysis, disputes), report, letters,
// tables, copies and seal.
func BenchmarkBundle(b *testing.B) {
	dir := b.TempDir()
	if err := synth.WriteCase(dir, synth.CaseOptions{Options: synth.Options{Rows: 105_000, Seed: 3}, Logins: 100_000, Disputed: 5_000}); err != nil {
		b.Fatal(err)
	}
	f, err := fonts.Parse(testFont(), "test.ttf", 0)
	if err != nil {
		b.Fatal(err)
	}
	o := Options{Lang: i18n.ZH, Now: now, Templates: templates.Embedded(), Main: f, ToolVersion: "bench",
		LetterFooterTime: "t", LetterFooterPage: func(p, n int) string { return "p" }}
	for b.Loop() {
		w, err := casework.Load(filepath.Join(dir, "case.yaml"), casework.Options{Now: now})
		if err != nil {
			b.Fatal(err)
		}
		out := filepath.Join(b.TempDir(), "out")
		if _, err := Write(out, w, o); err != nil {
			b.Fatal(err)
		}
	}
}
