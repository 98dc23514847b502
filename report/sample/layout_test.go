package sample

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/schema"
)

// TestHandLaidWorkbook checks the one hand-laid workbook of the sample
// (2025/border-KZ.xlsx): the operation, state, dates and section merged
// over the rows they apply to, and an «Итого» row whose figures are the
// sums of the rows above.
func TestHandLaidWorkbook(t *testing.T) {
	cfg := loadConfig(t)
	dir, _ := generate(t, Options{Config: cfg})
	f, err := excelize.OpenFile(filepath.Join(dir, "2025", "border-KZ.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sh := schema.BorderSheet.RU
	rows, err := f.GetRows(sh)
	if err != nil {
		t.Fatal(err)
	}
	// Title, blank row, header, 15 data rows (13 internal, then 2
	// external), the total row.
	const first, last, totalRow = 4, 18, 19
	if len(rows) != totalRow {
		t.Fatalf("%d rows, want %d", len(rows), totalRow)
	}
	mc, err := f.GetMergeCells(sh)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range mc {
		got = append(got, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	sort.Strings(got)
	want := []string{"A1:O1", "A4:A18", "B4:B18", "C4:C18", "D4:D18", "E17:E18", "E4:E16"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("merged ranges = %q, want %q", got, want)
	}
	// Only the top cell of a range holds the value (GetCellValue would give
	// the range's value in every cell; the rows do not).
	for r := first + 1; r <= last; r++ {
		for c, v := range rows[r-1][:4] {
			if v != "" {
				t.Errorf("%s = %q inside a merged range, want empty", cell(c+1, r), v)
			}
		}
	}

	// The total row: its figures are the sums of the records (thousandths).
	p, err := newPlan(Options{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	sums := map[string]int64{}
	reported := map[string]bool{}
	for _, b := range p.books {
		if b.path != "2025/border-KZ.xlsx" {
			continue
		}
		for r := range b.sheets[0].rows {
			for _, ind := range cfg.Indicators {
				if v := r.get(ind.Key); v.set {
					sums[ind.Key] += v.n
					reported[ind.Key] = true
				}
			}
		}
	}
	total := rows[totalRow-1]
	if total[0] != "Итого" {
		t.Errorf("A%d = %q, want Итого", totalRow, total[0])
	}
	for i, ind := range cfg.Indicators {
		c := 6 + i // the indicators follow the six key columns
		got := ""
		if c < len(total) {
			got = total[c]
		}
		want := ""
		if reported[ind.Key] {
			want = fmt.Sprint(renderCell(column{kind: kindOf(ind.Decimal())}, num(sums[ind.Key]), stateBookOf("KZ").form, styles{}, cfg))
		}
		if got != want {
			t.Errorf("total of %s = %q, want %q", ind.Key, got, want)
		}
	}
}

func kindOf(decimal bool) schema.Kind {
	if decimal {
		return schema.Decimal
	}
	return schema.Integer
}

// TestLayout checks merged runs and totals on a small sheet: equal values
// in consecutive rows merge, an empty cell ends a run, a figure no row
// reports stays empty in the total.
func TestLayout(t *testing.T) {
	cfg := loadConfig(t)
	d := func(day int) val { return dateVal(time.Date(2025, 9, day, 0, 0, 0, 0, time.UTC)) }
	rec := func(op, sec, area string, start int, violators val) row {
		return row{rec: &record{ds: schema.Border, year: 2025, vals: map[string]val{
			"operation": text(op), "state": text("KZ"), "start": d(start), "end": d(30),
			"section": text(sec), "area": text(area), "violators": violators, "drugs": num(1500),
		}}}
	}
	b := &book{path: "t.xlsx", form: form{lang: "ru", dates: excelDMY, countries: name, decComma: true}, date: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		sheets: []*sheet{{ds: schema.Border, merge: []string{"operation", "start", "section"}, total: "Итого", rows: rowsOf([]row{
			rec("Solidarity-2025", "internal", "a", 1, num(3)),
			rec("Solidarity-2025", "internal", "b", 1, val{}),
			rec("Solidarity-2025", "", "c", 2, num(4)),
			rec("Solidarity-2025", "internal", "d", 2, val{}),
			rec("Other-2025", "internal", "e", 2, val{}),
		})}}}
	data, err := renderBook(b, cfg)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sh := schema.BorderSheet.RU
	mc, err := f.GetMergeCells(sh)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range mc {
		got = append(got, m.GetStartAxis()+":"+m.GetEndAxis()+"="+m.GetCellValue())
	}
	sort.Strings(got)
	want := []string{"A2:A5=Solidarity-2025", "C2:C3=01.09.2025", "C4:C6=02.09.2025", "E2:E3=внутренний", "E5:E6=внутренний"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("merged ranges = %q, want %q", got, want)
	}
	rows, err := f.GetRows(sh)
	if err != nil {
		t.Fatal(err)
	}
	total := rows[len(rows)-1]
	if total[0] != "Итого" || total[6] != "7" || total[9] != "7,5" {
		t.Errorf("total row = %q, want Итого, 7 violators, 7,5 kg of drugs", total)
	}
	for i, v := range total[1:] {
		if c := i + 1; c != 6 && c != 9 && v != "" {
			t.Errorf("total row column %d = %q, want empty (not reported, or not a figure)", c+1, v)
		}
	}
}
