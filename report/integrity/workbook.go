package integrity

import (
	"encoding/xml"
	"strings"
)

// Workbook is what a package's workbook part says of the workbook as a
// whole, read as excelize reads it (GetSheetList, GetSheetVisible,
// GetWorkbookProps, GetDefinedName, GetCustomProps; the differential
// test in workbook_test.go compares them over the corpus), so that the
// reader does not open the package a second time through the library:
// excelize's OpenFile inflates every worksheet again, to temporary files
// for the large ones, only for these few facts.
type Workbook struct {
	// Sheets are the workbook's sheets in its order.
	Sheets []SheetEntry
	// Date1904 is the workbook's date system: serial dates count from
	// 1904-01-01 rather than 1899-12-30.
	Date1904 bool
	// Names are the workbook's defined names, in its order.
	Names []DefinedName
}

// SheetEntry is one sheet of the workbook.
type SheetEntry struct {
	Name string
	// Hidden is set for a sheet whose state is hidden or very hidden.
	Hidden bool
}

// DefinedName is a defined name of the workbook. Local is set for a name
// that belongs to one sheet, Sheet the name of that sheet ("" when its
// index names no sheet of the workbook).
type DefinedName struct {
	Name, RefersTo, Sheet string
	Local                 bool
}

// Workbook returns what the workbook part says of the workbook as a whole.
func (pk *Package) Workbook() *Workbook {
	if pk.book == nil {
		return &Workbook{}
	}
	return pk.book
}

// customPropsPart is where the custom document properties are; excelize
// reads them from this path only (docProps.go, GetCustomProps).
const customPropsPart = "docProps/custom.xml"

// CustomText returns the custom document properties of text type (as
// excelize's GetCustomProps gives them, string values), by name; an
// unreadable part gives none, as the library gives an error then.
func (pk *Package) CustomText() map[string]string {
	out := map[string]string{}
	zf := pk.parts[customPropsPart]
	if zf == nil || zf.UncompressedSize64 > 1<<20 {
		return out
	}
	var props struct {
		XMLName  xml.Name `xml:"Properties"`
		Property []struct {
			Name   string  `xml:"name,attr"`
			Lpwstr *string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes lpwstr"`
		} `xml:"property"`
	}
	if err := decodePart(zf, &props); err != nil {
		return out
	}
	for _, p := range props.Property {
		if p.Lpwstr != nil {
			out[p.Name] = *p.Lpwstr
		}
	}
	return out
}

// Hidden reports whether the named sheet is hidden, comparing names as
// excelize's GetSheetVisible does (ignoring case: any sheet of that name
// that is visible makes it visible).
func (w *Workbook) Hidden(name string) bool {
	found := false
	for _, s := range w.Sheets {
		if strings.EqualFold(s.Name, name) {
			if !s.Hidden {
				return false
			}
			found = true
		}
	}
	return found
}
