package chart

import (
	"fmt"
	"math"
)

// horizontal draws bars running left to right, one row per category, with
// the category names (wrapped, up to three lines) in a column on the left.
func (d *drawing) horizontal(c Bars) error {
	if err := checkData(c.Categories, c.Series); err != nil {
		return err
	}
	cats, series := c.Categories, c.Series
	n, k := len(cats), len(series)
	t := d.text
	m := d.margin()
	pad := d.pt(3)
	items := legendFor(series, false)
	top := d.header(c.Title, items, "", false) + d.pt(1)
	bottomZone := pad + t.capH + t.descent
	if c.YLabel != "" {
		bottomZone += t.lineH
	}

	// The label column is as wide as the longest name, up to 35% of the width.
	labelCol := 0.0
	for _, s := range cats {
		labelCol = max(labelCol, t.width(s))
	}
	labelCol = math.Min(labelCol, 0.35*(d.w-2*m))

	maxLines := 3
	var rowH float64
	if d.autoH {
		used := 1
		for _, s := range cats {
			used = max(used, len(t.fitLines(s, labelCol, maxLines, true)))
		}
		// Rows fit the wrapped names, and each bar of a group is thick
		// enough for its value label.
		rowH = math.Max(float64(used)*t.lineH+d.pt(4), 1.5*t.lineH)
		if k > 1 && !c.Stacked {
			rowH = math.Max(rowH, float64(k)*(t.capH+d.pt(2.5))/0.7)
		}
		h := math.Ceil(top + float64(n)*rowH + bottomZone + m)
		if h > 20000 {
			return fmt.Errorf("%d categories need an image %.0f px tall (more than 20000)", n, h)
		}
		d.newImage(int(h))
	} else {
		d.newImage(int(d.h))
		rowH = (d.h - m - bottomZone - top) / float64(n)
		maxLines = min(3, int(math.Floor((rowH-d.pt(1))/t.lineH)))
		if maxLines < 1 || rowH < float64(k)*2 {
			return fmt.Errorf("too many categories (%d) for an image %.0f px tall; leave HeightPx at 0 to fit them", n, d.h)
		}
	}
	labels := make([][]string, n)
	used := 0.0
	for i, s := range cats {
		labels[i] = t.fitLines(s, labelCol, maxLines, true)
		for _, l := range labels[i] {
			used = max(used, t.width(l))
		}
	}

	g := geom{x0: m + used + d.pt(5), y0: top, y1: top + float64(n)*rowH}
	g.slot = rowH
	gh := rowH * 0.7
	if k == 1 || c.Stacked {
		gh = rowH * 0.6
	}
	gap := 0.0
	if k > 1 && !c.Stacked {
		gap = d.pt(0.8)
	}
	barH := gh
	if !c.Stacked {
		barH = (gh - float64(k-1)*gap) / float64(k)
	}
	barH = math.Min(barH, d.pt(12))
	if !c.Stacked {
		gh = float64(k)*barH + float64(k-1)*gap
	}

	dr := rangeOf(series, n, c.Stacked)
	maxLbl := 0.0
	for i := 0; i < n; i++ {
		for _, s := range series {
			if !isMissing(s, i) {
				maxLbl = max(maxLbl, t.width(d.format(s.Values[i])))
			}
		}
		if tot, ok := stackTotal(series, i); ok && c.Stacked {
			maxLbl = max(maxLbl, t.width(d.format(tot)))
		}
	}
	lane := barH + gap
	if c.Stacked {
		lane = rowH
	}
	showVals := dr.any && n*k <= 80 && lane >= t.capH+d.pt(1.5)
	var extraHi, extraLo float64
	for iter := 0; ; iter++ {
		g.sc = niceScale(dr.lo-extraLo, dr.hi+extraHi, dr.integer, 5)
		g.x1 = d.w - m - t.width(d.format(g.sc.max))/2
		if g.x1-g.x0 < d.pt(20) {
			return fmt.Errorf("image %.0f px too narrow for the category names", d.w)
		}
		if !showVals {
			break
		}
		span := g.sc.max - g.sc.min
		room := (maxLbl + d.pt(3)) / (g.x1 - g.x0) * span
		if done, show := widenForLabels(dr, g.sc, room, iter, &extraHi, &extraLo); done {
			showVals = show
			break
		}
	}
	g.labels = showVals

	d.header(c.Title, items, "", true)
	xOf := func(v float64) float64 { return g.x0 + (v-g.sc.min)/(g.sc.max-g.sc.min)*(g.x1-g.x0) }
	for _, v := range g.sc.ticks {
		x := xOf(v)
		vline(d.img, x, g.y0, g.y1, d.pt(0.5), colGrid)
		t.drawAligned(d.img, d.format(v), x, g.y1+pad+t.capH, 0, colMuted)
	}
	if c.YLabel != "" {
		t.drawAligned(d.img, t.ellipsize(c.YLabel, g.x1-g.x0), (g.x0+g.x1)/2, g.y1+pad+t.capH+t.lineH, 0, colMuted)
	}

	x0 := xOf(0)
	label := func(v, end float64, cy float64) {
		if v >= 0 {
			t.drawAligned(d.img, d.format(v), end+d.pt(2.5), cy+t.capH/2, -1, colText)
		} else {
			t.drawAligned(d.img, d.format(v), end-d.pt(2.5), cy+t.capH/2, 1, colText)
		}
	}
	for i := 0; i < n; i++ {
		cy := g.y0 + (float64(i)+0.5)*rowH
		first := cy - float64(len(labels[i])-1)*t.lineH/2 + t.capH/2
		for li, l := range labels[i] {
			t.drawAligned(d.img, l, g.x0-d.pt(5), first+float64(li)*t.lineH, 1, colText)
		}
		if c.Stacked {
			y := cy - barH/2
			pos, neg := 0.0, 0.0
			for j, s := range series {
				miss := isMissing(s, i)
				g.bars = append(g.bars, barGeom{cat: i, series: j, a0: y, a1: y + barH, missing: miss})
				if miss || s.Values[i] == 0 {
					continue
				}
				v := s.Values[i]
				base := &pos
				if v < 0 {
					base = &neg
				}
				xa, xb := xOf(*base), xOf(*base+v)
				col := seriesColor(j)
				fillRect(d.img, xa, y, xb, y+barH, col)
				if *base != 0 {
					vline(d.img, xa, y, y+barH, d.pt(0.6), colBackground)
				}
				*base += v
				lbl := d.format(v)
				if k > 1 && barH >= t.capH+d.pt(2) && t.width(lbl) <= math.Abs(xb-xa)-d.pt(3) {
					tc := colText
					if luminance(col) < 0.55 {
						tc = colBackground
					}
					t.drawAligned(d.img, lbl, (xa+xb)/2, cy+t.capH/2, 0, tc)
				}
			}
			if tot, ok := stackTotal(series, i); ok && showVals {
				end := xOf(pos)
				if tot < 0 {
					end = xOf(neg)
				}
				label(tot, end, cy)
			}
			continue
		}
		for j, s := range series {
			y := cy - gh/2 + float64(j)*(barH+gap)
			miss := isMissing(s, i)
			g.bars = append(g.bars, barGeom{cat: i, series: j, a0: y, a1: y + barH, missing: miss})
			if miss {
				continue
			}
			v := s.Values[i]
			fillRect(d.img, x0, y, xOf(v), y+barH, seriesColor(j))
			if showVals {
				label(v, xOf(v), y+barH/2)
			}
		}
	}
	vline(d.img, x0, g.y0, g.y1, d.pt(0.8), colAxis)
	if !dr.any && d.noData != "" {
		t.drawAligned(d.img, t.ellipsize(d.noData, g.x1-g.x0), (g.x0+g.x1)/2, (g.y0+g.y1)/2, 0, colMuted)
	}
	d.geom = g
	return nil
}
