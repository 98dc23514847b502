// Package xlsx renders the yearly summary as an Excel workbook for the RATS
// Council: a Summary sheet whose key figures are formulas over the detail
// sheets (with the values the report states cached in them), one detail
// sheet per dataset holding the reporting year's records, helper tables
// (By state, By operation, Organisations, Partners), the yearly trends with
// native charts, and the audit sheets (Sources, Issues).
//
// The renderer reads no files and never computes a figure the summary
// already holds: it writes the summary's values and, beside them, the
// formulas that let a reader check them in Excel or LibreOffice. The
// tests recalculate every formula with LibreOffice and compare.
//
// Layout decisions:
//
//   - The detail sheets keep the input contract's shape (English sheet
//     names and English column headers, enumerations as labels the reader
//     accepts), so that the reader could read them back. Extra columns
//     (state names, provenance) carry headers the contract does not know.
//   - Previous-year figures are written as plain values: the detail sheets
//     hold the reporting year only, so a formula could not recompute them.
//     A note on the Summary sheet says so.
//   - Distinct counts (states, operations, organisations, partners) point
//     at helper tables that list the items with a per-item formula; the
//     key figure counts the items whose formula is above zero.
//   - By state lists the member states at the end of the year (config
//     order) and then every other state that appears in the year's
//     records, so that the distinct counts include observers and partners.
//     Cooperation documents are not split by state: their counterparties
//     are organisations and authorities, not states.
//   - A not-reported figure is never 0: formulas return the language's
//     "not reported" text (n/r in tables) when no record gave a value, and
//     detail cells are left empty.
//   - A sheet is capped at Excel's 1,048,576 rows; when a year has more
//     records, the rows that fit are written, the Summary says how many were
//     left out, and figures over that sheet are written as values computed
//     from all records instead of formulas that would disagree.
//
// Every sheet is written with excelize's stream writer except Trends (a
// small table with charts). The package is made byte-deterministic by a
// post-pass over the zip (see canonical.go).
//
// The workbook is never held in memory as a whole (a year of a million
// border reports makes a package of 60 to 75 MB, see deflateLevel):
// excelize's stream writers keep large sheets in temporary files, excelize
// writes the package to a temporary file, and the canonical pass reads
// that file and writes the result straight to the caller's writer. All
// of these files go to Input.TempDir and are removed before Write returns.
package xlsx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/lang"
	"ratsreport/report/model"
	"ratsreport/report/registry"
	"ratsreport/report/summary"
	"ratsreport/report/translate"
)

// Input is everything the workbook shows; the renderer reads no files.
type Input struct {
	Config   *config.Config
	Data     *model.Data      // all records, all years (detail sheets show the reporting year's records)
	Summary  *summary.Summary // the reporting year's figures (Summary.Year)
	Warnings diag.List        // warnings and notices from validation, for the Issues sheet
	Texts    *lang.Texts      // the workbook's language (labels, headers)
	Date     time.Time        // document date for the workbook metadata (docProps created/modified): never time.Now
	// Translations are the free text's translations; nil writes free
	// text as written.
	Translations *translate.Set

	// TempDir is the folder for the renderer's temporary files: excelize's
	// buffers of large sheets (uncompressed XML, a few hundred MB for a
	// million rows) and the package as excelize writes it, before the
	// canonical pass. Empty means os.TempDir(). The files are removed
	// before Write returns, on success, error or panic alike.
	TempDir string
}

// MaxRows is Excel's row limit per sheet, header included.
const MaxRows = excelize.TotalRows

// Write renders the workbook and writes the package to w. The same Input
// always gives the same bytes. On error, w may have received part of a
// package: callers write to a temporary file they discard on error. When
// ctx is done the render stops (the detail sheets look at it every few
// thousand rows) and ctx's error is returned.
func Write(ctx context.Context, in Input, w io.Writer) error {
	return write(ctx, in, w, MaxRows)
}

// Render is Write into memory: it returns the package's bytes. It is for
// tests and small workbooks; a build streams with Write instead.
func Render(ctx context.Context, in Input) ([]byte, error) {
	return render(ctx, in, MaxRows)
}

// render is Render with the per-sheet row limit as a parameter, so that
// tests can exercise the cap on small data.
func render(ctx context.Context, in Input, maxRows int) ([]byte, error) {
	var buf bytes.Buffer
	if err := write(ctx, in, &buf, maxRows); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// write is Write with the per-sheet row limit as a parameter.
func write(ctx context.Context, in Input, w io.Writer, maxRows int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("xlsx: internal error: %v (at %s)", r, panicSite())
		}
	}()
	if err := in.check(); err != nil {
		return err
	}
	pkg, err := os.CreateTemp(in.TempDir, ".xlsx-package-*.tmp")
	if err != nil {
		return fmt.Errorf("xlsx: create a temporary file: %w", err)
	}
	// Deferred after the recover above, so this runs first, also when a
	// panic unwinds.
	defer func() {
		pkg.Close()
		os.Remove(pkg.Name())
	}()
	b := newBook(ctx, in, maxRows)
	size, err := b.write(pkg)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := canonicalZip(pkg, size, w); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

// panicSite returns file:line of the code that panicked, for a deferred
// function that recovered: the first caller outside the runtime.
func panicSite() string {
	pc := make([]uintptr, 32)
	frames := runtime.CallersFrames(pc[:runtime.Callers(3, pc)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s:%d", filepath.Base(f.File), f.Line)
		}
		if !more {
			return "an unknown place"
		}
	}
}

func (in Input) check() error {
	var missing []string
	if in.Config == nil {
		missing = append(missing, "Config")
	}
	if in.Data == nil {
		missing = append(missing, "Data")
	}
	if in.Summary == nil {
		missing = append(missing, "Summary")
	}
	if in.Texts == nil {
		missing = append(missing, "Texts")
	}
	if in.Date.IsZero() {
		missing = append(missing, "Date")
	}
	if len(missing) > 0 {
		return fmt.Errorf("xlsx: incomplete input: no %s", strings.Join(missing, ", "))
	}
	return nil
}

// book is one rendering in progress.
type book struct {
	ctx     context.Context // the render stops when it is done
	in      Input
	f       *excelize.File
	lang    string
	year    int
	maxRows int // rows per detail sheet and Issues, header included
	st      styles

	// Sheet names, in workbook order.
	summary, byState, byOp, orgs, partners, trends, sources, issues string

	coverage string // the last sheet, after Issues

	ex, border, conf, agr *detail // the detail sheets, planned before writing
	// online, train and meet are the detail sheets of the Internet,
	// training and meetings (nil for a dataset without records in any
	// year); year3 lists those that exist (year.go).
	online, train, meet *detail
	year3               []*detail
	prints              map[string]printPlan // how the planned sheets print (print.go)

	stateRows []stateRow // By state rows, planned before the Summary
	opRows    []opRow
	orgRows   []orgRow
	partRows  []partnerRow

	names *registry.Registry // prints registry names in the workbook's language

	// textCache remembers free texts as text prints them: a border report's
	// area repeats on thousands of rows, and finding a translation
	// normalises the text first (2.5 CPU-s at a million rows). It holds at
	// most maxTextCache texts: titles and notes that never repeat are
	// looked up each time.
	textCache map[string]string
}

// maxTextCache bounds book.textCache.
const maxTextCache = 1 << 16

func newBook(ctx context.Context, in Input, maxRows int) *book {
	return &book{ctx: ctx, in: in, lang: in.Texts.Lang, year: in.Summary.Year, maxRows: maxRows,
		names: registry.New(in.Config)}
}

// t returns a fixed text with {name} placeholders replaced by pairs of
// name, value.
// text writes a free text (a location, an area, a title) in the
// workbook's language when a translation is known, else as written.
func (b *book) text(s string) string {
	if t, ok := b.textCache[s]; ok {
		return t
	}
	t := b.in.Translations.Text(s, b.lang)
	if b.textCache == nil {
		b.textCache = map[string]string{}
	}
	if len(b.textCache) < maxTextCache {
		b.textCache[s] = t
	}
	return t
}

// texts writes free items (a document's areas) as text does, joined.
func (b *book) texts(items []string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = b.text(s)
	}
	return strings.Join(out, listSep)
}

func (b *book) t(key string, pairs ...string) string {
	return b.in.Texts.Sub(key, pairs...)
}

// write builds the workbook and writes the package, as excelize makes
// it, to pkg; it returns the package's size.
func (b *book) write(pkg *os.File) (size int64, err error) {
	b.f = excelize.NewFile(excelize.Options{TmpDir: b.in.TempDir})
	defer func() {
		if cerr := b.f.Close(); cerr != nil && err == nil {
			size, err = 0, fmt.Errorf("close the workbook: %w", cerr)
		}
	}()
	if err := b.setup(); err != nil {
		return 0, err
	}
	b.plan()
	steps := []struct {
		what string
		fn   func() error
	}{
		{"the " + b.summary + " sheet", b.writeSummary},
		{"the " + b.ex.name + " sheet", func() error { return b.writeDetail(b.ex) }},
		{"the " + b.border.name + " sheet", func() error { return b.writeDetail(b.border) }},
		{"the " + b.conf.name + " sheet", func() error { return b.writeDetail(b.conf) }},
		{"the " + b.agr.name + " sheet", func() error { return b.writeDetail(b.agr) }},
		{"the Internet, training and meetings sheets", func() error {
			for _, d := range b.year3 {
				if err := b.writeDetail(d); err != nil {
					return fmt.Errorf("%s: %w", d.name, err)
				}
			}
			return nil
		}},
		{"the " + b.byState + " sheet", b.writeByState},
		{"the " + b.byOp + " sheet", b.writeByOperation},
		{"the " + b.orgs + " sheet", b.writeOrganisations},
		{"the " + b.partners + " sheet", b.writePartners},
		{"the " + b.trends + " sheet", b.writeTrends},
		{"the " + b.sources + " sheet", b.writeSources},
		{"the " + b.issues + " sheet", b.writeIssues},
		{"the " + b.coverage + " sheet", b.writeCoverage},
	}
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return 0, fmt.Errorf("write %s: %w", s.what, err)
		}
	}
	// excelize writes a package only through WriteToBuffer (Write and
	// WriteTo go through it too), into a bytes.Buffer it hands to the
	// ZipWriter function. That function ignores the buffer and zips into
	// pkg instead, so that the package never sits in memory. The buffer
	// is then empty; excelize's writeZip64LFH, which patches it, has
	// nothing to do, and the canonical pass writes the headers that it
	// would patch.
	out := bufio.NewWriterSize(pkg, 1<<16)
	b.f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		zw := zip.NewWriter(out)
		zw.RegisterCompressor(zip.Deflate, newDeflater)
		return zw
	})
	buf, err := b.f.WriteToBuffer()
	if err == nil && buf.Len() > 0 {
		err = errors.New("excelize wrote to its own buffer")
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		return 0, fmt.Errorf("write the package: %w", err)
	}
	if size, err = pkg.Seek(0, io.SeekCurrent); err != nil {
		return 0, fmt.Errorf("write the package: %w", err)
	}
	return size, nil
}

// setup creates the sheets in order, the styles and the workbook
// properties.
func (b *book) setup() error {
	b.summary = b.t("xlsx.sheet.summary")
	b.byState = b.t("xlsx.sheet.by_state")
	b.byOp = b.t("xlsx.sheet.by_operation")
	b.orgs = b.t("xlsx.sheet.organisations")
	b.partners = b.t("xlsx.sheet.partners")
	b.trends = b.t("xlsx.sheet.trends")
	b.sources = b.t("xlsx.sheet.sources")
	b.issues = b.t("xlsx.sheet.issues")
	b.coverage = b.t("coverage.sheet")
	b.planDetails()
	// The detail sheets' contract names are claimed first, so that a
	// translated name that happens to equal one of them is the one that
	// gives way.
	names := newSheetNames()
	details := []*string{&b.ex.name, &b.border.name, &b.conf.name, &b.agr.name}
	for _, d := range b.year3 {
		details = append(details, &d.name)
	}
	for _, p := range append(slices.Clone(details), &b.summary,
		&b.byState, &b.byOp, &b.orgs, &b.partners, &b.trends, &b.sources, &b.issues, &b.coverage) {
		*p = names.claim(*p)
	}
	order := append(append([]*string{&b.summary}, details...),
		&b.byState, &b.byOp, &b.orgs, &b.partners, &b.trends, &b.sources, &b.issues, &b.coverage)
	for i, p := range order {
		if i == 0 {
			if err := b.f.SetSheetName("Sheet1", *p); err != nil {
				return fmt.Errorf("name the sheet %q: %w", *p, err)
			}
			continue
		}
		if _, err := b.f.NewSheet(*p); err != nil {
			return fmt.Errorf("add the sheet %q: %w", *p, err)
		}
	}
	b.f.SetActiveSheet(0)
	var err error
	if b.st, err = newStyles(b.f); err != nil {
		return err
	}
	yes := true
	if err := b.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &yes}); err != nil {
		return fmt.Errorf("set the calculation properties: %w", err)
	}
	rep := b.in.Config.Report
	stamp := b.in.Date.UTC().Format("2006-01-02T15:04:05Z")
	title := rep.Title.In(b.lang)
	if err := b.f.SetDocProps(&excelize.DocProperties{
		Title:          title,
		Subject:        title + " " + b.t("doc.report_for", "year", fmt.Sprint(b.year)),
		Creator:        rep.Organisation.In(b.lang),
		LastModifiedBy: rep.Organisation.In(b.lang),
		Identifier:     rep.DocumentNumber,
		Language:       b.lang,
		Created:        stamp,
		Modified:       stamp,
	}); err != nil {
		return fmt.Errorf("set the document properties: %w", err)
	}
	return nil
}

// sheetNames hands out valid, distinct sheet names.
type sheetNames struct{ used map[string]bool }

func newSheetNames() *sheetNames { return &sheetNames{used: map[string]bool{}} }

// claim makes name a valid sheet name (no []:*?/\, at most 31 characters,
// not starting or ending with ') that no earlier sheet uses.
func (s *sheetNames) claim(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return ' '
		}
		return r
	}, name)
	name = strings.Trim(strings.TrimSpace(name), "'")
	if name == "" {
		name = "Sheet"
	}
	base := truncateRunes(name, 31)
	cand := base
	for i := 2; s.used[strings.ToLower(cand)]; i++ {
		suffix := fmt.Sprintf(" (%d)", i)
		cand = truncateRunes(base, 31-len(suffix)) + suffix
	}
	s.used[strings.ToLower(cand)] = true
	return cand
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// sheetWriter writes one sheet row by row with the stream writer.
type sheetWriter struct {
	sw  *excelize.StreamWriter
	row int // the last row written
}

func (b *book) stream(sheet string) (*sheetWriter, error) {
	// The page setup lives in parts of the sheet that the stream writer
	// writes when it starts, so it is set first.
	if err := b.pageSetup(sheet, sheet != b.summary); err != nil {
		return nil, err
	}
	if err := b.printSetup(sheet, sheet != b.summary); err != nil {
		return nil, err
	}
	sw, err := b.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	return &sheetWriter{sw: sw}, nil
}

// pageSetup prints a sheet landscape, fitted to the page width, with its
// first row repeated on every page when titles is set.
func (b *book) pageSetup(sheet string, titles bool) error {
	yes, landscape, one, unlimited := true, "landscape", 1, 0
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return fmt.Errorf("set the sheet properties: %w", err)
	}
	if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: &unlimited}); err != nil {
		return fmt.Errorf("set the page layout: %w", err)
	}
	if !titles {
		return nil
	}
	if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: quoteSheet(sheet) + "!$1:$1", Scope: sheet}); err != nil {
		return fmt.Errorf("set the print titles: %w", err)
	}
	return nil
}

// errFull is returned for a row beyond Excel's last.
var errFull = errors.New("the sheet is full")

// add writes the next row; opts may set its height.
func (w *sheetWriter) add(cells []any, opts ...excelize.RowOpts) error {
	if w.row >= MaxRows {
		return errFull
	}
	w.row++
	ref, err := excelize.CoordinatesToCellName(1, w.row)
	if err != nil {
		return err
	}
	return w.sw.SetRow(ref, cells, opts...)
}

// skip leaves a blank row.
func (w *sheetWriter) skip() { w.row++ }

// widths sets column widths (1-based, in order); call before the first row.
func (w *sheetWriter) widths(ws []float64) error {
	for i, x := range ws {
		if err := w.sw.SetColWidth(i+1, i+1, x); err != nil {
			return err
		}
	}
	return nil
}

// freezeHeader freezes the first row; call before the first row.
func (w *sheetWriter) freezeHeader() error {
	return w.sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
}

// start begins a table sheet: column widths, the header row frozen, and
// the header written (numeric tells which 1-based columns hold numbers).
func (w *sheetWriter) start(st styles, names []string, ws []float64, numeric func(int) bool) error {
	if err := w.widths(ws); err != nil {
		return err
	}
	if err := w.freezeHeader(); err != nil {
		return err
	}
	return w.headerAligned(st, names, ws, numeric)
}

// numFrom marks the columns from c on (1-based; 0 for none) as numeric.
func numFrom(c int) func(int) bool { return func(i int) bool { return c > 0 && i >= c } }

// headerAligned writes a header row with the header style and a height
// that fits the longest header wrapped at its column width; the numeric
// columns (a function of the 1-based column) align right.
func (w *sheetWriter) headerAligned(st styles, names []string, ws []float64, numeric func(int) bool) error {
	cells := make([]any, len(names))
	lines := 1
	for i, n := range names {
		style := st.header
		switch {
		case numeric(i + 1):
			style = st.headerNum
		case i > 0 && numeric(i):
			style = st.headerIndent // keeps clear of the right-aligned header before it
		}
		cells[i] = excelize.Cell{StyleID: style, Value: n}
		if i < len(ws) {
			lines = max(lines, wrappedLines(n, ws[i]))
		}
	}
	return w.add(cells, excelize.RowOpts{Height: float64(15 * lines)})
}

// note writes one line of text across span columns, wrapped, with a row
// height that fits it.
func (w *sheetWriter) note(st styles, text string, ws []float64, span int) error {
	total := 0.0
	for i := 0; i < span && i < len(ws); i++ {
		total += ws[i]
	}
	if err := w.add([]any{excelize.Cell{StyleID: st.note, Value: text}}, excelize.RowOpts{Height: float64(15 * wrappedLines(text, total))}); err != nil {
		return err
	}
	if span > 1 {
		last, err := excelize.CoordinatesToCellName(span, w.row)
		if err != nil {
			return err
		}
		return w.sw.MergeCell(fmt.Sprintf("A%d", w.row), last)
	}
	return nil
}

// flush ends the sheet; filter, when not empty, is the autofilter range.
func (b *book) flush(w *sheetWriter, sheet, filter string) error {
	if filter != "" {
		if err := b.f.AutoFilter(sheet, filter, nil); err != nil {
			return fmt.Errorf("set the filter: %w", err)
		}
	}
	if err := w.sw.Flush(); err != nil {
		return fmt.Errorf("flush: %w", err)
	}
	return nil
}

// textWidth estimates the width of s in Excel's character units: East
// Asian wide characters count double.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r >= 0x1100 && (r <= 0x115f || (r >= 0x2e80 && r <= 0xa4cf) || (r >= 0xac00 && r <= 0xd7a3) ||
			(r >= 0xf900 && r <= 0xfaff) || (r >= 0xfe30 && r <= 0xfe4f) || (r >= 0xff00 && r <= 0xff60) || (r >= 0xffe0 && r <= 0xffe6)):
			w += 2
		default:
			w++
		}
	}
	return w
}

// wrappedLines estimates how many lines s takes wrapped at width.
func wrappedLines(s string, width float64) int {
	// Column widths count digit widths; text in a proportional font runs
	// a little narrower.
	usable := max((width-1)*1.1, 4)
	lines := 0
	for _, para := range strings.Split(s, "\n") {
		line, n := 0.0, 1
		for _, word := range strings.Fields(para) {
			ww := textWidth(word)
			switch {
			case line == 0:
				line = ww
			case line+1+ww <= usable:
				line += 1 + ww
			default:
				n++
				line = ww
			}
			for line > usable { // a word longer than the column
				n++
				line -= usable
			}
		}
		lines += n
	}
	return max(lines, 1)
}

// fitWidth returns a column width for a header and sample values: the
// longest value, the header wrapped on at most two lines, within limits.
func fitWidth(header string, longest float64, lo, hi float64) float64 {
	w := max(longest+2, lo)
	longestWord := 0.0
	for _, word := range strings.Fields(header) {
		longestWord = max(longestWord, textWidth(word))
	}
	w = max(w, longestWord+2, textWidth(header)/2+2)
	return min(w, hi)
}

// quoteSheet returns a sheet name as formulas reference it.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// strLit returns s as a formula string literal.
func strLit(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// name prints a registry name as every sheet of the workbook does (by its
// short name where it has one), so that formulas find it in the detail
// sheets.
func (b *book) name(n model.Name) string { return b.names.Short(n, b.lang) }

// nameList prints names joined by listSep.
func (b *book) nameList(ns []model.Name) string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = b.name(n)
	}
	return strings.Join(out, listSep)
}

// exactCriterion returns a COUNTIF criterion that matches s exactly (up to
// case, as Excel compares): "=" keeps a leading operator literal, and ~
// escapes the wildcards * and ?.
func exactCriterion(s string) string { return strLit("=" + escapeWildcards(s)) }

// colName returns the letters of a 1-based column.
func colName(c int) string {
	s, err := excelize.ColumnNumberToName(c)
	if err != nil {
		panic(err) // callers pass 1..16384
	}
	return s
}

// cellRef returns the A1 reference of a 1-based column and row.
func cellRef(c, r int) string { return colName(c) + fmt.Sprint(r) }
