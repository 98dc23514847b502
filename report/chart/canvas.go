package chart

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/vector"
)

type point struct{ x, y float64 }

// pathOp is one move, line, quadratic or cubic segment of an outline.
type pathOp struct {
	op sfnt.SegmentOp
	p  [3]point
}

// fillPath fills an outline with anti-aliasing. The rasterizer covers only
// the outline's bounding box, clipped to dst.
func fillPath(dst *image.RGBA, path []pathOp, col color.RGBA) {
	if len(path) == 0 {
		return
	}
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, op := range path {
		n := 1
		switch op.op {
		case sfnt.SegmentOpQuadTo:
			n = 2
		case sfnt.SegmentOpCubeTo:
			n = 3
		}
		for _, p := range op.p[:n] {
			minX, minY = math.Min(minX, p.x), math.Min(minY, p.y)
			maxX, maxY = math.Max(maxX, p.x), math.Max(maxY, p.y)
		}
	}
	r := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX))+1, int(math.Ceil(maxY))+1)
	r = r.Intersect(dst.Bounds())
	if r.Empty() {
		return
	}
	ox, oy := float64(r.Min.X), float64(r.Min.Y)
	f := func(p point) (float32, float32) { return float32(p.x - ox), float32(p.y - oy) }
	z := vector.NewRasterizer(r.Dx(), r.Dy())
	z.DrawOp = draw.Over
	open := false
	for _, op := range path {
		switch op.op {
		case sfnt.SegmentOpMoveTo:
			if open {
				z.ClosePath()
			}
			z.MoveTo(f(op.p[0]))
			open = true
		case sfnt.SegmentOpLineTo:
			z.LineTo(f(op.p[0]))
		case sfnt.SegmentOpQuadTo:
			bx, by := f(op.p[0])
			cx, cy := f(op.p[1])
			z.QuadTo(bx, by, cx, cy)
		case sfnt.SegmentOpCubeTo:
			bx, by := f(op.p[0])
			cx, cy := f(op.p[1])
			dx, dy := f(op.p[2])
			z.CubeTo(bx, by, cx, cy, dx, dy)
		}
	}
	if open {
		z.ClosePath()
	}
	z.Draw(dst, r, image.NewUniform(col), image.Point{})
}

// fillPolygons fills the union of closed polygons. The rasterizer adds up
// signed coverage, so every polygon is first turned the same way round;
// overlaps then saturate instead of cancelling.
func fillPolygons(dst *image.RGBA, polys [][]point, col color.RGBA) {
	var path []pathOp
	for _, pg := range polys {
		if len(pg) < 3 {
			continue
		}
		area := 0.0
		for i := range pg {
			j := (i + 1) % len(pg)
			area += pg[i].x*pg[j].y - pg[j].x*pg[i].y
		}
		for k := range pg {
			i := k
			if area < 0 {
				i = len(pg) - 1 - k
			}
			op := sfnt.SegmentOpLineTo
			if k == 0 {
				op = sfnt.SegmentOpMoveTo
			}
			path = append(path, pathOp{op: op, p: [3]point{pg[i]}})
		}
	}
	fillPath(dst, path, col)
}

// fillRect paints an axis-aligned rectangle snapped to whole pixels, so bars
// and grid lines stay crisp.
func fillRect(dst *image.RGBA, x0, y0, x1, y1 float64, col color.RGBA) {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	r := image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)))
	draw.Draw(dst, r, image.NewUniform(col), image.Point{}, draw.Src)
}

// hline draws a horizontal rule of thickness t centred on y.
func hline(dst *image.RGBA, x0, x1, y, t float64, col color.RGBA) {
	top := math.Round(y - t/2)
	fillRect(dst, x0, top, x1, top+math.Max(1, math.Round(t)), col)
}

// vline draws a vertical rule of thickness t centred on x.
func vline(dst *image.RGBA, x, y0, y1, t float64, col color.RGBA) {
	left := math.Round(x - t/2)
	fillRect(dst, left, y0, left+math.Max(1, math.Round(t)), y1, col)
}

func circle(c point, r float64) []point {
	const n = 48
	pts := make([]point, n)
	for i := range pts {
		s, co := math.Sincos(2 * math.Pi * float64(i) / n)
		pts[i] = point{c.x + r*co, c.y + r*s}
	}
	return pts
}

// strokePolyline draws connected segments of width w with round joins and caps.
func strokePolyline(dst *image.RGBA, pts []point, w float64, col color.RGBA) {
	hw := w / 2
	var polys [][]point
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		dx, dy := b.x-a.x, b.y-a.y
		l := math.Hypot(dx, dy)
		if l == 0 {
			continue
		}
		nx, ny := -dy/l*hw, dx/l*hw
		polys = append(polys, []point{{a.x + nx, a.y + ny}, {b.x + nx, b.y + ny}, {b.x - nx, b.y - ny}, {a.x - nx, a.y - ny}})
	}
	for _, p := range pts {
		polys = append(polys, circle(p, hw))
	}
	fillPolygons(dst, polys, col)
}

// markerShape returns the outline of marker kind k (circle, square, triangle,
// diamond, cycling) of nominal diameter d centred on c. Distinct shapes keep
// series apart where colours alone might not.
func markerShape(k int, c point, d float64) []point {
	r := d / 2
	switch k % 4 {
	case 1:
		s := r * 0.88
		return []point{{c.x - s, c.y - s}, {c.x + s, c.y - s}, {c.x + s, c.y + s}, {c.x - s, c.y + s}}
	case 2:
		s := r * 1.2
		return []point{{c.x, c.y - s}, {c.x + s*0.866, c.y + s*0.5}, {c.x - s*0.866, c.y + s*0.5}}
	case 3:
		s := r * 1.2
		return []point{{c.x, c.y - s}, {c.x + s, c.y}, {c.x, c.y + s}, {c.x - s, c.y}}
	}
	return circle(c, r)
}
