package pdfreport

import (
	"strings"
	"testing"

	"ratsreport/report/internal/testtool"
)

// TestAnnexFootnotes: the footnotes below a sheet's table are shown with
// the sheet in the annex's list of sources.
func TestAnnexFootnotes(t *testing.T) {
	_, res := sample(t)
	src := &res.Data.Sources[0]
	var i int
	for i = range src.Sheets {
		if src.Sheets[i].Dataset != "" {
			break
		}
	}
	saved := src.Sheets[i].Footnotes
	src.Sheets[i].Footnotes = []string{"* preliminary"}
	defer func() { src.Sheets[i].Footnotes = saved }()
	path, _ := render(t, "en")
	all := testtool.Fields(strings.Join(testtool.PageTexts(t, path, true), "\n"))
	if want := testtool.Fields(src.Sheets[i].Name + " (* preliminary)"); !strings.Contains(all, want) {
		t.Errorf("no %q in the annex", want)
	}
}
