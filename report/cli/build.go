package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"ratsreport/report/build"
	"ratsreport/report/config"
	"ratsreport/report/failure"
	"ratsreport/report/load"
	"ratsreport/report/msg"
	"ratsreport/report/outfile"
)

// BuildOptions are the build command's flags and dependencies.
type BuildOptions struct {
	Env    *Env
	Config string
	Year   int
	Out    string
	Langs  []string
	Strict bool
	Format string
	Wait   time.Duration
}

// DefaultWait is how long build waits, by default, while another build
// writes to the same output folder: long enough for a scheduled build to
// outlast another started at the same time, short enough that a stuck
// one is noticed.
const DefaultWait = 10 * time.Minute

// waitFlag adds the --wait flag of the commands that write into a folder
// (build, stats --output, template): one meaning and one default for all.
// Its usage is English here; NewRootCmd puts it in the language of the
// messages with the rest of the help (localizeHelp).
func waitFlag(cmd *cobra.Command, wait *time.Duration) {
	cmd.Flags().DurationVar(wait, "wait", DefaultWait, msg.Sprintf("en", msg.HelpFlagWait))
}

// checkWait refuses a negative --wait.
func checkWait(wait time.Duration) error {
	if wait < 0 {
		return usageError(msg.CLIWaitNegative, wait)
	}
	return nil
}

// waiting says on stderr that the command waits for another build
// writing to dir, up to wait.
func waiting(env *Env, dir string, wait time.Duration) {
	env.endProgress()
	fmt.Fprintf(env.Stderr, "%s: %s\n", program, env.text(msg.CLIWaiting, dir, wait))
}

// outputOptions are the options of a set of outputs written into dir by a
// command with --wait: it waits as build does, saying so, and warns on
// stderr of what it skipped.
func outputOptions(env *Env, dir string, wait time.Duration) outfile.Options {
	return outfile.Options{Wait: wait,
		Waiting: func() { waiting(env, dir, wait) },
		Warn:    func(err error) { warn(env, err) }}
}

// warn prints a warning of the output folder (an unreadable journal
// skipped) on the command's standard error.
func warn(env *Env, err error) {
	fmt.Fprintf(env.Stderr, "%s: %s\n", program, env.text(msg.CLIWarning, err))
}

// busyError is the error of a folder another build held longer than
// --wait, with the hint of --wait (exit 3).
func busyError(err error) error {
	return failure.Errorf(failure.Output, msg.CLIBusy, err)
}

// outputError is a failure to write a command's outputs (exit 3), with
// the hint of --wait when another build held the folder too long, or
// exit 130 when Ctrl-C stopped the wait.
func outputError(err error) error {
	switch {
	case errors.Is(err, outfile.ErrBusy):
		return busyError(err)
	case errors.Is(err, context.Canceled):
		return failure.Errorf(failure.Interrupted, msg.Interrupted)
	}
	return &failure.Error{Kind: failure.Output, Err: err}
}

// NewBuildCmd builds the build command; runF replaces buildRun in tests.
// Both get the command's context, cancelled on Ctrl-C.
func NewBuildCmd(env *Env, runF func(context.Context, *BuildOptions) error) *cobra.Command {
	opts := &BuildOptions{Env: env}
	cmd := &cobra.Command{
		Use:     "build",
		Short:   env.text(msg.HelpBuildShort),
		Long:    env.text(msg.HelpBuildLong),
		Example: env.text(msg.HelpBuildExample),
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return buildRun(cmd.Context(), opts)
		},
	}
	configFlags(cmd, env, &opts.Config, &opts.Year)
	cmd.Flags().StringVar(&opts.Out, "out", "", env.text(msg.HelpFlagOut))
	cmd.Flags().StringSliceVar(&opts.Langs, "lang", nil, env.text(msg.HelpFlagLang, strings.Join(config.Languages, ", ")))
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, env.text(msg.HelpFlagStrict))
	formatFlag(cmd, env, &opts.Format)
	waitFlag(cmd, &opts.Wait)
	return cmd
}

func buildRun(ctx context.Context, opts *BuildOptions) error {
	return withResult("build", opts.Format, opts.Env, func(res *Result) error { return buildReport(ctx, opts, res) })
}

func buildReport(ctx context.Context, opts *BuildOptions, out *Result) error {
	if err := checkWait(opts.Wait); err != nil {
		return err
	}
	cfg, err := load.Config(opts.Config, opts.Year)
	if err != nil {
		return err
	}
	env := opts.Env
	env.useConfig(cfg)
	progress := env.progress()
	in, err := load.Read(ctx, cfg, load.Options{Langs: opts.Langs, Date: true, Fonts: true, Strict: opts.Strict, NeedYear: true, Coverage: true, Plausibility: true,
		Summary: true, Getenv: env.Getenv, Progress: progress})
	var res *build.Result
	switch {
	case err == nil:
		res, err = build.Run(ctx, in, build.Options{OutDir: opts.Out, Progress: progress, Wait: opts.Wait,
			Waiting: func(dir string) { waiting(env, dir, opts.Wait) }, Warn: func(err error) { warn(env, err) }})
		if errors.Is(err, outfile.ErrBusy) {
			err = busyError(err)
		}
	case failure.Of(err) == failure.Interrupted:
		err = build.ErrInterrupted // it says that nothing was written
	}
	env.endProgress()
	if in != nil {
		out.setInputs(in)
		if opts.Format != "json" {
			printDiags(env.Stdout, in.Diags, env.Messages)
		}
	}
	if err != nil {
		return err
	}
	out.setOutputs(res.Outputs)
	if opts.Format == "json" {
		if err := out.keyFigures(in, res.Summary); err != nil {
			return err
		}
	}
	if opts.Format != "json" {
		for _, o := range res.Outputs {
			fmt.Fprintln(env.Stdout, o.Path)
		}
	}
	return nil
}
