package pdfdoc

import (
	"github.com/johnfercher/go-tree/node"
	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/align"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/consts/breakline"
	"github.com/johnfercher/maroto/v2/pkg/consts/extension"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	"github.com/johnfercher/maroto/v2/pkg/props"
)

// Palette, as 0xRRGGBB.
const (
	colText   = 0x1F2429
	colMuted  = 0x5C6773
	colAccent = 0x17365D
	colRule   = 0xAEB8C4
	colZebra  = 0xF1F4F8
	colPanel  = 0xE9EEF4
	colWhite  = 0xFFFFFF
)

func rgb(c int) *props.Color {
	return &props.Color{Red: c >> 16 & 0xFF, Green: c >> 8 & 0xFF, Blue: c & 0xFF}
}

func (t Tone) color() int {
	switch t {
	case ToneMuted:
		return colMuted
	case ToneAccent:
		return colAccent
	}
	return colText
}

func fillStyle(c int) *props.Cell { return &props.Cell{BackgroundColor: rgb(c)} }

func borderStyle(b border.Type, thickness float64, c int) *props.Cell {
	return &props.Cell{BorderType: b, BorderThickness: thickness, BorderColor: rgb(c)}
}

// run is one pre-wrapped line of text at a position inside a row: x and y
// are offsets from the row's top left, w the width it is aligned in, lh
// the height of its line box.
type run struct {
	text  string
	x, y  float64
	w, lh float64
	style Style
	size  float64 // pt
	align Align
	color int
	// col is the part of its row the run belongs to (a table cell; the
	// label, value or note of a key figure), for Text; leader marks a dot
	// leader, which Text leaves out of the cells.
	col    int
	leader bool
}

// imageDraw is a picture at an offset inside a row.
type imageDraw struct {
	png  []byte
	x, w float64
	h    float64
}

// mark is called when its row is rendered, with the live provider and the
// row's cell; used for bookmarks, link targets and link areas.
type mark func(p core.Provider, cell *entity.Cell)

// drawing is a maroto component that draws pre-laid-out lines of text (and
// at most one picture) at fixed offsets. It reports the height pdfdoc
// computed, so maroto never measures or wraps text itself.
type drawing struct {
	height float64
	runs   []run
	img    *imageDraw
	marks  []mark
	style  *props.Cell // background or border of the row
	// pageNum, if set, makes one more run at render time (the page number
	// of a contents entry, known only after the body is laid out).
	pageNum func() run
	// fonts says which registered style draws each run's style.
	fonts *fontSet
}

// row wraps the drawing in a full-width maroto row of height h.
func (d *drawing) row(h float64) core.Row {
	r := row.New(h).Add(col.New().Add(d))
	if d.style != nil {
		r.WithStyle(d.style)
	}
	return r
}

func emptyRow(h float64) core.Row { return row.New(h).Add(col.New()) }

// Render draws the runs with maroto's text provider. Every run fits its
// width by gofpdf's own measure (see face), so maroto draws it as one
// line.
func (d *drawing) Render(p core.Provider, cell *entity.Cell) {
	for _, m := range d.marks {
		m(p, cell)
	}
	if d.img != nil {
		c := entity.Cell{X: cell.X + d.img.x, Y: cell.Y, Width: d.img.w, Height: d.img.h}
		p.AddImageFromBytes(d.img.png, &c, &props.Rect{Center: true, Percent: 100}, extension.Png)
	}
	runs := d.runs
	if d.pageNum != nil {
		runs = append(runs[:len(runs):len(runs)], d.pageNum())
	}
	for i := range runs {
		r := &runs[i]
		if r.text == "" {
			continue
		}
		sizeMM := ptToMM(r.size)
		c := entity.Cell{X: cell.X + r.x, Y: cell.Y + r.y, Width: r.w, Height: r.lh}
		p.AddText(r.text, &c, &props.Text{
			Family: fontFamily,
			Style:  d.fonts.as(r.style).maroto(),
			Size:   r.size,
			Align:  r.align.maroto(),
			Color:  rgb(r.color),
			// maroto puts the baseline one font size below Top; this
			// centres the capitals in the line box.
			Top:               r.lh/2 - 0.65*sizeMM,
			BreakLineStrategy: breakline.EmptySpaceStrategy,
		})
	}
}

// GetHeight returns the precomputed height.
func (d *drawing) GetHeight(core.Provider, *entity.Cell) float64 { return d.height }

// SetConfig is part of core.Component; the drawing needs no configuration.
func (d *drawing) SetConfig(*entity.Config) {}

// GetStructure is part of core.Component.
func (d *drawing) GetStructure() *node.Node[core.Structure] {
	return node.New(core.Structure{Type: "pdfdoc.drawing", Value: len(d.runs)})
}

func (a Align) maroto() align.Type {
	switch a {
	case AlignCenter:
		return align.Center
	case AlignRight:
		return align.Right
	case AlignJustify:
		return align.Justify
	}
	return align.Left
}

// grid is a row of equal panels separated by gaps, in maroto grid units
// (the grid has gridSize units across the text width).
type grid struct {
	cols            int
	panelSize, gap  int
	width, gapWidth float64 // mm, as maroto computes them from the sizes
}

const gridSize = 100000

func (l *layouter) grid(cols int, gapMM float64) grid {
	gap := int(gapMM / l.width * gridSize)
	if cols <= 1 {
		gap = 0
	}
	panel := (gridSize - (cols-1)*gap) / cols
	return grid{
		cols: cols, panelSize: panel, gap: gap,
		width:    l.width * float64(panel) / gridSize,
		gapWidth: l.width * float64(gap) / gridSize,
	}
}

// gridDrawing is one row of panels.
type gridDrawing struct {
	grid   grid
	height float64
	cells  []*drawing
}

func (g *gridDrawing) row(h float64) core.Row {
	r := row.New(h)
	for i, c := range g.cells {
		if i > 0 && g.grid.gap > 0 {
			r.Add(col.New(g.grid.gap))
		}
		pc := col.New(g.grid.panelSize).Add(c)
		if c.style != nil {
			pc.WithStyle(c.style)
		}
		r.Add(pc)
	}
	return r
}
