// Package stats answers ad hoc questions over the validated records: how
// many exercises per year, which border indicators each reporting state
// reported, how many conference participants per edition. A question
// (Query) names a dataset, a span of years, the dimensions to group by,
// filters and measures; Run turns the records into a Result, a small table
// model with keys, labels and amounts, which the renderers write as an
// aligned text table, CSV, JSON or an XLSX sheet. The renderers know
// nothing of the records and nothing of each other.
//
// Decisions (docs/stats.md gives the full reference):
//
//   - A figure left empty is not reported, never zero: sums count only
//     reported values and say how many records left the figure empty; a
//     sum over no reported value is itself not reported (null).
//   - A record that lists several values of a dimension (the participating
//     states of an exercise) counts once under each of them, so rows may add
//     up to more than the total; the total counts every record once.
//   - Grouping by indicator turns the border indicators into rows, with
//     a per-row unit; there is no total then unless one indicator is left,
//     because the units differ.
//
// Statistics classify records by the same rules as the report, from the
// same homes: a record's year is model's (Year on each record), a total
// and its not-reported handling are summary.Amount's, an Int becomes a
// figure by summary.DecOf, states are ordered by config.StateLess, a
// status is matched against schema's enumerations, and spans of years are
// bounded by config.PlausibleYear. The aggregation itself is not routed
// through summary.Build: the summary answers fixed questions of one
// reporting year (and the year before), while a query groups any span of
// years, undated records included, by any dimensions with filters; so
// stats adds up facts itself, with those shared rules.
package stats

import (
	"context"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"

	"ratsreport/report/config"
	"ratsreport/report/lang"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/registry"
	"ratsreport/report/schema"
	"ratsreport/report/summary"
	"ratsreport/report/translate"
	"ratsreport/report/value"
)

// Error is a question that cannot be answered as asked: an unknown
// dataset, dimension, value, measure or format, or a bad span of years.
// Its message lists the valid choices.
type Error struct {
	// Msg is the problem in words not yet chosen (its key is the stable
	// code).
	Msg msg.Message
}

// Error returns the message in English.
func (e *Error) Error() string { return e.Msg.In("en") }

// In returns the message in lang.
func (e *Error) In(lang string) string { return e.Msg.In(lang) }

func errorf(key msg.Key, args ...any) error {
	return &Error{Msg: msg.New(key, args...)}
}

// Years is the span of years a query covers, by the year of each record
// (the start of an exercise or operation, the date of a session, the
// signing of an agreement). All covers every year, and also the records
// that have no year (agreements not signed).
type Years struct {
	From, To int
	All      bool
}

// Single returns the span of one year.
func Single(y int) Years { return Years{From: y, To: y} }

// ParseYears reads a span of years: "2025", "2019-2025" or "all".
func ParseYears(s string) (Years, error) {
	s = strings.TrimSpace(s)
	if strings.EqualFold(s, "all") {
		return Years{All: true}, nil
	}
	a, b, isRange := strings.Cut(s, "-")
	if !isRange {
		b = a
	}
	from, err1 := strconv.Atoi(strings.TrimSpace(a))
	to, err2 := strconv.Atoi(strings.TrimSpace(b))
	if err1 != nil || err2 != nil {
		return Years{}, errorf(msg.StatsYearsInvalid, s)
	}
	if !config.PlausibleYear(from) || !config.PlausibleYear(to) || from > to {
		return Years{}, errorf(msg.StatsYearsImplausible, s, config.FirstPlausibleYear, config.LastPlausibleYear)
	}
	return Years{From: from, To: to}, nil
}

func (y Years) has(year int) bool { return y.All || year >= y.From && year <= y.To }

// Query is one question over the records.
type Query struct {
	Dataset  string   // exercises, border, conference or agreements
	Years    Years    // the records counted
	By       []string // dimensions to group by, in order
	Where    []string // filters, each "dimension=value"; the same dimension twice means either value
	Measures []string // measure keys, in the order shown; empty means every measure of the dataset
	// Translations label the values of free-text dimensions (area, city)
	// in the result's language; nil labels them as written.
	Translations *translate.Set
}

// Amount is a measure's value in a row, in thousandths of its unit: the
// summary's total, so that not-reported figures are kept apart the same
// way in the report and in statistics. For a count, Reported is always
// true.
type Amount = summary.Amount

// Dimension is a dimension of the result's rows.
type Dimension struct {
	Key      string
	Label    string // in the result's language
	List     bool   // a record may count under several of its values
	Labelled bool   // values have labels distinct from their keys (states, enumerations, indicators)
	Numeric  bool   // keys are whole numbers (year, edition), except "" for none
}

// Filter is one dimension's filter as resolved: the keys it keeps.
type Filter struct {
	Dim    string
	Label  string
	Values []string // keys, sorted as the dimension sorts them
	Labels []string
}

// Measure is a column of figures.
type Measure struct {
	Key     string
	Label   string // in the result's language
	Unit    string // "" when the label says it all; per row when grouped by indicator
	Decimal bool   // figures may have up to three decimals
	Sum     bool   // a sum that may be not reported (with a count of missing figures); false for counts
}

// Row is one group: its dimension values and one amount per measure.
type Row struct {
	Keys   []string // one per dimension; "" for "not given"
	Labels []string
	Values []Amount
	// Unit and Decimal describe the value measure of a row of an
	// indicator (when grouped by indicator).
	Unit    string
	Decimal bool
}

// Result is the answer to a query.
type Result struct {
	Dataset  schema.Dataset
	Title    string // the dataset's name in the result's language
	Lang     string
	Years    []int // the years covered, ascending (for All: the span the records have)
	Undated  bool  // records without a year are included (All)
	All      bool  // the query covered every year
	By       []Dimension
	Where    []Filter
	Measures []Measure
	Rows     []Row
	// Total adds up every record once; nil when the rows are indicators
	// with different units.
	Total *Row
	// Records is how many records the query selected.
	Records int
	// PerRowUnit is true when grouped by indicator: the unit and decimals
	// of the value measure are given per row.
	PerRowUnit bool
}

// Datasets returns the dataset names in report order.
func Datasets() []string {
	out := make([]string, len(datasets))
	for i, d := range datasets {
		out[i] = string(d.name)
	}
	return out
}

func findDataset(name string) (*datasetDef, error) {
	for i := range datasets {
		if string(datasets[i].name) == strings.ToLower(strings.TrimSpace(name)) {
			return &datasets[i], nil
		}
	}
	return nil, errorf(msg.StatsDatasetUnknown, name, strings.Join(Datasets(), ", "))
}

// Dimensions returns the keys of a dataset's dimensions.
func Dimensions(dataset string) ([]string, error) {
	ds, err := findDataset(dataset)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, d := range ds.dims {
		out = append(out, d.key)
	}
	return out, nil
}

// Measures returns the keys of a dataset's measures.
func Measures(cfg *config.Config, dataset string) ([]string, error) {
	ds, err := findDataset(dataset)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range ds.measures(cfg) {
		out = append(out, m.key)
	}
	return out, nil
}

// Validate checks what can be checked of q without the records: the
// dataset, the dimensions, the measures, and filter values that do not
// depend on the records (states, enumerations, indicators). Run checks
// the rest (text values must be found in the records).
func Validate(cfg *config.Config, q Query) error {
	ds, err := findDataset(q.Dataset)
	if err != nil {
		return err
	}
	r := &runner{cfg: cfg, ds: ds, validating: true, names: registry.New(cfg)}
	if _, err := r.dims(q.By); err != nil {
		return err
	}
	if _, err := r.where(q.Where); err != nil {
		return err
	}
	_, err = r.measures(q.Measures)
	return err
}

// runner holds what one Run needs.
type runner struct {
	ctx   context.Context // Run stops when it is done
	cfg   *config.Config
	t     *lang.Texts
	ds    *datasetDef
	facts iter.Seq[fact] // every record of the dataset, all years
	order map[string]int
	names *registry.Registry    // resolves and prints kindName values
	named map[string]model.Name // by identity, the first name of the records (kindName labels)
	tr    *translate.Set        // labels of free-text values (nil: as written)
	// validating: no records yet; values of text dimensions are not checked.
	validating bool
}

// Run answers q from the records of every year, with labels in the
// language of t. Questions that cannot be answered as asked give an
// *Error. When ctx is done Run stops within a few thousand records and
// returns ctx's error.
func Run(ctx context.Context, cfg *config.Config, data *model.Data, q Query, t *lang.Texts) (*Result, error) {
	ds, err := findDataset(q.Dataset)
	if err != nil {
		return nil, err
	}
	if !q.Years.All && (q.Years.From == 0 || q.Years.From > q.Years.To) {
		return nil, errorf(msg.StatsYearsMissing)
	}
	r := &runner{ctx: ctx, cfg: cfg, t: t, ds: ds, facts: ds.facts(cfg, data), order: cfg.StateOrder(), names: registry.New(cfg),
		named: namesByID(data), tr: q.Translations}
	by, err := r.dims(q.By)
	if err != nil {
		return nil, err
	}
	where, err := r.where(q.Where)
	if err != nil {
		return nil, err
	}
	measures, err := r.measures(q.Measures)
	if err != nil {
		return nil, err
	}
	return r.run(q.Years, by, where, measures)
}

func (r *runner) dimKeys() []string {
	var out []string
	for _, d := range r.ds.dims {
		out = append(out, d.key)
	}
	return out
}

func (r *runner) dim(key string) (dimDef, bool) {
	key = strings.ToLower(strings.TrimSpace(key))
	for _, d := range r.ds.dims {
		if d.key == key {
			return d, true
		}
	}
	return dimDef{}, false
}

func (r *runner) dims(keys []string) ([]dimDef, error) {
	var out []dimDef
	seen := map[string]bool{}
	for _, k := range keys {
		if strings.TrimSpace(k) == "" {
			continue
		}
		d, ok := r.dim(k)
		if !ok {
			return nil, errorf(msg.StatsDimensionUnknown, k, r.ds.name, strings.Join(r.dimKeys(), ", "))
		}
		if seen[d.key] {
			return nil, errorf(msg.StatsByTwice, d.key)
		}
		seen[d.key] = true
		out = append(out, d)
	}
	return out, nil
}

// where resolves the filters: dimension → set of keys.
func (r *runner) where(conds []string) (map[string]map[string]bool, error) {
	out := map[string]map[string]bool{}
	for _, c := range conds {
		if strings.TrimSpace(c) == "" {
			continue
		}
		k, v, ok := strings.Cut(c, "=")
		if !ok {
			return nil, errorf(msg.StatsWhereInvalid, c, r.ds.name, strings.Join(r.dimKeys(), ", "))
		}
		d, ok := r.dim(k)
		if !ok {
			return nil, errorf(msg.StatsWhereDimension, strings.TrimSpace(k), r.ds.name, strings.Join(r.dimKeys(), ", "))
		}
		if d.kind == kindYear {
			return nil, errorf(msg.StatsWhereYear)
		}
		keys, err := r.resolve(d, strings.TrimSpace(v))
		if err != nil {
			return nil, err
		}
		if out[d.key] == nil {
			out[d.key] = map[string]bool{}
		}
		for _, key := range keys {
			out[d.key][key] = true
		}
	}
	return out, nil
}

// resolve finds the keys a filter value names.
func (r *runner) resolve(d dimDef, v string) ([]string, error) {
	switch d.kind {
	case kindState:
		a2, err := value.NewCountries(r.cfg).Country(v)
		if err != nil {
			var codes []string
			for _, s := range r.cfg.States {
				codes = append(codes, s.Alpha2)
			}
			return nil, errorf(msg.StatsStateUnknown, v, d.key, strings.Join(codes, ", "))
		}
		return []string{a2}, nil
	case kindEnum:
		if key, ok := d.enum.Lookup(v); ok {
			return []string{key}, nil
		}
		return nil, errorf(msg.StatsValueUnknown, v, d.key, strings.Join(d.enum.Keys(), ", "))
	case kindIndicator:
		var keys []string
		for _, ind := range r.cfg.Indicators {
			keys = append(keys, ind.Key)
			names := []string{ind.Key}
			for _, l := range config.Languages {
				names = append(names, ind.Label[l], ind.Header[l])
			}
			for _, n := range names {
				if n != "" && schema.Normalize(n) == schema.Normalize(v) {
					return []string{ind.Key}, nil
				}
			}
		}
		return nil, errorf(msg.StatsIndicatorUnknown, v, strings.Join(keys, ", "))
	}
	// Text and numbers: the values the records hold (every year).
	if r.validating {
		return []string{v}, nil
	}
	if d.kind == kindName {
		// A registry name in any language or form; an operation or
		// exercise named without its year stands for every year's.
		res := r.names.Resolve(d.table, v)
		id, series := res.Name.ID(), !res.YearWritten && d.table != config.OrganisationTable
		seen := map[string]bool{}
		var match []string
		for f := range r.facts {
			for _, x := range f.dims[d.key] {
				if !seen[x] && (x == id || (series && strings.HasPrefix(x, res.Name.Key+"/"))) {
					seen[x] = true
					match = append(match, x)
				}
			}
		}
		if len(match) > 0 {
			r.sortKeys(d, match)
			return match, nil
		}
	}
	present := map[string]bool{}
	var match []string
	for f := range r.facts {
		for _, x := range f.dims[d.key] {
			if x == "" || present[x] {
				continue
			}
			present[x] = true
			if schema.Normalize(x) == schema.Normalize(v) {
				match = append(match, x)
			}
		}
	}
	if len(match) > 0 {
		return match, nil
	}
	all := make([]string, 0, len(present))
	for x := range present {
		all = append(all, x)
	}
	r.sortKeys(d, all)
	const show = 30
	var list any = strings.Join(all, ", ")
	if len(all) > show {
		list = msg.New(msg.StatsListMore, strings.Join(all[:show], ", "), len(all)-show)
	}
	if len(all) == 0 {
		return nil, errorf(msg.StatsValueNone, v, d.key, d.key)
	}
	return nil, errorf(msg.StatsValueAbsent, v, d.key, list)
}

func (r *runner) measures(keys []string) ([]measureDef, error) {
	all := r.ds.measures(r.cfg)
	var valid []string
	for _, m := range all {
		valid = append(valid, m.key)
	}
	var out []measureDef
	seen := map[string]bool{}
	for _, k := range keys {
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		found := false
		for _, m := range all {
			if m.key == k {
				out, found = append(out, m), true
			}
		}
		if !found {
			return nil, errorf(msg.StatsMeasureUnknown, k, r.ds.name, strings.Join(valid, ", "))
		}
	}
	if len(out) == 0 {
		return all, nil
	}
	return out, nil // in the order asked
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// group is one row being added up.
type group struct {
	keys []string
	vals []Amount
}

func newAmounts(ms []measureDef) []Amount {
	a := make([]Amount, len(ms))
	for i, m := range ms {
		a[i].Reported = !m.sum // a count of no record is a reported zero
	}
	return a
}

func (r *runner) run(years Years, by []dimDef, where map[string]map[string]bool, measures []measureDef) (*Result, error) {
	indicatorRows := false
	for _, d := range by {
		indicatorRows = indicatorRows || d.kind == kindIndicator
	}
	// The indicators asked for: by --where indicator=, within --measures.
	var indicators []measureDef
	for _, m := range measures {
		if sel := where["indicator"]; m.indicator >= 0 && (sel == nil || sel[m.key]) {
			indicators = append(indicators, m)
		}
	}
	if indicatorRows && len(indicators) == 0 {
		// --measures count alone: every (filtered) indicator as rows.
		for _, m := range r.ds.measures(r.cfg) {
			if sel := where["indicator"]; m.indicator >= 0 && (sel == nil || sel[m.key]) {
				indicators = append(indicators, m)
			}
		}
	}
	mpos := map[string]int{}
	for i, m := range r.ds.measures(r.cfg) {
		mpos[m.key] = i
	}
	// The columns.
	var cols []measureDef
	if indicatorRows {
		cols = []measureDef{count("count"), {key: "value", sum: true, indicator: -1}}
	} else {
		for _, m := range measures {
			if m.indicator < 0 || slices.ContainsFunc(indicators, func(x measureDef) bool { return x.key == m.key }) {
				cols = append(cols, m)
			}
		}
		if len(cols) == 0 {
			return nil, errorf(msg.StatsMeasureNone)
		}
	}

	groups := map[string]*group{}
	var total *group
	if !indicatorRows || len(indicators) == 1 {
		total = &group{vals: newAmounts(cols)}
	}
	res := &Result{Dataset: r.ds.name, Lang: r.t.Lang, All: years.All, PerRowUnit: indicatorRows}
	minYear, maxYear := 0, 0
	n := 0
	for f := range r.facts {
		if n++; n%4096 == 0 && r.ctx.Err() != nil {
			return nil, r.ctx.Err()
		}
		if !years.has(f.year) {
			continue
		}
		if !r.keep(f, where) {
			continue
		}
		res.Records++
		if f.year == 0 {
			res.Undated = true
		} else {
			if minYear == 0 || f.year < minYear {
				minYear = f.year
			}
			maxYear = max(maxYear, f.year)
		}
		// The figures of each column, for each (indicator) row.
		type part struct {
			dims map[string][]string
			vals []model.Dec
		}
		var parts []part
		if indicatorRows {
			for _, ind := range indicators {
				dims := map[string][]string{"indicator": {ind.key}}
				for k, v := range f.dims {
					dims[k] = v
				}
				parts = append(parts, part{dims, []model.Dec{one, f.vals[mpos[ind.key]]}})
			}
		} else {
			vals := make([]model.Dec, len(cols))
			for i, c := range cols {
				vals[i] = f.vals[mpos[c.key]]
			}
			parts = append(parts, part{f.dims, vals})
		}
		for _, p := range parts {
			if len(by) == 0 {
				// No grouping: the total is the answer.
				for i, v := range p.vals {
					total.vals[i].Add(v)
				}
				continue
			}
			for _, keys := range r.combos(p.dims, by, where) {
				id := strings.Join(keys, "\x00")
				g := groups[id]
				if g == nil {
					g = &group{keys: keys, vals: newAmounts(cols)}
					groups[id] = g
				}
				for i, v := range p.vals {
					g.vals[i].Add(v)
				}
			}
			if total != nil {
				for i, v := range p.vals {
					total.vals[i].Add(v)
				}
			}
		}
	}
	// A yearly series shows every year of the span, with or without records.
	if len(by) == 1 && by[0].kind == kindYear {
		from, to := years.From, years.To
		if years.All {
			from, to = minYear, maxYear
		}
		for y := from; y <= to && y > 0; y++ {
			id := strconv.Itoa(y)
			if groups[id] == nil {
				groups[id] = &group{keys: []string{id}, vals: newAmounts(cols)}
			}
		}
	}
	if years.All {
		if minYear > 0 {
			for y := minYear; y <= maxYear; y++ {
				res.Years = append(res.Years, y)
			}
		}
	} else {
		for y := years.From; y <= years.To; y++ {
			res.Years = append(res.Years, y)
		}
	}
	r.fill(res, by, where, cols, groups, total)
	return res, nil
}

// keep applies the filters to a record: for each filtered dimension, one
// of its values must be kept.
func (r *runner) keep(f fact, where map[string]map[string]bool) bool {
	for dim, set := range where {
		if dim == "indicator" {
			continue
		}
		ok := false
		for _, v := range f.dims[dim] {
			ok = ok || set[v]
		}
		if !ok {
			return false
		}
	}
	return true
}

// combos returns the key tuples a record counts under: one per value of
// each grouping dimension (several for a list), keeping only filtered
// values.
func (r *runner) combos(dims map[string][]string, by []dimDef, where map[string]map[string]bool) [][]string {
	out := [][]string{nil}
	for _, d := range by {
		var vals []string
		for _, v := range dims[d.key] {
			if set := where[d.key]; set == nil || set[v] || d.kind == kindIndicator {
				vals = append(vals, v)
			}
		}
		var next [][]string
		for _, prefix := range out {
			for _, v := range vals {
				next = append(next, append(append([]string{}, prefix...), v))
			}
		}
		out = next
	}
	return out
}

// fill labels and orders the result.
func (r *runner) fill(res *Result, by []dimDef, where map[string]map[string]bool, cols []measureDef, groups map[string]*group, total *group) {
	t := r.t
	res.Title = t.T("stats.dataset." + string(r.ds.name))
	for _, d := range by {
		res.By = append(res.By, Dimension{Key: d.key, Label: r.dimLabel(d), List: d.list, Labelled: d.labelled(),
			Numeric: d.kind == kindYear || d.kind == kindNumber})
	}
	for _, d := range r.ds.dims {
		set := where[d.key]
		if set == nil {
			continue
		}
		f := Filter{Dim: d.key, Label: r.dimLabel(d)}
		for k := range set {
			f.Values = append(f.Values, k)
		}
		r.sortKeys(d, f.Values)
		for _, k := range f.Values {
			f.Labels = append(f.Labels, r.valueLabel(d, k))
		}
		res.Where = append(res.Where, f)
	}
	for _, c := range cols {
		res.Measures = append(res.Measures, r.measure(c))
	}
	rows := make([]*group, 0, len(groups))
	for _, g := range groups {
		rows = append(rows, g)
	}
	sort.Slice(rows, func(i, j int) bool {
		for k, d := range by {
			a, b := rows[i].keys[k], rows[j].keys[k]
			if a != b {
				return r.less(d, a, b)
			}
		}
		return false
	})
	for _, g := range rows {
		row := Row{Keys: g.keys, Values: g.vals}
		for k, d := range by {
			row.Labels = append(row.Labels, r.valueLabel(d, g.keys[k]))
			if d.kind == kindIndicator {
				ind := r.indicator(g.keys[k])
				row.Unit, row.Decimal = ind.Unit.In(t.Lang), ind.Decimal()
			}
		}
		res.Rows = append(res.Rows, row)
	}
	if total != nil {
		row := Row{Values: total.vals}
		if res.PerRowUnit && len(res.Rows) > 0 {
			row.Unit, row.Decimal = res.Rows[0].Unit, res.Rows[0].Decimal
		}
		res.Total = &row
	}
}

func (r *runner) indicator(key string) config.Indicator {
	if i := r.cfg.IndicatorIndex(key); i >= 0 {
		return r.cfg.Indicators[i]
	}
	return config.Indicator{Key: key}
}

func (r *runner) dimLabel(d dimDef) string {
	return r.t.T("stats.dim." + string(r.ds.name) + "." + d.key)
}

func (r *runner) measure(m measureDef) Measure {
	out := Measure{Key: m.key, Decimal: m.decimal, Sum: m.sum}
	if m.label != nil {
		out.Label, out.Unit = m.label.In(r.t.Lang), m.unit.In(r.t.Lang)
		return out
	}
	if m.indicator >= 0 {
		ind := r.cfg.Indicators[m.indicator]
		out.Label, out.Unit = ind.Label.In(r.t.Lang), ind.Unit.In(r.t.Lang)
		return out
	}
	out.Label = r.t.T("stats.measure." + string(r.ds.name) + "." + m.key)
	return out
}

// valueLabel names a dimension's value in the result's language.
func (r *runner) valueLabel(d dimDef, key string) string {
	if key == "" {
		if d.kind == kindYear {
			return r.t.T("stats.undated")
		}
		return r.t.T("stats.none")
	}
	switch d.kind {
	case kindState:
		return r.cfg.StateName(key, r.t.Lang)
	case kindEnum:
		return d.enum.Label(key, r.t.Lang)
	case kindIndicator:
		return r.indicator(key).Label.In(r.t.Lang)
	case kindName:
		if n, ok := r.named[key]; ok {
			return r.names.Name(n, r.t.Lang)
		}
		return key
	case kindText:
		return r.tr.Text(key, r.t.Lang)
	}
	return key
}

// namesByID indexes the names of the records (exercises, operations,
// counterparties) by identity, the first met of each: what a kindName
// value, an identity, is printed from (the registry's name in the
// result's language, or an unknown name's text as written).
func namesByID(d *model.Data) map[string]model.Name {
	out := map[string]model.Name{}
	add := func(n model.Name) {
		if _, ok := out[n.ID()]; !ok && n.Key != "" {
			out[n.ID()] = n
		}
	}
	for i := range d.Exercises {
		add(d.Exercises[i].Name)
	}
	var last model.Name
	for _, b := range d.Border.Each() {
		if b.Operation != last { // a million reports name a few operations
			add(b.Operation)
			last = b.Operation
		}
	}
	for i := range d.Agreements {
		for _, c := range d.Agreements[i].Counterparties {
			add(c)
		}
	}
	return out
}

// less orders two keys of a dimension: years and editions by number,
// states in the configuration's order, enumerations and indicators in
// their defined order, text alphabetically; "not given" last.
func (r *runner) less(d dimDef, a, b string) bool {
	if a == "" || b == "" {
		return b == ""
	}
	switch d.kind {
	case kindYear, kindNumber:
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return x < y
	case kindState:
		return config.StateLess(r.order, a, b)
	case kindEnum:
		return indexOf(d.enum.Keys(), a) < indexOf(d.enum.Keys(), b)
	case kindIndicator:
		return r.cfg.IndicatorIndex(a) < r.cfg.IndicatorIndex(b)
	case kindText:
		if na, nb := schema.Normalize(a), schema.Normalize(b); na != nb {
			return na < nb
		}
	}
	return a < b
}

func (r *runner) sortKeys(d dimDef, keys []string) {
	sort.Slice(keys, func(i, j int) bool { return r.less(d, keys[i], keys[j]) })
}
