package pdfreport

import (
	"strings"
	"testing"

	"ratsreport/report/internal/testtool"
)

// TestYearFiguresFromRecords checks the key figures of the Internet,
// training and meetings on the key figures pages against sums computed
// here from the records, independently of package summary.
func TestYearFiguresFromRecords(t *testing.T) {
	path, in := render(t, "en")
	cfg, res := sample(t)
	year := cfg.Report.Year
	var resources, materials, trainees int64
	states := map[string]bool{}
	for _, o := range res.Data.Online {
		if o.Year() == year {
			states[o.State] = true
			resources += o.Values.At(cfg.OnlineIndicatorIndex("resources")).Milli / 1000
			materials += o.Values.At(cfg.OnlineIndicatorIndex("materials")).Milli / 1000
		}
	}
	courses := 0
	for _, x := range res.Data.Training {
		if x.Year() == year {
			courses++
			if x.Participants.Reported {
				trainees += x.Participants.V
			}
		}
	}
	meetings, council := 0, 0
	var decisions int64
	for _, m := range res.Data.Meetings {
		if m.Year() == year {
			meetings++
			if m.Body == "rats council" {
				council++
			}
			decisions += m.Decisions.V
		}
	}
	if resources == 0 || materials == 0 || courses == 0 || trainees == 0 || meetings == 0 || council == 0 || decisions == 0 {
		t.Fatalf("the sample should have figures for %d: %d %d %d %d %d %d %d", year, resources, materials, courses, trainees, meetings, council, decisions)
	}
	tx := in.Texts
	page := testtool.Fields(keyPages(testtool.PageTexts(t, path, true), tx.T("section.key_figures")))
	for _, want := range []string{
		"States reporting on the Internet " + tx.Int(int64(len(states))),
		"Internet resources blocked, resources " + tx.Int(resources),
		"Materials removed, items " + tx.Int(materials),
		"Training courses held " + tx.Int(int64(courses)),
		"Trainees " + tx.Int(trainees),
		"Meetings attended " + tx.Int(int64(meetings)),
		"Meetings of the RATS Council " + tx.Int(int64(council)),
		"Decisions adopted (2 not reported) " + tx.Int(decisions),
	} {
		if !strings.Contains(page, want) {
			t.Errorf("no %q on the key figures pages", want)
		}
	}
}
