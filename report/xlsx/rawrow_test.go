package xlsx

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestRowEncoderAvailable fails when an excelize upgrade takes away what
// the encoder reaches by reflection (writeDetail then falls back to
// SetRow, correct but slow at a million rows).
func TestRowEncoderAvailable(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newRowEncoder(sw, 3); err != nil {
		t.Fatalf("the row encoder cannot reach excelize's stream buffer: %v", err)
	}
}

// encodedSheet writes rows (after a header row) with SetRow, or with the
// encoder falling back to SetRow as writeDetail does, and returns the
// sheet's XML and the number of rows the encoder wrote.
func encodedSheet(t testing.TB, rows [][]any, encode bool) ([]byte, int) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	style, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		t.Fatal(err)
	}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	w := &sheetWriter{sw: sw}
	if err := w.widths(make([]float64, n+1)[1:]); err != nil && n > 0 {
		t.Fatal(err)
	}
	header := make([]any, n)
	for i := range header {
		header[i] = excelize.Cell{StyleID: style, Value: fmt.Sprint("h", i)}
	}
	if err := w.add(header); err != nil {
		t.Fatal(err)
	}
	var enc *rowEncoder
	if encode {
		if enc, err = newRowEncoder(sw, n); err != nil {
			t.Fatal(err)
		}
	}
	encoded := 0
	for _, r := range rows {
		// Each row's styled cells are fresh, as writeDetail's are per row.
		cells := make([]any, len(r))
		for i, v := range r {
			if c, ok := v.(excelize.Cell); ok {
				c.StyleID = style
				v = &c
			}
			cells[i] = v
		}
		before := w.row
		if enc != nil {
			ok, err := enc.write(w.row+1, cells)
			if err != nil {
				t.Fatal(err)
			}
			if ok {
				w.row++
				encoded++
			}
		}
		if w.row == before {
			if err := w.add(cells); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return b, encoded
		}
	}
	t.Fatal("no sheet1.xml")
	return nil, 0
}

// trickyTexts are texts SetRow escapes, marks or cuts, which the encoder
// must leave to it, and plain ones it writes itself.
var trickyTexts = []string{
	"Border operation «Солидарность-2025»", "哈萨克斯坦共和国", "Checkpoint 12", "a & b", "<b>", `say "hi"`, "it's",
	" leading", "trailing ", "tab\there", "line\nbreak", "cr\rhere", "bell\x07", "_x0041_", "_x004", "a_xb", "bad \xff utf-8",
	"\uFFFE", "\uFFFF", "\uFFFD", "emoji 🎉", "\u0085 next line", "del\x7f", "x", strings.Repeat("long ", 7000),
	strings.Repeat("é", 32767), strings.Repeat("y", 32767), strings.Repeat("y", 32768), "=1+1", "-5",
}

// TestRowEncoderLikeSetRow writes rows of every kind of cell writeDetail
// makes (texts plain and not, integers, floats, dates as styled serials,
// empty cells) with SetRow and with the encoder, and wants the same sheet,
// byte for byte, with the plain rows written by the encoder.
func TestRowEncoderLikeSetRow(t *testing.T) {
	var rows [][]any
	for i, s := range trickyTexts {
		rows = append(rows, []any{s, nil, excelize.Cell{Value: int64(i)}, excelize.Cell{Value: 45000 + i}, "tail"})
	}
	for _, x := range []float64{0, 1, -1, 0.5, 1.25, 12.345, 313375.139, 1e-7, 123456789.123456789, 1e21, -0.001,
		1234567890123456789, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN()} {
		rows = append(rows, []any{"figure", excelize.Cell{Value: x}, x, int64(-42), nil})
	}
	rows = append(rows, []any{nil, nil, nil}, []any{}, []any{int(7), int64(math.MinInt64), "z"})
	want, _ := encodedSheet(t, rows, false)
	got, encoded := encodedSheet(t, rows, true)
	if !bytes.Equal(got, want) {
		t.Fatalf("the sheets differ:\n got %s\nwant %s", got, want)
	}
	if encoded < len(rows)/2 {
		t.Errorf("the encoder wrote %d of %d rows", encoded, len(rows))
	}
}

// FuzzRowEncoder compares the encoder with SetRow on any text and number.
func FuzzRowEncoder(f *testing.F) {
	for i, s := range trickyTexts {
		f.Add(s, int64(i), float64(i)/7)
	}
	f.Fuzz(func(t *testing.T, s string, n int64, x float64) {
		rows := [][]any{{s, excelize.Cell{Value: n}, excelize.Cell{Value: x}, x, s + s}}
		want, _ := encodedSheet(t, rows, false)
		got, _ := encodedSheet(t, rows, true)
		if !bytes.Equal(got, want) {
			t.Fatalf("%q %d %v: the sheets differ:\n got %s\nwant %s", s, n, x, got, want)
		}
	})
}

// TestRowEncoderWholeWorkbook renders workbooks with and without the
// encoder and wants the same bytes: the fixture, and border reports enough
// to pass the stream writer's 16 MB buffer (which then moves to a
// temporary file).
func TestRowEncoderWholeWorkbook(t *testing.T) {
	n := 120_000
	if testing.Short() {
		n = 5_000
	}
	for name, in := range map[string]Input{
		"fixture": newInput(t, testData(), testWarnings()),
		"border":  newInput(t, stressData(n), nil),
	} {
		t.Run(name, func(t *testing.T) {
			render := func(on bool) []byte {
				defer func(was bool) { rowEncoding = was }(rowEncoding)
				rowEncoding = on
				b, err := Render(context.Background(), in)
				if err != nil {
					t.Fatal(err)
				}
				return b
			}
			with, without := render(true), render(false)
			if !bytes.Equal(with, without) {
				t.Fatalf("the workbooks differ (%d and %d bytes)", len(with), len(without))
			}
		})
	}
}
