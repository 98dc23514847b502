// Package cli is the ratsreport command line: a cobra command tree built
// without globals, whose Main returns the process exit code. The commands
// parse flags into option structs and call the report packages; they hold
// no logic of their own beyond wiring and printing.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/spf13/cobra"

	"ratsreport/report/config"
)

// Exit codes, documented in the README.
const (
	ExitOK       = 0 // success
	ExitData     = 1 // data errors in the inputs (and warnings under --strict)
	ExitUsage    = 2 // usage or configuration errors
	ExitInternal = 3 // output could not be written, or an internal failure
	// ExitInterrupted: stopped by Ctrl-C (SIGINT) before the end; nothing
	// was written (128 + SIGINT, as shells report it).
	ExitInterrupted = 130
)

// exitError carries an exit code with the error that caused it.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// errDataErrors reports that the inputs had errors, already printed.
var errDataErrors = errors.New("the inputs have errors")

// Env is what the commands get from the process: streams and environment.
type Env struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// StderrIsTerminal turns progress reports on (unless --quiet).
	StderrIsTerminal bool
	// Quiet is set by the --quiet flag.
	Quiet bool
}

// progress returns a function that reports what a long command is doing
// on stderr, or nil when stderr is not a terminal or --quiet was given.
// Progress never goes to stdout, which carries results.
func (e *Env) progress() func(string) {
	if !e.StderrIsTerminal || e.Quiet {
		return nil
	}
	return func(stage string) { fmt.Fprintf(e.Stderr, "\r\033[K%s", stage) }
}

// endProgress clears the progress line.
func (e *Env) endProgress() {
	if e.StderrIsTerminal && !e.Quiet {
		fmt.Fprint(e.Stderr, "\r\033[K")
	}
}

// Main runs the command line with args (without the program name) and
// returns the exit code. No panic escapes it.
func Main(ctx context.Context, args []string, env *Env) (code int) {
	stderr := env.Stderr
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "ratsreport: internal error: %v\n%s", p, debug.Stack())
			code = ExitInternal
		}
	}()
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	stdout := env.Stdout
	root := NewRootCmd(env)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	return exitCode(err, stderr)
}

// exitCode prints the error on stderr (once) and returns the exit code.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return ExitOK
	}
	code := exitCodeOf(err)
	var ee *exitError
	var ce config.Errors
	switch {
	case errors.As(err, &ee) && errors.Is(ee.err, errDataErrors):
		// The diagnostics were printed already.
	case errors.As(err, &ee):
		fmt.Fprintf(stderr, "ratsreport: %v\n", ee.err)
	case errors.As(err, &ce):
		fmt.Fprintf(stderr, "ratsreport: configuration errors:\n%v\n", ce)
	default:
		// Anything else comes from cobra's flag and argument parsing.
		fmt.Fprintf(stderr, "ratsreport: %v\nRun 'ratsreport --help' for usage.\n", err)
	}
	return code
}

// exitCodeOf decides the exit code of an error: the one place it is done.
func exitCodeOf(err error) int {
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return ExitUsage // configuration errors, cobra's flag and argument errors
}

// NewRootCmd builds the command tree.
func NewRootCmd(env *Env) *cobra.Command {
	root := &cobra.Command{
		Use:   "ratsreport",
		Short: "Build the annual activity report of the SCO RATS Executive Committee",
		Long: `ratsreport reads the year's joint exercises, border operations, conference
sessions and cooperation agreements from the member states' workbooks,
validates them, and writes the report for the RATS Council.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       versionString(),
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.PersistentFlags().BoolVarP(&env.Quiet, "quiet", "q", false, "no progress on stderr")
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(NewCheckCmd(env, nil), NewBuildCmd(env, nil), NewVersionCmd(env))
	root.AddCommand(NewStatsCmd(env, nil), NewTemplateCmd(env, nil))
	return root
}

// usageError marks an error as a usage error (exit 2).
func usageError(format string, args ...any) error {
	return &exitError{code: ExitUsage, err: fmt.Errorf(format, args...)}
}

// loadConfig loads the configuration and applies a --year override.
func loadConfig(path string, year int) (*config.Config, error) {
	cfg, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	if year != 0 {
		if year < 1990 || year > 2200 {
			return nil, usageError("--year %d is not a plausible reporting year", year)
		}
		cfg.Report.Year = year
	}
	return cfg, nil
}
