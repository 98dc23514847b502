package pdfreport_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"ratsreport/report/internal/samplebuild"
	"ratsreport/report/internal/testtool"
	"ratsreport/report/pdfreport"
	"ratsreport/report/translate"
)

// foreignAllowed are the texts of the shipped editions that may stay in
// another script than the edition's, each with its reason. They are not
// free text of the data: the annex's list of sources names each file and
// sheet as it is written (it identifies them), and the document number
// and the digest name are codes. A free text that has no form in the
// edition's language would be listed here too, with its reason; there is
// none in the sample.
var foreignAllowed = map[string]string{
	"SHA-256":         "the name of the digest in the list of sources",
	"Excel":           "the name of the program, in the methodology",
	"RATS/EC/2026/01": "the document number, a code (report.document_number)",
	"sources/":        "file paths in the list of sources and the coverage annex: they locate the files",
}

// Besides foreignAllowed, foreignWords passes over file paths and the
// first 12 hex digits of each file's SHA-256 in the list of sources (they
// locate and identify the files), and the sheet names the sources give
// (sheetNames: the list of sources names each sheet as the workbook
// writes it, Exercises or Учения, to locate it).

// TestEditionsInTheirLanguage checks the shipped editions of 2025: no
// free text of the year's data (translate.Uses: every dataset the report
// shows) is printed in another language than the edition's, in the text
// the layout drew and, with poppler, in the text of the PDF the build
// wrote; and no word of another script is left in the text at all beyond
// foreignAllowed. A dataset added to the report is covered once
// translate.Uses lists its free text, and its texts are in the shipped
// translations workbook (report/sample/translations.go).
func TestEditionsInTheirLanguage(t *testing.T) {
	for _, l := range []string{"en", "ru", "zh"} {
		t.Run(l, func(t *testing.T) {
			b := sample(t)
			in := input(t, b, l, b.Result.Summary)
			pages, err := pdfreport.Pages(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			var laid strings.Builder
			for _, p := range pages {
				laid.WriteString(p.String())
			}
			texts := map[string]string{"the layout": laid.String()}
			if _, err := exec.LookPath("pdftotext"); err == nil || os.Getenv(testtool.RequireEnv) == "1" {
				path := filepath.Join(t.TempDir(), l+".pdf")
				if err := os.WriteFile(path, b.Outputs["ratsreport-2025-"+l+".pdf"], 0o644); err != nil {
					t.Fatal(err)
				}
				texts["the PDF (pdftotext)"] = strings.Join(testtool.PageTexts(t, path, false), "\n")
			}
			uses := translate.Uses(b.Result.Summary)
			if len(uses) < 100 {
				t.Fatalf("the 2025 editions print %d free texts; the sample has more than 100", len(uses))
			}
			for what, text := range texts {
				flat := squeeze(text)
				for _, u := range uses {
					if sc := translate.Script(u.Text); sc == "" || sc == l {
						continue
					}
					if strings.Contains(flat, squeeze(u.Text)) {
						t.Errorf("%s of the %s edition prints %q (%s) as written, in another language", what, l, u.Text, u.Where())
					}
				}
				for _, w := range foreignWords(text, l, sheetNames(b)) {
					t.Errorf("%s of the %s edition has %q in another script, which is not among the allowed exceptions", what, l, w)
				}
			}
		})
	}
}

// squeeze drops white space, as a table cell may wrap anywhere.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// sheetNames are the names of the data sheets the sources hold, as
// written, longest first.
func sheetNames(b *samplebuild.Build) []string {
	seen := map[string]bool{}
	var out []string
	for _, src := range b.Result.Summary.Sources {
		for _, sh := range src.Sheets {
			if sh.Dataset != "" && !seen[sh.Name] {
				seen[sh.Name] = true
				out = append(out, sh.Name)
			}
		}
	}
	// A wrapped table cell puts a name's words on lines of their own.
	for _, n := range out {
		for _, w := range strings.Fields(n) {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

var (
	latinWord    = regexp.MustCompile(`[A-Za-z][A-Za-z0-9\-/.]*`)
	cyrillicWord = regexp.MustCompile(`[\p{Cyrillic}][\p{Cyrillic}\-]*`)
	pathLike     = regexp.MustCompile(`sources/\S*|\S*\.xlsx|\b[0-9a-f]{12}\b`)
)

// foreignWords returns the words of text in a script foreign to lang
// (Latin in ru and zh, Cyrillic in en and zh) that foreignAllowed does
// not cover.
func foreignWords(text, lang string, sheets []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "--- page ") || strings.HasPrefix(line, "[picture ") {
			continue // the layout's own marks (see pdfdoc.PageText)
		}
		line = pathLike.ReplaceAllString(line, " ")
		for k := range foreignAllowed {
			line = strings.ReplaceAll(line, k, " ")
		}
		for _, sh := range sheets {
			line = strings.ReplaceAll(line, sh, " ")
		}
		var words []string
		if lang != "en" {
			words = append(words, latinWord.FindAllString(line, -1)...)
		}
		if lang != "ru" {
			words = append(words, cyrillicWord.FindAllString(line, -1)...)
		}
		for _, w := range words {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}
