package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"ratsreport/report/diag"
	"ratsreport/report/failure"
	"ratsreport/report/load"
	"ratsreport/report/msg"
	"ratsreport/report/outfile"
	"ratsreport/report/stats"
)

// StatsOptions are the stats command's flags and dependencies.
type StatsOptions struct {
	Env      *Env
	Config   string
	Dataset  string
	Files    []string // workbooks to read instead of the configuration's patterns
	Year     int
	Years    string
	By       []string
	Where    []string
	Measures []string
	Format   string
	Output   string
	Lang     string
	Wait     time.Duration
}

// statsFormats are the output formats of stats.
var statsFormats = []string{"table", "csv", "json", "xlsx"}

// NewStatsCmd builds the stats command; runF replaces statsRun in tests.
// Both get the command's context, cancelled on Ctrl-C.
func NewStatsCmd(env *Env, runF func(context.Context, *StatsOptions) error) *cobra.Command {
	opts := &StatsOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "stats DATASET [FILE.xlsx ...]",
		Short: env.text(msg.CmdStatsShort),
		Long:  env.text(msg.CmdStatsLong),
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError(msg.StatsNeedsDataset, strings.Join(stats.Datasets(), ", "))
			}
			opts.Dataset, opts.Files = args[0], args[1:]
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return statsRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Config, "config", "config.toml", env.text(msg.HelpFlagConfig))
	f.IntVar(&opts.Year, "year", 0, env.text(msg.CmdStatsFlagYear))
	f.StringVar(&opts.Years, "years", "", env.text(msg.CmdStatsFlagYears))
	f.StringSliceVar(&opts.By, "by", nil, env.text(msg.CmdStatsFlagBy))
	f.StringSliceVar(&opts.Where, "where", nil, env.text(msg.CmdStatsFlagWhere))
	f.StringSliceVar(&opts.Measures, "measures", nil, env.text(msg.CmdStatsFlagMeasures))
	f.StringVar(&opts.Format, "format", "", env.text(msg.CmdStatsFlagFormat))
	f.StringVarP(&opts.Output, "output", "o", "", env.text(msg.CmdStatsFlagOutput))
	f.StringVar(&opts.Lang, "lang", "", env.text(msg.CmdStatsFlagLang))
	waitFlag(cmd, &opts.Wait)
	cmd.MarkFlagsMutuallyExclusive("year", "years")
	return cmd
}

// statsFormat decides the output format: the flag, else the extension of
// the output file, else table.
func statsFormat(opts *StatsOptions) (string, error) {
	format := strings.ToLower(strings.TrimSpace(opts.Format))
	if format == "" {
		switch strings.ToLower(filepath.Ext(opts.Output)) {
		case ".csv":
			format = "csv"
		case ".json":
			format = "json"
		case ".xlsx":
			format = "xlsx"
		default:
			format = "table"
		}
	}
	if !slices.Contains(statsFormats, format) {
		return "", usageError(msg.StatsUnknownFormat, opts.Format, strings.Join(statsFormats, ", "))
	}
	if format == "xlsx" && opts.Output == "" {
		return "", usageError(msg.StatsXLSXNeedsOutput)
	}
	return format, nil
}

func statsRun(ctx context.Context, opts *StatsOptions) error {
	format, err := statsFormat(opts)
	if err != nil {
		return err
	}
	if err := checkWait(opts.Wait); err != nil {
		return err
	}
	cfg, err := load.Config(opts.Config, opts.Year)
	if err != nil {
		return err
	}
	opts.Env.useConfig(cfg)
	years := stats.Single(cfg.Report.Year)
	if opts.Years != "" {
		if years, err = stats.ParseYears(opts.Years); err != nil {
			return usageOf(err)
		}
	}
	q := stats.Query{Dataset: opts.Dataset, Years: years, By: opts.By, Where: opts.Where, Measures: opts.Measures}
	if err := stats.Validate(cfg, q); err != nil {
		return usageOf(err)
	}
	// The labels, titles and notes are for the person who asked: in the
	// language of the messages unless --lang says otherwise.
	l := opts.Lang
	if l == "" {
		l = opts.Env.Messages
	}
	if l == "" {
		l = cfg.Report.Languages[0]
	}
	// Warnings do not stop stats: they do not change the records.
	in, err := load.Read(ctx, cfg, load.Options{Langs: []string{l}, Date: true, Files: opts.Files, Getenv: opts.Env.Getenv})
	if in != nil {
		reportInputs(opts.Env, in.Read.Diags)
	}
	if err != nil {
		return err
	}
	texts := in.Texts[l]
	q.Translations = in.Translations
	res, err := stats.Run(ctx, cfg, in.Read.Data, q, texts)
	if errors.Is(err, context.Canceled) {
		return failure.Errorf(failure.Interrupted, msg.Interrupted)
	}
	if err != nil {
		var se *stats.Error
		if errors.As(err, &se) {
			return usageOf(err)
		}
		return err
	}

	var buf bytes.Buffer
	switch format {
	case "table":
		err = stats.WriteTable(&buf, res, texts)
	case "csv":
		err = stats.WriteCSV(&buf, res)
	case "json":
		err = stats.WriteJSON(&buf, res)
	case "xlsx":
		var b []byte
		b, err = stats.XLSX(res, texts, in.Date)
		buf.Write(b)
	}
	if err != nil {
		return msg.Errorf(msg.StatsWriteFailed, format, err)
	}
	if opts.Output == "" {
		if _, err := opts.Env.Stdout.Write(buf.Bytes()); err != nil {
			return failure.Errorf(failure.Output, msg.StdoutFailed, err)
		}
		return nil
	}
	dir, name := filepath.Split(opts.Output)
	dir = filepath.Clean(dir) // "" is "."; the folder named without a trailing slash
	if _, err := outfile.Write(ctx, dir, []outfile.File{{Name: name, Data: buf.Bytes()}}, outputOptions(opts.Env, dir, opts.Wait)); err != nil {
		return outputError(err)
	}
	return nil
}

// reportInputs tells, on standard error and in the language of the
// messages, what is wrong with the inputs: when they have errors, which
// stop the command (exit 1), every error and warning with its location;
// else only the count of warnings, since they do not change the records.
func reportInputs(env *Env, ds diag.List) {
	w := env.Stderr
	errs, warns := ds.Count(diag.Error), ds.Count(diag.Warning)
	if errs > 0 {
		for _, d := range ds {
			if d.Severity >= diag.Warning {
				fmt.Fprintln(w, d.In(env.Messages))
			}
		}
		fmt.Fprintln(w, ds.Summary(env.Messages))
		return
	}
	if warns > 0 {
		fmt.Fprintln(w, env.text(msg.StatsInputsWarnings, warns))
	}
}
