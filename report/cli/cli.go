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
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

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
func (e *Env) progress() func(msg.Message) {
	if !e.StderrIsTerminal || e.Quiet {
		return nil
	}
	return func(stage msg.Message) { fmt.Fprintf(e.Stderr, "\r\033[K%s", stage.In(e.Messages)) }
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
			fmt.Fprintf(stderr, "%s: %s\n%s", program, env.text(msg.CLIInternalError, p), debug.Stack())
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
		return exitCode(usageOf(langErr), env)
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
		err = &failure.Error{Kind: failure.Usage, Err: &commandLineError{commandLine(err)}}
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
		fmt.Fprintf(stderr, "%s: %s\n%s\n", program, env.text(msg.CLIConfigErrors), msg.Text(env.Messages, ce))
	case errors.As(err, &cle):
		fmt.Fprintf(stderr, "%s: %s\n%s\n", program, msg.Text(env.Messages, err), env.text(msg.CLIRunHelp))
	default:
		fmt.Fprintf(stderr, "%s: %s\n", program, msg.Text(env.Messages, err))
	}
	return exitCodeOf(err)
}

// program prefixes what the tool prints on stderr.
const program = "ratsreport"

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

// NewRootCmd builds the command tree, its help in the language of the
// messages (env.Messages).
func NewRootCmd(env *Env) *cobra.Command {
	root := &cobra.Command{
		Use:           "ratsreport",
		Short:         env.text(msg.HelpRootShort),
		Long:          env.text(msg.HelpRootLong),
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       versionText(env.Messages),
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.PersistentFlags().BoolVarP(&env.Quiet, "quiet", "q", false, env.text(msg.HelpFlagQuiet))
	// Read by Main before cobra (messagesArg); declared so that cobra
	// accepts it, lists it in help and completes it. The value cobra
	// parses is not used.
	root.PersistentFlags().String("messages", "", env.text(msg.HelpFlagMessages))
	root.AddCommand(NewCheckCmd(env, nil), NewBuildCmd(env, nil), NewVersionCmd(env))
	root.AddCommand(NewStatsCmd(env, nil), NewTemplateCmd(env, nil))
	root.AddCommand(NewStatusCmd(env, nil), NewTranslationsCmd(env, nil))
	root.AddCommand(NewExportCmd(env, nil), NewDiffCmd(env, nil))
	addCompletions(root) // and cobra's completion command writes the scripts
	localizeHelp(root, env)
	return root
}

// usageError is an error in what the user asked for (exit 2): the
// catalogue's message key with args.
func usageError(key msg.Key, args ...any) error { return failure.Errorf(failure.Usage, key, args...) }

// usageOf makes err, whose text another package wrote (in words of the
// catalogue or not), an error in what the user asked for (exit 2).
func usageOf(err error) error { return &failure.Error{Kind: failure.Usage, Err: err} }

// commandLine returns cobra's or pflag's error about the command line as
// a message of the catalogue when it is one of those it knows (an unknown
// command or flag, a flag without its value or with a bad one, a wrong
// count of arguments), else as it is. pflag's errors are typed; cobra's
// are only text, matched in the forms of cobra's args.go.
func commandLine(err error) error {
	var (
		notExist *pflag.NotExistError
		required *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist) && strings.HasPrefix(err.Error(), "unknown "):
		name, group := notExist.GetSpecifiedName(), notExist.GetSpecifiedShortnames()
		if group != "" && name != "" {
			return msg.Errorf(msg.CLIUnknownShorthand, name[:1], group)
		}
		return msg.Errorf(msg.CLIUnknownFlag, name)
	case errors.As(err, &required):
		name, group := required.GetSpecifiedName(), required.GetSpecifiedShortnames()
		if group != "" && name != "" {
			return msg.Errorf(msg.CLIShorthandNeedsArgument, name[:1], group)
		}
		return msg.Errorf(msg.CLIFlagNeedsArgument, name)
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		name := "--" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			name = "-" + f.Shorthand + ", " + name
		}
		return msg.Errorf(msg.CLIInvalidFlagValue, invalid.GetValue(), name, errors.Unwrap(invalid))
	case errors.As(err, &syntax):
		return msg.Errorf(msg.CLIBadFlagSyntax, syntax.GetSpecifiedFlag())
	}
	text := err.Error()
	if m := unknownCommandRE.FindStringSubmatch(text); m != nil {
		word, err1 := strconv.Unquote(m[1])
		path, err2 := strconv.Unquote(m[2])
		if err1 == nil && err2 == nil {
			var suggest any = ""
			if m[3] != "" {
				suggest = msg.New(msg.CLIDidYouMean, m[3])
			}
			return msg.Errorf(msg.CLIUnknownCommand, word, path, suggest)
		}
	}
	if m := argCountRE.FindStringSubmatch(text); m != nil {
		want, _ := strconv.Atoi(m[1])
		got, _ := strconv.Atoi(m[2])
		return msg.Errorf(msg.CLIArgCount, want, got)
	}
	return err
}

var (
	// unknownCommandRE matches cobra's "unknown command %q for %q" and its
	// suggestions ("\n\nDid you mean this?\n\tcheck\n").
	unknownCommandRE = regexp.MustCompile(`^unknown command ("(?:[^"\\]|\\.)*") for ("(?:[^"\\]|\\.)*")(?:\n\nDid you mean this\?\n((?:\t.*\n)+))?$`) //msg:ok cobra's error, matched to be translated
	// argCountRE matches cobra.ExactArgs' error.
	argCountRE = regexp.MustCompile(`^accepts (\d+) arg\(s\), received (\d+)$`) //msg:ok cobra's error, matched to be translated
)
