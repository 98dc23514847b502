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
	"ratsreport/report/msg"
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
		Short: env.text(msg.CmdTemplateShort),
		Long:  env.text(msg.CmdTemplateLong),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return templateRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Config, "config", "config.toml", env.text(msg.HelpFlagConfig))
	cmd.Flags().StringSliceVar(&opts.Langs, "lang", nil, env.text(msg.CmdTemplateFlagLang, strings.Join(config.Languages, ", ")))
	cmd.Flags().StringSliceVar(&opts.Datasets, "dataset", nil, env.text(msg.CmdTemplateFlagDataset, strings.Join(stats.Datasets(), ", ")))
	cmd.Flags().StringVar(&opts.Out, "out", "", env.text(msg.CmdTemplateFlagOut))
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
	opts.Env.useConfig(cfg)
	in, err := load.Prepare(cfg, load.Options{Langs: opts.Langs, Date: true, Getenv: opts.Env.Getenv})
	if err != nil {
		return err
	}
	var datasets []schema.Dataset
	for _, d := range opts.Datasets {
		if schema.SheetFor(schema.Dataset(d)) == nil {
			return usageError(msg.TemplateUnknownDataset, d, strings.Join(stats.Datasets(), ", "))
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
				return msg.Errorf(msg.TemplateWorkbookFailed, string(d), l, err)
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
