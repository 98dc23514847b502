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
	"time"

	"github.com/spf13/cobra"

	"ratsreport/report/config"
	"ratsreport/report/failure"
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

// Env is what the commands get from the process: streams and environment.
type Env struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// StderrIsTerminal turns progress reports on (unless --quiet).
	StderrIsTerminal bool
	// Quiet is set by the --quiet flag.
	Quiet bool
	// Now is the clock of status (days to the deadline); nil is
	// time.Now. Nothing else reads the clock: outputs are dated by the
	// configuration.
	Now func() time.Time
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
	// An error before a command's RunE starts is cobra's, about the
	// command line itself.
	ran := false
	for _, c := range root.Commands() {
		if run := c.RunE; run != nil {
			c.RunE = func(cmd *cobra.Command, args []string) error { ran = true; return run(cmd, args) }
		}
	}
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err != nil && !ran {
		err = &failure.Error{Kind: failure.Usage, Err: &commandLineError{err}}
	}
	return exitCode(err, stderr)
}

// commandLineError is cobra's error about the command line (an unknown
// command or flag, a bad flag value, arguments a command does not take).
type commandLineError struct{ err error }

func (e *commandLineError) Error() string { return e.err.Error() }
func (e *commandLineError) Unwrap() error { return e.err }

// exitCode prints the error on stderr (once) and returns the exit code.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return ExitOK
	}
	var ce config.Errors
	var cle *commandLineError
	switch {
	case failure.Of(err) == failure.Inputs:
		// The diagnostics were printed already.
	case errors.As(err, &ce):
		fmt.Fprintf(stderr, "ratsreport: configuration errors:\n%v\n", ce)
	case errors.As(err, &cle):
		fmt.Fprintf(stderr, "ratsreport: %v\nRun 'ratsreport --help' for usage.\n", err)
	default:
		fmt.Fprintf(stderr, "ratsreport: %v\n", err)
	}
	return exitCodeOf(err)
}

// exitCodeOf decides the exit code of an error from its kind: the one
// place it is done.
func exitCodeOf(err error) int {
	if err == nil {
		return ExitOK
	}
	switch failure.Of(err) {
	case failure.Inputs:
		return ExitData
	case failure.Usage:
		return ExitUsage
	case failure.Interrupted:
		return ExitInterrupted
	default: // failure.Output, failure.Internal
		return ExitInternal
	}
}

// NewRootCmd builds the command tree.
func NewRootCmd(env *Env) *cobra.Command {
	root := &cobra.Command{
		Use:   "ratsreport",
		Short: "Build the annual activity report of the SCO RATS Executive Committee",
		Long: `ratsreport reads the year's joint exercises, border operations, conference
sessions, cooperation agreements, online measures, training and meetings
from the member states' workbooks, validates them, and writes the report
for the RATS Council.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       versionString(),
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.PersistentFlags().BoolVarP(&env.Quiet, "quiet", "q", false, "no progress on stderr")
	root.AddCommand(NewCheckCmd(env, nil), NewBuildCmd(env, nil), NewVersionCmd(env))
	root.AddCommand(NewStatsCmd(env, nil), NewTemplateCmd(env, nil))
	root.AddCommand(NewStatusCmd(env, nil), NewTranslationsCmd(env, nil))
	root.AddCommand(NewExportCmd(env, nil), NewDiffCmd(env, nil))
	addCompletions(root) // and cobra's completion command writes the scripts
	return root
}

// usageError is an error in what the user asked for (exit 2).
func usageError(format string, args ...any) error {
	return failure.Errorf(failure.Usage, format, args...)
}
