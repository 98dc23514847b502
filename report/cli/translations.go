package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/failure"
	"ratsreport/report/load"
	"ratsreport/report/msg"
	"ratsreport/report/outfile"
	"ratsreport/report/stats"
	"ratsreport/report/summary"
	"ratsreport/report/translate"
)

// TranslationsOptions are the translations command's flags and
// dependencies.
type TranslationsOptions struct {
	Env    *Env
	Config string
	Year   int
	Years  string
	Langs  []string
	Merge  []string
	Out    string
	Wait   time.Duration
}

// NewTranslationsCmd builds the translations command; runF replaces
// translationsRun in tests. Both get the command's context, cancelled on
// Ctrl-C.
func NewTranslationsCmd(env *Env, runF func(context.Context, *TranslationsOptions) error) *cobra.Command {
	opts := &TranslationsOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "translations",
		Short: env.text(msg.CmdTranslationsShort),
		Long:  env.text(msg.CmdTranslationsLong),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return translationsRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Config, "config", "config.toml", env.text(msg.HelpFlagConfig))
	cmd.Flags().IntVar(&opts.Year, "year", 0, env.text(msg.CmdTranslationsFlagYear))
	cmd.Flags().StringVar(&opts.Years, "years", "", env.text(msg.CmdTranslationsFlagYears))
	cmd.Flags().StringSliceVar(&opts.Langs, "lang", nil, env.text(msg.CmdTranslationsFlagLang, strings.Join(config.Languages, ", ")))
	cmd.Flags().StringSliceVar(&opts.Merge, "merge", nil, env.text(msg.CmdTranslationsFlagMerge))
	cmd.Flags().StringVar(&opts.Out, "out", "", env.text(msg.CmdTranslationsFlagOut))
	waitFlag(cmd, &opts.Wait)
	return cmd
}

func translationsRun(ctx context.Context, opts *TranslationsOptions) error {
	if err := checkWait(opts.Wait); err != nil {
		return err
	}
	cfg, err := load.Config(opts.Config, opts.Year)
	if err != nil {
		return err
	}
	env := opts.Env
	env.useConfig(cfg)
	years := []int{cfg.Report.Year}
	if opts.Years != "" {
		span, err := stats.ParseYears(opts.Years)
		if err != nil || span.All {
			return usageError(msg.TranslationsYearsSpan, opts.Years)
		}
		years = years[:0]
		for y := span.From; y <= span.To; y++ {
			years = append(years, y)
		}
	}
	in, err := load.Read(ctx, cfg, load.Options{Langs: opts.Langs, Getenv: opts.Env.Getenv})
	if in != nil {
		reportInputs(env, in.Diags)
	}
	if err != nil {
		return err
	}
	path, name := cfg.TranslationsFile()
	book := in.Translations.Book()
	if book == nil {
		book = translate.NewBook()
	}
	merged := 0
	for _, m := range opts.Merge {
		from, ds, err := translate.Read(m, m)
		if err != nil {
			return usageError(msg.TranslationsMergeFailed, err)
		}
		if ds.Count(diag.Error) > 0 {
			reportInputs(env, ds)
			return failure.Errorf(failure.Inputs, msg.TranslationsMergeErrors, m, ds.Counts())
		}
		merged += book.Merge(from)
	}
	set := translate.NewSet(in.Read.Data.Translations, book)
	var lists [][]translate.Use
	for _, y := range years {
		lists = append(lists, translate.Uses(summary.Build(cfg, in.Read.Data, y)))
	}
	gaps := set.Gaps(translate.JoinUses(lists...), in.Langs)
	out := opts.Out
	if out == "" {
		out = path
	}
	w := env.Stdout
	if len(gaps) == 0 && merged == 0 {
		fmt.Fprintln(w, env.text(msg.TranslationsComplete, strings.Join(in.Langs, ", "), yearsText(years), name))
		return nil
	}
	copyBook, hl := book.Worklist(gaps)
	data, err := copyBook.Bytes(hl, cfg.Report.DocumentDate)
	if err != nil {
		return msg.Errorf(msg.TranslationsWriteFailed, err)
	}
	if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, data) {
		fmt.Fprintln(w, env.text(msg.TranslationsUpToDate, out, len(gaps)))
		return nil
	}
	dir, file := filepath.Split(out)
	if dir == "" {
		dir = "."
	}
	if _, err := outfile.Write(ctx, dir, []outfile.File{{Name: file, Data: data}}, outputOptions(env, dir, opts.Wait)); err != nil {
		return outputError(err)
	}
	if merged > 0 {
		fmt.Fprintln(w, env.text(msg.TranslationsMerged, merged))
	}
	lacking := map[string]int{}
	for _, g := range gaps {
		for _, l := range g.Langs {
			lacking[l]++
		}
	}
	var per []string
	for _, l := range in.Langs {
		per = append(per, fmt.Sprintf("%s %d", l, lacking[l]))
	}
	fmt.Fprintln(w, env.text(msg.TranslationsLacking, out, len(gaps), yearsText(years), strings.Join(per, ", ")))
	return nil
}

// yearsText is the reporting year, or the span of years, as the
// sentences of translations name it in each language.
func yearsText(years []int) msg.Message {
	if len(years) == 1 {
		return msg.New(msg.TranslationsYear, years[0])
	}
	return msg.New(msg.TranslationsYears, years[0], years[len(years)-1])
}
