package stats

import (
	"fmt"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/lang"
)

// XLSX writes the result as a workbook with one sheet: a header row
// (frozen), one row per group with typed cells (years and editions as
// numbers, figures as numbers with the thousands separator, not-reported
// figures as empty cells beside a count of the records that left them
// empty), the total row in bold, and the title and notes under the table.
// For states, enumerations and indicators, a name column is followed by
// a code column. date stamps the document properties (never the clock),
// so the same result gives the same bytes.
func XLSX(res *Result, t *lang.Texts, date time.Time) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	sheet := t.T("stats.sheet")
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, fmt.Errorf("name the sheet: %w", err) //msg:ok the renderer's own failure (never the input's), printed inside the command's message
	}
	st, err := newXLSXStyles(f)
	if err != nil {
		return nil, err
	}
	type col struct {
		head  string
		width int
		num   bool
	}
	var cols []col
	for _, d := range res.By {
		cols = append(cols, col{head: d.Label, num: d.Numeric})
		if d.Labelled {
			cols = append(cols, col{head: t.Sub("stats.code", "dim", d.Label)})
		}
	}
	if len(res.By) == 0 {
		cols = append(cols, col{})
	}
	if res.PerRowUnit {
		cols = append(cols, col{head: t.T("stats.unit")})
	}
	for _, m := range res.Measures {
		cols = append(cols, col{head: header(m, t), num: true})
		if m.Sum {
			cols = append(cols, col{head: t.Sub("stats.col_missing", "measure", m.Label), num: true})
		}
	}
	cell := func(c, r int) string {
		name, _ := excelize.CoordinatesToCellName(c, r)
		return name
	}
	for i, c := range cols {
		if err := f.SetCellStr(sheet, cell(i+1, 1), c.head); err != nil {
			return nil, err
		}
		style := st.header
		if c.num {
			style = st.headerNum
		}
		if err := f.SetCellStyle(sheet, cell(i+1, 1), cell(i+1, 1), style); err != nil {
			return nil, err
		}
		cols[i].width = min(max(longestToken(c.head)+2, 10), 40)
	}
	rowNum := 1
	write := func(r Row, total bool) error {
		rowNum++
		var vals []any
		var styles []int
		put := func(v any, style int, text string) {
			vals = append(vals, v)
			styles = append(styles, style)
			i := len(vals) - 1
			cols[i].width = min(max(cols[i].width, displayWidth(text)+2), 40)
		}
		text := st.text
		if total {
			text = st.totalText
		}
		for i, d := range res.By {
			switch {
			case total && i == 0:
				put(t.T("stats.total"), text, t.T("stats.total"))
			case total:
				put(nil, text, "")
			case d.Numeric && r.Keys[i] != "":
				n, _ := strconv.Atoi(r.Keys[i])
				put(n, st.plain, r.Keys[i])
			default:
				put(r.Labels[i], text, r.Labels[i])
			}
			if d.Labelled {
				if total {
					put(nil, text, "")
				} else {
					put(r.Keys[i], text, r.Keys[i])
				}
			}
		}
		if len(res.By) == 0 {
			put(t.T("stats.total"), text, t.T("stats.total"))
		}
		if res.PerRowUnit {
			put(r.Unit, text, r.Unit)
		}
		for i, m := range res.Measures {
			a := r.Values[i]
			dec := m.Decimal || res.PerRowUnit && i == 1 && r.Decimal
			style := st.integer
			if dec {
				style = st.decimal
			}
			if total {
				style = st.totalInt
				if dec {
					style = st.totalDec
				}
			}
			if a.Reported {
				if dec {
					put(a.Float(), style, strconv.FormatFloat(a.Float(), 'f', 3, 64))
				} else {
					put(a.Whole(), style, strconv.FormatInt(a.Whole(), 10)+"    ")
				}
			} else {
				put(nil, style, "")
			}
			if m.Sum {
				miss := st.integer
				if total {
					miss = st.totalInt
				}
				put(a.Missing, miss, "")
			}
		}
		for i, v := range vals {
			ref := cell(i+1, rowNum)
			if v != nil {
				if err := f.SetCellValue(sheet, ref, v); err != nil {
					return err
				}
			}
			if err := f.SetCellStyle(sheet, ref, ref, styles[i]); err != nil {
				return err
			}
		}
		return nil
	}
	for _, r := range res.Rows {
		if err := write(r, false); err != nil {
			return nil, fmt.Errorf("write a row: %w", err) //msg:ok the renderer's own failure (never the input's), printed inside the command's message
		}
	}
	if res.Total != nil {
		if err := write(*res.Total, true); err != nil {
			return nil, fmt.Errorf("write the total: %w", err) //msg:ok the renderer's own failure (never the input's), printed inside the command's message
		}
	}
	// The title and the notes, under the table.
	lines := []string{Title(res, t)}
	if len(res.Where) > 0 {
		lines = append(lines, t.Sub("stats.where", "conditions", conditions(res, t)))
	}
	lines = append(lines, Notes(res, t)...)
	rowNum++
	for _, l := range lines {
		rowNum++
		if err := f.SetCellStr(sheet, cell(1, rowNum), l); err != nil {
			return nil, err
		}
		if err := f.SetCellStyle(sheet, cell(1, rowNum), cell(1, rowNum), st.note); err != nil {
			return nil, err
		}
	}
	headLines := 1
	for i, c := range cols {
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, name, name, float64(c.width)); err != nil {
			return nil, err
		}
		headLines = max(headLines, len(wrap(c.head, c.width-2)))
	}
	// Spreadsheets do not fit the height of a wrapped header on opening.
	if err := f.SetRowHeight(sheet, 1, float64(15*headLines+3)); err != nil {
		return nil, err
	}
	a4, one, zero, yes, landscape := 9, 1, 0, true, "landscape"
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return nil, fmt.Errorf("set the page layout: %w", err) //msg:ok the renderer's own failure (never the input's), printed inside the command's message
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return nil, fmt.Errorf("set the page layout: %w", err) //msg:ok the renderer's own failure (never the input's), printed inside the command's message
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return nil, fmt.Errorf("freeze the header: %w", err) //msg:ok the renderer's own failure (never the input's), printed inside the command's message
	}
	stamp := date.UTC().Format("2006-01-02T15:04:05Z")
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: Title(res, t), Language: res.Lang, Created: stamp, Modified: stamp,
	}); err != nil {
		return nil, fmt.Errorf("set the document properties: %w", err) //msg:ok the renderer's own failure (never the input's), printed inside the command's message
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("write the workbook: %w", err) //msg:ok the renderer's own failure (never the input's), printed inside the command's message
	}
	return buf.Bytes(), nil
}

type xlsxStyles struct {
	header, headerNum, text, plain, integer, decimal, totalText, totalInt, totalDec, note int
}

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	var s xlsxStyles
	ptr := func(x string) *string { return &x }
	bold := &excelize.Font{Bold: true}
	top := []excelize.Border{{Type: "top", Color: "808080", Style: 1}}
	fill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}
	bottom := []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
	defs := []struct {
		id *int
		st excelize.Style
	}{
		{&s.header, excelize.Style{Font: bold, Fill: fill, Border: bottom, Alignment: &excelize.Alignment{Vertical: "bottom", WrapText: true}}},
		{&s.headerNum, excelize.Style{Font: bold, Fill: fill, Border: bottom, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "bottom", WrapText: true}}},
		{&s.text, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.plain, excelize.Style{NumFmt: 1, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}},
		{&s.integer, excelize.Style{NumFmt: 3}},
		{&s.decimal, excelize.Style{CustomNumFmt: ptr("#,##0.000")}},
		{&s.totalText, excelize.Style{Font: bold, Border: top}},
		{&s.totalInt, excelize.Style{NumFmt: 3, Font: bold, Border: top}},
		{&s.totalDec, excelize.Style{CustomNumFmt: ptr("#,##0.000"), Font: bold, Border: top}},
		{&s.note, excelize.Style{Font: &excelize.Font{Italic: true, Color: "404040"}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return s, fmt.Errorf("create a cell style: %w", err) //msg:ok the renderer's own failure (never the input's), printed inside the command's message
		}
		*d.id = id
	}
	return s, nil
}
