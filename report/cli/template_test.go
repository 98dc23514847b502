package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/blank"
	"ratsreport/report/config"
	"ratsreport/report/schema"
)

// run runs the command line and returns the exit code and the output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, &Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }})
	return code, out.String(), errb.String()
}

// fillBorder writes border reports into a blank workbook under the
// example row, finding the columns by their headers, with the values a
// person would pick from the drop-downs (labels and names in the
// workbook's language).
func fillBorder(t *testing.T, cfg *config.Config, path, lang string, rows []map[string]any) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	head, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	hl := blank.HeaderLang(lang)
	key := map[string]string{}
	for _, c := range schema.BorderSheet.Columns {
		if hl == "ru" {
			key[c.RU] = c.Key
		} else {
			key[c.EN] = c.Key
		}
	}
	for _, ind := range cfg.Indicators {
		key[ind.Header[hl]] = ind.Key
	}
	for i, r := range rows {
		for j, h := range head[0] {
			v, ok := r[key[h]]
			if !ok {
				continue
			}
			switch x := v.(type) {
			case string:
				if key[h] == "state" {
					v = cfg.StateName(x, lang)
				}
				if key[h] == "section" {
					v = schema.Section.Label(x, lang)
				}
			}
			ref, _ := excelize.CoordinatesToCellName(j+1, blank.FirstDataRow+i)
			if err := f.SetCellValue(sheet, ref, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// TestTemplateRoundTrip is the whole round trip through the command line:
// write the templates, check passes on the empty ones, fill one per
// language programmatically, check passes, and stats returns the figures
// filled in.
func TestTemplateRoundTrip(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "config.toml")
	// The three states that fill a template are the ones expected: with
	// the default (the ten member states), check --strict would stop on
	// the seven that send nothing here.
	src = bytes.Replace(src, []byte(`border = "members"`), []byte(`border = ["KZ", "RU", "CN"]`), 1)
	if err := os.WriteFile(conf, src, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(conf)
	if err != nil {
		t.Fatal(err)
	}
	sources := filepath.Join(dir, "sources")
	code, out, errs := run(t, "template", "--config", conf, "--dataset", "border,exercises", "--out", sources)
	if code != 0 || strings.Count(out, ".xlsx\n") != 6 {
		t.Fatalf("template: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = run(t, "check", "--config", conf, "--strict")
	if code != 0 || !strings.Contains(out, "0 errors, 0 warnings") {
		t.Fatalf("check on the empty templates: exit %d\n%s%s", code, out, errs)
	}

	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	// Kazakhstan reports in English, Russia in Russian, China in Chinese,
	// each naming the operation in its language (the registry's names,
	// which the templates' drop-downs offer); the RU report leaves drugs
	// empty.
	fills := map[string][]map[string]any{
		"en": {{"operation": "Solidarity-2025", "state": "KZ", "start": day("2025-09-01"), "end": day("2025-09-30"), "section": "external", "area": "North",
			"violators": 120, "firearms": 7, "drugs": 10.125}},
		"ru": {{"operation": "Солидарность-2025", "state": "RU", "start": day("2025-09-01"), "end": day("2025-09-30"), "section": "internal", "area": "Курган",
			"violators": 30, "firearms": 2}},
		"zh": {{"operation": "团结协作-2025", "state": "CN", "start": day("2025-09-01"), "end": day("2025-09-30"), "section": "external",
			"violators": 1500, "firearms": 0, "drugs": 0.875}},
	}
	for l, rows := range fills {
		fillBorder(t, cfg, filepath.Join(sources, blank.Name(schema.Border, l)), l, rows)
	}
	code, out, errs = run(t, "check", "--config", conf, "--strict")
	if code != 0 || !regexpMatch(`(?m)^border +3 +3$`, out) {
		t.Fatalf("check on the filled templates: exit %d\n%s%s", code, out, errs)
	}

	code, out, errs = run(t, "stats", "border", "--config", conf, "--by", "state", "--measures", "count,violators,firearms,drugs", "--format", "json")
	if code != 0 {
		t.Fatalf("stats: exit %d\n%s", code, errs)
	}
	var doc struct {
		Rows []struct {
			Keys    map[string]string
			Values  map[string]*float64
			Missing map[string]int
		}
		Total struct {
			Values  map[string]*float64
			Missing map[string]int
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stats JSON: %v\n%s", err, out)
	}
	if len(doc.Rows) != 3 || doc.Rows[0].Keys["state"] != "CN" || doc.Rows[1].Keys["state"] != "KZ" || doc.Rows[2].Keys["state"] != "RU" {
		t.Fatalf("rows %+v, want CN KZ RU", doc.Rows)
	}
	want := map[string]float64{"count": 3, "violators": 1650, "firearms": 9, "drugs": 11}
	for k, w := range want {
		if v := doc.Total.Values[k]; v == nil || *v != w {
			t.Errorf("total %s = %v, want %v", k, v, w)
		}
	}
	if doc.Total.Missing["drugs"] != 1 || doc.Rows[2].Values["drugs"] != nil || doc.Rows[2].Missing["drugs"] != 1 {
		t.Errorf("Russia's drugs: %v (missing %d), want null with 1 not reported", doc.Rows[2].Values["drugs"], doc.Rows[2].Missing["drugs"])
	}
	if v := doc.Rows[0].Values["firearms"]; v == nil || *v != 0 {
		t.Errorf("China's firearms %v, want a reported 0", v)
	}

	// One operation, however each language names it.
	code, out, errs = run(t, "stats", "border", "--config", conf, "--by", "operation", "--measures", "count", "--format", "json")
	if code != 0 {
		t.Fatalf("stats by operation: exit %d\n%s", code, errs)
	}
	var ops struct {
		Rows []struct {
			Keys, Labels map[string]string
			Values       map[string]*float64
		}
	}
	if err := json.Unmarshal([]byte(out), &ops); err != nil {
		t.Fatalf("stats JSON: %v\n%s", err, out)
	}
	if len(ops.Rows) != 1 || ops.Rows[0].Keys["operation"] != "solidarity/2025" || ops.Rows[0].Labels["operation"] != "Solidarity-2025" ||
		ops.Rows[0].Values["count"] == nil || *ops.Rows[0].Values["count"] != 3 {
		t.Errorf("by operation: %s, want one row, solidarity/2025, Solidarity-2025, 3 reports", out)
	}
}

// TestTemplateMessages: help, a usage error and a success of template in
// Russian and Chinese.
func TestTemplateMessages(t *testing.T) {
	dir := t.TempDir()
	conf := "../../config.toml"
	checkMessages(t, []messageCase{
		{lang: "ru", args: []string{"template", "--help"}, out: []string{
			"template записывает по одной незаполненной рабочей книге на каждый набор данных",
			"наборы данных, через запятую: exercises, border, conference, agreements, online, training, meetings (по умолчанию — все)",
			"языки, через запятую: en, ru, zh (по умолчанию — report.languages)"}},
		{lang: "zh", args: []string{"template", "--help"}, out: []string{
			"template 为每个数据集和每种语言各写出一个空白工作簿",
			"数据集，以逗号分隔：exercises, border, conference, agreements, online, training, meetings（默认：全部）",
			"输出文件夹（默认：配置文件旁的 out/templates）"}},
		{lang: "ru", args: []string{"--help"}, out: []string{"Записать незаполненные рабочие книги для заполнения компетентными органами"}},
		{lang: "zh", args: []string{"--help"}, out: []string{"生成供主管机关填写的空白输入工作簿"}},
		{lang: "ru", args: []string{"template", "--dataset", "weather", "--config", conf}, code: ExitUsage,
			err: []string{`неизвестный набор данных "weather"; ожидается один из: exercises, border, conference, agreements, online, training, meetings`}},
		{lang: "zh", args: []string{"template", "--dataset", "weather", "--config", conf}, code: ExitUsage,
			err: []string{`未知数据集 "weather"；应为以下之一：exercises, border`}},
		{lang: "ru", args: []string{"template", "--dataset", "border", "--lang", "ru", "--out", dir, "--config", conf},
			out: []string{filepath.Join(dir, "ratsreport-template-border-ru.xlsx") + "\n"}},
		{lang: "zh", args: []string{"template", "--dataset", "border", "--lang", "zh", "--out", dir, "--config", conf},
			out: []string{filepath.Join(dir, "ratsreport-template-border-zh.xlsx") + "\n"}},
	})
}
