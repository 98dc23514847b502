package lang

import (
	"os"
	"testing"
	"testing/fstest"
	"time"
)

func TestFormatsEnglish(t *testing.T) {
	en, miss, err := Load(os.DirFS("../../templates"), "en")
	if err != nil {
		t.Fatal(err)
	}
	if len(miss) != 0 {
		t.Errorf("English reports missing keys: %v", miss)
	}
	d := time.Date(2025, 9, 21, 0, 0, 0, 0, time.UTC)
	tests := []struct{ got, want string }{
		{en.Int(12345678), "12,345,678"},
		{en.Int(0), "0"},
		{en.Int(-1500), "−1,500"},
		{en.Milli(8750, 3), "8.75"},
		{en.Milli(1234567, 1), "1,234.6"},
		{en.Milli(12000, 3), "12"},
		{en.Percent(12.345), "+12.3%"},
		{en.Percent(-50), "−50%"},
		{en.Date(d), "21 September 2025"},
		{en.ShortDate(d), "21.09.2025"},
		{en.DateRange(d, d.AddDate(0, 0, 4)), "21–25 September 2025"},
		{en.DateRange(d, d.AddDate(0, 1, 0)), "21 September 2025 – 21 October 2025"},
		{en.Plural(1, "word.state"), "state"},
		{en.Plural(5, "word.state"), "states"},
		{en.T("no.such.key"), "[no.such.key]"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestFallbackAndPlurals(t *testing.T) {
	fsys := fstest.MapFS{
		"en/text.toml": {Data: []byte("[format]\nthousands = \",\"\ndecimal = \".\"\n[a]\nb = \"English only\"\nc = \"C\"\n[word.x]\none = \"x\"\nother = \"xs\"\n")},
		"ru/text.toml": {Data: []byte("[format]\nthousands = \"\u00a0\"\ndecimal = \",\"\n[a]\nc = \"Ц\"\n[word.x]\none = \"учение\"\nfew = \"учения\"\nmany = \"учений\"\n")},
	}
	ru, miss, err := Load(fsys, "ru")
	if err != nil {
		t.Fatal(err)
	}
	if len(miss) != 1 || miss[0] != (Missing{Lang: "ru", Key: "a.b"}) {
		t.Errorf("missing = %v, want [ru a.b]", miss)
	}
	tests := []struct{ got, want string }{
		{ru.T("a.b"), "English only"},
		{ru.T("a.c"), "Ц"},
		{ru.Int(12000), "12\u00a0000"},
		{ru.Milli(8750, 3), "8,75"},
		{ru.Plural(1, "word.x"), "учение"},
		{ru.Plural(3, "word.x"), "учения"},
		{ru.Plural(11, "word.x"), "учений"},
		{ru.Plural(21, "word.x"), "учение"},
		{ru.Plural(112, "word.x"), "учений"},
		{ru.Plural(25, "word.x"), "учений"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
	if _, _, err := Load(fstest.MapFS{"en/text.toml": {Data: []byte("a = \"{{if}}\"")}}, "en"); err == nil {
		t.Error("a broken template should fail to load")
	}
}

func TestExec(t *testing.T) {
	en, _, err := Load(os.DirFS("../../templates"), "en")
	if err != nil {
		t.Fatal(err)
	}
	got, err := en.Exec("narrative.exercises", map[string]any{"Year": 2025, "Count": 2, "States": 5, "Personnel": int64(1200), "Prev": 1, "PrevYear": 2024, "First": 2006, "Total": 19})
	if err != nil {
		t.Fatal(err)
	}
	want := "In 2025 the competent authorities of the member states held 2 joint anti-terrorist exercises with the participation of 5 states, involving 1,200 personnel (1 in 2024). Since 2006, 19 joint exercises have been held."
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if _, err := en.Exec("narrative.exercises", map[string]any{"Year": 2025}); err == nil {
		t.Error("a missing field should be an error, not a blank")
	}
}
