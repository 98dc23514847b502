package build

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	pdfmodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/failure"
	"ratsreport/report/internal/testtool"
	"ratsreport/report/load"
	"ratsreport/report/msg"
	"ratsreport/report/summary"
)

func TestMain(m *testing.M) {
	pdfmodel.ConfigPath = "disable"
	os.Exit(m.Run())
}

func sampleConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// inputs loads cfg's inputs for a build in langs, as the CLI does.
func inputs(t *testing.T, ctx context.Context, cfg *config.Config, getenv func(string) string, langs ...string) *load.Inputs {
	t.Helper()
	in, err := load.Read(ctx, cfg, load.Options{Langs: langs, Date: true, Fonts: true, Getenv: getenv})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func run(t *testing.T, cfg *config.Config, langs ...string) *Result {
	t.Helper()
	res, err := Run(context.Background(), inputs(t, context.Background(), cfg, nil, langs...), Options{OutDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func output(t *testing.T, res *Result, suffix string) string {
	t.Helper()
	for _, o := range res.Outputs {
		if strings.HasSuffix(o.Path, suffix) {
			return o.Path
		}
	}
	t.Fatalf("no output ending in %s: %+v", suffix, res.Outputs)
	return ""
}

// TestWorkbookEqualsPDF: the key figures the workbook's Summary sheet
// holds (cached values) are the figures the PDF prints — one source of
// truth, checked on the outputs themselves.
func TestWorkbookEqualsPDF(t *testing.T) {
	cfg := sampleConfig(t)
	res := run(t, cfg, "en")
	f, err := excelize.OpenFile(output(t, res, ".xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Find each key figure's row by its key (column I) and read this
	// year's and last year's values (columns D and E).
	book := map[string][2]string{}
	rows, err := f.Rows("Summary")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		cells, _ := rows.Columns(excelize.Options{RawCellValue: true})
		if len(cells) >= 9 && strings.Contains(cells[8], ".") {
			book[cells[8]] = [2]string{cells[3], cells[4]}
		}
	}
	rows.Close()
	pages := testtool.PageTexts(t, output(t, res, "-en.pdf"), true)
	// The key figures take two pages after the front matter: the page of
	// their heading and the next.
	keyPage := ""
	for i := 2; i < len(pages)-1; i++ {
		if strings.Contains(testtool.Fields(pages[i]), "1. Key figures of the year") {
			keyPage = testtool.Fields(pages[i] + "\n" + pages[i+1])
			break
		}
	}
	if len(res.Summary.Key) < 10 {
		t.Fatalf("only %d key figures", len(res.Summary.Key))
	}
	for _, fig := range res.Summary.Key {
		got, ok := book[fig.Key]
		if !ok {
			t.Errorf("%s: not in the workbook", fig.Key)
			continue
		}
		want := [2]string{numText(fig.Value), numText(fig.Prev)}
		if got != want {
			t.Errorf("%s: workbook %v, summary %v", fig.Key, got, want)
		}
		// The PDF prints the same two numbers side by side.
		pdfPair := pdfText(fig.Value) + " " + pdfText(fig.Prev)
		if !strings.Contains(keyPage, pdfPair) {
			t.Errorf("%s: the PDF's key figures page has no %q", fig.Key, pdfPair)
		}
	}
}

// numText is how the workbook stores a figure: its number, or the text
// "not reported".
func numText(a summary.Amount) string {
	if !a.Reported {
		return "not reported"
	}
	return strconv.FormatFloat(float64(a.Milli)/1000, 'f', -1, 64)
}

// pdfText is how the English PDF prints a whole-number figure.
func pdfText(a summary.Amount) string {
	if !a.Reported {
		return "n/r"
	}
	s := strconv.FormatInt(a.Milli/1000, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestReproducible: two builds, in different working folders and time
// zones, give byte-identical PDFs and workbooks.
func TestReproducible(t *testing.T) {
	cfg := sampleConfig(t)
	abs, err := filepath.Abs("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	first := run(t, cfg, "en", "ru")
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(t.TempDir()); err != nil {
		t.Fatal(err)
	}
	saved := time.Local
	time.Local = time.FixedZone("UTC+9", 9*3600)
	defer func() { time.Local = saved }()
	cfg2, err := config.Load(abs)
	if err != nil {
		t.Fatal(err)
	}
	second := run(t, cfg2, "en", "ru")
	if len(first.Outputs) != 3 || len(second.Outputs) != 3 {
		t.Fatalf("outputs: %d and %d", len(first.Outputs), len(second.Outputs))
	}
	for i := range first.Outputs {
		a, b := first.Outputs[i], second.Outputs[i]
		if filepath.Base(a.Path) != filepath.Base(b.Path) || a.SHA256 != b.SHA256 {
			t.Errorf("%s differs between builds (%s vs %s)", filepath.Base(a.Path), a.SHA256[:12], b.SHA256[:12])
		}
		x, _ := os.ReadFile(a.Path)
		y, _ := os.ReadFile(b.Path)
		if !bytes.Equal(x, y) {
			t.Errorf("%s: bytes differ", filepath.Base(a.Path))
		}
	}
}

// TestSourceDateEpoch: SOURCE_DATE_EPOCH dates the PDF and the workbook
// metadata instead of report.document_date.
func TestSourceDateEpoch(t *testing.T) {
	cfg := sampleConfig(t)
	in := inputs(t, context.Background(), cfg, func(k string) string {
		if k == "SOURCE_DATE_EPOCH" {
			return "1767225600" // 2026-01-01T00:00:00Z
		}
		return ""
	}, "en")
	res, err := Run(context.Background(), in, Options{OutDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	pdf, _ := os.ReadFile(output(t, res, "-en.pdf"))
	if !bytes.Contains(pdf, []byte("/CreationDate (D:20260101000000")) || !bytes.Contains(pdf, []byte("/ModDate (D:20260101000000")) {
		t.Error("the PDF's creation and modification dates are not SOURCE_DATE_EPOCH's")
	}
	if bytes.Contains(pdf, []byte("D:20260320")) {
		t.Error("the PDF still carries report.document_date")
	}
	zr, err := zip.OpenReader(output(t, res, ".xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var core string
	for _, f := range zr.File {
		if f.Name == "docProps/core.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			core = string(b)
		}
	}
	if !strings.Contains(core, "2026-01-01T00:00:00Z</dcterms:created>") || !strings.Contains(core, "2026-01-01T00:00:00Z</dcterms:modified>") {
		t.Errorf("docProps/core.xml dates: %s", core)
	}
}

// TestTextStaysText: cell text that looks like a formula or a path comes
// out as text in the workbook (a string cell, no formula) and in the PDF,
// and the outputs go only where --out says.
func TestTextStaysText(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "sources")
	os.MkdirAll(src, 0o755)
	hostile := []string{`=HYPERLINK("http://example.invalid","click")`, "+1+1", "@SUM(A1:A2)", "../../etc/passwd", "-2"}
	f := excelize.NewFile()
	rows := [][]any{{"Name", "Kind", "Start date", "End date", "Host country", "Participating states", "Threat", "Notes", "Location"}}
	for i, h := range hostile {
		rows = append(rows, []any{h, "field", "2025-09-0" + strconv.Itoa(i+1), "2025-09-09", "KZ", "KZ", "other", h, h})
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	f.SetSheetName("Sheet1", "Exercises")
	if err := f.SaveAs(filepath.Join(src, "x.xlsx")); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cfg := sampleConfig(t)
	cfg.Dir = dir
	out := filepath.Join(dir, "out")
	res, err := Run(context.Background(), inputs(t, context.Background(), cfg, nil, "en"), Options{OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 { // sources and out, nothing else
		t.Errorf("the build wrote outside --out: %v", entries)
	}
	book, err := excelize.OpenFile(output(t, res, ".xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	found := 0
	for r := 2; r <= len(hostile)+1; r++ {
		cell := "A" + strconv.Itoa(r)
		formula, _ := book.GetCellFormula("Exercises", cell)
		typ, _ := book.GetCellType("Exercises", cell)
		v, _ := book.GetCellValue("Exercises", cell)
		if formula != "" || (typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString) {
			t.Errorf("%s = %q: formula %q, type %v; want a string cell", cell, v, formula, typ)
		}
		for _, h := range hostile {
			if v == h {
				found++
			}
		}
	}
	if found != len(hostile) {
		t.Errorf("found %d of the %d texts as written", found, len(hostile))
	}
	// Long texts wrap in table cells: compare without white space.
	text := strings.Join(strings.Fields(strings.Join(testtool.PageTexts(t, output(t, res, "-en.pdf"), false), "")), "")
	for _, h := range hostile {
		if !strings.Contains(text, h) {
			t.Errorf("the PDF does not show %q as text", h)
		}
	}
}

// TestInterrupted: a build whose context is cancelled (Ctrl-C), before it
// starts or while it renders, stops with ErrInterrupted, writes nothing
// and leaves the previous outputs and no temporary file. (Cancelled while
// reading, the loader stops first: see load's TestInterrupted.)
func TestInterrupted(t *testing.T) {
	for _, when := range []string{"before rendering", "while rendering"} {
		t.Run(when, func(t *testing.T) {
			cfg := sampleConfig(t)
			out := t.TempDir()
			os.WriteFile(filepath.Join(out, "ratsreport-2025.xlsx"), []byte("previous"), 0o644)
			in := inputs(t, context.Background(), cfg, nil, "en")
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if when == "before rendering" {
				cancel()
			}
			progress := func(m msg.Message) {
				if stage := m.In("en"); strings.HasPrefix(stage, "rendering") && when == "while rendering" {
					cancel()
				}
			}
			_, err := Run(ctx, in, Options{OutDir: out, Progress: progress})
			if !errors.Is(err, ErrInterrupted) || failure.Of(err) != failure.Interrupted {
				t.Fatalf("err = %v (%v), want ErrInterrupted", err, failure.Of(err))
			}
			if b, _ := os.ReadFile(filepath.Join(out, "ratsreport-2025.xlsx")); string(b) != "previous" {
				t.Error("the previous output was touched")
			}
			entries, _ := os.ReadDir(out)
			if len(entries) != 1 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("out holds %q, want only the previous output", names)
			}
		})
	}
}

// TestOutputError: an output folder that cannot be made is an error of
// kind failure.Output, and nothing is written.
func TestOutputError(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Run(context.Background(), inputs(t, context.Background(), sampleConfig(t), nil, "en"), Options{OutDir: filepath.Join(blocker, "out")})
	if failure.Of(err) != failure.Output || !strings.Contains(err.Error(), "blocker") && !strings.Contains(err.Error(), "file") {
		t.Errorf("err = %v (%v), want an output error naming the folder", err, failure.Of(err))
	}
}
