package export

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"ratsreport/report/load"
	"ratsreport/report/model"
	"ratsreport/report/sample"
	"ratsreport/report/stats"
	"ratsreport/report/summary"
)

// TestKeyFiguresYearView checks that the key figures of every year are
// the same whether the year's summary is built over every border report
// (as the report's is) or over those of the year and the year before
// only (yearData, as keyFigures builds it): on the sample, on a generated
// set with border reports in many years, and with the reports shuffled
// (the view's other path).
func TestKeyFiguresYearView(t *testing.T) {
	sets := map[string]string{"sample": "../../config.toml"}
	if !testing.Short() {
		sets["3k"] = GenerateSample(t, 3000)
	}
	for name, path := range sets {
		t.Run(name, func(t *testing.T) {
			cfg, err := load.Config(path, 0)
			if err != nil {
				t.Fatal(err)
			}
			in, err := load.Read(context.Background(), cfg, load.Options{Langs: []string{"en"}})
			if err != nil {
				t.Fatal(err)
			}
			src := &Source{Config: cfg, Data: in.Read.Data, Texts: in.Texts["en"], Years: stats.Years{All: true}}
			shuffled := *src.Data
			rs := shuffled.Border.Reports()
			rand.New(rand.NewPCG(1, 2)).Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
			shuffled.Border = model.BordersOf(rs...)
			sorted, unsorted := src.Data.Border.IsSortedByYear(), shuffled.Border.IsSortedByYear()
			if !sorted || unsorted {
				t.Fatalf("sorted: %v and %v, want true and false", sorted, unsorted)
			}
			years := src.years()
			// A year without records and the year after the last too.
			years = append(years, years[0]-1, years[len(years)-1]+1)
			for _, y := range years {
				want := KeyFigures(cfg, summary.Build(cfg, src.Data, y), src.Texts)
				for _, v := range []*model.Data{src.Data, &shuffled} {
					d := yearData(v, y)
					for _, b := range d.Border.All() {
						if by := b.Year(); by != y && by != y-1 {
							t.Fatalf("%d: the view holds a report of %d", y, by)
						}
					}
					got := KeyFigures(cfg, summary.Build(cfg, d, y), src.Texts)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%d (sorted %v): the key figures differ:\n got %+v\nwant %+v", y, v.Border.IsSortedByYear(), got, want)
					}
				}
			}
			if n := countYears(src.Data.Border); n < 2 {
				t.Errorf("the border reports span %d year(s): the test needs several", n)
			}
		})
	}
}

func countYears(border model.Borders) int {
	seen := map[int]bool{}
	for _, b := range border.All() {
		seen[b.Year()] = true
	}
	return len(seen)
}

// GenerateSample writes, in a temporary folder, a copy of the sample's
// config.toml and a generated set of sources with borderRows border rows
// (and a few of each other dataset), and returns the config's path. (A
// test helper, exported for the package's external tests.)
func GenerateSample(t testing.TB, borderRows int) string {
	t.Helper()
	dir := t.TempDir()
	cfgText, err := os.ReadFile("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(path, cfgText, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := load.Config(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sample.Generate(filepath.Join(dir, "sources"), sample.Options{Config: cfg, BorderRows: borderRows}); err != nil {
		t.Fatal(err)
	}
	return path
}
