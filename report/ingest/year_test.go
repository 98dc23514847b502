package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"ratsreport/report/diag"
	"ratsreport/report/model"
)

var (
	onlineHeader   = []any{"Reporting state", "Period start", "Period end", "Internet resources blocked (resources)", "Materials removed (items)", "Accounts blocked (accounts)", "Requests sent to platforms (requests)", "Criminal cases opened (cases)"}
	trainingHeader = []any{"Course", "Format", "Start date", "End date", "Host country", "City", "Organiser", "Topic", "Participants", "Participating states", "Hours", "Notes"}
	meetingsHeader = []any{"Body", "Number", "Date", "City", "Country", "Chair", "Decisions adopted", "Title", "Notes"}
)

func onlineRow(over map[int]any) []any {
	r := []any{"KZ", "2025-01-01", "2025-12-31", "1 200", 35000, 410, 95, 12}
	for i, v := range over {
		r[i] = v
	}
	return r
}

func trainingRow(over map[int]any) []any {
	r := []any{"Course on digital evidence", "course", "2025-04-14", "2025-04-18", "UZ", "Tashkent", "RATS Executive Committee", "digital evidence", 30, "KZ, KG, UZ", 36, ""}
	for i, v := range over {
		r[i] = v
	}
	return r
}

func meetingRow(over map[int]any) []any {
	r := []any{"rats council", 44, "2025-09-10", "Cholpon-Ata", "KG", "KG", 12, "44th meeting of the RATS Council", ""}
	for i, v := range over {
		r[i] = v
	}
	return r
}

// TestYearDatasets: value forms (English and Russian headers and labels)
// and rejections of the Online, Training and Meetings sheets, each with
// its exact location.
func TestYearDatasets(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "year.xlsx",
		sheet{name: "Интернет", rows: [][]any{
			{"Отчитывающееся государство", "Начало периода", "Окончание периода", "Заблокировано интернет-ресурсов", "Удалено материалов", "Заблокировано аккаунтов", "Направлено запросов владельцам платформ", "Возбуждено уголовных дел"},
			{"Казахстан", "01.01.2025", "31.12.2025", "1 200", "35 000", "", 95, 0},
			{"KG", "2025-01-01", "2024-12-31", "1,5", "-3", "", "", ""},
			{"Atlantis", "", "2025-12-31", "#N/A", "", "", "", ""},
		}},
		sheet{name: "Training", rows: [][]any{trainingHeader,
			trainingRow(map[int]any{1: "семинар", 6: "Uzbekistan", 9: "KZ; KG"}),
			trainingRow(map[int]any{0: "Internship", 1: "lecture", 8: "many", 10: "2.5"}),
			trainingRow(map[int]any{0: "", 2: "2025-05-01", 3: "2025-04-01", 4: ""}),
			trainingRow(map[int]any{0: "UNODC workshop", 1: "workshop", 6: "UNODC"}),
		}},
		sheet{name: "Заседания", rows: [][]any{
			{"Орган", "Номер заседания", "Дата", "Город", "Страна", "Председатель", "Принято решений", "Наименование", "Примечания"},
			meetingRow(map[int]any{0: "Совет РАТС"}),
			meetingRow(map[int]any{0: "summit", 1: 0, 2: "2025-07-04", 5: "Narnia"}),
			meetingRow(map[int]any{0: "expert group", 1: "", 2: "", 3: ""}),
		}},
	)
	res := read(t, dir)
	wants := []struct {
		loc  string
		sev  diag.Severity
		want string
	}{
		{"year.xlsx:Интернет!C3", diag.Error, "Окончание периода: 2024-12-31 is before the start date 2025-01-01"},
		{"year.xlsx:Интернет!D3", diag.Error, `Заблокировано интернет-ресурсов: "1,5"`},
		{"year.xlsx:Интернет!E3", diag.Error, `Удалено материалов: "-3" is negative`},
		{"year.xlsx:Интернет!A4", diag.Error, "Отчитывающееся государство:"},
		{"year.xlsx:Интернет!B4", diag.Error, "Начало периода: required value missing"},
		{"year.xlsx:Интернет!D4", diag.Error, "the cell holds the error #N/A"},
		{"year.xlsx:Training!B3", diag.Error, `Format: "lecture" is not a valid value; expected one of: course, seminar, workshop, internship, online`},
		{"year.xlsx:Training!I3", diag.Error, "Participants:"},
		{"year.xlsx:Training!K3", diag.Error, `Hours: "2.5" is not a whole number`},
		{"year.xlsx:Training!A4", diag.Error, "Course: required value missing"},
		{"year.xlsx:Training!D4", diag.Error, "End date: 2025-04-01 is before the start date 2025-05-01"},
		{"year.xlsx:Training!E4", diag.Error, "Host country: required value missing"},
		{"year.xlsx:Заседания!A3", diag.Error, `Орган: "summit" is not a valid value`},
		{"year.xlsx:Заседания!B3", diag.Error, "Номер заседания: 0 is not a meeting number"},
		{"year.xlsx:Заседания!F3", diag.Error, "Председатель:"},
		{"year.xlsx:Заседания!C4", diag.Error, "Дата: required value missing"},
		{"year.xlsx:Заседания!D4", diag.Error, "Город: required value missing"},
	}
	for _, w := range wants {
		if !findDiag(res.Diags, w.loc, w.sev, w.want) {
			t.Errorf("no %v at %s containing %q", w.sev, w.loc, w.want)
		}
	}
	if n := res.Diags.Count(diag.Error); n != len(wants) {
		t.Errorf("%d errors, want %d:%s", n, len(wants), dump(res.Diags))
	}
	d := res.Data
	if len(d.Online) != 1 {
		t.Fatalf("online = %+v", d.Online)
	}
	o := d.Online[0]
	if o.State != "KZ" || o.Year() != 2025 || o.Values.String() != "[1200 35000 - 95 0]" {
		t.Errorf("online = %+v %s", o, o.Values)
	}
	if len(d.Training) != 2 {
		t.Fatalf("training = %+v", d.Training)
	}
	tr := d.Training[0]
	if tr.Format != "seminar" || tr.OrganiserState != "UZ" || tr.Organiser.Key != "" || strings.Join(tr.States, ",") != "KG,KZ" ||
		tr.Participants != (model.Int{V: 30, Reported: true}) || tr.Hours != (model.Int{V: 36, Reported: true}) {
		t.Errorf("training = %+v", tr)
	}
	if w := d.Training[1]; w.Organiser.ID() != "unodc" || w.OrganiserState != "" || w.Format != "workshop" {
		t.Errorf("training = %+v", w)
	}
	if len(d.Meetings) != 1 {
		t.Fatalf("meetings = %+v", d.Meetings)
	}
	if m := d.Meetings[0]; m.Body != "rats council" || m.Number.V != 44 || m.Chair != "KG" || m.Country != "KG" || m.Decisions.V != 12 || m.Year() != 2025 {
		t.Errorf("meeting = %+v", m)
	}
	if ys := d.Years(); len(ys) != 1 || ys[0] != 2025 {
		t.Errorf("years = %v", ys)
	}
}

// TestYearDuplicates: identical copies of online, training and meeting
// records merge (counted in the audit), a figure reported in one copy
// only is filled in with a notice, and copies that differ are an error at
// the second copy's cell naming the first's.
func TestYearDuplicates(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "a.xlsx",
		sheet{name: "Online", rows: [][]any{onlineHeader, onlineRow(nil), onlineRow(map[int]any{0: "KG", 5: ""})}},
		sheet{name: "Training", rows: [][]any{trainingHeader, trainingRow(nil)}},
		sheet{name: "Meetings", rows: [][]any{meetingsHeader, meetingRow(nil), meetingRow(map[int]any{0: "expert group", 2: "2025-03-01"})}},
	)
	writeBook(t, dir, "b.xlsx",
		sheet{name: "Online", rows: [][]any{reversed(onlineHeader), reversed(onlineRow(nil)), reversed(onlineRow(map[int]any{0: "KG", 5: 7}))}},
		sheet{name: "Training", rows: [][]any{reversed(trainingHeader), reversed(trainingRow(map[int]any{0: "course on  DIGITAL evidence"}))}},
		sheet{name: "Meetings", rows: [][]any{reversed(meetingsHeader), reversed(meetingRow(map[int]any{6: 13})), reversed(meetingRow(map[int]any{0: "Экспертная группа", 2: "2025-03-01"}))}},
	)
	res := read(t, dir)
	d := res.Data
	if len(d.Online) != 2 || len(d.Training) != 1 || len(d.Meetings) != 2 {
		t.Fatalf("records: %d online, %d training, %d meetings; want 2, 1, 2:%s", len(d.Online), len(d.Training), len(d.Meetings), dump(res.Diags))
	}
	if kg := d.Online[0]; kg.State != "KG" || kg.Values.At(2) != (model.Dec{Milli: 7000, Reported: true}) {
		t.Errorf("filled online report = %+v %s", kg, kg.Values)
	}
	if c := d.Training[0].Copies; len(c) != 1 || c[0] != (model.Origin{File: "b.xlsx", Sheet: "Training", Row: 2}) {
		t.Errorf("training copies = %+v", c)
	}
	checks := []struct {
		loc  string
		sev  diag.Severity
		want string
	}{
		{"b.xlsx:Online!3:3", diag.Notice, "taken from here: Accounts blocked (accounts) 7"},
		// Decisions adopted is column G of a.xlsx, and column C of b.xlsx (reversed).
		{"b.xlsx:Meetings!C2", diag.Error, `the meeting of the rats council of 2025-09-10 is also at a.xlsx:Meetings!G2 with different values: Decisions adopted "12" there, "13" here`},
	}
	for _, c := range checks {
		if !findDiag(res.Diags, c.loc, c.sev, c.want) {
			t.Errorf("no %v at %s containing %q; got:%s", c.sev, c.loc, c.want, dump(res.Diags))
		}
	}
	if n := res.Diags.Count(diag.Error); n != 1 {
		t.Errorf("%d errors, want 1:%s", n, dump(res.Diags))
	}
	for _, s := range res.Data.Sources {
		if s.Path != "b.xlsx" {
			continue
		}
		for _, sa := range s.Sheets {
			want := map[string][2]int{"Online": {2, 0}, "Training": {1, 0}, "Meetings": {1, 1}}[sa.Name]
			if sa.Merged != want[0] || sa.Rejected != want[1] || sa.Records != 0 {
				t.Errorf("audit of b.xlsx:%s = %+v; want %d merged, %d rejected, 0 records", sa.Name, sa, want[0], want[1])
			}
		}
	}
}

// TestYearDamagedSheets: a damaged Online, Training or Meetings sheet is
// an error at the row of the damage, and gives no record.
func TestYearDamagedSheets(t *testing.T) {
	for _, c := range []struct {
		name   string
		header []any
		row    func(i int) []any
		count  func(d *model.Data) int
	}{
		{"Online", onlineHeader, func(i int) []any { return onlineRow(map[int]any{1: dayText(i), 2: dayText(i)}) }, func(d *model.Data) int { return len(d.Online) }},
		{"Training", trainingHeader, func(i int) []any { return trainingRow(map[int]any{2: dayText(i), 3: dayText(i)}) }, func(d *model.Data) int { return len(d.Training) }},
		{"Meetings", meetingsHeader, func(i int) []any { return meetingRow(map[int]any{2: dayText(i)}) }, func(d *model.Data) int { return len(d.Meetings) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := t.TempDir()
			rows := [][]any{c.header}
			for i := range 40 {
				rows = append(rows, c.row(i))
			}
			orig := writeBook(t, src, "orig.xlsx", sheet{name: c.name, rows: rows})
			dir := t.TempDir()
			rewriteZip(t, orig, filepath.Join(dir, "d.xlsx"), "xl/worksheets/sheet1.xml", func(b []byte) []byte {
				i := bytes.Index(b, []byte(`<row r="20"`))
				return append(append(append([]byte{}, b[:i]...), []byte("<<garbage&&")...), b[i:]...)
			})
			res := read(t, dir)
			if loc := "d.xlsx:" + c.name + "!20:20"; !findDiag(res.Diags, loc, diag.Error, "damaged near row 20") {
				t.Errorf("no error at %s; got:%s", loc, dump(res.Diags))
			}
			if n := c.count(res.Data); n != 0 {
				t.Errorf("a damaged sheet gave %d records; want none", n)
			}
			// The undamaged workbook reads in full.
			res = read(t, src)
			if n := c.count(res.Data); n != 40 || res.Diags.Count(diag.Error) != 0 {
				t.Errorf("the undamaged sheet gave %d records; want 40:%s", n, dump(res.Diags))
			}
		})
	}
}

// dayText is the i-th day from 2025-01-01 as text.
func dayText(i int) string { return day(2025, 1, 1+i).Format("2006-01-02") }
