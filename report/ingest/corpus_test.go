package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/diag"
	"ratsreport/report/integrity"
	"ratsreport/report/schema"
)

// corpusDir is the shared corpus of real-world workbooks (see
// ../shared/corpus/README.md), beside the repository, never inside it.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus")

// corpusTimeout bounds one file: a file not done by then is a hang, a
// bug. The slowest file of the corpus takes a second or two on a quiet
// machine, and ten on one whose two cores run the other packages' tests
// too (go test ./... runs packages side by side): the bound is for hangs,
// not for speed, which the benchmarks measure.
const corpusTimeout = 60 * time.Second

// corpusFiles lists the corpus's spreadsheets, or skips the test when the
// corpus is not there (RATSREPORT_REQUIRE_CORPUS=1 makes that a failure,
// for CI machines that have it).
func corpusFiles(t *testing.T) []string {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		if os.Getenv("RATSREPORT_REQUIRE_CORPUS") != "" {
			t.Fatalf("RATSREPORT_REQUIRE_CORPUS is set but the corpus is missing: %v", err)
		}
		t.Skipf("no shared corpus at %s (set RATSREPORT_REQUIRE_CORPUS=1 to fail instead): %v", corpusDir, err)
	}
	var files []string
	err := filepath.WalkDir(corpusDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".xlsx", ".xlsm", ".xls", ".xlsb", ".ods":
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Skipf("no spreadsheets in %s", corpusDir)
	}
	return files
}

// outcome classifies what reading one corpus file gave.
type outcome string

const (
	outRecords  outcome = "records"                             // at least one record
	outRefused  outcome = "refused with an error on the file"   // not a readable workbook
	outSheetErr outcome = "read, with errors on sheets or rows" // no record, errors
	outNoData   outcome = "read, no data and no error"          // notices only
	outInternal outcome = "INTERNAL ERROR (a recovered panic)"  // a bug
	outTimeout  outcome = "TIMEOUT"                             // a bug
)

// corpusRun is the result of one file.
type corpusRun struct {
	file    string
	outcome outcome
	elapsed time.Duration
	first   string // the first error, for the log
}

// runCorpus reads every file through fn on two goroutines (the CI
// machine has two cores; each read uses one worker), each file with a
// timeout; a file that times out is reported and its goroutine abandoned.
func runCorpus(t *testing.T, files []string, fn func(i int, path string) corpusRun) []corpusRun {
	t.Helper()
	runs := make([]corpusRun, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				done := make(chan corpusRun, 1)
				start := time.Now()
				go func() { done <- fn(i, files[i]) }()
				select {
				case r := <-done:
					r.file, r.elapsed = files[i], time.Since(start)
					runs[i] = r
				case <-time.After(corpusTimeout):
					runs[i] = corpusRun{file: files[i], outcome: outTimeout, elapsed: corpusTimeout}
				}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return runs
}

// classify turns a read's result into an outcome.
func classify(res *Result) corpusRun {
	var r corpusRun
	for _, d := range res.Diags {
		if d.Severity == diag.Error && r.first == "" {
			r.first = d.String()
		}
		if strings.Contains(d.Message, "internal error") {
			return corpusRun{outcome: outInternal, first: d.String()}
		}
	}
	n := len(res.Data.Exercises) + res.Data.Border.Len() + len(res.Data.Sessions) + len(res.Data.Agreements)
	switch {
	case n > 0:
		r.outcome = outRecords
	case len(res.Data.Sources) == 1 && res.Data.Sources[0].Failed:
		r.outcome = outRefused
	case res.Diags.Count(diag.Error) > 0:
		r.outcome = outSheetErr
	default:
		r.outcome = outNoData
	}
	return r
}

// TestCorpus runs the reader over every real-world workbook of the shared
// corpus, as `ratsreport check` would with the file as its only input:
// each must end with records or diagnostics within corpusTimeout, never a
// panic (recovered panics are internal-error diagnostics) or a hang.
//
// The corpus's sheets are named Sheet1 and the like, so the repository's
// configuration ignores most of them; a second pass therefore reads each
// file with its sheet names made aliases of a dataset, which sends every
// sheet through the header search; TestCorpusDeep streams them to the end.
func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	base := testConfig(t, "")
	start := time.Now()
	sheetNames := make([][]string, len(files))
	runs := runCorpus(t, files, func(i int, p string) corpusRun {
		res, err := Read(context.Background(), base, Options{Files: []string{p}, Workers: 1})
		if err != nil {
			return corpusRun{outcome: outInternal, first: err.Error()}
		}
		for _, d := range res.Diags {
			if d.Sheet != "" && strings.HasPrefix(d.Message, "sheet ignored") {
				sheetNames[i] = append(sheetNames[i], d.Sheet)
			}
		}
		return classify(res)
	})
	report(t, "check", runs, time.Since(start))
	first := runs

	// Every sheet the repository's configuration ignored becomes an alias
	// of each dataset in turn, so that the file is read again with its
	// sheets recognised. The outcome is the best of the four.
	start = time.Now()
	runs = runCorpus(t, files, func(i int, p string) corpusRun {
		if len(sheetNames[i]) == 0 {
			return first[i] // nothing more to recognise
		}
		best := corpusRun{outcome: outNoData}
		rank := map[outcome]int{outNoData: 0, outRefused: 1, outSheetErr: 2, outRecords: 3}
		for _, ds := range schema.Datasets {
			cfg := *base
			cfg.Aliases = map[string]map[string][]string{string(ds): {"sheet": sheetNames[i]}}
			res, err := Read(context.Background(), &cfg, Options{Files: []string{p}, Workers: 1})
			if err != nil {
				return corpusRun{outcome: outInternal, first: err.Error()}
			}
			r := classify(res)
			if r.outcome == outInternal {
				return r
			}
			if rank[r.outcome] > rank[best.outcome] {
				best = r
			}
		}
		return best
	})
	report(t, "check with every sheet recognised", runs, time.Since(start))
}

// TestCorpusDeep streams every sheet of every corpus workbook that opens
// to its last row through the reader's row loop, with the columns taken as
// the exercises' and border operations' columns in contract order, so
// that every cell of the corpus goes through the value parsers.
func TestCorpusDeep(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	files := corpusFiles(t)
	cfg := testConfig(t, "")
	r := newReader(cfg, integrity.DefaultLimits)
	start := time.Now()
	runs := runCorpus(t, files, func(_ int, p string) corpusRun {
		return deepRead(r, p)
	})
	report(t, "deep", runs, time.Since(start))
}

// deepRead streams the sheets of one file as the reader does, past the
// header search.
func deepRead(r *reader, p string) (run corpusRun) {
	defer func() {
		if e := recover(); e != nil {
			run = corpusRun{outcome: outInternal, first: fmt.Sprint(e)}
		}
	}()
	file, err := os.Open(p)
	if err != nil {
		return corpusRun{outcome: outRefused, first: err.Error()}
	}
	defer file.Close()
	st, err := file.Stat()
	if err != nil {
		return corpusRun{outcome: outRefused, first: err.Error()}
	}
	pk, err := integrity.Open(file, st.Size(), r.limits)
	if err != nil {
		return corpusRun{outcome: outRefused, first: err.Error()}
	}
	defer pk.Close()
	tmp, err := os.MkdirTemp("", "ratsreport-corpus-")
	if err != nil {
		return corpusRun{outcome: outInternal, first: err.Error()}
	}
	defer os.RemoveAll(tmp)
	f, err := excelize.OpenFile(p, r.excelizeOptions(tmp))
	if err != nil {
		if f != nil {
			f.Close()
		}
		return corpusRun{outcome: outRefused, first: err.Error()}
	}
	defer f.Close()
	records, errs := 0, 0
	for _, name := range f.GetSheetList() {
		lay, err := pk.Guard(name)
		if err != nil {
			errs++
			continue
		}
		for _, ds := range []schema.Dataset{schema.Exercises, schema.Border} {
			s := &sheetReader{r: r, file: p, sheet: name, dataset: ds, lay: lay}
			s.presetColumns()
			s.read(f)
			records += len(s.rows)
			errs += s.diags.Count(diag.Error)
		}
	}
	switch {
	case records > 0:
		return corpusRun{outcome: outRecords}
	case errs > 0:
		return corpusRun{outcome: outSheetErr}
	}
	return corpusRun{outcome: outNoData}
}

// presetColumns makes row 1 the header, with the dataset's columns (and
// the border indicators) in contract order, so that read takes every
// later row as data.
func (s *sheetReader) presetColumns() {
	s.hdrRow = 1
	s.cols = map[int]colRef{}
	s.keyCol = map[string]int{}
	s.indCol = make([]int, len(s.r.cfg.Indicators))
	col := 0
	for _, c := range schema.SheetFor(s.dataset).Columns {
		col++
		s.cols[col] = colRef{key: c.Key, indicator: -1, label: c.EN}
		s.keyCol[c.Key] = col
	}
	if s.dataset == schema.Border {
		for i := range s.indCol {
			col++
			s.cols[col] = colRef{indicator: i}
			s.indCol[i] = col
		}
	}
}

// report logs the tally and the slowest files, and fails on internal
// errors and timeouts.
func report(t *testing.T, pass string, runs []corpusRun, total time.Duration) {
	t.Helper()
	tally := map[outcome]int{}
	for _, r := range runs {
		tally[r.outcome]++
		switch r.outcome {
		case outInternal, outTimeout:
			t.Errorf("%s: %s after %v: %s", r.file, r.outcome, r.elapsed.Round(time.Millisecond), r.first)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s pass over %d corpus files in %v:", pass, len(runs), total.Round(time.Millisecond))
	for _, o := range []outcome{outRecords, outRefused, outSheetErr, outNoData, outInternal, outTimeout} {
		fmt.Fprintf(&b, "\n\t%4d %s", tally[o], o)
	}
	slow := append([]corpusRun(nil), runs...)
	sort.Slice(slow, func(i, j int) bool { return slow[i].elapsed > slow[j].elapsed })
	b.WriteString("\n\tslowest:")
	for _, r := range slow[:min(5, len(slow))] {
		fmt.Fprintf(&b, "\n\t%8v %s (%s)", r.elapsed.Round(time.Millisecond), strings.TrimPrefix(r.file, corpusDir+string(filepath.Separator)), r.outcome)
	}
	t.Log(b.String())
	if os.Getenv("RATSREPORT_CORPUS_VERBOSE") != "" {
		for _, r := range runs {
			t.Logf("%-70s %-40s %8v %s", strings.TrimPrefix(r.file, corpusDir+string(filepath.Separator)), r.outcome, r.elapsed.Round(time.Millisecond), r.first)
		}
	}
}

// TestCorpusCases pins what particular corpus files taught: packages of
// other writers that are read, and files refused with the right message.
// Every sheet is recognised (as exercises), so that each is read.
func TestCorpusCases(t *testing.T) {
	corpusFiles(t)
	base := testConfig(t, "")
	tests := []struct {
		file string
		want string // in an error on the file; "" when the sheets must read without a sheet-level error
	}{
		{"poi/49609.xlsx", ""},                 // part names with backslashes
		{"calamine/issue_530.xlsx", ""},        // part names with backslashes, WPS
		{"calamine/minimal_package.xlsx", ""},  // the workbook outside xl/
		{"poi/SampleSS.strict.xlsx", ""},       // ISO strict namespaces
		{"calamine/strict_iso_paths.xlsx", ""}, // ISO strict namespaces
		{"poi/57914.xlsx", ""},                 // ISO strict relationships
		{"calamine/any_sheets.xlsb", "Excel binary workbook (.xlsb)"},
		{"calamine/any_sheets.ods", "OpenDocument spreadsheet (.ods)"},
		{"calamine/any_sheets.xls", "legacy Excel 97-2003 (.xls)"},
		{"excelize/encryptAES.xlsx", "the workbook is encrypted"},
		{"calamine/pass_protected.xlsb", "the workbook is encrypted"},
		{"poi/duplicate-filename.xlsx", "two parts named"},
		{"poi/duplicate-filename-case-insensitive.xlsx", "two parts named"},
		{"poi/poc-xmlbomb.xlsx", "invalid character entity"},
		{"poi/xlsx-corrupted.xlsx", "_rels/.rels is damaged: it holds no XML"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := filepath.Join(corpusDir, filepath.FromSlash(tt.file))
			res, err := Read(context.Background(), base, Options{Files: []string{p}})
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != "" {
				if !findDiag(res.Diags, filepath.ToSlash(p), diag.Error, tt.want) {
					t.Errorf("want an error on the file containing %q; got:%s", tt.want, dump(res.Diags))
				}
				return
			}
			var names []string
			for _, d := range res.Diags {
				if strings.HasPrefix(d.Message, "sheet ignored") {
					names = append(names, d.Sheet)
				}
			}
			cfg := *base
			cfg.Aliases = map[string]map[string][]string{"exercises": {"sheet": names}}
			if res, err = Read(context.Background(), &cfg, Options{Files: []string{p}}); err != nil {
				t.Fatal(err)
			}
			for _, d := range res.Diags {
				if d.Severity == diag.Error && d.Row == 0 && !strings.Contains(d.Message, "no header row") {
					t.Errorf("%s", d)
				}
			}
			if len(names) == 0 {
				t.Errorf("no sheets:%s", dump(res.Diags))
			}
		})
	}
}

// excelizeOptions are the options the reader opened every workbook with
// before it read the workbook's facts from the strict pass (integrity.Workbook);
// the corpus test still opens the files through excelize with them. tmp is
// the file's own temporary folder. integrity.Open
// has checked the package against the same limits, with clearer messages.
func (r *reader) excelizeOptions(tmp string) excelize.Options {
	return excelize.Options{
		UnzipSizeLimit:    r.limits.MaxUnzipped,
		UnzipXMLSizeLimit: integrity.XMLInMemory,
		TmpDir:            tmp,
	}
}
