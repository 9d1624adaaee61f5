package bundle

// Manifest is manifest.json: what the bundle is and every file in it. Its
// shape is what verify and reviewers rely on (documented in README.md).
type Manifest struct {
	Format      string   `json:"format"`
	Tool        Tool     `json:"tool"`
	ReportID    string   `json:"report_id"`
	GeneratedAt string   `json:"generated_at"` // RFC 3339 with zone
	Lang        string   `json:"lang"`
	Redacted    bool     `json:"redacted"`
	Case        Summary  `json:"case"`
	Disputed    Disputed `json:"disputed"`
	Claimed     *Claimed `json:"claimed,omitempty"`
	Files       []File   `json:"files"`
	Warnings    []string `json:"warnings"`
}

// FormatV1 names this layout.
const FormatV1 = "baitiao-evidence bundle 1"

// Tool names the program that made the bundle.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Summary is the case in a few fields.
type Summary struct {
	Victim       string `json:"victim"`
	JDAccount    string `json:"jd_account,omitempty"`
	DiscoveredAt string `json:"discovered_at,omitempty"`
	Cause        string `json:"cause,omitempty"`
	Transactions int    `json:"transactions"`
	Logins       int    `json:"logins"`
	Bills        int    `json:"bills"`
}

// Disputed are the figures every output prints.
type Disputed struct {
	Count           int      `json:"count"`
	TotalFen        int64    `json:"total_fen"`
	BaitiaoTotalFen int64    `json:"baitiao_total_fen"`
	Orders          []string `json:"orders"`
}

// Claimed is what JD's bills claim for the disputed orders, beside the
// disputed figures (present when bills were given).
type Claimed struct {
	PrincipalFen   int64 `json:"principal_fen"`
	FeeFen         int64 `json:"fee_fen"`
	PenaltyFen     int64 `json:"penalty_fen"`
	DueFen         int64 `json:"due_fen"`
	PaidFen        int64 `json:"paid_fen"`
	OutstandingFen int64 `json:"outstanding_fen"`
	Orders         int   `json:"orders"`
	NoBills        int   `json:"orders_without_bills"`
	UnlinkedLines  int   `json:"unlinked_lines"`
}

// File is one file of the bundle. Included is false for a file listed by
// name, size and hash only (the inputs of a redacted bundle).
type File struct {
	Path     string `json:"path"`
	Role     string `json:"role"`
	SHA256   string `json:"sha256"`
	Bytes    int64  `json:"bytes"`
	Included bool   `json:"included"`
	Source   string `json:"source,omitempty"` // for copies: the path in the case folder
	Kind     string `json:"kind,omitempty"`   // attachments: login-screenshot, sms, …
	Caption  string `json:"caption,omitempty"`
}

// Files outside the manifest: the manifest itself, the checksums, and the
// time-stamp request and token made over the manifest.
const (
	ManifestName = "manifest.json"
	SumsName     = "SHA256SUMS"
	TSQName      = "manifest.tsq"
	TSRName      = "manifest.tsr"
)
