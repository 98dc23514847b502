package sample

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/schema"
)

// layout writes a sheet the way a clerk lays out a hand-made table: equal
// values of the merged columns in consecutive rows written once, in a
// vertically merged range, and a total row under the data. It follows the
// rows as they are written.
type layout struct {
	merged []bool
	// The current run of each merged column: the value's identity, its
	// first and last row (0: no run).
	runKey            []string
	runFirst, runLast []int
	ranges            [][2]string // merged ranges, in the order they close
	sums              []int64     // per column, of the figures written
	reported          []bool      // per column, whether any row has a figure
	total             bool
}

// newLayout prepares the layout of s, written in cols.
func newLayout(s *sheet, cols []column) *layout {
	l := &layout{
		merged: make([]bool, len(cols)), runKey: make([]string, len(cols)),
		runFirst: make([]int, len(cols)), runLast: make([]int, len(cols)),
		sums: make([]int64, len(cols)), reported: make([]bool, len(cols)),
		total: s.total != "",
	}
	for j, c := range cols {
		for _, k := range s.merge {
			if c.key == k {
				l.merged[j] = true
			}
		}
	}
	return l
}

// cell returns what row r writes in column j for v (rendered as given):
// nil inside a merged range, the value with a merged-range style at its
// top. It adds v to the column's total.
func (l *layout) cell(r, j int, v val, rendered any, st styles) any {
	if l.total && v.set {
		l.sums[j] += v.n
		l.reported[j] = true
	}
	if !l.merged[j] {
		return rendered
	}
	if !v.set {
		l.close(j)
		return nil
	}
	k := identity(v)
	if l.runFirst[j] > 0 && l.runKey[j] == k && l.runLast[j] == r-1 {
		l.runLast[j] = r
		return nil
	}
	l.close(j)
	l.runKey[j], l.runFirst[j], l.runLast[j] = k, r, r
	if c, ok := rendered.(excelize.Cell); ok {
		if c.StyleID == st.date {
			c.StyleID = st.mergedDate
		} else {
			c.StyleID = st.mergedText
		}
		return c
	}
	return excelize.Cell{StyleID: st.mergedText, Value: rendered}
}

// close ends the run of column j, keeping it as a merged range when it
// covers more than one row.
func (l *layout) close(j int) {
	if l.runFirst[j] > 0 && l.runLast[j] > l.runFirst[j] {
		l.ranges = append(l.ranges, [2]string{cell(j+1, l.runFirst[j]), cell(j+1, l.runLast[j])})
	}
	l.runFirst[j], l.runLast[j], l.runKey[j] = 0, 0, ""
}

// closeRuns ends every run and merges the ranges.
func (l *layout) closeRuns(sw *excelize.StreamWriter) error {
	for j := range l.merged {
		l.close(j)
	}
	for _, rg := range l.ranges {
		if err := sw.MergeCell(rg[0], rg[1]); err != nil {
			return err
		}
	}
	return nil
}

// totalRow is the total row: the label in the first column, the sum of
// each figure column (empty when no row reports it), width cells in all.
func (l *layout) totalRow(label string, cols []column, width int, fm form, st styles, cfg *config.Config) []any {
	out := make([]any, width)
	for j := range out {
		out[j] = excelize.Cell{StyleID: st.bold}
	}
	out[0] = excelize.Cell{StyleID: st.bold, Value: label}
	for j, c := range cols {
		if j == 0 || (c.kind != schema.Integer && c.kind != schema.Decimal) || !l.reported[j] {
			continue
		}
		v := renderCell(c, num(l.sums[j]), fm, st, cfg)
		if x, ok := v.(excelize.Cell); ok {
			v = x.Value
		}
		out[j] = excelize.Cell{StyleID: st.bold, Value: v}
	}
	return out
}

// identity is a value's identity for merging: equal values of a column
// have equal identities.
func identity(v val) string {
	switch {
	case !v.t.IsZero():
		return "t" + v.t.Format("2006-01-02")
	case v.list != nil:
		return "l" + strings.Join(v.list, "\x00")
	case v.s != "":
		return "s" + v.s
	}
	return "n" + strconv.FormatInt(v.n, 10)
}
