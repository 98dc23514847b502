package value

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"ratsreport/report/config"
	"ratsreport/report/schema"
)

// hazard is a way of typing a value so that it looks the same but is not
// the same text.
type hazard struct {
	name  string
	apply func(s string) string
	// joiner: the hazard is a zero-width joiner or non-joiner, which Clean
	// keeps between two letters (see TestCleanJoiners): the value read is
	// then compared without them.
	joiner bool
}

// spaced puts r for every space of s and around s (a number's thousands
// separator, the space between two words, a cell padded with it).
func spaced(r rune) func(string) string {
	return func(s string) string {
		return string(r) + strings.ReplaceAll(s, " ", string(r)) + string(r)
	}
}

// between puts r between every two characters of s and at its start.
func between(r rune) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for _, c := range s {
			b.WriteRune(r)
			b.WriteRune(c)
		}
		return b.String()
	}
}

// hazards are the characters of issue #18, item 7.
var hazards = []hazard{
	{"no-break space U+00A0", spaced('\u00a0'), false},
	{"narrow no-break space U+202F", spaced('\u202f'), false},
	{"figure space U+2007", spaced('\u2007'), false},
	{"zero-width space U+200B", between('\u200b'), false},
	{"zero-width non-joiner U+200C", between('\u200c'), true},
	{"zero-width joiner U+200D", between('\u200d'), true},
	{"word joiner U+2060", between('\u2060'), false},
	{"soft hyphen U+00AD", between('\u00ad'), false},
	{"byte order mark U+FEFF at the start", func(s string) string { return "\ufeff" + s }, false},
	{"NFD (й as и + U+0306, ё as е + U+0308)", norm.NFD.String, false},
	{"NFD with a zero-width space inside й", func(s string) string {
		return strings.ReplaceAll(norm.NFD.String(s), "\u0306", "\u200b\u0306")
	}, false},
	{"left-to-right mark U+200E", between('\u200e'), false},
	{"right-to-left mark U+200F", between('\u200f'), false},
	{"embedding and override U+202A–U+202E", func(s string) string { return "\u202a\u202b\u202d\u202e" + s + "\u202c" }, false},
	{"isolates U+2066–U+2069", func(s string) string { return "\u2066\u2067\u2068" + s + "\u2069" }, false},
}

// TestCleanHazards: a number, a decimal, a date, an enumeration, a state
// and a name typed with each hazard read as the same value typed plainly,
// once through Clean (as the reader reads every cell). A joiner between
// two letters is kept (a name keeps it; an enumeration or a state matches
// without it); anywhere else it is dropped.
func TestCleanHazards(t *testing.T) {
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	cs := NewCountries(cfg)
	kinds := []struct {
		name  string
		plain string
		want  string
		parse func(string) (string, error)
	}{
		{"number", "12 000", "12000", func(s string) (string, error) {
			n, err := Integer(s)
			return fmt.Sprint(n), err
		}},
		{"decimal", "1 234,5", "1234.5", func(s string) (string, error) {
			m, _, err := Decimal(s)
			return FormatMilli(m), err
		}},
		{"date", "21.09.2025", "2025-09-21", func(s string) (string, error) {
			d, err := Date(s, false)
			return d.Format("2006-01-02"), err
		}},
		{"enumeration", "command staff", "command-staff", lookup(schema.ExerciseKind)},
		{"enumeration (ru, ё)", "вооружённое вторжение", "armed incursion", lookup(schema.Threat)},
		{"state", "Российская Федерация", "RU", cs.Country},
		{"state (en)", "Kyrgyz Republic", "KG", cs.Country},
		{"state list", "Россия; Кыргызская Республика", "KG RU", func(s string) (string, error) {
			l, errs := cs.List(s)
			if len(errs) > 0 {
				return "", errs[0]
			}
			return strings.Join(l, " "), nil
		}},
		{"name", "Учения «Взаимодействие-2025» в Иссык-Кульской области, ёлки", "Учения «Взаимодействие-2025» в Иссык-Кульской области, ёлки",
			func(s string) (string, error) { return s, nil }},
	}
	for _, k := range kinds {
		for _, h := range hazards {
			t.Run(k.name+"/"+h.name, func(t *testing.T) {
				typed := h.apply(k.plain)
				cleaned := Clean(typed)
				got, err := k.parse(cleaned)
				if h.joiner {
					got = strings.Map(func(r rune) rune {
						if joiner(r) {
							return -1
						}
						return r
					}, got)
				}
				if err != nil || got != k.want {
					t.Errorf("%q read as %q: %q, %v; want %q", typed, cleaned, got, err, k.want)
				}
				if what := unclean(cleaned); what != "" {
					t.Errorf("Clean(%q) = %q: %s", typed, cleaned, what)
				}
			})
		}
	}
}

func lookup(e *schema.Enumeration) func(string) (string, error) {
	return func(s string) (string, error) {
		k, ok := e.Lookup(s)
		if !ok {
			return "", fmt.Errorf("%q is not a value of %s", s, e.Name)
		}
		return k, nil
	}
}

// unclean says what in s Clean should not have left, or returns "": a
// character it drops, a no-break space, a joiner but between two
// joinable characters, text not NFC but for CJK compatibility
// ideographs, or space at an end.
func unclean(s string) string {
	if s != strings.TrimSpace(s) {
		return "untrimmed"
	}
	prev := rune(-1)
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case dropped(r), noBreak(r):
			return fmt.Sprintf("holds %U", r)
		case joiner(r):
			j := i
			for j < len(rs) && joiner(rs[j]) {
				j++
			}
			if j == len(rs) || !joinable(prev) || !joinable(rs[j]) {
				return fmt.Sprintf("holds %U, not between two letters", r)
			}
		default:
			prev = r
		}
	}
	if !norm.NFC.IsNormalString(strings.Map(func(r rune) rune {
		if compatIdeograph(r) {
			return 'x' // a starter that composes with nothing
		}
		return r
	}, s)) {
		return "not NFC"
	}
	return ""
}

// TestCleanCases pins Clean's result: what it drops, what it keeps.
func TestCleanCases(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		// Dropped wherever they are.
		{"zero-width space between letters", "می\u200bخواهم", "میخواهم"},
		{"zero-width space in Latin", "Solid\u200barity", "Solidarity"},
		{"word joiner", "Bat\u2060ken", "Batken"},
		{"byte order mark inside", "Bat\ufeffken", "Batken"},
		{"soft hyphen", "co\u00adoperation", "cooperation"},
		{"left-to-right mark", "\u200eТашкент", "Ташкент"},
		{"right-to-left mark", "تهران\u200f", "تهران"},
		{"embeddings and override", "\u202a\u202ba\u202cb\u202d\u202ec", "abc"},
		{"isolates", "\u2066\u2067a\u2068b\u2069", "ab"},
		// The joiners, kept between letters (Persian, Indic conjuncts,
		// emoji sequences), dropped elsewhere.
		{"non-joiner in a Persian word", "می\u200cخواهم", "می\u200cخواهم"},
		{"non-joiner in Persian, with a mark before it", "\u0628\u064e\u200c\u0647", "\u0628\u064e\u200c\u0647"},
		{"joiner after a virama (Devanagari conjunct)", "क्\u200dष", "क्\u200dष"},
		{"non-joiner after a virama (Devanagari)", "क्\u200cष", "क्\u200cष"},
		{"joiner in an emoji sequence", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
		{"joiner after a skin tone modifier", "👋🏽\u200d👋", "👋🏽\u200d👋"},
		{"a run of joiners between letters", "می\u200c\u200dخواهم", "می\u200c\u200dخواهم"},
		{"a zero-width space inside a run", "می\u200c\u200b\u200dخواهم", "می\u200c\u200dخواهم"},
		{"joiners between Latin letters", "a\u200c\u200db", "ab"},
		{"joiners between Cyrillic letters", "Сол\u200dидар\u200cность", "Солидарность"},
		{"joiners between Chinese characters", "团\u200d结", "团结"},
		{"non-joiner in Devanagari", "क्\u200cष", "क्\u200cष"},
		{"non-joiner at the start", "\u200cمی", "می"},
		{"non-joiner at the end", "می\u200c", "می"},
		{"joiners alone", "\u200c\u200d", ""},
		{"non-joiner before a space", "می\u200c خواهم", "می خواهم"},
		{"non-joiner after a space", "می \u200cخواهم", "می خواهم"},
		{"joiner beside a no-break space", "a\u200d\u00a0b", "a b"},
		{"joiner beside a space after a dropped mark", "a\u200d\u200b b", "a b"},
		{"non-joiner before punctuation", "می\u200c.", "می."},
		{"joiner after punctuation", "(\u200dx)", "(x)"},
		{"joiner between digits", "12\u200d000", "12000"},
		{"non-joiner between a letter and a digit", "A\u200c1", "A1"},
		// Other format characters mean something: kept.
		{"Arabic number sign U+0600", "\u0600١٢٣", "\u0600١٢٣"},
		{"Arabic signs U+0601–U+0605", "\u0601\u0602\u0603\u0604\u0605١", "\u0601\u0602\u0603\u0604\u0605١"},
		{"Arabic end of ayah U+06DD", "\u06dd١٢", "\u06dd١٢"},
		{"function application U+2061", "f\u2061x", "f\u2061x"},
		// NFC, but not of CJK compatibility ideographs.
		{"NFD Cyrillic", "и\u0306", "й"},
		{"compatibility ideograph U+FA10", "\ufa10", "\ufa10"},
		{"compatibility ideograph U+F900", "\uf900", "\uf900"},
		{"compatibility ideograph U+2F800", "\U0002f800", "\U0002f800"},
		{"compatibility ideograph U+2FA1D", "\U0002fa1d", "\U0002fa1d"},
		{"compatibility ideograph in a name", "山\ufa10町", "山\ufa10町"},
		{"NFD around a compatibility ideograph", "и\u0306\ufa10и\u0306", "й\ufa10й"},
		{"a mark after a compatibility ideograph", "\ufa10\u0306", "\ufa10\u0306"},
		{"unified ideograph", "\u585a", "\u585a"},
		// The ideographic space: kept inside, trimmed at the ends.
		{"ideographic space inside", "東京\u3000都", "東京\u3000都"},
		{"ideographic space around a figure", "\u300012\u3000000\u3000", "12\u3000000"},
	} {
		got := Clean(c.in)
		if got != c.want {
			t.Errorf("%s: Clean(%+q) = %+q, want %+q", c.name, c.in, got, c.want)
		}
		if what := unclean(got); what != "" {
			t.Errorf("%s: Clean(%+q) = %+q: %s", c.name, c.in, got, what)
		}
		if again := Clean(got); again != got {
			t.Errorf("%s: Clean(%+q) = %+q, not Clean's own result", c.name, got, again)
		}
	}
}

// TestClean pins Clean's result on single cases.
func TestClean(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"  12 000 ", "12 000"},
		{"12\u202f000", "12 000"},
		{"\u00a01\u00a0234,5\u00a0", "1 234,5"},
		{"\ufeff2025-09-21", "2025-09-21"},
		{"\u200b", ""},
		{"\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2060\u200c\u200d\u00ad", ""},
		{"\u200b\u2060\ufeff\u00ad\u200c\u200d", ""},
		{"и\u0306", "й"},
		{"е\u0308", "ё"},
		{"Е\u0308ЛКА", "ЁЛКА"},
		{"Ташкент", "Ташкент"},
		{"北京\u3000", "北京"},
		{"a\u2009b", "a\u2009b"}, // a thin space is visible: kept
		{"\xff\xfe", "\xff\xfe"}, // not text, left to the caller
	} {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzClean: Clean is idempotent, leaves text valid that was valid, and
// its result holds nothing it should have cleaned (see unclean).
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "12 000", "12\u202f000", "\ufeffx", "и\u0306", "е\u0308\u0306", "a\u200bb", "\u0306", "Ё\u0301", "\xffи\u200b",
		"می\u200cخواهم", "a\u200c\u200b b", "\ufa10\u0306", "и\ufa10\u0306", "\u0600١"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if again := Clean(c); again != c {
			t.Errorf("Clean(%q) = %q, but Clean(%q) = %q", s, c, c, again)
		}
		if !utf8.ValidString(s) {
			return
		}
		if !utf8.ValidString(c) {
			t.Errorf("Clean(%q) = %q: invalid", s, c)
		}
		if what := unclean(c); what != "" {
			t.Errorf("Clean(%q) = %q: %s", s, c, what)
		}
		if c != strings.TrimSpace(c) {
			t.Errorf("Clean(%q) = %q: untrimmed", s, c)
		}
	})
}

// Benchmarks of a cell read as the reader reads it: Clean (before this
// change, strings.TrimSpace) and, for figures, the parse.
var benchCells = []struct{ name, cell string }{
	{"integer", "12345"},
	{"decimal", "1234.5"},
	{"ascii-text", "Solidarity-2025"},
	{"cyrillic-text", "Иссык-Кульская область"},
	{"nbsp-number", "12\u202f345"},
}

func BenchmarkCell(b *testing.B) {
	for _, c := range benchCells {
		b.Run("trim/"+c.name, func(b *testing.B) {
			for b.Loop() {
				benchSink = strings.TrimSpace(c.cell)
			}
		})
		b.Run("clean/"+c.name, func(b *testing.B) {
			for b.Loop() {
				benchSink = Clean(c.cell)
			}
		})
	}
}

// BenchmarkFigure is a figure cell read and parsed, the work done nine
// times a border row.
func BenchmarkFigure(b *testing.B) {
	for _, cell := range []string{"12345", "1234.5"} {
		b.Run("trim/"+cell, func(b *testing.B) {
			for b.Loop() {
				benchMilli, _, _ = Decimal(strings.TrimSpace(cell))
			}
		})
		b.Run("clean/"+cell, func(b *testing.B) {
			for b.Loop() {
				benchMilli, _, _ = Decimal(Clean(cell))
			}
		})
	}
}

var (
	benchSink  string
	benchMilli int64
)
