package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"ratsreport/report/diag"
	"ratsreport/report/failure"
	"ratsreport/report/load"
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
		Short: "Count and add up the validated records: per year, state, operation, indicator, ...",
		Long: `stats reads the inputs as check does and prints a table of counts and sums
over one dataset: exercises, border, conference, agreements, online, training
or meetings.

Records are grouped by the dimensions of --by and filtered by --where; the
measures are counts and the sums of the numeric fields (every border
indicator by default). An empty figure is "not reported": it is left out of
the sums and counted apart, never as zero. FILE arguments replace the
configuration's source patterns. docs/stats.md documents every dimension,
measure and the JSON schema.

Dimensions:
  exercises   year, kind, threat, host, state (participating; a list), exercise
  border      year, operation, state (reporting), section, area, indicator
  conference  year, edition, city, country, format, state (represented; a list)
  agreements  year (signed), counterparty, type, document, status
  online      year, state (reporting)
  training    year, format, host, state (participating; a list)
  meetings    year, body, country, chair, number

Examples:
  ratsreport stats border --by state
  ratsreport stats border --years 2019-2025 --by year --measures firearms
  ratsreport stats exercises --years 2006-2025 --by year
  ratsreport stats exercises --by state --where kind=field --format csv
  ratsreport stats agreements --years all --by status --format json

With --output, the file is written as build writes its outputs: while a
build writes to the same folder, stats says so on stderr and waits up to
--wait, then fails (exit 3); --wait 0 fails at once.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("stats needs a DATASET; expected one of %s", strings.Join(stats.Datasets(), ", "))
			}
			opts.Dataset, opts.Files = args[0], args[1:]
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return statsRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Config, "config", "config.toml", "configuration file")
	f.IntVar(&opts.Year, "year", 0, "the year counted (default: report.year in the configuration)")
	f.StringVar(&opts.Years, "years", "", "a span of years instead: FROM-TO (2019-2025), or all")
	f.StringSliceVar(&opts.By, "by", nil, "dimensions to group by, comma-separated (see above)")
	f.StringSliceVar(&opts.Where, "where", nil, "filters DIM=VALUE, comma-separated; the same DIM twice means either value")
	f.StringSliceVar(&opts.Measures, "measures", nil, "measures to show, comma-separated (default: all of the dataset)")
	f.StringVar(&opts.Format, "format", "", "table, csv, json or xlsx (default: from the --output extension, else table)")
	f.StringVarP(&opts.Output, "output", "o", "", "write to this file (atomically) instead of standard output; xlsx needs it")
	f.StringVar(&opts.Lang, "lang", "", "language of the labels: en, ru or zh (default: the first of report.languages)")
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
		return "", usageError("unknown format %q; expected one of %s", opts.Format, strings.Join(statsFormats, ", "))
	}
	if format == "xlsx" && opts.Output == "" {
		return "", usageError("--format xlsx needs --output FILE.xlsx (a workbook is not written to a terminal)")
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
	years := stats.Single(cfg.Report.Year)
	if opts.Years != "" {
		if years, err = stats.ParseYears(opts.Years); err != nil {
			return usageError("%v", err)
		}
	}
	q := stats.Query{Dataset: opts.Dataset, Years: years, By: opts.By, Where: opts.Where, Measures: opts.Measures}
	if err := stats.Validate(cfg, q); err != nil {
		return usageError("%v", err)
	}
	l := opts.Lang
	if l == "" {
		l = cfg.Report.Languages[0]
	}
	// Warnings do not stop stats: they do not change the records.
	in, err := load.Read(ctx, cfg, load.Options{Langs: []string{l}, Date: true, Files: opts.Files, Getenv: opts.Env.Getenv})
	if in != nil {
		reportInputs(opts.Env.Stderr, in.Read.Diags)
	}
	if err != nil {
		return err
	}
	texts := in.Texts[l]
	q.Translations = in.Translations
	res, err := stats.Run(ctx, cfg, in.Read.Data, q, texts)
	if errors.Is(err, context.Canceled) {
		return failure.Errorf(failure.Interrupted, "interrupted")
	}
	if err != nil {
		var se *stats.Error
		if errors.As(err, &se) {
			return usageError("%v", err)
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
		return fmt.Errorf("write the %s output: %w", format, err)
	}
	if opts.Output == "" {
		if _, err := opts.Env.Stdout.Write(buf.Bytes()); err != nil {
			return failure.Errorf(failure.Output, "write to standard output: %w", err)
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

// reportInputs tells, on standard error, what is wrong with the inputs:
// when they have errors, which stop the command (exit 1), every error and
// warning with its location; else only the count of warnings, since they
// do not change the records.
func reportInputs(w io.Writer, ds diag.List) {
	errs, warns := ds.Count(diag.Error), ds.Count(diag.Warning)
	if errs > 0 {
		for _, d := range ds {
			if d.Severity >= diag.Warning {
				fmt.Fprintln(w, d)
			}
		}
		fmt.Fprintln(w, ds.Summary("en"))
		return
	}
	if warns > 0 {
		fmt.Fprintf(w, "ratsreport: the inputs have %d warning(s); 'ratsreport check' lists them\n", warns)
	}
}
