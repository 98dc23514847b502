package sample

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/schema"
)

// repoRoot is the module root, relative to this package's folder.
const repoRoot = "../.."

func loadConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Load(filepath.Join(repoRoot, "config.toml"))
	if err != nil {
		t.Fatalf("load config: %v", err)
	}
	return cfg
}

func generate(t *testing.T, opt Options) (string, *Manifest) {
	t.Helper()
	dir := t.TempDir()
	m, err := Generate(dir, opt)
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return dir, m
}

// compareTrees fails unless every file of m is byte-identical in a and b,
// and b holds no other .xlsx file.
func compareTrees(t *testing.T, m *Manifest, a, b string) {
	t.Helper()
	for _, f := range m.Files {
		x, err := os.ReadFile(filepath.Join(a, f))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, f))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs (%d and %d bytes)", f, len(x), len(y))
		}
	}
	want := map[string]bool{}
	for _, f := range m.Files {
		want[f] = true
	}
	err := filepath.WalkDir(b, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".xlsx") {
			return err
		}
		rel, _ := filepath.Rel(b, p)
		if !want[filepath.ToSlash(rel)] {
			t.Errorf("%s: not written by the generator (stale file?)", filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	cfg := loadConfig(t)
	a, m1 := generate(t, Options{Config: cfg})
	b, m2 := generate(t, Options{Config: cfg})
	if !reflect.DeepEqual(m1, m2) {
		t.Errorf("manifests differ:\n%+v\n%+v", m1, m2)
	}
	compareTrees(t, m1, a, b)
}

// TestCommittedSample fails when sources/ is not what the generator
// writes: regenerate with `go run ./cmd/gensample -out sources`.
func TestCommittedSample(t *testing.T) {
	cfg := loadConfig(t)
	dir, m := generate(t, Options{Config: cfg})
	committed := filepath.Join(repoRoot, "sources")
	if _, err := os.Stat(committed); err != nil {
		t.Fatalf("no committed sample: %v; run go run ./cmd/gensample -out sources", err)
	}
	compareTrees(t, m, dir, committed)
	if t.Failed() {
		t.Log("the committed sample is stale; run go run ./cmd/gensample -out sources")
	}
}

func TestManifestCounts(t *testing.T) {
	cfg := loadConfig(t)
	_, m := generate(t, Options{Config: cfg})

	// Exercises per year, as in the list of public facts.
	wantExercises := map[int]int{2006: 2, 2008: 1, 2009: 1, 2010: 1, 2011: 1, 2012: 1, 2013: 1, 2014: 1,
		2015: 2, 2017: 2, 2019: 2, 2021: 1, 2022: 1, 2023: 1, 2024: 1, 2025: 1}
	if got := m.Records["exercises"]; !reflect.DeepEqual(got, wantExercises) {
		t.Errorf("Records[exercises] = %v, want %v", got, wantExercises)
	}
	fromFacts := map[int]int{}
	for _, e := range exerciseFacts() {
		fromFacts[e.start.Year()]++
	}
	if !reflect.DeepEqual(fromFacts, wantExercises) {
		t.Errorf("exercise facts per year = %v, want %v", fromFacts, wantExercises)
	}

	tests := []struct {
		dataset string
		year    int
		want    int
	}{
		{"border", 2017, 11}, // six states, external and internal sections (Kyrgyzstan internal only)
		{"border", 2018, 15},
		{"border", 2023, 17},
		{"border", 2024, 117},
		{"border", 2025, 129},
		{"conference", 2016, 5},
		{"conference", 2020, 0},
		{"conference", 2025, 8},
		{"agreements", 0, 4},
		{"agreements", 2018, 3},
		{"agreements", 2025, 2},
	}
	for _, tt := range tests {
		if got := m.Records[tt.dataset][tt.year]; got != tt.want {
			t.Errorf("Records[%s][%d] = %d, want %d", tt.dataset, tt.year, got, tt.want)
		}
	}

	// Copies: two exercises and one agreement are written twice.
	copies := map[string]int{"exercises": 2, "border": 0, "conference": 0, "agreements": 1}
	for ds, extra := range copies {
		total := 0
		for _, n := range m.Records[ds] {
			total += n
		}
		if got := m.Rows[ds]; got != total+extra {
			t.Errorf("Rows[%s] = %d, want %d records + %d copies", ds, got, total, extra)
		}
	}
	for y, n := range m.Records["conference"] {
		if n < 4 || n > 8 {
			t.Errorf("conference %d has %d sessions, want 4 to 8", y, n)
		}
	}

	// 2024 and 2025: ten state workbooks of 8 to 20 rows each (Belarus,
	// new in 2024, has fewer).
	for _, y := range []int{2024, 2025} {
		n := 0
		for _, f := range m.Files {
			if strings.HasPrefix(f, fmt.Sprintf("%d/border-", y)) {
				n++
			}
		}
		if n != 10 {
			t.Errorf("%d: %d border workbooks, want 10", y, n)
		}
	}
	if !sort.StringsAreSorted(m.Files) {
		t.Errorf("Files not sorted: %v", m.Files)
	}
}

func TestBorderTotals(t *testing.T) {
	cfg := loadConfig(t)
	_, m := generate(t, Options{Config: cfg})
	kg := int64(1000)
	// Solidarity-2023 is calibrated on the published results.
	tests := []struct {
		year     int
		key      string
		min, max int64 // thousandths
	}{
		{2023, "violators", 12_000 * kg, 12_500 * kg},
		{2023, "migrants", 9_600 * kg, 9_900 * kg},
		{2023, "firearms", 75 * kg, 75 * kg},
		{2023, "ammunition", 13_800 * kg, 13_800 * kg},
		{2023, "bladed", 1_000 * kg, 1_100 * kg},
		{2023, "drugs", 8_750 * kg, 8_850 * kg},
	}
	for _, tt := range tests {
		if got := m.BorderTotals[tt.year][tt.key]; got < tt.min || got > tt.max {
			t.Errorf("BorderTotals[%d][%s] = %d, want %d to %d", tt.year, tt.key, got, tt.min, tt.max)
		}
	}
	missing := []struct {
		year int
		key  string
		want int
	}{
		{2024, "explosives", 12}, // India does not report explosives
		{2025, "explosives", 13},
		{2024, "cases", 6}, // nor Belarus, in 2024, criminal cases
		{2025, "wanted", 2},
		{2025, "drugs", 1},
		{2023, "explosives", 2},
		{2023, "violators", 0},
	}
	for _, tt := range missing {
		if got := m.BorderMissing[tt.year][tt.key]; got != tt.want {
			t.Errorf("BorderMissing[%d][%s] = %d, want %d", tt.year, tt.key, got, tt.want)
		}
	}
	for y, tot := range m.BorderTotals {
		if len(tot) != len(cfg.Indicators) {
			t.Errorf("BorderTotals[%d] has %d indicators, want %d", y, len(tot), len(cfg.Indicators))
		}
	}
}

// TestRowsReadBack reads every workbook with excelize and counts the data
// rows under each recognised header row (total rows left out): they must
// add up to the manifest's rows.
func TestRowsReadBack(t *testing.T) {
	cfg := loadConfig(t)
	dir, m := generate(t, Options{Config: cfg})
	got := map[string]int{}
	for _, name := range m.Files {
		f, err := excelize.OpenFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, sh := range f.GetSheetList() {
			ds, ok := datasetOf(sh)
			if !ok {
				continue
			}
			rows, err := f.GetRows(sh)
			if err != nil {
				t.Fatalf("%s:%s: %v", name, sh, err)
			}
			first := schema.SheetFor(ds).Columns[0]
			header := -1
			for i, r := range rows {
				for _, c := range r {
					if c == first.EN || c == first.RU {
						header = i
					}
				}
				if header >= 0 {
					break
				}
			}
			if header < 0 {
				t.Errorf("%s:%s: no header row", name, sh)
				continue
			}
			for _, r := range rows[header+1:] {
				if len(r) == 0 || r[0] != "Итого" { // a total row is not a data row
					got[string(ds)]++
				}
			}
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(got, m.Rows) {
		t.Errorf("rows read back = %v, manifest %v", got, m.Rows)
	}
}

func datasetOf(sheet string) (schema.Dataset, bool) {
	for _, s := range schema.Sheets {
		if schema.SheetKey(sheet) == schema.SheetKey(s.EN) || schema.SheetKey(sheet) == schema.SheetKey(s.RU) {
			return s.Dataset, true
		}
	}
	return "", false
}

// TestNaturalKeys checks that distinct records never share a natural key
// (which the reader would take for conflicting copies) and that the copies
// are the intended ones.
func TestNaturalKeys(t *testing.T) {
	p, err := newPlan(Options{Config: loadConfig(t)})
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]*record{}
	placed := map[*record]int{}
	for _, b := range p.books {
		for _, s := range b.sheets {
			for r := range s.rows {
				placed[r.rec]++
				k := string(s.ds) + "|" + r.rec.key()
				if prev, ok := byKey[k]; ok && prev != r.rec {
					t.Errorf("%s: two distinct records share the key %q", b.path, k)
				}
				byKey[k] = r.rec
			}
		}
	}
	var twice []string
	for r, n := range placed {
		if n > 1 {
			twice = append(twice, r.key())
		}
	}
	sort.Strings(twice)
	want := []string{"aseanapol|agreement|under negotiation", "eurasia-antiterror-2023|2023-09-21", "sahand-antiterror-2025|2025-12-01"}
	if !reflect.DeepEqual(twice, want) {
		t.Errorf("records written twice = %q, want %q", twice, want)
	}
}

func TestStressMode(t *testing.T) {
	cfg := loadConfig(t)
	opt := Options{Config: cfg, BorderRows: 1003}
	dir, m := generate(t, opt)
	if got := m.Records["border"][2025]; got != 1003 {
		t.Errorf("Records[border][2025] = %d, want 1003", got)
	}
	if got, want := m.Records["exercises"][2025], 1+1003/50; got != want {
		t.Errorf("Records[exercises][2025] = %d, want %d", got, want)
	}
	if got, want := m.Records["border"][2024], 117; got != want {
		t.Errorf("Records[border][2024] = %d, want %d (other years as in the normal sample)", got, want)
	}
	dir2, _ := generate(t, opt)
	compareTrees(t, m, dir, dir2)
}

func TestGenerateErrors(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
	}{
		{"no config", Options{}},
		{"negative rows", Options{Config: loadConfig(t), BorderRows: -1}},
	}
	for _, tt := range tests {
		if _, err := Generate(t.TempDir(), tt.opt); err == nil {
			t.Errorf("%s: Generate succeeded, want an error", tt.name)
		}
	}
}

func TestGroup(t *testing.T) {
	tests := []struct {
		n    int64
		sep  string
		want string
	}{
		{0, " ", "0"},
		{999, " ", "999"},
		{1000, ",", "1,000"},
		{12000, " ", "12 000"},
		{1234567, "\u00a0", "1\u00a0234\u00a0567"},
	}
	for _, tt := range tests {
		if got := group(tt.n, tt.sep); got != tt.want {
			t.Errorf("group(%d, %q) = %q, want %q", tt.n, tt.sep, got, tt.want)
		}
	}
}

func TestCommaDecimal(t *testing.T) {
	tests := []struct {
		milli int64
		want  string
		ok    bool
	}{
		{8750, "8,75", true},
		{5000, "5", true},
		{100, "0,1", true},
		{1234, "", false},    // 1,234 reads as a thousand too
		{1234567, "", false}, // 1234,567 would read as a thousands group
		{12345670, "12345,67", true},
	}
	for _, tt := range tests {
		got, ok := commaDecimal(tt.milli)
		if got != tt.want || ok != tt.ok {
			t.Errorf("commaDecimal(%d) = %q, %v, want %q, %v", tt.milli, got, ok, tt.want, tt.ok)
		}
	}
}

func TestAllocateSteps(t *testing.T) {
	tests := []struct {
		total int64
		w     []float64
		step  []int64
	}{
		{75, []float64{1, 2, 3, 0.5}, []int64{1, 1, 1, 1}},
		{8_812_350, []float64{1.2, 0.4, 3, 2, 0.9}, []int64{10, 1, 10, 1, 1}},
		{27_600, []float64{1, 1, 1}, []int64{100, 100, 100}},
		{0, []float64{1}, []int64{1}},
	}
	for _, tt := range tests {
		got := allocateSteps(tt.total, tt.w, tt.step)
		var sum int64
		for i, v := range got {
			sum += v
			if v < 0 || v%tt.step[i] != 0 {
				t.Errorf("allocateSteps(%d, %v, %v)[%d] = %d, not a non-negative multiple of %d", tt.total, tt.w, tt.step, i, v, tt.step[i])
			}
		}
		if sum != tt.total {
			t.Errorf("allocateSteps(%d, %v, %v) = %v, sums to %d", tt.total, tt.w, tt.step, got, sum)
		}
	}
}
