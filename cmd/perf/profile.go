package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"time"

	"ratsreport/report/cli"
	"ratsreport/report/memory"
)

// profile runs `ratsreport args...` in this process opt.repeat times,
// with the binary's soft memory limit, under a CPU profile (-cpuprofile),
// an execution trace (-trace) and/or writing an allocation profile at the
// end (-memprofile), so that `go tool pprof` (`go tool trace`) shows where
// a command's time and memory go:
//
//	go run ./cmd/perf -cpuprofile cpu.out -repeat 10 build -q --out /tmp/o
//	go tool pprof -top cpu.out
//
// With -peakprofile it also writes the heap as it was at its peak live
// size (see watchPeak). It returns the last run's exit code.
func profile(opt options, args []string, stdout, stderr io.Writer) (code int, err error) {
	if len(args) == 0 {
		return 2, fmt.Errorf("-cpuprofile, -memprofile and -trace want a ratsreport command after the flags")
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		defer memory.Govern(memory.Base)() // as cmd/ratsreport
	}
	if opt.memprof != "" || opt.peakprof != "" {
		runtime.MemProfileRate = 64 << 10
	}
	if opt.cpuprof != "" {
		f, ferr := os.Create(opt.cpuprof)
		if ferr != nil {
			return 1, ferr
		}
		defer closeOutput(f, &err) // the named result, not a local
		if err := pprof.StartCPUProfile(f); err != nil {
			return 1, err
		}
		defer pprof.StopCPUProfile()
	}
	if opt.trace != "" {
		f, ferr := os.Create(opt.trace)
		if ferr != nil {
			return 1, ferr
		}
		defer closeOutput(f, &err) // the named result, not a local
		if err := trace.Start(f); err != nil {
			return 1, err
		}
		defer trace.Stop()
	}
	if opt.peakprof != "" {
		stop := watchPeak(opt.peakprof, stderr)
		defer stop()
	}
	start := time.Now()
	for range max(opt.repeat, 1) {
		code = cli.Main(context.Background(), args, &cli.Env{Stdout: stdout, Stderr: stderr, Getenv: os.Getenv, Now: time.Now})
	}
	fmt.Fprintf(stderr, "perf: %d run(s) in %.3f s\n", max(opt.repeat, 1), time.Since(start).Seconds())
	if opt.memprof != "" {
		var buf bytes.Buffer
		if err := pprof.Lookup("allocs").WriteTo(&buf, 0); err != nil {
			return 1, err
		}
		if err := os.WriteFile(opt.memprof, buf.Bytes(), 0o644); err != nil {
			return 1, err
		}
	}
	return code, nil
}

// closeOutput closes a profile's file when the profile ends, keeping its
// error (a full disk shows there) as the run's when there was none.
func closeOutput(f *os.File, err *error) {
	if cerr := f.Close(); cerr != nil && *err == nil {
		*err = cerr
	}
}

// watchPeak polls the live heap (the bytes the last collection kept) and,
// each time it grows past the highest seen by more than 4 MB, keeps a heap
// profile; the returned stop writes the last one kept (the heap at its
// peak, as `go tool pprof -sample_index=inuse_space` shows it) to path.
func watchPeak(path string, stderr io.Writer) (stop func()) {
	var best []byte
	var peak uint64
	stopWatch := memory.Watch(20*time.Millisecond, func(live uint64) {
		if live > peak+4<<20 {
			var buf bytes.Buffer
			if pprof.Lookup("heap").WriteTo(&buf, 0) == nil {
				peak, best = live, buf.Bytes()
			}
		}
	})
	return func() {
		stopWatch()
		fmt.Fprintf(stderr, "perf: peak live heap %.1f MB\n", float64(peak)/1e6)
		if err := os.WriteFile(path, best, 0o644); err != nil {
			fmt.Fprintln(stderr, "perf:", err)
		}
	}
}
