package ingest

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/diag"
	"ratsreport/report/model"
)

// laidOut is a border sheet as a clerk lays it out: rows of cells (text
// or numbers), merged ranges, hidden rows and columns.
type laidOut struct {
	rows       [][]any
	merges     []string // such as "A3:A5"
	hiddenRows []int
	hiddenCols []string
}

// writeLaidOut writes a "Border operations" sheet with excelize.
func writeLaidOut(t *testing.T, dir, name string, l laidOut) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const sh = "Border operations"
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		t.Fatal(err)
	}
	for r, row := range l.rows {
		for c, v := range row {
			if v == nil {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellValue(sh, ref, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, m := range l.merges {
		a, b, _ := strings.Cut(m, ":")
		if err := f.MergeCell(sh, a, b); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range l.hiddenRows {
		if err := f.SetRowVisible(sh, r, false); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range l.hiddenCols {
		if err := f.SetColVisible(sh, c, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
}

// borderHead is a border header with three indicators: columns G, H, I.
var borderHead = []any{"Operation", "Reporting state", "Start date", "End date", "Section", "Area",
	"Border violators detained (persons)", "Drugs seized (kg)", "Firearms seized (units)"}

// brow is a border data row.
func brow(op, state, area string, violators, drugs, firearms any) []any {
	return []any{op, state, "2025-09-01", "2025-09-30", "external", area, violators, drugs, firearms}
}

// dated is a border row whose start date is a date cell (an Excel
// serial with a date format), as a clerk's spreadsheet stores it.
func dated(row []any) []any {
	row[2] = time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)
	return row
}

// figures sums the violators detained over the border records read.
func violators(d *model.Data) (n int64) {
	for _, b := range d.Border.All() {
		n += b.Values.At(0).Milli / 1000
	}
	return n
}

func areas(d *model.Data) []string {
	var out []string
	for _, b := range d.Border.All() {
		out = append(out, b.Area)
	}
	return out
}

func TestTotalRows(t *testing.T) {
	data := [][]any{
		brow("Solidarity-2025", "KZ", "North", 10, "1,5", 1),
		brow("Solidarity-2025", "KZ", "South", 12, "2", 2),
		brow("Solidarity-2025", "KZ", "East", 8, nil, 0),
	}
	// The rows are 2 to 4; the total row is row 5.
	tests := []struct {
		name    string
		total   []any
		want    diag.Severity // of the diagnostic at wantAt
		wantAt  string
		message string
	}{
		{"label in the area column, keys filled", brow("Solidarity-2025", "KZ", "Итого", 30, "3,5", 3), diag.Notice, "F5", `"Итого" is a total row, not a record; its 3 figures agree with the sum of rows 2 to 4`},
		{"label in the first column, keys empty", []any{"ИТОГО:", nil, nil, nil, nil, nil, 30, "3.5", 3}, diag.Notice, "A5", "agree with the sum of rows 2 to 4"},
		{"label in a middle column, keys empty", []any{nil, nil, nil, nil, nil, "Total", 30, nil, nil}, diag.Notice, "F5", "its figure agrees"},
		{"Chinese label", []any{"合计", nil, nil, nil, nil, nil, 30}, diag.Notice, "A5", "agrees"},
		{"label with a qualifier", []any{nil, nil, nil, nil, nil, "Всего по участку", 30}, diag.Notice, "F5", "agrees"},
		{"wrong total", brow("Solidarity-2025", "KZ", "Итого", 31, "3,5", 3), diag.Warning, "G5", `Border violators detained (persons): the sheet's own total is 31; its rows 2 to 4 add up to 30 (the total row "Итого" is not a record)`},
		{"wrong decimal total", []any{"Total", nil, nil, nil, nil, nil, 30, "3,25"}, diag.Warning, "H5", "the sheet's own total is 3.25; its rows 2 to 4 add up to 3.5"},
		{"total without figures", []any{"Итого"}, diag.Notice, "A5", "it has no figure to check"},
		{"breakdown line", []any{"в т.ч.", nil, nil, nil, nil, nil, 10}, diag.Notice, "A5", "breakdown line"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			rows := append([][]any{borderHead}, data...)
			rows = append(rows, tc.total)
			writeLaidOut(t, dir, "b.xlsx", laidOut{rows: rows})
			res := read(t, dir)
			if n := res.Diags.Count(diag.Error); n != 0 {
				t.Fatalf("errors:%s", dump(res.Diags))
			}
			if got := res.Data.Border.Len(); got != 3 {
				t.Fatalf("%d records, want 3 (the total row is never one):%s", got, dump(res.Diags))
			}
			if got := violators(res.Data); got != 30 {
				t.Errorf("violators = %d, want 30", got)
			}
			if !findDiag(res.Diags, "b.xlsx:Border operations!"+tc.wantAt, tc.want, tc.message) {
				t.Errorf("want a %v at %s saying %q; got:%s", tc.want, tc.wantAt, tc.message, dump(res.Diags))
			}
			if tc.want == diag.Notice && res.Diags.Count(diag.Warning) != 0 {
				t.Errorf("warnings:%s", dump(res.Diags))
			}
			if sh := res.Data.Sources[0].Sheets[0]; sh.Rows != 3 || sh.Records != 3 {
				t.Errorf("audit %+v; want 3 rows, 3 records", sh)
			}
		})
	}
}

// TestSubtotals checks each subtotal against the rows since the previous
// one, and the grand total against the whole table.
func TestSubtotals(t *testing.T) {
	dir := t.TempDir()
	writeLaidOut(t, dir, "b.xlsx", laidOut{rows: [][]any{
		borderHead,
		brow("Solidarity-2025", "KZ", "North", 10, nil, nil),
		brow("Solidarity-2025", "KZ", "South", 12, nil, nil),
		{"Итого по участку А", nil, nil, nil, nil, nil, 22},
		brow("Solidarity-2025", "KG", "East", 8, nil, nil),
		{"Subtotal", nil, nil, nil, nil, nil, 9},
		{"Grand total", nil, nil, nil, nil, nil, 30},
		brow("Solidarity-2025", "KG", "West", 1, nil, nil),
		{"Total", nil, nil, nil, nil, nil, 31},
	}})
	res := read(t, dir)
	if got := res.Data.Border.Len(); got != 4 {
		t.Fatalf("%d records, want 4:%s", got, dump(res.Diags))
	}
	for _, want := range []struct {
		cell string
		sev  diag.Severity
		msg  string
	}{
		{"A4", diag.Notice, "sum of rows 2 to 3"},
		{"G6", diag.Warning, "the sheet's own total is 9; its rows 5 add up to 8"},
		{"A7", diag.Notice, "sum of rows 2 to 5"},
		{"A9", diag.Notice, "sum of rows 8"},
	} {
		if !findDiag(res.Diags, "b.xlsx:Border operations!"+want.cell, want.sev, want.msg) {
			t.Errorf("want a %v at %s saying %q; got:%s", want.sev, want.cell, want.msg, dump(res.Diags))
		}
	}
	if n := res.Diags.Count(diag.Warning); n != 1 {
		t.Errorf("%d warnings, want 1:%s", n, dump(res.Diags))
	}
}

func TestMergedKeys(t *testing.T) {
	dir := t.TempDir()
	writeLaidOut(t, dir, "b.xlsx", laidOut{
		rows: [][]any{
			borderHead,
			dated(brow("Solidarity-2025", "KZ", "North", 10, nil, nil)),
			{nil, nil, nil, nil, nil, "South", 12},
			{nil, nil, nil, nil, nil, "East", 8},
			brow("Solidarity-2025", "KG", "West", 5, nil, nil),
			{nil, "", nil, nil, nil, "Osh", 6},
			{nil, nil, nil, nil, nil, "Итого", 41},
		},
		merges: []string{"A2:A7", "B2:B4", "C2:C6", "D2:D6", "E2:E6", "B5:B6"},
	})
	res := read(t, dir)
	if got := res.Data.Border.Len(); got != 5 {
		t.Fatalf("%d records, want 5:%s", got, dump(res.Diags))
	}
	if n := res.Diags.Count(diag.Error); n != 0 {
		t.Fatalf("errors:%s", dump(res.Diags))
	}
	for _, b := range res.Data.Border.All() {
		wantState := "KZ"
		if b.Area == "West" || b.Area == "Osh" {
			wantState = "KG"
		}
		if b.Operation.Text != "Solidarity-2025" || b.Operation.ID() != "solidarity/2025" || b.State != wantState || b.Section != "external" || b.Start.String() != "2025-09-01" {
			t.Errorf("record of %s: %+v", b.Area, b)
		}
	}
	if !findDiag(res.Diags, "b.xlsx:Border operations!A2", diag.Notice, `the cells A2:A7 are merged: "Solidarity-2025", the value of A2, is read in each of rows 2 to 7`) {
		t.Errorf("no notice for A2:A7:%s", dump(res.Diags))
	}
	if n := res.Diags.Count(diag.Notice); n < 6 {
		t.Errorf("%d notices, want one per merged range (6) and the total's:%s", n, dump(res.Diags))
	}
	if !findDiag(res.Diags, "b.xlsx:Border operations!C2", diag.Notice, `the cells C2:C6 are merged: "2025-09-01", the value of C2`) {
		t.Errorf("the merged date is not shown as a date:%s", dump(res.Diags))
	}
	if !findDiag(res.Diags, "b.xlsx:Border operations!F7", diag.Notice, "agrees with the sum of rows 2 to 6") {
		t.Errorf("the total in a merged table is not checked:%s", dump(res.Diags))
	}
}

// TestMergedRangeNamed: a diagnostic at a cell inside a merged range
// names the range.
func TestMergedRangeNamed(t *testing.T) {
	dir := t.TempDir()
	writeLaidOut(t, dir, "b.xlsx", laidOut{
		rows: [][]any{
			borderHead,
			{"Solidarity-2025", nil, "2025-09-01", "2025-09-30", "external", "North", 1},
			{nil, nil, nil, nil, nil, "South", 2},
		},
		merges: []string{"A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3"},
	})
	res := read(t, dir)
	if !findDiag(res.Diags, "b.xlsx:Border operations!B3", diag.Error, "Reporting state: required value missing (the cell is part of the merged range B2:B3, whose value is that of B2)") {
		t.Errorf("the error does not name the merged range:%s", dump(res.Diags))
	}
}

func TestTwoRowHeader(t *testing.T) {
	dir := t.TempDir()
	writeLaidOut(t, dir, "b.xlsx", laidOut{
		rows: [][]any{
			{"Пограничные операции 2025"},
			{"Операция", "Отчитывающееся государство", "Дата начала", "Дата окончания", "Участок", "Район", "Задержано нарушителей границы (чел.)", "Изъято", nil},
			{nil, nil, nil, nil, nil, nil, nil, "наркотиков, кг", "огнестрельного оружия (ед.)"},
			{"Solidarity-2025", "KZ", "2025-09-01", "2025-09-30", "external", "North", 10, "1,5", 2},
		},
		merges: []string{"A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:I2"},
	})
	res := read(t, dir)
	if n := res.Diags.Count(diag.Error); n != 0 || res.Data.Border.Len() != 1 {
		t.Fatalf("%d records:%s", res.Data.Border.Len(), dump(res.Diags))
	}
	v := res.Data.Border.At(0).Values
	if v.At(0).Milli != 10000 || v.At(3).Milli != 1500 || v.At(4).Milli != 2000 {
		t.Errorf("violators %v, drugs %v, firearms %v; want 10, 1.5, 2", v.At(0), v.At(3), v.At(4))
	}
	for _, d := range res.Diags {
		if strings.Contains(d.Message, "unknown columns") || strings.Contains(d.Message, "merged") && d.Row <= 3 {
			t.Errorf("header: %s", d)
		}
	}
}

func TestHiddenRowsAndColumns(t *testing.T) {
	dir := t.TempDir()
	writeLaidOut(t, dir, "b.xlsx", laidOut{
		rows: [][]any{
			borderHead,
			brow("Solidarity-2025", "KZ", "North", 10, nil, nil),
			brow("Solidarity-2025", "KZ", "South", 12, nil, nil),
			brow("Solidarity-2025", "KZ", "East", 8, nil, nil),
			brow("Solidarity-2025", "KZ", "West", 8, nil, nil),
		},
		hiddenRows: []int{3, 4},
		hiddenCols: []string{"F", "Z"},
	})
	res := read(t, dir)
	if res.Data.Border.Len() != 4 {
		t.Fatalf("%d records, want 4 (hidden rows are read)", res.Data.Border.Len())
	}
	want := "the table has hidden column F and 2 hidden rows (3–4), read like the others"
	if !findDiag(res.Diags, "b.xlsx:Border operations", diag.Warning, want) || res.Diags.Count(diag.Warning) != 1 {
		t.Errorf("want one warning %q:%s", want, dump(res.Diags))
	}
}

func TestFootnotes(t *testing.T) {
	dir := t.TempDir()
	writeLaidOut(t, dir, "b.xlsx", laidOut{rows: [][]any{
		borderHead,
		brow("Solidarity-2025", "KZ", "North", 10, nil, nil),
		brow("Solidarity-2025", "KZ", "South", 12, nil, nil),
		{"Итого", nil, nil, nil, nil, nil, 22},
		{},
		{"* предварительные данные"},
		{nil, nil, "Source: border service"},
	}})
	res := read(t, dir)
	if n := res.Diags.Count(diag.Error); n != 0 || res.Data.Border.Len() != 2 {
		t.Fatalf("%d records:%s", res.Data.Border.Len(), dump(res.Diags))
	}
	if !findDiag(res.Diags, "b.xlsx:Border operations!A6", diag.Notice, `footnote below the table, not a record: "* предварительные данные"`) {
		t.Errorf("no footnote notice:%s", dump(res.Diags))
	}
	got := res.Data.Sources[0].Sheets[0].Footnotes
	if strings.Join(got, "|") != "* предварительные данные|Source: border service" {
		t.Errorf("footnotes in the audit: %q", got)
	}
}

// TestOneCellRowBetweenData: a row with one text cell followed by data
// rows is no footnote: it is read as the data row it is.
func TestOneCellRowBetweenData(t *testing.T) {
	dir := t.TempDir()
	writeLaidOut(t, dir, "b.xlsx", laidOut{rows: [][]any{
		borderHead,
		brow("Solidarity-2025", "KZ", "North", 10, nil, nil),
		{"Solidarity-2025"},
		brow("Solidarity-2025", "KZ", "South", 12, nil, nil),
	}})
	res := read(t, dir)
	if !findDiag(res.Diags, "b.xlsx:Border operations!B3", diag.Error, "required value missing") {
		t.Errorf("the one-cell row between data rows is not read as data:%s", dump(res.Diags))
	}
	if len(res.Data.Sources[0].Sheets[0].Footnotes) != 0 {
		t.Error("a row between data rows was taken for a footnote")
	}
}

func TestUnitsInCells(t *testing.T) {
	dir := t.TempDir()
	writeLaidOut(t, dir, "b.xlsx", laidOut{rows: [][]any{
		borderHead,
		brow("Solidarity-2025", "KZ", "North", "12 чел.", "116,69 кг", "5 ед."),
		brow("Solidarity-2025", "KZ", "South", "3 persons", "2 KG", "1 unit"),
		brow("Solidarity-2025", "KZ", "East", "1人", "1 千克", "2 支"),
		brow("Solidarity-2025", "KZ", "West", 1, "116 г", nil),
		{"Итого", nil, nil, nil, nil, nil, "17 чел."},
	}})
	res := read(t, dir)
	if res.Data.Border.Len() != 3 {
		t.Fatalf("%d records, want 3:%s", res.Data.Border.Len(), dump(res.Diags))
	}
	var v model.Figures
	for _, b := range res.Data.Border.All() {
		if b.Area == "North" {
			v = b.Values
		}
	}
	if v.At(0).Milli != 12000 || v.At(3).Milli != 116690 || v.At(4).Milli != 5000 {
		t.Errorf("North: %v %v %v", v.At(0), v.At(3), v.At(4))
	}
	if !findDiag(res.Diags, "b.xlsx:Border operations!H5", diag.Error, `Drugs seized (kg): "116 г" is in г; expected a figure in kg, the column's unit`) {
		t.Errorf("a different unit is not an error:%s", dump(res.Diags))
	}
	if !findDiag(res.Diags, "b.xlsx:Border operations", diag.Notice, "10 figures typed with the column's unit (the first in G2); the unit was dropped") {
		t.Errorf("want one notice for the sheet:%s", dump(res.Diags))
	}
	if !findDiag(res.Diags, "b.xlsx:Border operations!A6", diag.Notice, "agrees") {
		t.Errorf("a total with a unit is not checked:%s", dump(res.Diags))
	}
}

// TestLayoutOtherWriters reads the fixtures written by openpyxl and by
// LibreOffice (make_fixtures.py), which store merges and hidden rows
// their own way.
func TestLayoutOtherWriters(t *testing.T) {
	for _, name := range []string{"openpyxl.xlsx", "libreoffice.xlsx"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			b, err := os.ReadFile(filepath.Join("testdata", "layout", name))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
			res := read(t, dir)
			loc := name + ":Пограничные операции"
			if n := res.Diags.Count(diag.Error); n != 0 {
				t.Fatalf("errors:%s", dump(res.Diags))
			}
			got := areas(res.Data)
			slices.Sort(got)
			if got := strings.Join(got, ","); got != "Восточный,Ошский,Северный,Южный" {
				t.Errorf("areas %s:%s", got, dump(res.Diags))
			}
			for _, b := range res.Data.Border.All() {
				if b.Operation.Text != "Solidarity-2025" || b.Operation.ID() != "solidarity/2025" || b.Section != "external" || b.State == "" {
					t.Errorf("record of %s: %+v", b.Area, b)
				}
			}
			if got := violators(res.Data); got != 30 {
				t.Errorf("violators = %d, want 30", got)
			}
			if d := res.Data.Border.At(0).Values.At(3); d.Milli != 1500 {
				t.Errorf("drugs (two-row header) = %v, want 1.5", d)
			}
			for _, want := range []struct {
				at  string
				sev diag.Severity
				msg string
			}{
				{"!A4", diag.Notice, "the cells A4:A7 are merged"},
				{"!F8", diag.Notice, `"Итого" is a total row, not a record; its figure agrees with the sum of rows 4 to 7`},
				{"!G9", diag.Warning, "the sheet's own total is 31; its rows 4 to 7 add up to 30"},
				{"", diag.Warning, "2 hidden rows (6–7)"},
				{"!A11", diag.Notice, `footnote below the table, not a record: "* предварительные данные"`},
			} {
				if !findDiag(res.Diags, loc+want.at, want.sev, want.msg) {
					t.Errorf("want a %v at %s saying %q:%s", want.sev, want.at, want.msg, dump(res.Diags))
				}
			}
		})
	}
}

// TestMergedHeaderOneRow: a header with a merged cell but no second row
// is a one-row header; the first data row is read, with its merged ranges
// noted.
func TestMergedHeaderOneRow(t *testing.T) {
	dir := t.TempDir()
	head := append(append([]any{}, borderHead...), "Notes", nil)
	writeLaidOut(t, dir, "b.xlsx", laidOut{
		rows: [][]any{
			head,
			brow("Solidarity-2025", "KZ", "North", 10, nil, nil),
			{nil, nil, nil, nil, nil, "South", 12},
		},
		merges: []string{"J1:K1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3"},
	})
	res := read(t, dir)
	if n := res.Diags.Count(diag.Error); n != 0 || res.Data.Border.Len() != 2 {
		t.Fatalf("%d records:%s", res.Data.Border.Len(), dump(res.Diags))
	}
	if !findDiag(res.Diags, "b.xlsx:Border operations!A2", diag.Notice, "the cells A2:A3 are merged") {
		t.Errorf("no notice for A2:A3:%s", dump(res.Diags))
	}
}

// BenchmarkLayoutFastPath measures what the layout rules add to each
// data row of a plain table: the total-label test and the footnote test.
func BenchmarkLayoutFastPath(b *testing.B) {
	s := &sheetReader{cols: map[int]colRef{}}
	rows := [][]string{
		{"Solidarity-2025", "KZ", "45901", "45930", "external", "Алматинская область", "125", "8.75", "3", "", "1200"},
		{"Солидарность-2025", "Казахстан", "45901", "45930", "внешний", "Восточный участок", "0", "", "1", "4", "7"},
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cells := rows[i&1]
		if _, _, k := s.rowLabel(cells); k != notLabel {
			b.Fatal("label")
		}
		if c, _ := s.footnoteText(cells); c != 0 {
			b.Fatal("footnote")
		}
	}
}

// TestMergedFigure: a figure merged down over several rows is counted
// once, with a warning, never once per row.
func TestMergedFigure(t *testing.T) {
	dir := t.TempDir()
	writeLaidOut(t, dir, "b.xlsx", laidOut{
		rows: [][]any{
			borderHead,
			brow("Solidarity-2025", "KZ", "North", 30, nil, nil),
			brow("Solidarity-2025", "KZ", "South", nil, nil, nil),
		},
		merges: []string{"G2:G3"},
	})
	res := read(t, dir)
	if got := violators(res.Data); got != 30 || res.Data.Border.Len() != 2 {
		t.Errorf("violators = %d in %d records, want 30 in 2", got, res.Data.Border.Len())
	}
	if !findDiag(res.Diags, "b.xlsx:Border operations!G2", diag.Warning, `the cells G2:G3 are merged: the figure "30" is counted once, in row 2`) {
		t.Errorf("no warning:%s", dump(res.Diags))
	}
}

// TestOverlappingMerges: a sheet whose merged ranges overlap by the
// thousand (a damaged or hostile file) is read with bounded work per row
// and a warning.
func TestOverlappingMerges(t *testing.T) {
	dir := t.TempDir()
	var merges []string
	for i := 0; i < maxActiveMerges+10; i++ {
		merges = append(merges, "A2:B5")
	}
	writeLaidOut(t, dir, "b.xlsx", laidOut{rows: [][]any{borderHead, brow("Solidarity-2025", "KZ", "North", 1, nil, nil)}})
	// excelize refuses overlapping merges: write them into the part.
	src := filepath.Join(dir, "b.xlsx")
	dst := filepath.Join(dir, "c.xlsx")
	rewriteZip(t, src, dst, "xl/worksheets/sheet1.xml", func(b []byte) []byte {
		var m strings.Builder
		m.WriteString("<mergeCells>")
		for _, r := range merges {
			m.WriteString(`<mergeCell ref="` + r + `"/>`)
		}
		m.WriteString("</mergeCells>")
		return []byte(strings.Replace(string(b), "</sheetData>", "</sheetData>"+m.String(), 1))
	})
	if err := os.Remove(src); err != nil {
		t.Fatal(err)
	}
	res := read(t, dir)
	if !findDiag(res.Diags, "c.xlsx:Border operations!A2", diag.Warning, "more than 1024 merged ranges overlap row 2") {
		t.Errorf("no warning:%s", dump(res.Diags))
	}
}

// TestLayoutNoLoss: forms a review found that lost records or counted a
// total as one. Each table has two data rows of 10 and 20 violators.
func TestLayoutNoLoss(t *testing.T) {
	h := borderHead
	d1 := brow("Solidarity-2025", "KZ", "North", 10, "1,5", 1)
	d2 := brow("Solidarity-2025", "KZ", "South", 20, "2", 2)
	total := func(label string) []any { return brow("Solidarity-2025", "KZ", label, 30, "3,5", 3) }
	withComment := append(append([]any{}, h...), "Комментарий")
	tests := []struct {
		name    string
		table   laidOut
		warning string // a warning that must be given, if any
	}{
		{"Общий итог, as a Russian pivot table writes it", laidOut{rows: [][]any{h, d1, d2, total("Общий итог")}}, ""},
		{"a long qualifier", laidOut{rows: [][]any{h, d1, d2, total("Итого по Республике Казахстан за 9 месяцев 2025 года")}}, ""},
		{"a no-break space before the label", laidOut{rows: [][]any{h, d1, d2, total("\u00a0Итого")}}, ""},
		{"a zero-width space before the label", laidOut{rows: [][]any{h, d1, d2, total("\u200bИтого")}}, ""},
		{"the label in quotes", laidOut{rows: [][]any{h, d1, d2, total("«Итого»")}}, ""},
		{"a comment column saying в т.ч.", laidOut{rows: [][]any{withComment, append(append([]any{}, d1...), "в т.ч. 2 гражданина КГ"), d2}}, ""},
		{"a comment column saying всего", laidOut{rows: [][]any{withComment, append(append([]any{}, d1...), "всего задержано 10 человек"), d2}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeLaidOut(t, dir, "b.xlsx", tt.table)
			res := read(t, dir)
			if got := res.Data.Border.Len(); got != 2 || violators(res.Data) != 30 {
				t.Fatalf("%d records, %d violators; want 2 and 30:%s", got, violators(res.Data), dump(res.Diags))
			}
			for _, b := range res.Data.Border.All() {
				if b.Area != "North" && b.Area != "South" {
					t.Errorf("a record of area %q", b.Area)
				}
			}
			if tt.warning != "" && !strings.Contains(dump(res.Diags), tt.warning) {
				t.Errorf("no warning %q:%s", tt.warning, dump(res.Diags))
			}
		})
	}
	// A data row whose name begins with a total's word, first in its
	// table, cannot be told from a total: it is not counted, but it is a
	// warning that says what to do, never a silent notice.
	dir := t.TempDir()
	writeLaidOut(t, dir, "b.xlsx", laidOut{rows: [][]any{h, brow("Total Shield-2025", "KZ", "North", 10, "1,5", 1), d2}})
	res := read(t, dir)
	if !findDiag(res.Diags, "b.xlsx:Border operations!A2", diag.Warning, "no data rows come before it") {
		t.Errorf("no warning for a total before any data row:%s", dump(res.Diags))
	}
}

// TestHeaderMergedOverData: a header cell merged down into the data rows
// gives them nothing: the range starts in the header, so its text is a
// column's name, never a value. The rows it covers are read as empty,
// and the range is a warning.
func TestHeaderMergedOverData(t *testing.T) {
	t.Run("one-row header", func(t *testing.T) {
		dir := t.TempDir()
		writeLaidOut(t, dir, "b.xlsx", laidOut{
			rows: [][]any{
				{"Пограничные операции 2025"},
				{},
				borderHead,
				brow("", "KZ", "North", 10, nil, nil),
				brow("", "KZ", "South", 12, nil, nil),
				brow("", "KZ", "East", 8, nil, nil),
			},
			merges: []string{"A3:A6"},
		})
		res := read(t, dir)
		for _, b := range res.Data.Border.All() {
			t.Errorf("a record of operation %q from row %d: the header's text was read as a value", b.Operation.Text, b.Origin.Row)
		}
		for _, cell := range []string{"A4", "A5", "A6"} {
			if !findDiag(res.Diags, "b.xlsx:Border operations!"+cell, diag.Error, "Operation: required value missing") {
				t.Errorf("no error at %s:%s", cell, dump(res.Diags))
			}
		}
		if !findDiag(res.Diags, "b.xlsx:Border operations!A3", diag.Warning, `the cells A3:A6 are merged: the header "Operation" of A3 reaches down over rows 4 to 6, which are data rows`) {
			t.Errorf("no warning at the range:%s", dump(res.Diags))
		}
	})
	t.Run("two-row header", func(t *testing.T) {
		dir := t.TempDir()
		writeLaidOut(t, dir, "b.xlsx", laidOut{
			rows: [][]any{
				{"Операция", "Отчитывающееся государство", "Дата начала", "Дата окончания", "Участок", "Район", "Задержано нарушителей границы (чел.)", "Изъято", nil},
				{nil, nil, nil, nil, nil, nil, nil, "наркотиков, кг", "огнестрельного оружия (ед.)"},
				{nil, "KZ", "2025-09-01", "2025-09-30", "external", "North", 10, "1,5", 2},
				{nil, "KZ", "2025-09-01", "2025-09-30", "external", "South", 20, "2", 1},
			},
			merges: []string{"A1:A4", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:I1"},
		})
		res := read(t, dir)
		if res.Data.Border.Len() != 0 {
			t.Errorf("%d records from rows whose operation is the header's merged cell", res.Data.Border.Len())
		}
		if !findDiag(res.Diags, "b.xlsx:Border operations!A3", diag.Error, "Операция: required value missing") {
			t.Errorf("no error at A3:%s", dump(res.Diags))
		}
		if strings.Contains(dump(res.Diags), "unknown columns") {
			t.Errorf("the two-row header is not matched:%s", dump(res.Diags))
		}
		if !findDiag(res.Diags, "b.xlsx:Border operations!A1", diag.Warning, `the cells A1:A4 are merged: the header "Операция" of A1 reaches down over rows 3 to 4, which are data rows`) {
			t.Errorf("no warning at the range:%s", dump(res.Diags))
		}
		if n := res.Diags.Count(diag.Warning); n != 1 {
			t.Errorf("%d warnings, want 1 (the header ranges over header rows only are fine):%s", n, dump(res.Diags))
		}
	})
	t.Run("header range ending in the first data row", func(t *testing.T) {
		dir := t.TempDir()
		writeLaidOut(t, dir, "b.xlsx", laidOut{
			rows: [][]any{
				borderHead,
				brow("", "KZ", "North", 10, nil, nil),
			},
			merges: []string{"A1:A2"},
		})
		res := read(t, dir)
		if res.Data.Border.Len() != 0 || !findDiag(res.Diags, "b.xlsx:Border operations!A1", diag.Warning, "reaches down over row 2, which is a data row") {
			t.Errorf("%d records:%s", res.Data.Border.Len(), dump(res.Diags))
		}
	})
}

// TestOneCellLastRow: a row after the last data row with one filled cell
// is a footnote only when its text cannot be a value of its column; an
// operation's name alone is a data row with its missing values reported.
func TestOneCellLastRow(t *testing.T) {
	long := "Данные по Кыргызской Республике приведены по состоянию на 1 октября 2025 года и будут уточнены в годовом отчёте"
	tests := []struct {
		name     string
		row      []any
		footnote bool
		at       string
	}{
		{"an operation's name alone", []any{"Solidarity-2025"}, false, "B4"},
		{"a state alone", []any{nil, "KZ"}, false, "A4"},
		{"an area alone", []any{nil, nil, nil, nil, nil, "Northern section"}, false, "A4"},
		{"a figure with its unit alone", []any{nil, nil, nil, nil, nil, nil, "12 чел."}, false, "A4"},
		{"a negative in parentheses alone", []any{nil, nil, nil, nil, nil, nil, "(12)"}, false, "A4"},
		{"a star", []any{"* предварительные данные"}, true, "A4"},
		{"a remark in parentheses", []any{"(предварительные данные)"}, true, "A4"},
		{"a number in parentheses", []any{"(1) без учёта внутренних участков"}, true, "A4"},
		{"a superscript", []any{"¹ без учёта погранслужбы"}, true, "A4"},
		{"Примечание", []any{"Примечание: данные предварительные"}, true, "A4"},
		{"Note", []any{"Note. Preliminary figures"}, true, "A4"},
		{"Источник", []any{"Источник: ПС КНБ РК"}, true, "A4"},
		{"注", []any{"注：初步数据"}, true, "A4"},
		{"text in a date column", []any{nil, nil, "данные уточняются"}, true, "C4"},
		{"text in a figure column", []any{nil, nil, nil, nil, nil, nil, "нет данных"}, true, "G4"},
		{"text beside the table", []any{nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, "составил: Иванов"}, true, "K4"},
		{"a sentence longer than any name", []any{long}, true, "A4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeLaidOut(t, dir, "b.xlsx", laidOut{rows: [][]any{
				borderHead,
				brow("Solidarity-2025", "KZ", "North", 10, nil, nil),
				brow("Solidarity-2025", "KZ", "South", 12, nil, nil),
				tc.row,
			}})
			res := read(t, dir)
			notes := res.Data.Sources[0].Sheets[0].Footnotes
			if res.Data.Border.Len() != 2 {
				t.Errorf("%d records, want 2:%s", res.Data.Border.Len(), dump(res.Diags))
			}
			if tc.footnote {
				if len(notes) != 1 || !findDiag(res.Diags, "b.xlsx:Border operations!"+tc.at, diag.Notice, "footnote below the table, not a record") {
					t.Errorf("not a footnote (footnotes %q):%s", notes, dump(res.Diags))
				}
				if n := res.Diags.Count(diag.Error); n != 0 {
					t.Errorf("errors:%s", dump(res.Diags))
				}
				return
			}
			if len(notes) != 0 {
				t.Errorf("taken for a footnote: %q", notes)
			}
			if !findDiag(res.Diags, "b.xlsx:Border operations!"+tc.at, diag.Error, "required value missing") {
				t.Errorf("the row is not read as a data row:%s", dump(res.Diags))
			}
			if sh := res.Data.Sources[0].Sheets[0]; sh.Rows != 3 || sh.Rejected != 1 {
				t.Errorf("audit %+v; want 3 rows, 1 rejected", sh)
			}
		})
	}
}

// TestFootnoteNotTotal: a footnote that begins with a mark is never a
// total row, whatever words it holds.
func TestFootnoteNotTotal(t *testing.T) {
	for _, note := range []string{
		"* Итого включает данные погранслужбы…",
		"*Всего с учётом данных ПС ФСБ России",
		"¹ Total includes the figures of the border guard",
		"Примечание: итого без учёта внутренних участков",
	} {
		t.Run(note, func(t *testing.T) {
			dir := t.TempDir()
			writeLaidOut(t, dir, "b.xlsx", laidOut{rows: [][]any{
				borderHead,
				brow("Solidarity-2025", "KZ", "North", 10, nil, nil),
				brow("Solidarity-2025", "KZ", "South", 12, nil, nil),
				{"Итого", nil, nil, nil, nil, nil, 22},
				{note},
			}})
			res := read(t, dir)
			if got := res.Data.Sources[0].Sheets[0].Footnotes; len(got) != 1 || got[0] != note {
				t.Errorf("footnotes %q, want the note:%s", got, dump(res.Diags))
			}
			for _, d := range res.Diags {
				if d.Row == 5 && strings.Contains(d.Message, "total") {
					t.Errorf("the footnote is read as a total: %s", d)
				}
			}
			if n := res.Diags.Count(diag.Warning) + res.Diags.Count(diag.Error); n != 0 {
				t.Errorf("warnings or errors:%s", dump(res.Diags))
			}
		})
	}
}

func TestFootnoteStart(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"* предварительные данные", true},
		{"*Итого включает", true},
		{"¹ без учёта", true},
		{"† data", true},
		{"(1) без учёта", true},
		{"(*) оценка", true},
		{"1) без учёта", true},
		{"Примечание: данные", true},
		{"ПРИМ. данные", true},
		{"Note", true},
		{"Notes: preliminary", true},
		{"Source - border service", true},
		{"Источник: ПС КНБ", true},
		{"注：初步数据", true},
		{"资料来源：边防", true},
		{"(12)", false},
		{"12 чел.", false},
		{"1)", false},
		{"(Итого)", false},
		{"Итого", false},
		{"Notebook", false},
		{"Sourcewater", false},
		{"Solidarity-2025", false},
		{"Приморский участок", false},
	} {
		if got := footnoteStart(tc.in); got != tc.want {
			t.Errorf("footnoteStart(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// hostileBook writes a border workbook of n data rows into dir, with the
// given merged ranges written into the sheet part as they are (excelize
// refuses ranges that overlap).
func hostileBook(tb testing.TB, dir string, n int, merges []string) {
	tb.Helper()
	plain := filepath.Join(tb.TempDir(), "b.xlsx")
	if err := writeBorderBook(plain, n); err != nil {
		tb.Fatal(err)
	}
	zr, err := zip.OpenReader(plain)
	if err != nil {
		tb.Fatal(err)
	}
	defer zr.Close()
	out, err := os.Create(filepath.Join(dir, "b.xlsx"))
	if err != nil {
		tb.Fatal(err)
	}
	zw := zip.NewWriter(out)
	for _, f := range zr.File {
		b, err := readZipFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		if f.Name == "xl/worksheets/sheet1.xml" && len(merges) > 0 {
			var m strings.Builder
			fmt.Fprintf(&m, "</sheetData><mergeCells count=\"%d\">", len(merges))
			for _, r := range merges {
				m.WriteString(`<mergeCell ref="` + r + `"/>`)
			}
			m.WriteString("</mergeCells>")
			b = []byte(strings.Replace(string(b), "</sheetData>", m.String(), 1))
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write(b); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := out.Close(); err != nil {
		tb.Fatal(err)
	}
}

func readZipFile(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// hostileCase is a sheet whose merged ranges run the full height (and
// width) of the sheet, as a damaged or hostile file may have them.
type hostileCase struct {
	name   string
	merges []string
	// header says the header row is merged over the data: the rows are
	// read as empty, and give no records.
	header bool
}

var hostileMerges = func() []hostileCase {
	var everyColumn, stacked []string
	for c := 16; c <= 1000; c++ { // the table's columns are A to O
		n, _ := excelize.ColumnNumberToName(c)
		everyColumn = append(everyColumn, n+"2:"+n+"1048576")
	}
	for range 50_000 { // overlapping: Excel would refuse the file
		stacked = append(stacked, "P1:XFD1", "P2:XFD1048576")
	}
	return []hostileCase{
		{name: "A2:A1048576", merges: []string{"A2:A1048576"}},
		{name: "A1:XFD1048576", merges: []string{"A1:XFD1048576"}, header: true},
		{name: "every column beside the table full height", merges: everyColumn},
		{name: "100000 overlapping beside the table", merges: stacked},
	}
}()

// TestHostileMerges: merged ranges over the whole height of the sheet
// cost about what the same rows cost without them, in time and in
// memory allocated: the reader's work per row stays bounded by the
// table's columns, not by the ranges' size.
func TestHostileMerges(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a 10 000-row workbook several times")
	}
	const rows = 10_000
	measure := func(merges []string) (time.Duration, uint64, *Result) {
		dir := t.TempDir()
		hostileBook(t, dir, rows, merges)
		cfg := testConfig(t, dir)
		best, alloc := time.Duration(math.MaxInt64), uint64(math.MaxUint64)
		var res *Result
		for range 3 {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			r, err := Read(context.Background(), cfg, Options{})
			d := time.Since(start)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			res = r
			best, alloc = min(best, d), min(alloc, after.TotalAlloc-before.TotalAlloc)
		}
		return best, alloc, res
	}
	plainTime, plainAlloc, plain := measure(nil)
	if plain.Data.Border.Len() != rows {
		t.Fatalf("the plain workbook gave %d records", plain.Data.Border.Len())
	}
	for _, tc := range hostileMerges {
		t.Run(tc.name, func(t *testing.T) {
			d, alloc, res := measure(tc.merges)
			tr, ar := float64(d)/float64(plainTime), float64(alloc)/float64(plainAlloc)
			t.Logf("%v (%.2f× the plain workbook's %v), %d MB allocated (%.2f× its %d MB); %d records, %d diagnostics",
				d, tr, plainTime, alloc>>20, ar, plainAlloc>>20, res.Data.Border.Len(), len(res.Diags))
			// The ranges themselves are kept (100,000 of them, ~13 MB): an
			// allowance of 16 MB over the plain workbook's allocation, which
			// fell when the cells came to be taken from the strict pass.
			if tr > 3 || ar > 1.5 && alloc-plainAlloc > 16<<20 {
				t.Errorf("time %.2f×, allocation %.2f× the plain workbook's; want at most 3× (time is noisy on a loaded machine) and 1.5× or 16 MB more", tr, ar)
			}
			if tc.header {
				if res.Data.Border.Len() != 0 || !findDiag(res.Diags, "b.xlsx:Border operations!A1", diag.Warning, "reaches down over rows 2 to 1048576") {
					t.Errorf("%d records; want none, and a warning at A1", res.Data.Border.Len())
				}
				return
			}
			for _, b := range res.Data.Border.All() {
				if b.Operation.ID() != "solidarity/2025" || b.Operation.Text != "Solidarity-2025" {
					t.Fatalf("a record of operation %+v, row %d", b.Operation, b.Origin.Row)
				}
			}
		})
	}
}

// BenchmarkHostileMerges reads the workbooks of TestHostileMerges; the
// plain one is the baseline.
func BenchmarkHostileMerges(b *testing.B) {
	for _, tc := range append([]hostileCase{{name: "plain"}}, hostileMerges...) {
		b.Run(tc.name, func(b *testing.B) {
			dir := b.TempDir()
			hostileBook(b, dir, 10_000, tc.merges)
			cfg := testConfigB(b, dir)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if _, err := Read(context.Background(), cfg, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
