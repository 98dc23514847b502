package schema

import "strings"

// TranslationLanguages are the languages a free text may be given in
// beside its original: the editions' languages.
var TranslationLanguages = []string{"en", "ru", "zh"}

// SplitLanguage splits a header that ends in a language suffix, such as
// "Title (ru)", "Наименование [en]" or "Тема（zh）", into the header and
// the language code, lower-cased: ("Title", "ru"). The suffix is two or
// three ASCII letters in round or square brackets (ASCII or fullwidth),
// with or without a space before it; code is "" when there is none. The
// code may be one the tool does not know ("Title (fr)"): the caller says
// so.
func SplitLanguage(header string) (base, code string) {
	h := strings.TrimSpace(header)
	for _, p := range [][2]string{{"(", ")"}, {"[", "]"}, {"（", "）"}, {"［", "］"}} {
		if !strings.HasSuffix(h, p[1]) {
			continue
		}
		open := strings.LastIndex(h, p[0])
		if open <= 0 {
			continue
		}
		c := h[open+len(p[0]) : len(h)-len(p[1])]
		if len(c) < 2 || len(c) > 3 || !asciiLetters(c) {
			continue
		}
		base = strings.TrimSpace(h[:open])
		if base == "" {
			continue
		}
		return base, strings.ToLower(c)
	}
	return header, ""
}

func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 < 'a' || s[i]|0x20 > 'z' {
			return false
		}
	}
	return true
}

// KnownLanguage reports whether code is one of TranslationLanguages.
func KnownLanguage(code string) bool {
	for _, l := range TranslationLanguages {
		if l == code {
			return true
		}
	}
	return false
}
