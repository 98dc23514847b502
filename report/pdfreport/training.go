package pdfreport

import (
	"fmt"

	"ratsreport/report/chart"
	"ratsreport/report/model"
	"ratsreport/report/pdfdoc"
	"ratsreport/report/schema"
)

// training is the section on the training of the competent authorities'
// personnel: the year's courses and the trainees by host state.
func (r *renderer) training() ([]pdfdoc.Block, error) {
	t := r.s.Training
	if t.Ever == 0 {
		return nil, nil
	}
	if b := r.absent("section.training", "narrative.training_absent", len(t.Year), t.Years); b != nil {
		return b, nil
	}
	p, err := r.narrative("narrative.training", map[string]any{"Year": r.s.Year, "Courses": len(t.Year),
		"Participants": t.Participants.Whole(), "ParticipantsReported": t.Participants.Reported, "Missing": t.Participants.Missing,
		"States": len(t.States), "Hours": t.Hours.Whole()})
	if err != nil {
		return nil, err
	}
	blocks := []pdfdoc.Block{r.h1("section.training"), p, r.h2("subsection.training_year", "year", r.year())}
	tbl := pdfdoc.Table{Columns: []pdfdoc.Column{
		{Header: r.t.T("col.course"), Width: 3.2},
		{Header: r.t.T("col.format"), Width: 1.3},
		{Header: r.t.T("col.dates"), Width: 1.5},
		{Header: r.t.T("col.host"), Width: 1.7},
		{Header: r.t.T("col.organiser"), Width: 1.7},
		{Header: r.t.T("col.participants_n"), Width: 1.2, Align: pdfdoc.AlignRight},
		{Header: r.t.T("col.hours"), Width: 0.9, Align: pdfdoc.AlignRight},
	}}
	for _, x := range t.Year {
		host := r.cfg.StateName(x.Host, r.lang)
		if x.City != "" {
			host += " (" + r.text(x.City) + ")"
		}
		tbl.Rows = append(tbl.Rows, []string{r.text(x.Course), r.kindLabel(schema.TrainingFormat, x.Format), r.t.DateRange(x.Start, x.End), host,
			r.organiser(&x), r.intOrNR(x.Participants.V, x.Participants.Reported), r.intOrNR(x.Hours.V, x.Hours.Reported)})
	}
	tbl.Total = []string{r.t.T("col.total"), "", "", "", "", r.amount(t.Participants, false), r.amount(t.Hours, false)}
	blocks = append(blocks, r.capRows(tbl))
	if len(t.States) > 0 {
		blocks = append(blocks, pdfdoc.Paragraph(r.t.T("col.trainee_states")+": "+r.stateNames(t.States)+"."))
	}

	// Chart: trainees by host state (the records give trainees per
	// course, not per sending state).
	var cats []string
	s := chart.Series{Name: r.t.T("col.participants_n")}
	for _, h := range t.ByHost {
		cats = append(cats, r.cfg.StateName(h.Code, r.lang))
		s.Values = append(s.Values, h.Value.Float())
		s.Missing = append(s.Missing, !h.Value.Reported)
	}
	blocks = append(blocks, r.h2("subsection.training_chart"))
	png, err := r.chartStyle(0).HorizontalBar(chart.Bars{Categories: cats, Series: []chart.Series{s}})
	if err != nil {
		return nil, fmt.Errorf("training chart: %w", err)
	}
	return append(blocks, r.image(png, r.t.Sub("chart.trainees_by_state", "year", r.year()))), nil
}

// organiser prints a training's organiser: the state's name or the
// organisation's short name.
func (r *renderer) organiser(x *model.Training) string {
	switch {
	case x.OrganiserState != "":
		return r.cfg.StateName(x.OrganiserState, r.lang)
	case x.Organiser.Key != "":
		return r.short(x.Organiser)
	}
	return ""
}
