package pdfdoc

import (
	"errors"
	"fmt"
	"math"

	"github.com/johnfercher/maroto/v2/pkg/core"
)

// unit is the atom of pagination: one maroto row of known height, or a
// control mark. pdfdoc paginates itself instead of letting maroto do it,
// so that it knows where every row lands before rendering: that gives
// keep-with-next, repeated table headers and the page numbers for the
// contents without maroto's FitlnCurrentPage off-by-header bug.
type unit struct {
	h       float64
	keep    bool  // keep on one page with the next unit
	glue    bool  // spacing: dropped at the top of a page
	fill    bool  // takes a share of the space left on its page
	newPage bool  // control: start a new page unless at the top of one
	repeat  *unit // table header to put first on a page that starts with this unit
	heading int   // 1 + index of the heading this unit shows, or 0
	row     func(h float64) core.Row
	text    textSource // what Text reads; nil for spacing, rules and marks
}

// layouter turns blocks into units for one text area.
type layouter struct {
	fonts    *fontSet
	width    float64 // text width, mm
	area     float64 // text area height of a page, mm
	units    []*unit
	headings *[]headingEntry
	state    *renderState
	images   *imageSet
}

// headingEntry is one heading, for the contents and the outline.
type headingEntry struct {
	level int
	text  string
}

func (l *layouter) add(u *unit) { l.units = append(l.units, u) }

// glue adds h millimetres of spacing; keep ties it to what follows.
func (l *layouter) glue(h float64, keep bool) {
	if h > 0 {
		l.add(&unit{h: h, glue: true, keep: keep, row: emptyRow})
	}
}

// addHeading records a heading and returns its index.
func (l *layouter) addHeading(level int, text string) int {
	*l.headings = append(*l.headings, headingEntry{level: level, text: text})
	return len(*l.headings) - 1
}

// blocks lays out a list of blocks.
func (l *layouter) blocks(bs []Block) error {
	for i, b := range bs {
		if b == nil {
			return fmt.Errorf("block %d: nil", i+1)
		}
		if err := b.layout(l); err != nil {
			return fmt.Errorf("block %d: %w", i+1, err)
		}
	}
	return nil
}

// placed is a unit on a page, with its final height (fills get theirs
// after pagination).
type placed struct {
	u *unit
	h float64
}

// errTooTall reports a unit that does not fit an empty page.
var errTooTall = errors.New("content taller than a page")

// paginate distributes units over pages of height area. Before each unit
// it checks that the chain of units tied to it by keep (and by spacing)
// fits in what is left of the page, and starts a new page if not, unless
// the page has no content yet: a chain longer than a page breaks where it
// must.
func paginate(units []*unit, area float64) ([][]placed, error) {
	// Keep a micrometre free on every page, so that rounding never makes
	// maroto or gofpdf break a page that pdfdoc filled (see assemble).
	limit := area - 1e-3
	var pages [][]placed
	var cur []placed
	used := 0.0
	content := false // the page has something besides a repeated header
	newPage := func(next *unit) {
		pages = append(pages, cur)
		cur, used, content = nil, 0, false
		if next != nil && next.repeat != nil {
			cur = append(cur, placed{u: next.repeat, h: next.repeat.h})
			used = next.repeat.h
		}
	}
	for i, u := range units {
		if u.newPage {
			if content {
				newPage(nil)
			}
			continue
		}
		if u.glue && !content {
			continue
		}
		// The chain runs through spacing: spacing never separates a
		// heading from what it is kept with.
		need := 0.0
		for j := i; j < len(units); j++ {
			if units[j].newPage {
				break
			}
			need += units[j].h
			if !units[j].keep && !units[j].glue {
				break
			}
		}
		if content && used+need > limit {
			newPage(u)
			if u.glue {
				continue
			}
		}
		if used+u.h > limit {
			if content {
				newPage(u)
			}
			if used+u.h > limit {
				return nil, fmt.Errorf("%w: %.1f mm, room %.1f mm", errTooTall, u.h, limit-used)
			}
		}
		cur = append(cur, placed{u: u, h: u.h})
		used += u.h
		content = content || !u.glue
	}
	if len(cur) > 0 {
		pages = append(pages, cur)
	}
	// Share what is left of each page among its fills.
	for _, p := range pages {
		fills, used := 0, 0.0
		for _, pl := range p {
			used += pl.h
			if pl.u.fill {
				fills++
			}
		}
		if fills == 0 {
			continue
		}
		share := math.Max(0, limit-used) / float64(fills)
		for k := range p {
			if p[k].u.fill {
				p[k].h = share
			}
		}
	}
	return pages, nil
}
