package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeResult writes a build's JSON result of year with the key figures.
func writeResult(t *testing.T, path string, year int, figures []KeyFigure) {
	t.Helper()
	b, err := json.Marshal(Result{Schema: ResultSchema, Command: "build", Year: year, OK: true, KeyFigures: figures})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDiffMessages: help, usage errors and the changes diff prints, in
// English, Russian and Chinese. A key figure's label is the report's
// text in the language of the messages; an indicator's is the build's.
func TestDiffMessages(t *testing.T) {
	dir := t.TempDir()
	num := func(s string) *json.Number { n := json.Number(s); return &n }
	old, new := filepath.Join(dir, "old.json"), filepath.Join(dir, "new.json")
	writeResult(t, old, 2024, []KeyFigure{
		{Key: "border.operations", Label: "Joint border operations", Value: num("4")},
		{Key: "border.firearms", Label: "Firearms seized (units)", Value: num("1240"), NotReported: 2},
		{Key: "training.courses", Label: "Training courses held", Value: num("3")},
	})
	writeResult(t, new, 2025, []KeyFigure{
		{Key: "border.operations", Label: "Joint border operations", Value: num("5")},
		{Key: "border.firearms", Label: "Firearms seized (units)", Value: nil, NotReported: 5},
		{Key: "exercises.count", Label: "Joint exercises held", Value: num("2")},
	})
	check := filepath.Join(dir, "check.json")
	b, _ := json.Marshal(Result{Schema: ResultSchema, Command: "check", ExitCode: 1})
	if err := os.WriteFile(check, b, 0o644); err != nil {
		t.Fatal(err)
	}
	notJSON := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notJSON, []byte("notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.json")
	wantOut := map[string]string{
		"en": "the builds are of different years: 2024 and 2025\n" +
			"border.operations\tJoint border operations\t4 -> 5\n" +
			"border.firearms\tFirearms seized (units)\t1240 (2 not reported) -> n/r (5 not reported)\n" +
			"exercises.count\tJoint exercises held\t(none) -> 2\n" +
			"training.courses\tTraining courses held\t3 -> (none)\n",
		"ru": "сборки относятся к разным годам: 2024 и 2025\n" +
			"border.operations\tСовместных пограничных операций\t4 -> 5\n" +
			"border.firearms\tFirearms seized (units)\t1240 (без данных: 2) -> н/д (без данных: 5)\n" +
			"exercises.count\tПроведено совместных учений\t(нет) -> 2\n" +
			"training.courses\tПроведено учебных мероприятий\t3 -> (нет)\n",
		"zh": "两次构建的年份不同：2024 年和 2025 年\n" +
			"border.operations\t联合边防行动次数\t4 -> 5\n" +
			"border.firearms\tFirearms seized (units)\t1240（2 条未报告） -> 未报告（5 条未报告）\n" +
			"exercises.count\t举行联合演习次数\t（无） -> 2\n" +
			"training.courses\t举办培训项目\t3 -> （无）\n",
	}
	for lang, want := range wantOut {
		code, out, errs := runIn(t, lang, "diff", old, new)
		if code != 0 || out != want {
			t.Errorf("--messages %s diff: exit %d\n%s%s\nwant\n%s", lang, code, out, errs, want)
		}
	}
	checkMessages(t, []messageCase{
		{lang: "ru", args: []string{"diff", "--help"}, out: []string{
			"diff сравнивает основные показатели двух сборок",
			"завершиться с кодом 1, если изменился хотя бы один основной показатель"}},
		{lang: "zh", args: []string{"diff", "--help"}, out: []string{
			"diff 比较两次构建中由 build --format json 输出的主要数据",
			"任一主要数据发生变化时以退出码 1 退出"}},
		{lang: "ru", args: []string{"--help"}, out: []string{"Вывести основные показатели, изменившиеся между двумя сборками"}},
		{lang: "zh", args: []string{"--help"}, out: []string{"列出两次构建（build --format json）之间发生变化的主要数据"}},
		{lang: "ru", args: []string{"diff", "--exit-code", old, new}, code: ExitData, out: []string{"border.operations\t"}},
		{lang: "ru", args: []string{"diff", old, missing}, code: ExitUsage, err: []string{"не удалось прочитать " + missing + ": "}},
		{lang: "zh", args: []string{"diff", old, missing}, code: ExitUsage, err: []string{"无法读取 " + missing + "："}},
		{lang: "ru", args: []string{"diff", old, notJSON}, code: ExitUsage,
			err: []string{notJSON + " не является результатом ratsreport (build --format json): "}},
		{lang: "zh", args: []string{"diff", old, notJSON}, code: ExitUsage,
			err: []string{notJSON + " 不是 ratsreport 的结果文件（build --format json）："}},
		{lang: "ru", args: []string{"diff", check, new}, code: ExitUsage,
			err: []string{"в " + check + " нет основных показателей: это результат команды check с кодом завершения 1; для diff нужен результат успешной сборки build --format json"}},
		{lang: "zh", args: []string{"diff", check, new}, code: ExitUsage,
			err: []string{check + " 中没有主要数据：它是 check 的结果，退出码为 1；diff 需要成功执行的 build --format json 的结果"}},
	})
	if _, _, errs := runIn(t, "en", "diff", check, new); !strings.Contains(errs, check+" has no key figures: it is the result of check with exit code 1") {
		t.Errorf("diff of a check result in English: %q", errs)
	}
}
