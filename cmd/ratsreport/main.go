// Command ratsreport builds the annual activity report of the Executive
// Committee of the SCO Regional Anti-Terrorist Structure. See the README.
package main

import (
	"context"
	"os"
	"os/signal"

	"ratsreport/report/cli"
)

func main() {
	os.Exit(run())
}

func run() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return cli.Main(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
}
