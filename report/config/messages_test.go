package config

import (
	"errors"
	"strings"
	"testing"

	"ratsreport/report/msg"
)

// TestErrorsInLanguages: configuration errors read in the language of
// the messages (msg.Text), with the location and the key as the file has
// them, and the TOML parser's own words inside a catalogue message.
func TestErrorsInLanguages(t *testing.T) {
	base := repoConfig(t)
	tests := []struct {
		desc       string
		edit       func(string) string
		en, ru, zh string
	}{
		{"unknown key", func(s string) string { return strings.Replace(s, "[report]\n", "[report]\ncolour = \"blue\"\n", 1) },
			"config.toml: report.colour: unknown key",
			"config.toml: report.colour: неизвестный ключ",
			"config.toml: report.colour: 未知的键"},
		{"bad year", func(s string) string { return strings.Replace(s, "year = 2025", "year = 25", 1) },
			"config.toml: report.year: 25 is not a plausible reporting year; expected a year such as 2025",
			"config.toml: report.year: 25 — неправдоподобный отчётный год; ожидается год, например 2025",
			"config.toml: report.year: 25 不是合理的报告年份；应为年份，例如 2025"},
		{"bad language", func(s string) string {
			return strings.Replace(s, `languages = ["en", "ru", "zh"]`, `languages = ["en", "fr"]`, 1)
		},
			`config.toml: report.languages[1]: unknown language "fr"; expected one of en, ru, zh`,
			`config.toml: report.languages[1]: неизвестный язык "fr"; ожидается один из: en, ru, zh`,
			`config.toml: report.languages[1]: 未知语言 "fr"；应为以下之一：en, ru, zh`},
		{"duplicate code", func(s string) string { return strings.Replace(s, `alpha2 = "KZ"`, `alpha2 = "CN"`, 1) },
			`config.toml: states[1].alpha2: "CN" is already used by states[0].alpha2`,
			`config.toml: states[1].alpha2: "CN" уже используется в states[0].alpha2`,
			`config.toml: states[1].alpha2: "CN" 已被 states[0].alpha2 使用`},
		{"header of a column", func(s string) string {
			return strings.Replace(s, `header = { en = "Border violators detained (persons)"`, `header = { en = "Operation"`, 1)
		},
			`config.toml: indicators[0].header: "Operation" is already the header of the column Operation`,
			`config.toml: indicators[0].header: "Operation" уже используется как заголовок: столбец «Операция»`,
			`config.toml: indicators[0].header: "Operation" 已是 列 Operation 的标题`},
		{"expectation", func(s string) string { return strings.Replace(s, `border = "members"`, `border = "always"`, 1) },
			`config.toml: coverage.expected.border: "always" is not an expectation; expected "members", "previous", "none" or a list of alpha-2 codes such as ["KZ", "RU"]`,
			`config.toml: coverage.expected.border: "always" — недопустимое ожидание; ожидается "members", "previous", "none" или список кодов alpha-2, например ["KZ", "RU"]`,
			`config.toml: coverage.expected.border: "always" 不是有效的预期值；应为 "members"、"previous"、"none" 或 alpha-2 代码列表，例如 ["KZ", "RU"]`},
		{"threshold", func(s string) string { return strings.Replace(s, "ratio = 20", "ratio = 0.5", 1) },
			"config.toml: plausibility.ratio: 0.5 must be more than 1 (a multiple of the median)",
			"config.toml: plausibility.ratio: 0,5: значение должно быть больше 1 (кратность медианы)",
			"config.toml: plausibility.ratio: 0.5 必须大于 1（中位数的倍数）"},
		{"missing english", func(s string) string {
			return strings.Replace(s, `title = { en = "Report on the activity of the RATS Executive Committee", `, `title = { `, 1)
		},
			"config.toml: report.title.en: missing; the English text is required (it is the fallback for every language)",
			"config.toml: report.title.en: не указано; текст на английском языке обязателен (он используется для любого языка, на котором текста нет)",
			"config.toml: report.title.en: 缺失；英文文本为必填项（任何语言缺少文本时均使用英文）"},
	}
	for _, tt := range tests {
		_, err := Parse("config.toml", []byte(tt.edit(base)))
		var es Errors
		if !errors.As(err, &es) {
			t.Errorf("%s: got %v, want config.Errors", tt.desc, err)
			continue
		}
		for _, c := range []struct{ lang, want string }{{"en", tt.en}, {"ru", tt.ru}, {"zh", tt.zh}} {
			if got := msg.Text(c.lang, err); !strings.Contains(got+"\n", c.want+"\n") {
				t.Errorf("%s in %s: got\n%s\nwant a line\n%s", tt.desc, c.lang, got, c.want)
			}
		}
		if got := es[0].Error(); got != es[0].In("en") || !strings.Contains(err.Error(), tt.en) {
			t.Errorf("%s: Error() = %q, want the English text", tt.desc, got)
		}
	}
}

// TestSyntaxInLanguages: a TOML syntax error keeps the parser's words and
// line, and says in Russian and Chinese that it is one.
func TestSyntaxInLanguages(t *testing.T) {
	_, err := Parse("config.toml", []byte("[report\nyear = 2025\n"))
	var es Errors
	if !errors.As(err, &es) || len(es) != 1 || es[0].Line == 0 {
		t.Fatalf("got %v, want one error with a line", err)
	}
	parser := es[0].Msg.In("en")
	for lang, prefix := range map[string]string{"en": "", "ru": "ошибка TOML: ", "zh": "TOML 错误："} {
		if got := msg.Text(lang, err); !strings.HasSuffix(got, ": "+prefix+parser) || !strings.HasPrefix(got, "config.toml:2") {
			t.Errorf("%s: got %q, want config.toml:2…: %s%s", lang, got, prefix, parser)
		}
	}
	if es[0].Msg.Key != msg.ConfigTOML {
		t.Errorf("code %s, want %s", es[0].Msg.Key, msg.ConfigTOML)
	}
}

// TestUnreadableInLanguages: a configuration that cannot be read says so
// in the reader's language, the system's error as it wrote it.
func TestUnreadableInLanguages(t *testing.T) {
	_, err := Load(t.TempDir() + "/nope.toml")
	for lang, want := range map[string]string{
		"en": "cannot read the configuration: no such file or directory",
		"ru": "не удалось прочитать конфигурацию: no such file or directory",
		"zh": "无法读取配置：no such file or directory",
	} {
		if got := msg.Text(lang, err); !strings.HasSuffix(got, "nope.toml: "+want) {
			t.Errorf("%s: got %q, want …nope.toml: %s", lang, got, want)
		}
	}
}
