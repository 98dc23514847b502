package pdfdoc

import (
	"fmt"
	"time"

	"github.com/johnfercher/go-tree/node"
	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	"github.com/phpdave11/gofpdf"
)

// producer is written as the PDF Producer: fixed, so output is
// reproducible.
const producer = "ratsreport pdfdoc (maroto v2, gofpdf)"

// renderState is what the components of one render share: the gofpdf
// instance (reached once, by the setup component on the cover), the
// internal link of each heading, and the page each heading was actually
// drawn on, checked against the layout after rendering.
type renderState struct {
	date    time.Time
	margins entity.Margins
	pdf     *gofpdf.Fpdf
	err     error
	outline []headingEntry
	links   []int // gofpdf link ID per heading, 0 = not made yet
	want    []int // physical page per heading, from the layout
	got     []int // physical page per heading, as rendered
	level1  bool  // a level-1 outline entry has been made
}

func (s *renderState) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

// setupRow is a zero-height row on the cover, the first row of the
// document: it reaches gofpdf and sets what makes the output reproducible.
func (s *renderState) setupRow(float64) core.Row {
	return row.New(0).Add(col.New().Add(&hook{fn: func(p core.Provider, _ *entity.Cell) {
		pdf, err := fpdfOf(p)
		if err != nil {
			s.fail(err)
			return
		}
		s.pdf = pdf
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(s.date)
		pdf.SetModificationDate(s.date)
		pdf.SetProducer(producer, true)
	}}))
}

// link returns the gofpdf link of heading i, making it on first use.
func (s *renderState) link(i int) int {
	if s.pdf == nil {
		return 0
	}
	if s.links[i] == 0 {
		s.links[i] = s.pdf.AddLink()
	}
	return s.links[i]
}

// headingMark returns the mark drawn with heading i: it records the page,
// adds the outline entry and points the heading's link here.
func (s *renderState) headingMark(i int) mark {
	return func(p core.Provider, cell *entity.Cell) {
		if s.pdf == nil {
			s.fail(errNoFpdf)
			return
		}
		h := s.outline[i]
		s.got[i] = s.pdf.PageNo()
		y := max(0, cell.Y+s.margins.Top-3)
		level := h.level - 1
		if level == 1 && !s.level1 {
			level = 0 // gofpdf's outline needs a parent for a level-2 entry
		}
		s.level1 = s.level1 || level == 0
		s.pdf.Bookmark(h.text, level, y)
		s.pdf.SetLink(s.link(i), y, -1)
		if err := s.pdf.Error(); err != nil {
			s.fail(fmt.Errorf("gofpdf: outline entry %q: %w", abbrev(h.text), err))
		}
	}
}

// linkMark returns a mark that makes the area (x, y, w, h), relative to the
// row, a link to heading i.
func (s *renderState) linkMark(i int, x, y, w, h float64) mark {
	return func(_ core.Provider, cell *entity.Cell) {
		if s.pdf == nil {
			s.fail(errNoFpdf)
			return
		}
		s.pdf.Link(cell.X+s.margins.Left+x, cell.Y+s.margins.Top+y, w, h, s.link(i))
	}
}

// hook is a zero-height component that runs a function when rendered.
type hook struct{ fn mark }

func (h *hook) Render(p core.Provider, cell *entity.Cell)     { h.fn(p, cell) }
func (h *hook) GetHeight(core.Provider, *entity.Cell) float64 { return 0 }
func (h *hook) SetConfig(*entity.Config)                      {}
func (h *hook) GetStructure() *node.Node[core.Structure] {
	return node.New(core.Structure{Type: "pdfdoc.hook"})
}
