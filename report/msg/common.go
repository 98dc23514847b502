package msg

import "golang.org/x/text/feature/plural"

// Keys used across the tool: severities and the count line.
const (
	SeverityError   Key = "severity.error"
	SeverityWarning Key = "severity.warning"
	SeverityNotice  Key = "severity.notice"
	// CountErrors, CountWarnings and CountNotices take the count.
	CountErrors   Key = "count.errors"
	CountWarnings Key = "count.warnings"
	CountNotices  Key = "count.notices"
	// DiagCounts joins the three counts into the line after diagnostics.
	DiagCounts Key = "count.line"
	// UnknownLanguage takes the value given and the languages there are.
	UnknownLanguage Key = "messages.unknown-language"
	// At puts a location (a file, a file and a key) before a message or
	// an error, which keeps its own language.
	At Key = "at"
	// Interrupted says Ctrl-C stopped the command.
	Interrupted Key = "interrupted"
	// StdoutFailed takes the error of writing a result to standard output.
	StdoutFailed Key = "stdout-failed"
)

var commonEntries = []Entry{
	{Key: SeverityError, EN: "error", RU: "ошибка", ZH: "错误"},
	{Key: SeverityWarning, EN: "warning", RU: "предупреждение", ZH: "警告"},
	{Key: SeverityNotice, EN: "notice", RU: "замечание", ZH: "提示"},
	{Key: CountErrors,
		EN: plural.Selectf(1, "%d", "one", "%d error", "other", "%d errors"),
		RU: plural.Selectf(1, "%d", "one", "%d ошибка", "few", "%d ошибки", "many", "%d ошибок", "other", "%d ошибки"),
		ZH: "%d 个错误"},
	{Key: CountWarnings,
		EN: plural.Selectf(1, "%d", "one", "%d warning", "other", "%d warnings"),
		RU: plural.Selectf(1, "%d", "one", "%d предупреждение", "few", "%d предупреждения", "many", "%d предупреждений", "other", "%d предупреждения"),
		ZH: "%d 个警告"},
	{Key: CountNotices,
		EN: plural.Selectf(1, "%d", "one", "%d notice", "other", "%d notices"),
		RU: plural.Selectf(1, "%d", "one", "%d замечание", "few", "%d замечания", "many", "%d замечаний", "other", "%d замечания"),
		ZH: "%d 条提示"},
	{Key: DiagCounts, EN: "%s, %s, %s", RU: "%s, %s, %s", ZH: "%s，%s，%s"},
	{Key: At, EN: "%s: %v", RU: "%s: %v", ZH: "%s：%v"},
	{Key: Interrupted, EN: "interrupted", RU: "прервано", ZH: "已中断"},
	{Key: StdoutFailed,
		EN: "write to standard output: %v",
		RU: "не удалось записать в стандартный вывод: %v",
		ZH: "无法写入标准输出：%v"},
	{Key: UnknownLanguage,
		EN: "%q is not a language of the messages; expected one of: %s",
		RU: "%q — не язык сообщений; ожидается один из: %s",
		ZH: "%q 不是消息语言；应为以下之一：%s"},
}
