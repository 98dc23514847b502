package load

import (
	"context"
	"testing"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/lang"
	"ratsreport/report/model"
	"ratsreport/report/msg"
)

// TestMessagesInLanguages: the loader's errors and diagnostics read in
// Russian and Chinese.
func TestMessagesInLanguages(t *testing.T) {
	cfg, err := Config(sampleConfig, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, yearErr := Config(sampleConfig, 1800)
	_, langErr := Prepare(cfg, Options{Langs: []string{"fr"}})
	_, epochErr := documentDate(cfg, env("SOURCE_DATE_EPOCH", "yesterday"))
	cfg.Report.Year = 2007
	empty := emptyYear(cfg, &model.Data{Border: model.BordersOf([]*model.BorderReport{{Start: model.MakeDate(2006, 1, 1)}, {Start: model.MakeDate(2008, 1, 1)}}...)})
	nothing := emptyYear(cfg, &model.Data{})
	gaps := translationGaps([]lang.Missing{{Lang: "zh", Key: "doc.contents"}})
	var verdict diag.List
	verdict.Add("a.xlsx", "", 0, 0, diag.Error, msg.LoadTranslationsMissing, "x")
	verdict.Add("a.xlsx", "", 0, 0, diag.Warning, msg.LoadTranslationsMissing, "x")
	verdict.Add("a.xlsx", "", 0, 0, diag.Warning, msg.LoadTranslationsMissing, "x")
	for _, c := range []struct {
		name       string
		l          msg.Localized
		en, ru, zh string
	}{
		{"--year", yearErr.(msg.Localized),
			"--year 1800 is not a plausible reporting year",
			"--year 1800 — неправдоподобный отчётный год",
			"--year 1800 不是合理的报告年份"},
		{"language", langErr.(msg.Localized),
			`unknown language "fr"; expected one of en, ru, zh`,
			`неизвестный язык "fr"; ожидается один из: en, ru, zh`,
			`未知语言 "fr"；应为以下之一：en, ru, zh`},
		{"SOURCE_DATE_EPOCH", epochErr.(msg.Localized),
			`SOURCE_DATE_EPOCH="yesterday" is not a number of seconds since 1970`,
			`SOURCE_DATE_EPOCH="yesterday" — не число секунд с 1970 года`,
			`SOURCE_DATE_EPOCH="yesterday" 不是自 1970 年以来的秒数`},
		{"empty year", empty[0].Msg,
			"the reporting year 2007 has no record in any dataset, so there is nothing to report; the sources hold records of 2006, 2008: choose one of those years (--year or report.year), or add the 2007 workbooks",
			"за отчётный 2007 год нет ни одной записи ни в одном наборе данных, отчитываться не о чем; в источниках: записи за 2006, 2008; выберите один из этих годов (--year или report.year) или добавьте рабочие книги за 2007 год",
			"报告年份 2007 在任何数据集中都没有记录，因此没有可报告的内容；数据来源中有：2006, 2008 年的记录。请选择其中一个年份（--year 或 report.year），或添加 2007 年的工作簿"},
		{"no record at all", nothing[0].Msg,
			"the reporting year 2007 has no record in any dataset, so there is nothing to report; the sources hold no dated record at all: choose one of those years (--year or report.year), or add the 2007 workbooks",
			"за отчётный 2007 год нет ни одной записи ни в одном наборе данных, отчитываться не о чем; в источниках: ни одной записи с датой; выберите один из этих годов (--year или report.year) или добавьте рабочие книги за 2007 год",
			"报告年份 2007 在任何数据集中都没有记录，因此没有可报告的内容；数据来源中有：没有任何带日期的记录。请选择其中一个年份（--year 或 report.year），或添加 2007 年的工作簿"},
		{"translation gap", gaps[0].Msg,
			`no zh translation for "doc.contents"; the English text is used`,
			`нет перевода на язык zh для "doc.contents"; используется текст на английском языке`,
			`"doc.contents" 没有 zh 译文；使用英文文本`},
		{"verdict", verdict.Counts(),
			"1 error, 2 warnings, 0 notices",
			"1 ошибка, 2 предупреждения, 0 замечаний",
			"1 个错误，2 个警告，0 条提示"},
	} {
		for _, w := range []struct{ lang, want string }{{"en", c.en}, {"ru", c.ru}, {"zh", c.zh}} {
			if got := c.l.In(w.lang); got != w.want {
				t.Errorf("%s in %s:\n got %s\nwant %s", c.name, w.lang, got, w.want)
			}
		}
	}
}

// TestUntranslatedPlurals: the notice of free texts left untranslated
// takes the Russian plural of the texts in all (1, 2, 5, 21).
func TestUntranslatedPlurals(t *testing.T) {
	for _, c := range []struct {
		n      int
		ru, zh string
	}{
		{1, "издание на языке ru за 2025 год напечатает без перевода, как написано, 1 из 1 произвольного текста; `ratsreport translations` добавит их в t.xlsx для переводчиков",
			"2025 年的 ru 版本将有 1 条自由文本（共 1 条）未经翻译、按原文打印；`ratsreport translations` 会将其添加到 t.xlsx 供译员翻译"},
		{2, "издание на языке ru за 2025 год напечатает без перевода, как написано, 1 из 2 произвольных текстов; `ratsreport translations` добавит их в t.xlsx для переводчиков",
			"2025 年的 ru 版本将有 1 条自由文本（共 2 条）未经翻译、按原文打印；`ratsreport translations` 会将其添加到 t.xlsx 供译员翻译"},
		{5, "издание на языке ru за 2025 год напечатает без перевода, как написано, 1 из 5 произвольных текстов; `ratsreport translations` добавит их в t.xlsx для переводчиков",
			"2025 年的 ru 版本将有 1 条自由文本（共 5 条）未经翻译、按原文打印；`ratsreport translations` 会将其添加到 t.xlsx 供译员翻译"},
		{21, "издание на языке ru за 2025 год напечатает без перевода, как написано, 1 из 21 произвольного текста; `ratsreport translations` добавит их в t.xlsx для переводчиков",
			"2025 年的 ru 版本将有 1 条自由文本（共 21 条）未经翻译、按原文打印；`ratsreport translations` 会将其添加到 t.xlsx 供译员翻译"},
	} {
		m := msg.New(msg.LoadFreeTextUntranslated, "ru", 2025, 1, c.n, "t.xlsx")
		if got := m.In("ru"); got != c.ru {
			t.Errorf("%d in ru:\n got %s\nwant %s", c.n, got, c.ru)
		}
		if got := m.In("zh"); got != c.zh {
			t.Errorf("%d in zh:\n got %s\nwant %s", c.n, got, c.zh)
		}
	}
}

// TestProgressInLanguage: the progress is told as messages, which read in
// the language of whoever prints them.
func TestProgressInLanguage(t *testing.T) {
	cfg, err := config.Load(copyConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	var stages []string
	_, err = Read(context.Background(), cfg, Options{Langs: []string{"en"}, Progress: func(m msg.Message) { stages = append(stages, m.In("ru")) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(stages) == 0 || stages[0] != "чтение рабочих книг" {
		t.Errorf("stages %q, want the first in Russian", stages)
	}
}
