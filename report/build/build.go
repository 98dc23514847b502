// Package build renders a whole build from the loaded inputs (package
// load): the reporting year's summary, the PDF report in each language and
// the Excel summary, written atomically as a set. The renderers meet here;
// reading and validating the inputs is the loader's, and the CLI only
// parses flags and prints.
package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"time"

	"ratsreport/report/diag"
	"ratsreport/report/failure"
	"ratsreport/report/load"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/outfile"
	"ratsreport/report/pdfreport"
	"ratsreport/report/summary"
	"ratsreport/report/xlsx"
)

// Options control a build.
type Options struct {
	OutDir string // default: out/<year> beside the configuration
	// Wait is how long to wait while another build writes to the same
	// output folder (it holds the folder's lock); 0 fails at once.
	Wait time.Duration
	// Waiting, if set, is called once when the build starts waiting for
	// another; dir is the output folder.
	Waiting func(dir string)
	// Progress, if set, is told what the build is doing, as a message
	// that whoever prints it puts into words in its language.
	Progress func(stage msg.Message)
	// Warn, if set, is told what opening the output folder skipped and
	// why (an unreadable journal of an earlier build; see outfile.Options).
	Warn func(error)
}

// Result is what a build wrote.
type Result struct {
	Summary *summary.Summary
	Outputs []outfile.Written
}

// ErrInterrupted is the error of a build stopped by its Context: nothing
// was written. Its kind is failure.Interrupted.
var ErrInterrupted error = &failure.Error{Kind: failure.Interrupted, Err: msg.Errorf(msg.BuildInterrupted)}

// outputError is err as a failure to write the outputs.
func outputError(err error) error { return &failure.Error{Kind: failure.Output, Err: err} }

// PDFInput is what the PDF report in language l is rendered from: the
// summary s, the loaded texts, font and document date, and the inputs'
// warnings for the annex.
func PDFInput(in *load.Inputs, s *summary.Summary, l string) pdfreport.Input {
	return pdfreport.Input{Config: in.Config, Summary: s, Warnings: in.Diags.Only(diag.Warning),
		Texts: in.Texts[l], Fonts: in.Fonts[l], Date: in.Date, Translations: in.Translations}
}

// WorkbookInput is what the Excel summary is rendered from: the records
// and the summary s, in the first language, with every diagnostic for the
// Issues sheet; tempDir holds the renderer's temporary files.
func WorkbookInput(in *load.Inputs, data *model.Data, s *summary.Summary, tempDir string) xlsx.Input {
	return xlsx.Input{Config: in.Config, Data: data, Summary: s, Warnings: in.Diags,
		Texts: in.Texts[in.Langs[0]], Date: in.Date, TempDir: tempDir, Translations: in.Translations}
}

// Run renders the report from what load.Read produced (with Date and
// Fonts, and no error): the reporting year's summary, the PDF in each of
// in.Langs and the workbook in the first, written atomically as a set
// into OutDir. Its errors are of kind failure.Output, or ErrInterrupted:
// when ctx is done (Ctrl-C) it stops, and nothing is written.
func Run(ctx context.Context, in *load.Inputs, opt Options) (*Result, error) {
	if in.Read == nil || len(in.Langs) == 0 || len(in.Fonts) < len(in.Langs) {
		return nil, errors.New("build: the inputs are not loaded with their records and fonts") //msg:ok the caller's fault (a program's), never the user's
	}
	if ctx.Err() != nil {
		return nil, ErrInterrupted
	}
	cfg, rd, langs := in.Config, in.Read, in.Langs
	progress := func(msg.Key, ...any) {}
	if opt.Progress != nil {
		var mu sync.Mutex // the renderers report from their goroutines
		progress = func(key msg.Key, args ...any) {
			stage := msg.New(key, args...)
			mu.Lock()
			defer mu.Unlock()
			opt.Progress(stage)
		}
	}
	year := cfg.Report.Year
	res := &Result{Summary: in.Summary} // made by load.Read (Options.Summary)
	if res.Summary == nil {
		res.Summary = summary.Build(cfg, rd.Data, year)
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
	var waiting func()
	if opt.Waiting != nil {
		waiting = func() { opt.Waiting(dir) }
	}
	set, err := outfile.Open(ctx, dir, outfile.Options{Wait: opt.Wait, Waiting: waiting, Warn: opt.Warn})
	if ctx.Err() != nil {
		if err == nil {
			set.Abort() // its locks and scratch folder, now, not at exit
		}
		return nil, ErrInterrupted
	}
	if err != nil {
		return nil, outputError(err)
	}
	defer set.Abort() // after a failure: no temporary file left, the previous outputs as they were
	type job struct {
		name   string
		what   msg.Message
		render func(w io.Writer) error
	}
	var jobs []job
	for _, l := range langs {
		l := l
		jobs = append(jobs, job{name: fmt.Sprintf("ratsreport-%d-%s.pdf", year, l), what: msg.New(msg.BuildThePDF, l), render: func(w io.Writer) error {
			pdf, err := pdfreport.Render(ctx, PDFInput(in, res.Summary, l))
			if err != nil {
				return err
			}
			_, err = w.Write(pdf)
			return err
		}})
	}
	jobs = append(jobs, job{name: fmt.Sprintf("ratsreport-%d.xlsx", year), what: msg.New(msg.BuildTheWorkbook), render: func(w io.Writer) error {
		return xlsx.Write(ctx, WorkbookInput(in, rd.Data, res.Summary, set.TempDir()), w)
	}})
	outs := make([]*outfile.Output, len(jobs))
	for i, j := range jobs {
		if outs[i], err = set.Create(j.name); err != nil {
			return nil, outputError(err)
		}
	}
	progress(msg.BuildRendering, len(jobs))
	errs := make([]error, len(jobs))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	// The jobs start in the order of their length, the workbook (the
	// longest by far at scale) first, so that the PDFs are rendered beside
	// it rather than before it: a slot is taken here, in that order.
	start := append([]int{len(jobs) - 1}, make([]int, len(jobs)-1)...)
	for k := range len(jobs) - 1 {
		start[k+1] = k
	}
	for _, i := range start {
		j := jobs[i]
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			errs[i] = j.render(outs[i])
			if errs[i] == nil {
				progress(msg.BuildRendered, j.what)
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return nil, ErrInterrupted
	}
	for i, err := range errs {
		// A failure to write the output file is reported as such, not
		// as a failure to render.
		var oe *outfile.Error
		if errors.As(err, &oe) {
			return nil, outputError(oe)
		}
		if err != nil {
			return nil, outputError(msg.Errorf(msg.BuildRenderFailed, jobs[i].what, err))
		}
	}
	progress(msg.BuildWriting, dir)
	written, err := set.Commit()
	if err != nil {
		return nil, outputError(err)
	}
	res.Outputs = written
	return res, nil
}
