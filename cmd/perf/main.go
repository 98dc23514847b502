// Command perf measures the tool at scale and prints the figures of
// docs/performance.md: for each size it generates the sample's stress set
// (N border rows, see gensample -border-rows), then times, as separate
// processes and in the same run, excelize's bare row iteration over every
// input workbook (the floor: one goroutine, raw values, nothing kept),
// `ratsreport check` and the whole `ratsreport build`, and reads each
// process's peak RSS from the kernel (the figure /usr/bin/time -v prints
// as "Maximum resident set size").
//
// Usage, from the repository root:
//
//	go run ./cmd/perf [-sizes 10000,100000,1000000] [-runs 1] [-dir /tmp/ratsreport-perf]
//
// With -runs above one each measurement is repeated, alternating the
// three, and the fastest time and the highest peak RSS are kept: on a
// shared machine the fastest run is the least disturbed one.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
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
}

// run parses the flags and measures; it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("perf", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opt options
	sizes := fs.String("sizes", "10000,100000,1000000", "border rows of each data set, comma-separated")
	fs.IntVar(&opt.runs, "runs", 1, "measurements per size (the fastest is kept)")
	fs.StringVar(&opt.dir, "dir", filepath.Join(os.TempDir(), "ratsreport-perf"), "folder for the data sets and outputs (kept between runs)")
	fs.StringVar(&opt.config, "config", "config.toml", "the configuration the data sets are generated and built with")
	fs.StringVar(&opt.langs, "lang", "", "report languages of the build (default: the configuration's)")
	fs.IntVar(&opt.procs, "gomaxprocs", 0, "run check and build with GOMAXPROCS set to this (1 shows what the second core brings)")
	fs.IntVar(&opt.generate, "generate", 0, "internal: generate a data set of this many border rows into -dir")
	fs.StringVar(&opt.iterate, "iterate", "", "internal: iterate over the workbooks under this folder and print the rows read")
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
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fmt.Fprintf(stderr, "perf: -sizes: %q is not a number of rows\n", s)
			return 2
		}
		opt.sizes = append(opt.sizes, n)
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

// figures are a size's measurements.
type figures struct {
	rows                  int // rows the bare iteration read (all sheets, headers included)
	bare, check, build    measured
	pdfBytes, workbookLen int64
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
	fmt.Fprintf(stdout, "| border rows | rows read | bare iteration | check | build | build ÷ bare | build rows/s | peak RSS: bare | check | build | PDF (first language) | workbook |\n")
	fmt.Fprintf(stdout, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, n := range opt.sizes {
		dir := filepath.Join(opt.dir, strconv.Itoa(n))
		cfgPath, err := dataset(self, opt.config, dir, n, stderr)
		if err != nil {
			return err
		}
		var f figures
		for r := 0; r < opt.runs; r++ {
			fmt.Fprintf(stderr, "perf: %d rows, run %d of %d\n", n, r+1, opt.runs)
			bare, err := timed(nil, self, "-iterate", filepath.Join(dir, "sources"))
			if err != nil {
				return err
			}
			if f.rows, err = strconv.Atoi(strings.TrimSpace(bare.out)); err != nil {
				return fmt.Errorf("the iteration printed %q", bare.out)
			}
			var env []string
			if opt.procs > 0 {
				env = []string{"GOMAXPROCS=" + strconv.Itoa(opt.procs)}
			}
			check, err := timed(env, bin, "check", "--config", cfgPath)
			if err != nil {
				return err
			}
			args := []string{"build", "--config", cfgPath, "--out", filepath.Join(dir, "out")}
			if opt.langs != "" {
				args = append(args, "--lang", opt.langs)
			}
			build, err := timed(env, bin, args...)
			if err != nil {
				return err
			}
			f.bare, f.check, f.build = best(f.bare, bare, r), best(f.check, check, r), best(f.build, build, r)
		}
		if f.pdfBytes, f.workbookLen, err = outputSizes(filepath.Join(dir, "out")); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "| %s | %s | %s | %s | %s | %.2f | %s | %s | %s | %s | %s | %s |\n",
			group(int64(n)), group(int64(f.rows)), secs(f.bare.wall), secs(f.check.wall), secs(f.build.wall),
			f.build.wall.Seconds()/f.bare.wall.Seconds(), group(int64(float64(f.rows)/f.build.wall.Seconds())),
			mb(f.bare.rss), mb(f.check.rss), mb(f.build.rss), mb(f.pdfBytes), mb(f.workbookLen))
	}
	return nil
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
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err := cmd.Run()
	s := measured{wall: time.Since(start), out: out.String()}
	if err != nil {
		return s, fmt.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, errOut.String())
	}
	s.rss = peakRSS(cmd.ProcessState)
	return s, nil
}

// best keeps the fastest time and the highest peak RSS of runs.
func best(a, b measured, run int) measured {
	if run == 0 {
		return b
	}
	if b.wall < a.wall {
		a.wall = b.wall
	}
	a.rss = max(a.rss, b.rss)
	return a
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

func secs(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) }

// mb formats a size in megabytes, or in kilobytes under one megabyte.
func mb(b int64) string {
	if b < 1e6 {
		return fmt.Sprintf("%.0f kB", float64(b)/1e3)
	}
	return fmt.Sprintf("%.0f MB", float64(b)/1e6)
}
