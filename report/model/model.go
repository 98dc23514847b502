// Package model defines the records read from the input workbooks: joint
// exercises, border-operation reports, conference sessions and cooperation
// documents, each with where it came from, and the audit of the files read.
//
// Figures that may be left empty carry a Reported flag: an empty cell is
// "not reported", which is not the same as a reported zero.
package model

import (
	"fmt"
	"time"
)

// Origin is where a record was read: file, sheet and 1-based row.
type Origin struct {
	File  string
	Sheet string
	Row   int
}

// String formats the origin as file:sheet!row.
func (o Origin) String() string { return fmt.Sprintf("%s:%s!%d:%d", o.File, o.Sheet, o.Row, o.Row) }

// Int is a whole number that may be not reported.
type Int struct {
	V        int64
	Reported bool
}

// Dec is a decimal figure kept as thousandths of its unit (so 12.5 kg is
// Milli 12500), which may be not reported. Fixed point keeps sums exact.
type Dec struct {
	Milli    int64
	Reported bool
}

// Float returns the figure as a float64 (for charts and spreadsheets).
func (d Dec) Float() float64 { return float64(d.Milli) / 1000 }

// Exercise is one joint anti-terrorist exercise.
type Exercise struct {
	Name         string
	Kind         string // schema.ExerciseKind key
	Start, End   time.Time
	Host         string // alpha-2
	Location     string
	Participants []string // alpha-2, sorted
	Observers    []string // free list, as written
	Scenario     string
	Threat       string // schema.Threat key
	Personnel    Int
	Equipment    Int
	Notes        string
	Origin       Origin
	Copies       []Origin // other rows merged into this record
}

// Year is the year the exercise began.
func (e *Exercise) Year() int { return e.Start.Year() }

// BorderReport is one state's report on one border operation, for one
// border section and area.
type BorderReport struct {
	Operation  string
	State      string // alpha-2 of the reporting state
	Start, End time.Time
	Section    string // schema.Section key
	Area       string
	Values     []Dec // one per config indicator, in config order
	Origin     Origin
	Copies     []Origin
}

// Year is the year the operation began.
func (b *BorderReport) Year() int { return b.Start.Year() }

// Session is one session of the RATS scientific and practical conference.
type Session struct {
	Edition       int
	Date          time.Time
	City          string
	Country       string // alpha-2
	Title         string
	Format        string // schema.Format key, or ""
	Theme         string
	Participants  Int
	States        []string // alpha-2, sorted
	Organisations []string // free list, as written
	Papers        Int
	Origin        Origin
	Copies        []Origin
}

// Year is the year of the session.
func (s *Session) Year() int { return s.Date.Year() }

// Agreement is one cooperation document or contact.
type Agreement struct {
	Counterparty     string
	CounterpartyType string // schema.CounterpartyType key
	Document         string // schema.Document key
	Title            string
	Status           string    // schema.Status key
	Signed           time.Time // zero when not signed
	Place            string
	Areas            []string
	Notes            string
	Origin           Origin
	Copies           []Origin
}

// Year is the year the document was signed, or 0 when it was not.
func (a *Agreement) Year() int {
	if a.Signed.IsZero() {
		return 0
	}
	return a.Signed.Year()
}

// SheetAudit records what was read from one sheet.
type SheetAudit struct {
	Name     string // as written in the workbook
	Dataset  string // the dataset it was recognised as, or "" when ignored
	Rows     int    // data rows read (blank rows not counted)
	Records  int    // rows that became records
	Merged   int    // rows that were identical copies of a record read before
	Rejected int    // rows left out because of errors
}

// SourceFile records one input workbook.
type SourceFile struct {
	Path   string // as found through the config's patterns, relative to the config folder
	Size   int64
	SHA256 string // hex
	Sheets []SheetAudit
	Failed bool // the file could not be read as a workbook
}

// Data is everything read from the inputs, for all years. Records are
// sorted by their natural keys.
type Data struct {
	Exercises  []Exercise
	Border     []BorderReport
	Sessions   []Session
	Agreements []Agreement
	Sources    []SourceFile
}
