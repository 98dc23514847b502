package pdfdoc

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Fonts is one font family given as TrueType (.ttf) files. Regular is
// required; a missing Bold, Italic or BoldItalic face falls back to Bold or
// Regular (useful for CJK fonts that ship a single face). Collections (.ttc)
// and CFF-outline OpenType (.otf) are rejected: gofpdf embeds only glyf
// outlines.
type Fonts struct {
	Regular    []byte
	Bold       []byte
	Italic     []byte
	BoldItalic []byte
}

// Style is a font style.
type Style int

// Font styles.
const (
	Regular Style = iota
	Bold
	Italic
	BoldItalic
)

func (s Style) maroto() fontstyle.Type {
	switch s {
	case Bold:
		return fontstyle.Bold
	case Italic:
		return fontstyle.Italic
	case BoldItalic:
		return fontstyle.BoldItalic
	}
	return fontstyle.Normal
}

// fontFamily is the family name registered with gofpdf (lower case, no
// spaces, so that gofpdf's name mangling leaves it alone).
const fontFamily = "pdfdocbody"

// face measures text exactly as gofpdf does: per rune, the advance width in
// thousandths of an em, rounded to an integer (gofpdf utf8fontfile.go
// parseHMTXTable), summed, then scaled by the font size in user units.
// Using the same integers means a line that fits by our measure also fits by
// maroto's, so maroto never re-wraps our pre-wrapped lines.
type face struct {
	font    *sfnt.Font
	buf     sfnt.Buffer
	upem    fixed.Int26_6
	scale   float64 // 1000 / unitsPerEm, as gofpdf computes it
	missing int     // width used for runes the font lacks
	widths  map[rune]int
}

func newFace(name string, ttf []byte) (*face, error) {
	if err := checkTrueType(ttf); err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	fc := &face{font: f, widths: make(map[rune]int)}
	upem := int(f.UnitsPerEm())
	if upem <= 0 {
		return nil, fmt.Errorf("font %s: bad units per em %d", name, upem)
	}
	// With ppem = unitsPerEm/64 pixels, sfnt returns the raw advance in
	// font units (scaled by 1, so no int32 overflow and no rounding).
	fc.upem = fixed.Int26_6(upem)
	fc.scale = 1000.0 / float64(upem)
	adv, err := f.GlyphAdvance(&fc.buf, 0, fc.upem, font.HintingNone)
	if err != nil {
		return nil, fmt.Errorf("font %s: glyph 0: %w", name, err)
	}
	// gofpdf: MissingWidth = round(scale * advance(glyph 0)); 0 means 500.
	fc.missing = int(math.Floor(fc.scale*float64(rawAdvance(adv)) + 0.5))
	if fc.missing == 0 {
		fc.missing = 500
	}
	return fc, nil
}

// rawAdvance applies gofpdf's rule that advances of 1<<15 or more count
// as zero.
func rawAdvance(adv fixed.Int26_6) int {
	if adv >= 1<<15 || adv < 0 {
		return 0
	}
	return int(adv)
}

// checkTrueType rejects what gofpdf cannot embed, with a clear message
// (gofpdf itself prints the reason to stdout and later fails with
// "undefined font").
func checkTrueType(b []byte) error {
	if len(b) < 12 {
		return errors.New("not a TrueType font: too short")
	}
	switch string(b[:4]) {
	case "ttcf":
		return errors.New("font collection (.ttc): extract one face to a .ttf first")
	case "OTTO":
		return errors.New("CFF-outline OpenType font: gofpdf needs TrueType (glyf) outlines")
	case "\x00\x01\x00\x00", "true":
	default:
		return errors.New("not a TrueType font")
	}
	n := int(binary.BigEndian.Uint16(b[4:6]))
	if len(b) < 12+16*n {
		return errors.New("not a TrueType font: truncated table directory")
	}
	for i := 0; i < n; i++ {
		if string(b[12+16*i:16+16*i]) == "glyf" {
			return nil
		}
	}
	return errors.New("no glyf table: gofpdf needs TrueType outlines")
}

// runeWidth returns the advance of r in thousandths of an em, as gofpdf
// GetStringSymbolWidth counts it.
func (fc *face) runeWidth(r rune) int {
	if w, ok := fc.widths[r]; ok {
		return w
	}
	w := fc.missing
	if r > 0 && r < 0x10000 { // gofpdf keeps widths for the BMP only
		gi, err := fc.font.GlyphIndex(&fc.buf, r)
		if err == nil && gi != 0 {
			adv, err := fc.font.GlyphAdvance(&fc.buf, gi, fc.upem, font.HintingNone)
			if err == nil {
				w = int(math.Round(fc.scale * float64(rawAdvance(adv))))
			}
		}
	}
	fc.widths[r] = w
	return w
}

// units returns the width of s in thousandths of an em.
func (fc *face) units(s string) int {
	n := 0
	for _, r := range s {
		n += fc.runeWidth(r)
	}
	return n
}

// ptToMM converts a font size in points to millimetres exactly as gofpdf
// does (fontSize = size / k with k = 72/25.4).
func ptToMM(size float64) float64 { return size / (72.0 / 25.4) }

// unitsToMM converts a width in thousandths of an em to millimetres for a
// font of size pt, with gofpdf's arithmetic (GetStringWidth).
func unitsToMM(units int, size float64) float64 {
	return float64(units) * ptToMM(size) / 1000
}

// fontSet holds the four measured faces and the bytes registered for them.
type fontSet struct {
	faces [4]*face
	ttf   [4][]byte
	// drawn is the style each style is drawn with: itself, or the first
	// style whose font is the same bytes (a CJK font serves all four),
	// so that such a font is registered, parsed and embedded once, not
	// once per style (for the Chinese report, four subsets of a 5 MB
	// font, a third of its rendering time).
	drawn [4]Style
}

// as returns the style s is drawn with (s itself without a font set).
func (fs *fontSet) as(s Style) Style {
	if s < Regular || s > BoldItalic {
		s = Regular
	}
	if fs == nil {
		return s
	}
	return fs.drawn[s]
}

// sameBytes reports whether two fonts are the same bytes.
func sameBytes(a, b []byte) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0] || bytes.Equal(a, b))
}

func newFontSet(f Fonts) (*fontSet, error) {
	if len(f.Regular) == 0 {
		return nil, errors.New("fonts: regular face is required")
	}
	bold := f.Bold
	if len(bold) == 0 {
		bold = f.Regular
	}
	italic := f.Italic
	if len(italic) == 0 {
		italic = f.Regular
	}
	boldItalic := f.BoldItalic
	if len(boldItalic) == 0 {
		boldItalic = bold
	}
	fs := &fontSet{ttf: [4][]byte{f.Regular, bold, italic, boldItalic}}
	names := [4]string{"regular", "bold", "italic", "bold italic"}
	for i, b := range fs.ttf {
		fs.drawn[i] = Style(i)
		if j := slices.IndexFunc(fs.ttf[:i], func(o []byte) bool { return sameBytes(o, b) }); j >= 0 {
			fs.drawn[i], fs.faces[i] = fs.drawn[j], fs.faces[j]
			continue
		}
		fc, err := newFace(names[i], b)
		if err != nil {
			return nil, err
		}
		fs.faces[i] = fc
	}
	return fs, nil
}

func (fs *fontSet) face(s Style) *face {
	if s < Regular || s > BoldItalic {
		s = Regular
	}
	return fs.faces[s]
}

// width returns the width of s in millimetres.
func (fs *fontSet) width(s string, st Style, size float64) float64 {
	return unitsToMM(fs.face(st).units(s), size)
}
