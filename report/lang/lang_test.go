package lang

import (
	"os"
	"strings"
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
		{en.Percent(999.94), "+999.9%"},
		{en.Percent(1000), "×11"},
		{en.Percent(18553.3), "×186.5"},
		{en.Percent(2_000_000), "×20,001"},
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

// TestShippedLanguages checks each shipped language's conventions for
// dates and numbers, and that it lacks no key of the English file.
func TestShippedLanguages(t *testing.T) {
	d := time.Date(2025, 9, 21, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang                      string
		date, dateRange, big, dec string
		page                      string
	}{
		{"en", "21 September 2025", "20–21 November 2025", "12,345,678", "9,815.6", "Page 3 of 12"},
		{"ru", "21 сентября 2025 г.", "20–21 ноября 2025 г.", "12\u00a0345\u00a0678", "9\u00a0815,6", "Страница 3 из 12"},
		{"zh", "2025年9月21日", "2025年11月20日至21日", "12,345,678", "9,815.6", "第3页，共12页"},
	}
	for _, tt := range tests {
		tx, missing, err := Load(os.DirFS("../../templates"), tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(missing) != 0 {
			t.Errorf("%s lacks %d keys, e.g. %v", tt.lang, len(missing), missing[0])
		}
		nov := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
		page := strings.NewReplacer("{current}", "3", "{total}", "12").Replace(tx.T("doc.page"))
		got := []string{tx.Date(d), tx.DateRange(nov, nov.AddDate(0, 0, 1)), tx.Int(12345678), tx.Fixed(9815600, 1), page}
		want := []string{tt.date, tt.dateRange, tt.big, tt.dec, tt.page}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: got %q, want %q", tt.lang, got[i], want[i])
			}
		}
	}
}

func TestFill(t *testing.T) {
	for _, tc := range []struct{ format, want string }{
		{"{d} {month} {y}", "1 December 2025"},
		{"{d1}–{d2} {month}", "{d1}–{d2} December"},
		{"no placeholders", "no placeholders"},
		{"{unknown} {d}", "{unknown} 1"},
		{"{d", "{d"},
		{"d}{d}{", "d}1{"},
		{"{}{y}", "{}2025"},
		{"{{y}}", "{2025}"},
		{"{d {y}", "{d 2025"},
		{"", ""},
	} {
		if got := Fill(tc.format, "d", "1", "month", "December", "y", "2025"); got != tc.want {
			t.Errorf("Fill(%q) = %q, want %q", tc.format, got, tc.want)
		}
	}
}

// FuzzFill: Fill gives what a strings.Replacer of the {name} forms gives,
// which is how the texts were filled before it.
func FuzzFill(f *testing.F) {
	for _, s := range []string{"{d} {month} {y}", "{{y}}", "{d {y}", "}{y}{", "{}", "{dd}.{mm}.{y}", "{unknown}{y}"} {
		f.Add(s)
	}
	pairs := []string{"d", "1", "dd", "01", "y", "2025", "month", "{y}"}
	f.Fuzz(func(t *testing.T, s string) {
		old := make([]string, len(pairs))
		for i, p := range pairs {
			if i%2 == 0 {
				p = "{" + p + "}"
			}
			old[i] = p
		}
		if got, want := Fill(s, pairs...), strings.NewReplacer(old...).Replace(s); got != want {
			t.Errorf("Fill(%q) = %q, a Replacer gives %q", s, got, want)
		}
	})
}
