package ingest

import (
	"slices"
	"testing"
)

// TestRefIndex stores refs under hashes that share their high bits (the
// tag) in groups, through several doublings, and finds every ref of a
// tag and no other.
func TestRefIndex(t *testing.T) {
	var x refIndex
	const n = 5000
	hash := func(i int) uint64 { return uint64(i/3)<<32 | uint64(i) } // three refs a tag
	for i := range n {
		x.add(hash(i), ref{kind: kindID(i % int(numKinds)), i: int32(i)})
	}
	if x.n != n || 4*x.n > 3*len(x.slots) {
		t.Fatalf("%d refs in %d slots", x.n, len(x.slots))
	}
	for i := range n {
		var got []int32
		x.each(hash(i), func(r ref) bool {
			if r.kind != kindID(int(r.i)%int(numKinds)) {
				t.Fatalf("ref %d came back with kind %d", r.i, r.kind)
			}
			got = append(got, r.i)
			return false
		})
		slices.Sort(got)
		first := int32(i / 3 * 3)
		want := []int32{first, first + 1, first + 2}[:min(3, n-int(first))]
		if !slices.Equal(got, want) {
			t.Fatalf("refs of hash %#x = %v, want %v", hash(i), got, want)
		}
	}
	stops := 0
	x.each(hash(9), func(ref) bool { stops++; return true })
	if stops != 1 {
		t.Errorf("each went on after f returned true (%d calls)", stops)
	}
	var empty refIndex
	empty.each(1, func(ref) bool { t.Error("an empty index gave a ref"); return true })
	// The largest ref of every kind survives packing.
	for k := range numKinds {
		r := ref{kind: k, i: maxRefs - 1}
		if got := refOf(slot(0xffffffff, r)); got != r {
			t.Errorf("refOf(slot(%v)) = %v", r, got)
		}
	}
}
