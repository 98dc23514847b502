package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"ratsreport/report/diag"
	"ratsreport/report/load"
	"ratsreport/report/msg"
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
		Use:     "check",
		Short:   env.text(msg.HelpCheckShort),
		Example: env.text(msg.HelpCheckExample),
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return checkRun(cmd.Context(), opts)
		},
	}
	configFlags(cmd, env, &opts.Config, &opts.Year)
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, env.text(msg.HelpFlagStrict))
	cmd.Flags().BoolVar(&opts.StrictTranslations, "strict-translations", false, env.text(msg.HelpFlagStrictTranslations))
	formatFlag(cmd, env, &opts.Format)
	return cmd
}

// configFlags adds --config and --year, the flags of every command that
// reads the configuration.
func configFlags(cmd *cobra.Command, env *Env, config *string, year *int) {
	cmd.Flags().StringVar(config, "config", "config.toml", env.text(msg.HelpFlagConfig))
	cmd.Flags().IntVar(year, "year", 0, env.text(msg.HelpFlagYear))
}

// formatFlag adds the --format of the commands that print a Result.
func formatFlag(cmd *cobra.Command, env *Env, format *string) {
	cmd.Flags().StringVar(format, "format", "text", env.text(msg.HelpFlagFormat))
}

func checkRun(ctx context.Context, opts *CheckOptions) error {
	return withResult("check", opts.Format, opts.Env, func(res *Result) error { return check(ctx, opts, res) })
}

// withResult runs a command that fills a Result; with --format json the
// Result is printed as the command's one document on stdout.
func withResult(command, format string, env *Env, run func(*Result) error) error {
	if format != "text" && format != "json" {
		return usageError(msg.CLIFormatUnknown, format)
	}
	res := newResult(command, env)
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
	env.useConfig(cfg)
	// The texts are loaded for their translation gaps, warnings too: the
	// report would fall back to English text there.
	in, err := load.Read(ctx, cfg, load.Options{Strict: opts.Strict, Coverage: true, Plausibility: true,
		Untranslated: true, StrictTranslations: opts.StrictTranslations, Getenv: env.Getenv, Progress: env.progress()})
	env.endProgress()
	if in != nil {
		out.setInputs(in)
		if opts.Format != "json" {
			lang := env.Messages
			printDiags(env.Stdout, in.Diags, lang)
			printCounts(env.Stdout, out, lang)
			printCoverage(env.Stdout, cfg, in.Coverage, lang)
			printStubs(env.Stdout, out.UnknownNames, lang)
		}
	}
	return err
}

// printDiags prints every diagnostic, then the count line, in lang.
func printDiags(w io.Writer, ds diag.List, lang string) {
	for _, d := range ds {
		fmt.Fprintln(w, d.In(lang))
	}
	fmt.Fprintln(w, ds.Summary(lang))
}

// datasetKeys name the datasets in the count table, the coverage and
// status.
var datasetKeys = map[schema.Dataset]msg.Key{
	schema.Exercises: msg.CLIDatasetExercises, schema.Border: msg.CLIDatasetBorder,
	schema.Conference: msg.CLIDatasetConference, schema.Agreements: msg.CLIDatasetAgreements,
	schema.Online: msg.CLIDatasetOnline, schema.Training: msg.CLIDatasetTraining,
	schema.Meetings: msg.CLIDatasetMeetings,
}

// datasetName names a dataset in lang: in English its key, as the
// commands take it (stats border), in Russian and Chinese its name.
func datasetName(d schema.Dataset, lang string) string {
	if key, ok := datasetKeys[d]; ok {
		return msg.Sprintf(lang, key)
	}
	return string(d)
}

// datasetColumn is the width of a column of dataset names in lang: 12,
// or the longest name.
func datasetColumn(lang string) int {
	w := 12
	for _, d := range schema.Datasets {
		w = columnWidth(w, datasetName(d, lang))
	}
	return w
}

// printCounts prints the files read and, per dataset, the records of the
// reporting year and of all years, from the result already computed, in
// lang.
func printCounts(w io.Writer, r *Result, lang string) {
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
	fmt.Fprintf(w, "\n%s\n\n", msg.Sprintf(lang, msg.CLICountsFiles, msg.New(msg.CLIFiles, len(r.Files)), msg.New(msg.CLIUnreadable, failed),
		msg.New(msg.CLISheetsRead, sheets), msg.New(msg.CLIIgnored, ignored), msg.New(msg.CLIDataRows, rows)))
	header, all := msg.Sprintf(lang, msg.CLIDatasetHeader), msg.Sprintf(lang, msg.CLIAllYears)
	nameW, allW := columnWidth(datasetColumn(lang), header), columnWidth(10, all)
	fmt.Fprintf(w, "%s %10d %s\n", padRight(header, nameW), r.Year, padLeft(all, allW))
	for _, name := range schema.Datasets {
		c := r.Datasets[string(name)]
		fmt.Fprintf(w, "%s %10d %*d\n", padRight(datasetName(name, lang), nameW), c.Year, allW, c.All)
	}
}

// printStubs prints, for every name the registry does not know, a
// registry entry ready to complete and paste into config.toml.
func printStubs(w io.Writer, names []UnknownName, lang string) {
	if len(names) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n", msg.Sprintf(lang, msg.CLIStubsIntro, len(names)))
	for i, n := range names {
		if i == maxStubs {
			fmt.Fprintf(w, "\n# %s\n", msg.Sprintf(lang, msg.CLIStubsMore, len(names)-maxStubs))
			break
		}
		where := fmt.Sprintf("%s:%s!%d", n.File, n.Sheet, n.Row)
		fmt.Fprintf(w, "\n# %s\n%s", msg.Sprintf(lang, msg.CLIStubFirst, n.Text, where), n.Stub)
	}
}

// maxStubs bounds the registry entries check prints as text: fifty new
// names are a morning's work for the staff, twenty thousand a sign that
// the names are in the wrong column.
const maxStubs = 50
