package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ratsreport/report/build"
	"ratsreport/report/config"
	"ratsreport/report/fonts"
	"ratsreport/report/load"
	"ratsreport/report/pdfreport"
	"ratsreport/report/summary"
	"ratsreport/report/translate"
)

// TestTranslationsRoundTrip: without a translations workbook, translations
// writes one with every text the editions of 2025 would print
// untranslated; filled in programmatically, the editions print each
// translation (in en and ru: the Go fonts need no CJK font), check counts
// nothing untranslated, and translations then writes nothing.
func TestTranslationsRoundTrip(t *testing.T) {
	cfgPath := copySample(t)
	dir := filepath.Dir(cfgPath)
	work := filepath.Join(dir, "templates", "translations.xlsx")
	run := func(args ...string) (int, string) {
		var out, errs bytes.Buffer
		code := Main(context.Background(), args, &Env{Stdout: &out, Stderr: &errs})
		return code, out.String() + errs.String()
	}
	if code, out := run("check", "--config", cfgPath); code != 0 || !strings.Contains(out, "the zh edition of 2025 would print") {
		t.Fatalf("check before: exit %d, want 0 and a count of untranslated texts:\n%s", code, out)
	}
	if code, out := run("check", "--config", cfgPath, "--strict", "--strict-translations"); code != ExitData {
		t.Fatalf("check --strict --strict-translations before: exit %d, want %d:\n%s", code, ExitData, out)
	}
	if code, out := run("translations", "--config", cfgPath); code != 0 || !strings.Contains(out, "lack a translation") {
		t.Fatalf("translations: exit %d:\n%s", code, out)
	}
	book, ds, err := translate.Read(work, "translations.xlsx")
	if err != nil || len(ds) > 0 {
		t.Fatalf("read the written workbook: %v %v", err, ds)
	}
	if len(book.Entries) < 100 {
		t.Fatalf("the workbook lists %d texts; the sample's 2025 editions print more than 100", len(book.Entries))
	}
	before, err := load.Read(context.Background(), mustConfig(t, cfgPath), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	filled := map[string]string{} // lang + text → the translation filled in
	for i, e := range book.Entries {
		if e.Where == "" || e.Count == 0 {
			t.Errorf("%q: no place or count (%q, %d)", e.Text, e.Where, e.Count)
		}
		for _, l := range translate.Languages {
			// The highlighted cells: what no row and no workbook translates.
			if before.Translations.Untranslated(e.Text, l) {
				if e.In[l] != "" {
					t.Errorf("%q: %s given, yet untranslated", e.Text, l)
				}
				e.In[l] = fmt.Sprintf("%s-%03d", strings.ToUpper(l), i)
				filled[l+"\x00"+e.Text] = e.In[l]
			}
		}
	}
	if len(filled) < 100 {
		t.Fatalf("%d cells filled; the sample's 2025 editions lack more than 100 translations", len(filled))
	}
	data, err := book.Bytes(nil, time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(work, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out := run("check", "--config", cfgPath, "--strict", "--strict-translations"); code != 0 || strings.Contains(out, "untranslated") {
		t.Fatalf("check after filling: exit %d, want 0 and no untranslated text:\n%s", code, out)
	}
	if code, out := run("translations", "--config", cfgPath); code != 0 || !strings.Contains(out, "is translated") {
		t.Fatalf("translations after filling: exit %d, want 0 and nothing to do:\n%s", code, out)
	}
	if now, _ := os.ReadFile(work); !bytes.Equal(now, data) {
		t.Error("translations rewrote a complete workbook")
	}

	// The editions print each filled translation of the texts the PDF
	// shows.
	in, err := load.Read(context.Background(), mustConfig(t, cfgPath), load.Options{Langs: []string{"en", "ru"}, Date: true})
	if err != nil {
		t.Fatal(err)
	}
	s := summary.Build(in.Config, in.Read.Data, in.Config.Report.Year)
	shown := pdfTexts(s)
	for _, l := range []string{"en", "ru"} {
		pin := build.PDFInput(in, s, l)
		pin.Fonts = fonts.Go()
		pages, err := pdfreport.Pages(context.Background(), pin)
		if err != nil {
			t.Fatal(err)
		}
		var text strings.Builder
		for _, p := range pages {
			text.WriteString(p.String())
		}
		n := 0
		for _, x := range shown {
			code, ok := filled[l+"\x00"+x]
			if !ok {
				continue
			}
			n++
			if !strings.Contains(text.String(), code) {
				t.Errorf("the %s edition does not print %s, the translation filled in for %q", l, code, x)
			}
		}
		if l == "ru" && n < 5 {
			t.Errorf("the %s edition: only %d filled translations among the texts the PDF shows", l, n)
		}
	}
}

// pdfTexts are the free texts the PDF report shows: the exercises'
// locations, the conference's cities, sessions and themes, the titles and
// places of the documents signed in the year and the titles of the
// contacts.
func pdfTexts(s *summary.Summary) []string {
	var out []string
	for _, e := range s.Exercises.Year {
		out = append(out, e.Location)
	}
	for _, x := range s.Conference.Sessions {
		out = append(out, x.City, x.Title, x.Theme)
	}
	for _, a := range s.Agreements.Signed {
		out = append(out, a.Title, a.Place)
	}
	for _, a := range s.Agreements.Contacts {
		out = append(out, a.Title)
	}
	return out
}

func mustConfig(t *testing.T, path string) *config.Config {
	t.Helper()
	cfg, err := load.Config(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}
