package xlsx

import (
	"fmt"
	"strings"

	"ratsreport/report/model"
	"ratsreport/report/schema"
	"ratsreport/report/summary"
)

// This file adds the detail sheets of the Internet, training and
// meetings, and their key figures' formulas. A dataset with no record in
// any year has no sheet.

// planYear defines the three detail sheets (those with records in some
// year) in b.year3.
func (b *book) planYear() {
	s, l, cfg := b.in.Summary, b.lang, b.in.Config
	join := func(xs []string) string { return strings.Join(xs, listSep) }
	name := func(code string) string {
		if code == "" {
			return ""
		}
		return cfg.StateName(code, l)
	}
	header := func(sh *schema.Sheet, key string) string { return sh.Column(key).EN }
	if s.Online.Ever > 0 {
		os, on := schema.OnlineSheet, s.Online.Records
		b.online = &detail{name: os.EN, dataset: schema.Online, n: len(on), cols: []column{
			{"state", header(os, "state"), kText, func(i int) any { return on[i].State }},
			{"", b.t("xlsx.col.state_name"), kText, func(i int) any { return name(on[i].State) }},
			{"start", header(os, "start"), kDate, func(i int) any { return on[i].Start }},
			{"end", header(os, "end"), kDate, func(i int) any { return on[i].End }},
		}}
		for k, ind := range cfg.OnlineIndicators {
			kd := kInt
			if ind.Decimal() {
				kd = kDec
			}
			b.online.cols = append(b.online.cols, column{"ind:" + ind.Key, ind.Header.In("en"), kd, func(i int) any { return on[i].Values.At(k) }})
		}
		b.online.cols = append(b.online.cols, b.provenance(func(i int) (model.Origin, []model.Origin) { return on[i].Origin, on[i].Copies })...)
		b.year3 = append(b.year3, b.online)
	}
	if s.Training.Ever > 0 {
		ts, tr := schema.TrainingSheet, s.Training.Year
		b.train = &detail{name: ts.EN, dataset: schema.Training, n: len(tr), cols: []column{
			{"course", header(ts, "course"), kText, func(i int) any { return b.text(tr[i].Course) }},
			{"format", header(ts, "format"), kText, func(i int) any { return schema.TrainingFormat.Label(tr[i].Format, l) }},
			{"start", header(ts, "start"), kDate, func(i int) any { return tr[i].Start }},
			{"end", header(ts, "end"), kDate, func(i int) any { return tr[i].End }},
			{"host", header(ts, "host"), kText, func(i int) any { return tr[i].Host }},
			{"", b.t("xlsx.col.host_name"), kText, func(i int) any { return name(tr[i].Host) }},
			{"city", header(ts, "city"), kText, func(i int) any { return b.text(tr[i].City) }},
			{"organiser", header(ts, "organiser"), kText, func(i int) any {
				if tr[i].OrganiserState != "" {
					return name(tr[i].OrganiserState)
				}
				if tr[i].Organiser.Key != "" {
					return b.name(tr[i].Organiser)
				}
				return ""
			}},
			{"topic", header(ts, "topic"), kText, func(i int) any { return b.text(tr[i].Topic) }},
			{"participants", header(ts, "participants"), kInt, func(i int) any { return tr[i].Participants }},
			{"states", header(ts, "states"), kText, func(i int) any { return join(tr[i].States) }},
			{"hours", header(ts, "hours"), kInt, func(i int) any { return tr[i].Hours }},
			{"notes", header(ts, "notes"), kText, func(i int) any { return b.text(tr[i].Notes) }},
		}}
		b.train.cols = append(b.train.cols, b.provenance(func(i int) (model.Origin, []model.Origin) { return tr[i].Origin, tr[i].Copies })...)
		b.year3 = append(b.year3, b.train)
	}
	if s.Meetings.Ever > 0 {
		ms, me := schema.MeetingsSheet, s.Meetings.Year
		b.meet = &detail{name: ms.EN, dataset: schema.Meetings, n: len(me), cols: []column{
			{"body", header(ms, "body"), kText, func(i int) any { return schema.Body.Label(me[i].Body, l) }},
			{"number", header(ms, "number"), kInt, func(i int) any { return me[i].Number }},
			{"date", header(ms, "date"), kDate, func(i int) any { return me[i].Date }},
			{"city", header(ms, "city"), kText, func(i int) any { return b.text(me[i].City) }},
			{"country", header(ms, "country"), kText, func(i int) any { return me[i].Country }},
			{"", b.t("xlsx.col.country_name"), kText, func(i int) any { return name(me[i].Country) }},
			{"chair", header(ms, "chair"), kText, func(i int) any { return me[i].Chair }},
			{"decisions", header(ms, "decisions"), kInt, func(i int) any { return me[i].Decisions }},
			{"title", header(ms, "title"), kText, func(i int) any { return b.text(me[i].Title) }},
			{"notes", header(ms, "notes"), kText, func(i int) any { return b.text(me[i].Notes) }},
		}}
		b.meet.cols = append(b.meet.cols, b.provenance(func(i int) (model.Origin, []model.Origin) { return me[i].Origin, me[i].Copies })...)
		b.year3 = append(b.year3, b.meet)
	}
	for _, d := range b.year3 {
		d.written = min(d.n, b.maxRows-1)
	}
}

// yearFormula is keyFormula for the key figures of the three datasets.
func (b *book) yearFormula(f summary.Figure, sumOrNone func(string) string) (string, bool) {
	distinct := func(rng string) string {
		return fmt.Sprintf(`IF(COUNTA(%s)=0,0,SUMPRODUCT((%s<>"")/COUNTIF(%s,%s&"")))`, rng, rng, rng, rng)
	}
	switch f.Key {
	case "online.states":
		return distinct(b.online.rng("state")), b.online.complete()
	case "training.courses":
		return fmt.Sprintf("COUNTA(%s)", b.train.rng("course")), b.train.complete()
	case "training.participants":
		return sumOrNone(b.train.rng("participants")), b.train.complete()
	case "meetings.count":
		return fmt.Sprintf("COUNTA(%s)", b.meet.rng("body")), b.meet.complete()
	case "meetings.council":
		return fmt.Sprintf("COUNTIF(%s,%s)", b.meet.rng("body"), exactCriterion(schema.Body.Label(summary.CouncilBody, b.lang))), b.meet.complete()
	case "meetings.decisions":
		return sumOrNone(b.meet.rng("decisions")), b.meet.complete()
	}
	if f.Area == "online" && f.Indicator != "" && b.online != nil {
		return sumOrNone(b.online.rng("ind:" + f.Indicator)), b.online.complete()
	}
	if f.Key == "training.states" {
		return fmt.Sprintf(`COUNTIF(%s,">0")`, helperRange(b.byState, b.bsCourses(), len(b.stateRows))), true
	}
	return "", false
}

// stateYearHeads are the By state sheet's columns of the three datasets
// that have a sheet: online reports, training courses taken part in,
// meetings hosted.
func (b *book) stateYearHeads() []string {
	var heads []string
	if b.online != nil {
		heads = append(heads, b.t("xlsx.col.online_reports"))
	}
	if b.train != nil {
		heads = append(heads, b.t("xlsx.col.courses"))
	}
	if b.meet != nil {
		heads = append(heads, b.t("xlsx.col.meetings_hosted"))
	}
	return heads
}

// stateYearCells are a By state row's cells of stateYearHeads: formulas
// over the detail sheets, their values cached.
func (b *book) stateYearCells(r stateRow, code string) []any {
	var cells []any
	if d := b.online; d != nil {
		cells = append(cells, formulaCell(b.st.integer, fmt.Sprintf("COUNTIF(%s,%s)", d.rng("state"), code), d.complete(), r.online))
	}
	if d := b.train; d != nil {
		cells = append(cells, formulaCell(b.st.integer, fmt.Sprintf(`COUNTIF(%s,"*"&%s&"*")`, d.rng("states"), code), d.complete(), r.courses))
	}
	if d := b.meet; d != nil {
		cells = append(cells, formulaCell(b.st.integer, fmt.Sprintf("COUNTIF(%s,%s)", d.rng("country"), code), d.complete(), r.meetings))
	}
	return cells
}

// bsCourses is the By state column of training courses taken part in (0
// without a Training sheet).
func (b *book) bsCourses() int {
	if b.train == nil {
		return 0
	}
	c := b.bsSessions() + 1
	if b.online != nil {
		c++
	}
	return c
}
