package pdfdoc

import (
	"strings"
	"unicode"
)

// wrap breaks text into lines no wider than width millimetres in the given
// face and size. "\n" starts a new line (maroto would draw it as a box);
// runs of white space collapse to one space. Lines break at spaces and,
// because Chinese and Japanese have no spaces, between two characters when
// either is CJK, respecting the usual kinsoku rules (no closing punctuation
// at the start of a line, no opening punctuation at its end). A word wider
// than the line is broken between characters. A blank input line yields an
// empty line, so the result always has at least one line.
func wrap(fc *face, text string, size, width float64) []string {
	lines, _ := wrapEnds(fc, text, size, width)
	return lines
}

// wrapEnds is wrap that also marks the lines ending a "\n"-separated
// paragraph (which justification leaves ragged).
func wrapEnds(fc *face, text string, size, width float64) (lines []string, ends []bool) {
	for _, para := range strings.Split(strings.ReplaceAll(bmp(text), "\r\n", "\n"), "\n") {
		ls := wrapLine(fc, para, size, width)
		for i := range ls {
			ends = append(ends, i == len(ls)-1)
		}
		lines = append(lines, ls...)
	}
	return lines, ends
}

// segment is an unbreakable piece of a line; space tells whether a space
// separated it from the previous piece.
type segment struct {
	text  string
	space bool
}

func wrapLine(fc *face, text string, size, width float64) []string {
	segs := segments(text)
	if len(segs) == 0 {
		return []string{""}
	}
	fits := func(units int) bool { return unitsToMM(units, size) <= width }
	spaceUnits := fc.runeWidth(' ')

	var lines []string
	var cur strings.Builder
	curUnits := 0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curUnits = 0
	}
	for _, sg := range segs {
		w := fc.units(sg.text)
		add := w
		if sg.space && cur.Len() > 0 {
			add += spaceUnits
		}
		if cur.Len() > 0 && fits(curUnits+add) {
			if sg.space {
				cur.WriteByte(' ')
			}
			cur.WriteString(sg.text)
			curUnits += add
			continue
		}
		if cur.Len() > 0 {
			flush()
		}
		if fits(w) {
			cur.WriteString(sg.text)
			curUnits = w
			continue
		}
		// A piece wider than the line: break it between characters, at
		// least one character per line.
		for _, r := range sg.text {
			rw := fc.runeWidth(r)
			if cur.Len() > 0 && !fits(curUnits+rw) {
				flush()
			}
			cur.WriteRune(r)
			curUnits += rw
		}
	}
	if cur.Len() > 0 {
		flush()
	}
	return lines
}

// segments splits a line into unbreakable pieces.
func segments(text string) []segment {
	var segs []segment
	var cur []rune
	space := false
	emit := func() {
		if len(cur) > 0 {
			segs = append(segs, segment{text: string(cur), space: space})
			cur = cur[:0]
			space = false
		}
	}
	var prev rune
	for _, r := range text {
		if r == ' ' || r == '\t' || r == '\r' { // not NBSP: it must not break
			emit()
			space = len(segs) > 0
			prev = 0
			continue
		}
		if len(cur) > 0 && canBreakBetween(prev, r) {
			emit()
		}
		cur = append(cur, r)
		prev = r
	}
	emit()
	return segs
}

// canBreakBetween reports whether a line may break between a and b, which
// are not separated by a space.
func canBreakBetween(a, b rune) bool {
	// After a hyphen inside a word ("Государства-|участники"), as UAX #14
	// allows; not before a digit ("Solidarity-2025" stays whole).
	if (a == '-' || a == '‐') && unicode.IsLetter(b) {
		return true
	}
	if !isCJK(a) && !isCJK(b) {
		return false
	}
	return !strings.ContainsRune(noLineStart, b) && !strings.ContainsRune(noLineEnd, a)
}

// Kinsoku shori, simplified: characters that must not start a line, and
// characters that must not end one.
const (
	noLineStart = "。，、．：；？！）」』】〕〉》〗〙〛”’·・…‥—～ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ" +
		"％‰℃!%),.:;?]}-‐–"
	noLineEnd = "（「『【〔〈《〖〘〚“‘([{"
)

// isCJK reports whether r belongs to a script written without spaces
// between words (Han, kana, Hangul syllables are treated the same way, as
// browsers do for line breaking), or is CJK or full-width punctuation.
func isCJK(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x3000 && r <= 0x303F, // CJK symbols and punctuation
		r >= 0xFF00 && r <= 0xFFEF: // half- and full-width forms
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo)
}

// hasCJK reports whether s contains a CJK character.
func hasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}

// bmp replaces characters outside the Basic Multilingual Plane (emoji,
// mathematical alphanumerics) with U+FFFD: gofpdf keeps glyph widths for
// the BMP only and panics when it subsets a font for such a character.
func bmp(s string) string {
	for _, r := range s {
		if r > 0xFFFF {
			return strings.Map(func(r rune) rune {
				if r > 0xFFFF {
					return '\uFFFD'
				}
				return r
			}, s)
		}
	}
	return s
}
