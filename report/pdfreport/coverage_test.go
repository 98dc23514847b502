package pdfreport_test

import (
	"context"
	"strings"
	"testing"

	"ratsreport/report/model"
	"ratsreport/report/pdfreport"
	"ratsreport/report/summary"
)

// TestCoverageMissingState: a year whose border results lack one member
// state (India's reports left out of the sample) says so in the border
// narrative and in the annex's coverage table, in every language.
func TestCoverageMissingState(t *testing.T) {
	b := sample(t)
	year := b.Config.Report.Year
	data := *b.Inputs.Read.Data
	data.Border = model.Borders{}
	for _, x := range b.Inputs.Read.Data.Border.All() {
		if x.State != "IN" || x.Year() != year {
			data.Border.Append(x)
		}
	}
	s := summary.Build(b.Config, &data, year)
	tests := []struct {
		lang      string
		narrative string // in the border section
		row       string // the coverage table's row of India
		methodIn  string // the coverage paragraph
	}{
		{"en", "The results were reported by 9 of the 10 member states; none were received from India.", "India | not received",
			"1 of the expected submissions was not received (they were due by 15 February 2026)"},
		{"ru", "Итоги представили 9 из 10 государств-членов; не представили итоги: Индия.", "Индия | не поступили",
			"не поступили ожидаемые материалы: 1"},
		{"zh", "10个成员国中有9个报告了结果，未收到印度的结果。", "印度 | 未收到", "有1份应报材料未收到"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			pages, err := pdfreport.Pages(context.Background(), input(t, b, tt.lang, s))
			if err != nil {
				t.Fatal(err)
			}
			var text strings.Builder
			for _, p := range pages {
				text.WriteString(p.String())
			}
			all := text.String()
			// A line may break after a hyphen ("государств-|членов").
			flat := strings.ReplaceAll(strings.Join(strings.Fields(all), " "), "- ", "-")
			section, annex := b.Inputs.Texts[tt.lang].T("section.border"), b.Inputs.Texts[tt.lang].T("coverage.title")
			border := flat[strings.LastIndex(flat, section):]
			if !strings.Contains(border, strings.Join(strings.Fields(tt.narrative), " ")) {
				t.Errorf("the border section does not say %q", tt.narrative)
			}
			i := strings.LastIndex(all, annex)
			if i < 0 {
				t.Fatalf("no %q section", annex)
			}
			// The row's first cells: the state and its border reports
			// (the online measures' column follows).
			if !strings.Contains(all[i:], "\n"+tt.row+"\n") && !strings.Contains(all[i:], "\n"+tt.row+" | ") {
				t.Errorf("the coverage table has no row %q:\n%s", tt.row, all[i:])
			}
			if !strings.Contains(strings.Join(strings.Fields(all[i:]), " "), tt.methodIn) {
				t.Errorf("the coverage paragraph does not say %q", tt.methodIn)
			}
		})
	}
	// The sample itself is complete, and says so.
	pages, err := pdfreport.Pages(context.Background(), input(t, b, "en", b.Result.Summary))
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, p := range pages {
		all.WriteString(p.String())
	}
	if flat := strings.Join(strings.Fields(all.String()), " "); !strings.Contains(flat, "Coverage of 2025: every expected submission was received") ||
		strings.Contains(flat, "member states; none were received") {
		t.Error("the sample's report does not say that its coverage is complete")
	}
}
