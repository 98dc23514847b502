package pdfreport_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ratsreport/report/build"
	"ratsreport/report/internal/golden"
	"ratsreport/report/internal/samplebuild"
	"ratsreport/report/internal/testtool"
	"ratsreport/report/pdfdoc"
	"ratsreport/report/pdfreport"
	"ratsreport/report/summary"
)

// sample is the shipped sample's build (package samplebuild).
func sample(t *testing.T) *samplebuild.Build {
	t.Helper()
	return samplebuild.Get(t)
}

// input is the PDF renderer's input for language l, as the build makes
// it, over the summary s.
func input(t *testing.T, b *samplebuild.Build, l string, s *summary.Summary) pdfreport.Input {
	t.Helper()
	if l == "zh" && b.NoCJK != nil {
		testtool.Missing(t, b.NoCJK.Error())
	}
	return build.PDFInput(b.Inputs, s, l)
}

// pageText formats the pages as the golden file holds them.
func pageText(b *samplebuild.Build, l string, pages []pdfdoc.PageText) []byte {
	var out bytes.Buffer
	fmt.Fprintf(&out, "# ratsreport-%d-%s.pdf of the shipped sample: the text of each page as laid out.\n", b.Config.Report.Year, l)
	fmt.Fprintf(&out, "# Rewrite: go test ./report/pdfreport -run Golden -update\n")
	for _, p := range pages {
		out.WriteString(p.String())
	}
	return out.Bytes()
}

func goldenPath(l string) string { return filepath.Join("testdata", "golden", "report-"+l+".txt") }

// TestGoldenPDF keeps the text of every page of the shipped sample's
// report, in each language, in testdata/golden/report-<lang>.txt: the text
// as pdfdoc laid it out (pdfreport.Pages), one line per row drawn, table
// cells separated by " | ", pages introduced by "--- page N ---". A change
// to a figure, a text, the wrapping or the pagination shows there as a
// line diff. After an intended change, rewrite the files and review them:
//
//	go test ./report/pdfreport -run Golden -update
//	git diff report/pdfreport/testdata/golden
//
// The inputs are a real build's: the sample is built with build.Run, the
// report is rendered again from the build's summary, warnings, texts,
// fonts and date, and the bytes must equal the PDF the build wrote. The
// recorded text is then checked against the PDF itself: every line drawn
// must appear on its page in pdftotext -layout's output.
func TestGoldenPDF(t *testing.T) {
	for _, l := range []string{"en", "ru", "zh"} {
		t.Run(l, func(t *testing.T) {
			b := sample(t)
			in := input(t, b, l, b.Result.Summary)
			ctx := context.Background()
			pdf, err := pdfreport.Render(ctx, in)
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("ratsreport-%d-%s.pdf", b.Config.Report.Year, l)
			if !bytes.Equal(pdf, b.Outputs[name]) {
				t.Fatalf("the report rendered from the build's inputs differs from the build's %s: the golden would not show what a build writes", name)
			}
			pages, err := pdfreport.Pages(ctx, in)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, goldenPath(l), pageText(b, l, pages))
			checkDrawn(t, pdf, pages)
		})
	}
}

// checkDrawn checks the recorded text against the PDF: as many pages,
// every line drawn on a page found in that page's pdftotext -layout text,
// and every piece of that text found in the lines recorded for the page
// (white space normalised).
func checkDrawn(t *testing.T, pdf []byte, pages []pdfdoc.PageText) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	extracted := testtool.PageTexts(t, path, true)
	if len(extracted) != len(pages) {
		t.Fatalf("pdftotext reads %d pages, the layout has %d", len(extracted), len(pages))
	}
	recorded := make([][]string, len(pages))
	n := 0
	for i, p := range pages {
		for _, l := range p.Lines {
			for _, d := range l.Drawn {
				recorded[i] = append(recorded[i], strings.Join(d, " "))
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no text recorded")
	}
	if missing := golden.MissingLines(recorded, extracted); len(missing) > 0 {
		t.Errorf("%d of %d recorded lines are not in the PDF's text (pdftotext -layout):\n%s", len(missing), n, strings.Join(missing, "\n"))
	}
	if extra := golden.Unrecorded(recorded, extracted); len(extra) > 0 {
		t.Errorf("%d pieces of the PDF's text (pdftotext -layout) are not in the recorded text:\n%s", len(extra), strings.Join(extra, "\n"))
	}
}

// TestGoldenPDFFigureChange shows that the golden comparison catches a
// changed figure: one more border violator in one report of Kazakhstan
// changes exactly the lines that show the violators' total (the foreword
// and the executive summary among them) or Kazakhstan's figure, and
// nothing else.
func TestGoldenPDFFigureChange(t *testing.T) {
	b := sample(t)
	year := b.Config.Report.Year
	data, _ := samplebuild.MoreViolators(t, b.Inputs.Read.Data, year)
	pages, err := pdfreport.Pages(context.Background(), input(t, b, "en", summary.Build(b.Config, data, year)))
	if err != nil {
		t.Fatal(err)
	}
	got := pageText(b, "en", pages)
	if err := golden.Compare(goldenPath("en"), got); err == nil {
		t.Fatal("the golden comparison passes with a changed figure")
	} else if !strings.Contains(err.Error(), "go test -update") {
		t.Errorf("the failure does not say how to update the golden file:\n%v", err)
	}
	want, err := os.ReadFile(goldenPath("en"))
	if err != nil {
		t.Fatal(err)
	}
	changes := []struct {
		what     string
		page     int
		old, new string
	}{
		{"foreword", 3,
			"detained 12,870 border violators. The competent authorities reported 56,651 internet resources blocked,",
			"detained 12,871 border violators. The competent authorities reported 56,651 internet resources blocked,"},
		{"executive summary", 4,
			"persons: 12,870 (−510, −3.8%, against 2024); Illegal migrants detained, persons: 10,960 (+510, +4.9%,",
			"persons: 12,871 (−509, −3.8%, against 2024); Illegal migrants detained, persons: 10,960 (+510, +4.9%,"},
		{"key figure panel", 5,
			"Border violators detained, persons | 12,870 | 2024: 13,380 · −510 (−3.8%)",
			"Border violators detained, persons | 12,871 | 2024: 13,380 · −509 (−3.8%)"},
		{"key figures table", 5,
			"Border violators detained, persons | 12,870 | 13,380 | −510 | −3.8%",
			"Border violators detained, persons | 12,871 | 13,380 | −509 | −3.8%"},
		{"border narrative", 8,
			"detained 12,870 border violators and seized 78 firearms. 16 figures were not reported and are not counted.",
			"detained 12,871 border violators and seized 78 firearms. 16 figures were not reported and are not counted."},
		{"totals per operation", 8,
			"Border violators detained, persons | 12,870",
			"Border violators detained, persons | 12,871"},
		{"by-state row", 8,
			"Kazakhstan | 1,966 | 1,752 | 62 | 1,014.5 | 9",
			"Kazakhstan | 1,967 | 1,752 | 62 | 1,014.5 | 9"},
		{"by-state total", 8,
			"Total | 12,870 | 10,960 | 389 | 9,815.6 | 78",
			"Total | 12,871 | 10,960 | 389 | 9,815.6 | 78"},
		{"year over year", 9,
			"Border violators detained, persons | 13,380 | 12,870 | −510 | −3.8%",
			"Border violators detained, persons | 13,380 | 12,871 | −509 | −3.8%"},
	}
	removed, added := golden.Changes(want, got)
	if len(removed) != len(changes) || len(added) != len(changes) {
		t.Fatalf("%d lines removed and %d added, want %d each:\n%v\n%v", len(removed), len(added), len(changes), removed, added)
	}
	for i, c := range changes {
		page := golden.Heading(want, removed[i].N, "--- page ")
		if wp := fmt.Sprintf("--- page %d ---", c.page); page != wp || removed[i].Text != c.old || added[i].Text != c.new {
			t.Errorf("%s: changed line %d:\n %s\n-%s\n+%s\nwant:\n %s\n-%s\n+%s", c.what, i+1, page, removed[i].Text, added[i].Text, wp, c.old, c.new)
		}
	}
}
