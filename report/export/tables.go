package export

import (
	"time"

	"ratsreport/report/config"
	"ratsreport/report/model"
)

// Datasets returns the tables of the seven datasets, in report order:
// exercises, border, conference, agreements, online, training, meetings.
// Every format writes them with
// the same columns; lists are one cell each, their items separated by
// "; ".
func Datasets(src *Source) []*Table {
	return datasets(src, src.selection(), newNames(src.Config))
}

// selection is the records exported, by dataset, in the model's order.
type selection struct {
	ex         []*model.Exercise
	border     model.Borders
	sessions   []*model.Session
	agreements []*model.Agreement
	online     []*model.OnlineReport
	training   []*model.Training
	meetings   []*model.Meeting
}

// selection picks the records of the span of years.
func (src *Source) selection() *selection {
	d := src.Data
	var ex []*model.Exercise
	for i := range d.Exercises {
		if e := &d.Exercises[i]; src.keep(e.Year()) {
			ex = append(ex, e)
		}
	}
	border := d.Border // every year: a view of the table, not a copy
	if !src.Years.All {
		border = d.Border.Filter(func(b *model.BorderReport) bool { return src.keep(b.Year()) })
	}
	var sessions []*model.Session
	for i := range d.Sessions {
		if s := &d.Sessions[i]; src.keep(s.Year()) {
			sessions = append(sessions, s)
		}
	}
	var agreements []*model.Agreement
	for i := range d.Agreements {
		if a := &d.Agreements[i]; src.keep(a.Year()) {
			agreements = append(agreements, a)
		}
	}
	var online []*model.OnlineReport
	for i := range d.Online {
		if o := &d.Online[i]; src.keep(o.Year()) {
			online = append(online, o)
		}
	}
	var training []*model.Training
	for i := range d.Training {
		if t := &d.Training[i]; src.keep(t.Year()) {
			training = append(training, t)
		}
	}
	var meetings []*model.Meeting
	for i := range d.Meetings {
		if m := &d.Meetings[i]; src.keep(m.Year()) {
			meetings = append(meetings, m)
		}
	}
	return &selection{ex: ex, border: border, sessions: sessions, agreements: agreements,
		online: online, training: training, meetings: meetings}
}

func datasets(src *Source, sel *selection, ns *names) []*Table {
	sha := hashes(src.Data)
	var starts, ends dateTexts
	prov := &provenances{sha: sha}
	ex, border, sessions, agreements := sel.ex, sel.border, sel.sessions, sel.agreements
	online, training, meetings := sel.online, sel.training, sel.meetings

	exCols := append([]Column{{"id", Integer}, {"year", Integer}}, nameColumns("exercise")...)
	exCols = append(exCols, []Column{{"kind", Text}, {"start_date", Date}, {"end_date", Date}, {"host", Text},
		{"location", Text}, {"participants", Text}, {"observers", Text}, {"observer_keys", Text}, {"observer_states", Text},
		{"scenario", Text}, {"threat", Text}, {"personnel", Integer}, {"equipment", Integer}, {"notes", Text}}...)
	exCols = append(exCols, provenanceColumns...)

	bCols := append([]Column{{"id", Integer}, {"year", Integer}}, nameColumns("operation")...)
	bCols = append(bCols, []Column{{"state", Text}, {"start_date", Date}, {"end_date", Date}, {"section", Text}, {"area", Text}}...)
	for _, ind := range src.Config.Indicators {
		bCols = append(bCols, indicatorColumns(ind)...)
	}
	bCols = append(bCols, provenanceColumns...)

	cCols := []Column{{"id", Integer}, {"year", Integer}, {"edition", Integer}, {"date", Date}, {"city", Text},
		{"country", Text}, {"session", Text}, {"format", Text}, {"theme", Text}, {"participants", Integer},
		{"states", Text}, {"organisations", Text}, {"organisation_keys", Text}, {"papers", Integer}}
	cCols = append(cCols, provenanceColumns...)

	aCols := []Column{{"id", Integer}, {"year", Integer}, {"counterparties", Text}, {"counterparty_keys", Text},
		{"counterparty_type", Text}, {"document", Text}, {"title", Text}, {"status", Text}, {"signed_date", Date},
		{"place", Text}, {"areas", Text}, {"notes", Text}}
	aCols = append(aCols, provenanceColumns...)

	oCols := []Column{{"id", Integer}, {"year", Integer}, {"state", Text}, {"start_date", Date}, {"end_date", Date}}
	for _, ind := range src.Config.OnlineIndicators {
		oCols = append(oCols, indicatorColumns(ind)...)
	}
	oCols = append(oCols, provenanceColumns...)

	tCols := []Column{{"id", Integer}, {"year", Integer}, {"course", Text}, {"format", Text}, {"start_date", Date},
		{"end_date", Date}, {"host", Text}, {"city", Text}}
	tCols = append(tCols, nameColumns("organiser")...)
	tCols = append(tCols, []Column{{"organiser_state", Text}, {"topic", Text}, {"participants", Integer}, {"states", Text},
		{"hours", Integer}, {"notes", Text}}...)
	tCols = append(tCols, provenanceColumns...)

	mCols := []Column{{"id", Integer}, {"year", Integer}, {"body", Text}, {"number", Integer}, {"date", Date},
		{"city", Text}, {"country", Text}, {"chair", Text}, {"decisions", Integer}, {"title", Text}, {"notes", Text}}
	mCols = append(mCols, provenanceColumns...)

	return []*Table{
		{Name: "exercises", Columns: exCols, Len: len(ex), Indexes: []string{"year", "host"}, Fill: func(i int, row []Cell) {
			e := ex[i]
			at := put(row, 0, num(int64(i+1)), year(e.Year()))
			nc := ns.cells(e.Name)
			at = put(row, at, nc[:]...)
			at = put(row, at, text(e.Kind), date(e.Start), date(e.End), text(e.Host), text(e.Location),
				list(e.Participants), ns.english(e.Observers), keys(e.Observers), list(e.ObserverStates),
				text(e.Scenario), text(e.Threat), reported(e.Personnel), reported(e.Equipment), text(e.Notes))
			pc := prov.of(e.Origin)
			put(row, at, pc[:]...)
		}},
		{Name: "border", Columns: bCols, Len: border.Len(), Indexes: []string{"year", "state"}, Fill: func(i int, row []Cell) {
			// A million rows: the texts that repeat from row to row
			// (dates, names, provenance) are remembered, not made again,
			// and the report is read into a view on the stack.
			var b model.BorderReport
			border.Read(i, &b)
			start, end := starts.of(b.Start), ends.of(b.End)
			at := put(row, 0, num(int64(i+1)), year(starts.year))
			nc := ns.cells(b.Operation)
			at = put(row, at, nc[:]...)
			at = put(row, at, text(b.State), start, end, text(b.Section), text(b.Area))
			at = indicatorCells(row, at, src.Config.Indicators, b.Values)
			pc := prov.of(b.Origin)
			put(row, at, pc[:]...)
		}},
		{Name: "conference", Columns: cCols, Len: len(sessions), Indexes: []string{"year", "country"}, Fill: func(i int, row []Cell) {
			s := sessions[i]
			at := put(row, 0, num(int64(i+1)), year(s.Year()), num(int64(s.Edition)), date(s.Date), text(s.City),
				text(s.Country), text(s.Title), text(s.Format), text(s.Theme), reported(s.Participants),
				list(s.States), ns.english(s.Organisations), keys(s.Organisations), reported(s.Papers))
			pc := prov.of(s.Origin)
			put(row, at, pc[:]...)
		}},
		{Name: "agreements", Columns: aCols, Len: len(agreements), Indexes: []string{"year"}, Fill: func(i int, row []Cell) {
			a := agreements[i]
			at := put(row, 0, num(int64(i+1)), year(a.Year()), ns.english(a.Counterparties), keys(a.Counterparties),
				text(a.CounterpartyType), text(a.Document), text(a.Title), text(a.Status), date(a.Signed),
				text(a.Place), list(a.Areas), text(a.Notes))
			pc := prov.of(a.Origin)
			put(row, at, pc[:]...)
		}},
		{Name: "online", Columns: oCols, Len: len(online), Indexes: []string{"year", "state"}, Fill: func(i int, row []Cell) {
			o := online[i]
			at := put(row, 0, num(int64(i+1)), year(o.Year()), text(o.State), date(o.Start), date(o.End))
			at = indicatorCells(row, at, src.Config.OnlineIndicators, o.Values)
			pc := prov.of(o.Origin)
			put(row, at, pc[:]...)
		}},
		{Name: "training", Columns: tCols, Len: len(training), Indexes: []string{"year", "host"}, Fill: func(i int, row []Cell) {
			t := training[i]
			at := put(row, 0, num(int64(i+1)), year(t.Year()), text(t.Course), text(t.Format), date(t.Start), date(t.End),
				text(t.Host), text(t.City))
			if t.Organiser == (model.Name{}) {
				at = put(row, at, nullCells[:len(nameColumns(""))]...)
			} else {
				nc := ns.cells(t.Organiser)
				at = put(row, at, nc[:]...)
			}
			at = put(row, at, text(t.OrganiserState), text(t.Topic), reported(t.Participants), list(t.States),
				reported(t.Hours), text(t.Notes))
			pc := prov.of(t.Origin)
			put(row, at, pc[:]...)
		}},
		{Name: "meetings", Columns: mCols, Len: len(meetings), Indexes: []string{"year", "country"}, Fill: func(i int, row []Cell) {
			m := meetings[i]
			at := put(row, 0, num(int64(i+1)), year(m.Year()), text(m.Body), reported(m.Number), date(m.Date),
				text(m.City), text(m.Country), text(m.Chair), reported(m.Decisions), text(m.Title), text(m.Notes))
			pc := prov.of(m.Origin)
			put(row, at, pc[:]...)
		}},
	}
}

// nullCells are NULL cells, for a name not given (a training organised
// by a state).
var nullCells = []Cell{{Null: true}, {Null: true}, {Null: true}, {Null: true}, {Null: true}, {Null: true}}

// indicatorCells puts the cells of indicatorColumns for every indicator
// of inds, from figures held as thousandths, and returns the next
// position.
func indicatorCells(row []Cell, at int, inds []config.Indicator, values model.Figures) int {
	for k, ind := range inds {
		c := milli(values.At(k))
		if ind.Decimal() {
			at = put(row, at, c, c)
		} else {
			c.Int /= 1000
			at = put(row, at, c)
		}
	}
	return at
}

// indicatorColumns are the columns of a border or online indicator: KEY for a whole
// number; KEY_milli (exact thousandths) and KEY (the decimal) for a
// decimal one. Whole numbers are held as thousandths in the model too:
// Fill divides them.
func indicatorColumns(ind config.Indicator) []Column {
	if ind.Decimal() {
		return []Column{{ind.Key + "_milli", Integer}, {ind.Key, Decimal}}
	}
	return []Column{{ind.Key, Integer}}
}

// date is a calendar day as ISO text, NULL for none.
func date(t time.Time) Cell {
	if t.IsZero() {
		return Cell{Null: true}
	}
	return Cell{Text: t.Format("2006-01-02")}
}

// dateTexts gives border dates as cells, remembering the last one: the
// rows come sorted by date, so most rows repeat the date before.
type dateTexts struct {
	last model.Date
	cell Cell
	year int // the year of last
}

// of returns d as an ISO date cell (NULL for none) and sets year.
func (m *dateTexts) of(d model.Date) Cell {
	if d != m.last || m.cell == (Cell{}) {
		m.last, m.year = d, d.Year()
		m.cell = text(d.String())
	}
	return m.cell
}
