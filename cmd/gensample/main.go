// Command gensample writes the sample data set: the .xlsx workbooks under
// sources/ that the report is built from in examples and tests.
//
// Usage:
//
//	gensample [-config config.toml] [-out sources] [-border-rows 0] [-translations templates/translations.xlsx]
//
// With -translations FILE it also writes the sample's translations
// workbook (the Russian and Chinese of every free text of the 2024 and
// 2025 editions, and the English of the Russian ones) to FILE.
//
// With -border-rows N above zero it writes a stress set instead: about N
// border rows in the 2025 per-state workbooks, and proportionate extra
// exercises, conference sessions and agreements.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"ratsreport/report/config"
	"ratsreport/report/sample"
	"ratsreport/report/schema"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run parses the flags, generates the sample and prints its manifest; it
// returns the exit code: 0 on success, 1 on failure, 2 on bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gensample", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "config.toml", "the configuration file (states and border indicators)")
	out := fs.String("out", "sources", "the folder to write the workbooks to")
	trFile := fs.String("translations", "", "also write the sample's translations workbook to this file (templates/translations.xlsx is the shipped one)")
	rows := fs.Int("border-rows", 0, "stress mode: about this many border rows in the 2025 workbooks (0: the normal sample)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "gensample: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(stderr, "gensample: %v\n", err)
		return 1
	}
	m, err := sample.Generate(*out, sample.Options{Config: cfg, BorderRows: *rows})
	if err != nil {
		fmt.Fprintf(stderr, "gensample: %v\n", err)
		return 1
	}
	if *trFile != "" {
		if err := writeTranslations(*trFile, cfg); err != nil {
			fmt.Fprintf(stderr, "gensample: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "wrote %s\n", *trFile)
	}
	if err := printManifest(stdout, *out, m); err != nil {
		fmt.Fprintf(stderr, "gensample: %v\n", err)
		return 1
	}
	return 0
}

// printManifest writes a summary: files, rows and records per dataset and
// year.
func printManifest(w io.Writer, out string, m *sample.Manifest) error {
	var b []byte
	b = fmt.Appendf(b, "wrote %d workbooks under %s\n", len(m.Files), out)
	b = fmt.Appendf(b, "%-11s %6s %8s  records per year\n", "dataset", "rows", "records")
	for _, ds := range schema.Datasets {
		perYear := m.Records[string(ds)]
		years := make([]int, 0, len(perYear))
		total := 0
		for y, n := range perYear {
			years = append(years, y)
			total += n
		}
		sort.Ints(years)
		b = fmt.Appendf(b, "%-11s %6d %8d ", ds, m.Rows[string(ds)], total)
		for _, y := range years {
			label := fmt.Sprint(y)
			if y == 0 {
				label = "undated"
			}
			b = fmt.Appendf(b, " %s:%d", label, perYear[y])
		}
		b = append(b, '\n')
	}
	if len(m.BorderTotals) > 0 {
		b = append(b, "border totals (not reported: rows left empty)\n"...)
		years := make([]int, 0, len(m.BorderTotals))
		var keys []string
		for y, tot := range m.BorderTotals {
			years = append(years, y)
			if keys == nil {
				for k := range tot {
					keys = append(keys, k)
				}
			}
		}
		sort.Ints(years)
		sort.Strings(keys)
		for _, y := range years {
			b = fmt.Appendf(b, "  %d", y)
			for _, k := range keys {
				b = fmt.Appendf(b, " %s=%s", k, milli(m.BorderTotals[y][k]))
				if n := m.BorderMissing[y][k]; n > 0 {
					b = fmt.Appendf(b, "(%d)", n)
				}
			}
			b = append(b, '\n')
		}
	}
	_, err := w.Write(b)
	return err
}

// milli formats thousandths as a plain decimal (12500 → 12.5).
func milli(m int64) string {
	s := fmt.Sprintf("%d.%03d", m/1000, m%1000)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// writeTranslations writes the sample's translations workbook to path,
// through a temporary file renamed into place.
func writeTranslations(path string, cfg *config.Config) error {
	data, err := sample.TranslationsWorkbook(cfg.Report.DocumentDate)
	if err != nil {
		return fmt.Errorf("translations workbook: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
