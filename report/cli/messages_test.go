package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/spf13/cobra"

	"ratsreport/report/coverage"
	"ratsreport/report/msg"
)

// emptyConfig writes the sample's configuration, with messages as
// report.messages when not "", beside an empty sources folder, and
// returns its path: check reads it at once (one warning: no workbook).
func emptyConfig(t *testing.T, messages string) string {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	if messages != "" {
		b = bytes.Replace(b, []byte("\n[report]\n"), []byte("\n[report]\nmessages = \""+messages+"\"\n"), 1)
	}
	if err := os.MkdirAll(filepath.Join(dir, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestMessagesChoice: the language of check's output is --messages, else
// report.messages in the configuration, else the locale, else English.
func TestMessagesChoice(t *testing.T) {
	const en, ru, zh = "0 files (0 unreadable)", "0 файлов (0 нечитаемых)", "0 个文件（0 个无法读取）"
	plain, withZh, withRu := emptyConfig(t, ""), emptyConfig(t, "zh"), emptyConfig(t, "ru")
	for _, tc := range []struct {
		name   string
		env    map[string]string
		config string
		flag   string
		want   string
	}{
		{"nothing set", nil, plain, "", en},
		{"LANG", map[string]string{"LANG": "ru_RU.UTF-8"}, plain, "", ru},
		{"LC_MESSAGES over LANG", map[string]string{"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, plain, "", zh},
		{"a locale without messages", map[string]string{"LANG": "de_DE.UTF-8"}, plain, "", en},
		{"--messages", nil, plain, "zh", zh},
		{"report.messages", nil, withRu, "", ru},
		{"report.messages over LANG", map[string]string{"LANG": "ru_RU.UTF-8"}, withZh, "", zh},
		{"--messages over report.messages", map[string]string{"LANG": "zh_CN.UTF-8"}, withZh, "ru", ru},
		{"--messages en over all", map[string]string{"LANG": "ru_RU.UTF-8"}, withRu, "en", en},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"check", "--config", tc.config}
			if tc.flag != "" {
				args = append(args, "--messages="+tc.flag)
			}
			code, stdout, stderr := runMain(t, tc.env, args...)
			if code != ExitOK || !strings.Contains(stdout, "\n"+tc.want) {
				t.Errorf("exit %d; want %q in\n%s%s", code, tc.want, stdout, stderr)
			}
		})
	}
	// Help is built before the configuration is read: the flag, then the
	// locale.
	_, stdout, _ := runMain(t, map[string]string{"LANG": "ru_RU.UTF-8"}, "check", "--help")
	if !strings.Contains(stdout, "Использование:\n  ratsreport check [параметры]") {
		t.Errorf("LANG=ru check --help:\n%s", stdout)
	}
	_, stdout, _ = runMain(t, map[string]string{"LANG": "ru_RU.UTF-8"}, "--messages", "zh", "--help")
	if !strings.Contains(stdout, "用法：\n  ratsreport [命令]") {
		t.Errorf("--messages zh --help:\n%s", stdout)
	}
	// A language the catalogue lacks, named on purpose, is a usage error.
	code, _, stderr := runMain(t, nil, "--messages", "de", "check")
	if code != ExitUsage || !strings.Contains(stderr, `"de" is not a language of the messages`) {
		t.Errorf("--messages de: exit %d, %q", code, stderr)
	}
}

// TestCountsPlural: the line of files, sheets and rows after the
// diagnostics takes each language's plural forms.
func TestCountsPlural(t *testing.T) {
	result := func(files, sheets, rows int) *Result {
		r := &Result{Year: 2025, Datasets: map[string]DatasetCount{}}
		for i := 0; i < files; i++ {
			f := File{Path: "a.xlsx"}
			if i == 0 {
				for j := 0; j < sheets; j++ {
					f.Sheets = append(f.Sheets, Sheet{Dataset: "border", Rows: rows})
					rows = 0
				}
				f.Sheets = append(f.Sheets, Sheet{Name: "Справка"})
			}
			r.Files = append(r.Files, f)
		}
		return r
	}
	for _, tc := range []struct {
		lang                string
		files, sheets, rows int
		want                string
	}{
		{"en", 1, 1, 1, "1 file (0 unreadable), 1 sheet read (1 ignored), 1 data row"},
		{"en", 2, 5, 21, "2 files (0 unreadable), 5 sheets read (1 ignored), 21 data rows"},
		{"ru", 1, 1, 1, "1 файл (0 нечитаемых), прочитан 1 лист (1 пропущен), 1 строка данных"},
		{"ru", 2, 2, 2, "2 файла (0 нечитаемых), прочитано 2 листа (1 пропущен), 2 строки данных"},
		{"ru", 5, 5, 5, "5 файлов (0 нечитаемых), прочитано 5 листов (1 пропущен), 5 строк данных"},
		{"ru", 21, 21, 21, "21 файл (0 нечитаемых), прочитан 21 лист (1 пропущен), 21 строка данных"},
		{"ru", 11, 12, 14, "11 файлов (0 нечитаемых), прочитано 12 листов (1 пропущен), 14 строк данных"},
		{"zh", 2, 5, 21, "2 个文件（0 个无法读取），读取 5 个工作表（1 个已忽略），21 行数据"},
	} {
		var b bytes.Buffer
		printCounts(&b, result(tc.files, tc.sheets, tc.rows), tc.lang)
		if got := strings.Split(b.String(), "\n")[1]; got != tc.want {
			t.Errorf("%s %d/%d/%d: %q, want %q", tc.lang, tc.files, tc.sheets, tc.rows, got, tc.want)
		}
	}
}

// TestCountTable: the table of records per dataset names the datasets in
// the language and keeps its columns aligned, in terminal columns (a
// Chinese character takes two).
func TestCountTable(t *testing.T) {
	r := &Result{Year: 2025, Datasets: map[string]DatasetCount{"border": {Year: 129, All: 349}}}
	for lang, want := range map[string][]string{
		"en": {"dataset            2025  all years", "border              129        349"},
		"ru": {"набор данных                     2025   все годы", "Пограничные операции              129        349"},
		"zh": {"数据集             2025   所有年份", "边防联合行动        129        349"},
	} {
		var b bytes.Buffer
		printCounts(&b, r, lang)
		lines := strings.Split(b.String(), "\n")[3:11]
		for _, w := range want {
			if !strings.Contains(b.String(), w+"\n") {
				t.Errorf("%s: no %q in\n%s", lang, w, b.String())
			}
		}
		for _, l := range lines[1:] {
			if textWidth(l) != textWidth(lines[0]) {
				t.Errorf("%s: %q is %d columns wide, the header %d", lang, l, textWidth(l), textWidth(lines[0]))
			}
		}
	}
}

// TestStatusLanguages: status in Russian and Chinese, with the plural of
// days, the missing state's name in the language and the verdict.
func TestStatusLanguages(t *testing.T) {
	cfg := copySample(t, "sources/2025/border-IN.xlsx")
	for lang, want := range map[string][]string{
		"ru": {"ratsreport status: отчётный год 2025, сегодня 2026-02-03", "срок представления: 2026-02-15, через 12 дней",
			"\nпоступление материалов\n", "  НЕПОЛНЫЕ Пограничные операции       9 из 10 государств; не представили: Индия",
			"  полные   Совместные учения          получено: 1 запись из 2 файлов",
			"готовность к сборке: да, с 1 предупреждением (build --strict на нём остановится)"},
		"zh": {"ratsreport status：报告年度 2025，今天 2026-02-03", "截止日期：2026-02-15，还有 12 天",
			"  缺失    边防联合行动 10 个国家中的 9 个；未收到：印度", "可以构建：是，但有 1 个警告（build --strict 会因此停止）"},
	} {
		code, out := runAt(t, "status", "--config", cfg, "--messages", lang)
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q in\n%s", lang, w, out)
			}
		}
		if code != ExitOK {
			t.Errorf("%s: exit %d", lang, code)
		}
	}
	code, out := runAt(t, "check", "--config", cfg, "--messages", "ru")
	for _, w := range []string{"\nполнота данных за 2025 год\n",
		"Пограничные операции       9 из 10 государств; не представили: Индия (ожидаются: от 10 государств-членов, срок представления — 2026-02-15)",
		"  IN Индия            не поступили", "  KZ Казахстан              15 записей из sources/2025/border-KZ.xlsx",
		"данные неполные: не поступил 1 ожидаемый материал за 2025 год"} {
		if !strings.Contains(out, w) {
			t.Errorf("check --messages ru: no %q in\n%s", w, out)
		}
	}
	if code != ExitOK {
		t.Errorf("check --messages ru: exit %d", code)
	}
}

// TestDeadlinePlural: the days to or since the deadline in the plural
// form of each language.
func TestDeadlinePlural(t *testing.T) {
	today := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		lang string
		days int
		want string
	}{
		{"en", 1, "in 1 day"}, {"en", 2, "in 2 days"}, {"en", -1, "passed 1 day ago"},
		{"ru", 1, "через 1 день"}, {"ru", 2, "через 2 дня"}, {"ru", 5, "через 5 дней"}, {"ru", 21, "через 21 день"},
		{"ru", -1, "истёк 1 день назад"}, {"ru", -3, "истёк 3 дня назад"}, {"ru", -11, "истёк 11 дней назад"},
		{"ru", 0, "сегодня"}, {"zh", 5, "还有 5 天"}, {"zh", -2, "已过去 2 天"},
	} {
		c := &coverage.Coverage{Year: 2025, Datasets: []coverage.Dataset{{Deadline: today.AddDate(0, 0, tc.days)}}}
		if got := nextDeadline(c, today, tc.lang); !strings.HasSuffix(got, ", "+tc.want) && !strings.HasSuffix(got, "，"+tc.want) {
			t.Errorf("%s %d days: %q, want … %s", tc.lang, tc.days, got, tc.want)
		}
	}
}

// TestCommandLineErrors: cobra's and pflag's errors about the command
// line read as cobra writes them in English, and in Russian and Chinese
// otherwise; each is followed by the pointer to the help.
func TestCommandLineErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		en   string
		ru   string
		zh   string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate" for "ratsreport"`, `у "ratsreport" нет команды "frobnicate"`, `"ratsreport" 没有命令 "frobnicate"`},
		{[]string{"chek"}, "unknown command \"chek\" for \"ratsreport\"\n\nDid you mean this?\n\tcheck\n",
			"у \"ratsreport\" нет команды \"chek\"\n\nВозможно, имелось в виду:\n\tcheck\n", "您是不是要找：\n\tcheck\n"},
		{[]string{"check", "extra"}, `unknown command "extra" for "ratsreport check"`, `у "ratsreport check" нет команды "extra"`, `没有命令 "extra"`},
		{[]string{"check", "--bogus"}, "unknown flag: --bogus", "неизвестный параметр: --bogus", "未知选项：--bogus"},
		{[]string{"check", "-x"}, "unknown shorthand flag: 'x' in -x", "неизвестный короткий параметр 'x' в -x", "未知短选项 'x'"},
		{[]string{"check", "--config"}, "flag needs an argument: --config", "для параметра --config нужно значение", "选项 --config 需要一个值"},
		{[]string{"check", "--year", "banana"}, `invalid argument "banana" for "--year" flag: strconv.ParseInt`, `недопустимое значение "banana" параметра "--year": strconv.ParseInt`, `选项 "--year" 的值 "banana" 无效`},
		{[]string{"diff", "a.json"}, "accepts 2 arg(s), received 1", "нужно аргументов: 2, получено: 1", "需要 2 个参数，收到 1 个"},
	} {
		for lang, want := range map[string]string{"en": tc.en, "ru": tc.ru, "zh": tc.zh} {
			code, _, stderr := runMain(t, nil, append([]string{"--messages", lang}, tc.args...)...)
			help := msg.Sprintf(lang, msg.CLIRunHelp)
			if code != ExitUsage || !strings.Contains(stderr, want) || !strings.HasSuffix(stderr, help+"\n") {
				t.Errorf("%s %v: exit %d, stderr %q; want %d, %q and %q", lang, tc.args, code, stderr, ExitUsage, want, help)
			}
		}
	}
	// Every error of another kind is left as it reads.
	other := errors.New("accepts 2 arg(s), received many")
	if got := commandLine(other); got != other {
		t.Errorf("commandLine(%v) = %v", other, got)
	}
}

// TestUsageErrors: the commands' own usage errors in each language.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want map[string]string
	}{
		{[]string{"check", "--format", "yaml"}, map[string]string{"en": `ratsreport: --format "yaml": expected text or json`,
			"ru": `ratsreport: --format "yaml": ожидается text или json`, "zh": `ratsreport: --format "yaml"：应为 text 或 json`}},
		{[]string{"build", "--wait", "-1s"}, map[string]string{"en": "ratsreport: --wait -1s: the time must not be negative",
			"ru": "ratsreport: --wait -1s: время не может быть отрицательным", "zh": "ratsreport: --wait -1s：时间不能为负数"}},
	} {
		for lang, want := range tc.want {
			code, _, stderr := runMain(t, nil, append(tc.args, "--messages", lang)...)
			if code != ExitUsage || stderr != want+"\n" {
				t.Errorf("%s %v: exit %d, stderr %q; want %d, %q", lang, tc.args, code, stderr, ExitUsage, want)
			}
		}
	}
}

// latinWord is a word in Latin letters, as help would leave English.
var latinWord = regexp.MustCompile(`[A-Za-z][A-Za-z'-]*[A-Za-z]`)

// technical are the Latin words the translations keep on purpose: the
// languages' codes, --format's values, the shells and their commands,
// names of formats and systems.
var technical = map[string]bool{"en": true, "ru": true, "zh": true, "text": true, "json": true, "stderr": true,
	"shell": true, "source": true, "echo": true, "brew": true, "autoload": true, "compinit": true, "bash": true,
	"zsh": true, "fish": true, "powershell": true, "excel": true, "go": true, "linux": true, "macos": true, "sqlite": true, "xlsx": true, "csv": true, "pdf": true, "toml": true, "zip": true, "utf": true, "bom": true}

// helpToken splits a line of help into its tokens: at spaces and at
// punctuation, Chinese punctuation included.
func helpToken(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(",;:()，；：（）、。", r)
}

// TestHelpTranslated: the help of the root and of this package's commands
// in Russian and Chinese holds no English word of the catalogue's English
// texts, but for command and flag names, technical words (json, stderr,
// the shells), acronyms (PDF, LANG) and tokens that are paths, keys or
// quoted values (config.toml, report.messages, "code"). A command whose
// description reads the same in English is not yet in the catalogue
// (TestNoLiteralMessages lists it) and is skipped here.
func TestHelpTranslated(t *testing.T) {
	english := map[string]bool{}
	for _, e := range msg.Entries() {
		if s, ok := e.EN.(string); ok {
			for _, w := range latinWord.FindAllString(s, -1) {
				english[strings.ToLower(w)] = true
			}
		}
	}
	names := map[string]bool{"ratsreport": true}
	enRoot := NewRootCmd(&Env{Messages: "en"})
	for _, c := range enRoot.Commands() {
		names[c.Name()] = true
		for _, sub := range c.Commands() {
			names[sub.Name()] = true
		}
	}
	checked := 0
	for _, args := range [][]string{{"--help"}, {"check", "--help"}, {"build", "--help"}, {"status", "--help"},
		{"version", "--help"}, {"completion", "--help"}, {"completion", "bash", "--help"}, {"completion", "zsh", "--help"},
		{"completion", "fish", "--help"}, {"completion", "powershell", "--help"}, {"help", "--help"}} {
		for _, lang := range []string{"ru", "zh"} {
			_, stdout, _ := runMain(t, nil, append([]string{"--messages", lang}, args...)...)
			root := NewRootCmd(&Env{Messages: lang})
			for _, line := range strings.Split(stdout, "\n") {
				if skipUntranslated(line, root, enRoot) {
					continue
				}
				for _, tok := range strings.FieldsFunc(line, helpToken) {
					if strings.ContainsAny(tok, "./_$~=<>`\"'[]|-") || strings.ToUpper(tok) == tok {
						continue
					}
					for _, w := range latinWord.FindAllString(tok, -1) {
						lw := strings.ToLower(w)
						checked++
						if english[lw] && !technical[lw] && !names[lw] {
							t.Errorf("%s %v: English word %q in %q", lang, args, w, line)
						}
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no Latin word checked: the test checks nothing")
	}
}

// skipUntranslated reports whether line lists a command whose
// description is the same in root as in enRoot: one of another package
// not yet put into the catalogue.
func skipUntranslated(line string, root, enRoot *cobra.Command) bool {
	fields := strings.Fields(line)
	if len(fields) < 2 {
		return false
	}
	c, _, err := root.Find(fields[:1])
	if err != nil || c == root {
		return false
	}
	en, _, err := enRoot.Find(fields[:1])
	return err == nil && c.Short == en.Short
}

// TestStubs: the registry entries check prints for unknown names, with
// their introduction in each language's plural form.
func TestStubs(t *testing.T) {
	names := func(n int) []UnknownName {
		var out []UnknownName
		for i := 0; i < n; i++ {
			out = append(out, UnknownName{Text: "Тяньшань-2025", File: "sources/a.xlsx", Sheet: "Учения", Row: 2 + i, Stub: "[[registry.exercises]]\n"})
		}
		return out
	}
	for _, tc := range []struct {
		lang string
		n    int
		want []string
	}{
		{"en", 1, []string{"\n1 name is not in the registry. If one is a new organisation", "\n# \"Тяньшань-2025\", first at sources/a.xlsx:Учения!2\n[[registry.exercises]]\n"}},
		{"en", 52, []string{"\n52 names are not in the registry.", "\n# … and 2 more unknown names (every one is in --format json, with its entry)\n"}},
		{"ru", 1, []string{"\n1 наименование отсутствует в реестре. Если это новая", "\n# \"Тяньшань-2025\", впервые встречается в sources/a.xlsx:Учения!2\n"}},
		{"ru", 2, []string{"\n2 наименования отсутствуют в реестре."}},
		{"ru", 5, []string{"\n5 наименований отсутствуют в реестре."}},
		{"ru", 51, []string{"\n51 наименование отсутствует", "\n# … и ещё 1 неизвестное наименование (все они — в --format json, с записями)\n"}},
		{"ru", 55, []string{"\n# … и ещё 5 неизвестных наименований"}},
		{"zh", 3, []string{"\n有 3 个名称不在名录中。", "\n# \"Тяньшань-2025\"，首次出现于 sources/a.xlsx:Учения!2\n"}},
	} {
		var b bytes.Buffer
		printStubs(&b, names(tc.n), tc.lang)
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s %d: no %q in\n%s", tc.lang, tc.n, w, b.String())
			}
		}
	}
}
