package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/fonts"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/pdfdoc"
)

// fontSystem is this machine, as the font finder sees it.
func (a *app) fontSystem() fonts.System {
	return fonts.System{OS: runtime.GOOS, Getenv: a.getenv}
}

// pdfFonts is the main Chinese font and the fallbacks for a PDF.
type pdfFonts struct {
	main      *fonts.Face
	fallbacks func() []*fonts.Face
}

// chooseFont picks the Chinese font: --font, BAITIAO_EVIDENCE_FONT, or the
// first usable one of the system. The other usable fonts become fallbacks,
// loaded only if a character needs them.
func (a *app) chooseFont(flagPath string) (pdfFonts, error) {
	sys := a.fontSystem()
	main, rest, err := sys.Choose(flagPath)
	if err != nil {
		return pdfFonts{}, a.fontError(err)
	}
	fallbacks := func() []*fonts.Face {
		var out []*fonts.Face
		for _, c := range rest {
			if r := sys.Check(c); r.Face != nil {
				out = append(out, r.Face)
			}
		}
		return out
	}
	return pdfFonts{main: main, fallbacks: fallbacks}, nil
}

// fontError explains a font that cannot be used, or that none was found.
func (a *app) fontError(err error) error {
	var p *fonts.Problem
	switch {
	case errors.Is(err, fonts.ErrNoFont):
		hint := "hint.no_font_linux"
		switch runtime.GOOS {
		case "windows":
			hint = "hint.no_font_windows"
		case "darwin":
			hint = "hint.no_font_darwin"
		}
		return evidence.Errorf(evidence.Location{}, i18n.M("font.none"), i18n.M(hint))
	case errors.As(err, &p):
		reason := i18n.M("error.plain", p.Reason.Error())
		switch {
		case errors.Is(err, fonts.ErrCFF):
			reason = i18n.M("font.cff")
		case errors.Is(err, fonts.ErrNoCJK):
			reason = i18n.M("font.no_cjk")
		case errors.Is(err, fonts.ErrNotFont):
			reason = i18n.M("font.not_font")
		case errors.Is(err, fonts.ErrIncomplete):
			reason = i18n.M("font.incomplete")
		case errors.Is(err, fonts.ErrRestricted):
			reason = i18n.M("font.restricted")
		case errors.Is(err, os.ErrNotExist):
			reason = i18n.M("font.not_found")
		}
		return evidence.Errorf(evidence.Location{File: p.Path}, i18n.M("font.unusable", reason), i18n.M("hint.font_choice"))
	}
	return err
}

// glyphError explains characters no font can draw.
func glyphError(m *pdfdoc.MissingGlyphs) error {
	var chars, where []string
	outside := false
	for _, r := range m.Chars {
		chars = append(chars, fmt.Sprintf("%c (U+%04X)", r, r))
		where = append(where, string(r)+": "+strings.Join(m.Where[r], ", "))
		outside = outside || r > 0xFFFF
	}
	hint := i18n.M("hint.missing_glyphs")
	if outside {
		hint = i18n.M("hint.missing_glyphs_astral")
	}
	return evidence.Errorf(evidence.Location{}, i18n.M("font.missing_glyphs", strings.Join(chars, "、"), strings.Join(where, "; ")), hint)
}
