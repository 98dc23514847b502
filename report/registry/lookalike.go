package registry

import (
	"strings"
	"unicode"
)

// latinOf maps the Cyrillic letters that look like a Latin letter (in
// lower or upper case; names are folded to lower case first) to it.
var latinOf = map[rune]rune{
	'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p',
	'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'һ': 'h',
	'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ү': 'y',
}

// mixedScripts reports whether s holds both Latin and Cyrillic letters.
func mixedScripts(s string) bool {
	lat, cyr := false, false
	for _, r := range s {
		switch {
		case r < 0x80:
			lat = lat || unicode.IsLetter(r)
		case unicode.Is(unicode.Cyrillic, r):
			cyr = true
		case unicode.Is(unicode.Latin, r):
			lat = true
		}
	}
	return lat && cyr
}

// skeleton folds a name's look-alike letters to one form: every Cyrillic
// letter that has a Latin look-alike becomes that Latin letter, and so
// does every Latin letter that is a look-alike's image. "Sоlidarity" with
// a Cyrillic о and "Solidarity" have the same skeleton; so do
// «Солидарность» with a Latin o and «Солидарность». Only names that mix
// scripts are looked up by their skeleton: the same skeleton of two
// names in one script is no sign of a look-alike.
func skeleton(s string) string {
	return strings.Map(func(r rune) rune {
		if l, ok := latinOf[r]; ok {
			return l
		}
		return r
	}, s)
}
