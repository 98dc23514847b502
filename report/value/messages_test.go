package value

import (
	"errors"
	"testing"

	"ratsreport/report/config"
	"ratsreport/report/msg"
)

// TestErrorMessages: each kind of error of the parsers is a message,
// with its key, in English (as Error() reads), Russian and Chinese.
func TestErrorMessages(t *testing.T) {
	cs := NewCountries(testStates(t))
	date := func(s string) error { _, err := Date(s, false); return err }
	integer := func(s string) error { _, err := Integer(s); return err }
	decimal := func(s string) error { _, _, err := Decimal(s); return err }
	country := func(s string) error { _, err := cs.Country(s); return err }
	for _, tc := range []struct {
		err        error
		key        msg.Key
		en, ru, zh string
	}{
		{date(""), msg.DateEmpty, "empty date", "пустая дата", "日期为空"},
		{date("09/21/2025"), msg.DateMonthFirst,
			`"09/21/2025" looks like month/day/year; expected day/month/year (21/09/2025) or 2025-09-21`,
			`"09/21/2025" похоже на запись «месяц/день/год»; ожидается «день/месяц/год» (21/09/2025) или 2025-09-21`,
			`"09/21/2025" 看似“月/日/年”格式；应为“日/月/年”（21/09/2025）或 2025-09-21`},
		{date("next week"), msg.DateInvalid,
			`"next week" is not a date; expected a date cell or text such as 2025-09-21, 21.09.2025 or 21/09/2025`,
			`"next week" — не дата; ожидается ячейка в формате даты или текст вида 2025-09-21, 21.09.2025 или 21/09/2025`,
			`"next week" 不是日期；应为日期格式的单元格，或 2025-09-21、21.09.2025、21/09/2025 形式的文本`},
		{date("32.01.2025"), msg.DateNotCalendar,
			`"32.01.2025" is not a calendar date`,
			`"32.01.2025" — несуществующая календарная дата`,
			`"32.01.2025" 不是有效的日历日期`},
		{date("31.02.2025"), msg.DateNoSuchDay,
			`"31.02.2025" is not a calendar date (February has no day 31)`,
			`"31.02.2025" — несуществующая календарная дата (в феврале нет 31-го числа)`,
			`"31.02.2025" 不是有效的日历日期（2月没有 31 日）`},
		{date("2025-11-31"), msg.DateNoSuchDay,
			`"2025-11-31" is not a calendar date (November has no day 31)`,
			`"2025-11-31" — несуществующая календарная дата (в ноябре нет 31-го числа)`,
			`"2025-11-31" 不是有效的日历日期（11月没有 31 日）`},
		{date("1985-01-01"), msg.DateOutOfRange,
			`"1985-01-01" is out of range; expected a date between 1990 and 2100`,
			`"1985-01-01" — вне допустимого диапазона; ожидается дата с 1990 по 2100 год`,
			`"1985-01-01" 超出范围；应为 1990 年至 2100 年之间的日期`},
		{date("3000000"), msg.SerialInvalid,
			`"3000000" is not a valid date serial number; expected a date`,
			`"3000000" — недопустимый порядковый номер даты; ожидается дата`,
			`"3000000" 不是有效的日期序列号；应为日期`},
		{date("60"), msg.SerialLeapDay1900,
			`60 is 29 February 1900, a day that did not exist; expected a real date`,
			`60 — это 29 февраля 1900 года, несуществовавший день; ожидается реальная дата`,
			`60 是 1900 年 2 月 29 日，该日并不存在；应为真实日期`},
		{date("100"), msg.SerialOutOfRange,
			`date serial 100 is 1900-04-09, out of range; expected a date between 1990 and 2100 (a number typed in a date column?)`,
			`порядковый номер даты 100 соответствует 1900-04-09 — вне допустимого диапазона; ожидается дата с 1990 по 2100 год (в столбец даты введено число?)`,
			`日期序列号 100 对应 1900-04-09，超出范围；应为 1990 年至 2100 年之间的日期（是否在日期列中输入了数字？）`},
		{integer(""), msg.NumberEmpty, "empty number", "пустое число", "数字为空"},
		{integer("3.5"), msg.NotCount,
			`"3.5" is not a whole number; expected a count such as 12 or 12 000`,
			`"3.5" — не целое число; ожидается количество, например 12 или 12 000`,
			`"3.5" 不是整数；应为数量，如 12 或 12 000`},
		{integer("1-2"), msg.NotWhole, `"1-2" is not a whole number`, `"1-2" — не целое число`, `"1-2" 不是整数`},
		{integer("-3"), msg.NegativeCount,
			`"-3" is negative; expected a count of zero or more`,
			`"-3" — отрицательное число; ожидается количество не меньше нуля`,
			`"-3" 为负数；应为大于或等于零的数量`},
		{integer("99999999999999999999"), msg.TooLarge,
			`"99999999999999999999" is too large`, `"99999999999999999999" — слишком большое число`, `"99999999999999999999" 过大`},
		{integer("12 34"), msg.NotGrouped,
			`"12 34" is not a number; expected digits with optional thousands separators (12 000 or 12,000)`,
			`"12 34" — не число; ожидаются цифры, возможно с разделителями разрядов (12 000 или 12,000)`,
			`"12 34" 不是数字；应为数字，可带千位分隔符（12 000 或 12,000）`},
		{decimal(""), msg.NumberEmpty, "empty number", "пустое число", "数字为空"},
		{decimal("1,234"), msg.AmbiguousComma,
			`"1,234" is ambiguous (a thousands separator or a decimal comma?); write 1234 or 1.234`,
			`"1,234" — неоднозначная запись (разделитель разрядов или десятичная запятая?); напишите 1234 или 1.234`,
			`"1,234" 有歧义（是千位分隔符还是小数逗号？）；请写作 1234 或 1.234`},
		{decimal("1.2.3"), msg.NotNumber, `"1.2.3" is not a number`, `"1.2.3" — не число`, `"1.2.3" 不是数字`},
		{decimal("1,2,3"), msg.NotDecimal,
			`"1,2,3" is not a number; expected a figure such as 8.75 or 8,75`,
			`"1,2,3" — не число; ожидается число вида 8.75 или 8,75`,
			`"1,2,3" 不是数字；应为 8.75 或 8,75 这样的数值`},
		{decimal("-1"), msg.Negative,
			`"-1" is negative; expected zero or more`,
			`"-1" — отрицательное число; ожидается ноль или больше`,
			`"-1" 为负数；应为零或更大`},
		{country(" Kazakstan "), msg.StateUnknown,
			`"Kazakstan" is not a known state; expected an ISO code (KZ, KAZ) or a name from config.toml`,
			`"Kazakstan" — неизвестное государство; ожидается код ISO (KZ, KAZ) или название из config.toml`,
			`"Kazakstan" 不是已知的国家；应为 ISO 代码（KZ、KAZ）或 config.toml 中的名称`},
	} {
		var e *msg.Error
		if !errors.As(tc.err, &e) || e.Key != tc.key {
			t.Errorf("%v: want an error of key %s", tc.err, tc.key)
			continue
		}
		if got := tc.err.Error(); got != tc.en {
			t.Errorf("%s: Error() = %q, want %q", tc.key, got, tc.en)
		}
		for lang, want := range map[string]string{"en": tc.en, "ru": tc.ru, "zh": tc.zh} {
			if got := msg.Text(lang, tc.err); got != want {
				t.Errorf("%s in %s:\n got %s\nwant %s", tc.key, lang, got, want)
			}
		}
	}
}

// TestCountrySuggest: a likely typo of a state's name, alias or alpha-3
// code suggests its name in the language asked for; a far-off name
// nothing.
func TestCountrySuggest(t *testing.T) {
	cs := NewCountries(testStates(t))
	for _, tc := range []struct {
		typed, lang, want string
	}{
		{"Kazakstan", "en", "Kazakhstan"},
		{"Kazakstan", "ru", "Казахстан"},
		{"Казахтан", "ru", "Казахстан"},
		{"Казахтан", "en", "Kazakhstan"},
		{"kazahstan", "zh", "哈萨克斯坦"},
		{"哈萨克期坦", "zh", "哈萨克斯坦"},
		{"KZA", "en", "Kazakhstan"}, // alpha-3 with two letters swapped
		{"Uzbekstan", "en", "Uzbekistan"},
		{"Кыргызтан", "ru", "Кыргызстан"},
		{"Republic of Tajikstan", "en", "Tajikistan"}, // near an alias
		{"Atlantis", "en", ""},
		{"aliens", "en", ""},
		{"Narnia", "en", ""},
		{"UK", "en", ""}, // two letters: no guess
		{"", "en", ""},
	} {
		got, ok := cs.Suggest(tc.typed, tc.lang)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Suggest(%q, %s) = %q, %v; want %q", tc.typed, tc.lang, got, ok, tc.want)
		}
	}
	// UnknownState gives the name as written of each unknown item.
	_, errs := cs.List("KZ; Kazakstan, Narnia")
	var names []string
	for _, err := range errs {
		n, ok := UnknownState(err)
		if !ok {
			t.Errorf("UnknownState(%v) = false", err)
		}
		names = append(names, n)
	}
	if len(names) != 2 || names[0] != "Kazakstan" || names[1] != "Narnia" {
		t.Errorf("unknown states = %q, want Kazakstan, Narnia", names)
	}
	if _, ok := UnknownState(errors.New("other")); ok {
		t.Error("UnknownState of another error = true")
	}
}

// testStates loads the repository's config.toml, whose states the tests
// rely on.
func testStates(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}
