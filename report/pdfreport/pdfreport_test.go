package pdfreport

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	pdfmodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/fonts"
	"ratsreport/report/ingest"
	"ratsreport/report/internal/testtool"
	"ratsreport/report/lang"
	"ratsreport/report/pdfdoc"
	"ratsreport/report/summary"
)

func TestMain(m *testing.M) {
	pdfmodel.ConfigPath = "disable" // pdfcpu would write a config folder under $HOME
	os.Exit(m.Run())
}

var (
	sampleOnce sync.Once
	sampleCfg  *config.Config
	sampleRes  *ingest.Result
	sampleErr  error
)

// sample reads the shipped sample once.
func sample(t *testing.T) (*config.Config, *ingest.Result) {
	t.Helper()
	sampleOnce.Do(func() {
		sampleCfg, sampleErr = config.Load("../../config.toml")
		if sampleErr == nil {
			sampleRes, sampleErr = ingest.Read(context.Background(), sampleCfg, ingest.Options{})
		}
	})
	if sampleErr != nil {
		t.Fatal(sampleErr)
	}
	return sampleCfg, sampleRes
}

// render renders the sample's report in lang and writes it to a file.
func render(t *testing.T, language string) (path string, in Input) {
	t.Helper()
	cfg, res := sample(t)
	texts, _, err := lang.Load(os.DirFS("../../templates"), language)
	if err != nil {
		t.Fatal(err)
	}
	fam := fonts.Go()
	if language == "zh" {
		if fam, err = fonts.CJK(os.Getenv); err != nil {
			testtool.Missing(t, err.Error())
		}
	}
	var warnings diag.List
	for _, d := range res.Diags {
		if d.Severity == diag.Warning {
			warnings = append(warnings, d)
		}
	}
	in = Input{Config: cfg, Summary: summary.Build(cfg, res.Data, cfg.Report.Year), Warnings: warnings,
		Texts: texts, Fonts: fam, Date: cfg.Report.DocumentDate}
	pdf, err := Render(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), "report-"+language+".pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, in
}

// TestContent checks, in every language, that the extracted text holds
// every section title, and that every key figure printed equals the value
// computed from the records, formatted in the language.
func TestContent(t *testing.T) {
	for _, language := range []string{"en", "ru", "zh"} {
		t.Run(language, func(t *testing.T) {
			path, in := render(t, language)
			pages := testtool.PageTexts(t, path, true)
			all := testtool.Fields(strings.Join(pages, "\n"))
			r := &renderer{in: in, t: in.Texts, cfg: in.Config, s: in.Summary, lang: language}
			tx := in.Texts
			for _, key := range []string{"section.key_figures", "section.exercises", "section.border", "section.conference",
				"section.agreements", "section.annex", "section.sources", "section.warnings", "section.methodology",
				"subsection.border_ops", "subsection.border_states", "subsection.border_yoy", "subsection.conference_sessions",
				"subsection.agreements_partners", "subsection.agreements_contacts", "doc.contents"} {
				if title := tx.T(key); !strings.Contains(all, testtool.Fields(title)) {
					t.Errorf("%s: no %q in the text", key, title)
				}
			}
			// Every key figure: its label, this year's and last year's
			// value on one line of the key-figures tables.
			for _, f := range in.Summary.Key {
				label := r.figureLabel(f)
				want := testtool.Fields(r.amount(f.Value, f.Decimal) + " " + r.amount(f.Prev, f.Decimal))
				if kp := keyPages(pages, tx.T("section.key_figures")); !lineWith(kp, label, want) {
					t.Errorf("key figure %s: no line with %q and %q on the key figures pages:\n%s", f.Key, label, want, kp)
				}
			}
			// State names come from the configuration in the language.
			for _, code := range []string{"KZ", "RU", "CN"} {
				if name := in.Config.StateName(code, language); !strings.Contains(all, name) {
					t.Errorf("state %s: no %q", code, name)
				}
			}
			if !strings.Contains(all, testtool.Fields(in.Config.Report.Classification.In(language))) {
				t.Error("no classification marking")
			}
		})
	}
}

// keyPages returns the text of the key figures pages: the page after the
// contents that holds the section's title, and the page after it.
func keyPages(pages []string, title string) string {
	for i := 2; i < len(pages); i++ {
		if strings.Contains(testtool.Fields(pages[i]), testtool.Fields(title)) {
			if i+1 < len(pages) {
				return pages[i] + "\n" + pages[i+1]
			}
			return pages[i]
		}
	}
	return ""
}

// lineWith reports whether a line of text starts with label (after its
// leading blanks) and holds values after it.
func lineWith(text, label, values string) bool {
	for _, line := range strings.Split(text, "\n") {
		l := testtool.Fields(line)
		if strings.HasPrefix(l, testtool.Fields(label)) && strings.Contains(l[len(testtool.Fields(label)):], values) {
			return true
		}
	}
	return false
}

// TestKeyFiguresFromRecords checks the figures against sums computed here
// from the records, independently of package summary.
func TestKeyFiguresFromRecords(t *testing.T) {
	path, in := render(t, "en")
	cfg, res := sample(t)
	year := cfg.Report.Year
	var violators int64
	var missing int
	for _, b := range res.Data.Border.All() {
		if b.Year() == year {
			if b.Values.At(0).Reported {
				violators += b.Values.At(0).Milli / 1000
			} else {
				missing++
			}
		}
	}
	exercises := 0
	for _, e := range res.Data.Exercises {
		if e.Year() == year {
			exercises++
		}
	}
	participants := int64(0)
	for _, s := range res.Data.Sessions {
		if s.Year() == year && s.Participants.Reported {
			participants += s.Participants.V
		}
	}
	page := testtool.Fields(keyPages(testtool.PageTexts(t, path, true), in.Texts.T("section.key_figures")))
	for _, want := range []string{
		"Border violators detained, persons " + in.Texts.Int(violators),
		"Joint exercises held " + in.Texts.Int(int64(exercises)),
		"Conference participants " + in.Texts.Int(participants),
	} {
		if !strings.Contains(page, want) {
			t.Errorf("no %q on the key figures page", want)
		}
	}
	if violators == 0 || exercises == 0 || participants == 0 {
		t.Errorf("the sample should have figures for %d: %d, %d, %d", year, violators, exercises, participants)
	}
}

// TestContentsAndOutline: the contents lists every heading with the page
// where it really is, and the PDF outline has the same entries.
func TestContentsAndOutline(t *testing.T) {
	path, _ := render(t, "en")
	pages := testtool.PageTexts(t, path, true)
	type entry struct {
		title string
		page  int
	}
	var contents []entry
	for _, line := range strings.Split(pages[1], "\n") {
		f := strings.Fields(line)
		front := len(f) >= 2 && (strings.HasPrefix(line, "Foreword") || strings.HasPrefix(line, "Executive summary"))
		if len(f) < 3 && !front || !front && !headingNumber.MatchString(f[0]) {
			continue
		}
		n, err := strconv.Atoi(f[len(f)-1])
		if err != nil {
			continue
		}
		title := strings.TrimRight(strings.Join(f[:len(f)-1], " "), " .")
		contents = append(contents, entry{strings.TrimSpace(strings.TrimRight(title, ".")), n})
	}
	if len(contents) < 15 {
		t.Fatalf("found %d contents entries:\n%s", len(contents), pages[1])
	}
	for _, c := range contents {
		if c.page < 1 || c.page > len(pages) {
			t.Errorf("%q: page %d out of range", c.title, c.page)
			continue
		}
		if !strings.Contains(testtool.Fields(pages[c.page-1]), c.title) {
			t.Errorf("%q is listed on page %d but is not there", c.title, c.page)
		}
	}
	f, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	bms, err := api.Bookmarks(bytes.NewReader(f), nil)
	if err != nil {
		t.Fatal(err)
	}
	var outline []entry
	var walk func([]pdfcpu.Bookmark)
	walk = func(bs []pdfcpu.Bookmark) {
		for _, b := range bs {
			outline = append(outline, entry{b.Title, b.PageFrom})
			walk(b.Kids)
		}
	}
	walk(bms)
	if len(outline) != len(contents) {
		t.Fatalf("outline has %d entries, contents %d:\n%v\n%v", len(outline), len(contents), outline, contents)
	}
	for i := range outline {
		if outline[i] != contents[i] {
			t.Errorf("entry %d: outline %v, contents %v", i, outline[i], contents[i])
		}
	}
}

// TestDeterministic: the same inputs give the same bytes.
func TestDeterministic(t *testing.T) {
	a, _ := render(t, "en")
	b, _ := render(t, "en")
	x, _ := os.ReadFile(a)
	y, _ := os.ReadFile(b)
	if !bytes.Equal(x, y) {
		t.Error("two renders differ")
	}
}

var headingNumber = regexp.MustCompile(`^\d+\.(\d+)?$`)

// TestCapRows: a table lists at most maxRows records and says how many
// more there are, in the language; a short table is left alone.
func TestCapRows(t *testing.T) {
	texts, _, err := lang.Load(os.DirFS("../../templates"), "ru")
	if err != nil {
		t.Fatal(err)
	}
	r := &renderer{t: texts}
	long := pdfdoc.Table{Note: "Источник: тест."}
	for i := 0; i < maxRows+1234; i++ {
		long.Rows = append(long.Rows, []string{strconv.Itoa(i)})
	}
	got := r.capRows(long)
	if len(got.Rows) != maxRows || got.Rows[maxRows-1][0] != strconv.Itoa(maxRows-1) {
		t.Errorf("kept %d rows", len(got.Rows))
	}
	if want := "Источник: тест. … и ещё 1\u00a0234 строк; полный перечень — в сводной таблице Excel."; got.Note != want {
		t.Errorf("note = %q, want %q", got.Note, want)
	}
	short := pdfdoc.Table{Rows: [][]string{{"a"}}}
	if got := r.capRows(short); len(got.Rows) != 1 || got.Note != "" {
		t.Errorf("short table changed: %+v", got)
	}
}
