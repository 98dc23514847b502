package msg

import "golang.org/x/text/feature/plural"

// Help and messages of the commands stats, diff, export, template and
// translations: each command's short and long description and flags
// (cmd.<command>.…), its usage errors, failures and summaries
// (<command>.…). Texts without arguments take none; the arguments of the
// others are named above their key.
const (
	// CmdStatsShort … CmdStatsFlagLang are the help of stats.
	CmdStatsShort        Key = "cmd.stats.short"
	CmdStatsLong         Key = "cmd.stats.long"
	CmdStatsFlagYear     Key = "cmd.stats.flag.year"
	CmdStatsFlagYears    Key = "cmd.stats.flag.years"
	CmdStatsFlagBy       Key = "cmd.stats.flag.by"
	CmdStatsFlagWhere    Key = "cmd.stats.flag.where"
	CmdStatsFlagMeasures Key = "cmd.stats.flag.measures"
	CmdStatsFlagFormat   Key = "cmd.stats.flag.format"
	CmdStatsFlagOutput   Key = "cmd.stats.flag.output"
	CmdStatsFlagLang     Key = "cmd.stats.flag.lang"
	// StatsNeedsDataset takes the datasets, comma-separated.
	StatsNeedsDataset Key = "stats.needs-dataset"
	// StatsUnknownFormat takes the format given and the formats there are.
	StatsUnknownFormat Key = "stats.unknown-format"
	// StatsXLSXNeedsOutput: --format xlsx without --output.
	StatsXLSXNeedsOutput Key = "stats.xlsx-needs-output"
	// StatsWriteFailed takes the format and the error.
	StatsWriteFailed Key = "stats.write-failed"
	// StatsInputsWarnings takes the number of warnings in the inputs
	// (of stats, export and translations, which do not stop on them).
	StatsInputsWarnings Key = "stats.inputs-warnings"

	// CmdDiffShort, CmdDiffLong and CmdDiffFlagExitCode are the help of
	// diff.
	CmdDiffShort        Key = "cmd.diff.short"
	CmdDiffLong         Key = "cmd.diff.long"
	CmdDiffFlagExitCode Key = "cmd.diff.flag.exit-code"
	// DiffChanged is the outcome of diff --exit-code when a key figure
	// changed (not printed: the changes were).
	DiffChanged Key = "diff.changed"
	// DiffReadFailed takes the file and the error.
	DiffReadFailed Key = "diff.read-failed"
	// DiffNotAResult takes the file and the JSON error.
	DiffNotAResult Key = "diff.not-a-result"
	// DiffWrongSchema takes the file, its schema and the schema expected.
	DiffWrongSchema Key = "diff.wrong-schema"
	// DiffNoKeyFigures takes the file, the command whose result it is and
	// its exit code.
	DiffNoKeyFigures Key = "diff.no-key-figures"
	// DiffDifferentYears takes the two builds' years.
	DiffDifferentYears Key = "diff.different-years"
	// DiffNone stands for a key figure a build does not have.
	DiffNone Key = "diff.none"
	// DiffNotReported stands for a figure not reported.
	DiffNotReported Key = "diff.not-reported"
	// DiffWithNotReported takes a figure and its count of records not
	// reported.
	DiffWithNotReported Key = "diff.with-not-reported"

	// CmdExportShort … CmdExportFlagBOM are the help of export.
	CmdExportShort      Key = "cmd.export.short"
	CmdExportLong       Key = "cmd.export.long"
	CmdExportFlagYears  Key = "cmd.export.flag.years"
	CmdExportFlagFormat Key = "cmd.export.flag.format"
	CmdExportFlagOutput Key = "cmd.export.flag.output"
	CmdExportFlagBOM    Key = "cmd.export.flag.bom"
	// ExportNeedsOutput: export without -o.
	ExportNeedsOutput Key = "export.needs-output"
	// ExportUnknownExtension takes the output and the formats there are.
	ExportUnknownExtension Key = "export.unknown-extension"
	// ExportUnknownFormat takes the format given and the formats there
	// are.
	ExportUnknownFormat Key = "export.unknown-format"
	// ExportBOMCSVOnly: --bom with another format than csv.
	ExportBOMCSVOnly Key = "export.bom-csv-only"
	// ExportNotAFolder takes the path where the CSV folder goes.
	ExportNotAFolder Key = "export.not-a-folder"
	// ExportNotAFile takes the path where the file goes.
	ExportNotAFile Key = "export.not-a-file"
	// ExportInterrupted: Ctrl-C stopped export.
	ExportInterrupted Key = "export.interrupted"
	// ExportTooManyRows takes the dataset's name, its records and the
	// most rows a sheet holds.
	ExportTooManyRows Key = "export.too-many-rows"
	// ExportWriteFileFailed takes the file and the error.
	ExportWriteFileFailed Key = "export.write-file-failed"

	// CmdTemplateShort … CmdTemplateFlagOut are the help of template;
	// CmdTemplateFlagLang takes the languages, CmdTemplateFlagDataset the
	// datasets, comma-separated.
	CmdTemplateShort       Key = "cmd.template.short"
	CmdTemplateLong        Key = "cmd.template.long"
	CmdTemplateFlagLang    Key = "cmd.template.flag.lang"
	CmdTemplateFlagDataset Key = "cmd.template.flag.dataset"
	CmdTemplateFlagOut     Key = "cmd.template.flag.out"
	// TemplateUnknownDataset takes the dataset given and the datasets
	// there are.
	TemplateUnknownDataset Key = "template.unknown-dataset"
	// TemplateWorkbookFailed takes the dataset, the language and the
	// error.
	TemplateWorkbookFailed Key = "template.workbook-failed"

	// CmdTranslationsShort … CmdTranslationsFlagOut are the help of
	// translations; CmdTranslationsFlagLang takes the languages,
	// comma-separated.
	CmdTranslationsShort     Key = "cmd.translations.short"
	CmdTranslationsLong      Key = "cmd.translations.long"
	CmdTranslationsFlagYear  Key = "cmd.translations.flag.year"
	CmdTranslationsFlagYears Key = "cmd.translations.flag.years"
	CmdTranslationsFlagLang  Key = "cmd.translations.flag.lang"
	CmdTranslationsFlagMerge Key = "cmd.translations.flag.merge"
	CmdTranslationsFlagOut   Key = "cmd.translations.flag.out"
	// TranslationsYearsSpan takes the --years given.
	TranslationsYearsSpan Key = "translations.years-span"
	// TranslationsMergeFailed takes the error reading a --merge file.
	TranslationsMergeFailed Key = "translations.merge-failed"
	// TranslationsMergeErrors takes the --merge file and the count of its
	// diagnostics.
	TranslationsMergeErrors Key = "translations.merge-errors"
	// TranslationsYear and TranslationsYears are the reporting year, or
	// the first and last of a span, in the sentences of translations.
	TranslationsYear  Key = "translations.year"
	TranslationsYears Key = "translations.years"
	// TranslationsComplete takes the languages, the years and the
	// workbook's name.
	TranslationsComplete Key = "translations.complete"
	// TranslationsWriteFailed takes the error.
	TranslationsWriteFailed Key = "translations.write-failed"
	// TranslationsUpToDate takes the workbook and the number of texts
	// lacking a translation.
	TranslationsUpToDate Key = "translations.up-to-date"
	// TranslationsMerged takes the number of translations merged.
	TranslationsMerged Key = "translations.merged"
	// TranslationsLacking takes the workbook written, the number of texts
	// lacking a translation, the years and the count per language
	// ("en 0, ru 12, zh 40").
	TranslationsLacking Key = "translations.lacking"
)

// helpEntries are the catalogue's texts of this area (see the package
// comment); each key is a constant above its entry's use.
var helpEntries = []Entry{
	// stats
	{Key: CmdStatsShort,
		EN: "Count and add up the validated records: per year, state, operation, indicator, ...",
		RU: "Подсчитать и просуммировать проверенные записи: по годам, государствам, операциям, показателям, ...",
		ZH: "统计并汇总已校验的记录：按年份、国家、行动、指标等"},
	{Key: CmdStatsLong,
		EN: `stats reads the inputs as check does and prints a table of counts and sums
over one dataset: exercises, border, conference, agreements, online, training
or meetings.

Records are grouped by the dimensions of --by and filtered by --where; the
measures are counts and the sums of the numeric fields (every border
indicator by default). An empty figure is "not reported": it is left out of
the sums and counted apart, never as zero. FILE arguments replace the
configuration's source patterns. docs/stats.md documents every dimension,
measure and the JSON schema.

Dimensions:
  exercises   year, kind, threat, host, state (participating; a list), exercise
  border      year, operation, state (reporting), section, area, indicator
  conference  year, edition, city, country, format, state (represented; a list)
  agreements  year (signed), counterparty, type, document, status
  online      year, state (reporting)
  training    year, format, host, state (participating; a list)
  meetings    year, body, country, chair, number

Examples:
  ratsreport stats border --by state
  ratsreport stats border --years 2019-2025 --by year --measures firearms
  ratsreport stats exercises --years 2006-2025 --by year
  ratsreport stats exercises --by state --where kind=field --format csv
  ratsreport stats agreements --years all --by status --format json

With --output, the file is written as build writes its outputs: while a
build writes to the same folder, stats says so on stderr and waits up to
--wait, then fails (exit 3); --wait 0 fails at once.`,
		RU: `stats читает входные данные так же, как check, и выводит таблицу количеств
и сумм по одному набору данных: exercises, border, conference, agreements,
online, training или meetings.

Записи группируются по измерениям из --by и отбираются по условиям --where;
величины — количество записей и суммы числовых полей (по умолчанию — все
показатели пограничных операций). Пустое значение означает «нет данных»: оно
не входит в суммы и учитывается отдельно, но никогда не считается нулём.
Аргументы FILE заменяют шаблоны источников, заданные в конфигурации. Все
измерения, величины и схема JSON описаны в docs/stats.md.

Измерения:
  exercises   year, kind, threat, host, state (государства-участники; список), exercise
  border      year, operation, state (отчитывающееся), section, area, indicator
  conference  year, edition, city, country, format, state (представленные; список)
  agreements  year (подписания), counterparty, type, document, status
  online      year, state (отчитывающееся)
  training    year, format, host, state (государства-участники; список)
  meetings    year, body, country, chair, number

Примеры:
  ratsreport stats border --by state
  ratsreport stats border --years 2019-2025 --by year --measures firearms
  ratsreport stats exercises --years 2006-2025 --by year
  ratsreport stats exercises --by state --where kind=field --format csv
  ratsreport stats agreements --years all --by status --format json

С --output файл записывается так же, как build записывает свои результаты:
пока другая сборка записывает в ту же папку, stats сообщает об этом в stderr
и ожидает не дольше --wait, после чего завершается с ошибкой (код 3); при
--wait 0 — сразу.`,
		ZH: `stats 按 check 的方式读取输入数据，并输出一个数据集的计数和合计表，数据集为
exercises、border、conference、agreements、online、training 或 meetings 之一。

记录按 --by 指定的维度分组，按 --where 筛选；度量为记录数和各数值字段的合计
（默认为全部边防指标）。空白数字表示“未报告”：不计入合计，单独统计，绝不按零
计算。FILE 参数取代配置中的数据源模式。docs/stats.md 说明全部维度、度量和
JSON 模式。

维度：
  exercises   year, kind, threat, host, state（参演国家；列表）, exercise
  border      year, operation, state（报告国）, section, area, indicator
  conference  year, edition, city, country, format, state（与会国家；列表）
  agreements  year（签署年份）, counterparty, type, document, status
  online      year, state（报告国）
  training    year, format, host, state（参训国家；列表）
  meetings    year, body, country, chair, number

示例：
  ratsreport stats border --by state
  ratsreport stats border --years 2019-2025 --by year --measures firearms
  ratsreport stats exercises --years 2006-2025 --by year
  ratsreport stats exercises --by state --where kind=field --format csv
  ratsreport stats agreements --years all --by status --format json

使用 --output 时，文件的写入方式与 build 写入其输出相同：若另一次构建正在写入
同一文件夹，stats 会在标准错误输出中说明，并最多等待 --wait 指定的时间，之后
失败（退出码 3）；--wait 0 则立即失败。`},
	{Key: CmdStatsFlagYear,
		EN: "the year counted (default: report.year in the configuration)",
		RU: "год, по которому ведётся подсчёт (по умолчанию — report.year в конфигурации)",
		ZH: "统计的年份（默认：配置中的 report.year）"},
	{Key: CmdStatsFlagYears,
		EN: "a span of years instead: FROM-TO (2019-2025), or all",
		RU: "диапазон лет вместо одного года: FROM-TO (2019-2025) или all",
		ZH: "改为统计年份范围：FROM-TO（2019-2025）或 all"},
	{Key: CmdStatsFlagBy,
		EN: "dimensions to group by, comma-separated (see above)",
		RU: "измерения для группировки, через запятую (см. выше)",
		ZH: "分组所依据的维度，以逗号分隔（见上文）"},
	{Key: CmdStatsFlagWhere,
		EN: "filters DIM=VALUE, comma-separated; the same DIM twice means either value",
		RU: "условия отбора DIM=VALUE, через запятую; одно и то же DIM дважды означает любое из двух значений",
		ZH: "筛选条件 DIM=VALUE，以逗号分隔；同一 DIM 出现两次表示取其中任一值"},
	{Key: CmdStatsFlagMeasures,
		EN: "measures to show, comma-separated (default: all of the dataset)",
		RU: "выводимые величины, через запятую (по умолчанию — все величины набора данных)",
		ZH: "要显示的度量，以逗号分隔（默认：该数据集的全部度量）"},
	{Key: CmdStatsFlagFormat,
		EN: "table, csv, json or xlsx (default: from the --output extension, else table)",
		RU: "table, csv, json или xlsx (по умолчанию — по расширению файла --output, иначе table)",
		ZH: "table、csv、json 或 xlsx（默认：按 --output 的扩展名，否则为 table）"},
	{Key: CmdStatsFlagOutput,
		EN: "write to this file (atomically) instead of standard output; xlsx needs it",
		RU: "записать результат в этот файл (атомарно) вместо стандартного вывода; для xlsx обязателен",
		ZH: "写入此文件（原子方式）而非标准输出；xlsx 格式必须指定"},
	{Key: CmdStatsFlagLang,
		EN: "language of the labels, titles and notes: en, ru or zh (default: the language of the messages)",
		RU: "язык подписей, заголовков и примечаний: en, ru или zh (по умолчанию — язык сообщений)",
		ZH: "标签、标题和注释的语言：en、ru 或 zh（默认：消息语言）"},
	{Key: StatsNeedsDataset,
		EN: "stats needs a DATASET; expected one of %s",
		RU: "для stats требуется DATASET — один из: %s",
		ZH: "stats 需要指定 DATASET，应为以下之一：%s"},
	{Key: StatsUnknownFormat,
		EN: "unknown format %q; expected one of %s",
		RU: "неизвестный формат %q; ожидается один из: %s",
		ZH: "未知格式 %q；应为以下之一：%s"},
	{Key: StatsXLSXNeedsOutput,
		EN: "--format xlsx needs --output FILE.xlsx (a workbook is not written to a terminal)",
		RU: "для --format xlsx требуется --output FILE.xlsx (рабочая книга не выводится на терминал)",
		ZH: "--format xlsx 需要 --output FILE.xlsx（工作簿不能输出到终端）"},
	{Key: StatsWriteFailed,
		EN: "write the %s output: %v",
		RU: "не удалось сформировать результат в формате %s: %v",
		ZH: "无法生成 %s 格式的结果：%v"},
	{Key: StatsInputsWarnings,
		EN: plural.Selectf(1, "%d",
			"one", "ratsreport: the inputs have %d warning; 'ratsreport check' lists them",
			"other", "ratsreport: the inputs have %d warnings; 'ratsreport check' lists them"),
		RU: plural.Selectf(1, "%d",
			"one", "ratsreport: во входных данных %d предупреждение; список выводит команда 'ratsreport check'",
			"few", "ratsreport: во входных данных %d предупреждения; список выводит команда 'ratsreport check'",
			"many", "ratsreport: во входных данных %d предупреждений; список выводит команда 'ratsreport check'",
			"other", "ratsreport: во входных данных %d предупреждения; список выводит команда 'ratsreport check'"),
		ZH: "ratsreport: 输入数据中有 %d 个警告；可用 'ratsreport check' 列出"},

	// diff
	{Key: CmdDiffShort,
		EN: "Print the key figures that changed between two builds (build --format json)",
		RU: "Вывести основные показатели, изменившиеся между двумя сборками (build --format json)",
		ZH: "列出两次构建（build --format json）之间发生变化的主要数据"},
	{Key: CmdDiffLong,
		EN: `diff compares the key figures of two builds, as build --format json prints
them: a late correction after the report went to the Council, or last month's
scheduled build against this month's. It prints one line per key figure whose
value or count of not-reported records changed, or that only one build has,
and nothing else when none changed.

With --exit-code it exits 1 when any key figure changed, 0 when none did.
Files that are not build results with key figures are an error (exit 2).`,
		RU: `diff сравнивает основные показатели двух сборок в том виде, в каком их выводит
build --format json: например, позднее исправление после направления доклада в
Совет или плановую сборку прошлого месяца со сборкой текущего. Выводится по
одной строке на каждый основной показатель, у которого изменилось значение или
число записей без данных либо который есть только в одной из сборок; если
изменений нет, не выводится ничего.

С --exit-code команда завершается с кодом 1, если изменился хотя бы один
основной показатель, и с кодом 0, если не изменился ни один. Файлы, не
являющиеся результатами сборки с основными показателями, — ошибка (код 2).`,
		ZH: `diff 比较两次构建中由 build --format json 输出的主要数据：例如报告提交理事会后
的补充更正，或上月与本月的定期构建。对于数值或未报告记录数发生变化、或只出现在
其中一次构建中的每项主要数据，各输出一行；若均无变化，则不输出任何内容。

使用 --exit-code 时，任一主要数据发生变化则以退出码 1 退出，均无变化则以 0 退出。
不是含主要数据的构建结果的文件视为错误（退出码 2）。`},
	{Key: CmdDiffFlagExitCode,
		EN: "exit 1 when any key figure changed",
		RU: "завершиться с кодом 1, если изменился хотя бы один основной показатель",
		ZH: "任一主要数据发生变化时以退出码 1 退出"},
	{Key: DiffChanged, EN: "key figures changed", RU: "основные показатели изменились", ZH: "主要数据已发生变化"},
	{Key: DiffReadFailed,
		EN: "read %s: %v",
		RU: "не удалось прочитать %s: %v",
		ZH: "无法读取 %s：%v"},
	{Key: DiffNotAResult,
		EN: "%s is not a ratsreport result (build --format json): %v",
		RU: "%s не является результатом ratsreport (build --format json): %v",
		ZH: "%s 不是 ratsreport 的结果文件（build --format json）：%v"},
	{Key: DiffWrongSchema,
		EN: "%s is not a ratsreport result (build --format json): schema %q, expected %q",
		RU: "%s не является результатом ratsreport (build --format json): схема %q, ожидается %q",
		ZH: "%s 不是 ratsreport 的结果文件（build --format json）：模式为 %q，应为 %q"},
	{Key: DiffNoKeyFigures,
		EN: "%s has no key figures: it is the result of %s with exit code %d; diff needs a successful build --format json",
		RU: "в %s нет основных показателей: это результат команды %s с кодом завершения %d; для diff нужен результат успешной сборки build --format json",
		ZH: "%s 中没有主要数据：它是 %s 的结果，退出码为 %d；diff 需要成功执行的 build --format json 的结果"},
	{Key: DiffDifferentYears,
		EN: "the builds are of different years: %d and %d",
		RU: "сборки относятся к разным годам: %d и %d",
		ZH: "两次构建的年份不同：%d 年和 %d 年"},
	{Key: DiffNone, EN: "(none)", RU: "(нет)", ZH: "（无）"},
	{Key: DiffNotReported, EN: "n/r", RU: "н/д", ZH: "未报告"},
	{Key: DiffWithNotReported,
		EN: "%s (%d not reported)",
		RU: "%s (без данных: %d)",
		ZH: "%s（%d 条未报告）"},

	// export
	{Key: CmdExportShort,
		EN: "Write every validated record, with its provenance, as SQLite, XLSX or CSV",
		RU: "Записать все проверенные записи с указанием их источника в формате SQLite, XLSX или CSV",
		ZH: "将全部已校验记录连同其来源写出为 SQLite、XLSX 或 CSV"},
	{Key: CmdExportLong,
		EN: `export reads the inputs as check does and writes every validated record of
every year (or of --years) with where it came from, for analysts' own tools:

  .sqlite (or .db)  an SQLite database: one table per dataset, child tables
                    for lists, states, registry, indicators, inputs, the key
                    figures of every year and a meta table
  .xlsx             a workbook, one sheet per dataset
  .zip              one CSV file per dataset, zipped
  --format csv      one CSV file per dataset in the folder -o names

The format comes from the extension of -o, or --format. Not reported is
NULL (an empty cell), never 0; kilograms are exact as integer thousandths
(KEY_milli). docs/export.md documents every table and column.

The output is written atomically: a failed export leaves nothing behind and
the previous file as it was. While a build writes to the same folder, export
says so on stderr and waits up to --wait, then fails (exit 3).`,
		RU: `export читает входные данные так же, как check, и записывает все проверенные
записи за все годы (или за годы из --years) с указанием их источника — для
собственных инструментов аналитиков:

  .sqlite (или .db)  база данных SQLite: по таблице на каждый набор данных,
                     подчинённые таблицы для списков, государств, реестра,
                     показателей, входных файлов, основные показатели каждого
                     года и таблица meta
  .xlsx              рабочая книга, по листу на каждый набор данных
  .zip               по файлу CSV на каждый набор данных, в архиве zip
  --format csv       по файлу CSV на каждый набор данных в папке, указанной в -o

Формат определяется по расширению -o или задаётся флагом --format. «Нет
данных» — это NULL (пустая ячейка), а не 0; килограммы хранятся точно, целым
числом тысячных (KEY_milli). Все таблицы и столбцы описаны в docs/export.md.

Результат записывается атомарно: после неудачной выгрузки не остаётся ничего,
а прежний файл сохраняется без изменений. Пока сборка записывает в ту же
папку, export сообщает об этом в stderr и ожидает не дольше --wait, после чего
завершается с ошибкой (код 3).`,
		ZH: `export 按 check 的方式读取输入数据，将各年份（或 --years 指定年份）的全部已
校验记录连同其来源写出，供分析人员用自己的工具使用：

  .sqlite（或 .db）  SQLite 数据库：每个数据集一张表，另有列表、国家、登记表、
                     指标、输入文件、各年份主要数据的子表和一张 meta 表
  .xlsx              工作簿，每个数据集一个工作表
  .zip               每个数据集一个 CSV 文件，打包为 zip
  --format csv       每个数据集一个 CSV 文件，写入 -o 指定的文件夹

格式由 -o 的扩展名或 --format 决定。未报告记为 NULL（空单元格），绝不记为 0；
千克数以千分之一为单位的整数精确保存（KEY_milli）。docs/export.md 说明全部表
和列。

输出以原子方式写入：导出失败不会留下任何内容，原有文件保持不变。若另一次构建
正在写入同一文件夹，export 会在标准错误输出中说明，并最多等待 --wait 指定的
时间，之后失败（退出码 3）。`},
	{Key: CmdExportFlagYears,
		EN: "the years exported: FROM-TO (2019-2025), a year, or all (records without a year too)",
		RU: "выгружаемые годы: FROM-TO (2019-2025), один год или all (включая записи без года)",
		ZH: "导出的年份：FROM-TO（2019-2025）、单个年份或 all（包括无年份的记录）"},
	{Key: CmdExportFlagFormat,
		EN: "sqlite, xlsx or csv (default: from the extension of -o)",
		RU: "sqlite, xlsx или csv (по умолчанию — по расширению -o)",
		ZH: "sqlite、xlsx 或 csv（默认：按 -o 的扩展名）"},
	{Key: CmdExportFlagOutput,
		EN: "the file (or, for csv, the folder or .zip) to write",
		RU: "записываемый файл (для csv — папка или файл .zip)",
		ZH: "要写入的文件（csv 格式为文件夹或 .zip 文件）"},
	{Key: CmdExportFlagBOM,
		EN: "csv: begin each file with a UTF-8 byte order mark (for Excel on Windows)",
		RU: "csv: начинать каждый файл с метки порядка байтов UTF-8 (для Excel в Windows)",
		ZH: "csv：每个文件以 UTF-8 字节顺序标记开头（供 Windows 上的 Excel 使用）"},
	{Key: ExportNeedsOutput,
		EN: "export needs -o PATH: the .sqlite, .xlsx or .zip file (or the folder, with --format csv) to write",
		RU: "для export требуется -o PATH: записываемый файл .sqlite, .xlsx или .zip (или папка — с --format csv)",
		ZH: "export 需要 -o PATH：要写入的 .sqlite、.xlsx 或 .zip 文件（使用 --format csv 时为文件夹）"},
	{Key: ExportUnknownExtension,
		EN: "cannot tell the format of %q from its extension; use .sqlite, .xlsx or .zip, or --format %s",
		RU: "невозможно определить формат %q по расширению; укажите .sqlite, .xlsx или .zip либо --format %s",
		ZH: "无法根据扩展名判断 %q 的格式；请使用 .sqlite、.xlsx 或 .zip，或 --format %s"},
	{Key: ExportUnknownFormat,
		EN: "unknown format %q; expected one of %s",
		RU: "неизвестный формат %q; ожидается один из: %s",
		ZH: "未知格式 %q；应为以下之一：%s"},
	{Key: ExportBOMCSVOnly,
		EN: "--bom is for csv only",
		RU: "--bom применяется только к csv",
		ZH: "--bom 仅适用于 csv"},
	{Key: ExportNotAFolder,
		EN: "%s exists and is not a folder; the csv files go into a folder (or give a .zip)",
		RU: "%s уже существует и не является папкой; файлы csv записываются в папку (или укажите файл .zip)",
		ZH: "%s 已存在且不是文件夹；csv 文件须写入文件夹（或指定 .zip 文件）"},
	{Key: ExportNotAFile,
		EN: "%s exists and is not a regular file; nothing was written",
		RU: "%s уже существует и не является обычным файлом; ничего не записано",
		ZH: "%s 已存在且不是普通文件；未写入任何内容"},
	{Key: ExportTooManyRows,
		EN: "the %s dataset has %d records, more than a sheet holds (%d); export it as sqlite or csv, or narrow --years",
		RU: plural.Selectf(2, "%d",
			"one", "в наборе данных %s %d запись — больше, чем вмещает лист (%d); экспортируйте его в sqlite или csv либо сузьте --years",
			"few", "в наборе данных %s %d записи — больше, чем вмещает лист (%d); экспортируйте его в sqlite или csv либо сузьте --years",
			"other", "в наборе данных %s %d записей — больше, чем вмещает лист (%d); экспортируйте его в sqlite или csv либо сузьте --years"),
		ZH: "数据集 %s 有 %d 条记录，超过一个工作表的容量（%d）；请导出为 sqlite 或 csv，或缩小 --years 范围"},
	{Key: ExportInterrupted,
		EN: "interrupted; nothing was written",
		RU: "прервано; ничего не записано",
		ZH: "已中断；未写入任何内容"},
	{Key: ExportWriteFileFailed,
		EN: "write %s: %v",
		RU: "не удалось записать %s: %v",
		ZH: "无法写入 %s：%v"},

	// template
	{Key: CmdTemplateShort,
		EN: "Write blank input workbooks for the competent authorities to fill in",
		RU: "Записать незаполненные рабочие книги для заполнения компетентными органами",
		ZH: "生成供主管机关填写的空白输入工作簿"},
	{Key: CmdTemplateLong,
		EN: `template writes one blank workbook per dataset and language,
ratsreport-template-DATASET-LANG.xlsx, into out/templates beside the
configuration (or --out), and prints the path of every file written.

Each workbook has the data sheet with the contract's header row (English, or
Russian for --lang ru; Chinese workbooks keep the English headers and give the
Chinese names in the notes), drop-down lists for enumerations, states and registry names (operations,
exercises, organisations, in the workbook's language),
date and number validation, an example row that the reader skips, and an
instructions sheet in the workbook's language.

The workbooks are written as build writes its outputs: while a build writes
to the same folder, template says so on stderr and waits up to --wait, then
fails (exit 3); --wait 0 fails at once.`,
		RU: `template записывает по одной незаполненной рабочей книге на каждый набор данных
и язык, ratsreport-template-DATASET-LANG.xlsx, в папку out/templates рядом с
конфигурацией (или в --out) и выводит путь каждого записанного файла.

Каждая книга содержит лист данных со строкой заголовков по спецификации входных
данных (на английском языке, при --lang ru — на русском; в книгах на китайском
языке заголовки остаются английскими, а китайские наименования приведены в
примечаниях), раскрывающиеся списки для перечислений, государств и наименований
из реестра (операций, учений, организаций — на языке книги), проверку дат и
чисел, строку-пример, которая при чтении пропускается, и лист с инструкцией
на языке книги.

Книги записываются так же, как build записывает свои результаты: пока другая
сборка записывает в ту же папку, template сообщает об этом в stderr и ожидает
не дольше --wait, после чего завершается с ошибкой (код 3); при --wait 0 —
сразу.`,
		ZH: `template 为每个数据集和每种语言各写出一个空白工作簿
ratsreport-template-DATASET-LANG.xlsx，存放在配置文件旁的 out/templates（或
--out 指定的文件夹）中，并列出所写每个文件的路径。

每个工作簿包括：带有规范表头行的数据工作表（英文；--lang ru 时为俄文；中文工作簿
保留英文表头，并在批注中给出中文名称），枚举值、国家和登记表名称（行动、演习、
组织，使用工作簿的语言）的下拉列表，日期和数字的有效性验证，读取时跳过的示例
行，以及使用工作簿语言的填写说明工作表。

工作簿的写入方式与 build 写入其输出相同：若另一次构建正在写入同一文件夹，
template 会在标准错误输出中说明，并最多等待 --wait 指定的时间，之后失败（退出码
3）；--wait 0 则立即失败。`},
	{Key: CmdTemplateFlagLang,
		EN: "languages, comma-separated: %s (default: report.languages)",
		RU: "языки, через запятую: %s (по умолчанию — report.languages)",
		ZH: "语言，以逗号分隔：%s（默认：report.languages）"},
	{Key: CmdTemplateFlagDataset,
		EN: "datasets, comma-separated: %s (default: all)",
		RU: "наборы данных, через запятую: %s (по умолчанию — все)",
		ZH: "数据集，以逗号分隔：%s（默认：全部）"},
	{Key: CmdTemplateFlagOut,
		EN: "output folder (default: out/templates beside the configuration)",
		RU: "папка для записи (по умолчанию — out/templates рядом с конфигурацией)",
		ZH: "输出文件夹（默认：配置文件旁的 out/templates）"},
	{Key: TemplateUnknownDataset,
		EN: "unknown dataset %q; expected one of %s",
		RU: "неизвестный набор данных %q; ожидается один из: %s",
		ZH: "未知数据集 %q；应为以下之一：%s"},
	{Key: TemplateWorkbookFailed,
		EN: "the %s template in %s: %v",
		RU: "не удалось сформировать шаблон %s на языке %s: %v",
		ZH: "无法生成 %[2]s 语言的 %[1]s 模板：%[3]v"},

	// translations
	{Key: CmdTranslationsShort,
		EN: "Add the free text the editions would print untranslated to the translations workbook",
		RU: "Внести в книгу переводов произвольный текст, который издания напечатали бы без перевода",
		ZH: "将各语言版本会原样印出、未经翻译的自由文本添加到翻译工作簿"},
	{Key: CmdTranslationsLong,
		EN: `translations lists the free text (locations, session titles, themes, document
titles, areas, notes, footnotes) that the editions of the reporting year (or
--years) would print untranslated, in a language other than the edition's, and
writes it into a copy of the translations workbook (sources.translations in the
configuration, templates/translations.xlsx by default): the workbook's rows are
kept as they are, the texts lacking a translation come first, sorted by where
they appear in the report (section, column, then how often), and their missing
cells are left empty and highlighted for the translators. The copy replaces the
workbook itself unless --out names another file; it is written atomically, and
not at all when every text is translated.

--merge FILE takes the translations a translator filled into a copy back into
the workbook first: nothing already translated is lost, a text the copy adds is
added, and a translation the copy changes is taken from the copy.

Translations given in the workbooks' own per-language columns (such as
"Title (ru)") count as translated.`,
		RU: `translations находит произвольный текст (места проведения, названия сессий,
темы, наименования документов, районы, примечания, сноски), который издания
отчётного года (или годов из --years) напечатали бы без перевода, на языке,
отличном от языка издания, и записывает его в копию книги переводов
(sources.translations в конфигурации, по умолчанию templates/translations.xlsx):
строки книги сохраняются как есть, тексты без перевода идут первыми в порядке
их появления в докладе (раздел, столбец, затем частота), а недостающие ячейки
остаются пустыми и выделяются цветом для переводчиков. Копия заменяет саму
книгу, если --out не указывает другой файл; она записывается атомарно и не
записывается вовсе, если переведены все тексты.

--merge FILE сначала переносит в книгу переводы, внесённые переводчиком в
копию: уже имеющиеся переводы не теряются, текст, добавленный в копии,
добавляется, а перевод, изменённый в копии, берётся из копии.

Переводы, указанные в собственных столбцах рабочих книг для отдельных языков
(например, "Title (ru)"), считаются имеющимися.`,
		ZH: `translations 找出报告年份（或 --years 指定年份）各语言版本会以非本版本语言、
未经翻译而印出的自由文本（地点、分场标题、主题、文件标题、地区、备注、脚注），
并写入翻译工作簿（配置中的 sources.translations，默认为
templates/translations.xlsx）的副本：工作簿原有各行保持不变，缺少译文的文本排在
最前，按其在报告中出现的位置（章节、列，再按出现次数）排序，其缺少的单元格留空
并以颜色标出，供译员填写。除非 --out 指定其他文件，副本将替换工作簿本身；副本
以原子方式写入，若全部文本均已翻译则不写入。

--merge FILE 先将译员填入副本的译文合并回工作簿：已有译文不会丢失，副本新增的
文本予以添加，副本修改的译文以副本为准。

工作簿中按语言单设的列（如 "Title (ru)"）所给的译文视为已翻译。`},
	{Key: CmdTranslationsFlagYear,
		EN: "reporting year (default: report.year in the configuration)",
		RU: "отчётный год (по умолчанию — report.year в конфигурации)",
		ZH: "报告年份（默认：配置中的 report.year）"},
	{Key: CmdTranslationsFlagYears,
		EN: "span of reporting years, FROM-TO (default: --year)",
		RU: "диапазон отчётных лет, FROM-TO (по умолчанию — --year)",
		ZH: "报告年份范围，FROM-TO（默认：--year）"},
	{Key: CmdTranslationsFlagLang,
		EN: "edition languages, comma-separated: %s (default: report.languages)",
		RU: "языки изданий, через запятую: %s (по умолчанию — report.languages)",
		ZH: "版本语言，以逗号分隔：%s（默认：report.languages）"},
	{Key: CmdTranslationsFlagMerge,
		EN: "a translated copy of the workbook to merge in first (repeatable)",
		RU: "переведённая копия книги, переводы из которой вносятся в первую очередь (можно указать несколько раз)",
		ZH: "先行合并的已翻译工作簿副本（可多次指定）"},
	{Key: CmdTranslationsFlagOut,
		EN: "file to write (default: the translations workbook itself)",
		RU: "записываемый файл (по умолчанию — сама книга переводов)",
		ZH: "要写入的文件（默认：翻译工作簿本身）"},
	{Key: TranslationsYearsSpan,
		EN: "--years %q: expected a span such as 2024-2025",
		RU: "--years %q: ожидается диапазон лет, например 2024-2025",
		ZH: "--years %q：应为年份范围，例如 2024-2025"},
	{Key: TranslationsMergeFailed,
		EN: "--merge: %v",
		RU: "не удалось внести переводы (--merge): %v",
		ZH: "无法合并译文（--merge）：%v"},
	{Key: TranslationsMergeErrors,
		EN: "%s has %s; nothing was merged",
		RU: "в %s: %s; ничего не внесено",
		ZH: "%s 中有 %s；未合并任何内容"},
	{Key: TranslationsYear, EN: "%d", RU: "%d г.", ZH: "%d 年"},
	{Key: TranslationsYears, EN: "%d-%d", RU: "%d–%d гг.", ZH: "%d–%d 年"},
	{Key: TranslationsComplete,
		EN: "every free text of the %s editions of %s is translated; %s is unchanged",
		RU: "все произвольные тексты изданий за %[2]s на языках %[1]s переведены; файл %[3]s не изменён",
		ZH: "%[2]s %[1]s 版本中的自由文本均已翻译；%[3]s 未作改动"},
	{Key: TranslationsWriteFailed,
		EN: "write the translations workbook: %v",
		RU: "не удалось сформировать книгу переводов: %v",
		ZH: "无法生成翻译工作簿：%v"},
	{Key: TranslationsUpToDate,
		EN: "%s is up to date: %d texts still lack a translation",
		RU: plural.Selectf(2, "%d",
			"one", "файл %[1]s уже актуален: без перевода по-прежнему остаётся %[2]d текст",
			"few", "файл %[1]s уже актуален: без перевода по-прежнему остаются %[2]d текста",
			"many", "файл %[1]s уже актуален: без перевода по-прежнему остаются %[2]d текстов",
			"other", "файл %[1]s уже актуален: без перевода по-прежнему остаются %[2]d текста"),
		ZH: "%s 已是最新：仍有 %d 条文本缺少译文"},
	{Key: TranslationsMerged,
		EN: "merged %d translations",
		RU: plural.Selectf(1, "%d",
			"one", "внесён %d перевод",
			"few", "внесено %d перевода",
			"many", "внесено %d переводов",
			"other", "внесено %d перевода"),
		ZH: "已合并 %d 条译文"},
	{Key: TranslationsLacking,
		EN: "%s: %d texts of %s lack a translation (%s); their cells are highlighted",
		RU: plural.Selectf(2, "%d",
			"one", "%[1]s: за %[3]s без перевода остаётся %[2]d текст (%[4]s); соответствующие ячейки выделены цветом",
			"few", "%[1]s: за %[3]s без перевода остаются %[2]d текста (%[4]s); соответствующие ячейки выделены цветом",
			"many", "%[1]s: за %[3]s без перевода остаются %[2]d текстов (%[4]s); соответствующие ячейки выделены цветом",
			"other", "%[1]s: за %[3]s без перевода остаются %[2]d текста (%[4]s); соответствующие ячейки выделены цветом"),
		ZH: "%[1]s：%[3]s有 %[2]d 条文本缺少译文（%[4]s）；相应单元格已标出"},
}
