package ingest

import (
	"context"
	"reflect"
	"testing"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/sample"
)

// TestShippedSample reads the committed sources/ with the repository's
// config.toml and checks every count and border total against the
// generator's own figures (computed from its records, not by reading).
func TestShippedSample(t *testing.T) {
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Read(context.Background(), cfg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Diags.Count(diag.Error) + res.Diags.Count(diag.Warning); n != 0 {
		t.Fatalf("the shipped sample has %d errors and warnings:%s", n, dump(res.Diags))
	}
	m, err := sample.Generate(t.TempDir(), sample.Options{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]map[int]int{"exercises": {}, "border": {}, "conference": {}, "agreements": {}, "online": {}, "training": {}, "meetings": {}}
	for i := range res.Data.Exercises {
		got["exercises"][res.Data.Exercises[i].Year()]++
	}
	for i := range res.Data.Border.All() {
		got["border"][res.Data.Border.At(i).Year()]++
	}
	for i := range res.Data.Sessions {
		got["conference"][res.Data.Sessions[i].Year()]++
	}
	for i := range res.Data.Agreements {
		got["agreements"][res.Data.Agreements[i].Year()]++
	}
	for i := range res.Data.Online {
		got["online"][res.Data.Online[i].Year()]++
	}
	for i := range res.Data.Training {
		got["training"][res.Data.Training[i].Year()]++
	}
	for i := range res.Data.Meetings {
		got["meetings"][res.Data.Meetings[i].Year()]++
	}
	if !reflect.DeepEqual(got, m.Records) {
		t.Errorf("records per dataset and year:\n got %v\nwant %v", got, m.Records)
	}
	rows := map[string]int{}
	for _, s := range res.Data.Sources {
		if len(s.Sheets) == 0 {
			t.Errorf("%s: no sheet", s.Path)
		}
		for _, sh := range s.Sheets {
			rows[sh.Dataset] += sh.Rows
		}
	}
	delete(rows, "")
	if !reflect.DeepEqual(rows, m.Rows) {
		t.Errorf("rows read = %v, generator wrote %v", rows, m.Rows)
	}
	totals := map[int]map[string]int64{}
	missing := map[int]map[string]int{}
	for _, b := range res.Data.Border.All() {
		y := b.Year()
		if totals[y] == nil {
			totals[y], missing[y] = map[string]int64{}, map[string]int{}
		}
		for i, ind := range cfg.Indicators {
			if b.Values.At(i).Reported {
				totals[y][ind.Key] += b.Values.At(i).Milli
			} else {
				missing[y][ind.Key]++
			}
		}
	}
	for y, want := range m.BorderTotals {
		for k, v := range want {
			if totals[y][k] != v {
				t.Errorf("border %d %s total = %d, generator %d", y, k, totals[y][k], v)
			}
		}
	}
	for y, want := range m.BorderMissing {
		for k, v := range want {
			if missing[y][k] != v {
				t.Errorf("border %d %s not reported = %d, generator %d", y, k, missing[y][k], v)
			}
		}
	}
	if len(res.Data.Sources) != len(m.Files) {
		t.Errorf("read %d files, generator wrote %d", len(res.Data.Sources), len(m.Files))
	}
}
