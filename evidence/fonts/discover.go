package fonts

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// System describes the machine fonts are looked for on. Tests describe a
// fake Windows or macOS machine with Root pointing at a folder that holds
// its font files.
type System struct {
	OS     string              // "windows", "darwin", "linux", … (runtime.GOOS)
	Getenv func(string) string // the environment
	Root   string              // prefix for every path; "" on a real machine
}

// Candidate is a font file that may be used.
type Candidate struct {
	Path  string // the path on the system (without Root)
	Index int    // the face in a collection
	From  string // "flag" (--font), "env" (BAITIAO_EVIDENCE_FONT), "known" or "found"
}

// The order fonts are preferred in, per system. Names are matched without
// regard to case (Windows and macOS file systems ignore it). Collections
// use their first face: 微软雅黑 in msyh.ttc, 苹方 in PingFang.ttc,
// WenQuanYi Micro Hei (not Mono) in wqy-microhei.ttc.
var (
	windowsKnown = []string{
		"msyh.ttc", "msyh.ttf", // 微软雅黑 Microsoft YaHei
		"simhei.ttf",  // 黑体 SimHei
		"Deng.ttf",    // 等线 DengXian
		"simsun.ttc",  // 宋体 SimSun
		"simkai.ttf",  // 楷体 KaiTi
		"simfang.ttf", // 仿宋 FangSong
		"msjh.ttc",    // 微軟正黑體 (traditional)
		"simsunb.ttf", // SimSun-ExtB: rare characters, as a fallback
	}
	darwinKnown = []string{
		"PingFang.ttc",       // 苹方
		"STHeiti Medium.ttc", // 华文黑体
		"STHeiti Light.ttc",
		"Hiragino Sans GB.ttc", // 冬青黑体
		"Songti.ttc",           // 宋体
		"Arial Unicode.ttf",
	}
	linuxKnown = []string{
		"wqy-microhei.ttc", // 文泉驿微米黑 (fonts-wqy-microhei)
		"wqy-zenhei.ttc",   // 文泉驿正黑 (fonts-wqy-zenhei)
		"LXGWWenKai-Regular.ttf",
		"uming.ttc", "ukai.ttc", // AR PL (fonts-arphic-uming/ukai)
		"DroidSansFallbackFull.ttf", "DroidSansFallback.ttf", // fonts-droid-fallback: no Latin
		"NotoSansCJK-Regular.ttc", "NotoSansSC-Regular.otf", "SourceHanSansSC-Regular.otf", // CFF: listed, refused
	}
)

// dirs returns the font folders of the system, most specific last.
func (s System) dirs() []string {
	env := s.Getenv
	if env == nil {
		env = func(string) string { return "" }
	}
	home := env("HOME")
	switch s.OS {
	case "windows":
		win := env("WINDIR")
		if win == "" {
			win = env("SystemRoot")
		}
		if win == "" {
			win = `C:\Windows`
		}
		d := []string{win + `\Fonts`}
		if la := env("LOCALAPPDATA"); la != "" {
			d = append(d, la+`\Microsoft\Windows\Fonts`)
		}
		return d
	case "darwin":
		// On recent macOS some fonts (苹方 PingFang among them) are
		// downloaded assets kept under AssetsV2, not in a Fonts folder,
		// and the system's own PingFang may be in a private format without
		// a glyf table (refused by Parse), so the asset copy matters.
		d := []string{"/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts",
			"/System/Library/AssetsV2/com_apple_MobileAsset_Font*"}
		if home != "" {
			d = append(d, home+"/Library/Fonts")
		}
		return d
	default:
		d := []string{"/usr/share/fonts", "/usr/local/share/fonts"}
		if x := env("XDG_DATA_HOME"); x != "" {
			d = append(d, x+"/fonts")
		} else if home != "" {
			d = append(d, home+"/.local/share/fonts")
		}
		if home != "" {
			d = append(d, home+"/.fonts")
		}
		return d
	}
}

func (s System) known() []string {
	switch s.OS {
	case "windows":
		return windowsKnown
	case "darwin":
		return darwinKnown
	}
	return linuxKnown
}

// real maps a system path to where it is read from (under Root in tests).
func (s System) real(p string) string {
	if s.Root == "" {
		return p
	}
	p = strings.ReplaceAll(p, `\`, "/")
	if len(p) >= 2 && p[1] == ':' {
		p = p[2:] // drop a Windows drive letter
	}
	return filepath.Join(s.Root, filepath.FromSlash(p))
}

// ReadFile reads a candidate's file.
func (s System) ReadFile(p string) ([]byte, error) { return os.ReadFile(s.real(p)) }

// maxScan bounds the font files looked at in the font folders.
const maxScan = 4000

// Candidates lists the fonts to try, in order: --font, then
// BAITIAO_EVIDENCE_FONT, then the known Chinese fonts of the system in the
// documented order, then any other font file in the font folders.
func (s System) Candidates(flagPath string) []Candidate {
	var out []Candidate
	if flagPath != "" {
		out = append(out, Candidate{Path: flagPath, From: "flag"})
	}
	if s.Getenv != nil {
		if p := s.Getenv("BAITIAO_EVIDENCE_FONT"); p != "" {
			out = append(out, Candidate{Path: p, From: "env"})
		}
	}
	files := s.scan()
	byName := map[string][]string{}
	for _, f := range files {
		base := strings.ToLower(filepath.Base(strings.ReplaceAll(f, `\`, "/")))
		byName[base] = append(byName[base], f)
	}
	used := map[string]bool{}
	for _, name := range s.known() {
		for _, f := range byName[strings.ToLower(name)] {
			if !used[f] {
				used[f] = true
				out = append(out, Candidate{Path: f, From: "known"})
			}
		}
	}
	for _, f := range files {
		if !used[f] {
			out = append(out, Candidate{Path: f, From: "found"})
		}
	}
	return out
}

// scan lists the font files in the system's font folders, sorted.
func (s System) scan() []string {
	var out []string
	seen := map[string]bool{}
	var dirs []string
	for _, d := range s.dirs() {
		if !strings.Contains(d, "*") {
			dirs = append(dirs, d)
			continue
		}
		// A pattern in the last element: the folders that match it.
		matches, _ := filepath.Glob(s.real(d))
		sort.Strings(matches)
		for _, m := range matches {
			dirs = append(dirs, path.Dir(d)+"/"+filepath.Base(m))
		}
	}
	for _, d := range dirs {
		root := s.real(d)
		_ = filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil || len(out) >= maxScan {
				if e != nil && e.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if e.IsDir() {
				if depth(root, p) > 4 {
					return fs.SkipDir
				}
				return nil
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".ttf", ".ttc", ".otf", ".otc":
			default:
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			sys := joinSystem(d, rel, s.OS)
			if !seen[sys] {
				seen[sys] = true
				out = append(out, sys)
			}
			return nil
		})
	}
	sort.Strings(out)
	return out
}

func depth(root, p string) int {
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == "." {
		return 0
	}
	return strings.Count(filepath.ToSlash(rel), "/") + 1
}

// joinSystem joins a file below a system folder in the system's own style.
func joinSystem(dir, rel, goos string) string {
	rel = filepath.ToSlash(rel)
	if goos == "windows" {
		return dir + `\` + strings.ReplaceAll(rel, "/", `\`)
	}
	return strings.TrimRight(dir, "/") + "/" + rel
}

// Result is what was learnt of one candidate.
type Result struct {
	Candidate
	Face   *Face // nil when unusable
	Family string
	CJK    bool
	Latin  bool
	Err    error // why it cannot be the main font
}

// Check loads a candidate and says whether it can be the main font.
func (s System) Check(c Candidate) Result {
	r := Result{Candidate: c}
	data, err := s.ReadFile(c.Path)
	if err != nil {
		r.Err = &Problem{Path: c.Path, Reason: err}
		return r
	}
	face, err := Parse(data, c.Path, c.Index)
	if err != nil {
		r.Err = err
		return r
	}
	r.Family, r.CJK, r.Latin = face.Family, face.IsCJK(), face.HasLatin()
	if !r.CJK {
		r.Err = &Problem{Path: c.Path, Reason: ErrNoCJK}
		return r
	}
	r.Face = face
	return r
}

// Choose returns the font to use: the first usable candidate. A font the
// user named (--font or the environment) that cannot be used is an error,
// not a reason to quietly take another. With no usable font at all, the
// error is ErrNoFont. The remaining usable candidates come back as
// fallbacks, in order, for characters the main font lacks; they are loaded
// only when needed.
func (s System) Choose(flagPath string) (*Face, []Candidate, error) {
	cands := s.Candidates(flagPath)
	for i, c := range cands {
		if c.From == "found" && !maybeCJK(c.Path) {
			continue
		}
		r := s.Check(c)
		if r.Face != nil {
			return r.Face, cands[i+1:], nil
		}
		if c.From == "flag" || c.From == "env" {
			return nil, nil, r.Err
		}
	}
	return nil, nil, ErrNoFont
}

// ErrNoFont means no usable Chinese font was found.
var ErrNoFont = errors.New("no Chinese font found")

// maybeCJK is a cheap filter on file names before a "found" font is read:
// files named after Latin-only families are skipped when choosing (they
// are still listed by the fonts command).
func maybeCJK(p string) bool {
	n := strings.ToLower(filepath.Base(strings.ReplaceAll(p, `\`, "/")))
	for _, latin := range []string{"dejavu", "liberation", "freefont", "free", "ubuntu", "cantarell", "courier", "times", "arial.ttf", "helvetica", "verdana", "georgia", "tahoma", "segoe", "consola", "calibri", "cambria"} {
		if strings.Contains(n, latin) {
			return false
		}
	}
	return true
}
