// Package i18n holds every user-facing message of baitiao-evidence in Chinese
// and English. Domain code never formats a sentence itself: it returns a
// Message (a key and its arguments) and the command line renders it in the
// language the user chose. Keeping both languages side by side in one table
// makes a missing translation a test failure instead of a surprise.
package i18n

import (
	"fmt"
	"strings"
)

// Lang is an output language.
type Lang string

// The languages the tool speaks. Chinese is the default: the victims, the
// police and JD all read it.
const (
	ZH Lang = "zh"
	EN Lang = "en"
)

// ParseLang accepts "zh" or "en" (and common spellings such as zh_CN.UTF-8).
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "zh" || strings.HasPrefix(s, "zh_") || strings.HasPrefix(s, "zh-"):
		return ZH, true
	case s == "en" || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en-"):
		return EN, true
	}
	return ZH, false
}

// Localizer is implemented by values that render themselves differently per
// language (field names, kinds of file, nested messages).
type Localizer interface {
	Localize(Lang) string
}

// Message is a sentence to be rendered later in the user's language.
type Message struct {
	Key  string
	Args []any
}

// M builds a Message. key must be in the catalog; args fill its %-verbs.
func M(key string, args ...any) Message { return Message{Key: key, Args: args} }

// Neutral returns m with every text it quotes (string arguments, also
// inside lists and nested messages) replaced by "·". Tests render it to
// check that a message's verbs fit its arguments whatever the input said:
// an input can itself contain "%!", the mark of a verb gone wrong.
func (m Message) Neutral() Message {
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		args[i] = neutral(a)
	}
	return Message{Key: m.Key, Args: args}
}

func neutral(a any) any {
	switch v := a.(type) {
	case string:
		return "·"
	case Message:
		return v.Neutral()
	case List:
		out := make(List, len(v))
		for i, x := range v {
			out[i] = neutral(x)
		}
		return out
	}
	return a
}

// IsZero reports whether m carries no message.
func (m Message) IsZero() bool { return m.Key == "" }

// Localize renders m in lang. Arguments that are Localizers are rendered in
// the same language first.
func (m Message) Localize(lang Lang) string {
	if m.Key == "" {
		return ""
	}
	e, ok := catalog[m.Key]
	if !ok {
		// A missing key is a programming error caught by TestCatalogComplete;
		// still show something useful rather than nothing.
		return m.Key + fmt.Sprint(m.Args...)
	}
	format := e.zh
	if lang == EN {
		format = e.en
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		if l, ok := a.(Localizer); ok {
			args[i] = l.Localize(lang)
		} else {
			args[i] = a
		}
	}
	return fmt.Sprintf(format, args...)
}

// String renders the message in Chinese, the default language.
func (m Message) String() string { return m.Localize(ZH) }

// Text is a fixed phrase in both languages, for values (like column names)
// that are not sentences with arguments.
type Text struct{ ZH, EN string }

// Localize implements Localizer.
func (t Text) Localize(lang Lang) string {
	if lang == EN {
		return t.EN
	}
	return t.ZH
}

// List joins localizable items with the language's list separator.
type List []any

// Localize implements Localizer.
func (l List) Localize(lang Lang) string {
	sep := "、"
	if lang == EN {
		sep = ", "
	}
	parts := make([]string, len(l))
	for i, a := range l {
		if x, ok := a.(Localizer); ok {
			parts[i] = x.Localize(lang)
		} else {
			parts[i] = fmt.Sprint(a)
		}
	}
	return strings.Join(parts, sep)
}

// Has reports whether key is in the catalog (used by tests and by code that
// picks an optional message).
func Has(key string) bool {
	_, ok := catalog[key]
	return ok
}

// Keys returns every key in the catalog, for tests.
func Keys() []string {
	keys := make([]string, 0, len(catalog))
	for k := range catalog {
		keys = append(keys, k)
	}
	return keys
}

// Formats returns the Chinese and English format strings of key, for tests.
func Formats(key string) (zh, en string) {
	e := catalog[key]
	return e.zh, e.en
}

type entry struct{ zh, en string }
