package pdfdoc

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"ratsreport/report/internal/golden"
)

// TestTextIsWhatIsDrawn checks Text against the rendered PDF: as many
// pages, every line drawn on a page found on that page by pdftotext, and
// all the text pdftotext finds there found in Text, for the Latin and
// Cyrillic sample and for Chinese.
func TestTextIsWhatIsDrawn(t *testing.T) {
	docs := []struct {
		name string
		doc  func(t *testing.T) *Document
	}{
		{"sample", func(t *testing.T) *Document { return sampleDoc(t) }},
		{"chinese", chineseDoc},
	}
	for _, tc := range docs {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.doc(t)
			pages, err := d.Text()
			if err != nil {
				t.Fatal(err)
			}
			pdf, err := d.Render()
			if err != nil {
				t.Fatal(err)
			}
			extracted := pageTexts(t, writePDF(t, pdf))
			if len(pages) != len(extracted) {
				t.Fatalf("Text has %d pages, the PDF %d", len(pages), len(extracted))
			}
			recorded := make([][]string, len(pages))
			n := 0
			for i, p := range pages {
				if p.Number != i+1 {
					t.Errorf("page %d is numbered %d", i+1, p.Number)
				}
				for _, l := range p.Lines {
					for _, dr := range l.Drawn {
						recorded[i] = append(recorded[i], strings.Join(dr, " "))
						n++
					}
				}
			}
			if missing := golden.MissingLines(recorded, extracted); len(missing) > 0 {
				t.Errorf("%d of %d lines from Text are not in the PDF:\n%s", len(missing), n, strings.Join(missing, "\n"))
			}
			if extra := golden.Unrecorded(recorded, extracted); len(extra) > 0 {
				t.Errorf("%d pieces of the PDF's text are not in Text:\n%s", len(extra), strings.Join(extra, "\n"))
			}
		})
	}
}

// chineseDoc is a short Chinese document with a wrapped table cell.
func chineseDoc(t *testing.T) *Document {
	c := sampleConfig()
	c.Fonts = Fonts{Regular: wqyTTF(t)}
	c.Organisation = "上海合作组织地区反恐怖机构"
	c.ReportTitle = "执行委员会2024年度报告"
	c.Marking = "内部使用"
	c.PageLabel = func(p, n int) string { return fmt.Sprintf("第%d页，共%d页", p, n) }
	c.ContentsTitle = "目录"
	d := New(c)
	d.Cover(TextBlock{Text: "执行委员会年度报告", Size: 26, Style: Bold})
	d.Add(
		Heading(1, "一、概述"),
		Paragraph(strings.Repeat("执行委员会协调了成员国主管机关在打击恐怖主义、分裂主义和极端主义方面的工作。", 3)),
		Table{Columns: []Column{{Header: "国家"}, {Header: "说明", Width: 3}, {Header: "人数", Align: AlignRight}},
			Rows: [][]string{{"哈萨克斯坦", strings.Repeat("山区边境联合搜索行动，动用了航空部队和边防部队。", 3), "1 284"}}},
	)
	return d
}

// TestTextLayout checks the text of the parts of a page: cells, wrapped
// cells, key-figure panels, contents entries, pictures, header and footer.
func TestTextLayout(t *testing.T) {
	d := New(sampleConfig())
	d.Add(
		Heading(1, "1. Overview"),
		KeyFigures{Figures: []KeyFigure{{Label: "Joint exercises", Value: "7", Note: "+2 on 2023"}, {Label: "Persons", Value: "1 284"}}},
		Table{Title: "Table 1", Columns: []Column{{Header: "State"}, {Header: "Note", Width: 0.4}, {Header: "n", Align: AlignRight}},
			Rows: [][]string{{"Kazakhstan", "joint search of the mountain border", "12"}, {"China", "", "3"}}},
		Image(chartPNG(t, 400, 200, 1), 100, "Figure 1. Operations"),
	)
	pages, err := d.Text()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range pages {
		got = append(got, strings.Split(strings.TrimSuffix(p.String(), "\n"), "\n")...)
	}
	want := []string{
		"--- page 1 ---",
		"--- page 2 ---",
		"Regional Anti-Terrorist Structure | Annual Report of the Executive Committee, 2024",
		"Contents",
		"1. Overview | 3",
		"FOR OFFICIAL USE ONLY | Page 2 of 3",
		"--- page 3 ---",
		"Regional Anti-Terrorist Structure | Annual Report of the Executive Committee, 2024",
		"1. Overview",
		"Joint exercises | 7 | +2 on 2023",
		"Persons | 1 284",
		"Table 1",
		"State | Note | n",
		"Kazakhstan | joint search of the mountain border | 12",
		"China |  | 3",
		"[picture 100.0 × 50.0 mm]",
		"Figure 1. Operations",
		"FOR OFFICIAL USE ONLY | Page 3 of 3",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Text:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The narrow Note cell wraps: one cell, several drawn lines.
	for _, l := range pages[2].Lines {
		if len(l.Cells) == 3 && l.Cells[0][0] == "Kazakhstan" {
			if len(l.Cells[1]) < 2 || len(l.Drawn) != len(l.Cells[1]) {
				t.Errorf("wrapped row: cells %q, drawn %q", l.Cells, l.Drawn)
			}
			if first := l.Drawn[0]; len(first) != 3 || first[0] != "Kazakhstan" || first[2] != "12" {
				t.Errorf("wrapped row: first drawn line %q, want the first line of each cell", first)
			}
		}
	}
	// A contents entry draws its dot leader, which the cells leave out.
	for _, l := range pages[1].Lines {
		if len(l.Cells) == 2 && l.Cells[0][0] == "1. Overview" {
			if dr := l.Drawn[0]; len(dr) != 3 || !strings.HasPrefix(dr[1], ". . .") {
				t.Errorf("contents entry drawn as %q", dr)
			}
		}
	}
}

// TestTextLeavesRenderAlone: laying out for Text does not change what
// Render writes.
func TestTextLeavesRenderAlone(t *testing.T) {
	want := renderSample(t)
	d := sampleDoc(t)
	if _, err := d.Text(); err != nil {
		t.Fatal(err)
	}
	got, err := d.Render()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("Render after Text differs from Render alone")
	}
}
