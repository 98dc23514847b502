package xlsx

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/internal/pipeline"
	"ratsreport/report/model"
	"ratsreport/report/schema"
	"ratsreport/report/summary"
	"ratsreport/report/value"
)

// kind is how a detail column's values are written.
type kind int

const (
	kText kind = iota
	kDate      // a civil date: a serial number with a yyyy-mm-dd format
	kInt       // a whole number; model.Int not reported is an empty cell
	kDec       // thousandths written as a number with three decimals
)

// column is one column of a detail sheet.
type column struct {
	key    string // the contract's column key, "ind:<key>" for an indicator, "" for an extra column
	header string
	kind   kind
	value  func(i int) any // record i's value: string, time.Time, model.Date, model.Int or model.Dec
}

// detail is one detail sheet: the records it shows and how.
type detail struct {
	name    string
	dataset schema.Dataset
	cols    []column
	n       int // records the sheet should hold
	written int // records that fit under the row limit
}

// complete reports whether every record fits on the sheet, so that
// formulas over it give the summary's figures.
func (d *detail) complete() bool { return d.written == d.n }

// col returns the 1-based column of a key.
func (d *detail) col(key string) int {
	for i, c := range d.cols {
		if c.key == key {
			return i + 1
		}
	}
	panic(fmt.Sprintf("the %s sheet has no column %q", d.name, key))
}

// rng returns the absolute reference to the data cells of a column, such
// as 'Exercises'!$K$2:$K$6. An empty sheet gives the one blank row 2.
func (d *detail) rng(key string) string {
	c := colName(d.col(key))
	return fmt.Sprintf("%s!$%s$2:$%s$%d", quoteSheet(d.name), c, c, max(d.written+1, 2))
}

// listSep joins the items of a list in a detail cell (participating
// states, organisations, merged rows); the Organisations sheet's formulas
// find an item between two of them.
const listSep = "; "

// yearRecords holds the records each detail sheet shows, as pointers (not
// copies).
type yearRecords struct {
	ex     []*model.Exercise
	border model.Borders
	sess   []*model.Session
	agr    []*model.Agreement
}

// selectRecords takes the records of the reporting year from the summary,
// exercises by start date. Agreements are the summary's register rather
// than the year's events.
func selectRecords(s *summary.Summary) yearRecords {
	r := yearRecords{border: s.Border.Records, sess: s.Conference.Sessions, agr: s.Agreements.Register}
	for i := range s.Exercises.Year {
		r.ex = append(r.ex, &s.Exercises.Year[i])
	}
	sort.SliceStable(r.ex, func(i, j int) bool { return r.ex[i].Start.Before(r.ex[j].Start) })
	return r
}

// planDetails defines the four detail sheets.
func (b *book) planDetails() {
	recs := selectRecords(b.in.Summary)
	l := b.lang
	cfg := b.in.Config
	join := func(xs []string) string { return strings.Join(xs, listSep) }
	name := func(code string) string {
		if code == "" {
			return ""
		}
		return cfg.StateName(code, l)
	}
	header := func(s *schema.Sheet, key string) string { return s.Column(key).EN }

	es, ex := schema.ExercisesSheet, recs.ex
	b.ex = &detail{name: es.EN, dataset: schema.Exercises, n: len(ex), cols: []column{
		{"name", header(es, "name"), kText, func(i int) any { return b.name(ex[i].Name) }},
		{"kind", header(es, "kind"), kText, func(i int) any { return schema.ExerciseKind.Label(ex[i].Kind, l) }},
		{"start", header(es, "start"), kDate, func(i int) any { return ex[i].Start }},
		{"end", header(es, "end"), kDate, func(i int) any { return ex[i].End }},
		{"host", header(es, "host"), kText, func(i int) any { return ex[i].Host }},
		{"", b.t("xlsx.col.host_name"), kText, func(i int) any { return name(ex[i].Host) }},
		{"location", header(es, "location"), kText, func(i int) any { return b.text(ex[i].Location) }},
		{"participants", header(es, "participants"), kText, func(i int) any { return join(ex[i].Participants) }},
		{"observers", header(es, "observers"), kText, func(i int) any { return b.observers(ex[i]) }},
		{"scenario", header(es, "scenario"), kText, func(i int) any { return b.text(ex[i].Scenario) }},
		{"threat", header(es, "threat"), kText, func(i int) any { return schema.Threat.Label(ex[i].Threat, l) }},
		{"personnel", header(es, "personnel"), kInt, func(i int) any { return ex[i].Personnel }},
		{"equipment", header(es, "equipment"), kInt, func(i int) any { return ex[i].Equipment }},
		{"notes", header(es, "notes"), kText, func(i int) any { return b.text(ex[i].Notes) }},
	}}
	b.ex.cols = append(b.ex.cols, b.provenance(func(i int) (model.Origin, []model.Origin) { return ex[i].Origin, ex[i].Copies })...)

	bs := schema.BorderSheet
	// The columns of a row read one view of its report, read once a row.
	var cur model.BorderReport
	curRow := -1
	br := func(i int) *model.BorderReport {
		if i != curRow {
			recs.border.Read(i, &cur)
			curRow = i
		}
		return &cur
	}
	b.border = &detail{name: bs.EN, dataset: schema.Border, n: recs.border.Len(), cols: []column{
		{"operation", header(bs, "operation"), kText, func(i int) any { return b.name(br(i).Operation) }},
		{"state", header(bs, "state"), kText, func(i int) any { return br(i).State }},
		{"", b.t("xlsx.col.state_name"), kText, func(i int) any { return name(br(i).State) }},
		{"start", header(bs, "start"), kDate, func(i int) any { return br(i).Start }},
		{"end", header(bs, "end"), kDate, func(i int) any { return br(i).End }},
		{"section", header(bs, "section"), kText, func(i int) any { return schema.Section.Label(br(i).Section, l) }},
		{"area", header(bs, "area"), kText, func(i int) any { return b.text(br(i).Area) }},
	}}
	for k, ind := range cfg.Indicators {
		kd := kInt
		if ind.Decimal() {
			kd = kDec
		}
		b.border.cols = append(b.border.cols, column{"ind:" + ind.Key, ind.Header.In("en"), kd, func(i int) any {
			return br(i).Values.At(k)
		}})
	}
	b.border.cols = append(b.border.cols, b.provenance(func(i int) (model.Origin, []model.Origin) { return br(i).Origin, br(i).Copies })...)

	cs, ss := schema.ConferenceSheet, recs.sess
	b.conf = &detail{name: cs.EN, dataset: schema.Conference, n: len(ss), cols: []column{
		{"edition", header(cs, "edition"), kInt, func(i int) any { return model.Int{V: int64(ss[i].Edition), Reported: true} }},
		{"date", header(cs, "date"), kDate, func(i int) any { return ss[i].Date }},
		{"city", header(cs, "city"), kText, func(i int) any { return b.text(ss[i].City) }},
		{"country", header(cs, "country"), kText, func(i int) any { return ss[i].Country }},
		{"", b.t("xlsx.col.country_name"), kText, func(i int) any { return name(ss[i].Country) }},
		{"session", header(cs, "session"), kText, func(i int) any { return b.text(ss[i].Title) }},
		{"format", header(cs, "format"), kText, func(i int) any { return schema.Format.Label(ss[i].Format, l) }},
		{"theme", header(cs, "theme"), kText, func(i int) any { return b.text(ss[i].Theme) }},
		{"participants", header(cs, "participants"), kInt, func(i int) any { return ss[i].Participants }},
		{"states", header(cs, "states"), kText, func(i int) any { return join(ss[i].States) }},
		{"organisations", header(cs, "organisations"), kText, func(i int) any { return b.nameList(ss[i].Organisations) }},
		{"papers", header(cs, "papers"), kInt, func(i int) any { return ss[i].Papers }},
	}}
	b.conf.cols = append(b.conf.cols, b.provenance(func(i int) (model.Origin, []model.Origin) { return ss[i].Origin, ss[i].Copies })...)

	as, ag := schema.AgreementsSheet, recs.agr
	b.agr = &detail{name: as.EN, dataset: schema.Agreements, n: len(ag), cols: []column{
		{"counterparty", header(as, "counterparty"), kText, func(i int) any { return b.nameList(ag[i].Counterparties) }},
		{"type", header(as, "type"), kText, func(i int) any { return schema.CounterpartyType.Label(ag[i].CounterpartyType, l) }},
		{"document", header(as, "document"), kText, func(i int) any { return schema.Document.Label(ag[i].Document, l) }},
		{"title", header(as, "title"), kText, func(i int) any { return b.text(ag[i].Title) }},
		{"status", header(as, "status"), kText, func(i int) any { return schema.Status.Label(ag[i].Status, l) }},
		{"signed", header(as, "signed"), kDate, func(i int) any { return ag[i].Signed }},
		{"place", header(as, "place"), kText, func(i int) any { return b.text(ag[i].Place) }},
		{"areas", header(as, "areas"), kText, func(i int) any { return b.texts(ag[i].Areas) }},
		{"notes", header(as, "notes"), kText, func(i int) any { return b.text(ag[i].Notes) }},
	}}
	b.agr.cols = append(b.agr.cols, b.provenance(func(i int) (model.Origin, []model.Origin) { return ag[i].Origin, ag[i].Copies })...)

	for _, d := range []*detail{b.ex, b.border, b.conf, b.agr} {
		d.written = min(d.n, b.maxRows-1)
	}
	b.planYear()
}

// provenanceCols is how many columns provenance adds, last on a detail
// sheet.
const provenanceCols = 4

// provenance returns the columns saying where a record was read: file,
// sheet, row, and the other rows merged into it.
func (b *book) provenance(origin func(i int) (model.Origin, []model.Origin)) []column {
	return []column{
		{"", b.t("xlsx.col.source_file"), kText, func(i int) any { o, _ := origin(i); return o.File }},
		{"", b.t("xlsx.col.source_sheet"), kText, func(i int) any { o, _ := origin(i); return o.Sheet }},
		{"", b.t("xlsx.col.source_row"), kInt, func(i int) any { o, _ := origin(i); return model.Int{V: int64(o.Row), Reported: o.Row > 0} }},
		{"", b.t("xlsx.col.copies"), kText, func(i int) any {
			_, cs := origin(i)
			if len(cs) == 0 {
				return ""
			}
			s := make([]string, len(cs))
			for j, c := range cs {
				s[j] = c.String()
			}
			return strings.Join(s, listSep)
		}},
	}
}

// dateCell is a day as a date cell, or as text before March 1900, where
// the 1900 date system's days are off by one.
func (b *book) dateCell(cell *excelize.Cell, d model.Date) any {
	if n := value.DaySerial(d); n >= value.FirstTrueSerial {
		*cell = excelize.Cell{StyleID: b.st.date, Value: n}
		return cell
	}
	return d.Time().Format("2006-01-02")
}

// cellValue converts a column value to a stream-writer cell, or nil for an
// empty cell. A styled value is written into *cell, which is returned: the
// detail sheets reuse one Cell per column rather than allocating one per
// value (a million rows of twenty columns).
func (b *book) cellValue(cell *excelize.Cell, k kind, v any) any {
	styled := func(style int, value any) any {
		*cell = excelize.Cell{StyleID: style, Value: value}
		return cell
	}
	switch x := v.(type) {
	case string:
		if x == "" {
			return nil
		}
		return x
	case time.Time:
		if x.IsZero() {
			return nil
		}
		return b.dateCell(cell, model.DateOf(x))
	case model.Date:
		if x.IsZero() {
			return nil
		}
		return b.dateCell(cell, x)
	case model.Int:
		if !x.Reported {
			return nil
		}
		return styled(b.st.integer, x.V)
	case model.Dec:
		if !x.Reported {
			return nil
		}
		if k == kInt && x.Milli%1000 == 0 {
			return styled(b.st.integer, x.Milli/1000)
		}
		return styled(b.st.decimal, x.Float())
	}
	return nil
}

// displayWidth estimates how wide a column value shows.
func displayWidth(k kind, v any) float64 {
	switch x := v.(type) {
	case string:
		return textWidth(x)
	case time.Time, model.Date:
		return 10
	case model.Int:
		return float64(len(fmt.Sprint(x.V))) * 1.3
	case model.Dec:
		if k == kDec {
			return float64(len(fmt.Sprint(x.Milli/1000)))*1.3 + 4
		}
		return float64(len(fmt.Sprint(x.Milli/1000))) * 1.3
	}
	return 0
}

// widthSample is how many records column widths are estimated from.
const widthSample = 1000

// writeDetail writes a detail sheet: a frozen, filtered header row with the
// contract's headers and one row per record, up to the row limit.
func (b *book) writeDetail(d *detail) error {
	// The stream writer declares the sheet's used range when it starts:
	// give it the true one (a header row and d.written rows), which readers
	// such as openpyxl's read-only mode trust.
	if err := b.f.SetSheetDimension(d.name, "A1:"+cellRef(len(d.cols), d.written+1)); err != nil {
		return err
	}
	ws := b.detailWidths(d)
	heads := make([]string, len(d.cols))
	for c, col := range d.cols {
		heads[c] = col.header
	}
	// The provenance columns (the last four) print outside the print
	// area; the first column (the record's name) repeats on every page
	// wide.
	b.planPrint(d.name, ws, len(d.cols)-provenanceCols, 1)
	w, err := b.stream(d.name)
	if err != nil {
		return err
	}
	numeric := func(c int) bool { k := d.cols[c-1].kind; return k == kInt || k == kDec }
	if err := w.start(b.st, heads, ws, numeric); err != nil {
		return err
	}
	// A sheet of many rows has its cells made on a goroutine of their own
	// and written on this one, in batches (pipeline.Blocks), which takes
	// the making of its values off the stream writer's path.
	size := min(rowBatchRows, max(d.written, 1))
	err = pipeline.Blocks(b.ctx, d.written, size, pipelinedRows,
		func() *rowBatch { return newRowBatch(size, len(d.cols)) },
		func(lo int, rb *rowBatch) *rowBatch {
			rb.n = min(size, d.written-lo)
			for r := range rb.n {
				for c, col := range d.cols {
					rb.cells[r][c] = b.cellValue(&rb.styled[r][c], col.kind, col.value(lo+r))
				}
			}
			return rb
		},
		func(_ int, rb *rowBatch) error {
			for r := range rb.n {
				if err := w.add(rb.cells[r]); err != nil {
					return fmt.Errorf("row %d: %w", w.row, err)
				}
			}
			return nil
		})
	if err != nil {
		return err
	}
	filter := fmt.Sprintf("A1:%s", cellRef(len(d.cols), max(d.written+1, 1)))
	return b.flush(w, d.name, filter)
}

// rowBatchRows is how many rows of a detail sheet are made at a time;
// beyond pipelinedRows rows they are made on a goroutine of their own.
const (
	rowBatchRows  = 1024
	pipelinedRows = 4096
)

// rowBatch holds rows of cells made for the stream writer: a styled value
// lives in styled and is pointed to from cells (see cellValue).
type rowBatch struct {
	n      int
	cells  [][]any
	styled [][]excelize.Cell
}

// newRowBatch returns a batch of rows rows of cols cells.
func newRowBatch(rows, cols int) *rowBatch {
	rb := &rowBatch{cells: make([][]any, rows), styled: make([][]excelize.Cell, rows)}
	for r := range rows {
		rb.cells[r], rb.styled[r] = make([]any, cols), make([]excelize.Cell, cols)
	}
	return rb
}

// observers prints an exercise's observers: the states' codes, then the
// organisations' names.
func (b *book) observers(e *model.Exercise) string {
	list := slices.Clone(e.ObserverStates)
	if len(e.Observers) > 0 {
		list = append(list, b.nameList(e.Observers))
	}
	return strings.Join(list, listSep)
}
