package stats

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"ratsreport/report/lang"
)

// WriteTable writes the result as a text table for terminals: a title,
// aligned columns with the dimensions' labels (state names, not codes),
// numbers right-aligned with the language's thousands separator, a total
// row, and notes on what was not reported and how list dimensions count.
func WriteTable(w io.Writer, res *Result, t *lang.Texts) error {
	var b strings.Builder
	b.WriteString(Title(res, t) + "\n")
	if len(res.Where) > 0 {
		b.WriteString(t.Sub("stats.where", "conditions", conditions(res, t)) + "\n")
	}
	b.WriteString("\n")
	tab := buildTable(res, t)
	b.WriteString(tab.String())
	if notes := Notes(res, t); len(notes) > 0 {
		b.WriteString("\n")
		for _, n := range notes {
			b.WriteString(n + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Title is the result's title line in its language: the dataset, the
// years and the grouping.
func Title(res *Result, t *lang.Texts) string {
	years := yearsText(res, t)
	if len(res.By) == 0 {
		return t.Sub("stats.title", "dataset", res.Title, "years", years)
	}
	var dims []string
	for _, d := range res.By {
		dims = append(dims, lowerFirst(d.Label))
	}
	return t.Sub("stats.title_by", "dataset", res.Title, "years", years, "dims", strings.Join(dims, t.T("stats.dims_separator")))
}

// lowerFirst lowercases the first letter of a label used inside a
// sentence ("by reporting state"); scripts without case are unchanged.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return strings.ToLower(string(r)) + s[n:]
}

func yearsText(res *Result, t *lang.Texts) string {
	switch {
	case res.All:
		return t.T("stats.years_all")
	case len(res.Years) == 1:
		return strconv.Itoa(res.Years[0])
	case len(res.Years) > 1:
		return fmt.Sprintf("%d–%d", res.Years[0], res.Years[len(res.Years)-1])
	}
	return ""
}

func conditions(res *Result, t *lang.Texts) string {
	var parts []string
	for _, f := range res.Where {
		parts = append(parts, f.Label+" = "+strings.Join(f.Labels, t.T("stats.or")))
	}
	return strings.Join(parts, "; ")
}

// Notes are the sentences that go under the table: what was not reported
// (and is left out of the sums), how list dimensions count, why there is
// no total.
func Notes(res *Result, t *lang.Texts) []string {
	var notes []string
	if res.Records == 0 {
		notes = append(notes, t.T("stats.no_records"))
	}
	if partial(res) {
		notes = append(notes, t.T("stats.partial"))
	}
	if items := missingItems(res, t); len(items) > 0 {
		notes = append(notes, t.Sub("stats.missing", "list", strings.Join(items, "; ")))
	}
	for _, d := range res.By {
		if d.List {
			notes = append(notes, t.Sub("stats.list", "dim", d.Label))
		}
	}
	if res.PerRowUnit && res.Total == nil && len(res.Rows) > 0 {
		notes = append(notes, t.T("stats.no_total"))
	}
	return notes
}

// partial reports whether some row has a sum that leaves out figures not
// reported (marked with * in the table).
func partial(res *Result) bool {
	for _, r := range res.Rows {
		for _, a := range r.Values {
			if a.Reported && a.Missing > 0 {
				return true
			}
		}
	}
	return false
}

// missingItems lists, per measure (or per indicator when they are rows),
// how many records left the figure empty.
func missingItems(res *Result, t *lang.Texts) []string {
	item := func(label string, n int) string {
		return t.Sub("stats.missing_item", "measure", label, "n", t.Int(int64(n)), "records", t.Int(int64(res.Records)))
	}
	var out []string
	if res.PerRowUnit {
		pos := -1
		for i, d := range res.By {
			if d.Key == "indicator" {
				pos = i
			}
		}
		var order []string
		n := map[string]int{}
		for _, r := range res.Rows {
			l := r.Labels[pos]
			if _, ok := n[l]; !ok {
				order = append(order, l)
			}
			n[l] += r.Values[1].Missing
		}
		for _, l := range order {
			if n[l] > 0 {
				out = append(out, item(l, n[l]))
			}
		}
		return out
	}
	if res.Total == nil {
		return nil
	}
	for i, m := range res.Measures {
		if a := res.Total.Values[i]; m.Sum && a.Missing > 0 {
			out = append(out, item(m.Label, a.Missing))
		}
	}
	return out
}

// header returns a measure's column header: label and unit.
func header(m Measure, t *lang.Texts) string {
	if m.Unit == "" {
		return m.Label
	}
	return t.Sub("format.unit_label", "label", m.Label, "unit", m.Unit)
}

// sigDecimals is how many decimals a figure in thousandths needs.
func sigDecimals(m int64) int {
	switch {
	case m%1000 == 0:
		return 0
	case m%100 == 0:
		return 1
	case m%10 == 0:
		return 2
	}
	return 3
}

// textTable is a table of cells with per-column alignment.
type textTable struct {
	head  []string
	right []bool
	body  [][]string
	foot  []string // the total row, or nil
}

func buildTable(res *Result, t *lang.Texts) *textTable {
	tab := &textTable{}
	for _, d := range res.By {
		tab.head = append(tab.head, d.Label)
		tab.right = append(tab.right, false)
	}
	if len(res.By) == 0 {
		tab.head = append(tab.head, "")
		tab.right = append(tab.right, false)
	}
	if res.PerRowUnit {
		tab.head = append(tab.head, t.T("stats.unit"))
		tab.right = append(tab.right, false)
	}
	for _, m := range res.Measures {
		tab.head = append(tab.head, header(m, t))
		tab.right = append(tab.right, true)
	}
	// Decimals per column: as many as the column's figures need.
	decimals := make([]int, len(res.Measures))
	all := append([]Row{}, res.Rows...)
	if res.Total != nil {
		all = append(all, *res.Total)
	}
	for _, r := range all {
		for i, a := range r.Values {
			if a.Reported {
				decimals[i] = max(decimals[i], sigDecimals(a.Milli))
			}
		}
	}
	marked := make([]bool, len(res.Measures))
	for _, r := range all {
		for i, a := range r.Values {
			marked[i] = marked[i] || a.Reported && a.Missing > 0
		}
	}
	cells := func(r Row, first []string) []string {
		out := append([]string{}, first...)
		if res.PerRowUnit {
			out = append(out, r.Unit)
		}
		for i, a := range r.Values {
			dec := res.Measures[i].Decimal || res.PerRowUnit && i == 1 && r.Decimal
			var s string
			switch {
			case a.Reported && dec:
				s = t.Fixed(a.Milli, decimals[i])
			case a.Reported:
				s = t.Int(a.Milli / 1000)
			case a.Missing > 0:
				s = t.T("stats.not_reported")
			default:
				s = t.T("stats.no_record")
			}
			if marked[i] {
				if a.Reported && a.Missing > 0 {
					s += "*"
				} else {
					s += " "
				}
			}
			out = append(out, s)
		}
		return out
	}
	for _, r := range res.Rows {
		tab.body = append(tab.body, cells(r, r.Labels))
	}
	if res.Total != nil {
		first := make([]string, max(len(res.By), 1))
		first[0] = t.T("stats.total")
		tab.foot = cells(*res.Total, first)
		if res.PerRowUnit {
			tab.foot[len(first)] = res.Total.Unit
		}
	}
	return tab
}

// headWidth is the width headers wrap at, unless the values are wider.
const headWidth = 12

// String lays the table out: headers wrapped to the column width and
// aligned to the bottom, a rule under them and above the total.
func (tab *textTable) String() string {
	n := len(tab.head)
	width := make([]int, n)
	rows := append([][]string{}, tab.body...)
	if tab.foot != nil {
		rows = append(rows, tab.foot)
	}
	for _, r := range rows {
		for i, c := range r {
			width[i] = max(width[i], displayWidth(c))
		}
	}
	heads := make([][]string, n)
	lines := 0
	for i, h := range tab.head {
		full := displayWidth(h)
		width[i] = max(width[i], longestToken(h))
		if full <= max(width[i], headWidth) {
			width[i] = max(width[i], full)
		} else {
			width[i] = max(width[i], min(full, headWidth))
		}
		heads[i] = wrap(h, width[i])
		lines = max(lines, len(heads[i]))
	}
	var b strings.Builder
	line := func(cells []string) {
		var parts []string
		for i, c := range cells {
			pad := strings.Repeat(" ", width[i]-displayWidth(c))
			if tab.right[i] {
				parts = append(parts, pad+c)
			} else {
				parts = append(parts, c+pad)
			}
		}
		b.WriteString(strings.TrimRight(strings.Join(parts, "  "), " ") + "\n")
	}
	for l := 0; l < lines; l++ {
		cells := make([]string, n)
		for i, h := range heads {
			if k := l - (lines - len(h)); k >= 0 {
				cells[i] = h[k]
			}
		}
		line(cells)
	}
	rule := func() {
		var parts []string
		for _, w := range width {
			parts = append(parts, strings.Repeat("-", w))
		}
		b.WriteString(strings.Join(parts, "  ") + "\n")
	}
	rule()
	for _, r := range tab.body {
		line(r)
	}
	if tab.foot != nil {
		if len(tab.body) > 0 {
			rule()
		}
		line(tab.foot)
	}
	return b.String()
}

// token is a unit that wrapping never breaks: a word, or one East Asian
// wide character (Chinese text has no spaces to break at).
type token struct {
	text  string
	space bool // a space separates it from the token before
}

func tokens(s string) []token {
	var out []token
	for _, w := range strings.Fields(s) {
		space := true
		cur := ""
		for _, r := range w {
			if wide(r) {
				if cur != "" {
					out = append(out, token{cur, space})
					space, cur = false, ""
				}
				out = append(out, token{string(r), space})
				space = false
				continue
			}
			cur += string(r)
		}
		if cur != "" {
			out = append(out, token{cur, space})
		}
	}
	return out
}

// longestToken is the width of the widest unbreakable part of s.
func longestToken(s string) int {
	n := 0
	for _, tk := range tokens(s) {
		n = max(n, displayWidth(tk.text))
	}
	return n
}

// wrap breaks text into lines of at most width columns, at spaces and
// between wide characters.
func wrap(s string, width int) []string {
	var lines []string
	cur := ""
	for _, tk := range tokens(s) {
		sep := ""
		if tk.space {
			sep = " "
		}
		switch {
		case cur == "":
			cur = tk.text
		case displayWidth(cur)+displayWidth(sep)+displayWidth(tk.text) <= width:
			cur += sep + tk.text
		default:
			lines = append(lines, cur)
			cur = tk.text
		}
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// displayWidth is how many terminal columns s takes: East Asian wide
// characters take two.
func displayWidth(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if wide(r) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func wide(r rune) bool {
	return r >= 0x1100 && r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFF60 || r >= 0xFFE0 && r <= 0xFFE6
}
