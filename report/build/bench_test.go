package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/fonts"
	"ratsreport/report/ingest"
	"ratsreport/report/lang"
	"ratsreport/report/load"
	"ratsreport/report/pdfreport"
	"ratsreport/report/sample"
	"ratsreport/report/summary"
	"ratsreport/report/xlsx"
	"ratsreport/templates"
)

// Benchmarks of each stage and of the whole build at 10k, 100k and 1M
// border rows (the stress mode of the sample generator: one row per
// checkpoint per day over ten state workbooks, plus the normal sample).
// The two large sizes are skipped under -short. Each size's data set is
// generated once per process into a temporary folder. See
// docs/performance.md for the figures and how to reproduce them.

var benchSizes = []int{10_000, 100_000, 1_000_000}

var (
	benchMu   sync.Mutex
	benchDirs = map[int]string{}
)

// benchConfig returns the configuration of a generated data set of n
// border rows.
func benchConfig(b *testing.B, n int) *config.Config {
	b.Helper()
	if testing.Short() && n > 10_000 {
		b.Skip("large size skipped under -short")
	}
	benchMu.Lock()
	defer benchMu.Unlock()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		b.Fatal(err)
	}
	dir, ok := benchDirs[n]
	if !ok {
		dir, err = os.MkdirTemp("", fmt.Sprintf("ratsreport-bench-%d-", n))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := sample.Generate(filepath.Join(dir, "sources"), sample.Options{Config: cfg, BorderRows: n}); err != nil {
			b.Fatal(err)
		}
		benchDirs[n] = dir
	}
	cfg.Dir = dir
	return cfg
}

func forSizes(b *testing.B, f func(b *testing.B, cfg *config.Config, n int)) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			cfg := benchConfig(b, n)
			b.ResetTimer()
			f(b, cfg, n)
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}

// BenchmarkExcelizeIteration is the floor: excelize's bare row iteration
// (raw values, nothing else) over the same border workbooks.
func BenchmarkExcelizeIteration(b *testing.B) {
	forSizes(b, func(b *testing.B, cfg *config.Config, n int) {
		files, _ := filepath.Glob(filepath.Join(cfg.Dir, "sources", "2025", "border-*.xlsx"))
		for i := 0; i < b.N; i++ {
			rowsRead := 0
			for _, p := range files {
				f, err := excelize.OpenFile(p)
				if err != nil {
					b.Fatal(err)
				}
				for _, sheet := range f.GetSheetList() {
					rows, err := f.Rows(sheet)
					if err != nil {
						b.Fatal(err)
					}
					for rows.Next() {
						if _, err := rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
							b.Fatal(err)
						}
						rowsRead++
					}
					rows.Close()
				}
				f.Close()
			}
			if rowsRead < n {
				b.Fatalf("read %d rows, want at least %d", rowsRead, n)
			}
		}
	})
}

func read(b *testing.B, cfg *config.Config) *ingest.Result {
	b.Helper()
	res, err := ingest.Read(context.Background(), cfg, ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if n := res.Diags.Count(diag.Error); n > 0 {
		b.Fatalf("%d errors: %v", n, res.Diags[0])
	}
	return res
}

// BenchmarkRead is the whole reader: all files, checked, parsed, merged.
func BenchmarkRead(b *testing.B) {
	forSizes(b, func(b *testing.B, cfg *config.Config, n int) {
		for i := 0; i < b.N; i++ {
			read(b, cfg)
		}
	})
}

// BenchmarkSummary computes the year's summary from records in memory.
func BenchmarkSummary(b *testing.B) {
	forSizes(b, func(b *testing.B, cfg *config.Config, n int) {
		b.StopTimer()
		res := read(b, cfg)
		b.StartTimer()
		for i := 0; i < b.N; i++ {
			summary.Build(cfg, res.Data, cfg.Report.Year)
		}
	})
}

// prepared reads the data set and summarises it, outside the timer of a
// renderer's benchmark.
func prepared(b *testing.B, cfg *config.Config) (*ingest.Result, *summary.Summary, *lang.Texts) {
	b.Helper()
	res := read(b, cfg)
	texts, _, err := lang.Load(templates.FS, "en")
	if err != nil {
		b.Fatal(err)
	}
	return res, summary.Build(cfg, res.Data, cfg.Report.Year), texts
}

// BenchmarkPDF renders the English report from a summary.
func BenchmarkPDF(b *testing.B) {
	forSizes(b, func(b *testing.B, cfg *config.Config, n int) {
		b.StopTimer()
		_, s, texts := prepared(b, cfg)
		b.StartTimer()
		for i := 0; i < b.N; i++ {
			pdf, err := pdfreport.Render(context.Background(), pdfreport.Input{Config: cfg, Summary: s, Texts: texts, Fonts: fonts.Go(), Date: cfg.Report.DocumentDate})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(len(pdf)), "bytes")
		}
	})
}

// BenchmarkWorkbook renders the Excel summary (all detail rows).
func BenchmarkWorkbook(b *testing.B) {
	forSizes(b, func(b *testing.B, cfg *config.Config, n int) {
		b.StopTimer()
		res, s, texts := prepared(b, cfg)
		b.StartTimer()
		for i := 0; i < b.N; i++ {
			book, err := xlsx.Render(context.Background(), xlsx.Input{Config: cfg, Data: res.Data, Summary: s, Texts: texts, Date: cfg.Report.DocumentDate})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(len(book)), "bytes")
		}
	})
}

// BenchmarkBuild is the whole build (English and Russian PDFs, workbook).
func BenchmarkBuild(b *testing.B) {
	forSizes(b, func(b *testing.B, cfg *config.Config, n int) {
		out := b.TempDir()
		for i := 0; i < b.N; i++ {
			in, err := load.Read(context.Background(), cfg, load.Options{Langs: []string{"en", "ru"}, Date: true, Fonts: true})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Run(context.Background(), in, Options{OutDir: out}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
