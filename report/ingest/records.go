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
			Operation: c.name("operation", config.OperationTable, start.Year()), State: c.country("state"), Start: model.DateOf(start), End: model.DateOf(end),
			Section: c.enum("section"), Area: c.text("area"), Provenance: prov,
			Values: s.figures.New(len(s.r.cfg.Indicators)),
		}
		c.order("start", start, "end", end)
		for i, ind := range s.r.cfg.Indicators {
			b.Values.Set(i, c.indicator(s.indCol[i], i, ind.Header.In("en"), ind.Decimal()))
		}
		rec = b
	case schema.Online, schema.Training, schema.Meetings:
		rec = c.yearRecord(prov)
	case schema.Conference:
		ed := c.integer("edition")
		if ed.Reported && (ed.V < 1 || ed.V > 1000) {
			c.errf(c.col("edition"), "Edition: %d is not a conference number; expected the edition's ordinal, such as 11", ed.V)
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
			c.errf(c.col("signed"), "Signed date: missing; required when the status is %q", a.Status)
		}
		rec = a
	}
	return rec, c.ok
}

// borderBlock is how many border reports a sheet allocates at once.
const borderBlock = 1024

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

func (c *rowCtx) errf(col int, key msg.Key, args ...any) {
	c.ok = false
	c.s.add(c.row, col, diag.Error, key, args...)
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
			c.errf(c.col(key), "%s: required value missing", colDef.EN)
		}
		return "", colDef, false
	}
	if isExcelError(s) {
		c.errf(c.col(key), "%s: the cell holds the error %s (a formula failed); expected a value", colDef.EN, s)
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
	s, col, ok := c.get(key)
	if !ok {
		return time.Time{}
	}
	t, err := value.Date(s, c.s.date1904)
	if err != nil {
		c.errf(c.col(key), "%s: %v", col.EN, err)
	}
	return t
}

func (c *rowCtx) integer(key string) model.Int {
	s, col, ok := c.get(key)
	if !ok {
		return model.Int{}
	}
	n, err := value.Integer(s)
	if err != nil {
		c.errf(c.col(key), "%s: %v", col.EN, err)
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

func (c *rowCtx) indicator(colNum, ind int, label string, decimal bool) model.Dec {
	if colNum == 0 || colNum > len(c.cells) {
		return model.Dec{}
	}
	s := value.Clean(c.cells[colNum-1])
	if s == "" {
		return model.Dec{}
	}
	if isExcelError(s) {
		c.errf(colNum, "%s: the cell holds the error %s (a formula failed); expected a figure, or an empty cell when not reported", label, s)
		return model.Dec{}
	}
	before := c.s.unitsTyped
	m, rounded, err := c.s.parseFigure(s, decimal, c.s.r.units[c.s.dataset][ind])
	if err != nil {
		c.errf(colNum, "%s: %v", label, err)
		c.s.tally(colNum, 0, true)
		return model.Dec{}
	}
	if before == 0 && c.s.unitsTyped > 0 {
		c.s.unitFirst = cellName(c.row, colNum)
	}
	c.s.tally(colNum, m, false)
	if rounded {
		c.s.add(c.row, colNum, diag.Warning, "%s: %s has more than %d decimals; kept as %s", label, s, value.DecimalPlaces, value.FormatMilli(m))
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
		c.errf(c.col(key), "%s: %q is not a valid value; expected one of: %s", col.EN, s, strings.Join(col.Enum.Keys(), ", "))
	}
	return k
}

func (c *rowCtx) country(key string) string {
	s, col, ok := c.get(key)
	if !ok {
		return ""
	}
	a2, err := c.s.r.countries.Country(s)
	if err != nil {
		c.errf(c.col(key), "%s: %v", col.EN, err)
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
		c.errf(c.col(key), "%s: %v", col.EN, err)
	}
	if len(errs) == 0 && len(list) == 0 && col.Required {
		c.errf(c.col(key), "%s: required value missing", col.EN)
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
	c.errf(c.col(endKey), "%s: %s is before the start date %s; expected an end on or after the start",
		c.sheet.Column(endKey).EN, end.Format("2006-01-02"), start.Format("2006-01-02"))
}
