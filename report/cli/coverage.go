package cli

import (
	"fmt"
	"io"
	"strings"

	"ratsreport/report/config"
	"ratsreport/report/coverage"
	"ratsreport/report/msg"
)

// Coverage is the reporting year's coverage in the JSON result: per
// dataset, who was expected to send it, who did, from which files, and
// who did not.
type Coverage struct {
	Year     int               `json:"year"`
	Complete bool              `json:"complete"`
	Datasets []CoverageDataset `json:"datasets"`
}

// CoverageDataset is one dataset's coverage. By is "states" (the member
// states send it) or "sources" (the Executive Committee's own, covered by
// files). Deadline is a date (2006-01-02) or empty.
type CoverageDataset struct {
	Dataset  string   `json:"dataset"`
	By       string   `json:"by"`
	Expect   string   `json:"expect"`
	Deadline string   `json:"deadline,omitempty"`
	Expected []string `json:"expected"` // states expected (by states)
	// ExpectRecords: records are expected from some file (by sources).
	ExpectRecords bool          `json:"expect_records"`
	Records       int           `json:"records"`
	PrevRecords   int           `json:"prev_records"`
	Missing       []string      `json:"missing"` // expected states that sent nothing
	Complete      bool          `json:"complete"`
	Rows          []CoverageRow `json:"rows"`
}

// CoverageRow is one state's part (by states: State, Expected, Files) or
// one file's (by sources: File) in a dataset's year.
type CoverageRow struct {
	State    string   `json:"state,omitempty"`
	Name     string   `json:"name,omitempty"` // the state's English name
	File     string   `json:"file,omitempty"`
	Expected bool     `json:"expected"`
	Records  int      `json:"records"`
	Files    []string `json:"files,omitempty"`
}

// newCoverage is the JSON form of a coverage.
func newCoverage(cfg *config.Config, c *coverage.Coverage) *Coverage {
	out := &Coverage{Year: c.Year, Complete: c.Complete(), Datasets: []CoverageDataset{}}
	for i := range c.Datasets {
		d := &c.Datasets[i]
		j := CoverageDataset{Dataset: string(d.Dataset), By: string(d.By), Expect: d.Expect, Expected: orEmpty(d.Expected),
			ExpectRecords: d.ExpectRecords, Records: d.Records, PrevRecords: d.PrevRecords, Missing: orEmpty(d.Missing()),
			Complete: d.Complete(), Rows: []CoverageRow{}}
		if !d.Deadline.IsZero() {
			j.Deadline = d.Deadline.Format("2006-01-02")
		}
		for _, r := range d.Rows {
			row := CoverageRow{State: r.State, File: r.File, Expected: r.Expected, Records: r.Records, Files: r.Files}
			if r.State != "" {
				row.Name = cfg.StateName(r.State, "en")
			}
			j.Rows = append(j.Rows, row)
		}
		out.Datasets = append(out.Datasets, j)
	}
	return out
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// printCoverage prints the coverage table in lang: per dataset, who was
// expected, then one line per state (its records and files, or missing)
// or per file, and a closing line that says whether it is complete.
func printCoverage(w io.Writer, cfg *config.Config, c *coverage.Coverage, lang string) {
	t := func(key msg.Key, args ...any) string { return msg.Sprintf(lang, key, args...) }
	fmt.Fprintf(w, "\n%s\n", t(msg.CLICoverageTitle, c.Year))
	// States' names are padded to 16 columns (a longer one pushes its
	// line's figures to the right).
	nameW, stateW := datasetColumn(lang), 16
	for i := range c.Datasets {
		d := &c.Datasets[i]
		deadline := ""
		if !d.Deadline.IsZero() {
			deadline = t(msg.CLICoverageDue, d.Deadline.Format("2006-01-02"))
		}
		fmt.Fprintf(w, "%s %s\n", padRight(datasetName(d.Dataset, lang), nameW),
			t(msg.CLICoverageLine, coverageSummary(cfg, d, lang), expectText(d, c.Year, lang), deadline))
		for _, r := range d.Rows {
			switch {
			case d.By == coverage.BySources:
				fmt.Fprintf(w, "  %s %s\n", padRight(r.File, 40), t(msg.CLICoverageFileRecords, r.Records))
			case r.Records == 0:
				fmt.Fprintf(w, "  %-2s %s %s\n", r.State, padRight(cfg.StateName(r.State, lang), stateW), padLeft(t(msg.CLICoverageMissing), 8))
			default:
				note := ""
				if !r.Expected {
					note = t(msg.CLICoverageNotExpected)
				}
				fmt.Fprintf(w, "  %-2s %s %s\n", r.State, padRight(cfg.StateName(r.State, lang), stateW),
					t(msg.CLICoverageStateRecords, r.Records, strings.Join(r.Files, ", "), note))
			}
		}
	}
	if c.Complete() {
		fmt.Fprintf(w, "%s\n", t(msg.CLICoverageComplete, c.Year))
		return
	}
	n := 0
	for i := range c.Datasets {
		d := &c.Datasets[i]
		if d.By == coverage.BySources {
			if !d.Complete() {
				n++
			}
			continue
		}
		n += len(d.Missing())
	}
	fmt.Fprintf(w, "%s\n", t(msg.CLICoverageIncomplete, n, c.Year))
}

// coverageSummary sums up a dataset's coverage in lang: "9 of 10
// states; missing: India", "received: 13 records from 2 files".
func coverageSummary(cfg *config.Config, d *coverage.Dataset, lang string) string {
	t := func(key msg.Key, args ...any) string { return msg.Sprintf(lang, key, args...) }
	if d.By == coverage.BySources {
		switch {
		case d.Records == 0 && d.ExpectRecords:
			return t(msg.CLISummaryNotReceived)
		case d.Records == 0:
			return t(msg.CLISummaryNoneExpected)
		}
		return t(msg.CLISummaryReceived, msg.New(msg.CLIRecords, d.Records), msg.New(msg.CLIFromFiles, len(d.Rows)))
	}
	if len(d.Expected) == 0 {
		return t(msg.CLISummaryStatesReported, len(d.Rows))
	}
	s := t(msg.CLISummaryOf, d.Received(), len(d.Expected))
	if m := d.Missing(); len(m) > 0 {
		names := make([]string, len(m))
		for i, c := range m {
			names[i] = cfg.StateName(c, lang)
		}
		s += t(msg.CLISummaryMissing, strings.Join(names, ", "))
	}
	return s
}

// expectText says in lang whom a dataset is expected from.
func expectText(d *coverage.Dataset, year int, lang string) string {
	t := func(key msg.Key, args ...any) string { return msg.Sprintf(lang, key, args...) }
	switch {
	case !d.Begun:
		return t(msg.CLIExpectNotBegun)
	case d.By == coverage.BySources && d.Expect == config.ExpectPrevious:
		if d.ExpectRecords {
			return t(msg.CLIExpectRecordsPrev, year-1)
		}
		return t(msg.CLIExpectNothingPrev, year-1)
	}
	switch d.Expect {
	case config.ExpectMembers:
		return t(msg.CLIExpectMembers, len(d.Expected))
	case config.ExpectPrevious:
		return t(msg.CLIExpectPrevious, len(d.Expected))
	case config.ExpectList:
		return strings.Join(d.Expected, ", ")
	case config.ExpectAlways:
		return t(msg.CLIExpectAlways)
	}
	return t(msg.CLIExpectNothing)
}
