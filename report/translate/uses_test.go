package translate

import (
	"testing"

	"ratsreport/report/model"
	"ratsreport/report/schema"
	"ratsreport/report/summary"
)

// TestUsesNewDatasets: the year's training (course, city, topic, notes)
// and meetings (city, title, notes) are free text the editions print,
// each marked with its translated column of the contract, in report
// order; a text two datasets share counts once, where it first appears.
func TestUsesNewDatasets(t *testing.T) {
	s := &summary.Summary{}
	s.Training.Year = []model.Training{{Course: "Seminar on countering the financing of terrorism", City: "Dushanbe", Topic: "terrorism financing", Notes: "illustrative record"}}
	s.Meetings.Year = []model.Meeting{{City: "Dushanbe", Title: "Tianjin summit of the SCO", Notes: "Belarus the first time as a member"}}
	got := map[string]string{}
	var order []string
	for _, u := range Uses(s) {
		got[u.Text] = u.Where()
		order = append(order, u.Text)
	}
	want := map[string]string{
		"Seminar on countering the financing of terrorism": "training: course",
		"Dushanbe":                           "training: city",
		"terrorism financing":                "training: topic",
		"illustrative record":                "training: notes",
		"Tianjin summit of the SCO":          "meetings: title",
		"Belarus the first time as a member": "meetings: notes",
	}
	if len(got) != len(want) {
		t.Errorf("Uses lists %d texts, want %d: %v", len(got), len(want), got)
	}
	for text, where := range want {
		if got[text] != where {
			t.Errorf("%q: where %q, want %q", text, got[text], where)
		}
	}
	if len(order) > 0 && order[len(order)-1] != "Belarus the first time as a member" {
		t.Errorf("meetings after training in report order; got %v", order)
	}
	for _, sh := range []*schema.Sheet{schema.TrainingSheet, schema.MeetingsSheet} {
		for _, u := range Uses(s) {
			if string(sh.Dataset) == u.Section && !sh.Column(u.Column).Translated {
				t.Errorf("%s: column %s is printed as free text but not marked Translated", u.Section, u.Column)
			}
		}
	}
}
