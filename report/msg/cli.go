package msg

import "golang.org/x/text/feature/plural"

// Keys of the commands' output (package cli): errors on stderr, the
// count table, the coverage, the registry stubs, the status screen.
const (
	// CLIInternalError takes the panic's value.
	CLIInternalError Key = "cli.internal-error"
	// CLIConfigErrors heads the list of configuration errors.
	CLIConfigErrors Key = "cli.config-errors"
	// CLIRunHelp follows an error in the command line.
	CLIRunHelp Key = "cli.run-help"
	// CLIUnknownCommand takes the word given, the command path and a
	// CLIDidYouMean or "".
	CLIUnknownCommand Key = "cli.unknown-command"
	// CLIDidYouMean takes the suggestions, each on a line of its own
	// after a tab.
	CLIDidYouMean Key = "cli.did-you-mean"
	// CLIUnknownFlag takes the flag's name (without dashes).
	CLIUnknownFlag Key = "cli.unknown-flag"
	// CLIUnknownShorthand takes the letter and the group of letters it
	// was in.
	CLIUnknownShorthand Key = "cli.unknown-shorthand"
	// CLIFlagNeedsArgument takes the flag's name (without dashes).
	CLIFlagNeedsArgument Key = "cli.flag-needs-argument"
	// CLIShorthandNeedsArgument takes the letter and its group.
	CLIShorthandNeedsArgument Key = "cli.shorthand-needs-argument"
	// CLIInvalidFlagValue takes the value, the flag ("-q, --quiet") and
	// the parser's error.
	CLIInvalidFlagValue Key = "cli.invalid-flag-value"
	// CLIBadFlagSyntax takes the argument as given.
	CLIBadFlagSyntax Key = "cli.bad-flag-syntax"
	// CLIArgCount takes the arguments expected and those received.
	CLIArgCount Key = "cli.arg-count"
	// CLIFormatUnknown takes the --format given.
	CLIFormatUnknown Key = "cli.format-unknown"

	// CLICountsFiles is the line after the diagnostics: CLIFiles,
	// CLIUnreadable, CLISheetsRead, CLIIgnored and CLIDataRows.
	CLICountsFiles Key = "cli.counts-files"
	// CLIFiles takes a count of files.
	CLIFiles Key = "cli.count.files"
	// CLIUnreadable takes a count of unreadable files.
	CLIUnreadable Key = "cli.count.unreadable"
	// CLISheetsRead takes a count of sheets.
	CLISheetsRead Key = "cli.count.sheets-read"
	// CLIIgnored takes a count of ignored sheets.
	CLIIgnored Key = "cli.count.ignored"
	// CLIDataRows takes a count of rows.
	CLIDataRows Key = "cli.count.data-rows"
	// CLIDatasetHeader and CLIAllYears head the count table's columns.
	CLIDatasetHeader Key = "cli.counts.dataset"
	CLIAllYears      Key = "cli.counts.all-years"

	// The datasets' names in the count table, the coverage and status.
	CLIDatasetExercises  Key = "cli.dataset.exercises"
	CLIDatasetBorder     Key = "cli.dataset.border"
	CLIDatasetConference Key = "cli.dataset.conference"
	CLIDatasetAgreements Key = "cli.dataset.agreements"
	CLIDatasetOnline     Key = "cli.dataset.online"
	CLIDatasetTraining   Key = "cli.dataset.training"
	CLIDatasetMeetings   Key = "cli.dataset.meetings"

	// CLIStubsIntro takes the count of names the registry lacks.
	CLIStubsIntro Key = "cli.stubs-intro"
	// CLIStubsMore takes the count of names not printed.
	CLIStubsMore Key = "cli.stubs-more"
	// CLIStubFirst takes the name and where it is first written.
	CLIStubFirst Key = "cli.stub-first"

	// CLIWaitNegative takes the --wait given.
	CLIWaitNegative Key = "cli.wait-negative"
	// CLIWaiting takes the folder and the --wait.
	CLIWaiting Key = "cli.waiting"
	// CLIWarning takes the warning (an error of the output folder).
	CLIWarning Key = "cli.warning"
	// CLIBusy takes the error of a folder held too long by another build.
	CLIBusy Key = "cli.busy"
	// CLIWriteStdout takes the error of writing to standard output.
	CLIWriteStdout Key = "cli.write-stdout"
	// CLIVersion takes the version, the commit, "+modified" or "", and
	// the Go version.
	CLIVersion Key = "cli.version"

	// CLICoverageTitle takes the year.
	CLICoverageTitle Key = "cli.coverage.title"
	// CLICoverageLine takes the dataset's summary, whom it is expected
	// from and CLICoverageDue or "".
	CLICoverageLine Key = "cli.coverage.line"
	// CLICoverageDue takes the deadline (2006-01-02).
	CLICoverageDue Key = "cli.coverage.due"
	// Whom a dataset is expected from: CLIExpectRecordsPrev and
	// CLIExpectNothingPrev take the year before, CLIExpectMembers and
	// CLIExpectPrevious the count of states.
	CLIExpectNotBegun    Key = "cli.expect.not-begun"
	CLIExpectRecordsPrev Key = "cli.expect.records-previous"
	CLIExpectNothingPrev Key = "cli.expect.nothing-previous"
	CLIExpectMembers     Key = "cli.expect.members"
	CLIExpectPrevious    Key = "cli.expect.previous"
	CLIExpectAlways      Key = "cli.expect.always"
	CLIExpectNothing     Key = "cli.expect.nothing"
	// CLICoverageFileRecords takes a file's records (printed 8 wide).
	CLICoverageFileRecords Key = "cli.coverage.file-records"
	// CLICoverageStateRecords takes a state's records (printed 8 wide),
	// its files and CLICoverageNotExpected or "".
	CLICoverageStateRecords Key = "cli.coverage.state-records"
	// CLICoverageNotExpected follows a state that was not expected.
	CLICoverageNotExpected Key = "cli.coverage.not-expected"
	// CLICoverageMissing marks a state that sent nothing.
	CLICoverageMissing Key = "cli.coverage.missing"
	// CLICoverageComplete takes the year.
	CLICoverageComplete Key = "cli.coverage.complete"
	// CLICoverageIncomplete takes the count of submissions missing and
	// the year.
	CLICoverageIncomplete Key = "cli.coverage.incomplete"
	// A dataset's summary: CLISummaryReceived takes CLIRecords and
	// CLIFromFiles; CLISummaryStatesReported a count of states;
	// CLISummaryOf the states received and expected; CLISummaryMissing
	// the names of the states missing.
	CLISummaryNotReceived    Key = "cli.summary.not-received"
	CLISummaryNoneExpected   Key = "cli.summary.none-expected"
	CLISummaryReceived       Key = "cli.summary.received"
	CLIRecords               Key = "cli.count.records"
	CLIFromFiles             Key = "cli.count.from-files"
	CLISummaryStatesReported Key = "cli.summary.states-reported"
	CLISummaryOf             Key = "cli.summary.of"
	CLISummaryMissing        Key = "cli.summary.missing"

	// CLIStatusTitle takes the reporting year and today's date.
	CLIStatusTitle Key = "cli.status.title"
	// CLIStatusDeadline takes one of the CLIDeadline texts.
	CLIStatusDeadline Key = "cli.status.deadline"
	// CLIDeadlineNone says no deadline is set; CLIDeadlineIn and
	// CLIDeadlinePassed take the date and a count of days,
	// CLIDeadlineToday the date.
	CLIDeadlineNone   Key = "cli.deadline.none"
	CLIDeadlineIn     Key = "cli.deadline.in"
	CLIDeadlineToday  Key = "cli.deadline.today"
	CLIDeadlinePassed Key = "cli.deadline.passed"
	// CLIStatusSubmissions heads the submissions; CLIStatusComplete and
	// CLIStatusIncomplete mark a dataset.
	CLIStatusSubmissions Key = "cli.status.submissions"
	CLIStatusComplete    Key = "cli.status.complete"
	CLIStatusIncomplete  Key = "cli.status.incomplete"
	// CLIStatusFiles, CLIStatusErrors and CLIStatusWarnings head the
	// table of files; CLIStatusNoFile names problems without a file.
	CLIStatusFiles    Key = "cli.status.files"
	CLIStatusErrors   Key = "cli.status.errors"
	CLIStatusWarnings Key = "cli.status.warnings"
	CLIStatusNoFile   Key = "cli.status.no-file"
	// CLIStatusClean and CLIStatusCleanOther take the count of files
	// without errors or warnings.
	CLIStatusClean      Key = "cli.status.clean"
	CLIStatusCleanOther Key = "cli.status.clean-other"
	// CLIReadyNo takes the count of errors, CLIReadyWarnings of warnings.
	CLIReadyNo       Key = "cli.ready.no"
	CLIReadyWarnings Key = "cli.ready.warnings"
	CLIReadyYes      Key = "cli.ready.yes"
)

// Keys of help and usage: the commands' descriptions, the flags' usage,
// cobra's usage template and help command, and docs/cli*.md.
const (
	HelpRootShort    Key = "help.root.short"
	HelpRootLong     Key = "help.root.long"
	HelpCheckShort   Key = "help.check.short"
	HelpCheckExample Key = "help.check.example"
	HelpBuildShort   Key = "help.build.short"
	HelpBuildLong    Key = "help.build.long"
	HelpBuildExample Key = "help.build.example"
	HelpStatusShort  Key = "help.status.short"
	HelpStatusLong   Key = "help.status.long"
	HelpVersionShort Key = "help.version.short"
	// HelpHelpLong takes the program's name; HelpUnknownTopic the
	// words given (as a list, %#q).
	HelpHelpShort    Key = "help.help.short"
	HelpHelpLong     Key = "help.help.long"
	HelpUnknownTopic Key = "help.help.unknown-topic"
	// HelpCompletionLong and the shells' texts take the program's name
	// (%[1]s), zsh's also its completion folder, ${fpath[1]} (a "${" in
	// a catalogue text would name a variable of the catalogue);
	// HelpCompletionShellShort takes the shell.
	HelpCompletionShort      Key = "help.completion.short"
	HelpCompletionLong       Key = "help.completion.long"
	HelpCompletionShellShort Key = "help.completion.shell-short"
	HelpCompletionBash       Key = "help.completion.bash"
	HelpCompletionZsh        Key = "help.completion.zsh"
	HelpCompletionFish       Key = "help.completion.fish"
	HelpCompletionPowerShell Key = "help.completion.powershell"
	HelpFlagNoDescriptions   Key = "help.flag.no-descriptions"

	// The flags' usage. HelpFlagLang takes the languages; HelpFlagHelp and
	// HelpFlagVersion the command's name.
	HelpFlagQuiet              Key = "help.flag.quiet"
	HelpFlagMessages           Key = "help.flag.messages"
	HelpFlagConfig             Key = "help.flag.config"
	HelpFlagYear               Key = "help.flag.year"
	HelpFlagStrict             Key = "help.flag.strict"
	HelpFlagFormat             Key = "help.flag.format-result"
	HelpFlagWait               Key = "help.flag.wait"
	HelpFlagStrictTranslations Key = "help.flag.strict-translations"
	HelpFlagOut                Key = "help.flag.out"
	HelpFlagLang               Key = "help.flag.lang"
	HelpFlagHelp               Key = "help.flag.help"
	HelpFlagVersion            Key = "help.flag.version"

	// cobra's usage template. HelpMoreInformation takes the command's
	// path; HelpDefault a flag's default (after its usage, with the
	// space before it).
	HelpUsage             Key = "help.usage.usage"
	HelpAliases           Key = "help.usage.aliases"
	HelpExamples          Key = "help.usage.examples"
	HelpAvailableCommands Key = "help.usage.commands"
	HelpFlags             Key = "help.usage.flags"
	HelpGlobalFlags       Key = "help.usage.global-flags"
	HelpAdditionalTopics  Key = "help.usage.additional-topics"
	HelpMoreInformation   Key = "help.usage.more-information"
	HelpCommandWord       Key = "help.usage.command-word"
	HelpFlagsWord         Key = "help.usage.flags-word"
	HelpDefault           Key = "help.usage.default"

	// docs/cli*.md.
	HelpReferenceTitle     Key = "help.reference.title"
	HelpReferenceGenerated Key = "help.reference.generated"
	HelpReferenceRewrite   Key = "help.reference.rewrite"
	HelpReferenceFlag      Key = "help.reference.flag"
	HelpReferenceDefault   Key = "help.reference.default"
	HelpReferenceMeaning   Key = "help.reference.meaning"
)

// cliEntries are the catalogue's texts of this area (see the package
// comment): the commands' output, then help and usage.
var cliEntries = append(cliOutput, helpTexts...)

// cliOutput are the texts the commands print.
var cliOutput = []Entry{
	{Key: CLIInternalError, EN: "internal error: %v", RU: "внутренняя ошибка: %v", ZH: "内部错误：%v"},
	{Key: CLIConfigErrors, EN: "configuration errors:", RU: "ошибки в конфигурации:", ZH: "配置错误："},
	{Key: CLIRunHelp, EN: "Run 'ratsreport --help' for usage.", RU: "Справка об использовании: 'ratsreport --help'.", ZH: "运行 'ratsreport --help' 查看用法。"},
	{Key: CLIUnknownCommand, EN: "unknown command %q for %q%s", RU: "у %[2]q нет команды %[1]q%[3]s", ZH: "%[2]q 没有命令 %[1]q%[3]s"},
	{Key: CLIDidYouMean, EN: "\n\nDid you mean this?\n%s", RU: "\n\nВозможно, имелось в виду:\n%s", ZH: "\n\n您是不是要找：\n%s"},
	{Key: CLIUnknownFlag, EN: "unknown flag: --%s", RU: "неизвестный параметр: --%s", ZH: "未知选项：--%s"},
	{Key: CLIUnknownShorthand, EN: "unknown shorthand flag: '%s' in -%s", RU: "неизвестный короткий параметр '%s' в -%s", ZH: "未知短选项 '%s'（位于 -%s 中）"},
	{Key: CLIFlagNeedsArgument, EN: "flag needs an argument: --%s", RU: "для параметра --%s нужно значение", ZH: "选项 --%s 需要一个值"},
	{Key: CLIShorthandNeedsArgument, EN: "flag needs an argument: '%s' in -%s", RU: "для параметра '%s' в -%s нужно значение", ZH: "选项 '%s'（位于 -%s 中）需要一个值"},
	{Key: CLIInvalidFlagValue, EN: "invalid argument %q for %q flag: %v", RU: "недопустимое значение %q параметра %q: %v", ZH: "选项 %[2]q 的值 %[1]q 无效：%[3]v"},
	{Key: CLIBadFlagSyntax, EN: "bad flag syntax: %s", RU: "неверная запись параметра: %s", ZH: "选项格式错误：%s"},
	{Key: CLIArgCount, EN: "accepts %d arg(s), received %d", RU: "нужно аргументов: %d, получено: %d", ZH: "需要 %d 个参数，收到 %d 个"},
	{Key: CLIFormatUnknown, EN: "--format %q: expected text or json", RU: "--format %q: ожидается text или json", ZH: "--format %q：应为 text 或 json"},

	{Key: CLICountsFiles, EN: "%s (%s), %s (%s), %s", RU: "%s (%s), %s (%s), %s", ZH: "%s（%s），%s（%s），%s"},
	{Key: CLIFiles,
		EN: plural.Selectf(1, "%d", "one", "%d file", "other", "%d files"),
		RU: plural.Selectf(1, "%d", "one", "%d файл", "few", "%d файла", "many", "%d файлов", "other", "%d файла"),
		ZH: "%d 个文件"},
	{Key: CLIUnreadable,
		EN: "%d unreadable",
		RU: plural.Selectf(1, "%d", "one", "%d нечитаемый", "other", "%d нечитаемых"),
		ZH: "%d 个无法读取"},
	{Key: CLISheetsRead,
		EN: plural.Selectf(1, "%d", "one", "%d sheet read", "other", "%d sheets read"),
		RU: plural.Selectf(1, "%d", "one", "прочитан %d лист", "few", "прочитано %d листа", "many", "прочитано %d листов", "other", "прочитано %d листа"),
		ZH: "读取 %d 个工作表"},
	{Key: CLIIgnored,
		EN: "%d ignored",
		RU: plural.Selectf(1, "%d", "one", "%d пропущен", "other", "%d пропущено"),
		ZH: "%d 个已忽略"},
	{Key: CLIDataRows,
		EN: plural.Selectf(1, "%d", "one", "%d data row", "other", "%d data rows"),
		RU: plural.Selectf(1, "%d", "one", "%d строка данных", "few", "%d строки данных", "many", "%d строк данных", "other", "%d строки данных"),
		ZH: "%d 行数据"},
	{Key: CLIDatasetHeader, EN: "dataset", RU: "набор данных", ZH: "数据集"},
	{Key: CLIAllYears, EN: "all years", RU: "все годы", ZH: "所有年份"},

	// The names are the stats command's (templates/*/text.toml,
	// [stats.dataset]); in English the dataset's key, which the commands
	// take.
	{Key: CLIDatasetExercises, EN: "exercises", RU: "Совместные учения", ZH: "联合反恐演习"},
	{Key: CLIDatasetBorder, EN: "border", RU: "Пограничные операции", ZH: "边防联合行动"},
	{Key: CLIDatasetConference, EN: "conference", RU: "Сессии конференции", ZH: "会议场次"},
	{Key: CLIDatasetAgreements, EN: "agreements", RU: "Документы о сотрудничестве", ZH: "合作文件"},
	{Key: CLIDatasetOnline, EN: "online", RU: "Интернет", ZH: "互联网"},
	{Key: CLIDatasetTraining, EN: "training", RU: "Подготовка кадров", ZH: "人员培训"},
	{Key: CLIDatasetMeetings, EN: "meetings", RU: "Заседания", ZH: "会议"},

	{Key: CLIStubsIntro,
		EN: plural.Selectf(1, "%d",
			"one", "%d name is not in the registry. If one is a new organisation, operation or exercise, complete its\n"+
				"entry below (names in every language, the abbreviation) and add it to config.toml; if it is\n"+
				"another name of a known entry, add it to that entry's aliases instead.",
			"other", "%d names are not in the registry. If one is a new organisation, operation or exercise, complete its\n"+
				"entry below (names in every language, the abbreviation) and add it to config.toml; if it is\n"+
				"another name of a known entry, add it to that entry's aliases instead."),
		RU: plural.Selectf(1, "%d",
			"=1", "%d наименование отсутствует в реестре. Если это новая организация, операция или учение,\n"+
				"заполните запись ниже (наименования на всех языках, сокращение) и добавьте её в config.toml;\n"+
				"если это другое наименование уже известной записи, добавьте его в aliases этой записи.",
			"one", "%d наименование отсутствует в реестре. Если одно из них — новая организация, операция или учение,\n"+
				"заполните его запись ниже (наименования на всех языках, сокращение) и добавьте её в config.toml;\n"+
				"если это другое наименование уже известной записи, добавьте его в aliases этой записи.",
			"few", "%d наименования отсутствуют в реестре. Если одно из них — новая организация, операция или учение,\n"+
				"заполните его запись ниже (наименования на всех языках, сокращение) и добавьте её в config.toml;\n"+
				"если это другое наименование уже известной записи, добавьте его в aliases этой записи.",
			"many", "%d наименований отсутствуют в реестре. Если одно из них — новая организация, операция или учение,\n"+
				"заполните его запись ниже (наименования на всех языках, сокращение) и добавьте её в config.toml;\n"+
				"если это другое наименование уже известной записи, добавьте его в aliases этой записи.",
			"other", "%d наименования отсутствуют в реестре. Если одно из них — новая организация, операция или учение,\n"+
				"заполните его запись ниже (наименования на всех языках, сокращение) и добавьте её в config.toml;\n"+
				"если это другое наименование уже известной записи, добавьте его в aliases этой записи."),
		ZH: "有 %d 个名称不在名录中。如果是新的组织、行动或演习，请补全下面的条目（各语言的名称、简称）\n" +
			"并将其添加到 config.toml；如果是已知条目的另一名称，请改为将其添加到该条目的 aliases 中。"},
	{Key: CLIStubsMore,
		EN: plural.Selectf(1, "%d",
			"one", "… and %d more unknown name (every one is in --format json, with its entry)",
			"other", "… and %d more unknown names (every one is in --format json, with its entry)"),
		RU: plural.Selectf(1, "%d",
			"one", "… и ещё %d неизвестное наименование (все они — в --format json, с записями)",
			"few", "… и ещё %d неизвестных наименования (все они — в --format json, с записями)",
			"many", "… и ещё %d неизвестных наименований (все они — в --format json, с записями)",
			"other", "… и ещё %d неизвестных наименования (все они — в --format json, с записями)"),
		ZH: "…… 另有 %d 个未知名称（均见 --format json 的输出，附有条目）"},
	{Key: CLIStubFirst, EN: "%q, first at %s", RU: "%q, впервые встречается в %s", ZH: "%q，首次出现于 %s"},

	{Key: CLIWaitNegative, EN: "--wait %v: the time must not be negative", RU: "--wait %v: время не может быть отрицательным", ZH: "--wait %v：时间不能为负数"},
	{Key: CLIWaiting, EN: "another build is writing to %s; waiting up to %v (--wait)", RU: "в %s уже пишет другая сборка; ожидание не более %v (--wait)", ZH: "另一构建正在写入 %s；最多等待 %v（--wait）"},
	{Key: CLIWarning, EN: "warning: %v", RU: "предупреждение: %v", ZH: "警告：%v"},
	{Key: CLIBusy, EN: "%v; try again later, or give --wait a longer time", RU: "%v; повторите попытку позже или укажите в --wait большее время", ZH: "%v；请稍后重试，或为 --wait 指定更长的时间"},
	{Key: CLIWriteStdout, EN: "write to standard output: %v", RU: "запись в стандартный вывод: %v", ZH: "写入标准输出：%v"},
	{Key: CLIVersion, EN: "ratsreport %s (commit %s%s, %s)", RU: "ratsreport %s (коммит %s%s, %s)", ZH: "ratsreport %s（提交 %s%s，%s）"},

	{Key: CLICoverageTitle, EN: "coverage of %d", RU: "полнота данных за %d год", ZH: "%d 年数据覆盖情况"},
	{Key: CLICoverageLine, EN: "%s (expected: %s%s)", RU: "%s (ожидаются: %s%s)", ZH: "%s（应报：%s%s）"},
	{Key: CLICoverageDue, EN: ", due %s", RU: ", срок представления — %s", ZH: "，截止日期 %s"},
	{Key: CLIExpectNotBegun, EN: "nothing yet, no record up to this year", RU: "пока ничего: записей до этого года нет", ZH: "暂无：截至本年度尚无记录"},
	{Key: CLIExpectRecordsPrev, EN: "records, as %d had some", RU: "записи, так как за %d год они были", ZH: "记录，因为 %d 年有记录"},
	{Key: CLIExpectNothingPrev, EN: "nothing, as %d had none", RU: "ничего, так как за %d год записей не было", ZH: "无，因为 %d 年没有记录"},
	{Key: CLIExpectMembers,
		EN: plural.Selectf(1, "%d", "one", "the %d member state", "other", "the %d member states"),
		RU: plural.Selectf(1, "%d", "one", "от %d государства-члена", "other", "от %d государств-членов"),
		ZH: "全部 %d 个成员国"},
	{Key: CLIExpectPrevious,
		EN: plural.Selectf(1, "%d", "one", "the %d state that reported the year before", "other", "the %d states that reported the year before"),
		RU: plural.Selectf(1, "%d", "one", "от %d государства, представившего итоги годом ранее", "other", "от %d государств, представивших итоги годом ранее"),
		ZH: "上一年度报告过的 %d 个国家"},
	{Key: CLIExpectAlways, EN: "records every year", RU: "записи ежегодно", ZH: "每年均应有记录"},
	{Key: CLIExpectNothing, EN: "nothing", RU: "ничего", ZH: "无"},
	{Key: CLICoverageFileRecords,
		EN: plural.Selectf(1, "%d", "one", "%8d record", "other", "%8d records"),
		RU: plural.Selectf(1, "%d", "one", "%8d запись", "few", "%8d записи", "many", "%8d записей", "other", "%8d записи"),
		ZH: "%8d 条记录"},
	{Key: CLICoverageStateRecords,
		EN: plural.Selectf(1, "%d", "one", "%8d record from %s%s", "other", "%8d records from %s%s"),
		RU: plural.Selectf(1, "%d", "one", "%8d запись из %s%s", "few", "%8d записи из %s%s", "many", "%8d записей из %s%s", "other", "%8d записи из %s%s"),
		ZH: "%8d 条记录，来自 %s%s"},
	{Key: CLICoverageNotExpected, EN: " (not expected)", RU: " (не требовались)", ZH: "（不要求）"},
	{Key: CLICoverageMissing, EN: "missing", RU: "не поступили", ZH: "未收到"},
	{Key: CLICoverageComplete, EN: "coverage complete: every expected submission for %d has arrived",
		RU: "данные за %d год полные: все ожидаемые материалы поступили", ZH: "%d 年数据覆盖完整：所有应报材料均已收到"},
	{Key: CLICoverageIncomplete,
		EN: plural.Selectf(1, "%d", "one", "coverage incomplete: %d expected submission for %d not received",
			"other", "coverage incomplete: %d expected submissions for %d not received"),
		RU: plural.Selectf(1, "%d", "one", "данные неполные: не поступил %d ожидаемый материал за %d год",
			"few", "данные неполные: не поступили %d ожидаемых материала за %d год",
			"many", "данные неполные: не поступили %d ожидаемых материалов за %d год",
			"other", "данные неполные: не поступили %d ожидаемых материала за %d год"),
		ZH: "数据覆盖不完整：有 %d 份 %d 年的应报材料未收到"},
	{Key: CLISummaryNotReceived, EN: "missing", RU: "не поступили", ZH: "未收到"},
	{Key: CLISummaryNoneExpected, EN: "none (not expected)", RU: "нет (не требуются)", ZH: "无（不要求）"},
	{Key: CLISummaryReceived, EN: "received: %s from %s", RU: "получено: %s из %s", ZH: "已收到：来自 %[2]s的 %[1]s"},
	{Key: CLIRecords,
		EN: plural.Selectf(1, "%d", "one", "%d record", "other", "%d records"),
		RU: plural.Selectf(1, "%d", "one", "%d запись", "few", "%d записи", "many", "%d записей", "other", "%d записи"),
		ZH: "%d 条记录"},
	{Key: CLIFromFiles,
		EN: plural.Selectf(1, "%d", "one", "%d file", "other", "%d files"),
		RU: plural.Selectf(1, "%d", "one", "%d файла", "other", "%d файлов"),
		ZH: "%d 个文件"},
	{Key: CLISummaryStatesReported,
		EN: plural.Selectf(1, "%d", "one", "%d state reported (none expected)", "other", "%d states reported (none expected)"),
		RU: plural.Selectf(1, "%d", "one", "итоги представило %d государство (не требуются)", "few", "итоги представили %d государства (не требуются)",
			"many", "итоги представили %d государств (не требуются)", "other", "итоги представили %d государства (не требуются)"),
		ZH: "%d 个国家已报告（不要求）"},
	{Key: CLISummaryOf,
		EN: plural.Selectf(2, "%d", "one", "%d of %d state", "other", "%d of %d states"),
		RU: plural.Selectf(2, "%d", "one", "%d из %d государства", "other", "%d из %d государств"),
		ZH: "%[2]d 个国家中的 %[1]d 个"},
	{Key: CLISummaryMissing, EN: "; missing: %s", RU: "; не представили: %s", ZH: "；未收到：%s"},

	{Key: CLIStatusTitle, EN: "ratsreport status: reporting year %d, today %s", RU: "ratsreport status: отчётный год %d, сегодня %s", ZH: "ratsreport status：报告年度 %d，今天 %s"},
	{Key: CLIStatusDeadline, EN: "deadline: %s", RU: "срок представления: %s", ZH: "截止日期：%s"},
	{Key: CLIDeadlineNone, EN: "none set (coverage.deadline in the configuration)", RU: "не задан (coverage.deadline в конфигурации)", ZH: "未设置（配置中的 coverage.deadline）"},
	{Key: CLIDeadlineIn,
		EN: plural.Selectf(2, "%d", "one", "%s, in %d day", "other", "%s, in %d days"),
		RU: plural.Selectf(2, "%d", "one", "%s, через %d день", "few", "%s, через %d дня", "many", "%s, через %d дней", "other", "%s, через %d дня"),
		ZH: "%s，还有 %d 天"},
	{Key: CLIDeadlineToday, EN: "%s, today", RU: "%s, сегодня", ZH: "%s，就是今天"},
	{Key: CLIDeadlinePassed,
		EN: plural.Selectf(2, "%d", "one", "%s, passed %d day ago", "other", "%s, passed %d days ago"),
		RU: plural.Selectf(2, "%d", "one", "%s, истёк %d день назад", "few", "%s, истёк %d дня назад", "many", "%s, истёк %d дней назад", "other", "%s, истёк %d дня назад"),
		ZH: "%s，已过去 %d 天"},
	{Key: CLIStatusSubmissions, EN: "submissions", RU: "поступление материалов", ZH: "材料提交情况"},
	{Key: CLIStatusComplete, EN: "ok", RU: "полные", ZH: "齐全"},
	{Key: CLIStatusIncomplete, EN: "MISSING", RU: "НЕПОЛНЫЕ", ZH: "缺失"},
	{Key: CLIStatusFiles, EN: "files", RU: "файлы", ZH: "文件"},
	{Key: CLIStatusErrors, EN: "errors", RU: "ошибки", ZH: "错误"},
	{Key: CLIStatusWarnings, EN: "warnings", RU: "предупреждения", ZH: "警告"},
	{Key: CLIStatusNoFile, EN: "(no file)", RU: "(без файла)", ZH: "（无文件）"},
	{Key: CLIStatusClean,
		EN: plural.Selectf(1, "%d", "one", "(%d file: no errors or warnings)", "other", "(%d files: no errors or warnings)"),
		RU: plural.Selectf(1, "%d", "one", "(%d файл: ошибок и предупреждений нет)", "few", "(%d файла: ошибок и предупреждений нет)",
			"many", "(%d файлов: ошибок и предупреждений нет)", "other", "(%d файла: ошибок и предупреждений нет)"),
		ZH: "（%d 个文件：没有错误或警告）"},
	{Key: CLIStatusCleanOther,
		EN: plural.Selectf(1, "%d", "one", "(%d other file: no errors or warnings)", "other", "(%d other files: no errors or warnings)"),
		RU: plural.Selectf(1, "%d", "one", "(ещё %d файл: ошибок и предупреждений нет)", "few", "(ещё %d файла: ошибок и предупреждений нет)",
			"many", "(ещё %d файлов: ошибок и предупреждений нет)", "other", "(ещё %d файла: ошибок и предупреждений нет)"),
		ZH: "（其余 %d 个文件：没有错误或警告）"},
	{Key: CLIReadyNo,
		EN: plural.Selectf(1, "%d", "one", "ready to build: no, %d error to correct (ratsreport check lists them with their cells)",
			"other", "ready to build: no, %d errors to correct (ratsreport check lists them with their cells)"),
		RU: plural.Selectf(1, "%d", "one", "готовность к сборке: нет, нужно исправить %d ошибку (ratsreport check выводит ошибки с адресами ячеек)",
			"few", "готовность к сборке: нет, нужно исправить %d ошибки (ratsreport check выводит их с адресами ячеек)",
			"many", "готовность к сборке: нет, нужно исправить %d ошибок (ratsreport check выводит их с адресами ячеек)",
			"other", "готовность к сборке: нет, нужно исправить %d ошибки (ratsreport check выводит их с адресами ячеек)"),
		ZH: "可以构建：否，有 %d 个错误需要更正（ratsreport check 会列出这些错误及其单元格）"},
	{Key: CLIReadyWarnings,
		EN: plural.Selectf(1, "%d", "one", "ready to build: yes, with %d warning (build --strict would stop on them)",
			"other", "ready to build: yes, with %d warnings (build --strict would stop on them)"),
		RU: plural.Selectf(1, "%d", "one", "готовность к сборке: да, с %d предупреждением (build --strict на нём остановится)",
			"other", "готовность к сборке: да, с %d предупреждениями (build --strict на них остановится)"),
		ZH: "可以构建：是，但有 %d 个警告（build --strict 会因此停止）"},
	{Key: CLIReadyYes, EN: "ready to build: yes", RU: "готовность к сборке: да", ZH: "可以构建：是"},
}

// helpTexts are the catalogue's help and usage texts.
var helpTexts = []Entry{
	{Key: HelpRootShort,
		EN: "Build the annual activity report of the SCO RATS Executive Committee",
		RU: "Подготовить ежегодный доклад о деятельности Исполнительного комитета РАТС ШОС",
		ZH: "编制上海合作组织地区反恐怖机构执行委员会年度工作报告"},
	{Key: HelpRootLong,
		EN: `ratsreport reads the year's joint exercises, border operations, conference
sessions, cooperation agreements, online measures, training and meetings
from the member states' workbooks, validates them, and writes the report
for the RATS Council.`,
		RU: `ratsreport считывает из рабочих книг государств — членов ШОС сведения
за год о совместных учениях, пограничных операциях, сессиях конференции,
соглашениях о сотрудничестве, мерах в интернете, подготовке кадров
и заседаниях, проверяет их и формирует доклад для Совета РАТС.`,
		ZH: `ratsreport 从各成员国的工作簿中读取本年度有关联合演习、边防行动、
会议场次、合作协议、网络措施、人员培训和会议的数据，对其进行校验，
并为地区反恐怖机构理事会编写报告。`},
	{Key: HelpCheckShort,
		EN: "Read and validate every input workbook; print the problems and the record counts",
		RU: "Прочитать и проверить все входные рабочие книги; вывести найденные проблемы и число записей",
		ZH: "读取并校验所有输入工作簿；列出发现的问题和记录数"},
	{Key: HelpCheckExample,
		EN: `  # the reporting year of config.toml in this folder
  ratsreport check
  # another year, stopping on warnings too
  ratsreport check --year 2024 --strict
  # for a script: one JSON document (match "code", not "message")
  ratsreport check --format json`,
		RU: `  # отчётный год из config.toml в текущей папке
  ratsreport check
  # другой год; предупреждения тоже считать ошибками
  ratsreport check --year 2024 --strict
  # для скриптов: один документ JSON (проверяйте поле "code", а не "message")
  ratsreport check --format json`,
		ZH: `  # 检查当前文件夹中 config.toml 的报告年度
  ratsreport check
  # 检查另一年度，遇到警告同样停止
  ratsreport check --year 2024 --strict
  # 供脚本使用：输出一个 JSON 文档（请匹配 "code"，而非 "message"）
  ratsreport check --format json`},
	{Key: HelpBuildShort,
		EN: "Validate the inputs and write the PDF report and the Excel summary",
		RU: "Проверить входные данные и сформировать доклад в PDF и сводку в Excel",
		ZH: "校验输入数据并生成 PDF 报告和 Excel 汇总表"},
	{Key: HelpBuildLong,
		EN: `build validates the inputs as check does (errors stop it), then writes the
PDF report in each language and the Excel summary to out/<year>/ beside the
configuration (or --out), and prints the path of every file written.

Two builds never write to one folder at once: while another holds it, build
says so on stderr and waits up to --wait, then fails (exit 3); --wait 0
fails at once.`,
		RU: `Команда build проверяет входные данные так же, как check (ошибки
останавливают её), затем записывает доклад в PDF на каждом языке и сводку
в Excel в папку out/<год>/ рядом с конфигурацией (или в --out) и выводит
путь каждого записанного файла.

Две сборки никогда не пишут в одну папку одновременно: пока папку занимает
другая сборка, build сообщает об этом в stderr и ждёт не дольше --wait,
после чего завершается с ошибкой (код выхода 3); при --wait 0 — сразу.`,
		ZH: `build 像 check 一样校验输入数据（有错误即停止），然后将各语言的 PDF 报告
和 Excel 汇总表写入配置文件旁的 out/<年份>/（或 --out 指定的文件夹），
并列出所写每个文件的路径。

两个构建绝不会同时写入同一文件夹：另一构建占用该文件夹时，build 会在
stderr 上说明，并最多等待 --wait 指定的时间，随后失败（退出码 3）；
--wait 0 则立即失败。`},
	{Key: HelpBuildExample,
		EN: `  # every language of report.languages, into out/<year>/
  ratsreport build
  # the Russian and Chinese editions only, into a folder of one's own
  ratsreport build --lang ru,zh --out /srv/reports/2025`,
		RU: `  # все языки из report.languages, в папку out/<год>/
  ratsreport build
  # только издания на русском и китайском языках, в указанную папку
  ratsreport build --lang ru,zh --out /srv/reports/2025`,
		ZH: `  # 生成 report.languages 中的所有语言版本，写入 out/<年份>/
  ratsreport build
  # 仅生成俄文和中文版本，写入指定文件夹
  ratsreport build --lang ru,zh --out /srv/reports/2025`},
	{Key: HelpStatusShort,
		EN: "One screen for the staff preparing the report: deadline, submissions received and missing, problems per file, ready or not",
		RU: "Показать сотрудникам, готовящим доклад, сводку на одном экране: срок, полученные и недостающие материалы, проблемы по файлам, готовность к сборке",
		ZH: "为编写报告的工作人员显示一屏概览：截止日期、已收到和缺少的材料、各文件的问题、能否构建"},
	{Key: HelpStatusLong,
		EN: `status reads the inputs as check does and prints one screen: the days left to
the submission deadline, per dataset the submissions received and missing,
the errors and warnings of each file that has any, and whether the report is
ready to build. It exits 0 whatever it finds (check and build are the gates),
2 on a usage or configuration error.`,
		RU: `Команда status считывает входные данные так же, как check, и выводит один
экран: сколько дней осталось до срока представления материалов, по каждому
набору данных — поступившие и недостающие материалы, ошибки и предупреждения
каждого файла, в котором они есть, и готов ли доклад к сборке. Код выхода —
0, что бы ни было найдено (контроль выполняют check и build), 2 — при ошибке
в командной строке или в конфигурации.`,
		ZH: `status 像 check 一样读取输入数据，并在一屏内显示：距提交截止日期的天数，
各数据集已收到和缺少的材料，每个存在问题的文件的错误和警告，以及报告
能否构建。无论结果如何，退出码均为 0（由 check 和 build 把关）；用法或
配置错误时退出码为 2。`},
	{Key: HelpVersionShort,
		EN: "Print the version, commit and Go version",
		RU: "Вывести версию, коммит и версию Go",
		ZH: "显示版本、提交和 Go 版本"},
	{Key: HelpHelpShort, EN: "Help about any command", RU: "Вывести справку по любой команде", ZH: "显示任一命令的帮助"},
	{Key: HelpHelpLong,
		EN: "Help provides help for any command in the application.\nSimply type %s help [path to command] for full details.",
		RU: "Команда help выводит справку по любой команде программы.\nПодробности: %s help [путь к команде].",
		ZH: "help 显示程序中任一命令的帮助。\n输入 %s help [命令路径] 即可查看详细说明。"},
	{Key: HelpUnknownTopic, EN: "Unknown help topic %#q", RU: "Нет раздела справки %#q", ZH: "没有帮助主题 %#q"},

	{Key: HelpCompletionShort,
		EN: "Generate the autocompletion script for the specified shell",
		RU: "Сформировать скрипт автодополнения для указанной оболочки",
		ZH: "为指定的 shell 生成自动补全脚本"},
	{Key: HelpCompletionLong,
		EN: "Generate the autocompletion script for %[1]s for the specified shell.\nSee each sub-command's help for details on how to use the generated script.\n",
		RU: "Сформировать скрипт автодополнения команд %[1]s для указанной оболочки.\nКак подключить скрипт, сказано в справке каждой подкоманды.\n",
		ZH: "为指定的 shell 生成 %[1]s 的自动补全脚本。\n如何使用生成的脚本，请参阅各子命令的帮助。\n"},
	{Key: HelpCompletionShellShort,
		EN: "Generate the autocompletion script for %s",
		RU: "Сформировать скрипт автодополнения для %s",
		ZH: "生成 %s 的自动补全脚本"},
	{Key: HelpCompletionBash,
		EN: `Generate the autocompletion script for the bash shell.

This script depends on the 'bash-completion' package.
If it is not installed already, you can install it via your OS's package manager.

To load completions in your current shell session:

	source <(%[1]s completion bash)

To load completions for every new session, execute once:

#### Linux:

	%[1]s completion bash > /etc/bash_completion.d/%[1]s

#### macOS:

	%[1]s completion bash > $(brew --prefix)/etc/bash_completion.d/%[1]s

You will need to start a new shell for this setup to take effect.
`,
		RU: `Сформировать скрипт автодополнения для оболочки bash.

Скрипту нужен пакет 'bash-completion'. Если он ещё не установлен,
установите его менеджером пакетов операционной системы.

Чтобы включить автодополнение в текущем сеансе оболочки, выполните:

	source <(%[1]s completion bash)

Чтобы включать его в каждом новом сеансе, выполните один раз:

#### Linux:

	%[1]s completion bash > /etc/bash_completion.d/%[1]s

#### macOS:

	%[1]s completion bash > $(brew --prefix)/etc/bash_completion.d/%[1]s

Настройка вступит в силу в новом сеансе оболочки.
`,
		ZH: `生成 bash shell 的自动补全脚本。

此脚本依赖 'bash-completion' 软件包。
如果尚未安装，可以通过操作系统的软件包管理器安装。

在当前 shell 会话中加载补全：

	source <(%[1]s completion bash)

要在每个新会话中加载补全，请执行一次：

#### Linux:

	%[1]s completion bash > /etc/bash_completion.d/%[1]s

#### macOS:

	%[1]s completion bash > $(brew --prefix)/etc/bash_completion.d/%[1]s

需要启动新的 shell 后此设置才会生效。
`},
	{Key: HelpCompletionZsh,
		EN: `Generate the autocompletion script for the zsh shell.

If shell completion is not already enabled in your environment you will need
to enable it.  You can execute the following once:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

To load completions in your current shell session:

	source <(%[1]s completion zsh)

To load completions for every new session, execute once:

#### Linux:

	%[1]s completion zsh > "%[2]s/_%[1]s"

#### macOS:

	%[1]s completion zsh > $(brew --prefix)/share/zsh/site-functions/_%[1]s

You will need to start a new shell for this setup to take effect.
`,
		RU: `Сформировать скрипт автодополнения для оболочки zsh.

Если автодополнение в оболочке ещё не включено, включите его, выполнив
один раз:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

Чтобы включить автодополнение в текущем сеансе оболочки, выполните:

	source <(%[1]s completion zsh)

Чтобы включать его в каждом новом сеансе, выполните один раз:

#### Linux:

	%[1]s completion zsh > "%[2]s/_%[1]s"

#### macOS:

	%[1]s completion zsh > $(brew --prefix)/share/zsh/site-functions/_%[1]s

Настройка вступит в силу в новом сеансе оболочки.
`,
		ZH: `生成 zsh shell 的自动补全脚本。

如果当前环境尚未启用 shell 补全，需要先启用。可执行一次以下命令：

	echo "autoload -U compinit; compinit" >> ~/.zshrc

在当前 shell 会话中加载补全：

	source <(%[1]s completion zsh)

要在每个新会话中加载补全，请执行一次：

#### Linux:

	%[1]s completion zsh > "%[2]s/_%[1]s"

#### macOS:

	%[1]s completion zsh > $(brew --prefix)/share/zsh/site-functions/_%[1]s

需要启动新的 shell 后此设置才会生效。
`},
	{Key: HelpCompletionFish,
		EN: `Generate the autocompletion script for the fish shell.

To load completions in your current shell session:

	%[1]s completion fish | source

To load completions for every new session, execute once:

	%[1]s completion fish > ~/.config/fish/completions/%[1]s.fish

You will need to start a new shell for this setup to take effect.
`,
		RU: `Сформировать скрипт автодополнения для оболочки fish.

Чтобы включить автодополнение в текущем сеансе оболочки, выполните:

	%[1]s completion fish | source

Чтобы включать его в каждом новом сеансе, выполните один раз:

	%[1]s completion fish > ~/.config/fish/completions/%[1]s.fish

Настройка вступит в силу в новом сеансе оболочки.
`,
		ZH: `生成 fish shell 的自动补全脚本。

在当前 shell 会话中加载补全：

	%[1]s completion fish | source

要在每个新会话中加载补全，请执行一次：

	%[1]s completion fish > ~/.config/fish/completions/%[1]s.fish

需要启动新的 shell 后此设置才会生效。
`},
	{Key: HelpCompletionPowerShell,
		EN: `Generate the autocompletion script for powershell.

To load completions in your current shell session:

	%[1]s completion powershell | Out-String | Invoke-Expression

To load completions for every new session, add the output of the above command
to your powershell profile.
`,
		RU: `Сформировать скрипт автодополнения для PowerShell.

Чтобы включить автодополнение в текущем сеансе оболочки, выполните:

	%[1]s completion powershell | Out-String | Invoke-Expression

Чтобы включать его в каждом новом сеансе, добавьте вывод этой команды
в свой профиль PowerShell.
`,
		ZH: `生成 PowerShell 的自动补全脚本。

在当前 shell 会话中加载补全：

	%[1]s completion powershell | Out-String | Invoke-Expression

要在每个新会话中加载补全，请将上述命令的输出添加到 PowerShell 配置文件中。
`},
	{Key: HelpFlagNoDescriptions, EN: "disable completion descriptions", RU: "не показывать описания вариантов дополнения", ZH: "不显示补全项的说明"},

	{Key: HelpFlagQuiet, EN: "no progress on stderr", RU: "не выводить ход выполнения в stderr", ZH: "不在 stderr 上显示进度"},
	{Key: HelpFlagMessages,
		EN: "language of messages and help: en, ru or zh (default: report.messages in the configuration, else LC_ALL, LC_MESSAGES or LANG, else en)",
		RU: "язык сообщений и справки: en, ru или zh (по умолчанию — report.messages из конфигурации, иначе LC_ALL, LC_MESSAGES или LANG, иначе en)",
		ZH: "消息和帮助的语言：en、ru 或 zh（默认取配置中的 report.messages，其次为 LC_ALL、LC_MESSAGES 或 LANG，否则为 en）"},
	{Key: HelpFlagConfig, EN: "configuration file", RU: "файл конфигурации", ZH: "配置文件"},
	{Key: HelpFlagYear, EN: "reporting year (default: report.year in the configuration)", RU: "отчётный год (по умолчанию — report.year из конфигурации)", ZH: "报告年度（默认取配置中的 report.year）"},
	{Key: HelpFlagStrict, EN: "treat warnings as errors (exit 1)", RU: "считать предупреждения ошибками (код выхода 1)", ZH: "将警告视为错误（退出码 1）"},
	{Key: HelpFlagFormat, EN: "output format: text or json (see docs/result.schema.json)", RU: "формат вывода: text или json (см. docs/result.schema.json)", ZH: "输出格式：text 或 json（见 docs/result.schema.json）"},
	{Key: HelpFlagWait,
		EN: "how long to wait while another build writes to the output folder (0: fail at once, exit 3)",
		RU: "сколько ждать, пока другая сборка пишет в выходную папку (0 — сразу завершиться с ошибкой, код выхода 3)",
		ZH: "另一构建正在写入输出文件夹时的最长等待时间（0：立即失败，退出码 3）"},
	{Key: HelpFlagStrictTranslations,
		EN: "report free text an edition would print untranslated as a warning, not a notice (with --strict, CI then requires full editions)",
		RU: "сообщать о произвольном тексте, который издание напечатает без перевода, как о предупреждении, а не замечании (с --strict CI будет требовать полностью переведённых изданий)",
		ZH: "将某一语言版本会原样打印的未翻译自由文本报告为警告而非提示（配合 --strict，CI 将要求各语言版本完整）"},
	{Key: HelpFlagOut, EN: "output folder (default: out/<year> beside the configuration)", RU: "выходная папка (по умолчанию — out/<год> рядом с конфигурацией)", ZH: "输出文件夹（默认为配置文件旁的 out/<年份>）"},
	{Key: HelpFlagLang, EN: "report languages, comma-separated: %s (default: report.languages)", RU: "языки доклада через запятую: %s (по умолчанию — report.languages)", ZH: "报告语言，以逗号分隔：%s（默认取 report.languages）"},
	{Key: HelpFlagHelp, EN: "help for %s", RU: "справка по %s", ZH: "%s 的帮助"},
	{Key: HelpFlagVersion, EN: "version for %s", RU: "версия %s", ZH: "%s 的版本"},

	{Key: HelpUsage, EN: "Usage:", RU: "Использование:", ZH: "用法："},
	{Key: HelpAliases, EN: "Aliases:", RU: "Псевдонимы:", ZH: "别名："},
	{Key: HelpExamples, EN: "Examples:", RU: "Примеры:", ZH: "示例："},
	{Key: HelpAvailableCommands, EN: "Available Commands:", RU: "Доступные команды:", ZH: "可用命令："},
	{Key: HelpFlags, EN: "Flags:", RU: "Параметры:", ZH: "选项："},
	{Key: HelpGlobalFlags, EN: "Global Flags:", RU: "Общие параметры:", ZH: "全局选项："},
	{Key: HelpAdditionalTopics, EN: "Additional help topics:", RU: "Другие разделы справки:", ZH: "其他帮助主题："},
	{Key: HelpMoreInformation, EN: `Use "%s [command] --help" for more information about a command.`,
		RU: `Подробнее о команде: "%s [команда] --help".`, ZH: `使用 "%s [命令] --help" 查看命令的详细信息。`},
	{Key: HelpCommandWord, EN: "command", RU: "команда", ZH: "命令"},
	{Key: HelpFlagsWord, EN: "flags", RU: "параметры", ZH: "选项"},
	{Key: HelpDefault, EN: " (default %s)", RU: " (по умолчанию %s)", ZH: "（默认 %s）"},

	{Key: HelpReferenceTitle, EN: "ratsreport command reference", RU: "Справочник команд ratsreport", ZH: "ratsreport 命令参考"},
	{Key: HelpReferenceGenerated,
		EN: "Generated from the command tree (`report/cli`); the same text as `ratsreport help COMMAND`.",
		RU: "Сформирован по дереву команд (`report/cli`); тот же текст, что выводит `ratsreport help КОМАНДА`.",
		ZH: "由命令树（`report/cli`）生成，与 `ratsreport help 命令` 输出的文本相同。"},
	{Key: HelpReferenceRewrite,
		EN: "Rewrite: `go test ./report/cli -run CLIReference -update`.",
		RU: "Обновить: `go test ./report/cli -run CLIReference -update`.",
		ZH: "重新生成：`go test ./report/cli -run CLIReference -update`。"},
	{Key: HelpReferenceFlag, EN: "flag", RU: "параметр", ZH: "选项"},
	{Key: HelpReferenceDefault, EN: "default", RU: "по умолчанию", ZH: "默认值"},
	{Key: HelpReferenceMeaning, EN: "meaning", RU: "описание", ZH: "说明"},
}
