package msg

import "golang.org/x/text/feature/plural"

// Keys of the configuration (config.toml): each is the text of a
// config.Error, printed after "file: key: ".
const (
	// ConfigUnreadable takes the operating system's error.
	ConfigUnreadable Key = "config.unreadable"
	// ConfigTOML takes the TOML parser's own message, as it wrote it.
	ConfigTOML Key = "config.toml-error"
	// ConfigUnknownKey takes no argument.
	ConfigUnknownKey Key = "config.unknown-key"
	// ConfigYearImplausible takes the year.
	ConfigYearImplausible Key = "config.year-implausible"
	// ConfigNoLanguage takes no argument.
	ConfigNoLanguage Key = "config.no-language"
	// ConfigUnknownLanguage takes the language given and the languages
	// there are.
	ConfigUnknownLanguage Key = "config.unknown-language"
	// ConfigDocumentDateMissing and ConfigCouncilDateMissing take no
	// argument.
	ConfigDocumentDateMissing Key = "config.document-date-missing"
	ConfigCouncilDateMissing  Key = "config.council-date-missing"
	// ConfigNoPattern takes no argument.
	ConfigNoPattern Key = "config.no-pattern"
	// ConfigPatternInvalid takes the pattern.
	ConfigPatternInvalid Key = "config.pattern-invalid"
	// ConfigNameTaken takes the name and the key that has it already.
	ConfigNameTaken Key = "config.name-taken"
	// ConfigNoState takes no argument.
	ConfigNoState Key = "config.no-state"
	// ConfigAlpha2Invalid and ConfigAlpha3Invalid take the code given.
	ConfigAlpha2Invalid Key = "config.alpha2-invalid"
	ConfigAlpha3Invalid Key = "config.alpha3-invalid"
	// ConfigStatusInvalid takes the status given and the statuses there
	// are.
	ConfigStatusInvalid Key = "config.status-invalid"
	// ConfigSinceMissing takes no argument.
	ConfigSinceMissing Key = "config.since-missing"
	// ConfigNoIndicator takes no argument.
	ConfigNoIndicator Key = "config.no-indicator"
	// ConfigDatasetUnknown takes the datasets there are.
	ConfigDatasetUnknown Key = "config.dataset-unknown"
	// ConfigColumnUnknown takes the columns of the sheet.
	ConfigColumnUnknown Key = "config.column-unknown"
	// ConfigKeyInvalid and ConfigKeyTwice take an indicator's key.
	ConfigKeyInvalid Key = "config.key-invalid"
	ConfigKeyTwice   Key = "config.key-twice"
	// ConfigTypeInvalid takes the type given.
	ConfigTypeInvalid Key = "config.type-invalid"
	// ConfigHeaderTaken takes the header and what has it already (an
	// indicator's key, or a ConfigTheColumn).
	ConfigHeaderTaken Key = "config.header-taken"
	// ConfigTheColumn names a column of a sheet in ConfigHeaderTaken: it
	// takes the column's English and Russian headers.
	ConfigTheColumn Key = "config.the-column"
	// ConfigRegistryKeyInvalid and ConfigRegistryKeyTwice take a registry
	// entry's key.
	ConfigRegistryKeyInvalid Key = "config.registry-key-invalid"
	ConfigRegistryKeyTwice   Key = "config.registry-key-twice"
	// ConfigRegistryNameTaken takes the name and the entry that has it
	// already; ConfigRegistryNameState the name and the state.
	ConfigRegistryNameTaken Key = "config.registry-name-taken"
	ConfigRegistryNameState Key = "config.registry-name-state"
	// ConfigTextLanguage takes the languages there are.
	ConfigTextLanguage Key = "config.text-language-unknown"
	// ConfigTextEnglishMissing takes no argument.
	ConfigTextEnglishMissing Key = "config.text-english-missing"
	// ConfigExpectationInvalid takes the value given and the valid ones
	// (ConfigExpectationsStates or ConfigExpectationsFiles).
	ConfigExpectationInvalid Key = "config.expectation-invalid"
	// ConfigExpectationByFiles takes the dataset and the valid
	// expectations.
	ConfigExpectationByFiles Key = "config.expectation-by-files"
	// ConfigExpectationState takes the value given.
	ConfigExpectationState Key = "config.expectation-state-unknown"
	// ConfigExpectationType takes the valid expectations.
	ConfigExpectationType Key = "config.expectation-type"
	// ConfigExpectationsStates and ConfigExpectationsFiles are the valid
	// expectations of a dataset sent by states and of one covered by
	// files; no argument.
	ConfigExpectationsStates Key = "config.expectations-states"
	ConfigExpectationsFiles  Key = "config.expectations-files"
	// ConfigDeadlineEarly takes the deadline, the reporting year and the
	// year after it.
	ConfigDeadlineEarly Key = "config.deadline-early"
	// The thresholds of [plausibility]; each takes the value given.
	ConfigAboveOne   Key = "config.threshold-above-one"
	ConfigAboveZero  Key = "config.threshold-above-zero"
	ConfigWholeYears Key = "config.threshold-whole-years"
	ConfigMinReports Key = "config.threshold-min-reports"
	ConfigAtLeastOne Key = "config.threshold-at-least-one"
)

// Keys of loading the inputs (package load).
const (
	// LoadYearImplausible takes the year given to --year.
	LoadYearImplausible Key = "load.year-implausible"
	// LoadUnknownLanguage takes the language asked for and the languages
	// there are.
	LoadUnknownLanguage Key = "load.unknown-language"
	// LoadReading is the progress before the workbooks are read; no
	// argument.
	LoadReading Key = "load.reading"
	// LoadReadingFile is the progress of the read: files done, files in
	// all, the file.
	LoadReadingFile Key = "load.reading-file"
	// LoadInputsHave takes the count line of the diagnostics.
	LoadInputsHave Key = "load.inputs-have"
	// LoadYearEmpty takes the reporting year, what the sources hold
	// (LoadHeldNothing or LoadHeldYears) and the year again.
	LoadYearEmpty Key = "load.year-empty"
	// LoadHeldNothing takes no argument; LoadHeldYears the spans of years.
	LoadHeldNothing Key = "load.held-nothing"
	LoadHeldYears   Key = "load.held-years"
	// LoadSourceDateEpoch takes the variable's value.
	LoadSourceDateEpoch Key = "load.source-date-epoch"
	// LoadTextUntranslated takes the language and the text's key.
	LoadTextUntranslated Key = "load.text-untranslated"
	// LoadTranslationsMissing takes the workbook's name.
	LoadTranslationsMissing Key = "load.translations-missing"
	// LoadTranslationsError takes the error of reading the translations
	// workbook.
	LoadTranslationsError Key = "load.translations-error"
	// LoadFreeTextUntranslated takes the edition's language, the year,
	// the texts untranslated, the texts in all and the translations
	// workbook.
	LoadFreeTextUntranslated Key = "load.free-text-untranslated"
)

// Keys of the coverage of a reporting year (package coverage).
const (
	// The datasets' names in messages; no argument.
	CoverageBorder     Key = "coverage.dataset.border"
	CoverageExercises  Key = "coverage.dataset.exercises"
	CoverageConference Key = "coverage.dataset.conference"
	CoverageAgreements Key = "coverage.dataset.agreements"
	CoverageOnline     Key = "coverage.dataset.online"
	CoverageTraining   Key = "coverage.dataset.training"
	CoverageMeetings   Key = "coverage.dataset.meetings"
	// CoverageNotReceived takes the dataset, the year, the year again,
	// the year before, its records and CoverageDeadline (or "").
	CoverageNotReceived Key = "coverage.not-received"
	// CoverageNotReceivedState takes the dataset, the year, the state and
	// CoverageDeadline (or "").
	CoverageNotReceivedState Key = "coverage.not-received-state"
	// CoverageDeadline takes the deadline (2006-01-02).
	CoverageDeadline Key = "coverage.deadline"
)

// Keys of the plausibility check of the border figures (package
// plausible).
const (
	// PlausibleFigure takes the indicator, the figure, the state,
	// PlausibleTimes, the median, PlausibleReports and the span of years;
	// PlausibleFigureYears the same, then PlausibleTimes of the whole
	// years' threshold and the largest total of another year.
	PlausibleFigure      Key = "plausible.figure"
	PlausibleFigureYears Key = "plausible.figure-years"
	// PlausibleJump takes the state, the indicator, the year, its total,
	// PlausibleTimes, the median of the other years' totals,
	// PlausibleYears, the average per report, the usual average and the
	// year again.
	PlausibleJump Key = "plausible.year-jump"
	// PlausibleTimes takes a multiple (an integer or a decimal text).
	PlausibleTimes Key = "plausible.times"
	// PlausibleReports and PlausibleYears take a count.
	PlausibleReports Key = "plausible.reports"
	PlausibleYears   Key = "plausible.years"
)

// Keys of the translations workbook (package translate).
const (
	// TranslateOpenFailed and TranslateReadFailed take the workbook's
	// name and the error.
	TranslateOpenFailed Key = "translate.open-failed"
	TranslateReadFailed Key = "translate.read-failed"
	// TranslateNoHeader takes no argument.
	TranslateNoHeader Key = "translate.no-header"
	// TranslateColumnUnknown takes the header and the languages.
	TranslateColumnUnknown Key = "translate.column-unknown"
	// TranslateColumnTwice takes the header and the column it repeats.
	TranslateColumnTwice Key = "translate.column-twice"
	// TranslateTextMissing takes no argument.
	TranslateTextMissing Key = "translate.text-missing"
	// TranslateClash is one language of TranslateTwiceDifferent: the
	// language, the first row's translation and this row's.
	TranslateClash Key = "translate.clash"
	// TranslateTwiceDifferent takes the text, the cell of its first row
	// and the clashes; TranslateTwice the text and the cell.
	TranslateTwiceDifferent Key = "translate.text-twice-different"
	TranslateTwice          Key = "translate.text-twice"
)

// Keys of the statistics' questions (package stats): what was asked
// that cannot be answered.
const (
	// StatsYearsInvalid takes the span given; StatsYearsImplausible the
	// span and the bounds of a plausible year.
	StatsYearsInvalid     Key = "stats.years-invalid"
	StatsYearsImplausible Key = "stats.years-implausible"
	// StatsYearsMissing takes no argument.
	StatsYearsMissing Key = "stats.years-missing"
	// StatsDatasetUnknown takes the dataset given and the datasets.
	StatsDatasetUnknown Key = "stats.dataset-unknown"
	// StatsDimensionUnknown takes the dimension, the dataset and its
	// dimensions.
	StatsDimensionUnknown Key = "stats.dimension-unknown"
	// StatsByTwice takes the dimension.
	StatsByTwice Key = "stats.by-twice"
	// StatsWhereInvalid takes the filter, the dataset and its dimensions.
	StatsWhereInvalid Key = "stats.where-invalid"
	// StatsWhereDimension takes the dimension, the dataset and its
	// dimensions.
	StatsWhereDimension Key = "stats.where-dimension-unknown"
	// StatsWhereYear takes no argument.
	StatsWhereYear Key = "stats.where-year"
	// StatsStateUnknown takes the value, the dimension and the codes.
	StatsStateUnknown Key = "stats.state-unknown"
	// StatsValueUnknown takes the value, the dimension and the values.
	StatsValueUnknown Key = "stats.value-unknown"
	// StatsIndicatorUnknown takes the value and the indicators' keys.
	StatsIndicatorUnknown Key = "stats.indicator-unknown"
	// StatsValueAbsent takes the value, the dimension and the values the
	// records have (a list, or StatsListMore).
	StatsValueAbsent Key = "stats.value-absent"
	// StatsListMore takes the first values of a list and how many more.
	StatsListMore Key = "stats.list-more"
	// StatsValueNone takes the value and the dimension twice.
	StatsValueNone Key = "stats.value-none"
	// StatsMeasureUnknown takes the measure, the dataset and its measures.
	StatsMeasureUnknown Key = "stats.measure-unknown"
	// StatsMeasureNone takes no argument.
	StatsMeasureNone Key = "stats.measure-none"
)

// Keys of the build (package build).
const (
	// BuildInterrupted takes no argument.
	BuildInterrupted Key = "build.interrupted"
	// BuildRenderFailed takes what was rendered (BuildThePDF or
	// BuildTheWorkbook) and the error.
	BuildRenderFailed Key = "build.render-failed"
	// BuildThePDF takes the report's language; BuildTheWorkbook nothing.
	BuildThePDF      Key = "build.the-pdf"
	BuildTheWorkbook Key = "build.the-workbook"
	// BuildRendering, BuildRendered and BuildWriting are the progress of
	// a build: the outputs' count, what was rendered, the output folder.
	BuildRendering Key = "build.rendering"
	BuildRendered  Key = "build.rendered"
	BuildWriting   Key = "build.writing"
)

// Keys of writing the outputs (package outfile): each takes the path and
// the error, as "create out/2025: permission denied".
const (
	OutputLock     Key = "output.lock"
	OutputCreate   Key = "output.create"
	OutputRead     Key = "output.read"
	OutputWrite    Key = "output.write"
	OutputReplace  Key = "output.replace"
	OutputComplete Key = "output.complete"
	OutputUndo     Key = "output.undo"
	// OutputBusy takes no argument; OutputBusyWaited OutputBusy and the
	// time waited.
	OutputBusy       Key = "output.busy"
	OutputBusyWaited Key = "output.busy-waited"
	// OutputNotRegular takes no argument.
	OutputNotRegular Key = "output.not-regular"
	// OutputRestoreFailed takes the error and the error of restoring the
	// previous outputs.
	OutputRestoreFailed Key = "output.restore-failed"
	// OutputJournalUnreadable takes the journal and why it cannot be read
	// (the parser's error, OutputJournalEmpty, OutputJournalOutput or
	// OutputJournalTemp, which take the name it gives).
	OutputJournalUnreadable Key = "output.journal-unreadable"
	OutputJournalEmpty      Key = "output.journal-empty"
	OutputJournalOutput     Key = "output.journal-output"
	OutputJournalTemp       Key = "output.journal-temp"
	// OutputWarning takes the warning, for standard error when the caller
	// gave no other way.
	OutputWarning Key = "output.warning"
)

// inputEntries are the catalogue's texts of this area (see the package
// comment); each key is a constant above its entry's use.
// Keys of the report's text files (templates/<lang>/text.toml and the
// foreword), which the staff edit.
const (
	// TextsUnreadable takes the language and the operating system's error.
	TextsUnreadable Key = "texts.unreadable"
	// TextsNotText takes the text's key (with its index in a list) and, for
	// TextsNotTextFound, the Go type found (a TOML table, a number).
	TextsNotText      Key = "texts.not-text"
	TextsNotTextFound Key = "texts.not-text-found"
	// TextsTemplate takes the text's key, the language and Go's
	// text/template error, as that package wrote it.
	TextsTemplate Key = "texts.template"
	// TextsForeword takes the language and Go's text/template error.
	TextsForeword Key = "texts.foreword"
)

var inputEntries = []Entry{
	{Key: TextsUnreadable,
		EN: "read the %s texts: %v",
		RU: "не удалось прочитать тексты на языке %s: %v",
		ZH: "无法读取 %s 语言的文本：%v"},
	{Key: TextsNotText,
		EN: "%s: expected text",
		RU: "%s: ожидается текст",
		ZH: "%s：应为文本"},
	{Key: TextsNotTextFound,
		EN: "%s: expected text, found %v",
		RU: "%s: ожидается текст, а не %v",
		ZH: "%s：应为文本，实际为 %v"},
	{Key: TextsTemplate,
		EN: "template %s (%s): %v",
		RU: "шаблон %s (%s): %v",
		ZH: "模板 %s（%s）：%v"},
	{Key: TextsForeword,
		EN: "foreword (%s): %v",
		RU: "предисловие (%s): %v",
		ZH: "前言（%s）：%v"},
	// config
	{Key: ConfigUnreadable,
		EN: "cannot read the configuration: %v",
		RU: "не удалось прочитать конфигурацию: %v",
		ZH: "无法读取配置：%v"},
	{Key: ConfigTOML, EN: "%s", RU: "ошибка TOML: %s", ZH: "TOML 错误：%s"},
	{Key: ConfigUnknownKey, EN: "unknown key", RU: "неизвестный ключ", ZH: "未知的键"},
	{Key: ConfigYearImplausible,
		EN: "%d is not a plausible reporting year; expected a year such as 2025",
		RU: "%d — неправдоподобный отчётный год; ожидается год, например 2025",
		ZH: "%d 不是合理的报告年份；应为年份，例如 2025"},
	{Key: ConfigNoLanguage,
		EN: `no output language; expected a list such as ["en", "ru", "zh"]`,
		RU: `не указан язык выходных документов; ожидается список, например ["en", "ru", "zh"]`,
		ZH: `未指定输出语言；应为列表，例如 ["en", "ru", "zh"]`},
	{Key: ConfigUnknownLanguage,
		EN: "unknown language %q; expected one of %s",
		RU: "неизвестный язык %q; ожидается один из: %s",
		ZH: "未知语言 %q；应为以下之一：%s"},
	{Key: ConfigDocumentDateMissing,
		EN: "missing; expected a date such as 2026-03-20 (it dates the outputs)",
		RU: "не указано; ожидается дата, например 2026-03-20 (ею датируются выходные документы)",
		ZH: "缺失；应为日期，例如 2026-03-20（用作输出文件的日期）"},
	{Key: ConfigCouncilDateMissing,
		EN: "missing; expected the date of the Council meeting",
		RU: "не указано; ожидается дата заседания Совета",
		ZH: "缺失；应为理事会会议日期"},
	{Key: ConfigNoPattern,
		EN: `no pattern; expected a list such as ["sources/**/*.xlsx"]`,
		RU: `не указан шаблон; ожидается список, например ["sources/**/*.xlsx"]`,
		ZH: `未指定模式；应为列表，例如 ["sources/**/*.xlsx"]`},
	{Key: ConfigPatternInvalid,
		EN: "%q is not a valid glob pattern",
		RU: "%q — недопустимый шаблон glob",
		ZH: "%q 不是有效的 glob 模式"},
	{Key: ConfigNameTaken,
		EN: "%q is already used by %s",
		RU: "%q уже используется в %s",
		ZH: "%q 已被 %s 使用"},
	{Key: ConfigNoState,
		EN: "no state; expected the reference list of states",
		RU: "нет ни одного государства; ожидается справочный список государств",
		ZH: "没有国家；应提供国家参考列表"},
	{Key: ConfigAlpha2Invalid,
		EN: "%q is not an ISO 3166-1 alpha-2 code (two capital letters)",
		RU: "%q — не код ISO 3166-1 alpha-2 (две заглавные латинские буквы)",
		ZH: "%q 不是 ISO 3166-1 alpha-2 代码（两个大写字母）"},
	{Key: ConfigAlpha3Invalid,
		EN: "%q is not an ISO 3166-1 alpha-3 code (three capital letters)",
		RU: "%q — не код ISO 3166-1 alpha-3 (три заглавные латинские буквы)",
		ZH: "%q 不是 ISO 3166-1 alpha-3 代码（三个大写字母）"},
	{Key: ConfigStatusInvalid,
		EN: "%q is not a status; expected one of %s",
		RU: "%q — недопустимый статус; ожидается один из: %s",
		ZH: "%q 不是有效的身份；应为以下之一：%s"},
	{Key: ConfigSinceMissing,
		EN: "missing; expected the date the status began",
		RU: "не указано; ожидается дата, с которой действует статус",
		ZH: "缺失；应为该身份的起始日期"},
	{Key: ConfigNoIndicator,
		EN: "no border indicator; expected at least one",
		RU: "нет ни одного показателя пограничных операций; ожидается хотя бы один",
		ZH: "没有边防指标；应至少有一个"},
	{Key: ConfigDatasetUnknown,
		EN: "unknown dataset; expected one of %s",
		RU: "неизвестный набор данных; ожидается один из: %s",
		ZH: "未知数据集；应为以下之一：%s"},
	{Key: ConfigColumnUnknown,
		EN: "unknown column; expected sheet or one of %s",
		RU: "неизвестный столбец; ожидается sheet или один из: %s",
		ZH: "未知列；应为 sheet 或以下之一：%s"},
	{Key: ConfigKeyInvalid,
		EN: "%q is not a key; expected lowercase letters, digits and _",
		RU: "%q — недопустимый ключ; ожидаются строчные латинские буквы, цифры и _",
		ZH: "%q 不是有效的键；应由小写字母、数字和 _ 组成"},
	{Key: ConfigKeyTwice,
		EN: "%q is defined twice",
		RU: "%q определён дважды",
		ZH: "%q 被定义了两次"},
	{Key: ConfigTypeInvalid,
		EN: "%q is not a type; expected integer or decimal",
		RU: "%q — недопустимый тип; ожидается integer или decimal",
		ZH: "%q 不是有效的类型；应为 integer 或 decimal"},
	{Key: ConfigHeaderTaken,
		EN: "%q is already the header of %s",
		RU: "%q уже используется как заголовок: %s",
		ZH: "%q 已是 %s 的标题"},
	{Key: ConfigTheColumn,
		EN: "the column %[1]s",
		RU: "столбец «%[2]s»",
		ZH: "列 %[1]s"},
	{Key: ConfigRegistryKeyInvalid,
		EN: "%q is not a key; expected lowercase letters, digits and _, such as cis_atc",
		RU: "%q — недопустимый ключ; ожидаются строчные латинские буквы, цифры и _, например cis_atc",
		ZH: "%q 不是有效的键；应由小写字母、数字和 _ 组成，例如 cis_atc"},
	{Key: ConfigRegistryKeyTwice,
		EN: "%q is defined twice (keys are unique over organisations, operations and exercises)",
		RU: "%q определён дважды (ключи уникальны в пределах организаций, операций и учений вместе)",
		ZH: "%q 被定义了两次（键在组织、行动和演习中必须唯一）"},
	{Key: ConfigRegistryNameTaken,
		EN: "the name %q is already a name of %s; a name identifies one entry",
		RU: "наименование %q уже принадлежит %s; наименование обозначает только одну запись",
		ZH: "名称 %q 已是 %s 的名称；一个名称只能对应一个条目"},
	{Key: ConfigRegistryNameState,
		EN: "the name %q is already a name of %s; observer lists mix states and organisations, so a name identifies one of them",
		RU: "наименование %q уже принадлежит %s; в списках наблюдателей государства и организации указываются вместе, поэтому наименование должно обозначать только одно из них",
		ZH: "名称 %q 已是 %s 的名称；观察员名单中国家和组织并列，因此一个名称只能对应其中之一"},
	{Key: ConfigTextLanguage,
		EN: "unknown language; expected one of %s",
		RU: "неизвестный язык; ожидается один из: %s",
		ZH: "未知语言；应为以下之一：%s"},
	{Key: ConfigTextEnglishMissing,
		EN: "missing; the English text is required (it is the fallback for every language)",
		RU: "не указано; текст на английском языке обязателен (он используется для любого языка, на котором текста нет)",
		ZH: "缺失；英文文本为必填项（任何语言缺少文本时均使用英文）"},
	{Key: ConfigExpectationInvalid,
		EN: "%q is not an expectation; expected %s",
		RU: "%q — недопустимое ожидание; ожидается %s",
		ZH: "%q 不是有效的预期值；应为 %s"},
	{Key: ConfigExpectationByFiles,
		EN: "%s is the Executive Committee's dataset, covered by files, not states; expected %s",
		RU: "%s — набор данных Исполнительного комитета, его полнота определяется по файлам, а не по государствам; ожидается %s",
		ZH: "%s 是执行委员会的数据集，按文件而非按国家统计；应为 %s"},
	{Key: ConfigExpectationState,
		EN: "%v is not the alpha-2 code of a configured state",
		RU: "%v — не код alpha-2 государства из конфигурации",
		ZH: "%v 不是配置中国家的 alpha-2 代码"},
	{Key: ConfigExpectationType,
		EN: "expected %s",
		RU: "ожидается %s",
		ZH: "应为 %s"},
	{Key: ConfigExpectationsStates,
		EN: `"members", "previous", "none" or a list of alpha-2 codes such as ["KZ", "RU"]`,
		RU: `"members", "previous", "none" или список кодов alpha-2, например ["KZ", "RU"]`,
		ZH: `"members"、"previous"、"none" 或 alpha-2 代码列表，例如 ["KZ", "RU"]`},
	{Key: ConfigExpectationsFiles,
		EN: `"previous", "always" or "none"`,
		RU: `"previous", "always" или "none"`,
		ZH: `"previous"、"always" 或 "none"`},
	{Key: ConfigDeadlineEarly,
		EN: "%s is not after the reporting year %d; expected a date in the year after it, such as %d-02-15",
		RU: "%s — не позднее отчётного %d года; ожидается дата в следующем году, например %d-02-15",
		ZH: "%s 不晚于报告年份 %d；应为其后一年的日期，例如 %d-02-15"},
	{Key: ConfigAboveOne,
		EN: "%v must be more than 1 (a multiple of the median)",
		RU: "%v: значение должно быть больше 1 (кратность медианы)",
		ZH: "%v 必须大于 1（中位数的倍数）"},
	{Key: ConfigAboveZero,
		EN: "%v must be more than 0",
		RU: "%v: значение должно быть больше 0",
		ZH: "%v 必须大于 0"},
	{Key: ConfigWholeYears,
		EN: "%v must be 1 or more (a figure above a whole year of the state's)",
		RU: "%v: значение должно быть не меньше 1 (показатель, превышающий итог государства за целый год)",
		ZH: "%v 必须大于或等于 1（超过该国全年合计的数字）"},
	{Key: ConfigMinReports,
		EN: "%d must be 3 or more (a median of fewer says little)",
		RU: "%d: значение должно быть не меньше 3 (медиана меньшего числа значений малоинформативна)",
		ZH: "%d 必须大于或等于 3（更少数值的中位数意义不大）"},
	{Key: ConfigAtLeastOne,
		EN: "%d must be 1 or more",
		RU: "%d: значение должно быть не меньше 1",
		ZH: "%d 必须大于或等于 1"},

	// load
	{Key: LoadYearImplausible,
		EN: "--year %d is not a plausible reporting year",
		RU: "--year %d — неправдоподобный отчётный год",
		ZH: "--year %d 不是合理的报告年份"},
	{Key: LoadUnknownLanguage,
		EN: "unknown language %q; expected one of %s",
		RU: "неизвестный язык %q; ожидается один из: %s",
		ZH: "未知语言 %q；应为以下之一：%s"},
	{Key: LoadReading, EN: "reading the workbooks", RU: "чтение рабочих книг", ZH: "正在读取工作簿"},
	{Key: LoadReadingFile, EN: "reading %d/%d %s", RU: "чтение %d/%d %s", ZH: "正在读取 %d/%d %s"},
	{Key: LoadInputsHave, EN: "the inputs have %s", RU: "во входных данных: %s", ZH: "输入数据中有%s"},
	{Key: LoadYearEmpty,
		EN: "the reporting year %d has no record in any dataset, so there is nothing to report; the sources hold %s: choose one of those years (--year or report.year), or add the %d workbooks",
		RU: "за отчётный %d год нет ни одной записи ни в одном наборе данных, отчитываться не о чем; в источниках: %s; выберите один из этих годов (--year или report.year) или добавьте рабочие книги за %d год",
		ZH: "报告年份 %d 在任何数据集中都没有记录，因此没有可报告的内容；数据来源中有：%s。请选择其中一个年份（--year 或 report.year），或添加 %d 年的工作簿"},
	{Key: LoadHeldNothing, EN: "no dated record at all", RU: "ни одной записи с датой", ZH: "没有任何带日期的记录"},
	{Key: LoadHeldYears, EN: "records of %s", RU: "записи за %s", ZH: "%s 年的记录"},
	{Key: LoadSourceDateEpoch,
		EN: "SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970",
		RU: "SOURCE_DATE_EPOCH=%q — не число секунд с 1970 года",
		ZH: "SOURCE_DATE_EPOCH=%q 不是自 1970 年以来的秒数"},
	{Key: LoadTextUntranslated,
		EN: "no %s translation for %q; the English text is used",
		RU: "нет перевода на язык %s для %q; используется текст на английском языке",
		ZH: "%[2]q 没有 %[1]s 译文；使用英文文本"},
	{Key: LoadTranslationsMissing,
		EN: "the translations workbook %s (sources.translations) does not exist; free text prints as written",
		RU: "рабочая книга переводов %s (sources.translations) не существует; произвольный текст печатается так, как написан",
		ZH: "译文工作簿 %s（sources.translations）不存在；自由文本按原文打印"},
	{Key: LoadTranslationsError, EN: "%v", RU: "%v", ZH: "%v"},
	{Key: LoadFreeTextUntranslated,
		EN: "the %s edition of %d would print %d of its %d free texts untranslated, as written; `ratsreport translations` adds them to %s for translators",
		RU: plural.Selectf(4, "%d",
			"one", "издание на языке %[1]s за %[2]d год напечатает без перевода, как написано, %[3]d из %[4]d произвольного текста; `ratsreport translations` добавит их в %[5]s для переводчиков",
			"other", "издание на языке %[1]s за %[2]d год напечатает без перевода, как написано, %[3]d из %[4]d произвольных текстов; `ratsreport translations` добавит их в %[5]s для переводчиков"),
		ZH: "%[2]d 年的 %[1]s 版本将有 %[3]d 条自由文本（共 %[4]d 条）未经翻译、按原文打印；`ratsreport translations` 会将其添加到 %[5]s 供译员翻译"},

	// coverage
	{Key: CoverageBorder, EN: "border results", RU: "результаты пограничных операций", ZH: "边防联合行动结果"},
	{Key: CoverageExercises, EN: "joint exercises", RU: "совместные учения", ZH: "联合演习"},
	{Key: CoverageConference, EN: "conference sessions", RU: "сессии конференции", ZH: "会议场次"},
	{Key: CoverageAgreements, EN: "cooperation documents", RU: "документы о сотрудничестве", ZH: "合作文件"},
	{Key: CoverageOnline, EN: "online measures", RU: "меры в сети Интернет", ZH: "网络领域措施"},
	{Key: CoverageTraining, EN: "training courses", RU: "мероприятия по подготовке кадров", ZH: "培训课程"},
	{Key: CoverageMeetings, EN: "meetings", RU: "заседания", ZH: "会议"},
	{Key: CoverageNotReceived,
		EN: "%s for %d not received: no file holds a record of %d (%d had %d)%s",
		RU: plural.Selectf(5, "%d",
			"one", "%[1]s за %[2]d год не поступили: ни один файл не содержит записей за %[3]d год (за %[4]d год — %[5]d запись)%[6]s",
			"few", "%[1]s за %[2]d год не поступили: ни один файл не содержит записей за %[3]d год (за %[4]d год — %[5]d записи)%[6]s",
			"many", "%[1]s за %[2]d год не поступили: ни один файл не содержит записей за %[3]d год (за %[4]d год — %[5]d записей)%[6]s",
			"other", "%[1]s за %[2]d год не поступили: ни один файл не содержит записей за %[3]d год (за %[4]d год — %[5]d записи)%[6]s"),
		ZH: "未收到 %[2]d 年的%[1]s：没有文件包含 %[3]d 年的记录（%[4]d 年有 %[5]d 条）%[6]s"},
	{Key: CoverageNotReceivedState,
		EN: "%s for %d not received from %s%s",
		RU: "%[1]s за %[2]d год не поступили от государства %[3]s%[4]s",
		ZH: "未收到%[3]s提交的 %[2]d 年%[1]s%[4]s"},
	{Key: CoverageDeadline, EN: "; expected by %s", RU: "; срок представления — %s", ZH: "；截止日期为 %s"},

	// plausible
	{Key: PlausibleFigure,
		EN: "%s %s is far above what %s reports: %s its median per report (%s over %s of %s); check it for a typing error or a wrong unit (if it is right, a real surge, keep it)",
		RU: "%s: значение %s намного выше того, что сообщает %s: %s больше медианы на отчёт (%s по %s за %s); проверьте, нет ли опечатки или ошибки в единицах измерения (если значение верно и рост действительно был, оставьте его)",
		ZH: "%[1]s %[2]s 远高于%[3]s通常报告的数值：是每份报告中位数的 %[4]s（%[7]s 年 %[6]s的中位数为 %[5]s）；请检查是否存在录入错误或单位错误（如无误，确属激增，请保留）"},
	{Key: PlausibleFigureYears,
		EN: "%s %s is far above what %s reports: %s its median per report (%s over %s of %s), and more than %s its total for any other whole year (at most %s); check it for a typing error or a wrong unit (if it is right, a real surge, keep it)",
		RU: "%s: значение %s намного выше того, что сообщает %s: %s больше медианы на отчёт (%s по %s за %s) и более чем %s больше итога за любой другой полный год (не более %s); проверьте, нет ли опечатки или ошибки в единицах измерения (если значение верно и рост действительно был, оставьте его)",
		ZH: "%[1]s %[2]s 远高于%[3]s通常报告的数值：是每份报告中位数的 %[4]s（%[7]s 年 %[6]s的中位数为 %[5]s），且超过其他任何完整年度合计（最多 %[9]s）的 %[8]s；请检查是否存在录入错误或单位错误（如无误，确属激增，请保留）"},
	{Key: PlausibleJump,
		EN: "%s's %s for %d total %s, %s the median of its other years (%s over %s), at %s per report against a usual %s; check the %d figures for a wrong unit or a typing error (if they are right, keep them)",
		RU: "%s: %s за %d год — всего %s, %s больше медианы за другие годы (%s по %s), в среднем %s на отчёт при обычных %s; проверьте данные за %d год на ошибку в единицах измерения или опечатку (если они верны, оставьте их)",
		ZH: "%[1]s %[3]d 年的%[2]s合计 %[4]s，是其他年份中位数（%[7]s的中位数为 %[6]s）的 %[5]s，平均每份报告 %[8]s，而通常为 %[9]s；请检查 %d 年的数字是否存在单位错误或录入错误（如无误，请保留）"},
	{Key: PlausibleTimes,
		EN: "%v times",
		RU: plural.Selectf(1, "",
			"one", "в %v раз",
			"few", "в %v раза",
			"many", "в %v раз",
			"other", "в %v раза"),
		ZH: "%v 倍"},
	{Key: PlausibleReports,
		EN: plural.Selectf(1, "%d", "one", "%d report", "other", "%d reports"),
		RU: plural.Selectf(1, "%d", "one", "%d отчёту", "other", "%d отчётам"),
		ZH: "%d 份报告"},
	{Key: PlausibleYears,
		EN: plural.Selectf(1, "%d", "one", "%d year", "other", "%d years"),
		RU: plural.Selectf(1, "%d", "one", "%d году", "other", "%d годам"),
		ZH: "%d 年"},

	// translate
	{Key: TranslateOpenFailed,
		EN: "cannot open the translations workbook %s: %v",
		RU: "не удалось открыть рабочую книгу переводов %s: %v",
		ZH: "无法打开译文工作簿 %s：%v"},
	{Key: TranslateReadFailed,
		EN: "cannot read the translations workbook %s: %v",
		RU: "не удалось прочитать рабочую книгу переводов %s: %v",
		ZH: "无法读取译文工作簿 %s：%v"},
	{Key: TranslateNoHeader,
		EN: "no header row with a Text column in the first 10 rows; expected the columns Text, en, ru, zh (and Comment)",
		RU: "в первых 10 строках нет строки заголовков со столбцом Text; ожидаются столбцы Text, en, ru, zh (и Comment)",
		ZH: "前 10 行中没有含 Text 列的标题行；应有 Text、en、ru、zh 列（以及 Comment 列）"},
	{Key: TranslateColumnUnknown,
		EN: "the column %q is not a language of the editions (%s) nor one of Text, Comment, Where, Column, Count; it is ignored",
		RU: "столбец %q — не язык изданий (%s) и не один из столбцов Text, Comment, Where, Column, Count; он не учитывается",
		ZH: "列 %q 既不是版本语言（%s），也不是 Text、Comment、Where、Column、Count 之一；已忽略"},
	{Key: TranslateColumnTwice,
		EN: "the column %q repeats column %s; expected each column once",
		RU: "столбец %q повторяет столбец %s; каждый столбец должен быть указан один раз",
		ZH: "列 %q 与 %s 列重复；每列只应出现一次"},
	{Key: TranslateTextMissing,
		EN: "a translation without the text it translates; the row is ignored",
		RU: "перевод без исходного текста; строка не учитывается",
		ZH: "有译文但没有原文；已忽略该行"},
	{Key: TranslateClash, EN: "%s %q there, %q here", RU: "%s: там %q, здесь %q", ZH: "%s：那里为 %q，这里为 %q"},
	{Key: TranslateTwiceDifferent,
		EN: "the text %q is also at %s, translated differently: %s; keep one row per text",
		RU: "текст %q есть также в %s, с другим переводом: %s; оставьте одну строку на каждый текст",
		ZH: "文本 %q 也出现在 %s，译文不同：%s；每个文本只保留一行"},
	{Key: TranslateTwice,
		EN: "the text %q is also at %s; keep one row per text (the two rows are combined)",
		RU: "текст %q есть также в %s; оставьте одну строку на каждый текст (две строки объединены)",
		ZH: "文本 %q 也出现在 %s；每个文本只保留一行（两行已合并）"},

	// stats
	{Key: StatsYearsInvalid,
		EN: "--years %q is not a span of years; expected a year (2025), a range (2019-2025) or all",
		RU: "--years %q — не период; ожидается год (2025), диапазон (2019-2025) или all",
		ZH: "--years %q 不是年份范围；应为年份（2025）、范围（2019-2025）或 all"},
	{Key: StatsYearsImplausible,
		EN: "--years %q is not a plausible span; expected FROM-TO with %d <= FROM <= TO <= %d",
		RU: "--years %q — неправдоподобный период; ожидается ОТ-ДО, где %d <= ОТ <= ДО <= %d",
		ZH: "--years %q 不是合理的范围；应为 起-止，且 %d <= 起 <= 止 <= %d"},
	{Key: StatsYearsMissing,
		EN: "no span of years; expected --year, --years FROM-TO or --years all",
		RU: "не указан период; ожидается --year, --years ОТ-ДО или --years all",
		ZH: "未指定年份范围；应为 --year、--years 起-止 或 --years all"},
	{Key: StatsDatasetUnknown,
		EN: "unknown dataset %q; expected one of %s",
		RU: "неизвестный набор данных %q; ожидается один из: %s",
		ZH: "未知数据集 %q；应为以下之一：%s"},
	{Key: StatsDimensionUnknown,
		EN: "unknown dimension %q for %s; expected one of %s",
		RU: "неизвестное измерение %q для %s; ожидается одно из: %s",
		ZH: "%[2]s 没有维度 %[1]q；应为以下之一：%[3]s"},
	{Key: StatsByTwice,
		EN: "--by names %s twice",
		RU: "--by указывает %s дважды",
		ZH: "--by 两次指定了 %s"},
	{Key: StatsWhereInvalid,
		EN: "--where %q is not DIMENSION=VALUE; dimensions of %s: %s",
		RU: "--where %q — не в виде ИЗМЕРЕНИЕ=ЗНАЧЕНИЕ; измерения %s: %s",
		ZH: "--where %q 不是 维度=值 的形式；%s 的维度：%s"},
	{Key: StatsWhereDimension,
		EN: "unknown dimension %q in --where for %s; expected one of %s",
		RU: "неизвестное измерение %q в --where для %s; ожидается одно из: %s",
		ZH: "--where 中的维度 %[1]q 不属于 %[2]s；应为以下之一：%[3]s"},
	{Key: StatsWhereYear,
		EN: "--where cannot filter on year; use --year or --years",
		RU: "--where не может отбирать по году; используйте --year или --years",
		ZH: "--where 不能按年份筛选；请使用 --year 或 --years"},
	{Key: StatsStateUnknown,
		EN: "unknown value %q for %s; expected a state from config.toml, by code or name: %s",
		RU: "неизвестное значение %q для %s; ожидается государство из config.toml (код или наименование): %s",
		ZH: "%[2]s 的值 %[1]q 未知；应为 config.toml 中的国家（代码或名称）：%[3]s"},
	{Key: StatsValueUnknown,
		EN: "unknown value %q for %s; expected one of %s",
		RU: "неизвестное значение %q для %s; ожидается одно из: %s",
		ZH: "%[2]s 的值 %[1]q 未知；应为以下之一：%[3]s"},
	{Key: StatsIndicatorUnknown,
		EN: "unknown value %q for indicator; expected one of %s",
		RU: "неизвестное значение %q для indicator; ожидается одно из: %s",
		ZH: "indicator 的值 %q 未知；应为以下之一：%s"},
	{Key: StatsValueAbsent,
		EN: "unknown value %q for %s; the records have: %s",
		RU: "неизвестное значение %q для %s; в записях есть: %s",
		ZH: "%[2]s 的值 %[1]q 未知；记录中有：%[3]s"},
	{Key: StatsListMore, EN: "%s, … (%d more)", RU: "%s, … (ещё %d)", ZH: "%s，……（另有 %d 个）"},
	{Key: StatsValueNone,
		EN: "unknown value %q for %s: the records have no %s at all",
		RU: "неизвестное значение %q для %s: в записях вообще нет значений %s",
		ZH: "%[2]s 的值 %[1]q 未知：记录中完全没有 %[3]s"},
	{Key: StatsMeasureUnknown,
		EN: "unknown measure %q for %s; expected one of %s",
		RU: "неизвестный показатель %q для %s; ожидается один из: %s",
		ZH: "%[2]s 没有度量 %[1]q；应为以下之一：%[3]s"},
	{Key: StatsMeasureNone,
		EN: "no measure left: --measures and --where indicator= name different indicators",
		RU: "не осталось ни одного показателя: --measures и --where indicator= указывают разные индикаторы",
		ZH: "没有剩余的度量：--measures 与 --where indicator= 指定了不同的指标"},

	// build
	{Key: BuildInterrupted,
		EN: "interrupted; nothing was written, the previous outputs are as they were",
		RU: "прервано; ничего не записано, прежние выходные файлы остались без изменений",
		ZH: "已中断；未写入任何内容，之前的输出文件保持不变"},
	{Key: BuildRenderFailed, EN: "render %s: %v", RU: "ошибка при формировании (%s): %v", ZH: "生成失败：%s：%v"},
	{Key: BuildThePDF, EN: "the %s report", RU: "отчёт на языке %s", ZH: "%s 版报告"},
	{Key: BuildTheWorkbook, EN: "the workbook", RU: "рабочая книга", ZH: "工作簿"},
	{Key: BuildRendering,
		EN: plural.Selectf(1, "%d", "one", "rendering %d output", "other", "rendering %d outputs"),
		RU: plural.Selectf(1, "%d", "one", "формирование %d выходного файла", "other", "формирование %d выходных файлов"),
		ZH: "正在生成 %d 个输出文件"},
	{Key: BuildRendered, EN: "rendered %s", RU: "готово: %s", ZH: "已生成：%s"},
	{Key: BuildWriting, EN: "writing %s", RU: "запись в %s", ZH: "正在写入 %s"},

	// outfile
	{Key: OutputLock, EN: "lock %s: %v", RU: "не удалось заблокировать %s: %v", ZH: "无法锁定 %s：%v"},
	{Key: OutputCreate, EN: "create %s: %v", RU: "не удалось создать %s: %v", ZH: "无法创建 %s：%v"},
	{Key: OutputRead, EN: "read %s: %v", RU: "не удалось прочитать %s: %v", ZH: "无法读取 %s：%v"},
	{Key: OutputWrite, EN: "write %s: %v", RU: "не удалось записать %s: %v", ZH: "无法写入 %s：%v"},
	{Key: OutputReplace, EN: "replace %s: %v", RU: "не удалось заменить %s: %v", ZH: "无法替换 %s：%v"},
	{Key: OutputComplete,
		EN: "complete the interrupted commit of %s: %v",
		RU: "не удалось завершить прерванную запись %s: %v",
		ZH: "无法完成 %s 被中断的提交：%v"},
	{Key: OutputUndo,
		EN: "undo the interrupted commit of %s: %v",
		RU: "не удалось отменить прерванную запись %s: %v",
		ZH: "无法撤销 %s 被中断的提交：%v"},
	{Key: OutputBusy,
		EN: "another build is writing to this folder",
		RU: "в эту папку записывает другая сборка",
		ZH: "另一个构建正在写入此文件夹"},
	{Key: OutputBusyWaited, EN: "%v (waited %v)", RU: "%v (ожидание: %v)", ZH: "%v（已等待 %v）"},
	{Key: OutputNotRegular,
		EN: "exists and is not a regular file",
		RU: "уже существует и не является обычным файлом",
		ZH: "已存在且不是普通文件"},
	{Key: OutputRestoreFailed,
		EN: "%v; restoring the previous outputs also failed: %v",
		RU: "%v; восстановить прежние выходные файлы также не удалось: %v",
		ZH: "%v；恢复之前的输出文件也失败了：%v"},
	{Key: OutputJournalUnreadable,
		EN: "skipped the unreadable journal %s: %v; its scratch folder is left as it was: check the outputs beside it, then remove it",
		RU: "пропущен нечитаемый журнал %s: %v; его временная папка оставлена как есть: проверьте выходные файлы рядом с ней, затем удалите её",
		ZH: "已跳过无法读取的日志 %s：%v；其临时文件夹保持原样：请检查旁边的输出文件，然后将其删除"},
	{Key: OutputJournalEmpty, EN: "names no output", RU: "в нём не указано ни одного выходного файла", ZH: "其中未列出任何输出文件"},
	{Key: OutputJournalOutput, EN: "it names the output %q", RU: "в нём указан выходной файл %q", ZH: "其中列出的输出文件为 %q"},
	{Key: OutputJournalTemp, EN: "it names the temporary file %q", RU: "в нём указан временный файл %q", ZH: "其中列出的临时文件为 %q"},
	{Key: OutputWarning, EN: "ratsreport: warning: %v", RU: "ratsreport: предупреждение: %v", ZH: "ratsreport：警告：%v"},
}
