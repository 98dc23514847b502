package pdfreport

import (
	"fmt"
	"strconv"
	"strings"

	"ratsreport/report/chart"
	"ratsreport/report/model"
	"ratsreport/report/pdfdoc"
	"ratsreport/report/summary"
)

// absent returns the one sentence of a dataset that has records in other
// years but none in the reporting year, under its heading; nil when it
// has records this year. A dataset with no record in any year is left out
// by the caller.
func (r *renderer) absent(section, key string, thisYear int, years []int) []pdfdoc.Block {
	if thisYear > 0 {
		return nil
	}
	return []pdfdoc.Block{r.h1(section), pdfdoc.Paragraph(r.t.Sub(key, "year", r.year(), "years", model.Spans(years)))}
}

func (r *renderer) onlineHeader(i int) string {
	ind := r.cfg.OnlineIndicators[i]
	return r.withUnit(ind.Label.In(r.lang), ind.Unit.In(r.lang))
}

// online is the section on countering the use of the Internet for
// terrorist purposes: the states' figures, the year over year change and
// the main indicators by year.
func (r *renderer) online() ([]pdfdoc.Block, error) {
	o := r.s.Online
	if o.Ever == 0 {
		return nil, nil
	}
	if b := r.absent("section.online", "narrative.online_absent", len(o.Records), o.Years); b != nil {
		return b, nil
	}
	reporting := o.Reporting()
	var main []string
	for i, ind := range r.cfg.OnlineIndicators {
		if ind.Main {
			main = append(main, r.t.Sub("format.figure_of", "label", ind.Label.In(r.lang), "value", r.amount(o.Total[i], ind.Decimal())))
		}
	}
	p, err := r.narrative("narrative.online", map[string]any{"Year": r.s.Year, "States": len(reporting),
		"Main": strings.Join(main, r.t.T("format.clause_sep")), "Missing": o.Missing})
	if err != nil {
		return nil, err
	}
	blocks := []pdfdoc.Block{r.h1("section.online"), p, r.h2("subsection.online_states")}
	cols := []pdfdoc.Column{{Header: r.t.T("col.state"), Width: 2}}
	for i := range r.cfg.OnlineIndicators {
		cols = append(cols, pdfdoc.Column{Header: r.onlineHeader(i), Width: 1.5, Align: pdfdoc.AlignRight})
	}
	tbl := pdfdoc.Table{Columns: cols}
	for _, st := range reporting {
		row := []string{r.cfg.StateName(st.Name, r.lang)}
		for i, ind := range r.cfg.OnlineIndicators {
			row = append(row, r.amount(st.Values[i], ind.Decimal()))
		}
		tbl.Rows = append(tbl.Rows, row)
	}
	total := []string{r.t.T("col.total")}
	for i, ind := range r.cfg.OnlineIndicators {
		total = append(total, r.amount(o.Total[i], ind.Decimal()))
	}
	tbl.Total = total
	blocks = append(blocks, tbl, r.h2("subsection.online_yoy"), r.yoyTable(o.Indicators, r.onlineHeader))

	// Chart: each main indicator by year, one small chart each (their
	// scales differ by an order of magnitude).
	blocks = append(blocks, r.h2("subsection.online_trend"))
	for i, ind := range r.cfg.OnlineIndicators {
		if !ind.Main {
			continue
		}
		var cats []string
		s := chart.Series{Name: ind.Label.In(r.lang)}
		for _, yc := range o.PerYear[i] {
			cats = append(cats, strconv.Itoa(yc.Year))
			s.Values = append(s.Values, yc.Value.Float())
			s.Missing = append(s.Missing, !yc.Value.Reported)
		}
		png, err := r.chartStyle(560).Bar(chart.Bars{Categories: cats, Series: []chart.Series{s}})
		if err != nil {
			return nil, fmt.Errorf("online chart: %w", err)
		}
		blocks = append(blocks, r.image(png, r.t.Sub("chart.online_per_year", "label", r.onlineHeader(i))))
	}
	return blocks, nil
}

// yoyTable is a year-over-year table of figures, one row each, labelled
// by header(i).
func (r *renderer) yoyTable(figs []summary.Figure, header func(i int) string) pdfdoc.Table {
	yoy := pdfdoc.Table{Columns: []pdfdoc.Column{
		{Header: r.t.T("col.indicator"), Width: 3.6},
		{Header: r.prevYear(), Width: 1.3, Align: pdfdoc.AlignRight},
		{Header: r.year(), Width: 1.3, Align: pdfdoc.AlignRight},
		{Header: r.t.T("col.change"), Width: 1.4, Align: pdfdoc.AlignRight},
		{Header: "%", Width: 1, Align: pdfdoc.AlignRight},
	}}
	for i, f := range figs {
		abs, pct := r.change(f.Change, f.Decimal)
		yoy.Rows = append(yoy.Rows, []string{header(i), r.amount(f.Prev, f.Decimal), r.amount(f.Value, f.Decimal), abs, pct})
	}
	return yoy
}
