package pdfreport_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"ratsreport/report/build"
	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/fonts"
	"ratsreport/report/internal/golden"
	"ratsreport/report/internal/testtool"
	"ratsreport/report/lang"
	"ratsreport/report/load"
	"ratsreport/report/model"
	"ratsreport/report/pdfdoc"
	"ratsreport/report/pdfreport"
	"ratsreport/report/summary"
)

// sampleBuild is a build of the shipped sample, with the inputs it
// rendered from.
type sampleBuild struct {
	cfg     *config.Config
	in      *load.Inputs // what the build was given
	res     *build.Result
	date    time.Time
	texts   map[string]*lang.Texts
	fonts   map[string]fonts.Family
	outputs map[string][]byte // file name → bytes the build wrote
	noCJK   error             // why zh was left out, if it was
	skip    string            // why the build could not be a real one
}

var (
	builtOnce sync.Once
	built     *sampleBuild
	builtErr  error
)

// buildEnv is the environment the build sees: the process's, without
// SOURCE_DATE_EPOCH, so the document date is the configuration's.
func buildEnv(k string) string {
	if k == "SOURCE_DATE_EPOCH" {
		return ""
	}
	return os.Getenv(k)
}

// sample builds the shipped sample once, in every configured language,
// into a temporary folder it removes, and keeps the outputs' bytes.
// Without the CJK font the build leaves zh out (and the zh test is
// skipped, or fails under RATSREPORT_REQUIRE_TOOLS=1); if the zh texts
// have translation gaps, every test is.
func sample(t *testing.T) *sampleBuild {
	t.Helper()
	builtOnce.Do(func() { built, builtErr = buildSample() })
	if builtErr != nil {
		t.Fatal(builtErr)
	}
	if built.skip != "" {
		testtool.Missing(t, built.skip)
	}
	return built
}

func buildSample() (*sampleBuild, error) {
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		return nil, err
	}
	b := &sampleBuild{cfg: cfg, texts: map[string]*lang.Texts{}, fonts: map[string]fonts.Family{}, outputs: map[string][]byte{}}
	var langs []string
	for _, l := range cfg.Report.Languages {
		f := fonts.Go()
		if l == "zh" {
			if f, err = fonts.CJK(buildEnv); err != nil {
				// Without zh the build is the same unless the zh texts
				// have translation gaps: warnings every report shows.
				b.noCJK = err
				if zh, lerr := load.Prepare(cfg, load.Options{Langs: []string{l}}); lerr != nil || len(zh.Diags) > 0 {
					b.skip = fmt.Sprintf("%v; without it the build cannot report the zh translation gaps", err)
					return b, nil
				}
				continue
			}
		}
		langs = append(langs, l)
		b.fonts[l] = f
	}
	dir, err := os.MkdirTemp("", "ratsreport-golden-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	if b.in, err = load.Read(ctx, cfg, load.Options{Langs: langs, Date: true, Fonts: true, Getenv: buildEnv}); err != nil {
		return nil, fmt.Errorf("load the sample: %w", err)
	}
	if b.res, err = build.Run(ctx, b.in, build.Options{OutDir: dir}); err != nil {
		return nil, fmt.Errorf("build the sample: %w", err)
	}
	for _, o := range b.res.Outputs {
		if b.outputs[filepath.Base(o.Path)], err = os.ReadFile(o.Path); err != nil {
			return nil, err
		}
	}
	// What build.Run passes the renderers: the loaded texts and document
	// date, the warnings of the diagnostics.
	b.date, b.texts = b.in.Date, b.in.Texts
	return b, nil
}

// input is the PDF renderer's input for language l, as the build made
// it, over the summary s.
func (b *sampleBuild) input(t *testing.T, l string, s *summary.Summary) pdfreport.Input {
	t.Helper()
	if l == "zh" && b.noCJK != nil {
		testtool.Missing(t, b.noCJK.Error())
	}
	var warnings diag.List
	for _, d := range b.in.Diags {
		if d.Severity == diag.Warning {
			warnings = append(warnings, d)
		}
	}
	return pdfreport.Input{Config: b.cfg, Summary: s, Warnings: warnings, Texts: b.texts[l], Fonts: b.fonts[l], Date: b.date}
}

// pageText formats the pages as the golden file holds them.
func pageText(b *sampleBuild, l string, pages []pdfdoc.PageText) []byte {
	var out bytes.Buffer
	fmt.Fprintf(&out, "# ratsreport-%d-%s.pdf of the shipped sample: the text of each page as laid out.\n", b.cfg.Report.Year, l)
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
			in := b.input(t, l, b.res.Summary)
			ctx := context.Background()
			pdf, err := pdfreport.Render(ctx, in)
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("ratsreport-%d-%s.pdf", b.cfg.Report.Year, l)
			if !bytes.Equal(pdf, b.outputs[name]) {
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

// moreViolators returns a copy of the data in which one 2025 border report
// of Kazakhstan counts one more border violator (the first indicator),
// and the report it changed. The read data is left alone.
func moreViolators(t *testing.T, d *model.Data, year int) (*model.Data, *model.BorderReport) {
	t.Helper()
	out := *d
	out.Border = slices.Clone(d.Border)
	for i, b := range out.Border {
		if v := b.Values.At(0); b.State == "KZ" && b.Year() == year && v.Reported {
			c := *b
			c.Values = model.FiguresOf(b.Values.Decs()...)
			c.Values.Set(0, model.Dec{Milli: v.Milli + 1000, Reported: true})
			out.Border[i] = &c
			return &out, &c
		}
	}
	t.Fatalf("no %d border report of KZ with violators", year)
	return nil, nil
}

// TestGoldenPDFFigureChange shows that the golden comparison catches a
// changed figure: one more border violator in one report of Kazakhstan
// changes exactly the lines that show the violators' total or
// Kazakhstan's figure, and nothing else.
func TestGoldenPDFFigureChange(t *testing.T) {
	b := sample(t)
	year := b.cfg.Report.Year
	data, _ := moreViolators(t, b.in.Read.Data, year)
	pages, err := pdfreport.Pages(context.Background(), b.input(t, "en", summary.Build(b.cfg, data, year)))
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
		{"key figure panel", 3,
			"Border violators detained, persons | 12,870 | 2024: 13,380 · −510 (−3.8%)",
			"Border violators detained, persons | 12,871 | 2024: 13,380 · −509 (−3.8%)"},
		{"key figures table", 3,
			"Border violators detained, persons | 12,870 | 13,380 | −510 | −3.8%",
			"Border violators detained, persons | 12,871 | 13,380 | −509 | −3.8%"},
		{"border narrative", 5,
			"detained 12,870 border violators and seized 78 firearms. 16 figures were not reported and are not counted.",
			"detained 12,871 border violators and seized 78 firearms. 16 figures were not reported and are not counted."},
		{"totals per operation", 5,
			"Border violators detained, persons | 12,870",
			"Border violators detained, persons | 12,871"},
		{"by-state row", 5,
			"Kazakhstan | 1,966 | 1,752 | 62 | 1,014.5 | 9",
			"Kazakhstan | 1,967 | 1,752 | 62 | 1,014.5 | 9"},
		{"by-state total", 5,
			"Total | 12,870 | 10,960 | 389 | 9,815.6 | 78",
			"Total | 12,871 | 10,960 | 389 | 9,815.6 | 78"},
		{"year over year", 6,
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
