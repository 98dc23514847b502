package schema

import "testing"

// TestNameKey checks every normalisation rule of the contract's names.
func TestNameKey(t *testing.T) {
	for _, c := range []struct{ rule, a, b string }{
		{"case", "SOLIDARITY-2025", "solidarity-2025"},
		{"surrounding and repeated spaces", "  CIS   ATC ", "CIS ATC"},
		{"no-break and thin spaces", "CIS\u00a0ATC", "CIS ATC"},
		{"narrow no-break space", "CIS\u202fATC", "CIS ATC"},
		{"zero-width space", "CIS\u200b ATC", "CIS ATC"},
		{"zero-width inside a word", "Solid\u200barity", "Solidarity"},
		{"en dash", "Solidarity–2025", "Solidarity-2025"},
		{"em dash", "Solidarity—2025", "Solidarity-2025"},
		{"minus sign", "Solidarity−2025", "Solidarity-2025"},
		{"hyphen U+2010", "Solidarity‐2025", "Solidarity-2025"},
		{"spaces around a dash", "Solidarity - 2025", "Solidarity-2025"},
		{"space before a dash only", "Solidarity -2025", "Solidarity-2025"},
		{"guillemets", "«Солидарность-2025»", "Солидарность-2025"},
		{"curly quotes", "“CIS ATC”", "CIS ATC"},
		{"straight quotes", `"CIS ATC"`, "CIS ATC"},
		{"apostrophes", "‘CIS ATC’", "CIS ATC"},
		{"ё as е", "Объединённые", "Объединенные"},
		{"Ё capital", "ЁЛКА", "елка"},
		{"NFKC fullwidth", "ＣＩＳ ＡＴＣ", "CIS ATC"},
		{"NFKC ligature", "ﬁnance", "finance"},
		{"decomposed й", "Кыргызстан и\u0306", "Кыргызстан й"},
		{"Chinese dash", "团结协作—2025", "团结协作-2025"},
	} {
		if ka, kb := NameKey(c.a), NameKey(c.b); ka != kb {
			t.Errorf("%s: NameKey(%q) = %q, NameKey(%q) = %q; want equal", c.rule, c.a, ka, c.b, kb)
		}
	}
	for _, c := range []struct{ rule, a, b string }{
		{"letters differ", "Solidarity", "Solidarnost"},
		{"Cyrillic look-alike stays Cyrillic", "Sоlidarity", "Solidarity"},
		{"a dash is not a space", "Sary-Arka", "Sary Arka"},
	} {
		if NameKey(c.a) == NameKey(c.b) {
			t.Errorf("%s: NameKey(%q) == NameKey(%q) = %q; want different", c.rule, c.a, c.b, NameKey(c.a))
		}
	}
	if got := NameKey(" «Солидарность – 2025» "); got != "солидарность-2025" {
		t.Errorf("NameKey = %q; want солидарность-2025", got)
	}
}
