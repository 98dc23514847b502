package pdfdoc

import (
	"fmt"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/consts/border"
)

// header returns the running header: organisation and report title on two
// lines over a thin rule, then the gap before the text.
func (d *Document) header(fonts *fontSet) []sizedRow {
	return []sizedRow{{headerRuleAt, d.headerDrawing(fonts).row}, {headerGap, emptyRow}}
}

// headerDrawing is the header's row.
func (d *Document) headerDrawing(fonts *fontSet) *drawing {
	lh := headerLine
	return &drawing{
		fonts:  fonts,
		height: headerRuleAt,
		runs: []run{
			{text: truncate(fonts, d.cfg.Organisation, Bold, headerSize, textWidth), w: textWidth, lh: lh, style: Bold, size: headerSize, color: colAccent},
			{text: truncate(fonts, d.cfg.ReportTitle, Regular, headerSize, textWidth), y: lh, w: textWidth, lh: lh, size: headerSize, color: colMuted, col: 1},
		},
		style: borderStyle(border.Bottom, 0.2, colRule),
	}
}

// footer returns the gap before the footer and the footer: a thin rule,
// the marking on the left and the page label on the right.
func (d *Document) footer(fonts *fontSet, label string) []sizedRow {
	return []sizedRow{{footerGap, emptyRow}, {footerLine, d.footerDrawing(fonts, label).row}}
}

// footerDrawing is the footer's row.
func (d *Document) footerDrawing(fonts *fontSet, label string) *drawing {
	labelW := fonts.width(label, Regular, footerSize)
	markW := max(0, textWidth-labelW-6)
	return &drawing{
		fonts:  fonts,
		height: footerLine,
		runs: []run{
			{text: truncate(fonts, d.cfg.Marking, Bold, footerSize, markW), y: 1, w: markW, lh: footerLine - 1, style: Bold, size: footerSize, color: colMuted},
			{text: label, x: textWidth - labelW, y: 1, w: labelW, lh: footerLine - 1, size: footerSize, align: AlignRight, color: colMuted, col: 1},
		},
		style: borderStyle(border.Top, 0.2, colRule),
	}
}

// truncate shortens s with an ellipsis to fit width (header and footer
// lines must stay one line).
func truncate(fonts *fontSet, s string, st Style, size, width float64) string {
	s = strings.Join(strings.Fields(bmp(s)), " ")
	if fonts.width(s, st, size) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && fonts.width(string(r)+"…", st, size) > width {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// Contents layout.
const (
	contentsTitleSize = 16
	contentsL1Size    = 10.5
	contentsL2Size    = 10
	contentsIndent    = 7.0 // mm, level-2 entries
	contentsNumWidth  = 9.0 // mm, right-aligned page numbers
	contentsLeaderGap = 2.0 // mm around the dot leader
)

// contents lays out the contents: a title, then one entry per heading with
// a dot leader and the page number (filled in at render time from the
// layout), each entry a link to its heading.
func (l *layouter) contents(title string, headings []headingEntry) {
	lh := ptToMM(contentsTitleSize) * 1.3
	td := &drawing{fonts: l.fonts, height: lh + 2.2, style: borderStyle(border.Bottom, 0.35, colAccent)}
	for i, line := range wrap(l.fonts.face(Bold), title, contentsTitleSize, l.width) {
		td.runs = append(td.runs, run{text: line, y: float64(i) * lh, w: l.width, lh: lh, style: Bold, size: contentsTitleSize, color: colAccent})
		td.height = float64(i+1)*lh + 2.2
	}
	l.add(&unit{h: td.height, keep: true, row: td.row, text: td})
	l.glue(6, true)

	for i, h := range headings {
		st, size, indent := Regular, float64(contentsL2Size), contentsIndent
		if h.level == 1 {
			st, size, indent = Bold, contentsL1Size, 0
			if i > 0 {
				l.glue(2.5, true)
			}
		}
		lh := ptToMM(size) * 1.45
		textW := l.width - indent - contentsNumWidth - 3*contentsLeaderGap
		lines := wrap(l.fonts.face(st), h.text, size, textW)
		d := &drawing{fonts: l.fonts, height: float64(len(lines)) * lh}
		for j, line := range lines {
			d.runs = append(d.runs, run{text: line, x: indent, y: float64(j) * lh, w: textW, lh: lh, style: st, size: size, color: colText})
		}
		// Dot leader from the end of the last line to the number column,
		// right-aligned there so that the dots line up down the page.
		lastW := l.fonts.width(lines[len(lines)-1], st, size)
		leaderEnd := l.width - contentsNumWidth - contentsLeaderGap
		leaderStart := indent + lastW + contentsLeaderGap
		// One dot size for both levels, so that the dots line up.
		dot := l.fonts.width(". ", Regular, contentsL2Size)
		if n := int((leaderEnd - leaderStart) / dot); n > 0 {
			dots := strings.TrimSuffix(strings.Repeat(". ", n), " ")
			w := l.fonts.width(dots, Regular, contentsL2Size)
			d.runs = append(d.runs, run{text: dots, x: leaderEnd - w, y: d.height - lh, w: w, lh: lh, size: contentsL2Size, color: colMuted, col: 1, leader: true})
		}
		num := run{x: l.width - contentsNumWidth, y: d.height - lh, w: contentsNumWidth, lh: lh, style: st, size: size, align: AlignRight, color: colText, col: 2}
		idx := i
		state := l.state
		d.marks = append(d.marks, state.linkMark(idx, 0, 0, l.width, d.height))
		d.pageNum = func() run {
			r := num
			r.text = fmt.Sprint(state.want[idx])
			return r
		}
		// Keep a level-1 entry with the first entry under it.
		keep := h.level == 1 && i+1 < len(headings) && headings[i+1].level == 2
		l.add(&unit{h: d.height, keep: keep, row: d.row, text: d})
	}
}
