package ingest

import (
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/integrity"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/registry"
	"ratsreport/report/schema"
	"ratsreport/report/value"
)

// reader holds what is shared by all files of one read.
type reader struct {
	cfg       *config.Config
	countries *value.Countries
	names     *registry.Registry
	limits    integrity.Limits
	sheets    map[string]kindID // SheetKey → dataset
	headers   map[schema.Dataset]map[string]colRef
	loose     map[schema.Dataset]map[string]colRef // by looseKey, for two-row headers
	units     map[schema.Dataset][][]string        // per dataset and indicator, its unit's forms (value.UnitKey), English first
	unitNames map[string]config.Text               // a unit's names by its key, for messages
}

// colRef is what a header names: a contract column or a border indicator.
type colRef struct {
	key       string // column key, or "" for an indicator
	indicator int    // index into the sheet's indicators (config.IndicatorsOf), or -1
	label     string // the contract's English header, for messages
}

func newReader(cfg *config.Config, lim integrity.Limits) *reader {
	r := &reader{
		cfg:       cfg,
		countries: value.NewCountries(cfg),
		names:     registry.New(cfg),
		limits:    lim,
		sheets:    map[string]kindID{},
		headers:   map[schema.Dataset]map[string]colRef{},
		loose:     map[schema.Dataset]map[string]colRef{},
		unitNames: map[string]config.Text{},
		units:     map[schema.Dataset][][]string{},
	}
	for _, ds := range []schema.Dataset{schema.Border, schema.Online} {
		for _, ind := range cfg.IndicatorsOf(string(ds)) {
			var forms []string
			for _, l := range config.Languages {
				if u := ind.Unit[l]; u != "" {
					forms = append(forms, value.UnitKey(u))
				}
			}
			if len(forms) > 0 {
				r.unitNames[forms[0]] = ind.Unit
			}
			r.units[ds] = append(r.units[ds], forms)
		}
	}
	for k, ds := range kindDatasets {
		s := schema.SheetFor(ds)
		names := []string{s.EN, s.RU}
		names = append(names, cfg.Aliases[string(s.Dataset)]["sheet"]...)
		for _, n := range names {
			r.sheets[schema.SheetKey(n)] = kindID(k)
		}
		h := map[string]colRef{}
		for _, c := range s.Columns {
			ref := colRef{key: c.Key, indicator: -1, label: c.EN}
			for _, n := range append([]string{c.EN, c.RU}, cfg.Aliases[string(s.Dataset)][c.Key]...) {
				h[schema.Normalize(n)] = ref
			}
		}
		if schema.Indicated(s.Dataset) {
			for i, ind := range cfg.IndicatorsOf(string(s.Dataset)) {
				ref := colRef{indicator: i, label: ind.Header.In("en")}
				names := append([]string{}, ind.Aliases...)
				for _, l := range config.Languages {
					if ind.Header[l] != "" {
						names = append(names, ind.Header[l])
					}
				}
				for _, n := range names {
					h[schema.Normalize(n)] = ref
				}
			}
		}
		r.headers[s.Dataset] = h
		loose := map[string]colRef{}
		for n, ref := range h {
			loose[looseKey(n)] = ref
		}
		r.loose[s.Dataset] = loose
	}
	return r
}

// fileResult is what one file gave.
type fileResult struct {
	source model.SourceFile
	diags  diag.List
	rows   []row // every data row of every recognised sheet, in order
	// translations are the per-cell translations of the rows kept.
	translations []model.Translation
}

// row is one parsed data row, ready for merging.
type row struct {
	kind   kindID
	rowNum int
	rec    record
	cols   map[string]int // column key → column number, for messages
	lang   string         // the language of its sheet's header row, for messages
}

// readFile reads one workbook. It never panics: a panic inside the
// spreadsheet library becomes an error on the file.
func (r *reader) readFile(in input) (fr *fileResult) {
	fr = &fileResult{source: model.SourceFile{Path: in.display}}
	defer func() {
		// Messages quote the file's own bytes at times (XML syntax errors,
		// part names), which need not be UTF-8; outputs must be.
		for i := range fr.diags {
			fr.diags[i].Message = strings.ToValidUTF8(fr.diags[i].Message, "\uFFFD")
			fr.diags[i].Msg = validMessage(fr.diags[i].Msg)
		}
	}()
	defer func() {
		if p := recover(); p != nil {
			fr.rows = nil
			fr.source.Failed = true
			fr.diags = append(fr.diags, diag.New(in.display, "", 0, 0, diag.Error,
				msg.New(msg.ReadInternalError, fmt.Sprint(p), firstFrames(debug.Stack()))))
		}
	}()
	failMsg := func(m msg.Message) *fileResult {
		fr.rows = nil
		fr.source.Failed = true
		fr.diags.AddMsg(in.display, "", 0, 0, diag.Error, m)
		return fr
	}
	fail := func(key msg.Key, args ...any) *fileResult { return failMsg(msg.New(key, args...)) }
	file, err := os.Open(in.path)
	if err != nil {
		return fail(msg.ReadFileUnreadable, unwrapPath(err))
	}
	defer file.Close()
	size, sum, err := hashFile(file)
	if err != nil {
		return fail(msg.ReadFileUnreadable, unwrapPath(err))
	}
	fr.source.Size, fr.source.SHA256 = size, sum
	// The strict pass runs concurrently from here while excelize streams;
	// its verdicts are applied to the sheets once both are done.
	// The recognised sheets are read once, by the strict pass itself,
	// which yields their cells (integrity.Rows); it checks the others
	// beside.
	pk, err := integrity.OpenReading(file, size, r.limits, func(name string) bool {
		_, ok := r.sheets[schema.SheetKey(name)]
		return ok
	})
	if err != nil {
		return failMsg(errMessage(err))
	}
	defer pk.Close() // never leave the strict pass running after a return
	// The workbook's own facts (its sheets, their visibility, the date
	// system, the template's marks) come from the workbook part the strict
	// pass has parsed, as excelize would give them (integrity.Workbook):
	// opening the package again through excelize inflated every worksheet
	// a second time.
	book := pk.Workbook()
	date1904 := book.Date1904
	sheets := make([]string, len(book.Sheets))
	for i, sh := range book.Sheets {
		sheets[i] = sh.Name
	}
	// Excel compares sheet names ignoring case, and so does the library
	// when it looks a sheet up: of two sheets so named it would read
	// either, at random.
	folded := map[string][]string{}
	for _, name := range sheets {
		k := foldName(name)
		folded[k] = append(folded[k], name)
	}
	var readers []*sheetReader
	var service map[string]bool // the template's own sheets, read on the first unknown sheet
	for _, name := range sheets {
		k, ok := r.sheets[schema.SheetKey(name)]
		if !ok {
			fr.source.Sheets = append(fr.source.Sheets, model.SheetAudit{Name: name})
			if service == nil {
				service = templateSheets(pk)
			}
			if !service[name] {
				fr.diags.Add(in.display, name, 0, 0, diag.Notice, msg.ReadSheetIgnored)
			}
			continue
		}
		sr := &sheetReader{r: r, file: in.display, sheet: name, kind: k, dataset: kindDatasets[k], date1904: date1904}
		readers = append(readers, sr)
		if same := folded[foldName(name)]; len(same) > 1 {
			sr.refuse(msg.ReadSheetNamesClash, len(same), quotedAnd(same))
			continue
		}
		lay, err := pk.Guard(name)
		if err != nil {
			sr.refuse(msg.ReadSheetRefused, err)
			continue
		}
		sr.lay = lay
		if book.Hidden(name) {
			fr.diags.Add(in.display, name, 0, 0, diag.Notice, msg.ReadSheetHidden)
		}
		sr.readFrom(strictRows{pk.Rows(name)})
	}
	verdicts, err := pk.Verify()
	if err != nil {
		return failMsg(errMessage(err))
	}
	for _, sr := range readers {
		sr.applyVerdict(verdicts.Sheet(sr.sheet))
		sr.audit.Records = len(sr.rows)
		sr.audit.Footnotes = sr.footnotes
		fr.source.Sheets = append(fr.source.Sheets, sr.audit)
		fr.diags = append(fr.diags, sr.diags...)
		fr.rows = append(fr.rows, sr.rows...)
		fr.translations = append(fr.translations, sr.keptTranslations()...)
	}
	sortSheets(fr.source.Sheets, sheets)
	return fr
}

// foldName is a sheet name as Excel compares it, ignoring case.
func foldName(s string) string { return strings.ToLower(strings.ToUpper(s)) }

// sortSheets puts the audit back in workbook order.
func sortSheets(audits []model.SheetAudit, order []string) {
	pos := map[string]int{}
	for i, n := range order {
		pos[n] = i
	}
	sort.SliceStable(audits, func(i, j int) bool { return pos[audits[i].Name] < pos[audits[j].Name] })
}

func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 12 {
		lines = lines[:12]
	}
	return strings.Join(lines, "\n")
}

// sheetReader reads one recognised sheet.
type sheetReader struct {
	r         *reader
	file      string
	sheet     string
	kind      kindID
	dataset   schema.Dataset // kindDatasets[kind]
	date1904  bool
	lang      string // the language of the header row (headerLang); "" before it, which every use reads as English
	audit     model.SheetAudit
	diags     diag.List
	rows      []row
	hdrRow    int            // the header row's number, 0 when not found
	lastRow   int            // the last row the streaming reader returned
	damaged   bool           // the streaming reader reported an error
	refused   bool           // not read at all (see refuse)
	cols      map[int]colRef // column number → what it holds
	keyCol    map[string]int // column key → column number
	indCol    []int          // indicator index → column number, 0 when absent
	strs      map[string]string
	resolved  map[resolvedKey]registry.Resolution    // names already resolved (names.go)
	nameNotes map[string]bool                        // name warnings already given (names.go)
	suggested int                                    // unknown names given suggestions (names.go)
	figures   model.FigureSlab                       // the border reports' figures
	borders   []model.BorderReport                   // the rest of the current block (see newBorder)
	sites     map[model.BorderSite]*model.BorderSite // the sheet's border sites (see site)
	// Per-language columns of free text (translations.go).
	trCols       []trCol
	trSeen       map[trKey]bool
	translations []model.Translation

	// The layout (layout.go).
	lay           *integrity.Layout // merged ranges and hidden columns, from Guard
	mergeNext     int               // the next range of lay.Merges to reach
	active        []activeMerge     // the ranges covering the current row
	tooManyMerged bool              // more than maxActiveMerges ranges met one row
	curRow        int               // the row being read
	hdrPending    bool              // the header row may have a second row (hdrCells)
	hdrCells      []string
	mergeNotes    []activeMerge // merged ranges from the row after the header, noted if it is a data row
	hdrWidth      int           // the header's last column
	tot           *totals
	pending       []footRow // rows that are footnotes if no data row follows
	footnotes     []string
	hidden        hiddenSpans // hidden rows of the table
	unitsTyped    int         // figures typed with the column's unit
	unitFirst     string      // where the first of them is, for the notice
}

// intern returns one shared copy of a short repeated string.
func (s *sheetReader) intern(v string) string {
	// A cell's text shares its memory with its whole row (the strict
	// pass hands a row's cells as parts of one string): what a record
	// keeps is copied, so that a million records do not keep a million
	// rows alive.
	if v == "" {
		return v
	}
	if len(v) > 64 {
		return strings.Clone(v)
	}
	if s.strs == nil {
		s.strs = map[string]string{}
	}
	if x, ok := s.strs[v]; ok {
		return x
	}
	v = strings.Clone(v)
	if len(s.strs) < 100_000 {
		s.strs[v] = v
	}
	return v
}

// add files a diagnostic at a cell of the sheet: the message key with its
// arguments (see addMsg).
func (s *sheetReader) add(row, col int, sev diag.Severity, key msg.Key, args ...any) {
	s.addMsg(row, col, sev, msg.New(key, args...))
}

// addMsg files a diagnostic at a cell of the sheet; one about a cell of
// the current row inside a merged range names the range: its message
// wraps m (msg.ReadInMergedRange), which reads in the same language.
func (s *sheetReader) addMsg(row, col int, sev diag.Severity, m msg.Message) {
	if len(s.active) > 0 {
		if r, ok := s.mergedAt(row, col); ok {
			m = msg.New(msg.ReadInMergedRange, m, r.String(), cellName(r.Top, r.Left))
		}
	}
	s.diags.AddMsg(s.file, s.sheet, row, col, sev, m)
}

// refuse marks a sheet that is not read at all, with the reason.
func (s *sheetReader) refuse(key msg.Key, args ...any) {
	s.audit = model.SheetAudit{Name: s.sheet, Dataset: string(s.dataset)}
	s.add(0, 0, diag.Error, key, args...)
	s.damaged, s.refused = true, true
}

// maxHeaderSearch is how many rows may stand above the header row.
const maxHeaderSearch = 30

// rowSource is where a sheet's rows come from: the strict pass (the
// build's reader, integrity.Rows) or excelize's streaming reader, which
// it matches (the differential test in report/integrity).
type rowSource interface {
	Next() bool
	// Row returns the current row's cells and hidden flag.
	Row() (cells []string, hidden bool, err error)
	Err() error
	Close()
}

// strictRows are the rows of the strict pass.
type strictRows struct{ rs *integrity.Rows }

func (s strictRows) Next() bool { return s.rs.Next() }
func (s strictRows) Row() ([]string, bool, error) {
	r := s.rs.Row()
	return r.Cells, r.Hidden, nil
}
func (s strictRows) Err() error { return s.rs.Err() }
func (s strictRows) Close()     { s.rs.Close() }

// excelizeRows are excelize's rows, asked for as the strict pass gives them.
type excelizeRows struct{ rows *excelize.Rows }

func (e excelizeRows) Next() bool { return e.rows.Next() }
func (e excelizeRows) Row() ([]string, bool, error) {
	cells, err := e.rows.Columns(excelize.Options{RawCellValue: true})
	return cells, e.rows.GetRowOpts().Hidden, err
}
func (e excelizeRows) Err() error { return e.rows.Error() }
func (e excelizeRows) Close()     { e.rows.Close() }

// read streams the sheet's rows through excelize and parses the data rows.
func (s *sheetReader) read(f *excelize.File) {
	rows, err := f.Rows(s.sheet)
	if err != nil {
		s.audit = model.SheetAudit{Name: s.sheet, Dataset: string(s.dataset)}
		s.add(0, 0, diag.Error, msg.ReadSheetUnreadable, err)
		s.damaged = true
		return
	}
	s.readFrom(excelizeRows{rows})
}

// readFrom reads the sheet's rows from src and parses the data rows.
func (s *sheetReader) readFrom(rows rowSource) {
	s.audit = model.SheetAudit{Name: s.sheet, Dataset: string(s.dataset)}
	defer rows.Close()
	if s.lay == nil {
		s.lay = &integrity.Layout{}
	}
	var (
		rowNum     int
		unknownHdr []string
	)
	for rows.Next() {
		rowNum++
		s.curRow = rowNum
		cells, hidden, err := rows.Row()
		if err != nil {
			s.add(rowNum, 0, diag.Error, msg.ReadRowUnreadable, err)
			s.damaged = true
			break
		}
		if max := s.r.limits.MaxColumns; len(cells) > max {
			last, _ := excelize.ColumnNumberToName(len(cells))
			limit, _ := excelize.ColumnNumberToName(max)
			s.add(rowNum, 0, diag.Error, msg.ReadRowTooWide, last, max, limit)
			s.damaged = true
			break
		}
		if len(s.lay.Merges) > 0 {
			cells = s.fillMerged(rowNum, cells)
		}
		if s.hdrRow == 0 {
			if rowNum > maxHeaderSearch {
				break
			}
			if s.isHeader(cells) {
				s.hdrRow = rowNum
				if s.startsGroupHeader(rowNum) {
					s.hdrPending, s.hdrCells = true, cells
				} else {
					unknownHdr = s.mapHeader(rowNum, cells)
				}
			}
			continue
		}
		if s.hdrPending {
			// The second row of a two-row header, when reading it so
			// names more columns than the first row alone.
			s.hdrPending = false
			if both := s.combineHeader(s.hdrCells, s.hdrRow, cells); s.known(both) > s.known(s.hdrCells) {
				unknownHdr = s.mapHeader(rowNum, both)
				s.hdrRow, s.hdrCells, s.mergeNotes = rowNum, nil, nil // the data begin below the second row
				continue
			}
			unknownHdr = s.mapHeader(s.hdrRow, s.hdrCells)
			for _, a := range s.mergeNotes {
				s.noteMerge(a)
			}
			s.hdrCells, s.mergeNotes = nil, nil
		}
		if blank(cells) || isExample(cells) {
			continue
		}
		if hidden {
			s.hidden.add(rowNum)
		}
		if col, label, kind := s.rowLabel(cells); kind != notLabel {
			if kind == totalLabel {
				s.totalRow(rowNum, cells, col, label)
			} else {
				s.add(rowNum, col, diag.Notice, msg.ReadBreakdownLine, label)
			}
			continue
		}
		if col, text := s.footnoteText(cells); col != 0 && len(s.pending) < maxPendingFootnotes {
			s.pending = append(s.pending, footRow{row: rowNum, col: col, text: text, cells: cells})
			continue
		}
		for _, p := range s.pending {
			s.curRow = p.row
			s.readDataRow(p.row, p.cells)
		}
		s.pending = s.pending[:0]
		s.curRow = rowNum
		s.readDataRow(rowNum, cells)
	}
	s.curRow = 0
	if s.hdrPending { // the sheet ends after the header row
		s.hdrPending = false
		unknownHdr = s.mapHeader(s.hdrRow, s.hdrCells)
	}
	for _, p := range s.pending {
		s.footnotes = append(s.footnotes, p.text)
		s.add(p.row, p.col, diag.Notice, msg.ReadFootnote, p.text)
	}
	if s.unitsTyped > 0 {
		s.add(0, 0, diag.Notice, msg.ReadUnitsTyped, s.unitsTyped, s.unitFirst)
	}
	s.lastRow = rowNum
	if err := rows.Err(); err != nil {
		s.add(rowNum+1, 0, diag.Error, msg.ReadSheetCut, rowNum, err)
		s.damaged = true
	}
	if s.hdrRow == 0 {
		if !s.damaged {
			s.add(0, 0, diag.Error, msg.ReadNoHeader, maxHeaderSearch, exampleHeaders{s.dataset})
		}
		s.rows = nil
		return
	}
	if len(unknownHdr) > 0 {
		s.add(s.hdrRow, 0, diag.Notice, msg.ReadUnknownColumns, listSome(unknownHdr))
	}
	s.reportHidden()
	if s.missingRequired() {
		s.rows = nil
		s.audit.Rejected = s.audit.Rows
	}
}

// readDataRow reads one data row into a record, or rejects it.
func (s *sheetReader) readDataRow(rowNum int, cells []string) {
	s.audit.Rows++
	if col, problem := s.badCell(cells); col > 0 {
		s.add(rowNum, col, diag.Error, msg.ReadRowRejected, problem)
		s.audit.Rejected++
		s.dataRow(rowNum, true)
		return
	}
	rec, ok := s.parseRow(rowNum, cells)
	s.dataRow(rowNum, false)
	if ok {
		s.rows = append(s.rows, row{kind: s.kind, rowNum: rowNum, rec: rec, cols: s.keyCol, lang: s.lang})
		s.rowTranslations(rowNum, cells)
	} else {
		s.audit.Rejected++
	}
}

// maxCellText is the most characters a cell holds in Excel; a longer text
// could not be written to the Excel summary either.
const maxCellText = 32767

// badCell returns the first cell the sheet uses whose text no output
// could carry faithfully, with the problem: longer than a cell holds, or
// with a control character (which the escapes _x001B_ and the like bring
// in: terminal escape sequences, NUL), rather than text.
func (s *sheetReader) badCell(cells []string) (col int, problem msg.Message) {
	for i, c := range cells {
		if _, used := s.cols[i+1]; !used {
			continue
		}
		if len(c) > maxCellText {
			if n := utf8.RuneCountInString(c); n > maxCellText {
				return i + 1, msg.New(msg.ReadCellTooLong, n, maxCellText)
			}
		}
		for j := 0; j < len(c); j++ { // bytes: this runs on every cell
			b := c[j]
			if b < ' ' && b != '\t' && b != '\n' && b != '\r' || b == 0x7f || b == 0xc2 && j+1 < len(c) && c[j+1] < 0xa0 {
				r, _ := utf8.DecodeRuneInString(c[j:])
				return i + 1, msg.New(msg.ReadControlChar, fmt.Sprintf("%U", r))
			}
		}
	}
	return 0, msg.Message{}
}

// applyVerdict applies the strict pass's verdict: a damaged sheet gives
// no records at all, with an error at the row where the damage is; a cell
// the streaming reader could not read truly is an error on its row, which
// is then rejected.
func (s *sheetReader) applyVerdict(v *integrity.Verdict) {
	if s.refused {
		return
	}
	switch {
	case v == nil:
		if !s.damaged { // otherwise the reader has said why already
			s.add(0, 0, diag.Error, msg.ReadSheetUnlocated)
		}
		s.damaged = true
	case v.NotWorksheet:
		s.diags = nil // what the reader made of it is beside the point
		s.addMsg(v.Damage.Row, 0, diag.Error, v.Damage.Msg)
		s.damaged = true
	case v.Damage != nil:
		s.add(v.Damage.Row, 0, diag.Error, msg.ReadSheetDamaged, v.Damage.Msg)
		s.damaged = true
	case !s.damaged && s.hdrRow != 0 && s.lastRow < v.LastRow:
		s.add(s.lastRow+1, 0, diag.Error, msg.ReadSheetStopped, s.lastRow, v.LastRow)
		s.damaged = true
	}
	if s.damaged {
		// Cell-level complaints about a damaged sheet are noise: what
		// the reader saw of it is not what the sheet holds.
		kept := s.diags[:0]
		for _, d := range s.diags {
			if d.Col == 0 {
				kept = append(kept, d)
			}
		}
		s.diags = kept
		s.rows = nil
		s.audit.Rejected = s.audit.Rows
		return
	}
	bad := map[int]bool{}
	for _, is := range v.Issues {
		_, mapped := s.cols[is.Col]
		if s.hdrRow == 0 || is.Row <= s.hdrRow || !mapped {
			s.add(is.Row, is.Col, diag.Warning, msg.ReadCellOutside, is.Msg)
			continue
		}
		s.addMsg(is.Row, is.Col, diag.Error, is.Msg)
		bad[is.Row] = true
	}
	if len(bad) == 0 {
		return
	}
	kept := s.rows[:0]
	for _, rw := range s.rows {
		if bad[rw.rowNum] {
			s.audit.Rejected++
			continue
		}
		kept = append(kept, rw)
	}
	s.rows = kept
}

func blank(cells []string) bool {
	for _, c := range cells {
		if value.Clean(c) != "" { // a cell of invisible characters is blank
			return false
		}
	}
	return true
}

// examplePrefixes mark the example row of a blank template: its first
// non-empty cell begins with one of them. The reader skips such rows.
var examplePrefixes = []string{"example:", "пример:", "示例："}

func isExample(cells []string) bool {
	for _, c := range cells {
		c = schema.Normalize(c)
		if c == "" {
			continue
		}
		for _, p := range examplePrefixes {
			if strings.HasPrefix(c, p) {
				return true
			}
		}
		return false
	}
	return false
}

// isHeader reports whether a row is the header row: at least two of its
// cells (one, for a dataset with a single column) are known column names.
func (s *sheetReader) isHeader(cells []string) bool {
	h := s.r.headers[s.dataset]
	n := 0
	for _, c := range cells {
		if _, ok := h[schema.Normalize(c)]; ok {
			n++
		}
	}
	return n >= 2
}

// mapHeader records which column holds what and returns the unknown
// headers. Two columns with the same meaning are an error on the second.
func (s *sheetReader) mapHeader(rowNum int, cells []string) (unknown []string) {
	h := s.r.headers[s.dataset]
	// The language of the header row as far as its names are known, for
	// the messages about the header itself; set again below from the
	// columns mapped.
	s.lang = headerLang(cells, func(col int) bool { _, ok := h[schema.Normalize(cells[col-1])]; return ok })
	s.cols = map[int]colRef{}
	s.keyCol = map[string]int{}
	s.indCol = make([]int, len(s.inds()))
	s.trCols = nil
	for i, c := range cells {
		col := i + 1
		n := schema.Normalize(c)
		if n == "" {
			continue
		}
		ref, ok := h[n]
		if !ok {
			if s.translationColumn(rowNum, col, c) {
				continue
			}
			unknown = append(unknown, strings.TrimSpace(c))
			continue
		}
		prev := 0
		if ref.indicator >= 0 {
			prev = s.indCol[ref.indicator]
		} else {
			prev = s.keyCol[ref.key]
		}
		if prev != 0 {
			name, _ := excelize.ColumnNumberToName(prev)
			s.add(rowNum, col, diag.Error, msg.ReadColumnRepeated, strings.TrimSpace(c), name, s.refName(ref))
			continue
		}
		s.cols[col] = ref
		if ref.indicator >= 0 {
			s.indCol[ref.indicator] = col
			s.keyCol[indicatorKey(ref.indicator)] = col // for the merger's messages
		} else {
			s.keyCol[ref.key] = col
		}
	}
	for i := len(cells); i > 0; i-- {
		if strings.TrimSpace(cells[i-1]) != "" {
			s.hdrWidth = i
			break
		}
	}
	s.lang = headerLang(cells, func(col int) bool { _, ok := s.cols[col]; return ok })
	s.translationsMapped(rowNum)
	s.headerMapped(rowNum)
	return unknown
}

// missingRequired reports each required column the header lacks, and
// notes indicator columns that are absent.
func (s *sheetReader) missingRequired() bool {
	sh := schema.SheetFor(s.dataset)
	var missing []string
	for _, c := range sh.Columns {
		if c.Required && s.keyCol[c.Key] == 0 {
			missing = append(missing, fmt.Sprintf("%q (%s)", c.EN, c.RU))
		}
	}
	headerRow := s.hdrRow
	if len(missing) > 0 {
		s.add(headerRow, 0, diag.Error, msg.ReadColumnsMissing, len(missing), strings.Join(missing, ", "), s.audit.Rows)
		return true
	}
	if schema.Indicated(s.dataset) {
		var absent []string
		for i, c := range s.indCol {
			if c == 0 {
				absent = append(absent, fmt.Sprintf("%q", s.indicatorName(i)))
			}
		}
		if len(absent) > 0 {
			sort.Strings(absent)
			s.add(headerRow, 0, diag.Notice, msg.ReadIndicatorsAbsent, strings.Join(absent, ", "))
		}
	}
	return false
}

// listSome lists quoted names for a message, shortened: a header row may
// hold thousands of columns of any length. Past the first 20, it says how
// many more there are, in the message's language.
func listSome(names []string) msg.Localized {
	const most, width = 20, 40
	var b strings.Builder
	for i, n := range names {
		if i == most {
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		if r := []rune(n); len(r) > width {
			n = string(r[:width-1]) + "…"
		}
		fmt.Fprintf(&b, "%q", n)
	}
	if len(names) > most {
		return msg.New(msg.ReadAndMore, b.String(), len(names)-most)
	}
	return msg.New(msg.ReadErrorText, b.String())
}

// exampleHeaders are the first required columns of a dataset, quoted, for
// a sheet whose header row is not found: their Russian headers in a
// message in Russian, else their English ones (the contract has no
// Chinese headers).
type exampleHeaders struct{ ds schema.Dataset }

// In lists the headers for a message in lang.
func (e exampleHeaders) In(lang string) string {
	sh := schema.SheetFor(e.ds)
	var names []string
	for _, c := range sh.Columns {
		if c.Required {
			names = append(names, fmt.Sprintf("%q", c.Header(lang)))
		}
		if len(names) == 3 {
			break
		}
	}
	return strings.Join(names, ", ")
}

// templateSheets returns the service sheets the workbook's
// schema.TemplateSheetsProperty or schema.TemplateSheetsName names (an
// empty set when it has neither), from the package's own parts.
//
// The reader does not report such a sheet as ignored: a filled template
// sent back is quiet about the sheets the tool itself put in it, whatever
// the language they are named in (their names come from the editable
// texts). The marks, not the names, are what count: a workbook without
// them, or a sheet they do not name (one a clerk added to a template),
// still has its notice. They are read only when a sheet is not recognised.
func templateSheets(pk *integrity.Package) map[string]bool {
	out := map[string]bool{}
	add := func(v string) {
		for _, name := range strings.Split(v, schema.TemplateSheetsSep) {
			if name != "" {
				out[name] = true
			}
		}
	}
	if v, ok := pk.CustomText()[schema.TemplateSheetsProperty]; ok {
		add(v)
	}
	for _, d := range pk.Workbook().Names {
		if d.Name != schema.TemplateSheetsName || d.Local {
			continue
		}
		v := strings.TrimPrefix(strings.TrimSpace(d.RefersTo), "=")
		if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
			add(strings.ReplaceAll(v[1:len(v)-1], `""`, `"`))
		}
	}
	return out
}
