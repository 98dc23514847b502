package ingest

// Hostile and odd packages, written here with archive/zip (no committed
// binaries): each must end in a clear error or correct records, within
// bounded time and memory.

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"ratsreport/report/diag"
	"ratsreport/report/integrity"
)

// zpart is one part of a hand-built package: its content, or a function
// that streams it (for large parts), stored or deflated.
type zpart struct {
	name   string
	data   string
	write  func(w io.Writer)
	stored bool
}

// writeZip writes the parts as a zip file at p.
func writeZip(t *testing.T, p string, parts ...zpart) {
	t.Helper()
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, pt := range parts {
		method := zip.Deflate
		if pt.stored {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: pt.name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		if pt.write != nil {
			pt.write(w)
		} else if _, err := io.WriteString(w, pt.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// The namespaces and part names of a package, as written here.
const (
	relNamespace       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	strictRelNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships"
	relOfficeDocument  = relNamespace + "/officeDocument"
	sharedStringsPart  = "xl/sharedStrings.xml"

	mainNS    = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<worksheet xmlns="` + mainNS + `"><sheetData>`
	sheetTail = `</sheetData></worksheet>`
)

// bookParts are the parts of a one-sheet workbook around a worksheet
// (and a shared-string table, when sst is not empty).
func bookParts(sheetName string, sheet zpart, sst *zpart) []zpart {
	parts := []zpart{
		{name: "[Content_Types].xml", data: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`},
		{name: "_rels/.rels", data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relNamespace + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{name: "xl/workbook.xml", data: `<workbook xmlns="` + mainNS + `" xmlns:r="` + relNamespace + `"><sheets><sheet name="` + sheetName + `" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{name: "xl/_rels/workbook.xml.rels", data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relNamespace + `/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="` + relNamespace + `/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
	}
	sheet.name = "xl/worksheets/sheet1.xml"
	parts = append(parts, sheet)
	if sst != nil {
		sst.name = sharedStringsPart
		parts = append(parts, *sst)
	}
	return parts
}

// inlineRow is a row of inline-string cells from column A.
func inlineRow(r int, vals ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<row r="%d">`, r)
	for i, v := range vals {
		if v == "" {
			continue
		}
		fmt.Fprintf(&b, `<c r="%c%d" t="inlineStr"><is><t>%s</t></is></c>`, 'A'+i, r, v)
	}
	b.WriteString("</row>")
	return b.String()
}

// exerciseXML is a header and one valid exercise row (row 2) as sheet XML.
var exerciseXML = inlineRow(1, "Name", "Kind", "Start date", "End date", "Host country", "Participating states", "Threat") +
	inlineRow(2, "Vostok-2025", "field", "2025-09-01", "2025-09-05", "KZ", "KZ, KG", "other")

// readLimited reads one file with the given limits, checking the general
// invariants of FuzzRead and how long it took and how much heap it used
// at most.
func readLimited(t *testing.T, p string, lim integrity.Limits) (res *Result, took time.Duration, peak uint64) {
	t.Helper()
	cfg := testConfig(t, "")
	stop := watchHeap(&peak)
	start := time.Now()
	res = bounded(t, func() *Result {
		res, err := Read(context.Background(), cfg, Options{Files: []string{p}, Limits: lim, Workers: 1})
		if err != nil {
			t.Error(err)
		}
		return res
	})
	took = time.Since(start)
	stop()
	if res == nil {
		t.FailNow()
	}
	checkRead(t, cfg, filepath.ToSlash(p), res)
	return res, took, peak
}

// watchHeap samples the live heap every millisecond into peak, until the
// returned function is called.
func watchHeap(peak *uint64) (stop func()) {
	var done atomic.Bool
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for !done.Load() {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > *peak {
				*peak = v
			}
			time.Sleep(time.Millisecond)
		}
	}()
	return func() { done.Store(true); <-finished }
}

// wantFileError checks that the file failed with one error containing want.
func wantFileError(t *testing.T, res *Result, want string) {
	t.Helper()
	src := res.Data.Sources[0]
	if !src.Failed || len(res.Diags) != 1 || !strings.Contains(res.Diags[0].Message, want) || res.Diags[0].Sheet != "" {
		t.Errorf("want one error on the file containing %q; got:%s", want, dump(res.Diags))
	}
}

// wantSheetError checks for an error on the sheet (at loc, relative to
// the sheet) containing want, and no records.
func wantSheetError(t *testing.T, res *Result, loc, want string) {
	t.Helper()
	file := res.Data.Sources[0].Path
	if !findDiag(res.Diags, file+":"+loc, diag.Error, want) {
		t.Errorf("want an error at %s containing %q; got:%s", loc, want, dump(res.Diags))
	}
	if n := len(records(res.Data)); n != 0 {
		t.Errorf("got %d records; want none", n)
	}
}

const mb = 1 << 20

// TestZipLimits: bombs, forged sizes and other abuse of the container are
// refused from the zip directory, before anything is decompressed.
func TestZipLimits(t *testing.T) {
	dir := t.TempDir()
	book := func(extra ...zpart) []zpart {
		return append(bookParts("Exercises", zpart{data: sheetHead + exerciseXML + sheetTail}, nil), extra...)
	}
	zeros := func(n int) func(io.Writer) {
		return func(w io.Writer) {
			buf := make([]byte, 1<<16)
			for n > 0 {
				k := min(n, len(buf))
				w.Write(buf[:k])
				n -= k
			}
		}
	}
	tests := []struct {
		name  string
		parts []zpart
		lim   integrity.Limits
		want  string
	}{
		// 64 MiB of zeros deflate to 64 KiB: a ratio of 1000:1.
		{"bomb", book(zpart{name: "xl/media/image1.png", write: zeros(64 * mb)}), integrity.Limits{}, "as zip bombs do"},
		{"too big", book(zpart{name: "xl/worksheets/sheet2.xml", write: zeros(3 * mb)}), integrity.Limits{MaxPart: 2 * mb, MaxRatio: 1 << 20}, "declares 3 MB once decompressed; the limit for one part is 2 MB"},
		{"too big in all", book(zpart{name: "a.bin", write: zeros(2 * mb)}, zpart{name: "b.bin", write: zeros(2 * mb)}), integrity.Limits{MaxUnzipped: 3 * mb, MaxRatio: 1 << 20}, "declares more than 3 MB of content once decompressed, the limit"},
		// Non-sheet parts are held in memory by the library.
		{"in memory", book(zpart{name: "xl/media/image1.png", write: zeros(3 * mb)}), integrity.Limits{MaxInMemory: 2 * mb, MaxRatio: 1 << 20}, "hold more than 2 MB"},
		{"many parts", book(func() []zpart {
			var ps []zpart
			for i := 0; i < 50; i++ {
				ps = append(ps, zpart{name: fmt.Sprintf("xl/media/%d.png", i)})
			}
			return ps
		}()...), integrity.Limits{MaxParts: 40}, "holds 55 parts"},
		{"same name", book(zpart{name: "XL/Workbook.xml", data: "<workbook/>"}), integrity.Limits{}, `two parts named "xl/workbook.xml" and "XL/Workbook.xml"`},
		{"backslash twin", book(zpart{name: `xl\workbook.xml`, data: "<workbook/>"}), integrity.Limits{}, "two parts named"},
		{"no workbook", []zpart{{name: "[Content_Types].xml", data: "<Types/>"}}, integrity.Limits{}, "no workbook part"},
		{"workbook missing", []zpart{{name: "_rels/.rels", data: `<Relationships><Relationship Id="r" Type="` + relOfficeDocument + `" Target="/xl/book.xml"/></Relationships>`}}, integrity.Limits{}, "names xl/book.xml as its workbook, but has no such part"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".xlsx")
			writeZip(t, p, tt.parts...)
			res, took, _ := readLimited(t, p, tt.lim)
			wantFileError(t, res, tt.want)
			if took > 2*time.Second {
				t.Errorf("took %v", took)
			}
		})
	}
}

// TestForgedSize: a small file whose directory declares a 4 GB part is
// refused from the directory alone; excelize allocates a part's declared
// size before reading it (a Go fatal error, which no recover catches, on
// a machine with less memory).
func TestForgedSize(t *testing.T) {
	p := filepath.Join(t.TempDir(), "forged.xlsx")
	writeZip(t, p, bookParts("Exercises", zpart{data: sheetHead + exerciseXML + sheetTail}, nil)...)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	// Patch the central directory's uncompressed size of the sheet: zip
	// CDFH signature, then the size at offset 24.
	name := []byte("xl/worksheets/sheet1.xml")
	for i := 0; i+46 < len(b); i++ {
		if string(b[i:i+4]) == "PK\x01\x02" && string(b[i+46:i+46+len(name)]) == string(name) {
			copy(b[i+24:i+28], []byte{0xff, 0xff, 0xff, 0xfe}) // 4,278,190,079 bytes
		}
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	res, _, peak := readLimited(t, p, integrity.Limits{})
	wantFileError(t, res, "part xl/worksheets/sheet1.xml declares 4079 MB once decompressed; the limit for one part is 1024 MB")
	if peak > 200*mb {
		t.Errorf("peak heap %d MB", peak/mb)
	}
}

// TestSharedStringLimits: a table of millions of empty entries (a few
// kilobytes compressed) would cost the library ~200 bytes of memory each;
// it is refused before the library loads it. So is a table with entries
// nested where the library counts them one way or another depending on
// the table's size.
func TestSharedStringLimits(t *testing.T) {
	dir := t.TempDir()
	sheet := zpart{data: sheetHead + `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` + sheetTail}
	many := func(n int) *zpart {
		return &zpart{write: func(w io.Writer) {
			io.WriteString(w, `<sst xmlns="`+mainNS+`">`)
			chunk := strings.Repeat("<si/>", 10_000)
			for i := 0; i < n; i += 10_000 {
				io.WriteString(w, chunk)
			}
			io.WriteString(w, `</sst>`)
		}}
	}
	t.Run("count", func(t *testing.T) {
		p := filepath.Join(dir, "sst.xlsx")
		writeZip(t, p, bookParts("Exercises", sheet, many(integrity.DefaultLimits.MaxSharedStrings+10_000))...)
		res, took, peak := readLimited(t, p, integrity.Limits{})
		wantFileError(t, res, "holds more than 2000000 entries")
		// Unchecked, excelize took 3 s and 665 MB for 3 million entries.
		if took > 5*time.Second || peak > 100*mb {
			t.Errorf("took %v, peak heap %d MB", took, peak/mb)
		}
	})
	t.Run("nested", func(t *testing.T) {
		p := filepath.Join(dir, "nested.xlsx")
		writeZip(t, p, bookParts("Exercises", sheet, &zpart{data: `<sst><si><t>a</t></si><x><si><t>b</t></si></x></sst>`})...)
		res, _, _ := readLimited(t, p, integrity.Limits{})
		wantFileError(t, res, "a text entry (<si>) nested inside another element")
	})
	t.Run("deep", func(t *testing.T) {
		p := filepath.Join(dir, "deep.xlsx")
		writeZip(t, p, bookParts("Exercises", sheet, &zpart{data: `<sst>` + strings.Repeat("<x>", 100) + strings.Repeat("</x>", 100) + `</sst>`})...)
		res, _, _ := readLimited(t, p, integrity.Limits{})
		wantFileError(t, res, "nested more than 64 deep")
	})
}

// TestDeepNesting: two million nested elements (80 KB compressed) cost
// the streaming reader 240 MB before the fix; they are refused by a
// byte-level pre-scan, and so is a document type declaration.
func TestDeepNesting(t *testing.T) {
	dir := t.TempDir()
	t.Run("deep", func(t *testing.T) {
		p := filepath.Join(dir, "deep.xlsx")
		writeZip(t, p, bookParts("Exercises", zpart{write: func(w io.Writer) {
			io.WriteString(w, sheetHead+exerciseXML)
			for i := 0; i < 2_000_000; i++ {
				fmt.Fprintf(w, "<a%d>", i%977)
			}
		}}, nil)...)
		res, took, peak := readLimited(t, p, integrity.Limits{})
		wantSheetError(t, res, "Exercises", "nests elements too deep (more than 64 levels)")
		if took > 5*time.Second || peak > 100*mb {
			t.Errorf("took %v, peak heap %d MB", took, peak/mb)
		}
	})
	t.Run("doctype", func(t *testing.T) {
		p := filepath.Join(dir, "doctype.xlsx")
		writeZip(t, p, bookParts("Exercises", zpart{data: `<!DOCTYPE worksheet [<!ENTITY a "b">]>` + sheetHead + exerciseXML + sheetTail}, nil)...)
		res, _, _ := readLimited(t, p, integrity.Limits{})
		wantSheetError(t, res, "Exercises", "document type declaration")
	})
}

// TestWideRows: rows reaching column XFD made the library allocate a
// megabyte each (63 s for 100,000 rows); the reader stops at the first
// row wider than MaxColumns. A real file of that shape is in the corpus
// (POI's 53105.xlsx).
func TestWideRows(t *testing.T) {
	p := filepath.Join(t.TempDir(), "wide.xlsx")
	writeZip(t, p, bookParts("Exercises", zpart{write: func(w io.Writer) {
		io.WriteString(w, sheetHead+exerciseXML)
		for r := 3; r < 100_000; r++ {
			fmt.Fprintf(w, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, r, r)
		}
		io.WriteString(w, sheetTail)
	}}, nil)...)
	res, took, _ := readLimited(t, p, integrity.Limits{})
	wantSheetError(t, res, "Exercises!3:3", "the row has a value in column XFD; the reader reads at most 1000 columns (to ALL)")
	if took > 5*time.Second {
		t.Errorf("took %v", took)
	}
}

// TestHugeHeader: a header row of 16,384 long unknown columns gives one
// short notice, not a megabyte of text.
func TestHugeHeader(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<row r="1">`)
	for _, h := range []string{"Name", "Kind", "Start date", "End date", "Host country", "Participating states", "Threat"} {
		fmt.Fprintf(&b, `<c t="inlineStr"><is><t>%s</t></is></c>`, h)
	}
	for c := 8; c <= 1000; c++ {
		fmt.Fprintf(&b, `<c t="inlineStr"><is><t>Unknown column %d %s</t></is></c>`, c, strings.Repeat("x", 200))
	}
	b.WriteString(`</row>` + inlineRow(2, "Vostok-2025", "field", "2025-09-01", "2025-09-05", "KZ", "KZ, KG", "other"))
	p := filepath.Join(t.TempDir(), "header.xlsx")
	writeZip(t, p, bookParts("Exercises", zpart{data: sheetHead + b.String() + sheetTail}, nil)...)
	res, _, _ := readLimited(t, p, integrity.Limits{})
	if len(res.Data.Exercises) != 1 {
		t.Fatalf("got %d exercises, want 1:%s", len(res.Data.Exercises), dump(res.Diags))
	}
	for _, d := range res.Diags {
		if strings.HasPrefix(d.Message, "unknown columns ignored") {
			if len(d.Message) > 2000 || !strings.HasSuffix(d.Message, "and 973 more") {
				t.Errorf("notice of %d bytes: %.300s…", len(d.Message), d.Message)
			}
			return
		}
	}
	t.Errorf("no notice of unknown columns:%s", dump(res.Diags))
}

// TestFarRows: a sheet whose rows jump to 1,048,576 (Gnumeric writes
// such sheets) makes the library return a million empty rows one by one;
// that is fast, and the far row is read with its true number. An absurd
// <dimension> changes nothing: the reader does not use it.
func TestFarRows(t *testing.T) {
	p := filepath.Join(t.TempDir(), "far.xlsx")
	far := inlineRow(1048576, "Far-2025", "field", "2025-09-01", "2025-09-05", "KZ", "KZ", "other")
	writeZip(t, p, bookParts("Exercises", zpart{data: strings.Replace(sheetHead, "<sheetData>", `<dimension ref="A1:ZZZZ99999999"/><sheetData>`, 1) + exerciseXML + far + sheetTail}, nil)...)
	res, took, _ := readLimited(t, p, integrity.Limits{})
	if len(res.Data.Exercises) != 2 || res.Data.Exercises[1].Origin.Row != 1048576 && res.Data.Exercises[0].Origin.Row != 1048576 {
		t.Fatalf("exercises = %+v:%s", res.Data.Exercises, dump(res.Diags))
	}
	if took > 5*time.Second {
		t.Errorf("took %v", took)
	}
}

// TestDisorder: rows or cells out of order made the streaming reader
// number rows or place values wrongly, silently (found by FuzzRows); the
// strict pass now refuses such a sheet, as Excel does.
func TestDisorder(t *testing.T) {
	row3 := inlineRow(3, "Second-2025", "field", "2025-09-01", "2025-09-05", "KZ", "KZ", "other")
	tests := []struct{ name, xml, loc, want string }{
		{"rows", inlineRow(1, "Name", "Kind", "Start date", "End date", "Host country", "Participating states", "Threat") + row3 +
			inlineRow(2, "Vostok-2025", "field", "2025-09-01", "2025-09-05", "KZ", "KZ, KG", "other"), "Exercises!2:2", "row 2 after row 3"},
		{"repeated row", exerciseXML + inlineRow(2, "Again-2025", "field", "2025-09-01", "2025-09-05", "KZ", "KZ", "other"), "Exercises!2:2", "row 2 after row 2"},
		{"cells", exerciseXML + strings.Replace(row3, `<c r="A3"`, `<c r="H3" t="inlineStr"><is><t>x</t></is></c><c r="A3"`, 1), "Exercises!3:3", "cell A3 after a cell to its right in row 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "d.xlsx")
			writeZip(t, p, bookParts("Exercises", zpart{data: sheetHead + tt.xml + sheetTail}, nil)...)
			res, _, _ := readLimited(t, p, integrity.Limits{})
			wantSheetError(t, res, tt.loc, tt.want)
		})
	}
}

// TestMismatchedTags: at an end tag that does not match its start tag,
// excelize's streaming reader stops, silently; in the sheet's last row
// that lost the rest of the row (here the personnel figure) without any
// sign (found by FuzzSheet). The strict pass now checks tag matching.
func TestMismatchedTags(t *testing.T) {
	row := inlineRow(2, "Vostok-2025", "field", "2025-09-01", "2025-09-05", "KZ", "KZ, KG", "other")
	row = strings.Replace(row, "</row>", `</q><c r="H2"><v>600</v></c></row>`, 1)
	header := strings.Replace(inlineRow(1, "Name", "Kind", "Start date", "End date", "Host country", "Participating states", "Threat"), "</row>",
		`<c r="H1" t="inlineStr"><is><t>Personnel</t></is></c></row>`, 1)
	p := filepath.Join(t.TempDir(), "tags.xlsx")
	writeZip(t, p, bookParts("Exercises", zpart{data: sheetHead + header + row + sheetTail}, nil)...)
	res, _, _ := readLimited(t, p, integrity.Limits{})
	wantSheetError(t, res, "Exercises!2:2", "element <row> closed by </q>")
}

// TestChunkedValue: a value in a million CDATA pieces took the strict
// pass quadratic time; it is linear now.
func TestChunkedValue(t *testing.T) {
	p := filepath.Join(t.TempDir(), "chunked.xlsx")
	writeZip(t, p, bookParts("Exercises", zpart{write: func(w io.Writer) {
		io.WriteString(w, sheetHead+exerciseXML+`<row r="3"><c r="K3"><v>`)
		io.WriteString(w, strings.Repeat("<![CDATA[1]]>", 1_000_000))
		io.WriteString(w, `</v></c></row>`+sheetTail)
	}}, nil)...)
	res, took, _ := readLimited(t, p, integrity.Limits{})
	if took > 5*time.Second {
		t.Errorf("took %v:%s", took, dump(res.Diags))
	}
}

// TestOverlongCell: a cell longer than Excel allows (which the Excel
// summary could not hold either) is an error on the cell.
func TestOverlongCell(t *testing.T) {
	p := filepath.Join(t.TempDir(), "long.xlsx")
	long := strings.Repeat("ж", maxCellText+1)
	writeZip(t, p, bookParts("Exercises", zpart{data: sheetHead + exerciseXML +
		inlineRow(3, long, "field", "2025-09-01", "2025-09-05", "KZ", "KZ", "other") + sheetTail}, nil)...)
	res, _, _ := readLimited(t, p, integrity.Limits{})
	if !findDiag(res.Diags, filepath.ToSlash(p)+":Exercises!A3", diag.Error, "the cell holds 32768 characters, more than the 32767") || len(res.Data.Exercises) != 1 {
		t.Errorf("got %d exercises:%s", len(res.Data.Exercises), dump(res.Diags))
	}
}

// TestMessagesUTF8: messages quote the file's bytes at times; they are
// valid UTF-8 (found by FuzzSheet: an XML syntax error quoting a byte).
func TestMessagesUTF8(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bytes.xlsx")
	writeZip(t, p, bookParts("Exercises", zpart{data: sheetHead + exerciseXML + "<row>&\x80;</row>" + sheetTail}, nil)...)
	res, _, _ := readLimited(t, p, integrity.Limits{}) // checkRead checks UTF-8
	wantSheetError(t, res, "Exercises!4:4", "invalid character entity")
}

// TestSheetKinds: chart and macro sheets named like a dataset, and two
// sheets whose names differ only in case (the library would read either
// at random), are errors that say so.
func TestSheetKinds(t *testing.T) {
	t.Run("chart sheet", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "chart.xlsx")
		writeZip(t, p, bookParts("Exercises", zpart{data: `<chartsheet xmlns="` + mainNS + `"><drawing/></chartsheet>`}, nil)...)
		res, _, _ := readLimited(t, p, integrity.Limits{})
		wantSheetError(t, res, "Exercises", "the sheet is a chart sheet, not a worksheet")
		if n := res.Diags.Count(diag.Error); n != 1 {
			t.Errorf("%d errors, want 1:%s", n, dump(res.Diags))
		}
	})
	t.Run("case twins", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "twins.xlsx")
		parts := bookParts("Exercises", zpart{data: sheetHead + exerciseXML + sheetTail}, nil)
		parts[2].data = strings.Replace(parts[2].data, `</sheets>`, `<sheet name="EXERCISES" sheetId="2" r:id="rId1"/></sheets>`, 1)
		writeZip(t, p, parts...)
		res, _, _ := readLimited(t, p, integrity.Limits{})
		wantSheetError(t, res, "Exercises", `the workbook has 2 sheets named "Exercises" and "EXERCISES"`)
	})
}

// TestOtherPackages: package shapes that excelize reads and the strict
// pass once refused or missed (found in the corpus): part names with
// backslashes (.NET writers; POI 49609, calamine issue_530), ISO strict
// namespaces (POI SampleSS.strict.xlsx, 57914), the workbook outside xl/
// (calamine minimal_package.xlsx). The strict pass must check the very
// parts excelize reads.
func TestOtherPackages(t *testing.T) {
	base := bookParts("Exercises", zpart{data: sheetHead + exerciseXML + sheetTail}, nil)
	edit := func(f func(ps []zpart) []zpart) []zpart {
		ps := append([]zpart(nil), base...)
		return f(ps)
	}
	tests := []struct {
		name  string
		parts []zpart
	}{
		{"backslashes", edit(func(ps []zpart) []zpart {
			for i := range ps {
				ps[i].name = strings.ReplaceAll(ps[i].name, "/", `\`)
			}
			ps[0].name = "[content_types].xml"
			return ps
		})},
		{"strict", edit(func(ps []zpart) []zpart {
			for i := range ps {
				ps[i].data = strings.ReplaceAll(ps[i].data, relNamespace, strictRelNamespace)
				ps[i].data = strings.ReplaceAll(ps[i].data, mainNS, "http://purl.oclc.org/ooxml/spreadsheetml/main")
			}
			return ps
		})},
		{"root workbook", edit(func(ps []zpart) []zpart {
			ps[1].data = strings.Replace(ps[1].data, `Target="xl/workbook.xml"`, `Target="book.xml"`, 1)
			ps[2].name = "book.xml"
			ps[3].name = "_rels/book.xml.rels"
			ps[3].data = strings.Replace(ps[3].data, `Target="worksheets/sheet1.xml"`, `Target="/xl/worksheets/sheet1.xml"`, 1)
			return ps
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "b.xlsx")
			writeZip(t, p, tt.parts...)
			res, _, _ := readLimited(t, p, integrity.Limits{})
			if res.Diags.Count(diag.Error) != 0 || len(res.Data.Exercises) != 1 || res.Data.Exercises[0].Name.Text != "Vostok-2025" {
				t.Errorf("exercises = %+v:%s", res.Data.Exercises, dump(res.Diags))
			}
		})
	}
	// The strict pass and excelize agree on which part is the sheet: a
	// decoy at the conventional place is not what either reads.
	t.Run("decoy", func(t *testing.T) {
		ps := edit(func(ps []zpart) []zpart {
			ps[3].data = strings.Replace(ps[3].data, `Target="worksheets/sheet1.xml"`, `Target="worksheets/real.xml"`, 1)
			return append(ps, zpart{name: "xl/worksheets/real.xml", data: sheetHead + exerciseXML + "<row><c><f>1+1</f></c></row>" + sheetTail})
		})
		p := filepath.Join(t.TempDir(), "b.xlsx")
		writeZip(t, p, ps...)
		res, _, _ := readLimited(t, p, integrity.Limits{})
		if !findDiag(res.Diags, filepath.ToSlash(p)+":Exercises!A3", diag.Error, "formula without a cached value") {
			t.Errorf("the strict pass did not check the part excelize read:%s", dump(res.Diags))
		}
	})
}

// TestTextStaysText: cell text that a spreadsheet or a shell would
// interpret (formulas, paths) is read as text, verbatim, into the model;
// no part name or cell text becomes a path: reading a package whose part
// names climb out of the folder writes nothing outside the reader's own
// temporary folder, which is removed. The renderers' side (such text is
// written as a string cell, never as a formula) is tested with them.
func TestTextStaysText(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir := t.TempDir()
	hostile := []string{`=HYPERLINK("http://x","y")`, "+1", "-2+3", "@SUM(A1)", "../../etc/passwd", `=cmd|' /C calc'!A0`, "\t=1"}
	rows := [][]any{{"Counterparty", "Counterparty type", "Document", "Title", "Status", "Place", "Notes"}}
	for i, h := range hostile {
		rows = append(rows, []any{fmt.Sprintf("Party %d", i), "dialogue partner", "contact", h, "contacts established", h, h})
	}
	p := writeBook(t, dir, "inject.xlsx", sheet{name: "Agreements", rows: rows})
	// The same package with parts whose names climb out of any folder.
	zr, err := zip.OpenReader(p)
	if err != nil {
		t.Fatal(err)
	}
	var parts []zpart
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts = append(parts, zpart{name: f.Name, data: string(b)})
	}
	zr.Close()
	parts = append(parts, zpart{name: "../../escaped.xml", data: "<x/>"}, zpart{name: "/abs/escaped.xml", data: "<x/>"},
		zpart{name: "xl/media/../../../escaped2.xml", data: "<x/>"})
	q := filepath.Join(dir, "sub", "climb.xlsx")
	os.MkdirAll(filepath.Dir(q), 0o755)
	writeZip(t, q, parts...)
	for _, file := range []string{p, q} {
		res, _, _ := readLimited(t, file, integrity.Limits{})
		got := res.Data.Agreements
		if len(got) != len(hostile) {
			t.Fatalf("%s: %d agreements, want %d:%s", file, len(got), len(hostile), dump(res.Diags))
		}
		for i, a := range got {
			want := strings.TrimSpace(hostile[i])
			if a.Title != want || a.Place != want || a.Notes != want {
				t.Errorf("%s: agreement %d = %q / %q / %q; want %q", file, i, a.Title, a.Place, a.Notes, want)
			}
		}
	}
	for _, d := range []string{tmp, dir, filepath.Dir(dir), "/abs"} {
		filepath.WalkDir(d, func(p string, e os.DirEntry, err error) error {
			if err == nil && strings.HasPrefix(e.Name(), "escaped") {
				t.Errorf("a part became a file: %s", p)
			}
			return nil
		})
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// TestControlCharacters: the escapes _x001B_ and the like put control
// characters in a cell's text (terminal escape sequences, NUL); such a
// cell is an error, while line breaks (_x000D_, as Excel writes them) and
// tabs are text.
func TestControlCharacters(t *testing.T) {
	header := `<row r="1">`
	for i, h := range []string{"Name", "Kind", "Start date", "End date", "Host country", "Participating states", "Threat", "Notes"} {
		header += fmt.Sprintf(`<c r="%c1" t="inlineStr"><is><t>%s</t></is></c>`, 'A'+i, h)
	}
	header += `</row>`
	row := func(r int, name, notes string) string {
		return strings.Replace(inlineRow(r, name, "field", "2025-09-01", "2025-09-05", "KZ", "KZ", "other"), "</row>",
			fmt.Sprintf(`<c r="H%d" t="inlineStr"><is><t>%s</t></is></c></row>`, r, notes), 1)
	}
	p := filepath.Join(t.TempDir(), "ctl.xlsx")
	writeZip(t, p, bookParts("Exercises", zpart{data: sheetHead + header +
		row(2, "Escape-2025", "a_x001B_[31mred") + row(3, "Nul-2025", "a_x0000_b") + row(4, "C1-2025", "a\u0085b") +
		row(5, "Lines-2025", "line 1_x000D_\nline 2\tend") + sheetTail}, nil)...)
	res, _, _ := readLimited(t, p, integrity.Limits{})
	file := filepath.ToSlash(p)
	for loc, want := range map[string]string{"H2": "U+001B", "H3": "U+0000", "H4": "U+0085"} {
		if !findDiag(res.Diags, file+":Exercises!"+loc, diag.Error, "the cell holds the control character "+want) {
			t.Errorf("no error at %s for %s:%s", loc, want, dump(res.Diags))
		}
	}
	if len(res.Data.Exercises) != 1 || res.Data.Exercises[0].Notes != "line 1\r\nline 2\tend" {
		t.Errorf("exercises = %+v", res.Data.Exercises)
	}
}
