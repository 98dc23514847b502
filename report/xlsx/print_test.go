package xlsx

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/internal/testtool"
)

// TestPrintSettings checks how every sheet prints: A4 landscape, the
// document title in the page header, the classification and "page X of
// Y" in the footer; fitted to one page wide or at PrintScale over several
// pages wide; the detail sheets' print area without the provenance
// columns, and print titles repeating the header row (and the key column
// when printed over several pages wide).
func TestPrintSettings(t *testing.T) {
	in := newInput(t, testData(), testWarnings())
	_, pkg := renderFile(t, in, "print.xlsx")
	f, err := excelize.OpenReader(strings.NewReader(string(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := map[string]map[string]string{} // sheet → defined name → reference
	for _, dn := range f.GetDefinedName() {
		if names[dn.Scope] == nil {
			names[dn.Scope] = map[string]string{}
		}
		names[dn.Scope][dn.Name] = dn.RefersTo
	}
	title := in.Config.Report.Title.In("en")
	for _, sheet := range f.GetSheetList() {
		hf, err := f.GetHeaderFooter(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if hf == nil {
			t.Errorf("%s: no page header or footer", sheet)
			continue
		}
		if !strings.Contains(hf.OddHeader, title) || !strings.Contains(hf.OddFooter, "Page &P of &N") ||
			!strings.Contains(hf.OddFooter, in.Config.Report.Classification.In("en")) {
			t.Errorf("%s: header %q, footer %q; want the title, the classification and the page number", sheet, hf.OddHeader, hf.OddFooter)
		}
		pl, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		props, err := f.GetSheetProps(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if pl.Orientation == nil || *pl.Orientation != "landscape" {
			t.Errorf("%s: not landscape", sheet)
		}
		fitted := props.FitToPage != nil && *props.FitToPage && pl.FitToWidth != nil && *pl.FitToWidth == 1
		scaled := (props.FitToPage == nil || !*props.FitToPage) && pl.AdjustTo != nil && *pl.AdjustTo >= 70
		if !fitted && !scaled {
			t.Errorf("%s: neither fitted to one page wide nor printed at 70%% or more", sheet)
		}
		if sheet != "Summary" && !strings.HasSuffix(names[sheet]["_xlnm.Print_Titles"], "!$1:$1") {
			t.Errorf("%s: print titles %q, want the header row", sheet, names[sheet]["_xlnm.Print_Titles"])
		}
		if scaled && !strings.Contains(names[sheet]["_xlnm.Print_Titles"], "!$A:$") {
			t.Errorf("%s: printed over several pages wide without its key columns repeated", sheet)
		}
	}
	for _, d := range []string{"Exercises", "Border operations", "Conference", "Agreements", "Online", "Training", "Meetings"} {
		area := names[d]["_xlnm.Print_Area"]
		cols, _ := f.GetRows(d)
		if len(cols) == 0 {
			t.Fatalf("%s: no rows", d)
		}
		header := cols[0]
		last := strings.TrimPrefix(area[strings.LastIndex(area, "$")-0:], "$")
		n, err := excelize.ColumnNameToNumber(last)
		if err != nil {
			t.Errorf("%s: print area %q", d, area)
			continue
		}
		if n != len(header)-4 || header[n] != "Source file" {
			t.Errorf("%s: print area %q ends at column %d of %v; want the columns before Source file", d, area, n, header)
		}
	}
}

// TestLibreOfficePrint has LibreOffice print the workbook to PDF and
// measures the text: on every page, nine words in ten are at least as
// tall as 11 pt text printed at 70 %.
func TestLibreOfficePrint(t *testing.T) {
	soffice := testtool.Need(t, "soffice", "to print the workbook; Debian libreoffice-calc-nogui")
	pdftotext := testtool.Need(t, "pdftotext", "to measure the printed text; Debian poppler-utils")
	dir := t.TempDir()
	p, _ := renderFile(t, newInput(t, testData(), testWarnings()), "print.xlsx")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir, p)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	pdf := filepath.Join(dir, "print.pdf")
	out, err := exec.Command(pdftotext, "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	word := regexp.MustCompile(`yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<`)
	// 11 pt Calibri (or its stand-in) gives word boxes about 14.3 pt
	// tall at 100 %; 70 % of that is 10 pt.
	const least = 0.7 * 14.3
	pages := strings.Split(string(out), "<page ")[1:]
	if len(pages) < 10 {
		t.Fatalf("LibreOffice printed %d pages", len(pages))
	}
	for i, pg := range pages {
		var hs []float64
		for _, m := range word.FindAllStringSubmatch(pg, -1) {
			a, _ := strconv.ParseFloat(m[1], 64)
			b, _ := strconv.ParseFloat(m[2], 64)
			hs = append(hs, b-a)
		}
		if len(hs) == 0 {
			continue
		}
		sort.Float64s(hs)
		if p90 := hs[len(hs)*9/10]; p90 < least {
			t.Errorf("page %d: nine words in ten are under %.1f pt tall (%.1f): printed under 70 %%", i+1, least, p90)
		}
	}
	t.Logf("LibreOffice printed the workbook on %d pages", len(pages))
}
