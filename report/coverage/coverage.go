// Package coverage says who has sent what for a reporting year: for each
// dataset, which states (or, for the Executive Committee's own datasets,
// which files) supplied records of the year, compared with whom the
// configuration expects them from ([coverage] in config.toml, see
// config.Coverage), with the submission deadline.
//
// Decisions:
//
//   - A dataset the member states send for themselves (a sheet with a
//     Reporting state column: the border results; schema.ByState) is
//     covered by states: a state has sent its submission when a record of
//     the year names it as the reporting state, from whatever file.
//   - The Executive Committee's own datasets (exercises, the conference,
//     agreements) are covered by files: the Committee compiles them
//     whoever hosted an exercise or took part in it (an exercise workbook
//     a host state sends is one of its sources), so no state owes them.
//     The coverage lists the files that supplied the year's records;
//     records are expected as a whole (by default when the year before had
//     some).
//   - Nothing is expected of a dataset before its series begins (no
//     record in any year up to the reporting year).
//   - A record's year is the one its dataset counts it in (an exercise's
//     start, a border report's start, a session's date, an agreement's
//     signing; an agreement not signed is in no year).
//
// The coverage is computed from the records (package model) and the
// configuration only: check prints it and warns of every missing
// submission (Diags), the summary carries it to the PDF and the workbook.
package coverage

import (
	"slices"
	"sort"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/schema"
)

// By is what a dataset's coverage is counted by.
type By string

// What coverage is counted by.
const (
	ByStates  By = "states"  // the member states send it, each for itself
	BySources By = "sources" // the Executive Committee's own: the files that supply it
)

// Coverage is who supplied each dataset's records for one year.
type Coverage struct {
	Year     int
	Datasets []Dataset // in schema.Datasets order, the datasets the coverage knows
}

// Dataset is the coverage of one dataset.
type Dataset struct {
	Dataset schema.Dataset
	By      By
	// Expect is the expectation (config.ExpectMembers, ExpectPrevious,
	// ExpectAlways, ExpectNone or ExpectList).
	Expect string
	// Begun is whether the dataset has a record in any year up to Year;
	// nothing is expected before.
	Begun bool
	// Deadline is when the year's submissions are due; zero: none.
	Deadline time.Time
	// Expected are the states expected to send it (ByStates), in the
	// reference list's order; ExpectRecords whether records are expected
	// at all (BySources: from any file).
	Expected      []string
	ExpectRecords bool
	// Rows are, ByStates, one per state expected or reporting (expected
	// first, in reference-list order, then the others); BySources, one
	// per file that supplied a record of the year, in path order.
	Rows []Row
	// Records are the records of the year, PrevRecords of the year
	// before.
	Records, PrevRecords int
}

// Row is one state's, or one file's, part in a dataset's year.
type Row struct {
	State    string // alpha-2, ByStates; "" BySources
	File     string // the file, BySources; "" ByStates
	Expected bool   // ByStates: the state is expected to send it
	Records  int    // the year's records it supplied (a record in several files counts in each)
	// Files are the files that supplied the state's records (ByStates;
	// the record's copies included), in path order.
	Files []string
}

// Missing returns the expected states that supplied no record of the
// year (ByStates), in reference-list order.
func (d *Dataset) Missing() []string {
	var out []string
	for _, r := range d.Rows {
		if r.Expected && r.Records == 0 {
			out = append(out, r.State)
		}
	}
	return out
}

// Received returns how many of the expected states supplied records.
func (d *Dataset) Received() int { return len(d.Expected) - len(d.Missing()) }

// Complete reports whether everything expected of the dataset arrived.
func (d *Dataset) Complete() bool {
	if d.By == BySources {
		return !d.ExpectRecords || d.Records > 0
	}
	return len(d.Missing()) == 0
}

// Complete reports whether everything expected of every dataset arrived.
func (c *Coverage) Complete() bool {
	for i := range c.Datasets {
		if !c.Datasets[i].Complete() {
			return false
		}
	}
	return true
}

// Dataset returns the coverage of dataset d, or nil.
func (c *Coverage) Dataset(d schema.Dataset) *Dataset {
	for i := range c.Datasets {
		if c.Datasets[i].Dataset == d {
			return &c.Datasets[i]
		}
	}
	return nil
}

// Of computes the coverage of year from all records.
func Of(cfg *config.Config, data *model.Data, year int) *Coverage {
	c := &Coverage{Year: year}
	for _, ds := range schema.Datasets {
		recs := recordsOf(data, ds)
		if recs == nil {
			continue // a dataset the coverage does not know yet
		}
		c.Datasets = append(c.Datasets, dataset(cfg, ds, recs, year))
	}
	return c
}

// records calls yield with every record of a dataset: its year, its
// reporting state ("" for a dataset covered by sources) and provenance.
type records func(yield func(year int, state string, p *model.Provenance))

// recordsOf returns the records of dataset ds, or nil for a dataset the
// coverage does not know (one added to the contract later is covered once
// it is listed here).
func recordsOf(d *model.Data, ds schema.Dataset) records {
	switch ds {
	case schema.Border:
		return func(yield func(int, string, *model.Provenance)) {
			for _, b := range d.Border.Each() {
				yield(b.Year(), b.State, &b.Provenance)
			}
		}
	case schema.Exercises:
		return func(yield func(int, string, *model.Provenance)) {
			for i := range d.Exercises {
				yield(d.Exercises[i].Year(), "", &d.Exercises[i].Provenance)
			}
		}
	case schema.Conference:
		return func(yield func(int, string, *model.Provenance)) {
			for i := range d.Sessions {
				yield(d.Sessions[i].Year(), "", &d.Sessions[i].Provenance)
			}
		}
	case schema.Agreements:
		return func(yield func(int, string, *model.Provenance)) {
			for i := range d.Agreements {
				yield(d.Agreements[i].Year(), "", &d.Agreements[i].Provenance)
			}
		}
	case schema.Online:
		return func(yield func(int, string, *model.Provenance)) {
			for i := range d.Online {
				yield(d.Online[i].Year(), d.Online[i].State, &d.Online[i].Provenance)
			}
		}
	case schema.Training:
		return func(yield func(int, string, *model.Provenance)) {
			for i := range d.Training {
				yield(d.Training[i].Year(), "", &d.Training[i].Provenance)
			}
		}
	case schema.Meetings:
		return func(yield func(int, string, *model.Provenance)) {
			for i := range d.Meetings {
				yield(d.Meetings[i].Year(), "", &d.Meetings[i].Provenance)
			}
		}
	}
	return nil
}

// tally is one state's or file's records of the year, with the files
// they came from.
type tally struct {
	records int
	files   map[string]bool
	last    string // the file added last: consecutive records mostly share it
}

func (t *tally) add(file string) {
	if file != t.last {
		t.files[file] = true
		t.last = file
	}
}

func dataset(cfg *config.Config, ds schema.Dataset, recs records, year int) Dataset {
	d := Dataset{Dataset: ds, By: BySources, Deadline: cfg.Deadline(ds, year)}
	if schema.ByState(ds) {
		d.By = ByStates
	}
	d.Expect, d.Expected = cfg.Expectation(ds)
	tallies := map[string]*tally{} // by state, or by file
	prev := map[string]bool{}      // states reporting the year before
	var at *tally
	atKey := "\x00"
	recs(func(y int, state string, p *model.Provenance) {
		if y > 0 && y <= year {
			d.Begun = true
		}
		switch y {
		case year - 1:
			d.PrevRecords++
			prev[state] = true
			return
		case year:
		default:
			return
		}
		d.Records++
		if d.By == ByStates {
			if state != atKey {
				at, atKey = tallies[state], state
				if at == nil {
					at = &tally{files: map[string]bool{}}
					tallies[state] = at
				}
			}
			at.records++
			at.add(p.Origin.File)
			for _, o := range p.Copies {
				at.add(o.File)
			}
			return
		}
		files := append([]string{p.Origin.File}, filesOf(p.Copies)...)
		for i, f := range files {
			if slices.Contains(files[:i], f) {
				continue
			}
			t := tallies[f]
			if t == nil {
				t = &tally{}
				tallies[f] = t
			}
			t.records++
		}
	})
	if d.By == BySources {
		d.ExpectRecords = d.Begun && (d.Expect == config.ExpectAlways || d.Expect == config.ExpectPrevious && d.PrevRecords > 0)
		for f, t := range tallies {
			d.Rows = append(d.Rows, Row{File: f, Records: t.records})
		}
		sort.Slice(d.Rows, func(i, j int) bool { return d.Rows[i].File < d.Rows[j].File })
		return d
	}
	switch d.Expect {
	case config.ExpectMembers:
		d.Expected = cfg.Members(time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC))
	case config.ExpectPrevious:
		d.Expected = nil
		for s := range prev {
			if s != "" {
				d.Expected = append(d.Expected, s)
			}
		}
	case config.ExpectNone:
		d.Expected = nil
	}
	if !d.Begun {
		d.Expected = nil
	}
	order := cfg.StateOrder()
	d.Expected = slices.Clone(d.Expected)
	sort.Slice(d.Expected, func(i, j int) bool { return config.StateLess(order, d.Expected[i], d.Expected[j]) })
	d.Expected = slices.Compact(d.Expected)
	var others []string
	for s := range tallies {
		if !slices.Contains(d.Expected, s) {
			others = append(others, s)
		}
	}
	sort.Slice(others, func(i, j int) bool { return config.StateLess(order, others[i], others[j]) })
	for i, s := range append(slices.Clone(d.Expected), others...) {
		r := Row{State: s, Expected: i < len(d.Expected)}
		if t := tallies[s]; t != nil {
			r.Records = t.records
			for f := range t.files {
				r.Files = append(r.Files, f)
			}
			sort.Strings(r.Files)
		}
		d.Rows = append(d.Rows, r)
	}
	return d
}

func filesOf(os []model.Origin) []string {
	out := make([]string, len(os))
	for i, o := range os {
		out[i] = o.File
	}
	return out
}

// Describe names a dataset in messages: "border results", "joint
// exercises" (a message: it reads in the language of the message it is put
// in).
func Describe(d schema.Dataset) msg.Message {
	switch d {
	case schema.Border:
		return msg.New(msg.CoverageBorder)
	case schema.Exercises:
		return msg.New(msg.CoverageExercises)
	case schema.Conference:
		return msg.New(msg.CoverageConference)
	case schema.Agreements:
		return msg.New(msg.CoverageAgreements)
	case schema.Online:
		return msg.New(msg.CoverageOnline)
	case schema.Training:
		return msg.New(msg.CoverageTraining)
	case schema.Meetings:
		return msg.New(msg.CoverageMeetings)
	}
	return msg.New(msg.Key(d)) // a dataset named nowhere above: its key, as a format of no verb
}

// Diags returns a warning for every expected submission that has not
// arrived, located at the configuration file (file), which holds the
// expectation: "border results for 2025 not received from India;
// expected by 2026-02-15".
func (c *Coverage) Diags(cfg *config.Config, file string) diag.List {
	var ds diag.List
	for i := range c.Datasets {
		d := &c.Datasets[i]
		var by any = ""
		if !d.Deadline.IsZero() {
			by = msg.New(msg.CoverageDeadline, d.Deadline.Format("2006-01-02"))
		}
		if d.By == BySources {
			if !d.Complete() {
				ds.Add(file, "", 0, 0, diag.Warning, msg.CoverageNotReceived,
					Describe(d.Dataset), c.Year, c.Year, c.Year-1, d.PrevRecords, by)
			}
			continue
		}
		for _, s := range d.Missing() {
			ds.Add(file, "", 0, 0, diag.Warning, msg.CoverageNotReceivedState,
				Describe(d.Dataset), c.Year, cfg.StateLabel(s), by)
		}
	}
	return ds
}
