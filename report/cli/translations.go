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
		Short: "Add the free text the editions would print untranslated to the translations workbook",
		Long: `translations lists the free text (locations, session titles, themes, document
titles, areas, notes, footnotes) that the editions of the reporting year (or
--years) would print untranslated, in a language other than the edition's, and
writes it into a copy of the translations workbook (sources.translations in the
configuration, templates/translations.xlsx by default): the workbook's rows are
kept as they are, the texts lacking a translation come first, sorted by where
they appear in the report (section, column, then how often), and their missing
cells are left empty and highlighted for the translators. The copy replaces the
workbook itself unless --out names another file; it is written atomically, and
not at all when every text is translated.

--merge FILE takes the translations a translator filled into a copy back into
the workbook first: nothing already translated is lost, a text the copy adds is
added, and a translation the copy changes is taken from the copy.

Translations given in the workbooks' own per-language columns (such as
"Title (ru)") count as translated.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return translationsRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Config, "config", "config.toml", "configuration file")
	cmd.Flags().IntVar(&opts.Year, "year", 0, "reporting year (default: report.year in the configuration)")
	cmd.Flags().StringVar(&opts.Years, "years", "", "span of reporting years, FROM-TO (default: --year)")
	cmd.Flags().StringSliceVar(&opts.Langs, "lang", nil, "edition languages, comma-separated: "+strings.Join(config.Languages, ", ")+" (default: report.languages)")
	cmd.Flags().StringSliceVar(&opts.Merge, "merge", nil, "a translated copy of the workbook to merge in first (repeatable)")
	cmd.Flags().StringVar(&opts.Out, "out", "", "file to write (default: the translations workbook itself)")
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
	years := []int{cfg.Report.Year}
	if opts.Years != "" {
		span, err := stats.ParseYears(opts.Years)
		if err != nil || span.All {
			return usageError("--years %q: expected a span such as 2024-2025", opts.Years)
		}
		years = years[:0]
		for y := span.From; y <= span.To; y++ {
			years = append(years, y)
		}
	}
	in, err := load.Read(ctx, cfg, load.Options{Langs: opts.Langs, Getenv: opts.Env.Getenv})
	if in != nil {
		reportInputs(opts.Env.Stderr, in.Diags)
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
			return usageError("--merge: %v", err)
		}
		if ds.Count(diag.Error) > 0 {
			reportInputs(opts.Env.Stderr, ds)
			return failure.Errorf(failure.Inputs, "%s has %s; nothing was merged", m, ds.Summary("en"))
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
	w := opts.Env.Stdout
	if len(gaps) == 0 && merged == 0 {
		fmt.Fprintf(w, "every free text of the %s editions of %s is translated; %s is unchanged\n", strings.Join(in.Langs, ", "), yearsText(years), name)
		return nil
	}
	copyBook, hl := book.Worklist(gaps)
	data, err := copyBook.Bytes(hl, cfg.Report.DocumentDate)
	if err != nil {
		return fmt.Errorf("write the translations workbook: %w", err)
	}
	if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, data) {
		fmt.Fprintf(w, "%s is up to date: %d texts still lack a translation\n", out, len(gaps))
		return nil
	}
	dir, file := filepath.Split(out)
	if dir == "" {
		dir = "."
	}
	if _, err := outfile.Write(ctx, dir, []outfile.File{{Name: file, Data: data}}, outputOptions(opts.Env, dir, opts.Wait)); err != nil {
		return outputError(err)
	}
	if merged > 0 {
		fmt.Fprintf(w, "merged %d translations\n", merged)
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
	fmt.Fprintf(w, "%s: %d texts of %s lack a translation (%s); their cells are highlighted\n", out, len(gaps), yearsText(years), strings.Join(per, ", "))
	return nil
}

func yearsText(years []int) string {
	if len(years) == 1 {
		return fmt.Sprint(years[0])
	}
	return fmt.Sprintf("%d-%d", years[0], years[len(years)-1])
}
