package pdfdoc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"golang.org/x/image/font/gofont/goregular"
)

// samplePages is the page count of the sample document: cover, one
// contents page, nine body pages. A layout change may change it: check the
// renders by eye (pdftoppm) before updating it.
const samplePages = 11

func renderSample(t *testing.T) []byte {
	t.Helper()
	b, err := sampleDoc(t).Render()
	if err != nil {
		t.Fatalf("Render() error: %v", err)
	}
	return b
}

func TestRenderIsReproducible(t *testing.T) {
	first := renderSample(t)
	for i := 0; i < 3; i++ {
		if again := renderSample(t); !bytes.Equal(first, again) {
			t.Fatalf("render %d differs from the first (%d vs %d bytes)", i+2, len(again), len(first))
		}
	}
	// Concurrent renders must not disturb each other (no package-level
	// state).
	var wg sync.WaitGroup
	results := make([][]byte, 4)
	errs := make([]error, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = sampleDoc(t).Render()
		}()
	}
	wg.Wait()
	for i := range results {
		if errs[i] != nil {
			t.Fatalf("concurrent render %d: %v", i, errs[i])
		}
		if !bytes.Equal(first, results[i]) {
			t.Errorf("concurrent render %d differs from the sequential one", i)
		}
	}
}

// TestRenderedSample checks the structure of the rendered sample.
func TestRenderedSample(t *testing.T) {
	pdf := renderSample(t)
	path := writePDF(t, pdf)
	want := sampleHeadings()

	tests := []struct {
		name  string
		check func(t *testing.T)
	}{
		{"page count", func(t *testing.T) {
			n, err := api.PageCount(bytes.NewReader(pdf), nil)
			if err != nil {
				t.Fatal(err)
			}
			if n != samplePages {
				t.Errorf("PageCount = %d, want %d", n, samplePages)
			}
		}},
		{"outline", func(t *testing.T) {
			bms, err := api.Bookmarks(bytes.NewReader(pdf), nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []headingEntry
			var walk func([]pdfcpu.Bookmark, int)
			walk = func(bs []pdfcpu.Bookmark, level int) {
				for _, b := range bs {
					got = append(got, headingEntry{level, b.Title})
					walk(b.Kids, level+1)
				}
			}
			walk(bms, 1)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("outline = %v, want %v", got, want)
			}
		}},
		{"footers", func(t *testing.T) {
			pages := pageTexts(t, path)
			if len(pages) != samplePages {
				t.Fatalf("pdftotext found %d pages, want %d", len(pages), samplePages)
			}
			if strings.Contains(pages[0], "Page ") || strings.Contains(pages[0], "Annual Report of the Executive Committee, 2024") {
				t.Errorf("cover has a page label or running header:\n%s", pages[0])
			}
			for i := 1; i < len(pages); i++ {
				label := fmt.Sprintf("Page %d of %d", i+1, samplePages)
				if !strings.Contains(pages[i], label) {
					t.Errorf("page %d: no footer label %q", i+1, label)
				}
				if !strings.Contains(pages[i], "Annual Report of the Executive Committee, 2024") {
					t.Errorf("page %d: no running header", i+1)
				}
			}
		}},
		{"contents page numbers", func(t *testing.T) {
			pages := pageTexts(t, path)
			listed := contentsNumbers(t, pages, want)
			bms, err := api.Bookmarks(bytes.NewReader(pdf), nil)
			if err != nil {
				t.Fatal(err)
			}
			outlinePages := map[string]int{}
			var walk func([]pdfcpu.Bookmark)
			walk = func(bs []pdfcpu.Bookmark) {
				for _, b := range bs {
					outlinePages[b.Title] = b.PageFrom
					walk(b.Kids)
				}
			}
			walk(bms)
			for _, h := range want {
				actual := headingPage(pages, h.text)
				if listed[h.text] != actual {
					t.Errorf("contents lists %q on page %d, it is on page %d", h.text, listed[h.text], actual)
				}
				if outlinePages[h.text] != actual {
					t.Errorf("outline points %q to page %d, it is on page %d", h.text, outlinePages[h.text], actual)
				}
			}
		}},
		{"contents links", func(t *testing.T) {
			tool := needTool(t, "qpdf", "to read link annotations")
			out, err := exec.Command(tool, "--json", "--json-key=pages", "--json-key=qpdf", path).Output()
			if err != nil {
				t.Fatalf("qpdf --json: %v", err)
			}
			var doc struct {
				Pages []struct {
					Object string `json:"object"`
				} `json:"pages"`
				QPDF []json.RawMessage `json:"qpdf"`
			}
			if err := json.Unmarshal(out, &doc); err != nil || len(doc.QPDF) < 2 {
				t.Fatalf("qpdf json: %v", err)
			}
			var objects map[string]struct {
				Value struct {
					Annots []struct {
						Subtype string `json:"/Subtype"`
						Dest    []any  `json:"/Dest"`
					} `json:"/Annots"`
				} `json:"value"`
			}
			if err := json.Unmarshal(doc.QPDF[1], &objects); err != nil {
				t.Fatalf("qpdf json objects: %v", err)
			}
			pageOf := map[string]int{}
			for i, p := range doc.Pages {
				pageOf[p.Object] = i + 1
			}
			bms, err := api.Bookmarks(bytes.NewReader(pdf), nil)
			if err != nil {
				t.Fatal(err)
			}
			var wantPages []int
			var walk func([]pdfcpu.Bookmark)
			walk = func(bs []pdfcpu.Bookmark) {
				for _, b := range bs {
					wantPages = append(wantPages, b.PageFrom)
					walk(b.Kids)
				}
			}
			walk(bms)
			var got []int
			for _, a := range objects["obj:"+doc.Pages[1].Object].Value.Annots {
				if a.Subtype != "/Link" || len(a.Dest) == 0 {
					continue
				}
				ref, _ := a.Dest[0].(string)
				got = append(got, pageOf[ref])
			}
			if fmt.Sprint(got) != fmt.Sprint(wantPages) {
				t.Errorf("contents links go to pages %v, headings are on %v", got, wantPages)
			}
		}},
		{"table header on every table page", func(t *testing.T) {
			pages := pageTexts(t, path)
			row := regexp.MustCompile(`Operation \d{3}`)
			header := regexp.MustCompile(`No\.\s+Operation\s+State\s+Participants\s+Detained`)
			spanned := 0
			for i, p := range pages {
				if !row.MatchString(p) {
					continue
				}
				spanned++
				if !header.MatchString(p) {
					t.Errorf("page %d has table rows but no header row", i+1)
				}
			}
			if spanned < 3 {
				t.Errorf("table spans %d pages, want at least 3", spanned)
			}
			for i := 1; i <= tableRows; i++ {
				if !strings.Contains(strings.Join(pages, ""), fmt.Sprintf("Operation %03d", i)) {
					t.Errorf("row %d missing", i)
				}
			}
		}},
		{"fonts embedded", func(t *testing.T) {
			tool := needTool(t, "pdffonts", "to list fonts")
			out, err := exec.Command(tool, path).Output()
			if err != nil {
				t.Fatalf("pdffonts: %v", err)
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			if len(lines) < 3 {
				t.Fatalf("pdffonts lists no fonts:\n%s", out)
			}
			for _, l := range lines[2:] {
				f := strings.Fields(l)
				if len(f) < 7 || f[len(f)-5] != "yes" {
					t.Errorf("font not embedded: %s", l)
				}
				if !strings.Contains(f[1]+f[2], "TrueType") {
					t.Errorf("font is not TrueType (a core font?): %s", l)
				}
			}
		}},
		{"qpdf check", func(t *testing.T) {
			tool := needTool(t, "qpdf", "to check the PDF structure")
			out, err := exec.Command(tool, "--check", path).CombinedOutput()
			if err != nil {
				t.Errorf("qpdf --check: %v\n%s", err, out)
			}
		}},
		{"metadata", func(t *testing.T) {
			for _, s := range []string{"/CreationDate (D:20250314093000)", "/ModDate (D:20250314093000)"} {
				if !bytes.Contains(pdf, []byte(s)) {
					t.Errorf("PDF lacks %s", s)
				}
			}
			tool := needTool(t, "pdfinfo", "to read metadata")
			out, err := exec.Command(tool, path).Output()
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range []string{"Title:           Annual Report 2024", "Creator:         ratsreport", "Producer:        " + producer} {
				if !strings.Contains(string(out), s) {
					t.Errorf("pdfinfo lacks %q:\n%s", s, out)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.check)
	}
}

// contentsNumbers reads the page number printed after each heading on the
// contents pages (the pages before the first heading's page).
func contentsNumbers(t *testing.T, pages []string, hs []headingEntry) map[string]int {
	t.Helper()
	got := map[string]int{}
	for _, p := range pages[1:] {
		for _, line := range strings.Split(p, "\n") {
			line = strings.TrimSpace(line)
			for _, h := range hs {
				if _, done := got[h.text]; done || !strings.HasPrefix(line, h.text+" ") {
					continue
				}
				f := strings.Fields(line)
				n, err := strconv.Atoi(f[len(f)-1])
				if err != nil {
					continue
				}
				got[h.text] = n
			}
		}
		if len(got) == len(hs) {
			break
		}
	}
	if len(got) != len(hs) {
		t.Fatalf("contents has %d of %d entries: %v", len(got), len(hs), got)
	}
	return got
}

// headingPage returns the 1-based page where a heading line appears, after
// the contents (a line that is exactly the heading text).
func headingPage(pages []string, text string) int {
	seen := 0
	for i, p := range pages {
		for _, line := range strings.Split(p, "\n") {
			if strings.TrimSpace(line) == text {
				seen = i + 1
			}
		}
		if seen > 0 {
			return seen
		}
	}
	return 0
}

// TestContentsOverSeveralPages renders a document with so many headings
// that the contents take more than one page, and checks every number.
func TestContentsOverSeveralPages(t *testing.T) {
	d := New(sampleConfig())
	d.Cover(TextBlock{Text: "Long contents", Size: 20})
	var hs []headingEntry
	for i := 1; i <= 12; i++ {
		h := fmt.Sprintf("Chapter %d", i)
		d.Add(Heading(1, h), Paragraph(loremEN))
		hs = append(hs, headingEntry{1, h})
		for j := 1; j <= 7; j++ {
			h := fmt.Sprintf("Section %d.%d", i, j)
			d.Add(Heading(2, h), Paragraph(loremEN), Paragraph(loremEN))
			hs = append(hs, headingEntry{2, h})
		}
	}
	pdf, err := d.Render()
	if err != nil {
		t.Fatal(err)
	}
	path := writePDF(t, pdf)
	pages := pageTexts(t, path)
	listed := contentsNumbers(t, pages, hs)
	if listed["Chapter 1"] < 4 {
		t.Errorf("contents fit on %d page(s), want a test with at least 2", listed["Chapter 1"]-2)
	}
	for _, h := range hs {
		if got := headingPage(pages, h.text); got != listed[h.text] {
			t.Errorf("contents lists %q on page %d, it is on page %d", h.text, listed[h.text], got)
		}
	}
	// No heading is the last line of text above a page's footer.
	for i, p := range pages {
		lines := nonEmptyLines(p)
		if len(lines) < 2 {
			continue
		}
		last := strings.TrimSpace(lines[len(lines)-2]) // before the footer
		for _, h := range hs {
			if last == h.text {
				t.Errorf("page %d ends with heading %q", i+1, h.text)
			}
		}
	}
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestRenderTime renders a document of more than 20 pages; it must take
// well under a second (the bound here is loose, to catch a quadratic
// slowdown rather than to benchmark).
func TestRenderTime(t *testing.T) {
	d := sampleDoc(t)
	for i := 0; i < 5; i++ {
		d.Add(Heading(1, fmt.Sprintf("Annex %d", i+1)), sampleTable())
	}
	start := time.Now()
	pdf, err := d.Render()
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	n, err := api.PageCount(bytes.NewReader(pdf), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages, %d bytes, rendered in %v", n, len(pdf), elapsed)
	if n < 20 {
		t.Errorf("test document has %d pages, want at least 20", n)
	}
	if elapsed > 3*time.Second {
		t.Errorf("render took %v", elapsed)
	}
}

func BenchmarkRenderSample(b *testing.B) {
	d := sampleDoc(b)
	for b.Loop() {
		if _, err := d.Render(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSameFontEmbeddedOnce renders the sample with one font for every
// style (as a CJK font serves all four; Bold a copy of the bytes): the
// font is registered and embedded once, and the bold and italic runs are
// drawn with it. With four distinct faces, all four are embedded.
func TestSameFontEmbeddedOnce(t *testing.T) {
	fonts := func(pdf []byte) int { return bytes.Count(pdf, []byte("/Subtype /Type0")) }
	cfg := sampleConfig()
	cfg.Fonts = Fonts{Regular: goregular.TTF, Bold: bytes.Clone(goregular.TTF), Italic: goregular.TTF}
	d := sampleDoc(t)
	d.cfg = cfg
	one, err := d.Render()
	if err != nil {
		t.Fatal(err)
	}
	if n := fonts(one); n != 1 {
		t.Errorf("one font for every style: %d fonts embedded, want 1", n)
	}
	if n := fonts(renderSample(t)); n != 4 {
		t.Errorf("four faces: %d fonts embedded, want 4", n)
	}
	fs, err := newFontSet(cfg.Fonts)
	if err != nil {
		t.Fatal(err)
	}
	for st := Regular; st <= BoldItalic; st++ {
		if fs.as(st) != Regular || fs.face(st) != fs.face(Regular) {
			t.Errorf("style %d is drawn as %d", st, fs.as(st))
		}
	}
}
