package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"ratsreport/report/blank"
	"ratsreport/report/config"
	"ratsreport/report/load"
	"ratsreport/report/outfile"
	"ratsreport/report/schema"
	"ratsreport/report/stats"
)

// TemplateOptions are the template command's flags and dependencies.
type TemplateOptions struct {
	Env      *Env
	Config   string
	Langs    []string
	Datasets []string
	Out      string
	Wait     time.Duration
}

// NewTemplateCmd builds the template command; runF replaces templateRun
// in tests. Both get the command's context, cancelled on Ctrl-C.
func NewTemplateCmd(env *Env, runF func(context.Context, *TemplateOptions) error) *cobra.Command {
	opts := &TemplateOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "template",
		Short: "Write blank input workbooks for the competent authorities to fill in",
		Long: `template writes one blank workbook per dataset and language,
ratsreport-template-DATASET-LANG.xlsx, into out/templates beside the
configuration (or --out), and prints the path of every file written.

Each workbook has the data sheet with the contract's header row (English, or
Russian for --lang ru; Chinese workbooks keep the English headers and give the
Chinese names in the notes), drop-down lists for enumerations, states and registry names (operations,
exercises, organisations, in the workbook's language),
date and number validation, an example row that the reader skips, and an
instructions sheet in the workbook's language.

The workbooks are written as build writes its outputs: while a build writes
to the same folder, template says so on stderr and waits up to --wait, then
fails (exit 3); --wait 0 fails at once.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return templateRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Config, "config", "config.toml", "configuration file")
	cmd.Flags().StringSliceVar(&opts.Langs, "lang", nil, "languages, comma-separated: "+strings.Join(config.Languages, ", ")+" (default: report.languages)")
	cmd.Flags().StringSliceVar(&opts.Datasets, "dataset", nil, "datasets, comma-separated: "+strings.Join(stats.Datasets(), ", ")+" (default: all)")
	cmd.Flags().StringVar(&opts.Out, "out", "", "output folder (default: out/templates beside the configuration)")
	waitFlag(cmd, &opts.Wait)
	return cmd
}

func templateRun(ctx context.Context, opts *TemplateOptions) error {
	if err := checkWait(opts.Wait); err != nil {
		return err
	}
	cfg, err := load.Config(opts.Config, 0)
	if err != nil {
		return err
	}
	in, err := load.Prepare(cfg, load.Options{Langs: opts.Langs, Date: true, Getenv: opts.Env.Getenv})
	if err != nil {
		return err
	}
	var datasets []schema.Dataset
	for _, d := range opts.Datasets {
		if schema.SheetFor(schema.Dataset(d)) == nil {
			return usageError("unknown dataset %q; expected one of %s", d, strings.Join(stats.Datasets(), ", "))
		}
		datasets = append(datasets, schema.Dataset(d))
	}
	if len(datasets) == 0 {
		datasets = schema.Datasets
	}
	out := opts.Out
	if out == "" {
		out = filepath.Join(cfg.Dir, "out", "templates")
	}
	var files []outfile.File
	for _, l := range in.Langs {
		for _, d := range datasets {
			data, err := blank.Workbook(blank.Options{Config: cfg, Texts: in.Texts[l], Date: in.Date}, d)
			if err != nil {
				return fmt.Errorf("the %s template in %s: %w", d, l, err)
			}
			files = append(files, outfile.File{Name: blank.Name(d, l), Data: data})
		}
	}
	written, err := outfile.Write(ctx, out, files, outputOptions(opts.Env, out, opts.Wait))
	if err != nil {
		return outputError(err)
	}
	for _, w := range written {
		fmt.Fprintln(opts.Env.Stdout, w.Path)
	}
	return nil
}

// datasetNames are the names of the datasets, in report order.
