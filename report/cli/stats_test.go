package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"ratsreport/report/diag"
	"ratsreport/report/msg"
)

func regexpMatch(pattern, s string) bool { return regexp.MustCompile(pattern).MatchString(s) }

// TestStatsFlags checks how the command line becomes options.
func TestStatsFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want StatsOptions
	}{
		{[]string{"border"}, StatsOptions{Config: "config.toml", Dataset: "border", Files: []string{}, Wait: DefaultWait}},
		{[]string{"border", "a.xlsx", "b.xlsx", "--by", "state,section", "--where", "state=KZ,section=external", "--years", "2019-2025",
			"--measures", "firearms", "--format", "csv", "-o", "x.csv", "--lang", "ru", "--config", "c.toml"},
			StatsOptions{Config: "c.toml", Dataset: "border", Files: []string{"a.xlsx", "b.xlsx"}, Years: "2019-2025", By: []string{"state", "section"},
				Where: []string{"state=KZ", "section=external"}, Measures: []string{"firearms"}, Format: "csv", Output: "x.csv", Lang: "ru", Wait: DefaultWait}},
		{[]string{"exercises", "--year", "2024"}, StatsOptions{Config: "config.toml", Dataset: "exercises", Files: []string{}, Year: 2024, Wait: DefaultWait}},
	} {
		var got *StatsOptions
		var gotCtx context.Context
		env := &Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: os.Getenv}
		cmd := NewStatsCmd(env, func(ctx context.Context, o *StatsOptions) error { gotCtx, got = ctx, o; return nil })
		cmd.SetArgs(c.args)
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		if gotCtx == nil {
			t.Errorf("%v: no context", c.args)
		}
		got.Env = nil
		if !reflect.DeepEqual(*got, c.want) {
			t.Errorf("%v:\n got %+v\nwant %+v", c.args, *got, c.want)
		}
	}
}

func TestStatsFormat(t *testing.T) {
	for _, c := range []struct {
		format, output, want, err string
	}{
		{"", "", "table", ""},
		{"", "a/b.CSV", "csv", ""},
		{"", "b.json", "json", ""},
		{"", "b.xlsx", "xlsx", ""},
		{"", "b.txt", "table", ""},
		{"json", "b.csv", "json", ""},
		{"xlsx", "", "", "needs --output"},
		{"yaml", "", "", `unknown format "yaml"; expected one of table, csv, json, xlsx`},
	} {
		got, err := statsFormat(&StatsOptions{Format: c.format, Output: c.output})
		if got != c.want || (err == nil) != (c.err == "") || err != nil && !strings.Contains(err.Error(), c.err) {
			t.Errorf("statsFormat(%q, %q) = %q, %v; want %q, %q", c.format, c.output, got, err, c.want, c.err)
		}
	}
}

// TestStatsSample runs the commands of the README on the shipped sample.
func TestStatsSample(t *testing.T) {
	conf := "../../config.toml"
	code, out, errs := run(t, "stats", "border", "--by", "state", "--config", conf)
	if code != 0 || !strings.HasPrefix(out, "Border operations, 2025, by reporting state\n") || !regexpMatch(`(?m)^Total +129 `, out) {
		t.Errorf("stats border --by state: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = run(t, "stats", "exercises", "--years", "2006-2025", "--by", "year", "--config", conf)
	if code != 0 || !regexpMatch(`(?m)^2007 +0 +– +–$`, out) || !regexpMatch(`(?m)^Total +20 `, out) {
		t.Errorf("stats exercises by year: exit %d\n%s%s", code, out, errs)
	}
}

// TestStatsOutputFailure: an output that cannot be written is exit 3,
// and nothing is left behind.
func TestStatsOutputFailure(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "stats", "agreements", "--config", "../../config.toml", "--output", filepath.Join(blocker, "x.csv"))
	if code != ExitInternal || !strings.Contains(errs, "x.csv") && !strings.Contains(errs, "file") {
		t.Errorf("exit %d, stderr %q; want 3 naming the path", code, errs)
	}
}

// runIn runs the command line as Main does, with --messages lang, and
// returns the exit code, the standard output, and the standard error
// followed by the command's error as Main prints it in lang (its text
// is what is asserted, whichever way Main words the line around it).
func runIn(t *testing.T, lang string, args ...string) (code int, out, errs string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := &Env{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }, Messages: lang}
	root := NewRootCmd(env)
	root.SetArgs(append([]string{"--messages", lang}, args...))
	root.SetOut(&stdout)
	root.SetErr(&stderr)
	err := root.ExecuteContext(context.Background())
	return exitCodeOf(err), stdout.String(), stderr.String() + msg.Text(lang, err)
}

// messageCase is one run of a command in a language: the exit code, and
// texts the standard output and the error (or standard error) hold.
type messageCase struct {
	lang     string
	args     []string
	code     int
	out, err []string
}

// checkMessages runs each case and checks its exit code and texts.
func checkMessages(t *testing.T, cases []messageCase) {
	t.Helper()
	for _, c := range cases {
		code, out, errs := runIn(t, c.lang, c.args...)
		if code != c.code {
			t.Errorf("--messages %s %v: exit %d, want %d\n%s%s", c.lang, c.args, code, c.code, out, errs)
		}
		for _, w := range c.out {
			if !strings.Contains(out, w) {
				t.Errorf("--messages %s %v: the output lacks %q:\n%s", c.lang, c.args, w, out)
			}
		}
		for _, w := range c.err {
			if !strings.Contains(errs, w) {
				t.Errorf("--messages %s %v: the error lacks %q:\n%s", c.lang, c.args, w, errs)
			}
		}
	}
}

// TestStatsMessages: help, usage errors and the answer of stats in
// Russian and Chinese; the table's labels follow the language of the
// messages unless --lang says otherwise.
func TestStatsMessages(t *testing.T) {
	conf := "../../config.toml"
	checkMessages(t, []messageCase{
		{lang: "ru", args: []string{"stats", "--help"}, out: []string{
			"stats читает входные данные так же, как check,",
			"измерения для группировки, через запятую (см. выше)",
			"язык подписей, заголовков и примечаний: en, ru или zh (по умолчанию — язык сообщений)"}},
		{lang: "zh", args: []string{"stats", "--help"}, out: []string{
			"stats 按 check 的方式读取输入数据",
			"分组所依据的维度，以逗号分隔（见上文）",
			"标签、标题和注释的语言：en、ru 或 zh（默认：消息语言）"}},
		{lang: "ru", args: []string{"--help"}, out: []string{"Подсчитать и просуммировать проверенные записи: по годам, государствам"}},
		{lang: "zh", args: []string{"--help"}, out: []string{"统计并汇总已校验的记录"}},
		{lang: "ru", args: []string{"stats"}, code: ExitUsage,
			err: []string{"для stats требуется DATASET — один из: exercises, border, conference, agreements, online, training, meetings"}},
		{lang: "zh", args: []string{"stats"}, code: ExitUsage,
			err: []string{"stats 需要指定 DATASET，应为以下之一：exercises, border"}},
		{lang: "ru", args: []string{"stats", "border", "--format", "yaml", "--config", conf}, code: ExitUsage,
			err: []string{`неизвестный формат "yaml"; ожидается один из: table, csv, json, xlsx`}},
		{lang: "zh", args: []string{"stats", "border", "--format", "yaml", "--config", conf}, code: ExitUsage,
			err: []string{`未知格式 "yaml"；应为以下之一：table, csv, json, xlsx`}},
		{lang: "ru", args: []string{"stats", "border", "--format", "xlsx"}, code: ExitUsage,
			err: []string{"для --format xlsx требуется --output FILE.xlsx (рабочая книга не выводится на терминал)"}},
		{lang: "zh", args: []string{"stats", "border", "--format", "xlsx"}, code: ExitUsage,
			err: []string{"--format xlsx 需要 --output FILE.xlsx（工作簿不能输出到终端）"}},
		// The answer: labels in the language of the messages, or of --lang.
		{lang: "ru", args: []string{"stats", "border", "--by", "state", "--measures", "count", "--config", conf},
			out: []string{"Пограничные операции, 2025", "Казахстан"}},
		{lang: "zh", args: []string{"stats", "border", "--by", "state", "--measures", "count", "--config", conf},
			out: []string{"边防联合行动，2025", "哈萨克斯坦"}},
		{lang: "ru", args: []string{"stats", "border", "--by", "state", "--measures", "count", "--lang", "en", "--config", conf},
			out: []string{"Border operations, 2025, by reporting state\n", "Kazakhstan"}},
	})
}

// TestReportInputs: the count of warnings in the inputs, with the
// plural forms of Russian, and the diagnostics and their count line in
// the language of the messages when the inputs have errors.
func TestReportInputs(t *testing.T) {
	warnings := func(n int) diag.List {
		var ds diag.List
		for i := range n {
			ds.Add("a.xlsx", "Border operations", i+2, 1, diag.Warning, msg.UnknownLanguage, "fr", "en, ru, zh")
		}
		return ds
	}
	for _, c := range []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1, "ratsreport: the inputs have 1 warning; 'ratsreport check' lists them\n"},
		{"en", 2, "ratsreport: the inputs have 2 warnings; 'ratsreport check' lists them\n"},
		{"ru", 1, "ratsreport: во входных данных 1 предупреждение; список выводит команда 'ratsreport check'\n"},
		{"ru", 2, "ratsreport: во входных данных 2 предупреждения; список выводит команда 'ratsreport check'\n"},
		{"ru", 5, "ratsreport: во входных данных 5 предупреждений; список выводит команда 'ratsreport check'\n"},
		{"ru", 21, "ratsreport: во входных данных 21 предупреждение; список выводит команда 'ratsreport check'\n"},
		{"zh", 5, "ratsreport: 输入数据中有 5 个警告；可用 'ratsreport check' 列出\n"},
	} {
		var b bytes.Buffer
		reportInputs(&Env{Stderr: &b, Messages: c.lang}, warnings(c.n))
		if b.String() != c.want {
			t.Errorf("%s, %d warnings: %q, want %q", c.lang, c.n, b.String(), c.want)
		}
	}
	ds := warnings(2)
	ds.Add("a.xlsx", "Border operations", 9, 2, diag.Error, msg.UnknownLanguage, "de", "en, ru, zh")
	for _, c := range []struct{ lang, line, count string }{
		{"ru", `a.xlsx:Border operations!B9: ошибка: "de" — не язык сообщений; ожидается один из: en, ru, zh` + "\n",
			"1 ошибка, 2 предупреждения, 0 замечаний\n"},
		{"zh", `a.xlsx:Border operations!B9: 错误: "de" 不是消息语言；应为以下之一：en, ru, zh` + "\n",
			"1 个错误，2 个警告，0 条提示\n"},
	} {
		var b bytes.Buffer
		reportInputs(&Env{Stderr: &b, Messages: c.lang}, ds)
		if got := b.String(); !strings.Contains(got, c.line) || !strings.HasSuffix(got, c.count) || strings.Count(got, "\n") != 4 {
			t.Errorf("%s: %q, want three diagnostics, %q among them, and the count line %q", c.lang, got, c.line, c.count)
		}
	}
}
