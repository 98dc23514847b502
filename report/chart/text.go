package chart

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"ratsreport/report/fonts"
)

// parseFont parses a TrueType font or, for a collection (.ttc), its first
// face. A collection goes through ExtractTTC: sfnt's own collection support
// rejects fonts such as WenQuanYi Micro Hei ("invalid table offset").
func parseFont(b []byte) (*sfnt.Font, error) {
	if bytes.HasPrefix(b, []byte("ttcf")) {
		ttf, err := fonts.ExtractTTC(b, 0)
		if err != nil {
			return nil, err
		}
		b = ttf
	}
	return sfnt.Parse(b)
}

// face is a font at one pixel size. Drawing and measuring never fail on the
// spot: the first problem (typically a rune the font has no glyph for) is kept
// in err and reported once the chart is drawn, so that a chart is never
// returned with tofu in it.
type face struct {
	f       *sfnt.Font
	buf     sfnt.Buffer
	ppem    fixed.Int26_6
	size    float64 // em size in pixels
	ascent  float64 // above the baseline, positive
	descent float64 // below the baseline, positive
	capH    float64 // height of capital letters
	lineH   float64 // baseline-to-baseline distance used for stacked lines
	space   float64 // advance of U+0020
	err     *error  // shared by all faces of one drawing
	glyphs  []glyph
}

type glyph struct {
	idx   sfnt.GlyphIndex
	x     float64 // pen position (pixels, along the baseline)
	blank bool    // whitespace: advance only
}

func newFace(f *sfnt.Font, sizePx float64, errp *error) (*face, error) {
	fc := &face{f: f, size: sizePx, err: errp}
	fc.ppem = fixed.Int26_6(math.Round(sizePx * 64))
	m, err := f.Metrics(&fc.buf, fc.ppem, font.HintingNone)
	if err != nil {
		return nil, err
	}
	fc.ascent = fix(m.Ascent)
	fc.descent = fix(m.Descent)
	fc.capH = fix(m.CapHeight)
	if fc.capH <= 0 {
		fc.capH = 0.7 * sizePx
	}
	// Fonts disagree wildly on their line gap (CJK fonts are generous);
	// a fixed 1.25 em keeps wrapped labels compact in every script.
	fc.lineH = 1.25 * sizePx
	if gi, err := f.GlyphIndex(&fc.buf, ' '); err == nil && gi != 0 {
		if adv, err := f.GlyphAdvance(&fc.buf, gi, fc.ppem, font.HintingNone); err == nil {
			fc.space = fix(adv)
		}
	}
	if fc.space == 0 {
		fc.space = 0.25 * sizePx
	}
	return fc, nil
}

func fix(v fixed.Int26_6) float64 { return float64(v) / 64 }

func (fc *face) fail(err error) {
	if *fc.err == nil {
		*fc.err = err
	}
}

// layout places the glyphs of s along the baseline and returns the advance.
func (fc *face) layout(s string) float64 {
	fc.glyphs = fc.glyphs[:0]
	x := 0.0
	prev := sfnt.GlyphIndex(0)
	for _, r := range s {
		if r == utf8.RuneError {
			fc.fail(fmt.Errorf("invalid utf-8 in label %q", s))
			continue
		}
		gi, err := fc.f.GlyphIndex(&fc.buf, r)
		if err != nil {
			fc.fail(fmt.Errorf("glyph for %q: %w", r, err))
			continue
		}
		if gi == 0 {
			if unicode.IsSpace(r) {
				// Thin and no-break spaces missing from the font: keep the gap.
				w := fc.space
				if r == '\u2009' || r == '\u202f' || r == '\u200a' {
					w = 0.2 * fc.size
				}
				fc.glyphs = append(fc.glyphs, glyph{x: x, blank: true})
				x += w
				prev = 0
				continue
			}
			fc.fail(fmt.Errorf("font has no glyph for %q (U+%04X) in label %q", r, r, s))
			continue
		}
		if prev != 0 {
			if k, err := fc.f.Kern(&fc.buf, prev, gi, fc.ppem, font.HintingNone); err == nil {
				x += fix(k)
			}
		}
		adv, err := fc.f.GlyphAdvance(&fc.buf, gi, fc.ppem, font.HintingNone)
		if err != nil {
			fc.fail(fmt.Errorf("glyph for %q: %w", r, err))
			continue
		}
		fc.glyphs = append(fc.glyphs, glyph{idx: gi, x: x, blank: unicode.IsSpace(r)})
		x += fix(adv)
		prev = gi
	}
	return x
}

// width is the advance width of s in pixels.
func (fc *face) width(s string) float64 { return fc.layout(s) }

// draw paints s with its baseline origin at (x, y), rotated counter-clockwise
// by deg degrees about that origin.
func (fc *face) draw(dst *image.RGBA, s string, x, y, deg float64, col color.RGBA) {
	fc.layout(s)
	sin, cos := math.Sincos(deg * math.Pi / 180)
	if deg == 0 {
		sin, cos = 0, 1
	}
	tr := func(p fixed.Point26_6, pen float64) point {
		px, py := pen+fix(p.X), fix(p.Y)
		return point{x + px*cos + py*sin, y - px*sin + py*cos}
	}
	var path []pathOp
	for _, g := range fc.glyphs {
		if g.blank {
			continue
		}
		segs, err := fc.f.LoadGlyph(&fc.buf, g.idx, fc.ppem, nil)
		if err != nil {
			fc.fail(fmt.Errorf("load glyph %d: %w", g.idx, err))
			continue
		}
		for _, sg := range segs {
			op := pathOp{op: sg.Op}
			n := 1
			switch sg.Op {
			case sfnt.SegmentOpQuadTo:
				n = 2
			case sfnt.SegmentOpCubeTo:
				n = 3
			}
			for i := 0; i < n; i++ {
				op.p[i] = tr(sg.Args[i], g.x)
			}
			path = append(path, op)
		}
	}
	fillPath(dst, path, col)
}

// drawAligned draws one horizontal line of text; align is -1 (left edge at x),
// 0 (centred on x) or 1 (right edge at x).
func (fc *face) drawAligned(dst *image.RGBA, s string, x, y float64, align int, col color.RGBA) {
	switch align {
	case 0:
		x -= fc.width(s) / 2
	case 1:
		x -= fc.width(s)
	}
	fc.draw(dst, s, x, y, 0, col)
}

// wrap breaks s into lines no wider than w. Breaks fall at spaces and between
// CJK characters (which are written without spaces). ok is false when some
// unbreakable piece is wider than w; it is then left on a line of its own.
func (fc *face) wrap(s string, w float64) (lines []string, ok bool) {
	ok = true
	var cur strings.Builder
	for _, piece := range pieces(s) {
		if cur.Len() == 0 {
			piece = strings.TrimLeft(piece, " ")
			if piece == "" {
				continue
			}
			cur.WriteString(piece)
			if fc.width(piece) > w {
				ok = false
			}
			continue
		}
		try := cur.String() + piece
		if fc.width(try) <= w {
			cur.WriteString(piece)
			continue
		}
		lines = append(lines, strings.TrimRight(cur.String(), " "))
		cur.Reset()
		piece = strings.TrimLeft(piece, " ")
		cur.WriteString(piece)
		if fc.width(piece) > w {
			ok = false
		}
	}
	if cur.Len() > 0 {
		lines = append(lines, strings.TrimRight(cur.String(), " "))
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	return lines, ok
}

// pieces splits s into units that may not be broken: a word with its leading
// spaces, or a single CJK character. Closing punctuation stays with the
// character before it.
func pieces(s string) []string {
	var out []string
	var cur []rune
	hasText, breakAfter := false, false
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
		}
		cur = cur[:0]
		hasText = false
	}
	for _, r := range s {
		switch {
		case r == ' ':
			if hasText {
				flush()
			}
		case isClosingPunct(r):
		case isCJK(r) || breakAfter:
			if hasText {
				flush()
			}
		}
		cur = append(cur, r)
		if r != ' ' {
			hasText = true
		}
		breakAfter = isCJK(r) || (isClosingPunct(r) && breakAfter)
	}
	flush()
	return out
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

func isClosingPunct(r rune) bool {
	return strings.ContainsRune("，。、；：！？）》」』】,.;:!?)%", r)
}

// ellipsize shortens s with a trailing ellipsis until it fits in w.
func (fc *face) ellipsize(s string, w float64) string {
	if fc.width(s) <= w {
		return s
	}
	rs := []rune(s)
	for n := len(rs) - 1; n > 0; n-- {
		t := strings.TrimRight(string(rs[:n]), " ") + "…"
		if fc.width(t) <= w {
			return t
		}
	}
	return "…"
}

// wrapBalanced wraps like wrap but then narrows the width as far as the
// line count allows, so that a label breaks into lines of similar length
// rather than leaving a single word or character on the last line.
func (fc *face) wrapBalanced(s string, w float64) ([]string, bool) {
	lines, ok := fc.wrap(s, w)
	if !ok || len(lines) < 2 {
		return lines, ok
	}
	lo, hi := 0.0, w
	for i := 0; i < 16; i++ {
		mid := (lo + hi) / 2
		if l2, ok2 := fc.wrap(s, mid); ok2 && len(l2) == len(lines) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return fc.wrap(s, hi)
}

// fitLines wraps s to width w in at most max lines; a last line that had to
// be cut ends with an ellipsis. With balance, lines are evened out.
func (fc *face) fitLines(s string, w float64, max int, balance bool) []string {
	wrap := fc.wrap
	if balance {
		wrap = fc.wrapBalanced
	}
	lines, _ := wrap(s, w)
	for i := range lines {
		lines[i] = fc.ellipsize(lines[i], w)
	}
	if len(lines) > max {
		lines = lines[:max]
		last := []rune(lines[max-1])
		for len(last) > 0 && fc.width(string(last)+"…") > w {
			last = last[:len(last)-1]
		}
		lines[max-1] = strings.TrimRight(string(last), " ") + "…"
	}
	return lines
}
