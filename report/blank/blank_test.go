package blank

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/ingest"
	"ratsreport/report/lang"
	"ratsreport/report/model"
	"ratsreport/report/registry"
	"ratsreport/report/schema"
	"ratsreport/report/stats"
	"ratsreport/templates"
)

var docDate = time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)

func loadConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func texts(t *testing.T, l string) *lang.Texts {
	t.Helper()
	tx, _, err := lang.Load(templates.FS, l)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func workbook(t *testing.T, cfg *config.Config, l string, d schema.Dataset) []byte {
	t.Helper()
	b, err := Workbook(Options{Config: cfg, Texts: texts(t, l), Date: docDate}, d)
	if err != nil {
		t.Fatalf("Workbook(%s, %s): %v", l, d, err)
	}
	return b
}

// wantHeaders is the contract's header row in a language, computed from
// the schema and the configuration.
func wantHeaders(cfg *config.Config, d schema.Dataset, hl string) []string {
	var out []string
	for _, c := range schema.SheetFor(d).Columns {
		if hl == "ru" {
			out = append(out, c.RU)
		} else {
			out = append(out, c.EN)
		}
	}
	if schema.Indicated(d) {
		for _, ind := range cfg.IndicatorsOf(string(d)) {
			out = append(out, ind.Header[hl])
		}
	}
	return out
}

// wantList is what a column's drop-down must offer, or nil.
func wantList(cfg *config.Config, c schema.Column, l string) []string {
	var out []string
	switch c.Kind {
	case schema.Enum:
		for _, v := range c.Enum.Values {
			switch l {
			case "ru":
				out = append(out, v.RU)
			case "zh":
				out = append(out, v.Zh)
			default:
				out = append(out, v.Key)
			}
		}
	case schema.Country:
		for _, s := range cfg.States {
			out = append(out, s.Name[l])
		}
	}
	if table := registryTable(c.Key); table != "" {
		// The registry's names in the template's language: short names
		// of organisations, series of operations and exercises with the
		// reporting year.
		reg := registry.New(cfg)
		for _, e := range cfg.Table(table) {
			n := model.Name{Key: e.Key}
			if table != config.OrganisationTable {
				n.Year = int16(cfg.Report.Year)
			}
			out = append(out, reg.Short(n, l))
		}
	}
	return out
}

// registryTable is the registry table whose names a column's drop-down
// offers, or "".
func registryTable(key string) string {
	switch key {
	case "name":
		return config.ExerciseTable
	case "operation":
		return config.OperationTable
	case "counterparty", "organisations":
		return config.OrganisationTable
	}
	return ""
}

// rangeValues reads the cells a validation's list formula points at.
func rangeValues(t *testing.T, f *excelize.File, formula string) []string {
	t.Helper()
	sheet, ref, ok := strings.Cut(formula, "!")
	if !ok {
		t.Fatalf("list formula %q is not a range on another sheet", formula)
	}
	sheet = strings.ReplaceAll(strings.Trim(sheet, "'"), "''", "'")
	from, to, _ := strings.Cut(strings.ReplaceAll(ref, "$", ""), ":")
	c1, r1, err1 := excelize.CellNameToCoordinates(from)
	_, r2, err2 := excelize.CellNameToCoordinates(to)
	if err1 != nil || err2 != nil {
		t.Fatalf("list formula %q: bad range", formula)
	}
	var out []string
	for r := r1; r <= r2; r++ {
		name, _ := excelize.CoordinatesToCellName(c1, r)
		v, err := f.GetCellValue(sheet, name)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// TestWorkbookStructure reads every blank workbook back: sheets, header
// row, example row, frozen header, notes, and the validation of every
// column (drop-down lists resolved to their values).
func TestWorkbookStructure(t *testing.T) {
	cfg := loadConfig(t)
	for _, l := range config.Languages {
		for _, d := range schema.Datasets {
			t.Run(l+"/"+string(d), func(t *testing.T) {
				f, err := excelize.OpenReader(bytes.NewReader(workbook(t, cfg, l, d)))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				checkStructure(t, f, cfg, l, d)
			})
		}
	}
}

func checkStructure(t *testing.T, f *excelize.File, cfg *config.Config, l string, d schema.Dataset) {
	t.Helper()
	tx := texts(t, l)
	hl := "en"
	if l == "ru" {
		hl = "ru"
	}
	sh := schema.SheetFor(d)
	data := sh.EN
	if hl == "ru" {
		data = sh.RU
	}
	sheets := f.GetSheetList()
	if want := []string{data, tx.T("blank.sheet.instructions"), tx.T("blank.sheet.lists")}; fmt.Sprint(sheets) != fmt.Sprint(want) {
		t.Fatalf("sheets %q, want %q", sheets, want)
	}
	if vis, _ := f.GetSheetVisible(sheets[2]); vis {
		t.Errorf("the lists sheet is visible")
	}
	rows, err := f.GetRows(data, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := wantHeaders(cfg, d, hl); fmt.Sprint(rows[0]) != fmt.Sprint(want) {
		t.Errorf("header row\n%q\nwant\n%q", rows[0], want)
	}
	if !strings.HasPrefix(rows[1][0], ExamplePrefix(l)) {
		t.Errorf("example row starts with %q, want %q", rows[1][0], ExamplePrefix(l))
	}
	if len(rows) != 2 {
		t.Errorf("%d rows with content, want the header and the example", len(rows))
	}
	panes, err := f.GetPanes(data)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v (%v), want the header row frozen", panes, err)
	}
	comments, err := f.GetComments(data)
	if err != nil || len(comments) != len(rows[0]) {
		t.Errorf("%d header notes (%v), want %d", len(comments), err, len(rows[0]))
	}
	if l == "zh" {
		for _, c := range comments {
			if c.Cell == "A1" && !strings.HasPrefix(c.Text, tx.T("blank.name."+string(d)+"."+sh.Columns[0].Key)) {
				t.Errorf("zh note on A1 %q does not begin with the Chinese column name", c.Text)
			}
		}
	}
	dvs, err := f.GetDataValidations(data)
	if err != nil {
		t.Fatal(err)
	}
	byCol := map[string]*excelize.DataValidation{}
	for _, dv := range dvs {
		col := strings.TrimRight(strings.Split(dv.Sqref, ":")[0], "0123456789")
		byCol[col] = dv
		if !strings.HasSuffix(dv.Sqref, fmt.Sprintf("%d", FirstDataRow+Rows-1)) || !strings.Contains(dv.Sqref, fmt.Sprintf("%d:", FirstDataRow)) {
			t.Errorf("validation over %s, want rows %d to %d", dv.Sqref, FirstDataRow, FirstDataRow+Rows-1)
		}
	}
	cols := append([]schema.Column{}, sh.Columns...)
	if schema.Indicated(d) {
		for _, ind := range cfg.IndicatorsOf(string(d)) {
			k := schema.Integer
			if ind.Decimal() {
				k = schema.Decimal
			}
			cols = append(cols, schema.Column{Key: ind.Key, Kind: k})
		}
	}
	for i, c := range cols {
		name, _ := excelize.ColumnNumberToName(i + 1)
		dv := byCol[name]
		want := map[schema.Kind]string{schema.Date: "date", schema.Integer: "whole", schema.Decimal: "decimal",
			schema.Enum: "list", schema.Country: "list", schema.CountryList: "", schema.FreeList: ""}
		wt, validated := want[c.Kind]
		if registryTable(c.Key) != "" {
			wt, validated = "list", true // a drop-down of registry names
		}
		switch {
		case !validated:
			if dv != nil {
				t.Errorf("%s (%s): validation %q on free text", name, c.Key, dv.Type)
			}
			continue
		case dv == nil:
			t.Errorf("%s (%s): no validation", name, c.Key)
			continue
		case dv.Type != wt:
			t.Errorf("%s (%s): validation %q, want %q", name, c.Key, dv.Type, wt)
		}
		switch c.Kind {
		case schema.Date:
			if dv.Operator != "between" || dv.Formula1 != "32874" || dv.Formula2 != "73415" {
				t.Errorf("%s: date %s %s..%s, want between 32874 (1990-01-01) and 73415 (2100-12-31)", name, dv.Operator, dv.Formula1, dv.Formula2)
			}
		case schema.Integer, schema.Decimal:
			if c.Key == "edition" {
				if dv.Operator != "between" || dv.Formula1 != "1" || dv.Formula2 != "1000" {
					t.Errorf("%s: edition %s %s..%s, want between 1 and 1000", name, dv.Operator, dv.Formula1, dv.Formula2)
				}
			} else if dv.Operator != "greaterThanOrEqual" || dv.Formula1 != "0" {
				t.Errorf("%s: %s %s %s, want >= 0", name, dv.Type, dv.Operator, dv.Formula1)
			}
		case schema.Enum, schema.Country:
			if got, want := rangeValues(t, f, dv.Formula1), wantList(cfg, c, l); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s (%s): drop-down %q, want %q", name, c.Key, got, want)
			}
		}
		if registryTable(c.Key) != "" {
			if got, want := rangeValues(t, f, dv.Formula1), wantList(cfg, c, l); len(want) == 0 || fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s (%s): drop-down %q, want %q", name, c.Key, got, want)
			}
			// A new name is allowed after a warning: not a stop.
			if dv.ErrorStyle == nil || *dv.ErrorStyle != "information" {
				t.Errorf("%s (%s): error style %v, want information (a name not in the list is allowed)", name, c.Key, dv.ErrorStyle)
			}
		}
		if dv.Type != "" && (dv.ErrorStyle == nil || dv.Error == nil || *dv.Error == "") {
			t.Errorf("%s: no error message", name)
		}
	}
}

// TestReaderAcceptsBlank: an empty template reads as zero records with no
// diagnostic at all, its sheet recognised and every header known: its
// service sheets (instructions, lists), which its custom property names,
// are the tool's own and not reported as ignored.
func TestReaderAcceptsBlank(t *testing.T) {
	cfg := loadConfig(t)
	dir := t.TempDir()
	var files []string
	for _, l := range config.Languages {
		for _, d := range schema.Datasets {
			p := filepath.Join(dir, Name(d, l))
			if err := os.WriteFile(p, workbook(t, cfg, l, d), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, p)
		}
	}
	res, err := ingest.Read(context.Background(), cfg, ingest.Options{Files: files})
	if err != nil {
		t.Fatal(err)
	}
	for _, dg := range res.Diags {
		t.Errorf("unexpected diagnostic: %v", dg)
	}
	if n := len(res.Data.Exercises) + res.Data.Border.Len() + len(res.Data.Sessions) + len(res.Data.Agreements); n != 0 {
		t.Errorf("%d records from blank workbooks, want 0", n)
	}
	for _, src := range res.Data.Sources {
		recognised := 0
		for _, s := range src.Sheets {
			if s.Dataset != "" {
				recognised++
				if s.Rows != 0 {
					t.Errorf("%s:%s: %d data rows, want 0 (the example row is skipped)", src.Path, s.Name, s.Rows)
				}
			}
		}
		if recognised != 1 {
			t.Errorf("%s: %d sheets recognised, want 1", src.Path, recognised)
		}
	}
}

// TestTemplateSheetsQuiet: a template's service sheets are quiet only as
// the template's property names them; a sheet a clerk adds to a template
// is still reported as ignored, and so are sheets of the same names in a
// workbook the tool did not write.
func TestTemplateSheetsQuiet(t *testing.T) {
	cfg := loadConfig(t)
	dir := t.TempDir()
	// A Russian template with a sheet the clerk added.
	added := filepath.Join(dir, "added.xlsx")
	f, err := excelize.OpenReader(bytes.NewReader(workbook(t, cfg, "ru", schema.Exercises)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Заметки"); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(added); err != nil {
		t.Fatal(err)
	}
	f.Close()
	// A workbook of the user's own with sheets named as the English
	// template's service sheets, and no property.
	own := filepath.Join(dir, "own.xlsx")
	f = excelize.NewFile()
	if err := f.SetSheetName("Sheet1", "Instructions"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Lists"); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(own); err != nil {
		t.Fatal(err)
	}
	f.Close()
	res, err := ingest.Read(context.Background(), cfg, ingest.Options{Files: []string{added, own}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, dg := range res.Diags {
		got = append(got, fmt.Sprintf("%s:%s %s %s", filepath.Base(dg.File), dg.Sheet, dg.Severity, dg.Code()))
	}
	want := []string{
		"added.xlsx:Заметки notice read.sheet-ignored",
		"own.xlsx:Instructions notice read.sheet-ignored",
		"own.xlsx:Lists notice read.sheet-ignored",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTemplateSheetsProperty: every template names its two service
// sheets, in its language, in its custom property.
func TestTemplateSheetsProperty(t *testing.T) {
	cfg := loadConfig(t)
	for _, l := range config.Languages {
		f, err := excelize.OpenReader(bytes.NewReader(workbook(t, cfg, l, schema.Border)))
		if err != nil {
			t.Fatal(err)
		}
		props, err := f.GetCustomProps()
		if err != nil {
			t.Fatal(err)
		}
		tx := texts(t, l)
		want := tx.T("blank.sheet.instructions") + schema.TemplateSheetsSep + tx.T("blank.sheet.lists")
		found := false
		for _, p := range props {
			if p.Name == schema.TemplateSheetsProperty {
				found = true
				if p.Value != want {
					t.Errorf("%s: %s = %v, want %q", l, p.Name, p.Value, want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s property in %v", l, schema.TemplateSheetsProperty, props)
		}
		f.Close()
	}
}

// entry is one filled row: values by column key, written as a person
// would with the template's drop-downs (labels and state names in the
// template's language, real dates, numbers).
type entry map[string]any

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// fillData returns rows for a dataset in a language. Names are picked
// from the registry's drop-downs in the template's language.
func fillData(cfg *config.Config, d schema.Dataset, l string) []entry {
	state := func(code string) string { return cfg.StateName(code, l) }
	reg := registry.New(cfg)
	pick := func(key string, year int16) string { return reg.Short(model.Name{Key: key, Year: year}, l) }
	label := func(e *schema.Enumeration, key string) string { return e.Label(key, l) }
	switch d {
	case schema.Exercises:
		return []entry{
			{"name": pick("kazygurt_antiterror", 2025), "kind": label(schema.ExerciseKind, "field"), "start": day("2025-05-12"), "end": day("2025-05-16"),
				"host": state("KZ"), "participants": state("KZ") + ", " + state("RU") + ", TJ", "threat": label(schema.Threat, "hostage-taking"),
				"personnel": 650, "equipment": 45},
			{"name": pick("xiamen", 2025), "kind": label(schema.ExerciseKind, "online"), "start": day("2025-10-02"), "end": day("2025-10-02"),
				"host": state("CN"), "participants": state("CN"), "threat": label(schema.Threat, "online propaganda and recruitment"), "personnel": 120},
		}
	case schema.Border:
		rows := []entry{
			{"operation": pick("solidarity", 2025), "state": state("KZ"), "start": day("2025-09-01"), "end": day("2025-09-30"), "section": label(schema.Section, "external"), "area": "North"},
			{"operation": pick("solidarity", 2025), "state": state("KZ"), "start": day("2025-09-01"), "end": day("2025-09-30"), "section": label(schema.Section, "internal"), "area": "South"},
			{"operation": pick("solidarity", 2025), "state": state("RU"), "start": day("2025-09-01"), "end": day("2025-09-30"), "section": label(schema.Section, "external")},
		}
		for i, ind := range cfg.Indicators {
			for j, r := range rows {
				if j == 2 && i == 3 {
					continue // not reported
				}
				if ind.Decimal() {
					r[ind.Key] = float64(10*(i+1)+j) + 0.125
				} else {
					r[ind.Key] = 10*(i+1) + j
				}
			}
		}
		return rows
	case schema.Conference:
		return []entry{
			{"edition": 12, "date": day("2025-11-20"), "city": "Tashkent", "country": state("UZ"), "session": "Opening", "format": label(schema.Format, "plenary"),
				"participants": 210, "states": state("UZ") + ", " + state("KZ"), "papers": 6},
			{"edition": 12, "date": day("2025-11-21"), "city": "Tashkent", "country": state("UZ"), "session": "Panel A", "format": label(schema.Format, "panel"), "participants": 80},
		}
	case schema.Agreements:
		return []entry{
			{"counterparty": pick("unodc", 0), "type": label(schema.CounterpartyType, "international organisation"), "document": label(schema.Document, "memorandum"),
				"status": label(schema.Status, "signed"), "signed": day("2025-06-15")},
			{"counterparty": pick("sri_lanka_mod", 0), "type": label(schema.CounterpartyType, "dialogue partner"), "document": label(schema.Document, "contact"),
				"status": label(schema.Status, "contacts established")},
		}
	}
	return nil
}

// fill writes rows into a blank workbook under its header, below the
// example row, finding each column by its header.
func fill(t *testing.T, path string, cfg *config.Config, d schema.Dataset, l string, rows []entry) {
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
	hl := "en"
	if l == "ru" {
		hl = "ru"
	}
	keys := map[string]string{} // header → key
	for _, c := range schema.SheetFor(d).Columns {
		h := c.EN
		if hl == "ru" {
			h = c.RU
		}
		keys[h] = c.Key
	}
	for _, ind := range cfg.Indicators {
		keys[ind.Header[hl]] = ind.Key
	}
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		for j, h := range head[0] {
			v, ok := r[keys[h]]
			if !ok {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(j+1, FirstDataRow+i)
			if err := f.SetCellValue(sheet, ref, v); err != nil {
				t.Fatal(err)
			}
			if _, isDate := v.(time.Time); isDate {
				if err := f.SetCellStyle(sheet, ref, ref, dateStyle); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// TestRoundTrip fills every template in every language, reads it with the
// reader (no error, no warning) and checks that stats returns the figures
// filled in.
func TestRoundTrip(t *testing.T) {
	cfg := loadConfig(t)
	en := texts(t, "en")
	for _, l := range config.Languages {
		for _, d := range schema.Datasets {
			t.Run(l+"/"+string(d), func(t *testing.T) {
				p := filepath.Join(t.TempDir(), Name(d, l))
				if err := os.WriteFile(p, workbook(t, cfg, l, d), 0o644); err != nil {
					t.Fatal(err)
				}
				rows := fillData(cfg, d, l)
				fill(t, p, cfg, d, l, rows)
				res, err := ingest.Read(context.Background(), cfg, ingest.Options{Files: []string{p}})
				if err != nil {
					t.Fatal(err)
				}
				for _, dg := range res.Diags {
					if dg.Severity > diag.Notice || strings.Contains(dg.Message, "unknown column") {
						t.Errorf("diagnostic: %v", dg)
					}
				}
				checkRecords(t, cfg, res.Data, d, l, rows, en)
			})
		}
	}
}

func checkRecords(t *testing.T, cfg *config.Config, data *model.Data, d schema.Dataset, l string, rows []entry, en *lang.Texts) {
	t.Helper()
	run := func(q stats.Query) *stats.Result {
		res, err := stats.Run(context.Background(), cfg, data, q, en)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	total := func(res *stats.Result, key string) stats.Amount {
		for i, m := range res.Measures {
			if m.Key == key {
				return res.Total.Values[i]
			}
		}
		t.Fatalf("no measure %s", key)
		return stats.Amount{}
	}
	all := stats.Years{All: true}
	switch d {
	case schema.Exercises:
		if len(data.Exercises) != 2 {
			t.Fatalf("%d exercises, want 2", len(data.Exercises))
		}
		e := data.Exercises[0]
		if e.Name.ID() != "kazygurt_antiterror/2025" || e.Name.Text != rows[0]["name"] || e.Kind != "field" || e.Host != "KZ" || fmt.Sprint(e.Participants) != "[KZ RU TJ]" ||
			e.Threat != "hostage-taking" || !e.Start.Equal(day("2025-05-12")) {
			t.Errorf("first exercise %+v", e)
		}
		res := run(stats.Query{Dataset: "exercises", Years: stats.Single(2025), By: []string{"state"}})
		if a := total(res, "personnel"); a.Milli != 770_000 || a.Missing != 0 {
			t.Errorf("personnel total %+v, want 770", a)
		}
		if a := total(res, "equipment"); a.Milli != 45_000 || a.Missing != 1 {
			t.Errorf("equipment total %+v, want 45 with 1 not reported", a)
		}
		if len(res.Rows) != 4 {
			t.Errorf("%d participating states, want 4 (CN KZ RU TJ)", len(res.Rows))
		}
	case schema.Border:
		if data.Border.Len() != 3 {
			t.Fatalf("%d border reports, want 3", data.Border.Len())
		}
		res := run(stats.Query{Dataset: "border", Years: stats.Single(2025), By: []string{"state"}})
		for i, ind := range cfg.Indicators {
			want := int64(0)
			missing := 0
			for _, r := range rows {
				switch v := r[ind.Key].(type) {
				case int:
					want += int64(v) * 1000
				case float64:
					want += int64(v*1000 + 0.5)
				case nil:
					missing++
				}
			}
			if a := total(res, ind.Key); a.Milli != want || a.Missing != missing {
				t.Errorf("%s total %+v, want %d thousandths with %d not reported", ind.Key, a, want, missing)
			}
			if i == 0 && (res.Rows[0].Keys[0] != "KZ" || res.Rows[0].Values[1].Milli != 21_000) {
				t.Errorf("KZ row %+v, want 10+11 violators", res.Rows[0])
			}
		}
	case schema.Conference:
		res := run(stats.Query{Dataset: "conference", Years: all, By: []string{"edition"}})
		if len(res.Rows) != 1 || res.Rows[0].Keys[0] != "12" {
			t.Fatalf("rows %+v, want edition 12", res.Rows)
		}
		if a := total(res, "participants"); a.Milli != 290_000 {
			t.Errorf("participants %+v, want 290", a)
		}
		if a := total(res, "papers"); a.Milli != 6_000 || a.Missing != 1 {
			t.Errorf("papers %+v, want 6 with 1 not reported", a)
		}
		if s := data.Sessions[0]; s.Format != "plenary" || s.Country != "UZ" || fmt.Sprint(s.States) != "[KZ UZ]" {
			t.Errorf("first session %+v", s)
		}
	case schema.Agreements:
		res := run(stats.Query{Dataset: "agreements", Years: all, By: []string{"status"}})
		if len(res.Rows) != 2 || res.Rows[0].Keys[0] != "contacts established" || res.Rows[1].Keys[0] != "signed" {
			t.Errorf("rows %+v, want contacts established and signed", res.Rows)
		}
		if a := data.Agreements; a[0].CounterpartyType != "international organisation" || a[0].Document != "memorandum" || !a[0].Signed.Equal(day("2025-06-15")) {
			t.Errorf("agreements %+v", a)
		}
	}
}

// TestRussianHeadersAccepted: the Russian workbook's sheet name and every
// header are recognised by the reader (no unknown column, every figure
// read).
func TestRussianHeadersAccepted(t *testing.T) {
	cfg := loadConfig(t)
	p := filepath.Join(t.TempDir(), Name(schema.Border, "ru"))
	if err := os.WriteFile(p, workbook(t, cfg, "ru", schema.Border), 0o644); err != nil {
		t.Fatal(err)
	}
	fill(t, p, cfg, schema.Border, "ru", fillData(cfg, schema.Border, "ru"))
	res, err := ingest.Read(context.Background(), cfg, ingest.Options{Files: []string{p}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.Count(diag.Error)+res.Diags.Count(diag.Warning) > 0 {
		t.Fatalf("diagnostics: %v", res.Diags)
	}
	if s := res.Data.Sources[0].Sheets[0]; s.Name != "Пограничные операции" || s.Dataset != "border" || s.Records != 3 {
		t.Errorf("sheet %+v, want Пограничные операции read as border with 3 records", s)
	}
	for _, b := range res.Data.Border.All() {
		for i, v := range b.Values.Decs() {
			if !v.Reported && !(b.State == "RU" && i == 3) {
				t.Errorf("%s %s: indicator %s not read", b.State, b.Section, cfg.Indicators[i].Key)
			}
		}
	}
}

// TestDeterministic: the same inputs give the same bytes.
func TestDeterministic(t *testing.T) {
	cfg := loadConfig(t)
	for _, l := range config.Languages {
		a, b := workbook(t, cfg, l, schema.Border), workbook(t, cfg, l, schema.Border)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs differ", l)
		}
	}
}

func TestName(t *testing.T) {
	if got := Name(schema.Border, "ru"); got != "ratsreport-template-border-ru.xlsx" {
		t.Errorf("Name = %q", got)
	}
}

func ExampleName() {
	fmt.Println(Name(schema.Exercises, "zh"), SheetName(schema.Exercises, "zh"), SheetName(schema.Exercises, "ru"))
	// Output: ratsreport-template-exercises-zh.xlsx Exercises Учения
}
