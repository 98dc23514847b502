package stats

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/ingest"
	"ratsreport/report/lang"
	"ratsreport/report/model"
	"ratsreport/report/registry"
	"ratsreport/report/schema"
	"ratsreport/templates"
)

var (
	sampleOnce sync.Once
	sampleCfg  *config.Config
	sampleData *model.Data
	sampleErr  error
)

// sample reads the shipped sample data set once.
func sample(t *testing.T) (*config.Config, *model.Data) {
	t.Helper()
	sampleOnce.Do(func() {
		sampleCfg, sampleErr = config.Load("../../config.toml")
		if sampleErr != nil {
			return
		}
		var res *ingest.Result
		res, sampleErr = ingest.Read(context.Background(), sampleCfg, ingest.Options{})
		if sampleErr == nil && res.Diags.Count(diag.Error) > 0 {
			sampleErr = fmt.Errorf("the sample has errors: %v", res.Diags)
		}
		if res != nil {
			sampleData = res.Data
		}
	})
	if sampleErr != nil {
		t.Fatal(sampleErr)
	}
	return sampleCfg, sampleData
}

func texts(t *testing.T, l string) *lang.Texts {
	t.Helper()
	tx, _, err := lang.Load(templates.FS, l)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// figures maps a row (its keys joined by |; "" for the total) to its
// amounts by measure key.
type figures map[string]map[string]Amount

// add counts a record under a row: the count measure, then each sum.
func (f figures) add(row string, sums map[string]model.Dec) {
	m := f[row]
	if m == nil {
		m = map[string]Amount{"count": {Reported: true}}
		f[row] = m
	}
	c := m["count"]
	c.Milli += 1000
	m["count"] = c
	for k, d := range sums {
		a := m[k]
		if d.Reported {
			a.Milli += d.Milli
			a.Reported = true
		} else {
			a.Missing++
		}
		m[k] = a
	}
}

// empty adds a row with no record (a year of a series).
func (f figures) empty(row string, sums ...string) {
	if f[row] != nil {
		return
	}
	f[row] = map[string]Amount{"count": {Reported: true}}
	for _, k := range sums {
		f[row][k] = Amount{}
	}
}

func dec(i model.Int) model.Dec { return model.Dec{Milli: i.V * 1000, Reported: i.Reported} }

// got turns a result into figures, the total under "".
func got(res *Result) figures {
	out := figures{}
	put := func(key string, r Row) {
		m := map[string]Amount{}
		for i, ms := range res.Measures {
			m[ms.Key] = r.Values[i]
		}
		out[key] = m
	}
	for _, r := range res.Rows {
		put(strings.Join(r.Keys, "|"), r)
	}
	if res.Total != nil {
		put("", *res.Total)
	}
	return out
}

func indicatorSums(cfg *config.Config, b *model.BorderReport, only ...string) map[string]model.Dec {
	m := map[string]model.Dec{}
	for i, ind := range cfg.Indicators {
		if len(only) == 0 || only[0] == ind.Key {
			m[ind.Key] = b.Values.At(i)
		}
	}
	return m
}

// statsCases are questions over the sample with their answers computed
// here, independently of the package: plain loops over the records.
func statsCases(cfg *config.Config, d *model.Data) []struct {
	name string
	q    Query
	want figures
} {
	var cases []struct {
		name string
		q    Query
		want figures
	}
	add := func(name string, q Query, want figures) {
		cases = append(cases, struct {
			name string
			q    Query
			want figures
		}{name, q, want})
	}

	// Border indicators per reporting state, 2025.
	w := figures{}
	for _, b := range d.Border.All() {
		if b.Start.Year() == 2025 {
			w.add(b.State, indicatorSums(cfg, b))
			w.add("", indicatorSums(cfg, b))
		}
	}
	add("border by state", Query{Dataset: "border", Years: Single(2025), By: []string{"state"}}, w)

	// Firearms on external sections per year, 2019-2025.
	w = figures{}
	for y := 2019; y <= 2025; y++ {
		w.empty(strconv.Itoa(y), "firearms")
	}
	w.empty("", "firearms")
	for _, b := range d.Border.All() {
		if y := b.Start.Year(); y >= 2019 && y <= 2025 && b.Section == "external" {
			w.add(strconv.Itoa(y), indicatorSums(cfg, b, "firearms"))
			w.add("", indicatorSums(cfg, b, "firearms"))
		}
	}
	add("border firearms by year", Query{Dataset: "border", Years: Years{From: 2019, To: 2025}, By: []string{"year"},
		Where: []string{"section=external"}, Measures: []string{"firearms", "count"}}, w)

	// Border indicators as rows for Kazakhstan, 2024 (by name, in Russian).
	w = figures{}
	for _, b := range d.Border.All() {
		if b.Start.Year() != 2024 || b.State != "KZ" {
			continue
		}
		for j, ind := range cfg.Indicators {
			w.add(ind.Key, map[string]model.Dec{"value": b.Values.At(j)})
		}
	}
	add("border by indicator", Query{Dataset: "border", Years: Single(2024), By: []string{"indicator"}, Where: []string{"state=Казахстан"}}, w)

	// Border per operation and section, every year, two states.
	w = figures{}
	for _, b := range d.Border.All() {
		if b.State == "RU" || b.State == "CN" {
			w.add(b.Operation.ID()+"|"+b.Section, map[string]model.Dec{"drugs": b.Values.At(3)})
			w.add("", map[string]model.Dec{"drugs": b.Values.At(3)})
		}
	}
	add("border by operation and section", Query{Dataset: "border", Years: Years{All: true}, By: []string{"operation", "section"},
		Where: []string{"state=RU", "state=China"}, Measures: []string{"count", "drugs"}}, w)

	// Exercises per year, 2006-2025: a series with the empty years.
	w = figures{}
	for y := 2006; y <= 2025; y++ {
		w.empty(strconv.Itoa(y), "personnel", "equipment")
	}
	w.empty("", "personnel", "equipment")
	for i := range d.Exercises {
		e := &d.Exercises[i]
		if y := e.Start.Year(); y >= 2006 && y <= 2025 {
			s := map[string]model.Dec{"personnel": dec(e.Personnel), "equipment": dec(e.Equipment)}
			w.add(strconv.Itoa(y), s)
			w.add("", s)
		}
	}
	add("exercises by year", Query{Dataset: "exercises", Years: Years{From: 2006, To: 2025}, By: []string{"year"}}, w)

	// Exercises per participating state (a list) and kind, 2019-2025.
	w = figures{}
	for i := range d.Exercises {
		e := &d.Exercises[i]
		if y := e.Start.Year(); y < 2019 || y > 2025 {
			continue
		}
		s := map[string]model.Dec{"personnel": dec(e.Personnel), "equipment": dec(e.Equipment)}
		for _, p := range e.Participants {
			w.add(p+"|"+e.Kind, s)
		}
		w.add("", s)
	}
	add("exercises by state and kind", Query{Dataset: "exercises", Years: Years{From: 2019, To: 2025}, By: []string{"state", "kind"}}, w)

	// Field exercises in which Russia took part, by host: a filter on the list.
	w = figures{}
	for i := range d.Exercises {
		e := &d.Exercises[i]
		in := false
		for _, p := range e.Participants {
			in = in || p == "RU"
		}
		if in && e.Kind == "field" {
			s := map[string]model.Dec{"personnel": dec(e.Personnel), "equipment": dec(e.Equipment)}
			w.add(e.Host, s)
			w.add("", s)
		}
	}
	add("exercises by host, filtered by a participant", Query{Dataset: "exercises", Years: Years{All: true}, By: []string{"host"},
		Where: []string{"state=RUS", "kind=полевое"}}, w)

	// The 2025 exercises, no grouping: the total only.
	w = figures{}
	for i := range d.Exercises {
		if e := &d.Exercises[i]; e.Start.Year() == 2025 {
			w.add("", map[string]model.Dec{"personnel": dec(e.Personnel), "equipment": dec(e.Equipment)})
		}
	}
	add("exercises total", Query{Dataset: "exercises", Years: Single(2025)}, w)

	// Conference participants and papers per edition, all years.
	w = figures{}
	for i := range d.Sessions {
		s := &d.Sessions[i]
		m := map[string]model.Dec{"participants": dec(s.Participants), "papers": dec(s.Papers)}
		w.add(strconv.Itoa(s.Edition), m)
		w.add("", m)
	}
	add("conference by edition", Query{Dataset: "conference", Years: Years{All: true}, By: []string{"edition"}}, w)

	// Conference sessions per represented state (a list), 2023-2025.
	w = figures{}
	for i := range d.Sessions {
		s := &d.Sessions[i]
		if y := s.Date.Year(); y < 2023 || y > 2025 {
			continue
		}
		m := map[string]model.Dec{"participants": dec(s.Participants)}
		states := s.States
		if len(states) == 0 {
			states = []string{""}
		}
		for _, st := range states {
			w.add(st, m)
		}
		w.add("", m)
	}
	add("conference by state", Query{Dataset: "conference", Years: Years{From: 2023, To: 2025}, By: []string{"state"},
		Measures: []string{"participants", "count"}}, w)

	// Agreements by status and document type, every year and undated.
	w = figures{}
	for i := range d.Agreements {
		a := &d.Agreements[i]
		w.add(a.Status+"|"+a.Document, nil)
		w.add("", nil)
	}
	add("agreements by status", Query{Dataset: "agreements", Years: Years{All: true}, By: []string{"status", "document"}}, w)

	// Agreements signed per year, 2011-2025.
	w = figures{}
	for y := 2011; y <= 2025; y++ {
		w.empty(strconv.Itoa(y))
	}
	w.empty("")
	for i := range d.Agreements {
		a := &d.Agreements[i]
		if !a.Signed.IsZero() && a.Signed.Year() >= 2011 && a.Signed.Year() <= 2025 {
			w.add(strconv.Itoa(a.Signed.Year()), nil)
			w.add("", nil)
		}
	}
	add("agreements by year", Query{Dataset: "agreements", Years: Years{From: 2011, To: 2025}, By: []string{"year"}}, w)
	return cases
}

// TestRunAgainstRecords checks every answer against sums computed
// independently from the sample's records.
func TestRunAgainstRecords(t *testing.T) {
	cfg, d := sample(t)
	en := texts(t, "en")
	for _, c := range statsCases(cfg, d) {
		t.Run(c.name, func(t *testing.T) {
			res, err := Run(context.Background(), cfg, d, c.q, en)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.want) < 2 && len(c.q.By) > 0 {
				t.Fatalf("the sample has no records for %s: a vacuous test", c.name)
			}
			if g := got(res); !reflect.DeepEqual(g, c.want) {
				t.Errorf("Run(%+v) =\n%v\nwant\n%v", c.q, g, c.want)
			}
		})
	}
}

// TestSampleFigures pins a few answers whose values were checked by hand
// against the report's own tables (summary package): the stats engine and
// the report agree.
func TestSampleFigures(t *testing.T) {
	cfg, d := sample(t)
	res, err := Run(context.Background(), cfg, d, Query{Dataset: "border", Years: Single(2025), By: []string{"state"}}, texts(t, "en"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Records != 129 || len(res.Rows) != 10 {
		t.Errorf("border 2025: %d records in %d rows, want 129 in 10 (check prints 129)", res.Records, len(res.Rows))
	}
	if res.Rows[0].Keys[0] != "CN" || res.Rows[0].Labels[0] != "China" {
		t.Errorf("first row %v %v, want CN China (the configuration's order)", res.Rows[0].Keys, res.Rows[0].Labels)
	}
}

// TestFormats writes answers in all four formats, reads each back and
// compares with the independent sums.
func TestFormats(t *testing.T) {
	cfg, d := sample(t)
	en := texts(t, "en")
	cases := statsCases(cfg, d)
	for _, c := range cases {
		switch c.name {
		case "border by state", "exercises by state and kind", "border by indicator", "agreements by status", "exercises total":
		default:
			continue
		}
		res, err := Run(context.Background(), cfg, d, c.q, en)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(c.name+"/csv", func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteCSV(&b, res); err != nil {
				t.Fatal(err)
			}
			if g := readCSV(t, b.Bytes(), res); !reflect.DeepEqual(g, c.want) {
				t.Errorf("CSV =\n%v\nwant\n%v\n%s", g, c.want, b.String())
			}
		})
		t.Run(c.name+"/json", func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteJSON(&b, res); err != nil {
				t.Fatal(err)
			}
			if g := readJSON(t, b.Bytes()); !reflect.DeepEqual(g, c.want) {
				t.Errorf("JSON =\n%v\nwant\n%v\n%s", g, c.want, b.String())
			}
		})
		t.Run(c.name+"/xlsx", func(t *testing.T) {
			b, err := XLSX(res, en, time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			if g := readXLSX(t, b, res); !reflect.DeepEqual(g, c.want) {
				t.Errorf("XLSX =\n%v\nwant\n%v", g, c.want)
			}
			again, err := XLSX(res, en, time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC))
			if err != nil || !bytes.Equal(b, again) {
				t.Errorf("XLSX is not byte-identical on a second run (err %v)", err)
			}
		})
		t.Run(c.name+"/table", func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteTable(&b, res, en); err != nil {
				t.Fatal(err)
			}
			checkTable(t, b.String(), res, c.want)
		})
	}
}

// parseMilli reads a plain number ("1234.5") as thousandths.
func parseMilli(t *testing.T, s string) int64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return int64(math.Round(f * 1000))
}

func readCSV(t *testing.T, b []byte, res *Result) figures {
	t.Helper()
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		t.Errorf("CSV lines do not end with CRLF (RFC 4180)")
	}
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := recs[0]
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	out := figures{}
	for _, r := range recs[1:] {
		var keys []string
		for _, d := range res.By {
			keys = append(keys, r[col[d.Key]])
		}
		key := strings.Join(keys, "|")
		if len(keys) > 0 && keys[0] == "total" {
			key = ""
		}
		if len(keys) == 0 {
			key = ""
		}
		m := map[string]Amount{}
		for _, ms := range res.Measures {
			a := Amount{}
			if v := r[col[ms.Key]]; v != "" {
				a.Milli, a.Reported = parseMilli(t, v), true
			}
			if ms.Sum {
				a.Missing, _ = strconv.Atoi(r[col[ms.Key+"_missing"]])
			}
			m[ms.Key] = a
		}
		out[key] = m
	}
	return out
}

func readJSON(t *testing.T, b []byte) figures {
	t.Helper()
	var doc struct {
		Schema   string
		By       []string
		Measures []struct{ Key string }
		Rows     []struct {
			Keys    map[string]string
			Values  map[string]*json.Number
			Missing map[string]int
		}
		Total *struct {
			Values  map[string]*json.Number
			Missing map[string]int
		}
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != Schema {
		t.Errorf("schema %q, want %q", doc.Schema, Schema)
	}
	amounts := func(vals map[string]*json.Number, missing map[string]int) map[string]Amount {
		m := map[string]Amount{}
		for _, ms := range doc.Measures {
			a := Amount{Missing: missing[ms.Key]}
			if v := vals[ms.Key]; v != nil {
				a.Milli, a.Reported = parseMilli(t, v.String()), true
			} else if _, ok := vals[ms.Key]; !ok {
				t.Errorf("JSON row without a value for %s", ms.Key)
			}
			m[ms.Key] = a
		}
		return m
	}
	out := figures{}
	for _, r := range doc.Rows {
		var keys []string
		for _, k := range doc.By {
			keys = append(keys, r.Keys[k])
		}
		out[strings.Join(keys, "|")] = amounts(r.Values, r.Missing)
	}
	if doc.Total != nil {
		out[""] = amounts(doc.Total.Values, doc.Total.Missing)
	}
	return out
}

// readXLSX reads the sheet back by position: for each dimension its value
// (and code), the unit, then each measure (and its count of missing).
func readXLSX(t *testing.T, b []byte, res *Result) figures {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	if len(f.GetSheetList()) != 1 {
		t.Errorf("sheets %v, want one", f.GetSheetList())
	}
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	n := len(res.Rows)
	if res.Total != nil {
		n++
	}
	out := figures{}
	for i := 1; i <= n; i++ {
		r := rows[i]
		cell := func(c int) string {
			if c < len(r) {
				return r[c]
			}
			return ""
		}
		c := 0
		var keys []string
		for _, d := range res.By {
			k := cell(c)
			c++
			if d.Labelled {
				k = cell(c)
				c++
			}
			keys = append(keys, k)
		}
		if len(res.By) == 0 {
			c++
		}
		if res.PerRowUnit {
			c++
		}
		m := map[string]Amount{}
		for j, ms := range res.Measures {
			ref, _ := excelize.CoordinatesToCellName(c+1, i+1)
			a := Amount{}
			if v := cell(c); v != "" {
				a.Milli, a.Reported = parseMilli(t, v), true
				if typ, _ := f.GetCellType(sheet, ref); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
					t.Errorf("%s (%s) is text, want a number", ref, res.Measures[j].Key)
				}
			}
			c++
			if ms.Sum {
				a.Missing, _ = strconv.Atoi(cell(c))
				c++
			}
			m[ms.Key] = a
		}
		key := strings.Join(keys, "|")
		if i == n && res.Total != nil {
			key = ""
		}
		out[key] = m
	}
	return out
}

// checkTable finds the total row of the text table and compares its
// figures (thousands separators and markers removed).
func checkTable(t *testing.T, s string, res *Result, want figures) {
	t.Helper()
	if res.Total == nil {
		// Rows of indicators: check each labelled row instead.
		for _, r := range res.Rows {
			line := findLine(t, s, r.Labels[0]+" ")
			checkFigures(t, line, res, want[strings.Join(r.Keys, "|")])
		}
		return
	}
	checkFigures(t, findLine(t, s, "Total "), res, want[""])
	for _, line := range strings.Split(s, "\n") {
		for _, r := range []rune(line) {
			if r == '\t' {
				t.Errorf("table line with a tab: %q", line)
			}
		}
	}
}

func findLine(t *testing.T, s, prefix string) string {
	t.Helper()
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, prefix) {
			return line
		}
	}
	t.Fatalf("no line starting with %q in\n%s", prefix, s)
	return ""
}

var numberRE = regexp.MustCompile(`(n/r|–|[0-9][0-9,]*(\.[0-9]+)?)\*?$`)

func checkFigures(t *testing.T, line string, res *Result, want map[string]Amount) {
	t.Helper()
	fields := regexp.MustCompile(`\s{2,}`).Split(strings.TrimSpace(line), -1)
	figs := fields[len(fields)-len(res.Measures):]
	for i, ms := range res.Measures {
		m := numberRE.FindStringSubmatch(figs[i])
		if m == nil {
			t.Errorf("%s: %q is not a figure (line %q)", ms.Key, figs[i], line)
			continue
		}
		w := want[ms.Key]
		switch {
		case m[1] == "n/r" || m[1] == "–":
			if w.Reported {
				t.Errorf("%s: table says %s, want %d", ms.Key, m[1], w.Milli)
			}
		default:
			v := parseMilli(t, strings.ReplaceAll(m[1], ",", ""))
			// The table rounds to the column's decimals.
			if d := v - w.Milli; d > 50 || d < -50 || !w.Reported {
				t.Errorf("%s: table says %s, want %d thousandths (line %q)", ms.Key, figs[i], w.Milli, line)
			}
			if marked := strings.HasSuffix(figs[i], "*"); marked != (w.Missing > 0) {
				t.Errorf("%s: marked %v, but %d records did not report it", ms.Key, marked, w.Missing)
			}
		}
	}
}

// injectionPayloads are cell texts a spreadsheet would run as formulas.
var injectionPayloads = []string{"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTab", "\rCR", "Plain, with \"quotes\""}

// injectionData holds border reports whose operation names and areas a
// spreadsheet would run as formulas. The operation is resolved through
// the registry, as the reader resolves it (none of them is registered).
func injectionData(cfg *config.Config) *model.Data {
	d := &model.Data{}
	reg := registry.New(cfg)
	for _, n := range injectionPayloads {
		vals := model.NewFigures(len(cfg.Indicators))
		vals.Set(0, model.Dec{Milli: 5000, Reported: true})
		d.Border.Append(&model.BorderReport{BorderSite: &model.BorderSite{Operation: reg.Resolve(config.OperationTable, n).Name, State: "KZ", Section: "external", Area: n}, Start: model.MakeDate(2025, 9, 1), End: model.MakeDate(2025, 9, 30), Values: vals})
	}
	return d
}

// injectionCSV runs a border query for 2025 by dim over injectionData
// and returns its CSV, parsed, checking that no cell starts like a
// formula.
func injectionCSV(t *testing.T, dim string) ([][]string, string) {
	t.Helper()
	cfg, _ := sample(t)
	d := injectionData(cfg)
	res, err := Run(context.Background(), cfg, d, Query{Dataset: "border", Years: Single(2025), By: []string{dim}}, texts(t, "en"))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, res); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(b.Bytes())).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v\n%s", err, b.String())
	}
	for _, r := range recs {
		for _, c := range r {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("by %s: cell %q starts like a formula", dim, c)
			}
		}
	}
	return recs, b.String()
}

// TestCSVInjection: text from the workbooks that starts like a formula is
// neutralised, and quoting follows RFC 4180. (encoding/csv with CRLF line
// ends drops a lone carriage return inside a field, hence "'CR".) The
// area is free text, printed as written.
func TestCSVInjection(t *testing.T) {
	recs, out := injectionCSV(t, "area")
	seen := map[string]bool{}
	for _, r := range recs {
		seen[r[0]] = true
	}
	for _, want := range []string{"'=HYPERLINK(\"http://x\",\"y\")", "'+1+1", "'-2+3", "'@SUM(A1:A2)", "'\tTab", "'CR", "Plain, with \"quotes\"", "total"} {
		if !seen[want] {
			t.Errorf("no row %q in\n%s", want, out)
		}
	}
}

// TestCSVInjectionNames: an operation is a registry name: its column
// holds its identity (model.Name.ID) and the label column the name as
// the registry prints it, which for a name the registry does not know is
// its text as first written; both neutralised.
func TestCSVInjectionNames(t *testing.T) {
	recs, out := injectionCSV(t, "operation")
	if len(recs) == 0 || !reflect.DeepEqual(recs[0][:2], []string{"operation", "operation_label"}) {
		t.Fatalf("header %v, want operation, operation_label first", recs[:min(len(recs), 1)])
	}
	labels := map[string]string{}
	for _, r := range recs[1:] {
		labels[r[0]] = r[1]
	}
	want := map[string]string{
		"?=hyperlink(http://x,y)": "'=HYPERLINK(\"http://x\",\"y\")",
		"?+1+1":                   "'+1+1",
		"?-2+3":                   "'-2+3",
		"?@sum(a1:a2)":            "'@SUM(A1:A2)",
		"?tab":                    "'\tTab",
		"?cr":                     "'CR",
		"?plain, with quotes":     "Plain, with \"quotes\"",
		"total":                   "",
	}
	for id, label := range want {
		got, ok := labels[id]
		if !ok {
			t.Errorf("no row %q in\n%s", id, out)
			continue
		}
		if got != label {
			t.Errorf("row %q: label %q, want %q", id, got, label)
		}
	}
	if len(labels) != len(want) {
		t.Errorf("%d rows, want %d (one per operation and the total):\n%s", len(labels), len(want), out)
	}
}

func TestNeutralise(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"=1+2", "'=1+2"}, {"+7", "'+7"}, {"-x", "'-x"}, {"@A1", "'@A1"}, {"\tx", "'\tx"},
		{"Solidarity-2025", "Solidarity-2025"}, {"", ""}, {"'=x", "'=x"}, {"Казахстан", "Казахстан"},
	} {
		if got := Neutralise(c.in); got != c.want {
			t.Errorf("Neutralise(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNotReported: empty figures are null with a count, never zero, in
// every format.
func TestNotReported(t *testing.T) {
	cfg, _ := sample(t)
	day := time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)
	name := func(text string) model.Name { return registry.New(cfg).Resolve(config.ExerciseTable, text).Name }
	d := &model.Data{Exercises: []model.Exercise{
		{Name: name("A"), Kind: "field", Start: day, End: day, Host: "KZ", Participants: []string{"KZ"}, Threat: "other", Personnel: model.Int{V: 100, Reported: true}},
		{Name: name("B"), Kind: "field", Start: day, End: day, Host: "KZ", Participants: []string{"KZ"}, Threat: "other"},
		{Name: name("C"), Kind: "online", Start: day, End: day, Host: "RU", Participants: []string{"RU"}, Threat: "other", Personnel: model.Int{V: 0, Reported: true}},
	}}
	en := texts(t, "en")
	res, err := Run(context.Background(), cfg, d, Query{Dataset: "exercises", Years: Single(2025), By: []string{"host"}}, en)
	if err != nil {
		t.Fatal(err)
	}
	var js bytes.Buffer
	if err := WriteJSON(&js, res); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"personnel": 100`, `"personnel": 1`, `"equipment": null`, `"equipment": 2`, `"personnel": 0`} {
		if !strings.Contains(js.String(), want) {
			t.Errorf("JSON lacks %s:\n%s", want, js.String())
		}
	}
	var tab bytes.Buffer
	if err := WriteTable(&tab, res, en); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"100*", "n/r", "Personnel 1 of 3", "Equipment units 3 of 3"} {
		if !strings.Contains(tab.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, tab.String())
		}
	}
}

// TestUnknownInputs: every unknown name is an *Error listing the valid
// choices.
func TestUnknownInputs(t *testing.T) {
	cfg, d := sample(t)
	en := texts(t, "en")
	all := Years{All: true}
	for _, c := range []struct {
		q    Query
		want string
	}{
		{Query{Dataset: "bordr", Years: all}, "unknown dataset \"bordr\"; expected one of exercises, border, conference, agreements, online, training, meetings"},
		{Query{Dataset: "border", Years: all, By: []string{"colour"}}, "unknown dimension \"colour\" for border; expected one of year, operation, state, section, area, indicator"},
		{Query{Dataset: "exercises", Years: all, By: []string{"operation"}}, "expected one of year, kind, threat, host, state, exercise"},
		{Query{Dataset: "border", Years: all, By: []string{"state", "state"}}, "--by names state twice"},
		{Query{Dataset: "border", Years: all, Where: []string{"state=Atlantis"}}, "unknown value \"Atlantis\" for state; expected a state from config.toml, by code or name: CN, KZ, KG, RU"},
		{Query{Dataset: "exercises", Years: all, Where: []string{"kind=parade"}}, "unknown value \"parade\" for kind; expected one of field, command-staff, computer-assisted, online"},
		{Query{Dataset: "border", Years: all, Where: []string{"operation=Nope-2025"}}, "unknown value \"Nope-2025\" for operation; the records have: "},
		{Query{Dataset: "border", Years: all, Where: []string{"indicator=tanks"}}, "unknown value \"tanks\" for indicator; expected one of violators, migrants"},
		{Query{Dataset: "border", Years: all, Where: []string{"year=2025"}}, "use --year or --years"},
		{Query{Dataset: "border", Years: all, Where: []string{"section"}}, "--where \"section\" is not DIMENSION=VALUE"},
		{Query{Dataset: "border", Years: all, Where: []string{"colour=red"}}, "unknown dimension \"colour\" in --where"},
		{Query{Dataset: "border", Years: all, Measures: []string{"firearm"}}, "unknown measure \"firearm\" for border; expected one of count, violators, migrants, wanted, drugs, firearms"},
		{Query{Dataset: "agreements", Years: all, Measures: []string{"personnel"}}, "expected one of count"},
		{Query{Dataset: "border", Years: all, Measures: []string{"firearms"}, Where: []string{"indicator=drugs"}}, "no measure left"},
	} {
		_, err := Run(context.Background(), cfg, d, c.q, en)
		var se *Error
		if !errorsAs(err, &se) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Run(%+v) = %v, want an *Error containing %q", c.q, err, c.want)
		}
		if verr := Validate(cfg, c.q); !strings.Contains(c.want, "the records have") && !strings.Contains(c.want, "no measure left") {
			if verr == nil || !strings.Contains(verr.Error(), c.want) {
				t.Errorf("Validate(%+v) = %v, want %q", c.q, verr, c.want)
			}
		}
	}
	for _, c := range []struct{ in, want string }{
		{"2025-2019", "not a plausible span"}, {"abc", "not a span of years"}, {"1800", "not a plausible span"},
	} {
		if _, err := ParseYears(c.in); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseYears(%q) = %v, want %q", c.in, err, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want Years
	}{{"2025", Years{2025, 2025, false}}, {"2019-2025", Years{2019, 2025, false}}, {"ALL", Years{All: true}}, {" 2006 - 2025 ", Years{2006, 2025, false}}} {
		if got, err := ParseYears(c.in); err != nil || got != c.want {
			t.Errorf("ParseYears(%q) = %v, %v, want %v", c.in, got, err, c.want)
		}
	}
}

func errorsAs(err error, target **Error) bool {
	e, ok := err.(*Error)
	if ok {
		*target = e
	}
	return ok
}

// TestLabels: labels follow the language; list dimensions say how they
// count; undated agreements are named.
func TestLabels(t *testing.T) {
	cfg, d := sample(t)
	for _, c := range []struct {
		lang, dataset string
		by            []string
		years         Years
		wantTitle     string
		wantLabel     string
	}{
		{"en", "border", []string{"state"}, Single(2025), "Border operations, 2025, by reporting state", "Kazakhstan"},
		{"ru", "border", []string{"state"}, Single(2025), "Пограничные операции, 2025, в разбивке: отчитывающееся государство", "Казахстан"},
		{"zh", "border", []string{"state"}, Single(2025), "边防联合行动，2025，按报告国", "哈萨克斯坦"},
		{"ru", "exercises", []string{"kind"}, Years{2006, 2025, false}, "Совместные учения, 2006–2025, в разбивке: вид", "полевое"},
		{"en", "agreements", []string{"year"}, Years{All: true}, "Cooperation documents, all years, by year signed", "(not signed)"},
	} {
		res, err := Run(context.Background(), cfg, d, Query{Dataset: c.dataset, Years: c.years, By: c.by}, texts(t, c.lang))
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := WriteTable(&b, res, texts(t, c.lang)); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(b.String(), c.wantTitle+"\n") || !strings.Contains(b.String(), c.wantLabel) {
			t.Errorf("%s %s table:\n%s\nwant title %q and %q", c.lang, c.dataset, b.String(), c.wantTitle, c.wantLabel)
		}
	}
	res, err := Run(context.Background(), cfg, d, Query{Dataset: "exercises", Years: Single(2025), By: []string{"state"}}, texts(t, "en"))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteTable(&b, res, texts(t, "en")); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "A record counts once under each “Participating state” it lists") {
		t.Errorf("list dimension without its note:\n%s", b.String())
	}
}

// TestDatasetsCoverContract: every dimension and measure has a label in
// every language, so no table shows a [key].
func TestDatasetsCoverContract(t *testing.T) {
	cfg, d := sample(t)
	for _, l := range config.Languages {
		tx := texts(t, l)
		for _, ds := range schema.Datasets {
			dims, _ := Dimensions(string(ds))
			res, err := Run(context.Background(), cfg, d, Query{Dataset: string(ds), Years: Years{All: true}, By: dims[:1]}, tx)
			if err != nil {
				t.Fatal(err)
			}
			for _, dim := range dims {
				if s := tx.T("stats.dim." + string(ds) + "." + dim); strings.HasPrefix(s, "[") {
					t.Errorf("%s: no label for %s.%s", l, ds, dim)
				}
			}
			for _, m := range res.Measures {
				if strings.HasPrefix(m.Label, "[") {
					t.Errorf("%s: no label for %s.%s", l, ds, m.Key)
				}
			}
		}
	}
}
