package schema

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestPlain checks plain's ranges against the Unicode tables: a plain
// character is visible, no no-break space, in NFC, and composes with
// nothing before it, so that text of plain characters is already what
// Visible would make of it.
func TestPlain(t *testing.T) {
	n := 0
	for r := rune(utf8.RuneSelf); r <= utf8.MaxRune; r++ {
		if !plain(r) {
			continue
		}
		n++
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		switch {
		case !utf8.ValidRune(r):
			t.Errorf("%U is plain but not a character", r)
		case Invisible(r):
			t.Errorf("%U is plain but invisible", r)
		case r == 0xa0 || r == 0x2007 || r == 0x202f:
			t.Errorf("%U is plain but a no-break space", r)
		case !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore():
			t.Errorf("%U is plain but not a composed starter (ccc %d)", r, p.CCC())
		}
	}
	if n < 20000 {
		t.Errorf("only %d plain characters", n)
	}
}

// TestVisible pins Visible's result.
func TestVisible(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Ташкент", "Ташкент"},
		{"и\u0306", "й"},
		{"и\u200b\u0306", "й"},
		{"\ufeffКазахстан\u200f", "Казахстан"},
		{"a\u00a0b", "a\u00a0b"}, // a no-break space is visible
		{"北京", "北京"},
		{"\u06dd١", "\u06dd١"},
		{"می\u200cخواهم", "میخواهم"},
	} {
		if got := Visible(c.in); got != c.want {
			t.Errorf("Visible(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestInvisible: the characters headers and names are matched without,
// and only those: other format characters show or mean something (before
// the issue #18 review, every format character, category Cf, was
// invisible, the Arabic number signs included).
func TestInvisible(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'\u00ad', true}, // soft hyphen
		{'\u200b', true}, // zero-width space
		{'\u200c', true}, // zero-width non-joiner: for matching only
		{'\u200d', true}, // zero-width joiner: for matching only
		{'\u200e', true}, {'\u200f', true},
		{'\u202a', true}, {'\u202b', true}, {'\u202c', true}, {'\u202d', true}, {'\u202e', true},
		{'\u2060', true}, // word joiner
		{'\u2066', true}, {'\u2067', true}, {'\u2068', true}, {'\u2069', true},
		{'\ufeff', true}, // byte order mark
		{'a', false}, {' ', false}, {'\u00a0', false}, {'\u3000', false}, {'й', false},
		{'\u0600', false}, {'\u0601', false}, {'\u0602', false}, {'\u0603', false}, {'\u0604', false}, {'\u0605', false},
		{'\u06dd', false},                                                          // Arabic end of ayah
		{'\u070f', false},                                                          // Syriac abbreviation mark
		{'\u180e', false},                                                          // Mongolian vowel separator
		{'\u2061', false}, {'\u2062', false}, {'\u2063', false}, {'\u2064', false}, // invisible operators
		{'\u206a', false}, {'\ufff9', false}, {'\U000110bd', false}, {'\U000e0001', false},
		{'\u2010', false}, {'\u2028', false}, {'\u202f', false}, {'\u205f', false},
		{'\ufa10', false},
	} {
		if got := Invisible(c.r); got != c.want {
			t.Errorf("Invisible(%U) = %v, want %v", c.r, got, c.want)
		}
	}
}

// TestNormalizeHazards: headers and names typed with invisible
// characters or decomposed letters fold as typed plainly.
func TestNormalizeHazards(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\ufeffРайон", "район"},
		{"Ра\u0438\u0306он", "район"},
		{"Дата\u200b начала", "дата начала"},
		{"Е\u0308мкость", "емкость"},
		{"\u200eStart\u00a0date\u200f", "start date"},
		{"ё\u0308", "е"},
		{"Е\u0308\u0308\u0306", "\u04d7"}, // е with a breve, after the diaereses
		{"می\u200cخواهم", "میخواهم"},      // joiners are matched without, anywhere
		{"Ка\u200dзахстан", "казахстан"},
		{"\u0600١٢", "\u0600١٢"}, // an Arabic number sign is kept
		{"\ufa10", "\u585a"},     // matched as the unified ideograph
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPlainText: Plain's byte shortcuts agree with plain on every
// character, and invalid text is never plain.
func TestPlainText(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "a" + string(r) + "b"
		if got, want := Plain(s), r < utf8.RuneSelf || plain(r); got != want {
			t.Errorf("Plain(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"\xd0", "\xd0a", "\xe5\x80", "\xe5\x80a", "\xff", "Ка\xd1"} {
		if Plain(s) {
			t.Errorf("Plain(%q) = true for invalid text", s)
		}
	}
}
