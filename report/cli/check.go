package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"ratsreport/report/diag"
	"ratsreport/report/load"
	"ratsreport/report/schema"
)

// CheckOptions are the check command's flags and dependencies.
type CheckOptions struct {
	Env    *Env
	Config string
	Year   int
	Strict bool
	// StrictTranslations makes the count of untranslated free texts per
	// edition a warning rather than a notice.
	StrictTranslations bool
	Format             string
}

// NewCheckCmd builds the check command; runF replaces checkRun in tests.
// Both get the command's context, cancelled on Ctrl-C.
func NewCheckCmd(env *Env, runF func(context.Context, *CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Read and validate every input workbook; print the problems and the record counts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return checkRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Config, "config", "config.toml", "configuration file")
	cmd.Flags().IntVar(&opts.Year, "year", 0, "reporting year (default: report.year in the configuration)")
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, "treat warnings as errors (exit 1)")
	cmd.Flags().BoolVar(&opts.StrictTranslations, "strict-translations", false, "report free text an edition would print untranslated as a warning, not a notice (with --strict, CI then requires full editions)")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json (see docs/result.schema.json)")
	return cmd
}

func checkRun(ctx context.Context, opts *CheckOptions) error {
	return withResult("check", opts.Format, opts.Env, func(res *Result) error { return check(ctx, opts, res) })
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

func check(ctx context.Context, opts *CheckOptions, out *Result) error {
	cfg, err := load.Config(opts.Config, opts.Year)
	if err != nil {
		return err
	}
	env := opts.Env
	// The texts are loaded for their translation gaps, warnings too: the
	// report would fall back to English text there.
	in, err := load.Read(ctx, cfg, load.Options{Strict: opts.Strict, Coverage: true, Plausibility: true,
		Untranslated: true, StrictTranslations: opts.StrictTranslations, Getenv: env.Getenv, Progress: env.progress()})
	env.endProgress()
	if in != nil {
		out.setInputs(in)
		if opts.Format != "json" {
			printDiags(env.Stdout, in.Diags)
			printCounts(env.Stdout, out)
			printCoverage(env.Stdout, cfg, in.Coverage)
			printStubs(env.Stdout, out.UnknownNames)
		}
	}
	return err
}

// printDiags prints every diagnostic, then the count line.
func printDiags(w io.Writer, ds diag.List) {
	for _, d := range ds {
		fmt.Fprintln(w, d)
	}
	fmt.Fprintln(w, ds.Summary("en"))
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
	for _, name := range schema.Datasets {
		c := r.Datasets[string(name)]
		fmt.Fprintf(w, "%-12s %10d %10d\n", name, c.Year, c.All)
	}
}

// printStubs prints, for every name the registry does not know, a
// registry entry ready to complete and paste into config.toml.
func printStubs(w io.Writer, names []UnknownName) {
	if len(names) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%d %s not in the registry. If one is a new organisation, operation or exercise, complete its\n", len(names), plural(len(names), "name is", "names are"))
	fmt.Fprintln(w, "entry below (names in every language, the abbreviation) and add it to config.toml; if it is")
	fmt.Fprintln(w, "another name of a known entry, add it to that entry's aliases instead.")
	for i, n := range names {
		if i == maxStubs {
			fmt.Fprintf(w, "\n# … and %d more unknown names (every one is in --format json, with its entry)\n", len(names)-maxStubs)
			break
		}
		fmt.Fprintf(w, "\n# %q, first at %s:%s!%d\n%s", n.Text, n.File, n.Sheet, n.Row, n.Stub)
	}
}

// maxStubs bounds the registry entries check prints as text: fifty new
// names are a morning's work for the staff, twenty thousand a sign that
// the names are in the wrong column.
const maxStubs = 50

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
