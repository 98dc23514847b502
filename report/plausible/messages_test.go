package plausible

import (
	"testing"

	"ratsreport/report/model"
	"ratsreport/report/msg"
)

// TestWarningsInLanguages: the two warnings read in Russian and Chinese,
// with the state's name and the indicator's header in that language.
func TestWarningsInLanguages(t *testing.T) {
	cfg := sampleConfig(t)
	figure := history(cfg, "KZ", 2017, 2025, 12, 100)
	for _, b := range figure {
		if b.Year() == 2025 && b.Origin.Row == 7 {
			b.Values.Set(0, model.Dec{Milli: 100_000 * 1000, Reported: true})
		}
	}
	jump := history(cfg, "KZ", 2017, 2025, 12, 100)
	for _, b := range jump {
		if b.Year() == 2024 {
			v := b.Values.At(0)
			b.Values.Set(0, model.Dec{Milli: v.Milli * 15, Reported: true})
		}
	}
	for _, tc := range []struct {
		name   string
		border []*model.BorderReport
		code   msg.Key
		en     string
		ru, zh string
	}{
		{"figure", figure, msg.PlausibleFigureYears,
			"Border violators detained (persons) 100000 is far above what Kazakhstan reports: 1010 times its median per report (99 over 108 reports of 2017–2025), and more than 2 times its total for any other whole year (at most 1267); check it for a typing error or a wrong unit (if it is right, a real surge, keep it)",
			"Задержано нарушителей границы (чел.): значение 100000 намного выше того, что сообщает Казахстан: в 1010 раз больше медианы на отчёт (99 по 108 отчётам за 2017–2025) и более чем в 2 раза больше итога за любой другой полный год (не более 1267); проверьте, нет ли опечатки или ошибки в единицах измерения (если значение верно и рост действительно был, оставьте его)",
			"抓获越境违法人员（人） 100000 远高于哈萨克斯坦通常报告的数值：是每份报告中位数的 1010 倍（2017–2025 年 108 份报告的中位数为 99），且超过其他任何完整年度合计（最多 1267）的 2 倍；请检查是否存在录入错误或单位错误（如无误，确属激增，请保留）"},
		{"year jump", jump, msg.PlausibleJump,
			"Kazakhstan's Border violators detained (persons) for 2024 total 17895, 15 times the median of its other years (1205 over 8 years), at 1491.25 per report against a usual 100.416; check the 2024 figures for a wrong unit or a typing error (if they are right, keep them)",
			"Казахстан: Задержано нарушителей границы (чел.) за 2024 год — всего 17895, в 15 раз больше медианы за другие годы (1205 по 8 годам), в среднем 1491.25 на отчёт при обычных 100.416; проверьте данные за 2024 год на ошибку в единицах измерения или опечатку (если они верны, оставьте их)",
			"哈萨克斯坦 2024 年的抓获越境违法人员（人）合计 17895，是其他年份中位数（8 年的中位数为 1205）的 15 倍，平均每份报告 1491.25，而通常为 100.416；请检查 2024 年的数字是否存在单位错误或录入错误（如无误，请保留）"},
	} {
		ds := Check(cfg, &model.Data{Border: model.BordersOf(tc.border...)}, column)
		if len(ds) != 1 {
			t.Fatalf("%s: Check = %v, want one warning", tc.name, ds)
		}
		d := ds[0]
		if d.Code() != tc.code || d.Message != tc.en {
			t.Errorf("%s: %s %q, want %s %q", tc.name, d.Code(), d.Message, tc.code, tc.en)
		}
		for lang, want := range map[string]string{"ru": tc.ru, "zh": tc.zh} {
			if got := d.Text(lang); got != want {
				t.Errorf("%s in %s:\n got %s\nwant %s", tc.name, lang, got, want)
			}
		}
	}
}

// TestMultiples: "N times" and "over N reports" take the Russian plural
// forms; a multiple with decimals is written in the language's notation.
func TestMultiples(t *testing.T) {
	for _, tc := range []struct {
		m      msg.Message
		en, ru string
	}{
		{multiple(1), "1 times", "в 1 раз"},
		{multiple(2), "2 times", "в 2 раза"},
		{multiple(5), "5 times", "в 5 раз"},
		{multiple(21), "21 times", "в 21 раз"},
		{multiple(1.5), "1.5 times", "в 1,5 раза"},
		{times(22_000, 1000), "22 times", "в 22 раза"},
		{msg.New(msg.PlausibleReports, 1), "1 report", "1 отчёту"},
		{msg.New(msg.PlausibleReports, 2), "2 reports", "2 отчётам"},
		{msg.New(msg.PlausibleReports, 5), "5 reports", "5 отчётам"},
		{msg.New(msg.PlausibleReports, 21), "21 reports", "21 отчёту"},
		{msg.New(msg.PlausibleYears, 1), "1 year", "1 году"},
		{msg.New(msg.PlausibleYears, 3), "3 years", "3 годам"},
	} {
		if got := tc.m.In("en"); got != tc.en {
			t.Errorf("%v in en = %q, want %q", tc.m, got, tc.en)
		}
		if got := tc.m.In("ru"); got != tc.ru {
			t.Errorf("%v in ru = %q, want %q", tc.m, got, tc.ru)
		}
	}
}
