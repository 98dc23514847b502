package cli

import (
	"fmt"
	"io"
	"strings"

	"ratsreport/report/config"
	"ratsreport/report/coverage"
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

// printCoverage prints the coverage table: per dataset, who was
// expected, then one line per state (its records and files, or missing)
// or per file, and a closing line that says whether it is complete.
func printCoverage(w io.Writer, cfg *config.Config, c *coverage.Coverage) {
	fmt.Fprintf(w, "\ncoverage of %d\n", c.Year)
	for i := range c.Datasets {
		d := &c.Datasets[i]
		deadline := ""
		if !d.Deadline.IsZero() {
			deadline = ", due " + d.Deadline.Format("2006-01-02")
		}
		fmt.Fprintf(w, "%-12s %s (expected: %s%s)\n", d.Dataset, d.Summary(cfg), expectText(d, c.Year), deadline)
		for _, r := range d.Rows {
			switch {
			case d.By == coverage.BySources:
				fmt.Fprintf(w, "  %-40s %8d %s\n", r.File, r.Records, plural(r.Records, "record", "records"))
			case r.Records == 0:
				fmt.Fprintf(w, "  %-2s %-16s %8s\n", r.State, cfg.StateName(r.State, "en"), "missing")
			default:
				note := ""
				if !r.Expected {
					note = " (not expected)"
				}
				fmt.Fprintf(w, "  %-2s %-16s %8d %s from %s%s\n", r.State, cfg.StateName(r.State, "en"), r.Records,
					plural(r.Records, "record", "records"), strings.Join(r.Files, ", "), note)
			}
		}
	}
	if c.Complete() {
		fmt.Fprintf(w, "coverage complete: every expected submission for %d has arrived\n", c.Year)
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
	fmt.Fprintf(w, "coverage incomplete: %d expected %s for %d not received\n", n, plural(n, "submission", "submissions"), c.Year)
}

// expectText says whom a dataset is expected from.
func expectText(d *coverage.Dataset, year int) string {
	switch {
	case !d.Begun:
		return "nothing yet, no record up to this year"
	case d.By == coverage.BySources && d.Expect == config.ExpectPrevious:
		if d.ExpectRecords {
			return fmt.Sprintf("records, as %d had some", year-1)
		}
		return fmt.Sprintf("nothing, as %d had none", year-1)
	}
	switch d.Expect {
	case config.ExpectMembers:
		return fmt.Sprintf("the %d member states", len(d.Expected))
	case config.ExpectPrevious:
		return fmt.Sprintf("the %d states that reported the year before", len(d.Expected))
	case config.ExpectList:
		return strings.Join(d.Expected, ", ")
	case config.ExpectAlways:
		return "records every year"
	}
	return "nothing"
}
