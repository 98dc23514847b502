package xlsx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/ingest"
	"ratsreport/report/model"
	"ratsreport/report/summary"
	"ratsreport/report/value"
)

// cases are the inputs most tests run on: the fixture, a year without any
// record, and the fixture with no diagnostics.
func cases(t *testing.T) []struct {
	name string
	in   Input
} {
	t.Helper()
	return []struct {
		name string
		in   Input
	}{
		{"fixture", newInput(t, testData(), testWarnings())},
		{"empty", newInput(t, &model.Data{}, nil)},
		{"no-warnings", newInput(t, testData(), nil)},
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	for _, tc := range cases(t) {
		t.Run(tc.name, func(t *testing.T) {
			first, err := Render(context.Background(), tc.in)
			if err != nil {
				t.Fatalf("Render: %v", err)
			}
			for i := 2; i <= 5; i++ {
				again, err := Render(context.Background(), tc.in)
				if err != nil {
					t.Fatalf("Render #%d: %v", i, err)
				}
				if !bytes.Equal(first, again) {
					t.Fatalf("Render #%d differs from the first (%d and %d bytes)", i, len(again), len(first))
				}
			}
		})
	}
}

// failingWriter accepts n bytes, then fails.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// TestWriteStreams: Write gives Render's bytes, and leaves no temporary
// file in TempDir whether it succeeds or fails (an output that fails
// midway, a TempDir that does not exist).
func TestWriteStreams(t *testing.T) {
	want, err := Render(context.Background(), newInput(t, testData(), testWarnings()))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		w       func() io.Writer
		tempDir func(dir string) string
		wantErr string
	}{
		{"ok", func() io.Writer { return new(bytes.Buffer) }, func(d string) string { return d }, ""},
		{"output fails midway", func() io.Writer { return &failingWriter{n: len(want) / 2} }, func(d string) string { return d }, "disk full"},
		{"output fails at once", func() io.Writer { return &failingWriter{} }, func(d string) string { return d }, "disk full"},
		{"no temp folder", func() io.Writer { return new(bytes.Buffer) }, func(d string) string { return filepath.Join(d, "missing") }, "create a temporary file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			in := newInput(t, testData(), testWarnings())
			in.TempDir = tc.tempDir(dir)
			w := tc.w()
			err := Write(context.Background(), in, w)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatal(err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("err = %v, want one saying %q", err, tc.wantErr)
			}
			if buf, ok := w.(*bytes.Buffer); ok && err == nil && !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("Write gave %d bytes that differ from Render's %d", buf.Len(), len(want))
			}
			left, _ := os.ReadDir(dir)
			if len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}

func TestRenderTime(t *testing.T) {
	in := newInput(t, testData(), testWarnings())
	start := time.Now()
	const runs = 10
	for range runs {
		if _, err := Render(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("Render of the test workbook: %v per run", time.Since(start)/runs)
}

func TestSheets(t *testing.T) {
	p, _ := renderFile(t, newInput(t, testData(), testWarnings()), "book.xlsx")
	f := openBook(t, p)
	want := []string{"Summary", "Exercises", "Border operations", "Conference", "Agreements", "Online", "Training", "Meetings", "By state", "By operation",
		"Organisations", "Partners", "Trends", "Sources", "Issues", "Coverage"}
	if got := f.GetSheetList(); !reflect.DeepEqual(got, want) {
		t.Errorf("sheets = %q, want %q", got, want)
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Created != "2026-03-20T00:00:00Z" || props.Modified != "2026-03-20T00:00:00Z" {
		t.Errorf("docProps created, modified = %q, %q; want the document date", props.Created, props.Modified)
	}
	calc, err := f.GetCalcProps()
	if err != nil {
		t.Fatal(err)
	}
	if calc.FullCalcOnLoad == nil || !*calc.FullCalcOnLoad {
		t.Errorf("fullCalcOnLoad is not set")
	}
	for _, sheet := range []string{"Exercises", "Border operations", "Conference", "Agreements"} {
		panes, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: panes = %+v, want the header row frozen", sheet, panes)
		}
	}
}

// openBook opens a rendered workbook and closes it at the end of the test.
func openBook(t testing.TB, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() {
		if err := f.Close(); err != nil {
			t.Error(err)
		}
	})
	return f
}

// sheetRows reads a sheet with the streaming row iterator in raw mode, as
// the reader does.
func sheetRows(t testing.TB, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.Rows(sheet)
	if err != nil {
		t.Fatalf("rows of %s: %v", sheet, err)
	}
	var out [][]string
	for rows.Next() {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("%s row %d: %v", sheet, len(out)+1, err)
		}
		out = append(out, cells)
	}
	if err := rows.Error(); err != nil {
		t.Fatal(err)
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	return out
}

// record reads one data row by header.
type record struct {
	t      testing.TB
	sheet  string
	row    int
	header map[string]int
	cells  []string
}

func (r record) raw(h string) string {
	r.t.Helper()
	i, ok := r.header[h]
	if !ok {
		r.t.Fatalf("%s: no column %q", r.sheet, h)
	}
	if i < len(r.cells) {
		return r.cells[i]
	}
	return ""
}

func (r record) date(h string) time.Time {
	r.t.Helper()
	s := r.raw(h)
	if s == "" {
		return time.Time{}
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil {
		r.t.Fatalf("%s row %d %s: %q is not a date serial", r.sheet, r.row, h, s)
	}
	d, err := excelize.ExcelDateToTime(n, false)
	if err != nil {
		r.t.Fatal(err)
	}
	return d
}

func (r record) integer(h string) model.Int {
	r.t.Helper()
	s := r.raw(h)
	if s == "" {
		return model.Int{}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		r.t.Fatalf("%s row %d %s: %q is not an integer", r.sheet, r.row, h, s)
	}
	return model.Int{V: n, Reported: true}
}

func (r record) decimal(h string) model.Dec {
	r.t.Helper()
	s := r.raw(h)
	if s == "" {
		return model.Dec{}
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		r.t.Fatalf("%s row %d %s: %q is not a number", r.sheet, r.row, h, s)
	}
	return model.Dec{Milli: int64(math.Round(x * 1000)), Reported: true}
}

func (r record) list(h string) []string {
	if s := r.raw(h); s != "" {
		return strings.Split(s, "; ")
	}
	return nil
}

// name reads a cell that prints a registry name of table and resolves it
// back: the name it prints, by identity (Text is what the cell prints,
// not what the source cell had: see identities).
func (r record) name(h, table string) model.Name {
	r.t.Helper()
	if s := r.raw(h); s != "" {
		return testRegistry().Resolve(table, s).Name
	}
	return model.Name{}
}

// names reads a cell listing organisations.
func (r record) names(h string) []model.Name {
	var out []model.Name
	for _, s := range r.list(h) {
		out = append(out, testRegistry().Resolve(config.OrganisationTable, s).Name)
	}
	return out
}

// observers reads an exercise's Observers cell: the states' codes, then
// the organisations' names.
func (r record) observers() (orgs []model.Name, states []string) {
	for _, s := range r.list("Observers") {
		if len(s) == 2 && strings.ToUpper(s) == s {
			states = append(states, s)
			continue
		}
		orgs = append(orgs, testRegistry().Resolve(config.OrganisationTable, s).Name)
	}
	return orgs, states
}

// identity drops a name's text as written, leaving its identity: the
// workbook prints the registry's name, not the source's spelling.
func identity(n model.Name) model.Name { n.Text = ""; return n }

func identities(ns []model.Name) []model.Name {
	if ns == nil {
		return nil
	}
	out := make([]model.Name, len(ns))
	for i, n := range ns {
		out[i] = identity(n)
	}
	return out
}

// byIdentity returns copies of records with their names reduced to
// their identities.
func byIdentity[T any](recs []T) []T {
	out := make([]T, len(recs))
	for i, x := range recs {
		switch r := any(&x).(type) {
		case *model.Exercise:
			r.Name, r.Observers = identity(r.Name), identities(r.Observers)
			if len(r.ObserverStates) == 0 {
				r.ObserverStates = nil // the reader's none is an empty list
			}
		case **model.BorderReport:
			c := **r
			c.Operation = identity(c.Operation)
			*r = &c
		case *model.Session:
			r.Organisations = identities(r.Organisations)
		case *model.Agreement:
			r.Counterparties = identities(r.Counterparties)
		}
		out[i] = x
	}
	return out
}

func (r record) origin() (model.Origin, []model.Origin) {
	o := model.Origin{File: r.raw("Source file"), Sheet: r.raw("Source sheet"), Row: int(r.integer("Source row").V)}
	var copies []model.Origin
	for _, c := range r.list("Merged copies") {
		// file:sheet!row:row
		i, j := strings.LastIndex(c, "!"), strings.Index(c, ":")
		row, _ := strconv.Atoi(strings.SplitN(c[i+1:], ":", 2)[0])
		copies = append(copies, model.Origin{File: c[:j], Sheet: c[j+1 : i], Row: row})
	}
	return o, copies
}

// detailRecords decodes a detail sheet into records with decode.
func detailRecords[T any](t testing.TB, f *excelize.File, sheet string, decode func(r record) T) []T {
	t.Helper()
	rows := sheetRows(t, f, sheet)
	if len(rows) == 0 {
		t.Fatalf("%s: no header row", sheet)
	}
	header := map[string]int{}
	for i, h := range rows[0] {
		header[h] = i
	}
	var out []T
	for i, cells := range rows[1:] {
		out = append(out, decode(record{t: t, sheet: sheet, row: i + 2, header: header, cells: cells}))
	}
	return out
}

// yearOf is what each detail sheet should hold, in its order, picked from
// the data here rather than taken from the summary as the workbook does:
// the year's exercises by start date, reports in data order, sessions by
// edition and date, and the register of agreements.
func yearOf(d *model.Data, year int) yearRecords {
	var r yearRecords
	for i := range d.Exercises {
		if x := &d.Exercises[i]; x.Year() == year {
			r.ex = append(r.ex, x)
		}
	}
	sort.SliceStable(r.ex, func(i, j int) bool { return r.ex[i].Start.Before(r.ex[j].Start) })
	for _, x := range d.Border.All() {
		if x.Year() == year {
			r.border.Append(x)
		}
	}
	for i := range d.Sessions {
		if x := &d.Sessions[i]; x.Year() == year {
			r.sess = append(r.sess, x)
		}
	}
	sort.SliceStable(r.sess, func(i, j int) bool {
		if r.sess[i].Edition != r.sess[j].Edition {
			return r.sess[i].Edition < r.sess[j].Edition
		}
		return r.sess[i].Date.Before(r.sess[j].Date)
	})
	for i := range d.Agreements {
		if x := &d.Agreements[i]; x.Status == "contacts established" || x.Status == "under negotiation" || x.Year() <= year {
			r.agr = append(r.agr, x)
		}
	}
	return r
}

func TestDetailSheetsRoundTrip(t *testing.T) {
	data := testData()
	cfg := testConfig(t)
	p, _ := renderFile(t, newInput(t, data, testWarnings()), "book.xlsx")
	f := openBook(t, p)
	want := yearOf(data, testYear)
	if len(want.ex) != 2 || want.border.Len() != 3 || len(want.sess) != 2 || len(want.agr) != 5 {
		t.Fatalf("fixture: %d exercises, %d border reports, %d sessions, %d agreements of %d; the test expects 2, 3, 2, 5",
			len(want.ex), want.border.Len(), len(want.sess), len(want.agr), testYear)
	}
	// The enumerations are labelled in English, which is their key.
	ex := detailRecords(t, f, "Exercises", func(r record) model.Exercise {
		o, copies := r.origin()
		observers, observerStates := r.observers()
		return model.Exercise{Name: r.name("Name", config.ExerciseTable), Kind: r.raw("Kind"), Start: r.date("Start date"), End: r.date("End date"),
			Host: r.raw("Host country"), Location: r.raw("Location"), Participants: r.list("Participating states"),
			Observers: observers, ObserverStates: observerStates, Scenario: r.raw("Scenario"), Threat: r.raw("Threat"),
			Personnel: r.integer("Personnel"), Equipment: r.integer("Equipment units"), Notes: r.raw("Notes"),
			Provenance: model.Provenance{Origin: o, Copies: copies}}
	})
	if !reflect.DeepEqual(byIdentity(ex), byIdentity(values(want.ex))) {
		t.Errorf("Exercises read back:\n%+v\nwant\n%+v", ex, want.ex)
	}
	border := detailRecords(t, f, "Border operations", func(r record) *model.BorderReport {
		o, copies := r.origin()
		// The year of a name that has none is the report's, as the reader
		// takes it.
		start := r.date("Start date")
		op := testRegistry().Resolve(config.OperationTable, r.raw("Operation"))
		if !op.YearWritten {
			op.Name.Year = int16(start.Year())
		}
		b := &model.BorderReport{BorderSite: &model.BorderSite{Operation: op.Name, State: r.raw("Reporting state"), Section: r.raw("Section"), Area: r.raw("Area")}, Start: model.DateOf(start), End: model.DateOf(r.date("End date")), Provenance: model.Provenance{Origin: o, Copies: copies}}
		var vals []model.Dec
		for _, ind := range cfg.Indicators {
			vals = append(vals, r.decimal(ind.Header.In("en")))
		}
		b.Values = model.FiguresOf(vals...)
		return b
	})
	if !reflect.DeepEqual(byIdentity(border), byIdentity(want.border.Reports())) {
		t.Errorf("Border operations read back:\n%+v\nwant\n%+v", border, want.border)
	}
	sess := detailRecords(t, f, "Conference", func(r record) model.Session {
		o, copies := r.origin()
		return model.Session{Edition: int(r.integer("Edition").V), Date: r.date("Date"), City: r.raw("City"),
			Country: r.raw("Country"), Title: r.raw("Session"), Format: r.raw("Format"), Theme: r.raw("Theme"),
			Participants: r.integer("Participants"), States: r.list("States represented"),
			Organisations: r.names("Organisations"), Papers: r.integer("Papers"), Provenance: model.Provenance{Origin: o, Copies: copies}}
	})
	if !reflect.DeepEqual(byIdentity(sess), byIdentity(values(want.sess))) {
		t.Errorf("Conference read back:\n%+v\nwant\n%+v", sess, want.sess)
	}
	agr := detailRecords(t, f, "Agreements", func(r record) model.Agreement {
		o, copies := r.origin()
		return model.Agreement{Counterparties: r.names("Counterparty"), CounterpartyType: r.raw("Counterparty type"),
			Document: r.raw("Document"), Title: r.raw("Title"), Status: r.raw("Status"), Signed: r.date("Signed date"),
			Place: r.raw("Place"), Areas: r.list("Areas"), Notes: r.raw("Notes"), Provenance: model.Provenance{Origin: o, Copies: copies}}
	})
	if !reflect.DeepEqual(byIdentity(agr), byIdentity(values(want.agr))) {
		t.Errorf("Agreements read back:\n%+v\nwant\n%+v", agr, want.agr)
	}

	// Empty is not zero: the fixture's not-reported figures are empty
	// cells, its reported zeros are 0.
	rows := sheetRows(t, f, "Border operations")
	header := map[string]int{}
	for i, h := range rows[0] {
		header[h] = i
	}
	cell := func(row int, h string) string {
		if c := rows[row-1]; header[h] < len(c) {
			return c[header[h]]
		}
		return ""
	}
	for _, tc := range []struct {
		row     int
		col, is string
	}{
		{2, "Wanted persons detained (persons)", ""},  // Border Guard: not reported
		{2, "Firearms seized (units)", "0"},           // a reported zero
		{2, "Drugs seized (kg)", "0.25"},              // a decimal
		{4, "Explosives seized (kg)", "0.125"},        // three decimals
		{4, "Ammunition seized (rounds)", ""},         // not reported
		{3, "Criminal cases opened (cases)", ""},      // not reported
		{3, "Wanted persons detained (persons)", "0"}, // a reported zero
		{2, "Operation", "Border Guard *?~"},          // wildcards kept as text
		{2, "Reporting state name", "Uzbekistan"},     // the name beside the code
		{2, "Start date", strconv.Itoa(serialOf(t, 2025, 3, 1))},
	} {
		if got := cell(tc.row, tc.col); got != tc.is {
			t.Errorf("Border operations row %d %q = %q, want %q", tc.row, tc.col, got, tc.is)
		}
	}
}

// serialOf returns Excel's serial number of a day.
func serialOf(t testing.TB, y, m, d int) int {
	t.Helper()
	n := value.Serial(day(y, m, d), false)
	if n < value.FirstTrueSerial {
		t.Fatalf("no serial for %d-%d-%d", y, m, d)
	}
	return int(n)
}

func TestDetailSheetsDateFormat(t *testing.T) {
	p, _ := renderFile(t, newInput(t, testData(), nil), "book.xlsx")
	f := openBook(t, p)
	for _, tc := range []struct{ sheet, cell, want string }{
		{"Exercises", "C2", "2025-04-10"},
		{"Exercises", "D3", "2025-10-03"},
		{"Border operations", "D2", "2025-03-01"},
		{"Conference", "B3", "2025-11-21"},
		{"Agreements", "F2", ""},
		{"Agreements", "F3", "2019-05-01"},
		{"Border operations", "K3", "0.750"},                     // Drugs seized (kg), KG
		{"Border operations", "H4", "12"},                        // a whole number
		{"Exercises", "L2", "1,600"},                             // Personnel, thousands grouped
		{"Summary", "B8", "2026-03-20"},                          // the document date
		{"Sources", "C2", strings.Repeat("1f2e3d4c5b6a7988", 4)}, // the full SHA-256
	} {
		got, err := f.GetCellValue(tc.sheet, tc.cell)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s!%s shows %q, want %q", tc.sheet, tc.cell, got, tc.want)
		}
	}
}

func TestSummaryFormats(t *testing.T) {
	p, _ := renderFile(t, newInput(t, testData(), nil), "book.xlsx")
	f := openBook(t, p)
	for _, tc := range []struct {
		key  string
		col  int
		want string
	}{
		{"indicator.drugs", sumValue, "13.500"},       // three decimals
		{"indicator.drugs", sumChange, "+3.500"},      // against 10 kg
		{"indicator.drugs", sumPercent, "+35.0%"},     // (13.5-10)/10
		{"indicator.cases", sumValue, "not reported"}, // no report gave it
		{"indicator.cases", sumRemark, "3 not reported"},
		{"exercises.personnel", sumValue, "1,600"},     // thousands grouped
		{"exercises.personnel", sumPercent, "+220.0%"}, // 1,600 against 500
		{"agreements.signed", sumRemark, "no change"},
	} {
		ref := cellRef(tc.col, summaryRow(t, f, tc.key))
		got, err := f.GetCellValue("Summary", ref)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s: Summary!%s shows %q, want %q", tc.key, ref, got, tc.want)
		}
	}
}

// summaryRow returns the Summary row of a figure by its key.
func summaryRow(t testing.TB, f *excelize.File, key string) int {
	t.Helper()
	for i, r := range sheetRows(t, f, "Summary") {
		if len(r) >= sumKey && r[sumKey-1] == key {
			return i + 1
		}
	}
	t.Fatalf("no Summary row with the key %q", key)
	return 0
}

// figures returns the Summary sheet's figures by key: the key figures and
// every border indicator.
func figures(in Input) map[string]summary.Figure {
	out := map[string]summary.Figure{}
	for _, f := range in.Summary.Key {
		out[f.Key] = f
	}
	for i, ind := range in.Config.Indicators {
		v, p := in.Summary.Border.Total[i], in.Summary.Border.PrevTotal[i]
		out["indicator."+ind.Key] = summary.Figure{Key: "border." + ind.Key, Decimal: ind.Decimal(), Value: v, Prev: p, Change: summary.ChangeOf(v, p)}
	}
	return out
}

// TestReaderReadsDetailSheets reads the workbook back with the project's
// reader: the detail sheets keep the contract's shape, so the records come
// back (their origin is now the workbook).
func TestReaderReadsDetailSheets(t *testing.T) {
	for _, l := range []string{"en", "ru", "zh"} {
		t.Run(l, func(t *testing.T) { testReaderReads(t, l) })
	}
}

// testReaderReads renders the fixture in a language (enumerations are
// labelled in it) and reads the detail sheets back with the reader.
func testReaderReads(t *testing.T, l string) {
	data := testData()
	in := newInput(t, data, testWarnings())
	in.Texts = langTexts(t, l)
	p, _ := renderFile(t, in, "book.xlsx")
	cfg := testConfig(t)
	res, err := ingest.Read(context.Background(), cfg, ingest.Options{Files: []string{p}})
	if err != nil {
		t.Fatal(err)
	}
	// The only warnings are for the fixture's names that the registry
	// does not know (the workbook prints them as written): one per name.
	unknown := map[string]bool{"Cyber-Watch-2025": false, "Joint-Shield-2025": false, "Border Guard *?~": false, "Ministry of Interior of Q": false}
	var bad diag.List
	for _, d := range res.Diags {
		if d.Severity < diag.Warning {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(d.Message[strings.Index(d.Message, ": ")+2:], `"`), `" is not in the registry`)
		if seen, ok := unknown[name]; d.Severity == diag.Warning && ok && !seen && strings.Contains(d.Message, "is not in the registry") {
			unknown[name] = true
			continue
		}
		bad = append(bad, d)
	}
	if len(bad) > 0 {
		t.Fatalf("the reader found %d errors or warnings:\n%s", len(bad), bad)
	}
	for name, seen := range unknown {
		if !seen {
			t.Errorf("no warning that %q is not in the registry:\n%s", name, res.Diags)
		}
	}
	want := yearOf(data, testYear)
	strip := func(o *model.Origin, c *[]model.Origin) { *o, *c = model.Origin{}, nil }
	for i := range res.Data.Exercises {
		strip(&res.Data.Exercises[i].Origin, &res.Data.Exercises[i].Copies)
		strip(&want.ex[i].Origin, &want.ex[i].Copies)
	}
	gotBorder, wantBorder := res.Data.Border.Reports(), want.border.Reports()
	for i := range gotBorder {
		strip(&gotBorder[i].Origin, &gotBorder[i].Copies)
		strip(&wantBorder[i].Origin, &wantBorder[i].Copies)
	}
	for i := range res.Data.Sessions {
		strip(&res.Data.Sessions[i].Origin, &res.Data.Sessions[i].Copies)
		strip(&want.sess[i].Origin, &want.sess[i].Copies)
	}
	for i := range res.Data.Agreements {
		strip(&res.Data.Agreements[i].Origin, &res.Data.Agreements[i].Copies)
		strip(&want.agr[i].Origin, &want.agr[i].Copies)
	}
	for _, tc := range []struct {
		name      string
		got, want any
		n, wantN  int
	}{
		{"exercises", byIdentity(sortedExercises(res.Data.Exercises)), byIdentity(sortedExercises(values(want.ex))), len(res.Data.Exercises), len(want.ex)},
		{"border", byIdentity(sortedBorder(gotBorder)), byIdentity(sortedBorder(wantBorder)), res.Data.Border.Len(), want.border.Len()},
		{"conference", byIdentity(sortedSessions(res.Data.Sessions)), byIdentity(sortedSessions(values(want.sess))), len(res.Data.Sessions), len(want.sess)},
		{"agreements", byIdentity(sortedAgreements(res.Data.Agreements)), byIdentity(sortedAgreements(values(want.agr))), len(res.Data.Agreements), len(want.agr)},
	} {
		if tc.n != tc.wantN || !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s read back by the reader:\n%+v\nwant\n%+v", tc.name, deref(tc.got), deref(tc.want))
		}
	}
}

// The reader sorts records by natural key; these put both sides in one
// order.
// values dereferences a list of records.
func values[T any](ps []*T) []T {
	out := make([]T, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out
}

func sortedExercises(x []model.Exercise) []model.Exercise {
	return sortedBy(x, func(e model.Exercise) string { return e.Name.ID() + e.Start.String() })
}
func sortedBorder(x []*model.BorderReport) []*model.BorderReport {
	return sortedBy(x, func(b *model.BorderReport) string { return b.Operation.ID() + b.State + b.Section + b.Area })
}
func sortedSessions(x []model.Session) []model.Session {
	return sortedBy(x, func(s model.Session) string { return fmt.Sprint(s.Edition) + s.Title })
}
func sortedAgreements(x []model.Agreement) []model.Agreement {
	return sortedBy(x, func(a model.Agreement) string {
		return idList(a.Counterparties) + a.Document + a.Status + a.Signed.String()
	})
}

// idList joins the identities of names.
func idList(ns []model.Name) string {
	var ids []string
	for _, n := range ns {
		ids = append(ids, n.ID())
	}
	return strings.Join(ids, ", ")
}

func sortedBy[T any](x []T, key func(T) string) []T {
	out := append([]T(nil), x...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && key(out[j]) < key(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// formulaCell is one formula cell of a workbook with its cached value.
type fcell struct {
	sheet, ref, formula, cached string
}

// formulas lists every formula cell of a workbook with its cached value.
func formulas(t testing.TB, f *excelize.File) []fcell {
	t.Helper()
	var out []fcell
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		cols := 0
		for _, r := range rows {
			cols = max(cols, len(r))
		}
		for r := 1; r <= len(rows)+1; r++ {
			for c := 1; c <= cols+1; c++ {
				ref := cellRef(c, r)
				fm, err := f.GetCellFormula(sheet, ref)
				if err != nil {
					t.Fatal(err)
				}
				if fm == "" {
					continue
				}
				v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, fcell{sheet, ref, fm, v})
			}
		}
	}
	return out
}

// sameValue compares two cell values: numbers to a relative 1e-9, text
// exactly.
func sameValue(a, b string) bool {
	x, errA := strconv.ParseFloat(a, 64)
	y, errB := strconv.ParseFloat(b, 64)
	if errA != nil || errB != nil {
		return a == b
	}
	return math.Abs(x-y) <= 1e-9*math.Max(1, math.Max(math.Abs(x), math.Abs(y)))
}

// wantCached is a figure's value as the Summary's cache should hold it.
func wantCached(a summary.Amount) string {
	if !a.Reported {
		return "not reported"
	}
	return strconv.FormatFloat(float64(a.Milli)/1000, 'f', -1, 64)
}

func TestSummaryFormulasCacheTheFigures(t *testing.T) {
	for _, tc := range cases(t) {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := renderFile(t, tc.in, "book.xlsx")
			f := openBook(t, p)
			rows := sheetRows(t, f, "Summary")
			byKey := map[string]int{} // key → row
			for i, r := range rows {
				if len(r) >= sumKey && r[sumKey-1] != "" {
					byKey[r[sumKey-1]] = i + 1
				}
			}
			if len(tc.in.Summary.Key) == 0 {
				t.Fatal("the summary has no key figures")
			}
			figs := figures(tc.in)
			if len(byKey) != len(figs)+1 { // and the header's "Key"
				t.Errorf("the Summary has %d keyed rows, want %d", len(byKey)-1, len(figs))
			}
			for key, fig := range figs {
				row, ok := byKey[key]
				if !ok {
					t.Errorf("%s: no row on the Summary sheet", key)
					continue
				}
				check := func(col int, want string, formula bool) {
					t.Helper()
					ref := cellRef(col, row)
					fm, err := f.GetCellFormula("Summary", ref)
					if err != nil {
						t.Fatal(err)
					}
					if formula != (fm != "") {
						t.Errorf("%s Summary!%s formula = %q, want formula %v", fig.Key, ref, fm, formula)
					}
					got, err := f.GetCellValue("Summary", ref, excelize.Options{RawCellValue: true})
					if err != nil {
						t.Fatal(err)
					}
					if !sameValue(got, want) {
						t.Errorf("%s Summary!%s = %q, want %q (formula %s)", fig.Key, ref, got, want, fm)
					}
				}
				check(sumValue, wantCached(fig.Value), true)
				check(sumPrev, wantCached(fig.Prev), false)
				abs, pct := "", ""
				if fig.Value.Reported && fig.Prev.Reported {
					abs = strconv.FormatFloat(float64(fig.Value.Milli-fig.Prev.Milli)/1000, 'f', -1, 64)
					if fig.Prev.Milli != 0 {
						pct = strconv.FormatFloat(fig.Change.Percent/100, 'f', -1, 64)
					}
				}
				check(sumChange, abs, true)
				check(sumPercent, pct, true)
			}
		})
	}
}

func TestNotReportedIsNeverZero(t *testing.T) {
	in := newInput(t, testData(), nil)
	if fig := figures(in)["indicator.cases"]; fig.Value.Reported {
		t.Fatalf("fixture: criminal cases should be not reported in %d", testYear)
	}
	p, _ := renderFile(t, in, "book.xlsx")
	f := openBook(t, p)
	cases, personnel := summaryRow(t, f, "indicator.cases"), summaryRow(t, f, "exercises.personnel")
	for _, tc := range []struct{ sheet, cell, want string }{
		{"Summary", cellRef(sumValue, cases), "not reported"},    // the figure
		{"Summary", cellRef(sumPrev, cases), "4"},                // last year's
		{"Summary", cellRef(sumChange, cases), ""},               // no change against a figure not reported
		{"Summary", cellRef(sumRemark, cases), "3 not reported"}, // the remark counts the gaps
		{"Summary", cellRef(sumValue, personnel), "1600"},        // one exercise left it empty: still reported
		{"By state", "O3", "n/r"},                                // KZ: cases reported by nobody
		{"By state", "G5", ""},                                   // RU: no border report at all
		{"By operation", "I2", "n/r"},                            // Border Guard: explosives not reported
		{"Trends", "C2", ""},                                     // no conference in 2019
	} {
		got, err := f.GetCellValue(tc.sheet, tc.cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s!%s = %q, want %q", tc.sheet, tc.cell, got, tc.want)
		}
	}
}

func TestHelperTables(t *testing.T) {
	in := newInput(t, testData(), nil)
	p, _ := renderFile(t, in, "book.xlsx")
	f := openBook(t, p)
	dump := func(sheet string) string {
		var b strings.Builder
		for _, r := range sheetRows(t, f, sheet) {
			b.WriteString(strings.TrimRight(strings.Join(r, "|"), "|") + "\n")
		}
		return b.String()
	}
	for _, tc := range []struct{ sheet, want string }{
		{"By state", `Code|State|Status at the end of 2025|Exercises hosted|Exercises taken part in|Border reports|Border violators detained (persons)|Illegal migrants detained (persons)|Wanted persons detained (persons)|Drugs seized (kg)|Firearms seized (units)|Ammunition seized (rounds)|Explosives seized (kg)|Bladed weapons seized (units)|Criminal cases opened (cases)|Conference sessions represented|Online reports|Training courses taken part in|Meetings hosted
CN|China|member|1|2|0||||||||||1|0|0|1
KZ|Kazakhstan|member|1|1|1|12|30|2|12.5|3|n/r|0.125|4|n/r|1|2|2|0
KG|Kyrgyzstan|member|0|1|1|5|n/r|0|0.75|1|120|n/r|n/r|n/r|0|0|0|0
RU|Russia|member|0|1|0||||||||||1|1|1|0
TJ|Tajikistan|member|0|0|0||||||||||0|0|0|0
UZ|Uzbekistan|member|0|0|1|7|11|n/r|0.25|0|40|n/r|2|n/r|2|0|1|1
IN|India|member|0|1|0||||||||||0|0|0|0
PK|Pakistan|member|0|0|0||||||||||0|0|0|0
IR|Iran|member|0|0|0||||||||||0|0|0|0
BY|Belarus|member|0|0|0||||||||||1|0|0|0
MN|Mongolia|SCO partner|0|1|0||||||||||0|0|0|0

Member states at the end of 2025 first, then the other states that appear in the year's records. Empty: no border report; “n/r”: reports, but none gave the figure.
`},
		{"By operation", `Operation|Reports|Border violators detained (persons)|Illegal migrants detained (persons)|Wanted persons detained (persons)|Drugs seized (kg)|Firearms seized (units)|Ammunition seized (rounds)|Explosives seized (kg)|Bladed weapons seized (units)|Criminal cases opened (cases)
Border Guard *?~|1|7|11|n/r|0.25|0|40|n/r|2|n/r
Solidarity-2025|2|17|30|2|13.25|4|120|0.125|4|n/r
`},
		// Every organisation the year names, by identity (CSTO is one row
		// though the memorandum names it in full), in the order first met:
		// conference, agreements, exercises; a name the registry does not
		// know has no key and its text in every language.
		{"Organisations", `Organisation|Conference sessions attended|Registry key|Name (en)|Name (ru)|Name (zh)|Documents signed to date|Contacts in progress|Exercises observed
UNOCT|2|unoct|United Nations Office of Counter-Terrorism|Контртеррористическое управление Организации Объединённых Наций|联合国反恐怖主义办公室|0|0|0
Interpol|1|interpol|International Criminal Police Organization|Международная организация уголовной полиции|国际刑事警察组织|0|0|0
CSTO|1|csto|Collective Security Treaty Organization|Организация Договора о коллективной безопасности|集体安全条约组织|1|0|1
CICA|0|cica|Conference on Interaction and Confidence Building Measures in Asia|Совещание по взаимодействию и мерам доверия в Азии|亚洲相互协作与信任措施会议|0|1|0
CIS ATC|0|cis_atc|Anti-Terrorism Center of the Commonwealth of Independent States|Антитеррористический центр государств — участников Содружества Независимых Государств|独立国家联合体反恐怖主义中心|1|0|0
Ministry of Interior of Q|0||Ministry of Interior of Q|Ministry of Interior of Q|Ministry of Interior of Q|0|1|0
UNODC|0|unodc|United Nations Office on Drugs and Crime|Управление Организации Объединённых Наций по наркотикам и преступности|联合国毒品和犯罪问题办公室|1|0|0
RATS EC|0|rats_ec|Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation|Исполнительный комитет Региональной антитеррористической структуры Шанхайской организации сотрудничества|上海合作组织地区反恐怖机构执行委员会|0|0|2
`},
		{"Partners", `Counterparty type|Counterparty|Documents signed to date
international organisation|CIS ATC|1
international organisation|CSTO|1
international organisation|UNODC|1
`},
	} {
		if got := dump(tc.sheet); got != tc.want {
			t.Errorf("%s =\n%s\nwant\n%s", tc.sheet, got, tc.want)
		}
	}
}

func TestSourcesAndIssues(t *testing.T) {
	in := newInput(t, testData(), testWarnings())
	p, _ := renderFile(t, in, "book.xlsx")
	f := openBook(t, p)
	rows := sheetRows(t, f, "Sources")
	if len(rows) != 1+6+2 {
		t.Fatalf("Sources has %d rows, want a header, 6 sheet rows, a blank and a total", len(rows))
	}
	for i, want := range []string{
		"sources/2024/ec-2024.xlsx|10240|1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988|Exercises|Exercises|1|1|0|0",
		"sources/2024/ec-2024.xlsx|10240|1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988|Notes|ignored|0|0|0|0",
		"sources/2025/ec-2025.xlsx|20480|aa00bb11cc22dd33ee44ff5566778899aa00bb11cc22dd33ee44ff5566778899|Exercises|Exercises|3|2|0|1",
		"sources/2025/ec-2025.xlsx|20480|aa00bb11cc22dd33ee44ff5566778899aa00bb11cc22dd33ee44ff5566778899|Conference|Conference|2|2|0|0",
		"sources/2025/kz.xlsx|999|0000000000000000000000000000000000000000000000000000000000000000|Учения|Exercises|1|0|1|0",
		"sources/2025/broken.xlsx|12|ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff|||||||could not be read",
		"Total|||||7|5|1|1",
	} {
		r := rows[i+1]
		if i == 6 {
			r = rows[8]
		}
		if got := strings.TrimRight(strings.Join(r, "|"), "|"); got != want {
			t.Errorf("Sources row %d = %q, want %q", i+2, got, want)
		}
	}
	issues := sheetRows(t, f, "Issues")
	want := [][]string{
		{"Severity", "Location", "File", "Sheet", "Cell", "Message"},
		{"warning", "sources/2025/border-KG.xlsx:Border operations!2:2", "sources/2025/border-KG.xlsx", "Border operations", "2:2", "figures left empty are not reported"},
		{"error", "sources/2025/ec-2025.xlsx:Exercises!C4", "sources/2025/ec-2025.xlsx", "Exercises", "C4", `Start date: "31.02.2025" is not a date; expected 2025-09-21`},
		{"notice", "sources/2025/kz.xlsx", "sources/2025/kz.xlsx", "", "", `the sheet "Notes" is not a dataset and was ignored`},
	}
	if !reflect.DeepEqual(issues, want) {
		t.Errorf("Issues =\n%q\nwant\n%q", issues, want)
	}

	p, _ = renderFile(t, newInput(t, testData(), nil), "clean.xlsx")
	if got := sheetRows(t, openBook(t, p), "Issues"); len(got) != 2 || len(got[1]) < 2 || got[1][1] != "Validation found no warnings." {
		t.Errorf("Issues without diagnostics = %q, want a header and the no-warnings line", got)
	}
}

// TestRowLimit renders with a tiny row limit: the sheets that cannot hold
// their records say so on the Summary, and the figures over them become
// values that still equal the summary's.
func TestRowLimit(t *testing.T) {
	in := newInput(t, testData(), testWarnings())
	const limit = 3 // a header and two records
	b, err := render(context.Background(), in, limit)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, tc := range []struct {
		sheet string
		rows  int
	}{{"Exercises", 3}, {"Border operations", 3}, {"Conference", 3}, {"Agreements", 3}, {"Issues", 3}} {
		if got := len(sheetRows(t, f, tc.sheet)); got != tc.rows {
			t.Errorf("%s: %d rows, want %d", tc.sheet, got, tc.rows)
		}
	}
	rows := sheetRows(t, f, "Summary")
	var notes []string
	for _, r := range rows {
		if len(r) > 0 && strings.Contains(r[0], "did not fit") {
			notes = append(notes, r[0])
		}
	}
	wantNotes := []string{
		"The sheet Border operations holds 2 of the 3 records of 2025; 1 did not fit (Excel's limit is 1,048,576 rows per sheet). The figures over that sheet are written as values computed from all the records, not as formulas.",
		"The sheet Agreements holds 2 of the 5 records of 2025; 3 did not fit (Excel's limit is 1,048,576 rows per sheet). The figures over that sheet are written as values computed from all the records, not as formulas.",
		"The sheet Online holds 2 of the 3 records of 2025; 1 did not fit (Excel's limit is 1,048,576 rows per sheet). The figures over that sheet are written as values computed from all the records, not as formulas.",
	}
	if !reflect.DeepEqual(notes, wantNotes) {
		t.Errorf("Summary notes =\n%q\nwant\n%q", notes, wantNotes)
	}
	issues := sheetRows(t, f, "Issues")
	if got := issues[len(issues)-1][0]; !strings.HasPrefix(got, "2 further diagnostics were left out") {
		t.Errorf("Issues ends with %q, want the note on the diagnostics left out", got)
	}
	for key, fig := range figures(in) {
		var row int
		for i, r := range rows {
			if len(r) >= sumKey && r[sumKey-1] == key {
				row = i + 1
			}
		}
		ref := cellRef(sumValue, row)
		fm, _ := f.GetCellFormula("Summary", ref)
		got, _ := f.GetCellValue("Summary", ref, excelize.Options{RawCellValue: true})
		overTruncated := strings.HasPrefix(fig.Key, "border.") && fig.Key != "border.operations" && fig.Key != "border.states" || key == "agreements.signed" || key == "agreements.contacts" ||
			strings.HasPrefix(key, "online.")
		if overTruncated && fm != "" {
			t.Errorf("%s: formula %q over a truncated sheet, want a value", key, fm)
		}
		if !overTruncated && fm == "" {
			t.Errorf("%s: no formula", key)
		}
		if !sameValue(got, wantCached(fig.Value)) {
			t.Errorf("%s = %q, want %q", key, got, wantCached(fig.Value))
		}
	}
}

func TestInputErrors(t *testing.T) {
	good := newInput(t, testData(), nil)
	for _, tc := range []struct {
		name string
		edit func(*Input)
		want string
	}{
		{"no config", func(in *Input) { in.Config = nil }, "xlsx: incomplete input: no Config"},
		{"no date", func(in *Input) { in.Date = time.Time{} }, "xlsx: incomplete input: no Date"},
		{"nothing", func(in *Input) { *in = Input{} }, "xlsx: incomplete input: no Config, Data, Summary, Texts, Date"},
	} {
		in := good
		tc.edit(&in)
		_, err := Render(context.Background(), in)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: Render error = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestSheetNames(t *testing.T) {
	s := newSheetNames()
	for _, tc := range []struct{ in, want string }{
		{"Summary", "Summary"},
		{"summary", "summary (2)"},
		{"a/b:c*d?[e]", "a b c d  e"},
		{"'quoted'", "quoted"},
		{strings.Repeat("x", 40), strings.Repeat("x", 31)},
		{strings.Repeat("x", 40), strings.Repeat("x", 27) + " (2)"},
		{"", "Sheet"},
	} {
		if got := s.claim(tc.in); got != tc.want {
			t.Errorf("claim(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCriteria(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Solidarity-2025", `"=Solidarity-2025"`},
		{"Border Guard *?~", `"=Border Guard ~*~?~~"`},
		{`say "hi"`, `"=say ""hi"""`},
		{">5", `"=>5"`},
	} {
		if got := exactCriterion(tc.in); got != tc.want {
			t.Errorf("exactCriterion(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	if got := quoteSheet("It's"); got != "'It''s'" {
		t.Errorf("quoteSheet = %s", got)
	}
}

// TestDateCells: a model.Date is written as the same cell as its time.
func TestDateCells(t *testing.T) {
	b := &book{}
	b.st.date = 7
	for d := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC); d.Year() <= 2100; d = d.AddDate(0, 0, 97) {
		var c1, c2 excelize.Cell
		v1, v2 := b.cellValue(&c1, kDate, d), b.cellValue(&c2, kDate, model.DateOf(d))
		if p1, ok := v1.(*excelize.Cell); ok {
			p2, ok := v2.(*excelize.Cell)
			if !ok || *p1 != *p2 {
				t.Fatalf("%s: time gives %+v, Date gives %+v", d.Format("2006-01-02"), *p1, v2)
			}
		} else if v1 != v2 {
			t.Fatalf("%s: time gives %v, Date gives %v", d.Format("2006-01-02"), v1, v2)
		}
	}
	if v := b.cellValue(new(excelize.Cell), kDate, model.Date(0)); v != nil {
		t.Errorf("the zero Date gives %v, want an empty cell", v)
	}
}

// deref prints border reports by value, other records as they are.
func deref(x any) any {
	if b, ok := x.([]*model.BorderReport); ok {
		return values(b)
	}
	return x
}

// TestNamesPrintedByRegistry: the detail sheets print a registry name in
// the workbook's language, by its short name where it has one, however
// the source wrote it; a name the registry does not know as written.
func TestNamesPrintedByRegistry(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want map[string][]string // sheet → its first column, the names
	}{
		{"en", map[string][]string{
			"Border operations": {"Border Guard *?~", "Solidarity-2025", "Solidarity-2025"},
			"Agreements":        {"CICA", "CIS ATC", "CSTO", "Ministry of Interior of Q", "UNODC"},
			"Exercises":         {"Joint-Shield-2025", "Cyber-Watch-2025"},
		}},
		{"ru", map[string][]string{
			"Border operations": {"Border Guard *?~", "Солидарность-2025", "Солидарность-2025"},
			"Agreements":        {"СВМДА", "АТЦ СНГ", "ОДКБ", "Ministry of Interior of Q", "УНП ООН"},
		}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			in := newInput(t, testData(), nil)
			in.Texts = langTexts(t, tc.lang)
			p, _ := renderFile(t, in, "book.xlsx")
			f := openBook(t, p)
			for sheet, want := range tc.want {
				var got []string
				for _, r := range sheetRows(t, f, sheet)[1:] {
					got = append(got, r[0])
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: names %q, want %q", sheet, got, want)
				}
			}
		})
	}
}
