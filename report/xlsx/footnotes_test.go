package xlsx

import (
	"strings"
	"testing"
)

// TestSourcesFootnotes: the footnotes below a sheet's table are the note
// of the sheet's row on the Sources sheet.
func TestSourcesFootnotes(t *testing.T) {
	data := testData()
	data.Sources[1].Sheets[1].Footnotes = []string{"* preliminary data", "Source: the border service"}
	p, _ := renderFile(t, newInput(t, data, nil), "book.xlsx")
	rows := sheetRows(t, openBook(t, p), "Sources")
	want := "sources/2025/ec-2025.xlsx|20480|aa00bb11cc22dd33ee44ff5566778899aa00bb11cc22dd33ee44ff5566778899|Conference|Conference|2|2|0|0|* preliminary data; Source: the border service"
	if got := strings.Join(rows[4], "|"); got != want {
		t.Errorf("Sources row 5 = %q, want %q", got, want)
	}
}
