// Command perf measures the tool at scale and prints the figures of
// docs/performance.md: for each size it generates the sample's stress set
// (N border rows, see gensample -border-rows), then times, as separate
// processes and in the same run, excelize's bare row iteration over every
// input workbook (the floor: one goroutine, raw values, nothing kept),
// `ratsreport check`, `ratsreport stats border --by state`, the whole
// `ratsreport build` and `ratsreport export -o x.sqlite`, and reads each
// process's peak RSS from the kernel (the figure /usr/bin/time -v prints
// as "Maximum resident set size"). Last it times the three-language build
// of the shipped sample.
//
// Usage, from the repository root:
//
//	go run ./cmd/perf [-sizes 10000,100000,1000000] [-runs 3] [-sample-runs 9] [-dir /tmp/ratsreport-perf]
//
// Each measurement is repeated -runs times, the commands alternating
// (bare, check, stats, build, export, bare, ...) so that a shared
// machine's load falls on all of them alike. Times are the medians of the
// runs; a ratio is the median of the ratios of each round (both commands
// measured minutes apart at most); peak RSS is the highest of the runs.
// The ratios are those issue 17 and issue 19 set targets for: check,
// stats and build against the bare iteration, export against check.
//
// With -cpuprofile, -memprofile, -peakprofile or -trace it runs one ratsreport command
// in its own process instead (see profile.go).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/lang"
	"ratsreport/report/sample"
	"ratsreport/templates"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	sizes    []int
	runs     int
	dir      string
	config   string
	iterate  string // internal: iterate over the workbooks under this folder
	generate int    // internal: generate this many border rows into dir
	langs    string
	procs    int // GOMAXPROCS of check and build; 0: the machine's cores
	cpuprof  string
	memprof  string
	peakprof string
	trace    string
	repeat   int
	// sampleRuns is the number of builds of the shipped sample timed.
	sampleRuns int
}

// run parses the flags and measures; it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("perf", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opt options
	sizes := fs.String("sizes", "10000,100000,1000000", "border rows of each data set, comma-separated")
	fs.IntVar(&opt.runs, "runs", 3, "measurements per size, alternating the commands (medians are printed)")
	fs.IntVar(&opt.sampleRuns, "sample-runs", 9, "builds of the shipped sample timed (0: none)")
	fs.StringVar(&opt.dir, "dir", filepath.Join(os.TempDir(), "ratsreport-perf"), "folder for the data sets and outputs (kept between runs)")
	fs.StringVar(&opt.config, "config", "config.toml", "the configuration the data sets are generated and built with")
	fs.StringVar(&opt.langs, "lang", "", "report languages of the build (default: the configuration's)")
	fs.IntVar(&opt.procs, "gomaxprocs", 0, "run check and build with GOMAXPROCS set to this (1 shows what the second core brings)")
	fs.IntVar(&opt.generate, "generate", 0, "internal: generate a data set of this many border rows into -dir")
	fs.StringVar(&opt.iterate, "iterate", "", "internal: iterate over the workbooks under this folder and print the rows read")
	fs.StringVar(&opt.cpuprof, "cpuprofile", "", "run `ratsreport ARGS...` (the arguments after the flags) in this process, writing a CPU profile to this file")
	fs.StringVar(&opt.memprof, "memprofile", "", "with the arguments of a ratsreport command: write an allocation profile to this file")
	fs.StringVar(&opt.trace, "trace", "", "with the arguments of a ratsreport command: write an execution trace to this file (go tool trace)")
	fs.StringVar(&opt.peakprof, "peakprofile", "", "with the arguments of a ratsreport command: write the heap at its peak live size to this file")
	fs.IntVar(&opt.repeat, "repeat", 1, "with -cpuprofile, -memprofile or -trace: run the command this many times")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if opt.generate > 0 {
		if err := generate(opt.config, opt.dir, opt.generate); err != nil {
			fmt.Fprintf(stderr, "perf: %v\n", err)
			return 1
		}
		return 0
	}
	if opt.cpuprof != "" || opt.memprof != "" || opt.trace != "" || opt.peakprof != "" {
		code, err := profile(opt, fs.Args(), stdout, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "perf: %v\n", err)
			return 1
		}
		return code
	}
	if opt.iterate != "" {
		n, err := iterate(opt.iterate)
		if err != nil {
			fmt.Fprintf(stderr, "perf: %v\n", err)
			return 1
		}
		fmt.Fprintln(stdout, n)
		return 0
	}
	for _, s := range strings.Split(*sizes, ",") {
		if strings.TrimSpace(s) == "" {
			continue // -sizes "": the sample only
		}
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fmt.Fprintf(stderr, "perf: -sizes: %q is not a number of rows\n", s)
			return 2
		}
		opt.sizes = append(opt.sizes, n)
	}
	if opt.runs < 1 || opt.sampleRuns < 0 {
		fmt.Fprintf(stderr, "perf: -runs must be at least 1 and -sample-runs at least 0\n")
		return 2
	}
	if err := measure(opt, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "perf: %v\n", err)
		return 1
	}
	return 0
}

// iterate is the floor: excelize's row iterator over every sheet of every
// workbook under dir, in one goroutine, raw values, nothing kept.
func iterate(dir string) (int, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".xlsx") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	rows := 0
	for _, p := range files {
		f, err := excelize.OpenFile(p)
		if err != nil {
			return 0, err
		}
		for _, sheet := range f.GetSheetList() {
			r, err := f.Rows(sheet)
			if err != nil {
				f.Close()
				return 0, err
			}
			for r.Next() {
				if _, err := r.Columns(excelize.Options{RawCellValue: true}); err != nil {
					f.Close()
					return 0, err
				}
				rows++
			}
			r.Close()
		}
		f.Close()
	}
	return rows, nil
}

// measured is one process's measurement.
type measured struct {
	wall time.Duration
	rss  int64 // peak resident set size, bytes
	out  string
}

// commands are the commands measured at each size, in the order each
// round runs them.
var commands = []string{"bare", "check", "stats", "build", "export"}

// figures are a size's measurements: every run of every command.
type figures struct {
	n                     int // border rows
	rows                  int // rows the bare iteration read (all sheets, headers included)
	runs                  map[string][]measured
	pdfBytes, workbookLen int64
}

// wall is the median time of a command's runs.
func (f *figures) wall(cmd string) time.Duration {
	var ws []time.Duration
	for _, m := range f.runs[cmd] {
		ws = append(ws, m.wall)
	}
	return median(ws)
}

// ratio is the median over the rounds of a's time over b's.
func (f *figures) ratio(a, b string) float64 {
	var rs []float64
	for i := range f.runs[a] {
		rs = append(rs, f.runs[a][i].wall.Seconds()/f.runs[b][i].wall.Seconds())
	}
	return median(rs)
}

// rss is the highest peak RSS of a command's runs.
func (f *figures) rss(cmd string) int64 {
	var m int64
	for _, r := range f.runs[cmd] {
		m = max(m, r.rss)
	}
	return m
}

// median returns the middle value (the mean of the two middle ones for an
// even count).
func median[T time.Duration | float64](v []T) T {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func measure(opt options, stdout, stderr io.Writer) error {
	if err := os.MkdirAll(opt.dir, 0o755); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	bin := filepath.Join(opt.dir, "ratsreport")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/ratsreport").CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/ratsreport (run perf from the repository root): %v\n%s", err, out)
	}
	en, _, err := lang.Load(templates.FS, "en") // for numbers with thousands separators
	if err != nil {
		return err
	}
	group := en.Int
	var env []string
	if opt.procs > 0 {
		env = []string{"GOMAXPROCS=" + strconv.Itoa(opt.procs)}
	}
	// The sample first, while this process is small (see timed).
	var sample string
	if opt.sampleRuns > 0 {
		if sample, err = measureSample(opt, bin, env, stderr); err != nil {
			return err
		}
	}
	var all []*figures
	for _, n := range opt.sizes {
		dir := filepath.Join(opt.dir, strconv.Itoa(n))
		cfgPath, err := dataset(self, opt.config, dir, n, stderr)
		if err != nil {
			return err
		}
		out := filepath.Join(dir, "out")
		db := filepath.Join(dir, "export.sqlite")
		buildArgs := []string{"build", "-q", "--config", cfgPath, "--out", out}
		if opt.langs != "" {
			buildArgs = append(buildArgs, "--lang", opt.langs)
		}
		args := map[string][]string{
			"check":  {"check", "-q", "--config", cfgPath},
			"stats":  {"stats", "-q", "border", "--by", "state", "--config", cfgPath},
			"build":  buildArgs,
			"export": {"export", "-q", "--config", cfgPath, "-o", db},
		}
		f := &figures{n: n, runs: map[string][]measured{}}
		for r := 0; r < opt.runs; r++ {
			fmt.Fprintf(stderr, "perf: %d rows, run %d of %d\n", n, r+1, opt.runs)
			for _, c := range commands {
				var m measured
				if c == "bare" {
					m, err = timed(nil, self, "-iterate", filepath.Join(dir, "sources"))
					if err == nil {
						f.rows, err = strconv.Atoi(strings.TrimSpace(m.out))
						if err != nil {
							err = fmt.Errorf("the iteration printed %q", m.out)
						}
					}
				} else {
					if c == "export" {
						if err := os.Remove(db); err != nil && !errors.Is(err, os.ErrNotExist) {
							return err
						}
					}
					m, err = timed(env, bin, args[c]...)
				}
				if err != nil {
					return err
				}
				f.runs[c] = append(f.runs[c], m)
			}
		}
		if f.pdfBytes, f.workbookLen, err = outputSizes(out); err != nil {
			return err
		}
		all = append(all, f)
	}
	if len(all) > 0 {
		fmt.Fprintf(stdout, "Times: medians of %d run(s); ratios: medians of the rounds' ratios.\n\n", opt.runs)
		fmt.Fprintf(stdout, "| border rows | rows read | bare iteration | check | stats | build | export | check ÷ bare | stats ÷ bare | build ÷ bare | export ÷ check | build rows/s |\n")
		fmt.Fprintf(stdout, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
		for _, f := range all {
			fmt.Fprintf(stdout, "| %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %s |\n",
				group(int64(f.n)), group(int64(f.rows)), secs(f.wall("bare")), secs(f.wall("check")), secs(f.wall("stats")),
				secs(f.wall("build")), secs(f.wall("export")), f.ratio("check", "bare"), f.ratio("stats", "bare"),
				f.ratio("build", "bare"), f.ratio("export", "check"), group(int64(float64(f.rows)/f.wall("build").Seconds())))
		}
		fmt.Fprintf(stdout, "\nPeak RSS (the highest of the runs) and output sizes:\n\n")
		fmt.Fprintf(stdout, "| border rows | bare | check | stats | build | export | PDF (first language) | workbook |\n")
		fmt.Fprintf(stdout, "|---:|---:|---:|---:|---:|---:|---:|---:|\n")
		for _, f := range all {
			fmt.Fprintf(stdout, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", group(int64(f.n)), mb(f.rss("bare")), mb(f.rss("check")),
				mb(f.rss("stats")), mb(f.rss("build")), mb(f.rss("export")), mb(f.pdfBytes), mb(f.workbookLen))
		}
	}
	if sample != "" {
		if len(all) > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintln(stdout, sample)
	}
	return nil
}

// measureSample times the build of the shipped sample (the configuration's
// own sources, every language of its report) into a folder of its own,
// and returns the line that says how long it took.
func measureSample(opt options, bin string, env []string, stderr io.Writer) (string, error) {
	out := filepath.Join(opt.dir, "sample-out")
	fmt.Fprintf(stderr, "perf: the sample's build, %d runs\n", opt.sampleRuns)
	var walls []time.Duration
	var rss int64
	for range opt.sampleRuns {
		m, err := timed(env, bin, "build", "-q", "--config", opt.config, "--out", out)
		if err != nil {
			return "", err
		}
		walls = append(walls, m.wall)
		rss = max(rss, m.rss)
	}
	slices.Sort(walls)
	return fmt.Sprintf("The shipped sample's build (%s, every language): median %.3f s over %d runs (fastest %.3f s, slowest %.3f s), peak RSS %s.",
		opt.config, median(walls).Seconds(), len(walls), walls[0].Seconds(), walls[len(walls)-1].Seconds(), mb(rss)), nil
}

// dataset generates the stress set of n border rows in dir, unless a
// previous run left it complete, and returns its configuration's path. It
// generates in a child process: a child's peak RSS counts the memory of
// the process it was started from, so this one must stay small.
func dataset(self, cfgPath, dir string, n int, stderr io.Writer) (string, error) {
	out := filepath.Join(dir, "config.toml")
	if _, err := os.Stat(filepath.Join(dir, ".complete")); err == nil {
		return out, nil
	}
	fmt.Fprintf(stderr, "perf: generating %d border rows in %s\n", n, dir)
	if _, err := timed(nil, self, "-generate", strconv.Itoa(n), "-config", cfgPath, "-dir", dir); err != nil {
		return "", err
	}
	return out, nil
}

// generate writes the stress set of n border rows and its configuration
// into dir, marking it complete at the end.
func generate(cfgPath, dir string, n int) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	cfg, err := config.Load(cfgPath)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(cfgPath)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), raw, 0o644); err != nil {
		return err
	}
	if _, err := sample.Generate(filepath.Join(dir, "sources"), sample.Options{Config: cfg, BorderRows: n}); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, ".complete"), nil, 0o644)
}

// timed runs a command, with env added to the environment, and measures
// its wall time and peak RSS.
func timed(env []string, name string, args ...string) (measured, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	// Only the end of what the command prints is kept: a child's peak RSS
	// counts this process's (see dataset), which a million rows' warnings
	// held here would raise.
	out, errOut := &tail{}, &tail{}
	cmd.Stdout, cmd.Stderr = out, errOut
	start := time.Now()
	err := cmd.Run()
	s := measured{wall: time.Since(start), out: out.String()}
	if err != nil {
		return s, fmt.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, errOut.String())
	}
	s.rss = peakRSS(cmd.ProcessState)
	return s, nil
}

// tail keeps the last 16 kB written to it.
type tail struct{ b []byte }

func (t *tail) Write(p []byte) (int, error) {
	const keep = 16 << 10
	t.b = append(t.b, p...)
	if len(t.b) > 2*keep {
		t.b = append(t.b[:0], t.b[len(t.b)-keep:]...)
	}
	return len(p), nil
}

func (t *tail) String() string {
	const keep = 16 << 10
	if len(t.b) > keep {
		return "…" + string(t.b[len(t.b)-keep:])
	}
	return string(t.b)
}

// outputSizes returns the size of the first PDF and of the workbook.
func outputSizes(dir string) (pdf, book int64, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, 0, err
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			return 0, 0, err
		}
		switch {
		case strings.HasSuffix(e.Name(), ".pdf") && pdf == 0:
			pdf = info.Size()
		case strings.HasSuffix(e.Name(), ".xlsx"):
			book = info.Size()
		}
	}
	return pdf, book, nil
}

// secs formats a duration in seconds, to the hundredth below ten.
func secs(d time.Duration) string {
	if d < 10*time.Second {
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// mb formats a size in megabytes, or in kilobytes under one megabyte.
func mb(b int64) string {
	if b < 1e6 {
		return fmt.Sprintf("%.0f kB", float64(b)/1e3)
	}
	return fmt.Sprintf("%.0f MB", float64(b)/1e6)
}
