// Package blank writes the blank input workbooks that the Executive
// Committee sends to the competent authorities to fill in: one workbook
// per dataset and language, built from the input contract (package
// schema) and the configuration's reference lists (states, border
// indicators), so that what is sent out is exactly what the reader
// accepts.
//
// A workbook holds three sheets:
//
//   - the data sheet, named as the contract names it, with the contract's
//     header row (frozen; required columns in orange; a note on every
//     header saying what goes in the column), an example row in grey
//     italics that the reader recognises and skips, and data validation on
//     the rows below: drop-down lists for enumerations and states, dates
//     between 1990-01-01 and 2100-12-31, whole numbers and decimals of 0
//     or more;
//   - the instructions, in the workbook's language, with a table of the
//     columns;
//   - a hidden sheet holding the drop-down lists (lists longer than 255
//     characters must be cell ranges, so every list is one).
//
// Headers and sheet names are English or Russian, the two languages the
// contract accepts. A Chinese workbook keeps the English headers and sheet
// names and gives the Chinese name of each column in its note and in the
// instructions; its drop-down lists hold Chinese labels and state names,
// which the reader accepts.
//
// The workbook names its service sheets (the instructions and the lists)
// in the custom document property schema.TemplateSheetsProperty, so that the
// reader recognises them as the tool's own and does not report them as
// sheets it ignores when a filled template comes back (package ingest,
// templateSheets); their names come from the editable texts, so the names
// alone could not tell them from a sheet a clerk added.
//
// The same configuration and texts always give the same bytes.
package blank

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/lang"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/registry"
	"ratsreport/report/schema"
	"ratsreport/report/value"
)

// Rows is how many data rows below the example row carry the validation.
const Rows = 5000

// HeaderRow, ExampleRow and FirstDataRow are the rows of the data sheet.
const (
	HeaderRow    = 1
	ExampleRow   = 2
	FirstDataRow = 3
)

// ExamplePrefix returns the text that begins the example row's first cell
// in a language. The reader (package ingest) skips a row whose first
// non-empty cell begins with one of these, so they are part of the input
// contract, not editable wording.
func ExamplePrefix(lang string) string {
	switch lang {
	case "ru":
		return "Пример:"
	case "zh":
		return "示例："
	}
	return "Example:"
}

// HeaderLang returns the language of the sheet name and column headers of
// a workbook in lang: Russian for Russian, English otherwise (the contract
// accepts English and Russian headers only).
func HeaderLang(lang string) string {
	if lang == "ru" {
		return "ru"
	}
	return "en"
}

// Name returns the file name of the blank workbook of a dataset in a
// language, such as ratsreport-template-border-ru.xlsx.
func Name(d schema.Dataset, lang string) string {
	return fmt.Sprintf("ratsreport-template-%s-%s.xlsx", d, lang)
}

// Options are what a blank workbook is made from.
type Options struct {
	Config *config.Config
	Texts  *lang.Texts // the workbook's language: instructions, notes, lists
	Date   time.Time   // stamps the document properties (never the clock)
}

// column is one column of the data sheet.
type column struct {
	key      string
	header   string // as written in the header row
	name     string // the column's name in the workbook's language
	kind     schema.Kind
	required bool
	enum     *schema.Enumeration
	decimal  bool // a decimal indicator
	help     string
	example  any // the example row's value, typed; nil for none
}

// SheetName returns the data sheet's name in a workbook in lang.
func SheetName(d schema.Dataset, lang string) string {
	s := schema.SheetFor(d)
	if HeaderLang(lang) == "ru" {
		return s.RU
	}
	return s.EN
}

// columns lists the data sheet's columns: the contract's, then for border
// operations one per configured indicator.
func columns(opt Options, d schema.Dataset) []column {
	cfg, t := opt.Config, opt.Texts
	l, hl := t.Lang, HeaderLang(t.Lang)
	year := strconv.Itoa(cfg.Report.Year)
	var out []column
	for _, c := range schema.SheetFor(d).Columns {
		col := column{key: c.Key, header: c.Header(hl), kind: c.Kind, required: c.Required, enum: c.Enum,
			help: t.T("blank.help." + string(d) + "." + c.Key)}
		col.name = col.header
		if k := "blank.name." + string(d) + "." + c.Key; t.Has(k) {
			col.name = t.T(k)
		}
		col.example = example(cfg, t, d, c, strings.ReplaceAll(c.Example, "2025", year))
		out = append(out, col)
	}
	if schema.Indicated(d) {
		helpKey := "blank.help_indicator"
		if d == schema.Online {
			helpKey = "blank.help_indicator_online"
		}
		for i, ind := range cfg.IndicatorsOf(string(d)) {
			kind := schema.Integer
			var ex any = int64(3 * (i + 1))
			if ind.Decimal() {
				kind, ex = schema.Decimal, 12.5
			}
			label, unit := ind.Label.In(l), ind.Unit.In(l)
			out = append(out, column{key: ind.Key, header: ind.Header.In(hl), name: ind.Header.In(l), kind: kind, decimal: ind.Decimal(),
				help: t.Sub(helpKey, "label", label, "unit", unit), example: ex})
		}
	}
	return out
}

// example returns the typed example value of a contract column in the
// workbook's language.
func example(cfg *config.Config, t *lang.Texts, d schema.Dataset, c schema.Column, raw string) any {
	if raw == "" {
		return nil
	}
	switch c.Kind {
	case schema.Date:
		if day, err := time.Parse("2006-01-02", raw); err == nil {
			return day
		}
	case schema.Integer:
		if n, err := strconv.ParseInt(raw, 10, 64); err == nil {
			return n
		}
	case schema.Enum:
		return c.Enum.Label(raw, t.Lang)
	case schema.Country:
		return cfg.StateName(raw, t.Lang)
	case schema.CountryList:
		var names []string
		for _, code := range strings.Split(raw, ",") {
			names = append(names, cfg.StateName(strings.TrimSpace(code), t.Lang))
		}
		return strings.Join(names, ", ")
	}
	if k := "blank.example." + string(d) + "." + c.Key; t.Has(k) {
		return strings.ReplaceAll(t.T(k), "2025", strconv.Itoa(cfg.Report.Year))
	}
	return raw
}

// lists are the drop-down lists of one workbook, in the order of their
// columns on the hidden sheet.
type lists struct {
	names  []string   // list names (column headers on the lists sheet)
	values [][]string // the values of each list
	index  map[string]int
}

func (ls *lists) add(name string, values []string) int {
	if i, ok := ls.index[name]; ok {
		return i
	}
	ls.index[name] = len(ls.names)
	ls.names = append(ls.names, name)
	ls.values = append(ls.values, values)
	return len(ls.names) - 1
}

// stateNames returns the names of the configuration's states in lang, in
// the configuration's order (member states first).
func stateNames(cfg *config.Config, lang string) []string {
	var out []string
	for _, s := range cfg.States {
		out = append(out, s.Name.In(lang))
	}
	return out
}

// registryTables maps the name columns whose drop-down offers registry
// names to their registry table.
var registryTables = map[string]string{
	"name":          config.ExerciseTable,
	"operation":     config.OperationTable,
	"counterparty":  config.OrganisationTable,
	"organisations": config.OrganisationTable,
}

// registryNames returns the names a drop-down of a registry table offers
// in lang: for organisations the short name where there is one (what
// clerks write), else the name; for operation and exercise series the
// name with the configuration's reporting year ("Solidarity-2025"), as
// the cell carries it.
func registryNames(cfg *config.Config, r *registry.Registry, table, lang string) []string {
	var out []string
	for _, e := range cfg.Table(table) {
		n := model.Name{Key: e.Key}
		if table != config.OrganisationTable {
			n.Year = int16(cfg.Report.Year)
		}
		out = append(out, r.Short(n, lang))
	}
	return out
}

// enumLabels returns an enumeration's labels in lang, in order.
func enumLabels(e *schema.Enumeration, lang string) []string {
	var out []string
	for _, k := range e.Keys() {
		out = append(out, e.Label(k, lang))
	}
	return out
}

// The limits of the date validation: the dates the reader accepts.
var (
	minDate = time.Date(value.MinYear, 1, 1, 0, 0, 0, 0, time.UTC)
	maxDate = time.Date(value.MaxYear, 12, 31, 0, 0, 0, 0, time.UTC)
)

// checkStates makes sure that the state names offered in the drop-downs
// are what the reader accepts: every name resolves to its own state.
func checkStates(cfg *config.Config, lang string) error {
	cs := value.NewCountries(cfg)
	for _, s := range cfg.States {
		if a2, err := cs.Country(s.Name.In(lang)); err != nil || a2 != s.Alpha2 {
			return msg.Errorf(msg.TemplateStateName, lang, s.Alpha2, s.Name.In(lang))
		}
	}
	return nil
}

// Workbook writes the blank workbook of one dataset.
func Workbook(opt Options, d schema.Dataset) ([]byte, error) {
	if schema.SheetFor(d) == nil {
		return nil, msg.Errorf(msg.TemplateDataset, string(d))
	}
	if err := checkStates(opt.Config, opt.Texts.Lang); err != nil {
		return nil, err
	}
	w, err := newWriter(opt, d)
	if err != nil {
		return nil, err
	}
	defer w.f.Close()
	for _, step := range []func() error{w.dataSheet, w.instructions, w.listsSheet, w.properties} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	for _, sh := range []struct {
		name      string
		landscape bool
	}{{w.sheet, true}, {w.instr, false}} {
		if err := printLayout(w.f, sh.name, sh.landscape); err != nil {
			return nil, err
		}
	}
	w.f.SetActiveSheet(0)
	buf, err := w.f.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("write the workbook: %w", err) //msg:ok the writer's fault, never the input's
	}
	return buf.Bytes(), nil
}

// printLayout makes a sheet print on A4, one page wide.
func printLayout(f *excelize.File, sheet string, landscape bool) error {
	a4, one, zero, yes := 9, 1, 0, true
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return fmt.Errorf("set the page layout of %s: %w", sheet, err) //msg:ok the writer's fault, never the input's
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return fmt.Errorf("set the page layout of %s: %w", sheet, err) //msg:ok the writer's fault, never the input's
	}
	return nil
}

// writer builds one workbook.
type writer struct {
	opt     Options
	t       *lang.Texts
	d       schema.Dataset
	f       *excelize.File
	st      styles
	cols    []column
	lists   *lists
	sheet   string             // the data sheet
	listsSh string             // the hidden lists sheet
	instr   string             // the instructions sheet
	names   *registry.Registry // prints the registry's names in drop-downs
}

func newWriter(opt Options, d schema.Dataset) (*writer, error) {
	w := &writer{opt: opt, t: opt.Texts, d: d, f: excelize.NewFile(), lists: &lists{index: map[string]int{}},
		names: registry.New(opt.Config)}
	w.sheet = SheetName(d, w.t.Lang)
	w.instr = w.t.T("blank.sheet.instructions")
	w.listsSh = w.t.T("blank.sheet.lists")
	w.cols = columns(opt, d)
	if err := w.f.SetSheetName("Sheet1", w.sheet); err != nil {
		return nil, fmt.Errorf("name the data sheet: %w", err) //msg:ok the writer's fault, never the input's
	}
	for _, name := range []string{w.instr, w.listsSh} {
		if _, err := w.f.NewSheet(name); err != nil {
			return nil, fmt.Errorf("add the sheet %q: %w", name, err) //msg:ok the writer's fault, never the input's
		}
	}
	var err error
	if w.st, err = newStyles(w.f); err != nil {
		return nil, err
	}
	return w, nil
}

func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

func colName(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

// valuesText says what a column accepts, in the workbook's language.
func (w *writer) valuesText(c column) string {
	t := w.t
	switch c.kind {
	case schema.Date:
		return t.T("blank.values.date")
	case schema.Integer:
		if c.key == "edition" {
			return t.T("blank.values.edition")
		}
		return t.T("blank.values.integer")
	case schema.Decimal:
		return t.T("blank.values.decimal")
	case schema.Country:
		return t.T("blank.values.country")
	case schema.CountryList:
		return t.T("blank.values.country_list")
	case schema.FreeList:
		return t.T("blank.values.free_list")
	case schema.Enum:
		return t.Sub("blank.values.enum", "values", strings.Join(enumLabels(c.enum, t.Lang), t.T("blank.values.separator")))
	}
	return t.T("blank.values.text")
}

// note is the text of a header's note: the column's name in the
// workbook's language (when the header is in another), what it holds,
// what it accepts and whether it is required.
func (w *writer) note(c column) string {
	var parts []string
	if c.name != c.header {
		parts = append(parts, c.name)
	}
	if c.help != "" {
		parts = append(parts, c.help)
	}
	parts = append(parts, w.valuesText(c))
	if c.required {
		parts = append(parts, w.t.T("blank.required_note"))
	}
	return strings.Join(parts, "\n")
}

func (w *writer) dataSheet() error {
	f, sh, t := w.f, w.sheet, w.t
	last := FirstDataRow + Rows - 1
	for i, c := range w.cols {
		n := i + 1
		col := colName(n)
		// Column formats first, so that typed entries show as intended.
		style := kindStyle(c.kind, w.st.text, w.st.date, w.st.integer, w.st.decimal)
		if err := f.SetColStyle(sh, col, style); err != nil {
			return fmt.Errorf("format column %s: %w", col, err) //msg:ok the writer's fault, never the input's
		}
		if err := f.SetColWidth(sh, col, col, w.width(c)); err != nil {
			return err
		}
		head := cellName(n, HeaderRow)
		if err := f.SetCellStr(sh, head, c.header); err != nil {
			return err
		}
		hs := w.st.header
		if c.required {
			hs = w.st.headerRequired
		}
		if err := f.SetCellStyle(sh, head, head, hs); err != nil {
			return err
		}
		if err := f.AddComment(sh, excelize.Comment{Cell: head, Author: t.T("blank.author"), Text: w.note(c), Width: 300, Height: 160}); err != nil {
			return fmt.Errorf("add the note on %s: %w", head, err) //msg:ok the writer's fault, never the input's
		}
		if err := w.validate(c, fmt.Sprintf("%s%d:%s%d", col, FirstDataRow, col, last)); err != nil {
			return fmt.Errorf("add the validation of column %s: %w", col, err) //msg:ok the writer's fault, never the input's
		}
	}
	if err := w.exampleRow(); err != nil {
		return err
	}
	lines := 1
	for _, c := range w.cols {
		lines = max(lines, wrappedLines(c.header, w.width(c)))
	}
	if err := f.SetRowHeight(sh, HeaderRow, float64(15*lines+3)); err != nil {
		return err
	}
	// LibreOffice drops a frozen pane that has no selection in it.
	first := cellName(1, HeaderRow+1)
	return f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: HeaderRow, TopLeftCell: first, ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: first, ActiveCell: first, Pane: "bottomLeft"}}})
}

// kindStyle picks a column's style by its kind: dates, whole numbers and
// decimals have their own number formats, everything else is text.
func kindStyle(k schema.Kind, text, date, integer, decimal int) int {
	switch k {
	case schema.Date:
		return date
	case schema.Integer:
		return integer
	case schema.Decimal:
		return decimal
	}
	return text
}

func (w *writer) exampleRow() error {
	f, sh := w.f, w.sheet
	for i, c := range w.cols {
		ref := cellName(i+1, ExampleRow)
		v := c.example
		style := kindStyle(c.kind, w.st.example, w.st.exampleDate, w.st.exampleInt, w.st.exampleDec)
		if i == 0 {
			// The first cell carries the marker the reader skips the row by.
			s := ExamplePrefix(w.t.Lang)
			if v != nil {
				s += " " + fmt.Sprint(v)
			}
			v, style = s, w.st.example
		}
		if v != nil {
			if err := f.SetCellValue(sh, ref, v); err != nil {
				return fmt.Errorf("write the example in %s: %w", ref, err) //msg:ok the writer's fault, never the input's
			}
		}
		if err := f.SetCellStyle(sh, ref, ref, style); err != nil {
			return err
		}
	}
	return nil
}

// validate adds the data validation of one column over sqref.
func (w *writer) validate(c column, sqref string) error {
	t := w.t
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	prompt := truncate(w.valuesText(c), 255)
	title := truncate(c.name, 32)
	switch c.kind {
	case schema.Date:
		if err := dv.SetRange(int(value.Serial(minDate, false)), int(value.Serial(maxDate, false)), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
	case schema.Integer:
		lo, hi := 0, 0
		op := excelize.DataValidationOperatorGreaterThanOrEqual
		if c.key == "edition" {
			lo, hi, op = 1, 1000, excelize.DataValidationOperatorBetween
		}
		if err := dv.SetRange(lo, hi, excelize.DataValidationTypeWhole, op); err != nil {
			return err
		}
		if op != excelize.DataValidationOperatorBetween {
			dv.Formula2 = ""
		}
	case schema.Decimal:
		if err := dv.SetRange(0, 0, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorGreaterThanOrEqual); err != nil {
			return err
		}
		dv.Formula2 = ""
	case schema.Enum:
		dv.SetSqrefDropList(w.listRef(c.enum.Name, enumLabels(c.enum, t.Lang)))
	case schema.Country:
		dv.SetSqrefDropList(w.listRef("states", stateNames(w.opt.Config, t.Lang)))
	case schema.Text, schema.FreeList:
		table, ok := registryTables[c.key]
		if !ok {
			if c.kind == schema.Text {
				return nil
			}
			dv.SetInput(title, prompt) // a list: no check can be expressed
			return w.f.AddDataValidation(w.sheet, dv)
		}
		// A name from the registry, in the template's language: a pick
		// from the list, or anything else after a warning (a new
		// partner is allowed; several, separated by ";", too).
		dv.SetSqrefDropList(w.listRef(table, registryNames(w.opt.Config, w.names, table, t.Lang)))
		dv.SetError(excelize.DataValidationErrorStyleInformation, truncate(t.T("blank.error_title"), 32), prompt)
		dv.SetInput(title, prompt)
		return w.f.AddDataValidation(w.sheet, dv)
	case schema.CountryList:
		// No check can be expressed for a list; a prompt explains it.
		dv.SetInput(title, prompt)
		return w.f.AddDataValidation(w.sheet, dv)
	default:
		return nil
	}
	// Enumerations must come from their list; a state may also be typed
	// as an ISO code or another accepted name, so a state outside the
	// list only warns.
	style := excelize.DataValidationErrorStyleStop
	if c.kind == schema.Country {
		style = excelize.DataValidationErrorStyleWarning
	}
	dv.SetError(style, truncate(t.T("blank.error_title"), 32), prompt)
	dv.SetInput(title, prompt)
	return w.f.AddDataValidation(w.sheet, dv)
}

// listRef registers a drop-down list and returns the absolute reference
// of its cells on the lists sheet.
func (w *writer) listRef(name string, values []string) string {
	i := w.lists.add(name, values)
	col := colName(i + 1)
	return fmt.Sprintf("'%s'!$%s$2:$%s$%d", strings.ReplaceAll(w.listsSh, "'", "''"), col, col, len(values)+1)
}

func (w *writer) listsSheet() error {
	f, sh := w.f, w.listsSh
	for i, name := range w.lists.names {
		header := w.t.T("blank.list." + name)
		if err := f.SetCellStr(sh, cellName(i+1, 1), header); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, cellName(i+1, 1), cellName(i+1, 1), w.st.header); err != nil {
			return err
		}
		width := 12
		for j, v := range w.lists.values[i] {
			if err := f.SetCellStr(sh, cellName(i+1, j+2), v); err != nil {
				return err
			}
			width = max(width, len([]rune(v))+2)
		}
		if err := f.SetColWidth(sh, colName(i+1), colName(i+1), float64(min(width, 50))); err != nil {
			return err
		}
	}
	return f.SetSheetVisible(sh, false)
}

// instructions writes the instructions sheet: title, how to fill the
// data sheet, and a table of its columns.
func (w *writer) instructions() error {
	f, sh, t, cfg := w.f, w.instr, w.t, w.opt.Config
	translated := HeaderLang(t.Lang) != t.Lang
	heads := []string{t.T("blank.col.column")}
	widths := []float64{30}
	if translated {
		heads = append(heads, t.T("blank.col.name"))
		widths = append(widths, 24)
	}
	heads = append(heads, t.T("blank.col.required"), t.T("blank.col.content"), t.T("blank.col.values"))
	widths = append(widths, float64(max(10, textWidth(t.T("blank.col.required"))+3)), 50, 45)
	span := len(heads)
	total := 0.0
	for i, wd := range widths {
		total += wd
		if err := f.SetColWidth(sh, colName(i+1), colName(i+1), wd); err != nil {
			return err
		}
	}
	row := 0
	para := func(text string, style int) error {
		row++
		ref := cellName(1, row)
		if err := f.SetCellStr(sh, ref, text); err != nil {
			return err
		}
		if err := f.MergeCell(sh, ref, cellName(span, row)); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, ref, cellName(span, row), style); err != nil {
			return err
		}
		lines := wrappedLines(text, total)
		return f.SetRowHeight(sh, row, float64(15*lines+2))
	}
	sub := func(key string) string {
		return t.Sub(key, "sheet", w.sheet, "lists", w.listsSh, "year", strconv.Itoa(cfg.Report.Year),
			"rows", t.T("blank.rows."+string(w.d)), "dataset", t.T("blank.dataset."+string(w.d)))
	}
	if err := para(sub("blank.title"), w.st.title); err != nil {
		return err
	}
	if err := para(cfg.Report.Organisation.In(t.Lang), w.st.text); err != nil {
		return err
	}
	row++
	for i := 1; t.Has(fmt.Sprintf("blank.intro.%d", i)); i++ {
		if err := para(sub(fmt.Sprintf("blank.intro.%d", i)), w.st.text); err != nil {
			return err
		}
	}
	if translated {
		if err := para(sub("blank.headers_note"), w.st.text); err != nil {
			return err
		}
	}
	row++
	row++
	for i, h := range heads {
		if err := f.SetCellStr(sh, cellName(i+1, row), h); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sh, cellName(1, row), cellName(span, row), w.st.header); err != nil {
		return err
	}
	for _, c := range w.cols {
		row++
		cells := []string{c.header}
		if translated {
			cells = append(cells, c.name)
		}
		req := ""
		if c.required {
			req = t.T("blank.yes")
		}
		cells = append(cells, req, c.help, w.valuesText(c))
		lines := 1
		for i, s := range cells {
			if err := f.SetCellStr(sh, cellName(i+1, row), s); err != nil {
				return err
			}
			lines = max(lines, wrappedLines(s, widths[i]))
		}
		style := w.st.text
		if c.required {
			style = w.st.textBold
		}
		if err := f.SetCellStyle(sh, cellName(1, row), cellName(1, row), style); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, cellName(2, row), cellName(span, row), w.st.text); err != nil {
			return err
		}
		if err := f.SetRowHeight(sh, row, float64(15*lines+2)); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) properties() error {
	cfg, t := w.opt.Config, w.t
	stamp := w.opt.Date.UTC().Format("2006-01-02T15:04:05Z")
	title := t.Sub("blank.title", "sheet", w.sheet, "dataset", t.T("blank.dataset."+string(w.d)))
	if err := w.f.SetDocProps(&excelize.DocProperties{
		Title:          title,
		Creator:        cfg.Report.Organisation.In(t.Lang),
		LastModifiedBy: cfg.Report.Organisation.In(t.Lang),
		Language:       t.Lang,
		Created:        stamp,
		Modified:       stamp,
	}); err != nil {
		return err
	}
	sheets := strings.Join([]string{w.instr, w.listsSh}, schema.TemplateSheetsSep)
	if err := w.f.SetDefinedName(&excelize.DefinedName{Name: schema.TemplateSheetsName,
		RefersTo: `"` + strings.ReplaceAll(sheets, `"`, `""`) + `"`}); err != nil {
		return err
	}
	return w.f.SetCustomProps(excelize.CustomProperty{Name: schema.TemplateSheetsProperty, Value: sheets})
}

// width is a column's width in characters: enough for its values and for
// the longest word of its header.
func (w *writer) width(c column) float64 {
	n := 14
	switch c.kind {
	case schema.Date:
		n = 13
	case schema.Integer, schema.Decimal:
		n = 12
	case schema.Country:
		n = 20
	case schema.CountryList, schema.FreeList:
		n = 28
	case schema.Text:
		n = 24
	case schema.Enum:
		for _, l := range enumLabels(c.enum, w.t.Lang) {
			n = max(n, textWidth(l)+3)
		}
	}
	for _, word := range strings.Fields(c.header) {
		n = max(n, textWidth(word)+2)
	}
	return float64(min(n, 40))
}

// textWidth estimates the width of text in character units: Chinese
// characters count double.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x2E80 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// wrappedLines estimates how many lines text takes in a wrapped cell of
// the given width, by wrapping it at spaces (and between Chinese
// characters) as a spreadsheet does, to set row heights: Excel does not
// fit them on opening.
func wrappedLines(text string, width float64) int {
	capacity := width * 0.9 // bold text and cell padding
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		n, cur := 1, 0.0
		place := func(w float64, space bool) {
			sep := 0.0
			if space && cur > 0 {
				sep = 1
			}
			if cur > 0 && cur+sep+w > capacity {
				n++
				cur = w
			} else {
				cur += sep + w
			}
			for cur > capacity {
				n++
				cur -= capacity
			}
		}
		for _, field := range strings.Fields(para) {
			space, word := true, 0.0
			for _, r := range field {
				if r >= 0x2E80 {
					if word > 0 {
						place(word, space)
						space, word = false, 0
					}
					place(2, space)
					space = false
					continue
				}
				word++
			}
			if word > 0 {
				place(word, space)
			}
		}
		lines += n
	}
	return max(lines, 1)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// styles holds the workbook's cell style IDs, created in a fixed order.
type styles struct {
	header, headerRequired                       int
	text, textBold, title                        int
	date, integer, decimal                       int
	example, exampleDate, exampleInt, exampleDec int
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	ptr := func(x string) *string { return &x }
	bold := &excelize.Font{Bold: true}
	bottom := []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
	wrapTop := &excelize.Alignment{Vertical: "top", WrapText: true}
	grey := &excelize.Font{Italic: true, Color: "808080"}
	defs := []struct {
		id *int
		st excelize.Style
	}{
		{&s.header, excelize.Style{Font: bold, Border: bottom, Alignment: wrapTop,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}}},
		{&s.headerRequired, excelize.Style{Font: bold, Border: bottom, Alignment: wrapTop,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F8CBAD"}}}},
		{&s.text, excelize.Style{NumFmt: 49, Alignment: wrapTop}},
		{&s.textBold, excelize.Style{NumFmt: 49, Font: bold, Alignment: wrapTop}},
		{&s.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}, Alignment: wrapTop}},
		{&s.date, excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd"), Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}},
		{&s.integer, excelize.Style{NumFmt: 1, Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.decimal, excelize.Style{NumFmt: 0, Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.example, excelize.Style{Font: grey, Alignment: wrapTop}},
		{&s.exampleDate, excelize.Style{Font: grey, CustomNumFmt: ptr("yyyy-mm-dd"), Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}},
		{&s.exampleInt, excelize.Style{Font: grey, NumFmt: 1, Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.exampleDec, excelize.Style{Font: grey, NumFmt: 0, Alignment: &excelize.Alignment{Vertical: "top"}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return s, fmt.Errorf("create a cell style: %w", err) //msg:ok the writer's fault, never the input's
		}
		*d.id = id
	}
	return s, nil
}
