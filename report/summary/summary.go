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
	"slices"
	"sort"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/coverage"
	"ratsreport/report/model"
	"ratsreport/report/schema"
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
func (a *Amount) AddInt(i model.Int) { a.Add(DecOf(i)) }

// DecOf returns a whole number as thousandths, reported or not as it is.
func DecOf(i model.Int) model.Dec { return model.Dec{Milli: i.V * 1000, Reported: i.Reported} }

// Float returns the amount in its unit, as a float64 (for charts and
// spreadsheets); 0 when not reported.
func (a Amount) Float() float64 { return float64(a.Milli) / 1000 }

// Whole returns the amount in whole units (thousandths dropped); 0 when
// not reported.
func (a Amount) Whole() int64 {
	if !a.Reported {
		return 0
	}
	return a.Milli / 1000
}

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
	Area    string // exercises, border, conference, agreements, online, training, meetings
	Decimal bool   // shown with decimals (kg)
	// Indicator is the border indicator's key for an indicator's figure
	// ("border.<key>"), "" for the others.
	Indicator string
	Value     Amount
	Prev      Amount
	Change    Change
}

// Summary is everything the report says about one year.
type Summary struct {
	Year       int
	Key        []Figure
	Exercises  Exercises
	Border     Border
	Conference Conference
	Agreements Agreements
	Online     Online
	Training   Training
	Meetings   Meetings
	// States lists every state the year concerns, with its counts: the
	// members at the end of the year, then every other state the year's
	// records name, in the order of StateLess.
	States []StateYear
	// Organisations lists every organisation the year's records name (at
	// the conference, as partners or in contacts, as observers of the
	// year's exercises), by identity, with what each did; in the order
	// first met: conference, agreements, exercises.
	Organisations []OrganisationYear
	Sources       []model.SourceFile
	// SourceRows is the data rows read from every sheet of every source.
	SourceRows int
	FirstYear  int // the first year with any record
	// Coverage is who supplied each dataset's records of the year,
	// against whom the configuration expects them from.
	Coverage *coverage.Coverage
}

// StateYear is one state's part in the year's records.
type StateYear struct {
	Code     string   // alpha-2
	Status   string   // config status at the end of the year (config.Member, ...); "" when not configured
	Hosted   int      // exercises hosted
	TookPart int      // exercises taken part in
	Reports  int      // border reports
	Sessions int      // conference sessions where represented
	Border   []Amount // per indicator, this year's border totals
	// OnlineReports counts the state's online reports, Online its online
	// totals per online indicator; Courses counts the training courses it
	// took part in, Meetings the meetings it hosted.
	OnlineReports int
	Online        []Amount
	Courses       int
	Meetings      int
}

// OrganisationYear is one organisation's part in the year's records.
type OrganisationYear struct {
	Name      model.Name
	Sessions  int // conference sessions of the year that name it
	Documents int // documents signed with it by the end of the year (as partners count them)
	Contacts  int // contacts and negotiations in progress
	Observed  int // exercises of the year it observed
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
	PrevCount int         // exercises the year before
	ToDate    int         // exercises from the first year to the reporting year
}

// StateTotals is one reporting state's (or operation's) indicator totals.
type StateTotals struct {
	Name string // alpha-2 code, or the operation's identity (model.Name.ID)
	// Operation is the operation, for an operation's totals.
	Operation model.Name
	Values    []Amount // one per config indicator
	Prev      []Amount // the previous year's, for states
	Reports   int      // records
	// First and Last are an operation's first and last days this year
	// (of its reports), and States the number of states that reported on
	// it: the chronology's line.
	First, Last model.Date
	States      int
}

// Border summarises the border operations.
type Border struct {
	Operations []model.Name  // the year's operations, by identity
	ByOp       []StateTotals // per operation, this year
	ByState    []StateTotals // per reporting state, this year and last
	Total      []Amount      // per indicator, this year
	PrevTotal  []Amount      // per indicator, last year
	Reports    int           // records this year
	PerYear    [][]YearCount // per indicator, totals per year
	// Records are the year's reports, a view of the data's table (set by
	// Build, not for the year before).
	Records model.Borders
	// Indicators is every indicator as a figure with its change against
	// the previous year ("border.<key>"), headline or not.
	Indicators []Figure
	// Missing counts the figures left empty this year, over every
	// indicator (a record leaving two empty counts twice).
	Missing int
}

// Reporting returns the states that reported this year, in ByState order
// (ByState also lists states that reported only the year before).
func (b *Border) Reporting() []StateTotals { return reporting(b.ByState) }

// reporting returns the states of ts with a report this year, in order.
func reporting(ts []StateTotals) []StateTotals {
	var out []StateTotals
	for _, t := range ts {
		if t.Reports > 0 {
			out = append(out, t)
		}
	}
	return out
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
	States        []string     // union over sessions, sorted
	Organisations []model.Name // union over sessions by identity, in first-seen order
}

// Conference summarises the conference editions.
type Conference struct {
	Editions []Edition // held in the year
	PerYear  []YearCount
	// PerEdition is participants per edition, all editions in the data.
	PerEdition []EditionCount
	// Sessions are the year's sessions by edition and date (pointers into
	// Editions).
	Sessions []*model.Session
	// Organisations lists the organisations represented in the year, in
	// the order first seen over Sessions, each with the sessions that name
	// it.
	Organisations []OrganisationCount
}

// OrganisationCount is one organisation with the sessions of the year
// that name it (once per mention).
type OrganisationCount struct {
	Name     model.Name
	Sessions int
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
	Names []model.Name // by identity
	// Documents is, per name, the documents signed with that
	// counterparty by the end of the year.
	Documents []int
}

// Agreements summarises the cooperation documents.
type Agreements struct {
	Signed       []model.Agreement // signed in the year
	Partners     []PartnerType     // to date, by counterparty type
	Contacts     []model.Agreement // contacts and negotiations in progress
	PerYear      []YearCount       // documents signed per year
	PartnerCount int               // partners to date, over all types
	// Register is the documents as the year's register lists them,
	// pointers into the data (set by Build, not for the year before):
	// every document signed up to the end of the year, every one without
	// a signing date, and every contact or negotiation in progress, which
	// is what the partner and contact counts are drawn from.
	Register []*model.Agreement
}

// Build computes the summary of year from all records.
func Build(cfg *config.Config, d *model.Data, year int) *Summary {
	s := build(cfg, d, year)
	s.Sources = d.Sources
	for _, f := range d.Sources {
		for _, sh := range f.Sheets {
			s.SourceRows += sh.Rows
		}
	}
	s.buildKey(cfg, d, year)
	s.buildStates(cfg)
	s.buildOrganisations(d, year)
	s.Coverage = coverage.Of(cfg, d, year)
	s.Border.Records = d.Border.Years(year, year)
	for i := range d.Agreements {
		if x := &d.Agreements[i]; schema.Open(x.Status) || x.Year() <= year {
			s.Agreements.Register = append(s.Agreements.Register, x)
		}
	}
	return s
}

// endOfYear is the last day of year, as a civil date: the day a state's
// status is taken on.
func endOfYear(year int) time.Time { return time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC) }

// buildStates lists the states of the year with their counts. A code
// listed twice in one record counts once for that record; a session's
// country is listed without being counted.
func (s *Summary) buildStates(cfg *config.Config) {
	end := endOfYear(s.Year)
	n := len(cfg.Indicators)
	counts := map[string]*StateYear{}
	at := func(code string) *StateYear {
		c := counts[code]
		if c == nil {
			c = &StateYear{Code: code}
			counts[code] = c
		}
		return c
	}
	for _, x := range s.Exercises.Year {
		at(x.Host).Hosted++
		for i, c := range x.Participants {
			if !slices.Contains(x.Participants[:i], c) {
				at(c).TookPart++
			}
		}
	}
	for _, t := range s.Border.ByState {
		if t.Reports > 0 {
			at(t.Name).Reports = t.Reports
		}
	}
	for _, e := range s.Conference.Editions {
		for _, x := range e.Sessions {
			at(x.Country)
			for i, c := range x.States {
				if !slices.Contains(x.States[:i], c) {
					at(c).Sessions++
				}
			}
		}
	}
	s.countYear(at)
	delete(counts, "")
	codes := cfg.Members(end)
	members := map[string]bool{}
	for _, c := range codes {
		members[c] = true
	}
	var others []string
	for c := range counts {
		if !members[c] {
			others = append(others, c)
		}
	}
	order := cfg.StateOrder()
	sort.Slice(others, func(i, j int) bool { return config.StateLess(order, others[i], others[j]) })
	byState := map[string][]Amount{}
	for _, t := range s.Border.ByState {
		byState[t.Name] = t.Values
	}
	for _, code := range append(codes, others...) {
		row := StateYear{Code: code}
		if c := counts[code]; c != nil {
			row = *c
		}
		if st, ok := cfg.State(code); ok {
			row.Status = st.StatusOn(end)
		}
		row.Border = make([]Amount, n)
		copy(row.Border, byState[code])
		row.Online = s.onlineOf(cfg, code)
		s.States = append(s.States, row)
	}
}

// earlier returns the earlier of first and a record's year y; a record
// without a year (0: an agreement not signed) leaves first as it is. Each
// area's series begins at its earliest record, the year itself at the
// latest.
func earlier(first, y int) int {
	if y > 0 {
		return min(first, y)
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

// buildExercises fills Exercises and returns the first year of its series;
// the other build functions do the same for their areas.
func (s *Summary) buildExercises(d *model.Data, year int) (first int) {
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
	first = year
	for i := range d.Exercises {
		first = earlier(first, d.Exercises[i].Year())
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
	for _, yc := range e.PerYear {
		n := int(yc.Value.Whole())
		if yc.Year == year-1 {
			e.PrevCount = n
		}
		e.ToDate += n
	}
	return first
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s *Summary) buildBorder(cfg *config.Config, d *model.Data, year int) (first int) {
	b := &s.Border
	t := newTally(len(cfg.Indicators), year)
	byOp := map[string]*StateTotals{}
	// Operations by identity, looked up by key and years (a million
	// reports build no identity string each).
	type opKey struct {
		key           string
		year, through int16
	}
	opIndex := map[opKey]*StateTotals{}
	getOp := func(n model.Name) *StateTotals {
		k := opKey{n.Key, n.Year, n.Through}
		if op, ok := opIndex[k]; ok {
			return op
		}
		op := t.totals(byOp, n.ID())
		opIndex[k] = op
		return op
	}
	opStates := map[*StateTotals]map[string]bool{}
	for _, r := range d.Border.Each() {
		if t.add(r.Year(), r.State, r.Values) == nil {
			continue
		}
		b.Reports++
		op := getOp(r.Operation)
		if op.Reports == 0 {
			op.Operation, op.First, op.Last = r.Operation, r.Start, r.End
			opStates[op] = map[string]bool{}
		}
		op.Reports++
		op.First, op.Last = min(op.First, r.Start), max(op.Last, r.End)
		opStates[op][r.State] = true
		for i := range t.n {
			op.Values[i].Add(r.Values.At(i))
		}
	}
	for op, states := range opStates {
		op.States = len(states)
	}
	for _, k := range sortedMapKeys(byOp) {
		b.Operations = append(b.Operations, byOp[k].Operation)
		b.ByOp = append(b.ByOp, *byOp[k])
	}
	b.Total, b.PrevTotal = t.total, t.prevTotal
	b.ByState = t.states(cfg)
	b.Missing = t.missing()
	b.PerYear = t.series()
	return t.first
}

func sortedMapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s *Summary) buildConference(d *model.Data, year int) (first int) {
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
			if !slices.ContainsFunc(e.Organisations, func(n model.Name) bool { return n.ID() == o.ID() }) {
				e.Organisations = append(e.Organisations, o)
			}
		}
	}
	sort.Ints(numbers)
	for _, n := range numbers {
		c.Editions = append(c.Editions, *editions[n])
	}
	for i := range c.Editions {
		for j := range c.Editions[i].Sessions {
			c.Sessions = append(c.Sessions, &c.Editions[i].Sessions[j])
		}
	}
	sort.SliceStable(c.Sessions, func(i, j int) bool {
		if c.Sessions[i].Edition != c.Sessions[j].Edition {
			return c.Sessions[i].Edition < c.Sessions[j].Edition
		}
		return c.Sessions[i].Date.Before(c.Sessions[j].Date)
	})
	c.Organisations = organisationCounts(c.Sessions)
	sort.Ints(allNumbers)
	for _, n := range allNumbers {
		if all[n].Year <= year {
			c.PerEdition = append(c.PerEdition, *all[n])
		}
	}
	first = year
	for i := range d.Sessions {
		first = earlier(first, d.Sessions[i].Year())
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
	return first
}

// organisationCounts counts the sessions naming each organisation, in the
// order first seen.
func organisationCounts(sessions []*model.Session) []OrganisationCount {
	var out []OrganisationCount
	index := map[string]int{}
	for _, x := range sessions {
		for _, o := range x.Organisations {
			i, ok := index[o.ID()]
			if !ok {
				i = len(out)
				index[o.ID()] = i
				out = append(out, OrganisationCount{Name: o})
			}
			out[i].Sessions++
		}
	}
	return out
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

func (s *Summary) buildAgreements(d *model.Data, year int) (first int) {
	a := &s.Agreements
	partners := map[string]map[string]int{} // type → counterparty's identity → documents
	names := map[string]model.Name{}        // identity → the name first met
	first = year
	for _, x := range d.Agreements {
		first = earlier(first, x.Year())
		switch {
		case schema.Concluded(x.Status) && x.Year() == year:
			a.Signed = append(a.Signed, x)
		case schema.Open(x.Status):
			a.Contacts = append(a.Contacts, x)
		}
		if partnerDocument(&x, year) {
			if partners[x.CounterpartyType] == nil {
				partners[x.CounterpartyType] = map[string]int{}
			}
			for _, c := range x.Counterparties {
				partners[x.CounterpartyType][c.ID()]++
				if _, ok := names[c.ID()]; !ok {
					names[c.ID()] = c
				}
			}
		}
	}
	for _, t := range schema.CounterpartyType.Keys() {
		if docs := partners[t]; len(docs) > 0 {
			p := PartnerType{Type: t, Count: len(docs)}
			for _, id := range sortedMapKeys(docs) {
				p.Names = append(p.Names, names[id])
				p.Documents = append(p.Documents, docs[id])
			}
			a.Partners = append(a.Partners, p)
			a.PartnerCount += p.Count
		}
	}
	a.PerYear = series(first, year, func(y int) Amount {
		n := 0
		for i := range d.Agreements {
			if schema.Concluded(d.Agreements[i].Status) && d.Agreements[i].Year() == y {
				n++
			}
		}
		return Count(n)
	})
	return first
}

// partnerDocument reports whether a document makes its counterparty a
// partner by the end of year: a concluded document, not a contact, signed
// by then.
func partnerDocument(a *model.Agreement, year int) bool {
	return schema.Concluded(a.Status) && a.Year() > 0 && a.Year() <= year && a.Document != schema.ContactDocument
}

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
	add("border.states", "border", false, Count(len(s.Border.Reporting())), Count(len(prev.Border.Reporting())))
	// The main indicators are headline figures; every indicator, with its
	// change, is in Border.Indicators.
	for i, ind := range cfg.Indicators {
		f := Figure{Key: "border." + ind.Key, Area: "border", Decimal: ind.Decimal(), Indicator: ind.Key, Value: s.Border.Total[i], Prev: s.Border.PrevTotal[i]}
		f.Change = ChangeOf(f.Value, f.Prev)
		s.Border.Indicators = append(s.Border.Indicators, f)
		if ind.Main {
			s.Key = append(s.Key, f)
		}
	}
	cur, old := conferenceTotals(s.Conference), conferenceTotals(prev.Conference)
	add("conference.sessions", "conference", false, Count(cur.sessions), Count(old.sessions))
	add("conference.participants", "conference", false, cur.participants, old.participants)
	add("conference.states", "conference", false, Count(cur.states), Count(old.states))
	add("conference.organisations", "conference", false, Count(cur.organisations), Count(old.organisations))
	add("agreements.signed", "agreements", false, Count(len(s.Agreements.Signed)), Count(len(prev.Agreements.Signed)))
	add("agreements.partners", "agreements", false, Count(s.Agreements.PartnerCount), Count(prev.Agreements.PartnerCount))
	add("agreements.contacts", "agreements", false, Count(len(s.Agreements.Contacts)), Count(len(prev.Agreements.Contacts)))
	s.yearKey(cfg, prev)
}

// conferenceYear is the year's conference totals over all its editions.
type conferenceYear struct {
	sessions, states, organisations int
	participants                    Amount
}

func conferenceTotals(c Conference) conferenceYear {
	var y conferenceYear
	states := map[string]bool{}
	for _, e := range c.Editions {
		y.sessions += len(e.Sessions)
		y.participants = plus(y.participants, e.Participants)
		for _, st := range e.States {
			states[st] = true
		}
	}
	y.states, y.organisations = len(states), len(c.Organisations)
	return y
}

func plus(a, b Amount) Amount {
	return Amount{Milli: a.Milli + b.Milli, Reported: a.Reported || b.Reported, Missing: a.Missing + b.Missing}
}

// build is Build without key figures, for the previous year.
func build(cfg *config.Config, d *model.Data, year int) *Summary {
	s := &Summary{Year: year}
	s.FirstYear = min(s.buildExercises(d, year), s.buildBorder(cfg, d, year), s.buildConference(d, year), s.buildAgreements(d, year),
		s.buildOnline(cfg, d, year), s.buildTraining(cfg, d, year), s.buildMeetings(d, year))
	return s
}

// buildOrganisations lists the organisations the year's records name.
func (s *Summary) buildOrganisations(d *model.Data, year int) {
	index := map[string]int{}
	at := func(n model.Name) *OrganisationYear {
		i, ok := index[n.ID()]
		if !ok {
			i = len(s.Organisations)
			index[n.ID()] = i
			s.Organisations = append(s.Organisations, OrganisationYear{Name: n})
		}
		return &s.Organisations[i]
	}
	for _, o := range s.Conference.Organisations {
		at(o.Name).Sessions = o.Sessions
	}
	for i := range d.Agreements {
		x := &d.Agreements[i]
		for _, c := range x.Counterparties {
			switch {
			case partnerDocument(x, year):
				at(c).Documents++
			case schema.Open(x.Status):
				at(c).Contacts++
			}
		}
	}
	for i := range s.Exercises.Year {
		for _, o := range s.Exercises.Year[i].Observers {
			at(o).Observed++
		}
	}
}
