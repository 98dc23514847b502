// Command ratsreport builds the annual activity report of the Executive
// Committee of the SCO Regional Anti-Terrorist Structure. See the README.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"time"

	"ratsreport/report/cli"
)

func main() {
	os.Exit(run())
}

// memoryLimit is the Go runtime's soft memory limit unless GOMEMLIMIT
// sets another: the garbage collector works harder as the heap nears it,
// which keeps a build over a million border rows under 500 MB of RSS (see
// docs/performance.md). It is soft: a larger data set still builds, with
// more collection; raise GOMEMLIMIT for it (e.g. GOMEMLIMIT=1GiB).
const memoryLimit = 400 << 20

func run() int {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return cli.Main(ctx, os.Args[1:], &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, StderrIsTerminal: isTerminal(os.Stderr), Now: time.Now})
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
