package value

import "testing"

func TestSplitUnit(t *testing.T) {
	for _, tc := range []struct{ in, num, unit string }{
		{"116,69 кг", "116,69", "кг"},
		{"12 чел.", "12", "чел."},
		{"5ед", "5", "ед"},
		{" 1 250 persons ", "1 250", "persons"},
		{"3 千克", "3", "千克"},
		{"116", "116", ""},
		{"кг 116", "кг 116", ""},
		{"", "", ""},
		{"1e3", "1", "e3"}, // a raw number in exponent form is parsed before units are looked for
	} {
		num, unit := SplitUnit(tc.in)
		if num != tc.num || unit != tc.unit {
			t.Errorf("SplitUnit(%q) = %q, %q; want %q, %q", tc.in, num, unit, tc.num, tc.unit)
		}
	}
}

func TestUnitKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"чел.", "чел"}, {"Чел.", "чел"}, {"persons", "person"}, {"Units", "unit"}, {"kg", "KG"}, {"ед.", "ЕД"}, {"千克", "千克"},
	} {
		if UnitKey(tc.a) != UnitKey(tc.b) {
			t.Errorf("UnitKey(%q) = %q, UnitKey(%q) = %q; want equal", tc.a, UnitKey(tc.a), tc.b, UnitKey(tc.b))
		}
	}
	if UnitKey("kg") == UnitKey("g") || UnitKey("кг") == UnitKey("г") {
		t.Error("kg and g fold to the same key")
	}
}
