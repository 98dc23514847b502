package integrity

// Tests of the fast path of the strict pass (scan.go): that it gives
// exactly the slow path's result wherever it finishes, and that it does
// finish on the sheets real writers produce.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/msg"
)

// partZip stores data as the part xl/worksheets/sheet1.xml of an
// in-memory zip package, compressed as workbooks are, and returns it.
func partZip(tb testing.TB, data []byte) *zip.File {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate})
	if err == nil {
		_, err = w.Write(data)
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		tb.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		tb.Fatal(err)
	}
	return zr.File[0]
}

// sameCheck tells how two verdicts of the strict pass differ, "" when
// they are identical: damage by its text, and by its row unless b is
// checkSheetBefore's, which knew of no rows.
func sameCheck(a, b *Verdict) string {
	da, db := Damage{Msg: lit("<nil>")}, Damage{Msg: lit("<nil>")}
	if a.Damage != nil {
		da = *a.Damage
	}
	if b.Damage != nil {
		db = *b.Damage
	}
	switch {
	case da.Error() != db.Error():
		return fmt.Sprintf("damage %q, want %q", da.Error(), db.Error())
	case da.Row != db.Row && db.Row != before:
		return fmt.Sprintf("damage at row %d, want %d", da.Row, db.Row)
	case a.NotWorksheet != b.NotWorksheet:
		return fmt.Sprintf("NotWorksheet %v, want %v", a.NotWorksheet, b.NotWorksheet)
	case a.LastRow != b.LastRow:
		return fmt.Sprintf("LastRow %d, want %d", a.LastRow, b.LastRow)
	case !reflect.DeepEqual(issueTexts(a.Issues), issueTexts(b.Issues)):
		return fmt.Sprintf("Issues %v, want %v", issueTexts(a.Issues), issueTexts(b.Issues))
	}
	return ""
}

// lit is a message that reads as s, for the reference checkSheetBefore,
// which words its findings itself.
func lit(s string) msg.Message { return msg.New(msg.ReadErrorText, s) }

// issueTexts are issues as their cells and English texts, which the fast
// and slow paths and the reference must agree on.
func issueTexts(is []Issue) []string {
	var out []string
	for _, x := range is {
		out = append(out, fmt.Sprintf("%d,%d: %s", x.Row, x.Col, x.Msg))
	}
	return out
}

// before is the row of checkSheetBefore's damage: it knew of none.
const before = -1

// scanReaders are the ways the fast scanner is fed in the differential
// tests besides the buffer sizes of diffScan: whole, byte by byte, in
// halves, and with the end reported with the last bytes.
var scanReaders = []struct {
	name string
	wrap func(io.Reader) io.Reader
	buf  int
}{
	{"whole", func(r io.Reader) io.Reader { return r }, scanBufSize},
	{"byte-by-byte", iotest.OneByteReader, 64},
	{"halves", iotest.HalfReader, 7},
	{"data-with-EOF", iotest.DataErrReader, 5},
}

// diffScan checks the fast scanner against the slow path, and the slow
// path against the code before both, on one sheet: wherever the fast
// scanner finishes, its result must be the slow path's. The fast scanner
// reads through each of scanReaders, and through each buffer size in
// bufSizes (1 byte grows as units need it), which splits units across
// reads everywhere. It reports whether the fast scanner always finished.
func diffScan(t *testing.T, data []byte, sstCount, maxDepth int, bufSizes ...int) (fast bool) {
	t.Helper()
	zf := partZip(t, data)
	slow := decodeSheet(zf, sstCount, maxDepth, nil)
	if d := sameCheck(slow, checkSheetBefore(zf, sstCount, maxDepth)); d != "" && !structureRefusal(slow) {
		t.Fatalf("decodeSheet differs from checkSheetBefore: %s", d)
	}
	if d := sameCheck(verifySheet(zf, sstCount, maxDepth, nil), slow); d != "" {
		t.Fatalf("verifySheet differs from decodeSheet: %s", d)
	}
	fast = true
	try := func(name string, r io.Reader, buf int) {
		sc, ok := scanSheet(r, sstCount, maxDepth, buf, nil)
		if !ok {
			fast = false
			return
		}
		if d := sameCheck(sc, slow); d != "" {
			t.Fatalf("fast path (%s, %d-byte buffer) differs from the slow path: %s", name, buf, d)
		}
	}
	for _, rd := range scanReaders {
		try(rd.name, rd.wrap(bytes.NewReader(data)), rd.buf)
	}
	for _, n := range bufSizes {
		try("buffer", bytes.NewReader(data), n)
	}
	return fast
}

// structureRefusal tells a verdict refusing a sheet for a structure that
// the rules refuse since the cells are taken from the strict pass (a row
// or cell inside a cell, an attribute given twice, a style that is not a
// number before the cell's reference): there, where the reference
// checkSheetBefore knew no such rule, the rules may be stricter.
func structureRefusal(v *Verdict) bool {
	if v.Damage == nil {
		return false
	}
	m := v.Damage.Error()
	return strings.Contains(m, " inside a cell in row ") || strings.Contains(m, " twice near row ") || strings.Contains(m, "which is not a number, before its reference")
}

// smallBufs are buffer sizes 1 to 17 bytes.
var smallBufs = func() (s []int) {
	for n := 1; n <= 17; n++ {
		s = append(s, n)
	}
	return s
}()

// scanHead and scanTail wrap sheet data into a worksheet part as Excel
// writes it (a declaration, CRLF, namespaces).
const (
	scanHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>`
	scanTail = `</sheetData></worksheet>`
)

// scanCases are handmade sheets at the edges of the fast scanner's
// subset; fast says whether it must finish on them (it must never give
// another result than the slow path).
var scanCases = []struct {
	name string
	xml  string
	sst  int
	fast bool
}{
	{"empty sheet", scanHead + scanTail, -1, true},
	{"no declaration", `<worksheet><sheetData/></worksheet>`, -1, true},
	{"declaration single quotes", `<?xml version='1.0' encoding='utf-8'?><worksheet/>`, -1, true},
	{"declaration bare", `<?xml?><worksheet/>`, -1, true},
	{"byte order mark", "\uFEFF" + scanHead + scanTail, -1, true},
	{"trailing newline", scanHead + scanTail + "\r\n", -1, true},
	{"plain cells", scanHead + `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c><c r="C1" t="b"><v>1</v></c></row>` + scanTail, 1, true},
	{"entities", scanHead + `<row r="1"><c r="A1" t="str"><f>"a&amp;b&lt;&gt;&quot;&apos;"</f><v>a&amp;b&lt;&gt;"'</v></c></row>` + scanTail, -1, true},
	{"character references", scanHead + `<row r="1"><c r="A1" t="s"><v>&#49;&#x32;</v></c><c r="B1" t="inlineStr"><is><t>&#1050;&#x41a;&#xD800;&#128512;</t></is></c></row>` + scanTail, 20, true},
	{"reference in r", scanHead + `<row r="&#49;"><c r="A&#49;"><v>1</v></c></row>` + scanTail, -1, true},
	{"prefixes", `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row x:r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`, 1, true},
	{"single quotes", scanHead + `<row r='1'><c r='A1' t='s'><v>0</v></c></row>` + scanTail, 1, true},
	{"spaces in tags", scanHead + `<row  r = "1" ><c r="A1"	t="s" ><v >0</v ></c ></row>` + scanTail, 1, true},
	{"empty cells", scanHead + `<row r="1"><c r="A1"/><c r="B1" s="3"/><c r="C1"><v></v></c><c r="D1"><v/></c></row>` + scanTail, -1, true},
	{"formula without value", scanHead + `<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><f>1+1</f><v></v></c><c r="C1" t="str"><f>"x"</f></c><c r="D1"><f>1</f><v>2</v></c><c r="E1" t="inlineStr"><f/></c></row>` + scanTail, -1, true},
	{"shared strings out of range", scanHead + `<row r="1"><c r="A1" t="s"><v>5</v></c><c r="B1" t="s"><v>-1</v></c><c r="C1" t="s"><v>x</v></c><c r="D1" t="s"><v> 2 </v></c><c r="E1" t="s"><v>+1</v></c></row>` + scanTail, 3, true},
	{"shared strings without table", scanHead + `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` + scanTail, -1, true},
	{"long shared-string index", scanHead + `<row r="1"><c r="A1" t="s"><v>` + strings.Repeat("9", 80) + `</v></c></row>` + scanTail, 3, true},
	{"rows without numbers", scanHead + `<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>1</v></c></row>` + scanTail, -1, true},
	{"rows out of order", scanHead + `<row r="2"/><row r="1"/>` + scanTail, -1, true},
	{"row repeated", scanHead + `<row r="2"/><row/><row r="3"/>` + scanTail, -1, true},
	{"row number zero", scanHead + `<row r="0"/>` + scanTail, -1, true},
	{"row number too large", scanHead + `<row r="1048577"/>` + scanTail, -1, true},
	{"row number not a number", scanHead + `<row r="1x"/>` + scanTail, -1, true},
	{"cells out of order", scanHead + `<row r="1"><c r="B1"/><c r="A1"/></row>` + scanTail, -1, true},
	{"cell in another row", scanHead + `<row r="1"><c r="A2"/></row>` + scanTail, -1, true},
	{"cell reference lower case", scanHead + `<row r="1"><c r="a1"/><c r="$C$1"/></row>` + scanTail, -1, true},
	{"cell reference bad", scanHead + `<row r="1"><c r="1A"/></row>` + scanTail, -1, true},
	{"column too large", scanHead + `<row r="1"><c r="XFE1"/></row>` + scanTail, -1, true},
	{"refused then garbage", scanHead + `<row r="2"/><row r="1"/><<<>>>`, -1, true},
	{"truncated between tags", scanHead + `<row r="1"><c r="A1"><v>1</v></c>`, -1, true},
	{"no worksheet end", `<worksheet><sheetData></sheetData>`, -1, true},
	{"chart sheet", `<?xml version="1.0"?><chartsheet><sheetPr/></chartsheet>`, -1, true},
	{"other root", `<foo/>`, -1, true},
	{"two roots", `<worksheet/><chartsheet/>`, -1, true},
	{"text outside the root", `<worksheet/>junk`, -1, true},
	{"value split by an element", scanHead + `<row r="1"><c r="A1" t="s"><v>1<x/>2</v></c></row>` + scanTail, 20, true},
	{"long whitespace value", scanHead + `<row r="1"><c r="A1"><f>1</f><v>` + strings.Repeat(" ", 70) + `<x/>5</v></c></row>` + scanTail, -1, true},
	{"carriage returns", scanHead + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\r1\r\n</v></c></row>\r\n" + scanTail, 5, true},
	{"right bracket", scanHead + `<row r="1"><c r="A1" t="inlineStr"><is><t>]] ]&gt; a>b ]]&gt;</t></is></c></row>` + scanTail, -1, true},
	{"greater-than in attribute", scanHead + `<row r="1" x="]]>"/>` + scanTail, -1, true},
	{"non-ASCII text", scanHead + `<row r="1"><c r="A1" t="inlineStr"><is><t>Ташкент 中文 😀</t></is></c></row>` + scanTail, -1, true},

	// Outside the subset: the slow path decides.
	{"comment", scanHead + `<!-- x --><row r="1"/>` + scanTail, -1, false},
	{"CDATA", scanHead + `<row r="1"><c r="A1" t="s"><v><![CDATA[1]]></v></c></row>` + scanTail, 5, false},
	{"processing instruction", scanHead + `<?pi x?>` + scanTail, -1, false},
	{"late declaration", ` <?xml version="1.0"?><worksheet/>`, -1, false},
	{"declaration latin-1", `<?xml version="1.0" encoding="ISO-8859-1"?><worksheet/>`, -1, false},
	{"declaration version", `<?xml version="1.1"?><worksheet/>`, -1, false},
	{"doctype", `<!DOCTYPE worksheet><worksheet/>`, -1, false},
	{"unknown entity", scanHead + `<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>` + scanTail, -1, false},
	{"entity without semicolon", scanHead + `<row r="1"><c r="A1" t="inlineStr"><is><t>a &amp b</t></is></c></row>` + scanTail, -1, false},
	{"reference to a control character", scanHead + `<row r="1"><c r="A1" t="inlineStr"><is><t>&#1;</t></is></c></row>` + scanTail, -1, false},
	{"control character", scanHead + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\x01</t></is></c></row>" + scanTail, -1, false},
	{"invalid UTF-8", scanHead + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\xff</t></is></c></row>" + scanTail, -1, false},
	{"U+FFFE", scanHead + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\uFFFE</t></is></c></row>" + scanTail, -1, false},
	{"]]> in text", scanHead + `<row r="1"><c r="A1" t="inlineStr"><is><t>a]]>b</t></is></c></row>` + scanTail, -1, false},
	{"< in attribute", scanHead + `<row r="1" x="<"/>` + scanTail, -1, false},
	{"unquoted attribute", scanHead + `<row r=1/>` + scanTail, -1, false},
	{"attributes unseparated", scanHead + `<row r="1"><c r="A1"t="s"><v>0</v></c></row>` + scanTail, 1, false},
	{"non-ASCII name", scanHead + `<row r="1"><ç/></row>` + scanTail, -1, false},
	{"two colons", scanHead + `<a:b:c/>` + scanTail, -1, false},
	{"mismatched end tag", scanHead + `<row r="1"></c></row>` + scanTail, -1, false},
	{"prefix mismatch", `<x:worksheet></worksheet>`, -1, false},
	{"end tag at top", `</worksheet>`, -1, false},
	{"truncated in a tag", scanHead + `<row r="1"><c r="A1"><v>1</v`, -1, false},
	{"truncated in an entity", scanHead + `<row r="1"><c r="A1" t="s"><v>&amp`, -1, false},
	{"too deep", `<worksheet>` + strings.Repeat("<a>", 70) + strings.Repeat("</a>", 70) + `</worksheet>`, -1, false},
}

func TestSheetScanCases(t *testing.T) {
	for _, c := range scanCases {
		t.Run(c.name, func(t *testing.T) {
			if got := diffScan(t, []byte(c.xml), c.sst, DefaultLimits.MaxDepth, smallBufs...); got != c.fast {
				t.Errorf("fast path finished: %v, want %v", got, c.fast)
			}
		})
	}
}

// TestSheetScanRealWriters checks that the sheets real writers produce
// take the fast path, with every buffer size and way of reading: were they
// to fall back, the optimisation would silently never run.
func TestSheetScanRealWriters(t *testing.T) {
	sheets := realSheets(t)
	if len(sheets) < 8 {
		t.Fatalf("only %d sheets", len(sheets))
	}
	for name, s := range sheets {
		t.Run(name, func(t *testing.T) {
			if !diffScan(t, s.xml, s.sst, DefaultLimits.MaxDepth, smallBufs...) {
				t.Errorf("the fast path gave up on a sheet written by a real writer")
			}
			if v, _ := scanSheet(bytes.NewReader(s.xml), s.sst, DefaultLimits.MaxDepth, scanBufSize, nil); v != nil && v.Damage != nil {
				t.Errorf("the sheet is refused: %v", v.Damage)
			}
		})
	}
}

// TestSheetScanCorpus compares both paths on every worksheet of the
// shared corpus of real-world workbooks, and checks that most of them
// take the fast path.
func TestSheetScanCorpus(t *testing.T) {
	files := corpusPackages(t)
	var total, fast int
	for _, p := range files {
		zr, err := zip.OpenReader(p)
		if err != nil {
			continue
		}
		for _, zf := range zr.File {
			name := partName(zf.Name)
			if !strings.HasPrefix(name, "xl/worksheets/") || !strings.HasSuffix(name, ".xml") || zf.UncompressedSize64 > 64<<20 {
				continue
			}
			total++
			slow := checkSheetBefore(zf, 100, DefaultLimits.MaxDepth)
			rc, err := zf.Open()
			if err != nil {
				continue
			}
			sc, ok := scanSheet(rc, 100, DefaultLimits.MaxDepth, scanBufSize, nil)
			rc.Close()
			if ok {
				fast++
				if d := sameCheck(sc, slow); d != "" {
					t.Errorf("%s %s: the fast path differs from the slow path: %s", p, zf.Name, d)
				}
			}
			if d := sameCheck(verifySheet(zf, 100, DefaultLimits.MaxDepth, nil), slow); d != "" {
				t.Errorf("%s %s: verifySheet differs from the code before the fast path: %s", p, zf.Name, d)
			}
		}
		zr.Close()
	}
	t.Logf("%d of %d corpus worksheets took the fast path", fast, total)
	if fast*10 < total*8 {
		t.Errorf("only %d of %d corpus worksheets took the fast path", fast, total)
	}
}

// TestCellRef compares cellRef with the library's CellNameToCoordinates.
func TestCellRef(t *testing.T) {
	for _, ref := range []string{"A1", "Z9", "AA10", "XFD1048576", "XFE1", "XFD1048577", "A0", "A01", "a1", "$A$1", "AAAA1",
		"A", "1", "", "A1B", "A+1", "A-1", "ZZZ1", "A9999999", "A10000000", "AB 1", "Ä1", "A１"} {
		c1, r1, ok := cellRef([]byte(ref))
		c2, r2, err := excelize.CellNameToCoordinates(ref)
		if ok != (err == nil) || ok && (c1 != c2 || r1 != r2) {
			t.Errorf("cellRef(%q) = %d, %d, %v; the library: %d, %d, %v", ref, c1, r1, ok, c2, r2, err)
		}
	}
}

// TestAtoi compares atoi with strconv.Atoi.
func TestAtoi(t *testing.T) {
	for _, s := range []string{"0", "1", "007", "123456789", "1234567890", "99999999999999999999", "", "-1", "+1", " 1", "1e3", "0x10", "1_000", "١"} {
		n1, ok := atoi([]byte(s))
		n2, err := strconv.Atoi(s)
		if ok != (err == nil) || ok && n1 != n2 {
			t.Errorf("atoi(%q) = %d, %v; strconv.Atoi: %d, %v", s, n1, ok, n2, err)
		}
	}
}

// FuzzSheetScan is the differential test of the fast path: for any bytes
// as a worksheet part, any shared-string table size, nesting limit and
// buffer size, the slow path must give what the code before it gave, and
// the fast scanner, fed in pieces, either gives up or gives exactly the
// slow path's result.
func FuzzSheetScan(f *testing.F) {
	for _, s := range realSheets(f) {
		f.Add(s.xml, int16(s.sst), uint8(DefaultLimits.MaxDepth), uint8(5))
	}
	for _, c := range scanCases {
		f.Add([]byte(c.xml), int16(c.sst), uint8(64), uint8(len(c.xml)))
	}
	f.Add([]byte(`<worksheet><a><b><c/></b></a></worksheet>`), int16(-1), uint8(3), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, sst int16, depth, buf uint8) {
		diffScan(t, data, int(sst), 1+int(depth)%80, 1+int(buf)%17, 18+int(buf))
	})
}

// checkSheetBefore is the strict pass as it was before the fast path and
// the rules existed, kept verbatim but for its names and its errors made
// a Damage (at row before), as the reference both paths must agree with:
// FuzzSheetScan compares decodeSheet, the same code reorganised around
// the rules, with it too.
func checkSheetBefore(zf *zip.File, sstCount, maxDepth int) *Verdict {
	sc := &Verdict{}
	rc, err := zf.Open()
	if err != nil {
		sc.Damage = &Damage{Row: before, Msg: lit(err.Error())}
		return sc
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var (
		row, col              int
		inCell, inV, hasF     bool
		cellType, vText, cRef string
		sawEnd                bool
		nextRow               int
		root                  string
		open                  = elements{max: maxDepth}
	)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			sc.Damage = &Damage{Row: before, Msg: lit(fmt.Sprintf("the sheet's XML is damaged near row %d: %v", row+1, err))}
			return sc
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := open.start(t.Name); err != nil {
				sc.Damage = &Damage{Row: before, Msg: lit(fmt.Sprintf("the sheet's XML is damaged near row %d: %v", row+1, err))}
				return sc
			}
			if len(open.names) == 1 {
				root = t.Name.Local
			}
			switch t.Name.Local {
			case "row":
				nextRow++
				if r := attr(t, "r"); r != "" {
					n, err := strconv.Atoi(r)
					if err != nil || n < 1 || n > excelize.TotalRows {
						sc.Damage = &Damage{Row: before, Msg: lit(fmt.Sprintf("the sheet's XML has a row numbered %q; expected 1 to %d", r, excelize.TotalRows))}
						return sc
					}
					nextRow = n
				}
				// Excel writes rows in order, once each, and refuses a
				// sheet otherwise; the streaming reader numbers rows by
				// counting, so a row out of order would take another's
				// number.
				if nextRow <= row {
					sc.Damage = &Damage{Row: before, Msg: lit(fmt.Sprintf("the sheet's XML has row %d after row %d (rows out of order or repeated)", nextRow, row))}
					return sc
				}
				row, col = nextRow, 0
				if row > sc.LastRow {
					sc.LastRow = row
				}
			case "c":
				inCell, hasF, vText = true, false, ""
				cellType, cRef = attr(t, "t"), attr(t, "r")
				prev := col
				col++
				if cRef != "" {
					c, r, err := excelize.CellNameToCoordinates(cRef)
					if err != nil || r != row {
						sc.Damage = &Damage{Row: before, Msg: lit(fmt.Sprintf("the sheet's XML has a cell reference %q in row %d", cRef, row))}
						return sc
					}
					col = c
				}
				// Out of order, the streaming reader would put the value
				// in another column.
				if col <= prev {
					name, _ := excelize.CoordinatesToCellName(col, row)
					sc.Damage = &Damage{Row: before, Msg: lit(fmt.Sprintf("the sheet's XML has cell %s after a cell to its right in row %d (cells out of order or repeated)", name, row))}
					return sc
				}
			case "f":
				if inCell {
					hasF = true
				}
			case "v":
				inV = inCell
			}
		case xml.CharData:
			// Only the start of a value matters here (empty or not, a
			// shared-string index); a value in many pieces (CDATA
			// sections) must not cost quadratic time.
			if inV && len(vText) < 64 {
				vText += string(t)
			}
		case xml.EndElement:
			if err := open.end(t.Name); err != nil {
				sc.Damage = &Damage{Row: before, Msg: lit(fmt.Sprintf("the sheet's XML is damaged near row %d: %v", max(row, 1), err))}
				return sc
			}
			switch t.Name.Local {
			case "v":
				inV = false
			case "c":
				inCell = false
				v := strings.TrimSpace(vText)
				if hasF && v == "" && cellType != "str" && cellType != "inlineStr" {
					sc.Issues = append(sc.Issues, Issue{row, col, lit("formula without a cached value: the reader cannot see its result; recalculate and save the workbook in Excel or LibreOffice")})
				}
				if cellType == "s" && v != "" {
					i, err := strconv.Atoi(v)
					switch {
					case err != nil:
						sc.Issues = append(sc.Issues, Issue{row, col, lit(fmt.Sprintf("shared-string index %q is not a number: the cell's text cannot be read (damaged workbook)", v))})
					case sstCount < 0:
						sc.Issues = append(sc.Issues, Issue{row, col, lit("refers to a shared-string table that the workbook lacks: the cell's text cannot be read (damaged workbook)")})
					case i < 0 || i >= sstCount:
						sc.Issues = append(sc.Issues, Issue{row, col, lit(fmt.Sprintf("shared-string index %d is out of range (the table has %d): the cell's text cannot be read (damaged workbook)", i, sstCount))})
					}
				}
			case "worksheet":
				sawEnd = true
			}
		}
	}
	switch {
	case root == "chartsheet" || root == "dialogsheet" || root == "macrosheet":
		kind := map[string]string{"chartsheet": "a chart sheet", "dialogsheet": "a dialog sheet", "macrosheet": "an Excel 4.0 macro sheet"}[root]
		sc.Damage = &Damage{Row: before, Msg: lit(fmt.Sprintf("the sheet is %s, not a worksheet; only worksheets are read", kind))}
		sc.NotWorksheet = true
	case len(open.names) != 0 || !sawEnd:
		sc.Damage = &Damage{Row: before, Msg: lit(fmt.Sprintf("the sheet's XML is truncated after row %d", sc.LastRow))}
	}
	return sc
}
