package pdfdoc_test

import (
	"fmt"
	"time"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"

	"ratsreport/report/pdfdoc"
)

func ExampleDocument_Text() {
	doc := pdfdoc.New(pdfdoc.Config{
		Fonts:         pdfdoc.Fonts{Regular: goregular.TTF, Bold: gobold.TTF, Italic: goitalic.TTF},
		Date:          time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
		Organisation:  "Example Organisation",
		ReportTitle:   "Annual Report 2024",
		Marking:       "UNCLASSIFIED",
		PageLabel:     func(page, total int) string { return fmt.Sprintf("Page %d of %d", page, total) },
		ContentsTitle: "Contents",
	})
	doc.Cover(pdfdoc.TextBlock{Text: "Annual Report 2024", Size: 26, Style: pdfdoc.Bold})
	doc.Add(
		pdfdoc.Heading(1, "1. Summary"),
		pdfdoc.Paragraph("The year in brief."),
		pdfdoc.KeyFigures{Figures: []pdfdoc.KeyFigure{
			{Label: "Exercises", Value: "7", Note: "+2 on 2023"},
			{Label: "Meetings", Value: "12"},
		}},
		pdfdoc.Table{
			Columns: []pdfdoc.Column{{Header: "State", Width: 3}, {Header: "Exercises", Align: pdfdoc.AlignRight}},
			Rows:    [][]string{{"Kazakhstan", "2"}, {"Kyrgyzstan", ""}},
			Total:   []string{"Total", "2"},
		},
	)
	pages, err := doc.Text()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range pages {
		fmt.Print(p)
	}
	// Output:
	// --- page 1 ---
	// Annual Report 2024
	// --- page 2 ---
	// Example Organisation | Annual Report 2024
	// Contents
	// 1. Summary | 3
	// UNCLASSIFIED | Page 2 of 3
	// --- page 3 ---
	// Example Organisation | Annual Report 2024
	// 1. Summary
	// The year in brief.
	// Exercises | 7 | +2 on 2023
	// Meetings | 12
	// State | Exercises
	// Kazakhstan | 2
	// Kyrgyzstan |
	// Total | 2
	// UNCLASSIFIED | Page 3 of 3
}
