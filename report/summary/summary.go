// Package summary turns the records of all years into the figures of one
// reporting year: the key figures with their change against the previous
// year, the tables of each area and the series since the first year in
// the data. It is the one source of truth both renderers draw from; they
// format, never compute.
//
// Not-reported figures are kept apart from zeros throughout: a total
// counts only reported values and says how many records left it empty;
// a total over no reported value at all is itself not reported.
package summary

import (
	"sort"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/model"
)

// Amount is a total in thousandths of its unit. Reported is false when no
// record reported the figure; Missing counts the records that left it
// empty.
type Amount struct {
	Milli    int64
	Reported bool
	Missing  int
}

// Count returns a reported whole-number amount.
func Count(n int) Amount { return Amount{Milli: int64(n) * 1000, Reported: true} }

// Add adds a reported or not-reported figure to the total.
func (a *Amount) Add(d model.Dec) {
	if !d.Reported {
		a.Missing++
		return
	}
	a.Milli += d.Milli
	a.Reported = true
}

// AddInt adds a reported or not-reported whole number to the total.
func (a *Amount) AddInt(i model.Int) { a.Add(model.Dec{Milli: i.V * 1000, Reported: i.Reported}) }

// ChangeKind classifies a change against the previous year.
type ChangeKind int

// The kinds of change.
const (
	Same        ChangeKind = iota
	Up                     // Value greater than Prev
	Down                   // Value less than Prev
	New                    // the previous year had none (zero or not reported), this year has some
	NotReported            // this year's figure is not reported
	NoBase                 // the previous year was not reported and this year is zero
)

// Change is a figure's change against the previous year: absolute (in
// thousandths) and relative (percent; meaningful for Up and Down).
type Change struct {
	Kind    ChangeKind
	Milli   int64
	Percent float64
}

// ChangeOf compares this year's amount with the previous year's.
func ChangeOf(cur, prev Amount) Change {
	switch {
	case !cur.Reported:
		return Change{Kind: NotReported}
	case !prev.Reported || prev.Milli == 0:
		if cur.Milli == 0 {
			if prev.Reported {
				return Change{Kind: Same}
			}
			return Change{Kind: NoBase}
		}
		return Change{Kind: New, Milli: cur.Milli}
	}
	d := cur.Milli - prev.Milli
	c := Change{Milli: d, Percent: float64(d) * 100 / float64(prev.Milli)}
	switch {
	case d > 0:
		c.Kind = Up
	case d < 0:
		c.Kind = Down
	}
	return c
}

// Figure is one key figure of the year.
type Figure struct {
	Key     string // stable: "exercises.count", "border.violators", ...
	Area    string // exercises, border, conference, agreements
	Decimal bool   // shown with decimals (kg)
	Value   Amount
	Prev    Amount
	Change  Change
}

// Summary is everything the report says about one year.
type Summary struct {
	Year       int
	Key        []Figure
	Exercises  Exercises
	Border     Border
	Conference Conference
	Agreements Agreements
	Sources    []model.SourceFile
	FirstYear  int // the first year with any record
}

// Figure returns the key figure with the given key.
func (s *Summary) Figure(key string) (Figure, bool) {
	for _, f := range s.Key {
		if f.Key == key {
			return f, true
		}
	}
	return Figure{}, false
}

// YearCount is one point of a yearly series.
type YearCount struct {
	Year  int
	Value Amount
}

// Exercises summarises the joint exercises.
type Exercises struct {
	Year      []model.Exercise // the year's exercises, by start date
	States    []string         // distinct participating states of the year, sorted
	Personnel Amount
	PerYear   []YearCount // exercises per year, first year to the reporting year
}

// StateTotals is one reporting state's (or operation's) indicator totals.
type StateTotals struct {
	Name    string   // alpha-2 code or operation name
	Values  []Amount // one per config indicator
	Prev    []Amount // the previous year's, for states
	Reports int      // records
}

// Border summarises the border operations.
type Border struct {
	Operations []string      // the year's operations, sorted
	ByOp       []StateTotals // per operation, this year
	ByState    []StateTotals // per reporting state, this year and last
	Total      []Amount      // per indicator, this year
	PrevTotal  []Amount      // per indicator, last year
	Reports    int           // records this year
	PerYear    [][]YearCount // per indicator, totals per year
}

// Edition is one conference edition held in the year.
type Edition struct {
	Number        int
	Start, End    time.Time
	City          string
	Country       string
	Theme         string
	Sessions      []model.Session
	Participants  Amount
	Papers        Amount
	States        []string // union over sessions, sorted
	Organisations []string // union over sessions, in first-seen order
}

// Conference summarises the conference editions.
type Conference struct {
	Editions []Edition // held in the year
	PerYear  []YearCount
	// PerEdition is participants per edition, all editions in the data.
	PerEdition []EditionCount
}

// EditionCount is participants at one edition.
type EditionCount struct {
	Number       int
	Year         int
	Participants Amount
}

// PartnerType counts distinct counterparties of one type with a document
// signed by the end of the year.
type PartnerType struct {
	Type  string
	Count int
	Names []string
}

// Agreements summarises the cooperation documents.
type Agreements struct {
	Signed   []model.Agreement // signed in the year
	Partners []PartnerType     // to date, by counterparty type
	Contacts []model.Agreement // contacts and negotiations in progress
	PerYear  []YearCount       // documents signed per year
}

// Build computes the summary of year from all records.
func Build(cfg *config.Config, d *model.Data, year int) *Summary {
	s := build(cfg, d, year)
	s.Sources = d.Sources
	s.FirstYear = firstYear(d, year)
	s.buildKey(cfg, d, year)
	return s
}

func firstYear(d *model.Data, year int) int {
	first := year
	see := func(y int) {
		if y > 0 && y < first {
			first = y
		}
	}
	for i := range d.Exercises {
		see(d.Exercises[i].Year())
	}
	for i := range d.Border {
		see(d.Border[i].Year())
	}
	for i := range d.Sessions {
		see(d.Sessions[i].Year())
	}
	for i := range d.Agreements {
		see(d.Agreements[i].Year())
	}
	return first
}

// series counts per year from first to last.
func series(first, last int, count func(year int) Amount) []YearCount {
	var out []YearCount
	for y := first; y <= last; y++ {
		out = append(out, YearCount{Year: y, Value: count(y)})
	}
	return out
}

func (s *Summary) buildExercises(d *model.Data, year int) {
	e := &s.Exercises
	states := map[string]bool{}
	for _, x := range d.Exercises {
		if x.Year() != year {
			continue
		}
		e.Year = append(e.Year, x)
		for _, st := range x.Participants {
			states[st] = true
		}
		e.Personnel.AddInt(x.Personnel)
	}
	e.States = sortedKeys(states)
	first := year
	for i := range d.Exercises {
		first = min(first, d.Exercises[i].Year())
	}
	e.PerYear = series(first, year, func(y int) Amount {
		n := 0
		for i := range d.Exercises {
			if d.Exercises[i].Year() == y {
				n++
			}
		}
		return Count(n)
	})
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s *Summary) buildBorder(cfg *config.Config, d *model.Data, year int) {
	b := &s.Border
	n := len(cfg.Indicators)
	b.Total = make([]Amount, n)
	b.PrevTotal = make([]Amount, n)
	byOp := map[string]*StateTotals{}
	byState := map[string]*StateTotals{}
	get := func(m map[string]*StateTotals, k string) *StateTotals {
		t, ok := m[k]
		if !ok {
			t = &StateTotals{Name: k, Values: make([]Amount, n), Prev: make([]Amount, n)}
			m[k] = t
		}
		return t
	}
	first := year
	perYear := map[int][]Amount{} // the totals of every year, in one pass
	for _, r := range d.Border {
		y := r.Year()
		first = min(first, y)
		totals := perYear[y]
		if totals == nil {
			totals = make([]Amount, n)
			perYear[y] = totals
		}
		for i := range n {
			totals[i].Add(r.Values.At(i))
		}
		switch y {
		case year:
			b.Reports++
			op, st := get(byOp, r.Operation), get(byState, r.State)
			op.Reports++
			st.Reports++
			for i := range n {
				v := r.Values.At(i)
				b.Total[i].Add(v)
				op.Values[i].Add(v)
				st.Values[i].Add(v)
			}
		case year - 1:
			st := get(byState, r.State)
			for i := range n {
				v := r.Values.At(i)
				b.PrevTotal[i].Add(v)
				st.Prev[i].Add(v)
			}
		}
	}
	for _, k := range sortedMapKeys(byOp) {
		b.Operations = append(b.Operations, k)
		b.ByOp = append(b.ByOp, *byOp[k])
	}
	order := map[string]int{}
	for i, st := range cfg.States {
		order[st.Alpha2] = i
	}
	keys := sortedMapKeys(byState)
	sort.SliceStable(keys, func(i, j int) bool { return order[keys[i]] < order[keys[j]] })
	for _, k := range keys {
		b.ByState = append(b.ByState, *byState[k])
	}
	b.PerYear = make([][]YearCount, n)
	for i := range cfg.Indicators {
		b.PerYear[i] = series(first, year, func(y int) Amount {
			if totals := perYear[y]; totals != nil {
				return totals[i]
			}
			return Amount{}
		})
	}
}

func sortedMapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s *Summary) buildConference(d *model.Data, year int) {
	c := &s.Conference
	editions := map[int]*Edition{}
	all := map[int]*EditionCount{}
	var numbers, allNumbers []int
	for _, x := range d.Sessions {
		ec, ok := all[x.Edition]
		if !ok {
			ec = &EditionCount{Number: x.Edition, Year: x.Year()}
			all[x.Edition] = ec
			allNumbers = append(allNumbers, x.Edition)
		}
		ec.Participants.AddInt(x.Participants)
		if x.Year() != year {
			continue
		}
		e, ok := editions[x.Edition]
		if !ok {
			e = &Edition{Number: x.Edition, Start: x.Date, End: x.Date, City: x.City, Country: x.Country, Theme: x.Theme}
			editions[x.Edition] = e
			numbers = append(numbers, x.Edition)
		}
		if x.Date.Before(e.Start) {
			e.Start = x.Date
		}
		if x.Date.After(e.End) {
			e.End = x.Date
		}
		if e.Theme == "" {
			e.Theme = x.Theme
		}
		e.Sessions = append(e.Sessions, x)
		e.Participants.AddInt(x.Participants)
		e.Papers.AddInt(x.Papers)
		e.States = unite(e.States, x.States)
		for _, o := range x.Organisations {
			if !containsFold(e.Organisations, o) {
				e.Organisations = append(e.Organisations, o)
			}
		}
	}
	sort.Ints(numbers)
	for _, n := range numbers {
		c.Editions = append(c.Editions, *editions[n])
	}
	sort.Ints(allNumbers)
	for _, n := range allNumbers {
		if all[n].Year <= year {
			c.PerEdition = append(c.PerEdition, *all[n])
		}
	}
	first := year
	for i := range d.Sessions {
		first = min(first, d.Sessions[i].Year())
	}
	c.PerYear = series(first, year, func(y int) Amount {
		var a Amount
		for i := range d.Sessions {
			if d.Sessions[i].Year() == y {
				a.AddInt(d.Sessions[i].Participants)
			}
		}
		return a
	})
}

func unite(a, b []string) []string {
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		m[x] = true
	}
	return sortedKeys(m)
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// signedStatus reports whether a document counts as concluded.
func signedStatus(st string) bool { return st == "signed" || st == "in force" || st == "expired" }

func (s *Summary) buildAgreements(d *model.Data, year int) {
	a := &s.Agreements
	partners := map[string]map[string]bool{} // type → counterparties
	first := year
	for _, x := range d.Agreements {
		if y := x.Year(); y > 0 {
			first = min(first, y)
		}
		switch {
		case signedStatus(x.Status) && x.Year() == year:
			a.Signed = append(a.Signed, x)
		case x.Status == "contacts established" || x.Status == "under negotiation":
			a.Contacts = append(a.Contacts, x)
		}
		if signedStatus(x.Status) && x.Year() > 0 && x.Year() <= year && x.Document != "contact" {
			if partners[x.CounterpartyType] == nil {
				partners[x.CounterpartyType] = map[string]bool{}
			}
			partners[x.CounterpartyType][x.Counterparty] = true
		}
	}
	for _, t := range counterpartyOrder {
		if names := partners[t]; len(names) > 0 {
			a.Partners = append(a.Partners, PartnerType{Type: t, Count: len(names), Names: sortedKeys(names)})
		}
	}
	a.PerYear = series(first, year, func(y int) Amount {
		n := 0
		for i := range d.Agreements {
			if signedStatus(d.Agreements[i].Status) && d.Agreements[i].Year() == y {
				n++
			}
		}
		return Count(n)
	})
}

// counterpartyOrder is the contract's order of counterparty types.
var counterpartyOrder = []string{"international organisation", "competent authority of an observer state", "dialogue partner", "other"}

// buildKey computes the key figures for year and year-1 the same way.
func (s *Summary) buildKey(cfg *config.Config, d *model.Data, year int) {
	prev := build(cfg, d, year-1)
	add := func(key, area string, decimal bool, cur, old Amount) {
		s.Key = append(s.Key, Figure{Key: key, Area: area, Decimal: decimal, Value: cur, Prev: old, Change: ChangeOf(cur, old)})
	}
	add("exercises.count", "exercises", false, Count(len(s.Exercises.Year)), Count(len(prev.Exercises.Year)))
	add("exercises.states", "exercises", false, Count(len(s.Exercises.States)), Count(len(prev.Exercises.States)))
	add("exercises.personnel", "exercises", false, s.Exercises.Personnel, prev.Exercises.Personnel)
	add("border.operations", "border", false, Count(len(s.Border.Operations)), Count(len(prev.Border.Operations)))
	add("border.states", "border", false, Count(len(s.Border.ByState)-statesWithoutReports(s.Border.ByState)), Count(len(prev.Border.ByState)-statesWithoutReports(prev.Border.ByState)))
	// The main indicators are headline figures; every indicator's change
	// is in Border (Total and PrevTotal).
	for i, ind := range cfg.Indicators {
		if ind.Main {
			add("border."+ind.Key, "border", ind.Decimal(), s.Border.Total[i], s.Border.PrevTotal[i])
		}
	}
	cur, old := conferenceTotals(s.Conference), conferenceTotals(prev.Conference)
	add("conference.sessions", "conference", false, Count(cur.sessions), Count(old.sessions))
	add("conference.participants", "conference", false, cur.participants, old.participants)
	add("conference.states", "conference", false, Count(cur.states), Count(old.states))
	add("conference.organisations", "conference", false, Count(cur.organisations), Count(old.organisations))
	add("agreements.signed", "agreements", false, Count(len(s.Agreements.Signed)), Count(len(prev.Agreements.Signed)))
	add("agreements.partners", "agreements", false, Count(partnerTotal(s.Agreements.Partners)), Count(partnerTotal(prev.Agreements.Partners)))
	add("agreements.contacts", "agreements", false, Count(len(s.Agreements.Contacts)), Count(len(prev.Agreements.Contacts)))
}

// conferenceYear is the year's conference totals over all its editions.
type conferenceYear struct {
	sessions, states, organisations int
	participants                    Amount
}

func conferenceTotals(c Conference) conferenceYear {
	var y conferenceYear
	states, orgs := map[string]bool{}, map[string]bool{}
	for _, e := range c.Editions {
		y.sessions += len(e.Sessions)
		y.participants = plus(y.participants, e.Participants)
		for _, st := range e.States {
			states[st] = true
		}
		for _, o := range e.Organisations {
			orgs[o] = true
		}
	}
	y.states, y.organisations = len(states), len(orgs)
	return y
}

// statesWithoutReports counts states listed only for last year's figures.
func statesWithoutReports(ts []StateTotals) int {
	n := 0
	for _, t := range ts {
		if t.Reports == 0 {
			n++
		}
	}
	return n
}

func partnerTotal(ps []PartnerType) int {
	n := 0
	for _, p := range ps {
		n += p.Count
	}
	return n
}

func plus(a, b Amount) Amount {
	return Amount{Milli: a.Milli + b.Milli, Reported: a.Reported || b.Reported, Missing: a.Missing + b.Missing}
}

// build is Build without key figures, for the previous year.
func build(cfg *config.Config, d *model.Data, year int) *Summary {
	s := &Summary{Year: year}
	s.buildExercises(d, year)
	s.buildBorder(cfg, d, year)
	s.buildConference(d, year)
	s.buildAgreements(d, year)
	return s
}
