package schema

import (
	"slices"
	"strings"
	"testing"
)

// enumerations lists every enumeration the contract's columns use.
func enumerations() []*Enumeration {
	var out []*Enumeration
	for _, s := range Sheets {
		for _, c := range s.Columns {
			if c.Enum != nil && !slices.Contains(out, c.Enum) {
				out = append(out, c.Enum)
			}
		}
	}
	return out
}

// FuzzLookup: a lookup never panics and finds only a key of the
// enumeration; padding or changing the case of a matching text does not
// change what it finds.
func FuzzLookup(f *testing.F) {
	enums := enumerations()
	for i, e := range enums {
		for _, v := range e.Values {
			for _, s := range append([]string{v.Key, v.RU, v.Zh}, v.Labels...) {
				f.Add(uint8(i), s)
			}
		}
	}
	for _, s := range []string{"", " ", "FIELD", "Полевое", "ХБРЯ", "хбря", "ёж", "подписаНо", "\u00a0signed\u2009", "in  force", "in\tforce"} {
		f.Add(uint8(0), s)
	}
	f.Fuzz(func(t *testing.T, which uint8, s string) {
		e := enums[int(which)%len(enums)]
		key, ok := e.Lookup(s)
		if !ok {
			if key != "" {
				t.Errorf("%s.Lookup(%q) = %q, false", e.Name, s, key)
			}
			return
		}
		if !slices.Contains(e.Keys(), key) {
			t.Fatalf("%s.Lookup(%q) = %q, not one of %q", e.Name, s, key, e.Keys())
		}
		if again, ok := e.Lookup(key); !ok || again != key {
			t.Errorf("%s.Lookup(%q) = %q, but the key looks up as %q, %v", e.Name, s, key, again, ok)
		}
		for _, v := range []string{" " + s + "\u00a0", strings.ToUpper(s), strings.ToLower(s)} {
			if again, ok := e.Lookup(v); ok && again != key {
				t.Errorf("%s.Lookup(%q) = %q, but Lookup(%q) = %q", e.Name, s, key, v, again)
			}
		}
		if again, ok := e.Lookup(" " + s + "\u00a0"); !ok || again != key {
			t.Errorf("%s.Lookup(%q) = %q, but padded it gives %q, %v", e.Name, s, key, again, ok)
		}
	})
}

// FuzzNormalize: folding is idempotent, trims, and leaves no run of
// spaces; a sheet key holds no space, '_' or '-'.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "  Start   date ", "Дата\u00a0начала", "ЁЛКА", "Border_operations", "Border - operations", "İ", "ǅ", "\xff\xfe", "a\u3000b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if again := Normalize(n); again != n {
			t.Errorf("Normalize(%q) = %q, but Normalize(%q) = %q", s, n, n, again)
		}
		if strings.Contains(n, "  ") || strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") {
			t.Errorf("Normalize(%q) = %q: untrimmed or repeated spaces", s, n)
		}
		k := SheetKey(s)
		if strings.ContainsAny(k, " _-") {
			t.Errorf("SheetKey(%q) = %q: holds a space, '_' or '-'", s, k)
		}
		if again := SheetKey(k); again != k {
			t.Errorf("SheetKey(%q) = %q, but SheetKey(%q) = %q", s, k, k, again)
		}
	})
}
