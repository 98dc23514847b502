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
	"strings"
	"time"

	"github.com/spf13/cobra"

	"ratsreport/report/config"
	"ratsreport/report/failure"
	"ratsreport/report/msg"
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
	// Messages is the language of every text printed to a person (en, ru
	// or zh), chosen by Main from --messages or the locale, and by a
	// command from report.messages once it has read the configuration
	// (useConfig).
	Messages string
	// messagesFlag is the --messages flag as given ("" when absent).
	messagesFlag string
}

// text returns the catalogue's message key with args in the language of
// the messages.
func (e *Env) text(key msg.Key, args ...any) string { return msg.Sprintf(e.Messages, key, args...) }

// printf prints the catalogue's message key with args on w in the
// language of the messages.
func (e *Env) printf(w io.Writer, key msg.Key, args ...any) {
	io.WriteString(w, msg.Sprintf(e.Messages, key, args...))
}

// useConfig lets report.messages choose the language of the messages
// when --messages did not: the flag wins, then the configuration, then
// the locale. Help and errors before the configuration is read follow
// the flag and the locale only.
func (e *Env) useConfig(cfg *config.Config) {
	if e.messagesFlag != "" || cfg == nil || cfg.Report.Messages == "" {
		return
	}
	e.Messages = cfg.Report.Messages
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
	// The language is chosen before the command tree is built, so that
	// help and usage read in it too.
	env.messagesFlag = messagesArg(args)
	lang, langErr := msg.Choose(env.messagesFlag, "", env.Getenv)
	env.Messages = lang
	if langErr != nil {
		return exitCode(&failure.Error{Kind: failure.Usage, Err: langErr}, env)
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
	return exitCode(err, env)
}

// messagesArg returns the value of --messages in args ("" when absent),
// read before cobra parses the command line.
func messagesArg(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--messages="); ok {
			return v
		}
		if a == "--messages" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// commandLineError is cobra's error about the command line (an unknown
// command or flag, a bad flag value, arguments a command does not take).
type commandLineError struct{ err error }

func (e *commandLineError) Error() string { return e.err.Error() }
func (e *commandLineError) Unwrap() error { return e.err }

// exitCode prints the error on stderr (once), in the language of the
// messages, and returns the exit code.
func exitCode(err error, env *Env) int {
	stderr := env.Stderr
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
	// Read by Main before cobra (messagesArg); declared so that cobra
	// accepts it, lists it in help and completes it.
	root.PersistentFlags().StringVar(&env.messagesFlag, "messages", env.messagesFlag, "language of messages and help: en, ru or zh (default: report.messages in the configuration, else LC_ALL, LC_MESSAGES or LANG, else en)")
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
