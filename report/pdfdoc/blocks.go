package pdfdoc

import (
	"fmt"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/consts/border"
)

// Block is one piece of document content: a heading, text, table, image,
// key figures, spacing or a page break. Blocks are made by the functions and
// types of this package; the interface is closed.
type Block interface {
	// layout appends the block's units to l.
	layout(l *layouter) error
}

// Align is a horizontal text alignment.
type Align int

// Alignments. Justified text keeps the last line of each paragraph, and any
// line containing CJK text, left-aligned.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
	AlignJustify
)

// Tone is a text colour from the document palette.
type Tone int

// Tones: near-black body text, grey secondary text, and the dark blue
// accent used for headings and table headers.
const (
	ToneDefault Tone = iota
	ToneMuted
	ToneAccent
)

// Body text defaults.
const (
	bodySize        = 10.0 // pt
	bodyLineSpacing = 1.45 // line-box height as a multiple of the font size
	paragraphAfter  = 3.0  // mm
)

// TextBlock is a run of text with one style: a cover line, a paragraph, a
// note. The zero value of each field is useful: body size, regular, left
// aligned, default colour, no extra space, standard line spacing.
type TextBlock struct {
	Text        string
	Size        float64 // font size in points; 0 means 10
	Style       Style
	Align       Align
	Tone        Tone
	SpaceBefore float64 // mm; dropped at the top of a body page, kept on the cover
	SpaceAfter  float64 // mm
	LineSpacing float64 // line height as a multiple of Size; 0 means 1.45
}

// Paragraph returns body text: 10 pt, justified, with paragraph spacing
// after it. Its first two and last two lines are kept on one page.
func Paragraph(text string) TextBlock {
	return TextBlock{Text: text, Align: AlignJustify, SpaceAfter: paragraphAfter}
}

func (b TextBlock) layout(l *layouter) error {
	size := b.Size
	if size == 0 {
		size = bodySize
	}
	if size < 0 || b.LineSpacing < 0 || b.SpaceBefore < 0 || b.SpaceAfter < 0 {
		return fmt.Errorf("text %q: negative size or spacing", abbrev(b.Text))
	}
	ls := b.LineSpacing
	if ls == 0 {
		ls = bodyLineSpacing
	}
	l.glue(b.SpaceBefore, false)
	lines, paraEnds := wrapEnds(l.fonts.face(b.Style), b.Text, size, l.width)
	lh := ptToMM(size) * ls
	for i, line := range lines {
		d := &drawing{fonts: l.fonts, height: lh}
		d.runs = append(d.runs, run{
			text: line, w: l.width, lh: lh, style: b.Style, size: size,
			align: lineAlign(b.Align, line, paraEnds[i]), color: b.Tone.color(),
		})
		n := len(lines)
		// Orphans and widows: keep the first two lines together, and the
		// last two.
		keep := (i == 0 && n > 1) || (i == n-2)
		l.add(&unit{h: lh, keep: keep, row: d.row, text: d})
	}
	l.glue(b.SpaceAfter, false)
	return nil
}

// lineAlign picks the alignment maroto draws one line with. maroto
// justifies by stretching spaces, so lines with CJK text (which has no
// spaces to stretch) and last lines stay left-aligned.
func lineAlign(a Align, line string, last bool) Align {
	if a == AlignJustify && (last || hasCJK(line) || !strings.Contains(line, " ")) {
		return AlignLeft
	}
	return a
}

// Heading returns a section heading of level 1 or 2. A level-1 heading
// starts a new page. Both levels appear in the contents and in the PDF
// outline, and are kept on a page with the first lines of what follows.
func Heading(level int, text string) Block { return heading{level: level, text: text} }

type heading struct {
	level int
	text  string
}

func (h heading) layout(l *layouter) error {
	if h.level != 1 && h.level != 2 {
		return fmt.Errorf("heading %q: level %d, want 1 or 2", abbrev(h.text), h.level)
	}
	if strings.TrimSpace(h.text) == "" {
		return fmt.Errorf("heading level %d: empty text", h.level)
	}
	// The outline and the contents show the heading on one line.
	idx := l.addHeading(h.level, strings.Join(strings.Fields(bmp(h.text)), " "))
	var size, after, below float64
	var ruleStyle bool
	if h.level == 1 {
		l.add(&unit{newPage: true})
		size, after, below, ruleStyle = 16, 6, 2.2, true
	} else {
		l.glue(5, true)
		size, after = 12, 2.5
	}
	lh := ptToMM(size) * 1.3
	lines := wrap(l.fonts.face(Bold), h.text, size, l.width)
	d := &drawing{fonts: l.fonts, height: float64(len(lines))*lh + below}
	for i, line := range lines {
		d.runs = append(d.runs, run{
			text: line, y: float64(i) * lh, w: l.width, lh: lh, style: Bold, size: size,
			color: colAccent,
		})
	}
	d.marks = append(d.marks, l.state.headingMark(idx))
	if ruleStyle {
		d.style = borderStyle(border.Bottom, 0.35, colAccent)
	}
	l.add(&unit{h: d.height, keep: true, row: d.row, heading: idx + 1, text: d})
	l.glue(after, true)
	return nil
}

// Spacer returns vertical space of mm millimetres. Like all spacing it is
// dropped at the top of a body page (not on the cover).
func Spacer(mm float64) Block { return spacer(mm) }

type spacer float64

func (s spacer) layout(l *layouter) error {
	if s < 0 {
		return fmt.Errorf("spacer %g mm: negative", float64(s))
	}
	l.glue(float64(s), false)
	return nil
}

// Fill returns a flexible space that takes what is left of its page,
// shared equally with the other fills on that page. On a cover it pushes
// the blocks after it to the bottom of the page.
func Fill() Block { return fill{} }

type fill struct{}

func (fill) layout(l *layouter) error {
	l.add(&unit{fill: true, row: emptyRow})
	return nil
}

// PageBreak returns a forced page break. At the top of a page it does
// nothing, so it never makes an empty page.
func PageBreak() Block { return pageBreak{} }

type pageBreak struct{}

func (pageBreak) layout(l *layouter) error {
	l.add(&unit{newPage: true})
	return nil
}

// Rule returns a horizontal accent-coloured line across the text width,
// thickness in millimetres (0 means 0.5).
func Rule(thickness float64) Block { return rule(thickness) }

type rule float64

func (r rule) layout(l *layouter) error {
	t := float64(r)
	if t < 0 {
		return fmt.Errorf("rule %g mm: negative", t)
	}
	if t == 0 {
		t = 0.5
	}
	d := &drawing{fonts: l.fonts, height: t + 1, style: borderStyle(border.Bottom, t, colAccent)}
	l.add(&unit{h: d.height, row: d.row})
	return nil
}

// abbrev shortens s for error messages.
func abbrev(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
