// Package build runs a whole build: read and validate the inputs, compute
// the reporting year's summary, render the PDF report in each language and
// the Excel summary, and write them atomically as a set. It is the one
// place where the pipeline's stages meet; the CLI only parses flags and
// prints.
package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/fonts"
	"ratsreport/report/ingest"
	"ratsreport/report/lang"
	"ratsreport/report/outfile"
	"ratsreport/report/pdfreport"
	"ratsreport/report/summary"
	"ratsreport/report/xlsx"
	"ratsreport/templates"
)

// Options control a build.
type Options struct {
	Config *config.Config
	// Langs are the PDF languages, in order; empty means the
	// configuration's. The workbook is written in the first.
	Langs  []string
	OutDir string // default: out/<year> beside the configuration
	Strict bool   // warnings stop the build too
	// Getenv reads the environment (SOURCE_DATE_EPOCH, the CJK font).
	Getenv func(string) string
	// Progress, if set, is told what the build is doing.
	Progress func(stage string)
}

// Result is what a build did. Outputs is empty when it stopped.
type Result struct {
	Read    *ingest.Result
	Diags   diag.List // the reader's diagnostics plus translation gaps
	Summary *summary.Summary
	Outputs []outfile.Written
}

// ErrInputs reports that the inputs have errors (or warnings under
// Strict); they are in Result.Diags.
var ErrInputs = errors.New("the inputs have errors; nothing was written")

// ErrUsage marks errors in what the user asked for (a language, the
// environment): the CLI exits 2 for them. Test with errors.Is.
var ErrUsage = errors.New("usage")

// ErrInterrupted marks a build stopped by its Context; nothing was
// written. Test with errors.Is.
var ErrInterrupted = errors.New("interrupted")

// ErrOutput marks failures to render or write the outputs: exit 3. Test
// with errors.Is.
var ErrOutput = errors.New("output")

// kindError is an error of a kind (ErrUsage, ErrOutput): it says only
// what went wrong, and errors.Is tells its kind.
type kindError struct {
	kind error
	err  error
}

func (e *kindError) Error() string        { return e.err.Error() }
func (e *kindError) Unwrap() error        { return e.err }
func (e *kindError) Is(target error) bool { return target == e.kind }

func usageError(format string, args ...any) error {
	return &kindError{kind: ErrUsage, err: fmt.Errorf(format, args...)}
}

func outputError(format string, args ...any) error {
	return &kindError{kind: ErrOutput, err: fmt.Errorf(format, args...)}
}

// Run builds the report. When ctx is done (Ctrl-C) it stops between
// files and every few thousand workbook rows, and nothing is written.
func Run(ctx context.Context, opt Options) (*Result, error) {
	cfg := opt.Config
	getenv := opt.Getenv
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	progress := func(string) {}
	if opt.Progress != nil {
		var mu sync.Mutex // the renderers report from their goroutines
		progress = func(stage string) {
			mu.Lock()
			defer mu.Unlock()
			opt.Progress(stage)
		}
	}
	langs := opt.Langs
	if len(langs) == 0 {
		langs = cfg.Report.Languages
	}
	for _, l := range langs {
		if !contains(config.Languages, l) {
			return nil, usageError("unknown language %q; expected one of en, ru, zh", l)
		}
	}
	date, err := DocumentDate(cfg, getenv)
	if err != nil {
		return nil, usageError("%w", err)
	}
	texts := map[string]*lang.Texts{}
	var gaps diag.List
	tfs := TextFS(cfg)
	for _, l := range langs {
		t, missing, err := lang.Load(tfs, l)
		if err != nil {
			return nil, usageError("%w", err)
		}
		texts[l] = t
		gaps = append(gaps, TranslationGaps(missing)...)
	}
	families := map[string]fonts.Family{}
	for _, l := range langs {
		f := fonts.Go()
		if l == "zh" {
			if f, err = fonts.CJK(getenv); err != nil {
				return nil, usageError("%w", err)
			}
		}
		families[l] = f
	}

	progress("reading the workbooks")
	interrupted := func() error {
		return &kindError{kind: ErrInterrupted, err: errors.New("interrupted; nothing was written, the previous outputs are as they were")}
	}
	rd, err := ingest.Read(ctx, cfg, ingest.Options{Progress: func(done, total int, file string) {
		progress(fmt.Sprintf("reading %d/%d %s", done, total, file))
	}})
	if ctx.Err() != nil {
		return nil, interrupted()
	}
	if err != nil {
		return nil, usageError("%w", err)
	}
	res := &Result{Read: rd, Diags: append(append(diag.List{}, rd.Diags...), gaps...)}
	res.Diags.Sort()
	if res.Diags.Count(diag.Error) > 0 || opt.Strict && res.Diags.Count(diag.Warning) > 0 {
		return res, ErrInputs
	}
	year := cfg.Report.Year
	res.Summary = summary.Build(cfg, rd.Data, year)
	warnings := diag.List{}
	for _, d := range res.Diags {
		if d.Severity == diag.Warning {
			warnings = append(warnings, d)
		}
	}
	// The renderers are independent: run them at once (the workbook, with
	// every detail row, takes longest), each into its output's temporary
	// file in the output folder, and keep the files in a fixed order. The
	// PDFs are small and rendered to memory first; the workbook is
	// streamed (xlsx.Write), with its own temporary files in the output
	// set's scratch folder: it is on the outputs' file system, which must
	// have room for them anyway, and not on a /tmp that may be
	// memory-backed.
	dir := opt.OutDir
	if dir == "" {
		dir = filepath.Join(cfg.Dir, "out", strconv.Itoa(year))
	}
	set, err := outfile.Begin(dir)
	if err != nil {
		return res, outputError("%w", err)
	}
	defer set.Abort() // after a failure: no temporary file left, the previous outputs as they were
	type job struct {
		name   string
		what   string
		render func(w io.Writer) error
	}
	var jobs []job
	for _, l := range langs {
		l := l
		jobs = append(jobs, job{name: fmt.Sprintf("ratsreport-%d-%s.pdf", year, l), what: "the " + l + " report", render: func(w io.Writer) error {
			pdf, err := pdfreport.Render(ctx, pdfreport.Input{Config: cfg, Summary: res.Summary, Warnings: warnings,
				Texts: texts[l], Fonts: families[l], Date: date})
			if err != nil {
				return err
			}
			_, err = w.Write(pdf)
			return err
		}})
	}
	jobs = append(jobs, job{name: fmt.Sprintf("ratsreport-%d.xlsx", year), what: "the workbook", render: func(w io.Writer) error {
		return xlsx.Write(ctx, xlsx.Input{Config: cfg, Data: rd.Data, Summary: res.Summary, Warnings: res.Diags,
			Texts: texts[langs[0]], Date: date, TempDir: set.TempDir()}, w)
	}})
	outs := make([]*outfile.Output, len(jobs))
	for i, j := range jobs {
		if outs[i], err = set.Create(j.name); err != nil {
			return res, outputError("%w", err)
		}
	}
	progress("rendering " + strconv.Itoa(len(jobs)) + " outputs")
	errs := make([]error, len(jobs))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[i] = j.render(outs[i])
			if errs[i] == nil {
				progress("rendered " + j.what)
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return res, interrupted()
	}
	for i, err := range errs {
		// A failure to write the output file is reported as such, not
		// as a failure to render.
		var oe *outfile.Error
		if errors.As(err, &oe) {
			return res, outputError("%w", oe)
		}
		if err != nil {
			return res, outputError("render %s: %w", jobs[i].what, err)
		}
	}
	progress("writing " + dir)
	written, err := set.Commit()
	if err != nil {
		return res, outputError("%w", err)
	}
	res.Outputs = written
	return res, nil
}

// DocumentDate is the date the outputs carry: SOURCE_DATE_EPOCH when set
// (as reproducible-build tools do), else report.document_date. The clock
// is never read.
func DocumentDate(cfg *config.Config, getenv func(string) string) (time.Time, error) {
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", s)
		}
		return time.Unix(n, 0).UTC(), nil
	}
	return cfg.Report.DocumentDate, nil
}

// TextFS is where the per-language text is read: templates/ beside the
// configuration when it holds the English text, else the copy built into
// the binary.
func TextFS(cfg *config.Config) fs.FS {
	dir := filepath.Join(cfg.Dir, "templates")
	if _, err := os.Stat(filepath.Join(dir, "en", "text.toml")); err == nil {
		return os.DirFS(dir)
	}
	return templates.FS
}

// TranslationGaps turns missing translations into warnings on the
// language's text file.
func TranslationGaps(missing []lang.Missing) diag.List {
	var ds diag.List
	for _, m := range missing {
		ds.Add("templates/"+m.Lang+"/text.toml", "", 0, 0, diag.Warning, "no %s translation for %q; the English text is used", m.Lang, m.Key)
	}
	return ds
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
