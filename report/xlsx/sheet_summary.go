package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/schema"
	"ratsreport/report/summary"
	"ratsreport/report/value"
)

// The Summary sheet's key-figure table: its columns.
const (
	sumArea = iota + 1
	sumFigure
	sumUnit
	sumValue
	sumPrev
	sumChange
	sumPercent
	sumRemark
	sumKey
)

// keyFormula returns the formula of a key figure over the detail and
// helper sheets, and whether it may be written: a formula over a detail
// sheet that could not hold all its records would disagree with the
// summary, so the figure is then written as a value.
func (b *book) keyFormula(f summary.Figure) (string, bool) {
	nr := strLit(b.t("change.not_reported"))
	// sumOrNone totals a column, or says "not reported" when no cell of it
	// holds a number (empty is not zero).
	sumOrNone := func(rng string) string {
		return fmt.Sprintf("IF(COUNT(%s)=0,%s,SUM(%s))", rng, nr, rng)
	}
	positive := func(sheet string, col, n int) string {
		return fmt.Sprintf(`COUNTIF(%s,">0")`, helperRange(sheet, col, n))
	}
	ex, bo, co, ag := b.ex, b.border, b.conf, b.agr
	switch f.Key {
	case "exercises.count":
		return fmt.Sprintf("COUNTA(%s)", ex.rng("name")), ex.complete()
	case "exercises.states":
		return positive(b.byState, bsTookPart, len(b.stateRows)), true
	case "exercises.personnel":
		return sumOrNone(ex.rng("personnel")), ex.complete()
	case "border.operations":
		return positive(b.byOp, 2, len(b.opRows)), true
	case "border.states":
		return positive(b.byState, bsReports, len(b.stateRows)), true
	case "conference.sessions":
		return fmt.Sprintf("COUNTA(%s)", co.rng("session")), co.complete()
	case "conference.participants":
		return sumOrNone(co.rng("participants")), co.complete()
	case "conference.states":
		return positive(b.byState, b.bsSessions(), len(b.stateRows)), true
	case "conference.organisations":
		return positive(b.orgs, 2, len(b.orgRows)), true
	case "agreements.signed":
		var parts []string
		for _, st := range schema.ConcludedStatuses {
			parts = append(parts, fmt.Sprintf(`COUNTIFS(%s,%s,%s,">="&DATE(%d,1,1),%s,"<="&DATE(%d,12,31))`,
				ag.rng("status"), exactCriterion(schema.Status.Label(st, b.lang)), ag.rng("signed"), b.year, ag.rng("signed"), b.year))
		}
		return strings.Join(parts, "+"), ag.complete()
	case "agreements.partners":
		return positive(b.partners, 3, len(b.partRows)), true
	case "agreements.contacts":
		var parts []string
		for _, st := range schema.OpenStatuses {
			parts = append(parts, fmt.Sprintf("COUNTIF(%s,%s)", ag.rng("status"), exactCriterion(schema.Status.Label(st, b.lang))))
		}
		return strings.Join(parts, "+"), ag.complete()
	}
	if f.Area == "online" || f.Area == "training" || f.Area == "meetings" {
		return b.yearFormula(f, sumOrNone)
	}
	if f.Indicator != "" && b.in.Config.IndicatorIndex(f.Indicator) >= 0 {
		return sumOrNone(bo.rng("ind:" + f.Indicator)), bo.complete()
	}
	return "", false
}

// figureLabel is a key figure's label: the language's text, or for a
// border indicator its label from the configuration.
func (b *book) figureLabel(f summary.Figure) (label, unit string) {
	if i := b.in.Config.OnlineIndicatorIndex(f.Indicator); f.Area == "online" && f.Indicator != "" && i >= 0 {
		x := b.in.Config.OnlineIndicators[i]
		label, unit = x.Label.In(b.lang), x.Unit.In(b.lang)
	} else if i := b.in.Config.IndicatorIndex(f.Indicator); f.Indicator != "" && i >= 0 {
		x := b.in.Config.Indicators[i]
		label, unit = x.Label.In(b.lang), x.Unit.In(b.lang)
	}
	if b.in.Texts.Has("figure." + f.Key) {
		label = b.t("figure." + f.Key)
	}
	if label == "" {
		label = f.Key
	}
	return label, unit
}

// amount is a key figure's value as written: a number (whole, or with
// decimals for kg) or the "not reported" text.
func (b *book) amount(a summary.Amount, decimal bool) any {
	switch {
	case !a.Reported:
		return b.t("change.not_reported")
	}
	return number(a.Milli, decimal)
}

// change returns the cached values of the change columns, as their
// formulas compute them: the difference when both years are reported, the
// ratio when the previous year is also not zero; "" otherwise.
func change(f summary.Figure) (abs, pct any) {
	abs, pct = "", ""
	if !f.Value.Reported || !f.Prev.Reported {
		return abs, pct
	}
	d := f.Value.Milli - f.Prev.Milli
	abs = number(d, f.Decimal)
	if f.Prev.Milli != 0 {
		pct = float64(d) / float64(f.Prev.Milli)
	}
	return abs, pct
}

// remark explains a figure's change and its gaps in words.
func (b *book) remark(f summary.Figure) string {
	var parts []string
	switch f.Change.Kind {
	case summary.New:
		parts = append(parts, b.t("change.new"))
	case summary.NoBase:
		parts = append(parts, b.t("change.no_base"))
	case summary.Same:
		parts = append(parts, b.t("change.same"))
	}
	if f.Value.Missing > 0 {
		parts = append(parts, b.t("change.missing", "n", b.in.Texts.Int(int64(f.Value.Missing))))
	}
	return strings.Join(parts, "; ")
}

// summaryWidths returns the Summary sheet's column widths.
func summaryWidths() []float64 { return []float64{24, 44, 10, 15, 15, 14, 11, 28, 26} }

// writeSummary writes the report's metadata, the key figures and the
// notes that explain them.
func (b *book) writeSummary() error {
	ws := summaryWidths()
	for _, f := range b.in.Summary.Key {
		ws[sumArea-1] = max(ws[sumArea-1], min(textWidth(b.t("xlsx.area."+f.Area))+2, 40))
	}
	b.planPrint(b.summary, ws, sumRemark, 2)
	w, err := b.stream(b.summary)
	if err != nil {
		return err
	}
	if err := w.widths(ws); err != nil {
		return err
	}
	rep := b.in.Config.Report
	year := fmt.Sprint(b.year)
	if err := w.add([]any{excelize.Cell{StyleID: b.st.title, Value: rep.Title.In(b.lang) + " " + b.t("doc.report_for", "year", year)}},
		excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	w.skip()
	council := rep.Council.Meeting.In(b.lang)
	if !rep.Council.Date.IsZero() {
		council += " (" + b.t("doc.council_date", "place", rep.Council.Place.In(b.lang), "date", b.in.Texts.Date(rep.Council.Date)) + ")"
	}
	docDate := value.Serial(b.in.Date, false)
	meta := []struct {
		key   string
		value any
	}{
		{"xlsx.meta.organisation", rep.Organisation.In(b.lang)},
		{"xlsx.meta.title", rep.Title.In(b.lang)},
		{"xlsx.meta.year", excelize.Cell{StyleID: b.st.label, Value: b.year}},
		{"xlsx.meta.council", council},
		{"xlsx.meta.number", rep.DocumentNumber},
		{"xlsx.meta.date", excelize.Cell{StyleID: b.st.date, Value: docDate}},
		{"xlsx.meta.classification", excelize.Cell{StyleID: b.st.label, Value: rep.Classification.In(b.lang)}},
	}
	for _, m := range meta {
		if err := w.add([]any{excelize.Cell{StyleID: b.st.label, Value: b.t(m.key)}, m.value}); err != nil {
			return err
		}
	}
	// A sheet that could not hold all its records is said first.
	for _, d := range append([]*detail{b.ex, b.border, b.conf, b.agr}, b.year3...) {
		if d.complete() {
			continue
		}
		w.skip()
		text := b.t("xlsx.note.truncated", "sheet", d.name, "total", b.in.Texts.Int(int64(d.n)),
			"written", b.in.Texts.Int(int64(d.written)), "left", b.in.Texts.Int(int64(d.n-d.written)), "year", year)
		if err := w.note(b.st, text, ws, len(ws)); err != nil {
			return err
		}
	}
	w.skip()
	heads := []string{b.t("xlsx.col.area"), b.t("xlsx.col.figure"), b.t("xlsx.col.unit"), year, fmt.Sprint(b.year - 1),
		b.t("xlsx.col.change"), b.t("xlsx.col.change_pct"), b.t("xlsx.col.remark"), b.t("xlsx.col.key")}
	if err := w.headerAligned(b.st, heads, ws, func(c int) bool { return c >= sumValue && c <= sumPercent }); err != nil {
		return err
	}
	area := ""
	for _, f := range b.in.Summary.Key {
		areaLabel := "" // the area is named on its first figure only
		if f.Area != area {
			area, areaLabel = f.Area, b.t("xlsx.area."+f.Area)
		}
		if err := b.figureRow(w, f, areaLabel, f.Key); err != nil {
			return err
		}
	}
	// Every border indicator, headline or not, in the same form.
	if inds := b.in.Summary.Border.Indicators; len(inds) == len(b.in.Config.Indicators) {
		w.skip()
		if err := w.add([]any{nil, excelize.Cell{StyleID: b.st.label, Value: b.t("xlsx.indicators")}}); err != nil {
			return err
		}
		for i, ind := range b.in.Config.Indicators {
			f := inds[i]
			areaLabel := ""
			if i == 0 {
				areaLabel = b.t("xlsx.area.border")
			}
			if err := b.figureRow(w, f, areaLabel, "indicator."+ind.Key); err != nil {
				return err
			}
		}
	}
	w.skip()
	prev := fmt.Sprint(b.year - 1)
	notes := []string{
		b.t("xlsx.note.formulas", "year", year),
		b.t("xlsx.note.prev", "year", year, "prev", prev),
		b.t("xlsx.note.not_reported"),
		b.t("xlsx.note.agreements", "year", year),
	}
	for _, n := range notes {
		if err := w.note(b.st, n, ws, len(ws)); err != nil {
			return err
		}
	}
	return b.flush(w, b.summary, "")
}

// figureRow writes one figure: its label and unit, this year's value as a
// formula with the value cached, last year's value, the change as
// formulas, a remark and the key that identifies the row.
func (b *book) figureRow(w *sheetWriter, f summary.Figure, areaLabel, key string) error {
	r := w.row + 1
	label, unit := b.figureLabel(f)
	style, signed := b.st.integer, b.st.signedInt
	if f.Decimal {
		style, signed = b.st.decimal, b.st.signedDec
	}
	formula, ok := b.keyFormula(f)
	abs, pct := change(f)
	d, e := cellRef(sumValue, r), cellRef(sumPrev, r)
	both := fmt.Sprintf("AND(ISNUMBER(%s),ISNUMBER(%s))", d, e)
	cells := []any{
		areaLabel, label, unit,
		formulaCell(style, formula, ok, b.amount(f.Value, f.Decimal)),
		excelize.Cell{StyleID: style, Value: b.amount(f.Prev, f.Decimal)},
		formulaCell(signed, fmt.Sprintf(`IF(%s,%s-%s,"")`, both, d, e), true, abs),
		formulaCell(b.st.percent, fmt.Sprintf(`IF(%s,IF(%s=0,"",(%s-%s)/%s),"")`, both, e, d, e, e), true, pct),
		excelize.Cell{StyleID: b.st.remark, Value: b.remark(f)}, key,
	}
	for i, c := range cells {
		if s, isText := c.(string); isText && s == "" {
			cells[i] = nil
		}
		if x, isCell := c.(excelize.Cell); isCell && x.Formula == "" && x.Value == "" {
			cells[i] = nil
		}
	}
	return w.add(cells)
}
