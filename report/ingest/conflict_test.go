package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/diag"
)

// TestConflictNamesTheCell: two copies of a record (same natural key, in
// two files) that differ in one field give one error, at that field's
// cell in the second copy, naming that field's cell in the first copy,
// for every dataset. The second file lays its columns out in reverse, so
// the two cells are in different columns: each copy's own column counts.
func TestConflictNamesTheCell(t *testing.T) {
	cases := []struct {
		sheet  string
		header []any
		row    []any
		col    int // index of the differing field in header
		other  any // its value in the second copy
		label  string
	}{
		{"Exercises", exerciseHeader, exerciseRow(nil), 10, 700, `Personnel "600" there, "700" here`},
		{"Exercises", exerciseHeader, exerciseRow(nil), 5, "Kostanay region", `Location "Almaty region" there, "Kostanay region" here`},
		{"Border operations",
			[]any{"Operation", "Reporting state", "Start date", "End date", "Section", "Area", "Drugs seized (kg)", "Firearms seized (units)"},
			[]any{"Solidarity-2025", "KZ", "2025-09-01", "2025-09-30", "external", "A", "12.5", "12"},
			7, "13", `Firearms seized (units) "12" there, "13" here`},
		{"Border operations",
			[]any{"Operation", "Reporting state", "Start date", "End date", "Section", "Area", "Drugs seized (kg)", "Firearms seized (units)"},
			[]any{"Solidarity-2025", "KZ", "2025-09-01", "2025-09-30", "external", "A", "12.5", "12"},
			3, "2025-09-29", `End date "2025-09-30" there, "2025-09-29" here`},
		{"Conference",
			[]any{"Edition", "Date", "City", "Country", "Session", "Format", "Theme", "Participants", "States represented", "Organisations", "Papers"},
			[]any{11, "2025-11-20", "Tashkent", "UZ", "Opening plenary", "plenary", "", 120, "UZ, KZ", "UNOCT", 8},
			2, "Samarkand", `City "Tashkent" there, "Samarkand" here`},
		{"Agreements",
			[]any{"Counterparty", "Counterparty type", "Document", "Title", "Status", "Signed date", "Place", "Areas", "Notes"},
			[]any{"UNODC", "international organisation", "memorandum", "On cooperation", "signed", "2025-06-15", "Vienna", "drugs", ""},
			6, "Tashkent", `Place "Vienna" there, "Tashkent" here`},
		{"Online", onlineHeader, onlineRow(nil), 4, 36000, `Materials removed (items) "35000" there, "36000" here`},
		{"Training", trainingHeader, trainingRow(nil), 6, "UNODC", `Organiser "rats_ec" there, "unodc" here`},
		{"Meetings", meetingsHeader, meetingRow(nil), 5, "RU", `Chair "KG" there, "RU" here`},
	}
	for _, c := range cases {
		t.Run(c.sheet+"/"+c.header[c.col].(string), func(t *testing.T) {
			dir := t.TempDir()
			writeBook(t, dir, "a.xlsx", sheet{name: c.sheet, rows: [][]any{c.header, c.row}})
			second := slices.Clone(c.row)
			second[c.col] = c.other
			writeBook(t, dir, "b.xlsx", sheet{name: c.sheet, rows: [][]any{reversed(c.header), reversed(second)}})
			res := read(t, dir)

			n := len(c.header)
			colA, colB := c.col+1, n-c.col // column numbers in a.xlsx and in b.xlsx
			cellA, _ := excelize.CoordinatesToCellName(colA, 2)
			cellB, _ := excelize.CoordinatesToCellName(colB, 2)
			errs := res.Diags.Only(diag.Error)
			if len(errs) != 1 {
				t.Fatalf("%d errors, want 1:%s", len(errs), dump(res.Diags))
			}
			d := errs[0]
			if d.File != "b.xlsx" || d.Sheet != c.sheet || d.Row != 2 || d.Col != colB {
				t.Errorf("diagnostic at %q %q row %d col %d, want b.xlsx %q row 2 col %d", d.File, d.Sheet, d.Row, d.Col, c.sheet, colB)
			}
			wantPrefix := "b.xlsx:" + c.sheet + "!" + cellB + ": error: "
			wantThere := "is also at a.xlsx:" + c.sheet + "!" + cellA + " with different values: " + c.label + "; correct one of the two"
			if s := d.String(); !strings.HasPrefix(s, wantPrefix) || !strings.Contains(s, wantThere) {
				t.Errorf("diagnostic\n\t%s\nwant it to start with %q and contain %q", s, wantPrefix, wantThere)
			}
		})
	}
}

func reversed(s []any) []any {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

// TestConflictTakesNothing: a copy that conflicts is left out whole. Its
// fields that would fill in the record's empty ones (a small figure, one
// too large for four bytes, the participating states) are not taken: the
// record reads as its first copy alone, and only the error says the copy
// exists.
func TestConflictTakesNothing(t *testing.T) {
	header := []any{"Operation", "Reporting state", "Start date", "End date", "Section", "Area", "Drugs seized (kg)", "Firearms seized (units)"}
	for _, drugs := range []string{"12.5", "3000000"} {
		t.Run(drugs, func(t *testing.T) {
			dir := t.TempDir()
			writeBook(t, dir, "a.xlsx", sheet{name: "Border operations", rows: [][]any{header,
				{"Solidarity-2025", "KZ", "2025-09-01", "2025-09-30", "external", "A", "", "12"}}})
			writeBook(t, dir, "b.xlsx", sheet{name: "Border operations", rows: [][]any{header,
				{"Solidarity-2025", "KZ", "2025-09-01", "2025-09-30", "external", "A", drugs, "13"}}})
			res := read(t, dir)
			if errs := res.Diags.Only(diag.Error); len(errs) != 1 || errs[0].File != "b.xlsx" {
				t.Fatalf("want one conflict error at b.xlsx:%s", dump(res.Diags))
			}
			if res.Data.Border.Len() != 1 {
				t.Fatalf("%d border reports, want 1", res.Data.Border.Len())
			}
			b := res.Data.Border.At(0)
			if got := b.Values.String(); strings.Count(got, "12") != 1 || strings.Contains(got, drugs) {
				t.Errorf("figures %s: the conflicting copy's drugs (%s) were taken", got, drugs)
			}
			if len(b.Copies) != 0 {
				t.Errorf("copies %v: a conflicting copy is not a copy", b.Copies)
			}
		})
	}
}
