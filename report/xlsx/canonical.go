package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"time"
)

// contentTypesName is the package part that must come first in the zip.
const contentTypesName = "[Content_Types].xml"

// canonicalZip rewrites an OOXML package so that its bytes depend only on
// its content. excelize is deterministic for plain workbooks, but not once
// a chart is added (the <Default> entries of [Content_Types].xml come from
// a Go map) or when two or more stream writers are used (the zip entries of
// their sheets are written in map order). The rewrite writes the entries
// sorted by name, [Content_Types].xml first, copying every other entry raw
// (zip.Writer.Copy: no recompression, same compressed bytes and CRC), and
// rewrites [Content_Types].xml with its <Default> elements sorted by
// extension and its <Override> elements by part name.
func canonicalZip(pkg []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return nil, fmt.Errorf("reopen the package: %w", err)
	}
	files := append([]*zip.File(nil), zr.File...)
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].Name, files[j].Name
		if (a == contentTypesName) != (b == contentTypesName) {
			return a == contentTypesName
		}
		return a < b
	})
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range files {
		if f.Name != contentTypesName {
			if err := zw.Copy(f); err != nil {
				return nil, fmt.Errorf("copy %s: %w", f.Name, err)
			}
			continue
		}
		raw, err := readEntry(f)
		if err != nil {
			return nil, err
		}
		sorted, err := sortContentTypes(raw)
		if err != nil {
			return nil, err
		}
		hdr := f.FileHeader // keeps the name, method and DOS time fields
		// The reader fills Modified from the DOS fields; left set, the
		// writer would re-encode it and add an extended-time field.
		hdr.Modified = time.Time{}
		w, err := zw.CreateHeader(&hdr)
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", f.Name, err)
		}
		if _, err := w.Write(sorted); err != nil {
			return nil, fmt.Errorf("write %s: %w", f.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("finish the package: %w", err)
	}
	return out.Bytes(), nil
}

func readEntry(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", f.Name, err)
	}
	b, err := io.ReadAll(rc)
	if cerr := rc.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", f.Name, err)
	}
	return b, nil
}

// contentTypes is [Content_Types].xml.
type contentTypes struct {
	XMLName   xml.Name          `xml:"http://schemas.openxmlformats.org/package/2006/content-types Types"`
	Defaults  []contentDefault  `xml:"Default"`
	Overrides []contentOverride `xml:"Override"`
}

type contentDefault struct {
	Extension   string `xml:"Extension,attr"`
	ContentType string `xml:"ContentType,attr"`
}

type contentOverride struct {
	PartName    string `xml:"PartName,attr"`
	ContentType string `xml:"ContentType,attr"`
}

// sortContentTypes returns [Content_Types].xml with its children sorted:
// the <Default> elements by extension, then the <Override> elements by
// part name. The file has no other content.
func sortContentTypes(raw []byte) ([]byte, error) {
	var ct contentTypes
	if err := xml.Unmarshal(raw, &ct); err != nil {
		return nil, fmt.Errorf("parse %s: %w", contentTypesName, err)
	}
	sort.SliceStable(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
	sort.SliceStable(ct.Overrides, func(i, j int) bool { return ct.Overrides[i].PartName < ct.Overrides[j].PartName })
	body, err := xml.Marshal(ct)
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", contentTypesName, err)
	}
	return append([]byte(xml.Header), body...), nil
}
