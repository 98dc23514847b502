package translate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/diag"
	"ratsreport/report/model"
)

// writeRows writes a workbook of one sheet "Translations" holding rows.
func writeRows(t *testing.T, rows [][]string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Translations"); err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		for j, v := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellStr("Translations", cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "translations.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPrecedence: a row's own translation beats the workbook's, the
// workbook's beats nothing, and nothing prints the text as written.
func TestPrecedence(t *testing.T) {
	book := NewBook()
	book.Add("Tashkent").In["ru"] = "Ташкент (книга)"
	book.Add("Astana").In["ru"] = "Астана"
	cells := []model.Translation{{Text: "TASHKENT", Lang: "ru", In: "Ташкент"}}
	s := NewSet(cells, book)
	for _, c := range []struct{ text, lang, want string }{
		{"Tashkent", "ru", "Ташкент"},  // per cell, matched by NameKey
		{"  astana ", "ru", "Астана"},  // the workbook
		{"Astana", "zh", "Astana"},     // nothing: as written
		{"Minsk", "ru", "Minsk"},       // nothing: as written
		{"", "ru", ""},                 // empty stays empty
		{"Tashkent", "zh", "Tashkent"}, // per cell gives only ru
		{"«Astana»", "ru", "Астана"},   // quotes do not make a new text
		{"Tashkent", "en", "Tashkent"}, // no en anywhere
		{"Ташкент", "ru", "Ташкент"},   // already in the language
	} {
		if got := s.Text(c.text, c.lang); got != c.want {
			t.Errorf("Text(%q, %s) = %q, want %q", c.text, c.lang, got, c.want)
		}
	}
	var none *Set
	if got := none.Text("Astana", "ru"); got != "Astana" {
		t.Errorf("nil Set: Text = %q, want the text as written", got)
	}
	for _, c := range []struct {
		text, lang string
		want       bool
	}{
		{"Minsk", "ru", true}, {"Minsk", "en", false}, {"Минск", "ru", false}, {"Минск", "zh", true},
		{"Astana", "ru", false}, {"2025", "zh", false}, {"明斯克", "zh", false}, {"明斯克", "en", true},
	} {
		if got := s.Untranslated(c.text, c.lang); got != c.want {
			t.Errorf("Untranslated(%q, %s) = %v, want %v", c.text, c.lang, got, c.want)
		}
	}
}

// TestReadDiagnostics: a text given twice and a column that is not a
// language are diagnostics at their cells, not a silent choice.
func TestReadDiagnostics(t *testing.T) {
	path := writeRows(t, [][]string{
		{"Text", "en", "Русский", "fr", "zh", "Comment"},
		{"Tashkent", "", "Ташкент", "Tachkent", "塔什干", "own"},
		{"Astana", "", "Астана"},
		{" TASHKENT", "", "Ташкенд"},   // clashes with row 2
		{"astana", "", "", "", "阿斯塔纳"}, // completes row 3
		{"", "", "Минск"},
	})
	b, ds, err := Read(path, "templates/translations.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		cell string
		sev  diag.Severity
		want string
	}{
		{"D1", diag.Warning, `the column "fr" is not a language of the editions`},
		{"A4", diag.Error, `the text "TASHKENT" is also at A2, translated differently: ru "Ташкент" there, "Ташкенд" here`},
		{"A5", diag.Warning, `the text "astana" is also at A3`},
		{"A6", diag.Warning, "a translation without the text"},
	} {
		found := false
		for _, d := range ds {
			if d.File == "templates/translations.xlsx" && d.Sheet == "Translations" && d.Cell() == c.cell && d.Severity == c.sev && strings.Contains(d.Message, c.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s at %s saying %q; got:\n%v", c.sev, c.cell, c.want, ds)
		}
	}
	if len(ds) != 4 {
		t.Errorf("%d diagnostics, want 4:\n%v", len(ds), ds)
	}
	if got, _ := b.Lookup("Tashkent", "ru"); got != "Ташкент" {
		t.Errorf("ru of Tashkent = %q, want the first row's", got)
	}
	if got, _ := b.Lookup("Astana", "zh"); got != "阿斯塔纳" {
		t.Errorf("zh of Astana = %q, want the second row's (the rows are combined)", got)
	}
	if got := b.Find("Tashkent").Comment; got != "own" {
		t.Errorf("comment = %q", got)
	}
	if _, _, err := Read(filepath.Join(t.TempDir(), "none.xlsx"), "none.xlsx"); !os.IsNotExist(err) {
		t.Errorf("a missing workbook: err = %v, want not exist", err)
	}
}

// TestWorklistAndMerge: the worklist keeps every row of the workbook and
// puts the gaps first with where they appear; merging a filled copy back
// loses nothing already translated.
func TestWorklistAndMerge(t *testing.T) {
	book := NewBook()
	e := book.Add("Astana")
	e.In["ru"], e.In["zh"], e.Comment = "Астана", "阿斯塔纳", "kept"
	book.Add("Minsk").In["ru"] = "Минск"
	s := NewSet(nil, book)
	uses := []Use{{Text: "Minsk", Section: "agreements", Column: "place", Count: 2}, {Text: "Tashkent", Section: "conference", Column: "city", Count: 8}, {Text: "Astana", Section: "agreements", Column: "place"}}
	gaps := s.Gaps(uses, []string{"en", "ru", "zh"})
	if len(gaps) != 2 || gaps[0].Text != "Minsk" || strings.Join(gaps[0].Langs, ",") != "zh" || gaps[1].Text != "Tashkent" || strings.Join(gaps[1].Langs, ",") != "ru,zh" {
		t.Fatalf("gaps = %+v", gaps)
	}
	work, hl := book.Worklist(gaps)
	var texts []string
	for _, e := range work.Entries {
		texts = append(texts, e.Text)
	}
	if got := strings.Join(texts, "|"); got != "Minsk|Tashkent|Astana" {
		t.Errorf("worklist order = %s, want the gaps first, then the rest", got)
	}
	if got := work.Find("Minsk"); got.In["ru"] != "Минск" || got.Where != "agreements" || got.Column != "Place" || got.Count != 2 || strings.Join(hl(got), ",") != "zh" {
		t.Errorf("Minsk in the worklist = %+v, highlighted %v", got, hl(got))
	}
	data, err := work.Bytes(hl, time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "work.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	back, ds, err := Read(path, "work.xlsx")
	if err != nil || len(ds) > 0 {
		t.Fatalf("read back: %v %v", err, ds)
	}
	back.Find("Tashkent").In["ru"] = "Ташкент"
	back.Find("Minsk").In["ru"] = "" // a translator cleared a cell: not lost
	back.Find("Minsk").In["zh"] = "明斯克"
	if n := book.Merge(back); n != 2 {
		t.Errorf("Merge changed %d cells, want 2", n)
	}
	for _, c := range []struct{ text, lang, want string }{
		{"Minsk", "ru", "Минск"}, {"Minsk", "zh", "明斯克"}, {"Tashkent", "ru", "Ташкент"}, {"Astana", "zh", "阿斯塔纳"},
	} {
		if got, _ := book.Lookup(c.text, c.lang); got != c.want {
			t.Errorf("after the merge, %s of %q = %q, want %q", c.lang, c.text, got, c.want)
		}
	}
	if book.Find("Astana").Comment != "kept" {
		t.Error("the merge lost a comment")
	}
}
