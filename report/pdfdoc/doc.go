// Package pdfdoc is a small document layer over maroto v2: a Document is
// built in memory from blocks (headings, paragraphs, tables, pictures, key
// figures) and rendered to PDF bytes, A4 portrait, with a cover page, a
// contents page, running headers and footers, a PDF outline and clickable
// contents lines. It knows nothing of any particular report.
//
// # Pages
//
// Page 1 is the cover: only the cover blocks, no header, footer or page
// number. Then come the contents pages, then the body. Every page after
// the cover has the header (organisation and title over a thin rule) and
// the footer (the marking on the left, the page label on the right).
// Page numbers are physical page numbers: the cover is page 1, although
// unnumbered, and the total counts it, so the first contents page is
// "page 2 of N". Contents entries show the same numbers.
//
// # Layout
//
// pdfdoc lays out and paginates itself and hands maroto rows of known
// height, one page at a time. Text is measured with the glyph advances of
// the given TrueType fonts, in the same integer units gofpdf uses, and
// pre-wrapped, breaking at spaces and between CJK characters (maroto
// breaks only at spaces, so Chinese would overflow). Because the layout is
// known before rendering, the contents get their page numbers without a
// second maroto build: body pagination does not depend on the contents,
// and the contents' own length does not depend on the numbers printed in
// it (they sit in a fixed-width column). A zero-height marker drawn with
// each heading records the page it really lands on, and Render fails if
// any differs from the layout.
//
// # Reproducibility
//
// The same document renders to the same bytes: dates come from
// Config.Date, the producer is fixed, gofpdf's catalog sort is on, and
// pictures are made to have distinct pixel widths (see imageSet). These
// are per-document gofpdf settings, reached through the provider (see
// fpdfOf); pdfdoc sets no package-level state, so documents may be
// rendered concurrently. A Document itself must not be modified during
// Render.
//
// # Limits
//
// One font family per document, with no per-glyph fallback: for Chinese
// pass a font that also covers Latin and Cyrillic (WenQuanYi Micro Hei
// does). Characters outside the Basic Multilingual Plane (emoji) are
// replaced with U+FFFD, because gofpdf cannot embed them. No hyphenation;
// lines with CJK text are left-aligned rather than justified. Headings
// have two levels. Pictures are PNG. The cover is one page.
package pdfdoc

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/johnfercher/maroto/v2"
	"github.com/johnfercher/maroto/v2/pkg/components/page"
	"github.com/johnfercher/maroto/v2/pkg/config"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/consts/pagesize"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	"github.com/johnfercher/maroto/v2/pkg/props"
	"github.com/johnfercher/maroto/v2/pkg/repository"
)

// Page geometry, mm (A4 portrait).
const (
	pageWidth    = 210.0
	pageHeight   = 297.0
	marginLeft   = 20.0
	marginRight  = 20.0
	marginTop    = 12.0
	marginBottom = 10.0
	textWidth    = pageWidth - marginLeft - marginRight
	pageArea     = pageHeight - marginTop - marginBottom // what maroto lays rows in

	headerSize   = 8.0 // pt
	headerLine   = 4.0 // mm per header line
	headerRuleAt = 2*headerLine + 1.5
	headerGap    = 7.0 // mm between the header rule and the text
	footerGap    = 5.0
	footerLine   = 6.5
	footerSize   = 8.0
	headerHeight = headerRuleAt + headerGap
	footerHeight = footerGap + footerLine
	bodyArea     = pageArea - headerHeight - footerHeight
)

// Config holds what a document needs besides its blocks.
type Config struct {
	// Fonts is the one font family used throughout. Required.
	Fonts Fonts
	// Date is written as the PDF creation and modification date. Required:
	// a fixed date keeps the output reproducible.
	Date time.Time
	// Title, Author and Subject are the PDF metadata. Creator defaults to
	// "ratsreport".
	Title, Author, Subject, Creator string
	// Organisation and ReportTitle are the two lines of the running header.
	Organisation, ReportTitle string
	// Marking is printed on the left of every footer (a classification
	// marking such as "UNCLASSIFIED").
	Marking string
	// PageLabel makes the footer's page label from the physical page number
	// and the total page count, cover included; nil means "3 / 17".
	PageLabel func(page, total int) string
	// ContentsTitle is the heading of the contents page. Empty means no
	// contents page. There is none either when the body has no headings.
	ContentsTitle string
}

// Document is a PDF document under construction. The zero value is not
// usable; make one with New.
type Document struct {
	cfg   Config
	cover []Block
	body  []Block
}

// New returns an empty document.
func New(cfg Config) *Document { return &Document{cfg: cfg} }

// Cover appends blocks to the cover page. The cover must fit on one page;
// Fill pushes what follows it to the bottom. Headings are not allowed on
// the cover.
func (d *Document) Cover(blocks ...Block) { d.cover = append(d.cover, blocks...) }

// Add appends blocks to the body.
func (d *Document) Add(blocks ...Block) { d.body = append(d.body, blocks...) }

// Render lays out and renders the document and returns the PDF bytes.
// Errors from maroto and gofpdf, including their panics, are returned as
// errors.
func (d *Document) Render() (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("pdfdoc: render: panic in maroto or gofpdf: %v", r)
		}
	}()
	out, err = d.render()
	if err != nil {
		return nil, fmt.Errorf("pdfdoc: %w", err)
	}
	return out, nil
}

// laidOut is a document laid out in pages, ready to render: what Render
// draws and Text reads.
type laidOut struct {
	fonts *fontSet
	state *renderState
	cover []placed   // the cover page's content
	pages [][]placed // the contents and body pages: physical pages 2 to total
	total int
	label func(page, total int) string
}

// layout lays out the cover, the body and the contents, and works out the
// page of every heading.
func (d *Document) layout() (*laidOut, error) {
	cfg := d.cfg
	if cfg.Date.IsZero() {
		return nil, errors.New("config: Date is required (it is written to the PDF; a fixed date keeps output reproducible)")
	}
	fonts, err := newFontSet(cfg.Fonts)
	if err != nil {
		return nil, err
	}
	var headings []headingEntry
	state := &renderState{
		date:    cfg.Date,
		margins: entity.Margins{Left: marginLeft, Right: marginRight, Top: marginTop, Bottom: marginBottom},
	}
	images := newImageSet()
	newLayouter := func(area float64) *layouter {
		return &layouter{fonts: fonts, width: textWidth, area: area, headings: &headings, state: state, images: images}
	}

	// Cover: one page, full height, no header or footer.
	coverL := newLayouter(pageArea)
	if err := coverL.blocks(d.cover); err != nil {
		return nil, fmt.Errorf("cover: %w", err)
	}
	if len(headings) > 0 {
		return nil, errors.New("cover: headings belong in the body")
	}
	// The cover is one designed page: its spacing counts at the top too.
	for _, u := range coverL.units {
		u.glue = false
	}
	coverPages, err := paginate(coverL.units, pageArea)
	if err != nil {
		return nil, fmt.Errorf("cover: %w", err)
	}
	if len(coverPages) > 1 {
		return nil, fmt.Errorf("cover: does not fit on one page (%d pages)", len(coverPages))
	}

	// Body.
	bodyL := newLayouter(bodyArea)
	if err := bodyL.blocks(d.body); err != nil {
		return nil, fmt.Errorf("body: %w", err)
	}
	bodyPages, err := paginate(bodyL.units, bodyArea)
	if err != nil {
		return nil, fmt.Errorf("body: %w", err)
	}
	state.outline = headings
	state.links = make([]int, len(headings))
	state.want = make([]int, len(headings))
	state.got = make([]int, len(headings))

	// Contents: its length does not depend on the page numbers it shows.
	var contentsPages [][]placed
	if cfg.ContentsTitle != "" && len(headings) > 0 {
		cl := newLayouter(bodyArea)
		cl.contents(cfg.ContentsTitle, headings)
		contentsPages, err = paginate(cl.units, bodyArea)
		if err != nil {
			return nil, fmt.Errorf("contents: %w", err)
		}
	}

	first := 1 + len(contentsPages) + 1 // physical number of the first body page
	total := first - 1 + len(bodyPages)
	for i, p := range bodyPages {
		for _, pl := range p {
			if pl.u.heading > 0 {
				state.want[pl.u.heading-1] = first + i
			}
		}
	}

	lo := &laidOut{fonts: fonts, state: state, total: total, label: cfg.PageLabel}
	if len(coverPages) == 1 {
		lo.cover = coverPages[0]
	}
	lo.pages = append(append(lo.pages, contentsPages...), bodyPages...)
	if lo.label == nil {
		lo.label = func(page, total int) string { return fmt.Sprintf("%d / %d", page, total) }
	}
	return lo, nil
}

func (d *Document) render() ([]byte, error) {
	lo, err := d.layout()
	if err != nil {
		return nil, err
	}
	fonts, state, total := lo.fonts, lo.state, lo.total
	mcfg, err := d.marotoConfig(fonts)
	if err != nil {
		return nil, err
	}
	m := maroto.New(mcfg)
	m.AddPages(page.New().Add(assemble([]sizedRow{{0, state.setupRow}}, lo.cover, nil)...))
	for i, p := range lo.pages {
		pageNo := i + 2
		m.AddPages(page.New().Add(assemble(d.header(fonts), p, d.footer(fonts, lo.label(pageNo, total)))...))
	}
	doc, err := m.Generate()
	if err != nil {
		return nil, fmt.Errorf("maroto: %w", err)
	}
	if state.err != nil {
		return nil, state.err
	}
	if state.pdf == nil {
		return nil, errNoFpdf
	}
	if err := state.pdf.Error(); err != nil {
		return nil, fmt.Errorf("gofpdf: %w", err)
	}
	if n := state.pdf.PageNo(); n != total {
		return nil, fmt.Errorf("internal: rendered %d pages, laid out %d", n, total)
	}
	for i, h := range state.outline {
		if state.got[i] != state.want[i] {
			return nil, fmt.Errorf("internal: heading %q laid out on page %d, rendered on page %d", abbrev(h.text), state.want[i], state.got[i])
		}
	}
	return doc.GetBytes(), nil
}

func (d *Document) marotoConfig(fonts *fontSet) (*entity.Config, error) {
	repo := repository.New()
	for _, st := range []Style{Regular, Bold, Italic, BoldItalic} {
		if fonts.as(st) == st { // the others are drawn with it (fontSet.drawn)
			repo.AddUTF8FontFromBytes(fontFamily, st.maroto(), fonts.ttf[st])
		}
	}
	custom, err := repo.Load()
	if err != nil {
		return nil, fmt.Errorf("fonts: %w", err)
	}
	creator := d.cfg.Creator
	if creator == "" {
		creator = "ratsreport"
	}
	b := config.NewBuilder().
		WithPageSize(pagesize.A4).
		WithLeftMargin(marginLeft).
		WithRightMargin(marginRight).
		WithTopMargin(marginTop).
		WithBottomMargin(marginBottom).
		WithMaxGridSize(gridSize).
		WithCustomFonts(custom).
		WithDefaultFont(&props.Font{Family: fontFamily, Style: fontstyle.Normal, Size: bodySize, Color: rgb(colText)}).
		WithCompression(true).
		WithSequentialMode().
		WithCreator(creator, true).
		WithCreationDate(d.cfg.Date)
	if d.cfg.Title != "" {
		b = b.WithTitle(d.cfg.Title, true)
	}
	if d.cfg.Author != "" {
		b = b.WithAuthor(d.cfg.Author, true)
	}
	if d.cfg.Subject != "" {
		b = b.WithSubject(d.cfg.Subject, true)
	}
	return b.Build(), nil
}

// sizedRow is a row builder with its height.
type sizedRow struct {
	h     float64
	build func(h float64) core.Row
}

// assemble builds the maroto rows of one page: top rows, the laid-out
// content, an empty row and the bottom rows, which the empty row pushes
// to the foot of the page. It leaves 1-2 µm unused: maroto ends each page
// with a filler row of its own (AddPages, Generate) and gofpdf breaks the
// page when a row would pass the bottom margin, so a page filled exactly
// could see its footer pushed to a new page by float rounding.
func assemble(top []sizedRow, content []placed, bottom []sizedRow) []core.Row {
	rows := make([]core.Row, 0, len(top)+len(content)+len(bottom)+1)
	used := 0.0
	for _, r := range top {
		rows = append(rows, r.build(r.h))
		used += r.h
	}
	for _, pl := range content {
		rows = append(rows, pl.u.row(pl.h))
		used += pl.h
	}
	for _, r := range bottom {
		used += r.h
	}
	if gap := math.Floor((pageArea-used)*1e6)/1e6 - 1e-6; gap > 0 {
		rows = append(rows, emptyRow(gap))
	}
	for _, r := range bottom {
		rows = append(rows, r.build(r.h))
	}
	return rows
}
