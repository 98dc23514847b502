package summary

import (
	"sort"

	"ratsreport/report/config"
	"ratsreport/report/model"
)

// tally adds up the indicator figures that states report (border and
// online reports alike), in one pass over the reports: per state for the
// year and the year before, the year's and the previous year's totals,
// and the totals of every year for the series.
type tally struct {
	n, year          int
	first            int // the first year met
	total, prevTotal []Amount
	byState          map[string]*StateTotals
	perYear          map[int][]Amount
}

func newTally(n, year int) *tally {
	return &tally{n: n, year: year, first: year, total: make([]Amount, n), prevTotal: make([]Amount, n),
		byState: map[string]*StateTotals{}, perYear: map[int][]Amount{}}
}

// totals returns the StateTotals under k in m, made on first use.
func (t *tally) totals(m map[string]*StateTotals, k string) *StateTotals {
	st, ok := m[k]
	if !ok {
		st = &StateTotals{Name: k, Values: make([]Amount, t.n), Prev: make([]Amount, t.n)}
		m[k] = st
	}
	return st
}

// add counts one report of year y by state with figures vals. It returns
// the state's totals when the report is of the reporting year (its
// Reports counted), nil otherwise.
func (t *tally) add(y int, state string, vals model.Figures) *StateTotals {
	t.first = earlier(t.first, y)
	yt := t.perYear[y]
	if yt == nil {
		yt = make([]Amount, t.n)
		t.perYear[y] = yt
	}
	for i := range t.n {
		yt[i].Add(vals.At(i))
	}
	switch y {
	case t.year:
		st := t.totals(t.byState, state)
		st.Reports++
		for i := range t.n {
			v := vals.At(i)
			t.total[i].Add(v)
			st.Values[i].Add(v)
		}
		return st
	case t.year - 1:
		st := t.totals(t.byState, state)
		for i := range t.n {
			v := vals.At(i)
			t.prevTotal[i].Add(v)
			st.Prev[i].Add(v)
		}
	}
	return nil
}

// states returns the states' totals in the report's order (StateLess).
func (t *tally) states(cfg *config.Config) []StateTotals {
	order := cfg.StateOrder()
	keys := sortedMapKeys(t.byState)
	sort.SliceStable(keys, func(i, j int) bool { return config.StateLess(order, keys[i], keys[j]) })
	out := make([]StateTotals, 0, len(keys))
	for _, k := range keys {
		out = append(out, *t.byState[k])
	}
	return out
}

// missing counts the figures left empty in the reporting year, over every
// indicator.
func (t *tally) missing() int {
	m := 0
	for _, a := range t.total {
		m += a.Missing
	}
	return m
}

// series returns, per indicator, its totals per year from the first year
// met to the reporting year.
func (t *tally) series() [][]YearCount {
	out := make([][]YearCount, t.n)
	for i := range t.n {
		out[i] = series(t.first, t.year, func(y int) Amount {
			if yt := t.perYear[y]; yt != nil {
				return yt[i]
			}
			return Amount{}
		})
	}
	return out
}
