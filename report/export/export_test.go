package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ncruces/go-sqlite3"
	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/export"
	"ratsreport/report/internal/testtool"
	"ratsreport/report/load"
	"ratsreport/report/stats"
	"ratsreport/report/summary"
	"ratsreport/report/value"
)

// date stamps the workbooks in tests (never the clock).
var date = time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)

// readSource reads the inputs of the configuration at path.
func readSource(t testing.TB, path string) *export.Source {
	t.Helper()
	cfg, err := load.Config(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	in, err := load.Read(context.Background(), cfg, load.Options{Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	return &export.Source{Config: cfg, Data: in.Read.Data, Texts: in.Texts["en"], Years: stats.Years{All: true}, Version: "test"}
}

// writeSQLite exports src into a new database in a temporary folder.
func writeSQLite(t testing.TB, src *export.Source) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "export.sqlite")
	if err := export.WriteSQLite(context.Background(), path, src); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDeterministic exports the sample five times in every format and
// wants the same bytes.
func TestDeterministic(t *testing.T) {
	src := readSource(t, "../../config.toml")
	formats := []struct {
		name  string
		write func() []byte
	}{
		{"sqlite", func() []byte {
			b, err := os.ReadFile(writeSQLite(t, src))
			if err != nil {
				t.Fatal(err)
			}
			return b
		}},
		{"xlsx", func() []byte {
			var b bytes.Buffer
			if err := export.WriteXLSX(context.Background(), &b, src, date); err != nil {
				t.Fatal(err)
			}
			return b.Bytes()
		}},
		{"zip", func() []byte {
			var b bytes.Buffer
			if err := export.WriteZip(context.Background(), &b, src, true); err != nil {
				t.Fatal(err)
			}
			return b.Bytes()
		}},
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			// Map order, where it leaks into the bytes, differs from run to
			// run by chance: several reruns catch it.
			a := f.write()
			for i := range 4 {
				if b := f.write(); len(a) == 0 || !bytes.Equal(a, b) {
					t.Fatalf("export %d differs from the first (%d and %d bytes)", i+2, len(b), len(a))
				}
			}
		})
	}
}

// measure is how a stats measure is computed over an exported table.
type measure struct {
	Key    string `json:"key"`
	Column string `json:"column"` // "" for the count
	Whole  bool   `json:"whole"`  // the column holds whole units, not thousandths
}

// spec says how to add up one dataset from its export as stats does per
// year and state: State is the column of the state (List: a list of
// states), "" for a dataset grouped by year only; By is the stats
// dimension of that column, "state" when empty (meetings: "country").
type spec struct {
	Dataset  string    `json:"dataset"`
	State    string    `json:"state"`
	By       string    `json:"by"`
	List     bool      `json:"list"`
	Child    string    `json:"child"` // SQLite: the child table of the list, parent column, state column
	Parent   string    `json:"parent"`
	Measures []measure `json:"measures"`
}

// specs returns the sums to compare, every measure of every dataset.
func specs(cfg *config.Config) []spec {
	indicators := func(inds []config.Indicator) []measure {
		ms := []measure{{Key: "count"}}
		for _, ind := range inds {
			if ind.Decimal() {
				ms = append(ms, measure{Key: ind.Key, Column: ind.Key + "_milli"})
			} else {
				ms = append(ms, measure{Key: ind.Key, Column: ind.Key, Whole: true})
			}
		}
		return ms
	}
	border := indicators(cfg.Indicators)
	return []spec{
		{Dataset: "exercises", State: "participants", List: true, Child: "exercise_participants", Parent: "exercise_id",
			Measures: []measure{{Key: "count"}, {Key: "personnel", Column: "personnel", Whole: true}, {Key: "equipment", Column: "equipment", Whole: true}}},
		{Dataset: "border", State: "state", Measures: border},
		{Dataset: "conference", State: "states", List: true, Child: "session_states", Parent: "session_id",
			Measures: []measure{{Key: "count"}, {Key: "participants", Column: "participants", Whole: true}, {Key: "papers", Column: "papers", Whole: true}}},
		{Dataset: "agreements", Measures: []measure{{Key: "count"}}},
		{Dataset: "online", State: "state", Measures: indicators(cfg.OnlineIndicators)},
		{Dataset: "training", State: "states", List: true, Child: "training_states", Parent: "training_id",
			Measures: []measure{{Key: "count"}, {Key: "participants", Column: "participants", Whole: true}, {Key: "hours", Column: "hours", Whole: true}}},
		{Dataset: "meetings", State: "country", By: "country",
			Measures: []measure{{Key: "count"}, {Key: "decisions", Column: "decisions", Whole: true}}},
	}
}

// sums are a dataset's figures per group ("year|state"): per measure, the
// sum in thousandths ("" when not reported) and the count of records that
// left it empty.
type sums map[string][]string

// want answers the spec with stats, in-process, over every year.
func want(t testing.TB, src *export.Source, s spec) sums {
	t.Helper()
	by := []string{"year"}
	switch {
	case s.By != "":
		by = append(by, s.By)
	case s.State != "":
		by = append(by, "state")
	}
	var keys []string
	for _, m := range s.Measures {
		keys = append(keys, m.Key)
	}
	res, err := stats.Run(context.Background(), src.Config, src.Data,
		stats.Query{Dataset: s.Dataset, Years: stats.Years{All: true}, By: by, Measures: keys}, src.Texts)
	if err != nil {
		t.Fatal(err)
	}
	out := sums{}
	for _, r := range res.Rows {
		var vals []string
		for _, a := range r.Values {
			v := ""
			if a.Reported {
				v = strconv.FormatInt(a.Milli, 10)
			}
			vals = append(vals, v, strconv.Itoa(a.Missing))
		}
		out[strings.Join(append(r.Keys, "")[:2], "|")] = vals
	}
	return out
}

// query is the SQL adding up the spec per year and state: the same
// shape as want's rows.
func query(s spec) string {
	state, from := "''", s.Dataset+" d"
	switch {
	case s.Child != "":
		state = "COALESCE(c.state, '')"
		from += fmt.Sprintf(" LEFT JOIN %s c ON c.%s = d.id", s.Child, s.Parent)
	case s.State != "":
		state = "d." + s.State
	}
	cols := []string{"COALESCE(d.year, '') || '|' || " + state}
	for _, m := range s.Measures {
		switch {
		case m.Column == "":
			cols = append(cols, "COUNT(*) * 1000", "0")
		case m.Whole:
			cols = append(cols, fmt.Sprintf("SUM(d.%s) * 1000", m.Column), fmt.Sprintf("COUNT(*) - COUNT(d.%s)", m.Column))
		default:
			cols = append(cols, fmt.Sprintf("SUM(d.%s)", m.Column), fmt.Sprintf("COUNT(*) - COUNT(d.%s)", m.Column))
		}
	}
	return fmt.Sprintf("SELECT %s FROM %s GROUP BY 1 ORDER BY 1", strings.Join(cols, ", "), from)
}

// viaDriver runs the query with the Go driver.
func viaDriver(t testing.TB, path, q string) sums {
	t.Helper()
	db, err := sqlite3.OpenFlags(path, sqlite3.OPEN_READONLY)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stmt, _, err := db.Prepare(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer stmt.Close()
	out := sums{}
	for stmt.Step() {
		var vals []string
		for i := 1; i < stmt.ColumnCount(); i++ {
			vals = append(vals, stmt.ColumnText(i)) // NULL reads as ""
		}
		out[stmt.ColumnText(0)] = vals
	}
	if err := stmt.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// viaCLI runs the query with Debian's sqlite3 command.
func viaCLI(t testing.TB, path, q string) sums {
	t.Helper()
	tool := testtool.Need(t, "sqlite3", "to read the export with SQLite's own command; Debian sqlite3")
	out, err := exec.Command(tool, "-readonly", "-csv", path, q).Output()
	if err != nil {
		t.Fatalf("sqlite3 %s: %v", q, err)
	}
	recs, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	s := sums{}
	for _, r := range recs {
		s[r[0]] = r[1:]
	}
	return s
}

// compare reports the groups whose figures differ.
func compare(t *testing.T, what string, got, want sums) {
	t.Helper()
	for _, k := range slices.Sorted(maps.Keys(want)) {
		if _, ok := got[k]; !ok && want[k][0] == "0" {
			continue // stats lists every year of the span, with no record too
		}
		if !slices.Equal(got[k], want[k]) {
			t.Errorf("%s[%s] = %q, want %q (stats)", what, k, got[k], want[k])
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s[%s] = %q, which stats does not have", what, k, got[k])
		}
	}
	if t.Failed() {
		t.Logf("%d groups", len(want))
	}
}

// checkSQLite compares the SQL sums of every dataset and measure, with
// the Go driver and the sqlite3 command, with stats.
func checkSQLite(t *testing.T, src *export.Source) {
	path := writeSQLite(t, src)
	for _, s := range specs(src.Config) {
		t.Run(s.Dataset, func(t *testing.T) {
			w := want(t, src, s)
			if len(w) == 0 {
				t.Fatal("stats has no rows")
			}
			q := query(s)
			compare(t, "driver", viaDriver(t, path, q), w)
			compare(t, "sqlite3", viaCLI(t, path, q), w)
		})
	}
}

// TestSQLiteSumsSample compares the sums of the sample's export with
// stats.
func TestSQLiteSumsSample(t *testing.T) {
	checkSQLite(t, readSource(t, "../../config.toml"))
}

// TestSQLiteSums100k compares the sums of a generated set of 100,000
// border rows (and a few thousand of each other dataset) with stats.
func TestSQLiteSums100k(t *testing.T) {
	if testing.Short() {
		t.Skip("the 100k set takes a minute or two; skipped under -short")
	}
	checkSQLite(t, readSource(t, export.GenerateSample(t, 100000)))
}

// pandasScript adds up the CSV files (a folder) or the workbook of an
// export as the specs say, with pandas, and prints the sums as JSON.
const pandasScript = `
import json, sys
import pandas as pd

path, kind = sys.argv[1], sys.argv[2]
specs = json.load(sys.stdin)
out = {}

def whole(v):
    if v is None or (isinstance(v, float) and v != v) or v == "":
        return None
    return int(round(float(v)))

for s in specs:
    if kind == "csv":
        df = pd.read_csv(f"{path}/{s['dataset']}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    else:
        df = pd.read_excel(path, sheet_name=s["dataset"], dtype=object)
    df["year"] = df["year"].map(lambda v: "" if whole(v) is None else str(whole(v)))
    if s["list"]:
        df["g_state"] = df[s["state"]].map(lambda v: [""] if v is None or v != v or v == "" else str(v).split("; "))
        df = df.explode("g_state")
    elif s["state"]:
        df["g_state"] = df[s["state"]]
    else:
        df["g_state"] = ""
    for m in s["measures"]:
        if m["column"]:
            df["m_" + m["key"]] = df[m["column"]].map(whole)
    groups = {}
    for (year, state), g in df.groupby(["year", "g_state"], sort=True):
        vals = []
        for m in s["measures"]:
            if not m["column"]:
                vals += [str(len(g) * 1000), "0"]
                continue
            col = g["m_" + m["key"]].dropna()
            total = sum(int(v) for v in col) * (1000 if m["whole"] else 1)
            vals += [str(total) if len(col) else "", str(len(g) - len(col))]
        groups[f"{year}|{state}"] = vals
    out[s["dataset"]] = groups
json.dump(out, sys.stdout)
`

// viaPandas adds up an export with pandas.
func viaPandas(t *testing.T, path, kind string, ss []spec) map[string]sums {
	t.Helper()
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		testtool.Missing(t, "/usr/bin/python3 not found (needed to read the export with pandas; Debian python3-pandas)")
	}
	if err := exec.Command(py, "-c", "import pandas, openpyxl").Run(); err != nil {
		testtool.Missing(t, "pandas or openpyxl not importable by /usr/bin/python3 (Debian python3-pandas, python3-openpyxl)")
	}
	in, _ := json.Marshal(ss)
	cmd := exec.Command(py, "-c", pandasScript, path, kind)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandas: %v\n%s", err, stderr.String())
	}
	var got map[string]sums
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	return got
}

// TestPandas reads the CSV and XLSX exports of the sample with pandas and
// compares its sums per year and state with stats, for every dataset and
// measure.
func TestPandas(t *testing.T) {
	src := readSource(t, "../../config.toml")
	dir := t.TempDir()
	for _, tab := range export.Datasets(src) {
		var b bytes.Buffer
		if err := export.WriteCSV(context.Background(), &b, tab, true); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, export.FileName(tab)), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var x bytes.Buffer
	if err := export.WriteXLSX(context.Background(), &x, src, date); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(t.TempDir(), "export.xlsx")
	if err := os.WriteFile(book, x.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ss := specs(src.Config)
	for _, kind := range []string{"csv", "xlsx"} {
		path := dir
		if kind == "xlsx" {
			path = book
		}
		got := viaPandas(t, path, kind, ss)
		for _, s := range ss {
			compare(t, kind+" "+s.Dataset, got[s.Dataset], want(t, src, s))
		}
	}
}

// TestCSVNeutralised checks that text a spreadsheet would run as a
// formula is written as stats writes it, with a leading quote, and that
// not reported is an empty field and kilograms exact.
func TestCSVNeutralised(t *testing.T) {
	tab := &export.Table{Name: "t", Columns: []export.Column{{Name: "a", Kind: export.Text}, {Name: "n", Kind: export.Integer},
		{Name: "kg", Kind: export.Decimal}}, Len: 2, Fill: func(i int, row []export.Cell) {
		if i == 0 {
			row[0], row[1], row[2] = export.Cell{Text: "=HYPERLINK(\"x\")"}, export.Cell{Int: 7}, export.Cell{Int: 116690}
			return
		}
		row[0], row[1], row[2] = export.Cell{Text: "a, \"b\""}, export.Cell{Null: true}, export.Cell{Null: true}
	}}
	tests := []struct {
		bom  bool
		want string
	}{
		{false, "a,n,kg\r\n\"'=HYPERLINK(\"\"x\"\")\",7,116.69\r\n\"a, \"\"b\"\"\",,\r\n"},
		{true, "\uFEFFa,n,kg\r\n\"'=HYPERLINK(\"\"x\"\")\",7,116.69\r\n\"a, \"\"b\"\"\",,\r\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := export.WriteCSV(context.Background(), &b, tab, tt.bom); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != tt.want {
			t.Errorf("WriteCSV(bom=%v) = %q, want %q", tt.bom, got, tt.want)
		}
	}
	if got := value.FormatMilli(116690); got != "116.69" {
		t.Errorf("FormatMilli = %q", got)
	}
}

// TestXLSXLayout reads the workbook back: one sheet per dataset, the
// header frozen, an autofilter (a table over the sheet), typed cells.
func TestXLSXLayout(t *testing.T) {
	src := readSource(t, "../../config.toml")
	var b bytes.Buffer
	if err := export.WriteXLSX(context.Background(), &b, src, date); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := f.GetSheetList(), []string{"exercises", "border", "conference", "agreements", "online", "training", "meetings"}; !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for _, sheet := range f.GetSheetList() {
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: panes = %+v, %v; want the header row frozen", sheet, panes, err)
		}
		tables, err := f.GetTables(sheet)
		if err != nil || len(tables) != 1 || !strings.HasPrefix(tables[0].Range, "A1:") {
			t.Errorf("%s: tables = %+v, %v; want one over the sheet (its autofilter)", sheet, tables, err)
		}
	}
	// A number cell has no type attribute (unset) or "n"; text is a string
	// cell, never a formula.
	types := []struct {
		cell string
		want []excelize.CellType
	}{
		{"A2", []excelize.CellType{excelize.CellTypeUnset, excelize.CellTypeNumber}}, // id
		{"B2", []excelize.CellType{excelize.CellTypeUnset, excelize.CellTypeNumber}}, // year
		{"C2", []excelize.CellType{excelize.CellTypeInlineString, excelize.CellTypeSharedString}},
	}
	for _, tt := range types {
		got, err := f.GetCellType("border", tt.cell)
		if err != nil || !slices.Contains(tt.want, got) {
			t.Errorf("border!%s type = %v, %v; want one of %v", tt.cell, got, err, tt.want)
		}
		if formula, _ := f.GetCellFormula("border", tt.cell); formula != "" {
			t.Errorf("border!%s has the formula %q", tt.cell, formula)
		}
	}
	if v, err := f.GetCellValue("border", "A2"); err != nil || v != "1" {
		t.Errorf("border!A2 = %q, %v; want 1", v, err)
	}
	start, err := f.GetCellValue("border", "J2", excelize.Options{RawCellValue: true})
	if err != nil || strings.Contains(start, "-") {
		t.Errorf("border!J2 (start_date) = %q, %v; want a date serial number", start, err)
	}
}

// docBlocks returns the fenced code blocks of docs/export.md in the
// section whose heading begins with heading, by language ("sql",
// "python"), in order.
func docBlocks(t *testing.T, heading string) map[string][]string {
	t.Helper()
	b, err := os.ReadFile("../../docs/export.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	i := strings.Index(doc, "\n"+heading)
	if i < 0 {
		t.Fatalf("docs/export.md has no section %q", heading)
	}
	sec := doc[i+1:]
	if j := strings.Index(sec[len(heading):], "\n#"); j >= 0 {
		sec = sec[:len(heading)+j]
	}
	out := map[string][]string{}
	for {
		k := strings.Index(sec, "```")
		if k < 0 {
			break
		}
		sec = sec[k+3:]
		nl := strings.IndexByte(sec, '\n')
		lang := sec[:nl]
		end := strings.Index(sec, "```")
		if end < 0 {
			t.Fatalf("%s: an unclosed code block", heading)
		}
		out[lang] = append(out[lang], sec[nl+1:end])
		sec = sec[end+3:]
	}
	return out
}

// q5Script runs the preamble and question 5's pandas from the docs in a
// folder holding records/ and prints the last expression's frame as
// JSON: per state, courses, hours ("" when none reported) and the
// courses that left the hours empty.
const q5Script = `
import ast, json, sys
code = sys.stdin.read()
tree = ast.parse(code)
last = tree.body.pop()
env = {}
exec(compile(tree, "doc", "exec"), env)
res = eval(compile(ast.Expression(last.value), "doc", "eval"), env)
out = {}
for state, r in res.iterrows():
    h = r["hours"]
    out[state] = [str(int(r["courses"]) * 1000), "0", "" if h != h else str(int(h) * 1000), str(int(r["hours_not_reported"]))]
json.dump(out, sys.stdout)
`

// TestWorkedQuestion5 runs question 5 of docs/export.md (training hours
// per state), its SQL on the sample's database and its pandas on the
// sample's CSV files, and wants stats' courses and hours per
// participating state, over every year.
func TestWorkedQuestion5(t *testing.T) {
	src := readSource(t, "../../config.toml")
	blocks := docBlocks(t, "### 5.")
	if len(blocks["sql"]) != 1 || len(blocks["python"]) != 1 {
		t.Fatalf("question 5 has %d sql and %d python blocks, want one each", len(blocks["sql"]), len(blocks["python"]))
	}
	res, err := stats.Run(context.Background(), src.Config, src.Data,
		stats.Query{Dataset: "training", Years: stats.Years{All: true}, By: []string{"state"}, Measures: []string{"count", "hours"}}, src.Texts)
	if err != nil {
		t.Fatal(err)
	}
	w := sums{}
	for _, r := range res.Rows {
		if r.Keys[0] == "" {
			continue // courses naming no state: the join leaves them out
		}
		var vals []string
		for _, a := range r.Values {
			v := ""
			if a.Reported {
				v = strconv.FormatInt(a.Milli, 10)
			}
			vals = append(vals, v, strconv.Itoa(a.Missing))
		}
		w[r.Keys[0]] = vals
	}
	if len(w) == 0 {
		t.Fatal("stats has no training per state")
	}

	t.Run("sql", func(t *testing.T) {
		db, err := sqlite3.OpenFlags(writeSQLite(t, src), sqlite3.OPEN_READONLY)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		q := blocks["sql"][0]
		stmt, _, err := db.Prepare(q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer stmt.Close()
		cols := map[string]int{}
		for i := range stmt.ColumnCount() {
			cols[stmt.ColumnName(i)] = i
		}
		for _, c := range []string{"state", "name_en", "courses", "hours", "hours_not_reported"} {
			if _, ok := cols[c]; !ok {
				t.Fatalf("question 5's SQL has no column %s", c)
			}
		}
		got := sums{}
		for stmt.Step() {
			hours := ""
			if stmt.ColumnType(cols["hours"]) != sqlite3.NULL {
				hours = strconv.FormatInt(stmt.ColumnInt64(cols["hours"])*1000, 10)
			}
			if stmt.ColumnText(cols["name_en"]) == "" {
				t.Errorf("state %s has no name", stmt.ColumnText(cols["state"]))
			}
			got[stmt.ColumnText(cols["state"])] = []string{strconv.FormatInt(stmt.ColumnInt64(cols["courses"])*1000, 10), "0",
				hours, stmt.ColumnText(cols["hours_not_reported"])}
		}
		if err := stmt.Err(); err != nil {
			t.Fatal(err)
		}
		compare(t, "sql", got, w)
	})

	t.Run("pandas", func(t *testing.T) {
		py := "/usr/bin/python3"
		if err := exec.Command(py, "-c", "import pandas").Run(); err != nil {
			testtool.Missing(t, "pandas not importable by /usr/bin/python3 (Debian python3-pandas)")
		}
		dir := t.TempDir()
		if err := os.Mkdir(filepath.Join(dir, "records"), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, tab := range export.Datasets(src) {
			var b bytes.Buffer
			if err := export.WriteCSV(context.Background(), &b, tab, true); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "records", export.FileName(tab)), b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		preamble := docBlocks(t, "## Five questions")["python"][0]
		cmd := exec.Command(py, "-c", q5Script)
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader(preamble + blocks["python"][0])
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("pandas: %v\n%s", err, stderr.String())
		}
		var got sums
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		compare(t, "pandas", got, w)
	})
}

// TestKeyFiguresOnline wants every online indicator among the key
// figures once (the main ones in the headline), labelled by the online
// indicator of the configuration even where a border one has its key.
func TestKeyFiguresOnline(t *testing.T) {
	src := readSource(t, "../../config.toml")
	cfg := *src.Config
	cfg.OnlineIndicators = slices.Clone(cfg.OnlineIndicators)
	i := cfg.OnlineIndicatorIndex("cases")
	if i < 0 || cfg.IndicatorIndex("cases") < 0 {
		t.Fatal("the sample's configuration has no border and online indicator cases")
	}
	cfg.OnlineIndicators[i].Label = config.Text{"en": "Online cases"}
	cfg.OnlineIndicators[i].Unit = nil
	figs := export.KeyFigures(&cfg, summary.Build(&cfg, src.Data, 2025), src.Texts)
	seen := map[string]export.KeyFigure{}
	for _, f := range figs {
		if _, ok := seen[f.Key]; ok {
			t.Errorf("%s twice", f.Key)
		}
		seen[f.Key] = f
	}
	for _, ind := range cfg.OnlineIndicators {
		f, ok := seen["online."+ind.Key]
		if !ok || f.Area != "online" || f.Indicator != ind.Key || f.Headline != ind.Main {
			t.Errorf("online.%s = %+v, %v; want it, headline %v", ind.Key, f, ok, ind.Main)
		}
	}
	if got := seen["online.cases"].Label; got != "Online cases" {
		t.Errorf("online.cases label = %q, want the online indicator's", got)
	}
	if got := seen["border.cases"].Label; got == "Online cases" {
		t.Errorf("border.cases label = %q, the online indicator's", got)
	}
	for _, k := range []string{"training.courses", "training.participants", "training.states", "meetings.count", "meetings.council", "meetings.decisions", "online.states"} {
		if f, ok := seen[k]; !ok || !f.Headline {
			t.Errorf("%s = %+v, %v; want a headline figure", k, f, ok)
		}
	}
}
