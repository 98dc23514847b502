// Package model defines the records read from the input workbooks: joint
// exercises, border-operation reports, conference sessions and cooperation
// documents, each with where it came from, and the audit of the files read.
//
// Figures that may be left empty carry a Reported flag: an empty cell is
// "not reported", which is not the same as a reported zero.
package model

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
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

// Provenance is where a record was read: its row, and the rows of the
// copies merged into it. Every record embeds it, so that rec.Origin and
// rec.Copies read alike whatever the dataset.
type Provenance struct {
	Origin Origin
	Copies []Origin // other rows merged into this record
}

// Source returns p itself: the method every record gains by embedding
// Provenance, through which code that handles records of any dataset
// reaches their provenance.
func (p *Provenance) Source() *Provenance { return p }

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

// Date is a calendar day, counted in days from 0001-01-01, so that its zero
// value is the zero time.Time's day. Four bytes instead of time.Time's 24:
// border reports, a million of them at scale, carry two dates each.
type Date int32

// epoch is 0001-01-01 in Unix seconds.
const epoch = -62135596800

// DateOf returns the calendar day of t (in t's own location).
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return MakeDate(y, m, d)
}

// MakeDate returns the day y-m-d (normalised as time.Date does).
func MakeDate(y int, m time.Month, d int) Date {
	return Date((time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() - epoch) / 86400)
}

// Time returns the day at midnight UTC; the zero Date gives the zero time.
func (d Date) Time() time.Time { return time.Unix(int64(d)*86400+epoch, 0).UTC() }

// Year returns the day's year.
func (d Date) Year() int { return d.Time().Year() }

// IsZero reports whether the day is the zero Date (no date).
func (d Date) IsZero() bool { return d == 0 }

// String formats the day as 2006-01-02, or "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return d.Time().Format("2006-01-02")
}

// Figures are a border report's indicator values, one per configured
// indicator, in config order, in thousandths. A million reports of nine
// figures each is the scale the tool is built for, so they are held in
// four bytes each where they fit (up to 2,147,483.647 units, every figure
// a border service reports per checkpoint and day), instead of a Dec's
// sixteen; a report with a larger figure holds all of its figures in the
// wide form, eight bytes each. The zero Figures has no values; At reads
// any index beyond the end as not reported.
type Figures struct {
	// milli is either the narrow form: one int32 per figure,
	// notReported32 for an empty cell; or the wide form: wideMark, then
	// each figure as two int32 halves (high, low) of its int64, with
	// notReported for an empty cell.
	milli []int32
}

const (
	notReported32 = math.MinInt32     // an empty cell, narrow form
	wideMark      = math.MinInt32 + 1 // first element of the wide form
	notReported   = math.MinInt64     // an empty cell, wide form
)

// NewFigures returns n figures, all not reported.
func NewFigures(n int) Figures { return blank(make([]int32, n)) }

// blank returns figures over milli, all set to not reported.
func blank(milli []int32) Figures {
	for i := range milli {
		milli[i] = notReported32
	}
	return Figures{milli: milli}
}

// FigureSlab hands out Figures carved from large shared blocks: a reader
// of a million rows makes a few hundred allocations instead of a million,
// fewer objects for the garbage collector to track. A block lives as long
// as any of its Figures. The zero FigureSlab is ready to use; it is not
// safe for concurrent use.
type FigureSlab struct{ free []int32 }

// slabFigures is how many figures a FigureSlab block holds.
const slabFigures = 64 << 10

// New returns n figures, all not reported.
func (s *FigureSlab) New(n int) Figures {
	if n > len(s.free) {
		s.free = make([]int32, max(n, slabFigures))
	}
	f := blank(s.free[:n:n])
	s.free = s.free[n:]
	return f
}

// FiguresOf returns figures holding ds, in order.
func FiguresOf(ds ...Dec) Figures {
	f := NewFigures(len(ds))
	for i, d := range ds {
		f.Set(i, d)
	}
	return f
}

func (f Figures) wide() bool { return len(f.milli) > 0 && f.milli[0] == wideMark }

// Len returns the number of figures.
func (f Figures) Len() int {
	if f.wide() {
		return (len(f.milli) - 1) / 2
	}
	return len(f.milli)
}

// At returns figure i; not reported when i is beyond the end.
func (f Figures) At(i int) Dec {
	if i < 0 || i >= f.Len() {
		return Dec{}
	}
	if f.wide() {
		m := int64(f.milli[1+2*i])<<32 | int64(uint32(f.milli[2+2*i]))
		if m == notReported {
			return Dec{}
		}
		return Dec{Milli: m, Reported: true}
	}
	if f.milli[i] == notReported32 {
		return Dec{}
	}
	return Dec{Milli: int64(f.milli[i]), Reported: true}
}

// Set sets figure i, which must exist. A figure too large for the narrow
// form turns the figures into the wide form (a copy: other copies of the
// Figures value keep the old figures). A reported math.MinInt64, which no
// input can produce (figures are never negative), would read back as not
// reported.
func (f *Figures) Set(i int, d Dec) {
	if !f.wide() {
		switch {
		case !d.Reported:
			f.milli[i] = notReported32
			return
		case d.Milli > wideMark && d.Milli <= math.MaxInt32:
			f.milli[i] = int32(d.Milli)
			return
		}
		n := len(f.milli)
		w := make([]int32, 1+2*n)
		w[0] = wideMark
		for k := range n {
			putWide(w, k, f.At(k))
		}
		f.milli = w
	}
	putWide(f.milli, i, d)
}

// putWide stores figure i of the wide form w.
func putWide(w []int32, i int, d Dec) {
	m := int64(notReported)
	if d.Reported {
		m = d.Milli
	}
	w[1+2*i], w[2+2*i] = int32(m>>32), int32(uint32(m))
}

// String formats the figures as [7 0.25 -], "-" where not reported (for
// messages and test failures).
func (f Figures) String() string {
	parts := make([]string, f.Len())
	for i := range parts {
		parts[i] = "-"
		if d := f.At(i); d.Reported {
			parts[i] = strconv.FormatFloat(d.Float(), 'f', -1, 64)
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// Decs returns the figures as Decs, in order (a copy).
func (f Figures) Decs() []Dec {
	out := make([]Dec, f.Len())
	for i := range out {
		out[i] = f.At(i)
	}
	return out
}

// Name is a cell that names an organisation, a border operation or an
// exercise, resolved against the registry in config.toml: what the
// tool counts and merges by is Key (and the year, for operations and
// exercises), never the text as written; outputs print the registry's
// name in their own language.
type Name struct {
	// Key is the registry entry's key; for a name the registry does not
	// know, it is "?" followed by the name's schema.NameKey (without its
	// year), so that two spellings of an unknown name that fold alike are
	// still one thing.
	Key string
	// Text is the name as written in the cell (cleaned).
	Text string
	// Year and Through are the years an operation's or exercise's name
	// carries ("Solidarity-2025": 2025, 0; "Solidarity-2019-2021": 2019,
	// 2021), or, when the cell gives none, the year of the record's
	// start; both 0 for organisations.
	Year, Through int16
}

// Known reports whether the registry knows the name.
func (n Name) Known() bool { return n.Key != "" && n.Key[0] != '?' }

// Edition formats the name's years: "2025", "2019-2021", or "" when it
// has none.
func (n Name) Edition() string {
	switch {
	case n.Year == 0:
		return ""
	case n.Through != 0:
		return yearText(n.Year) + "-" + yearText(n.Through)
	}
	return yearText(n.Year)
}

// yearTexts holds the years a name may carry as text, so that a million
// border reports' identities are not a million conversions.
var yearTexts = func() (t [yearsTo - yearsFrom + 1]string) {
	for i := range t {
		t[i] = strconv.Itoa(yearsFrom + i)
	}
	return t
}()

const yearsFrom, yearsTo = 1900, 2199

// yearText formats a year, from yearTexts when it is there.
func yearText(y int16) string {
	if y >= yearsFrom && y <= yearsTo {
		return yearTexts[y-yearsFrom]
	}
	return strconv.Itoa(int(y))
}

// ID is the name's identity: the key, and for an operation or exercise
// its years ("solidarity/2025"). Two cells with the same ID name the
// same thing.
func (n Name) ID() string {
	if e := n.Edition(); e != "" {
		return n.Key + "/" + e
	}
	return n.Key
}

// Exercise is one joint anti-terrorist exercise.
type Exercise struct {
	Name         Name
	Kind         string // schema.ExerciseKind key
	Start, End   time.Time
	Host         string // alpha-2
	Location     string
	Participants []string // alpha-2, sorted
	// Observers are the observing organisations; observing states are
	// in ObserverStates (the contract's Observers column names both).
	Observers      []Name
	ObserverStates []string // alpha-2, sorted
	Scenario       string
	Threat         string // schema.Threat key
	Personnel      Int
	Equipment      Int
	Notes          string
	Provenance
}

// Year is the year the exercise began.
func (e *Exercise) Year() int { return e.Start.Year() }

// BorderReport is one state's report on one border operation, for one
// border section and area. It is the high-volume record (a row per
// checkpoint per day once services report so), hence its compact dates and
// figures, and its site held by pointer: the reports of one sheet that
// name the same operation, state, section and area share one BorderSite
// (the reader interns them). Data holds them in a Borders table, by
// column; a *BorderReport is how a report is made (by the reader) and read
// (a view of the table). A report read has its site; the site's fields
// read as the report's own (b.State, b.Operation).
type BorderReport struct {
	*BorderSite
	Start, End Date
	Values     Figures // one per config indicator, in config order
	Provenance
}

// BorderSite is what a border report says about where it was made: the
// operation, the reporting state, the section and the area. Reports share
// their site; a site is never changed once a report holds it, except by
// the reader's own spelling of unknown names, which is the same for every
// report that shares it.
type BorderSite struct {
	Operation Name
	State     string // alpha-2 of the reporting state
	Section   string // schema.Section key
	Area      string
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
	Organisations []Name   // in the order written, each once
	Papers        Int
	Provenance
}

// Year is the year of the session.
func (s *Session) Year() int { return s.Date.Year() }

// Agreement is one cooperation document or contact.
type Agreement struct {
	// Counterparties are the parties besides the Executive Committee, in
	// the order written: one for a bilateral document, two for a
	// trilateral memorandum (one document, three parties).
	Counterparties   []Name
	CounterpartyType string // schema.CounterpartyType key
	Document         string // schema.Document key
	Title            string
	Status           string    // schema.Status key
	Signed           time.Time // zero when not signed
	Place            string
	Areas            []string
	Notes            string
	Provenance
}

// Year is the year the document was signed, or 0 when it was not.
func (a *Agreement) Year() int {
	if a.Signed.IsZero() {
		return 0
	}
	return a.Signed.Year()
}

// Years returns the years that have a record in any dataset, in order
// (undated records, year 0, left out).
func (d *Data) Years() []int {
	seen := map[int]bool{}
	for i := range d.Exercises {
		if e := &d.Exercises[i]; !e.Start.IsZero() {
			seen[e.Year()] = true
		}
	}
	for i := range d.Border.Len() {
		if day := d.Border.Start(i); !day.IsZero() {
			seen[day.Year()] = true
		}
	}
	for i := range d.Sessions {
		if s := &d.Sessions[i]; !s.Date.IsZero() {
			seen[s.Year()] = true
		}
	}
	for i := range d.Agreements {
		seen[d.Agreements[i].Year()] = true // 0 when unsigned
	}
	for i := range d.Online {
		if t := d.Online[i].Start; !t.IsZero() {
			seen[t.Year()] = true
		}
	}
	for i := range d.Training {
		if t := d.Training[i].Start; !t.IsZero() {
			seen[t.Year()] = true
		}
	}
	for i := range d.Meetings {
		if t := d.Meetings[i].Date; !t.IsZero() {
			seen[t.Year()] = true
		}
	}
	delete(seen, 0)
	years := make([]int, 0, len(seen))
	for y := range seen {
		years = append(years, y)
	}
	slices.Sort(years)
	return years
}

// Spans writes years (sorted) as runs: "2013–2019, 2021, 2023–2025".
func Spans(years []int) string {
	var b strings.Builder
	for i := 0; i < len(years); {
		j := i
		for j+1 < len(years) && years[j+1] == years[j]+1 {
			j++
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		if j > i {
			fmt.Fprintf(&b, "%d–%d", years[i], years[j])
		} else {
			fmt.Fprintf(&b, "%d", years[i])
		}
		i = j + 1
	}
	return b.String()
}

// SheetAudit records what was read from one sheet.
type SheetAudit struct {
	Name     string // as written in the workbook
	Dataset  string // the dataset it was recognised as, or "" when ignored
	Rows     int    // data rows read (blank rows not counted)
	Records  int    // rows that became records
	Merged   int    // rows that were identical copies of a record read before
	Rejected int    // rows left out because of errors
	// Footnotes are the texts below the table (one cell each, after the
	// last data row, such as "* preliminary data"), in sheet order.
	Footnotes []string
}

// FootnoteText is the sheet's footnotes as one text, as the report's list
// of sources and the workbook's Sources sheet show them.
func (a SheetAudit) FootnoteText() string { return strings.Join(a.Footnotes, "; ") }

// SourceFile records one input workbook.
type SourceFile struct {
	Path   string // as found through the config's patterns, relative to the config folder
	Size   int64
	SHA256 string // hex
	Sheets []SheetAudit
	Failed bool // the file could not be read as a workbook
}

// Data is everything read from the inputs, for all years. Records are
// sorted by their natural keys. Border is a table by column (see
// Borders): a million reports in about 84 MB, none of it for the garbage
// collector to mark.
type Data struct {
	Exercises  []Exercise
	Border     Borders
	Sessions   []Session
	Agreements []Agreement
	Online     []OnlineReport
	Training   []Training
	Meetings   []Meeting
	Sources    []SourceFile
	// Translations are the per-cell translations of free text the rows
	// gave (columns such as "Title (ru)"), in the order read.
	Translations []Translation
}
