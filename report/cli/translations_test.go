package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"ratsreport/report/build"
	"ratsreport/report/config"
	"ratsreport/report/fonts"
	"ratsreport/report/load"
	"ratsreport/report/msg"
	"ratsreport/report/pdfreport"
	"ratsreport/report/summary"
	"ratsreport/report/translate"
)

// TestTranslationsRoundTrip: without a translations workbook, translations
// writes one with every text the editions of 2025 would print
// untranslated; filled in programmatically, the editions print each
// translation (in en and ru: the Go fonts need no CJK font), check counts
// nothing untranslated, and translations then writes nothing.
func TestTranslationsRoundTrip(t *testing.T) {
	cfgPath := copySample(t)
	dir := filepath.Dir(cfgPath)
	work := filepath.Join(dir, "templates", "translations.xlsx")
	run := func(args ...string) (int, string) {
		var out, errs bytes.Buffer
		code := Main(context.Background(), args, &Env{Stdout: &out, Stderr: &errs})
		return code, out.String() + errs.String()
	}
	if code, out := run("check", "--config", cfgPath); code != 0 || !strings.Contains(out, "the zh edition of 2025 would print") {
		t.Fatalf("check before: exit %d, want 0 and a count of untranslated texts:\n%s", code, out)
	}
	if code, out := run("check", "--config", cfgPath, "--strict", "--strict-translations"); code != ExitData {
		t.Fatalf("check --strict --strict-translations before: exit %d, want %d:\n%s", code, ExitData, out)
	}
	if code, out := run("translations", "--config", cfgPath); code != 0 || !strings.Contains(out, "lack a translation") {
		t.Fatalf("translations: exit %d:\n%s", code, out)
	}
	book, ds, err := translate.Read(work, "translations.xlsx")
	if err != nil || len(ds) > 0 {
		t.Fatalf("read the written workbook: %v %v", err, ds)
	}
	if len(book.Entries) < 100 {
		t.Fatalf("the workbook lists %d texts; the sample's 2025 editions print more than 100", len(book.Entries))
	}
	before, err := load.Read(context.Background(), mustConfig(t, cfgPath), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	filled := map[string]string{} // lang + text → the translation filled in
	for i, e := range book.Entries {
		if e.Where == "" || e.Count == 0 {
			t.Errorf("%q: no place or count (%q, %d)", e.Text, e.Where, e.Count)
		}
		for _, l := range translate.Languages {
			// The highlighted cells: what no row and no workbook translates.
			if before.Translations.Untranslated(e.Text, l) {
				if e.In[l] != "" {
					t.Errorf("%q: %s given, yet untranslated", e.Text, l)
				}
				e.In[l] = fmt.Sprintf("%s-%03d", strings.ToUpper(l), i)
				filled[l+"\x00"+e.Text] = e.In[l]
			}
		}
	}
	if len(filled) < 100 {
		t.Fatalf("%d cells filled; the sample's 2025 editions lack more than 100 translations", len(filled))
	}
	data, err := book.Bytes(nil, time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(work, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out := run("check", "--config", cfgPath, "--strict", "--strict-translations"); code != 0 || strings.Contains(out, "untranslated") {
		t.Fatalf("check after filling: exit %d, want 0 and no untranslated text:\n%s", code, out)
	}
	if code, out := run("translations", "--config", cfgPath); code != 0 || !strings.Contains(out, "is translated") {
		t.Fatalf("translations after filling: exit %d, want 0 and nothing to do:\n%s", code, out)
	}
	if now, _ := os.ReadFile(work); !bytes.Equal(now, data) {
		t.Error("translations rewrote a complete workbook")
	}

	// The editions print each filled translation of the texts the PDF
	// shows.
	in, err := load.Read(context.Background(), mustConfig(t, cfgPath), load.Options{Langs: []string{"en", "ru"}, Date: true})
	if err != nil {
		t.Fatal(err)
	}
	s := summary.Build(in.Config, in.Read.Data, in.Config.Report.Year)
	shown := pdfTexts(s)
	for _, l := range []string{"en", "ru"} {
		pin := build.PDFInput(in, s, l)
		pin.Fonts = fonts.Go()
		pages, err := pdfreport.Pages(context.Background(), pin)
		if err != nil {
			t.Fatal(err)
		}
		var text strings.Builder
		for _, p := range pages {
			text.WriteString(p.String())
		}
		n := 0
		for _, x := range shown {
			code, ok := filled[l+"\x00"+x]
			if !ok {
				continue
			}
			n++
			if !strings.Contains(text.String(), code) {
				t.Errorf("the %s edition does not print %s, the translation filled in for %q", l, code, x)
			}
		}
		if l == "ru" && n < 5 {
			t.Errorf("the %s edition: only %d filled translations among the texts the PDF shows", l, n)
		}
	}
}

// pdfTexts are the free texts the PDF report shows: the exercises'
// locations, the conference's cities, sessions and themes, the titles and
// places of the documents signed in the year and the titles of the
// contacts.
func pdfTexts(s *summary.Summary) []string {
	var out []string
	for _, e := range s.Exercises.Year {
		out = append(out, e.Location)
	}
	for _, x := range s.Conference.Sessions {
		out = append(out, x.City, x.Title, x.Theme)
	}
	for _, a := range s.Agreements.Signed {
		out = append(out, a.Title, a.Place)
	}
	for _, a := range s.Agreements.Contacts {
		out = append(out, a.Title)
	}
	return out
}

func mustConfig(t *testing.T, path string) *config.Config {
	t.Helper()
	cfg, err := load.Config(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestTranslationsMessages: help, a usage error and the summaries of
// translations in Russian and Chinese.
func TestTranslationsMessages(t *testing.T) {
	cfgPath := copySample(t) // no translations workbook: texts lack translations
	out := filepath.Join(t.TempDir(), "worklist.xlsx")
	checkMessages(t, []messageCase{
		{lang: "ru", args: []string{"translations", "--help"}, out: []string{
			"translations находит произвольный текст (места проведения, названия сессий,",
			"языки изданий, через запятую: en, ru, zh (по умолчанию — report.languages)"}},
		{lang: "zh", args: []string{"translations", "--help"}, out: []string{
			"translations 找出报告年份（或 --years 指定年份）各语言版本",
			"先行合并的已翻译工作簿副本（可多次指定）"}},
		{lang: "ru", args: []string{"--help"}, out: []string{"Внести в книгу переводов произвольный текст, который издания напечатали бы без перевода"}},
		{lang: "zh", args: []string{"--help"}, out: []string{"将各语言版本会原样印出、未经翻译的自由文本添加到翻译工作簿"}},
		{lang: "ru", args: []string{"translations", "--years", "soon", "--config", cfgPath}, code: ExitUsage,
			err: []string{`--years "soon": ожидается диапазон лет, например 2024-2025`}},
		{lang: "zh", args: []string{"translations", "--years", "soon", "--config", cfgPath}, code: ExitUsage,
			err: []string{`--years "soon"：应为年份范围，例如 2024-2025`}},
		// The shipped workbook translates every text of 2025.
		{lang: "ru", args: []string{"translations", "--config", "../../config.toml", "--out", out},
			out: []string{"все произвольные тексты изданий за 2025 г. на языках en, ru, zh переведены; файл templates/translations.xlsx не изменён\n"}},
		{lang: "zh", args: []string{"translations", "--config", "../../config.toml", "--out", out},
			out: []string{"2025 年 en, ru, zh 版本中的自由文本均已翻译；templates/translations.xlsx 未作改动\n"}},
	})
	// Without it, the worklist is written, then up to date; Russian says
	// how many texts lack a translation in the plural form of the number.
	ruTexts := func(n int) string {
		switch {
		case n%10 == 1 && n%100 != 11:
			return "остаётся %d текст"
		case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
			return "остаются %d текста"
		}
		return "остаются %d текстов"
	}
	code, stdout, errs := runIn(t, "ru", "translations", "--config", cfgPath, "--out", out)
	m := regexp.MustCompile(`^(.+): за 2025 г\. без перевода (\S+) (\d+) (\S+) \(en \d+, ru \d+, zh \d+\); соответствующие ячейки выделены цветом\n$`).FindStringSubmatch(stdout)
	if code != 0 || m == nil || m[1] != out {
		t.Fatalf("translations in Russian: exit %d\n%s%s", code, stdout, errs)
	}
	n, _ := strconv.Atoi(m[3])
	if got, want := m[2]+" "+m[3]+" "+m[4], fmt.Sprintf(ruTexts(n), n); got != want || n < 100 {
		t.Errorf("translations in Russian: %q, want %q (more than 100 texts)", got, want)
	}
	code, stdout, errs = runIn(t, "zh", "translations", "--config", cfgPath, "--out", out)
	if want := fmt.Sprintf("%s 已是最新：仍有 %d 条文本缺少译文\n", out, n); code != 0 || stdout != want {
		t.Errorf("translations in Chinese, again: exit %d\n%s%s\nwant %s", code, stdout, errs, want)
	}
	code, stdout, errs = runIn(t, "en", "translations", "--config", cfgPath, "--out", out)
	if want := fmt.Sprintf("%s is up to date: %d texts still lack a translation\n", out, n); code != 0 || stdout != want {
		t.Errorf("translations in English, again: exit %d\n%s%s\nwant %s", code, stdout, errs, want)
	}
}

// TestTranslationsPlurals: the summaries of translations with the
// Russian plural forms of 1, 2, 5 and 21, and spans of years.
func TestTranslationsPlurals(t *testing.T) {
	y2025, span := yearsText([]int{2025}), yearsText([]int{2024, 2025})
	for _, c := range []struct {
		lang string
		key  msg.Key
		args []any
		want string
	}{
		{"ru", msg.TranslationsMerged, []any{1}, "внесён 1 перевод"},
		{"ru", msg.TranslationsMerged, []any{2}, "внесено 2 перевода"},
		{"ru", msg.TranslationsMerged, []any{5}, "внесено 5 переводов"},
		{"ru", msg.TranslationsMerged, []any{21}, "внесён 21 перевод"},
		{"zh", msg.TranslationsMerged, []any{5}, "已合并 5 条译文"},
		{"en", msg.TranslationsMerged, []any{5}, "merged 5 translations"},
		{"ru", msg.TranslationsUpToDate, []any{"t.xlsx", 1}, "файл t.xlsx уже актуален: без перевода по-прежнему остаётся 1 текст"},
		{"ru", msg.TranslationsUpToDate, []any{"t.xlsx", 2}, "файл t.xlsx уже актуален: без перевода по-прежнему остаются 2 текста"},
		{"ru", msg.TranslationsUpToDate, []any{"t.xlsx", 5}, "файл t.xlsx уже актуален: без перевода по-прежнему остаются 5 текстов"},
		{"ru", msg.TranslationsUpToDate, []any{"t.xlsx", 21}, "файл t.xlsx уже актуален: без перевода по-прежнему остаётся 21 текст"},
		{"ru", msg.TranslationsLacking, []any{"t.xlsx", 1, y2025, "ru 1"},
			"t.xlsx: за 2025 г. без перевода остаётся 1 текст (ru 1); соответствующие ячейки выделены цветом"},
		{"ru", msg.TranslationsLacking, []any{"t.xlsx", 22, span, "ru 22"},
			"t.xlsx: за 2024–2025 гг. без перевода остаются 22 текста (ru 22); соответствующие ячейки выделены цветом"},
		{"ru", msg.TranslationsLacking, []any{"t.xlsx", 11, y2025, "ru 11"},
			"t.xlsx: за 2025 г. без перевода остаются 11 текстов (ru 11); соответствующие ячейки выделены цветом"},
		{"zh", msg.TranslationsLacking, []any{"t.xlsx", 2, span, "ru 2"}, "t.xlsx：2024–2025 年有 2 条文本缺少译文（ru 2）；相应单元格已标出"},
		{"en", msg.TranslationsLacking, []any{"t.xlsx", 2, span, "ru 2"}, "t.xlsx: 2 texts of 2024-2025 lack a translation (ru 2); their cells are highlighted"},
		{"ru", msg.TranslationsComplete, []any{"en, ru", span, "translations.xlsx"},
			"все произвольные тексты изданий за 2024–2025 гг. на языках en, ru переведены; файл translations.xlsx не изменён"},
		{"en", msg.TranslationsComplete, []any{"en, ru", y2025, "translations.xlsx"},
			"every free text of the en, ru editions of 2025 is translated; translations.xlsx is unchanged"},
	} {
		if got := msg.Sprintf(c.lang, c.key, c.args...); got != c.want {
			t.Errorf("%s %s %v = %q, want %q", c.lang, c.key, c.args, got, c.want)
		}
	}
}
