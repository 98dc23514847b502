// Package integrity decides whether an input workbook can be trusted to
// the spreadsheet library, and what of it can: excelize's streaming row
// iterator skips damaged XML silently, so a damaged sheet would read as a
// shorter list, not as an error.
//
// Open identifies the file and checks the package from its zip directory
// and small parts against Limits (zip bombs, forged sizes, what the
// library would hold in memory), then starts the strict pass, which reads
// every part once, concurrently with the caller's own read: the container
// intact, and every worksheet well-formed, in order and consistent
// (Verdict). Guard refuses a sheet whose nesting the library's reader
// could not afford, before it reads it. Verify waits for the strict pass.
//
// The worksheet pass has a byte-level fast path for the XML spreadsheet
// writers produce (scan.go) and the encoding/xml reading for anything
// else (sheet.go); both apply the same rules, so that they cannot differ.
package integrity

import (
	"archive/zip"
	"io"
	"sync"

	"ratsreport/report/msg"
)

// Package is a workbook package opened within its limits, with the
// strict pass running from Open until Verify or Close.
type Package struct {
	r     io.ReaderAt
	size  int64
	lim   Limits
	parts map[string]*zip.File
	// sheets maps each sheet name of the workbook to its part, resolved
	// as the library resolves it (excelize sheet.go getWorksheetPath).
	sheets map[string]string
	// book is what the workbook part says of the workbook as a whole.
	book *Workbook
	// sst is the number of entries of the shared-string table, -1 when
	// the package has none.
	sst int

	done   chan struct{} // closed when the strict pass has ended
	report *Report
	err    error

	// claimed are the sheets the caller reads itself through Rows, which
	// the background pass leaves to it; rows are those it has started.
	claimed map[string]bool
	mu      sync.Mutex
	rows    map[string]*Rows

	sstOnce  sync.Once
	sstTable []string
	sstErr   error
}

// Open identifies the file in r (size bytes) and checks its package
// before the spreadsheet library sees it, then starts the strict pass. The
// error says, for the user, what the file is when it is no .xlsx workbook,
// or why it is refused. r must stay readable until Verify or Close has
// returned; zero fields of lim mean their defaults.
func Open(r io.ReaderAt, size int64, lim Limits) (*Package, error) {
	return OpenReading(r, size, lim, nil)
}

// OpenReading is Open for a caller that reads sheets' cells through Rows:
// the strict pass over a sheet for which read returns true is left to
// Rows, which yields its cells as it checks it, so that the sheet is read
// once. A sheet so claimed whose Rows is never called is checked by
// Verify. read sees the names of the sheets that have a part.
func OpenReading(r io.ReaderAt, size int64, lim Limits, read func(sheet string) bool) (*Package, error) {
	if err := identify(r); err != nil {
		return nil, err
	}
	pk, err := openZip(r, size, lim.WithDefaults())
	if err != nil {
		return nil, err
	}
	pk.claimed = map[string]bool{}
	if read != nil {
		for name := range pk.sheets {
			if read(name) {
				pk.claimed[name] = true
			}
		}
	}
	pk.done = make(chan struct{})
	go func() {
		defer close(pk.done)
		defer func() {
			if p := recover(); p != nil {
				pk.report, pk.err = nil, msg.Errorf(msg.IntegrityInternalPackage, p)
			}
		}()
		pk.report, pk.err = pk.verify()
	}()
	return pk, nil
}

// Guard checks the part of the named sheet before the library's
// streaming reader reads it: that reader keeps every open element in
// memory, so a sheet nested deeper than Limits.MaxDepth, or holding a
// document type declaration, is refused, and so is one with more than
// Limits.MaxMerges merged ranges. In the same pass it collects the
// sheet's Layout (merged ranges, hidden columns), which the reader needs
// before the rows. A sheet without a part passes with no layout (Verify
// reports it).
func (pk *Package) Guard(sheet string) (*Layout, error) {
	zf := pk.parts[pk.sheets[sheet]]
	if zf == nil {
		return &Layout{}, nil
	}
	ls := &layoutScan{maxMerges: pk.lim.MaxMerges}
	if err := checkPart(zf, pk.lim.MaxDepth, ls); err != nil {
		return nil, err
	}
	ls.lay.sortMerges()
	return &ls.lay, nil
}

// Verify waits for the strict pass and returns its verdicts, or an error
// when a part other than the worksheets is damaged (the whole file is
// then untrustworthy).
func (pk *Package) Verify() (*Report, error) {
	<-pk.done
	if pk.err != nil {
		return pk.report, pk.err
	}
	pk.mu.Lock()
	defer pk.mu.Unlock()
	for name := range pk.claimed {
		if pk.report.sheets[name] != nil {
			continue
		}
		if rs := pk.rows[name]; rs != nil {
			pk.report.sheets[name] = rs.wait()
			continue
		}
		zf := pk.parts[pk.sheets[name]]
		if zf == nil {
			pk.report.sheets[name] = &Verdict{Damage: &Damage{Msg: msg.New(msg.IntegrityPartMissing, pk.sheets[name])}}
			continue
		}
		pk.report.sheets[name] = verifySheet(zf, pk.sst, pk.lim.MaxDepth, nil)
	}
	return pk.report, pk.err
}

// Close waits for the strict pass to end, so that the caller may close
// the file; it is needed only where Verify was not called.
func (pk *Package) Close() {
	<-pk.done
	pk.mu.Lock()
	defer pk.mu.Unlock()
	for _, rs := range pk.rows {
		rs.wait()
	}
}

// Report is what the strict pass found in the worksheets of a package.
type Report struct {
	sheets map[string]*Verdict // by sheet name
}

// Sheet returns the verdict on the named sheet, or nil when the workbook
// gives the sheet no part the library would read.
func (r *Report) Sheet(name string) *Verdict { return r.sheets[name] }

// Verdict is what the strict pass found in one worksheet part.
type Verdict struct {
	// Damage, when not nil, is why none of the sheet can be trusted: not
	// well-formed, truncated, rows or cells out of order, a part missing
	// or damaged, or not a worksheet at all (NotWorksheet).
	Damage *Damage
	// NotWorksheet: a chart, dialog or macro sheet; Damage says which.
	NotWorksheet bool
	LastRow      int     // the highest row number present
	Issues       []Issue // cells the streaming reader would misread
}

// damage records why the sheet is refused, found at row (0: no row):
// the message key with its arguments, which must not share memory with
// the pass's buffers (strings, not byte slices).
func (v *Verdict) damage(row int, key msg.Key, args ...any) {
	v.Damage = &Damage{Row: row, Msg: msg.New(key, args...)}
}

// Damage is why a sheet is refused, and the row where it was found.
type Damage struct {
	Row int         // 1-based; 0 when the damage concerns no row
	Msg msg.Message // for the user, lowercase
}

// Error returns the message in English.
func (d *Damage) Error() string { return d.Msg.String() }

// In returns the message in lang.
func (d *Damage) In(lang string) string { return d.Msg.In(lang) }

// Issue is a problem with one cell that the streaming reader would hide
// (it returns "" or a wrong string without error).
type Issue struct {
	Row, Col int // 1-based
	Msg      msg.Message
}
