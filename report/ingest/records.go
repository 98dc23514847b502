package ingest

import (
	"math"
	"strings"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/schema"
	"ratsreport/report/value"
)

// rowCtx parses the cells of one data row, recording every problem.
type rowCtx struct {
	s     *sheetReader
	sheet *schema.Sheet
	row   int
	cells []string
	ok    bool
}

// parseRow turns a data row into a record; ok is false when the row has
// an error (all of the row's errors are reported).
func (s *sheetReader) parseRow(rowNum int, cells []string) (record, bool) {
	c := &rowCtx{s: s, sheet: schema.SheetFor(s.dataset), row: rowNum, cells: cells, ok: true}
	prov := model.Provenance{Origin: model.Origin{File: s.file, Sheet: s.sheet, Row: rowNum}}
	var rec record
	switch s.dataset {
	case schema.Exercises:
		e := &model.Exercise{
			Kind: c.enum("kind"), Start: c.date("start"), End: c.date("end"),
			Host: c.country("host"), Location: c.text("location"), Participants: c.countries("participants"),
			Scenario: c.text("scenario"), Threat: c.enum("threat"),
			Personnel: c.integer("personnel"), Equipment: c.integer("equipment"), Notes: c.text("notes"), Provenance: prov,
		}
		e.Name = c.name("name", config.ExerciseTable, e.Start.Year())
		e.Observers, e.ObserverStates = c.observers("observers")
		c.order("start", e.Start, "end", e.End)
		rec = e
	case schema.Border:
		start, end := c.date("start"), c.date("end")
		b := s.newBorder()
		*b = model.BorderReport{
			BorderSite: s.site(model.BorderSite{Operation: c.name("operation", config.OperationTable, start.Year()),
				State: c.country("state"), Section: c.enum("section"), Area: c.text("area")}),
			Start: model.DateOf(start), End: model.DateOf(end), Provenance: prov,
			Values: s.figures.New(len(s.r.cfg.Indicators)),
		}
		c.order("start", start, "end", end)
		for i, ind := range s.r.cfg.Indicators {
			b.Values.Set(i, c.indicator(s.indCol[i], i, ind.Decimal()))
		}
		rec = b
	case schema.Online, schema.Training, schema.Meetings:
		rec = c.yearRecord(prov)
	case schema.Conference:
		ed := c.integer("edition")
		if ed.Reported && (ed.V < 1 || ed.V > 1000) {
			c.errf(c.col("edition"), msg.EditionInvalid, c.header("edition"), ed.V)
		}
		rec = &model.Session{
			Edition: int(ed.V), Date: c.date("date"), City: c.text("city"), Country: c.country("country"),
			Title: c.text("session"), Format: c.enum("format"), Theme: c.text("theme"),
			Participants: c.integer("participants"), States: c.countries("states"),
			Organisations: c.names("organisations"), Papers: c.integer("papers"), Provenance: prov,
		}
	case schema.Agreements:
		a := &model.Agreement{
			Counterparties: c.names("counterparty"), CounterpartyType: c.enum("type"), Document: c.enum("document"),
			Title: c.text("title"), Status: c.enum("status"), Signed: c.date("signed"), Place: c.text("place"),
			Areas: c.list("areas"), Notes: c.text("notes"), Provenance: prov,
		}
		if schema.NeedsSignedDate(a.Status) && a.Signed.IsZero() && c.raw("signed") == "" {
			c.errf(c.col("signed"), msg.SignedDateMissing, c.header("signed"), schema.Status.Label(a.Status, c.s.lang))
		}
		rec = a
	}
	return rec, c.ok
}

// borderBlock is how many border reports a sheet allocates at once.
const borderBlock = 1024

// maxSites bounds the sites a sheet interns: a sheet whose every row
// names another area still reads, each report with a site of its own.
const maxSites = 1 << 16

// site returns the sheet's one copy of the border site v (see
// model.BorderReport).
func (s *sheetReader) site(v model.BorderSite) *model.BorderSite {
	if p, ok := s.sites[v]; ok {
		return p
	}
	p := &v
	if s.sites == nil {
		s.sites = map[model.BorderSite]*model.BorderSite{}
	}
	if len(s.sites) < maxSites {
		s.sites[v] = p
	}
	return p
}

// newBorder returns a zero border report from the sheet's current block:
// records are allocated by the thousand, not one by one (fewer objects
// for the garbage collector; a rejected row leaves an unused slot).
func (s *sheetReader) newBorder() *model.BorderReport {
	if len(s.borders) == 0 {
		s.borders = make([]model.BorderReport, borderBlock)
	}
	b := &s.borders[0]
	s.borders = s.borders[1:]
	return b
}

func (c *rowCtx) col(key string) int { return c.s.keyCol[key] }

// raw returns a column's cell as it reads (value.Clean): every cell a
// record is made of is read here or in indicator.
func (c *rowCtx) raw(key string) string {
	col := c.s.keyCol[key]
	if col == 0 || col > len(c.cells) {
		return ""
	}
	return value.Clean(c.cells[col-1])
}

// header returns the header of the column key in the language of the
// sheet's header row (sheetReader.lang, schema.Column.Header): messages name a
// column as the clerk who filled the sheet reads it.
func (c *rowCtx) header(key string) string {
	return c.s.columnName(key)
}

// values lists the accepted values of an enumeration in the language of
// the sheet's header row, for a message.
func (c *rowCtx) values(e *schema.Enumeration) string {
	sep := ", "
	if c.s.lang == "zh" {
		sep = "、"
	}
	return strings.Join(e.LabelsIn(c.s.lang), sep)
}

// suggestion is the ending of a message that suggests what a mistyped
// value meant ("; did you mean «внутренний»?", msg.DidYouMean), or
// nothing when it is empty. The suggestion itself is in the sheet's
// language; the words around it in the message's.
type suggestion string

// In renders the ending in lang (msg.Localized).
func (s suggestion) In(lang string) string {
	if s == "" {
		return ""
	}
	return msg.Sprintf(lang, msg.DidYouMean, string(s))
}

// errf files an error at the row's cell in column col and marks the row
// rejected.
func (c *rowCtx) errf(col int, key msg.Key, args ...any) {
	c.ok = false
	c.note(col, diag.Error, key, args...)
}

// note files a diagnostic at the row's cell in column col (sheetReader.add).
func (c *rowCtx) note(col int, sev diag.Severity, key msg.Key, args ...any) {
	c.s.add(c.row, col, sev, key, args...)
}

// excelErrors are the error values a formula cell may hold.
var excelErrors = []string{"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"}

// isExcelError reports whether a cell holds an Excel error value.
func isExcelError(s string) bool {
	for _, e := range excelErrors {
		if strings.EqualFold(s, e) {
			return true
		}
	}
	return false
}

// get returns the raw text of a column for parsing, or ok false when it is
// empty (reporting a required one) or holds an Excel error value.
func (c *rowCtx) get(key string) (string, *schema.Column, bool) {
	colDef := c.sheet.Column(key)
	s := c.raw(key)
	if s == "" {
		if colDef.Required {
			c.errf(c.col(key), msg.Required, c.header(key))
		}
		return "", colDef, false
	}
	if isExcelError(s) {
		c.errf(c.col(key), msg.FormulaError, c.header(key), s)
		return "", colDef, false
	}
	return s, colDef, true
}

// text returns a text cell, interned per sheet: names of operations,
// areas and cities repeat on most rows, and a million rows should hold
// each once.
func (c *rowCtx) text(key string) string {
	s, _, _ := c.get(key)
	return c.s.intern(s)
}

func (c *rowCtx) date(key string) time.Time {
	s, _, ok := c.get(key)
	if !ok {
		return time.Time{}
	}
	t, err := value.Date(s, c.s.date1904)
	if err != nil {
		c.errf(c.col(key), msg.CellInvalid, c.header(key), err, suggestion(""))
	}
	return t
}

func (c *rowCtx) integer(key string) model.Int {
	s, _, ok := c.get(key)
	if !ok {
		return model.Int{}
	}
	n, err := value.Integer(s)
	if err != nil {
		c.errf(c.col(key), msg.CellInvalid, c.header(key), err, suggestion(""))
		c.s.tally(c.col(key), 0, true)
		return model.Int{}
	}
	if n <= math.MaxInt64/1000 {
		c.s.tally(c.col(key), n*1000, false)
	} else {
		c.s.tally(c.col(key), 0, true)
	}
	return model.Int{V: n, Reported: true}
}

// indicator reads the figure of indicator ind in column colNum.
func (c *rowCtx) indicator(colNum, ind int, decimal bool) model.Dec {
	if colNum == 0 || colNum > len(c.cells) {
		return model.Dec{}
	}
	s := value.Clean(c.cells[colNum-1])
	if s == "" {
		return model.Dec{}
	}
	if isExcelError(s) {
		c.errf(colNum, msg.FigureFormulaError, c.s.indicatorName(ind), s)
		return model.Dec{}
	}
	before := c.s.unitsTyped
	m, rounded, err := c.s.parseFigure(s, decimal, c.s.r.units[c.s.dataset][ind])
	if err != nil {
		c.errf(colNum, msg.CellInvalid, c.s.indicatorName(ind), err, suggestion(""))
		c.s.tally(colNum, 0, true)
		return model.Dec{}
	}
	if before == 0 && c.s.unitsTyped > 0 {
		c.s.unitFirst = cellName(c.row, colNum)
	}
	c.s.tally(colNum, m, false)
	if rounded {
		c.note(colNum, diag.Warning, msg.FigureRounded, c.s.indicatorName(ind), s, value.DecimalPlaces, value.FormatMilli(m))
	}
	return model.Dec{Milli: m, Reported: true}
}

func (c *rowCtx) enum(key string) string {
	s, col, ok := c.get(key)
	if !ok {
		return ""
	}
	k, found := col.Enum.Lookup(s)
	if !found {
		sug, _ := col.Enum.Suggest(s, c.s.lang)
		c.errf(c.col(key), msg.EnumInvalid, c.header(key), s, c.values(col.Enum), suggestion(sug))
	}
	return k
}

// stateError files err, an error of value.Countries, in the column key,
// with the state the name most likely misspells, if any.
func (c *rowCtx) stateError(key string, err error) {
	var sug string
	if typed, ok := value.UnknownState(err); ok {
		sug, _ = c.s.r.countries.Suggest(typed, c.s.lang)
	}
	c.errf(c.col(key), msg.CellInvalid, c.header(key), err, suggestion(sug))
}

func (c *rowCtx) country(key string) string {
	s, _, ok := c.get(key)
	if !ok {
		return ""
	}
	a2, err := c.s.r.countries.Country(s)
	if err != nil {
		c.stateError(key, err)
	}
	return a2
}

func (c *rowCtx) countries(key string) []string {
	s, col, ok := c.get(key)
	if !ok {
		return nil
	}
	list, errs := c.s.r.countries.List(s)
	for _, err := range errs {
		c.stateError(key, err)
	}
	if len(errs) == 0 && len(list) == 0 && col.Required {
		c.errf(c.col(key), msg.Required, c.header(key))
	}
	return list
}

func (c *rowCtx) list(key string) []string {
	s, _, ok := c.get(key)
	if !ok {
		return nil
	}
	return value.Split(s)
}

// order checks that an end date is not before its start date.
func (c *rowCtx) order(startKey string, start time.Time, endKey string, end time.Time) {
	if start.IsZero() || end.IsZero() || !end.Before(start) {
		return
	}
	c.errf(c.col(endKey), msg.EndBeforeStart, c.header(endKey), end.Format("2006-01-02"), start.Format("2006-01-02"))
}
