package pdfdoc

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// goFonts is the Go font family (Latin, Cyrillic).
func goFonts() Fonts {
	return Fonts{Regular: goregular.TTF, Bold: gobold.TTF, Italic: goitalic.TTF, BoldItalic: gobolditalic.TTF}
}

var sampleDate = time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)

func sampleConfig() Config {
	return Config{
		Fonts:         goFonts(),
		Date:          sampleDate,
		Title:         "Annual Report 2024",
		Author:        "Executive Committee",
		Subject:       "Activities in 2024",
		Organisation:  "Regional Anti-Terrorist Structure",
		ReportTitle:   "Annual Report of the Executive Committee, 2024",
		Marking:       "FOR OFFICIAL USE ONLY",
		PageLabel:     func(p, n int) string { return fmt.Sprintf("Page %d of %d", p, n) },
		ContentsTitle: "Contents",
	}
}

// chartPNG draws a deterministic bar chart of the given size; seed varies
// the bars.
func chartPNG(t testing.TB, w, h, seed int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{250, 251, 253, 255})
		}
	}
	bars := 8
	bw := w / (bars*2 + 1)
	for b := 0; b < bars; b++ {
		bh := h * (20 + (b*37+seed*53)%70) / 100
		x0 := bw + b*2*bw
		for y := h - bh; y < h-h/20; y++ {
			for x := x0; x < x0+bw; x++ {
				img.Set(x, y, color.RGBA{23, 54, 93, 255})
			}
		}
	}
	for x := 0; x < w; x++ { // axis
		for y := h - h/20; y < h-h/20+3; y++ {
			img.Set(x, y, color.RGBA{90, 90, 90, 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const loremEN = "The Executive Committee coordinated the work of the competent authorities of the member states " +
	"in the fight against terrorism, separatism and extremism. It maintained the register of organisations " +
	"whose activities are prohibited, prepared joint anti-terrorist exercises, supported the exchange of " +
	"information between the central competent authorities, and organised expert meetings on border security, " +
	"on the financing of terrorism and on the use of information and communication technologies for terrorist purposes."

const loremRU = "Исполнительный комитет обеспечивал координацию деятельности компетентных органов государств-членов " +
	"в борьбе с терроризмом, сепаратизмом и экстремизмом. Проведены совместные антитеррористические учения, " +
	"организован обмен информацией между центральными компетентными органами, подготовлены предложения по " +
	"совершенствованию договорно-правовой базы сотрудничества и проведены заседания экспертных групп."

// tableRows is the long sample table: enough rows to span three pages.
const tableRows = 130

// sampleDoc builds the test document: a cover, contents, level-1 and
// level-2 headings with paragraphs (one Cyrillic), key figures, a table
// spanning three pages, and two different pictures of the same width.
func sampleDoc(t testing.TB) *Document {
	t.Helper()
	d := New(sampleConfig())
	d.Cover(
		TextBlock{Text: "SHANGHAI COOPERATION ORGANISATION", Size: 11, Style: Bold, Tone: ToneAccent, SpaceBefore: 30},
		TextBlock{Text: "Regional Anti-Terrorist Structure", Size: 11, Tone: ToneMuted, SpaceAfter: 4},
		Rule(0.8),
		TextBlock{Text: "Annual Report of the Executive Committee", Size: 26, Style: Bold, Tone: ToneAccent, LineSpacing: 1.2, SpaceBefore: 20},
		TextBlock{Text: "Activities in 2024", Size: 14, Tone: ToneMuted, SpaceBefore: 4},
		Fill(),
		TextBlock{Text: "Tashkent, March 2025", Size: 10, Tone: ToneMuted},
		TextBlock{Text: "FOR OFFICIAL USE ONLY", Size: 10, Style: Bold, Tone: ToneAccent, SpaceBefore: 2},
	)
	d.Add(
		Heading(1, "1. Overview"),
		Paragraph(loremEN),
		KeyFigures{Figures: []KeyFigure{
			{Label: "Joint exercises", Value: "7", Note: "+2 on 2023"},
			{Label: "Persons detained", Value: "1 284", Note: "−6% on 2023"},
			{Label: "Sessions of the Council", Value: "3", Note: "as planned"},
			{Label: "Documents adopted", Value: "42", Note: "+5 on 2023"},
		}},
		Heading(2, "1.1 Mandate"),
		Paragraph(loremEN+" "+loremEN),
		Paragraph(loremEN),
		Heading(2, "1.2 Organisation of work"),
		Paragraph(loremEN),
		Heading(1, "2. Деятельность Исполнительного комитета"),
		Paragraph(loremRU),
		Paragraph(loremRU),
		Heading(2, "2.1 Совместные учения"),
		Paragraph(loremRU),
		Heading(1, "3. Border operations"),
		Paragraph("Table 1 lists the border operations reported by the member states."),
		sampleTable(),
		Heading(2, "3.1 Trends"),
		Paragraph(loremEN),
		Image(chartPNG(t, 1200, 500, 1), 150, "Figure 1. Operations by quarter"),
		Image(chartPNG(t, 1200, 500, 2), 150, "Figure 2. Persons detained by quarter"),
		Heading(1, "4. Conclusions"),
		Paragraph(loremEN),
	)
	return d
}

func sampleTable() Table {
	t := Table{
		Title: "Table 1. Border operations by member state",
		Columns: []Column{
			{Header: "No.", Width: 0.6, Align: AlignRight},
			{Header: "Operation", Width: 3},
			{Header: "State", Width: 1.2},
			{Header: "Participants", Width: 1.3, Align: AlignRight},
			{Header: "Detained", Width: 1.1, Align: AlignRight},
		},
		Total: []string{"", "Total", "", "", ""},
		Note:  "Source: reports of the competent authorities. Figures for 2024 are provisional.",
	}
	states := []string{"Kazakhstan", "China", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan", "India", "Pakistan", "Iran"}
	participants, detained := 0, 0
	for i := 0; i < tableRows; i++ {
		name := fmt.Sprintf("Operation %03d", i+1)
		if i%7 == 3 {
			name += " — joint search of the mountain border section with the participation of aviation units"
		}
		p, dd := 40+(i*37)%900, (i*13)%40
		participants += p
		detained += dd
		t.Rows = append(t.Rows, []string{fmt.Sprint(i + 1), name, states[i%len(states)], fmt.Sprint(p), fmt.Sprint(dd)})
	}
	t.Total[3], t.Total[4] = fmt.Sprint(participants), fmt.Sprint(detained)
	return t
}

// sampleHeadings lists the sample document's headings in order.
func sampleHeadings() []headingEntry {
	return []headingEntry{
		{1, "1. Overview"}, {2, "1.1 Mandate"}, {2, "1.2 Organisation of work"},
		{1, "2. Деятельность Исполнительного комитета"}, {2, "2.1 Совместные учения"},
		{1, "3. Border operations"}, {2, "3.1 Trends"}, {1, "4. Conclusions"},
	}
}

// normalise collapses white space, for comparing extracted text.
func normalise(s string) string { return strings.Join(strings.Fields(s), " ") }
