package integrity

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestWorkbookMatchesExcelize: wherever excelize opens a workbook, the
// package's Workbook and CustomText give what excelize's GetSheetList,
// GetSheetVisible, GetWorkbookProps, GetDefinedName and GetCustomProps
// give — the facts the reader takes from them instead of opening the
// package a second time.
func TestWorkbookMatchesExcelize(t *testing.T) {
	var files []string
	if _, err := os.Stat(corpusDir); err == nil {
		files = append(files, workbookFiles(t, corpusDir)...)
	} else if os.Getenv("RATSREPORT_REQUIRE_CORPUS") != "" {
		t.Fatalf("RATSREPORT_REQUIRE_CORPUS is set but the corpus is missing: %v", err)
	}
	files = append(files, workbookFiles(t, filepath.Join("..", "ingest", "testdata"))...)
	files = append(files, workbookFiles(t, filepath.Join("..", "..", "sources"))...)
	compared, sheets, names, hidden := 0, 0, 0, 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pk, err := OpenReading(bytes.NewReader(data), int64(len(data)), Limits{}, nil)
		if err != nil {
			continue // refused: the reader never asks
		}
		pk.Close()
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Logf("%s: accepted by the strict pass, not opened by excelize: %v", p, err)
			continue // nothing to compare with
		}
		compared++
		n := compareWorkbook(t, p, pk, f)
		sheets, hidden, names = sheets+n.sheets, hidden+n.hidden, names+n.names
		f.Close()
	}
	t.Logf("%d workbooks compared with excelize: %d sheets (%d hidden), %d defined names", compared, sheets, hidden, names)
}

// workbookTally counts what compareWorkbook compared.
type workbookTally struct{ sheets, hidden, names int }

// compareWorkbook reports every difference between what pk says of the
// workbook and what excelize's getters say of f.
func compareWorkbook(t *testing.T, p string, pk *Package, f *excelize.File) (n workbookTally) {
	t.Helper()
	wb := pk.Workbook()
	var got []string
	for _, s := range wb.Sheets {
		got = append(got, s.Name)
	}
	if want := f.GetSheetList(); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
		t.Errorf("%s: sheets %q, excelize %q", p, got, want)
	}
	for _, s := range wb.Sheets {
		n.sheets++
		visible, err := f.GetSheetVisible(s.Name)
		if err != nil {
			continue // a name excelize refuses to look up (""): no fact to compare
		}
		if wb.Hidden(s.Name) == visible {
			t.Errorf("%s: sheet %q hidden %v, excelize visible %v", p, s.Name, wb.Hidden(s.Name), visible)
		}
		if !visible {
			n.hidden++
		}
	}
	want1904 := false
	if wp, err := f.GetWorkbookProps(); err == nil && wp.Date1904 != nil {
		want1904 = *wp.Date1904
	}
	if wb.Date1904 != want1904 {
		t.Errorf("%s: date1904 %v, excelize %v", p, wb.Date1904, want1904)
	}
	dn := f.GetDefinedName()
	if len(dn) != len(wb.Names) {
		t.Errorf("%s: %d defined names, excelize %d", p, len(wb.Names), len(dn))
	} else {
		for i, d := range dn {
			n.names++
			scope := "Workbook"
			if wb.Names[i].Local {
				scope = wb.Names[i].Sheet
			}
			if d.Name != wb.Names[i].Name || d.RefersTo != wb.Names[i].RefersTo || d.Scope != scope {
				t.Errorf("%s: defined name %d = %+v, excelize %+v", p, i, wb.Names[i], d)
			}
		}
	}
	if props, err := f.GetCustomProps(); err == nil {
		want := map[string]string{}
		for _, p := range props {
			if s, ok := p.Value.(string); ok {
				want[p.Name] = s
			}
		}
		if got := pk.CustomText(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: custom properties %q, excelize %q", p, got, want)
		}
	}
	return n
}

// FuzzWorkbookMatchesExcelize keeps comparing the workbook's facts
// (Workbook, CustomText) with excelize's on any workbook part.
func FuzzWorkbookMatchesExcelize(f *testing.F) {
	f.Add([]byte(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="Lists" sheetId="2" state="hidden" r:id="rId9"/></sheets><definedNames><definedName name="ratsreport.template_sheets">"Instructions/Lists"</definedName><definedName name="x" localSheetId="1">Lists!$A$1</definedName><definedName name="y" localSheetId="7">1</definedName></definedNames></workbook>`))
	f.Add([]byte(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><workbookPr date1904="true"/><sheets><sheet name="A" state="veryHidden"/><sheet name="a" state="visible"/></sheets></workbook>`))
	f.Add([]byte(`<workbook><workbookPr date1904="0"/></workbook>`))
	f.Fuzz(func(t *testing.T, wb []byte) {
		data := workbookPackage(t, wb)
		pk, err := OpenReading(bytes.NewReader(data), int64(len(data)), Limits{}, nil)
		if err != nil {
			return // refused: the reader never asks
		}
		pk.Close()
		xf, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		defer xf.Close()
		compareWorkbook(t, "fuzzed", pk, xf)
	})
}

// workbookPackage is cellsPackage's package with the workbook part wb.
func workbookPackage(tb testing.TB, wb []byte) []byte {
	tb.Helper()
	data := cellsPackage(tb, []byte(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`), nil)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, zf := range zr.File {
		w, err := zw.Create(zf.Name)
		if err != nil {
			tb.Fatal(err)
		}
		part := wb
		if zf.Name != "xl/workbook.xml" {
			rc, err := zf.Open()
			if err != nil {
				tb.Fatal(err)
			}
			part, err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				tb.Fatal(err)
			}
		}
		if _, err := w.Write(part); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
