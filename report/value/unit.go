package value

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitUnit splits a figure typed with its unit, such as "116,69 кг",
// "12 чел." or "5ед", into the number and the unit as written ("116,69",
// "кг"). The unit is what follows the number from its first letter on;
// unit is "" when there is no letter after a number, or when the text
// does not begin with a number.
func SplitUnit(raw string) (number, unit string) {
	s := strings.TrimSpace(raw)
	for i, r := range s {
		if unicode.IsLetter(r) {
			number, unit = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
			if number == "" {
				return s, ""
			}
			if r, _ := utf8.DecodeRuneInString(number); r < '0' || r > '9' {
				return s, ""
			}
			return number, unit
		}
	}
	return s, ""
}

// UnitKey folds a unit as written for comparison: lower case, ё as е,
// without dots and spaces ("Чел." and "чел" are the same unit). A form in
// English also stands for its singular: "persons" and "person" have the
// key "person".
func UnitKey(u string) string {
	u = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(u, "Ё", "Е"), "ё", "е"))
	u = strings.Map(func(r rune) rune {
		if r == '.' || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, u)
	if len(u) > 2 && strings.HasSuffix(u, "s") && isASCIILetters(u) {
		u = u[:len(u)-1]
	}
	return u
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
