package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/diag"
	"ratsreport/report/msg"
)

// TestReadDiagnosticsInLanguages reads workbooks that give the reader's
// main diagnostics and checks their Russian and Chinese texts: the
// message's words in the reader's language, the columns in the language
// of the sheet's header row, sheet names and cells as the workbook has
// them.
func TestReadDiagnosticsInLanguages(t *testing.T) {
	dir := t.TempDir()
	// An ignored sheet and a hidden one.
	p := writeBook(t, dir, "sheets.xlsx",
		sheet{name: "Exercises", rows: [][]any{exerciseHeader, exerciseRow(nil)}},
		sheet{name: "Итоги", rows: [][]any{{"x"}}},
		sheet{name: "Conference", rows: [][]any{{"Edition", "Date", "City", "Country", "Session"}}})
	hideSheet(t, p, "Conference")
	// No header row; missing required columns, one and several.
	writeBook(t, dir, "header.xlsx",
		sheet{name: "Agreements", rows: [][]any{{"x", "y"}, {"1", "2"}}},
		sheet{name: "Training", rows: [][]any{{"Format", "Start date", "End date", "Host country"}, {"course", "2025-04-14", "2025-04-18", "UZ"}}},
		sheet{name: "Конференция", rows: [][]any{{"Номер конференции", "Дата"}, {11, "2025-11-20"}, {11, "2025-11-21"}}})
	// A column repeated in a Russian header.
	writeBook(t, dir, "repeat.xlsx", sheet{name: "Учения", rows: [][]any{
		{"Название", "Вид", "Дата начала", "Дата окончания", "Страна проведения", "Государства-участники", "Угроза", "Вид"},
	}})
	// Merged cells, hidden rows, a total row.
	writeLaidOut(t, dir, "layout.xlsx", laidOut{
		rows: [][]any{
			borderHead,
			brow("Solidarity-2025", "KZ", "North", 10, nil, nil),
			brow("Solidarity-2025", "Narnia", "South", 12, nil, nil),
			brow("Solidarity-2025", "KZ", "East", 8, nil, nil),
			{nil, nil, nil, nil, nil, "Итого", 30},
		},
		merges:     []string{"F3:F4", "B3:B4"},
		hiddenRows: []int{4},
	})
	// Copies of a record that differ, the second in a Russian sheet.
	writeBook(t, dir, "copy-a.xlsx", sheet{name: "Exercises", rows: [][]any{exerciseHeader,
		exerciseRow(map[int]any{0: "Clash"})}})
	writeBook(t, dir, "copy-b.xlsx", sheet{name: "Учения", rows: [][]any{
		{"Название", "Вид", "Дата начала", "Дата окончания", "Страна проведения", "Место проведения", "Государства-участники", "Наблюдатели", "Сценарий", "Угроза", "Личный состав", "Единицы техники", "Примечания"},
		exerciseRow(map[int]any{0: "Clash", 10: 700}),
	}})
	// Files that are no workbook.
	for name, data := range map[string]string{"empty.xlsx": "", "text.xlsx": "hello, world"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := read(t, dir)

	tests := []struct {
		loc    string
		code   msg.Key
		ru, zh string
	}{
		{"sheets.xlsx:Итоги", msg.ReadSheetIgnored,
			"лист пропущен: его название не входит в число следующих: Учения, Пограничные операции, Конференция, Соглашения, Интернет, Подготовка кадров, Заседания (с учётом их английских названий и псевдонимов)",
			"已忽略该工作表：其名称不是 Exercises、Border operations、Conference、Agreements、Online、Training、Meetings 之一（或其俄文名称、别名）"},
		{"sheets.xlsx:Conference", msg.ReadSheetHidden,
			"лист скрыт; он читается так же, как остальные",
			"该工作表已隐藏；仍与其他工作表一样读取"},
		{"header.xlsx:Agreements", msg.ReadNoHeader,
			`в первых 30 строках не найдена строка заголовков; ожидается строка с названиями столбцов, например "Контрагент", "Тип контрагента", "Документ"`,
			`前 30 行中未找到标题行；应有一行列名，例如 "Counterparty", "Counterparty type", "Document"`},
		{"header.xlsx:Training!1:1", msg.ReadColumnsMissing,
			`нет обязательного столбца "Course" (Мероприятие); ни одна из строк листа (всего: 1) не может быть использована`,
			`缺少必填列 "Course" (Мероприятие)；该工作表的 1 行均无法使用`},
		{"header.xlsx:Конференция!1:1", msg.ReadColumnsMissing,
			`нет обязательных столбцов "City" (Город), "Country" (Страна), "Session" (Сессия); ни одна из строк листа (всего: 2) не может быть использована`,
			`缺少必填列 "City" (Город), "Country" (Страна), "Session" (Сессия)；该工作表的 2 行均无法使用`},
		{"repeat.xlsx:Учения!H1", msg.ReadColumnRepeated,
			`столбец "Вид" повторяет столбец B (Вид); каждый столбец должен быть указан один раз`,
			`列 "Вид" 与 B 列（Вид）重复；每列只应出现一次`},
		{"layout.xlsx:Border operations!F3", msg.ReadMergedValue,
			`ячейки F3:F4 объединены: "South" — значение ячейки F3 — читается в каждой из строк 3–4`,
			`单元格 F3:F4 已合并：F3 的值 "South" 在第 3 至 4 行的每一行中读取`},
		{"layout.xlsx:Border operations", msg.ReadHidden,
			"в таблице есть 1 скрытая строка (4); скрытое читается наравне с остальными данными, но может оказаться устаревшим или черновым: проверьте его, затем покажите или удалите",
			"表格中有1 个隐藏行（4），与其他内容一样读取：隐藏的内容可能是旧数据或草稿数据；请检查后取消隐藏或删除"},
		{"layout.xlsx:Border operations!F5", msg.ReadTotalAgrees,
			`"Итого" — строка итогов, а не запись; её значение совпадает с суммой строк 2–4`,
			`"Итого" 是合计行，不是记录；其数字与第 2 至 4 行之和一致`},
		{"copy-b.xlsx:Учения!K2", msg.ReadMergeConflict,
			`та же запись (учение "Clash" от 2025-09-01) есть и в copy-a.xlsx:Exercises!K2, но с другими значениями: Личный состав: там "600", здесь "700"; исправьте одну из двух`,
			`演习 "Clash"（2025-09-01） 也出现在 copy-a.xlsx:Exercises!K2，但数值不同：Личный состав：那里为 "600"，这里为 "700"；请更正其中之一`},
		{"empty.xlsx", msg.IntegrityEmpty,
			"файл пуст (0 байт); ожидается рабочая книга .xlsx",
			"文件为空（0 字节）；应为 .xlsx 工作簿"},
		{"text.xlsx", msg.IntegrityNotZip,
			"это не рабочая книга .xlsx (не zip-пакет); ожидается файл .xlsx (Excel 2007 и новее)",
			"这不是 .xlsx 工作簿（不是 zip 包）；应为 Excel 2007 及以上版本的 .xlsx 文件"},
	}
	for _, tc := range tests {
		d, ok := diagAt(res.Diags, tc.loc, tc.code)
		if !ok {
			t.Errorf("no %s at %s:%s", tc.code, tc.loc, dump(res.Diags))
			continue
		}
		if got := d.Text("ru"); got != tc.ru {
			t.Errorf("%s %s in ru:\n got %s\nwant %s", tc.loc, tc.code, got, tc.ru)
		}
		if got := d.Text("zh"); got != tc.zh {
			t.Errorf("%s %s in zh:\n got %s\nwant %s", tc.loc, tc.code, got, tc.zh)
		}
	}

	// A cell of a merged range: the range is named in the message's
	// language around whatever the cell's own message says.
	d, ok := diagAt(res.Diags, "layout.xlsx:Border operations!B4", msg.ReadInMergedRange)
	if !ok {
		t.Fatalf("no message at B4 naming its merged range:%s", dump(res.Diags))
	}
	for lang, want := range map[string]string{
		"en": " (the cell is part of the merged range B3:B4, whose value is that of B3)",
		"ru": " (ячейка входит в объединённый диапазон B3:B4, значение которого — значение ячейки B3)",
		"zh": "（该单元格属于合并区域 B3:B4，其值为 B3 的值）",
	} {
		if got := d.Text(lang); !strings.HasSuffix(got, want) || len(got) == len(want) {
			t.Errorf("B4 in %s = %q, want a message ending %q", lang, got, want)
		}
	}
	// The whole line: the location as the workbook has it, the severity
	// in the language.
	if d, ok := diagAt(res.Diags, "sheets.xlsx:Conference", msg.ReadSheetHidden); !ok || d.In("ru") != "sheets.xlsx:Conference: замечание: лист скрыт; он читается так же, как остальные" {
		t.Errorf("hidden sheet in ru = %q", d.In("ru"))
	}
}

// TestReadPluralForms checks the Russian forms of the reader's messages
// that count: 1, 2, 5 and 21.
func TestReadPluralForms(t *testing.T) {
	tests := []struct {
		key  msg.Key
		args []any
		want string
	}{
		{msg.ReadUnitsTyped, []any{1, "G2"}, "1 значение указано с единицей измерения столбца (первое — в G2); единица измерения отброшена"},
		{msg.ReadUnitsTyped, []any{2, "G2"}, "2 значения указаны с единицей измерения столбца (первое — в G2); единица измерения отброшена"},
		{msg.ReadUnitsTyped, []any{5, "G2"}, "5 значений указаны с единицей измерения столбца (первое — в G2); единица измерения отброшена"},
		{msg.ReadUnitsTyped, []any{21, "G2"}, "21 значение указано с единицей измерения столбца (первое — в G2); единица измерения отброшена"},
		{msg.ReadHiddenRows, []any{1, "4"}, "1 скрытая строка (4)"},
		{msg.ReadHiddenRows, []any{2, "3–4"}, "2 скрытые строки (3–4)"},
		{msg.ReadHiddenRows, []any{5, "3–7"}, "5 скрытых строк (3–7)"},
		{msg.ReadHiddenRows, []any{21, "3–23"}, "21 скрытая строка (3–23)"},
		{msg.ReadHiddenColumns, []any{1, "F"}, "скрытый столбец F"},
		{msg.ReadHiddenColumns, []any{2, "F–G"}, "скрытые столбцы F–G"},
		{msg.ReadHiddenColumns, []any{21, "F–Z"}, "скрытые столбцы F–Z"},
		{msg.ReadTotalAgrees, []any{"Итого", 1, "2–4"}, `"Итого" — строка итогов, а не запись; её значение совпадает с суммой строк 2–4`},
		{msg.ReadTotalAgrees, []any{"Итого", 2, "2–4"}, `"Итого" — строка итогов, а не запись; её 2 значения совпадают с суммой строк 2–4`},
		{msg.ReadTotalAgrees, []any{"Итого", 5, "2–4"}, `"Итого" — строка итогов, а не запись; её 5 значений совпадают с суммой строк 2–4`},
		{msg.ReadTotalAgrees, []any{"Итого", 21, "2–4"}, `"Итого" — строка итогов, а не запись; её 21 значение совпадает с суммой строк 2–4`},
		{msg.ReadSheetNamesClash, []any{2, `"A" и "a"`}, `в рабочей книге 2 листа с именами "A" и "a", что в Excel недопустимо (имена сравниваются без учёта регистра); ни один из них не читается`},
		{msg.ReadSheetNamesClash, []any{5, `"A", "a"`}, `в рабочей книге 5 листов с именами "A", "a", что в Excel недопустимо (имена сравниваются без учёта регистра); ни один из них не читается`},
		{msg.ReadSheetNamesClash, []any{21, `"A", "a"`}, `в рабочей книге 21 лист с именами "A", "a", что в Excel недопустимо (имена сравниваются без учёта регистра); ни один из них не читается`},
	}
	for _, tc := range tests {
		if got := msg.Sprintf("ru", tc.key, tc.args...); got != tc.want {
			t.Errorf("%s %v in ru:\n got %s\nwant %s", tc.key, tc.args, got, tc.want)
		}
	}
	// English keeps its wording of before.
	for _, tc := range []struct {
		key  msg.Key
		args []any
		want string
	}{
		{msg.ReadUnitsTyped, []any{1, "G2"}, "1 figure typed with the column's unit (the first in G2); the unit was dropped"},
		{msg.ReadUnitsTyped, []any{10, "G2"}, "10 figures typed with the column's unit (the first in G2); the unit was dropped"},
		{msg.ReadTotalAgrees, []any{"Total", 1, "2 to 4"}, `"Total" is a total row, not a record; its figure agrees with the sum of rows 2 to 4`},
		{msg.ReadTotalAgrees, []any{"Total", 3, "2 to 4"}, `"Total" is a total row, not a record; its 3 figures agree with the sum of rows 2 to 4`},
		{msg.ReadColumnsMissing, []any{1, `"Name" (Название)`, 7}, `missing required column "Name" (Название); none of the sheet's 7 rows can be used`},
		{msg.ReadColumnsMissing, []any{2, `"Name" (Название), "Kind" (Вид)`, 7}, `missing required columns "Name" (Название), "Kind" (Вид); none of the sheet's 7 rows can be used`},
	} {
		if got := msg.Sprintf("en", tc.key, tc.args...); got != tc.want {
			t.Errorf("%s %v in en:\n got %s\nwant %s", tc.key, tc.args, got, tc.want)
		}
	}
}

// TestColumnNamesInSheetLanguage: a message naming a column names it as
// the sheet's header row does, whatever language the message is in.
func TestColumnNamesInSheetLanguage(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "ru.xlsx", sheet{name: "Заседания", rows: [][]any{
		{"Орган", "Номер заседания", "Дата", "Город", "Страна"},
		{"Совет РАТС", 0, "2025-09-10", "Чолпон-Ата", "KG"},
	}})
	writeBook(t, dir, "en.xlsx", sheet{name: "Meetings", rows: [][]any{
		{"Body", "Number", "Date", "City", "Country"},
		{"rats council", 0, "2025-09-11", "Cholpon-Ata", "KG"},
	}})
	res := read(t, dir)
	for _, tc := range []struct {
		loc, lang, want string
	}{
		{"ru.xlsx:Заседания!B2", "en", "Номер заседания: 0 is not a meeting number; expected the meeting's ordinal, such as 44"},
		{"ru.xlsx:Заседания!B2", "ru", "Номер заседания: 0 — не номер заседания; ожидается порядковый номер заседания, например 44"},
		{"en.xlsx:Meetings!B2", "ru", "Number: 0 — не номер заседания; ожидается порядковый номер заседания, например 44"},
		{"en.xlsx:Meetings!B2", "zh", "Number：0 不是会议届次；应为会议的序号，例如 44"},
	} {
		d, ok := diagAt(res.Diags, tc.loc, msg.ReadMeetingNumber)
		if !ok {
			t.Errorf("no %s at %s:%s", msg.ReadMeetingNumber, tc.loc, dump(res.Diags))
			continue
		}
		if got := d.Text(tc.lang); got != tc.want {
			t.Errorf("%s in %s = %q, want %q", tc.loc, tc.lang, got, tc.want)
		}
	}
}

// diagAt returns the diagnostic at loc (file:sheet!cell) with the code.
func diagAt(ds diag.List, loc string, code msg.Key) (diag.Diagnostic, bool) {
	for _, d := range ds {
		if d.Location() == loc && d.Code() == code {
			return d, true
		}
	}
	return diag.Diagnostic{}, false
}

// hideSheet hides a sheet of the workbook at p.
func hideSheet(t *testing.T, p, name string) {
	t.Helper()
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.SetSheetVisible(name, false); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}
