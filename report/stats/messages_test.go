package stats

import (
	"context"
	"strings"
	"testing"

	"ratsreport/report/msg"
)

// TestErrorsInLanguages: what cannot be answered as asked is said in
// Russian and Chinese too, the values the user typed quoted as typed.
func TestErrorsInLanguages(t *testing.T) {
	cfg, d := sample(t)
	en := texts(t, "en")
	all := Years{All: true}
	for _, c := range []struct {
		q          Query
		code       msg.Key
		en, ru, zh string
	}{
		{Query{Dataset: "bordr", Years: all}, msg.StatsDatasetUnknown,
			`unknown dataset "bordr"; expected one of exercises, border, conference, agreements, online, training, meetings`,
			`неизвестный набор данных "bordr"; ожидается один из: exercises, border, conference, agreements, online, training, meetings`,
			`未知数据集 "bordr"；应为以下之一：exercises, border, conference, agreements, online, training, meetings`},
		{Query{Dataset: "border", Years: all, By: []string{"colour"}}, msg.StatsDimensionUnknown,
			`unknown dimension "colour" for border; expected one of year, operation, state, section, area, indicator`,
			`неизвестное измерение "colour" для border; ожидается одно из: year, operation, state, section, area, indicator`,
			`border 没有维度 "colour"；应为以下之一：year, operation, state, section, area, indicator`},
		{Query{Dataset: "border", Years: all, By: []string{"state", "state"}}, msg.StatsByTwice,
			"--by names state twice", "--by указывает state дважды", "--by 两次指定了 state"},
		{Query{Dataset: "border", Years: all, Where: []string{"year=2025"}}, msg.StatsWhereYear,
			"--where cannot filter on year; use --year or --years",
			"--where не может отбирать по году; используйте --year или --years",
			"--where 不能按年份筛选；请使用 --year 或 --years"},
		{Query{Dataset: "exercises", Years: all, Where: []string{"kind=parade"}}, msg.StatsValueUnknown,
			`unknown value "parade" for kind; expected one of field, command-staff, computer-assisted, online`,
			`неизвестное значение "parade" для kind; ожидается одно из: field, command-staff, computer-assisted, online`,
			`kind 的值 "parade" 未知；应为以下之一：field, command-staff, computer-assisted, online`},
		{Query{Dataset: "border", Years: all, Measures: []string{"firearms"}, Where: []string{"indicator=drugs"}}, msg.StatsMeasureNone,
			"no measure left: --measures and --where indicator= name different indicators",
			"не осталось ни одного показателя: --measures и --where indicator= указывают разные индикаторы",
			"没有剩余的度量：--measures 与 --where indicator= 指定了不同的指标"},
		{Query{Dataset: "border", Years: Years{}}, msg.StatsYearsMissing,
			"no span of years; expected --year, --years FROM-TO or --years all",
			"не указан период; ожидается --year, --years ОТ-ДО или --years all",
			"未指定年份范围；应为 --year、--years 起-止 或 --years all"},
	} {
		_, err := Run(context.Background(), cfg, d, c.q, en)
		se, ok := err.(*Error)
		if !ok {
			t.Errorf("Run(%+v) = %v, want an *Error", c.q, err)
			continue
		}
		if se.Msg.Key != c.code {
			t.Errorf("Run(%+v): code %s, want %s", c.q, se.Msg.Key, c.code)
		}
		for _, w := range []struct{ lang, want string }{{"en", c.en}, {"ru", c.ru}, {"zh", c.zh}} {
			if got := msg.Text(w.lang, err); got != w.want {
				t.Errorf("Run(%+v) in %s:\n got %s\nwant %s", c.q, w.lang, got, w.want)
			}
		}
	}
	for _, c := range []struct{ in, ru, zh string }{
		{"abc", `--years "abc" — не период; ожидается год (2025), диапазон (2019-2025) или all`,
			`--years "abc" 不是年份范围；应为年份（2025）、范围（2019-2025）或 all`},
		{"2025-2019", `--years "2025-2019" — неправдоподобный период; ожидается ОТ-ДО, где 1990 <= ОТ <= ДО <= 2200`,
			`--years "2025-2019" 不是合理的范围；应为 起-止，且 1990 <= 起 <= 止 <= 2200`},
	} {
		_, err := ParseYears(c.in)
		if got := msg.Text("ru", err); got != c.ru {
			t.Errorf("ParseYears(%q) in ru = %q, want %q", c.in, got, c.ru)
		}
		if got := msg.Text("zh", err); got != c.zh {
			t.Errorf("ParseYears(%q) in zh = %q, want %q", c.in, got, c.zh)
		}
	}
}

// TestLongListInLanguages: a list of values cut short says how many more
// there are, in the message's language.
func TestLongListInLanguages(t *testing.T) {
	err := errorf(msg.StatsValueAbsent, "Nope", "area", msg.New(msg.StatsListMore, "a, b", 31))
	for lang, want := range map[string]string{
		"en": `unknown value "Nope" for area; the records have: a, b, … (31 more)`,
		"ru": `неизвестное значение "Nope" для area; в записях есть: a, b, … (ещё 31)`,
		"zh": `area 的值 "Nope" 未知；记录中有：a, b，……（另有 31 个）`,
	} {
		if got := msg.Text(lang, err); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if !strings.HasSuffix(err.Error(), "(31 more)") {
		t.Errorf("Error() = %q", err.Error())
	}
}
