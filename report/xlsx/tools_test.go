package xlsx

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/internal/testtool"
	"ratsreport/report/model"
)

// needOpenpyxl returns a Python that has openpyxl, or skips the test (a
// failure under RATSREPORT_REQUIRE_TOOLS=1).
func needOpenpyxl(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if p, err := exec.LookPath(py); err == nil && exec.Command(p, "-c", "import openpyxl").Run() == nil {
			return p
		}
	}
	testtool.Missing(t, "python3 with openpyxl not found (needed as a second reader; Debian python3-openpyxl)")
	return ""
}

// convertWithLibreOffice opens each file in LibreOffice headless, which
// recalculates every formula (fullCalcOnLoad), and saves it as xlsx into
// out. It returns the output paths in the order given.
func convertWithLibreOffice(t *testing.T, soffice, out string, files ...string) []string {
	t.Helper()
	profile := filepath.Join(t.TempDir(), "profile")
	// LibreOffice's default for xlsx files is never to recalculate on
	// load (it keeps the cached values, fullCalcOnLoad or not): the
	// profile asks it to recalculate always.
	if err := os.MkdirAll(filepath.Join(profile, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(recalcAlways), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"--headless", "--norestore", "-env:UserInstallation=file://" + profile,
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out}, files...)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	t.Logf("LibreOffice converted %d files in %v", len(files), time.Since(start).Round(time.Millisecond))
	var paths []string
	for _, f := range files {
		p := filepath.Join(out, filepath.Base(f))
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("LibreOffice wrote no %s: %v", p, err)
		}
		paths = append(paths, p)
	}
	return paths
}

// recalcAlways is a LibreOffice profile setting: recalculate the formulas
// of Excel 2007+ files on load (0 always, 1 never, 2 ask).
const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// TestLibreOfficeRecalculation has LibreOffice recalculate every formula
// of the workbook and compares each result with the value cached in it:
// the formulas agree with the summary's figures. A control workbook whose
// cached value is deliberately wrong proves that LibreOffice did
// recalculate rather than keep the cache.
func TestLibreOfficeRecalculation(t *testing.T) {
	soffice := testtool.Need(t, "soffice", "to recalculate the workbook's formulas; Debian libreoffice-calc-nogui")
	in := filepath.Join(t.TempDir(), "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	russian := newInput(t, testData(), testWarnings())
	russian.Texts = langTexts(t, "ru")
	names := []string{"fixture.xlsx", "empty.xlsx", "russian.xlsx"}
	books := map[string]Input{
		"fixture.xlsx": newInput(t, testData(), testWarnings()),
		"empty.xlsx":   newInput(t, &model.Data{}, nil),
		"russian.xlsx": russian, // Russian labels in the criteria and "not reported" texts
	}
	var files []string
	for _, name := range names {
		b, err := Render(context.Background(), books[name])
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(in, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	files = append(files, writeControl(t, filepath.Join(in, "control.xlsx")))

	out := convertWithLibreOffice(t, soffice, t.TempDir(), files...)

	control := openBook(t, out[len(names)])
	if got, _ := control.GetCellValue("Sheet1", "A1", excelize.Options{RawCellValue: true}); got != "2" {
		t.Fatalf("control: LibreOffice kept the cached 5 of =1+1 (got %q): it did not recalculate, so the comparison would prove nothing", got)
	}
	for i, name := range names {
		ours := formulas(t, openBook(t, files[i]))
		if len(ours) < 20 {
			t.Fatalf("%s: only %d formula cells", name, len(ours))
		}
		lo := openBook(t, out[i])
		for _, c := range ours {
			got, err := lo.GetCellValue(c.sheet, c.ref, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			if !sameValue(got, c.cached) {
				t.Errorf("%s %s!%s: LibreOffice computes %q, the workbook caches %q\n\t=%s", name, c.sheet, c.ref, got, c.cached, c.formula)
			}
			if fm, _ := lo.GetCellFormula(c.sheet, c.ref); fm == "" {
				t.Errorf("%s %s!%s: LibreOffice dropped the formula =%s", name, c.sheet, c.ref, c.formula)
			}
		}
		t.Logf("%s: %d formulas recalculated by LibreOffice and compared", name, len(ours))
	}
}

// writeControl writes a workbook whose one formula caches a wrong value.
func writeControl(t *testing.T, path string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{Formula: "1+1", Value: 5}}); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	yes := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &yes}); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestOpenpyxl opens the workbook with openpyxl, an independent reader:
// it must load without error and see every sheet, the charts, and the
// cached values of the formulas.
func TestOpenpyxl(t *testing.T) {
	py := needOpenpyxl(t)
	in := newInput(t, testData(), testWarnings())
	p, _ := renderFile(t, in, "book.xlsx")
	const script = `
import json, sys, warnings
import openpyxl
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wb = openpyxl.load_workbook(sys.argv[1])
    values = openpyxl.load_workbook(sys.argv[1], data_only=True)
    ro = openpyxl.load_workbook(sys.argv[1], read_only=True)
summary = values["Summary"]
cached = {}
for row in summary.iter_rows(min_row=1):
    key = row[8].value if len(row) > 8 else None
    if isinstance(key, str) and "." in key:
        cached[key] = row[3].value
print(json.dumps({
    "sheets": wb.sheetnames,
    "charts": {ws.title: len(ws._charts) for ws in wb.worksheets},
    "formula": wb["Summary"]["D12"].value,
    "cached": cached,
    "dims": {ws.title: ws.max_row for ws in wb.worksheets},
    "cols": {ws.title: ws.max_column for ws in wb.worksheets},
    "ro_dims": {ws.title: [ws.max_row, ws.max_column, sum(1 for _ in ws.iter_rows(values_only=True))] for ws in ro.worksheets},
    "warnings": [str(w.message) for w in caught],
}))
`
	out, err := exec.Command(py, "-c", script, p).CombinedOutput()
	if err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
	var got struct {
		Sheets   []string
		Charts   map[string]int
		Formula  string
		Cached   map[string]any
		Dims     map[string]int
		Cols     map[string]int
		RoDims   map[string][]int `json:"ro_dims"`
		Warnings []string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("openpyxl output: %v\n%s", err, out)
	}
	f := openBook(t, p)
	if !reflect.DeepEqual(got.Sheets, f.GetSheetList()) {
		t.Errorf("openpyxl sees sheets %q, want %q", got.Sheets, f.GetSheetList())
	}
	if got.Charts["Trends"] != 4 {
		t.Errorf("openpyxl sees %d charts on Trends, want 4 (all: %v)", got.Charts["Trends"], got.Charts)
	}
	if len(got.Warnings) > 0 {
		t.Errorf("openpyxl warned: %q", got.Warnings)
	}
	if got.Formula == "" || got.Formula[0] != '=' {
		t.Errorf("openpyxl reads Summary!D12 as %q, want a formula", got.Formula)
	}
	figs := figures(in)
	if len(got.Cached) != len(figs) {
		t.Errorf("openpyxl sees %d keyed figures, want %d", len(got.Cached), len(figs))
	}
	for key, fig := range figs {
		v, ok := got.Cached[key]
		if !ok {
			t.Errorf("openpyxl: no cached value for %s", key)
			continue
		}
		var s string
		switch x := v.(type) {
		case float64:
			s = formatFloat(x)
		case string:
			s = x
		}
		if !sameValue(s, wantCached(fig.Value)) {
			t.Errorf("openpyxl: %s cached %v, want %s", key, v, wantCached(fig.Value))
		}
	}
	// The read-only mode trusts each sheet's declared used range, which the
	// stream writer gets wrong unless it is set (see fixDimension).
	for sheet, rows := range got.Dims {
		if ro := got.RoDims[sheet]; len(ro) != 3 || ro[0] != rows || ro[1] != got.Cols[sheet] || ro[2] != rows {
			t.Errorf("openpyxl read-only sees %s as %v (rows, columns, rows iterated), want %d rows and %d columns", sheet, ro, rows, got.Cols[sheet])
		}
	}
	if got.Dims["Border operations"] != 4 {
		t.Errorf("openpyxl: Border operations has %d rows, want 4", got.Dims["Border operations"])
	}
}

func formatFloat(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
