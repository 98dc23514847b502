package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// ExtractTTC rebuilds face number face of a TrueType collection (.ttc) as a
// standalone TrueType font (.ttf), for libraries that accept only single
// fonts (github.com/golang/freetype, gofpdf). The face's tables are copied
// unchanged, except for a per-face digital signature (DSIG), which no longer
// matches and is dropped; table checksums and the head table's
// checkSumAdjustment are recomputed. The result is deterministic.
func ExtractTTC(ttc []byte, face int) ([]byte, error) {
	be := binary.BigEndian
	if len(ttc) < 12 || string(ttc[:4]) != "ttcf" {
		return nil, errors.New("extract ttc: not a font collection (no ttcf header)")
	}
	num := int(be.Uint32(ttc[8:]))
	if face < 0 || face >= num {
		return nil, fmt.Errorf("extract ttc: face %d out of range (collection has %d)", face, num)
	}
	if len(ttc) < 12+4*num {
		return nil, errors.New("extract ttc: truncated header")
	}
	off := int(be.Uint32(ttc[12+4*face:]))
	if off < 0 || off+12 > len(ttc) {
		return nil, fmt.Errorf("extract ttc: face %d offset %d out of range", face, off)
	}
	sfntVersion := be.Uint32(ttc[off:])
	numTables := int(be.Uint16(ttc[off+4:]))
	if off+12+16*numTables > len(ttc) {
		return nil, fmt.Errorf("extract ttc: face %d: truncated table directory", face)
	}

	type table struct {
		tag  string
		data []byte
	}
	var tables []table
	for i := 0; i < numTables; i++ {
		rec := ttc[off+12+16*i:]
		tag := string(rec[:4])
		o, l := int64(be.Uint32(rec[8:])), int64(be.Uint32(rec[12:]))
		if o+l > int64(len(ttc)) {
			return nil, fmt.Errorf("extract ttc: face %d: table %q out of range", face, tag)
		}
		if tag == "DSIG" {
			continue
		}
		tables = append(tables, table{tag, ttc[o : o+l]})
	}
	// The directory must be sorted by tag; collections normally are already.
	sort.SliceStable(tables, func(i, j int) bool { return tables[i].tag < tables[j].tag })

	n := len(tables)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := (1 << entrySelector) * 16

	size := 12 + 16*n
	for _, t := range tables {
		size += (len(t.data) + 3) &^ 3
	}
	out := make([]byte, size)
	be.PutUint32(out[0:], sfntVersion)
	be.PutUint16(out[4:], uint16(n))
	be.PutUint16(out[6:], uint16(searchRange))
	be.PutUint16(out[8:], uint16(entrySelector))
	be.PutUint16(out[10:], uint16(n*16-searchRange))

	pos := 12 + 16*n
	headAt := -1
	for i, t := range tables {
		copy(out[pos:], t.data)
		if t.tag == "head" {
			if len(t.data) < 12 {
				return nil, fmt.Errorf("extract ttc: face %d: head table too short", face)
			}
			headAt = pos
			be.PutUint32(out[pos+8:], 0) // checkSumAdjustment, set below
		}
		padded := (len(t.data) + 3) &^ 3
		rec := out[12+16*i:]
		copy(rec[:4], t.tag)
		be.PutUint32(rec[4:], checksum(out[pos:pos+padded]))
		be.PutUint32(rec[8:], uint32(pos))
		be.PutUint32(rec[12:], uint32(len(t.data)))
		pos += padded
	}
	if headAt < 0 {
		return nil, fmt.Errorf("extract ttc: face %d has no head table", face)
	}
	be.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out, nil
}

// checksum is the OpenType table checksum: the sum of big-endian uint32s,
// the data padded with zeros to a multiple of four bytes.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
