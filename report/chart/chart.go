// Package chart draws the report's charts (bars, grouped or stacked bars,
// horizontal bars and lines over categories) as PNG images for the PDF.
//
// Drawing is done here with golang.org/x/image (sfnt outlines rasterised by
// x/image/vector) rather than with go-chart: go-chart has no grouped or
// horizontal bars, no value labels, no way to leave a value out, and no
// label wrapping, all of which the report needs.
//
// Sizes are in pixels, but text sizes are set in points for the width the
// image will have on the page (Style.PrintWidthMM, 190 mm by default), so the
// default 1800 × 900 px image prints at about 240 dpi with 9 pt labels and an
// 11 pt title. Output is deterministic: the same input gives the same bytes.
package chart

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// Default image size and print width.
const (
	DefaultWidthPx      = 1800
	DefaultHeightPx     = 900
	DefaultPrintWidthMM = 190
)

// ErrNoData is returned (wrapped) for a chart with no categories or no series.
var ErrNoData = errors.New("no data to chart")

// Style is how charts are drawn. The zero value is usable: Go fonts,
// 1800 × 900 px for 190 mm (about 240 dpi), numbers formatted by Plain.
type Style struct {
	// Font and BoldFont are TrueType (.ttf) or collection (.ttc, first face)
	// font bytes, such as goregular.TTF or a CJK font for Chinese labels.
	// Font defaults to Go Regular; BoldFont (the title) defaults to Go Bold
	// when Font is unset and to Font otherwise.
	Font, BoldFont []byte
	// WidthPx and HeightPx are the image size; 0 means 1800 and 900. For
	// HorizontalBar a zero HeightPx means "as tall as the categories need".
	WidthPx, HeightPx int
	// PrintWidthMM is the width the image will be shown at; text is sized
	// in points for that width. 0 means 190.
	PrintWidthMM float64
	// Format formats values on the axis and on bars; nil means Plain.
	Format func(float64) string
	// NoData, when set, is written in the plot area of a chart in which
	// no value at all is reported (such as "No data reported").
	NoData string
}

// Series is one named row of values, one per category.
type Series struct {
	Name   string
	Values []float64
	// Missing marks values that were not reported; they are drawn as
	// nothing (no bar, no point), never as zero. It may be nil or as long
	// as Values.
	Missing []bool
}

// Bars is a bar chart: one bar per category and series, grouped side by side
// when there are several series, or stacked when Stacked is set.
type Bars struct {
	Title      string
	Categories []string
	Series     []Series
	YLabel     string // the unit of the values, such as "Persons"
	Stacked    bool
}

// Lines is a line chart over categories (typically years). A missing value
// breaks the line.
type Lines struct {
	Title      string
	Categories []string
	Series     []Series
	YLabel     string
}

// Palette returns the series colours in order: navy, teal, grey, then an
// amber accent and lighter or darker variants. Neighbours differ in
// lightness as well as hue, so series stay apart for colour-blind readers
// and in greyscale print. Series beyond the eighth reuse the colours.
func Palette() []color.RGBA {
	return []color.RGBA{
		{0x1f, 0x3b, 0x63, 0xff}, // navy
		{0x2a, 0x8c, 0x8c, 0xff}, // teal
		{0xa3, 0xac, 0xb6, 0xff}, // grey
		{0xd9, 0xa4, 0x41, 0xff}, // amber
		{0x8c, 0xcf, 0xc7, 0xff}, // light teal
		{0x5b, 0x64, 0x70, 0xff}, // dark grey
		{0x7f, 0x9c, 0xc4, 0xff}, // light navy
		{0x8c, 0x5a, 0x1e, 0xff}, // brown
	}
}

var (
	colBackground = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colText       = color.RGBA{0x22, 0x28, 0x33, 0xff}
	colMuted      = color.RGBA{0x4a, 0x52, 0x60, 0xff}
	colGrid       = color.RGBA{0xdd, 0xe1, 0xe6, 0xff}
	colAxis       = color.RGBA{0x5a, 0x62, 0x70, 0xff}
)

// Bar draws a vertical bar chart as PNG bytes.
func (s Style) Bar(c Bars) ([]byte, error) {
	return s.render("bar chart", c.Title, func(d *drawing) error {
		return d.vertical(c.Title, c.Categories, c.Series, c.YLabel, kindBars, c.Stacked)
	})
}

// Line draws a line chart as PNG bytes.
func (s Style) Line(c Lines) ([]byte, error) {
	return s.render("line chart", c.Title, func(d *drawing) error {
		return d.vertical(c.Title, c.Categories, c.Series, c.YLabel, kindLines, false)
	})
}

// HorizontalBar draws bars running left to right, one row per category from
// top to bottom, for long category names such as states or indicators.
func (s Style) HorizontalBar(c Bars) ([]byte, error) {
	return s.render("horizontal bar chart", c.Title, func(d *drawing) error {
		return d.horizontal(c)
	})
}

// drawing holds one chart being drawn.
type drawing struct {
	img     *image.RGBA
	w, h    float64
	autoH   bool
	pxPerPt float64
	title   *face // bold, 11 pt
	text    *face // regular, 9 pt
	format  func(float64) string
	noData  string
	err     error // first text problem, see face
	geom    geom  // what was drawn where, for tests
}

func (d *drawing) pt(v float64) float64 { return v * d.pxPerPt }

// newImage allocates the canvas once its height is known.
func (d *drawing) newImage(h int) {
	d.h = float64(h)
	d.img = image.NewRGBA(image.Rect(0, 0, int(d.w), h))
	draw.Draw(d.img, d.img.Bounds(), image.NewUniform(colBackground), image.Point{}, draw.Src)
}

func (s Style) render(kind, title string, paint func(*drawing) error) ([]byte, error) {
	d, err := s.paint(kind, title, paint)
	if err != nil {
		return nil, err
	}
	b, err := encodePNG(d.img)
	if err != nil {
		return nil, fmt.Errorf("%s %q: encode png: %w", kind, title, err)
	}
	return b, nil
}

// paint draws a chart into memory, turning a panic into an error.
func (s Style) paint(kind, title string, paint func(*drawing) error) (d *drawing, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("%s %q: internal error: %v", kind, title, r)
		}
	}()
	d, err = s.newDrawing()
	if err == nil {
		err = paint(d)
	}
	if err == nil {
		err = d.err
	}
	if err != nil {
		return nil, fmt.Errorf("%s %q: %w", kind, title, err)
	}
	return d, nil
}

func (s Style) newDrawing() (*drawing, error) {
	w, h := s.WidthPx, s.HeightPx
	if w == 0 {
		w = DefaultWidthPx
	}
	autoH := h == 0
	if h == 0 {
		h = DefaultHeightPx
	}
	if w < 300 || h < 150 || w > 20000 || h > 20000 {
		return nil, fmt.Errorf("image size %d×%d px out of range (300–20000 × 150–20000)", w, h)
	}
	mm := s.PrintWidthMM
	if mm == 0 {
		mm = DefaultPrintWidthMM
	}
	if mm < 10 || mm > 2000 || math.IsNaN(mm) {
		return nil, fmt.Errorf("print width %g mm out of range", mm)
	}
	regular, bold := s.Font, s.BoldFont
	if regular == nil {
		regular = goregular.TTF
		if bold == nil {
			bold = gobold.TTF
		}
	}
	if bold == nil {
		bold = regular
	}
	rf, err := parseFont(regular)
	if err != nil {
		return nil, fmt.Errorf("parse font: %w", err)
	}
	bf, err := parseFont(bold)
	if err != nil {
		return nil, fmt.Errorf("parse bold font: %w", err)
	}
	d := &drawing{w: float64(w), h: float64(h), autoH: autoH, format: s.Format, noData: s.NoData}
	if d.format == nil {
		d.format = Plain
	}
	d.pxPerPt = float64(w) / (mm / 25.4) / 72
	if d.text, err = newFace(rf, d.pt(9), &d.err); err != nil {
		return nil, fmt.Errorf("font metrics: %w", err)
	}
	if d.title, err = newFace(bf, d.pt(11), &d.err); err != nil {
		return nil, fmt.Errorf("bold font metrics: %w", err)
	}
	return d, nil
}

// checkData validates categories and series before anything is drawn.
func checkData(cats []string, series []Series) error {
	if len(cats) == 0 {
		return fmt.Errorf("%w: no categories", ErrNoData)
	}
	if len(series) == 0 {
		return fmt.Errorf("%w: no series", ErrNoData)
	}
	for _, s := range series {
		if len(s.Values) != len(cats) {
			return fmt.Errorf("series %q has %d values for %d categories", s.Name, len(s.Values), len(cats))
		}
		if s.Missing != nil && len(s.Missing) != len(s.Values) {
			return fmt.Errorf("series %q has %d missing flags for %d values", s.Name, len(s.Missing), len(s.Values))
		}
		for i, v := range s.Values {
			if !isMissing(s, i) && (math.IsNaN(v) || math.IsInf(v, 0)) {
				return fmt.Errorf("series %q, category %q: value %v is not a number", s.Name, cats[i], v)
			}
		}
	}
	return nil
}

func isMissing(s Series, i int) bool { return s.Missing != nil && s.Missing[i] }

// dataRange is the span of the values to show, always including 0.
// widenForLabels decides whether scale sc leaves room (in value units)
// beyond the highest and lowest values for their labels. done: they fit
// (show), or after the third try they are dropped (!show); otherwise it
// sets the margins the next scale must add.
func widenForLabels(dr dataRange, sc scale, room float64, iter int, extraHi, extraLo *float64) (done, show bool) {
	okHi := dr.hi <= 0 || sc.max-dr.hi >= room
	okLo := dr.lo >= 0 || dr.lo-sc.min >= room
	switch {
	case okHi && okLo:
		return true, true
	case iter == 3:
		return true, false
	}
	if !okHi {
		*extraHi = room * 1.05
	}
	if !okLo {
		*extraLo = room * 1.05
	}
	return false, false
}

type dataRange struct {
	lo, hi  float64
	integer bool // every reported value is whole
	any     bool // some value is reported
}

func rangeOf(series []Series, n int, stacked bool) dataRange {
	r := dataRange{integer: true}
	for i := 0; i < n; i++ {
		pos, neg := 0.0, 0.0
		for _, s := range series {
			if isMissing(s, i) {
				continue
			}
			v := s.Values[i]
			r.any = true
			if v != math.Trunc(v) {
				r.integer = false
			}
			if stacked {
				if v >= 0 {
					pos += v
				} else {
					neg += v
				}
				continue
			}
			r.lo, r.hi = math.Min(r.lo, v), math.Max(r.hi, v)
		}
		if stacked {
			r.lo, r.hi = math.Min(r.lo, neg), math.Max(r.hi, pos)
		}
	}
	return r
}

// legendItem is one series in the legend.
type legendItem struct {
	name   string
	col    color.RGBA
	marker int // for line charts: the marker kind; -1 for a bar swatch
}

func seriesColor(i int) color.RGBA {
	p := Palette()
	return p[i%len(p)]
}

func (d *drawing) margin() float64 { return d.pt(2) }

// header measures (and, when paint is set, draws) the title, the legend and
// the unit label from the top; it returns the y below them.
func (d *drawing) header(title string, items []legendItem, unit string, paint bool) float64 {
	m := d.margin()
	y := m
	if strings.TrimSpace(title) != "" {
		for _, line := range d.title.fitLines(title, d.w-2*m, 3, false) {
			if paint {
				d.title.draw(d.img, line, m, y+d.title.ascent, 0, colText)
			}
			y += d.title.lineH
		}
		y += d.pt(4)
	}
	if len(items) > 1 {
		sw := d.pt(7) // swatch size
		if items[0].marker >= 0 {
			sw = d.pt(16)
		}
		gap, itemGap := d.pt(3), d.pt(10)
		x := m
		for _, it := range items {
			name := d.text.ellipsize(it.name, d.w-2*m-sw-gap)
			wd := sw + gap + d.text.width(name)
			if x > m && x+wd > d.w-m {
				x = m
				y += d.text.lineH
			}
			if paint {
				cy := y + d.text.ascent - d.text.capH/2
				if it.marker < 0 {
					fillRect(d.img, x, cy-sw/2, x+sw, cy+sw/2, it.col)
				} else {
					strokePolyline(d.img, []point{{x, cy}, {x + sw, cy}}, d.pt(1.6), it.col)
					d.marker(it.marker, point{x + sw/2, cy}, it.col)
				}
				d.text.draw(d.img, name, x+sw+gap, y+d.text.ascent, 0, colText)
			}
			x += wd + itemGap
		}
		y += d.text.lineH + d.pt(2)
	}
	if strings.TrimSpace(unit) != "" {
		line := d.text.ellipsize(unit, d.w-2*m)
		if paint {
			d.text.draw(d.img, line, m, y+d.text.ascent, 0, colMuted)
		}
		y += d.text.lineH + d.pt(1.5)
	}
	return y
}

// marker draws a series marker with a white halo, so it stays distinct
// where lines cross.
func (d *drawing) marker(kind int, c point, col color.RGBA) {
	size := d.pt(5)
	fillPolygons(d.img, [][]point{markerShape(kind, c, size+d.pt(1.6))}, colBackground)
	fillPolygons(d.img, [][]point{markerShape(kind, c, size)}, col)
}

func legendFor(series []Series, lines bool) []legendItem {
	items := make([]legendItem, len(series))
	for i, s := range series {
		items[i] = legendItem{name: s.Name, col: seriesColor(i), marker: -1}
		if lines {
			items[i].marker = i
		}
	}
	return items
}

// luminance is the relative lightness of c in [0, 1], to pick label colours.
func luminance(c color.RGBA) float64 {
	return (0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)) / 255
}
