package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"

	"github.com/richardlehane/mscfb"
)

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
	// larger than xmlInMemory, which it streams from temporary files.
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
}

// DefaultLimits are the limits used when Options.Limits is zero.
var DefaultLimits = Limits{
	MaxUnzipped:      2 << 30,
	MaxPart:          1 << 30,
	MaxRatio:         1000,
	MaxInMemory:      256 << 20,
	MaxParts:         10_000,
	MaxSharedStrings: 2_000_000,
	MaxDepth:         64,
	MaxColumns:       1_000,
}

// xmlInMemory is the size above which the spreadsheet library extracts a
// worksheet or the shared-string table to a temporary file and streams it
// (its Options.UnzipXMLSizeLimit; 16 MiB is its default, set here
// deliberately so that MaxInMemory can be computed).
const xmlInMemory = 16 << 20

func (l Limits) orDefault() Limits {
	d := DefaultLimits
	if l.MaxUnzipped == 0 {
		l.MaxUnzipped = d.MaxUnzipped
	}
	if l.MaxPart == 0 {
		l.MaxPart = d.MaxPart
	}
	if l.MaxRatio == 0 {
		l.MaxRatio = d.MaxRatio
	}
	if l.MaxInMemory == 0 {
		l.MaxInMemory = d.MaxInMemory
	}
	if l.MaxParts == 0 {
		l.MaxParts = d.MaxParts
	}
	if l.MaxSharedStrings == 0 {
		l.MaxSharedStrings = d.MaxSharedStrings
	}
	if l.MaxDepth == 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.MaxColumns == 0 {
		l.MaxColumns = d.MaxColumns
	}
	return l
}

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	zipMagic = []byte("PK\x03\x04")
)

// sniff tells what a file is when it is not an .xlsx package, as a
// message for the user, or "" when it looks like a zip package.
func sniff(p string) string {
	f, err := os.Open(p)
	if err != nil {
		return fmt.Sprintf("cannot open the file: %v", unwrapPath(err))
	}
	defer f.Close()
	head := make([]byte, 8)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	switch {
	case n == 0:
		return "the file is empty (0 bytes); expected an .xlsx workbook"
	case bytes.Equal(head, oleMagic):
		if _, err := f.Seek(0, io.SeekStart); err == nil && isEncryptedOOXML(f) {
			return "the workbook is encrypted (password-protected), and ratsreport takes no password; save a copy without one (Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password) as .xlsx"
		}
		return "this is a legacy Excel 97-2003 (.xls) or other OLE2 file; open it and save it as an .xlsx workbook"
	case bytes.HasPrefix(head, zipMagic) || bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return ""
	case n >= 5 && string(head[:5]) == "%PDF-":
		return "this is a PDF, not a workbook; expected an .xlsx workbook"
	}
	return "this is not an .xlsx workbook (not a zip package); expected an Excel 2007+ .xlsx file"
}

// isEncryptedOOXML reports whether an OLE2 compound file holds an
// encrypted OOXML package (it then has an EncryptionInfo stream).
func isEncryptedOOXML(r io.ReaderAt) (enc bool) {
	defer func() {
		if recover() != nil {
			enc = false
		}
	}()
	doc, err := mscfb.New(r)
	if err != nil {
		return false
	}
	for entry, err := doc.Next(); err == nil; entry, err = doc.Next() {
		if entry.Name == "EncryptionInfo" || entry.Name == "EncryptedPackage" {
			return true
		}
	}
	return false
}

// sheetCheck is what the strict pass learnt about one worksheet part.
type sheetCheck struct {
	err error // not well-formed, truncated or otherwise damaged
	// notWorksheet: a chart, dialog or macro sheet; err says which.
	notWorksheet bool
	lastRow      int // the highest row number present
	issues       []cellIssue
}

// cellIssue is a problem with one cell that the streaming reader would
// hide (it returns "" or a wrong string without error).
type cellIssue struct {
	row, col int
	msg      string
}

// pkgCheck is the result of checking a whole package.
type pkgCheck struct {
	sheets map[string]*sheetCheck // by sheet name
}

// zipPackage is an opened workbook package whose parts are named as the
// spreadsheet library names them (excelize lib.go ReadZipReader):
// backslashes, which some .NET writers use, as slashes, and the content
// types and shared strings found whatever their case. The strict pass
// must check exactly the parts the library reads.
type zipPackage struct {
	zr    *zip.ReadCloser
	parts map[string]*zip.File
	// sheets maps each sheet name of the workbook to its part, resolved
	// as the library resolves it (excelize sheet.go getWorksheetPath).
	sheets map[string]string
	// sst is the number of entries of the shared-string table, -1 when
	// the package has none.
	sst int
}

func (pk *zipPackage) Close() error { return pk.zr.Close() }

// partName is a zip entry's name as excelize knows the part.
func partName(name string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	switch strings.ToLower(name) {
	case "[content_types].xml":
		return "[Content_Types].xml"
	case "xl/sharedstrings.xml":
		return sharedStringsPart
	}
	return name
}

const sharedStringsPart = "xl/sharedStrings.xml"

// preflight opens the package at p and checks it before the spreadsheet
// library sees it. From the zip directory alone, before anything is
// decompressed: part names unique (OPC compares them ignoring case; two
// parts of one name would let the library and the strict pass read
// different ones), the number of parts, declared sizes and compression
// ratios within the limits (zip bombs, forged sizes that would make the
// library allocate gigabytes), what the library would hold in memory, and
// the package being a workbook at all. Then from the small parts: where
// the workbook and its sheets are, and the shared-string table's size and
// nesting, which the library loads whole. The caller closes the package.
func preflight(p string, lim Limits) (pk *zipPackage, err error) {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return nil, fmt.Errorf("not a readable zip package (%v); the file is damaged or not an .xlsx workbook", err)
	}
	pk = &zipPackage{zr: zr, parts: map[string]*zip.File{}, sst: -1}
	defer func() {
		if err != nil {
			zr.Close()
			pk = nil
		}
	}()
	if len(zr.File) > lim.MaxParts {
		return nil, fmt.Errorf("the package holds %d parts; a workbook has tens, and the limit is %d", len(zr.File), lim.MaxParts)
	}
	folded := map[string]string{}
	var total, inMemory uint64
	for _, zf := range zr.File {
		name := partName(zf.Name)
		if strings.HasSuffix(name, "/") {
			continue // a folder entry
		}
		if prev, dup := folded[strings.ToLower(name)]; dup {
			return nil, fmt.Errorf("the package holds two parts named %q and %q, which is not allowed (part names are compared ignoring case); the file is damaged", prev, zf.Name)
		}
		folded[strings.ToLower(name)] = zf.Name
		pk.parts[name] = zf
		size := zf.UncompressedSize64
		total += size
		if size > uint64(lim.MaxPart) {
			return nil, fmt.Errorf("part %s declares %d MB once decompressed; the limit for one part is %d MB", zf.Name, size>>20, lim.MaxPart>>20)
		}
		if total > uint64(lim.MaxUnzipped) {
			return nil, fmt.Errorf("the workbook declares more than %d MB of content once decompressed, the limit", lim.MaxUnzipped>>20)
		}
		if size > 1<<20 && (zf.CompressedSize64 == 0 || size/zf.CompressedSize64 > uint64(lim.MaxRatio)) {
			return nil, fmt.Errorf("part %s would expand %d bytes to %d, as zip bombs do; refused", zf.Name, zf.CompressedSize64, size)
		}
		// The library streams worksheets and the shared strings from
		// temporary files above xmlInMemory; it holds everything else.
		streamed := size > xmlInMemory && (name == sharedStringsPart || strings.HasPrefix(strings.ToLower(name), "xl/worksheets/sheet"))
		if !streamed {
			inMemory += size
		}
		if inMemory > uint64(lim.MaxInMemory) {
			return nil, fmt.Errorf("the workbook's parts other than large sheets (pictures, embedded objects, many sheets) hold more than %d MB, the limit; save a copy with only the sheets of the report", lim.MaxInMemory>>20)
		}
	}
	wb, err := pk.workbookPart()
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(strings.ToLower(wb), ".bin") {
		return nil, errors.New("this is an Excel binary workbook (.xlsb); save it as an .xlsx workbook")
	}
	if wb == "" || pk.parts[wb] == nil {
		switch {
		case pk.parts["content.xml"] != nil:
			return nil, errors.New("this is an OpenDocument spreadsheet (.ods); save it as an .xlsx workbook")
		case pk.parts["xl/workbook.bin"] != nil:
			return nil, errors.New("this is an Excel binary workbook (.xlsb); save it as an .xlsx workbook")
		case pk.parts["word/document.xml"] != nil:
			return nil, errors.New("this is a Word document, not a workbook")
		case wb != "":
			return nil, fmt.Errorf("the package names %s as its workbook, but has no such part; the file is damaged", wb)
		}
		return nil, errors.New("the package has no workbook part (no officeDocument relationship in _rels/.rels); expected an .xlsx workbook")
	}
	if pk.sheets, err = pk.sheetParts(wb); err != nil {
		return nil, err
	}
	if zf := pk.parts[sharedStringsPart]; zf != nil {
		if pk.sst, err = countSharedStrings(zf, lim); err != nil {
			return nil, err
		}
	}
	return pk, nil
}

// Relationship types, with the ISO strict namespace that the library
// rewrites to the transitional one before reading (excelize lib.go
// namespaceStrictToTransitional).
const (
	relNamespace       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	strictRelNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships"
	relOfficeDocument  = relNamespace + "/officeDocument"
)

type relationships struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// workbookPart is the target of the package's officeDocument
// relationship, as excelize (workbook.go getWorkbookPath) finds it; "" when
// there is none.
func (pk *zipPackage) workbookPart() (string, error) {
	zf := pk.parts["_rels/.rels"]
	if zf == nil {
		return "", nil
	}
	var rels relationships
	if err := decodePart(zf, &rels); err != nil {
		return "", fmt.Errorf("_rels/.rels is damaged: %v", err)
	}
	for _, r := range rels.Rels {
		if r.Type == relOfficeDocument {
			return strings.TrimPrefix(r.Target, "/"), nil
		}
	}
	return "", nil
}

// sheetParts maps sheet names to their part names through the workbook
// and its relationships, as excelize does (sheet.go getSheetMap,
// getWorksheetPath; workbook.go getWorkbookRelsPath).
func (pk *zipPackage) sheetParts(wb string) (map[string]string, error) {
	type sheet struct {
		Name string `xml:"name,attr"`
		RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
	}
	var book struct {
		Sheets []sheet `xml:"sheets>sheet"`
	}
	if err := decodePart(pk.parts[wb], &book); err != nil {
		return nil, fmt.Errorf("%s is damaged: %v", wb, err)
	}
	dir := path.Dir(wb)
	relsPath := strings.TrimPrefix(dir+"/_rels/"+path.Base(wb)+".rels", "/")
	if dir == "." {
		relsPath = "_rels/" + path.Base(wb) + ".rels"
	}
	var rels relationships
	if zf := pk.parts[relsPath]; zf != nil {
		if err := decodePart(zf, &rels); err != nil {
			return nil, fmt.Errorf("%s is damaged: %v", relsPath, err)
		}
	}
	out := map[string]string{}
	for _, s := range book.Sheets {
		for _, r := range rels.Rels {
			if r.ID != s.RID {
				continue
			}
			t := path.Clean(dir + "/" + r.Target)
			if strings.HasPrefix(r.Target, "/") {
				t = path.Clean(r.Target)
			}
			out[s.Name] = strings.TrimPrefix(strings.ReplaceAll(t, `\`, "/"), "/")
		}
	}
	return out, nil
}

// checkPackage reads every part of the package once: it verifies the
// container (deflate data and CRC intact, sizes as declared), and runs a
// strict pass over every worksheet, the very parts the streaming reader
// reads (pk.sheets): well-formed XML with matching end tags, rows and
// cells in ascending order, shared-string indexes in range, formulas with
// a cached value. The streaming reader skips over all of these silently.
// It runs concurrently with the streaming reader, so it opens the package
// afresh.
func checkPackage(p string, pk *zipPackage, lim Limits) (*pkgCheck, error) {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return nil, fmt.Errorf("not a readable zip package (%v)", err)
	}
	defer zr.Close()
	byName := map[string]*zip.File{}
	for _, zf := range zr.File {
		byName[partName(zf.Name)] = zf
	}
	pc := &pkgCheck{sheets: map[string]*sheetCheck{}}
	checked := map[string]bool{}
	for name, part := range pk.sheets {
		zf := byName[part]
		if zf == nil {
			pc.sheets[name] = &sheetCheck{err: fmt.Errorf("its part %s is missing from the package", part)}
			continue
		}
		pc.sheets[name] = checkSheet(zf, pk.sst, lim.MaxDepth)
		checked[part] = true
	}
	for _, zf := range zr.File {
		if checked[partName(zf.Name)] {
			continue
		}
		if err := drain(zf); err != nil {
			return nil, fmt.Errorf("part %s is damaged: %v", zf.Name, err)
		}
	}
	return pc, nil
}

// drain reads a part to its end, which makes archive/zip verify its CRC.
func drain(zf *zip.File) error {
	rc, err := zf.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	n, err := io.Copy(io.Discard, rc)
	if err != nil {
		return err
	}
	if uint64(n) != zf.UncompressedSize64 {
		return fmt.Errorf("holds %d bytes, declares %d", n, zf.UncompressedSize64)
	}
	return nil
}

// countSharedStrings counts the entries of the shared-string table,
// refusing a table the library could not load within the limits, or one
// whose entries it would count differently depending on the table's size
// (an <si> elsewhere than directly under the root).
func countSharedStrings(zf *zip.File, lim Limits) (int, error) {
	bad := func(format string, args ...any) (int, error) {
		return 0, fmt.Errorf("xl/sharedStrings.xml, the table of the workbook's texts, is damaged: "+format, args...)
	}
	rc, err := zf.Open()
	if err != nil {
		return bad("%v", err)
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	n := 0
	open := elements{max: lim.MaxDepth}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			if len(open.names) != 0 {
				return bad("truncated XML")
			}
			return n, nil
		}
		if err != nil {
			return bad("%v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := open.start(t.Name); err != nil {
				return bad("%v", err)
			}
			if t.Name.Local == "si" {
				if len(open.names) != 2 {
					return bad("a text entry (<si>) nested inside another element")
				}
				n++
				if n > lim.MaxSharedStrings {
					return 0, fmt.Errorf("the workbook's table of texts (xl/sharedStrings.xml) holds more than %d entries, the limit; a report workbook needs far fewer", lim.MaxSharedStrings)
				}
			}
		case xml.EndElement:
			if err := open.end(t.Name); err != nil {
				return bad("%v", err)
			}
		}
	}
}

// elements are the open elements of a document read with RawToken, which
// unlike Token does not check that end tags match their start tags. The
// library's streaming reader uses Token and ignores its errors: at a
// mismatched end tag it stops reading, silently, so the strict pass must
// refuse what Token would. The nesting is bounded, so that the list is
// short (Token's own is not).
type elements struct {
	names []xml.Name
	max   int
}

func (e *elements) start(n xml.Name) error {
	if len(e.names) >= e.max {
		return fmt.Errorf("elements nested more than %d deep", e.max)
	}
	e.names = append(e.names, n)
	return nil
}

func (e *elements) end(n xml.Name) error {
	if len(e.names) == 0 {
		return fmt.Errorf("the end tag </%s> closes no element", qname(n))
	}
	if top := e.names[len(e.names)-1]; top != n {
		return fmt.Errorf("element <%s> closed by </%s>", qname(top), qname(n))
	}
	e.names = e.names[:len(e.names)-1]
	return nil
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

func decodePart(zf *zip.File, v any) error {
	rc, err := zf.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, 64<<20))
	if err != nil {
		return err
	}
	// As the library does, read ISO strict relationships as transitional.
	b = bytes.ReplaceAll(b, []byte(strictRelNamespace), []byte(relNamespace))
	if err := xml.Unmarshal(b, v); err == io.EOF {
		return errors.New("it holds no XML")
	} else if err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, rc) // verify the CRC
	return err
}

// checkSheet runs the strict pass over one worksheet part: the fast
// scanner (scanSheet) where the part is in the simple form spreadsheet
// writers produce and reads cleanly, otherwise the encoding/xml reading
// (checkSheetSlow), which gives the same result where both finish and is
// the one that words the errors of damaged XML and damaged containers.
func checkSheet(zf *zip.File, sstCount, maxDepth int) *sheetCheck {
	if rc, err := zf.Open(); err == nil {
		sc, ok := scanSheet(rc, sstCount, maxDepth, scanBufSize)
		rc.Close()
		if ok {
			return sc
		}
	}
	// The part is read afresh: the slow path must see it from its start.
	return checkSheetSlow(zf, sstCount, maxDepth)
}

// checkSheetSlow is the strict pass read with encoding/xml's RawToken,
// for any XML: well-formed with matching end tags and bounded nesting,
// the root a worksheet, complete, and sheetState's checks on rows, cells
// and values.
func checkSheetSlow(zf *zip.File, sstCount, maxDepth int) *sheetCheck {
	sc := &sheetCheck{}
	rc, err := zf.Open()
	if err != nil {
		sc.err = err
		return sc
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var (
		st   = sheetState{sc: sc, sstCount: sstCount}
		root string
		open = elements{max: maxDepth}
	)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			sc.err = fmt.Errorf("the sheet's XML is damaged near row %d: %v", st.row+1, err)
			return sc
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := open.start(t.Name); err != nil {
				sc.err = fmt.Errorf("the sheet's XML is damaged near row %d: %v", st.row+1, err)
				return sc
			}
			if len(open.names) == 1 {
				root = t.Name.Local
			}
			kind := kindOf(t.Name.Local)
			var r, typ []byte
			if kind == elemRow || kind == elemCell {
				r, typ = []byte(attr(t, "r")), []byte(attr(t, "t"))
			}
			if !st.start(kind, r, typ) {
				return sc
			}
		case xml.CharData:
			if st.textStart() {
				st.vText = append(st.vText, t...)
			}
		case xml.EndElement:
			if err := open.end(t.Name); err != nil {
				sc.err = fmt.Errorf("the sheet's XML is damaged near row %d: %v", max(st.row, 1), err)
				return sc
			}
			st.end(kindOf(t.Name.Local))
		}
	}
	st.finish(root, len(open.names))
	return sc
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// checkNesting refuses a part whose elements nest deeper than max, before
// the library's streaming reader sees it: that reader keeps every open
// element in memory (~120 bytes each), so a few megabytes of nested tags
// would cost gigabytes. It also refuses declarations (<!DOCTYPE …>), which
// package XML must not hold (ECMA-376 part 2, 8.1.4). It looks at the
// bytes without parsing them, at the speed of decompression.
func checkNesting(zf *zip.File, max int) error {
	rc, err := zf.Open()
	if err != nil {
		return fmt.Errorf("the sheet's part cannot be read: %v", err)
	}
	defer rc.Close()
	_, err = maxNesting(rc, max)
	switch {
	case errors.Is(err, errTooDeep), errors.Is(err, errDeclaration):
		return fmt.Errorf("the sheet's XML %v", err)
	case err != nil:
		return fmt.Errorf("the sheet's part is damaged: %v", err)
	}
	return nil
}

// errTooDeep and errDeclaration are what maxNesting refuses.
var (
	errTooDeep     = errors.New("nests elements too deep")
	errDeclaration = errors.New("holds a document type declaration (<!DOCTYPE …>), which workbooks do not have")
)

// maxNesting returns the deepest nesting of elements in an XML document,
// as encoding/xml's Decoder.Token would see it for a well-formed document
// (FuzzNesting compares them), failing as soon as it exceeds max. Text,
// attribute values, comments, CDATA sections and processing instructions
// are skipped; a declaration is an error. Malformed XML gives some depth
// and no error: the strict pass reports it.
func maxNesting(r io.Reader, max int) (int, error) {
	const (
		text    = iota
		lt      // after '<'
		start   // in a start tag
		quote   // in an attribute value
		end     // in an end tag
		pi      // in a processing instruction
		bang    // after "<!"
		comment // in a comment
		cdata   // in a CDATA section
	)
	const cdataOpen = "[CDATA["
	var (
		buf            = make([]byte, 64<<10)
		state          = text
		depth, deepest int
		q, last        byte // the quote that opened an attribute value; the previous byte of a tag
		run            int  // progress matching "<![CDATA[", or closing "-->", "]]>"
	)
	for {
		n, rerr := r.Read(buf)
		b := buf[:n]
		for i := 0; i < len(b); i++ {
			c := b[i]
			switch state {
			case text:
				j := bytes.IndexByte(b[i:], '<')
				if j < 0 {
					i = len(b)
					continue
				}
				i += j
				state = lt
			case lt:
				switch c {
				case '/':
					state = end
				case '?':
					state, last = pi, 0
				case '!':
					state, run = bang, 0
				default:
					depth++
					if depth > deepest {
						deepest = depth
						if deepest > max {
							return deepest, fmt.Errorf("%w (more than %d levels)", errTooDeep, max)
						}
					}
					state, last = start, c
				}
			case start:
				// The name and attributes up to a quote or the end of the
				// tag, in one tight loop: most of a sheet is tags.
				for c != '>' && c != '"' && c != '\'' {
					last = c
					if i++; i == len(b) {
						break
					}
					c = b[i]
				}
				switch {
				case i == len(b):
				case c == '>':
					if last == '/' {
						depth-- // an empty element
					}
					state = text
				default:
					state, q, last = quote, c, c
				}
			case quote:
				j := bytes.IndexByte(b[i:], q)
				if j < 0 {
					i = len(b)
					continue
				}
				i += j
				state, last = start, q
			case end:
				j := bytes.IndexByte(b[i:], '>')
				if j < 0 {
					i = len(b)
					continue
				}
				i += j
				depth--
				state = text
			case pi:
				if c == '>' && last == '?' {
					state = text
				}
				last = c
			case bang:
				switch {
				case run == 0 && c == '-':
					run = -1 // "<!-", a comment if another '-' follows
				case run == -1 && c == '-':
					state, run = comment, 0
				case run >= 0 && run < len(cdataOpen) && c == cdataOpen[run]:
					run++
					if run == len(cdataOpen) {
						state, run = cdata, 0
					}
				default:
					return deepest, errDeclaration
				}
			case comment, cdata:
				closing := byte('-')
				if state == cdata {
					closing = ']'
				}
				switch {
				case c == closing:
					run++
				case c == '>' && run >= 2:
					state, run = text, 0
				default:
					run = 0
				}
			}
		}
		if rerr == io.EOF {
			return deepest, nil
		}
		if rerr != nil {
			return deepest, rerr
		}
	}
}
