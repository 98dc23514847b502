package export

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// MaxSheetRows is how many records a sheet holds: Excel's 1,048,576 rows
// less the header.
const MaxSheetRows = 1048575

// TooManyRowsError is the error of an XLSX export of a dataset with more
// records than a sheet holds.
type TooManyRowsError struct {
	Dataset string
	Rows    int
}

// Error says which dataset is too large and what to do instead.
func (e *TooManyRowsError) Error() string {
	return fmt.Sprintf("the %s dataset has %d records, more than a sheet holds (%d); export it as sqlite or csv, or narrow --years",
		e.Dataset, e.Rows, MaxSheetRows)
}

// WriteXLSX writes the datasets as a workbook, one sheet per dataset
// named after it, with the same columns as every format: a frozen header
// row with an autofilter (an Excel table), integers and decimals as
// numbers, dates as date cells, not reported as an empty cell. Rows are
// streamed, so that a million fit in bounded memory. date stamps the
// document properties (never the clock): the same source gives the same
// bytes.
func WriteXLSX(ctx context.Context, w io.Writer, src *Source, date time.Time) (err error) {
	tables := Datasets(src)
	for _, t := range tables {
		if t.Len > MaxSheetRows {
			return &TooManyRowsError{Dataset: t.Name, Rows: t.Len}
		}
	}
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close the workbook: %w", cerr)
		}
	}()
	header, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}})
	if err != nil {
		return fmt.Errorf("add a style: %w", err)
	}
	day, err := f.NewStyle(&excelize.Style{NumFmt: 14, CustomNumFmt: ptr("yyyy-mm-dd")})
	if err != nil {
		return fmt.Errorf("add a style: %w", err)
	}
	dec, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("0.000")})
	if err != nil {
		return fmt.Errorf("add a style: %w", err)
	}
	for n, t := range tables {
		if n == 0 {
			err = f.SetSheetName("Sheet1", t.Name)
		} else {
			_, err = f.NewSheet(t.Name)
		}
		if err != nil {
			return fmt.Errorf("add the sheet %s: %w", t.Name, err)
		}
		if err := writeSheet(ctx, f, t, header, day, dec); err != nil {
			return fmt.Errorf("write the sheet %s: %w", t.Name, err)
		}
	}
	f.SetActiveSheet(0)
	stamp := date.UTC().Format("2006-01-02T15:04:05Z")
	if err := f.SetDocProps(&excelize.DocProperties{Title: "ratsreport export", Created: stamp, Modified: stamp}); err != nil {
		return fmt.Errorf("set the document properties: %w", err)
	}
	return writeSorted(f, w)
}

// contentTypes is the package part that must come first in the zip.
const contentTypes = "[Content_Types].xml"

// writeSorted writes the workbook to w with its zip entries in a fixed
// order: excelize writes the sheets of several stream writers in the
// order of a Go map, so the same workbook would come out in different
// bytes. The package goes to a temporary file first (a million rows are
// not held in memory), then its entries are copied raw (no
// recompression), [Content_Types].xml first, the others by name.
func writeSorted(f *excelize.File, w io.Writer) (err error) {
	tmp, err := os.CreateTemp("", "ratsreport-export-*.xlsx")
	if err != nil {
		return fmt.Errorf("write the workbook: %w", err)
	}
	defer func() {
		tmp.Close()
		os.Remove(tmp.Name())
	}()
	if _, err := f.WriteTo(tmp); err != nil {
		return fmt.Errorf("write the workbook: %w", err)
	}
	size, err := tmp.Seek(0, io.SeekCurrent)
	if err != nil {
		return fmt.Errorf("write the workbook: %w", err)
	}
	zr, err := zip.NewReader(tmp, size)
	if err != nil {
		return fmt.Errorf("reopen the workbook: %w", err)
	}
	files := slices.Clone(zr.File)
	slices.SortStableFunc(files, func(a, b *zip.File) int {
		if (a.Name == contentTypes) != (b.Name == contentTypes) {
			if a.Name == contentTypes {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Name, b.Name)
	})
	zw := zip.NewWriter(w)
	for _, zf := range files {
		if err := zw.Copy(zf); err != nil {
			return fmt.Errorf("copy %s: %w", zf.Name, err)
		}
	}
	return zw.Close()
}

func ptr(s string) *string { return &s }

// writeSheet streams t into its sheet.
func writeSheet(ctx context.Context, f *excelize.File, t *Table, header, day, dec int) error {
	sw, err := f.NewStreamWriter(t.Name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	for i, c := range t.Columns {
		width := 12.0
		switch {
		case c.Kind == Date:
			width = 11
		case c.Kind == Text:
			width = 18
		}
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	head := make([]any, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = excelize.Cell{StyleID: header, Value: c.Name}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	vals := make([]any, len(t.Columns))
	err = t.Rows(ctx, func(i int, row []Cell) error {
		for k, c := range row {
			switch {
			case c.Null:
				vals[k] = nil
			case t.Columns[k].Kind == Integer:
				vals[k] = c.Int
			case t.Columns[k].Kind == Decimal:
				vals[k] = excelize.Cell{StyleID: dec, Value: float64(c.Int) / 1000}
			case t.Columns[k].Kind == Date:
				d, err := time.Parse("2006-01-02", c.Text)
				if err != nil {
					return err
				}
				vals[k] = excelize.Cell{StyleID: day, Value: d}
			default:
				// Text is always a string cell, never a formula, whatever it
				// begins with.
				vals[k] = c.Text
			}
		}
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		return sw.SetRow(cell, vals)
	})
	if err != nil {
		return err
	}
	last, err := excelize.CoordinatesToCellName(len(t.Columns), max(t.Len+1, 2))
	if err != nil {
		return err
	}
	off := false
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: t.Name, StyleName: "TableStyleLight1", ShowRowStripes: &off}); err != nil {
		return err
	}
	return sw.Flush()
}
