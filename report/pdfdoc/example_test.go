package pdfdoc_test

import (
	"bytes"
	"fmt"
	"time"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"

	"ratsreport/report/pdfdoc"
)

func Example() {
	doc := pdfdoc.New(pdfdoc.Config{
		Fonts:         pdfdoc.Fonts{Regular: goregular.TTF, Bold: gobold.TTF, Italic: goitalic.TTF},
		Date:          time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
		Title:         "Annual Report 2024",
		Organisation:  "Example Organisation",
		ReportTitle:   "Annual Report 2024",
		Marking:       "UNCLASSIFIED",
		PageLabel:     func(page, total int) string { return fmt.Sprintf("Page %d of %d", page, total) },
		ContentsTitle: "Contents",
	})
	doc.Cover(
		pdfdoc.TextBlock{Text: "Annual Report 2024", Size: 26, Style: pdfdoc.Bold, Tone: pdfdoc.ToneAccent, SpaceBefore: 40},
		pdfdoc.Fill(),
		pdfdoc.TextBlock{Text: "UNCLASSIFIED", Style: pdfdoc.Bold},
	)
	doc.Add(
		pdfdoc.Heading(1, "1. Summary"),
		pdfdoc.Paragraph("The year in brief."),
		pdfdoc.KeyFigures{Figures: []pdfdoc.KeyFigure{
			{Label: "Exercises", Value: "7", Note: "+2 on 2023"},
			{Label: "Meetings", Value: "12", Note: "as planned"},
		}},
		pdfdoc.Heading(2, "1.1 Figures"),
		pdfdoc.Table{
			Columns: []pdfdoc.Column{{Header: "State", Width: 3}, {Header: "Exercises", Align: pdfdoc.AlignRight}},
			Rows:    [][]string{{"Kazakhstan", "2"}, {"Kyrgyzstan", "5"}},
			Total:   []string{"Total", "7"},
		},
	)
	pdf, err := doc.Render()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(pdf[:8]), bytes.Count(pdf, []byte("/Type /Page\n")), "pages")
	// Output: %PDF-1.3 3 pages
}
