package pdfdoc

import (
	"fmt"
	"math"

	"github.com/johnfercher/maroto/v2/pkg/consts/border"
)

// Table geometry and type sizes.
const (
	cellPadX       = 1.8 // mm
	cellPadY       = 1.3 // mm
	cellSize       = 8.5 // pt
	cellSpacing    = 1.3
	tableTitleSize = 9.5
	tableNoteSize  = 8
	blockAfter     = 5.0 // mm after tables, images and key figures
)

// Column describes one table column.
type Column struct {
	Header string
	Width  float64 // relative width; 0 means 1
	Align  Align   // use AlignRight for numbers; AlignJustify is treated as left
}

// Table is a data table. The header row is repeated at the top of every
// page the table spans; a row is never split across pages and grows to fit
// wrapped cells; rows are striped. Title, if set, is printed above the
// table and kept with it; Note, if set, is printed below in small type
// (sources, footnotes). Total, if set, is a bold total row. Every row must
// have one cell per column.
type Table struct {
	Title   string
	Columns []Column
	Rows    [][]string
	Total   []string
	Note    string
}

func (t Table) layout(l *layouter) error {
	if len(t.Columns) == 0 {
		return fmt.Errorf("table %q: no columns", abbrev(t.Title))
	}
	widths, err := columnWidths(t.Columns, l.width)
	if err != nil {
		return fmt.Errorf("table %q: %w", abbrev(t.Title), err)
	}
	for i, r := range t.Rows {
		if len(r) != len(t.Columns) {
			return fmt.Errorf("table %q: row %d has %d cells, want %d", abbrev(t.Title), i+1, len(r), len(t.Columns))
		}
	}
	if t.Total != nil && len(t.Total) != len(t.Columns) {
		return fmt.Errorf("table %q: total row has %d cells, want %d", abbrev(t.Title), len(t.Total), len(t.Columns))
	}

	if t.Title != "" {
		lh := ptToMM(tableTitleSize) * 1.35
		for _, line := range wrap(l.fonts.face(Bold), t.Title, tableTitleSize, l.width) {
			d := &drawing{fonts: l.fonts, height: lh, runs: []run{{text: line, w: l.width, lh: lh, style: Bold, size: tableTitleSize, color: colText}}}
			l.add(&unit{h: lh, keep: true, row: d.row, text: d})
		}
		l.glue(1.5, true)
	}

	headers := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		headers[i] = c.Header
	}
	header := &unit{keep: true}
	hd := l.tableRow(t.Columns, widths, headers, Bold, colWhite)
	hd.style = fillStyle(colAccent)
	header.h, header.row, header.text = hd.height, hd.row, hd
	l.add(header)

	n := len(t.Rows)
	for i, cells := range t.Rows {
		d := l.tableRow(t.Columns, widths, cells, Regular, colText)
		if i%2 == 1 {
			d.style = fillStyle(colZebra)
		}
		// Keep the header with the first two rows, the last two rows
		// together (no row alone on a page, as a typesetter avoids a
		// widow line), and the total row or the note with the last row.
		keep := (i == 0 && n > 1) || (i == n-2 && n > 3) || (i == n-1 && (t.Total != nil || t.Note != ""))
		l.add(&unit{h: d.height, keep: keep, repeat: header, row: d.row, text: d})
	}
	if t.Total != nil {
		d := l.tableRow(t.Columns, widths, t.Total, Bold, colText)
		d.style = fillStyle(colPanel)
		d.style.BorderType = border.Top
		d.style.BorderThickness = 0.4
		d.style.BorderColor = rgb(colAccent)
		l.add(&unit{h: d.height, keep: t.Note != "", repeat: header, row: d.row, text: d})
	}
	if t.Note != "" {
		l.glue(1.2, true)
		lh := ptToMM(tableNoteSize) * 1.35
		for _, line := range wrap(l.fonts.face(Regular), t.Note, tableNoteSize, l.width) {
			d := &drawing{fonts: l.fonts, height: lh, runs: []run{{text: line, w: l.width, lh: lh, size: tableNoteSize, color: colMuted}}}
			l.add(&unit{h: lh, row: d.row, text: d})
		}
	}
	l.glue(blockAfter, false)
	return nil
}

// columnWidths turns relative widths into millimetres.
func columnWidths(cols []Column, total float64) ([]float64, error) {
	sum := 0.0
	rel := make([]float64, len(cols))
	for i, c := range cols {
		w := c.Width
		if w < 0 || math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("column %d: bad width %g", i+1, w)
		}
		if w == 0 {
			w = 1
		}
		rel[i] = w
		sum += w
	}
	out := make([]float64, len(cols))
	for i, w := range rel {
		out[i] = total * w / sum
	}
	return out, nil
}

// tableRow lays out one row of cells.
func (l *layouter) tableRow(cols []Column, widths []float64, cells []string, st Style, color int) *drawing {
	lh := ptToMM(cellSize) * cellSpacing
	d := &drawing{fonts: l.fonts}
	x := 0.0
	maxLines := 1
	for i, text := range cells {
		inner := widths[i] - 2*cellPadX
		lines := wrap(l.fonts.face(st), text, cellSize, inner)
		if len(lines) > maxLines {
			maxLines = len(lines)
		}
		a := cols[i].Align
		if a == AlignJustify {
			a = AlignLeft
		}
		for j, line := range lines {
			d.runs = append(d.runs, run{
				text: line, x: x + cellPadX, y: cellPadY + float64(j)*lh, w: inner, lh: lh,
				style: st, size: cellSize, align: a, color: color, col: i,
			})
		}
		x += widths[i]
	}
	d.height = float64(maxLines)*lh + 2*cellPadY
	return d
}

// ImageBlock is a PNG picture (a chart), centred, Width millimetres wide
// (0 or more than the text width means the text width), with an optional
// caption below it that is kept on the same page. A picture taller than a
// page is scaled down to fit.
type ImageBlock struct {
	PNG     []byte
	Width   float64
	Caption string
}

// Image returns an ImageBlock.
func Image(png []byte, widthMM float64, caption string) ImageBlock {
	return ImageBlock{PNG: png, Width: widthMM, Caption: caption}
}

const captionSize = 8.5

func (b ImageBlock) layout(l *layouter) error {
	img, err := l.images.add(b.PNG)
	if err != nil {
		return fmt.Errorf("image %d: %w", l.images.count(), err)
	}
	w := b.Width
	if w <= 0 || w > l.width {
		w = l.width
	}
	h := w * float64(img.h) / float64(img.w)
	capLH := ptToMM(captionSize) * 1.35
	var capLines []string
	if b.Caption != "" {
		capLines = wrap(l.fonts.face(Italic), b.Caption, captionSize, l.width)
	}
	// Scale down a picture that, with its caption, would not fit a page.
	if room := l.area - float64(len(capLines))*capLH - 2; h > room && room > 10 {
		w, h = w*room/h, room
	}
	d := &drawing{fonts: l.fonts, height: h, img: &imageDraw{png: img.png, x: (l.width - w) / 2, w: w, h: h}}
	l.add(&unit{h: h, keep: len(capLines) > 0, row: d.row, text: d})
	if len(capLines) > 0 {
		l.glue(1.5, true)
		for i, line := range capLines {
			cd := &drawing{fonts: l.fonts, height: capLH, runs: []run{{text: line, w: l.width, lh: capLH, style: Italic, size: captionSize, align: AlignCenter, color: colMuted}}}
			l.add(&unit{h: capLH, keep: i < len(capLines)-1, row: cd.row, text: cd})
		}
	}
	l.glue(blockAfter, false)
	return nil
}

// KeyFigure is one headline number: a short label above, the figure in
// large type, and a short note below (a change on last year, a unit).
type KeyFigure struct {
	Label string
	Value string
	Note  string
}

// KeyFigures is a grid of key-figure panels, Columns per row (0 means up
// to four in one row, else three per row). The whole grid is kept on one
// page.
type KeyFigures struct {
	Figures []KeyFigure
	Columns int
}

const (
	kfLabelSize = 8
	kfValueSize = 20
	kfNoteSize  = 8
	kfPad       = 3.0 // mm
	kfGap       = 4.0 // mm between panels
)

func (k KeyFigures) layout(l *layouter) error {
	n := len(k.Figures)
	if n == 0 {
		return nil
	}
	cols := k.Columns
	switch {
	case cols < 0:
		return fmt.Errorf("key figures: %d columns", cols)
	case cols == 0 && n <= 4:
		cols = n
	case cols == 0:
		cols = 3
	}
	grid := l.grid(cols, kfGap)
	for start := 0; start < n; start += cols {
		end := min(start+cols, n)
		var panels []*drawing
		height := 0.0
		for i := start; i < end; i++ {
			p := l.keyFigure(k.Figures[i], grid.width)
			panels = append(panels, p)
			height = max(height, p.height)
		}
		gd := &gridDrawing{grid: grid, height: height}
		for _, p := range panels {
			p.height = height
			p.style = fillStyle(colPanel)
			p.style.BorderType = border.Top
			p.style.BorderThickness = 0.8
			p.style.BorderColor = rgb(colAccent)
			gd.cells = append(gd.cells, p)
		}
		l.add(&unit{h: height, keep: end < n, row: gd.row, text: gd})
		if end < n {
			l.glue(kfGap, true)
		}
	}
	l.glue(blockAfter, false)
	return nil
}

// keyFigure lays out one panel of the given width.
func (l *layouter) keyFigure(f KeyFigure, width float64) *drawing {
	inner := width - 2*kfPad
	d := &drawing{fonts: l.fonts}
	y := kfPad
	addLines := func(text string, st Style, size, spacing float64, color, col int) {
		if text == "" {
			return
		}
		lh := ptToMM(size) * spacing
		for _, line := range wrap(l.fonts.face(st), text, size, inner) {
			d.runs = append(d.runs, run{text: line, x: kfPad, y: y, w: inner, lh: lh, style: st, size: size, color: color, col: col})
			y += lh
		}
	}
	addLines(f.Label, Regular, kfLabelSize, 1.3, colMuted, 0)
	y += 0.8
	addLines(f.Value, Bold, kfValueSize, 1.15, colAccent, 1)
	y += 0.5
	addLines(f.Note, Regular, kfNoteSize, 1.3, colMuted, 2)
	d.height = y + kfPad
	return d
}
