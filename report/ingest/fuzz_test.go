package ingest

// Fuzz targets for the whole reader. `go test` runs the seeds built below
// and the inputs committed under testdata/fuzz/<FuzzName>/ as regular
// tests (CI does this); `go test -run XXX -fuzz FuzzSheet ./report/ingest`
// explores further.
//
// FuzzRead feeds arbitrary bytes as a file: the container level (sniffing,
// zip directory, CRC, excelize opening). FuzzSheet keeps the package valid
// and fuzzes the worksheet XML and the shared-string table, which is where
// excelize's streaming reader and the strict pass must agree; it compares
// every text the reader took with an independent reading of the XML.
// FuzzRows does the same with structural edits of a valid sheet (rows and
// cells moved, repeated, retyped), which byte mutations rarely produce.
//
// The reader is slow to fuzz (milliseconds per input) and Go's fuzzer
// spends most of its time minimizing new inputs by default; run with
// -fuzzminimizetime 50x.

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/integrity"
	"ratsreport/report/model"
	"ratsreport/report/schema"
	"ratsreport/report/value"
)

// fuzzTimeout bounds one input; the seeds take milliseconds.
const fuzzTimeout = 10 * time.Second

// seedSheets are the fixture workbooks the fuzz targets start from: every
// dataset, valid rows and each kind of rejection.
func seedSheets() [][]sheet {
	border := []any{"Operation", "Reporting state", "Start date", "End date", "Section", "Area",
		"Border violators detained (persons)", "Drugs seized (kg)", "Firearms seized (units)"}
	return [][]sheet{
		{{name: "Exercises", rows: [][]any{
			{"Joint exercises 2025"},
			{},
			exerciseHeader,
			exerciseRow(nil),
			exerciseRow(map[int]any{0: "B", 2: "2025-09-21", 3: "21.09.2025", 6: "Kazakhstan; Россия\nКиргизия, CHN", 10: "12 000"}),
			exerciseRow(map[int]any{0: "C", 2: "31.02.2025", 4: "Atlantis", 10: -4}),
			exerciseRow(map[int]any{0: "Test-Antiterror-2025"}),
		}}},
		{{name: "Border operations", rows: [][]any{
			border,
			{"Solidarity-2025", "Kazakhstan", "2025-09-01", "2025-09-30", "external", "A", 12, "1 234,5", 3},
			{"Solidarity-2025", "KZ", dateCell{2025, 9, 1}, dateCell{2025, 9, 30}, "internal", "B", "", "8.75", "#N/A"},
			{"Solidarity-2025", "KZ", "2025-09-01", "2025-08-30", "sideways", "C", "1,234", "-1", 2.5},
		}}},
		{{name: "Конференция", rows: [][]any{
			{"Номер конференции", "Дата", "Город", "Страна", "Сессия", "Формат", "Число участников", "Представленные государства", "Организации", "Число докладов"},
			{11, "20.11.2025", "Ташкент", "Узбекистан", "Пленарное заседание", "пленарное заседание", "1 200", "UZ; KZ", "UNOCT; Interpol, CSTO", ""},
			{0, "20.11.2025", "Ташкент", "UZ", "Panel", "lecture", "", "", "", "2.5"},
		}}},
		{{name: "Agreements", rows: [][]any{
			{"Counterparty", "Counterparty type", "Document", "Title", "Status", "Signed date", "Place", "Areas"},
			{"CARICC", "международная организация", "protocol", "Protocol", "in force", dateCell{2018, 6, 15}, "Tashkent", "drugs; terrorism financing"},
			{"X", "international organisation", "memorandum", "", "signed", "", "", ""},
			{"=HYPERLINK(\"http://x\",\"y\")", "dialogue partner", "contact", "+1", "contacts established", "", "../../etc/passwd", "@SUM(A1)"},
		}}},
	}
}

// bookBytes writes a workbook with excelize into memory; a dateCell
// becomes a styled date serial in the 1900 system.
func bookBytes(tb testing.TB, sheets ...sheet) []byte {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	style, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("dd.mm.yyyy")})
	if err != nil {
		tb.Fatal(err)
	}
	for i, sh := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.name); err != nil {
				tb.Fatal(err)
			}
		} else if _, err := f.NewSheet(sh.name); err != nil {
			tb.Fatal(err)
		}
		for r, cells := range sh.rows {
			for c, v := range cells {
				if v == nil {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if d, ok := v.(dateCell); ok {
					v = float64(time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
					if err := f.SetCellStyle(sh.name, ref, ref, style); err != nil {
						tb.Fatal(err)
					}
				}
				if err := f.SetCellValue(sh.name, ref, v); err != nil {
					tb.Fatal(err)
				}
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// zipParts returns the parts of a package.
func zipParts(tb testing.TB, b []byte) map[string][]byte {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		tb.Fatal(err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		parts[f.Name], err = io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
	}
	return parts
}

// FuzzRead reads arbitrary bytes as a workbook file through Read.
func FuzzRead(f *testing.F) {
	cfg := testConfig(f, "")
	for _, sheets := range seedSheets() {
		b := bookBytes(f, sheets...)
		f.Add(b)
		f.Add(b[:len(b)*3/4])
		f.Add(fuzzPackage(sheets[0].name, sheetPart(f, b), zipParts(f, b)["xl/sharedStrings.xml"]))
	}
	f.Add([]byte{})
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	f.Add(append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...))
	f.Add([]byte("%PDF-1.7\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "in.xlsx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		res := bounded(t, func() *Result {
			res, err := Read(context.Background(), cfg, Options{Files: []string{p}, Workers: 1})
			if err != nil {
				t.Errorf("Read: %v", err)
				return nil
			}
			return res
		})
		if res == nil {
			return
		}
		checkRead(t, cfg, filepath.ToSlash(p), res)
	})
}

// bounded runs fn, failing the test if it takes longer than fuzzTimeout.
func bounded[T any](t *testing.T, fn func() T) T {
	t.Helper()
	done := make(chan T, 1)
	go func() { done <- fn() }()
	select {
	case v := <-done:
		return v
	case <-time.After(fuzzTimeout):
		t.Fatalf("the read took more than %v", fuzzTimeout)
	}
	var zero T
	return zero
}

// checkRead checks what holds for any input file: no panic inside the
// reader (recovered ones become internal errors), every diagnostic on the
// file, one source, records only from sheets and rows without errors, and
// every record valid.
func checkRead(t *testing.T, cfg *config.Config, file string, res *Result) {
	t.Helper()
	sheetErr := map[string]bool{} // sheet with an error on the sheet itself
	rowErr := map[string]bool{}   // sheet\x00row with an error
	for _, d := range res.Diags {
		if strings.Contains(d.Message, "internal error") {
			t.Fatalf("internal error: %s", d)
		}
		if d.File != file {
			t.Errorf("diagnostic on %q, want %q: %s", d.File, file, d)
		}
		if d.Message == "" || !utf8.ValidString(d.Message) || d.Row < 0 || d.Col < 0 || d.Severity < diag.Notice || d.Severity > diag.Error {
			t.Errorf("malformed diagnostic %#v", d)
		}
		for _, l := range []string{"ru", "zh"} {
			if m := d.Text(l); m == "" || !utf8.ValidString(m) {
				t.Errorf("malformed diagnostic in %s: %q", l, m)
			}
		}
		if d.Severity == diag.Error {
			if d.Row == 0 {
				sheetErr[d.Sheet] = true
			}
			rowErr[fmt.Sprintf("%s\x00%d", d.Sheet, d.Row)] = true
		}
	}
	if len(res.Data.Sources) != 1 || res.Data.Sources[0].Path != file {
		t.Fatalf("sources = %+v, want one, %q", res.Data.Sources, file)
	}
	src := res.Data.Sources[0]
	if src.Failed && res.Diags.Count(diag.Error) == 0 {
		t.Errorf("the file failed without an error")
	}
	for _, s := range src.Sheets {
		if s.Records < 0 || s.Rejected < 0 || s.Merged < 0 || s.Records+s.Rejected+s.Merged > s.Rows {
			t.Errorf("audit of sheet %q = %+v", s.Name, s)
		}
	}
	for _, rec := range records(res.Data) {
		o := rec.Source().Origin
		switch {
		case src.Failed:
			t.Errorf("a failed file gave %s", describe(rec))
		case o.File != file:
			t.Errorf("%s comes from %q, want %q", describe(rec), o.File, file)
		case sheetErr[o.Sheet]:
			t.Errorf("%s comes from sheet %q, which has an error", describe(rec), o.Sheet)
		case rowErr[fmt.Sprintf("%s\x00%d", o.Sheet, o.Row)]:
			t.Errorf("%s comes from row %d of %q, which has an error", describe(rec), o.Row, o.Sheet)
		}
		checkRecord(t, cfg, rec)
	}
}

// describe names a record for a test failure.
func describe(rec record) string { return fmt.Sprintf("%T at %s", rec, rec.Source().Origin) }

func records(d *model.Data) []record {
	var out []record
	for i := range d.Exercises {
		out = append(out, &d.Exercises[i])
	}
	for _, b := range d.Border.All() {
		out = append(out, b)
	}
	for i := range d.Sessions {
		out = append(out, &d.Sessions[i])
	}
	for i := range d.Agreements {
		out = append(out, &d.Agreements[i])
	}
	return out
}

// checkRecord checks a record's values against the parsers' promises.
func checkRecord(t *testing.T, cfg *config.Config, rec record) {
	t.Helper()
	known := map[string]bool{}
	for _, s := range cfg.States {
		known[s.Alpha2] = true
	}
	date := func(what string, d time.Time, required bool) {
		if d.IsZero() && !required {
			return
		}
		if d.Location() != time.UTC || d.Hour() != 0 || d.Year() < value.MinYear || d.Year() > value.MaxYear {
			t.Errorf("%s: %s = %v", describe(rec), what, d)
		}
	}
	country := func(what, c string) {
		if !known[c] {
			t.Errorf("%s: %s = %q, not a state", describe(rec), what, c)
		}
	}
	countries := func(what string, cs []string, required bool) {
		if required && len(cs) == 0 {
			t.Errorf("%s: %s empty", describe(rec), what)
		}
		for i, c := range cs {
			country(what, c)
			if i > 0 && cs[i-1] >= c {
				t.Errorf("%s: %s = %q, not sorted and distinct", describe(rec), what, cs)
			}
		}
	}
	count := func(what string, n model.Int) {
		if n.V < 0 || !n.Reported && n.V != 0 {
			t.Errorf("%s: %s = %+v", describe(rec), what, n)
		}
	}
	nonEmpty := func(what, s string) {
		if strings.TrimSpace(s) == "" || s != strings.TrimSpace(s) {
			t.Errorf("%s: %s = %q", describe(rec), what, s)
		}
	}
	enum := func(what string, e *schema.Enumeration, k string, required bool) {
		if k == "" && !required {
			return
		}
		if got, ok := e.Lookup(k); !ok || got != k {
			t.Errorf("%s: %s = %q, not a key of %s", describe(rec), what, k, e.Name)
		}
	}
	texts := textFields(rec)
	for key, ns := range nameFields(rec) {
		for i, n := range ns {
			texts[fmt.Sprintf("%s[%d]", key, i)] = n.Text
			nonEmpty(fmt.Sprintf("%s[%d]", key, i), n.Text)
			nonEmpty(fmt.Sprintf("%s[%d]'s key", key, i), n.Key)
		}
	}
	for key, text := range texts {
		if !utf8.ValidString(text) || len([]rune(text)) > maxCellText || strings.ContainsFunc(text, func(r rune) bool {
			return r < ' ' && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0
		}) {
			t.Errorf("%s: %s = %q", describe(rec), key, text)
		}
	}
	switch r := rec.(type) {
	case *model.Exercise:
		nonEmpty("name", r.Name.Text)
		nonEmpty("name's key", r.Name.Key)
		enum("kind", schema.ExerciseKind, r.Kind, true)
		enum("threat", schema.Threat, r.Threat, true)
		date("start", r.Start, true)
		date("end", r.End, true)
		if r.End.Before(r.Start) {
			t.Errorf("%s ends before it starts", describe(rec))
		}
		country("host", r.Host)
		countries("participants", r.Participants, true)
		count("personnel", r.Personnel)
		count("equipment", r.Equipment)
	case *model.BorderReport:
		nonEmpty("operation", r.Operation.Text)
		nonEmpty("operation's key", r.Operation.Key)
		country("state", r.State)
		enum("section", schema.Section, r.Section, true)
		date("start", r.Start.Time(), true)
		date("end", r.End.Time(), true)
		if r.End < r.Start {
			t.Errorf("%s ends before it starts", describe(rec))
		}
		if r.Values.Len() != len(cfg.Indicators) {
			t.Errorf("%s: %d values, want %d", describe(rec), r.Values.Len(), len(cfg.Indicators))
		}
		for i, v := range r.Values.Decs() {
			if v.Milli < 0 || !v.Reported && v.Milli != 0 || !cfg.Indicators[i].Decimal() && v.Milli%1000 != 0 {
				t.Errorf("%s: indicator %d = %+v", describe(rec), i, v)
			}
		}
	case *model.Session:
		if r.Edition < 1 || r.Edition > 1000 {
			t.Errorf("%s: edition %d", describe(rec), r.Edition)
		}
		date("date", r.Date, true)
		nonEmpty("city", r.City)
		nonEmpty("session", r.Title)
		country("country", r.Country)
		enum("format", schema.Format, r.Format, false)
		countries("states", r.States, false)
		count("participants", r.Participants)
		count("papers", r.Papers)
	case *model.Agreement:
		if len(r.Counterparties) == 0 {
			t.Errorf("%s: no counterparty", describe(rec))
		}
		enum("type", schema.CounterpartyType, r.CounterpartyType, true)
		enum("document", schema.Document, r.Document, true)
		enum("status", schema.Status, r.Status, true)
		date("signed", r.Signed, r.Status == "signed" || r.Status == "in force")
	}
}

// sheetDatasets are the sheet names FuzzSheet may give its one sheet.
var sheetDatasets = []string{"Exercises", "Border operations", "Conference", "Agreements"}

// sheetPart returns the worksheet XML of an excelize-written seed.
func sheetPart(tb testing.TB, b []byte) []byte {
	return zipParts(tb, b)["xl/worksheets/sheet1.xml"]
}

// fuzzPackage builds a minimal package around one worksheet and a shared
// string table (none when sst is nil). Parts are stored uncompressed, so
// that building one costs little.
func fuzzPackage(sheetName string, sheetXML, sst []byte) []byte {
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	var name bytes.Buffer
	xml.EscapeText(&name, []byte(sheetName))
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`)},
		{"_rels/.rels", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + rel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`)},
		{"xl/workbook.xml", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="` + rel + `"><sheets><sheet name="` + name.String() + `" sheetId="1" r:id="rId1"/></sheets></workbook>`)},
		{"xl/_rels/workbook.xml.rels", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + rel + `/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="` + rel + `/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)},
		{"xl/worksheets/sheet1.xml", sheetXML},
		{"xl/sharedStrings.xml", sst},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		if p.data == nil {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Store})
		if err == nil {
			_, err = w.Write(p.data)
		}
		if err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// handSheets are worksheet XML that excelize does not write but other
// writers do: inline strings, rows and cells without references, formulas
// with cached text, rich text.
var handSheets = []struct{ sheet, sst string }{
	{`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row><c t="inlineStr"><is><t>Name</t></is></c><c t="inlineStr"><is><t>Kind</t></is></c><c t="inlineStr"><is><t>Start date</t></is></c><c t="inlineStr"><is><t>End date</t></is></c><c t="inlineStr"><is><t>Host country</t></is></c><c t="inlineStr"><is><t>Participating states</t></is></c><c t="inlineStr"><is><t>Threat</t></is></c></row>` +
		`<row><c t="inlineStr"><is><r><t>Vostok</t></r><r><rPr><b/></rPr><t xml:space="preserve">-2025 </t></r><rPh><t>x</t></rPh></is></c><c t="str"><f>"field"</f><v>field</v></c><c><v>45901</v></c><c t="d"><v>2025-09-05T00:00:00</v></c><c t="inlineStr"><is><t>KZ</t></is></c><c t="inlineStr"><is><t>KZ, KG</t></is></c><c t="inlineStr"><is><t>other</t></is></c></row>` +
		`</sheetData></worksheet>`, ``},
	{`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>` +
		`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c></row>` +
		`<row r="3"><c r="A3" t="s"><v>7</v></c><c r="B3" t="s"><v>8</v></c><c r="C3"><v>45901</v></c><c r="D3"><f>C3+4</f><v>45905</v></c><c r="E3" t="s"><v>9</v></c><c r="F3" t="s"><v>9</v></c><c r="G3" t="s"><v>10</v></c></row>` +
		`<row r="5"><c r="A5" t="s"><v>11</v></c><c r="B5" t="s"><v>8</v></c><c r="C5"><v>45901</v></c><c r="D5"><f>C5+4</f></c><c r="E5" t="s"><v>9</v></c><c r="F5" t="s"><v>9</v></c><c r="G5" t="e"><v>#N/A</v></c></row>` +
		`</sheetData></worksheet>`,
		`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="12" uniqueCount="12"><si><t>Name</t></si><si><t>Kind</t></si><si><t>Start date</t></si><si><t>End date</t></si><si><t>Host country</t></si><si><t>Participating states</t></si><si><t>Threat</t></si>` +
			`<si><r><t>Peace</t></r><r><t xml:space="preserve"> Mission</t></r></si><si><t>field</t></si><si><t>KZ</t></si><si><t>cbrn</t></si><si><t><![CDATA[Second & last]]></t></si></sst>`},
}

// FuzzSheet reads a package whose worksheet XML and shared-string table
// are fuzzed, and checks every text the reader took against an
// independent reading of the same XML: excelize's streaming reader must
// not hand over a value from another cell or row, and a sheet that is not
// well-formed XML must give no record.
func FuzzSheet(f *testing.F) {
	cfg := testConfig(f, "")
	r := newReader(cfg, integrity.DefaultLimits)
	for i, sheets := range seedSheets() {
		b := bookBytes(f, sheets...)
		parts := zipParts(f, b)
		f.Add(uint8(i), parts["xl/worksheets/sheet1.xml"], parts["xl/sharedStrings.xml"])
	}
	for _, h := range handSheets {
		f.Add(uint8(0), []byte(h.sheet), []byte(h.sst))
	}
	f.Fuzz(func(t *testing.T, which uint8, sheetXML, sst []byte) {
		if os.Getenv("FUZZDEBUG") != "" {
			st := time.Now()
			defer func() {
				if d := time.Since(st); d > 300*time.Millisecond {
					fd, _ := os.OpenFile("/tmp/fuzzslow.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
					fmt.Fprintf(fd, "%v sheet=%d sst=%d\n", d, len(sheetXML), len(sst))
					fd.Close()
				}
			}()
		}
		if len(sst) == 0 {
			sst = nil
		}
		dir := t.TempDir()
		p := filepath.Join(dir, "in.xlsx")
		if err := os.WriteFile(p, fuzzPackage(sheetDatasets[int(which)%len(sheetDatasets)], sheetXML, sst), 0o644); err != nil {
			t.Fatal(err)
		}
		fr := bounded(t, func() *fileResult { return r.readFile(input{path: p, display: "in.xlsx"}) })
		compareWithOracle(t, fr, sheetXML, sst)
		checkMerged(t, cfg, fr)
	})
}

// compareWithOracle compares the texts of the rows the reader took with
// an independent reading of the sheet.
func compareWithOracle(t *testing.T, fr *fileResult, sheetXML, sst []byte) {
	t.Helper()
	o := readOracle(sheetXML, sst)
	if len(fr.rows) > 0 && !o.wellFormed {
		t.Fatalf("the sheet is not well-formed XML (%v), yet the reader took %d rows", o.err, len(fr.rows))
	}
	// Excel writes rows and cells in order, once each, and refuses a
	// sheet otherwise; the streaming reader numbers rows by counting.
	if len(fr.rows) > 0 && o.disorder != "" {
		t.Fatalf("the sheet has %s, yet the reader took %d rows", o.disorder, len(fr.rows))
	}
	if !o.plain {
		return
	}
	for _, rw := range fr.rows {
		for key, got := range textFields(rw.rec) {
			col := rw.cols[key]
			if col == 0 {
				continue
			}
			want := strings.TrimSpace(o.cells[[2]int{rw.rowNum, col}])
			if got != want {
				ref, _ := excelize.CoordinatesToCellName(col, rw.rowNum)
				t.Errorf("%s (%s): the reader took %q, the XML holds %q", ref, key, got, want)
			}
		}
		// A list of names: each is a part of its cell (up to the spaces
		// after the commas the list is split and joined at).
		nospace := func(s string) string { return strings.Join(strings.Fields(s), "") }
		for key, ns := range nameFields(rw.rec) {
			col := rw.cols[key]
			if col == 0 {
				continue
			}
			cell := o.cells[[2]int{rw.rowNum, col}]
			for _, n := range ns {
				if !strings.Contains(nospace(cell), nospace(n.Text)) {
					ref, _ := excelize.CoordinatesToCellName(col, rw.rowNum)
					t.Errorf("%s (%s): the reader took the name %q, the XML holds %q", ref, key, n.Text, cell)
				}
			}
		}
	}
}

// nameFields are the fields of a record that list names (organisations),
// by column key: a cell that names several is split into them.
func nameFields(rec any) map[string][]model.Name {
	switch r := rec.(type) {
	case *model.Exercise:
		return map[string][]model.Name{"observers": r.Observers}
	case *model.Session:
		return map[string][]model.Name{"organisations": r.Organisations}
	case *model.Agreement:
		return map[string][]model.Name{"counterparty": r.Counterparties}
	}
	return nil
}

// textFields are the free-text fields of a record by column key.
func textFields(rec any) map[string]string {
	switch r := rec.(type) {
	case *model.Exercise:
		return map[string]string{"name": r.Name.Text, "location": r.Location, "scenario": r.Scenario, "notes": r.Notes}
	case *model.BorderReport:
		return map[string]string{"operation": r.Operation.Text, "area": r.Area}
	case *model.Session:
		return map[string]string{"city": r.City, "session": r.Title, "theme": r.Theme}
	case *model.Agreement:
		return map[string]string{"title": r.Title, "place": r.Place, "notes": r.Notes}
	}
	return nil
}

// oracle is an independent reading of a worksheet: what each cell holds,
// as excelize's raw mode would return it for a well-formed sheet of the
// ordinary structure.
type oracle struct {
	cells      map[[2]int]string
	wellFormed bool   // encoding/xml reads the sheet and the table to the end
	plain      bool   // only the structure the oracle understands
	err        error  // why not well-formed
	disorder   string // rows or cells out of order, or repeated
}

// readOracle reads the sheet with encoding/xml's checking tokenizer. It
// takes only the ordinary structure: sheetData > row > c > v|f|is, rows
// and cells in ascending order; anything else makes it not plain and the
// comparison is skipped.
func readOracle(sheetXML, sst []byte) *oracle {
	o := &oracle{cells: map[[2]int]string{}, wellFormed: true, plain: true}
	var table []string
	if sst != nil {
		var err error
		if table, err = oracleTable(sst); err != nil {
			o.wellFormed, o.err = false, err
		}
		if table == nil {
			o.plain = false
		}
	}
	d := xml.NewDecoder(bytes.NewReader(sheetXML))
	var (
		path               []string
		row, col           int
		cellType, v, inlin string
		hasIS              bool
		inSheetData        int
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if len(path) != 0 {
				o.wellFormed, o.err = false, io.ErrUnexpectedEOF
			}
			break
		}
		if err != nil {
			o.wellFormed, o.err = false, err
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			parent := ""
			if len(path) > 0 {
				parent = path[len(path)-1]
			}
			path = append(path, name)
			switch {
			case name == "sheetData" && len(path) == 2:
				inSheetData++
				row = 0
			case name == "row" && parent == "sheetData":
				n := row + 1
				if r := oracleAttr(t, "r"); r != "" {
					var err error
					if n, err = strconv.Atoi(r); err != nil || n < 1 || n > excelize.TotalRows {
						o.plain = false
					}
				}
				if n <= row {
					o.disorder = fmt.Sprintf("row %d after row %d", n, row)
				}
				row, col = n, 0
			case name == "c" && parent == "row":
				n := col + 1
				if ref := oracleAttr(t, "r"); ref != "" {
					c, r, err := excelize.CellNameToCoordinates(ref)
					if err != nil || r != row {
						o.plain = false
					}
					n = c
				}
				if n <= col {
					o.disorder = fmt.Sprintf("cell %d after cell %d of row %d", n, col, row)
				}
				col, cellType, v, inlin, hasIS = n, oracleAttr(t, "t"), "", "", false
			case (name == "v" || name == "f" || name == "is") && parent == "c":
				hasIS = hasIS || name == "is"
				if name == "is" {
					text, err := oracleRichText(d, t)
					if err != nil {
						o.plain = false
					}
					inlin = text
					path = path[:len(path)-1]
				}
			case name == "row" || name == "c" || name == "v" || name == "f" || name == "is" || name == "sheetData":
				o.plain = false // out of place
			case inSheetData > 0 && len(path) > 2:
				o.plain = false // something else inside the data
			}
		case xml.CharData:
			if len(path) > 0 && path[len(path)-1] == "v" {
				v += string(t)
			}
		case xml.EndElement:
			name := path[len(path)-1]
			path = path[:len(path)-1]
			if name == "c" && len(path) > 0 && path[len(path)-1] == "row" {
				text := v
				switch {
				case cellType == "s":
					i, err := strconv.Atoi(strings.TrimSpace(v))
					if err != nil || i < 0 || i >= len(table) {
						if v != "" {
							o.plain = false
						}
						text = ""
					} else {
						text = table[i]
					}
				case cellType == "inlineStr" && hasIS:
					text = inlin
				}
				o.cells[[2]int{row, col}] = text
			}
		}
	}
	if inSheetData > 1 {
		o.plain = false
	}
	return o
}

func oracleAttr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// oracleTable reads a shared-string table: the text of each <si>, or a
// nil table when its structure is not the ordinary one.
func oracleTable(sst []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(sst))
	var table []string
	plain := true
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if depth != 0 {
				return nil, io.ErrUnexpectedEOF
			}
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 1 && t.Name.Local == "si" {
				text, err := oracleRichText(d, t)
				if err != nil {
					plain = false
					if _, ok := err.(*xml.SyntaxError); ok {
						return nil, err
					}
				}
				table = append(table, text)
				continue
			}
			if depth >= 1 {
				plain = false
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if !plain {
		return nil, nil
	}
	return table, nil
}

// errNotPlain marks rich text of an unusual structure.
var errNotPlain = fmt.Errorf("not the ordinary structure")

// oracleRichText reads an <si> or <is> element: one <t>, or runs <r>
// each with one <t>; phonetic runs are not text. Escapes such as _x000D_
// are taken as not plain (excelize decodes them).
func oracleRichText(d *xml.Decoder, start xml.StartElement) (string, error) {
	var b strings.Builder
	var path []string
	plain, direct, runs := true, 0, 0
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			parent := ""
			if len(path) > 0 {
				parent = path[len(path)-1]
			}
			path = append(path, t.Name.Local)
			switch {
			case t.Name.Local == "t" && parent == "":
				direct++
			case t.Name.Local == "r" && parent == "":
				runs++
			case t.Name.Local == "t" && parent == "r", t.Name.Local == "rPr" && parent == "r":
			case parent == "rPr", parent == "rPh":
			case (t.Name.Local == "rPh" || t.Name.Local == "phoneticPr") && parent == "":
			default:
				plain = false
			}
		case xml.CharData:
			if len(path) > 0 && path[len(path)-1] == "t" && (len(path) == 1 || path[len(path)-2] == "r") {
				b.Write(t)
			}
		case xml.EndElement:
			if len(path) == 0 {
				if !plain || direct > 1 || direct > 0 && runs > 0 || strings.Contains(b.String(), "_x") {
					return b.String(), errNotPlain
				}
				return b.String(), nil
			}
			path = path[:len(path)-1]
		}
	}
}

// FuzzRows builds a worksheet from a valid exercises table by a sequence
// of edits that writers, scripts and damage produce (rows and cells out
// of order, without references, repeated, retyped, moved), and checks the
// reader against the oracle: structural mutations that a byte-level
// mutator rarely finds.
func FuzzRows(f *testing.F) {
	cfg := testConfig(f, "")
	r := newReader(cfg, integrity.DefaultLimits)
	for _, ops := range [][]byte{nil, {0, 1, 2}, {1, 1}, {2, 2, 3}, {3, 2, 1, 0}, {4, 3, 1}, {5, 2}, {6, 3, 9}, {7, 2, 4, 6}, {8, 3, 2}, {9, 2, 0, 3}, {10, 4, 7}, {11, 2, 1}} {
		f.Add(ops)
	}
	f.Fuzz(func(t *testing.T, ops []byte) {
		sheetXML := editedSheet(ops)
		dir := t.TempDir()
		p := filepath.Join(dir, "in.xlsx")
		if err := os.WriteFile(p, fuzzPackage("Exercises", sheetXML, nil), 0o644); err != nil {
			t.Fatal(err)
		}
		fr := bounded(t, func() *fileResult { return r.readFile(input{path: p, display: "in.xlsx"}) })
		compareWithOracle(t, fr, sheetXML, nil)
		// The same file reads the same way again: outputs are promised
		// byte-identical for the same inputs.
		again := r.readFile(input{path: p, display: "in.xlsx"})
		if a, b := fmt.Sprint(fr.diags, fr.source), fmt.Sprint(again.diags, again.source); a != b || len(fr.rows) != len(again.rows) {
			t.Errorf("two reads differ:\n%s\n%s", a, b)
		}
		checkMerged(t, cfg, fr)
	})
}

// checkMerged merges one file's rows as Read does and checks the result.
func checkMerged(t *testing.T, cfg *config.Config, fr *fileResult) {
	t.Helper()
	data := &model.Data{Sources: []model.SourceFile{fr.source}}
	m := newMerger(cfg, data)
	m.add(fr)
	m.finish()
	checkRead(t, cfg, "in.xlsx", &Result{Data: data, Diags: append(fr.diags, m.diags...)})
}

type editRow struct {
	r     int
	hasR  bool
	cells []editCell
}

type editCell struct {
	col, refRow int
	hasR        bool
	typ, val    string
}

// editedSheet applies ops, read three bytes at a time (edit, row, arg),
// to a header and four valid rows, and writes the worksheet XML.
func editedSheet(ops []byte) []byte {
	texts := []string{"Name", "Kind", "Start date", "End date", "Host country", "Participating states", "Threat"}
	var rows []editRow
	for i := 1; i <= 5; i++ {
		row := editRow{r: i, hasR: true}
		vals := texts
		if i > 1 {
			vals = []string{fmt.Sprintf("Exercise-%d", i), "field", "45901", "45905", "KZ", "KZ, KG", "other"}
		}
		for c, v := range vals {
			typ := "inlineStr"
			if i > 1 && (c == 2 || c == 3) {
				typ = ""
			}
			row.cells = append(row.cells, editCell{col: c + 1, refRow: i, hasR: true, typ: typ, val: v})
		}
		rows = append(rows, row)
	}
	at := func(b byte, n int) int { return int(b) % max(n, 1) }
	for i := 0; i+2 < len(ops)+2 && i < len(ops); i += 3 {
		op := ops[i]
		var a, b byte
		if i+1 < len(ops) {
			a = ops[i+1]
		}
		if i+2 < len(ops) {
			b = ops[i+2]
		}
		if len(rows) == 0 || len(rows) > 50 {
			break
		}
		ri := at(a, len(rows))
		row := &rows[ri]
		ci := at(b, len(row.cells))
		switch op % 12 {
		case 0: // two rows swapped
			rj := at(b, len(rows))
			rows[ri], rows[rj] = rows[rj], rows[ri]
		case 1: // a row without its reference
			row.hasR = false
		case 2: // a cell without its reference
			if len(row.cells) > 0 {
				row.cells[ci].hasR = false
			}
		case 3: // two cells swapped
			if len(row.cells) > 1 {
				cj := (ci + 1) % len(row.cells)
				row.cells[ci], row.cells[cj] = row.cells[cj], row.cells[ci]
			}
		case 4: // a cell repeated with another value
			if len(row.cells) > 0 {
				c := row.cells[ci]
				c.val = "Repeated"
				row.cells = append(row.cells[:ci+1], append([]editCell{c}, row.cells[ci+1:]...)...)
			}
		case 5: // a row repeated with another name
			c := editRow{r: row.r, hasR: row.hasR, cells: append([]editCell(nil), row.cells...)}
			if len(c.cells) > 0 {
				c.cells[0].val = "Copy-" + c.cells[0].val
			}
			rows = append(rows[:ri+1], append([]editRow{c}, rows[ri+1:]...)...)
		case 6: // a row renumbered
			row.r = []int{1, 2, 3, 4, 5, 6, 8, 31, 1048576, 0}[at(b, 10)]
			for k := range row.cells {
				row.cells[k].refRow = row.r
			}
		case 7: // a cell moved to another column
			if len(row.cells) > 0 {
				row.cells[ci].col = 1 + at(b/7, 9)
			}
		case 8: // a cell whose reference names another row
			if len(row.cells) > 0 {
				row.cells[ci].refRow = row.r + 1
			}
		case 9: // a cell retyped
			if len(row.cells) > 0 {
				row.cells[ci].typ = []string{"", "str", "inlineStr", "b", "e", "n", "d"}[at(b/7, 7)]
			}
		case 10: // an empty row inserted
			rows = append(rows[:ri], append([]editRow{{r: 1 + at(b, 8), hasR: b%2 == 0}}, rows[ri:]...)...)
		case 11: // a value padded or emptied
			if len(row.cells) > 0 {
				row.cells[ci].val = []string{" " + row.cells[ci].val + " ", "", "\t"}[at(b/7, 3)]
			}
		}
	}
	var w bytes.Buffer
	w.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for _, row := range rows {
		w.WriteString("<row")
		if row.hasR {
			fmt.Fprintf(&w, ` r="%d"`, row.r)
		}
		w.WriteString(">")
		for _, c := range row.cells {
			w.WriteString("<c")
			if c.hasR {
				name, err := excelize.CoordinatesToCellName(c.col, max(c.refRow, 1))
				if err == nil {
					fmt.Fprintf(&w, ` r="%s"`, name)
				}
			}
			if c.typ != "" {
				fmt.Fprintf(&w, ` t="%s"`, c.typ)
			}
			w.WriteString(">")
			var v bytes.Buffer
			xml.EscapeText(&v, []byte(c.val))
			if c.typ == "inlineStr" {
				fmt.Fprintf(&w, `<is><t xml:space="preserve">%s</t></is>`, v.String())
			} else {
				fmt.Fprintf(&w, `<v>%s</v>`, v.String())
			}
			w.WriteString("</c>")
		}
		w.WriteString("</row>")
	}
	w.WriteString("</sheetData></worksheet>")
	return w.Bytes()
}
