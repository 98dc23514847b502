package plausible

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/ingest"
	"ratsreport/report/model"
	"ratsreport/report/sample"
)

func sampleConfig(t testing.TB) *config.Config {
	t.Helper()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// history makes a state's border reports: perYear reports in each year
// from first to last, the figures of indicator 0 drawn around base
// (±20 %), the others around 10; each report is row r of its year's file.
func history(cfg *config.Config, state string, first, last, perYear int, base int64) []*model.BorderReport {
	rng := rand.New(rand.NewPCG(1, 2))
	var out []*model.BorderReport
	for y := first; y <= last; y++ {
		for r := 0; r < perYear; r++ {
			f := model.NewFigures(len(cfg.Indicators))
			for i := range cfg.Indicators {
				b := int64(10)
				if i == 0 {
					b = base
				}
				v := b*8/10 + rng.Int64N(b*4/10+1)
				f.Set(i, model.Dec{Milli: v * 1000, Reported: true})
			}
			out = append(out, &model.BorderReport{BorderSite: &model.BorderSite{State: state}, Start: model.MakeDate(y, 9, 1+r%28), Values: f, Provenance: model.Provenance{Origin: model.Origin{File: fmt.Sprintf("sources/%d/border-%s.xlsx", y, state), Sheet: "Border operations", Row: 2 + r}}})
		}
	}
	return out
}

// column puts indicator i in column 7+i.
func column(o model.Origin, i int) int { return 7 + i }

// TestFigure1000: a figure 1,000 times a state's usual is one warning, at
// its cell, naming the state; the year it swells is not warned of again.
func TestFigure1000(t *testing.T) {
	cfg := sampleConfig(t)
	border := append(history(cfg, "KZ", 2017, 2025, 12, 100), history(cfg, "RU", 2017, 2025, 12, 300)...)
	var typo *model.BorderReport
	for _, b := range border {
		if b.State == "KZ" && b.Year() == 2025 && b.Origin.Row == 7 {
			typo = b
			typo.Values.Set(0, model.Dec{Milli: 100_000 * 1000, Reported: true})
		}
	}
	ds := Check(cfg, &model.Data{Border: model.BordersOf(border...)}, column)
	if len(ds) != 1 {
		t.Fatalf("Check = %v, want one warning", ds)
	}
	d := ds[0]
	if d.Severity != diag.Warning || d.File != typo.Origin.File || d.Row != 7 || d.Col != 7 || d.Cell() != "G7" {
		t.Errorf("warning at %s (%v), want %s:Border operations!G7", d.Location(), d.Severity, typo.Origin.File)
	}
	for _, want := range []string{"Border violators detained (persons) 100000 is far above what Kazakhstan reports", "over 108 reports of 2017–2025"} {
		if !strings.Contains(d.Message, want) {
			t.Errorf("message %q lacks %q", d.Message, want)
		}
	}
	// Ten times is within what the rule lets pass.
	typo.Values.Set(0, model.Dec{Milli: 1000 * 1000, Reported: true})
	if ds := Check(cfg, &model.Data{Border: model.BordersOf(border...)}, column); len(ds) != 0 {
		t.Errorf("a figure 10 times the usual: %v, want none", ds)
	}
	// Off is off.
	cfg.Plausibility.Enabled = false
	typo.Values.Set(0, model.Dec{Milli: 100_000 * 1000, Reported: true})
	if ds := Check(cfg, &model.Data{Border: model.BordersOf(border...)}, column); len(ds) != 0 {
		t.Errorf("disabled: %v, want none", ds)
	}
}

// TestYearJump: every figure of a year 15 times the usual (a unit error:
// no single figure is beyond the rule) is one warning on the state's
// year; a year with 10,000 times as many reports of small figures (a
// service reporting per checkpoint and day) is none.
func TestYearJump(t *testing.T) {
	cfg := sampleConfig(t)
	border := history(cfg, "KZ", 2017, 2025, 12, 100)
	for _, b := range border {
		if b.Year() == 2024 {
			v := b.Values.At(0)
			b.Values.Set(0, model.Dec{Milli: v.Milli * 15, Reported: true})
		}
	}
	ds := Check(cfg, &model.Data{Border: model.BordersOf(border...)}, column)
	if len(ds) != 1 || ds[0].Row != 0 || ds[0].File != "sources/2024/border-KZ.xlsx" ||
		!strings.Contains(ds[0].Message, "Kazakhstan's Border violators detained (persons) for 2024 total") {
		t.Fatalf("Check = %v, want one warning on Kazakhstan's 2024", ds)
	}

	border = history(cfg, "KZ", 2017, 2024, 12, 100)
	for r := 0; r < 50_000; r++ {
		f := model.NewFigures(len(cfg.Indicators))
		for i := range cfg.Indicators {
			f.Set(i, model.Dec{Milli: int64(r%5) * 1000, Reported: true})
		}
		border = append(border, &model.BorderReport{BorderSite: &model.BorderSite{State: "KZ"}, Start: model.MakeDate(2025, 9, 1+r%30), Values: f, Provenance: model.Provenance{Origin: model.Origin{File: "sources/2025/border-KZ.xlsx", Sheet: "Border operations", Row: 2 + r}}})
	}
	if ds := Check(cfg, &model.Data{Border: model.BordersOf(border...)}, column); len(ds) != 0 {
		t.Errorf("daily reports: %v, want none", ds[:min(len(ds), 5)])
	}
}

// TestSampleNone: the shipped sample's figures are plausible.
func TestSampleNone(t *testing.T) {
	cfg := sampleConfig(t)
	res, err := ingest.Read(context.Background(), cfg, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if ds := Check(cfg, res.Data, res.IndicatorColumn); len(ds) != 0 {
		t.Errorf("the sample: %v, want none", ds)
	}
}

// TestStressNone: a stress set (the sample with 2025's border results
// as daily reports per checkpoint, as gensample -border-rows writes it;
// 20,000 rows here, 1,000,000 measured by hand) raises none.
func TestStressNone(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a stress set")
	}
	cfg := sampleConfig(t)
	dir := t.TempDir()
	if _, err := sample.Generate(filepath.Join(dir, "sources"), sample.Options{Config: cfg, BorderRows: 20_000}); err != nil {
		t.Fatal(err)
	}
	cfg.Dir = dir
	res, err := ingest.Read(context.Background(), cfg, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Data.Border.Len(); n < 20_000 {
		t.Fatalf("%d border reports, want 20,000 or more", n)
	}
	if ds := Check(cfg, res.Data, res.IndicatorColumn); len(ds) != 0 {
		t.Errorf("the stress set: %d warnings, the first %v", len(ds), ds[:min(len(ds), 5)])
	}
}

// TestCell: a figure typed 1,000 times too large in one of the sample's
// workbooks is a warning at that very cell, as check prints it.
func TestCell(t *testing.T) {
	cfg := sampleConfig(t)
	dir := t.TempDir()
	for _, year := range []string{"2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"} {
		files, _ := filepath.Glob(filepath.Join("../../sources", year, "*.xlsx"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			to := filepath.Join(dir, "sources", year, filepath.Base(f))
			os.MkdirAll(filepath.Dir(to), 0o755)
			if err := os.WriteFile(to, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(dir, "sources", "2025", "border-KZ.xlsx")
	cell, sheet := multiply(t, path, cfg.Indicators[0], 1000)
	cfg.Dir = dir
	res, err := ingest.Read(context.Background(), cfg, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ds := Check(cfg, res.Data, res.IndicatorColumn)
	want := "sources/2025/border-KZ.xlsx:" + sheet + "!" + cell
	if len(ds) != 1 || ds[0].Location() != want {
		t.Fatalf("Check = %v, want one warning at %s", ds, want)
	}
}

// multiply multiplies the first data figure of an indicator's column in
// a workbook by f, and returns its cell and sheet.
func multiply(t *testing.T, path string, ind config.Indicator, f int64) (cell, sheet string) {
	t.Helper()
	book, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	headers := []string{ind.Header["en"], ind.Header["ru"]}
	for _, sh := range book.GetSheetList() {
		rows, err := book.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				if !slices.Contains(headers, strings.TrimSpace(v)) || r+1 >= len(rows) || c >= len(rows[r+1]) {
					continue
				}
				n, err := strconv.ParseInt(strings.ReplaceAll(rows[r+1][c], " ", ""), 10, 64)
				if err != nil {
					t.Fatalf("%s!%d:%d: %q is not a whole number", sh, r+2, c+1, rows[r+1][c])
				}
				cell, _ = excelize.CoordinatesToCellName(c+1, r+2)
				if err := book.SetCellInt(sh, cell, n*f); err != nil {
					t.Fatal(err)
				}
				if err := book.Save(); err != nil {
					t.Fatal(err)
				}
				return cell, sh
			}
		}
	}
	t.Fatalf("%s: no column %q", path, headers)
	return "", ""
}

// TestSelectK compares selection with sorting, on figures that repeat.
func TestSelectK(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 3, 10, 101, 1000} {
		for _, spread := range []int64{1, 3, 1000} {
			a := make([]int64, n)
			for i := range a {
				a[i] = rng.Int64N(spread)
			}
			sorted := slices.Sorted(slices.Values(a))
			for _, k := range []int{0, (n - 1) / 2, n - 1} {
				if got := selectK(slices.Clone(a), k); got != sorted[k] {
					t.Errorf("selectK(n=%d, spread %d, k=%d) = %d, want %d", n, spread, k, got, sorted[k])
				}
			}
		}
	}
	// An order that defeats the median of three still ends, by sorting.
	a := make([]int32, 100_000)
	for i := range a {
		a[i] = int32(i % 1000)
	}
	if got := selectK(a, 50_000); got != 500 {
		t.Errorf("selectK = %d, want 500", got)
	}
}

// BenchmarkCheck times the check over a million reports of ten states
// (the scale of the stress set): what it adds to check.
func BenchmarkCheck(b *testing.B) {
	cfg := sampleConfig(b)
	rng := rand.New(rand.NewPCG(5, 6))
	states := []string{"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK", "IR", "BY"}
	border := make([]*model.BorderReport, 1_000_000)
	var slab model.FigureSlab
	for j := range border {
		f := slab.New(len(cfg.Indicators))
		for i := range cfg.Indicators {
			f.Set(i, model.Dec{Milli: rng.Int64N(6) * 1000, Reported: true})
		}
		border[j] = &model.BorderReport{BorderSite: &model.BorderSite{State: states[j%10]}, Start: model.MakeDate(2017+j%9, 9, 1), Values: f}
	}
	data := &model.Data{Border: model.BordersOf(border...)}
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		Check(cfg, data, nil)
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N), "ms/check")
}
