package ingest

// refIndex is the merger's index of the records stored, by a hash of
// their dataset and natural key: an open-addressing table of eight-byte
// slots (the hash's high 32 bits and the record's ref), probed linearly
// and kept at most three quarters full. A million records take 16 MB
// where a map[uint64]ref took 36 (its slots are sixteen bytes and its
// tables grow by doubling, a few at a time). Two keys whose hashes share
// the high 32 bits are told apart by their keys (see merger.find).
type refIndex struct {
	slots []uint64 // 0: empty; else tag<<32 | 1<<31 | kind<<refKindShift | i
	n     int
}

const (
	refKindShift = 27
	// maxRefs is the most records of one dataset the index holds.
	maxRefs = 1 << refKindShift
)

// slot packs a ref with its tag.
func slot(tag uint32, r ref) uint64 {
	return uint64(tag)<<32 | 1<<31 | uint64(r.kind)<<refKindShift | uint64(r.i)
}

// refOf unpacks the ref of a slot.
func refOf(s uint64) ref {
	return ref{kind: kindID(s >> refKindShift & (1<<4 - 1)), i: int32(s & (maxRefs - 1))}
}

// each calls f with the ref of every record whose hash shares h's high
// 32 bits, until f returns true.
func (x *refIndex) each(h uint64, f func(ref) bool) {
	if len(x.slots) == 0 {
		return
	}
	tag := uint32(h >> 32)
	mask := uint64(len(x.slots) - 1)
	for p := uint64(tag) & mask; x.slots[p] != 0; p = (p + 1) & mask {
		if uint32(x.slots[p]>>32) == tag && f(refOf(x.slots[p])) {
			return
		}
	}
}

// add stores r under hash h.
func (x *refIndex) add(h uint64, r ref) {
	if r.i < 0 || r.i >= maxRefs || r.kind < 0 || r.kind >= 1<<4 {
		panic("ingest: too many records to index") // more than fit in a workbook set's memory
	}
	if 4*(x.n+1) > 3*len(x.slots) {
		x.grow()
	}
	x.put(slot(uint32(h>>32), r))
	x.n++
}

// put places a slot at the first free place of its probe sequence.
func (x *refIndex) put(s uint64) {
	mask := uint64(len(x.slots) - 1)
	p := s >> 32 & mask
	for x.slots[p] != 0 {
		p = (p + 1) & mask
	}
	x.slots[p] = s
}

// grow doubles the table (1,024 slots at first) and places the slots
// again. A key is stored once (the merger adds a record only when find
// did not find its key), so the order of the refs of a hash is of no
// consequence.
func (x *refIndex) grow() {
	old := x.slots
	x.slots = make([]uint64, max(2*len(old), 1024))
	for _, s := range old {
		if s != 0 {
			x.put(s)
		}
	}
}
