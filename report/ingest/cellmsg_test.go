package ingest

import (
	"strings"
	"testing"

	"ratsreport/report/msg"
)

// cellMessagesBooks writes the workbooks of TestCellMessages into dir:
// border sheets with Russian, English and Chinese headers, and the
// exercises, conference and agreements sheets, a mistake in each row.
func cellMessagesBooks(t *testing.T, dir string) {
	t.Helper()
	writeBook(t, dir, "border-ru.xlsx", sheet{name: "Пограничные операции", rows: [][]any{
		{"Операция", "Отчитывающееся государство", "Дата начала", "Дата окончания", "Участок", "Район", "Изъято наркотиков (кг)", "Изъято огнестрельного оружия (ед.)"},
		{"Солидарность-2025", "Казахтан", "01.09.2025", "30.09.2025", "внутрений", "А", "1,2345", "#N/A"},
		{"Солидарност-2025", "KZ", "31.02.2025", "30.09.2025", "sideways", "Б", "", "3.5"},
		{"Солидарность-2025", "Atlantis", "30.09.2025", "01.09.2025", "внешний", "В", "", ""},
		{"Солидарность-2024", "KZ", "01.09.2025", "30.09.2025", "extrenal", "Г", "", ""},
		{"", "KZ", "01.09.2025", "30.09.2025", "внешний", "Д", "", ""},
	}})
	writeBook(t, dir, "border-en.xlsx", sheet{name: "Border operations", rows: [][]any{
		{"Operation", "Reporting state", "Start date", "End date", "Section", "Area", "Drugs seized (kg)", "Firearms seized (units)"},
		{"Solidarity-2025", "Kazakstan", "2025-09-01", "2025-09-30", "extrenal", "A", "", ""},
		{"Solidarity-2025", "KZ", "2025-09-01", "2025-09-30", "sideways", "B", "", ""},
		{"Sоlidarity-2025", "KZ", "2025-09-01", "2025-09-30", "internal", "C", "", ""}, // a Cyrillic о
		{"Solidarty-2025", "KZ", "2025-09-01", "2025-09-30", "internal", "D", "", ""},
	}})
	// The contract's columns have no Chinese headers: a sheet whose
	// indicators are headed in Chinese is a Chinese sheet.
	writeBook(t, dir, "border-zh.xlsx", sheet{name: "Border operations", rows: [][]any{
		{"Operation", "Reporting state", "Start date", "End date", "Section", "Area", "抓获越境违法人员（人）"},
		{"Solidarity-2025", "哈萨克期坦", "2025-09-01", "2025-09-30", "sideways", "A", "-1"},
	}})
	writeBook(t, dir, "other.xlsx",
		sheet{name: "Exercises", rows: [][]any{exerciseHeader,
			exerciseRow(map[int]any{0: "Vostok-Antiterror-2025", 9: "aliens", 6: "KZ, Uzbekstan, Narnia", 7: "UNODC (two experts)"}),
		}},
		sheet{name: "Conference", rows: [][]any{
			{"Edition", "Date", "City", "Country", "Session", "Format"},
			{0, "2025-11-20", "Tashkent", "UZ", "Opening", "plenary"},
		}},
		sheet{name: "Соглашения", rows: [][]any{
			{"Контрагент", "Тип контрагента", "Документ", "Статус", "Дата подписания"},
			{"UNODC", "международная организация", "меморандум", "подписан", ""},
		}},
	)
}

// TestCellMessages: every kind of diagnostic about a data row's cells,
// in English, Russian and Chinese. The column is named, and the accepted
// values listed, in the language of the sheet's header row; a value
// that is a likely typo of an enumeration's value, of a state or of a
// registry name comes with what it likely meant, in the sheet's
// language; a far-off value comes with no guess.
func TestCellMessages(t *testing.T) {
	dir := t.TempDir()
	cellMessagesBooks(t, dir)
	res := read(t, dir)
	const ru, en = "border-ru.xlsx:Пограничные операции!", "border-en.xlsx:Border operations!"
	for _, tc := range []struct {
		loc        string
		code       msg.Key
		en, ru, zh string
	}{
		// Russian headers: Russian column names, values and suggestions.
		{ru + "E2", msg.EnumInvalid,
			`Участок: "внутрений" is not a valid value; expected one of: внешний, внутренний; did you mean "внутренний"?`,
			`Участок: "внутрений" — недопустимое значение; ожидается одно из: внешний, внутренний; возможно, имелось в виду «внутренний»?`,
			`Участок："внутрений" 不是有效值；应为以下之一：внешний, внутренний；是否应为“внутренний”？`},
		{ru + "E5", msg.EnumInvalid, // an English typo, the Russian label suggested
			`Участок: "extrenal" is not a valid value; expected one of: внешний, внутренний; did you mean "внешний"?`,
			`Участок: "extrenal" — недопустимое значение; ожидается одно из: внешний, внутренний; возможно, имелось в виду «внешний»?`,
			`Участок："extrenal" 不是有效值；应为以下之一：внешний, внутренний；是否应为“внешний”？`},
		{ru + "E3", msg.EnumInvalid,
			`Участок: "sideways" is not a valid value; expected one of: внешний, внутренний`,
			`Участок: "sideways" — недопустимое значение; ожидается одно из: внешний, внутренний`,
			`Участок："sideways" 不是有效值；应为以下之一：внешний, внутренний`},
		{ru + "B2", msg.CellInvalid,
			`Отчитывающееся государство: "Казахтан" is not a known state; expected an ISO code (KZ, KAZ) or a name from config.toml; did you mean "Казахстан"?`,
			`Отчитывающееся государство: "Казахтан" — неизвестное государство; ожидается код ISO (KZ, KAZ) или название из config.toml; возможно, имелось в виду «Казахстан»?`,
			`Отчитывающееся государство："Казахтан" 不是已知的国家；应为 ISO 代码（KZ、KAZ）或 config.toml 中的名称；是否应为“Казахстан”？`},
		{ru + "B4", msg.CellInvalid,
			`Отчитывающееся государство: "Atlantis" is not a known state; expected an ISO code (KZ, KAZ) or a name from config.toml`,
			`Отчитывающееся государство: "Atlantis" — неизвестное государство; ожидается код ISO (KZ, KAZ) или название из config.toml`,
			`Отчитывающееся государство："Atlantis" 不是已知的国家；应为 ISO 代码（KZ、KAZ）或 config.toml 中的名称`},
		{ru + "C3", msg.CellInvalid,
			`Дата начала: "31.02.2025" is not a calendar date (February has no day 31)`,
			`Дата начала: "31.02.2025" — несуществующая календарная дата (в феврале нет 31-го числа)`,
			`Дата начала："31.02.2025" 不是有效的日历日期（2月没有 31 日）`},
		{ru + "H3", msg.CellInvalid,
			`Изъято огнестрельного оружия (ед.): "3.5" is not a whole number; expected a count such as 12 or 12 000`,
			`Изъято огнестрельного оружия (ед.): "3.5" — не целое число; ожидается количество, например 12 или 12 000`,
			`Изъято огнестрельного оружия (ед.)："3.5" 不是整数；应为数量，如 12 或 12 000`},
		{ru + "G2", msg.FigureRounded,
			`Изъято наркотиков (кг): 1,2345 has more than 3 decimals; kept as 1.235`,
			`Изъято наркотиков (кг): в 1,2345 более 3 знаков после запятой; сохранено как 1.235`,
			`Изъято наркотиков (кг)：1,2345 的小数超过 3 位；按 1.235 保留`},
		{ru + "H2", msg.FigureFormulaError,
			`Изъято огнестрельного оружия (ед.): the cell holds the error #N/A (a formula failed); expected a figure, or an empty cell when not reported`,
			`Изъято огнестрельного оружия (ед.): ячейка содержит ошибку #N/A (формула не вычислена); ожидается число или пустая ячейка, если показатель не представляется`,
			`Изъято огнестрельного оружия (ед.)：单元格含有错误 #N/A（公式计算失败）；应为数值，未报告时留空`},
		{ru + "D4", msg.EndBeforeStart,
			`Дата окончания: 2025-09-01 is before the start date 2025-09-30; expected an end on or after the start`,
			`Дата окончания: 2025-09-01 — раньше даты начала 2025-09-30; дата окончания должна быть не раньше даты начала`,
			`Дата окончания：2025-09-01 早于开始日期 2025-09-30；结束日期应不早于开始日期`},
		{ru + "A6", msg.Required,
			`Операция: required value missing`,
			`Операция: не заполнено обязательное значение`,
			`Операция：缺少必填值`},
		{ru + "A3", msg.NameUnknown, // a registry name's typo: the closest entry, by its Russian name
			"Операция: \"Солидарност-2025\" is not in the registry of operations in config.toml; kept as written, counted apart from every registered name; closest: Солидарность (solidarity); if it is new, add it to the registry (`check` prints an entry to paste for each unknown name of the records it reads) (given once per sheet, at the first cell)",
			"Операция: \"Солидарност-2025\" нет в реестре operations в config.toml; сохранено как написано и учитывается отдельно от всех зарегистрированных названий; ближайшие: Солидарность (solidarity); если это новое название, добавьте его в реестр (команда `check` выводит готовую для вставки запись для каждого неизвестного названия в прочитанных записях) (сообщается один раз на лист, у первой ячейки)",
			"Операция：\"Солидарност-2025\" 不在 config.toml 的 operations 登记表中；按原文保留，与所有已登记名称分开统计；最接近的：Солидарность (solidarity)；如为新名称，请将其加入登记表（`check` 会为所读记录中的每个未知名称输出一条可粘贴的条目）（每个工作表仅在第一个单元格提示一次）"},
		{ru + "A5", msg.NameYearMismatch,
			`Операция: "Солидарность-2024" carries the year 2024 but the row starts in 2025; expected the year of its dates (a copy of last year's row?) (given once per sheet, at the first cell)`,
			`Операция: в "Солидарность-2024" указан год 2024, но строка начинается в 2025 году; ожидается год её дат (строка скопирована из прошлогоднего отчёта?) (сообщается один раз на лист, у первой ячейки)`,
			`Операция："Солидарность-2024" 带有年份 2024，但该行开始于 2025 年；应为其日期所在的年份（是否复制了去年的行？）（每个工作表仅在第一个单元格提示一次）`},

		// English headers: the English words of today.
		{en + "E2", msg.EnumInvalid,
			`Section: "extrenal" is not a valid value; expected one of: external, internal; did you mean "external"?`,
			`Section: "extrenal" — недопустимое значение; ожидается одно из: external, internal; возможно, имелось в виду «external»?`,
			`Section："extrenal" 不是有效值；应为以下之一：external, internal；是否应为“external”？`},
		{en + "E3", msg.EnumInvalid,
			`Section: "sideways" is not a valid value; expected one of: external, internal`,
			`Section: "sideways" — недопустимое значение; ожидается одно из: external, internal`,
			`Section："sideways" 不是有效值；应为以下之一：external, internal`},
		{en + "B2", msg.CellInvalid,
			`Reporting state: "Kazakstan" is not a known state; expected an ISO code (KZ, KAZ) or a name from config.toml; did you mean "Kazakhstan"?`,
			`Reporting state: "Kazakstan" — неизвестное государство; ожидается код ISO (KZ, KAZ) или название из config.toml; возможно, имелось в виду «Kazakhstan»?`,
			`Reporting state："Kazakstan" 不是已知的国家；应为 ISO 代码（KZ、KAZ）或 config.toml 中的名称；是否应为“Kazakhstan”？`},
		{en + "A4", msg.NameLookalike,
			`Operation: "Sоlidarity-2025" mixes Latin and Cyrillic letters that look alike; read as "Solidarity-2025" (retype it in one script) (given once per sheet, at the first cell)`,
			`Operation: в "Sоlidarity-2025" смешаны похожие латинские и кириллические буквы; прочитано как "Solidarity-2025" (наберите название буквами одного алфавита) (сообщается один раз на лист, у первой ячейки)`,
			`Operation："Sоlidarity-2025" 混用了外形相似的拉丁字母和西里尔字母；已读作 "Solidarity-2025"（请只用一种字母重新输入）（每个工作表仅在第一个单元格提示一次）`},
		{en + "A5", msg.NameUnknown,
			"Operation: \"Solidarty-2025\" is not in the registry of operations in config.toml; kept as written, counted apart from every registered name; closest: Solidarity (solidarity); if it is new, add it to the registry (`check` prints an entry to paste for each unknown name of the records it reads) (given once per sheet, at the first cell)",
			"Operation: \"Solidarty-2025\" нет в реестре operations в config.toml; сохранено как написано и учитывается отдельно от всех зарегистрированных названий; ближайшие: Solidarity (solidarity); если это новое название, добавьте его в реестр (команда `check` выводит готовую для вставки запись для каждого неизвестного названия в прочитанных записях) (сообщается один раз на лист, у первой ячейки)",
			"Operation：\"Solidarty-2025\" 不在 config.toml 的 operations 登记表中；按原文保留，与所有已登记名称分开统计；最接近的：Solidarity (solidarity)；如为新名称，请将其加入登记表（`check` 会为所读记录中的每个未知名称输出一条可粘贴的条目）（每个工作表仅在第一个单元格提示一次）"},

		// Chinese headers: the indicators' Chinese headers, the Chinese
		// labels and names; the contract's columns in English.
		{"border-zh.xlsx:Border operations!E2", msg.EnumInvalid,
			`Section: "sideways" is not a valid value; expected one of: 外部、内部`,
			`Section: "sideways" — недопустимое значение; ожидается одно из: 外部、内部`,
			`Section："sideways" 不是有效值；应为以下之一：外部、内部`},
		{"border-zh.xlsx:Border operations!B2", msg.CellInvalid,
			`Reporting state: "哈萨克期坦" is not a known state; expected an ISO code (KZ, KAZ) or a name from config.toml; did you mean "哈萨克斯坦"?`,
			`Reporting state: "哈萨克期坦" — неизвестное государство; ожидается код ISO (KZ, KAZ) или название из config.toml; возможно, имелось в виду «哈萨克斯坦»?`,
			`Reporting state："哈萨克期坦" 不是已知的国家；应为 ISO 代码（KZ、KAZ）或 config.toml 中的名称；是否应为“哈萨克斯坦”？`},
		{"border-zh.xlsx:Border operations!G2", msg.CellInvalid,
			`抓获越境违法人员（人）: "-1" is negative; expected a count of zero or more`,
			`抓获越境违法人员（人）: "-1" — отрицательное число; ожидается количество не меньше нуля`,
			`抓获越境违法人员（人）："-1" 为负数；应为大于或等于零的数量`},

		// The other sheets.
		{"other.xlsx:Exercises!J2", msg.EnumInvalid,
			`Threat: "aliens" is not a valid value; expected one of: hostage-taking, crowded-place attack, critical-infrastructure attack, armed incursion, cbrn, online propaganda and recruitment, terrorism financing, other`,
			`Threat: "aliens" — недопустимое значение; ожидается одно из: hostage-taking, crowded-place attack, critical-infrastructure attack, armed incursion, cbrn, online propaganda and recruitment, terrorism financing, other`,
			`Threat："aliens" 不是有效值；应为以下之一：hostage-taking, crowded-place attack, critical-infrastructure attack, armed incursion, cbrn, online propaganda and recruitment, terrorism financing, other`},
		{"other.xlsx:Exercises!H2", msg.NameQualifier,
			`Observers: "UNODC (two experts)" is read as the name before (two experts); the bracketed words are a comment, not part of the name`,
			`Observers: "UNODC (two experts)" прочитано как название, стоящее перед (two experts); слова в скобках считаются комментарием, а не частью названия`,
			`Observers："UNODC (two experts)" 读作 (two experts) 之前的名称；括号内的文字视为注释，不属于名称`},
		{"other.xlsx:Conference!A2", msg.EditionInvalid,
			`Edition: 0 is not a conference number; expected the edition's ordinal, such as 11`,
			`Edition: 0 — недопустимый номер конференции; ожидается её порядковый номер, например 11`,
			`Edition：0 不是有效的会议届次；应为届次序号，如 11`},
		{"other.xlsx:Соглашения!E2", msg.SignedDateMissing,
			`Дата подписания: missing; required when the status is "подписан"`,
			`Дата подписания: не указана; обязательна при статусе «подписан»`,
			`Дата подписания：缺失；状态为“подписан”时必填`},
	} {
		d, ok := diagAt(res.Diags, tc.loc, tc.code)
		if !ok {
			t.Errorf("no %s at %s:%s", tc.code, tc.loc, dump(res.Diags))
			continue
		}
		for _, w := range []struct{ lang, want string }{{"en", tc.en}, {"ru", tc.ru}, {"zh", tc.zh}} {
			if got := d.Text(w.lang); got != w.want {
				t.Errorf("%s %s in %s:\n got %s\nwant %s", tc.loc, tc.code, w.lang, got, w.want)
			}
		}
	}
	// A list of states: each unknown item on its own, the likely typo
	// with its suggestion, the far-off one without.
	var items []string
	for _, d := range res.Diags {
		if d.Location() == "other.xlsx:Exercises!G2" {
			items = append(items, d.Text("ru"))
		}
	}
	want := []string{
		`Participating states: "Narnia" — неизвестное государство; ожидается код ISO (KZ, KAZ) или название из config.toml`,
		`Participating states: "Uzbekstan" — неизвестное государство; ожидается код ISO (KZ, KAZ) или название из config.toml; возможно, имелось в виду «Uzbekistan»?`,
	}
	if strings.Join(items, "\n") != strings.Join(want, "\n") {
		t.Errorf("the list's diagnostics in ru:\n%s\nwant\n%s", strings.Join(items, "\n"), strings.Join(want, "\n"))
	}
	// The line as `check --messages ru` prints it.
	d, _ := diagAt(res.Diags, ru+"E2", msg.EnumInvalid)
	if got, want := d.In("ru"), `border-ru.xlsx:Пограничные операции!E2: ошибка: Участок: "внутрений" — недопустимое значение; ожидается одно из: внешний, внутренний; возможно, имелось в виду «внутренний»?`; got != want {
		t.Errorf("the line in ru:\n got %s\nwant %s", got, want)
	}
}
