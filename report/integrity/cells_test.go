package integrity

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The differential test of the cells taken from the strict pass (cells.go)
// against excelize's streaming reader, asked exactly what the ingest
// reader asked it for before (Rows, Columns with RawCellValue, the row's
// Hidden option), wherever excelize reads the sheet without error and the
// strict pass accepts it.

// cellsTally counts what a comparison covered.
type cellsTally struct {
	books, sheets, rows, cells int
	excelizeErr, refused       int // sheets not compared, and why
}

func (c *cellsTally) add(o cellsTally) {
	c.books += o.books
	c.sheets += o.sheets
	c.rows += o.rows
	c.cells += o.cells
	c.excelizeErr += o.excelizeErr
	c.refused += o.refused
}

// excelizeRow is one row as excelize's iterator returned it.
type excelizeRow struct {
	hidden bool
	cells  []string
}

// excelizeSheet reads a sheet as the ingest reader did before: ok is false
// when excelize reports any error or panics.
func excelizeSheet(f *excelize.File, sheet string) (rows []excelizeRow, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, false
	}
	defer it.Close()
	for it.Next() {
		cells, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, false
		}
		rows = append(rows, excelizeRow{hidden: it.GetRowOpts().Hidden, cells: cells})
	}
	return rows, it.Error() == nil
}

// compareCells compares the two readers over every sheet of one package
// and fails the test at the first difference.
func compareCells(t *testing.T, name string, data []byte) (tally cellsTally) {
	t.Helper()
	all := func(string) bool { return true }
	pk, err := OpenReading(bytes.NewReader(data), int64(len(data)), Limits{}, all)
	if err != nil {
		return tally
	}
	defer pk.Close()
	tmp := t.TempDir()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: DefaultLimits.MaxUnzipped, UnzipXMLSizeLimit: XMLInMemory, TmpDir: tmp})
	if err != nil {
		if f != nil {
			f.Close()
		}
		return tally
	}
	defer f.Close()
	tally.books = 1
	folded := map[string]int{}
	list := f.GetSheetList()
	for _, s := range list {
		folded[strings.ToLower(s)]++
	}
	ours := map[string][]Row{}
	theirs := map[string][]excelizeRow{}
	for _, s := range list {
		if pk.sheets[s] == "" || folded[strings.ToLower(s)] > 1 || ours[s] != nil {
			continue
		}
		rs := pk.Rows(s)
		var got []Row
		for rs.Next() {
			got = append(got, rs.Row())
		}
		rs.Close()
		ours[s] = append(got, Row{}) // never nil: read
		want, ok := excelizeSheet(f, s)
		if !ok {
			tally.excelizeErr++
			delete(ours, s)
			continue
		}
		theirs[s] = want
	}
	rep, err := pk.Verify()
	if err != nil {
		return cellsTally{}
	}
	names := make([]string, 0, len(ours))
	for s := range ours {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		if v := rep.Sheet(s); v == nil || v.Damage != nil {
			tally.refused++
			continue
		}
		got, want := ours[s][:len(ours[s])-1], theirs[s]
		for i := 0; i < len(got) || i < len(want); i++ {
			switch {
			case i >= len(want):
				t.Fatalf("%s, sheet %q: row %d read, excelize ends at row %d: %q", name, s, got[i].Num, len(want), got[i].Cells)
			case i >= len(got):
				t.Fatalf("%s, sheet %q: excelize reads row %d %q, the strict pass ends at row %d", name, s, i+1, want[i].cells, len(got))
			}
			g, w := got[i], want[i]
			if g.Num != i+1 {
				t.Fatalf("%s, sheet %q: row %d numbered %d", name, s, i+1, g.Num)
			}
			if len(g.Cells) != 0 || len(w.cells) != 0 {
				if !reflect.DeepEqual(g.Cells, w.cells) {
					t.Fatalf("%s, sheet %q, row %d: cells %q, excelize %q", name, s, i+1, g.Cells, w.cells)
				}
			}
			if g.Hidden != w.hidden {
				t.Fatalf("%s, sheet %q, row %d: hidden %v, excelize %v", name, s, i+1, g.Hidden, w.hidden)
			}
			tally.cells += len(w.cells)
		}
		tally.sheets++
		tally.rows += len(want)
	}
	return tally
}

// workbookFiles lists the spreadsheets under dir, or nil when it is absent.
func workbookFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".xlsx", ".xlsm", ".xls", ".xlsb", ".ods":
			files = append(files, p)
		}
		return nil
	})
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// TestCellsMatchExcelize compares the cells taken from the strict pass
// with excelize's over every corpus workbook, every reader fixture and the
// shipped sources, and the fuzz seeds.
func TestCellsMatchExcelize(t *testing.T) {
	var total cellsTally
	run := func(group string, files []string) {
		var tally cellsTally
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			tally.add(compareCells(t, p, data))
		}
		t.Logf("%s: %d files, %d workbooks compared: %d sheets, %d rows, %d cells equal (sheets not compared: %d excelize errors, %d refused by the strict pass)",
			group, len(files), tally.books, tally.sheets, tally.rows, tally.cells, tally.excelizeErr, tally.refused)
		total.add(tally)
	}
	if _, err := os.Stat(corpusDir); err != nil {
		if os.Getenv("RATSREPORT_REQUIRE_CORPUS") != "" {
			t.Fatalf("RATSREPORT_REQUIRE_CORPUS is set but the corpus is missing: %v", err)
		}
		t.Logf("no shared corpus at %s: skipped", corpusDir)
	} else {
		run("corpus", workbookFiles(t, corpusDir))
	}
	run("reader fixtures", workbookFiles(t, filepath.Join("..", "ingest", "testdata")))
	run("shipped sources", workbookFiles(t, filepath.Join("..", "..", "sources")))
	var seeds cellsTally
	for i, s := range cellSeeds(t) {
		seeds.add(compareCells(t, fmt.Sprintf("seed %d", i), cellsPackage(t, s.sheet, s.sst)))
	}
	t.Logf("fuzz seeds: %d packages compared: %d sheets, %d rows, %d cells equal (%d excelize errors, %d refused)", seeds.books, seeds.sheets, seeds.rows, seeds.cells, seeds.excelizeErr, seeds.refused)
	total.add(seeds)
	t.Logf("in all: %d workbooks, %d sheets, %d rows, %d cells compared", total.books, total.sheets, total.rows, total.cells)
}

// cellSeed is a worksheet part and a shared-string table (nil: none).
type cellSeed struct{ sheet, sst []byte }

// cellSeeds are the seeds of FuzzCellsMatchExcelize: the real writers'
// sheets, the strict pass's cases, and the inputs committed for this
// package's and the reader's fuzz targets.
func cellSeeds(tb testing.TB) []cellSeed {
	var seeds []cellSeed
	names := []string{}
	real := realSheets(tb)
	for n := range real {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		seeds = append(seeds, cellSeed{sheet: real[n].xml})
	}
	for _, c := range scanCases {
		seeds = append(seeds, cellSeed{sheet: []byte(c.xml)})
	}
	seeds = append(seeds,
		cellSeed{sheet: []byte(`<worksheet><sheetData><row r="3" hidden="1"><c r="B3" t="s"><v> 1 </v></c><c t="inlineStr"><is><t>a_x0041_</t><r><t>b</t></r><rPh><t>x</t></rPh><r><rPr/></r></is></c></row><row hidden="true"><c r="A4"><f>1+1</f></c><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c></row><row r="6" hidden="0"><c r="A6" t="s"><v>x</v></c><c r="C6" t="str"><v></v><f/></c></row></sheetData></worksheet>`),
			sst: []byte(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>zero</t></si><si><r><t>on</t></r><r><t>e_x005F_x</t></r></si></sst>`)},
		cellSeed{sheet: []byte(`<worksheet><sheetData><row r="1"><c r="A1" s=""><v>1</v></c><c><v>2</v></c></row><row><c><v><![CDATA[3]]></v><v>4</v></c></row></sheetData><row r="9"><c><v>5</v></c></row></worksheet>`)},
	)
	for _, dir := range []string{filepath.Join("testdata", "fuzz", "FuzzSheetScan"), filepath.Join("..", "ingest", "testdata", "fuzz", "FuzzSheet"), filepath.Join("testdata", "fuzz", "FuzzCellsMatchExcelize")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		sort.Strings(files)
		for _, p := range files {
			vals := fuzzValues(tb, p)
			var bs [][]byte
			for _, v := range vals {
				if b, ok := v.([]byte); ok {
					bs = append(bs, b)
				}
			}
			switch len(bs) {
			case 1:
				seeds = append(seeds, cellSeed{sheet: bs[0]})
			case 2:
				seeds = append(seeds, cellSeed{sheet: bs[0], sst: bs[1]})
			}
		}
	}
	return seeds
}

// fuzzValues reads the []byte values of a committed fuzz input ("go test
// fuzz v1"); other values are nil.
func fuzzValues(tb testing.TB, path string) []any {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "[]byte("); ok && strings.HasSuffix(rest, ")") {
			s, err := strconv.Unquote(strings.TrimSuffix(rest, ")"))
			if err != nil {
				tb.Fatalf("%s: %v", path, err)
			}
			out = append(out, []byte(s))
		} else if line != "go test fuzz v1" {
			out = append(out, nil)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// cellsPackage makes a workbook of one sheet "Sheet1" with the given part
// and shared-string table (none when nil).
func cellsPackage(tb testing.TB, sheet, sst []byte) []byte {
	tb.Helper()
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", []byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)},
		{"_rels/.rels", []byte(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)},
		{"xl/workbook.xml", []byte(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`)},
		{"xl/_rels/workbook.xml.rels", []byte(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)},
		{"xl/worksheets/sheet1.xml", sheet},
	}
	if sst != nil {
		parts = append(parts, struct {
			name string
			data []byte
		}{"xl/sharedStrings.xml", sst})
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write(p.data); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzCellsMatchExcelize keeps comparing the cells taken from the strict
// pass with excelize's, on any worksheet part and shared-string table.
func FuzzCellsMatchExcelize(f *testing.F) {
	for _, s := range cellSeeds(f) {
		f.Add(s.sheet, s.sst, s.sst != nil)
	}
	f.Fuzz(func(t *testing.T, sheet, sst []byte, hasSST bool) {
		if !hasSST {
			sst = nil
		}
		compareCells(t, "fuzzed", cellsPackage(t, sheet, sst))
	})
}
