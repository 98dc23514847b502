package schema

import "testing"

// TestEnumerationSuggest: a likely typo of a value's key or label
// suggests the value's label in the language asked for; a far-off value,
// or one as close to two values, suggests nothing.
func TestEnumerationSuggest(t *testing.T) {
	for _, tc := range []struct {
		enum       *Enumeration
		typed      string
		lang, want string // want "" for no suggestion
	}{
		{Section, "внутрений", "ru", "внутренний"},
		{Section, "ВНУТРЕНИЙ", "ru", "внутренний"}, // case is ignored
		{Section, "внутрений", "en", "internal"},
		{Section, "внутрений", "zh", "内部"},
		{Section, "extrenal", "en", "external"}, // a swap of two letters is one edit
		{Section, "extrenal", "ru", "внешний"},
		{Section, "intern al", "en", "internal"},
		{Section, "sideways", "en", ""},
		{Section, "x", "en", ""},
		{Section, "", "en", ""},
		{Threat, "aliens", "en", ""},
		{Threat, "hostage taknig", "en", "hostage-taking"}, // near an extra spelling: the canonical label
		{Threat, "cbnr", "ru", "ХБРЯ"},
		{Threat, "финансирвание терроризма", "ru", "финансирование терроризма"},
		{Status, "подписн", "ru", "подписан"},
		{Status, "in forse", "en", "in force"},
		{Status, "singed", "en", "signed"},
		{ExerciseKind, "feild", "en", "field"},
		{ExerciseKind, "полевое учение", "ru", ""}, // two words more than a typo
		{Format, "plenery", "en", "plenary"},
		{Document, "protokol", "ru", "протокол"},
		{CounterpartyType, "other", "en", ""}, // a value: nothing to suggest
	} {
		got, ok := tc.enum.Suggest(tc.typed, tc.lang)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("%s.Suggest(%q, %s) = %q, %v; want %q", tc.enum.Name, tc.typed, tc.lang, got, ok, tc.want)
		}
	}
}

// TestSpellerNearest: the rules of closeness — one edit for words of up
// to four letters, two up to ten, three beyond, fewer than half the word,
// and strictly closer than any other item.
func TestSpellerNearest(t *testing.T) {
	s := NewSpeller(6, func(i int) []string {
		return [][]string{{"cat"}, {"cart"}, {"mission"}, {"operation solidarity"}, {"ab"}, {"Ёлка", "fir"}}[i]
	})
	for _, tc := range []struct {
		typed string
		want  int
	}{
		{"cst", 0},                     // one edit from cat, two from cart
		{"cagt", -1},                   // one edit from cat and from cart: no guess
		{"mision", 2},                  // one edit
		{"mssn", -1},                   // three edits from a seven-letter word
		{"msison", 2},                  // a swap and a deletion: two edits
		{"operatoin solidraity", 3},    // two swaps
		{"opration solidraity xx", -1}, // five edits
		{"a", -1},                      // one edit from a two-letter word is half of it
		{"елка", -1},                   // ё and е are one letter: nothing to suggest
		{"ёлко", 5},                    // one edit from ёлка
		{"zzzz", -1},
	} {
		if got := s.Nearest(tc.typed); got != tc.want {
			t.Errorf("Nearest(%q) = %d, want %d", tc.typed, got, tc.want)
		}
		// a second time, from the cache
		if got := s.Nearest(tc.typed); got != tc.want {
			t.Errorf("Nearest(%q) again = %d, want %d", tc.typed, got, tc.want)
		}
	}
}

func TestLabelsIn(t *testing.T) {
	for lang, want := range map[string]string{"en": "external internal", "ru": "внешний внутренний", "zh": "外部 内部", "fr": "external internal"} {
		ls := Section.LabelsIn(lang)
		if got := ls[0] + " " + ls[1]; got != want {
			t.Errorf("LabelsIn(%s) = %q, want %q", lang, got, want)
		}
	}
}
