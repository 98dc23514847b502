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
	"strconv"
	"strings"

	"github.com/richardlehane/mscfb"
	"github.com/xuri/excelize/v2"
)

// Limits bound what one input file may make the reader do. Their zero
// value means the defaults below.
type Limits struct {
	// MaxUnzipped is the most a workbook may hold once decompressed, all
	// parts together. A legitimate 1M-row border workbook is ~400 MB.
	MaxUnzipped int64
	// MaxPart is the most one part (one sheet's XML) may hold.
	MaxPart int64
	// MaxRatio is the largest accepted compression ratio of a part larger
	// than 1 MiB; zip bombs compress far better than spreadsheet XML (~10x).
	MaxRatio int64
}

// DefaultLimits are the limits used when Options.Limits is zero.
var DefaultLimits = Limits{MaxUnzipped: 2 << 30, MaxPart: 1 << 30, MaxRatio: 1000}

func (l Limits) orDefault() Limits {
	if l.MaxUnzipped == 0 {
		l.MaxUnzipped = DefaultLimits.MaxUnzipped
	}
	if l.MaxPart == 0 {
		l.MaxPart = DefaultLimits.MaxPart
	}
	if l.MaxRatio == 0 {
		l.MaxRatio = DefaultLimits.MaxRatio
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
			return "the workbook is encrypted (password-protected); save an unprotected copy as .xlsx"
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
	err     error // not well-formed, truncated or otherwise damaged
	lastRow int   // the highest row number present
	issues  []cellIssue
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

// preflight looks at the zip directory only, before anything is
// decompressed: declared sizes and compression ratios within the limits
// (zip bombs, forged sizes that would make the spreadsheet library
// allocate gigabytes), and the package being a workbook at all.
func preflight(p string, lim Limits) error {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return fmt.Errorf("not a readable zip package (%v); the file is damaged or not an .xlsx workbook", err)
	}
	defer zr.Close()
	byName := map[string]*zip.File{}
	var total uint64
	for _, zf := range zr.File {
		byName[zf.Name] = zf
		total += zf.UncompressedSize64
		if int64(zf.UncompressedSize64) > lim.MaxPart || total > uint64(lim.MaxUnzipped) {
			return fmt.Errorf("the workbook declares %d MB of content once decompressed (part %s); the limit is %d MB", total>>20, zf.Name, lim.MaxUnzipped>>20)
		}
		if zf.UncompressedSize64 > 1<<20 && (zf.CompressedSize64 == 0 || zf.UncompressedSize64/zf.CompressedSize64 > uint64(lim.MaxRatio)) {
			return fmt.Errorf("part %s would expand %d bytes to %d, as zip bombs do; refused", zf.Name, zf.CompressedSize64, zf.UncompressedSize64)
		}
	}
	if byName["xl/workbook.xml"] == nil {
		switch {
		case byName["content.xml"] != nil:
			return errors.New("this is an OpenDocument spreadsheet (.ods); save it as an .xlsx workbook")
		case byName["xl/workbook.bin"] != nil:
			return errors.New("this is an Excel binary workbook (.xlsb); save it as an .xlsx workbook")
		case byName["word/document.xml"] != nil:
			return errors.New("this is a Word document, not a workbook")
		}
		return errors.New("the package has no xl/workbook.xml; expected an .xlsx workbook")
	}
	return nil
}

// checkPackage reads every part of the zip package at p once: it verifies
// the container (deflate data and CRC intact, sizes as declared), and runs
// a strict pass over every worksheet: well-formed XML, shared-string
// indexes in range, formulas with a cached value. The streaming reader
// skips over all of these silently. preflight must have passed.
func checkPackage(p string, lim Limits) (*pkgCheck, error) {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return nil, fmt.Errorf("not a readable zip package (%v)", err)
	}
	defer zr.Close()
	byName := map[string]*zip.File{}
	for _, zf := range zr.File {
		byName[zf.Name] = zf
	}
	sstCount := -1
	if zf := byName["xl/sharedStrings.xml"]; zf != nil {
		if sstCount, err = countSharedStrings(zf); err != nil {
			return nil, fmt.Errorf("xl/sharedStrings.xml is damaged: %v", err)
		}
	}
	parts, err := sheetParts(byName)
	if err != nil {
		return nil, err
	}
	pc := &pkgCheck{sheets: map[string]*sheetCheck{}}
	checked := map[string]bool{"xl/sharedStrings.xml": true}
	for name, part := range parts {
		zf := byName[part]
		if zf == nil {
			pc.sheets[name] = &sheetCheck{err: fmt.Errorf("its part %s is missing from the package", part)}
			continue
		}
		pc.sheets[name] = checkSheet(zf, sstCount)
		checked[part] = true
	}
	for _, zf := range zr.File {
		if checked[zf.Name] {
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

func countSharedStrings(zf *zip.File) (int, error) {
	rc, err := zf.Open()
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	n := 0
	depth := 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			if depth != 0 {
				return 0, errors.New("truncated XML")
			}
			return n, nil
		}
		if err != nil {
			return 0, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if t.Name.Local == "si" {
				n++
			}
		case xml.EndElement:
			depth--
		}
	}
}

// sheetParts maps sheet names to their part paths through the workbook and
// its relationships.
func sheetParts(byName map[string]*zip.File) (map[string]string, error) {
	type sheet struct {
		Name string `xml:"name,attr"`
		RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
	}
	var wb struct {
		Sheets []sheet `xml:"sheets>sheet"`
	}
	if err := decodePart(byName["xl/workbook.xml"], &wb); err != nil {
		return nil, fmt.Errorf("xl/workbook.xml is damaged: %v", err)
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if zf := byName["xl/_rels/workbook.xml.rels"]; zf != nil {
		if err := decodePart(zf, &rels); err != nil {
			return nil, fmt.Errorf("xl/_rels/workbook.xml.rels is damaged: %v", err)
		}
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		for _, r := range rels.Rels {
			if r.ID != s.RID {
				continue
			}
			t := r.Target
			if strings.HasPrefix(t, "/") {
				t = strings.TrimPrefix(t, "/")
			} else {
				t = path.Join("xl", t)
			}
			out[s.Name] = t
		}
	}
	return out, nil
}

func decodePart(zf *zip.File, v any) error {
	rc, err := zf.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := xml.NewDecoder(io.LimitReader(rc, 64<<20)).Decode(v); err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, rc) // verify the CRC
	return err
}

// checkSheet runs the strict pass over one worksheet part.
func checkSheet(zf *zip.File, sstCount int) *sheetCheck {
	sc := &sheetCheck{}
	rc, err := zf.Open()
	if err != nil {
		sc.err = err
		return sc
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var (
		depth, row, col       int
		inCell, inV, hasF     bool
		cellType, vText, cRef string
		sawEnd                bool
		nextRow               int
	)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			sc.err = fmt.Errorf("the sheet's XML is damaged near row %d: %v", row+1, err)
			return sc
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "row":
				nextRow++
				if r := attr(t, "r"); r != "" {
					n, err := strconv.Atoi(r)
					if err != nil || n < 1 || n > excelize.TotalRows {
						sc.err = fmt.Errorf("the sheet's XML has a row numbered %q; expected 1 to %d", r, excelize.TotalRows)
						return sc
					}
					nextRow = n
				}
				row, col = nextRow, 0
				if row > sc.lastRow {
					sc.lastRow = row
				}
			case "c":
				inCell, hasF, vText = true, false, ""
				cellType, cRef = attr(t, "t"), attr(t, "r")
				col++
				if cRef != "" {
					c, r, err := excelize.CellNameToCoordinates(cRef)
					if err != nil || r != row {
						sc.err = fmt.Errorf("the sheet's XML has a cell reference %q in row %d", cRef, row)
						return sc
					}
					col = c
				}
			case "f":
				if inCell {
					hasF = true
				}
			case "v":
				inV = inCell
			}
		case xml.CharData:
			if inV {
				vText += string(t)
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "v":
				inV = false
			case "c":
				inCell = false
				v := strings.TrimSpace(vText)
				if hasF && v == "" && cellType != "str" && cellType != "inlineStr" {
					sc.issues = append(sc.issues, cellIssue{row, col, "formula without a cached value: the reader cannot see its result; recalculate and save the workbook in Excel or LibreOffice"})
				}
				if cellType == "s" && v != "" {
					i, err := strconv.Atoi(v)
					switch {
					case err != nil:
						sc.issues = append(sc.issues, cellIssue{row, col, fmt.Sprintf("shared-string index %q is not a number: the cell's text cannot be read (damaged workbook)", v)})
					case sstCount < 0:
						sc.issues = append(sc.issues, cellIssue{row, col, "refers to a shared-string table that the workbook lacks: the cell's text cannot be read (damaged workbook)"})
					case i < 0 || i >= sstCount:
						sc.issues = append(sc.issues, cellIssue{row, col, fmt.Sprintf("shared-string index %d is out of range (the table has %d): the cell's text cannot be read (damaged workbook)", i, sstCount)})
					}
				}
			case "worksheet":
				sawEnd = true
			}
		}
	}
	if depth != 0 || !sawEnd {
		sc.err = fmt.Errorf("the sheet's XML is truncated after row %d", sc.lastRow)
	}
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
