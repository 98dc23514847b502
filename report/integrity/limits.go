package integrity

import "cmp"

// Limits bound what one input file may make the reader do: memory, time
// and disk stay proportional to what a legitimate workbook needs, and a
// file beyond a limit is one clear error. Their zero value means the
// defaults below; a zero field means its default.
type Limits struct {
	// MaxUnzipped is the most a workbook may hold once decompressed, all
	// parts together. A legitimate 1M-row border workbook is ~600 MB.
	MaxUnzipped int64
	// MaxPart is the most one part (one sheet's XML) may hold.
	MaxPart int64
	// MaxRatio is the largest accepted compression ratio of a part larger
	// than 1 MiB; zip bombs compress far better than spreadsheet XML (~10x).
	MaxRatio int64
	// MaxInMemory is the most the spreadsheet library may hold in memory
	// for one file: every part except worksheets and the shared strings
	// larger than XMLInMemory, which it streams from temporary files.
	MaxInMemory int64
	// MaxParts is the most parts a package may hold (a workbook has tens).
	MaxParts int
	// MaxSharedStrings is the most entries the shared-string table may
	// hold. The spreadsheet library indexes every entry in memory (~100
	// to 220 bytes each, whatever their length), so a small file of empty
	// entries would otherwise cost gigabytes.
	MaxSharedStrings int
	// MaxDepth is the deepest nesting of XML elements accepted in a sheet
	// or the shared-string table; spreadsheets nest about ten deep. The
	// library's streaming reader keeps every open element, ~120 bytes each.
	MaxDepth int
	// MaxColumns is the rightmost column a row may use. The library
	// returns a row as a slice as wide as its last cell, so rows ending in
	// column XFD (16,384) cost a megabyte of allocation each.
	MaxColumns int
	// MaxMerges is the most merged ranges a sheet may have; the reader
	// keeps them all (32 bytes each). A table has a few hundred at most.
	MaxMerges int
}

// DefaultLimits are the limits used for a zero Limits or a zero field.
var DefaultLimits = Limits{
	MaxUnzipped:      2 << 30,
	MaxPart:          1 << 30,
	MaxRatio:         1000,
	MaxInMemory:      256 << 20,
	MaxParts:         10_000,
	MaxSharedStrings: 2_000_000,
	MaxDepth:         64,
	MaxColumns:       1_000,
	MaxMerges:        100_000,
}

// XMLInMemory is the size above which the spreadsheet library extracts a
// worksheet or the shared-string table to a temporary file and streams it.
// The reader must open workbooks with it as excelize's
// Options.UnzipXMLSizeLimit (16 MiB is the library's default, set
// deliberately): Open computes what the library holds in memory from it.
const XMLInMemory = 16 << 20

// WithDefaults returns the limits with every zero field set to its
// default.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits
	l.MaxUnzipped = cmp.Or(l.MaxUnzipped, d.MaxUnzipped)
	l.MaxPart = cmp.Or(l.MaxPart, d.MaxPart)
	l.MaxRatio = cmp.Or(l.MaxRatio, d.MaxRatio)
	l.MaxInMemory = cmp.Or(l.MaxInMemory, d.MaxInMemory)
	l.MaxParts = cmp.Or(l.MaxParts, d.MaxParts)
	l.MaxSharedStrings = cmp.Or(l.MaxSharedStrings, d.MaxSharedStrings)
	l.MaxDepth = cmp.Or(l.MaxDepth, d.MaxDepth)
	l.MaxColumns = cmp.Or(l.MaxColumns, d.MaxColumns)
	l.MaxMerges = cmp.Or(l.MaxMerges, d.MaxMerges)
	return l
}
