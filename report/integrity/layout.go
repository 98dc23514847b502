package integrity

import (
	"bytes"
	"sort"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/msg"
)

// Layout is what a worksheet part says about the table's layout outside
// its rows, and before the streaming reader reaches them: the merged
// ranges (<mergeCells>, written after <sheetData>) and the hidden columns
// (<cols>). Guard collects it in the pass it makes over the part anyway.
// Hidden rows are on the rows themselves, where the reader sees them.
type Layout struct {
	// Merges are the merged ranges of more than one cell, sorted by
	// their top row, then their left column.
	Merges []Range
	// HiddenCols are the hidden column spans, as written.
	HiddenCols []Span
}

// Range is a rectangle of cells, 1-based and inclusive.
type Range struct{ Top, Left, Bottom, Right int }

// Contains reports whether the cell at row, col lies in the range.
func (r Range) Contains(row, col int) bool {
	return row >= r.Top && row <= r.Bottom && col >= r.Left && col <= r.Right
}

// String returns the range as Excel writes it, such as B5:B7.
func (r Range) String() string {
	return cellName(r.Top, r.Left) + ":" + cellName(r.Bottom, r.Right)
}

// Span is a run of columns, 1-based and inclusive.
type Span struct{ Min, Max int }

// HiddenCol reports whether column col is hidden.
func (l *Layout) HiddenCol(col int) bool {
	if l == nil {
		return false
	}
	for _, s := range l.HiddenCols {
		if col >= s.Min && col <= s.Max {
			return true
		}
	}
	return false
}

// maxHiddenSpans bounds the <col> elements kept; Excel writes at most one
// per column.
const maxHiddenSpans = 16384

// layoutScan collects the layout from the start tags found at depth 3
// (worksheet > mergeCells > mergeCell, worksheet > cols > col): maxNesting
// hands it each such tag's bytes, from its name to before its '>'.
type layoutScan struct {
	lay       Layout
	maxMerges int
	err       error
}

// tag takes one start tag at depth 3: its name and attributes.
func (ls *layoutScan) tag(t []byte) {
	if ls.err != nil {
		return
	}
	name := t
	if i := bytes.IndexAny(t, " \t\r\n/"); i >= 0 {
		name = t[:i]
	}
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	switch string(name) {
	case "mergeCell":
		top, left, bottom, right, ok := parseRange(attrOf(t, "ref"))
		if !ok || top == bottom && left == right {
			return
		}
		if len(ls.lay.Merges) >= ls.maxMerges {
			ls.err = msg.Errorf(msg.IntegrityTooManyMerges, ls.maxMerges)
			return
		}
		if n := len(ls.lay.Merges); n == cap(ls.lay.Merges) {
			// Doubling: append grows a large slice by a quarter, which
			// allocates five times the final size for 100 000 ranges.
			grown := make([]Range, n, max(64, 2*n))
			copy(grown, ls.lay.Merges)
			ls.lay.Merges = grown
		}
		ls.lay.Merges = append(ls.lay.Merges, Range{top, left, bottom, right})
	case "col":
		h := string(attrOf(t, "hidden"))
		if h != "1" && h != "true" || len(ls.lay.HiddenCols) >= maxHiddenSpans {
			return
		}
		lo, ok1 := atoi(attrOf(t, "min"))
		hi, ok2 := atoi(attrOf(t, "max"))
		if !ok1 || !ok2 || lo < 1 || hi < lo {
			return
		}
		ls.lay.HiddenCols = append(ls.lay.HiddenCols, Span{lo, hi})
	}
}

// attrOf returns the value of the attribute name in a start tag's bytes
// (without a namespace prefix), or nil.
func attrOf(t []byte, name string) []byte {
	for i := 0; i < len(t); {
		j := bytes.Index(t[i:], []byte(name))
		if j < 0 {
			return nil
		}
		j += i
		k := j + len(name)
		before := j > 0 && (t[j-1] == ' ' || t[j-1] == '\t' || t[j-1] == '\n' || t[j-1] == '\r' || t[j-1] == ':')
		for k < len(t) && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r') {
			k++
		}
		if !before || k >= len(t) || t[k] != '=' {
			i = j + 1
			continue
		}
		k++
		for k < len(t) && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r') {
			k++
		}
		if k >= len(t) || t[k] != '"' && t[k] != '\'' {
			return nil
		}
		q := t[k]
		end := bytes.IndexByte(t[k+1:], q)
		if end < 0 {
			return nil
		}
		return t[k+1 : k+1+end]
	}
	return nil
}

// parseRange parses A1:B2 (or a single cell A1, as a one-cell range).
func parseRange(ref []byte) (top, left, bottom, right int, ok bool) {
	a, b := ref, ref
	if i := bytes.IndexByte(ref, ':'); i >= 0 {
		a, b = ref[:i], ref[i+1:]
	}
	left, top, ok1 := cellRef(bytes.ReplaceAll(a, []byte("$"), nil))
	right, bottom, ok2 := cellRef(bytes.ReplaceAll(b, []byte("$"), nil))
	if !ok1 || !ok2 {
		return 0, 0, 0, 0, false
	}
	if bottom < top {
		top, bottom = bottom, top
	}
	if right < left {
		left, right = right, left
	}
	return top, left, bottom, right, true
}

// sortMerges puts the ranges in the order the reader meets them.
func (l *Layout) sortMerges() {
	sort.Slice(l.Merges, func(i, j int) bool {
		a, b := l.Merges[i], l.Merges[j]
		if a.Top != b.Top {
			return a.Top < b.Top
		}
		return a.Left < b.Left
	})
}

// cellName is a cell's reference, such as B5.
func cellName(row, col int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}
