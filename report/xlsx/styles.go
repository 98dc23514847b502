package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// styles holds the workbook's cell style IDs. They are created in a fixed
// order, so their IDs are the same in every rendering.
type styles struct {
	header       int // bold on grey, wrapped, bottom border
	headerNum    int // header, aligned right (above numbers)
	headerIndent int // header, indented (after a right-aligned one)
	remark       int // text indented from the numbers on its left
	title        int // bold, larger
	label        int // bold
	text         int // wrapped text, top aligned
	note         int // italic, wrapped, top aligned
	date         int // yyyy-mm-dd
	integer      int // #,##0
	decimal      int // #,##0.000
	signedInt    int // +#,##0
	signedDec    int // +#,##0.000
	percent      int // +0.0%
	textRight    int // right-aligned text ("not reported" in figure columns)
	total        int // bold integer with a top border
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	right := excelize.Alignment{Horizontal: "right", Vertical: "top"}
	wrapTop := excelize.Alignment{Vertical: "top", WrapText: true}
	ptr := func(x string) *string { return &x }
	defs := []struct {
		id *int
		st excelize.Style
	}{
		{&s.header, excelize.Style{
			Font:      &excelize.Font{Bold: true, Family: "Calibri", Size: 11},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		}},
		{&s.headerNum, excelize.Style{
			Font:      &excelize.Font{Bold: true, Family: "Calibri", Size: 11},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
			Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top", WrapText: true},
		}},
		{&s.headerIndent, excelize.Style{
			Font:      &excelize.Font{Bold: true, Family: "Calibri", Size: 11},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true, Indent: 1},
		}},
		{&s.remark, excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", Indent: 1}}},
		{&s.title, excelize.Style{Font: &excelize.Font{Bold: true, Family: "Calibri", Size: 13}}},
		{&s.label, excelize.Style{Font: &excelize.Font{Bold: true, Family: "Calibri", Size: 11}, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}},
		{&s.text, excelize.Style{Alignment: &wrapTop}},
		{&s.note, excelize.Style{Font: &excelize.Font{Italic: true, Family: "Calibri", Size: 11, Color: "404040"}, Alignment: &wrapTop}},
		{&s.date, excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd"), Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}},
		{&s.integer, excelize.Style{NumFmt: 3, Alignment: &right}},
		{&s.decimal, excelize.Style{CustomNumFmt: ptr("#,##0.000"), Alignment: &right}},
		{&s.signedInt, excelize.Style{CustomNumFmt: ptr("+#,##0;-#,##0;0"), Alignment: &right}},
		{&s.signedDec, excelize.Style{CustomNumFmt: ptr("+#,##0.000;-#,##0.000;0.000"), Alignment: &right}},
		{&s.percent, excelize.Style{CustomNumFmt: ptr("+0.0%;-0.0%;0.0%"), Alignment: &right}},
		{&s.textRight, excelize.Style{Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}}},
		{&s.total, excelize.Style{NumFmt: 3, Font: &excelize.Font{Bold: true, Family: "Calibri", Size: 11},
			Border: []excelize.Border{{Type: "top", Color: "808080", Style: 1}}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return s, fmt.Errorf("create a cell style: %w", err)
		}
		*d.id = id
	}
	return s, nil
}
