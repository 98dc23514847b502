package schema

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NameKey folds the name of an organisation, operation or exercise for
// matching, by the contract's rules ("Names: one thing, one identity"):
// compatibility forms composed (NFKC: a fullwidth Ａ is A), invisible
// characters dropped, lowercase, ё as е, every kind of dash (- ‐ ‑ ‒ – — ―
// −) as "-" with no space around it, quotes (" « » “ ” „ ' ‘ ’ ‚ ‹ ›
// 「 」) dropped, runs of space (no-break and thin spaces too) as one
// space, surrounding space trimmed. ASCII text takes a fast path.
//
// Two names with the same NameKey are the same name; NameKey does not
// fold scripts (a Cyrillic о stays Cyrillic: look-alikes are the
// registry's business, since they deserve a warning).
func NameKey(s string) string {
	if isASCII(s) {
		return nameFold(strings.ToLower(s))
	}
	s = norm.NFKC.String(Visible(s))
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "ё", "е")
	return nameFold(s)
}

// nameFold does the part of NameKey that is the same for every script:
// dashes, quotes and spaces.
func nameFold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	dash := false  // the last rune written was a dash
	for _, r := range s {
		switch {
		case isSpace(r) || (r < 0x80 && unicode.IsSpace(r)):
			space = b.Len() > 0 && !dash
		case isDash(r):
			b.WriteByte('-')
			space, dash = false, true
		case isQuote(r):
			// dropped
		default:
			if space {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space, dash = false, false
		}
	}
	return b.String()
}

// isDash reports whether r is a dash or hyphen the contract treats as "-".
func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return true
	}
	return false
}

// isQuote reports whether r is a quotation mark the contract ignores in
// names.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '`', '«', '»', '“', '”', '„', '‟', '‘', '’', '‚', '‛', '‹', '›', '「', '」', '『', '』', '〝', '〞', '＂', '＇':
		return true
	}
	return false
}
