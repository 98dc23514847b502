package pdfreport

import (
	"cmp"
	"slices"
	"time"

	"ratsreport/report/pdfdoc"
	"ratsreport/report/schema"
)

// event is one line of the chronology of the year.
type event struct {
	start, end time.Time
	rank       int // order among events of one day: exercises, operations, conference, meetings, training, signings
	what       string
	where      string
}

// chronology is the annex's table of the year's events in date order:
// exercises, border operations, conference editions, meetings, training
// and signings; events of one day in that order.
func (r *renderer) chronology() []pdfdoc.Block {
	var evs []event
	// place prints a city (a free text, in the edition's language) and
	// its state's name.
	place := func(city, country string) string {
		city = r.text(city)
		s := r.cfg.StateName(country, r.lang)
		if city != "" && s != "" {
			return city + ", " + s
		}
		return city + s
	}
	for _, x := range r.s.Exercises.Year {
		evs = append(evs, event{x.Start, x.End, 0, r.t.T("chronology.exercise") + " " + r.name(x.Name), place(x.Location, x.Host)})
	}
	for _, op := range r.s.Border.ByOp {
		evs = append(evs, event{op.First.Time(), op.Last.Time(), 1, r.t.T("chronology.operation") + " " + r.name(op.Operation), r.t.Sub("chronology.states", "n", r.t.Int(int64(op.States)))})
	}
	for _, e := range r.s.Conference.Editions {
		evs = append(evs, event{e.Start, e.End, 2, r.t.Sub("chronology.conference", "ordinal", r.ordinal(e.Number)), place(e.City, e.Country)})
	}
	for _, m := range r.s.Meetings.Year {
		evs = append(evs, event{m.Date, m.Date, 3, r.meetingTitle(m.Title, m.Body, m.Number.V, m.Number.Reported), place(m.City, m.Country)})
	}
	for _, t := range r.s.Training.Year {
		evs = append(evs, event{t.Start, t.End, 4, r.text(t.Course), place(t.City, t.Host)})
	}
	for _, a := range r.s.Agreements.Signed {
		evs = append(evs, event{a.Signed, a.Signed, 5, r.t.Sub("chronology.signing", "document", r.kindLabel(schema.Document, a.Document), "with", joinList(r.shorts(a.Counterparties), "; ")), r.text(a.Place)})
	}
	if len(evs) == 0 {
		return nil
	}
	slices.SortStableFunc(evs, func(a, b event) int {
		return cmp.Or(a.start.Compare(b.start), cmp.Compare(a.rank, b.rank), a.end.Compare(b.end))
	})
	tbl := pdfdoc.Table{Columns: []pdfdoc.Column{
		{Header: r.t.T("col.dates"), Width: 1.7},
		{Header: r.t.T("col.event"), Width: 5},
		{Header: r.t.T("col.place"), Width: 2.2},
	}}
	for _, e := range evs {
		tbl.Rows = append(tbl.Rows, []string{r.t.DateRange(e.start, e.end), e.what, e.where})
	}
	return []pdfdoc.Block{r.h2("section.chronology"), r.capRows(tbl)}
}
