package pdfdoc

import (
	"fmt"
	"sort"
	"strings"
)

// PageText is the text of one page as pdfdoc lays it out: what Render
// draws there, read from the layout rather than extracted from the PDF, so
// it is exact and independent of any PDF text extractor.
type PageText struct {
	Number int // physical page number; the cover is 1
	Lines  []TextLine
}

// TextLine is the text of one row drawn on a page, in reading order: the
// running header, a line of a paragraph, a heading, a table row, one
// key-figure panel, a contents entry, a picture, the footer.
type TextLine struct {
	// Cells are the parts of the row, left to right: the cells of a table
	// row; the label, value and note of a key figure; a contents entry's
	// text and page number (the dot leader is left out); the two lines of
	// the header; the marking and page label of the footer. Each holds its
	// wrapped lines, top to bottom; an empty table cell holds one empty
	// line. A picture is one cell "[picture W × H mm]".
	Cells [][]string
	// Drawn is the text as it is drawn: one entry per line of the row
	// (pieces on one baseline), its pieces left to right, empty pieces
	// left out, dot leaders kept. A picture has none. Tests look for these
	// lines in the text a PDF extractor reads back.
	Drawn [][]string
}

// String formats the line: cells separated by " | ", the wrapped lines of
// a cell joined with a space, no trailing blank (a row ending in an empty
// cell ends in "|").
func (l TextLine) String() string {
	cells := make([]string, len(l.Cells))
	for i, c := range l.Cells {
		cells[i] = strings.Join(c, " ")
	}
	return strings.TrimRight(strings.Join(cells, " | "), " ")
}

// String formats the page: a line "--- page N ---", then one line per
// TextLine.
func (p PageText) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "--- page %d ---\n", p.Number)
	for _, l := range p.Lines {
		b.WriteString(l.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// Text lays out the document as Render does, without rendering it, and
// returns the text of every page: the cover, the contents with their page
// numbers, and the body, each page after the cover with its header and
// footer. Render draws exactly this text on the same pages.
func (d *Document) Text() ([]PageText, error) {
	lo, err := d.layout()
	if err != nil {
		return nil, fmt.Errorf("pdfdoc: %w", err)
	}
	pages := []PageText{{Number: 1, Lines: placedText(lo.cover)}}
	for i, p := range lo.pages {
		n := i + 2
		lines := d.headerDrawing(lo.fonts).textLines()
		lines = append(lines, placedText(p)...)
		lines = append(lines, d.footerDrawing(lo.fonts, lo.label(n, lo.total)).textLines()...)
		pages = append(pages, PageText{Number: n, Lines: lines})
	}
	return pages, nil
}

// textSource is a row that can say what text it draws.
type textSource interface {
	textLines() []TextLine
}

// placedText is the text of the units of one page.
func placedText(units []placed) []TextLine {
	var lines []TextLine
	for _, pl := range units {
		if pl.u.text != nil {
			lines = append(lines, pl.u.text.textLines()...)
		}
	}
	return lines
}

// textLines returns the drawing as one line, or none when it draws no
// text and no picture.
func (d *drawing) textLines() []TextLine {
	runs := d.runs
	if d.pageNum != nil {
		runs = append(runs[:len(runs):len(runs)], d.pageNum())
	}
	var l TextLine
	if d.img != nil {
		l.Cells = append(l.Cells, []string{fmt.Sprintf("[picture %.1f × %.1f mm]", d.img.w, d.img.h)})
	}
	// Cells: the runs of each part, parts in column order.
	byCol := map[int][]string{}
	var cols []int
	for _, r := range runs {
		if r.leader {
			continue
		}
		if _, ok := byCol[r.col]; !ok {
			cols = append(cols, r.col)
		}
		byCol[r.col] = append(byCol[r.col], r.text)
	}
	sort.Ints(cols)
	for _, c := range cols {
		l.Cells = append(l.Cells, byCol[c])
	}
	// Drawn: the non-empty runs by baseline, then left to right.
	drawn := make([]run, 0, len(runs))
	for _, r := range runs {
		if r.text != "" {
			drawn = append(drawn, r)
		}
	}
	sort.SliceStable(drawn, func(i, j int) bool {
		if drawn[i].y != drawn[j].y {
			return drawn[i].y < drawn[j].y
		}
		return drawn[i].x < drawn[j].x
	})
	for i, r := range drawn {
		if i == 0 || r.y != drawn[i-1].y {
			l.Drawn = append(l.Drawn, nil)
		}
		l.Drawn[len(l.Drawn)-1] = append(l.Drawn[len(l.Drawn)-1], r.text)
	}
	if len(l.Cells) == 0 {
		return nil
	}
	return []TextLine{l}
}

// textLines returns one line per panel, left to right.
func (g *gridDrawing) textLines() []TextLine {
	var lines []TextLine
	for _, c := range g.cells {
		lines = append(lines, c.textLines()...)
	}
	return lines
}
