package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"ratsreport/report/build"
	"ratsreport/report/config"
	"ratsreport/report/failure"
	"ratsreport/report/load"
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
}

// NewBuildCmd builds the build command; runF replaces buildRun in tests.
// Both get the command's context, cancelled on Ctrl-C.
func NewBuildCmd(env *Env, runF func(context.Context, *BuildOptions) error) *cobra.Command {
	opts := &BuildOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Validate the inputs and write the PDF report and the Excel summary",
		Long: `build validates the inputs as check does (errors stop it), then writes the
PDF report in each language and the Excel summary to out/<year>/ beside the
configuration (or --out), and prints the path of every file written.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return buildRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Config, "config", "config.toml", "configuration file")
	cmd.Flags().IntVar(&opts.Year, "year", 0, "reporting year (default: report.year in the configuration)")
	cmd.Flags().StringVar(&opts.Out, "out", "", "output folder (default: out/<year> beside the configuration)")
	cmd.Flags().StringSliceVar(&opts.Langs, "lang", nil, "report languages, comma-separated: "+strings.Join(config.Languages, ", ")+" (default: report.languages)")
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, "treat warnings as errors (exit 1)")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json (see docs/result.schema.json)")
	return cmd
}

func buildRun(ctx context.Context, opts *BuildOptions) error {
	return withResult("build", opts.Format, opts.Env, func(res *Result) error { return buildReport(ctx, opts, res) })
}

func buildReport(ctx context.Context, opts *BuildOptions, out *Result) error {
	cfg, err := load.Config(opts.Config, opts.Year)
	if err != nil {
		return err
	}
	env := opts.Env
	progress := env.progress()
	in, err := load.Read(ctx, cfg, load.Options{Langs: opts.Langs, Date: true, Fonts: true, Strict: opts.Strict,
		Getenv: env.Getenv, Progress: progress})
	var res *build.Result
	switch {
	case err == nil:
		res, err = build.Run(ctx, in, build.Options{OutDir: opts.Out, Progress: progress})
	case failure.Of(err) == failure.Interrupted:
		err = build.ErrInterrupted // it says that nothing was written
	}
	env.endProgress()
	if in != nil {
		out.setInputs(in)
		if opts.Format != "json" {
			printDiags(env.Stdout, in.Diags)
		}
	}
	if err != nil {
		return err
	}
	out.setOutputs(res.Outputs)
	if opts.Format != "json" {
		for _, o := range res.Outputs {
			fmt.Fprintln(env.Stdout, o.Path)
		}
	}
	return nil
}
