package msg

import "golang.org/x/text/feature/plural"

// Keys of the cell values (package value's errors, which the reader puts
// after the column's header) and of a data row's cells. A typed value
// (%q) is printed quoted and escaped in every language, so that a
// control character stays visible; a canonical value the tool names (an
// enumeration's label, a state) is in «» in Russian and “” in Chinese.
const (
	// DateEmpty takes no argument.
	DateEmpty Key = "value.date-empty"
	// DateMonthFirst takes the text as typed.
	DateMonthFirst Key = "value.date-month-first"
	// DateInvalid takes the text as typed.
	DateInvalid Key = "value.date-invalid"
	// DateNotCalendar takes the text as typed.
	DateNotCalendar Key = "value.date-not-calendar"
	// DateNoSuchDay takes the text as typed, the month (a Localized
	// name: Russian needs it in the prepositional case, «в феврале») and
	// the day.
	DateNoSuchDay Key = "value.date-no-such-day"
	// DateOutOfRange takes the text as typed and the first and last years
	// accepted.
	DateOutOfRange Key = "value.date-out-of-range"
	// SerialInvalid takes the number as stored.
	SerialInvalid Key = "value.serial-invalid"
	// SerialLeapDay1900 takes the number as stored (60, the 29 February
	// 1900 of Excel's 1900 date system).
	SerialLeapDay1900 Key = "value.serial-1900-02-29"
	// SerialOutOfRange takes the number as stored, the date it stands
	// for (2006-01-02) and the first and last years accepted.
	SerialOutOfRange Key = "value.serial-out-of-range"
	// NumberEmpty takes no argument.
	NumberEmpty Key = "value.number-empty"
	// NotWhole takes the text as typed.
	NotWhole Key = "value.not-whole"
	// NotCount takes the text as typed.
	NotCount Key = "value.not-count"
	// NegativeCount takes the text as typed.
	NegativeCount Key = "value.negative-count"
	// Negative takes the text as typed.
	Negative Key = "value.negative"
	// TooLarge takes the text as typed.
	TooLarge Key = "value.too-large"
	// NotGrouped takes the text as typed.
	NotGrouped Key = "value.not-grouped"
	// NotNumber takes the text as typed.
	NotNumber Key = "value.not-number"
	// AmbiguousComma takes the text as typed.
	AmbiguousComma Key = "value.ambiguous-comma"
	// NotDecimal takes the text as typed.
	NotDecimal Key = "value.not-decimal"
	// StateUnknown takes the state as typed (trimmed).
	StateUnknown Key = "value.state-unknown"

	// CellInvalid is a cell whose value could not be read: it takes the
	// column's header (in the sheet's language), the error (one of the
	// keys above) and a Localized ending, empty or DidYouMean.
	CellInvalid Key = "value.cell"
	// DidYouMean ends a message with a suggestion: it takes the value
	// the tool suggests (in the sheet's language).
	DidYouMean Key = "value.did-you-mean"
	// EnumInvalid takes the column's header, the text as typed, the
	// accepted values (joined, in the sheet's language) and a Localized
	// ending, empty or DidYouMean.
	EnumInvalid Key = "value.enum"
	// Required takes the column's header.
	Required Key = "value.required"
	// FormulaError takes the column's header and the error value
	// (#N/A).
	FormulaError Key = "value.formula-error"
	// FigureFormulaError takes the header of an indicator's column and
	// the error value (#N/A).
	FigureFormulaError Key = "value.figure-formula-error"
	// FigureRounded takes the header of an indicator's column, the
	// figure as typed, the decimal places kept and the figure as kept.
	FigureRounded Key = "value.figure-rounded"
	// EndBeforeStart takes the header of the end date's column, the end
	// and the start (2006-01-02).
	EndBeforeStart Key = "value.end-before-start"
	// EditionInvalid takes the column's header and the number.
	EditionInvalid Key = "value.edition-invalid"
	// SignedDateMissing takes the column's header and the status (its
	// label in the sheet's language).
	SignedDateMissing Key = "value.signed-date-missing"

	// NameLookalike takes the column's header, the name as typed, the
	// registry's name it was read as and a Localized ending (NameOnce).
	NameLookalike Key = "name.lookalike"
	// NameUnknown takes the column's header, the name as typed, the
	// registry's table (organisations, operations, exercises: the TOML
	// table's name), a Localized ending with the closest entries (empty
	// or NameClosest) and one more (NameOnce).
	NameUnknown Key = "name.unknown"
	// NameClosest takes the closest entries, joined ("UNODC (unodc)").
	NameClosest Key = "name.closest"
	// NameYearMismatch takes the column's header, the name as typed, the
	// year or years it carries (2024, 2019-2021), the year the row
	// starts in and a Localized ending (NameOnce).
	NameYearMismatch Key = "name.year-mismatch"
	// NameQualifier takes the column's header, the item as typed and the
	// bracketed qualifier.
	NameQualifier Key = "name.qualifier"
	// NameOnce ends a name's warning, which is given at the first cell
	// only; it takes no argument.
	NameOnce Key = "name.once"
)

// valueEntries are the catalogue's texts of this area (see the package
// comment); each key is a constant above its entry's use.
var valueEntries = []Entry{
	{Key: DateEmpty, EN: "empty date", RU: "пустая дата", ZH: "日期为空"},
	{Key: DateMonthFirst,
		EN: "%q looks like month/day/year; expected day/month/year (21/09/2025) or 2025-09-21",
		RU: "%q похоже на запись «месяц/день/год»; ожидается «день/месяц/год» (21/09/2025) или 2025-09-21",
		ZH: "%q 看似“月/日/年”格式；应为“日/月/年”（21/09/2025）或 2025-09-21"},
	{Key: DateInvalid,
		EN: "%q is not a date; expected a date cell or text such as 2025-09-21, 21.09.2025 or 21/09/2025",
		RU: "%q — не дата; ожидается ячейка в формате даты или текст вида 2025-09-21, 21.09.2025 или 21/09/2025",
		ZH: "%q 不是日期；应为日期格式的单元格，或 2025-09-21、21.09.2025、21/09/2025 形式的文本"},
	{Key: DateNotCalendar,
		EN: "%q is not a calendar date",
		RU: "%q — несуществующая календарная дата",
		ZH: "%q 不是有效的日历日期"},
	{Key: DateNoSuchDay,
		EN: "%q is not a calendar date (%s has no day %d)",
		RU: "%q — несуществующая календарная дата (в %s нет %d-го числа)",
		ZH: "%q 不是有效的日历日期（%s没有 %d 日）"},
	{Key: DateOutOfRange,
		EN: "%q is out of range; expected a date between %d and %d",
		RU: "%q — вне допустимого диапазона; ожидается дата с %d по %d год",
		ZH: "%q 超出范围；应为 %d 年至 %d 年之间的日期"},
	{Key: SerialInvalid,
		EN: "%q is not a valid date serial number; expected a date",
		RU: "%q — недопустимый порядковый номер даты; ожидается дата",
		ZH: "%q 不是有效的日期序列号；应为日期"},
	{Key: SerialLeapDay1900,
		EN: "%s is 29 February 1900, a day that did not exist; expected a real date",
		RU: "%s — это 29 февраля 1900 года, несуществовавший день; ожидается реальная дата",
		ZH: "%s 是 1900 年 2 月 29 日，该日并不存在；应为真实日期"},
	{Key: SerialOutOfRange,
		EN: "date serial %s is %s, out of range; expected a date between %d and %d (a number typed in a date column?)",
		RU: "порядковый номер даты %s соответствует %s — вне допустимого диапазона; ожидается дата с %d по %d год (в столбец даты введено число?)",
		ZH: "日期序列号 %s 对应 %s，超出范围；应为 %d 年至 %d 年之间的日期（是否在日期列中输入了数字？）"},
	{Key: NumberEmpty, EN: "empty number", RU: "пустое число", ZH: "数字为空"},
	{Key: NotWhole,
		EN: "%q is not a whole number",
		RU: "%q — не целое число",
		ZH: "%q 不是整数"},
	{Key: NotCount,
		EN: "%q is not a whole number; expected a count such as 12 or 12 000",
		RU: "%q — не целое число; ожидается количество, например 12 или 12 000",
		ZH: "%q 不是整数；应为数量，如 12 或 12 000"},
	{Key: NegativeCount,
		EN: "%q is negative; expected a count of zero or more",
		RU: "%q — отрицательное число; ожидается количество не меньше нуля",
		ZH: "%q 为负数；应为大于或等于零的数量"},
	{Key: Negative,
		EN: "%q is negative; expected zero or more",
		RU: "%q — отрицательное число; ожидается ноль или больше",
		ZH: "%q 为负数；应为零或更大"},
	{Key: TooLarge,
		EN: "%q is too large",
		RU: "%q — слишком большое число",
		ZH: "%q 过大"},
	{Key: NotGrouped,
		EN: "%q is not a number; expected digits with optional thousands separators (12 000 or 12,000)",
		RU: "%q — не число; ожидаются цифры, возможно с разделителями разрядов (12 000 или 12,000)",
		ZH: "%q 不是数字；应为数字，可带千位分隔符（12 000 或 12,000）"},
	{Key: NotNumber,
		EN: "%q is not a number",
		RU: "%q — не число",
		ZH: "%q 不是数字"},
	{Key: AmbiguousComma,
		EN: "%q is ambiguous (a thousands separator or a decimal comma?); write 1234 or 1.234",
		RU: "%q — неоднозначная запись (разделитель разрядов или десятичная запятая?); напишите 1234 или 1.234",
		ZH: "%q 有歧义（是千位分隔符还是小数逗号？）；请写作 1234 或 1.234"},
	{Key: NotDecimal,
		EN: "%q is not a number; expected a figure such as 8.75 or 8,75",
		RU: "%q — не число; ожидается число вида 8.75 или 8,75",
		ZH: "%q 不是数字；应为 8.75 或 8,75 这样的数值"},
	{Key: StateUnknown,
		EN: "%q is not a known state; expected an ISO code (KZ, KAZ) or a name from config.toml",
		RU: "%q — неизвестное государство; ожидается код ISO (KZ, KAZ) или название из config.toml",
		ZH: "%q 不是已知的国家；应为 ISO 代码（KZ、KAZ）或 config.toml 中的名称"},

	{Key: CellInvalid, EN: "%s: %v%s", RU: "%s: %v%s", ZH: "%s：%v%s"},
	{Key: DidYouMean,
		EN: "; did you mean %q?",
		RU: "; возможно, имелось в виду «%s»?",
		ZH: "；是否应为“%s”？"},
	{Key: EnumInvalid,
		EN: "%s: %q is not a valid value; expected one of: %s%s",
		RU: "%s: %q — недопустимое значение; ожидается одно из: %s%s",
		ZH: "%s：%q 不是有效值；应为以下之一：%s%s"},
	{Key: Required,
		EN: "%s: required value missing",
		RU: "%s: не заполнено обязательное значение",
		ZH: "%s：缺少必填值"},
	{Key: FormulaError,
		EN: "%s: the cell holds the error %s (a formula failed); expected a value",
		RU: "%s: ячейка содержит ошибку %s (формула не вычислена); ожидается значение",
		ZH: "%s：单元格含有错误 %s（公式计算失败）；应为数值"},
	{Key: FigureFormulaError,
		EN: "%s: the cell holds the error %s (a formula failed); expected a figure, or an empty cell when not reported",
		RU: "%s: ячейка содержит ошибку %s (формула не вычислена); ожидается число или пустая ячейка, если показатель не представляется",
		ZH: "%s：单元格含有错误 %s（公式计算失败）；应为数值，未报告时留空"},
	{Key: FigureRounded,
		EN: "%s: %s has more than %d decimals; kept as %s",
		RU: plural.Selectf(3, "%d",
			"one", "%[1]s: в %[2]s более %[3]d знака после запятой; сохранено как %[4]s",
			"other", "%[1]s: в %[2]s более %[3]d знаков после запятой; сохранено как %[4]s"),
		ZH: "%s：%s 的小数超过 %d 位；按 %s 保留"},
	{Key: EndBeforeStart,
		EN: "%s: %s is before the start date %s; expected an end on or after the start",
		RU: "%s: %s — раньше даты начала %s; дата окончания должна быть не раньше даты начала",
		ZH: "%s：%s 早于开始日期 %s；结束日期应不早于开始日期"},
	{Key: EditionInvalid,
		EN: "%s: %d is not a conference number; expected the edition's ordinal, such as 11",
		RU: "%s: %d — недопустимый номер конференции; ожидается её порядковый номер, например 11",
		ZH: "%s：%d 不是有效的会议届次；应为届次序号，如 11"},
	{Key: SignedDateMissing,
		EN: "%s: missing; required when the status is %q",
		RU: "%s: не указана; обязательна при статусе «%s»",
		ZH: "%s：缺失；状态为“%s”时必填"},

	{Key: NameLookalike,
		EN: "%s: %q mixes Latin and Cyrillic letters that look alike; read as %q (retype it in one script)%s",
		RU: "%s: в %q смешаны похожие латинские и кириллические буквы; прочитано как %q (наберите название буквами одного алфавита)%s",
		ZH: "%s：%q 混用了外形相似的拉丁字母和西里尔字母；已读作 %q（请只用一种字母重新输入）%s"},
	{Key: NameUnknown,
		EN: "%s: %q is not in the registry of %s in config.toml; kept as written, counted apart from every registered name%s; if it is new, add it to the registry (`check` prints an entry to paste for each unknown name of the records it reads)%s",
		RU: "%s: %q нет в реестре %s в config.toml; сохранено как написано и учитывается отдельно от всех зарегистрированных названий%s; если это новое название, добавьте его в реестр (команда `check` выводит готовую для вставки запись для каждого неизвестного названия в прочитанных записях)%s",
		ZH: "%s：%q 不在 config.toml 的 %s 登记表中；按原文保留，与所有已登记名称分开统计%s；如为新名称，请将其加入登记表（`check` 会为所读记录中的每个未知名称输出一条可粘贴的条目）%s"},
	{Key: NameClosest, EN: "; closest: %s", RU: "; ближайшие: %s", ZH: "；最接近的：%s"},
	{Key: NameYearMismatch,
		EN: "%s: %q carries the year %s but the row starts in %d; expected the year of its dates (a copy of last year's row?)%s",
		RU: "%s: в %q указан год %s, но строка начинается в %d году; ожидается год её дат (строка скопирована из прошлогоднего отчёта?)%s",
		ZH: "%s：%q 带有年份 %s，但该行开始于 %d 年；应为其日期所在的年份（是否复制了去年的行？）%s"},
	{Key: NameQualifier,
		EN: "%s: %q is read as the name before %s; the bracketed words are a comment, not part of the name",
		RU: "%s: %q прочитано как название, стоящее перед %s; слова в скобках считаются комментарием, а не частью названия",
		ZH: "%s：%q 读作 %s 之前的名称；括号内的文字视为注释，不属于名称"},
	{Key: NameOnce,
		EN: " (given once per sheet, at the first cell)",
		RU: " (сообщается один раз на лист, у первой ячейки)",
		ZH: "（每个工作表仅在第一个单元格提示一次）"},
}
