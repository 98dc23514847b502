package ingest

// Tables as people lay them out (data contract, "Tables as people lay
// them out"): total and subtotal rows, vertically merged cells, two-row
// headers, hidden rows and columns, footnotes below the table, and
// figures typed with their unit. The sheet's merged ranges and hidden
// columns come from integrity.Package.Guard, which collects them in its
// streaming pass over the sheet before the rows are read; everything
// else is decided row by row as the rows stream past.

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/diag"
	"ratsreport/report/integrity"
	"ratsreport/report/msg"
	"ratsreport/report/schema"
	"ratsreport/report/value"
)

// ---------------------------------------------------------------- merges

// activeMerge is a merged range that covers the current row, with the
// value of its top-left cell.
type activeMerge struct {
	r   integrity.Range
	val string
}

// maxActiveMerges bounds the merged ranges that cover one row: ranges do
// not overlap, so a row meets at most one per column; more is a damaged
// or hostile sheet, and the work per row must stay bounded.
const maxActiveMerges = 1024

// fillMerged gives the cells of rowNum that a vertically merged range
// covers below its top row the value of the range (the value of its
// top-left cell, which is the only one the clerk sees): the range's value
// applies to every row it covers. Only the range's left column is filled;
// the other columns of a wider range stay empty, as they look. A figure
// column is not filled (see noteMerge). A notice
// names each range of the data rows, once, at its top row.
//
// A range that starts in the header (or above it, in the title) holds a
// column's name, never a value: the data rows it reaches down over are
// read as empty in the columns it covers, as the clerk sees them (one
// merged header cell, no value per row), and headerMapped warns of it.
//
// Once the header is mapped, a range that covers none of the table's
// columns is not kept: what lies beside the table is not read, and a
// sheet whose merges run the full height of every column costs no more
// per row than one whose merges are in the table.
func (s *sheetReader) fillMerged(rowNum int, cells []string) []string {
	if len(s.active) > 0 {
		kept := s.active[:0]
		for _, a := range s.active {
			if a.r.Bottom >= rowNum {
				kept = append(kept, a)
			}
		}
		s.active = kept
	}
	ms := s.lay.Merges
	for s.mergeNext < len(ms) && ms[s.mergeNext].Top <= rowNum {
		m := ms[s.mergeNext]
		s.mergeNext++
		if m.Bottom < rowNum || m.Left > s.r.limits.MaxColumns {
			continue
		}
		v := ""
		if m.Top == rowNum && m.Left <= len(cells) {
			v = cells[m.Left-1]
		}
		if m.Bottom > m.Top && s.hdrRow != 0 && m.Top > s.hdrRow {
			if s.hdrPending { // the row may be the header's second row
				if len(s.mergeNotes) < maxActiveMerges { // more overlap: see below
					s.mergeNotes = append(s.mergeNotes, activeMerge{r: m, val: v})
				}
			} else {
				s.noteMerge(activeMerge{r: m, val: v})
			}
		}
		if s.cols != nil && !s.inTable(m) {
			continue
		}
		if len(s.active) >= maxActiveMerges {
			if !s.tooManyMerged {
				s.tooManyMerged = true
				s.diags.Add(s.file, s.sheet, m.Top, m.Left, diag.Warning, msg.ReadMergesOverlap, maxActiveMerges, rowNum, m.String())
			}
			continue
		}
		s.active = append(s.active, activeMerge{r: m, val: v})
	}
	for _, a := range s.active {
		if a.r.Top == rowNum {
			continue
		}
		if s.hdrRow != 0 && a.r.Top <= s.hdrRow {
			// A header's range over a row below the header.
			for c := a.r.Left; c <= a.r.Right && c <= len(cells); c++ {
				cells[c-1] = ""
			}
			continue
		}
		if a.val == "" || s.figureCol(a.r.Left) {
			continue
		}
		if a.r.Left > len(cells) {
			grown := make([]string, a.r.Left)
			copy(grown, cells)
			cells = grown
		}
		cells[a.r.Left-1] = a.val
	}
	return cells
}

// headerMapped is called once the header is mapped, with its last row:
// it sets up the totals, and warns of each merged range that starts in
// the header and reaches down over the data rows (a clerk who merged a
// header cell with the empty cells under it), whose cells below the
// header are read as empty (see fillMerged). It then drops the ranges
// that cover none of the table's columns.
func (s *sheetReader) headerMapped(hdrRow int) {
	s.newTotals()
	kept := s.active[:0]
	for _, a := range s.active {
		if m := a.r; m.Top <= hdrRow && m.Bottom > hdrRow {
			rows := msg.New(msg.ReadMergeDataRows, hdrRow+1, m.Bottom)
			if m.Bottom == hdrRow+1 {
				rows = msg.New(msg.ReadMergeDataRow, m.Bottom)
			}
			what := msg.New(msg.ReadMergeHeader, strings.TrimSpace(a.val), cellName(m.Top, m.Left))
			if strings.TrimSpace(a.val) == "" {
				what = msg.New(msg.ReadMergeHeaderCell, cellName(m.Top, m.Left))
			}
			s.diags.Add(s.file, s.sheet, m.Top, m.Left, diag.Warning, msg.ReadMergeHeaderDown, m.String(), what, rows)
		}
		if s.inTable(a.r) {
			kept = append(kept, a)
		}
	}
	s.active = kept
}

// inTable reports whether a merged range covers one of the columns the
// header maps: a few tens, whatever the width of the range or the sheet.
func (s *sheetReader) inTable(m integrity.Range) bool {
	for col := range s.cols {
		if col >= m.Left && col <= m.Right {
			return true
		}
	}
	return false
}

// noteMerge is the notice of a merged range of the data rows. A figure
// merged down over several rows is not repeated in each (that would count
// it once per row): it is counted once, with a warning. A range beside
// the table, in columns that are not read, is not noted.
func (s *sheetReader) noteMerge(a activeMerge) {
	m := a.r
	if !s.inTable(m) {
		return
	}
	if s.figureCol(m.Left) {
		s.diags.Add(s.file, s.sheet, m.Top, m.Left, diag.Warning, msg.ReadMergedFigure,
			m.String(), strings.TrimSpace(a.val), m.Top, m.Top, m.Bottom)
		return
	}
	s.diags.Add(s.file, s.sheet, m.Top, m.Left, diag.Notice, msg.ReadMergedValue,
		m.String(), s.shown(m.Left, a.val), cellName(m.Top, m.Left), m.Top, m.Bottom)
}

// shown is a cell's value as the clerk sees it, for messages: a date
// column's serial number as its date (2025-09-01, not 45901); anything
// else as read.
func (s *sheetReader) shown(col int, raw string) string {
	raw = strings.TrimSpace(raw)
	if ref, ok := s.cols[col]; ok && ref.indicator < 0 {
		if sc := schema.SheetFor(s.dataset).Column(ref.key); sc != nil && sc.Kind == schema.Date {
			if t, err := value.Date(raw, s.date1904); err == nil {
				return t.Format("2006-01-02")
			}
		}
	}
	return raw
}

// mergedAt returns the merged range the cell at row, col of the current
// row lies in, if any.
func (s *sheetReader) mergedAt(row, col int) (integrity.Range, bool) {
	if row != s.curRow || col == 0 {
		return integrity.Range{}, false
	}
	for _, a := range s.active {
		if a.r.Contains(row, col) {
			return a.r, true
		}
	}
	return integrity.Range{}, false
}

func cellName(row, col int) string {
	n, _ := excelize.CoordinatesToCellName(col, row)
	return n
}

// ------------------------------------------------------- two-row headers

// startsGroupHeader reports whether a merged range begins on the header
// row: a group header over sub-headers ("Изъято" over "наркотиков (кг)"),
// or a header merged down over the sub-header row. The next row may then
// be the second row of a two-row header.
func (s *sheetReader) startsGroupHeader(rowNum int) bool {
	for _, m := range s.lay.Merges {
		if m.Top == rowNum {
			return true
		}
		if m.Top > rowNum {
			break
		}
	}
	return false
}

// combineHeader returns the headers of a two-row header as the columns'
// names: each column's name is the group header above it (the value of
// the merged range over it, else the cell) followed by its sub-header, or
// either alone when the other is empty or the same. The ranges over the
// top row are read in one pass, at most maxActiveMerges of them (ranges
// do not overlap, so more is a damaged sheet; fillMerged warns of it).
func (s *sheetReader) combineHeader(top []string, topRow int, sub []string) []string {
	n := max(len(top), len(sub))
	group := make([]int, n+1) // column → the left column of the range over it
	over := 0
	for _, m := range s.lay.Merges {
		if m.Top > topRow || over == maxActiveMerges {
			break
		}
		if m.Bottom < topRow || m.Left > n {
			continue
		}
		over++
		for col := m.Left; col <= min(m.Right, n); col++ {
			if group[col] == 0 {
				group[col] = m.Left
			}
		}
	}
	out := make([]string, n)
	for i := range n {
		col := i + 1
		t := cellAt(top, col)
		if group[col] != 0 {
			t = cellAt(top, group[col])
		}
		b := cellAt(sub, col)
		switch {
		case strings.TrimSpace(b) == "" || schema.Normalize(b) == schema.Normalize(t):
			out[i] = t
		case strings.TrimSpace(t) == "":
			out[i] = b
		default:
			out[i] = s.r.canonical(s.dataset, strings.TrimSpace(t)+" "+strings.TrimSpace(b))
		}
	}
	return out
}

// canonical returns a header combined from two rows as the header rules
// know it: as combined when that names a column, else the English header
// of the column it names ignoring punctuation ("Изъято" over "наркотиков,
// кг" is "Drugs seized (kg)", whose Russian header is "Изъято наркотиков
// (кг)"), else as combined.
func (r *reader) canonical(ds schema.Dataset, name string) string {
	if _, ok := r.headers[ds][schema.Normalize(name)]; ok {
		return name
	}
	if ref, ok := r.loose[ds][looseKey(name)]; ok {
		return ref.label
	}
	return name
}

// known counts the names of a header row that name a column.
func (s *sheetReader) known(names []string) int {
	n := 0
	for _, c := range names {
		if _, ok := s.r.headers[s.dataset][schema.Normalize(c)]; ok {
			n++
		}
	}
	return n
}

// looseKey is a header without its punctuation, normalised.
func looseKey(s string) string {
	return schema.Normalize(strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return ' '
		}
		return r
	}, s))
}

func cellAt(cells []string, col int) string {
	if col < 1 || col > len(cells) {
		return ""
	}
	return cells[col-1]
}

// ------------------------------------------------------------ total rows

// labelKind is what a label cell says a row is.
type labelKind int8

const (
	notLabel   labelKind = iota
	totalLabel           // a total or subtotal: its figures are checked
	partLabel            // "в том числе", "of which": a breakdown of the row above
)

// totalWords are the labels of total and subtotal rows, normalised as
// labelKey does; partWords those of breakdown lines. A label cell is one
// of them, or begins with one of them followed by at most maxLabelWords
// more words ("Итого по участку", "Total for section B"); a Chinese label
// may be followed by anything ("合计（北段）"). A cell that begins as a
// footnote does (footnoteStart) is never a label (see rowLabel).
var (
	totalWords = []string{"итого", "итог", "всего", "всего по", "общий итог", "total", "totals", "subtotal", "sub total", "grand total", "overall total",
		"合计", "总计", "小计", "共计", "总共"}
	partWords = []string{"в том числе", "в т ч", "вт ч", "из них", "including", "of which", "其中"}
)

// labelFirstWords are the first words of all labels by their first
// letter in lower case, for a quick test before labelKey.
var labelFirstWords = func() map[rune][]string {
	seen := map[string]bool{}
	out := map[rune][]string{}
	for _, w := range append(append([]string{}, totalWords...), partWords...) {
		f, _, _ := strings.Cut(w, " ")
		if !seen[f] {
			seen[f] = true
			r, _ := utf8.DecodeRuneInString(f)
			out[r] = append(out[r], f)
		}
	}
	return out
}()

// maybeLabel is the quick test: whether the cell's text begins with a
// label's first word. It runs on the text cells of every data row, so it
// rejects most cells by their first letter alone.
func maybeLabel(c string) bool {
	i := 0
	for i < len(c) && c[i] < utf8.RuneSelf && !isASCIILetter(c[i]) {
		if c[i] >= '0' && c[i] <= '9' {
			return false
		}
		i++
	}
	if i == len(c) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c[i:])
	switch r {
	case 'и', 'в', 'т', 'о', 't', 's', 'g', 'o', 'i', '合', '总', '小', '共', '其':
	case 'И', 'В', 'Т', 'О', 'T', 'S', 'G', 'O', 'I':
		r = unicode.ToLower(r)
	default:
		return false
	}
	c = c[i:]
	for _, w := range labelFirstWords[r] {
		n, ok := hasLowerPrefix(c, w)
		if !ok {
			continue
		}
		if n == len(c) || w[0] >= 0xe0 { // CJK: no word boundary
			return true
		}
		if r, _ := utf8.DecodeRuneInString(c[n:]); !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// hasLowerPrefix reports whether s begins with w (in lower case) in any
// case, and where that prefix ends in s.
func hasLowerPrefix(s, w string) (int, bool) {
	i := 0
	for _, wr := range w {
		if i >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != wr && lowerRune(r) != wr {
			return 0, false
		}
		i += size
	}
	return i, true
}

// lowerRune is unicode.ToLower, with a fast path for Latin and Russian
// capitals.
func lowerRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z', r >= 'А' && r <= 'Я':
		return r + 32
	case r == 'Ё':
		return 'ё'
	case r < 0x80:
		return r
	}
	return unicode.ToLower(r)
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// labelKey normalises a label: lower case, ё as е, every character other
// than a letter or digit a space, spaces collapsed.
func labelKey(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "ё", "е")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// maxLabelWords is how many words may follow a label's word: "Итого по
// Республике Казахстан за 9 месяцев 2025 года" is a total.
const maxLabelWords = 12

// classifyLabel says whether a cell is the label of a total row or of a
// breakdown line.
func classifyLabel(c string) labelKind {
	if !maybeLabel(c) {
		return notLabel
	}
	k := labelKey(c)
	match := func(words []string) bool {
		for _, w := range words {
			if k == w {
				return true
			}
			if w[0] >= 0xe0 && strings.HasPrefix(k, w) && utf8.RuneCountInString(k) <= 20 {
				return true
			}
			if rest, ok := strings.CutPrefix(k, w+" "); ok && strings.Count(rest, " ") < maxLabelWords {
				return true
			}
		}
		return false
	}
	switch {
	case match(partWords):
		return partLabel
	case match(totalWords):
		return totalLabel
	}
	return notLabel
}

// freeText are the columns of long free text, where a word such as
// "Total" begins a sentence, not a total row: they are not label cells.
var freeText = map[string]bool{"notes": true, "scenario": true, "theme": true, "title": true, "observers": true, "organisations": true, "areas": true}

// rowLabel returns the first label cell of a row: any text cell except
// the free-text columns.
func (s *sheetReader) rowLabel(cells []string) (col int, text string, kind labelKind) {
	for i, c := range cells {
		if c == "" {
			continue
		}
		if !maybeLabel(c) {
			// A label behind an invisible character, a no-break space
			// or a quote («Итого») is a label all the same.
			if r, _ := utf8.DecodeRuneInString(c); r < utf8.RuneSelf || unicode.IsLetter(r) {
				continue
			}
			if c = strings.TrimLeftFunc(value.Clean(c), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); !maybeLabel(c) {
				continue
			}
		}
		// Only the table's own columns: text in a column the header does
		// not name (a comment beside the table) never makes a row a total.
		if ref, ok := s.cols[i+1]; !ok || freeText[ref.key] {
			continue
		}
		// A footnote below the table may speak of the total ("* Итого
		// включает…"): a text that begins as a footnote is never a label.
		if footnoteStart(strings.TrimSpace(cells[i])) {
			continue
		}
		if k := classifyLabel(c); k != notLabel {
			return i + 1, strings.TrimSpace(c), k
		}
	}
	return 0, "", notLabel
}

// sumCol is the running sums of one summed column, in thousandths.
type sumCol struct {
	group, table       int64
	groupBad, tableBad bool // a figure could not be read, or the sum overflowed
}

// totals keeps the running sums a total row is checked against: the
// group (the data rows since the header or the previous total row) and
// the table (all data rows above).
type totals struct {
	cols   []int    // the summed columns: border indicators, and the whole-number columns other than Edition
	labels []string // their names, for messages
	dec    []bool   // whether the column holds decimals
	idx    []int    // column number → index into cols + 1; 0 when not summed
	sums   []sumCol
	// The first and last data row of the group and of the table.
	groupFirst, groupLast, tableFirst, tableLast int
}

// newTotals sets up the sums once the header is mapped.
func (s *sheetReader) newTotals() {
	t := &totals{}
	last := 0
	add := func(col int, label string, dec bool) {
		t.cols = append(t.cols, col)
		t.labels = append(t.labels, label)
		t.dec = append(t.dec, dec)
		last = max(last, col)
	}
	if schema.Indicated(s.dataset) {
		for i, col := range s.indCol {
			if col != 0 {
				ind := s.inds()[i]
				add(col, ind.Header.In(s.lang), ind.Decimal())
			}
		}
	} else {
		for _, c := range schema.SheetFor(s.dataset).Columns {
			if c.Kind == schema.Integer && c.Key != "edition" && s.keyCol[c.Key] != 0 {
				add(s.keyCol[c.Key], c.Header(s.lang), false)
			}
		}
	}
	t.idx = make([]int, last+1)
	for i, col := range t.cols {
		t.idx[col] = i + 1
	}
	t.sums = make([]sumCol, len(t.cols))
	s.tot = t
}

// figureCol reports whether column col holds figures that totals sum.
func (s *sheetReader) figureCol(col int) bool {
	return s.tot != nil && col < len(s.tot.idx) && s.tot.idx[col] != 0
}

// tally adds a data row's figure in column col to the sums; bad says the
// cell held something that is not a figure.
func (s *sheetReader) tally(col int, milli int64, bad bool) {
	t := s.tot
	if t == nil || col >= len(t.idx) || t.idx[col] == 0 {
		return
	}
	sc := &t.sums[t.idx[col]-1]
	if bad {
		sc.groupBad, sc.tableBad = true, true
		return
	}
	var ok bool
	if sc.group, ok = addMilli(sc.group, milli); !ok {
		sc.groupBad = true
	}
	if sc.table, ok = addMilli(sc.table, milli); !ok {
		sc.tableBad = true
	}
}

func addMilli(a, b int64) (int64, bool) {
	c := a + b
	return c, (c > a) == (b > 0) || b == 0
}

// dataRow records that rowNum was a data row of the group; unreadable
// says its figures were not read at all (a cell no output can carry).
func (s *sheetReader) dataRow(rowNum int, unreadable bool) {
	t := s.tot
	if t == nil {
		return
	}
	if t.groupFirst == 0 {
		t.groupFirst = rowNum
	}
	if t.tableFirst == 0 {
		t.tableFirst = rowNum
	}
	t.groupLast, t.tableLast = rowNum, rowNum
	if unreadable {
		for i := range t.sums {
			t.sums[i].groupBad, t.sums[i].tableBad = true, true
		}
	}
}

// totalRow checks a total row against the rows it totals: the group since
// the previous total row or, when that is empty or disagrees, the whole
// table above (a grand total after subtotals). Each figure that agrees
// with neither is a warning at its cell naming both numbers; a row that
// agrees is a notice. The row is never a record. The group starts anew.
func (s *sheetReader) totalRow(rowNum int, cells []string, labelCol int, label string) {
	if s.tot == nil {
		s.newTotals()
	}
	t := s.tot
	defer func() {
		for i := range t.sums {
			t.sums[i].group, t.sums[i].groupBad = 0, false
		}
		t.groupFirst, t.groupLast = 0, 0
	}()
	if t.tableFirst == 0 {
		s.add(rowNum, labelCol, diag.Warning, msg.ReadTotalFirst, label)
		return
	}
	agree, differ := 0, 0
	first, last := t.groupFirst, t.groupLast
	for i, col := range t.cols {
		raw := strings.TrimSpace(cellAt(cells, col))
		if raw == "" {
			continue
		}
		before := s.unitsTyped
		own, _, err := s.parseFigure(raw, t.dec[i], s.unitForms(col))
		if before == 0 && s.unitsTyped > 0 {
			s.unitFirst = cellName(rowNum, col)
		}
		if err != nil {
			s.add(rowNum, col, diag.Warning, msg.ReadTotalNotFigure, t.labels[i], err)
			continue
		}
		sc := t.sums[i]
		if (t.groupFirst != 0 && !sc.groupBad && own == sc.group) || (!sc.tableBad && own == sc.table) {
			agree++
			continue
		}
		sum, f, l := sc.group, t.groupFirst, t.groupLast
		bad := sc.groupBad
		if t.groupFirst == 0 {
			sum, f, l, bad = sc.table, t.tableFirst, t.tableLast, sc.tableBad
		}
		if bad {
			continue // the rows' own errors are reported; their sum is unknown
		}
		differ++
		s.add(rowNum, col, diag.Warning, msg.ReadTotalDiffers,
			t.labels[i], s.formatFigure(own, t.dec[i]), rowSpan(f, l), s.formatFigure(sum, t.dec[i]), label)
	}
	if first == 0 {
		first, last = t.tableFirst, t.tableLast
	}
	switch {
	case differ > 0:
	case agree > 0:
		s.add(rowNum, labelCol, diag.Notice, msg.ReadTotalAgrees, label, agree, rowSpan(first, last))
	default:
		s.add(rowNum, labelCol, diag.Notice, msg.ReadTotalNoFigure, label)
	}
}

// rowSpan is the rows first to last for a message: "5", or "5 to 9" in
// the message's language.
func rowSpan(first, last int) msg.Message {
	if first == last {
		return msg.New(msg.ReadErrorText, strconv.Itoa(first))
	}
	return msg.New(msg.ReadRowSpan, first, last)
}

func (s *sheetReader) formatFigure(milli int64, dec bool) string {
	if dec {
		return value.FormatMilli(milli)
	}
	return strconv.FormatInt(milli/1000, 10)
}

// ------------------------------------------------------------- footnotes

// footRow is a row that may be a footnote: one text cell, after the data.
type footRow struct {
	row   int
	col   int
	text  string
	cells []string
}

// maxPendingFootnotes bounds the rows held back as possible footnotes; a
// sheet with more such rows has them read as data rows.
const maxPendingFootnotes = 100

// footnoteText returns the text of a row that is a footnote if no data
// row follows it: exactly one cell holds something, and its text is not
// a value of the column it is in, that is, it
//   - begins with a footnote mark or a note's word (footnoteStart: "*",
//     "¹", "Примечание", "Note", "Source", "Источник", "注", …), in any
//     column; or
//   - holds a letter and sits in a column the header does not map (beside
//     the table), or in a column of dates, figures, countries or listed
//     values without reading as one ("данные уточняются" in a date
//     column; "12 чел." in a figure column reads as one); or
//   - is longer than any name (more than maxNameRunes characters) in a
//     text column other than the long free-text ones.
//
// Any other one-cell row (an operation's name alone, a state alone) is a
// data row whose missing values are errors: a footnote is text nobody
// could take for a value, and a row left unfinished must not pass for
// one.
func (s *sheetReader) footnoteText(cells []string) (col int, text string) {
	for i, c := range cells {
		if c == "" {
			continue
		}
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if col != 0 {
			return 0, ""
		}
		col, text = i+1, c
	}
	if col == 0 || !s.isFootnote(col, text) {
		return 0, ""
	}
	return col, text
}

// maxNameRunes is the longest text a name or place cell holds; a longer
// one alone on a row after the table is a sentence, a footnote.
const maxNameRunes = 100

func (s *sheetReader) isFootnote(col int, text string) bool {
	if footnoteStart(text) {
		return true
	}
	if !strings.ContainsFunc(text, unicode.IsLetter) || isExcelError(text) {
		return false
	}
	if text[0] == '(' { // "(предварительные данные)"
		return true
	}
	ref, ok := s.cols[col]
	if !ok {
		return true // beside the table
	}
	if ref.indicator >= 0 {
		num, unit := value.SplitUnit(text)
		if unit == "" {
			return true
		}
		_, _, err := parseNumber(num, true)
		return err != nil
	}
	c := schema.SheetFor(s.dataset).Column(ref.key)
	if c == nil {
		return false
	}
	var err error
	switch c.Kind {
	case schema.Text:
		return !freeText[ref.key] && utf8.RuneCountInString(text) > maxNameRunes
	case schema.Date:
		_, err = value.Date(text, s.date1904)
	case schema.Integer:
		_, err = value.Integer(text)
	case schema.Decimal:
		_, _, err = value.Decimal(text)
	case schema.Country:
		_, err = s.r.countries.Country(text)
	case schema.CountryList:
		list, errs := s.r.countries.List(text)
		return len(errs) > 0 || len(list) == 0
	case schema.Enum:
		_, found := c.Enum.Lookup(text)
		return !found
	}
	return err != nil
}

// footnoteMarks are the marks a footnote begins with.
const footnoteMarks = "*†‡§※¹²³⁰⁴⁵⁶⁷⁸⁹⁽"

// noteWords are the words a footnote may begin with, in lower case: a
// word of letters must be followed by a character that is not a letter
// ("Note:", "Источник -"); a Chinese one by anything.
var noteWords = []string{"примечание", "примечания", "прим", "справочно", "источник", "источники",
	"note", "notes", "nb", "source", "sources",
	"注", "注释", "备注", "说明", "来源", "资料来源", "数据来源"}

// footnoteStart reports whether a text begins as a footnote does: with a
// footnote mark, with a number or a star in parentheses ("(1)", "(*)")
// or a number and a parenthesis ("1)") followed by words, or with a
// note's word. Such a text is never a value, and never the label of a
// total row.
func footnoteStart(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if strings.ContainsRune(footnoteMarks, r) {
		return true
	}
	if r == '(' && len(text) > 1 && (text[1] == '*' || text[1] >= '1' && text[1] <= '9') || r >= '1' && r <= '9' {
		// "(1) …", "1) …", but not a figure such as "(12)".
		i := strings.IndexFunc(text[1:], func(r rune) bool { return r < '0' || r > '9' }) + 1
		if i > 0 && (r == '(' || text[i] == ')') && strings.ContainsFunc(text, unicode.IsLetter) {
			return true
		}
	}
	for _, w := range noteWords {
		n, ok := hasLowerPrefix(text, w)
		if !ok {
			continue
		}
		if n == len(text) || w[0] >= 0xe0 {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(text[n:]); !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// ------------------------------------------------------------------ units

// unitForms returns the folded forms of the unit of the column col, in
// every language (value.UnitKey), or nil when the column has none.
func (s *sheetReader) unitForms(col int) []string {
	if !schema.Indicated(s.dataset) {
		return nil
	}
	for i, c := range s.indCol {
		if c == col {
			return s.r.units[s.dataset][i]
		}
	}
	return nil
}

// parseFigure parses a figure, a whole number or a decimal one, in
// thousandths; rounded says a decimal had more places than are kept. A
// figure typed with a unit ("116,69 кг") is read when the unit is the
// column's (units: its value.UnitKey forms), and counted for the sheet's
// notice; another unit is an error naming it.
func (s *sheetReader) parseFigure(raw string, decimal bool, units []string) (m int64, rounded bool, err error) {
	m, rounded, err = parseNumber(raw, decimal)
	if err == nil || len(units) == 0 {
		return m, rounded, err
	}
	num, unit := value.SplitUnit(raw)
	if unit == "" {
		return m, rounded, err
	}
	key := value.UnitKey(unit)
	for _, u := range units {
		if key == u {
			m, rounded, err2 := parseNumber(num, decimal)
			if err2 != nil {
				return 0, false, err
			}
			s.unitsTyped++
			return m, rounded, nil
		}
	}
	return 0, false, msg.Errorf(msg.ReadFigureUnit, raw, unit, s.r.unitNames[units[0]])
}

// parseNumber parses a whole or decimal figure in thousandths.
func parseNumber(s string, decimal bool) (int64, bool, error) {
	if !decimal {
		n, err := value.Integer(s)
		if err != nil {
			return 0, false, err
		}
		if n > math.MaxInt64/1000 {
			return 0, false, msg.Errorf(msg.ReadFigureTooLarge, s)
		}
		return n * 1000, false, nil
	}
	return value.Decimal(s)
}

// ------------------------------------------------------------ hidden rows

// hiddenSpans lists row or column numbers as spans for a message.
type hiddenSpans struct {
	spans [][2]int
	n     int
}

const maxHiddenListed = 20

func (h *hiddenSpans) add(i int) {
	h.n++
	if k := len(h.spans); k > 0 && h.spans[k-1][1] == i-1 {
		h.spans[k-1][1] = i
		return
	}
	if len(h.spans) <= maxHiddenListed {
		h.spans = append(h.spans, [2]int{i, i})
	}
}

func (h *hiddenSpans) String(name func(int) string) string {
	var parts []string
	for i, sp := range h.spans {
		if i == maxHiddenListed {
			parts = append(parts, "…")
			break
		}
		if sp[0] == sp[1] {
			parts = append(parts, name(sp[0]))
		} else {
			parts = append(parts, name(sp[0])+"–"+name(sp[1]))
		}
	}
	return strings.Join(parts, ", ")
}

// reportHidden warns, once per sheet, of the hidden rows and columns of
// the table, which were read like the others.
func (s *sheetReader) reportHidden() {
	var cols hiddenSpans
	if s.lay != nil && len(s.lay.HiddenCols) > 0 {
		for col := 1; col <= s.hdrWidth; col++ {
			if s.lay.HiddenCol(col) {
				cols.add(col)
			}
		}
	}
	if cols.n == 0 && s.hidden.n == 0 {
		return
	}
	var what []any
	if cols.n > 0 {
		what = append(what, msg.New(msg.ReadHiddenColumns, cols.n, cols.String(func(c int) string {
			n, _ := excelize.ColumnNumberToName(c)
			return n
		})))
	}
	if s.hidden.n > 0 {
		what = append(what, msg.New(msg.ReadHiddenRows, s.hidden.n, s.hidden.String(strconv.Itoa)))
	}
	s.add(0, 0, diag.Warning, msg.ReadHidden, joined{sep: msg.ReadSepAnd, parts: what})
}
