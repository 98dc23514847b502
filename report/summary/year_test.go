package summary

import (
	"testing"

	"ratsreport/report/model"
)

func online(state string, y int, vals ...int64) model.OnlineReport {
	o := model.OnlineReport{State: state, Start: day(y, 1, 1), End: day(y, 12, 31), Values: model.NewFigures(5)}
	for i, v := range vals {
		if v >= 0 {
			o.Values.Set(i, model.Dec{Milli: v * 1000, Reported: true})
		}
	}
	return o
}

func reported(n int64) model.Int { return model.Int{V: n, Reported: true} }

// TestYearKeyFigures: the key figures of the Internet, training and
// meetings, with their change; not reported kept apart from zero; a
// dataset with no record in any year has no key figure.
func TestYearKeyFigures(t *testing.T) {
	cfg := testConfig(t)
	d := &model.Data{
		Online: []model.OnlineReport{
			online("KZ", 2024, 100, 2000, -1, 5, 1),
			online("KZ", 2025, 150, 2500, 30, -1, 2),
			online("KG", 2025, 50, -1, 10, 4, 0),
		},
		Training: []model.Training{
			{Course: "A", Start: day(2024, 3, 1), Host: "UZ", Participants: reported(20), States: []string{"KZ"}},
			{Course: "B", Start: day(2025, 3, 1), Host: "UZ", Participants: reported(25), Hours: reported(36), States: []string{"KZ", "KG"}},
			{Course: "C", Start: day(2025, 6, 1), Host: "CN", States: []string{"CN", "KZ"}},
		},
		Meetings: []model.Meeting{
			{Body: "rats council", Date: day(2025, 4, 1), Country: "UZ", Decisions: reported(10)},
			{Body: "rats council", Date: day(2025, 9, 10), Country: "KG", Decisions: reported(12)},
			{Body: "expert group", Date: day(2025, 5, 1), Country: "CN"},
			{Body: "rats council", Date: day(2024, 9, 1), Country: "CN", Decisions: reported(9)},
		},
	}
	s := Build(cfg, d, 2025)
	want := map[string][2]int64{ // value, previous (whole units)
		"online.states":         {2, 1},
		"online.resources":      {200, 100},
		"online.materials":      {2500, 2000},
		"training.courses":      {2, 1},
		"training.participants": {25, 20},
		"training.states":       {3, 1},
		"meetings.count":        {3, 1},
		"meetings.council":      {2, 1},
		"meetings.decisions":    {22, 9},
	}
	for k, w := range want {
		f, ok := s.Figure(k)
		if !ok {
			t.Errorf("no key figure %s", k)
			continue
		}
		if f.Value.Whole() != w[0] || f.Prev.Whole() != w[1] {
			t.Errorf("%s = %d (prev %d), want %d (prev %d)", k, f.Value.Whole(), f.Prev.Whole(), w[0], w[1])
		}
	}
	if f, _ := s.Figure("online.resources"); f.Change.Kind != Up || f.Change.Percent != 100 {
		t.Errorf("online.resources change = %+v", f.Change)
	}
	if f, _ := s.Figure("training.participants"); f.Value.Missing != 1 {
		t.Errorf("training.participants missing = %d, want 1", f.Value.Missing)
	}
	if acc := s.Online.Indicators[2]; acc.Value.Whole() != 40 || acc.Prev.Reported {
		t.Errorf("accounts = %+v", acc)
	}
	if s.Online.Missing != 2 {
		t.Errorf("online missing = %d, want 2", s.Online.Missing)
	}
	if len(s.Training.ByHost) != 2 || s.Training.Hours.Whole() != 36 {
		t.Errorf("training = %+v", s.Training)
	}
	for _, st := range s.States {
		switch st.Code {
		case "KZ":
			if st.OnlineReports != 1 || st.Courses != 2 || st.Online[0].Whole() != 150 {
				t.Errorf("KZ = %+v", st)
			}
		case "KG":
			if st.Meetings != 1 || st.Courses != 1 {
				t.Errorf("KG = %+v", st)
			}
		}
	}
	empty := Build(cfg, &model.Data{Meetings: d.Meetings}, 2025)
	for _, f := range empty.Key {
		if f.Area == "online" || f.Area == "training" {
			t.Errorf("key figure %s of a dataset without records", f.Key)
		}
	}
	if _, ok := empty.Figure("meetings.count"); !ok {
		t.Errorf("no meetings.count")
	}
}
