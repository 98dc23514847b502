package model

import (
	"cmp"
	"iter"
	"slices"
	"sort"
	"strings"
)

// Borders is the border dataset: border reports held by column in a
// table without pointers, so that a million of them take about 84 bytes
// each (32 for the record, 4 for each of its figures, 4 for its place in
// a view) and cost the garbage collector nothing to mark; a report read
// through At or All is a *BorderReport made for the caller (a view).
//
// A Borders value is a view of a table: every record of it in the order
// appended, or a selection of its records in some order (Slice, Filter,
// Sort). Copies of a Borders value share the table: Append and Set on one
// are seen by all views of the table (Clone makes a table of its own).
// The zero Borders is empty and ready for Append. A Borders is not safe
// for concurrent use while it is being changed.
type Borders struct {
	t *borderTable
	// order holds the records of the view, by their index in t, when
	// picked; otherwise the view is all of t in the order appended.
	order  []int32
	picked bool
}

// borderTable holds the records of a Borders and what they share.
type borderTable struct {
	recs [][]borderRec // in chunks of recChunk, never moved once written
	n    int           // records in recs
	// figs holds the narrow figures of the records in chunks of
	// figChunk; one record's figures lie in one chunk.
	figs  [][]int32
	figAt int32 // the next free figure, as an offset over all chunks

	sites      []*BorderSite
	siteIndex  map[*BorderSite]int32
	places     []place
	placeIndex map[place]int32
	// extras hold what few records have: figures too large for the
	// narrow form, copies merged in.
	extras []borderExtra
}

// borderRec is one report in its table: 32 bytes, no pointers.
type borderRec struct {
	start, end Date
	site       int32 // index in sites; -1: no site
	place      int32 // index in places: the file and sheet read from
	row        int32
	fig        int32 // offset of its narrow figures in figs; -1: wide (in extras)
	nfig       int32
	extra      int32 // index in extras; -1: none
}

// place is a file and sheet that reports were read from.
type place struct{ file, sheet string }

// borderExtra is what a record holds that most records do not.
type borderExtra struct {
	wide   Figures
	copies []Origin
}

const (
	recShift = 13
	recChunk = 1 << recShift
	recMask  = recChunk - 1
	figShift = 16
	figChunk = 1 << figShift
	figMask  = figChunk - 1
)

// BordersOf returns a table of the reports rs, in order (copied).
func BordersOf(rs ...*BorderReport) Borders {
	var b Borders
	for _, r := range rs {
		b.Append(r)
	}
	return b
}

// Len returns the number of reports in the view.
func (b Borders) Len() int {
	switch {
	case b.picked:
		return len(b.order)
	case b.t == nil:
		return 0
	}
	return b.t.n
}

// index returns the table index of the view's report i.
func (b Borders) index(i int) int32 {
	if b.picked {
		return b.order[i]
	}
	if i < 0 || i >= b.t.n {
		panic("model: Borders index out of range")
	}
	return int32(i)
}

// rec returns the record at table index k.
func (t *borderTable) rec(k int32) *borderRec { return &t.recs[k>>recShift][k&recMask] }

// At returns report i of the view, made for the caller: changing it
// changes the table only through Set, except for its narrow figures,
// which it shares with the table (Values.Set writes through unless the
// figures turn wide).
func (b Borders) At(i int) *BorderReport {
	r := new(BorderReport)
	b.t.fill(r, b.index(i))
	return r
}

// Read makes r the view of report i, as At does, without allocating: for
// loops over a million reports that need one at a time.
func (b Borders) Read(i int, r *BorderReport) { b.t.fill(r, b.index(i)) }

// Start returns the first day of report i, without making a view.
func (b Borders) Start(i int) Date { return b.t.rec(b.index(i)).start }

// fill makes r the view of the record at table index k.
func (t *borderTable) fill(r *BorderReport, k int32) {
	rec := t.rec(k)
	*r = BorderReport{Start: rec.start, End: rec.end}
	if rec.site >= 0 {
		r.BorderSite = t.sites[rec.site]
	}
	p := t.places[rec.place]
	r.Origin = Origin{File: p.file, Sheet: p.sheet, Row: int(rec.row)}
	if rec.fig >= 0 {
		chunk, at := t.figs[rec.fig>>figShift], rec.fig&figMask
		r.Values = Figures{milli: chunk[at : at+rec.nfig : at+rec.nfig]}
	}
	if rec.extra >= 0 {
		x := &t.extras[rec.extra]
		if rec.fig < 0 {
			r.Values = x.wide
		}
		r.Copies = slices.Clip(x.copies)
	}
}

// All returns the reports of the view with their indexes, each a view
// made for the caller (as At).
func (b Borders) All() iter.Seq2[int, *BorderReport] {
	return func(yield func(int, *BorderReport) bool) {
		for i := range b.Len() {
			if !yield(i, b.At(i)) {
				return
			}
		}
	}
}

// Each returns the reports of the view with their indexes as All does,
// but as one view made again at each step, without allocating: the
// caller must not keep the *BorderReport (or a pointer into it) past the
// step; its fields' values (the site, the figures, the copies) it may.
// For the passes over a million reports.
func (b Borders) Each() iter.Seq2[int, *BorderReport] {
	return func(yield func(int, *BorderReport) bool) {
		var r BorderReport
		for i := range b.Len() {
			b.t.fill(&r, b.index(i))
			if !yield(i, &r) {
				return
			}
		}
	}
}

// Reports returns a view of each report, in order: for tests and small
// data sets (a million views take a hundred megabytes).
func (b Borders) Reports() []*BorderReport {
	out := make([]*BorderReport, b.Len())
	for i := range out {
		out[i] = b.At(i)
	}
	return out
}

// Append stores a copy of r at the end of the table (and of the view,
// when it is a selection) and returns its index in the view. It is meant
// for the reader, which appends to the whole table: appending to a
// selection copies its order each time.
func (b *Borders) Append(r *BorderReport) int {
	if b.t == nil {
		b.t = &borderTable{siteIndex: map[*BorderSite]int32{}, placeIndex: map[place]int32{}}
	}
	t := b.t
	if t.n&recMask == 0 {
		t.recs = append(t.recs, make([]borderRec, recChunk))
	}
	k := int32(t.n)
	t.n++
	*t.rec(k) = borderRec{site: -1, fig: -1, extra: -1}
	t.set(k, r)
	if b.picked {
		// The order is copied, not appended to in place: a copy of this
		// view made before shares its array, and its own Append would
		// write the same place.
		b.order = append(slices.Clip(b.order), k)
		return len(b.order) - 1
	}
	return int(k)
}

// Set stores r as report i of the view, in place of what it held.
func (b Borders) Set(i int, r *BorderReport) { b.t.set(b.index(i), r) }

// set stores r in the record at table index k.
func (t *borderTable) set(k int32, r *BorderReport) {
	rec := t.rec(k)
	rec.start, rec.end = r.Start, r.End
	rec.site = t.siteOf(r.BorderSite)
	rec.place = t.placeIndexOf(place{r.Origin.File, r.Origin.Sheet})
	rec.row = int32(r.Origin.Row)
	n := int32(r.Values.Len())
	switch {
	case r.Values.wide():
		rec.fig, rec.nfig = -1, n
		t.extra(rec).wide = Figures{milli: slices.Clone(r.Values.milli)}
	default:
		if rec.fig < 0 || rec.nfig != n {
			rec.fig, rec.nfig = t.allocFigs(n), n
		}
		chunk, at := t.figs[rec.fig>>figShift], rec.fig&figMask
		copy(chunk[at:at+n], r.Values.milli)
		if rec.extra >= 0 {
			t.extras[rec.extra].wide = Figures{}
		}
	}
	if len(r.Copies) > 0 || rec.extra >= 0 {
		t.extra(rec).copies = slices.Clone(r.Copies)
	}
}

// extra returns the extras of rec, made when it has none.
func (t *borderTable) extra(rec *borderRec) *borderExtra {
	if rec.extra < 0 {
		rec.extra = int32(len(t.extras))
		t.extras = append(t.extras, borderExtra{})
	}
	return &t.extras[rec.extra]
}

// allocFigs returns the offset of n free figures, within one chunk.
func (t *borderTable) allocFigs(n int32) int32 {
	if n > figChunk {
		panic("model: more figures than a chunk holds")
	}
	if t.figAt&figMask+n > figChunk || int(t.figAt>>figShift) >= len(t.figs) {
		if t.figAt&figMask != 0 {
			t.figAt = (t.figAt>>figShift + 1) << figShift
		}
		t.figs = append(t.figs, make([]int32, figChunk))
	}
	at := t.figAt
	t.figAt += n
	return at
}

// siteOf returns the index of site s, added when new; -1 for nil.
func (t *borderTable) siteOf(s *BorderSite) int32 {
	if s == nil {
		return -1
	}
	return intern(&t.sites, t.siteIndex, s)
}

// placeIndexOf returns the index of p, added when new.
func (t *borderTable) placeIndexOf(p place) int32 { return intern(&t.places, t.placeIndex, p) }

// intern returns the index of k in *list (index maps them), appending it
// when new; consecutive reports mostly repeat the last one.
func intern[K comparable](list *[]K, index map[K]int32, k K) int32 {
	if n := len(*list); n > 0 && (*list)[n-1] == k {
		return int32(n - 1)
	}
	if i, ok := index[k]; ok {
		return i
	}
	index[k] = int32(len(*list))
	*list = append(*list, k)
	return int32(len(*list) - 1)
}

// pick returns the view's table indexes (a copy when it is a selection).
func (b Borders) pick() []int32 {
	if b.picked {
		return slices.Clone(b.order)
	}
	order := make([]int32, b.Len())
	for i := range order {
		order[i] = int32(i)
	}
	return order
}

// Slice returns the view of reports lo to hi-1 of b.
func (b Borders) Slice(lo, hi int) Borders {
	if lo < 0 || hi > b.Len() || lo > hi {
		panic("model: Borders slice out of range")
	}
	if b.picked {
		return Borders{t: b.t, order: slices.Clip(b.order[lo:hi]), picked: true}
	}
	order := make([]int32, hi-lo)
	for i := range order {
		order[i] = int32(lo + i)
	}
	return Borders{t: b.t, order: order, picked: true}
}

// Filter returns the view of the reports of b that keep reports true of,
// in order.
func (b Borders) Filter(keep func(*BorderReport) bool) Borders {
	out := Borders{t: b.t, order: []int32{}, picked: true}
	var r BorderReport
	for i := range b.Len() {
		k := b.index(i)
		b.t.fill(&r, k)
		if keep(&r) {
			out.order = append(out.order, k)
		}
	}
	out.order = slices.Clip(out.order)
	return out
}

// Clone returns the reports of the view in a table of their own.
func (b Borders) Clone() Borders {
	var out Borders
	for _, r := range b.Each() { // Append copies the view
		out.Append(r)
	}
	return out
}

// Sort orders the view stably by the border reports' natural order:
// first day, operation (key, year, last year), state, section and area;
// reports equal in all of them keep their order.
//
// The days are few beside the reports (a year of daily reports is 365),
// so the reports are first put in order of their days by counting, which
// is stable and linear, and only the reports of one day are compared by
// their sites.
func (b *Borders) Sort() {
	n := b.Len()
	if n < 2 {
		return
	}
	t := b.t
	order := b.pick()
	lo, hi := t.rec(order[0]).start, t.rec(order[0]).start
	for _, k := range order {
		d := t.rec(k).start
		lo, hi = min(lo, d), max(hi, d)
	}
	bySite := func(x, y int32) int { return t.compareSites(t.rec(x).site, t.rec(y).site) }
	if span := int64(hi) - int64(lo) + 1; span > int64(2*n+1024) {
		// Days scattered over the ages (typing errors): compare them.
		slices.SortStableFunc(order, func(x, y int32) int {
			return cmp.Or(cmp.Compare(t.rec(x).start, t.rec(y).start), bySite(x, y))
		})
		b.order, b.picked = order, true
		return
	}
	first := make([]int32, int(hi-lo)+2) // the position of each day's first report
	for _, k := range order {
		first[t.rec(k).start-lo+1]++
	}
	for d := 1; d < len(first); d++ {
		first[d] += first[d-1]
	}
	sorted := make([]int32, n)
	for _, k := range order {
		d := t.rec(k).start - lo
		sorted[first[d]] = k
		first[d]++
	}
	for i := 0; i < n; {
		j := i + 1
		day := t.rec(sorted[i]).start
		for j < n && t.rec(sorted[j]).start == day {
			j++
		}
		if j-i > 1 {
			slices.SortStableFunc(sorted[i:j], bySite)
		}
		i = j
	}
	b.order, b.picked = sorted, true
}

// compareSites compares two sites of t (by index) in the natural order.
func (t *borderTable) compareSites(i, j int32) int {
	if i == j {
		return 0
	}
	var a, b BorderSite
	if i >= 0 {
		a = *t.sites[i]
	}
	if j >= 0 {
		b = *t.sites[j]
	}
	return cmp.Or(strings.Compare(a.Operation.Key, b.Operation.Key), cmp.Compare(a.Operation.Year, b.Operation.Year),
		cmp.Compare(a.Operation.Through, b.Operation.Through), strings.Compare(a.State, b.State),
		strings.Compare(a.Section, b.Section), strings.Compare(a.Area, b.Area))
}

// Years returns the view of the reports of b whose first day falls in the
// years first to last, in b's order: a run of b found by bisection when b
// is in the order of the years (as the reader leaves it), else the
// reports picked one by one.
func (b Borders) Years(first, last int) Borders {
	if b.IsSortedByYear() {
		lo := sort.Search(b.Len(), func(i int) bool { return b.Start(i).Year() >= first })
		hi := sort.Search(b.Len(), func(i int) bool { return b.Start(i).Year() > last })
		return b.Slice(lo, hi)
	}
	out := Borders{t: b.t, order: []int32{}, picked: true}
	for i := range b.Len() {
		if y := b.Start(i).Year(); y >= first && y <= last {
			out.order = append(out.order, b.index(i))
		}
	}
	out.order = slices.Clip(out.order)
	return out
}

// IsSortedByYear reports whether the view's reports are in the order of
// their years (of their first days).
func (b Borders) IsSortedByYear() bool {
	for i := 1; i < b.Len(); i++ {
		if d, prev := b.Start(i), b.Start(i-1); d < prev && d.Year() < prev.Year() {
			return false
		}
	}
	return true
}
