package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/schema"
	"ratsreport/report/summary"
)

// The helper tables list the items behind the distinct counts of the key
// figures (states, operations, organisations, partners), each with a
// formula over the detail sheets and the value it gives cached. The key
// figure counts the rows whose formula is above zero.

// stateRow is one row of the By state sheet.
type stateRow struct {
	code, name, status string
	hosted, tookPart   int
	reports, sessions  int
	ind                []summary.Amount // per indicator, this year
	// The Internet, training and meetings (year.go).
	online, courses, meetings int
}

// opRow is one row of the By operation sheet.
type opRow struct {
	name    string
	reports int
	ind     []summary.Amount
}

// orgRow is one organisation represented at the year's conference.
type orgRow struct {
	name string // as the detail sheets print it
	org  summary.OrganisationYear
}

// partnerRow is one counterparty with documents signed to date.
type partnerRow struct {
	typ, name string
	docs      int
}

// The columns of By state: code, name, status, then the counts.
const (
	bsCode = iota + 1
	bsName
	bsStatus
	bsHosted
	bsTookPart
	bsReports
	bsFirstInd // the indicators follow, then the conference sessions
)

// bsSessions is the column of conference sessions on By state.
func (b *book) bsSessions() int { return bsFirstInd + len(b.in.Config.Indicators) }

// plan lays out the helper tables' rows from the summary, before any sheet
// is written: the summary counts, the workbook shows and checks by formula.
func (b *book) plan() {
	s := b.in.Summary
	for _, st := range s.States {
		row := stateRow{code: st.Code, name: b.in.Config.StateName(st.Code, b.lang),
			hosted: st.Hosted, tookPart: st.TookPart, reports: st.Reports, sessions: st.Sessions, ind: st.Border,
			online: st.OnlineReports, courses: st.Courses, meetings: st.Meetings}
		if st.Status != "" {
			row.status = b.t("xlsx.status." + strings.ReplaceAll(st.Status, " ", "_"))
		}
		b.stateRows = append(b.stateRows, row)
	}
	for _, t := range s.Border.ByOp {
		b.opRows = append(b.opRows, opRow{name: b.name(t.Operation), reports: t.Reports, ind: t.Values})
	}
	for _, o := range s.Organisations {
		b.orgRows = append(b.orgRows, orgRow{name: b.name(o.Name), org: o})
	}
	for _, p := range s.Agreements.Partners {
		for i, name := range p.Names {
			b.partRows = append(b.partRows, partnerRow{typ: p.Type, name: b.name(name), docs: p.Documents[i]})
		}
	}
}

// helperRange returns the absolute reference to rows 2..n+1 of a column
// of a helper sheet (row 2 alone when the table is empty).
func helperRange(sheet string, col, n int) string {
	c := colName(col)
	return fmt.Sprintf("%s!$%s$2:$%s$%d", quoteSheet(sheet), c, c, max(n+1, 2))
}

// formulaCell returns a formula cell with its cached value when ok, or a
// plain value cell otherwise (the formula's sheet is incomplete). A nil or
// "" value is an empty cell (or an empty cached result).
func formulaCell(style int, formula string, ok bool, value any) any {
	if ok {
		if value == nil {
			value = ""
		}
		return excelize.Cell{StyleID: style, Formula: formula, Value: value}
	}
	if value == nil || value == "" {
		return nil
	}
	return excelize.Cell{StyleID: style, Value: value}
}

// amountValue is the cached value of an indicator total in a helper
// table: empty without reports, n/r when no report gave the figure.
func (b *book) amountValue(reports int, a summary.Amount, decimal bool) any {
	switch {
	case reports == 0:
		return ""
	case !a.Reported:
		return b.t("col.not_reported")
	}
	return number(a.Milli, decimal)
}

// number is thousandths as a cell's number: with decimals for a decimal
// figure (kg), whole otherwise.
func number(milli int64, decimal bool) any {
	if decimal {
		return float64(milli) / 1000
	}
	return milli / 1000
}

// numStyle returns the style for an indicator's figures.
func (b *book) numStyle(decimal bool) int {
	if decimal {
		return b.st.decimal
	}
	return b.st.integer
}

// indicatorHeader is an indicator's label with its unit, in the language.
func (b *book) indicatorHeader(i int) string {
	ind := b.in.Config.Indicators[i]
	if u := ind.Unit.In(b.lang); u != "" {
		return ind.Label.In(b.lang) + " (" + u + ")"
	}
	return ind.Label.In(b.lang)
}

// indicatorTotal is the formula of one indicator's total over the border
// rows matching crit in column key, given the reports cell: empty without
// reports, n/r when none of them gave the figure.
func (b *book) indicatorTotal(reportsCell, key, crit string, ind int) string {
	d := b.border
	keyRng, indRng := d.rng(key), d.rng("ind:"+b.in.Config.Indicators[ind].Key)
	return fmt.Sprintf(`IF(%s=0,"",IF(COUNTIFS(%s,%s,%s,"<>")=0,%s,SUMIFS(%s,%s,%s)))`,
		reportsCell, keyRng, crit, indRng, strLit(b.t("col.not_reported")), indRng, keyRng, crit)
}

// writeByState writes one row per state: exercises hosted and taken part
// in, border reports and indicator totals, conference sessions where the
// state was represented.
func (b *book) writeByState() error {
	heads := []string{b.t("xlsx.col.code"), b.t("xlsx.col.state"), b.t("xlsx.col.status", "year", fmt.Sprint(b.year)),
		b.t("xlsx.col.hosted"), b.t("xlsx.col.took_part"), b.t("xlsx.col.border_reports")}
	for i := range b.in.Config.Indicators {
		heads = append(heads, b.indicatorHeader(i))
	}
	heads = append(heads, b.t("xlsx.col.sessions_represented"))
	heads = append(heads, b.stateYearHeads()...)
	ws := []float64{7, 0, 0}
	longName, longStatus := 0.0, 0.0
	for _, r := range b.stateRows {
		longName, longStatus = max(longName, textWidth(r.name)), max(longStatus, textWidth(r.status))
	}
	ws[1] = fitWidth(heads[1], longName, 10, 40)
	ws[2] = fitWidth(heads[2], longStatus, 10, 30)
	for _, h := range heads[3:] {
		ws = append(ws, fitWidth(h, 6, 11, 16))
	}
	b.planPrint(b.byState, ws, len(ws), 2)
	w, err := b.stream(b.byState)
	if err != nil {
		return err
	}
	if err := w.start(b.st, heads, ws, numFrom(bsHosted)); err != nil {
		return err
	}
	ex, bo, co := b.ex, b.border, b.conf
	for _, r := range b.stateRows {
		row := w.row + 1
		code := fmt.Sprintf("$A%d", row)
		cells := []any{r.code, r.name, r.status,
			formulaCell(b.st.integer, fmt.Sprintf("COUNTIF(%s,%s)", ex.rng("host"), code), ex.complete(), r.hosted),
			formulaCell(b.st.integer, fmt.Sprintf(`COUNTIF(%s,"*"&%s&"*")`, ex.rng("participants"), code), ex.complete(), r.tookPart),
			formulaCell(b.st.integer, fmt.Sprintf("COUNTIF(%s,%s)", bo.rng("state"), code), bo.complete(), r.reports),
		}
		for i, ind := range b.in.Config.Indicators {
			cells = append(cells, formulaCell(b.numStyle(ind.Decimal()),
				b.indicatorTotal(fmt.Sprintf("$%s%d", colName(bsReports), row), "state", code, i),
				bo.complete(), b.amountValue(r.reports, r.ind[i], ind.Decimal())))
		}
		cells = append(cells, formulaCell(b.st.integer, fmt.Sprintf(`COUNTIF(%s,"*"&%s&"*")`, co.rng("states"), code), co.complete(), r.sessions))
		cells = append(cells, b.stateYearCells(r, code)...)
		if err := w.add(cells); err != nil {
			return err
		}
	}
	filter := fmt.Sprintf("A1:%s", cellRef(len(heads), w.row))
	w.skip()
	if err := w.note(b.st, b.t("xlsx.note.by_state", "year", fmt.Sprint(b.year)), ws, len(heads)); err != nil {
		return err
	}
	return b.flush(w, b.byState, filter)
}

// writeByOperation writes one row per border operation of the year with
// its reports and indicator totals.
func (b *book) writeByOperation() error {
	heads := []string{b.t("xlsx.col.operation"), b.t("xlsx.col.reports")}
	for i := range b.in.Config.Indicators {
		heads = append(heads, b.indicatorHeader(i))
	}
	longest := 0.0
	for _, r := range b.opRows {
		longest = max(longest, textWidth(r.name))
	}
	ws := []float64{fitWidth(heads[0], longest, 14, 50)}
	for _, h := range heads[1:] {
		ws = append(ws, fitWidth(h, 6, 11, 16))
	}
	b.planPrint(b.byOp, ws, len(ws), 1)
	w, err := b.stream(b.byOp)
	if err != nil {
		return err
	}
	if err := w.start(b.st, heads, ws, numFrom(2)); err != nil {
		return err
	}
	bo := b.border
	for _, r := range b.opRows {
		row := w.row + 1
		crit := exactCriterion(r.name)
		cells := []any{r.name,
			formulaCell(b.st.integer, fmt.Sprintf("COUNTIF(%s,%s)", bo.rng("operation"), crit), bo.complete(), r.reports)}
		for i, ind := range b.in.Config.Indicators {
			cells = append(cells, formulaCell(b.numStyle(ind.Decimal()),
				b.indicatorTotal(fmt.Sprintf("$B%d", row), "operation", crit, i),
				bo.complete(), b.amountValue(r.reports, r.ind[i], ind.Decimal())))
		}
		if err := w.add(cells); err != nil {
			return err
		}
	}
	return b.flush(w, b.byOp, fmt.Sprintf("A1:%s", cellRef(len(heads), max(w.row, 1))))
}

// writeOrganisations writes every organisation the year's records name:
// its name as the detail sheets print it, the conference sessions of the
// year that name it (a formula over the Conference sheet: the key figure
// counts the rows above zero), its registry key and names in every
// language, and what else it did: documents signed with it to date,
// contacts in progress, exercises of the year observed. A name the
// registry does not know has no key and its text as written.
func (b *book) writeOrganisations() error {
	heads := []string{b.t("xlsx.col.organisation"), b.t("xlsx.col.sessions_attended"), b.t("xlsx.col.registry_key")}
	for _, l := range config.Languages {
		heads = append(heads, b.t("xlsx.col.name_in", "lang", l))
	}
	heads = append(heads, b.t("xlsx.col.documents_to_date"), b.t("xlsx.col.contacts"), b.t("xlsx.col.exercises_observed"))
	longest := 0.0
	for _, r := range b.orgRows {
		longest = max(longest, textWidth(r.name))
	}
	ws := []float64{fitWidth(heads[0], longest, 16, 60), fitWidth(heads[1], 6, 12, 20), fitWidth(heads[2], 10, 12, 24)}
	for range config.Languages {
		ws = append(ws, 40)
	}
	ws = append(ws, fitWidth(heads[6], 6, 12, 20), fitWidth(heads[7], 6, 12, 20), fitWidth(heads[8], 6, 12, 20))
	b.planPrint(b.orgs, ws, len(ws), 1)
	w, err := b.stream(b.orgs)
	if err != nil {
		return err
	}
	if err := w.start(b.st, heads, ws, numFrom(2)); err != nil {
		return err
	}
	co := b.conf
	for _, r := range b.orgRows {
		row := w.row + 1
		sep := strLit(listSep)
		f := fmt.Sprintf(`SUMPRODUCT(--ISNUMBER(FIND(%s&$A%d&%s,%s&%s&%s)))`, sep, row, sep, sep, co.rng("organisations"), sep)
		cells := []any{r.name, formulaCell(b.st.integer, f, co.complete(), r.org.Sessions)}
		key := ""
		if r.org.Name.Known() {
			key = r.org.Name.Key
		}
		cells = append(cells, key)
		for _, l := range config.Languages {
			cells = append(cells, b.names.Name(r.org.Name, l))
		}
		cells = append(cells, r.org.Documents, r.org.Contacts, r.org.Observed)
		if err := w.add(cells); err != nil {
			return err
		}
	}
	return b.flush(w, b.orgs, fmt.Sprintf("A1:%s", cellRef(len(heads), max(w.row, 1))))
}

// writePartners writes the counterparties with documents signed by the end
// of the year (as the summary counts partners: not contacts), by type.
func (b *book) writePartners() error {
	w, err := b.stream(b.partners)
	if err != nil {
		return err
	}
	heads := []string{b.t("xlsx.col.counterparty_type"), b.t("xlsx.col.counterparty"), b.t("xlsx.col.documents_to_date")}
	longType, longName := 0.0, 0.0
	for _, r := range b.partRows {
		longType = max(longType, textWidth(schema.CounterpartyType.Label(r.typ, b.lang)))
		longName = max(longName, textWidth(r.name))
	}
	ws := []float64{fitWidth(heads[0], longType, 14, 45), fitWidth(heads[1], longName, 16, 60), fitWidth(heads[2], 6, 12, 20)}
	if err := w.start(b.st, heads, ws, numFrom(3)); err != nil {
		return err
	}
	ag := b.agr
	for _, r := range b.partRows {
		typ := schema.CounterpartyType.Label(r.typ, b.lang)
		// A document may have several counterparties ("CIS ATC; CSTO
		// Secretariat"): the name is found in the list, between separators.
		sep := strLit(listSep)
		var statuses []string
		for _, st := range schema.ConcludedStatuses {
			statuses = append(statuses, fmt.Sprintf("(%s=%s)", ag.rng("status"), strLit(schema.Status.Label(st, b.lang))))
		}
		f := fmt.Sprintf(`SUMPRODUCT(--ISNUMBER(FIND(%s&%s&%s,%s&%s&%s)),--(%s=%s),--(%s<>%s),--(%s>0),--(%s>0),--(%s<=DATE(%d,12,31)))`,
			sep, strLit(r.name), sep, sep, ag.rng("counterparty"), sep,
			ag.rng("type"), strLit(typ),
			ag.rng("document"), strLit(schema.Document.Label(schema.ContactDocument, b.lang)),
			strings.Join(statuses, "+"), ag.rng("signed"), ag.rng("signed"), b.year)
		if err := w.add([]any{typ, r.name, formulaCell(b.st.integer, f, ag.complete(), r.docs)}); err != nil {
			return err
		}
	}
	return b.flush(w, b.partners, fmt.Sprintf("A1:C%d", max(w.row, 1)))
}

// escapeWildcards escapes COUNTIF's wildcards * and ? (and its escape ~).
func escapeWildcards(s string) string {
	if !strings.ContainsAny(s, "~*?") {
		return s
	}
	return wildcardEscaper.Replace(s)
}

// wildcardEscaper is escapeWildcards' replacer, built once: a Replacer is
// safe for concurrent use and never changes, and building one per call
// cost seconds on Partners at a million rows.
var wildcardEscaper = strings.NewReplacer("~", "~~", "*", "~*", "?", "~?")
