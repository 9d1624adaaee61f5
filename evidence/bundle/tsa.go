package bundle

import (
	"bytes"
	"crypto"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"time"

	"github.com/digitorus/timestamp"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// Stamp is an RFC 3161 time-stamp over manifest.json.
type Stamp struct {
	URL     string
	Time    time.Time
	Request []byte // manifest.tsq
	Token   []byte // manifest.tsr (the full response)
	Signer  string // the TSA certificate's subject, when included
}

// stamp asks the TSA at url for a time-stamp over the manifest's SHA-256,
// and accepts the answer only if it is granted, signed, over that hash,
// with our nonce.
func stamp(url string, client *http.Client, manifest []byte) (*Stamp, error) {
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	sum := sha256.Sum256(manifest)
	nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 64))
	if err != nil {
		return nil, err
	}
	req := &timestamp.Request{HashAlgorithm: crypto.SHA256, HashedMessage: sum[:], Certificates: true, Nonce: nonce}
	der, err := req.Marshal()
	if err != nil {
		return nil, err
	}
	fail := func(reason string) error {
		return evidence.Errorf(evidence.Location{File: url}, i18n.M("tsa.failed", reason), i18n.M("hint.tsa"))
	}
	resp, err := client.Post(url, "application/timestamp-query", bytes.NewReader(der))
	if err != nil {
		return nil, fail(err.Error())
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, fail(err.Error())
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fail(fmt.Sprintf("HTTP %d", resp.StatusCode))
	}
	ts, err := timestamp.ParseResponse(body)
	if err != nil {
		return nil, fail(err.Error())
	}
	if err := checkToken(ts, sum[:]); err != nil {
		return nil, fail(err.Error())
	}
	if ts.Nonce == nil || ts.Nonce.Cmp(nonce) != 0 {
		return nil, fail("the nonce in the answer is not ours")
	}
	st := &Stamp{URL: url, Time: ts.Time, Request: der, Token: body}
	if len(ts.Certificates) > 0 {
		st.Signer = ts.Certificates[0].Subject.String()
	}
	return st, nil
}

// checkToken checks that a parsed token is over sum with SHA-256 and was
// signed by a certificate it carries (timestamp.Parse verifies the
// signature whenever certificates are present).
func checkToken(ts *timestamp.Timestamp, sum []byte) error {
	if ts.HashAlgorithm != crypto.SHA256 {
		return fmt.Errorf("the token uses %v, not SHA-256", ts.HashAlgorithm)
	}
	if !bytes.Equal(ts.HashedMessage, sum) {
		return fmt.Errorf("the token is over another file")
	}
	if len(ts.Certificates) == 0 {
		return fmt.Errorf("the token carries no certificate to check its signature with")
	}
	return nil
}

// OpenSSLCommand is the command a third party runs to check the token
// against the TSA's certificate chain.
func OpenSSLCommand() string {
	return "openssl ts -verify -in " + TSRName + " -queryfile " + TSQName + " -CAfile TSA-CA.pem"
}
