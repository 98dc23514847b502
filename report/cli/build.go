package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"ratsreport/report/build"
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
	// Context is the command's (cancelled on Ctrl-C); not a flag.
	Context context.Context
}

// NewBuildCmd builds the build command; runF replaces buildRun in tests.
func NewBuildCmd(env *Env, runF func(*BuildOptions) error) *cobra.Command {
	opts := &BuildOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Validate the inputs and write the PDF report and the Excel summary",
		Long: `build validates the inputs as check does (errors stop it), then writes the
PDF report in each language and the Excel summary to out/<year>/ beside the
configuration (or --out), and prints the path of every file written.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Context = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return buildRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Config, "config", "config.toml", "configuration file")
	cmd.Flags().IntVar(&opts.Year, "year", 0, "reporting year (default: report.year in the configuration)")
	cmd.Flags().StringVar(&opts.Out, "out", "", "output folder (default: out/<year> beside the configuration)")
	cmd.Flags().StringSliceVar(&opts.Langs, "lang", nil, "report languages, comma-separated: en, ru, zh (default: report.languages)")
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, "treat warnings as errors (exit 1)")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json (see docs/result.schema.json)")
	return cmd
}

func buildRun(opts *BuildOptions) error {
	return withResult("build", opts.Format, opts.Env, func(res *Result) error { return buildReport(opts, res) })
}

func buildReport(opts *BuildOptions, out *Result) error {
	cfg, err := loadConfig(opts.Config, opts.Year)
	if err != nil {
		return err
	}
	env := opts.Env
	res, err := build.Run(opts.Context, build.Options{Config: cfg, Langs: opts.Langs, OutDir: opts.Out, Strict: opts.Strict,
		Getenv: env.Getenv, Progress: env.progress()})
	env.endProgress()
	if res != nil {
		out.setDiags(res.Diags)
		out.setData(res.Read.Data, cfg.Report.Year)
		out.setOutputs(res.Outputs)
		if opts.Format != "json" {
			printDiags(env.Stdout, res.Diags)
		}
	}
	switch {
	case err == nil:
	case errors.Is(err, build.ErrInputs):
		return &exitError{code: ExitData, err: errDataErrors}
	case errors.Is(err, build.ErrUsage):
		return &exitError{code: ExitUsage, err: err}
	case errors.Is(err, build.ErrInterrupted):
		return &exitError{code: ExitInterrupted, err: err}
	default:
		return &exitError{code: ExitInternal, err: err}
	}
	if opts.Format != "json" {
		for _, o := range res.Outputs {
			fmt.Fprintln(env.Stdout, o.Path)
		}
	}
	return nil
}
