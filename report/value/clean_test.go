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
	{"no-break space U+00A0", spaced('\u00a0')},
	{"narrow no-break space U+202F", spaced('\u202f')},
	{"figure space U+2007", spaced('\u2007')},
	{"zero-width space U+200B", between('\u200b')},
	{"zero-width non-joiner U+200C", between('\u200c')},
	{"zero-width joiner U+200D", between('\u200d')},
	{"word joiner U+2060", between('\u2060')},
	{"byte order mark U+FEFF at the start", func(s string) string { return "\ufeff" + s }},
	{"NFD (й as и + U+0306, ё as е + U+0308)", norm.NFD.String},
	{"NFD with a zero-width space inside й", func(s string) string {
		return strings.ReplaceAll(norm.NFD.String(s), "\u0306", "\u200b\u0306")
	}},
	{"left-to-right mark U+200E", between('\u200e')},
	{"right-to-left mark U+200F", between('\u200f')},
	{"embedding and override U+202A–U+202E", func(s string) string { return "\u202a\u202b\u202d\u202e" + s + "\u202c" }},
	{"isolates U+2066–U+2069", func(s string) string { return "\u2066\u2067\u2068" + s + "\u2069" }},
}

// TestCleanHazards: a number, a decimal, a date, an enumeration, a state
// and a name typed with each hazard read as the same value typed plainly,
// once through Clean (as the reader reads every cell).
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
				if err != nil || got != k.want {
					t.Errorf("%q read as %q: %q, %v; want %q", typed, cleaned, got, err, k.want)
				}
				if !visibleOnly(cleaned) {
					t.Errorf("Clean(%q) = %q: holds an invisible or no-break character, or is not NFC", typed, cleaned)
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

// visibleOnly reports whether s is NFC and holds no invisible character
// and no no-break space.
func visibleOnly(s string) bool {
	if !norm.NFC.IsNormalString(s) {
		return false
	}
	for _, r := range s {
		if schema.Invisible(r) || noBreak(r) {
			return false
		}
	}
	return true
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
// its result holds nothing invisible (see visibleOnly).
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "12 000", "12\u202f000", "\ufeffx", "и\u0306", "е\u0308\u0306", "a\u200bb", "\u0306", "Ё\u0301", "\xffи\u200b"} {
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
		if !utf8.ValidString(c) || !visibleOnly(c) {
			t.Errorf("Clean(%q) = %q: invalid, invisible or not NFC", s, c)
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
