package ingest

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/diag"
	"ratsreport/report/model"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// TestValueForms reads one row per accepted form of every value type and
// checks the stored values.
func TestValueForms(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "forms.xlsx", sheet{name: "Exercises", rows: [][]any{
		{"Joint exercises 2025 (title row)"},
		{},
		exerciseHeader,
		exerciseRow(map[int]any{0: "A", 2: "2025-09-21", 3: "21.09.2025", 4: "KAZ", 6: "Kazakhstan; Россия\nКиргизия, CHN", 10: "12 000", 11: "1,250"}),
		exerciseRow(map[int]any{0: "B", 1: "КОМАНДНО-ШТАБНОЕ", 2: "21/09/2025", 3: dateCell{2025, 9, 22}, 4: "Казахстан", 9: "ХБРЯ", 10: "", 11: 0}),
		exerciseRow(map[int]any{0: "C", 1: " Computer-Assisted ", 4: "Kazakhstan", 6: "Iran, Islamic Republic of, Белоруссия", 9: "захват заложников", 10: 12.0}),
	}})
	res := read(t, dir)
	if n := res.Diags.Count(diag.Error); n != 0 {
		t.Fatalf("errors: %s", dump(res.Diags))
	}
	got := res.Data.Exercises
	if len(got) != 3 {
		t.Fatalf("got %d exercises, want 3", len(got))
	}
	byName := map[string]model.Exercise{}
	for _, e := range got {
		byName[e.Name.Text] = e
	}
	tests := []struct {
		name  string
		check func(e model.Exercise) bool
		desc  string
	}{
		{"A", func(e model.Exercise) bool { return e.Start.Equal(day(2025, 9, 21)) && e.End.Equal(day(2025, 9, 21)) }, "ISO and dotted text dates"},
		{"A", func(e model.Exercise) bool { return e.Host == "KZ" }, "alpha-3 host"},
		{"A", func(e model.Exercise) bool {
			return reflect.DeepEqual(e.Participants, []string{"CN", "KG", "KZ", "RU"})
		}, "mixed list separators and names"},
		{"A", func(e model.Exercise) bool { return e.Personnel == model.Int{V: 12000, Reported: true} }, "space thousands separator"},
		{"A", func(e model.Exercise) bool { return e.Equipment == model.Int{V: 1250, Reported: true} }, "comma thousands separator"},
		{"B", func(e model.Exercise) bool { return e.Kind == "command-staff" && e.Threat == "cbrn" }, "Russian enum labels, any case"},
		{"B", func(e model.Exercise) bool { return e.Start.Equal(day(2025, 9, 21)) && e.End.Equal(day(2025, 9, 22)) }, "slashed text date and real date"},
		{"B", func(e model.Exercise) bool { return e.Host == "KZ" }, "Russian country name"},
		{"B", func(e model.Exercise) bool { return !e.Personnel.Reported }, "empty is not reported"},
		{"B", func(e model.Exercise) bool { return e.Equipment == model.Int{V: 0, Reported: true} }, "zero is a reported zero"},
		{"C", func(e model.Exercise) bool { return e.Kind == "computer-assisted" && e.Threat == "hostage-taking" }, "padded enum, Russian threat"},
		{"C", func(e model.Exercise) bool { return reflect.DeepEqual(e.Participants, []string{"BY", "IR"}) }, "name with a comma; variant name"},
		{"C", func(e model.Exercise) bool { return e.Personnel == model.Int{V: 12, Reported: true} }, "number cell"},
		{"C", func(e model.Exercise) bool {
			return e.Origin == model.Origin{File: "forms.xlsx", Sheet: "Exercises", Row: 6}
		}, "origin"},
	}
	for _, tt := range tests {
		if e := byName[tt.name]; !tt.check(e) {
			t.Errorf("%s (%s): got %+v", tt.name, tt.desc, e)
		}
	}
}

// TestRejections checks every rejection of the contract with its exact
// location and message.
func TestRejections(t *testing.T) {
	rows := [][]any{exerciseHeader}
	type rej struct {
		over map[int]any
		cell string
		want string
	}
	cases := []rej{
		{map[int]any{0: ""}, "A2", "Name: required value missing"},
		{map[int]any{1: "parade"}, "B3", `Kind: "parade" is not a valid value; expected one of: field, command-staff, computer-assisted, online`},
		{map[int]any{2: "31.02.2025"}, "C4", `Start date: "31.02.2025" is not a calendar date`},
		{map[int]any{2: "09/21/2025"}, "C5", "looks like month/day/year"},
		{map[int]any{2: "next week"}, "C6", `Start date: "next week" is not a date`},
		{map[int]any{3: dateCell{2025, 8, 1}}, "D7", "End date: 2025-08-01 is before the start date 2025-09-01"},
		{map[int]any{4: "Atlantis"}, "E8", `Host country: "Atlantis" is not a known state`},
		{map[int]any{6: "KZ, Narnia"}, "G9", `Participating states: "Narnia" is not a known state`},
		{map[int]any{9: "aliens"}, "J10", `Threat: "aliens" is not a valid value`},
		{map[int]any{10: "12,5"}, "K11", `Personnel: "12,5" is not a whole number`},
		{map[int]any{10: -3}, "K12", `Personnel: "-3" is negative`},
		{map[int]any{11: "about 40"}, "L13", `Equipment units: "about 40" is not a number`},
		{map[int]any{2: 12}, "C14", "out of range"},
		{map[int]any{10: "#DIV/0!"}, "K15", "Personnel: the cell holds the error #DIV/0!"},
	}
	for i, c := range cases {
		over := map[int]any{0: "R" + string(rune('a'+i))}
		for k, v := range c.over {
			over[k] = v
		}
		rows = append(rows, exerciseRow(over))
	}
	dir := t.TempDir()
	writeBook(t, dir, "bad.xlsx", sheet{name: "Exercises", rows: rows})
	res := read(t, dir)
	for _, c := range cases {
		if !findDiag(res.Diags, "bad.xlsx:Exercises!"+c.cell, diag.Error, c.want) {
			t.Errorf("no error at %s containing %q; got:%s", c.cell, c.want, dump(res.Diags))
		}
	}
	if n := res.Diags.Count(diag.Error); n != len(cases) {
		t.Errorf("got %d errors, want %d:%s", n, len(cases), dump(res.Diags))
	}
	if len(res.Data.Exercises) != 0 {
		t.Errorf("rejected rows became %d records", len(res.Data.Exercises))
	}
	audit := res.Data.Sources[0].Sheets[0]
	if audit.Rows != len(cases) || audit.Rejected != len(cases) || audit.Records != 0 {
		t.Errorf("audit = %+v, want %d rows all rejected", audit, len(cases))
	}
}

// TestSheetStructure covers sheet recognition, header search, aliases,
// Russian headers, unknown and missing columns, blank rows.
func TestSheetStructure(t *testing.T) {
	dir := t.TempDir()
	ruHeader := []any{"Операция", "Отчитывающееся государство", "Дата начала", "Дата окончания", "Участок", "Район", "Задержано нарушителей границы (чел.)", "Изъято наркотиков (кг)", "Комментарий"}
	writeBook(t, dir, "ru.xlsx",
		sheet{name: "пограничные_ОПЕРАЦИИ", rows: [][]any{
			{"Отчёт пограничной службы"}, {"за 2025 год"}, {},
			ruHeader,
			{"Solidarity-2025", "Казахстан", "01.09.2025", "30.09.2025", "внешний", "Алматинская область", "1 250", "8,75", "—"},
			{},
			{"Solidarity-2025", "Казахстан", "01.09.2025", "30.09.2025", "внутренний", "", 0, ""},
		}},
		sheet{name: "Итоги", rows: [][]any{{"x"}}},
		sheet{name: "JATE", rows: [][]any{{"Exercise", "Kind"}, {"A", "field"}}},
	)
	res := read(t, dir)
	b := res.Data.Border.Reports()
	if len(b) != 2 {
		t.Fatalf("got %d border reports, want 2:%s", len(b), dump(res.Diags))
	}
	// Indicators in config order: violators, migrants, wanted, drugs, ...
	if b[0].Values.At(0) != (model.Dec{Milli: 1250000, Reported: true}) || b[0].Values.At(3) != (model.Dec{Milli: 8750, Reported: true}) {
		t.Errorf("first report values = %+v", b[0].Values)
	}
	if b[1].Values.At(0) != (model.Dec{Milli: 0, Reported: true}) || b[1].Values.At(3).Reported || b[1].Values.At(1).Reported {
		t.Errorf("second report: reported zero and not-reported figures wrong: %+v", b[1].Values)
	}
	if b[0].Origin.Row != 5 || b[1].Origin.Row != 7 {
		t.Errorf("rows = %d, %d; want 5, 7", b[0].Origin.Row, b[1].Origin.Row)
	}
	wants := []struct {
		loc  string
		sev  diag.Severity
		want string
	}{
		{"ru.xlsx:пограничные_ОПЕРАЦИИ!4:4", diag.Notice, `unknown columns ignored: "Комментарий"`},
		{"ru.xlsx:пограничные_ОПЕРАЦИИ!4:4", diag.Notice, `no column for "Возбуждено уголовных дел", `},
		{"ru.xlsx:Итоги", diag.Notice, "sheet ignored"},
		{"ru.xlsx:JATE!1:1", diag.Error, `missing required columns "Start date" (Дата начала)`},
	}
	for _, w := range wants {
		if !findDiag(res.Diags, w.loc, w.sev, w.want) {
			t.Errorf("no %v at %s containing %q; got:%s", w.sev, w.loc, w.want, dump(res.Diags))
		}
	}
}

func TestNoHeader(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "x.xlsx", sheet{name: "Conference", rows: [][]any{{"just", "text"}, {1, 2}}})
	res := read(t, dir)
	if !findDiag(res.Diags, "x.xlsx:Conference", diag.Error, "no header row found in the first 30 rows") {
		t.Errorf("got:%s", dump(res.Diags))
	}
}

// TestDuplicates: identical copies merge, participating states unite,
// a not-reported figure is filled from a copy, and a conflict is an error
// naming both locations.
func TestDuplicates(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "a.xlsx", sheet{name: "Exercises", rows: [][]any{exerciseHeader,
		exerciseRow(map[int]any{0: "Same"}),
		exerciseRow(map[int]any{0: "Union"}),
		exerciseRow(map[int]any{0: "Fill", 10: ""}),
		exerciseRow(map[int]any{0: "Clash"}),
	}})
	writeBook(t, dir, "b.xlsx", sheet{name: "Учения", rows: [][]any{
		{"Название", "Вид", "Дата начала", "Дата окончания", "Страна проведения", "Место проведения", "Государства-участники", "Наблюдатели", "Сценарий", "Угроза", "Личный состав", "Единицы техники", "Примечания"},
		exerciseRow(map[int]any{0: "same "}),
		exerciseRow(map[int]any{0: "Union", 6: "KZ, RU"}),
		exerciseRow(map[int]any{0: "Fill", 10: 650}),
		exerciseRow(map[int]any{0: "Clash", 10: 700}),
	}})
	res := read(t, dir)
	if len(res.Data.Exercises) != 4 {
		t.Fatalf("got %d exercises, want 4:%s", len(res.Data.Exercises), dump(res.Diags))
	}
	by := map[string]model.Exercise{}
	for _, e := range res.Data.Exercises {
		by[e.Name.Text] = e
	}
	if got := by["Union"].Participants; !reflect.DeepEqual(got, []string{"KG", "KZ", "RU"}) {
		t.Errorf("united participants = %v", got)
	}
	if got := by["Fill"].Personnel; got != (model.Int{V: 650, Reported: true}) {
		t.Errorf("filled personnel = %+v", got)
	}
	if c := by["Same"].Copies; len(c) != 1 || c[0] != (model.Origin{File: "b.xlsx", Sheet: "Учения", Row: 2}) {
		t.Errorf("copies = %+v", c)
	}
	if by["Clash"].Personnel.V != 600 {
		t.Errorf("the first copy of a conflict should stay, got %+v", by["Clash"].Personnel)
	}
	checks := []struct {
		loc  string
		sev  diag.Severity
		want string
	}{
		{"b.xlsx:Учения!G3", diag.Notice, "is also at a.xlsx:Exercises!3:3; participating states united: Государства-участники KG, KZ + KZ, RU = KG, KZ, RU"},
		{"b.xlsx:Учения!4:4", diag.Notice, "taken from here: Личный состав 650"},
		{"b.xlsx:Учения!K5", diag.Error, `is also at a.xlsx:Exercises!K5 with different values: Личный состав "600" there, "700" here`},
	}
	for _, c := range checks {
		if !findDiag(res.Diags, c.loc, c.sev, c.want) {
			t.Errorf("no %v at %s containing %q; got:%s", c.sev, c.loc, c.want, dump(res.Diags))
		}
	}
	var sb model.SheetAudit
	for _, s := range res.Data.Sources {
		if s.Path == "b.xlsx" {
			sb = s.Sheets[0]
		}
	}
	if sb.Rows != 4 || sb.Merged != 3 || sb.Rejected != 1 || sb.Records != 0 {
		t.Errorf("audit of b.xlsx = %+v; want 4 rows, 3 merged, 1 rejected, 0 records", sb)
	}
}

// TestUnreadableFiles: one error per file that is not a readable
// workbook; the other files are still read.
func TestUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeBook(t, dir, "good.xlsx", sheet{name: "Exercises", rows: [][]any{exerciseHeader, exerciseRow(nil)}})
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i/13)
	}
	files := map[string][]byte{
		"empty.xlsx":     nil,
		"random.xlsx":    random,
		"truncated.xlsx": data[:len(data)/2],
		"legacy.xlsx":    append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, random...),
		"text.xlsx":      []byte("Name,Kind\nA,field\n"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	enc := excelize.NewFile()
	if err := enc.SaveAs(filepath.Join(dir, "encrypted.xlsx"), excelize.Options{Password: "secret"}); err != nil {
		t.Fatal(err)
	}
	res := read(t, dir)
	want := map[string]string{
		"empty.xlsx":     "the file is empty (0 bytes)",
		"random.xlsx":    "not an .xlsx workbook",
		"truncated.xlsx": "not a readable zip package",
		"legacy.xlsx":    "legacy Excel 97-2003 (.xls)",
		"text.xlsx":      "not an .xlsx workbook",
		"encrypted.xlsx": "the workbook is encrypted",
	}
	for file, msg := range want {
		n := 0
		for _, d := range res.Diags {
			if d.File == file {
				n++
				if d.Severity != diag.Error || !strings.Contains(d.Message, msg) || d.Sheet != "" {
					t.Errorf("%s: got %q, want an error on the file containing %q", file, d, msg)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: %d diagnostics, want 1:%s", file, n, dump(res.Diags))
		}
	}
	if len(res.Data.Exercises) != 1 {
		t.Errorf("the good file gave %d exercises, want 1", len(res.Data.Exercises))
	}
}

// rewriteZip copies a package, replacing the named part's content.
func rewriteZip(t *testing.T, src, dst, part string, edit func([]byte) []byte) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == part {
			b = edit(b)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedSheets: damage that excelize's streaming reader skips
// silently is an error, and the sheet gives no records at all.
func TestDamagedSheets(t *testing.T) {
	src := t.TempDir()
	var rows [][]any
	rows = append(rows, exerciseHeader)
	for i := 0; i < 40; i++ {
		rows = append(rows, exerciseRow(map[int]any{0: "E" + string(rune('A'+i%26)) + string(rune('a'+i/26))}))
	}
	orig := writeBook(t, src, "orig.xlsx", sheet{name: "Exercises", rows: rows})
	cases := []struct {
		name string
		part string
		edit func([]byte) []byte
		cell string // a row (14:14) for a damaged sheet, found at that row
		want string
	}{
		{"truncated", "xl/worksheets/sheet1.xml", func(b []byte) []byte { return b[:len(b)/2] }, "22:22", "damaged near row 22"},
		{"truncated-at-row-end", "xl/worksheets/sheet1.xml", func(b []byte) []byte {
			return b[:bytes.Index(b, []byte(`<row r="30"`))]
		}, "30:30", "truncated after row 29"},
		{"garbage", "xl/worksheets/sheet1.xml", func(b []byte) []byte {
			i := bytes.Index(b, []byte(`<row r="20"`))
			return append(append(append([]byte{}, b[:i]...), []byte("<<garbage&&")...), b[i:]...)
		}, "20:20", "damaged near row 20"},
		{"sst-range", "xl/worksheets/sheet1.xml", func(b []byte) []byte {
			return bytes.Replace(b, []byte(`<c r="F10" t="s"><v>`), []byte(`<c r="F10" t="s"><v>99999`), 1)
		}, "F10", "shared-string index"},
		{"formula-no-value", "xl/worksheets/sheet1.xml", func(b []byte) []byte {
			i := bytes.Index(b, []byte(`<c r="K12"`))
			j := i + bytes.Index(b[i:], []byte("</c>")) + 4
			return append(append(append([]byte{}, b[:i]...), []byte(`<c r="K12"><f>SUM(K2:K11)</f></c>`)...), b[j:]...)
		}, "K12", "formula without a cached value"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			rewriteZip(t, orig, filepath.Join(dir, "d.xlsx"), c.part, c.edit)
			res := read(t, dir)
			loc := "d.xlsx:Exercises!" + c.cell
			if !findDiag(res.Diags, loc, diag.Error, c.want) {
				t.Errorf("no error at %s containing %q; got:%s", loc, c.want, dump(res.Diags))
			}
			damaged := strings.Contains(c.cell, ":")
			if damaged {
				// The damage's row is the diagnostic's, a field, not only
				// words in its message.
				row, _, _ := strings.Cut(c.cell, ":")
				for _, d := range res.Diags {
					if strings.Contains(d.Message, c.want) && (strconv.Itoa(d.Row) != row || d.Col != 0 || !strings.HasPrefix(d.String(), loc+": error: ")) {
						t.Errorf("the damage is reported as Row %d, Col %d: %s; want row %s", d.Row, d.Col, d, row)
					}
				}
			}
			if damaged && len(res.Data.Exercises) != 0 {
				t.Errorf("a damaged sheet gave %d records; want none", len(res.Data.Exercises))
			}
			if !damaged && len(res.Data.Exercises) != 39 {
				t.Errorf("got %d records; want 39 (the bad row rejected)", len(res.Data.Exercises))
			}
		})
	}
}

// TestOtherWriters reads the committed fixtures written by openpyxl (1904
// date system) and LibreOffice (see testdata/make_fixtures.py).
func TestOtherWriters(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"openpyxl-1904.xlsx", "libreoffice.xlsx"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := read(t, dir)
	ex := res.Data.Exercises
	if len(ex) != 2 {
		t.Fatalf("got %d exercises, want 2:%s", len(ex), dump(res.Diags))
	}
	// Sorted by start date: Vostok 2012, then Sahand 2025.
	if ex[0].Name.Text != "Vostok-Antiterror-2012" || ex[0].Name.ID() != "vostok_antiterror/2012" || !ex[0].Start.Equal(day(2012, 6, 4)) || !ex[0].End.Equal(day(2012, 6, 6)) {
		t.Errorf("1904 dates wrong: %+v", ex[0])
	}
	if !reflect.DeepEqual(ex[0].Participants, []string{"KG", "KZ", "UZ"}) || ex[0].Personnel.V != 1250 || ex[0].Host != "UZ" {
		t.Errorf("openpyxl row 5 = %+v", ex[0])
	}
	if ex[1].Name.Text != "Sahand-Antiterror-2025" || ex[1].Name.ID() != "sahand_antiterror/2025" || !ex[1].Start.Equal(day(2025, 12, 1)) || !reflect.DeepEqual(ex[1].Participants, []string{"CN", "IR", "KZ", "RU"}) || ex[1].Personnel.V != 1200 {
		t.Errorf("openpyxl row 4 = %+v", ex[1])
	}
	if !findDiag(res.Diags, "openpyxl-1904.xlsx:Agreements!D3", diag.Error, "formula without a cached value") {
		t.Errorf("openpyxl formula without cached value not reported:%s", dump(res.Diags))
	}
	if len(res.Data.Agreements) != 1 || !res.Data.Agreements[0].Signed.Equal(day(2014, 11, 4)) {
		t.Errorf("agreements = %+v", res.Data.Agreements)
	}
	if !findDiag(res.Diags, "openpyxl-1904.xlsx:Exercises!3:3", diag.Notice, `unknown columns ignored: "Remarks"`) {
		t.Errorf("unknown column notice missing:%s", dump(res.Diags))
	}
	b := res.Data.Border.Reports()
	if len(b) != 2 {
		t.Fatalf("got %d border reports from LibreOffice, want 2:%s", len(b), dump(res.Diags))
	}
	// Sorted by start, operation, state: BY before KZ.
	if b[0].State != "BY" || b[0].Section != "internal" || b[0].Values.At(4) != (model.Dec{Milli: 1200000, Reported: true}) || b[0].Values.At(3).Reported {
		t.Errorf("LibreOffice BY row = %+v", b[0])
	}
	if b[1].State != "KZ" || b[1].Start != model.DateOf(day(2025, 9, 1)) || b[1].Values.At(0).Milli != 125000 || b[1].Values.At(3).Milli != 8750 {
		t.Errorf("LibreOffice KZ row = %+v", b[1])
	}
}
