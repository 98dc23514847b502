package pdfreport

import (
	"ratsreport/report/pdfdoc"
	"ratsreport/report/schema"
)

// meetings is the section on the meetings of the RATS Council and the
// SCO bodies the Executive Committee took part in.
func (r *renderer) meetings() ([]pdfdoc.Block, error) {
	m := r.s.Meetings
	if m.Ever == 0 {
		return nil, nil
	}
	if b := r.absent("section.meetings", "narrative.meetings_absent", len(m.Year), m.Years); b != nil {
		return b, nil
	}
	p, err := r.narrative("narrative.meetings", map[string]any{"Year": r.s.Year, "Count": len(m.Year), "Council": m.Council,
		"Decisions": m.Decisions.Whole(), "DecisionsReported": m.Decisions.Reported})
	if err != nil {
		return nil, err
	}
	blocks := []pdfdoc.Block{r.h1("section.meetings"), p, r.h2("subsection.meetings_year", "year", r.year())}
	tbl := pdfdoc.Table{Columns: []pdfdoc.Column{
		{Header: r.t.T("col.date"), Width: 1.3},
		{Header: r.t.T("col.body"), Width: 2.2},
		{Header: r.t.T("col.title"), Width: 2.8},
		{Header: r.t.T("col.place"), Width: 1.8},
		{Header: r.t.T("col.chair"), Width: 1.4},
		{Header: r.t.T("col.decisions"), Width: 1.3, Align: pdfdoc.AlignRight},
	}}
	for _, x := range m.Year {
		place := r.text(x.City)
		if x.Country != "" {
			place += ", " + r.cfg.StateName(x.Country, r.lang)
		}
		chair := ""
		if x.Chair != "" {
			chair = r.cfg.StateName(x.Chair, r.lang)
		}
		tbl.Rows = append(tbl.Rows, []string{r.t.ShortDate(x.Date), r.kindLabel(schema.Body, x.Body), r.meetingTitle(x.Title, x.Body, x.Number.V, x.Number.Reported),
			place, chair, r.intOrNR(x.Decisions.V, x.Decisions.Reported)})
	}
	tbl.Total = []string{r.t.T("col.total"), "", "", "", "", r.amount(m.Decisions, false)}
	return append(blocks, r.capRows(tbl)), nil
}

// meetingTitle is a meeting's title in the edition's language (as
// written when no translation is known), or, when it has none, its
// ordinal and body.
func (r *renderer) meetingTitle(title, body string, n int64, numbered bool) string {
	if title != "" {
		return r.text(title)
	}
	if numbered {
		return r.ordinal(int(n)) + " " + r.kindLabel(schema.Body, body)
	}
	return r.kindLabel(schema.Body, body)
}
