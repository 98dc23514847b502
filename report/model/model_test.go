package model

import (
	"math"
	"slices"
	"testing"
	"time"
	"unsafe"
)

func TestDate(t *testing.T) {
	for _, tc := range []struct {
		t    time.Time
		want string
		year int
	}{
		{time.Time{}, "", 1},
		{time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC), "0001-01-02", 1},
		{time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC), "1899-12-30", 1899},
		{time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), "1970-01-01", 1970},
		{time.Date(2024, 2, 29, 23, 59, 59, 0, time.UTC), "2024-02-29", 2024},
		{time.Date(2025, 12, 31, 0, 0, 0, 0, time.FixedZone("UTC+8", 8*3600)), "2025-12-31", 2025},
		{time.Date(2100, 12, 31, 0, 0, 0, 0, time.UTC), "2100-12-31", 2100},
	} {
		d := DateOf(tc.t)
		if got := d.String(); got != tc.want {
			t.Errorf("DateOf(%v) = %q, want %q", tc.t, got, tc.want)
		}
		if d.Year() != tc.year {
			t.Errorf("DateOf(%v).Year() = %d, want %d", tc.t, d.Year(), tc.year)
		}
		y, m, day := tc.t.Date()
		if back := d.Time(); back.Year() != y || back.Month() != m || back.Day() != day || back.Location() != time.UTC || back.Hour() != 0 {
			t.Errorf("DateOf(%v).Time() = %v", tc.t, back)
		}
		if d.IsZero() != tc.t.IsZero() {
			t.Errorf("DateOf(%v).IsZero() = %v", tc.t, d.IsZero())
		}
	}
	if a, b := MakeDate(2025, 9, 1), MakeDate(2025, 8, 32); a != b || a-MakeDate(2025, 8, 31) != 1 {
		t.Errorf("MakeDate: %v %v", a, b)
	}
}

func TestFigures(t *testing.T) {
	in := []Dec{{Milli: 7000, Reported: true}, {}, {Milli: 0, Reported: true}, {Milli: 250, Reported: true}, {Milli: math.MaxInt64, Reported: true}}
	f := FiguresOf(in...)
	if f.Len() != len(in) {
		t.Fatalf("Len = %d", f.Len())
	}
	for i, want := range in {
		if got := f.At(i); got != want {
			t.Errorf("At(%d) = %+v, want %+v", i, got, want)
		}
	}
	for _, i := range []int{-1, len(in), 100} {
		if got := f.At(i); got != (Dec{}) {
			t.Errorf("At(%d) = %+v, want not reported", i, got)
		}
	}
	f.Set(1, Dec{Milli: 5, Reported: true})
	f.Set(0, Dec{})
	if f.At(1) != (Dec{Milli: 5, Reported: true}) || f.At(0).Reported {
		t.Errorf("after Set: %v", f)
	}
	if got := FiguresOf(Dec{Milli: 7000, Reported: true}, Dec{}, Dec{Milli: 250, Reported: true}).String(); got != "[7 - 0.25]" {
		t.Errorf("String = %q", got)
	}
	if NewFigures(3).String() != "[- - -]" || (Figures{}).Len() != 0 {
		t.Errorf("NewFigures(3) = %v", NewFigures(3))
	}
}

func TestFigureSlab(t *testing.T) {
	var s FigureSlab
	var all []Figures
	for i := range slabFigures/9 + 10 { // across a block boundary
		f := s.New(9)
		f.Set(i%9, Dec{Milli: int64(i), Reported: true})
		all = append(all, f)
	}
	for i, f := range all {
		for k := range 9 {
			want := Dec{}
			if k == i%9 {
				want = Dec{Milli: int64(i), Reported: true}
			}
			if f.At(k) != want {
				t.Fatalf("figures %d: At(%d) = %+v, want %+v (blocks overlap?)", i, k, f.At(k), want)
			}
		}
	}
	if big := s.New(slabFigures + 1); big.Len() != slabFigures+1 || big.At(slabFigures).Reported {
		t.Errorf("a request above the block size: %d figures", big.Len())
	}
}

// TestFiguresWide: a figure too large for four bytes turns the figures
// into the wide form, keeping every other figure; edge values round-trip.
func TestFiguresWide(t *testing.T) {
	edges := []int64{0, 1, math.MaxInt32, math.MaxInt32 + 1, math.MinInt32 + 2, math.MinInt32 + 1, math.MinInt32,
		math.MinInt32 - 1, -1, 1 << 40, math.MaxInt64, math.MinInt64 + 1}
	for _, v := range edges {
		f := FiguresOf(Dec{Milli: 5, Reported: true}, Dec{}, Dec{Milli: 7000, Reported: true})
		narrow := f
		f.Set(1, Dec{Milli: v, Reported: true})
		want := []Dec{{Milli: 5, Reported: true}, {Milli: v, Reported: true}, {Milli: 7000, Reported: true}}
		if f.Len() != 3 {
			t.Fatalf("%d: Len = %d", v, f.Len())
		}
		for i, w := range want {
			if got := f.At(i); got != w {
				t.Errorf("%d: At(%d) = %+v, want %+v", v, i, got, w)
			}
		}
		f.Set(0, Dec{})
		if f.At(0).Reported || f.At(1) != want[1] {
			t.Errorf("%d: after clearing figure 0: %v", v, f)
		}
		if v > math.MaxInt32 && narrow.At(1).Reported {
			t.Errorf("%d: the narrow copy changed: %v", v, narrow)
		}
	}
}

// TestRecordSize guards the size of the high-volume record: a million
// border reports are the scale the reader is built for (see
// docs/performance.md), so a field added to it should be a decision.
// The operation became a Name (issue #13): its key and its text as
// written, and its years, 40 bytes where the text alone was 16. The site
// (operation, state, section, area) moved behind a pointer shared by the
// reports of a sheet that repeat it (issue #19's memory bound): 104 bytes
// where 184 were. Data holds them by column (issue #17's 300 MB): 32 bytes
// a record in its table, without pointers, besides its figures.
func TestRecordSize(t *testing.T) {
	if got, want := unsafe.Sizeof(borderRec{}), uintptr(32); got > want {
		t.Errorf("unsafe.Sizeof(borderRec{}) = %d, want at most %d", got, want)
	}
	if got, want := unsafe.Sizeof(Name{}), uintptr(40); got > want {
		t.Errorf("unsafe.Sizeof(Name{}) = %d, want at most %d", got, want)
	}
	if got, want := unsafe.Sizeof(BorderReport{}), uintptr(104); got > want {
		t.Errorf("unsafe.Sizeof(BorderReport{}) = %d, want at most %d", got, want)
	}
}

// TestProvenance checks that every record reaches its provenance through
// Source, the one method they share, and that it is the embedded one.
func TestProvenance(t *testing.T) {
	o := Origin{File: "a.xlsx", Sheet: "S", Row: 3}
	for _, rec := range []interface{ Source() *Provenance }{
		&Exercise{Provenance: Provenance{Origin: o}}, &BorderReport{Provenance: Provenance{Origin: o}},
		&Session{Provenance: Provenance{Origin: o}}, &Agreement{Provenance: Provenance{Origin: o}},
	} {
		p := rec.Source()
		p.Copies = append(p.Copies, o)
		if p.Origin != o || len(rec.Source().Copies) != 1 {
			t.Errorf("%T: Source() = %+v, want the record's own provenance", rec, p)
		}
	}
}

func TestYearsAndSpans(t *testing.T) {
	d := &Data{
		Exercises:  []Exercise{{Start: time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)}, {}},
		Border:     BordersOf(&BorderReport{Start: MakeDate(2021, 9, 1)}, &BorderReport{Start: MakeDate(2020, 9, 1)}, &BorderReport{}),
		Sessions:   []Session{{Date: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)}, {}},
		Agreements: []Agreement{{}, {Signed: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}},
	}
	years := d.Years()
	if want := []int{2019, 2020, 2021, 2024, 2025}; !slices.Equal(years, want) {
		t.Errorf("Years() = %v, want %v (undated records left out)", years, want)
	}
	for _, tt := range []struct {
		years []int
		want  string
	}{
		{years, "2019–2021, 2024–2025"},
		{[]int{2006, 2008, 2009, 2010}, "2006, 2008–2010"},
		{[]int{2025}, "2025"},
		{nil, ""},
	} {
		if got := Spans(tt.years); got != tt.want {
			t.Errorf("Spans(%v) = %q, want %q", tt.years, got, tt.want)
		}
	}
}
