package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/config"
	"ratsreport/report/diag"
)

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
	f := excelize.NewFile()
	defer f.Close()
	style, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("dd.mm.yyyy")})
	if err != nil {
		t.Fatal(err)
	}
	for i, sh := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(sh.name); err != nil {
			t.Fatal(err)
		}
		for r, cells := range sh.rows {
			for c, v := range cells {
				if v == nil {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if d, ok := v.(dateCell); ok {
					// Days since 1899-12-30, the 1900 system's day zero after 1 March 1900.
					v = float64(time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
					if err := f.SetCellStyle(sh.name, ref, ref, style); err != nil {
						t.Fatal(err)
					}
				}
				if err := f.SetCellValue(sh.name, ref, v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func ptr[T any](v T) *T { return &v }

// read reads every workbook under dir with the repository's configuration.
func read(t *testing.T, dir string) *Result {
	t.Helper()
	res, err := Read(testConfig(t, dir), Options{})
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
