package blank

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/ingest"
	"ratsreport/report/internal/testtool"
	"ratsreport/report/schema"
)

// writeAll writes every blank workbook into dir and returns the paths.
func writeAll(t *testing.T, cfg *config.Config, dir string) map[string]string {
	t.Helper()
	paths := map[string]string{}
	for _, l := range config.Languages {
		for _, d := range schema.Datasets {
			p := filepath.Join(dir, Name(d, l))
			if err := os.WriteFile(p, workbook(t, cfg, l, d), 0o644); err != nil {
				t.Fatal(err)
			}
			paths[l+"/"+string(d)] = p
		}
	}
	return paths
}

// openpyxlScript prints, per workbook, what openpyxl sees: sheets and
// their states, the header row, the example cell, the frozen cell, and
// every data validation with the values its list range holds.
const openpyxlScript = `
import json, sys, warnings
import openpyxl
from openpyxl.utils.cell import range_boundaries
out = {}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for path in sys.argv[1:]:
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[0]
        dvs = []
        for dv in ws.data_validations.dataValidation:
            values = None
            if dv.type == "list":
                sheet, ref = dv.formula1.split("!")
                sheet = sheet.strip("'").replace("''", "'")
                c1, r1, c2, r2 = range_boundaries(ref.replace("$", ""))
                values = [wb[sheet].cell(row=r, column=c1).value for r in range(r1, r2 + 1)]
            dvs.append({"type": dv.type, "operator": dv.operator, "formula1": dv.formula1, "formula2": dv.formula2,
                        "sqref": str(dv.sqref), "error_style": dv.errorStyle, "values": values})
        out[path] = {
            "sheets": wb.sheetnames,
            "states": [wb[s].sheet_state for s in wb.sheetnames],
            "headers": [c.value for c in ws[1]],
            "example": ws["A2"].value,
            "example_italic": bool(ws["A2"].font.i),
            "freeze": ws.freeze_panes,
            "notes": sum(1 for c in ws[1] if c.comment is not None),
            "validations": dvs,
        }
    out["warnings"] = [str(w.message) for w in caught]
print(json.dumps(out))
`

type pyValidation struct {
	Type, Operator, Formula1, Formula2, Sqref string
	ErrorStyle                                string `json:"error_style"`
	Values                                    []string
}

type pyBook struct {
	Sheets, States, Headers []string
	Example                 string
	ExampleItalic           bool `json:"example_italic"`
	Freeze                  string
	Notes                   int
	Validations             []pyValidation
}

// openpyxlPython returns a python3 that imports openpyxl (Debian's first,
// which has python3-openpyxl), or skips the test, saying why it needed it
// (a failure under RATSREPORT_REQUIRE_TOOLS=1).
func openpyxlPython(t *testing.T, why string) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if path, err := exec.LookPath(p); err == nil && exec.Command(path, "-c", "import openpyxl").Run() == nil {
			return path
		}
	}
	testtool.Missing(t, "python3 with openpyxl not found (needed "+why+"; Debian python3-openpyxl)")
	return ""
}

// TestOpenpyxl reads the validations back with openpyxl, an independent
// reader: the drop-downs are there, pointing at the right lists.
func TestOpenpyxl(t *testing.T) {
	py := openpyxlPython(t, "to read the validations back")
	cfg := loadConfig(t)
	paths := writeAll(t, cfg, t.TempDir())
	args := []string{"-c", openpyxlScript}
	for _, p := range paths {
		args = append(args, p)
	}
	out, err := exec.Command(py, args...).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
	var books map[string]json.RawMessage
	if err := json.Unmarshal(out, &books); err != nil {
		t.Fatalf("openpyxl output: %v\n%s", err, out)
	}
	if w := string(books["warnings"]); w != "[]" {
		t.Errorf("openpyxl warned: %s", w)
	}
	for key, p := range paths {
		l, d, _ := strings.Cut(key, "/")
		var b pyBook
		if err := json.Unmarshal(books[p], &b); err != nil {
			t.Fatal(err)
		}
		checkSeenBy(t, "openpyxl", key, b, cfg, l, schema.Dataset(d))
	}
}

// checkSeenBy compares what another program read with the contract.
func checkSeenBy(t *testing.T, reader, key string, b pyBook, cfg *config.Config, l string, d schema.Dataset) {
	t.Helper()
	hl := HeaderLang(l)
	if fmt.Sprint(b.Headers) != fmt.Sprint(wantHeaders(cfg, d, hl)) {
		t.Errorf("%s: %s headers %q", reader, key, b.Headers)
	}
	if fmt.Sprint(b.States) != "[visible visible hidden]" {
		t.Errorf("%s: %s sheet states %q, want the lists hidden", reader, key, b.States)
	}
	if !strings.HasPrefix(b.Example, ExamplePrefix(l)) || !b.ExampleItalic {
		t.Errorf("%s: %s example %q (italic %v)", reader, key, b.Example, b.ExampleItalic)
	}
	// Headless LibreOffice has no view: it saves no frozen pane, from any
	// writer's file. The freeze is checked with openpyxl and excelize.
	if b.Freeze != "A2" && reader != "LibreOffice" {
		t.Errorf("%s: %s frozen at %q, want A2", reader, key, b.Freeze)
	}
	if b.Notes != len(b.Headers) {
		t.Errorf("%s: %s has %d header notes, want %d", reader, key, b.Notes, len(b.Headers))
	}
	lists := map[string][]string{}
	for _, v := range b.Validations {
		if v.Type == "list" {
			lists[strings.TrimRight(strings.Split(v.Sqref, ":")[0], "0123456789")] = v.Values
		}
	}
	want := 0
	for i, c := range schema.SheetFor(d).Columns {
		wl := wantList(cfg, c, l)
		if wl == nil {
			continue
		}
		want++
		col, _ := excelize.ColumnNumberToName(i + 1)
		if fmt.Sprint(lists[col]) != fmt.Sprint(wl) {
			t.Errorf("%s: %s column %s (%s): drop-down %q, want %q", reader, key, col, c.Key, lists[col], wl)
		}
	}
	if len(lists) != want {
		t.Errorf("%s: %s has %d drop-downs, want %d", reader, key, len(lists), want)
	}
}

// TestLibreOffice opens every template in LibreOffice and saves it again
// as xlsx: the drop-downs survive (read back with openpyxl when present,
// else with excelize), and the reader still takes the saved file as an
// empty template, its service sheets quiet. It also exports one to PDF and checks the headers print.
func TestLibreOffice(t *testing.T) {
	soffice := testtool.Need(t, "soffice", "to open the templates; Debian libreoffice-calc-nogui")
	cfg := loadConfig(t)
	paths := writeAll(t, cfg, t.TempDir())
	var files []string
	for _, p := range paths {
		files = append(files, p)
	}
	out := t.TempDir()
	libreoffice(t, soffice, out, "xlsx:Calc MS Excel 2007 XML", files...)
	var saved []string
	for key, p := range paths {
		l, d, _ := strings.Cut(key, "/")
		lo := filepath.Join(out, filepath.Base(p))
		saved = append(saved, lo)
		f, err := excelize.OpenFile(lo)
		if err != nil {
			t.Fatalf("%s: LibreOffice's copy does not open: %v", key, err)
		}
		b := pyBook{Sheets: f.GetSheetList()}
		for _, s := range b.Sheets {
			if vis, _ := f.GetSheetVisible(s); vis {
				b.States = append(b.States, "visible")
			} else {
				b.States = append(b.States, "hidden")
			}
		}
		rows, _ := f.GetRows(b.Sheets[0])
		b.Headers, b.Example = rows[0], rows[1][0]
		b.ExampleItalic = true // styles are checked on our own file
		comments, _ := f.GetComments(b.Sheets[0])
		b.Notes = len(comments)
		dvs, err := f.GetDataValidations(b.Sheets[0])
		if err != nil {
			t.Fatal(err)
		}
		for _, dv := range dvs {
			v := pyValidation{Type: dv.Type, Operator: dv.Operator, Formula1: dv.Formula1, Formula2: dv.Formula2, Sqref: dv.Sqref}
			if dv.Type == "list" {
				v.Values = rangeValues(t, f, dv.Formula1)
			}
			b.Validations = append(b.Validations, v)
		}
		f.Close()
		checkSeenBy(t, "LibreOffice", key, b, cfg, l, schema.Dataset(d))
	}
	res, err := ingest.Read(context.Background(), cfg, ingest.Options{Files: saved})
	if err != nil {
		t.Fatal(err)
	}
	// Not even a notice: LibreOffice keeps the custom property that names
	// the service sheets.
	if len(res.Diags) > 0 {
		t.Errorf("the reader finds %d problems in LibreOffice's copies: %v", len(res.Diags), res.Diags)
	}

	pdfDir := t.TempDir()
	libreoffice(t, soffice, pdfDir, "pdf", paths["ru/border"])
	pages := testtool.PageTexts(t, filepath.Join(pdfDir, strings.TrimSuffix(filepath.Base(paths["ru/border"]), ".xlsx")+".pdf"), false)
	text := testtool.Fields(strings.Join(pages, " "))
	for _, want := range []string{"Операция", "Отчитывающееся государство", "Пример: Солидарность", "Казахстан", "Заполните лист «Пограничные операции»"} {
		if !strings.Contains(text, want) && !strings.Contains(strings.ReplaceAll(text, " ", ""), strings.ReplaceAll(want, " ", "")) {
			t.Errorf("LibreOffice's PDF lacks %q", want)
		}
	}
}

// TestOpenpyxlSavedQuiet: a template saved by openpyxl, which drops
// custom document properties, still reads without a notice about its
// service sheets (the defined name schema.TemplateSheetsName carries them), and
// its data sheet's rows are read.
func TestOpenpyxlSavedQuiet(t *testing.T) {
	py := openpyxlPython(t, "to save the templates as openpyxl does")
	cfg := loadConfig(t)
	paths := writeAll(t, cfg, t.TempDir())
	out := t.TempDir()
	var saved []string
	args := []string{"-c", `import sys, openpyxl
out = sys.argv[1]
for p in sys.argv[2:]:
    wb = openpyxl.load_workbook(p)
    assert not getattr(wb, "custom_doc_props", None), "this openpyxl keeps custom properties"
    wb.save(out + "/" + p.rsplit("/", 1)[1])
`, out}
	for _, p := range paths {
		args = append(args, p)
		saved = append(saved, filepath.Join(out, filepath.Base(p)))
	}
	if b, err := exec.Command(py, args...).CombinedOutput(); err != nil {
		if strings.Contains(string(b), "keeps custom properties") {
			t.Skip("this openpyxl keeps custom properties: the defined name is not what makes it quiet here")
		}
		t.Fatalf("openpyxl: %v\n%s", err, b)
	}
	res, err := ingest.Read(context.Background(), cfg, ingest.Options{Files: saved})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diags) > 0 {
		t.Errorf("the reader finds %d problems in openpyxl's copies: %v", len(res.Diags), res.Diags)
	}
	if got := len(res.Data.Sources); got != len(paths) {
		t.Errorf("read %d files, want %d", got, len(paths))
	}
}

func libreoffice(t *testing.T, soffice, out, format string, files ...string) {
	t.Helper()
	profile := filepath.Join(t.TempDir(), "profile")
	args := append([]string{"--headless", "--norestore", "-env:UserInstallation=file://" + profile,
		"--convert-to", format, "--outdir", out}, files...)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
}
