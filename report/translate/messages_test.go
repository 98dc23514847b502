package translate

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ratsreport/report/msg"
)

// TestDiagnosticsInLanguages: the translations workbook's problems read
// in Russian and Chinese; the texts and translations quoted stay as
// written.
func TestDiagnosticsInLanguages(t *testing.T) {
	path := writeRows(t, [][]string{
		{"Text", "en", "Русский", "fr", "zh", "ru", "Comment"},
		{"Tashkent", "", "Ташкент", "Tachkent", "塔什干", "", "own"},
		{"Astana", "", "Астана"},
		{" TASHKENT", "", "Ташкенд", "", "塔什幹"}, // clashes with row 2 in ru and zh
		{"astana", "", "", "", "阿斯塔纳"},          // completes row 3
		{"", "", "Минск"},
	})
	_, ds, err := Read(path, "templates/translations.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		cell       string
		code       msg.Key
		en, ru, zh string
	}{
		{"D1", msg.TranslateColumnUnknown,
			`the column "fr" is not a language of the editions (en, ru, zh) nor one of Text, Comment, Where, Column, Count; it is ignored`,
			`столбец "fr" — не язык изданий (en, ru, zh) и не один из столбцов Text, Comment, Where, Column, Count; он не учитывается`,
			`列 "fr" 既不是版本语言（en, ru, zh），也不是 Text、Comment、Where、Column、Count 之一；已忽略`},
		{"F1", msg.TranslateColumnTwice,
			`the column "ru" repeats column C; expected each column once`,
			`столбец "ru" повторяет столбец C; каждый столбец должен быть указан один раз`,
			`列 "ru" 与 C 列重复；每列只应出现一次`},
		{"A4", msg.TranslateTwiceDifferent,
			`the text "TASHKENT" is also at A2, translated differently: ru "Ташкент" there, "Ташкенд" here; zh "塔什干" there, "塔什幹" here; keep one row per text`,
			`текст "TASHKENT" есть также в A2, с другим переводом: ru: там "Ташкент", здесь "Ташкенд"; zh: там "塔什干", здесь "塔什幹"; оставьте одну строку на каждый текст`,
			`文本 "TASHKENT" 也出现在 A2，译文不同：ru：那里为 "Ташкент"，这里为 "Ташкенд"；zh：那里为 "塔什干"，这里为 "塔什幹"；每个文本只保留一行`},
		{"A5", msg.TranslateTwice,
			`the text "astana" is also at A3; keep one row per text (the two rows are combined)`,
			`текст "astana" есть также в A3; оставьте одну строку на каждый текст (две строки объединены)`,
			`文本 "astana" 也出现在 A3；每个文本只保留一行（两行已合并）`},
		{"A6", msg.TranslateTextMissing,
			"a translation without the text it translates; the row is ignored",
			"перевод без исходного текста; строка не учитывается",
			"有译文但没有原文；已忽略该行"},
	} {
		found := false
		for _, d := range ds {
			if d.Cell() != c.cell || d.Code() != c.code {
				continue
			}
			found = true
			for _, w := range []struct{ lang, want string }{{"en", c.en}, {"ru", c.ru}, {"zh", c.zh}} {
				if got := d.Text(w.lang); got != w.want {
					t.Errorf("%s in %s:\n got %s\nwant %s", c.cell, w.lang, got, w.want)
				}
			}
		}
		if !found {
			t.Errorf("no %s at %s; got:\n%v", c.code, c.cell, ds)
		}
	}
}

// TestNoHeaderInLanguages: a workbook without a header row is one error,
// in every language.
func TestNoHeaderInLanguages(t *testing.T) {
	_, ds, err := Read(writeRows(t, [][]string{{"Текст перевода", "ru"}}), "t.xlsx")
	if err != nil || len(ds) != 1 {
		t.Fatalf("Read = %v, %v; want one diagnostic", ds, err)
	}
	for lang, want := range map[string]string{
		"en": "no header row with a Text column in the first 10 rows; expected the columns Text, en, ru, zh (and Comment)",
		"ru": "в первых 10 строках нет строки заголовков со столбцом Text; ожидаются столбцы Text, en, ru, zh (и Comment)",
		"zh": "前 10 行中没有含 Text 列的标题行；应有 Text、en、ru、zh 列（以及 Comment 列）",
	} {
		if got := ds[0].Text(lang); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

// TestUnopenableInLanguages: a file that is not a workbook is an error
// made of a message, which wraps the library's error; a missing file is
// still fs.ErrNotExist.
func TestUnopenableInLanguages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "translations.xlsx")
	if err := os.WriteFile(path, []byte("not a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := Read(path, "templates/translations.xlsx")
	if err == nil || errors.Unwrap(err) == nil {
		t.Fatalf("Read = %v, want an error wrapping the library's", err)
	}
	for lang, want := range map[string]string{
		"en": "cannot open the translations workbook templates/translations.xlsx: ",
		"ru": "не удалось открыть рабочую книгу переводов templates/translations.xlsx: ",
		"zh": "无法打开译文工作簿 templates/translations.xlsx：",
	} {
		if got := msg.Text(lang, err); !strings.HasPrefix(got, want) {
			t.Errorf("%s: %q, want it to begin %q", lang, got, want)
		}
	}
	if _, _, err := Read(filepath.Join(t.TempDir(), "none.xlsx"), "none.xlsx"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing workbook: %v, want fs.ErrNotExist", err)
	}
}
