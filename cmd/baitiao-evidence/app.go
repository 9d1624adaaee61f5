package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

const progName = "baitiao-evidence"

// Exit statuses, documented in the root command's help.
const (
	exitOK    = 0
	exitFail  = 1 // the job failed; the message says why
	exitUsage = 2 // the command line was wrong
)

// streams is where a command reads and writes; tests pass buffers.
type streams struct {
	In       io.Reader
	Out, Err io.Writer
	// ErrIsTerminal says whether progress may be drawn on Err.
	ErrIsTerminal bool
	InIsTerminal  bool
}

func newStreams(in *os.File, out, errw *os.File) streams {
	return streams{In: in, Out: out, Err: errw, ErrIsTerminal: isTerminal(errw), InIsTerminal: isTerminal(in)}
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// app is what every command shares: the streams, the language and the
// run's clock. It is built once per run, never global.
type app struct {
	streams
	getenv  func(string) string
	lang    i18n.Lang
	langArg string // --lang
	nowArg  string // --now
	quiet   bool   // --quiet: no progress

	clock        func() time.Time // for progress only; nil: the real clock
	progressLine *progressLine    // nil unless progress is shown
}

// usageError marks a mistake on the command line (exit status 2).
type usageError struct{ msg i18n.Message }

func (e *usageError) Error() string { return e.msg.String() }

func usagef(key string, args ...any) error { return &usageError{i18n.M(key, args...)} }

// silentError is a failure whose explanation has already been printed
// (e.g. inspect listed the problems); only the exit status is left to give.
type silentError struct{}

func (silentError) Error() string { return "failed" }

// run is the one place that turns errors into messages and exit statuses.
func run(args []string, s streams, getenv func(string) string) int {
	return runWithApp(&app{streams: s, getenv: getenv}, args)
}

// runWithApp runs the command line with a prepared app (tests set its
// clock).
func runWithApp(a *app, args []string) int {
	a.lang = defaultLang(a.getenv)
	// --lang must be known before cobra reports a usage error, so look
	// for it first.
	for i, arg := range args {
		if v, ok := strings.CutPrefix(arg, "--lang="); ok {
			if l, ok := i18n.ParseLang(v); ok {
				a.lang = l
			}
		} else if arg == "--lang" && i+1 < len(args) {
			if l, ok := i18n.ParseLang(args[i+1]); ok {
				a.lang = l
			}
		}
	}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(a.In)
	root.SetOut(a.Out)
	root.SetErr(a.Err)
	ran := false
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		ran = true
		return a.setup()
	}
	err := root.Execute()
	if a.progressLine != nil {
		a.progressLine.clear()
	}
	if err == nil {
		return exitOK
	}
	var ue *usageError
	if !ran || errors.As(err, &ue) {
		a.printUsageError(err, root)
		return exitUsage
	}
	if _, ok := err.(silentError); ok {
		return exitFail
	}
	a.printError(err)
	return exitFail
}

// defaultLang picks the language from the environment: Chinese unless the
// locale is English.
func defaultLang(getenv func(string) string) i18n.Lang {
	for _, k := range []string{"BAITIAO_EVIDENCE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if l, ok := i18n.ParseLang(v); ok {
				return l
			}
			if k != "BAITIAO_EVIDENCE_LANG" {
				return i18n.ZH
			}
		}
	}
	return i18n.ZH
}

// setup validates the global flags once cobra has parsed them.
func (a *app) setup() error {
	l, ok := i18n.ParseLang(a.langArg)
	if !ok {
		return usagef("usage.bad_lang", a.langArg)
	}
	a.lang = l
	a.setupProgress()
	return nil
}

// T renders a message in the user's language.
func (a *app) T(key string, args ...any) string { return i18n.M(key, args...).Localize(a.lang) }

// L renders a localizable value.
func (a *app) L(l i18n.Localizer) string { return l.Localize(a.lang) }

// label is the word before a message: 错误 / error, 提示 / hint, 警告 / warning.
func (a *app) label(key string) string { return a.T("label." + key) }

// printError prints every problem an error carries, each with its hint.
func (a *app) printError(err error) {
	for _, p := range evidence.AsProblems(err) {
		kind := "error"
		if p.Severity == evidence.Warning {
			kind = "warning"
		}
		a.printLine(kind, p.Localize(a.lang))
		if !p.Hint.IsZero() {
			a.printLine("hint", p.Hint.Localize(a.lang))
		}
	}
}

// printWarnings prints problems that did not stop the job.
func (a *app) printWarnings(ps []evidence.Problem) {
	for _, p := range ps {
		a.printLine("warning", p.Localize(a.lang))
		if !p.Hint.IsZero() {
			a.printLine("hint", p.Hint.Localize(a.lang))
		}
	}
}

// printLine writes "baitiao-evidence: 错误: …" with continuation lines
// indented under the text.
func (a *app) printLine(kind, text string) {
	prefix := progName + ": " + a.label(kind) + ": "
	lines := strings.Split(text, "\n")
	fmt.Fprintln(a.Err, prefix+lines[0])
	pad := strings.Repeat(" ", len(progName)+2)
	for _, l := range lines[1:] {
		fmt.Fprintln(a.Err, pad+"  "+l)
	}
}

func (a *app) printUsageError(err error, root *cobra.Command) {
	var ue *usageError
	msg := err.Error()
	if errors.As(err, &ue) {
		msg = ue.msg.Localize(a.lang)
	} else {
		msg = a.T("usage.cobra", translateCobra(msg, a.lang))
	}
	a.printLine("usage", msg)
	a.printLine("hint", a.T("hint.usage", progName))
}

// translateCobra renders cobra's own (English) usage messages in Chinese.
func translateCobra(msg string, lang i18n.Lang) string {
	if lang == i18n.EN {
		return msg
	}
	for _, r := range []struct{ en, zh string }{
		{"unknown command", "未知的命令"},
		{"unknown flag", "未知的选项"},
		{"unknown shorthand flag", "未知的短选项"},
		{"flag needs an argument", "选项缺少参数"},
		{"invalid argument", "无效的参数"},
		{"required flag(s)", "缺少必需的选项"},
		{"accepts", "参数个数不对：需要"},
		{"requires at least", "参数太少：至少需要"},
		{"for \"", "（命令 \""},
	} {
		msg = strings.ReplaceAll(msg, r.en, r.zh)
	}
	return msg
}

// loadCase reads a case file and everything it lists at the run's time,
// with progress on a terminal: the first step of every command that works
// on a case.
func (a *app) loadCase(path string, strict bool) (*casework.Work, time.Time, error) {
	now, err := a.now()
	if err != nil {
		return nil, now, err
	}
	w, err := casework.Load(path, casework.Options{Now: now, Strict: strict, Progress: a.progress()})
	return w, now, err
}

// now is the run's time: --now, else SOURCE_DATE_EPOCH, else the clock,
// always shown in China time. Outputs that carry it are reproducible when
// it is pinned.
func (a *app) now() (time.Time, error) {
	if a.nowArg != "" {
		t, err := time.Parse(time.RFC3339, a.nowArg)
		if err != nil {
			return time.Time{}, usagef("usage.bad_now", a.nowArg)
		}
		return t, nil
	}
	if v := a.getenv("SOURCE_DATE_EPOCH"); v != "" {
		secs, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil {
			return time.Time{}, usagef("usage.bad_epoch", v)
		}
		return time.Unix(secs, 0).In(evidence.ChinaZone()), nil
	}
	return time.Now().Truncate(time.Second).In(evidence.ChinaZone()), nil
}
