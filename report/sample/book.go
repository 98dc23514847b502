package sample

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/schema"
	"ratsreport/report/value"
)

// record is one record of a dataset: its year (as the Manifest counts
// it) and its values by column key. A record placed in two sheets is one
// record written twice.
type record struct {
	ds   schema.Dataset
	year int
	vals map[string]val
	// fresh marks a generated record that is written once and never
	// copied, so that counting need not remember it (stress mode).
	fresh bool
}

// row places a record in a sheet; over replaces some of its values in this
// copy only (a file that lists fewer participating states).
type row struct {
	rec  *record
	over map[string]val
}

func (r row) get(key string) val {
	if v, ok := r.over[key]; ok {
		return v
	}
	return r.rec.vals[key]
}

// key is the record's natural key as the contract defines it.
func (r *record) key() string {
	d := func(k string) string {
		v := r.vals[k]
		if !v.set {
			return ""
		}
		return v.t.Format("2006-01-02")
	}
	s := func(k string) string { return schema.Normalize(r.vals[k].s) }
	switch r.ds {
	case schema.Exercises:
		return strings.Join([]string{s("name"), d("start")}, "|")
	case schema.Border:
		return strings.Join([]string{s("operation"), r.vals["state"].s, s("section"), s("area"), d("start")}, "|")
	case schema.Conference:
		return fmt.Sprintf("%d|%s", r.vals["edition"].n, s("session"))
	case schema.Agreements:
		tail := s("status")
		if r.vals["signed"].set {
			tail = d("signed")
		}
		return strings.Join([]string{s("counterparty"), s("document"), tail}, "|")
	case schema.Online:
		return strings.Join([]string{r.vals["state"].s, d("start"), d("end")}, "|")
	case schema.Training:
		return strings.Join([]string{s("course"), d("start")}, "|")
	case schema.Meetings:
		return strings.Join([]string{s("body"), d("date")}, "|")
	}
	return ""
}

// sheet is one data sheet of a workbook.
type sheet struct {
	ds    schema.Dataset
	name  string   // "" for the dataset's name in the workbook's language
	title string   // a title row above the header, merged across the columns
	blank bool     // a blank row above the header
	order []string // column keys in the order written; nil for the schema's order
	extra []string // headers of columns the contract does not know, left blank or filled by extraText
	// extraText fills the unknown columns of data row i (0-based).
	extraText func(i int, header string) string
	rows      iter.Seq[row]
	// merge lists the columns (by key) whose equal values in consecutive
	// data rows are written once, in a vertically merged range over those
	// rows, as clerks lay out hand-made tables.
	merge []string
	// total, when not "", is the label of a total row after the data rows,
	// written in the first column: each figure column holds the sum of the
	// figures above it, left empty when no row reports that figure.
	total string
}

// rowsOf returns an iterator over placed records.
func rowsOf(rs []row) iter.Seq[row] {
	return func(yield func(row) bool) {
		for _, r := range rs {
			if !yield(r) {
				return
			}
		}
	}
}

// book is one workbook.
type book struct {
	path    string // relative to the output folder, with forward slashes
	form    form
	creator string
	title   string
	date    time.Time // docProps created and modified
	sheets  []*sheet
	// note, when not nil, is a sheet of free text that the reader ignores
	// (not a dataset): its name and its lines.
	note *noteSheet
}

type noteSheet struct {
	name  string
	lines []string
}

// writeBook writes b to path: a temporary file in the same folder, then a
// rename.
func writeBook(path string, b *book, cfg *config.Config) (err error) {
	data, err := renderBook(b, cfg)
	if err != nil {
		return fmt.Errorf("write %s: %w", b.path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".gensample-*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// styles are the style IDs of one workbook.
type styles struct {
	title, header, date, wrap int
	// Styles of laid-out sheets (merged ranges, total rows), made only in
	// workbooks that have such a sheet, so that the others stay as they were.
	mergedText, mergedDate, bold int
}

// renderBook builds the workbook in memory and returns its bytes, with the
// zip entries in a fixed order.
func renderBook(b *book, cfg *config.Config) (data []byte, err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	created := b.date.UTC().Format(time.RFC3339)
	lang := "en-GB"
	if b.form.lang == "ru" {
		lang = "ru-RU"
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator: b.creator, LastModifiedBy: b.creator, Title: b.title,
		Created: created, Modified: created, Language: lang,
	}); err != nil {
		return nil, err
	}
	if b.form.date1904 {
		yes := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			return nil, err
		}
	}
	st, err := newStyles(f, b.form)
	if err != nil {
		return nil, err
	}
	if b.laidOut() {
		if st, err = layoutStyles(f, b.form, st); err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(b.sheets)+1)
	for _, s := range b.sheets {
		n := s.name
		if n == "" {
			n = sheetName(s.ds, b.form.lang)
		}
		names = append(names, n)
	}
	if b.note != nil {
		names = append(names, b.note.name)
	}
	if len(names) == 0 {
		return nil, errors.New("no sheet")
	}
	if err := f.SetSheetName("Sheet1", names[0]); err != nil {
		return nil, err
	}
	for _, n := range names[1:] {
		if _, err := f.NewSheet(n); err != nil {
			return nil, err
		}
	}
	for i, s := range b.sheets {
		if err := writeSheet(f, names[i], s, b.form, st, cfg); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", names[i], err)
		}
	}
	if b.note != nil {
		if err := writeNote(f, b.note, st); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", b.note.name, err)
		}
	}
	f.SetActiveSheet(0)
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return sortZip(buf.Bytes())
}

// laidOut reports whether a sheet of b merges cells or has a total row.
func (b *book) laidOut() bool {
	for _, s := range b.sheets {
		if len(s.merge) > 0 || s.total != "" {
			return true
		}
	}
	return false
}

// layoutStyles adds the styles of merged ranges and total rows to st.
func layoutStyles(f *excelize.File, fm form, st styles) (styles, error) {
	var err error
	if st.mergedText, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}}); err != nil {
		return st, err
	}
	nf := fm.numFmt()
	if st.mergedDate, err = f.NewStyle(&excelize.Style{CustomNumFmt: &nf, Alignment: &excelize.Alignment{Vertical: "center"}}); err != nil {
		return st, err
	}
	if st.bold, err = f.NewStyle(&excelize.Style{
		Font:   &excelize.Font{Bold: true},
		Border: []excelize.Border{{Type: "top", Color: "000000", Style: 1}},
	}); err != nil {
		return st, err
	}
	return st, nil
}

func newStyles(f *excelize.File, fm form) (styles, error) {
	var st styles
	var err error
	if st.title, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}}); err != nil {
		return st, err
	}
	if st.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Border:    []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}},
	}); err != nil {
		return st, err
	}
	nf := fm.numFmt()
	if st.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: &nf}); err != nil {
		return st, err
	}
	if st.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}); err != nil {
		return st, err
	}
	return st, nil
}

// sheetColumns orders the dataset's columns as the sheet writes them.
func sheetColumns(s *sheet, lang string, cfg *config.Config) ([]column, error) {
	all := columns(s.ds, lang, cfg)
	if s.order == nil {
		return all, nil
	}
	byKey := map[string]column{}
	for _, c := range all {
		byKey[c.key] = c
	}
	out := make([]column, 0, len(all))
	for _, k := range s.order {
		c, ok := byKey[k]
		if !ok {
			return nil, fmt.Errorf("unknown column %q", k)
		}
		out = append(out, c)
		delete(byKey, k)
	}
	// Columns the order does not name keep their relative place at the end.
	for _, c := range all {
		if _, ok := byKey[c.key]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}

func writeSheet(f *excelize.File, name string, s *sheet, fm form, st styles, cfg *config.Config) error {
	cols, err := sheetColumns(s, fm.lang, cfg)
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	width := len(cols) + len(s.extra)
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, colWidth(c)); err != nil {
			return err
		}
	}
	for i := range s.extra {
		if err := sw.SetColWidth(len(cols)+i+1, len(cols)+i+1, 24); err != nil {
			return err
		}
	}
	r := 1
	if s.title != "" {
		if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: st.title, Value: s.title}}, excelize.RowOpts{Height: 20}); err != nil {
			return err
		}
		last, err := excelize.CoordinatesToCellName(width, 1)
		if err != nil {
			return err
		}
		if width > 1 {
			if err := sw.MergeCell("A1", last); err != nil {
				return err
			}
		}
		r++
	}
	if s.blank {
		r++
	}
	header := make([]any, 0, width)
	for _, c := range cols {
		header = append(header, excelize.Cell{StyleID: st.header, Value: c.header})
	}
	for _, h := range s.extra {
		header = append(header, excelize.Cell{StyleID: st.header, Value: h})
	}
	if err := sw.SetRow(cell(1, r), header); err != nil {
		return err
	}
	lay := newLayout(s, cols)
	i := 0
	for rw := range s.rows {
		r++
		vals := make([]any, 0, width)
		for j, c := range cols {
			vals = append(vals, lay.cell(r, j, rw.get(c.key), renderCell(c, rw.get(c.key), fm, st, cfg), st))
		}
		for _, h := range s.extra {
			if s.extraText == nil {
				vals = append(vals, nil)
				continue
			}
			if t := s.extraText(i, h); t != "" {
				vals = append(vals, t)
			} else {
				vals = append(vals, nil)
			}
		}
		if err := sw.SetRow(cell(1, r), vals); err != nil {
			return err
		}
		i++
	}
	if err := lay.closeRuns(sw); err != nil {
		return err
	}
	if s.total != "" {
		r++
		if err := sw.SetRow(cell(1, r), lay.totalRow(s.total, cols, width, fm, st, cfg)); err != nil {
			return err
		}
	}
	return sw.Flush()
}

func cell(col, row int) string {
	n, _ := excelize.CoordinatesToCellName(col, row)
	return n
}

func colWidth(c column) float64 {
	w := float64(utf8.RuneCountInString(c.header))*0.9 + 2
	switch c.kind {
	case schema.Date:
		w = max(w, 12)
	case schema.Text, schema.FreeList, schema.CountryList:
		w = max(w, 28)
	}
	return min(max(w, 10), 42)
}

// renderCell gives a value the form of the workbook; nil is an empty cell.
func renderCell(c column, v val, fm form, st styles, cfg *config.Config) any {
	if !v.set {
		return nil
	}
	str := func(s string) any {
		if strings.ContainsRune(s, '\n') {
			return excelize.Cell{StyleID: st.wrap, Value: s}
		}
		return s
	}
	switch c.kind {
	case schema.Date:
		if fm.dateCell() {
			return excelize.Cell{StyleID: st.date, Value: value.Serial(v.t, fm.date1904)}
		}
		return fm.dateText(v.t)
	case schema.Integer:
		if fm.thousands != "" {
			return group(v.n, fm.thousands)
		}
		return v.n
	case schema.Decimal:
		if fm.decComma {
			if s, ok := commaDecimal(v.n); ok {
				return s
			}
		}
		return float64(v.n) / 1000
	case schema.Country:
		return fm.country(cfg, v.s)
	case schema.CountryList:
		parts := make([]string, len(v.list))
		for i, code := range v.list {
			parts[i] = fm.country(cfg, code)
		}
		return str(strings.Join(parts, fm.sep))
	case schema.FreeList:
		return str(strings.Join(v.list, fm.sep))
	case schema.Enum:
		return fm.label(c.enum, v.s)
	}
	return str(v.s)
}

func writeNote(f *excelize.File, n *noteSheet, st styles) error {
	if err := f.SetColWidth(n.name, "A", "A", 100); err != nil {
		return err
	}
	for i, l := range n.lines {
		ref := cell(1, i+1)
		if err := f.SetCellStr(n.name, ref, l); err != nil {
			return err
		}
		if i == 0 {
			if err := f.SetCellStyle(n.name, ref, ref, st.title); err != nil {
				return err
			}
		}
	}
	return nil
}

// sortZip rewrites a zip archive with its entries in a fixed order
// ([Content_Types].xml first, then by name), copying the compressed data
// as is. excelize writes stream-written sheets in map order.
func sortZip(data []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	files := append([]*zip.File(nil), zr.File...)
	rank := func(n string) int {
		if n == "[Content_Types].xml" {
			return 0
		}
		return 1
	}
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].Name, files[j].Name
		if rank(a) != rank(b) {
			return rank(a) < rank(b)
		}
		return a < b
	})
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range files {
		if err := zw.Copy(zf); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
