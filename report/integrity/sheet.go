package integrity

// The strict pass over one worksheet part: verifySheet runs the fast
// scanner (scan.go) or, where it gives up, decodeSheet, the encoding/xml
// reading; both drive the same rules with the same elements and texts.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/msg"
)

// verifySheet runs the strict pass over one worksheet part: the fast
// scanner (scanSheet) where the part is in the simple form spreadsheet
// writers produce and reads cleanly, otherwise the encoding/xml reading
// (decodeSheet), which gives the same result where both finish and is
// the one that words the errors of damaged XML and damaged containers.
func verifySheet(zf *zip.File, sstCount, maxDepth int, c *collector) *Verdict {
	if rc, err := openPart(zf, c != nil); err == nil {
		v, ok := scanSheet(rc, sstCount, maxDepth, scanBufSize, c)
		rc.Close()
		if ok {
			return v
		}
	}
	// The part is read afresh: the slow path must see it from its start.
	// The rows the fast path has handed on already are the same the slow
	// path meets first (the same rules on the same tokens): they are not
	// handed on twice.
	if c != nil {
		c = c.restart()
	}
	return decodeSheet(zf, sstCount, maxDepth, c)
}

// decodeSheet is the strict pass read with encoding/xml's RawToken, for
// any XML: well-formed with matching end tags and bounded nesting, the
// root a worksheet, complete, and the rules' checks on rows, cells and
// values.
func decodeSheet(zf *zip.File, sstCount, maxDepth int, c *collector) *Verdict {
	v := &Verdict{}
	rc, err := zf.Open()
	if err != nil {
		v.Damage = &Damage{Msg: msg.New(msg.ReadErrorText, err)}
		return v
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var (
		st   = rules{v: v, sstCount: sstCount, c: c}
		root string
		open = elements{max: maxDepth}
	)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			v.damage(st.row+1, msg.IntegritySheetXMLDamaged, st.row+1, err)
			return v
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := open.start(t.Name); err != nil {
				v.damage(st.row+1, msg.IntegritySheetXMLDamaged, st.row+1, err)
				return v
			}
			if len(open.names) == 1 {
				root = t.Name.Local
			}
			kind := kindOf(t.Name.Local)
			var a tagAttrs
			if kind == elemRow || kind == elemCell {
				for _, at := range t.Attr {
					a.add([]byte(at.Name.Local), []byte(at.Value))
				}
			}
			if !st.start(kind, &a) {
				return v
			}
		case xml.CharData:
			st.text(t)
		case xml.EndElement:
			if err := open.end(t.Name); err != nil {
				v.damage(max(st.row, 1), msg.IntegritySheetXMLDamaged, max(st.row, 1), err)
				return v
			}
			st.end(kindOf(t.Name.Local))
		}
	}
	st.finish(root, len(open.names))
	return v
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// elemKind is an element the strict pass acts on, by local name (the
// prefix is ignored, as the slow path's RawToken reading does).
type elemKind uint8

const (
	elemOther elemKind = iota
	elemRow
	elemCell
	elemFormula
	elemValue
	elemWorksheet
	elemInline    // is: a cell's inline string
	elemText      // t: text of an inline string or run
	elemRun       // r: a run of rich text
	elemSheetData // sheetData: the library's reader stops at its end
)

// kindOf classifies an element's local name; it takes the name as a string
// (slow path) or as bytes (fast path) without converting it.
func kindOf[T string | []byte](local T) elemKind {
	switch string(local) {
	case "row":
		return elemRow
	case "c":
		return elemCell
	case "f":
		return elemFormula
	case "v":
		return elemValue
	case "worksheet":
		return elemWorksheet
	case "is":
		return elemInline
	case "t":
		return elemText
	case "r":
		return elemRun
	case "sheetData":
		return elemSheetData
	}
	return elemOther
}

// cellKind is what a cell's t attribute says, as far as the checks care.
type cellKind uint8

const (
	cellOther  cellKind = iota
	cellShared          // t="s": the value is an index into the shared strings
	cellText            // t="str" or t="inlineStr": text, a formula may lack a value
)

// rules are the strict pass's reading of a worksheet's elements in
// document order, with the checks made on them: row and cell order, cell
// references, formulas without a cached value, shared-string indexes.
// They are the one implementation behind both the encoding/xml path
// (decodeSheet) and the fast scanner, so that the two cannot disagree on
// what a sequence of tokens means.
type rules struct {
	v        *Verdict // what the pass found so far
	sstCount int      // entries of the shared-string table, -1 when none
	row, col int      // the current row and the last cell's column
	nextRow  int      // the number of the next row when it has no r attribute
	inCell   bool
	inV      bool
	hasF     bool
	cellType cellKind
	// vText is the start of the current cell's value: only whether it is
	// empty and, for a shared string, its index matter, so a text token is
	// taken (whole) only while the value is shorter than 64 bytes.
	vText  []byte
	sawEnd bool // a </worksheet> end tag was read
	// c, when not nil, collects the cells' values as the library's
	// streaming reader would return them (cells.go).
	c *collector
}

// tagAttrs are the attributes of a row or cell start tag that the rules
// and the collector read, by local name, and whether one came twice.
type tagAttrs struct {
	r, t, s, hidden            []byte
	haveR, haveT, haveS, haveH bool
	dup                        []byte // the local name of an attribute given twice
	rAfterS                    bool   // r came after s
	badS                       bool   // a cell's s is not an integer (set by the rules)
}

func isInt64(b []byte) bool {
	_, err := strconv.ParseInt(string(b), 10, 64)
	return err == nil
}

// add takes one attribute by its local name.
func (a *tagAttrs) add(local, val []byte) {
	var have *bool
	var dst *[]byte
	switch string(local) {
	case "r":
		have, dst = &a.haveR, &a.r
		a.rAfterS = a.haveS
	case "t":
		have, dst = &a.haveT, &a.t
	case "s":
		have, dst = &a.haveS, &a.s
	case "hidden":
		have, dst = &a.haveH, &a.hidden
	default:
		return
	}
	if *have {
		if a.dup == nil {
			a.dup = local
		}
		return
	}
	*have, *dst = true, val
}

// start takes a start tag; r and t are the values of its first attributes
// whose local names are r and t (nil when absent), needed for rows and
// cells only. It returns false when the sheet is refused, its Damage
// saying why; the caller stops reading there.
func (s *rules) start(kind elemKind, a *tagAttrs) bool {
	r, t := a.r, a.t
	if (kind == elemRow || kind == elemCell) && s.inCell {
		// The library's reader takes whatever stands inside a cell as part
		// of it, the rules as a row or cell of their own: no writer nests
		// them, and the two readings would differ.
		s.v.damage(s.row, map[elemKind]msg.Key{elemRow: msg.IntegrityRowInCell, elemCell: msg.IntegrityCellInCell}[kind], s.row)
		return false
	}
	if a.dup != nil {
		// Not well-formed XML (an attribute given twice), which encoding/xml
		// lets through; readers would disagree on which one counts.
		key := msg.IntegrityCellAttrTwice
		if kind == elemRow {
			key = msg.IntegrityRowAttrTwice
		}
		s.v.damage(max(s.row, 1), key, string(a.dup), max(s.row, 1))
		return false
	}
	switch kind {
	case elemRow:
		s.nextRow++
		if len(r) != 0 {
			n, ok := atoi(r)
			if !ok || n < 1 || n > excelize.TotalRows {
				s.v.damage(s.row+1, msg.IntegrityRowNumber, string(r), excelize.TotalRows)
				return false
			}
			s.nextRow = n
		}
		// Excel writes rows in order, once each, and refuses a sheet
		// otherwise; the streaming reader numbers rows by counting, so a
		// row out of order would take another's number.
		if s.nextRow <= s.row {
			s.v.damage(s.nextRow, msg.IntegrityRowOrder, s.nextRow, s.row)
			return false
		}
		s.row, s.col = s.nextRow, 0
		if s.row > s.v.LastRow {
			s.v.LastRow = s.row
		}
	case elemCell:
		s.inCell, s.hasF, s.vText = true, false, s.vText[:0]
		switch string(t) {
		case "s":
			s.cellType = cellShared
		case "str", "inlineStr":
			s.cellType = cellText
		default:
			s.cellType = cellOther
		}
		prev := s.col
		s.col++
		if len(r) != 0 {
			c, rw, ok := cellRef(r)
			if !ok || rw != s.row {
				s.v.damage(s.row, msg.IntegrityCellRef, string(r), s.row)
				return false
			}
			s.col = c
		}
		// Out of order, the streaming reader would put the value in
		// another column.
		if s.col <= prev {
			name, _ := excelize.CoordinatesToCellName(s.col, s.row)
			s.v.damage(s.row, msg.IntegrityCellOrder, name, s.row)
			return false
		}
		// The library's reader drops the whole cell when its style is not
		// an integer (calamine's empty_s_attribute.xlsx has s=""), reading
		// only the attributes before s: a cell reference after it would
		// put the next cells elsewhere than the rules do.
		a.badS = a.haveS && !isInt64(a.s)
		if a.badS && a.rAfterS {
			name, _ := excelize.CoordinatesToCellName(s.col, s.row)
			s.v.damage(s.row, msg.IntegrityCellStyle, name, string(a.s))
			return false
		}
	case elemFormula:
		if s.inCell {
			s.hasF = true
		}
	case elemValue:
		s.inV = s.inCell
	}
	if s.c != nil {
		s.c.start(kind, a, s.row, s.col)
	}
	return true
}

// text takes a text token, decoded.
func (s *rules) text(t []byte) {
	if s.textStart() {
		s.vText = append(s.vText, t...)
	}
	if s.c != nil {
		s.c.text(t)
	}
}

// textStart tells whether a text token starting now is part of a cell's
// value to be kept (appended whole to vText). Only the start of a value
// matters (empty or not, a shared-string index); a value in many pieces
// (CDATA sections) must not cost quadratic time.
func (s *rules) textStart() bool {
	return s.inV && len(s.vText) < 64
}

// end takes an end tag (or the end of an empty element).
func (s *rules) end(kind elemKind) {
	if s.c != nil {
		s.c.end(kind)
	}
	switch kind {
	case elemValue:
		s.inV = false
	case elemCell:
		s.inCell = false
		v := bytes.TrimSpace(s.vText)
		if s.hasF && len(v) == 0 && s.cellType != cellText {
			s.issue(msg.IntegrityFormulaNoValue)
		}
		if s.cellType == cellShared && len(v) != 0 {
			i, ok := atoi(v)
			switch {
			case !ok:
				s.issue(msg.IntegritySSTIndexNaN, string(v))
			case s.sstCount < 0:
				s.issue(msg.IntegritySSTMissing)
			case i < 0 || i >= s.sstCount:
				s.issue(msg.IntegritySSTIndexRange, i, s.sstCount)
			}
		}
	case elemWorksheet:
		s.sawEnd = true
	}
}

// issue records a problem with the current cell; its arguments must not
// share memory with the pass's buffers.
func (s *rules) issue(key msg.Key, args ...any) {
	s.v.Issues = append(s.v.Issues, Issue{Row: s.row, Col: s.col, Msg: msg.New(key, args...)})
}

// finish concludes a document read to its end without error: root is the
// local name of the last top-level element, open the number of elements
// left open.
func (s *rules) finish(root string, open int) {
	if s.c != nil {
		s.c.finish()
	}
	switch {
	case root == "chartsheet" || root == "dialogsheet" || root == "macrosheet":
		key := map[string]msg.Key{"chartsheet": msg.IntegrityChartSheet, "dialogsheet": msg.IntegrityDialogSheet, "macrosheet": msg.IntegrityMacroSheet}[root]
		s.v.damage(0, key)
		s.v.NotWorksheet = true
	case open != 0 || !s.sawEnd:
		s.v.damage(s.v.LastRow+1, msg.IntegritySheetTruncated, s.v.LastRow)
	}
}

// atoi is strconv.Atoi on bytes, without converting the usual short
// digit strings to a string first (one allocation per cell otherwise).
func atoi(b []byte) (int, bool) {
	if len(b) > 0 && len(b) <= 9 {
		n := 0
		for _, c := range b {
			if c < '0' || c > '9' {
				goto general
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
general:
	n, err := strconv.Atoi(string(b))
	return n, err == nil
}

// cellRef is excelize.CellNameToCoordinates on bytes: the usual form
// (one to three capital letters, a row number without leading zero, both
// in range) is read directly, anything else by excelize itself, so the
// result is always the library's.
func cellRef(ref []byte) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && i < 3 && 'A' <= ref[i] && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	if i > 0 && i < len(ref) && len(ref)-i <= 7 && ref[i] != '0' {
		j := i
		for ; j < len(ref) && '0' <= ref[j] && ref[j] <= '9'; j++ {
			row = row*10 + int(ref[j]-'0')
		}
		if j == len(ref) && col <= excelize.MaxColumns && row <= excelize.TotalRows {
			return col, row, true
		}
	}
	c, r, err := excelize.CellNameToCoordinates(string(ref))
	return c, r, err == nil
}
