package integrity

// The package as a whole: what the file is, its zip directory against the
// limits, where the workbook and its sheets are (as excelize finds them),
// and the container check of every part.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"

	"github.com/richardlehane/mscfb"

	"ratsreport/report/msg"
)

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	zipMagic = []byte("PK\x03\x04")
)

// identify tells what a file is when it is not an .xlsx package, as an
// error for the user, or nil when it looks like a zip package.
func identify(r io.ReaderAt) error {
	head := make([]byte, 8)
	n, _ := r.ReadAt(head, 0)
	head = head[:n]
	switch {
	case n == 0:
		return msg.Errorf(msg.IntegrityEmpty)
	case bytes.Equal(head, oleMagic):
		if isEncryptedOOXML(r) {
			return msg.Errorf(msg.IntegrityEncrypted)
		}
		return msg.Errorf(msg.IntegrityLegacyXLS)
	case bytes.HasPrefix(head, zipMagic) || bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return nil
	case n >= 5 && string(head[:5]) == "%PDF-":
		return msg.Errorf(msg.IntegrityPDF)
	}
	return msg.Errorf(msg.IntegrityNotZip)
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

// openZip opens the package in r and checks it before the spreadsheet
// library sees it. From the zip directory alone, before anything is
// decompressed: part names unique (OPC compares them ignoring case; two
// parts of one name would let the library and the strict pass read
// different ones), the number of parts, declared sizes and compression
// ratios within the limits (zip bombs, forged sizes that would make the
// library allocate gigabytes), what the library would hold in memory, and
// the package being a workbook at all. Then from the small parts: where
// the workbook and its sheets are, and the shared-string table's size and
// nesting, which the library loads whole.
func openZip(r io.ReaderAt, size int64, lim Limits) (*Package, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, msg.Errorf(msg.IntegrityZipUnreadable, err)
	}
	pk := &Package{r: r, size: size, lim: lim, parts: map[string]*zip.File{}, sst: -1}
	if len(zr.File) > lim.MaxParts {
		return nil, msg.Errorf(msg.IntegrityTooManyParts, len(zr.File), lim.MaxParts)
	}
	folded := map[string]string{}
	var total, inMemory uint64
	for _, zf := range zr.File {
		name := partName(zf.Name)
		if strings.HasSuffix(name, "/") {
			continue // a folder entry
		}
		if prev, dup := folded[strings.ToLower(name)]; dup {
			return nil, msg.Errorf(msg.IntegrityDuplicateParts, prev, zf.Name)
		}
		folded[strings.ToLower(name)] = zf.Name
		pk.parts[name] = zf
		size := zf.UncompressedSize64
		total += size
		if size > uint64(lim.MaxPart) {
			return nil, msg.Errorf(msg.IntegrityPartTooLarge, zf.Name, size>>20, lim.MaxPart>>20)
		}
		if total > uint64(lim.MaxUnzipped) {
			return nil, msg.Errorf(msg.IntegrityTooLarge, lim.MaxUnzipped>>20)
		}
		if size > 1<<20 && (zf.CompressedSize64 == 0 || size/zf.CompressedSize64 > uint64(lim.MaxRatio)) {
			return nil, msg.Errorf(msg.IntegrityZipBomb, zf.Name, zf.CompressedSize64, size)
		}
		// The library streams worksheets and the shared strings from
		// temporary files above XMLInMemory; it holds everything else.
		streamed := size > XMLInMemory && (name == sharedStringsPart || strings.HasPrefix(strings.ToLower(name), "xl/worksheets/sheet"))
		if !streamed {
			inMemory += size
		}
		if inMemory > uint64(lim.MaxInMemory) {
			return nil, msg.Errorf(msg.IntegrityInMemory, lim.MaxInMemory>>20)
		}
	}
	wb, err := pk.workbookPart()
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(strings.ToLower(wb), ".bin") {
		return nil, msg.Errorf(msg.IntegrityXLSB)
	}
	if wb == "" || pk.parts[wb] == nil {
		switch {
		case pk.parts["content.xml"] != nil:
			return nil, msg.Errorf(msg.IntegrityODS)
		case pk.parts["xl/workbook.bin"] != nil:
			return nil, msg.Errorf(msg.IntegrityXLSB)
		case pk.parts["word/document.xml"] != nil:
			return nil, msg.Errorf(msg.IntegrityWord)
		case wb != "":
			return nil, msg.Errorf(msg.IntegrityWorkbookMissing, wb)
		}
		return nil, msg.Errorf(msg.IntegrityNoWorkbook)
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
func (pk *Package) workbookPart() (string, error) {
	zf := pk.parts["_rels/.rels"]
	if zf == nil {
		return "", nil
	}
	var rels relationships
	if err := decodePart(zf, &rels); err != nil {
		return "", msg.Errorf(msg.IntegrityPartXMLDamaged, "_rels/.rels", err)
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
// It also keeps what the workbook part says of the workbook as a whole
// (pk.book, see Workbook).
func (pk *Package) sheetParts(wb string) (map[string]string, error) {
	type sheet struct {
		Name  string `xml:"name,attr"`
		State string `xml:"state,attr"`
		RID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
	}
	type definedName struct {
		Name  string `xml:"name,attr"`
		Local *int   `xml:"localSheetId,attr"`
		Data  string `xml:",chardata"`
	}
	var book struct {
		Pr *struct {
			Date1904 bool `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []sheet       `xml:"sheets>sheet"`
		Names  []definedName `xml:"definedNames>definedName"`
	}
	if err := decodePart(pk.parts[wb], &book); err != nil {
		return nil, msg.Errorf(msg.IntegrityPartXMLDamaged, wb, err)
	}
	pk.book = &Workbook{Date1904: book.Pr != nil && book.Pr.Date1904}
	for _, s := range book.Sheets {
		pk.book.Sheets = append(pk.book.Sheets, SheetEntry{Name: s.Name, Hidden: s.State != "" && s.State != "visible"})
	}
	for _, n := range book.Names {
		d := DefinedName{Name: n.Name, RefersTo: n.Data}
		if n.Local != nil && *n.Local >= 0 {
			d.Local = true
			if *n.Local < len(book.Sheets) {
				d.Sheet = book.Sheets[*n.Local].Name
			}
		}
		pk.book.Names = append(pk.book.Names, d)
	}
	dir := path.Dir(wb)
	relsPath := strings.TrimPrefix(dir+"/_rels/"+path.Base(wb)+".rels", "/")
	if dir == "." {
		relsPath = "_rels/" + path.Base(wb) + ".rels"
	}
	var rels relationships
	if zf := pk.parts[relsPath]; zf != nil {
		if err := decodePart(zf, &rels); err != nil {
			return nil, msg.Errorf(msg.IntegrityPartXMLDamaged, relsPath, err)
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

// verify reads every part of the package once: it verifies the container
// (deflate data and CRC intact, sizes as declared), and runs the strict
// pass over every worksheet, the very parts the streaming reader reads
// (pk.sheets): well-formed XML with matching end tags, rows and cells in
// ascending order, shared-string indexes in range, formulas with a cached
// value. The streaming reader skips over all of these silently. It runs
// concurrently with the streaming reader, so it reads the package through
// a zip reader of its own.
func (pk *Package) verify() (*Report, error) {
	zr, err := zip.NewReader(pk.r, pk.size)
	if err != nil {
		return nil, msg.Errorf(msg.IntegrityZipReread, err)
	}
	byName := map[string]*zip.File{}
	for _, zf := range zr.File {
		byName[partName(zf.Name)] = zf
	}
	rep := &Report{sheets: map[string]*Verdict{}}
	checked := map[string]bool{}
	for name, part := range pk.sheets {
		if pk.claimed[name] {
			// Read and checked by Rows; its container check included.
			checked[part] = true
			continue
		}
		zf := byName[part]
		if zf == nil {
			rep.sheets[name] = &Verdict{Damage: &Damage{Msg: msg.New(msg.IntegrityPartMissing, part)}}
			continue
		}
		rep.sheets[name] = verifySheet(zf, pk.sst, pk.lim.MaxDepth, nil)
		checked[part] = true
	}
	for _, zf := range zr.File {
		if checked[partName(zf.Name)] {
			continue
		}
		if err := drain(zf); err != nil {
			return nil, msg.Errorf(msg.IntegrityPartDamaged, zf.Name, err)
		}
	}
	return rep, nil
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
		return msg.Errorf(msg.IntegritySizeMismatch, n, zf.UncompressedSize64)
	}
	return nil
}

// countSharedStrings counts the entries of the shared-string table,
// refusing a table the library could not load within the limits, or one
// whose entries it would count differently depending on the table's size
// (an <si> elsewhere than directly under the root).
func countSharedStrings(zf *zip.File, lim Limits) (int, error) {
	bad := func(err error) (int, error) {
		return 0, msg.Errorf(msg.IntegritySSTDamaged, err)
	}
	rc, err := zf.Open()
	if err != nil {
		return bad(err)
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	n := 0
	open := elements{max: lim.MaxDepth}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			if len(open.names) != 0 {
				return bad(msg.Errorf(msg.IntegrityTruncatedXML))
			}
			return n, nil
		}
		if err != nil {
			return bad(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := open.start(t.Name); err != nil {
				return bad(err)
			}
			if t.Name.Local == "si" {
				if len(open.names) != 2 {
					return bad(msg.Errorf(msg.IntegritySSTNested))
				}
				n++
				if n > lim.MaxSharedStrings {
					return 0, msg.Errorf(msg.IntegritySSTTooMany, lim.MaxSharedStrings)
				}
			}
		case xml.EndElement:
			if err := open.end(t.Name); err != nil {
				return bad(err)
			}
		}
	}
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
		return msg.Errorf(msg.IntegrityNoXML)
	} else if err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, rc) // verify the CRC
	return err
}
