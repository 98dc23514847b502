package integrity

// Workbooks as real writers write them, for the tests and the benchmark.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// writerFixtures are workbooks other writers produced, committed beside
// the reader's tests (see ../ingest/testdata/make_fixtures.py).
var writerFixtures = []string{"../ingest/testdata/libreoffice.xlsx", "../ingest/testdata/openpyxl-1904.xlsx"}

// sheetXML is one worksheet part and the size of its package's
// shared-string table (-1: none).
type sheetXML struct {
	xml []byte
	sst int
}

// realSheets are worksheet parts as real writers write them: excelize's
// cell API (a sheet per kind of value) and stream writer, and the
// committed LibreOffice and openpyxl fixtures.
func realSheets(tb testing.TB) map[string]sheetXML {
	tb.Helper()
	out := map[string]sheetXML{}
	add := func(name string, pkg []byte) {
		zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
		if err != nil {
			tb.Fatal(err)
		}
		sst, sheets := -1, map[string][]byte{}
		for _, zf := range zr.File {
			isSheet := strings.HasPrefix(zf.Name, "xl/worksheets/sheet")
			if !isSheet && zf.Name != "xl/sharedStrings.xml" {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				tb.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				tb.Fatal(err)
			}
			if isSheet {
				sheets[zf.Name] = data
				continue
			}
			var table struct {
				SI []struct{} `xml:"si"`
			}
			if err := xml.Unmarshal(data, &table); err != nil {
				tb.Fatal(err)
			}
			sst = len(table.SI)
		}
		for p, data := range sheets {
			out[name+":"+p] = sheetXML{data, sst}
		}
	}
	add("excelize", cellBook(tb))
	for _, name := range writerFixtures {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		add(filepath.Base(name), b)
	}
	return out
}

// cellBook writes with excelize's cell API a workbook of four sheets
// (texts, numbers, dates and formulas, with empty cells between), and a
// fifth of all of these with its stream writer, as large workbooks are
// written.
func cellBook(tb testing.TB) []byte {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	dates, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		tb.Fatal(err)
	}
	values := map[string][]any{
		"Texts":    {"Vostok-2025", "Ташкент", "上海合作组织", "line 1\nline 2\tend", " padded ", "=not a formula", "", "&<>\"'"},
		"Numbers":  {0, 12, -4, 1234.5, 0.125, int64(1) << 40, true, false},
		"Dates":    {time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), 45901, time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC)},
		"Formulas": {1, 2},
	}
	for i, name := range []string{"Texts", "Numbers", "Dates", "Formulas"} {
		if i == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			tb.Fatal(err)
		}
		for j, v := range values[name] {
			cell, _ := excelize.CoordinatesToCellName(1+j%3*2, 1+j)
			if err := f.SetCellValue(name, cell, v); err != nil {
				tb.Fatal(err)
			}
			if name == "Dates" {
				if err := f.SetCellStyle(name, cell, cell, dates); err != nil {
					tb.Fatal(err)
				}
			}
		}
	}
	for cell, formula := range map[string]string{"B1": "A1+A2", "B2": `"x"&A1`, "B3": "SUM(A1:A2)"} {
		if err := f.SetCellFormula("Formulas", cell, formula); err != nil {
			tb.Fatal(err)
		}
	}
	if err := f.SetCellRichText("Texts", "D1", []excelize.RichTextRun{{Text: "bold", Font: &excelize.Font{Bold: true}}, {Text: " plain"}}); err != nil {
		tb.Fatal(err)
	}
	if _, err := f.NewSheet("Stream"); err != nil {
		tb.Fatal(err)
	}
	sw, err := f.NewStreamWriter("Stream")
	if err != nil {
		tb.Fatal(err)
	}
	for r := 1; r <= 30; r++ {
		cell, _ := excelize.CoordinatesToCellName(1, r)
		row := append(append(append([]any{}, values["Texts"]...), values["Numbers"]...), excelize.Cell{StyleID: dates, Value: 45900 + r},
			excelize.Cell{Formula: "A1&B1"}, nil, excelize.Cell{Value: r})
		if err := sw.SetRow(cell, row); err != nil {
			tb.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// corpusDir is the shared corpus of real-world workbooks (see
// ../shared/corpus/README.md), beside the repository, never inside it.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus")

// corpusPackages lists the corpus's zip packages (.xlsx, .xlsm), or
// skips the test when the corpus is not there (RATSREPORT_REQUIRE_CORPUS=1
// makes that a failure, for machines that have it).
func corpusPackages(t *testing.T) []string {
	t.Helper()
	var files []string
	err := fs.WalkDir(os.DirFS(corpusDir), ".", func(p string, d fs.DirEntry, err error) error {
		if ext := strings.ToLower(filepath.Ext(p)); err == nil && (ext == ".xlsx" || ext == ".xlsm") {
			files = append(files, filepath.Join(corpusDir, filepath.FromSlash(p)))
		}
		return err
	})
	switch {
	case err != nil && os.Getenv("RATSREPORT_REQUIRE_CORPUS") != "":
		t.Fatalf("RATSREPORT_REQUIRE_CORPUS is set but the corpus cannot be read: %v", err)
	case err != nil:
		t.Skipf("no shared corpus at %s (set RATSREPORT_REQUIRE_CORPUS=1 to fail instead): %v", corpusDir, err)
	case len(files) == 0:
		t.Skipf("no workbooks in %s", corpusDir)
	}
	return files
}
