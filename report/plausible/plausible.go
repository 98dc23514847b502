// Package plausible looks for border figures far outside what a state has
// ever reported: one row with 1,000,000 detained persons (a typing error
// for 1,000) would otherwise pass every check and dominate every total
// and chart. It compares each figure with the same state's figures of the
// same indicator in every report of every year in the sources, and each
// state's yearly total with its totals of the other years, with robust
// statistics (medians, median absolute deviations) whose thresholds are in
// config.toml ([plausibility], config.Plausibility). What it finds are
// warnings, never errors: a real surge is possible, and --strict makes the
// staff look.
//
// The rules, with the default thresholds:
//
//   - A report's figure is implausible when the state has at least 10
//     reports with the indicator (min_reports) and the figure is more than
//     20 times their median (ratio), more than 10 median absolute
//     deviations above it (mads), and more than twice the state's total
//     of the indicator in any other whole year (whole_years). The last
//     condition is there because reports differ in scope: a consolidated
//     sheet gives a whole border section's year in one row, a detailed
//     one a checkpoint's day, and a state's history mixes both (the
//     median of a million daily reports is 0 or 1, and a consolidated
//     row of a peak year may exceed every other year's total). A figure
//     larger than two whole years the state ever reported is not
//     explained by scope. Medians are
//     floored at one unit (one person, one kilogram), so that a history of
//     zeros does not make every 1 a surprise.
//   - A state's yearly total of an indicator is implausible when it has
//     at least 2 other years with the indicator (min_years), the total is
//     more than 10 times the median of their totals (year_ratio), and its
//     average per report is more than 10 times the median of their
//     averages: a service that begins to report per checkpoint and day
//     sends many more rows for a similar total, which is no jump. A year
//     whose jump a figure already warned of explains is not warned of
//     again.
//
// It runs in time linear in the number of reports: one pass gathers each
// (state, indicator) group's figures into one shared buffer and each
// (state, year)'s totals, medians are found by selection within each
// group (never by sorting everything), and a last pass compares.
package plausible

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/value"
)

// unit is one unit of a figure (a person, a kilogram) in thousandths: the
// floor of every median the rules compare with.
const unit = 1000

// Column names the cell of a figure: the column (1-based) of border
// indicator i in the sheet of origin o, or 0 when not known
// (ingest.Result.IndicatorColumn).
type Column func(o model.Origin, i int) int

// Check returns a warning for every implausible border figure, at its
// cell, and for every implausible yearly total of a state, at the sheet
// of its first report of the year. Nothing when the check is off
// (plausibility.enabled = false).
func Check(cfg *config.Config, data *model.Data, column Column) diag.List {
	p := cfg.Plausibility
	if !p.Enabled || data.Border.Len() == 0 || len(cfg.Indicators) == 0 {
		return nil
	}
	c := &checker{cfg: cfg, p: p, border: data.Border, column: column, nInd: len(cfg.Indicators)}
	if c.gather() {
		return run[int64](c)
	}
	return run[int32](c)
}

// checker is one check in progress.
type checker struct {
	cfg    *config.Config
	p      config.Plausibility
	border model.Borders
	column Column
	nInd   int

	states []string // by state index
	sid    []int32  // by report: its state's index
	year   []int16  // by report: its year
	years  map[stateYear]*yearTotals
	groups []group // by state index × nInd + indicator
}

type stateYear struct {
	s int32
	y int16
}

// yearTotals is one state's year.
type yearTotals struct {
	first   model.Origin // the first report's row, where a jump is located
	totals  []int64      // per indicator, reported figures only
	counts  []int32      // per indicator, reports giving the figure
	flagged []bool       // per indicator, a figure of the year was warned of
}

// group is one state's figures of one indicator.
type group struct {
	n, off int // reported figures; where they start in the buffer
	// threshold is the figure above which a report is suspect (when n
	// is enough); median for messages.
	threshold, median int64
	checked           bool
	// The two largest yearly totals, the first with its year.
	top1, top2 int64
	top1Year   int16
	first      int16 // the first and last years with the figure
	last       int16
}

// gather makes the first pass: states, years, the totals of each state's
// year and the size of each group. It reports whether a figure needs
// more than 32 bits.
func (c *checker) gather() (wide bool) {
	n := c.border.Len()
	c.sid, c.year = make([]int32, n), make([]int16, n)
	index := map[string]int32{}
	c.years = map[stateYear]*yearTotals{}
	var counts []int
	lastState, lastS := "\x00", int32(0)
	lastStart, lastY := model.Date(-1), int16(0)
	var at *yearTotals
	atKey := stateYear{-1, 0}
	for j, b := range c.border.Each() {
		if b.State != lastState {
			s, ok := index[b.State]
			if !ok {
				s = int32(len(c.states))
				index[b.State] = s
				c.states = append(c.states, b.State)
				counts = append(counts, make([]int, c.nInd)...)
			}
			lastState, lastS = b.State, s
		}
		if b.Start != lastStart {
			lastStart, lastY = b.Start, int16(b.Start.Year())
		}
		s, y := lastS, lastY
		c.sid[j], c.year[j] = s, y
		if k := (stateYear{s, y}); k != atKey {
			at, atKey = c.years[k], k
			if at == nil {
				at = &yearTotals{first: b.Origin, totals: make([]int64, c.nInd), counts: make([]int32, c.nInd), flagged: make([]bool, c.nInd)}
				c.years[k] = at
			}
		}
		for i := 0; i < c.nInd; i++ {
			d := b.Values.At(i)
			if !d.Reported {
				continue
			}
			at.totals[i] += d.Milli
			at.counts[i]++
			counts[int(s)*c.nInd+i]++
			if d.Milli > math.MaxInt32 || d.Milli < math.MinInt32 {
				wide = true
			}
		}
	}
	c.groups = make([]group, len(counts))
	off := 0
	for g, k := range counts {
		c.groups[g] = group{n: k, off: off, first: math.MaxInt16, last: math.MinInt16}
		off += k
	}
	for k, yt := range c.years {
		for i := 0; i < c.nInd; i++ {
			if yt.counts[i] == 0 {
				continue
			}
			g := &c.groups[int(k.s)*c.nInd+i]
			g.first, g.last = min(g.first, k.y), max(g.last, k.y)
			switch t := yt.totals[i]; {
			case t > g.top1 || t == g.top1 && k.y < g.top1Year:
				g.top2, g.top1, g.top1Year = g.top1, t, k.y
			case t > g.top2:
				g.top2 = t
			}
		}
	}
	return wide
}

// run makes the other passes with the figures held as T.
func run[T int32 | int64](c *checker) diag.List {
	total := 0
	for _, g := range c.groups {
		total += g.n
	}
	buf := make([]T, total)
	fill := make([]int, len(c.groups))
	for j, b := range c.border.Each() {
		base := int(c.sid[j]) * c.nInd
		for i := 0; i < c.nInd; i++ {
			if d := b.Values.At(i); d.Reported {
				g := base + i
				buf[c.groups[g].off+fill[g]] = T(d.Milli)
				fill[g]++
			}
		}
	}
	p := c.p
	for gi := range c.groups {
		g := &c.groups[gi]
		if g.n < p.MinReports {
			continue
		}
		vals := buf[g.off : g.off+g.n]
		k := (g.n - 1) / 2
		med := int64(selectK(vals, k))
		for i, v := range vals {
			vals[i] = T(absDiff(int64(v), med))
		}
		mad := int64(selectK(vals, k))
		g.median, g.checked = med, true
		g.threshold = max(scale(p.Ratio, max(med, unit)), med+scale(p.MADs, max(mad, unit)))
	}
	buf = nil
	var ds diag.List
	for j, b := range c.border.Each() {
		base := int(c.sid[j]) * c.nInd
		y := c.year[j]
		for i := 0; i < c.nInd; i++ {
			g := &c.groups[base+i]
			if !g.checked {
				continue
			}
			d := b.Values.At(i)
			if !d.Reported || d.Milli <= g.threshold {
				continue
			}
			other := g.top1
			if g.top1Year == y {
				other = g.top2
			}
			if d.Milli <= scale(p.WholeYears, other) {
				continue
			}
			c.years[stateYear{c.sid[j], y}].flagged[i] = true
			ds = append(ds, c.figureWarning(b, i, d.Milli, g, other, y))
		}
	}
	return append(ds, c.jumps()...)
}

// figureWarning is the warning of an implausible figure at its cell.
func (c *checker) figureWarning(b *model.BorderReport, i int, v int64, g *group, other int64, y int16) diag.Diagnostic {
	col := 0
	if c.column != nil {
		col = c.column(b.Origin, i)
	}
	state := c.cfg.StateLabel(b.State)
	key, args := msg.PlausibleFigure, []any{c.label(i), value.FormatMilli(v), state, times(v, g.median),
		value.FormatMilli(g.median), msg.New(msg.PlausibleReports, g.n), span(g.first, g.last)}
	if g.first != g.last || g.first != y {
		key, args = msg.PlausibleFigureYears, append(args, multiple(c.p.WholeYears), value.FormatMilli(other))
	}
	m := msg.New(key, args...)
	return diag.New(b.Origin.File, b.Origin.Sheet, b.Origin.Row, col, diag.Warning, m)
}

// jumps applies the yearly rule to every state and indicator.
func (c *checker) jumps() diag.List {
	type point struct {
		y          int16
		total, avg float64
		yt         *yearTotals
	}
	per := make([][]point, len(c.groups))
	for k, yt := range c.years {
		for i := 0; i < c.nInd; i++ {
			if n := yt.counts[i]; n > 0 {
				g := int(k.s)*c.nInd + i
				per[g] = append(per[g], point{k.y, float64(yt.totals[i]), float64(yt.totals[i]) / float64(n), yt})
			}
		}
	}
	var ds diag.List
	var totals, avgs []float64
	for g, pts := range per {
		if len(pts)-1 < c.p.MinYears {
			continue
		}
		slices.SortFunc(pts, func(a, b point) int { return cmp.Compare(a.y, b.y) })
		s, i := g/c.nInd, g%c.nInd
		for _, pt := range pts {
			if pt.yt.flagged[i] {
				continue
			}
			totals, avgs = totals[:0], avgs[:0]
			for _, o := range pts {
				if o.y != pt.y {
					totals, avgs = append(totals, o.total), append(avgs, o.avg)
				}
			}
			medT, medA := median(totals), median(avgs)
			if pt.total <= c.p.YearRatio*max(medT, unit) || pt.avg <= c.p.YearRatio*max(medA, unit) {
				continue
			}
			ds.Add(pt.yt.first.File, pt.yt.first.Sheet, 0, 0, diag.Warning, msg.PlausibleJump,
				c.cfg.StateLabel(c.states[s]), c.label(i), int(pt.y), value.FormatMilli(int64(pt.total)), timesF(pt.total, medT),
				value.FormatMilli(int64(medT)), msg.New(msg.PlausibleYears, len(totals)), value.FormatMilli(int64(pt.avg)), value.FormatMilli(int64(medA)), int(pt.y))
		}
	}
	return ds
}

// label names indicator i in messages, by its header in the template of
// the message's language.
func (c *checker) label(i int) config.Text { return c.cfg.Indicators[i].Header }

// median returns the median of a few values (sorting them).
func median(xs []float64) float64 {
	slices.Sort(xs)
	return xs[(len(xs)-1)/2]
}

// selectK returns the k-th smallest of a (0-based), reordering a:
// quickselect with a three-way partition (figures repeat: zeros, ones),
// sorting what is left after too many rounds (a pathological order), so
// linear on average and never worse than n log n.
func selectK[T int32 | int64](a []T, k int) T {
	lo, hi := 0, len(a)
	for rounds := 2*bits.Len(uint(len(a))) + 8; hi-lo > 1; rounds-- {
		if rounds == 0 {
			slices.Sort(a[lo:hi])
			return a[k]
		}
		x, y, z := a[lo], a[lo+(hi-lo)/2], a[hi-1]
		p := max(min(x, y), min(max(x, y), z)) // the median of three
		lt, i, gt := lo, lo, hi
		for i < gt {
			switch {
			case a[i] < p:
				a[lt], a[i] = a[i], a[lt]
				lt++
				i++
			case a[i] > p:
				gt--
				a[i], a[gt] = a[gt], a[i]
			default:
				i++
			}
		}
		switch {
		case k < lt:
			hi = lt
		case k >= gt:
			lo = gt
		default:
			return p
		}
	}
	return a[k]
}

func absDiff(a, b int64) int64 {
	if a > b {
		return a - b
	}
	return b - a
}

// scale returns f×m as thousandths, saturating.
func scale(f float64, m int64) int64 {
	x := f * float64(m)
	if x >= math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(x)
}

// times is v / m (m floored at one unit) as a whole multiple, "20
// times", in a message.
func times(v, m int64) msg.Message { return timesF(float64(v), float64(m)) }

func timesF(v, m float64) msg.Message {
	return msg.New(msg.PlausibleTimes, int64(math.Round(v/max(m, unit))))
}

// multiple is f times, "2 times", "1.5 times", in a message: a whole
// multiple as an integer (plain digits, its plural form chosen by its
// value), another as a decimal in the language's notation ("1,5 раза").
func multiple(f float64) msg.Message {
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return msg.New(msg.PlausibleTimes, int64(f))
	}
	return msg.New(msg.PlausibleTimes, f)
}

// span formats the years from first to last: "2017–2025", "2025".
func span(first, last int16) string {
	if first == last {
		return strconv.Itoa(int(first))
	}
	return fmt.Sprintf("%d–%d", first, last)
}
