package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"ratsreport/report/build"
	"ratsreport/report/diag"
	"ratsreport/report/ingest"
	"ratsreport/report/lang"
)

// CheckOptions are the check command's flags and dependencies.
type CheckOptions struct {
	Env    *Env
	Config string
	Year   int
	Strict bool
	Format string
	// Context is the command's (cancelled on Ctrl-C); not a flag.
	Context context.Context
}

// NewCheckCmd builds the check command; runF replaces checkRun in tests.
func NewCheckCmd(env *Env, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Read and validate every input workbook; print the problems and the record counts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Context = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return checkRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Config, "config", "config.toml", "configuration file")
	cmd.Flags().IntVar(&opts.Year, "year", 0, "reporting year (default: report.year in the configuration)")
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, "treat warnings as errors (exit 1)")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json (see docs/result.schema.json)")
	return cmd
}

func checkRun(opts *CheckOptions) error {
	return withResult("check", opts.Format, opts.Env, func(res *Result) error { return check(opts, res) })
}

// withResult runs a command that fills a Result; with --format json the
// Result is printed as the command's one document on stdout.
func withResult(command, format string, env *Env, run func(*Result) error) error {
	if format != "text" && format != "json" {
		return usageError("--format %q: expected text or json", format)
	}
	res := newResult(command)
	err := run(res)
	if format == "json" {
		return res.finish(env.Stdout, err)
	}
	return err
}

func check(opts *CheckOptions, out *Result) error {
	cfg, err := loadConfig(opts.Config, opts.Year)
	if err != nil {
		return err
	}
	env := opts.Env
	read, err := ingest.Read(opts.Context, cfg, ingest.Options{Progress: fileProgress(env)})
	env.endProgress()
	if errors.Is(err, context.Canceled) {
		return &exitError{code: ExitInterrupted, err: errors.New("interrupted")}
	}
	if err != nil {
		return usageError("%v", err)
	}
	// Translation gaps are warnings too: the report would fall back to
	// English text there.
	for _, l := range cfg.Report.Languages {
		_, missing, err := lang.Load(build.TextFS(cfg), l)
		if err != nil {
			return usageError("%v", err)
		}
		read.Diags = append(read.Diags, build.TranslationGaps(missing)...)
	}
	read.Diags.Sort()
	out.setDiags(read.Diags)
	out.setData(read.Data, cfg.Report.Year)
	if opts.Format != "json" {
		printDiags(env.Stdout, read.Diags)
		printCounts(env.Stdout, out)
	}
	return inputVerdict(read.Diags, opts.Strict)
}

// inputVerdict is the data-error outcome of the diagnostics.
func inputVerdict(ds diag.List, strict bool) error {
	if ds.Count(diag.Error) > 0 || strict && ds.Count(diag.Warning) > 0 {
		return &exitError{code: ExitData, err: errDataErrors}
	}
	return nil
}

// fileProgress reports files read, when progress is on.
func fileProgress(env *Env) func(done, total int, file string) {
	p := env.progress()
	if p == nil {
		return nil
	}
	return func(done, total int, file string) { p(fmt.Sprintf("reading %d/%d %s", done, total, file)) }
}

// printDiags prints every diagnostic, then the count line.
func printDiags(w io.Writer, ds diag.List) {
	for _, d := range ds {
		fmt.Fprintln(w, d)
	}
	fmt.Fprintln(w, ds.Summary())
}

// printCounts prints the files read and, per dataset, the records of the
// reporting year and of all years, from the result already computed.
func printCounts(w io.Writer, r *Result) {
	failed, sheets, ignored, rows := 0, 0, 0, 0
	for _, f := range r.Files {
		if f.Failed {
			failed++
		}
		for _, sh := range f.Sheets {
			if sh.Dataset == "" {
				ignored++
				continue
			}
			sheets++
			rows += sh.Rows
		}
	}
	fmt.Fprintf(w, "\n%d files (%d unreadable), %d sheets read (%d ignored), %d data rows\n\n", len(r.Files), failed, sheets, ignored, rows)
	fmt.Fprintf(w, "%-12s %10d %10s\n", "dataset", r.Year, "all years")
	for _, name := range []string{"exercises", "border", "conference", "agreements"} {
		c := r.Datasets[name]
		fmt.Fprintf(w, "%-12s %10d %10d\n", name, c.Year, c.All)
	}
}
