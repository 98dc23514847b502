package chart

import (
	"errors"
	"fmt"
	"math"
)

type chartKind int

const (
	kindBars chartKind = iota
	kindLines
)

const sin45 = 0.70710678118654752

// geom records where things went, for tests.
type geom struct {
	x0, y0, x1, y1 float64 // plot area
	sc             scale
	slot           float64
	angle          float64 // category label rotation
	labels         bool    // value labels shown
	bars           []barGeom
}

// barGeom is the horizontal extent of one bar slot (vertical extent for
// horizontal bars), drawn or left empty.
type barGeom struct {
	cat, series int
	a0, a1      float64
	missing     bool
}

// catAxis is the layout of the category labels under the plot.
type catAxis struct {
	angle    float64    // 0, 45 or 90 degrees
	lines    [][]string // per category; nil for a category left unlabelled
	zone     float64    // height taken under the plot
	needLeft float64    // plot left edge needed by the first rotated label
}

var errCrowded = errors.New("too many categories for the image width; use HorizontalBar or a wider image")

// fitCategories lays out category labels for slots of width slot: on one
// line, wrapped in up to three lines, rotated 45° or 90°, and, when thin is
// set (line charts), on every n-th category only. Labels never overlap; a
// rotated label too long for maxZone is shortened with an ellipsis.
func (d *drawing) fitCategories(cats []string, slot, maxZone float64, thin bool) (catAxis, error) {
	t := d.text
	pad := d.pt(3)
	avail := slot - d.pt(3)
	n := len(cats)
	ca := catAxis{lines: make([][]string, n)}

	ok, maxLines := avail > 0, 1
	for i, c := range cats {
		if !ok {
			break
		}
		ls, fit := t.wrapBalanced(c, avail)
		ok = fit && len(ls) <= 3
		ca.lines[i] = ls
		maxLines = max(maxLines, len(ls))
	}
	if ok {
		ca.zone = pad + t.capH + float64(maxLines-1)*t.lineH + t.descent
		if ca.zone <= maxZone {
			return ca, nil
		}
	}
	// Line charts (years, typically) read better with every n-th label
	// upright than with all of them rotated.
	for _, every := range []int{2, 5, 10} {
		if !thin {
			break
		}
		if d.thinned(cats, slot, every, &ca) {
			ca.zone = pad + t.capH + t.descent
			return ca, nil
		}
	}

	every := 1
	switch {
	case slot >= 1.45*t.lineH:
		ca.angle = 45
	case slot >= 1.1*t.lineH:
		ca.angle = 90
	case thin:
		ca.angle = 90
		every = int(math.Ceil(1.1 * t.lineH / slot))
	default:
		return catAxis{}, errCrowded
	}
	longest := 0.0
	if ca.angle == 45 {
		maxL := (maxZone-pad-t.descent)/sin45 - t.capH
		for i, c := range cats {
			s := t.ellipsize(c, maxL)
			ca.lines[i] = []string{s}
			w := t.width(s)
			longest = max(longest, w)
			if i == 0 {
				ca.needLeft = d.margin() + w*sin45 - slot/2
			}
		}
		ca.zone = pad + (longest+t.capH)*sin45 + t.descent
		return ca, nil
	}
	maxL := maxZone - pad - d.pt(1)
	for i, c := range cats {
		ca.lines[i] = nil
		if i%every != 0 {
			continue
		}
		s := t.ellipsize(c, maxL)
		ca.lines[i] = []string{s}
		longest = max(longest, t.width(s))
	}
	ca.zone = pad + longest + d.pt(1)
	return ca, nil
}

// thinned labels every n-th category on one line, if the labels then fit
// between each other and inside the image.
func (d *drawing) thinned(cats []string, slot float64, every int, ca *catAxis) bool {
	t := d.text
	n := len(cats)
	room := float64(every)*slot - d.pt(4)
	for i := 0; i < n; i += every {
		w := t.width(cats[i])
		if w > room {
			return false
		}
		// The first label may reach into the gap before the value labels
		// (which end pt(4) left of the plot), no further.
		if i == 0 && w/2 > slot/2+d.pt(4) {
			return false
		}
		if i == n-1 && w/2 > slot/2+d.margin() {
			return false
		}
	}
	for i := range cats {
		ca.lines[i] = nil
		if i%every == 0 {
			ca.lines[i] = []string{cats[i]}
		}
	}
	return true
}

// vertical draws a bar or line chart with categories along the bottom.
func (d *drawing) vertical(title string, cats []string, series []Series, unit string, kind chartKind, stacked bool) error {
	if err := checkData(cats, series); err != nil {
		return err
	}
	d.newImage(int(d.h))
	n := len(cats)
	t := d.text
	m := d.margin()
	top := d.header(title, legendFor(series, kind == kindLines), unit, true)
	dr := rangeOf(series, n, stacked)

	var (
		g        geom
		ca       catAxis
		extraHi  float64
		extraLo  float64
		showVals bool
	)
	for iter := 0; ; iter++ {
		sc := niceScale(dr.lo-extraLo, dr.hi+extraHi, dr.integer, 5)
		tickW := 0.0
		for _, v := range sc.ticks {
			tickW = max(tickW, t.width(d.format(v)))
		}
		left, right := m+tickW+d.pt(4), d.w-m
		var err error
		for pass := 0; pass < 3; pass++ {
			ca, err = d.fitCategories(cats, (right-left)/float64(n), 0.38*d.h, kind == kindLines)
			if err != nil {
				return err
			}
			if ca.needLeft <= left {
				break
			}
			left = ca.needLeft
		}
		g = geom{x0: left, x1: right, y0: top + t.capH/2 + d.pt(1), y1: d.h - m - ca.zone, sc: sc, angle: ca.angle}
		g.slot = (g.x1 - g.x0) / float64(n)
		if g.y1-g.y0 < d.pt(15) || g.slot < 2 {
			return fmt.Errorf("image %.0f×%.0f px too small for the title, legend and labels", d.w, d.h)
		}
		showVals = dr.any && d.valueLabelsFit(series, n, g.slot, kind, stacked)
		if !showVals {
			break
		}
		// Keep room above the tallest bar or point (and below the lowest)
		// for its label.
		span := sc.max - sc.min
		need := t.capH + d.pt(3)
		if kind == kindLines {
			need = t.capH + d.pt(5)
		}
		room := need / (g.y1 - g.y0) * span
		if done, show := widenForLabels(dr, sc, room, iter, &extraHi, &extraLo); done {
			showVals = show
			break
		}
	}
	g.labels = showVals

	d.valueAxis(&g)
	if kind == kindBars {
		d.drawBars(&g, series, n, stacked, showVals)
	} else {
		d.drawLines(&g, series, n, showVals)
	}
	// The zero line goes over the bars' feet.
	hline(d.img, g.x0, g.x1, d.yOf(&g, 0), d.pt(0.8), colAxis)
	d.categoryLabels(&g, ca, n)
	if !dr.any && d.noData != "" {
		d.text.drawAligned(d.img, d.text.ellipsize(d.noData, g.x1-g.x0), (g.x0+g.x1)/2, (g.y0+g.y1)/2, 0, colMuted)
	}
	d.geom = g
	return nil
}

func (d *drawing) yOf(g *geom, v float64) float64 {
	return g.y1 - (v-g.sc.min)/(g.sc.max-g.sc.min)*(g.y1-g.y0)
}

// valueAxis draws horizontal grid lines with their values on the left.
func (d *drawing) valueAxis(g *geom) {
	t := d.text
	for _, v := range g.sc.ticks {
		y := d.yOf(g, v)
		hline(d.img, g.x0, g.x1, y, d.pt(0.5), colGrid)
		t.drawAligned(d.img, d.format(v), g.x0-d.pt(4), y+t.capH/2, 1, colMuted)
	}
}

// barWidth returns the width of one bar and the gap between bars of a group.
func (d *drawing) barWidth(slot float64, k int, stacked bool) (w, gap float64) {
	if stacked || k == 1 {
		return math.Min(slot*0.6, d.pt(36)), 0
	}
	gap = d.pt(0.8)
	w = (slot*0.85 - float64(k-1)*gap) / float64(k)
	if w < 3*gap {
		gap = 0
		w = slot * 0.8 / float64(k)
	}
	return math.Min(w, d.pt(36)), gap
}

// valueLabelsFit says whether every value (bars, single-series lines) or
// every stack total can be written without overlapping its neighbours.
func (d *drawing) valueLabelsFit(series []Series, n int, slot float64, kind chartKind, stacked bool) bool {
	t := d.text
	k := len(series)
	switch {
	case kind == kindLines:
		if k != 1 || n > 15 {
			return false
		}
		return d.allFit(series, n, slot-d.pt(3))
	case stacked && k > 1:
		if n > 40 {
			return false
		}
		for i := 0; i < n; i++ {
			if tot, ok := stackTotal(series, i); ok && t.width(d.format(tot)) > slot-d.pt(3) {
				return false
			}
		}
		return true
	}
	if n*k > 40 {
		return false
	}
	w, gap := d.barWidth(slot, k, stacked)
	room := w + gap - d.pt(2)
	if k == 1 {
		room = slot - d.pt(3)
	}
	return d.allFit(series, n, room)
}

func (d *drawing) allFit(series []Series, n int, room float64) bool {
	for _, s := range series {
		for i := 0; i < n; i++ {
			if !isMissing(s, i) && d.text.width(d.format(s.Values[i])) > room {
				return false
			}
		}
	}
	return true
}

// stackTotal is the sum of the reported values of category i; ok is false
// when none is reported.
func stackTotal(series []Series, i int) (tot float64, ok bool) {
	for _, s := range series {
		if !isMissing(s, i) {
			tot += s.Values[i]
			ok = true
		}
	}
	return tot, ok
}

func (d *drawing) drawBars(g *geom, series []Series, n int, stacked, showVals bool) {
	t := d.text
	k := len(series)
	w, gap := d.barWidth(g.slot, k, stacked)
	y0 := d.yOf(g, 0)
	for i := 0; i < n; i++ {
		cx := g.x0 + (float64(i)+0.5)*g.slot
		if stacked {
			left := cx - w/2
			pos, neg := 0.0, 0.0
			for j, s := range series {
				miss := isMissing(s, i)
				g.bars = append(g.bars, barGeom{cat: i, series: j, a0: left, a1: left + w, missing: miss})
				if miss || s.Values[i] == 0 {
					continue
				}
				v := s.Values[i]
				base := &pos
				if v < 0 {
					base = &neg
				}
				ya, yb := d.yOf(g, *base), d.yOf(g, *base+v)
				col := seriesColor(j)
				fillRect(d.img, left, ya, left+w, yb, col)
				if *base != 0 { // a white seam between segments
					hline(d.img, left, left+w, ya, d.pt(0.6), colBackground)
				}
				*base += v
				// Segment values go inside the segment when they fit.
				lbl := d.format(v)
				if k > 1 && math.Abs(ya-yb) >= t.capH+d.pt(3) && t.width(lbl) <= w-d.pt(2) {
					tc := colText
					if luminance(col) < 0.55 {
						tc = colBackground
					}
					t.drawAligned(d.img, lbl, cx, (ya+yb)/2+t.capH/2, 0, tc)
				}
			}
			if tot, ok := stackTotal(series, i); ok && showVals {
				d.valueLabel(g, cx, tot, pos, neg)
			}
			continue
		}
		gw := float64(k)*w + float64(k-1)*gap
		for j, s := range series {
			x := cx - gw/2 + float64(j)*(w+gap)
			miss := isMissing(s, i)
			g.bars = append(g.bars, barGeom{cat: i, series: j, a0: x, a1: x + w, missing: miss})
			if miss {
				continue
			}
			v := s.Values[i]
			fillRect(d.img, x, y0, x+w, d.yOf(g, v), seriesColor(j))
			if showVals {
				d.valueLabel(g, x+w/2, v, math.Max(v, 0), math.Min(v, 0))
			}
		}
	}
}

// valueLabel writes v centred on cx above a bar reaching up to top or, when
// v is negative, below one reaching down to bottom.
func (d *drawing) valueLabel(g *geom, cx, v, top, bottom float64) {
	t := d.text
	lbl := d.format(v)
	if v >= 0 {
		t.drawAligned(d.img, lbl, cx, d.yOf(g, top)-d.pt(2.5), 0, colText)
		return
	}
	t.drawAligned(d.img, lbl, cx, d.yOf(g, bottom)+d.pt(2.5)+t.capH, 0, colText)
}

// drawLines draws each series as a line through the reported values, broken
// where a value is missing, with a marker on every reported value.
func (d *drawing) drawLines(g *geom, series []Series, n int, showVals bool) {
	t := d.text
	x := func(i int) float64 { return g.x0 + (float64(i)+0.5)*g.slot }
	for j, s := range series {
		var run []point
		for i := 0; i <= n; i++ {
			if i < n && !isMissing(s, i) {
				run = append(run, point{x(i), d.yOf(g, s.Values[i])})
				continue
			}
			if len(run) > 1 {
				strokePolyline(d.img, run, d.pt(1.6), seriesColor(j))
			}
			run = run[:0]
		}
	}
	for j, s := range series {
		for i := 0; i < n; i++ {
			if isMissing(s, i) {
				continue
			}
			p := point{x(i), d.yOf(g, s.Values[i])}
			d.marker(j, p, seriesColor(j))
			if showVals {
				v := s.Values[i]
				if v >= 0 {
					t.drawAligned(d.img, d.format(v), p.x, p.y-d.pt(4.5), 0, colText)
				} else {
					t.drawAligned(d.img, d.format(v), p.x, p.y+d.pt(4.5)+t.capH, 0, colText)
				}
			}
		}
	}
}

// categoryLabels writes the category names under the plot.
func (d *drawing) categoryLabels(g *geom, ca catAxis, n int) {
	t := d.text
	pad := d.pt(3)
	for i := 0; i < n; i++ {
		cx := g.x0 + (float64(i)+0.5)*g.slot
		ls := ca.lines[i]
		if len(ls) == 0 {
			continue
		}
		switch ca.angle {
		case 0:
			for li, line := range ls {
				t.drawAligned(d.img, line, cx, g.y1+pad+t.capH+float64(li)*t.lineH, 0, colText)
			}
		case 45:
			l := t.width(ls[0])
			ex, ey := cx+t.capH/2*sin45, g.y1+pad+t.capH/2*sin45
			t.draw(d.img, ls[0], ex-l*sin45, ey+l*sin45, 45, colText)
		default:
			l := t.width(ls[0])
			t.draw(d.img, ls[0], cx+t.capH/2, g.y1+pad+l, 90, colText)
		}
	}
}
