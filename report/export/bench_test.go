package export_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"ratsreport/report/export"
)

// benchConfig is the configuration the export benchmarks read:
// RATSREPORT_BENCH_CONFIG (a generated stress set, see docs/performance.md),
// else the sample.
func benchConfig() string {
	if p := os.Getenv("RATSREPORT_BENCH_CONFIG"); p != "" {
		return p
	}
	return "../../config.toml"
}

var (
	benchOnce sync.Once
	benchSrc  *export.Source
)

// BenchmarkWriteSQLite times the SQLite export alone (the records read
// once, before the clock starts):
//
//	RATSREPORT_BENCH_CONFIG=/tmp/s100k/config.toml go test -run '^$' -bench WriteSQLite -benchtime 3x ./report/export
func BenchmarkWriteSQLite(b *testing.B) {
	benchOnce.Do(func() { benchSrc = readSource(b, benchConfig()) })
	dir := b.TempDir()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := range b.N {
		path := filepath.Join(dir, "export.sqlite")
		if err := export.WriteSQLite(context.Background(), path, benchSrc); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if i == 0 {
			if info, err := os.Stat(path); err == nil {
				b.ReportMetric(float64(info.Size())/1e6, "MB")
			}
		}
		os.Remove(path)
		b.StartTimer()
	}
	b.ReportMetric((cpuTime()-cpu0).Seconds()*1000/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(benchSrc.Data.Border.Len())*float64(b.N)/b.Elapsed().Seconds(), "border-rows/s")
}

// cpuTime is the process's CPU time so far, user and system (on a shared
// machine a steadier measure than the wall clock).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
