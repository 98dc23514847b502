package integrity

import (
	"bytes"
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
		wb := pk.Workbook()
		var got []string
		for _, s := range wb.Sheets {
			got = append(got, s.Name)
		}
		if want := f.GetSheetList(); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s: sheets %q, excelize %q", p, got, want)
		}
		for _, s := range wb.Sheets {
			sheets++
			visible, _ := f.GetSheetVisible(s.Name)
			if wb.Hidden(s.Name) == visible {
				t.Errorf("%s: sheet %q hidden %v, excelize visible %v", p, s.Name, wb.Hidden(s.Name), visible)
			}
			if !visible {
				hidden++
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
				names++
				scope := wb.Names[i].Sheet
				switch scope {
				case "":
					scope = "Workbook"
				case "\x00":
					scope = ""
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
		f.Close()
	}
	t.Logf("%d workbooks compared with excelize: %d sheets (%d hidden), %d defined names", compared, sheets, hidden, names)
}
