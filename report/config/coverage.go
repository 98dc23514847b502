package config

import (
	"fmt"
	"slices"
	"time"

	"ratsreport/report/msg"
	"ratsreport/report/schema"
)

// Coverage says, per dataset, whose records the report of a year waits
// for and by when (the [coverage] table). check warns of every expected
// submission that has not arrived, and the report says what it rests on.
//
// A dataset the member states send for themselves (a sheet with a
// Reporting state column: the border results) is expected from states:
//
//   - "members": the member states at the end of the reporting year (the
//     default);
//   - "previous": the states that reported it the year before;
//   - a list of alpha-2 codes: those states;
//   - "none": nothing is expected (coverage is shown, never warned of).
//
// The Executive Committee's own datasets (exercises, conference,
// agreements: compiled by the Executive Committee whoever hosted or took
// part) are covered by the files that supply them, not by states:
//
//   - "previous": records are expected when the year before had some
//     (the default);
//   - "always": records are expected every year;
//   - "none": nothing is expected.
//
// Either kind expects nothing before its series begins: a dataset with
// no record in any year up to the reporting year is not yet collected.
type Coverage struct {
	// Deadline is when the submissions for report.year are due; for
	// another reporting year (--year) it moves by as many years. Zero:
	// no deadline.
	Deadline time.Time `toml:"deadline"`
	// Expected is the expectation per dataset key (see Coverage): a
	// string or a list of alpha-2 codes. A dataset not listed has its
	// default.
	Expected map[string]any `toml:"expected"`
	// Deadlines overrides Deadline per dataset key.
	Deadlines map[string]time.Time `toml:"deadlines"`

	// baseYear is report.year as the file gives it (before --year), the
	// year the deadlines are written for.
	baseYear int
}

// The expectations of Coverage.Expected.
const (
	ExpectMembers  = "members"
	ExpectPrevious = "previous"
	ExpectAlways   = "always"
	ExpectNone     = "none"
	// ExpectList is the expectation of a list of states, as
	// Expectation returns it.
	ExpectList = "list"
)

// Expectation returns the expectation of a dataset: its kind
// (ExpectMembers, ExpectPrevious, ExpectAlways, ExpectNone or ExpectList)
// and, for ExpectList, the states.
func (c *Config) Expectation(d schema.Dataset) (kind string, states []string) {
	switch v := c.Coverage.Expected[string(d)].(type) {
	case string:
		return v, nil
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok {
				states = append(states, s)
			}
		}
		return ExpectList, states
	}
	if schema.ByState(d) {
		return ExpectMembers, nil
	}
	return ExpectPrevious, nil
}

// Deadline returns when the submissions of a dataset for the reporting
// year are due: its own deadline or the common one, moved from the year
// the file writes it for to year; zero when there is none.
func (c *Config) Deadline(d schema.Dataset, year int) time.Time {
	t, ok := c.Coverage.Deadlines[string(d)]
	if !ok {
		t = c.Coverage.Deadline
	}
	if t.IsZero() {
		return t
	}
	base := c.Coverage.baseYear
	if base == 0 {
		base = c.Report.Year
	}
	return t.AddDate(year-base, 0, 0)
}

// validateCoverage checks [coverage]: known datasets, expectations of
// their kind, known states, deadlines after the reporting year.
func (c *Config) validateCoverage(file string) Errors {
	var es Errors
	bad := func(key string, k msg.Key, args ...any) {
		es = append(es, newError(file, key, msg.New(k, args...)))
	}
	known := func(key, ds string) bool {
		if !slices.Contains(schema.Datasets, schema.Dataset(ds)) {
			bad(key, msg.ConfigDatasetUnknown, datasetList())
			return false
		}
		return true
	}
	codes := map[string]bool{}
	for _, s := range c.States {
		codes[s.Alpha2] = true
	}
	for ds, v := range c.Coverage.Expected {
		key := "coverage.expected." + ds
		if !known(key, ds) {
			continue
		}
		byState := schema.ByState(schema.Dataset(ds))
		switch v := v.(type) {
		case string:
			valid := []string{ExpectPrevious, ExpectAlways, ExpectNone}
			if byState {
				valid = []string{ExpectMembers, ExpectPrevious, ExpectNone}
			}
			if !slices.Contains(valid, v) {
				bad(key, msg.ConfigExpectationInvalid, v, expectations(byState))
			}
		case []any:
			if !byState {
				bad(key, msg.ConfigExpectationByFiles, ds, expectations(false))
				continue
			}
			for i, x := range v {
				if s, ok := x.(string); !ok || !codes[s] {
					bad(fmt.Sprintf("%s[%d]", key, i), msg.ConfigExpectationState, x)
				}
			}
		default:
			bad(key, msg.ConfigExpectationType, expectations(byState))
		}
	}
	check := func(key string, t time.Time) {
		if !t.IsZero() && t.Year() <= c.Report.Year {
			bad(key, msg.ConfigDeadlineEarly, t.Format("2006-01-02"), c.Report.Year, c.Report.Year+1)
		}
	}
	check("coverage.deadline", c.Coverage.Deadline)
	for ds, t := range c.Coverage.Deadlines {
		if key := "coverage.deadlines." + ds; known(key, ds) {
			check(key, t)
		}
	}
	return es
}

// expectations lists the valid expectations of a dataset sent by states
// or of one covered by files, for messages.
func expectations(byState bool) msg.Message {
	if byState {
		return msg.New(msg.ConfigExpectationsStates)
	}
	return msg.New(msg.ConfigExpectationsFiles)
}

// Plausibility holds the thresholds of the plausibility check of the
// border figures (the [plausibility] table; package plausible applies
// them). A figure is compared with the same state's figures of the same
// indicator in every report of every year in the sources; a state's
// yearly total with its totals of the other years.
type Plausibility struct {
	// Enabled turns the check on (the default).
	Enabled bool `toml:"enabled"`
	// A report's figure is implausible when it is more than Ratio times
	// the median of the state's reports, more than MADs median absolute
	// deviations above that median, and more than WholeYears times the
	// state's largest yearly total of any other year (reports differ in
	// scope: one checkpoint's day, or a whole border section's year, and
	// a state's history mixes both); and the state has at least
	// MinReports reports with the figure.
	Ratio      float64 `toml:"ratio"`
	MADs       float64 `toml:"mads"`
	WholeYears float64 `toml:"whole_years"`
	MinReports int     `toml:"min_reports"`
	// A state's yearly total is implausible when it is more than
	// YearRatio times the median of its totals of the other years, and
	// its average per report more than YearRatio times the median of
	// theirs (more reports alone, as when a service begins to report per
	// checkpoint and day, is not a jump); with at least MinYears other
	// years.
	YearRatio float64 `toml:"year_ratio"`
	MinYears  int     `toml:"min_years"`
}

// DefaultPlausibility returns the thresholds used where config.toml
// gives none.
func DefaultPlausibility() Plausibility {
	return Plausibility{Enabled: true, Ratio: 20, MADs: 10, WholeYears: 2, MinReports: 10, YearRatio: 10, MinYears: 2}
}

func (c *Config) validatePlausibility(file string) Errors {
	var es Errors
	bad := func(key string, k msg.Key, args ...any) {
		es = append(es, newError(file, "plausibility."+key, msg.New(k, args...)))
	}
	p := c.Plausibility
	if p.Ratio <= 1 {
		bad("ratio", msg.ConfigAboveOne, p.Ratio)
	}
	if p.MADs <= 0 {
		bad("mads", msg.ConfigAboveZero, p.MADs)
	}
	if p.WholeYears < 1 {
		bad("whole_years", msg.ConfigWholeYears, p.WholeYears)
	}
	if p.MinReports < 3 {
		bad("min_reports", msg.ConfigMinReports, p.MinReports)
	}
	if p.YearRatio <= 1 {
		bad("year_ratio", msg.ConfigAboveOne, p.YearRatio)
	}
	if p.MinYears < 1 {
		bad("min_years", msg.ConfigAtLeastOne, p.MinYears)
	}
	return es
}
