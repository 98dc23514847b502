// Package load is the one way into a command's work: the configuration
// (with a --year override), the texts of the languages asked for (a key
// missing in a translation is a warning), the document date and the fonts
// when they are needed, the input workbooks read with progress, and the
// verdict on them (errors, or warnings under Strict, stop). check, build,
// stats and template start here; what follows (printing, rendering,
// counting) is theirs.
//
// Every error is of a kind (package failure): usage for what the user
// asked for, inputs for the verdict, interrupted for a read stopped by its
// context.
package load

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/coverage"
	"ratsreport/report/diag"
	"ratsreport/report/failure"
	"ratsreport/report/fonts"
	"ratsreport/report/ingest"
	"ratsreport/report/lang"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/plausible"
	"ratsreport/report/summary"
	"ratsreport/report/translate"
	"ratsreport/templates"
)

// Config loads the configuration file at path; a year other than 0
// replaces report.year. A configuration error keeps its config.Errors
// (errors.As finds it), of kind failure.Usage.
func Config(path string, year int) (*config.Config, error) {
	cfg, err := config.Load(path)
	if err != nil {
		return nil, &failure.Error{Kind: failure.Usage, Err: err}
	}
	if year != 0 {
		if !config.PlausibleYear(year) {
			return nil, failure.Errorf(failure.Usage, msg.LoadYearImplausible, year)
		}
		cfg.Report.Year = year
	}
	return cfg, nil
}

// Options say what a command needs besides the configuration.
type Options struct {
	// Langs are the languages whose texts are loaded, in order; empty
	// means the configuration's (report.languages).
	Langs []string
	// Date asks for the document date, Fonts for the fonts the PDF of
	// each language is set in.
	Date, Fonts bool
	// Files, when not empty, are read instead of the configuration's
	// source patterns.
	Files []string
	// Strict makes warnings stop too.
	Strict bool
	// NeedYear makes a reporting year without a record in any dataset an
	// error (the build's: a report of zeros and "not reported" to the
	// Council is not a report, and a typo in --year must not publish one).
	// check and stats only count, and need no such rule.
	NeedYear bool
	// Coverage computes the reporting year's coverage (Inputs.Coverage)
	// and warns of every expected submission that has not arrived;
	// Plausibility warns of border figures far outside what their state
	// has reported (package plausible). check and build ask for both.
	Coverage, Plausibility bool
	// Untranslated counts, per language, the free texts the editions of
	// the reporting year would print untranslated: a notice per edition
	// (check), a warning with StrictTranslations.
	Untranslated, StrictTranslations bool
	// Summary makes the reporting year's summary (Inputs.Summary) beside
	// the checks, for the build.
	Summary bool
	// Getenv reads the environment (SOURCE_DATE_EPOCH, the CJK font);
	// nil is an empty environment.
	Getenv func(string) string
	// Progress, if set, is told what the read is doing, as a message
	// that whoever prints it puts into words in its language.
	Progress func(stage msg.Message)
}

// Inputs is what a command works from.
type Inputs struct {
	Config *config.Config
	Langs  []string // in order; the workbook is written in the first
	Texts  map[string]*lang.Texts
	Fonts  map[string]fonts.Family // when Options.Fonts
	Date   time.Time               // when Options.Date
	// Read is what the reader produced (by Read, not Prepare): the
	// records and the reader's diagnostics.
	Read *ingest.Result
	// Diags are the reader's diagnostics and the translation gaps
	// (warnings), sorted.
	Diags diag.List
	// Coverage is the reporting year's, when Options.Coverage.
	Coverage *coverage.Coverage
	// Translations is what the editions print free text through: the
	// rows' own per-language columns, then the translations workbook
	// (by Read).
	Translations *translate.Set
	// Summary is the reporting year's summary of the records, when
	// Options.Summary asks for it: the build uses it rather than make it
	// again.
	Summary *summary.Summary
}

// Prepare loads what a command needs besides the records, in this order:
// the languages (checked), the document date, their texts, their fonts.
// It reads no workbook.
func Prepare(cfg *config.Config, opt Options) (*Inputs, error) {
	getenv := opt.Getenv
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	in := &Inputs{Config: cfg, Langs: opt.Langs, Texts: map[string]*lang.Texts{}}
	if len(in.Langs) == 0 {
		in.Langs = cfg.Report.Languages
	}
	for _, l := range in.Langs {
		if !slices.Contains(config.Languages, l) {
			return nil, failure.Errorf(failure.Usage, msg.LoadUnknownLanguage, l, strings.Join(config.Languages, ", "))
		}
	}
	if opt.Date {
		date, err := documentDate(cfg, getenv)
		if err != nil {
			return nil, &failure.Error{Kind: failure.Usage, Err: err}
		}
		in.Date = date
	}
	tfs := textFS(cfg)
	for _, l := range in.Langs {
		t, missing, err := lang.Load(tfs, l)
		if err != nil {
			return nil, &failure.Error{Kind: failure.Usage, Err: err}
		}
		in.Texts[l] = t
		in.Diags = append(in.Diags, translationGaps(missing)...)
	}
	if opt.Fonts {
		in.Fonts = map[string]fonts.Family{}
		for _, l := range in.Langs {
			f := fonts.Go()
			if l == "zh" {
				var err error
				if f, err = fonts.CJK(getenv); err != nil {
					return nil, &failure.Error{Kind: failure.Usage, Err: err}
				}
			}
			in.Fonts[l] = f
		}
	}
	return in, nil
}

// Read prepares as Prepare does, then reads the input workbooks and gives
// the verdict: when the inputs have errors (or warnings, under Strict) it
// returns the Inputs, for the diagnostics, with an error of kind
// failure.Inputs. When ctx is done (Ctrl-C) the read stops between files
// and every few thousand rows, and Read returns an error of kind
// failure.Interrupted.
func Read(ctx context.Context, cfg *config.Config, opt Options) (*Inputs, error) {
	in, err := Prepare(cfg, opt)
	if err != nil {
		return nil, err
	}
	var fileRead func(done, total int, file string)
	if opt.Progress != nil {
		opt.Progress(msg.New(msg.LoadReading))
		fileRead = func(done, total int, file string) {
			opt.Progress(msg.New(msg.LoadReadingFile, done, total, file))
		}
	}
	rd, err := ingest.Read(ctx, cfg, ingest.Options{Files: opt.Files, Progress: fileRead})
	if ctx.Err() != nil {
		return nil, failure.Errorf(failure.Interrupted, msg.Interrupted)
	}
	if err != nil {
		return nil, &failure.Error{Kind: failure.Usage, Err: err}
	}
	in.Read = rd
	in.Diags = append(append(diag.List{}, rd.Diags...), in.Diags...)
	book, tds := translations(cfg)
	in.Diags = append(in.Diags, tds...)
	in.Translations = translate.NewSet(rd.Data.Translations, book)
	// The checks over the records are independent passes that only read
	// them: they run side by side (a million border reports take seconds
	// each), and their diagnostics are joined in a fixed order.
	var untr, plaus diag.List
	passes := []func(){}
	if opt.Untranslated || opt.Summary {
		passes = append(passes, func() {
			s := summary.Build(cfg, rd.Data, cfg.Report.Year)
			if opt.Untranslated {
				untr = untranslated(cfg, in, s, opt.StrictTranslations)
			}
			if opt.Summary {
				in.Summary = s // kept only for a build: a summary of a million reports is tens of MB
			}
		})
	}
	if opt.Plausibility {
		passes = append(passes, func() { plaus = plausible.Check(cfg, rd.Data, rd.IndicatorColumn) })
	}
	if opt.Coverage {
		passes = append(passes, func() { in.Coverage = coverage.Of(cfg, rd.Data, cfg.Report.Year) })
	}
	sideBySide(passes...)
	in.Diags = append(in.Diags, untr...)
	empty := diag.List(nil)
	if opt.NeedYear {
		empty = emptyYear(cfg, rd.Data)
		in.Diags = append(in.Diags, empty...)
	}
	in.Diags = append(in.Diags, plaus...)
	if opt.Coverage && len(empty) == 0 { // an empty year is one error, not a warning per dataset
		// At the configuration, which holds the expectation, by its
		// name: the report's list of warnings shows it.
		in.Diags = append(in.Diags, in.Coverage.Diags(cfg, configName(cfg))...)
	}
	in.Diags.Sort()
	if in.Diags.Count(diag.Error) > 0 || opt.Strict && in.Diags.Count(diag.Warning) > 0 {
		return in, failure.Errorf(failure.Inputs, msg.LoadInputsHave, in.Diags.Counts())
	}
	return in, nil
}

// configName is the configuration file's name, as the coverage warnings
// are located at it.
func configName(cfg *config.Config) string {
	if cfg.Path == "" {
		return "config.toml"
	}
	return filepath.Base(cfg.Path)
}

// emptyYear is the error of a reporting year that no record of any
// dataset falls in, naming the years the sources do hold.
func emptyYear(cfg *config.Config, data *model.Data) diag.List {
	years := data.Years()
	year := cfg.Report.Year
	if slices.Contains(years, year) {
		return nil
	}
	held := msg.New(msg.LoadHeldNothing)
	if len(years) > 0 {
		held = msg.New(msg.LoadHeldYears, model.Spans(years))
	}
	var ds diag.List
	ds.Add(cfg.Path, "", 0, 0, diag.Error, msg.LoadYearEmpty, year, held, year)
	return ds
}

// documentDate is the date the outputs carry: SOURCE_DATE_EPOCH when set
// (as reproducible-build tools do), else report.document_date. The clock
// is never read.
func documentDate(cfg *config.Config, getenv func(string) string) (time.Time, error) {
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 {
			return time.Time{}, msg.Errorf(msg.LoadSourceDateEpoch, s)
		}
		return time.Unix(n, 0).UTC(), nil
	}
	return cfg.Report.DocumentDate, nil
}

// textFS is where the per-language text is read: templates/ beside the
// configuration when it holds the English text, else the copy built into
// the binary.
func textFS(cfg *config.Config) fs.FS {
	dir := filepath.Join(cfg.Dir, "templates")
	if _, err := os.Stat(filepath.Join(dir, "en", "text.toml")); err == nil {
		return os.DirFS(dir)
	}
	return templates.FS
}

// translationGaps turns missing translations into warnings on the
// language's text file.
func translationGaps(missing []lang.Missing) diag.List {
	var ds diag.List
	for _, m := range missing {
		ds.Add("templates/"+m.Lang+"/text.toml", "", 0, 0, diag.Warning, msg.LoadTextUntranslated, m.Lang, m.Key)
	}
	return ds
}

// translations reads the translations workbook (sources.translations). The
// default one may be absent (free text then prints as written); one named
// in the configuration must be there.
func translations(cfg *config.Config) (*translate.Book, diag.List) {
	path, name := cfg.TranslationsFile()
	book, ds, err := translate.Read(path, name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if cfg.Sources.Translations != "" && cfg.Sources.Translations != config.DefaultTranslations {
			ds.Add(configName(cfg), "", 0, 0, diag.Warning, msg.LoadTranslationsMissing, name)
		}
	case err != nil:
		// translate.Read's errors are messages: their key is the code
		var me *msg.Error
		if errors.As(err, &me) && me.Error() == err.Error() {
			ds.AddMsg(name, "", 0, 0, diag.Error, me.Message)
		} else {
			ds.Add(name, "", 0, 0, diag.Error, msg.LoadTranslationsError, err)
		}
	}
	return book, ds
}

// untranslated tells, per edition of the reporting year, how many free
// texts it would print untranslated: a notice (a warning when strict) at
// the translations workbook. s is the summary of that year.
func untranslated(cfg *config.Config, in *Inputs, s *summary.Summary, strict bool) diag.List {
	uses := translate.Uses(s)
	_, name := cfg.TranslationsFile()
	sev := diag.Notice
	if strict {
		sev = diag.Warning
	}
	var ds diag.List
	for _, l := range in.Langs {
		n := len(in.Translations.Missing(uses, l))
		if n == 0 {
			continue
		}
		ds.Add(name, "", 0, 0, sev, msg.LoadFreeTextUntranslated, l, cfg.Report.Year, n, len(uses), name)
	}
	return ds
}

// sideBySide runs fs concurrently and returns when all have returned. A
// panic in one is raised again here, in the caller's goroutine, where
// the command's recovery turns it into an error.
func sideBySide(fs ...func()) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var panicked any
	for _, f := range fs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if p := recover(); p != nil {
					mu.Lock()
					if panicked == nil {
						panicked = p
					}
					mu.Unlock()
				}
			}()
			f()
		}()
	}
	wg.Wait()
	if panicked != nil {
		panic(panicked)
	}
}
