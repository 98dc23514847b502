package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"
)

var (
	benchOnce sync.Once
	benchDir  string
	benchErr  error
)

// benchRows is the size of the generated border sheet.
const benchRows = 100_000

// benchBook writes, once per test binary, a border workbook of benchRows
// rows with every indicator column, dates as real date cells.
func benchBook(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "ratsreport-bench-")
		if benchErr != nil {
			return
		}
		benchErr = writeBorderBook(filepath.Join(benchDir, "border.xlsx"), benchRows)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDir
}

func writeBorderBook(path string, n int) error {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		return err
	}
	header := []any{"Operation", "Reporting state", "Start date", "End date", "Section", "Area",
		"Border violators detained (persons)", "Illegal migrants detained (persons)", "Wanted persons detained (persons)",
		"Drugs seized (kg)", "Firearms seized (units)", "Ammunition seized (rounds)", "Explosives seized (kg)",
		"Bladed weapons seized (units)", "Criminal cases opened (cases)"}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	states := []string{"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK", "IR", "BY"}
	for i := 0; i < n; i++ {
		day := 45900 + i%365
		row := []any{
			"Solidarity-2025", states[i%len(states)],
			excelize.Cell{StyleID: dateStyle, Value: day}, excelize.Cell{StyleID: dateStyle, Value: day},
			"external", fmt.Sprintf("Checkpoint %d", i/len(states)),
			i % 17, i % 23, i % 3, float64(i%1000) / 8, i % 2, i % 50, 0, i % 5, i % 4,
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", "Border operations"); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// BenchmarkExcelizeRows is the floor: excelize's bare row iteration over
// the same sheet, raw values, nothing else.
func BenchmarkExcelizeRows(b *testing.B) {
	p := filepath.Join(benchBook(b), "border.xlsx")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f, err := excelize.OpenFile(p)
		if err != nil {
			b.Fatal(err)
		}
		rows, err := f.Rows("Border operations")
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for rows.Next() {
			if _, err := rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
				b.Fatal(err)
			}
			n++
		}
		rows.Close()
		f.Close()
		if n != benchRows+1 {
			b.Fatalf("read %d rows", n)
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkRead is the whole reader on the same file: package check,
// streaming, parsing, validation and merging.
func BenchmarkRead(b *testing.B) {
	dir := benchBook(b)
	cfg := testConfigB(b, dir)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Read(context.Background(), cfg, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if res.Data.Border.Len() != benchRows {
			b.Fatalf("read %d records, want %d; %v", res.Data.Border.Len(), benchRows, res.Diags[:min(3, len(res.Diags))])
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
