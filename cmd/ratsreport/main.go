// Command ratsreport builds the annual activity report of the Executive
// Committee of the SCO Regional Anti-Terrorist Structure. See the README.
package main

import (
	"context"
	"os"
	"os/signal"
	"time"

	"ratsreport/report/cli"
	"ratsreport/report/memory"
)

func main() {
	os.Exit(run())
}

// run runs the command line under the tool's soft memory limit
// (memory.Govern: 256 MiB, raised when the data need more) unless
// GOMEMLIMIT sets one, and returns the exit code.
func run() int {
	if os.Getenv("GOMEMLIMIT") == "" {
		defer memory.Govern(memory.Base)()
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
