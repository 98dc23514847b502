package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"io"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// zipOf writes entries in the given order.
func zipOf(t *testing.T, entries [][2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e[0], Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, e[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// entries reads a zip's entry names and contents in order.
func entries(t *testing.T, b []byte) ([]string, map[string]string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	content := map[string]string{}
	for _, f := range zr.File {
		names = append(names, f.Name)
		content[f.Name], err = readEntryString(f)
		if err != nil {
			t.Fatal(err)
		}
	}
	return names, content
}

func readEntryString(f *zip.File) (string, error) {
	b, err := readEntry(f)
	return string(b), err
}

const (
	typesA = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
	typesB = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`
)

// canonical runs canonicalZip on a package in memory.
func canonical(pkg []byte) ([]byte, error) {
	var out bytes.Buffer
	if err := canonicalZip(bytes.NewReader(pkg), int64(len(pkg)), &out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func TestCanonicalZip(t *testing.T) {
	a := zipOf(t, [][2]string{
		{"xl/worksheets/sheet2.xml", "<two/>"}, {"[Content_Types].xml", typesA}, {"xl/workbook.xml", "<wb/>"},
		{"xl/worksheets/sheet1.xml", "<one/>"}, {"_rels/.rels", "<rels/>"},
	})
	b := zipOf(t, [][2]string{
		{"_rels/.rels", "<rels/>"}, {"xl/worksheets/sheet1.xml", "<one/>"}, {"xl/workbook.xml", "<wb/>"},
		{"xl/worksheets/sheet2.xml", "<two/>"}, {"[Content_Types].xml", typesB},
	})
	ca, err := canonical(a)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := canonical(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ca, cb) {
		t.Fatal("the same entries in another order, and content types in another order, give different packages")
	}
	again, err := canonical(ca)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, ca) {
		t.Error("canonicalZip is not idempotent")
	}
	names, content := entries(t, ca)
	want := []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("entries = %q, want %q", names, want)
	}
	_, before := entries(t, a)
	for _, n := range want[1:] {
		if content[n] != before[n] {
			t.Errorf("%s changed: %q, want %q", n, content[n], before[n])
		}
	}
	ct := content["[Content_Types].xml"]
	order := []string{`Extension="png"`, `Extension="rels"`, `Extension="xml"`,
		`PartName="/xl/workbook.xml"`, `PartName="/xl/worksheets/sheet1.xml"`, `PartName="/xl/worksheets/sheet2.xml"`}
	last := -1
	for _, o := range order {
		i := strings.Index(ct, o)
		if i < last {
			t.Errorf("[Content_Types].xml: %s is out of order:\n%s", o, ct)
		}
		last = i
	}
	if strings.Count(ct, "<Default ") != 3 || strings.Count(ct, "<Override ") != 3 {
		t.Errorf("[Content_Types].xml lost elements:\n%s", ct)
	}

	if _, err := canonical([]byte("not a zip")); err == nil {
		t.Error("canonicalZip accepted bytes that are not a zip")
	}
}

// TestRenderedPackageIsCanonical checks the rendered workbook's order of
// entries and content types: what makes it byte-identical run to run.
func TestRenderedPackageIsCanonical(t *testing.T) {
	b, err := Render(context.Background(), newInput(t, testData(), testWarnings()))
	if err != nil {
		t.Fatal(err)
	}
	names, content := entries(t, b)
	if names[0] != "[Content_Types].xml" {
		t.Errorf("first entry %q, want [Content_Types].xml", names[0])
	}
	for i := 2; i < len(names); i++ {
		if names[i] < names[i-1] {
			t.Errorf("entries out of order: %q before %q", names[i-1], names[i])
		}
	}
	ct := content["[Content_Types].xml"]
	for _, part := range []string{"/xl/charts/chart1.xml", "/xl/drawings/drawing1.xml", "/xl/worksheets/sheet12.xml"} {
		if !strings.Contains(ct, `PartName="`+part+`"`) {
			t.Errorf("[Content_Types].xml has no override for %s", part)
		}
	}
	again, err := canonical(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, b) {
		t.Error("the rendered package is not a fixed point of canonicalZip")
	}
}

// TestDeflater: the parallel compressor's output inflates to its input,
// and does not depend on how the input was cut into writes.
func TestDeflater(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	xmlish := []byte(strings.Repeat(`<row r="1"><c r="A1" t="inlineStr"><is><t>Border operation</t></is></c></row>`, deflateBlock/40))
	noise := make([]byte, 3*deflateBlock+12345)
	for i := range noise {
		noise[i] = byte(rnd.IntN(256))
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"one byte", []byte("x")},
		{"a block less one", xmlish[:deflateBlock-1]},
		{"a block", xmlish[:deflateBlock]},
		{"a block and one", xmlish[:deflateBlock+1]},
		{"text, blocks", xmlish},
		{"noise, blocks", noise},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var first []byte
			for _, step := range []int{1 << 30, 4096, 7, 1_000_003} {
				if step == 7 && len(tc.data) > deflateBlock+1 {
					continue // slow, and the small cases cover it
				}
				var buf bytes.Buffer
				d, _ := newDeflater(&buf)
				for i := 0; i < len(tc.data); i += step {
					if _, err := d.Write(tc.data[i:min(i+step, len(tc.data))]); err != nil {
						t.Fatal(err)
					}
				}
				if err := d.Close(); err != nil {
					t.Fatal(err)
				}
				got, err := io.ReadAll(flate.NewReader(bytes.NewReader(buf.Bytes())))
				if err != nil || !bytes.Equal(got, tc.data) {
					t.Fatalf("writes of %d: inflated %d bytes (%v), want the %d written", step, len(got), err, len(tc.data))
				}
				if first == nil {
					first = buf.Bytes()
				} else if !bytes.Equal(first, buf.Bytes()) {
					t.Fatalf("writes of %d give other bytes", step)
				}
			}
		})
	}
	// A failing destination: the error comes back, nothing hangs.
	d, _ := newDeflater(&failingWriter{n: 10})
	_, werr := d.Write(noise)
	if err := d.Close(); werr == nil && err == nil {
		t.Error("a failing destination: no error")
	}
}
