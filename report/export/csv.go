package export

import (
	"archive/zip"
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"ratsreport/report/stats"
	"ratsreport/report/value"
)

// bom is the UTF-8 byte order mark, by which Excel on Windows knows a
// CSV file is UTF-8.
const bom = "\uFEFF"

// FileName is the name of a dataset's CSV file.
func FileName(t *Table) string { return t.Name + ".csv" }

// WriteCSV writes t as CSV (RFC 4180: comma-separated, fields quoted when
// needed, CRLF line ends), UTF-8, with a byte order mark first when bom
// is set. The header row holds the column names. Numbers are plain ("."
// as decimal mark, no thousands separator), dates ISO, not reported an
// empty field. Text a spreadsheet would take for a formula is prefixed
// with a single quote, as stats does (stats.Neutralise).
func WriteCSV(ctx context.Context, w io.Writer, t *Table, withBOM bool) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if withBOM {
		if _, err := bw.WriteString(bom); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	rec := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		rec[i] = c.Name
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	err := t.Rows(ctx, func(_ int, row []Cell) error {
		for k, c := range row {
			switch {
			case c.Null:
				rec[k] = ""
			case t.Columns[k].Kind == Integer:
				rec[k] = strconv.FormatInt(c.Int, 10)
			case t.Columns[k].Kind == Decimal:
				rec[k] = value.FormatMilli(c.Int)
			default:
				rec[k] = stats.Neutralise(c.Text)
			}
		}
		return cw.Write(rec)
	})
	if err != nil {
		return err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteZip writes the datasets' CSV files into one zip archive, in
// report order. The entries carry no timestamp (1980-01-01, the zip
// format's zero), so the same source gives the same bytes.
func WriteZip(ctx context.Context, w io.Writer, src *Source, withBOM bool) error {
	zw := zip.NewWriter(w)
	for _, t := range Datasets(src) {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: FileName(t), Method: zip.Deflate})
		if err != nil {
			return fmt.Errorf("add %s: %w", FileName(t), err)
		}
		if err := WriteCSV(ctx, fw, t, withBOM); err != nil {
			return fmt.Errorf("write %s: %w", FileName(t), err)
		}
	}
	return zw.Close()
}
