package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/model"
)

// nameTexts returns names as written, in order, joined by "; ".
func nameTexts(ns []model.Name) string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Text)
	}
	return strings.Join(out, "; ")
}

// nameIDList returns the identities of names, in order, joined by ", ".
func nameIDList(ns []model.Name) string {
	var out []string
	for _, n := range ns {
		out = append(out, n.ID())
	}
	return strings.Join(out, ", ")
}

// testConfig loads the repository's config.toml, the reference lists the
// tests rely on.
func testConfig(t testing.TB, dir string) *config.Config {
	t.Helper()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Dir = dir
	cfg.Sources.Patterns = []string{"**/*.xlsx"}
	return cfg
}

// dateCell is a real Excel date cell in a fixture.
type dateCell struct{ y, m, d int }

// sheet is one sheet of a fixture workbook: rows of cells, where a
// dateCell becomes a styled serial number.
type sheet struct {
	name string
	rows [][]any
}

// writeBook writes a workbook with excelize into dir and returns its path.
func writeBook(t *testing.T, dir, name string, sheets ...sheet) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, bookBytes(t, sheets...), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func ptr[T any](v T) *T { return &v }

// read reads every workbook under dir with the repository's configuration.
func read(t *testing.T, dir string) *Result {
	t.Helper()
	res, err := Read(context.Background(), testConfig(t, dir), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// find returns the diagnostics at a location (file:sheet!cell) whose
// message contains want.
func findDiag(ds diag.List, loc string, sev diag.Severity, want string) bool {
	for _, d := range ds {
		if d.Location() == loc && d.Severity == sev && strings.Contains(d.Message, want) {
			return true
		}
	}
	return false
}

func dump(ds diag.List) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString("\n\t" + d.String())
	}
	return b.String()
}

// exerciseHeader is the contract's English header row for exercises.
var exerciseHeader = []any{"Name", "Kind", "Start date", "End date", "Host country", "Location", "Participating states", "Observers", "Scenario", "Threat", "Personnel", "Equipment units", "Notes"}

// exerciseRow returns a valid exercise row, with cells replaced by the
// given column → value overrides.
func exerciseRow(over map[int]any) []any {
	row := []any{"Test-Antiterror-2025", "field", dateCell{2025, 9, 1}, dateCell{2025, 9, 5}, "KZ", "Almaty region", "KZ, KG", "RATS", "hostage release", "hostage-taking", 600, 40, ""}
	for c, v := range over {
		row[c] = v
	}
	return row
}

func testConfigB(b *testing.B, dir string) *config.Config { return testConfig(b, dir) }
