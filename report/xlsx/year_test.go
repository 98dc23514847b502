package xlsx_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestYearFiguresInWorkbook checks the key figures of the Internet,
// training and meetings on the Summary sheet of the sample's workbook:
// each row's cached value (column D, found by its key in column I)
// equals the sum computed here from the records.
func TestYearFiguresInWorkbook(t *testing.T) {
	b := sample(t)
	data, year, cfg := b.Inputs.Read.Data, b.Config.Report.Year, b.Config
	want := map[string]int64{}
	states := map[string]bool{}
	for _, o := range data.Online {
		if o.Year() == year {
			states[o.State] = true
			for i, ind := range cfg.OnlineIndicators {
				want["online."+ind.Key] += o.Values.At(i).Milli / 1000
			}
		}
	}
	want["online.states"] = int64(len(states))
	trained := map[string]bool{}
	for _, x := range data.Training {
		if x.Year() == year {
			want["training.courses"]++
			want["training.participants"] += x.Participants.V
			for _, s := range x.States {
				trained[s] = true
			}
		}
	}
	want["training.states"] = int64(len(trained))
	for _, m := range data.Meetings {
		if m.Year() == year {
			want["meetings.count"]++
			if m.Body == "rats council" {
				want["meetings.council"]++
			}
			want["meetings.decisions"] += m.Decisions.V
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(workbook(t, b)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Summary", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	formulas := map[string]string{}
	for i, r := range rows {
		if len(r) >= 9 && r[8] != "" {
			got[r[8]] = r[3]
			formulas[r[8]], _ = f.GetCellFormula("Summary", fmt.Sprintf("D%d", i+1))
		}
	}
	checked := 0
	for key, w := range want {
		v, ok := got[key]
		if !ok {
			if key == "online.accounts" || key == "online.requests" || key == "online.cases" {
				continue // not headline figures
			}
			t.Errorf("no key figure %s on the Summary sheet", key)
			continue
		}
		checked++
		if v != fmt.Sprint(w) {
			t.Errorf("%s = %s, want %d (from the records)", key, v, w)
		}
		if formulas[key] == "" {
			t.Errorf("%s has no formula", key)
		}
	}
	if checked < 9 || want["meetings.decisions"] == 0 || want["online.resources"] == 0 {
		t.Errorf("checked %d figures: %v", checked, want)
	}
}
