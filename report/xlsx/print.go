package xlsx

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Printing: every sheet prints on A4 landscape at a readable size, with
// the document title in the page header and the classification marking
// and "page X of Y" in the footer. A sheet too wide for one page at
// MinPrintScale prints its columns over several pages wide, its key
// columns repeated on each; the detail sheets' provenance columns (source
// file, sheet, row, merged copies) are outside the print area.

// MinPrintScale is the smallest print scale a sheet is planned for: 11 pt
// text printed at 72 % is about 8 pt, readable at a Council table.
const MinPrintScale = 0.72

// PrintScale is the scale, in percent, of a sheet printed over several
// pages wide.
const PrintScale = 80

// planScale is the scale the pages wide are planned for (see pagesWide).
const planScale = 0.82

// printWidthPx is the printable width of A4 landscape with the margins
// below, in pixels at 96 dpi (Excel's column widths are in pixels).
const printWidthPx = (297/25.4 - 2*printMarginIn) * 96

const printMarginIn = 0.5

// printPlan is how one sheet prints: its column widths, how many of its
// columns are printed (the rest are outside the print area), and how
// many leading key columns repeat on every page wide.
type printPlan struct {
	widths []float64
	cols   int
	key    int
}

// pxPerChar is what one unit of column width takes in print, in pixels
// at 96 dpi: 7 in Excel with Calibri, about 10 in LibreOffice where
// Calibri is missing and a wider font stands in. Planning with the wider
// keeps both at MinPrintScale or above.
const pxPerChar = 10

// colPx is an Excel column width (characters) in pixels.
func colPx(w float64) float64 { return math.Ceil(w*pxPerChar + 5) }

// pagesWide returns how many pages wide the plan prints at no less than
// MinPrintScale: the columns after the key columns packed in order onto
// pages that each repeat the key columns (pages break between columns,
// as the spreadsheet applications break them), at planScale.
func (p printPlan) pagesWide() int {
	budget := printWidthPx / planScale
	var key float64
	for i := 0; i < p.key && i < p.cols && i < len(p.widths); i++ {
		key += colPx(p.widths[i])
	}
	pages, used := 1, key
	for i := p.key; i < p.cols && i < len(p.widths); i++ {
		w := colPx(p.widths[i])
		if used+w > budget && used > key {
			pages++
			used = key
		}
		used += w
	}
	return pages
}

// planPrint records how a sheet prints; call before its stream starts.
func (b *book) planPrint(sheet string, widths []float64, cols, key int) {
	if b.prints == nil {
		b.prints = map[string]printPlan{}
	}
	b.prints[sheet] = printPlan{widths: widths, cols: cols, key: key}
}

// headerFooter escapes text for a page header or footer (& is a code).
func headerFooter(s string) string { return strings.ReplaceAll(s, "&", "&&") }

// printSetup sets a sheet's page header and footer, margins, and for a
// planned sheet its print area, pages wide and repeated key columns.
func (b *book) printSetup(sheet string, titles bool) error {
	rep := b.in.Config.Report
	title := rep.Title.In(b.lang) + " " + b.t("doc.report_for", "year", fmt.Sprint(b.year))
	if err := b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&L&8" + headerFooter(rep.Organisation.In(b.lang)) + "&R&8&\"-,Bold\"" + headerFooter(title),
		OddFooter: "&L&8&\"-,Bold\"" + headerFooter(rep.Classification.In(b.lang)) + "&R&8" + b.t("xlsx.print.page"),
	}); err != nil {
		return fmt.Errorf("set the page header and footer: %w", err)
	}
	m, tb, hf := printMarginIn, 0.75, 0.3
	if err := b.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &m, Right: &m, Top: &tb, Bottom: &tb, Header: &hf, Footer: &hf}); err != nil {
		return fmt.Errorf("set the page margins: %w", err)
	}
	p, ok := b.prints[sheet]
	if !ok {
		return nil
	}
	wide := p.pagesWide()
	if wide > 1 {
		// Too wide for one page: printed at a fixed scale, the columns
		// running on over pages wide with the key columns repeated (a
		// fit to n pages wide would let the application shrink the text
		// further to make columns of uneven width fit).
		no, scale := false, uint(PrintScale)
		if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &no}); err != nil {
			return fmt.Errorf("set the sheet properties: %w", err)
		}
		if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{AdjustTo: &scale}); err != nil {
			return fmt.Errorf("set the page layout: %w", err)
		}
	}
	if p.cols > 0 && p.cols < len(p.widths) {
		area := fmt.Sprintf("%s!$A:$%s", quoteSheet(sheet), colName(p.cols))
		if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: area, Scope: sheet}); err != nil {
			return fmt.Errorf("set the print area: %w", err)
		}
	}
	if wide > 1 && p.key > 0 {
		// The key columns repeat on every page wide, with the header row
		// when the sheet has one (a table sheet).
		ref := fmt.Sprintf("%s!$A:$%s", quoteSheet(sheet), colName(p.key))
		if titles {
			if err := b.f.DeleteDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet}); err != nil {
				return fmt.Errorf("replace the print titles: %w", err)
			}
			ref += "," + quoteSheet(sheet) + "!$1:$1"
		}
		if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: ref, Scope: sheet}); err != nil {
			return fmt.Errorf("set the print titles: %w", err)
		}
	}
	return nil
}

// detailWidths returns a detail sheet's column widths, estimated from its
// first widthSample records.
func (b *book) detailWidths(d *detail) []float64 {
	ws := make([]float64, len(d.cols))
	for c, col := range d.cols {
		longest := 0.0
		for i := 0; i < d.written && i < widthSample; i++ {
			longest = max(longest, displayWidth(col.kind, col.value(i)))
		}
		lo := 8.0
		if col.kind == kDate {
			lo = 12
		}
		ws[c] = fitWidth(col.header, longest, lo, 50)
	}
	return ws
}
