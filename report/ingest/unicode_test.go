package ingest_test

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"ratsreport/report/build"
	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/internal/testtool"
	"ratsreport/report/load"
	"ratsreport/report/model"
	"ratsreport/report/schema"
)

// hazardous are ways of typing a cell so that it looks as it does but is
// other text (issue #18, item 7); the cells of the hazard workbook take
// them in turn.
var hazardous = []func(string) string{
	func(s string) string { return "\u00a0" + strings.ReplaceAll(s, " ", "\u00a0") + "\u00a0" },
	func(s string) string { return strings.ReplaceAll(s, " ", "\u202f") + "\u202f" },
	func(s string) string { return "\u2007" + strings.ReplaceAll(s, " ", "\u2007") },
	interleave("\u200b"),
	interleave("\u200c"),
	interleave("\u200d"),
	interleave("\u2060"),
	func(s string) string { return "\ufeff" + s },
	norm.NFD.String,
	func(s string) string { return "\u200e" + s + "\u200f" },
	func(s string) string { return "\u202a\u202b" + s + "\u202c\u202d\u202e" },
	func(s string) string { return "\u2066\u2067" + norm.NFD.String(s) + "\u2068\u2069" },
}

func interleave(x string) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for _, r := range s {
			b.WriteString(x)
			b.WriteRune(r)
		}
		return b.String()
	}
}

// unicodeSheets are rows of every dataset, as typed plainly. Cyrillic
// with й and ё is there for the NFD hazard, numbers with a space for the
// no-break thousands separators. The names are the registry's (in
// Russian), so that a hazard that kept a name from resolving would be a
// warning.
var unicodeSheets = []struct {
	name string
	rows [][]any
}{
	{"Учения", [][]any{
		{"Название", "Вид", "Дата начала", "Дата окончания", "Страна проведения", "Место проведения", "Государства-участники", "Наблюдатели", "Сценарий", "Угроза", "Личный состав", "Единицы техники", "Примечания"},
		{"Взаимодействие-Антитеррор-2025", "командно-штабное", "2025-09-01", "2025-09-05", "Российская Федерация", "Иссык-Кульская область", "Кыргызстан; Казахстан; Россия", "Исполком РАТС", "освобождение заложников", "вооружённое вторжение", "1 200", "40", "учения прошли успешно, ёмкость полигона"},
	}},
	{"Пограничные операции", [][]any{
		{"Операция", "Отчитывающееся государство", "Дата начала", "Дата окончания", "Участок", "Район", "Drugs seized (kg)", "Firearms seized (units)"},
		{"Солидарность-2025", "Кыргызстан", "01.09.2025", "30.09.2025", "внешний", "Баткенский район", "1 234,5", "12 000"},
		{"Солидарность-2025", "Казахстан", "01.09.2025", "30.09.2025", "внутренний", "Южный район", "7,25", "3"},
	}},
	{"Конференция", [][]any{
		{"Номер конференции", "Дата", "Город", "Страна", "Сессия", "Формат", "Тема", "Число участников", "Представленные государства", "Организации", "Число докладов"},
		{"11", "20.11.2025", "Ташкент", "Узбекистан", "Пленарное заседание", "пленарное заседание", "Новые угрозы", "1 200", "Узбекистан; Казахстан", "ООН; Интерпол", "8"},
	}},
	{"Соглашения", [][]any{
		{"Контрагент", "Тип контрагента", "Документ", "Наименование", "Статус", "Дата подписания", "Место подписания", "Направления сотрудничества", "Примечания"},
		{"УНП ООН", "международная организация", "меморандум", "О взаимопонимании", "подписан", "15.06.2025", "Вена", "наркотики; финансирование терроризма", "ёмкий"},
	}},
}

// writeUnicodeBook writes the sheets into dir/name; with hazards, every
// text cell (headers included) is typed with the next hazard.
func writeUnicodeBook(t *testing.T, dir, name string, hazards bool) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	n := 0
	for i, sh := range unicodeSheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(sh.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range sh.rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if s, ok := v.(string); ok && hazards {
					v = hazardous[n%len(hazardous)](s)
					n++
				}
				if err := f.SetCellValue(sh.name, cell, v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
}

// TestUnicodeHazards: a workbook whose every text cell is typed with a
// no-break or zero-width space, a joiner, a byte order mark, decomposed
// Cyrillic or direction marks reads as the same workbook typed plainly
// (the same records), and what a build renders from it holds no invisible
// character.
func TestUnicodeHazards(t *testing.T) {
	root := t.TempDir()
	plainDir, hazardDir := filepath.Join(root, "plain"), filepath.Join(root, "hazard")
	writeUnicodeBook(t, plainDir, "book.xlsx", false)
	writeUnicodeBook(t, hazardDir, "book.xlsx", true)

	plain := loadDir(t, plainDir)
	hazard := loadDir(t, hazardDir)
	if plain.Diags.Count(diag.Notice) != len(plain.Diags) || !reflect.DeepEqual(plain.Diags, hazard.Diags) {
		t.Fatalf("diagnostics:\n\tplain: %v\n\thazard: %v", plain.Diags, hazard.Diags)
	}
	pd, hd := records(plain.Read.Data), records(hazard.Read.Data)
	if got := len(pd.Exercises) + pd.Border.Len() + len(pd.Sessions) + len(pd.Agreements); got != 5 {
		t.Fatalf("the plain workbook gave %d records, want 5: %+v", got, pd)
	}
	if !sameRecords(pd, hd) {
		t.Errorf("records differ:\n\tplain:  %s\n\thazard: %s", dumpData(pd), dumpData(hd))
	}
	if s := dumpData(hd); invisibleIn(s) != "" {
		t.Errorf("records hold %s: %s", invisibleIn(s), s)
	}

	// Render both and compare what the outputs say.
	// The two workbooks differ in their digest and size (the annex and
	// the sources sheet show them).
	plainOut, hazardOut := buildDir(t, plain), buildDir(t, hazard)
	unhash := func(text string, in *load.Inputs) string {
		for _, f := range in.Read.Data.Sources {
			text = strings.ReplaceAll(text, f.SHA256, "<sha-256>")
			text = strings.ReplaceAll(text, f.SHA256[:12], "<sha-256>")
			text = strings.ReplaceAll(text, fmt.Sprintf("<v>%d</v>", f.Size), "<v>size</v>")
		}
		return text
	}
	for name, h := range hazardOut {
		for part, text := range h {
			if what := invisibleIn(text); what != "" {
				t.Errorf("%s (%s) holds %s", name, part, what)
			}
			if p := plainOut[name][part]; unhash(p, plain) != unhash(text, hazard) {
				t.Errorf("%s (%s) differs from the plain workbook's build", name, part)
			}
		}
	}
}

func loadDir(t *testing.T, dir string) *load.Inputs {
	t.Helper()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Dir = dir
	cfg.Sources.Patterns = []string{"*.xlsx"}
	in, err := load.Read(context.Background(), cfg, load.Options{Langs: []string{"en", "ru"}, Date: true, Fonts: true})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// records is the data without where it was read from (the two
// workbooks differ in size and hash).
func records(d *model.Data) *model.Data {
	out := *d
	out.Sources = nil
	return &out
}

// sameRecords reports whether a and b hold the same records (the border
// reports compared as read, not by their tables).
func sameRecords(a, b *model.Data) bool {
	x, y := *a, *b
	x.Border, y.Border = model.Borders{}, model.Borders{}
	return reflect.DeepEqual(x, y) && reflect.DeepEqual(a.Border.Reports(), b.Border.Reports())
}

func dumpData(d *model.Data) string {
	var b strings.Builder
	for _, e := range d.Exercises {
		fmt.Fprintf(&b, "%+v\n", e)
	}
	for _, r := range d.Border.All() {
		fmt.Fprintf(&b, "%+v %v\n", *r, r.Values.Decs())
	}
	for _, s := range d.Sessions {
		fmt.Fprintf(&b, "%+v\n", s)
	}
	for _, a := range d.Agreements {
		fmt.Fprintf(&b, "%+v\n", a)
	}
	return b.String()
}

// invisibleIn describes the first invisible character or no-break space
// of s, or returns "".
func invisibleIn(s string) string {
	for i, r := range s {
		if schema.Invisible(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f' {
			return fmt.Sprintf("%U at byte %d (…%s…)", r, i, s[max(0, i-40):min(len(s), i+40)])
		}
	}
	if !norm.NFC.IsNormalString(s) {
		return "text that is not NFC"
	}
	return ""
}

// buildDir builds the inputs' report and returns, by output, its text:
// for a PDF, each page's text (pdftotext); for the workbook, each XML
// part.
func buildDir(t *testing.T, in *load.Inputs) map[string]map[string]string {
	t.Helper()
	res, err := build.Run(context.Background(), in, build.Options{OutDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]string{}
	for _, o := range res.Outputs {
		parts := map[string]string{}
		name := filepath.Base(o.Path)
		switch filepath.Ext(o.Path) {
		case ".pdf":
			for i, p := range testtool.PageTexts(t, o.Path, false) {
				parts[fmt.Sprintf("page %d", i+1)] = p
			}
		case ".xlsx":
			zr, err := zip.OpenReader(o.Path)
			if err != nil {
				t.Fatal(err)
			}
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
				parts[f.Name] = string(b)
			}
			zr.Close()
		}
		out[name] = parts
	}
	if len(out) == 0 {
		t.Fatal("the build wrote nothing")
	}
	return out
}
