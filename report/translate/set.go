package translate

import (
	"unicode"

	"ratsreport/report/model"
)

// Set is what the editions print free text through: a text's translation
// given in its own row (a column such as "Title (ru)"), else the
// workbook's, else nothing, and the text prints as written. The nil *Set
// translates nothing.
type Set struct {
	cells map[string]string // Key(text) + "\x00" + lang → translation
	book  *Book
}

// NewSet returns the lookup over the rows' own translations (the first
// given of each text and language) and the workbook (either may be nil).
func NewSet(rows []model.Translation, book *Book) *Set {
	s := &Set{cells: map[string]string{}, book: book}
	for _, t := range rows {
		k := Key(t.Text) + "\x00" + t.Lang
		if _, ok := s.cells[k]; !ok {
			s.cells[k] = t.In
		}
	}
	return s
}

// Book returns the workbook the set looks texts up in (nil when none).
func (s *Set) Book() *Book {
	if s == nil {
		return nil
	}
	return s.book
}

// Lookup returns the translation of text into lang and whether there is
// one: the row's own, else the workbook's.
func (s *Set) Lookup(text, lang string) (string, bool) {
	if s == nil || text == "" {
		return "", false
	}
	k := Key(text) // normalised once, for the cells and the workbook
	if t, ok := s.cells[k+"\x00"+lang]; ok {
		return t, true
	}
	return s.book.lookupKey(k, lang)
}

// Text returns text in lang: its translation when there is one, else the
// text as written (never "" for a text that is not).
func (s *Set) Text(text, lang string) string {
	if t, ok := s.Lookup(text, lang); ok {
		return t
	}
	return text
}

// Untranslated reports whether an edition in lang would print text in
// another language: it has no translation into lang and is not written in
// lang's script (see Script).
func (s *Set) Untranslated(text, lang string) bool {
	if _, ok := s.Lookup(text, lang); ok {
		return false
	}
	sc := Script(text)
	return sc != "" && sc != lang
}

// Script tells which edition's language a text is written in, by its
// letters: "zh" when most are Han ideographs, "ru" when most are
// Cyrillic, "en" when most are Latin (or of another script: a text no
// edition is written in), "" when it has no letters at all (a number, a
// code), which every edition prints as it is.
func Script(text string) string {
	var han, cyr, other int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.IsLetter(r):
			other++
		}
	}
	switch {
	case han+cyr+other == 0:
		return ""
	case han >= cyr && han >= other:
		return "zh"
	case cyr >= other:
		return "ru"
	}
	return "en"
}
