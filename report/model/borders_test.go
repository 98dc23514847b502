package model

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// report makes a border report of n figures (figure j of report i is
// i*10+j, the last not reported) read from row i.
func report(site *BorderSite, i, n int) *BorderReport {
	f := NewFigures(n)
	for j := range n - 1 {
		f.Set(j, Dec{Milli: int64(i*10 + j), Reported: true})
	}
	return &BorderReport{BorderSite: site, Start: MakeDate(2025, 1, 1) + Date(i%400), End: MakeDate(2025, 1, 2) + Date(i%400),
		Values: f, Provenance: Provenance{Origin: Origin{File: fmt.Sprintf("f%d.xlsx", i%3), Sheet: "Border", Row: i + 2}}}
}

// same reports whether two reports read alike, field by field.
func same(a, b *BorderReport) bool {
	return reflect.DeepEqual(a.BorderSite, b.BorderSite) && a.Start == b.Start && a.End == b.End &&
		a.Values.String() == b.Values.String() && a.Values.Len() == b.Values.Len() &&
		a.Origin == b.Origin && len(a.Copies) == len(b.Copies) && (len(a.Copies) == 0 || reflect.DeepEqual(a.Copies, b.Copies))
}

// TestBordersRoundTrip stores reports across many chunks (nine figures a
// report, which do not divide a chunk) and reads each back as it was.
func TestBordersRoundTrip(t *testing.T) {
	sites := []*BorderSite{{Operation: Name{Key: "op", Text: "Op"}, State: "KZ", Section: "external", Area: "North"}, {State: "CN"}, nil}
	const n = 3*figChunk/9 + 5
	var b Borders
	var want []*BorderReport
	for i := range n {
		r := report(sites[i%3], i, 9)
		if i%1000 == 7 {
			r.Values.Set(2, Dec{Milli: math.MaxInt64 - 5, Reported: true}) // wide
		}
		if i%777 == 0 {
			r.Copies = []Origin{{File: "copy.xlsx", Sheet: "B", Row: i}}
		}
		if got := b.Append(r); got != i {
			t.Fatalf("Append #%d returned %d", i, got)
		}
		want = append(want, r)
	}
	if b.Len() != n {
		t.Fatalf("Len() = %d, want %d", b.Len(), n)
	}
	for i, r := range b.All() {
		if !same(r, want[i]) {
			t.Fatalf("report %d = %+v %v, want %+v %v", i, r, r.Values, want[i], want[i].Values)
		}
		if r.BorderSite != want[i].BorderSite {
			t.Fatalf("report %d: the site is not the one stored (shared by pointer)", i)
		}
	}
	narrow := n - (n+992)/1000 // every thousandth report, from the 7th, is wide
	if got, want := len(b.t.figs), (narrow+figChunk/9-1)/(figChunk/9); got != want {
		t.Errorf("%d figure chunks for %d narrow reports of 9 figures, want %d", got, narrow, want)
	}
	if got := len(b.t.sites); got != 2 {
		t.Errorf("%d sites kept, want 2", got)
	}
}

// TestBordersSet writes reports back: a figure filled in through a view
// reaches the table; figures that turn wide and copies merged in reach
// it through Set, and other reports are left alone.
func TestBordersSet(t *testing.T) {
	b := BordersOf(report(nil, 1, 3), report(nil, 2, 3), report(nil, 3, 3))
	r := b.At(1)
	r.Values.Set(2, Dec{Milli: 7, Reported: true}) // narrow: written through
	if got := b.At(1).Values.At(2); got != (Dec{Milli: 7, Reported: true}) {
		t.Errorf("after Values.Set on a view, the table holds %v", got)
	}
	r.Values.Set(0, Dec{Milli: 1 << 40, Reported: true}) // wide: a copy
	r.Copies = append(r.Copies, Origin{File: "x.xlsx", Sheet: "S", Row: 9})
	r.BorderSite = &BorderSite{Area: "changed site"}
	b.Set(1, r)
	got := b.At(1)
	if !same(got, r) {
		t.Errorf("after Set, report 1 = %+v %v, want %+v %v", got, got.Values, r, r.Values)
	}
	got.Values = FiguresOf(Dec{Milli: 5, Reported: true})
	got.Copies = nil
	b.Set(1, got)
	if again := b.At(1); again.Values.String() != "[0.005]" || len(again.Copies) != 0 {
		t.Errorf("narrow again: %v, copies %v", again.Values, again.Copies)
	}
	for _, i := range []int{0, 2} {
		if want := report(nil, i+1, 3); !same(b.At(i), want) {
			t.Errorf("report %d changed: %+v", i, b.At(i))
		}
	}
}

// TestBordersViews checks Slice, Filter, Sort and Clone: views share the
// table, a clone does not.
func TestBordersViews(t *testing.T) {
	a := &BorderSite{Operation: Name{Key: "a"}, State: "KZ"}
	z := &BorderSite{Operation: Name{Key: "z"}, State: "CN"}
	z2 := &BorderSite{Operation: Name{Key: "z"}, State: "CN"} // equal to z, another pointer
	day := MakeDate(2025, 3, 1)
	rs := []*BorderReport{
		{BorderSite: z, Start: day, Provenance: Provenance{Origin: Origin{Row: 1}}},
		{BorderSite: a, Start: day + 1, Provenance: Provenance{Origin: Origin{Row: 2}}},
		{BorderSite: z2, Start: day, Provenance: Provenance{Origin: Origin{Row: 3}}},
		{BorderSite: a, Start: day, Provenance: Provenance{Origin: Origin{Row: 4}}},
		{BorderSite: nil, Start: day, Provenance: Provenance{Origin: Origin{Row: 5}}},
		{BorderSite: a, Start: MakeDate(2024, 1, 1), Provenance: Provenance{Origin: Origin{Row: 6}}},
	}
	b := BordersOf(rs...)
	rows := func(v Borders) []int {
		var out []int
		for _, r := range v.All() {
			out = append(out, r.Origin.Row)
		}
		return out
	}
	sorted := b
	sorted.Sort()
	if got, want := rows(sorted), []int{6, 5, 4, 1, 3, 2}; !reflect.DeepEqual(got, want) {
		t.Errorf("sorted rows %v, want %v (by day, then operation…; equal sites keep their order; no site first)", got, want)
	}
	if got := rows(b); !reflect.DeepEqual(got, []int{1, 2, 3, 4, 5, 6}) {
		t.Errorf("sorting a copy of the view reordered the original: %v", got)
	}
	if b.IsSortedByYear() || !sorted.IsSortedByYear() {
		t.Errorf("IsSortedByYear: %v unsorted, %v sorted; want false, true", b.IsSortedByYear(), sorted.IsSortedByYear())
	}
	for _, v := range []Borders{b, sorted} { // by bisection (sorted) and one by one
		if got, want := rows(v.Years(2025, 2025)), rows(v.Filter(func(r *BorderReport) bool { return r.Year() == 2025 })); !reflect.DeepEqual(got, want) || len(got) != 5 {
			t.Errorf("Years(2025, 2025) rows %v, want %v", got, want)
		}
		if got := rows(v.Years(2020, 2024)); !reflect.DeepEqual(got, []int{6}) {
			t.Errorf("Years(2020, 2024) rows %v, want [6]", got)
		}
	}
	s := sorted.Slice(1, 4)
	if got := rows(s); !reflect.DeepEqual(got, []int{5, 4, 1}) {
		t.Errorf("Slice(1, 4) rows %v", got)
	}
	f := sorted.Filter(func(r *BorderReport) bool { return r.BorderSite != nil && r.State == "CN" })
	if got := rows(f); !reflect.DeepEqual(got, []int{1, 3}) {
		t.Errorf("Filter rows %v", got)
	}
	if got := rows(b.Filter(func(*BorderReport) bool { return false })); len(got) != 0 {
		t.Errorf("an empty Filter has rows %v", got)
	}
	r := f.At(1)
	r.Start = day + 9
	f.Set(1, r)
	if b.At(2).Start != day+9 {
		t.Errorf("Set on a filtered view did not reach the table")
	}
	c := b.Clone()
	c.Set(0, &BorderReport{})
	if b.At(0).Origin.Row != 1 || c.Len() != b.Len() {
		t.Errorf("a clone shares its table")
	}
	f.Append(&BorderReport{Provenance: Provenance{Origin: Origin{Row: 7}}})
	if got := rows(f); !reflect.DeepEqual(got, []int{1, 3, 7}) || b.Len() != 7 {
		t.Errorf("Append to a view: rows %v, table %d", got, b.Len())
	}
	var zero Borders
	if zero.Len() != 0 || len(zero.Reports()) != 0 || zero.Filter(func(*BorderReport) bool { return true }).Len() != 0 {
		t.Errorf("the zero Borders is not empty")
	}
	zero.Sort()
}

// TestBordersPointerFree guards what makes the table cheap for the
// garbage collector: a record holds no pointer.
func TestBordersPointerFree(t *testing.T) {
	rt := reflect.TypeOf(borderRec{})
	for i := range rt.NumField() {
		switch rt.Field(i).Type.Kind() {
		case reflect.Int32:
		default:
			t.Errorf("borderRec.%s is a %s: the record must hold int32s only", rt.Field(i).Name, rt.Field(i).Type)
		}
	}
}

// TestBordersSortMatchesStable sorts random reports, their days close
// together (counted) and scattered over the ages (compared), and checks
// the order against a stable sort of the reports by the natural order.
func TestBordersSortMatchesStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	sites := []*BorderSite{nil,
		{Operation: Name{Key: "b", Year: 2025}, State: "KZ", Section: "external", Area: "North"},
		{Operation: Name{Key: "b", Year: 2025}, State: "KZ", Section: "external", Area: "North"}, // equal, another pointer
		{Operation: Name{Key: "b", Year: 2024}, State: "KZ"},
		{Operation: Name{Key: "a", Year: 2025, Through: 2026}, State: "CN", Area: "South"},
		{Operation: Name{Key: "a", Year: 2025}, State: "CN", Area: "South"},
		{Operation: Name{Key: "a", Year: 2025}, State: "RU", Section: "internal"},
	}
	natural := func(a, b *BorderReport) int {
		var x, y BorderSite
		if a.BorderSite != nil {
			x = *a.BorderSite
		}
		if b.BorderSite != nil {
			y = *b.BorderSite
		}
		return cmp.Or(cmp.Compare(a.Start, b.Start), strings.Compare(x.Operation.Key, y.Operation.Key),
			cmp.Compare(x.Operation.Year, y.Operation.Year), cmp.Compare(x.Operation.Through, y.Operation.Through),
			strings.Compare(x.State, y.State), strings.Compare(x.Section, y.Section), strings.Compare(x.Area, y.Area))
	}
	for _, spread := range []int{1, 30, 400, 3_000_000} {
		var rs []*BorderReport
		for i := range 3000 {
			rs = append(rs, &BorderReport{BorderSite: sites[rng.IntN(len(sites))], Start: MakeDate(2000, 1, 1) + Date(rng.IntN(spread)),
				Provenance: Provenance{Origin: Origin{Row: i}}})
		}
		b := BordersOf(rs...)
		b.Sort()
		want := slices.Clone(rs)
		slices.SortStableFunc(want, natural)
		for i, r := range b.All() {
			if r.Origin.Row != want[i].Origin.Row {
				t.Fatalf("days spread over %d: report %d is row %d, want row %d", spread, i, r.Origin.Row, want[i].Origin.Row)
			}
		}
	}
}
