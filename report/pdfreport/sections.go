package pdfreport

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"ratsreport/report/chart"
	"ratsreport/report/diag"
	"ratsreport/report/pdfdoc"
	"ratsreport/report/schema"
	"ratsreport/report/summary"
)

// headline lists the key figures shown as panels, one per area; the
// tables below them give every key figure.
var headline = []string{"exercises.count", "border.violators", "conference.participants", "agreements.signed"}

func (r *renderer) keyFigures() ([]pdfdoc.Block, error) {
	blocks := []pdfdoc.Block{r.h1("section.key_figures")}
	p, err := r.narrative("narrative.key_figures", map[string]any{"Year": r.s.Year, "Prev": r.s.Year - 1})
	if err != nil {
		return nil, err
	}
	blocks = append(blocks, p)
	var panels []pdfdoc.KeyFigure
	for _, key := range headline {
		f, ok := r.s.Figure(key)
		if !ok {
			continue
		}
		abs, pct := r.change(f.Change, f.Decimal)
		note := r.t.Sub("change.vs", "year", r.prevYear(), "value", r.amount(f.Prev, f.Decimal)) + " · " + abs
		if pct != "" {
			note += " (" + pct + ")"
		}
		panels = append(panels, pdfdoc.KeyFigure{Label: r.figureLabel(f), Value: r.amount(f.Value, f.Decimal), Note: note})
	}
	blocks = append(blocks, pdfdoc.KeyFigures{Figures: panels, Columns: 4})
	areas := []struct{ area, title string }{
		{"exercises", "section.exercises"}, {"border", "section.border"},
		{"conference", "section.conference"}, {"agreements", "section.agreements"},
		{"online", "section.online"}, {"training", "section.training"}, {"meetings", "section.meetings"},
	}
	for _, a := range areas {
		if !slices.ContainsFunc(r.s.Key, func(f summary.Figure) bool { return f.Area == a.area }) {
			continue // a dataset without records in any year
		}
		tbl := pdfdoc.Table{
			Title: r.t.T(a.title),
			Columns: []pdfdoc.Column{
				{Header: r.t.T("col.figure"), Width: 4.2},
				{Header: r.year(), Width: 1.3, Align: pdfdoc.AlignRight},
				{Header: r.prevYear(), Width: 1.3, Align: pdfdoc.AlignRight},
				{Header: r.t.T("col.change"), Width: 1.5, Align: pdfdoc.AlignRight},
				{Header: "%", Width: 1, Align: pdfdoc.AlignRight},
			},
		}
		for _, f := range r.s.Key {
			if f.Area != a.area {
				continue
			}
			abs, pct := r.change(f.Change, f.Decimal)
			label := r.figureLabel(f)
			if f.Value.Missing > 0 && f.Value.Reported {
				label += " (" + r.t.Sub("change.missing", "n", r.t.Int(int64(f.Value.Missing))) + ")"
			}
			tbl.Rows = append(tbl.Rows, []string{label, r.amount(f.Value, f.Decimal), r.amount(f.Prev, f.Decimal), abs, pct})
		}
		blocks = append(blocks, tbl)
	}
	return blocks, nil
}

func (r *renderer) exercises() ([]pdfdoc.Block, error) {
	e := r.s.Exercises
	first := r.s.Year
	if len(e.PerYear) > 0 {
		first = e.PerYear[0].Year
	}
	p, err := r.narrative("narrative.exercises", map[string]any{"Year": r.s.Year, "Count": len(e.Year), "States": len(e.States),
		"Personnel": e.Personnel.Whole(), "Prev": e.PrevCount, "PrevYear": r.s.Year - 1, "First": first, "Total": e.ToDate})
	if err != nil {
		return nil, err
	}
	blocks := []pdfdoc.Block{r.h1("section.exercises"), p, r.h2("subsection.exercises_year", "year", r.year())}
	if len(e.Year) == 0 {
		blocks = append(blocks, pdfdoc.Paragraph(r.t.Sub("narrative.no_records", "year", r.year())))
	} else {
		tbl := pdfdoc.Table{Columns: []pdfdoc.Column{
			{Header: r.t.T("col.name"), Width: 2.4},
			{Header: r.t.T("col.dates"), Width: 1.5},
			{Header: r.t.T("col.host"), Width: 1.8},
			{Header: r.t.T("col.participants"), Width: 2.1},
			{Header: r.t.T("col.kind"), Width: 1.2},
			{Header: r.t.T("col.threat"), Width: 1.7},
			{Header: r.t.T("col.personnel"), Width: 1.3, Align: pdfdoc.AlignRight},
		}}
		for _, x := range e.Year {
			pers := r.t.T("col.not_reported")
			if x.Personnel.Reported {
				pers = r.t.Int(x.Personnel.V)
			}
			host := r.cfg.StateName(x.Host, r.lang)
			if x.Location != "" {
				host += " (" + r.text(x.Location) + ")"
			}
			tbl.Rows = append(tbl.Rows, []string{r.name(x.Name), r.t.DateRange(x.Start, x.End), host, r.stateNames(x.Participants),
				r.kindLabel(schema.ExerciseKind, x.Kind), r.kindLabel(schema.Threat, x.Threat), pers})
		}
		blocks = append(blocks, r.capRows(tbl))
	}
	blocks = append(blocks, r.h2("subsection.exercises_trend"))
	var cats []string
	var vals []float64
	for _, yc := range e.PerYear {
		cats = append(cats, strconv.Itoa(yc.Year))
		vals = append(vals, yc.Value.Float())
	}
	png, err := r.chartStyle(0).Bar(chart.Bars{Categories: cats,
		Series: []chart.Series{{Name: r.t.T("chart.exercises_per_year"), Values: vals}}})
	if err != nil {
		return nil, fmt.Errorf("exercises chart: %w", err)
	}
	blocks = append(blocks, r.image(png, r.t.T("chart.exercises_per_year")))
	return blocks, nil
}

func (r *renderer) border() ([]pdfdoc.Block, error) {
	b := r.s.Border
	reporting := b.Reporting()
	figure := func(key string) int64 {
		if i := r.cfg.IndicatorIndex(key); i >= 0 {
			return b.Total[i].Whole()
		}
		return 0
	}
	p, err := r.narrativeCovered(schema.Border, "narrative.border", map[string]any{"Year": r.s.Year, "States": len(reporting), "Operations": len(b.Operations),
		"Reports": b.Reports, "Violators": figure("violators"), "Firearms": figure("firearms"), "Missing": b.Missing})
	if err != nil {
		return nil, err
	}
	blocks := []pdfdoc.Block{r.h1("section.border"), p}
	if b.Reports == 0 {
		return append(blocks, pdfdoc.Paragraph(r.t.Sub("narrative.no_records", "year", r.year()))), nil
	}
	decimal := func(i int) bool { return r.cfg.Indicators[i].Decimal() }

	// Totals per operation: indicators down, operations across.
	blocks = append(blocks, r.h2("subsection.border_ops"))
	cols := []pdfdoc.Column{{Header: r.t.T("col.indicator"), Width: 3.4}}
	for _, op := range b.ByOp {
		cols = append(cols, pdfdoc.Column{Header: r.short(op.Operation), Width: 1.4, Align: pdfdoc.AlignRight})
	}
	if len(b.ByOp) > 1 {
		cols = append(cols, pdfdoc.Column{Header: r.t.T("col.total"), Width: 1.4, Align: pdfdoc.AlignRight})
	}
	tbl := pdfdoc.Table{Columns: cols}
	reports := []string{r.t.T("col.reports")}
	for _, op := range b.ByOp {
		reports = append(reports, r.t.Int(int64(op.Reports)))
	}
	if len(b.ByOp) > 1 {
		reports = append(reports, r.t.Int(int64(b.Reports)))
	}
	tbl.Rows = append(tbl.Rows, reports)
	for i := range r.cfg.Indicators {
		row := []string{r.indicatorHeader(i)}
		for _, op := range b.ByOp {
			row = append(row, r.amount(op.Values[i], decimal(i)))
		}
		if len(b.ByOp) > 1 {
			row = append(row, r.amount(b.Total[i], decimal(i)))
		}
		tbl.Rows = append(tbl.Rows, row)
	}
	blocks = append(blocks, tbl)

	// Totals per reporting state: states down, indicators across, in
	// groups narrow enough for the page; each group with its total row.
	blocks = append(blocks, r.h2("subsection.border_states"))
	const perTable = 5
	for start := 0; start < len(r.cfg.Indicators); start += perTable {
		end := min(start+perTable, len(r.cfg.Indicators))
		cols := []pdfdoc.Column{{Header: r.t.T("col.state"), Width: 2}}
		for i := start; i < end; i++ {
			cols = append(cols, pdfdoc.Column{Header: r.indicatorHeader(i), Width: 1.6, Align: pdfdoc.AlignRight})
		}
		tbl := pdfdoc.Table{Columns: cols}
		for _, st := range reporting {
			row := []string{r.cfg.StateName(st.Name, r.lang)}
			for i := start; i < end; i++ {
				row = append(row, r.amount(st.Values[i], decimal(i)))
			}
			tbl.Rows = append(tbl.Rows, row)
		}
		total := []string{r.t.T("col.total")}
		for i := start; i < end; i++ {
			total = append(total, r.amount(b.Total[i], decimal(i)))
		}
		tbl.Total = total
		blocks = append(blocks, tbl)
	}

	// Year over year, every indicator.
	blocks = append(blocks, r.h2("subsection.border_yoy"))
	yoy := pdfdoc.Table{Columns: []pdfdoc.Column{
		{Header: r.t.T("col.indicator"), Width: 3.6},
		{Header: r.prevYear(), Width: 1.3, Align: pdfdoc.AlignRight},
		{Header: r.year(), Width: 1.3, Align: pdfdoc.AlignRight},
		{Header: r.t.T("col.change"), Width: 1.4, Align: pdfdoc.AlignRight},
		{Header: "%", Width: 1, Align: pdfdoc.AlignRight},
	}}
	for i, f := range b.Indicators {
		abs, pct := r.change(f.Change, f.Decimal)
		yoy.Rows = append(yoy.Rows, []string{r.indicatorHeader(i), r.amount(f.Prev, f.Decimal), r.amount(f.Value, f.Decimal), abs, pct})
	}
	blocks = append(blocks, yoy)

	// Chart: the main indicators by state.
	var cats []string
	var series []chart.Series
	for i, ind := range r.cfg.Indicators {
		if !ind.Main {
			continue
		}
		s := chart.Series{Name: ind.Label.In(r.lang)}
		for _, st := range reporting {
			s.Values = append(s.Values, st.Values[i].Float())
			s.Missing = append(s.Missing, !st.Values[i].Reported)
		}
		series = append(series, s)
	}
	for _, st := range reporting {
		cats = append(cats, r.cfg.StateName(st.Name, r.lang))
	}
	title := r.t.Sub("chart.main_indicators", "year", r.year())
	blocks = append(blocks, r.h2("subsection.border_chart"))
	png, err := r.chartStyle(1200).HorizontalBar(chart.Bars{Categories: cats, Series: series})
	if err != nil {
		return nil, fmt.Errorf("border chart: %w", err)
	}
	blocks = append(blocks, r.image(png, title))
	return blocks, nil
}

func (r *renderer) conference() ([]pdfdoc.Block, error) {
	c := r.s.Conference
	blocks := []pdfdoc.Block{r.h1("section.conference")}
	data := map[string]any{"Year": r.s.Year, "Editions": len(c.Editions)}
	if len(c.Editions) > 0 {
		e := c.Editions[0]
		data["Ordinal"] = r.ordinal(e.Number)
		data["City"] = r.text(e.City)
		data["Dates"] = r.t.DateRange(e.Start, e.End)
		data["Theme"] = r.text(e.Theme)
		data["Sessions"] = len(e.Sessions)
		data["Participants"] = e.Participants.Whole()
		data["States"] = len(e.States)
		data["Organisations"] = len(e.Organisations)
	}
	p, err := r.narrative("narrative.conference", data)
	if err != nil {
		return nil, err
	}
	blocks = append(blocks, p)
	for _, e := range c.Editions {
		blocks = append(blocks, r.h2("subsection.conference_sessions"))
		tbl := pdfdoc.Table{
			Title: fmt.Sprintf("%s %d · %s · %s", r.t.T("col.edition"), e.Number, r.text(e.City), r.t.DateRange(e.Start, e.End)),
			Columns: []pdfdoc.Column{
				{Header: r.t.T("col.session"), Width: 4},
				{Header: r.t.T("col.format"), Width: 1.6},
				{Header: r.t.T("col.date"), Width: 1.4},
				{Header: r.t.T("col.participants_n"), Width: 1.3, Align: pdfdoc.AlignRight},
				{Header: r.t.T("col.papers"), Width: 1, Align: pdfdoc.AlignRight},
			},
		}
		for _, s := range e.Sessions {
			tbl.Rows = append(tbl.Rows, []string{r.text(s.Title), r.kindLabel(schema.Format, s.Format), r.t.ShortDate(s.Date),
				r.intOrNR(s.Participants.V, s.Participants.Reported), r.intOrNR(s.Papers.V, s.Papers.Reported)})
		}
		tbl.Total = []string{r.t.T("col.total"), "", "", r.amount(e.Participants, false), r.amount(e.Papers, false)}
		blocks = append(blocks, r.capRows(tbl))
		blocks = append(blocks,
			pdfdoc.Paragraph(r.t.T("col.states")+": "+r.stateNames(e.States)+"."),
			pdfdoc.Paragraph(r.t.T("col.organisations")+": "+r.capList(r.shorts(e.Organisations), maxListed)+"."))
	}
	blocks = append(blocks, r.h2("subsection.conference_trend"))
	var cats []string
	s := chart.Series{Name: r.t.T("col.participants_n")}
	for _, ec := range c.PerEdition {
		cats = append(cats, r.t.Sub("chart.edition_label", "n", strconv.Itoa(ec.Number), "year", strconv.Itoa(ec.Year)))
		s.Values = append(s.Values, ec.Participants.Float())
		s.Missing = append(s.Missing, !ec.Participants.Reported)
	}
	if len(cats) == 0 {
		return append(blocks, pdfdoc.Paragraph(r.t.Sub("narrative.no_records", "year", r.year()))), nil
	}
	title := r.t.T("chart.participants_per_edition")
	png, err := r.chartStyle(0).Bar(chart.Bars{Categories: cats, Series: []chart.Series{s}})
	if err != nil {
		return nil, fmt.Errorf("conference chart: %w", err)
	}
	return append(blocks, r.image(png, title)), nil
}

func (r *renderer) intOrNR(v int64, ok bool) string {
	if !ok {
		return r.t.T("col.not_reported")
	}
	return r.t.Int(v)
}

// maxRows is how many records a table of the report lists; the rest are
// counted in a note (the workbook and check list them all). The report
// shows aggregates, so its size does not grow with the detail.
const maxRows = 100

// capRows keeps the first maxRows rows of a table and says how many
// more there are. Totals stay those of all the rows.
func (r *renderer) capRows(t pdfdoc.Table) pdfdoc.Table {
	if len(t.Rows) <= maxRows {
		return t
	}
	more := r.t.Sub("doc.more_rows", "n", r.t.Int(int64(len(t.Rows)-maxRows)))
	t.Rows = t.Rows[:maxRows]
	if t.Note != "" {
		more = t.Note + " " + more
	}
	t.Note = more
	return t
}

// maxListed is how many names a table cell or paragraph lists before
// saying how many more there are: a table row must fit on a page, and
// the workbook lists them all.
const maxListed = 40

// capList joins up to max items and says how many are left out.
func (r *renderer) capList(items []string, max int) string {
	if len(items) <= max {
		return joinList(items, r.listSep())
	}
	return joinList(items[:max], r.listSep()) + " " + r.t.Sub("doc.and_more", "n", r.t.Int(int64(len(items)-max)))
}

func joinList(items []string, sep string) string {
	out := ""
	for i, s := range items {
		if i > 0 {
			out += sep
		}
		out += s
	}
	return out
}

// ordinal formats an edition number as the language writes ordinals.
func (r *renderer) ordinal(n int) string {
	suffix := r.t.T("ordinal.suffix_other")
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = r.t.T("ordinal.suffix_1")
		case 2:
			suffix = r.t.T("ordinal.suffix_2")
		case 3:
			suffix = r.t.T("ordinal.suffix_3")
		}
	}
	return r.t.Sub("ordinal.pattern", "n", strconv.Itoa(n), "suffix", suffix)
}

func (r *renderer) agreements() ([]pdfdoc.Block, error) {
	a := r.s.Agreements
	p, err := r.narrative("narrative.agreements", map[string]any{"Year": r.s.Year, "Signed": len(a.Signed), "Partners": a.PartnerCount, "Contacts": len(a.Contacts)})
	if err != nil {
		return nil, err
	}
	blocks := []pdfdoc.Block{r.h1("section.agreements"), p, r.h2("subsection.agreements_signed", "year", r.year())}
	if len(a.Signed) == 0 {
		blocks = append(blocks, pdfdoc.Paragraph(r.t.Sub("narrative.no_records", "year", r.year())))
	} else {
		tbl := pdfdoc.Table{Columns: []pdfdoc.Column{
			{Header: r.t.T("col.signed"), Width: 1.3},
			{Header: r.t.T("col.counterparty"), Width: 2.2},
			{Header: r.t.T("col.document"), Width: 1.4},
			{Header: r.t.T("col.title"), Width: 3.2},
			{Header: r.t.T("col.place"), Width: 1.3},
		}}
		for _, x := range a.Signed {
			tbl.Rows = append(tbl.Rows, []string{r.t.ShortDate(x.Signed), joinList(r.shorts(x.Counterparties), "; "), r.kindLabel(schema.Document, x.Document), r.text(x.Title), r.text(x.Place)})
		}
		blocks = append(blocks, r.capRows(tbl))
	}
	blocks = append(blocks, r.h2("subsection.agreements_partners"))
	ptbl := pdfdoc.Table{Columns: []pdfdoc.Column{
		{Header: r.t.T("col.counterparty_type"), Width: 2.6},
		{Header: r.t.T("col.count"), Width: 0.9, Align: pdfdoc.AlignRight},
		{Header: r.t.T("col.partners"), Width: 5},
	}}
	for _, pt := range a.Partners {
		ptbl.Rows = append(ptbl.Rows, []string{r.kindLabel(schema.CounterpartyType, pt.Type), r.t.Int(int64(pt.Count)), r.capList(r.shorts(pt.Names), maxListed)})
	}
	ptbl.Total = []string{r.t.T("col.total"), r.t.Int(int64(a.PartnerCount)), ""}
	blocks = append(blocks, ptbl, r.h2("subsection.agreements_contacts"))
	if len(a.Contacts) == 0 {
		return append(blocks, pdfdoc.Paragraph(r.t.T("narrative.no_contacts"))), nil
	}
	ctbl := pdfdoc.Table{Columns: []pdfdoc.Column{
		{Header: r.t.T("col.counterparty"), Width: 2.4},
		{Header: r.t.T("col.counterparty_type"), Width: 2},
		{Header: r.t.T("col.status"), Width: 1.5},
		{Header: r.t.T("col.title"), Width: 3},
	}}
	for _, x := range a.Contacts {
		ctbl.Rows = append(ctbl.Rows, []string{joinList(r.shorts(x.Counterparties), "; "), r.kindLabel(schema.CounterpartyType, x.CounterpartyType), r.kindLabel(schema.Status, x.Status), r.text(x.Title)})
	}
	return append(blocks, r.capRows(ctbl)), nil
}

func (r *renderer) annex() ([]pdfdoc.Block, error) {
	rows := r.s.SourceRows
	p, err := r.narrative("narrative.sources", map[string]any{"Files": len(r.s.Sources), "Rows": rows})
	if err != nil {
		return nil, err
	}
	blocks := append([]pdfdoc.Block{r.h1("section.annex")}, r.chronology()...)
	blocks = append(blocks, r.h2("section.sources"), p)
	src := pdfdoc.Table{Columns: []pdfdoc.Column{
		{Header: r.t.T("col.file"), Width: 3.2},
		{Header: r.t.T("col.sha"), Width: 1.8},
		{Header: r.t.T("col.sheets"), Width: 2.6},
		{Header: r.t.T("col.rows"), Width: 1, Align: pdfdoc.AlignRight},
	}}
	for _, s := range r.s.Sources {
		var sheets []string
		n := 0
		for _, sh := range s.Sheets {
			if sh.Dataset != "" {
				// The footnotes below the sheet's table qualify its figures
				// ("* preliminary data"): they go with the sheet's name.
				name := sh.Name
				if len(sh.Footnotes) > 0 {
					notes := make([]string, len(sh.Footnotes))
					for i, n := range sh.Footnotes {
						notes[i] = r.text(n)
					}
					name += " (" + strings.Join(notes, "; ") + ")"
				}
				sheets = append(sheets, name)
				n += sh.Rows
			}
		}
		sort.Strings(sheets)
		src.Rows = append(src.Rows, []string{s.Path, s.SHA256[:min(12, len(s.SHA256))], joinList(sheets, "; "), r.t.Int(int64(n))})
	}
	src.Total = []string{r.t.T("col.total"), "", "", r.t.Int(int64(rows))}
	blocks = append(blocks, src, r.h2("section.warnings"))
	if len(r.in.Warnings) == 0 {
		blocks = append(blocks, pdfdoc.Paragraph(r.t.T("narrative.warnings_none")))
	} else {
		p, err := r.narrative("narrative.warnings", map[string]any{"N": len(r.in.Warnings)})
		if err != nil {
			return nil, err
		}
		wt := pdfdoc.Table{Columns: []pdfdoc.Column{
			{Header: r.t.T("col.location"), Width: 3},
			{Header: r.t.T("col.message"), Width: 5},
		}}
		for _, w := range r.in.Warnings {
			if w.Severity != diag.Warning {
				continue
			}
			wt.Rows = append(wt.Rows, []string{w.Location(), w.Message})
		}
		blocks = append(blocks, p, r.capRows(wt))
	}
	m, err := r.narrative("narrative.methodology", nil)
	if err != nil {
		return nil, err
	}
	blocks = append(blocks, r.h2("section.methodology"), m)
	cov, err := r.coverageBlocks()
	if err != nil {
		return nil, err
	}
	blocks = append(blocks, cov...)
	return append(blocks, r.abbreviations()...), nil
}
