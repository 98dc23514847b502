package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/summary"
)

// trendSeries is one column of the Trends sheet.
type trendSeries struct {
	header  string
	decimal bool
	values  []summary.YearCount
}

// writeTrends writes the headline series per year, from the first year in
// the data to the reporting year, with a native chart for each area. The
// values are the summary's (earlier years are not on the detail sheets);
// an empty cell is a year before the series began or a figure not
// reported, and shows as a gap in the charts.
func (b *book) writeTrends() error {
	s, f, sheet := b.in.Summary, b.f, b.trends
	series := []trendSeries{
		{b.t("xlsx.col.exercises"), false, s.Exercises.PerYear},
		{b.t("xlsx.col.participants"), false, s.Conference.PerYear},
		{b.t("xlsx.col.documents"), false, s.Agreements.PerYear},
	}
	var border []int // columns of the main border indicators
	for i, ind := range b.in.Config.Indicators {
		if ind.Main && i < len(s.Border.PerYear) {
			series = append(series, trendSeries{b.indicatorHeader(i), ind.Decimal(), s.Border.PerYear[i]})
			border = append(border, len(series)+1)
		}
	}
	first := min(s.FirstYear, b.year)
	if first <= 0 {
		first = b.year
	}
	years := b.year - first + 1
	last := years + 1 // the last data row

	if err := b.pageSetup(sheet, true); err != nil {
		return err
	}
	if err := b.printSetup(sheet, true); err != nil {
		return err
	}
	ws := []float64{8}
	for _, x := range series {
		ws = append(ws, fitWidth(x.header, 8, 12, 18))
	}
	for i, x := range ws {
		if err := f.SetColWidth(sheet, colName(i+1), colName(i+1), x); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	lines := 1
	set := func(c, r int, v any, style int) error {
		ref := cellRef(c, r)
		if err := f.SetCellValue(sheet, ref, v); err != nil {
			return err
		}
		return f.SetCellStyle(sheet, ref, ref, style)
	}
	if err := set(1, 1, b.t("col.year"), b.st.header); err != nil {
		return err
	}
	for i, x := range series {
		if err := set(i+2, 1, x.header, b.st.headerNum); err != nil {
			return err
		}
		lines = max(lines, wrappedLines(x.header, ws[i+1]))
	}
	if err := f.SetRowHeight(sheet, 1, float64(15*lines)); err != nil {
		return err
	}
	for y := first; y <= b.year; y++ {
		r := y - first + 2
		if err := set(1, r, y, 0); err != nil {
			return err
		}
		for i, x := range series {
			a, ok := at(x.values, y)
			if !ok || !a.Reported {
				continue
			}
			if err := set(i+2, r, number(a.Milli, x.decimal), b.numStyle(x.decimal)); err != nil {
				return err
			}
		}
	}
	noteRow := last + 2
	if err := f.SetCellValue(sheet, cellRef(1, noteRow), b.t("xlsx.note.trends")); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, cellRef(1, noteRow), cellRef(1, noteRow), b.st.note); err != nil {
		return err
	}
	if err := f.MergeCell(sheet, cellRef(1, noteRow), cellRef(len(ws), noteRow)); err != nil {
		return err
	}
	total := 0.0
	for _, x := range ws {
		total += x
	}
	if err := f.SetRowHeight(sheet, noteRow, float64(15*wrappedLines(b.t("xlsx.note.trends"), total))); err != nil {
		return err
	}

	q := quoteSheet(sheet)
	cats := fmt.Sprintf("%s!$A$2:$A$%d", q, last)
	ser := func(col int) excelize.ChartSeries {
		c := colName(col)
		return excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$1", q, c),
			Categories: cats,
			Values:     fmt.Sprintf("%s!$%s$2:$%s$%d", q, c, c, last),
			Marker:     excelize.ChartMarker{Symbol: "circle", Size: 5},
		}
	}
	// The charts go on a page of their own below the table: the three
	// column charts side by side, the border chart (with a legend) under
	// them, as wide as the three.
	if err := f.InsertPageBreak(sheet, cellRef(1, noteRow+1)); err != nil {
		return err
	}
	const w, h, gap, wideH = 300, 240, 16, 300
	charts := []struct {
		typ            excelize.ChartType
		title          string
		cols           []int
		legend         string
		x, y, width, h int // placement in pixels from the anchor
	}{
		{excelize.Col, b.t("chart.exercises_per_year"), []int{2}, "none", 0, 0, w, h},
		{excelize.Col, b.t("xlsx.chart.participants"), []int{3}, "none", w + gap, 0, w, h},
		{excelize.Col, b.t("xlsx.chart.documents"), []int{4}, "none", 2 * (w + gap), 0, w, h},
		{excelize.Line, b.t("xlsx.chart.border"), border, "right", 0, h + gap, 3*w + 2*gap, wideH},
	}
	no, zero := false, 0.0
	axisFont := excelize.Font{Family: "Calibri", Size: 9, Color: "404040"}
	// excelize takes a chart's offset within its anchor cell, so the
	// anchor is the cell under the wanted position. Positions and sizes
	// are converted to excelize's pixels: it counts 8 per character of
	// column width where Excel and LibreOffice count about 7, and 18 per
	// row of 15 points where they count 20. The default row height is set
	// because LibreOffice's own default is lower than Excel's.
	rowPt, yes := 15.0, true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{DefaultRowHeight: &rowPt, CustomHeight: &yes}); err != nil {
		return err
	}
	const rowPx = 18 // excelize's pixels for a row of 15 points
	scale := func(px int) int { return px * 8 / 7 }
	scaleY := func(px int) int { return px * rowPx / 20 }
	for _, c := range charts {
		if len(c.cols) == 0 {
			continue
		}
		var list []excelize.ChartSeries
		for _, col := range c.cols {
			list = append(list, ser(col))
		}
		col, offX := cellAt(scale(c.x), func(i int) int {
			if i <= len(ws) {
				return int(ws[i-1]*8 + 0.5)
			}
			return 64 // the default column width
		})
		row, offY := cellAt(scaleY(c.y), func(int) int { return rowPx })
		if err := f.AddChart(sheet, cellRef(col, noteRow+1+row), &excelize.Chart{
			Type:         c.typ,
			Series:       list,
			Title:        excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.title, Font: &excelize.Font{Family: "Calibri", Size: 12, Bold: true, Color: "202020"}}}},
			Legend:       excelize.ChartLegend{Position: c.legend, Font: &axisFont},
			Format:       excelize.GraphicOptions{OffsetX: offX, OffsetY: offY},
			Dimension:    excelize.ChartDimension{Width: uint(scale(c.width)), Height: uint(scaleY(c.h))},
			VaryColors:   &no,
			ShowBlanksAs: "gap",
			XAxis:        excelize.ChartAxis{TickLabelSkip: 1, Font: axisFont},
			YAxis:        excelize.ChartAxis{MajorGridLines: true, Font: axisFont, Minimum: &zero},
		}); err != nil {
			return fmt.Errorf("add the chart %q: %w", c.title, err)
		}
	}
	return nil
}

// cellAt returns the 1-based index of the cell holding pixel px, counting
// from cell 1, and px's offset inside it, given each cell's size.
func cellAt(px int, size func(i int) int) (int, int) {
	i := 1
	for px >= size(i) {
		px -= size(i)
		i++
	}
	return i, px
}

// at returns the value of a series in year.
func at(s []summary.YearCount, year int) (summary.Amount, bool) {
	for _, x := range s {
		if x.Year == year {
			return x.Value, true
		}
	}
	return summary.Amount{}, false
}
