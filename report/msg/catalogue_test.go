package msg

import (
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestCatalogueComplete fails when a message exists in one language only,
// or when a translation takes other arguments than the English text.
func TestCatalogueComplete(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatal(err)
	}
	seen := map[Key]bool{}
	for _, e := range Entries() {
		if seen[e.Key] {
			t.Errorf("%s: the key is in the catalogue twice", e.Key)
		}
		seen[e.Key] = true
		texts := map[string]any{"en": e.EN, "ru": e.RU, "zh": e.ZH}
		for _, l := range Languages {
			x := texts[l]
			if x == nil || x == "" {
				t.Errorf("%s: no %s text", e.Key, l)
				continue
			}
			s, ok := x.(string)
			if !ok {
				continue // a plural selection: checked by rendering below
			}
			if en, ok := e.EN.(string); ok && l != "en" {
				if got, want := verbs(s), verbs(en); got != want {
					t.Errorf("%s: the %s text takes %s, the English %s", e.Key, l, got, want)
				}
			}
			if l != "en" && s == e.EN && strings.ContainsFunc(verbRE.ReplaceAllString(s, ""), isLetter) && !sameInEveryLanguage[e.Key] {
				t.Errorf("%s: the %s text is the English one, untranslated", e.Key, l)
			}
		}
	}
}

// sameInEveryLanguage are the keys whose text is rightly the same in
// every language (a format of punctuation and arguments only is never
// flagged; these hold a word that is not translated).
var sameInEveryLanguage = map[Key]bool{}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

var verbRE = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs lists a format's verbs in argument order (an explicit index
// places a verb at that argument), as a comparable string.
func verbs(format string) string {
	type v struct {
		pos  int
		verb string
	}
	var out []v
	next := 1
	for _, m := range verbRE.FindAllStringSubmatch(format, -1) {
		if strings.HasSuffix(m[0], "%") {
			continue
		}
		pos := next
		if m[1] != "" {
			pos = int(m[1][1] - '0')
		}
		verb := m[0][len(m[0])-1:]
		if verb == "q" || verb == "s" || verb == "v" {
			verb = "s" // «%s» for %q is the translator's choice
		}
		out = append(out, v{pos, verb})
		next = pos + 1
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	var b strings.Builder
	for _, x := range out {
		b.WriteString(x.verb)
	}
	return "[" + b.String() + "]"
}

func TestRender(t *testing.T) {
	for _, tc := range []struct {
		lang string
		key  Key
		args []any
		want string
	}{
		{"en", CountErrors, []any{1}, "1 error"},
		{"en", CountErrors, []any{2}, "2 errors"},
		{"en", CountErrors, []any{0}, "0 errors"},
		{"ru", CountErrors, []any{1}, "1 ошибка"},
		{"ru", CountErrors, []any{2}, "2 ошибки"},
		{"ru", CountErrors, []any{5}, "5 ошибок"},
		{"ru", CountErrors, []any{11}, "11 ошибок"},
		{"ru", CountErrors, []any{21}, "21 ошибка"},
		{"ru", CountErrors, []any{22}, "22 ошибки"},
		{"ru", CountWarnings, []any{0}, "0 предупреждений"},
		{"ru", CountNotices, []any{104}, "104 замечания"},
		{"zh", CountErrors, []any{3}, "3 个错误"},
		// years and row numbers are never grouped
		{"en", CountErrors, []any{2025}, "2025 errors"},
		{"ru", CountErrors, []any{12345}, "12345 ошибок"},
		// a Count is
		{"en", CountErrors, []any{Count(12345)}, "12,345 errors"},
		{"ru", CountErrors, []any{Count(12345)}, "12\u00a0345 ошибок"},
		{"ru", CountErrors, []any{Count(1)}, "1 ошибка"},
		{"en", UnknownLanguage, []any{"de", "en, ru, zh"}, `"de" is not a language of the messages; expected one of: en, ru, zh`},
		// a nested message reads in the same language
		{"ru", DiagCounts, []any{New(CountErrors, 2), New(CountWarnings, 1), New(CountNotices, 5)}, "2 ошибки, 1 предупреждение, 5 замечаний"},
		{"xx", SeverityError, nil, "error"},
		// the plural chosen by the second argument, a grouped count
		{"ru", ExportTooManyRows, []any{"border", Count(2000001), Count(1048575)}, "в наборе данных border 2\u00a0000\u00a0001 запись — больше, чем вмещает лист (1\u00a0048\u00a0575); экспортируйте его в sqlite или csv либо сузьте --years"},
		{"ru", ExportTooManyRows, []any{"border", Count(2000005), Count(1048575)}, "в наборе данных border 2\u00a0000\u00a0005 записей — больше, чем вмещает лист (1\u00a0048\u00a0575); экспортируйте его в sqlite или csv либо сузьте --years"},
		{"en", ExportTooManyRows, []any{"border", Count(2000001), Count(1048575)}, "the border dataset has 2,000,001 records, more than a sheet holds (1,048,575); export it as sqlite or csv, or narrow --years"},
	} {
		if got := Sprintf(tc.lang, tc.key, tc.args...); got != tc.want {
			t.Errorf("Sprintf(%s, %s, %v) = %q, want %q", tc.lang, tc.key, tc.args, got, tc.want)
		}
	}
}

func TestError(t *testing.T) {
	err := Errorf(UnknownLanguage, "de", "en, ru, zh")
	if got, want := err.Error(), `"de" is not a language of the messages; expected one of: en, ru, zh`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := Text("ru", err); !strings.HasPrefix(got, `"de" — не язык`) {
		t.Errorf("Text(ru) = %q", got)
	}
	// an error made of a message, as the argument of another, reads in the
	// other's language
	outer := Sprintf("ru", DiagCounts, err, "b", "c")
	if !strings.HasPrefix(outer, `"de" — не язык`) {
		t.Errorf("nested error in ru = %q", outer)
	}
}

func TestChoose(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, tc := range []struct {
		flag, conf string
		env        func(string) string
		want       string
		err        bool
	}{
		{"", "", env(), "en", false},
		{"", "", env("LANG", "ru_RU.UTF-8"), "ru", false},
		{"", "", env("LANG", "ru_RU.UTF-8", "LC_MESSAGES", "zh_CN.UTF-8"), "zh", false},
		{"", "", env("LANG", "ru_RU.UTF-8", "LC_ALL", "C"), "en", false},
		{"", "", env("LANG", "de_DE.UTF-8"), "en", false},
		{"", "zh", env("LANG", "ru_RU.UTF-8"), "zh", false},
		{"ru", "zh", env("LANG", "en_US.UTF-8"), "ru", false},
		{"RU", "", env(), "ru", false},
		{"zh-Hans", "", env(), "zh", false},
		{"klingon", "", env("LANG", "ru_RU.UTF-8"), "en", true},
		{"", "fr", env(), "en", true},
	} {
		got, err := Choose(tc.flag, tc.conf, tc.env)
		if got != tc.want || (err != nil) != tc.err {
			t.Errorf("Choose(%q, %q) = %q, %v; want %q, error %v", tc.flag, tc.conf, got, err, tc.want, tc.err)
		}
	}
}
