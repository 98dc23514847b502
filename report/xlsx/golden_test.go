package xlsx_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/build"
	"ratsreport/report/internal/golden"
	"ratsreport/report/internal/samplebuild"
	"ratsreport/report/model"
	"ratsreport/report/summary"
	"ratsreport/report/xlsx"
)

// sample is the shipped sample's build (package samplebuild).
func sample(t *testing.T) *samplebuild.Build {
	t.Helper()
	return samplebuild.Get(t)
}

// input is the workbook renderer's input as the build makes it, over data.
func input(t *testing.T, b *samplebuild.Build, data *model.Data) xlsx.Input {
	return build.WorkbookInput(b.Inputs, data, summary.Build(b.Config, data, b.Config.Report.Year), t.TempDir())
}

// workbook is the workbook the sample's build wrote.
func workbook(t *testing.T, b *samplebuild.Build) []byte {
	t.Helper()
	name := fmt.Sprintf("ratsreport-%d.xlsx", b.Config.Report.Year)
	w, ok := b.Outputs[name]
	if !ok {
		t.Fatalf("the build wrote no %s", name)
	}
	return w
}

var goldenPath = filepath.Join("testdata", "golden", "workbook.txt")

// TestGoldenWorkbook keeps every cell of every sheet of the shipped sample's
// workbook in testdata/golden/workbook.txt, as read back with excelize:
//
//	== Sheet name (dimension) ==
//	REF TYPE VALUE [NUMBER FORMAT] =FORMULA
//
// one line per cell that holds a value or a formula, row by row. TYPE is
// the cell's OOXML type (n number, s shared string, inlineStr, str formula
// text, b, e); VALUE is the raw value as stored, text quoted as Go
// quotes it (so a non-breaking space shows as \u00a0); a number format
// other than General is shown in brackets, with the date a date format
// shows; the formula follows the value. A changed figure, formula, label
// or format shows as a line diff. After an intended change, rewrite the
// file and review it:
//
//	go test ./report/xlsx -run Golden -update
//	git diff report/xlsx/testdata/golden
//
// The inputs are a real build's: the sample is built with build.Run, the
// workbook is rendered again from the build's data, summary, diagnostics,
// texts and date, and its bytes must equal the workbook the build wrote.
func TestGoldenWorkbook(t *testing.T) {
	b := sample(t)
	pkg, err := xlsx.Render(context.Background(), input(t, b, b.Inputs.Read.Data))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(pkg, workbook(t, b)) {
		t.Fatal("the workbook rendered from the build's inputs differs from the build's: the golden would not show what a build writes")
	}
	golden.Check(t, goldenPath, dump(t, b, pkg))
}

// dump writes every cell of every sheet as text (see TestGoldenWorkbook).
// Cells and values are read with the streaming Rows iterator; the
// formula, type and style of each cell are looked up afterwards, once the
// iterator is closed (the random-access getters load the whole sheet,
// which is fine for the sample's small sheets, and must not run while
// iterating).
func dump(t *testing.T, b *samplebuild.Build, pkg []byte) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(pkg))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	fmt.Fprintf(&out, "# ratsreport-%d.xlsx of the shipped sample: every cell of every sheet.\n", b.Config.Report.Year)
	fmt.Fprintf(&out, "# Rewrite: go test ./report/xlsx -run Golden -update\n")
	formats := map[int]string{} // style ID → number format
	for _, sheet := range f.GetSheetList() {
		dim, err := f.GetSheetDimension(sheet)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&out, "== %s (%s) ==\n", sheet, dim)
		values := sheetValues(t, f, sheet)
		// The dimension bounds the cells to look at for formulas: a
		// formula cell may have no cached value ("" when its result is
		// empty text).
		maxCol := 0
		if _, last, ok := strings.Cut(dim, ":"); ok {
			if c, _, err := excelize.CellNameToCoordinates(last); err == nil {
				maxCol = c
			}
		}
		for r, row := range values {
			for c := 1; c <= max(maxCol, len(row)); c++ {
				ref, _ := excelize.CoordinatesToCellName(c, r+1)
				v := ""
				if c <= len(row) {
					v = row[c-1]
				}
				formula, err := f.GetCellFormula(sheet, ref)
				if err != nil {
					t.Fatal(err)
				}
				if v == "" && formula == "" {
					continue
				}
				out.WriteString(cellLine(t, f, formats, sheet, ref, v, formula))
			}
		}
	}
	return out.Bytes()
}

// sheetValues reads the raw values of a sheet, row by row, with the
// streaming iterator.
func sheetValues(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.Rows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var values [][]string
	for rows.Next() {
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		values = append(values, cols)
	}
	if err := rows.Error(); err != nil {
		t.Fatal(err)
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	return values
}

// cellTypes names excelize's cell types as OOXML's t attribute does; a
// cell without one is a number.
var cellTypes = map[excelize.CellType]string{
	excelize.CellTypeUnset: "n", excelize.CellTypeNumber: "n", excelize.CellTypeBool: "b",
	excelize.CellTypeDate: "d", excelize.CellTypeError: "e", excelize.CellTypeFormula: "str",
	excelize.CellTypeInlineString: "inlineStr", excelize.CellTypeSharedString: "s",
}

// builtInFormats are the built-in number formats the workbook may use.
var builtInFormats = map[int]string{0: "", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 14: "mm-dd-yy", 49: "@"}

// cellLine formats one cell.
func cellLine(t *testing.T, f *excelize.File, formats map[int]string, sheet, ref, v, formula string) string {
	t.Helper()
	ct, err := f.GetCellType(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	typ := cellTypes[ct]
	line := ref + " " + typ
	switch {
	case v == "":
	case typ == "n":
		line += " " + v
	default:
		line += " " + strconv.Quote(v)
	}
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	format, ok := formats[id]
	if !ok {
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		format, ok = builtInFormats[st.NumFmt]
		if !ok {
			format = fmt.Sprintf("numFmt %d", st.NumFmt)
		}
		if st.CustomNumFmt != nil {
			format = *st.CustomNumFmt
		}
		formats[id] = format
	}
	if format != "" && format != "@" {
		line += " [" + format + "]"
		if typ == "n" && strings.Contains(format, "yy") {
			if serial, err := strconv.ParseFloat(v, 64); err == nil {
				if d, err := excelize.ExcelDateToTime(serial, false); err == nil {
					line += " " + d.Format("2006-01-02")
				}
			}
		}
	}
	if formula != "" {
		line += " =" + formula
	}
	return line + "\n"
}

// TestGoldenWorkbookFigureChange shows that the golden comparison catches
// a changed figure: one more border violator in one report of Kazakhstan
// changes exactly the cells that hold the violators' total or
// Kazakhstan's figure, and the report's own detail row.
func TestGoldenWorkbookFigureChange(t *testing.T) {
	b := sample(t)
	pkg, err := xlsx.Render(context.Background(), input(t, b, first(samplebuild.MoreViolators(t, b.Inputs.Read.Data, b.Config.Report.Year))))
	if err != nil {
		t.Fatal(err)
	}
	got := dump(t, b, pkg)
	if err := golden.Compare(goldenPath, got); err == nil {
		t.Fatal("the golden comparison passes with a changed figure")
	} else if !strings.Contains(err.Error(), "go test -update") {
		t.Errorf("the failure does not say how to update the golden file:\n%v", err)
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	// The changed cells, as (sheet, cell, old value, new value); the rest
	// of each line (type, format, formula) must not change.
	type change struct{ what, sheet, ref, old, new string }
	wantChanges := []change{
		{"key figure", "Summary", "D17", "12870", "12871"},
		{"key figure: change", "Summary", "F17", "-510", "-509"},
		{"key figure: change, %", "Summary", "G17", "-0.0381165919282511", "-0.0380418535127055"},
		{"indicator table", "Summary", "D39", "12870", "12871"},
		{"indicator table: change", "Summary", "F39", "-510", "-509"},
		{"indicator table: change, %", "Summary", "G39", "-0.0381165919282511", "-0.0380418535127055"},
		{"detail row", "Border operations", "H65", "51", "52"},
		{"by-state row", "By state", "G3", "1966", "1967"},
		{"by-operation row", "By operation", "C2", "12870", "12871"},
		{"trend of the year", "Trends", "E21", "12870", "12871"},
	}
	removed, added := golden.Changes(want, got)
	var changes []change
	for i := range max(len(removed), len(added)) {
		if i >= len(removed) || i >= len(added) {
			t.Fatalf("%d lines removed, %d added:\n%v\n%v", len(removed), len(added), removed, added)
		}
		o, n := strings.SplitN(removed[i].Text, " ", 4), strings.SplitN(added[i].Text, " ", 4)
		if len(o) < 3 || len(n) < 3 || o[0] != n[0] || o[1] != n[1] || len(o) != len(n) || len(o) == 4 && o[3] != n[3] {
			t.Errorf("changed more than a value:\n-%s\n+%s", removed[i].Text, added[i].Text)
			continue
		}
		sheet, _, _ := strings.Cut(strings.TrimPrefix(golden.Heading(want, removed[i].N, "== "), "== "), " (")
		changes = append(changes, change{"", sheet, o[0], o[2], n[2]})
	}
	if len(changes) != len(wantChanges) {
		t.Errorf("%d cells changed, want %d: %v", len(changes), len(wantChanges), changes)
	}
	for i, w := range wantChanges {
		w.what = ""
		if i < len(changes) && changes[i] != w {
			t.Errorf("%s: changed cell %d is %v, want %v", wantChanges[i].what, i+1, changes[i], w)
		}
	}
}

// first is the first of two results.
func first[A, B any](a A, _ B) A { return a }
