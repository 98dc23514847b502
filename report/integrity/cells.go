package integrity

// The cells of a worksheet, taken from the strict pass: one reading of the
// sheet both proves it whole and yields its values, exactly as excelize's
// streaming reader (Rows, Columns with RawCellValue) returns them wherever
// the strict pass accepts the sheet. The rules (sheet.go) feed a collector
// with the same element starts, ends and texts on both paths, fast and
// slow; TestCellsMatchExcelize and FuzzCellsMatchExcelize compare the
// result with excelize over the corpus, the fixtures and fuzzed sheets.
//
// What excelize does, and the collector therefore does (excelize v2.11.1,
// rows.go Rows.Next, Rows.Columns, rowXMLHandler, cellXMLHandler; cell.go
// getValueFrom, xlsxSI.String):
//   - rows are numbered by their r attribute or by counting, and every
//     number up to the last row is returned, the missing ones empty; any
//     element named row is a row, after the end of sheetData too (drawing
//     anchors' xdr:row), until a second end of sheetData with no row
//     between;
//   - a cell's value is the text directly inside its last <v> (raw: no
//     number formatting, booleans as 1/0, errors as their text, dates as
//     serial numbers); a shared string (t="s") is the table's entry at
//     that index (its spaces trimmed; not a number reads as 0, out of
//     range as ""); an inline string (t="inlineStr" with <is>) is its <t>
//     and its runs' <t> texts joined, without phonetic runs; both have
//     their _xHHHH_ escapes decoded;
//   - a cell is returned when its value is not "" or it has a formula, at
//     its column, the row padded with "" to it;
//   - the hidden flag of a row is that of the row element read last when
//     it is asked for (excelize reads one row ahead), or a stale one where
//     excelize's Next found the row element itself (see start).

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"ratsreport/report/msg"
)

// Row is one row of a sheet as the library's streaming reader returns it.
type Row struct {
	Num    int      // 1-based, every number from 1 to the sheet's last row
	Hidden bool     // as excelize's Rows.GetRowOpts().Hidden reports it
	Cells  []string // the row's values, from column A to its last value
}

// span is one returned cell of the row being read: its column and its
// value, either buf[from:to] or a shared string.
type span struct {
	col      int
	from, to int
	shared   int // index into the table + 1, 0 when the value is in buf
}

// collector turns the rules' elements into rows (see the file comment).
type collector struct {
	sst  []string
	hand func(Row) bool // hands on a row; false: stop handing on
	// skip rows are not handed on: the fast path handed them on before it
	// gave up; handed counts what was handed on.
	skip, handed int
	stopped      bool

	depth   int  // open elements
	ended   bool // the library's reader has stopped (see end)
	started bool // a row is being read: cells belong to it
	// viaNext: no row is being read, and excelize's Next looks for the
	// next row element itself; prevHidden is the last row element's flag.
	viaNext, prevHidden bool
	num                 int  // the current row's number
	hidden              bool // the current row's flag as the library reports it

	buf   []byte // the current row's values
	spans []span

	// The current cell.
	inCell    bool
	dropped   bool // the library reads nothing of it (a bad s attribute)
	cellDepth int
	col       int
	typ       []byte
	hasF      bool
	v         []byte
	consume   elemKind // an f, v or is element decoded whole by the library
	consDepth int
	// Its inline string (xlsxSI): the text of the last <t> directly in
	// <is> and the texts of the runs (each its last <t>), in order.
	hasIS          bool
	isT            []byte
	isTSet         bool
	runs           []byte
	inRun          bool
	runDepth       int
	runT           []byte
	runTSet        bool
	tDepth, tWhere int // the <t> being read: its depth; 1 in <is>, 2 in a run
}

func newCollector(sst []string, hand func(Row) bool) *collector {
	return &collector{sst: sst, hand: hand, viaNext: true}
}

// restart returns a collector for the slow path reading the part from its
// start, which hands on only the rows this one has not.
func (c *collector) restart() *collector {
	n := newCollector(c.sst, c.hand)
	n.skip, n.stopped = c.handed, c.stopped
	return n
}

func (c *collector) emit(num int, hidden bool, cells []string) {
	if c.skip > 0 {
		c.skip--
		return
	}
	c.handed++
	if !c.stopped && !c.hand(Row{Num: num, Hidden: hidden, Cells: cells}) {
		c.stopped = true
	}
}

// flushRow hands on the current row, built from its spans.
func (c *collector) flushRow() {
	if !c.started {
		return
	}
	var cells []string
	if n := len(c.spans); n > 0 {
		cells = make([]string, c.spans[n-1].col)
		all := string(c.buf) // one allocation for the row's own values
		for _, sp := range c.spans {
			if sp.shared > 0 {
				cells[sp.col-1] = c.sst[sp.shared-1]
			} else {
				cells[sp.col-1] = all[sp.from:sp.to]
			}
		}
	}
	c.emit(c.num, c.hidden, cells)
	c.buf, c.spans = c.buf[:0], c.spans[:0]
}

// start takes a start tag that the rules accepted; row and col are the
// rules' current row and the cell's column.
func (c *collector) start(kind elemKind, a *tagAttrs, row, col int) {
	c.depth++
	if c.ended || c.stopped {
		return
	}
	if c.inCell {
		c.cellChild(kind)
		return
	}
	switch kind {
	case elemRow:
		hidden := false
		if a.haveH {
			hidden, _ = strconv.ParseBool(string(a.hidden))
		}
		c.flushRow()
		prev := c.num
		c.started, c.num = true, row
		switch {
		case c.viaNext && row > prev+1:
			// excelize's Next found this row itself (the first row, or
			// the first after an end of sheetData): it gives the row
			// after the previous one this row's flag, and the others up
			// to this one the previous row element's.
			c.emit(prev+1, hidden, nil)
			for n := prev + 2; n < row; n++ {
				c.emit(n, c.prevHidden, nil)
			}
			c.hidden = c.prevHidden
		default:
			for n := prev + 1; n < row; n++ {
				c.emit(n, hidden, nil)
			}
			c.hidden = hidden
		}
		c.viaNext, c.prevHidden = false, hidden
	case elemCell:
		if !c.started {
			return // before any row: the library's reader skips it
		}
		c.inCell, c.cellDepth, c.col = true, c.depth, col
		c.dropped = a.badS
		c.typ = append(c.typ[:0], a.t...)
		c.hasF, c.v, c.consume = false, c.v[:0], elemOther
		c.hasIS, c.isT, c.isTSet, c.runs = false, c.isT[:0], false, c.runs[:0]
	}
}

// cellChild takes a start tag inside the current cell (at c.depth).
func (c *collector) cellChild(kind elemKind) {
	switch c.consume {
	case elemOther:
		switch kind {
		case elemValue:
			c.consume, c.consDepth, c.v = elemValue, c.depth, c.v[:0]
		case elemFormula:
			c.consume, c.consDepth, c.hasF = elemFormula, c.depth, true
		case elemInline:
			c.consume, c.consDepth, c.hasIS = elemInline, c.depth, true
		}
	case elemInline:
		switch {
		case c.depth == c.consDepth+1 && kind == elemText:
			c.tDepth, c.tWhere = c.depth, 1
			c.isT, c.isTSet = c.isT[:0], true
		case c.depth == c.consDepth+1 && kind == elemRun:
			c.inRun, c.runDepth, c.runT, c.runTSet = true, c.depth, c.runT[:0], false
		case c.inRun && c.depth == c.runDepth+1 && kind == elemText:
			c.tDepth, c.tWhere = c.depth, 2
			c.runT, c.runTSet = c.runT[:0], true
		}
	}
}

// text takes a text token inside the current element.
func (c *collector) text(t []byte) {
	if c.stopped || !c.inCell || c.depth != c.consDepth && c.depth != c.tDepth {
		return
	}
	switch {
	case c.consume == elemValue && c.depth == c.consDepth:
		c.v = append(c.v, t...)
	case c.consume == elemInline && c.tWhere == 1 && c.depth == c.tDepth:
		c.isT = append(c.isT, t...)
	case c.consume == elemInline && c.tWhere == 2 && c.depth == c.tDepth:
		c.runT = append(c.runT, t...)
	}
}

// end takes an end tag.
func (c *collector) end(kind elemKind) {
	defer func() { c.depth-- }()
	if c.ended || c.stopped {
		return
	}
	if !c.inCell {
		if kind == elemSheetData {
			// excelize's Columns stops at the end of sheetData, and its
			// Next then looks on for more row elements (those of drawing
			// anchors, xdr:row, among them), stopping only at another
			// end of sheetData met before any.
			if c.viaNext {
				c.ended = true
			}
			c.flushRow()
			c.started, c.viaNext = false, true
		}
		return
	}
	switch {
	case c.depth == c.cellDepth:
		c.endCell()
		return
	case c.tWhere != 0 && c.depth == c.tDepth:
		c.tWhere, c.tDepth = 0, 0
	case c.inRun && c.depth == c.runDepth:
		if c.runTSet {
			c.runs = append(c.runs, c.runT...)
		}
		c.inRun = false
	}
	if c.consume != elemOther && c.depth == c.consDepth {
		c.consume, c.consDepth = elemOther, 0
	}
}

// endCell takes the current cell's value as the library returns it.
func (c *collector) endCell() {
	c.inCell, c.consume, c.consDepth, c.tWhere, c.tDepth, c.inRun = false, elemOther, 0, 0, 0, false
	if c.dropped {
		return
	}
	from := len(c.buf)
	shared := 0
	switch string(c.typ) {
	case "s":
		if len(c.v) != 0 {
			// strconv.Atoi(strings.TrimSpace(v)), its error ignored: not a
			// number reads as entry 0, an overflow as out of range.
			i, _ := strconv.Atoi(strings.TrimSpace(string(c.v)))
			if i >= 0 && i < len(c.sst) {
				shared = i + 1
			}
		} else {
			c.buf = append(c.buf, c.v...)
		}
	case "inlineStr":
		if c.hasIS {
			if c.isTSet {
				c.buf = append(c.buf, c.isT...)
			}
			c.buf = append(c.buf, c.runs...)
			if bytes.Contains(c.buf[from:], []byte("_x")) {
				s := bstrUnmarshal(string(c.buf[from:]))
				c.buf = append(c.buf[:from], s...)
			}
		} else {
			c.buf = append(c.buf, c.v...)
		}
	default:
		c.buf = append(c.buf, c.v...)
	}
	empty := len(c.buf) == from && (shared == 0 || c.sst[shared-1] == "")
	if empty && !c.hasF {
		c.buf = c.buf[:from]
		return
	}
	c.spans = append(c.spans, span{col: c.col, from: from, to: len(c.buf), shared: shared})
}

// finish ends the part: the last row is handed on if the reader was still
// reading (no end of sheetData).
func (c *collector) finish() {
	if !c.ended {
		c.flushRow()
	}
}

// bstrExp and bstrUnmarshal are excelize's (lib.go): _xHHHH_ escapes in
// string items stand for the character U+HHHH, _x005F_ for "_".
var bstrExp = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)

func bstrUnmarshal(s string) (result string) {
	if !strings.Contains(s, "_x") {
		return s
	}
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			result += "_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			v, _ := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`)
			result += v
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

// sharedStrings reads the table of texts as excelize's sharedStringsReader
// does (an encoding/xml Decode of the whole part, each entry's xlsxSI
// String), keeping only the texts.
func sharedStrings(zf *zip.File) ([]string, error) {
	type text struct {
		Val string `xml:",chardata"`
	}
	type run struct {
		T *text `xml:"t"`
	}
	type item struct {
		T *text `xml:"t"`
		R []run `xml:"r"`
	}
	var sst struct {
		SI []item `xml:"si"`
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, err
	}
	b = bytes.ReplaceAll(b, []byte(strictSpreadsheetNamespace), []byte(spreadsheetNamespace))
	if err := xml.NewDecoder(bytes.NewReader(b)).Decode(&sst); err != nil && err != io.EOF {
		return nil, err
	}
	out := make([]string, len(sst.SI))
	var sb strings.Builder
	for i, si := range sst.SI {
		sb.Reset()
		if si.T != nil {
			sb.WriteString(si.T.Val)
		}
		for _, r := range si.R {
			if r.T != nil {
				sb.WriteString(r.T.Val)
			}
		}
		if sb.Len() > 0 {
			out[i] = bstrUnmarshal(sb.String())
		}
	}
	return out, nil
}

const (
	spreadsheetNamespace       = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	strictSpreadsheetNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main"
)

// Rows reads the named sheet in one pass: the strict pass, which also
// yields the cells. It must be one of the sheets that OpenReading was told
// the caller reads; its verdict then joins Verify's report. The rows are
// read ahead, concurrently with the caller, and handed on in order.
func (pk *Package) Rows(sheet string) *Rows {
	rs := &Rows{ch: make(chan []Row, rowQueue), quit: make(chan struct{}), done: make(chan struct{})}
	pk.mu.Lock()
	if pk.rows == nil {
		pk.rows = map[string]*Rows{}
	}
	if !pk.claimed[sheet] || pk.rows[sheet] != nil {
		pk.mu.Unlock()
		rs.err = msg.Errorf(msg.IntegritySheetNotClaimed, sheet)
		close(rs.ch)
		close(rs.done)
		return rs
	}
	pk.rows[sheet] = rs
	pk.mu.Unlock()
	go func() {
		defer close(rs.done)
		defer close(rs.ch)
		defer func() {
			if p := recover(); p != nil {
				rs.verdict = &Verdict{Damage: &Damage{Msg: msg.New(msg.IntegrityInternalSheet, p)}}
			}
		}()
		sst, err := pk.sharedTable()
		if err != nil {
			rs.verdict = &Verdict{Damage: &Damage{Msg: msg.New(msg.IntegritySSTUnreadable, err)}}
			return
		}
		zf := pk.parts[pk.sheets[sheet]]
		if zf == nil {
			rs.verdict = &Verdict{Damage: &Damage{Msg: msg.New(msg.IntegrityPartMissing, pk.sheets[sheet])}}
			return
		}
		batch := make([]Row, 0, rowBatch)
		hand := func(r Row) bool {
			batch = append(batch, r)
			if len(batch) < rowBatch {
				return true
			}
			select {
			case rs.ch <- batch:
				batch = make([]Row, 0, rowBatch)
				return true
			case <-rs.quit:
				return false
			}
		}
		rs.verdict = verifySheet(zf, pk.sst, pk.lim.MaxDepth, newCollector(sst, hand))
		if len(batch) > 0 {
			select {
			case rs.ch <- batch:
			case <-rs.quit:
			}
		}
	}()
	return rs
}

// rowBatch rows are handed on at once, at most rowQueue batches ahead.
const (
	rowBatch = 256
	rowQueue = 8
)

// Rows is an iterator over a sheet's rows read by the strict pass.
type Rows struct {
	ch      chan []Row
	quit    chan struct{}
	done    chan struct{}
	cur     []Row
	i       int
	row     Row
	closed  sync.Once
	verdict *Verdict
	err     error
}

// Next moves to the next row, reporting false at the end.
func (rs *Rows) Next() bool {
	for rs.i >= len(rs.cur) {
		b, ok := <-rs.ch
		if !ok {
			return false
		}
		rs.cur, rs.i = b, 0
	}
	rs.row = rs.cur[rs.i]
	rs.cur[rs.i] = Row{}
	rs.i++
	return true
}

// Row returns the current row.
func (rs *Rows) Row() Row { return rs.row }

// Err is why the sheet could not be read at all (a sheet Rows may not
// read); the strict pass's findings are in the verdict.
func (rs *Rows) Err() error { return rs.err }

// Close stops handing rows on; the strict pass reads the sheet to its end
// all the same, for its verdict.
func (rs *Rows) Close() {
	rs.closed.Do(func() { close(rs.quit) })
}

// wait returns the sheet's verdict once the pass has ended.
func (rs *Rows) wait() *Verdict {
	rs.Close()
	<-rs.done
	return rs.verdict
}

// sharedTable loads the shared-string table once for all sheets.
func (pk *Package) sharedTable() ([]string, error) {
	pk.sstOnce.Do(func() {
		if zf := pk.parts[sharedStringsPart]; zf != nil {
			pk.sstTable, pk.sstErr = sharedStrings(zf)
		}
	})
	return pk.sstTable, pk.sstErr
}

// openPart opens a part for reading; ahead, for a part the strict pass
// reads while yielding its cells, it is inflated by a goroutine of its own
// a few blocks ahead of the scan, so that inflating, scanning and the
// caller's parsing run on different cores. The bytes and their order are
// those of zf.Open: the result does not depend on the scheduling.
func openPart(zf *zip.File, ahead bool) (io.ReadCloser, error) {
	rc, err := zf.Open()
	if err != nil || !ahead || zf.UncompressedSize64 < 4*inflateBlock {
		return rc, err
	}
	p := &inflated{ch: make(chan []byte, 4), free: make(chan []byte, 6), quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		defer close(p.ch)
		defer rc.Close()
		for {
			var b []byte
			select {
			case b = <-p.free:
			default:
				b = make([]byte, inflateBlock)
			}
			n, err := io.ReadFull(rc, b[:cap(b)])
			if n > 0 {
				select {
				case p.ch <- b[:n]:
				case <-p.quit:
					return
				}
			}
			if err != nil {
				if err == io.ErrUnexpectedEOF {
					err = io.EOF
				}
				p.err = err
				return
			}
		}
	}()
	return p, nil
}

// inflateBlock is the size of the blocks inflated ahead.
const inflateBlock = 256 << 10

// inflated is a part inflated ahead (openPart).
type inflated struct {
	ch   chan []byte
	free chan []byte
	quit chan struct{}
	done chan struct{}
	cur  []byte
	off  int
	err  error // the inflater's last error, read after ch is closed
}

func (p *inflated) Read(b []byte) (int, error) {
	for p.off == len(p.cur) {
		if p.cur != nil {
			select {
			case p.free <- p.cur[:0]:
			default:
			}
			p.cur = nil
		}
		blk, ok := <-p.ch
		if !ok {
			return 0, p.err
		}
		p.cur, p.off = blk, 0
	}
	n := copy(b, p.cur[p.off:])
	p.off += n
	return n, nil
}

func (p *inflated) Close() error {
	close(p.quit)
	<-p.done
	return nil
}
