package pdfdoc

import (
	"bytes"
	"errors"
	"fmt"
	"image/png"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/johnfercher/maroto/v2"
	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/phpdave11/gofpdf"
	"golang.org/x/image/font/gofont/goregular"
)

// TestFpdfHook guards the one reflection hack (fpdfhook.go): if a maroto
// upgrade moves gofpdf out of the provider's "fpdf" field, this fails and
// says so. Bookmarks, contents links and reproducible output depend on it.
func TestFpdfHook(t *testing.T) {
	m := maroto.New()
	var got *gofpdf.Fpdf
	var hookErr error
	called := false
	m.AddRows(row.New(10).Add(col.New().Add(&hook{fn: func(p core.Provider, _ *entity.Cell) {
		called = true
		got, hookErr = fpdfOf(p)
	}})))
	if _, err := m.Generate(); err != nil {
		t.Fatalf("maroto Generate: %v", err)
	}
	if !called {
		t.Fatal("maroto did not render the custom component: the marker mechanism is broken")
	}
	if hookErr != nil || got == nil {
		t.Fatalf("fpdfOf(maroto provider) = %v, %v: maroto's provider changed; outline, contents links and reproducible dates need a new way to reach gofpdf", got, hookErr)
	}
	if got.PageNo() != 1 {
		t.Errorf("reached gofpdf reports page %d, want 1", got.PageNo())
	}
	if _, err := fpdfOf(nil); err == nil {
		t.Error("fpdfOf(nil) succeeded")
	}
}

// TestMeasureMatchesGofpdf checks that our measure equals gofpdf's, which
// maroto uses to decide whether a line needs wrapping.
func TestMeasureMatchesGofpdf(t *testing.T) {
	type fontCase struct {
		name string
		ttf  []byte
	}
	fonts := []fontCase{{"go", goregular.TTF}}
	texts := []string{
		"The Executive Committee, 2024: 1 284 persons (−6%).",
		"Исполнительный комитет — «совместные учения» №7",
		"国际合作 反恐怖机构执行委员会，2024年。",
		"mixed 中文 and Ελληνικά ✓ \u00a0",
	}
	if cjk, err := loadWQY(); err == nil {
		fonts = append(fonts, fontCase{"wqy", cjk})
	}
	for _, f := range fonts {
		fc, err := newFace(f.name, f.ttf)
		if err != nil {
			t.Fatal(err)
		}
		pdf := gofpdf.New("P", "mm", "A4", "")
		pdf.AddUTF8FontFromBytes("m", "", f.ttf)
		for _, size := range []float64{8, 10, 10.5, 26} {
			pdf.SetFont("m", "", size)
			for _, s := range texts {
				want := pdf.GetStringWidth(s)
				if got := unitsToMM(fc.units(s), size); got != want {
					t.Errorf("%s %gpt: width(%q) = %v, gofpdf says %v", f.name, size, s, got, want)
				}
			}
		}
		if err := pdf.Error(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWrap(t *testing.T) {
	fc, err := newFace("go", goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	em := unitsToMM(fc.runeWidth('执'), 10)
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"fits", "short line", 100, []string{"short line"}},
		{"spaces collapse", "  a   b\tc  ", 100, []string{"a b c"}},
		{"newline", "one\ntwo\n\nfour", 100, []string{"one", "two", "", "four"}},
		{"empty", "", 100, []string{""}},
		{"breaks at spaces", "alpha beta gamma delta", 22, []string{"alpha beta", "gamma delta"}},
		{"long word broken", "abcdefghijklmnopqrstuvwxyz", 20, []string{"abcdefghijkl", "mnopqrstuv", "wxyz"}},
		{"nbsp does not break", "1\u00a0284 persons", 14, []string{"1\u00a0284", "persons"}},
		// The Go font has no CJK glyphs: each counts as its missing-glyph
		// width, em; 5.5 em holds five.
		{"CJK between characters", "执行委员会协调成员国", 5.5 * em, []string{"执行委员会", "协调成员国"}},
		{"CJK comma not at line start", "执行委员会，协调成员国", 5.5 * em, []string{"执行委员", "会，协调成", "员国"}},
		{"CJK brackets kept with their text", "执行委员（协调）成员国", 5.5 * em, []string{"执行委员", "（协调）成", "员国"}},
		{"CJK and Latin", "委员会ABC委员会", 5.5 * em, []string{"委员会", "ABC委员", "会"}},
		{"after a hyphen in a word", "Государства-участники", 25, []string{"Государства-", "участники"}},
		{"hyphen kept when it fits", "Государства-участники", 100, []string{"Государства-участники"}},
		{"not before a digit", "Solidarity-2025 report", 25, []string{"Solidarity-2025", "report"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrap(fc, tt.text, 10, tt.width)
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("wrap(%q, %g mm) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
			for _, line := range got {
				if w := unitsToMM(fc.units(line), 10); w > tt.width && len([]rune(line)) > 1 {
					t.Errorf("line %q is %.2f mm, wider than %g", line, w, tt.width)
				}
			}
		})
	}
}

func TestPaginate(t *testing.T) {
	line := func(h float64, keep bool) *unit { return &unit{h: h, keep: keep} }
	glue := func(h float64, keep bool) *unit { return &unit{h: h, glue: true, keep: keep} }
	header := &unit{h: 5, keep: true}
	row := func() *unit { return &unit{h: 10, repeat: header} }
	heading := &unit{h: 8, keep: true, heading: 1}

	tests := []struct {
		name string
		in   []*unit
		want string // pages of unit heights, "|" between pages
	}{
		{"fits", []*unit{line(40, false), line(50, false)}, "40 50"},
		{"overflow", []*unit{line(60, false), line(50, false)}, "60|50"},
		{"glue dropped at top", []*unit{line(95, false), glue(10, false), line(10, false)}, "95|10"},
		{"heading moves with two lines",
			[]*unit{line(85, false), heading, glue(2, true), line(5, true), line(5, false), line(5, false)},
			"85|8 2 5 5 5"},
		{"heading and two lines just fit",
			[]*unit{line(79.9, false), heading, glue(2, true), line(5, true), line(5, false), line(5, false)},
			"79.9 8 2 5 5|5"},
		{"spacing does not end a chain",
			[]*unit{line(85, false), heading, glue(2, true), glue(3, false), line(5, true), line(5, false)},
			"85|8 2 3 5 5"},
		{"table split repeats header",
			[]*unit{line(50, false), header, row(), row(), row(), row(), row(), row()},
			"50 5 10 10 10 10|5 10 10"},
		{"table header not left alone",
			[]*unit{line(90, false), header, row(), row(), row()},
			"90|5 10 10 10"},
		{"page break at top does nothing",
			[]*unit{{newPage: true}, line(10, false), {newPage: true}, {newPage: true}, line(10, false)},
			"10|10"},
		{"fills share the rest", []*unit{{fill: true}, line(20, false), {fill: true}, line(20, false)}, "29.9995 20 29.9995 20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := paginate(tt.in, 100)
			if err != nil {
				t.Fatal(err)
			}
			var ps []string
			for _, p := range pages {
				var hs []string
				for _, pl := range p {
					hs = append(hs, fmt.Sprintf("%.6g", pl.h))
				}
				ps = append(ps, strings.Join(hs, " "))
			}
			if got := strings.Join(ps, "|"); got != tt.want {
				t.Errorf("paginate = %q, want %q", got, tt.want)
			}
		})
	}
	if _, err := paginate([]*unit{line(10, false), line(120, false)}, 100); !errors.Is(err, errTooTall) {
		t.Errorf("paginate(too tall) error = %v, want %v", err, errTooTall)
	}
}

// TestNoHeadingAtPageBottom lays out many documents whose headings fall at
// every position on a page and checks that a heading is always followed on
// its page by at least two lines of text.
func TestNoHeadingAtPageBottom(t *testing.T) {
	fonts, err := newFontSet(goFonts())
	if err != nil {
		t.Fatal(err)
	}
	for lead := 0; lead < 40; lead++ {
		var hs []headingEntry
		l := &layouter{fonts: fonts, width: textWidth, area: bodyArea, headings: &hs, state: &renderState{}, images: newImageSet()}
		blocks := []Block{Heading(1, "Start")}
		for i := 0; i < lead; i++ {
			blocks = append(blocks, TextBlock{Text: "filler line"})
		}
		for i := 0; i < 12; i++ {
			blocks = append(blocks, Heading(2, fmt.Sprintf("Section %d", i)), Paragraph(loremEN), Heading(2, "Table"), sampleTableN(3))
		}
		if err := l.blocks(blocks); err != nil {
			t.Fatal(err)
		}
		pages, err := paginate(l.units, bodyArea)
		if err != nil {
			t.Fatal(err)
		}
		for pi, p := range pages {
			for i, pl := range p {
				if pl.u.heading == 0 {
					continue
				}
				after := 0
				for _, next := range p[i+1:] {
					if !next.u.glue && next.u.heading == 0 {
						after++
					}
				}
				if after < 2 {
					t.Errorf("lead %d, page %d: heading %q followed by %d rows on its page", lead, pi+1, hs[pl.u.heading-1].text, after)
				}
			}
		}
	}
}

func sampleTableN(n int) Table {
	t := sampleTable()
	t.Rows = t.Rows[:n]
	t.Total, t.Note = nil, ""
	return t
}

func TestImageWidthsMadeDistinct(t *testing.T) {
	a, b, c := chartPNG(t, 300, 100, 1), chartPNG(t, 300, 120, 2), chartPNG(t, 301, 100, 3)
	s := newImageSet()
	var widths []int
	for _, p := range [][]byte{a, b, a, c} {
		img, err := s.add(p)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(img.png))
		if err != nil {
			t.Fatal(err)
		}
		widths = append(widths, cfg.Width)
	}
	// a keeps 300; b (also 300) becomes 301; a again is the same picture;
	// c (301, now taken) becomes 302.
	if got, want := fmt.Sprint(widths), "[300 301 300 302]"; got != want {
		t.Errorf("embedded widths = %s, want %s", got, want)
	}
}

func TestRenderErrors(t *testing.T) {
	withCfg := func(f func(*Config)) *Document {
		c := sampleConfig()
		f(&c)
		d := New(c)
		d.Add(Heading(1, "H"), Paragraph("text"))
		return d
	}
	withBody := func(bs ...Block) *Document {
		d := New(sampleConfig())
		d.Add(bs...)
		return d
	}
	tallCell := strings.Repeat("line\n", 80)
	tests := []struct {
		name string
		doc  *Document
		want string
	}{
		{"no date", withCfg(func(c *Config) { c.Date = time.Time{} }), "Date is required"},
		{"no font", withCfg(func(c *Config) { c.Fonts = Fonts{} }), "regular face is required"},
		{"collection", withCfg(func(c *Config) { c.Fonts.Bold = []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01") }), "font bold: font collection"},
		{"not a font", withCfg(func(c *Config) { c.Fonts.Italic = []byte("hello, world") }), "font italic: not a TrueType font"},
		{"heading level", withBody(Heading(3, "Deep")), `block 1: heading "Deep": level 3, want 1 or 2`},
		{"row cells", withBody(Table{Title: "T", Columns: []Column{{Header: "a"}}, Rows: [][]string{{"1", "2"}}}), `row 1 has 2 cells, want 1`},
		{"bad image", withBody(Paragraph("x"), Image([]byte("not a png"), 100, "")), "block 2: image 1: decode png"},
		{"row taller than a page", withBody(Table{Columns: []Column{{}}, Rows: [][]string{{tallCell}}}), "content taller than a page"},
		{"heading on cover", func() *Document { d := New(sampleConfig()); d.Cover(Heading(1, "x")); return d }(), "cover: headings belong in the body"},
		{"cover too long", func() *Document {
			d := New(sampleConfig())
			d.Cover(TextBlock{Text: tallCell + tallCell})
			return d
		}(), "cover: does not fit on one page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.doc.Render()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Render() error = %v, want one containing %q", err, tt.want)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "pdfdoc: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

// TestChinese renders Chinese text with a CJK font (WenQuanYi Micro Hei,
// skipped if not installed) and checks that it wraps inside the margins
// and extracts intact.
func TestChinese(t *testing.T) {
	cjk := wqyTTF(t)
	c := sampleConfig()
	c.Fonts = Fonts{Regular: cjk}
	c.Organisation = "上海合作组织地区反恐怖机构"
	c.ReportTitle = "执行委员会2024年度报告"
	c.Marking = "内部使用"
	c.PageLabel = func(p, n int) string { return fmt.Sprintf("第%d页，共%d页", p, n) }
	c.ContentsTitle = "目录"
	para := strings.Repeat("执行委员会协调了成员国主管机关在打击恐怖主义、分裂主义和极端主义方面的工作，组织了联合反恐演习（包括“天山-2024”），并交换了情报信息。", 4)
	d := New(c)
	d.Cover(TextBlock{Text: "执行委员会年度报告", Size: 26, Style: Bold, Tone: ToneAccent, SpaceBefore: 40})
	d.Add(
		Heading(1, "一、概述"),
		Paragraph(para),
		Heading(2, "（一）联合演习"),
		Paragraph(para+" Mixed Latin text and Кириллица in one paragraph."),
		Table{Title: "表1 各成员国边境行动", Columns: []Column{{Header: "国家", Width: 1}, {Header: "说明", Width: 3}, {Header: "人数", Width: 1, Align: AlignRight}},
			Rows: [][]string{{"哈萨克斯坦", "山区边境联合搜索行动，动用了航空部队和边防部队", "1 284"}, {"中国", "边境巡逻", "77"}}},
	)
	pdf, err := d.Render()
	if err != nil {
		t.Fatal(err)
	}
	path := writePDF(t, pdf)
	pages := pageTexts(t, path)
	all := strings.Join(pages, "")
	for _, s := range []string{"第2页，共3页", "一、概述", "哈萨克斯坦"} {
		if !strings.Contains(all, s) {
			t.Errorf("extracted text lacks %q", s)
		}
	}
	if got := strings.Join(strings.Fields(strings.Join(pages[2:], "")), ""); !strings.Contains(got, "成员国主管机关") {
		t.Errorf("paragraph text not found intact")
	}
}

func TestEdgeDocuments(t *testing.T) {
	cfg := sampleConfig()
	noContents := cfg
	noContents.ContentsTitle = ""
	noLabel := cfg
	noLabel.PageLabel = nil
	tests := []struct {
		name    string
		cfg     Config
		cover   []Block
		body    []Block
		pages   int
		outline int
		text    string // expected somewhere in the PDF text, if poppler is present
	}{
		{"empty", cfg, nil, nil, 1, 0, ""},
		{"cover only", cfg, []Block{TextBlock{Text: "Title"}}, nil, 1, 0, "Title"},
		{"body without headings has no contents", cfg, nil, []Block{Paragraph("text")}, 2, 0, "Page 2 of 2"},
		{"no contents title", noContents, nil, []Block{Heading(1, "A"), Paragraph("a"), Heading(1, "B")}, 3, 2, "Page 3 of 3"},
		{"level 2 first", cfg, nil, []Block{Heading(2, "Intro"), Paragraph("a"), Heading(1, "A"), Heading(2, "A.1"), Paragraph("b")}, 4, 3, "Intro"},
		{"page breaks never make empty pages", noContents, nil, []Block{PageBreak(), Paragraph("a"), PageBreak(), PageBreak(), Paragraph("b"), PageBreak()}, 3, 0, ""},
		{"default page label", noLabel, nil, []Block{Paragraph("a")}, 2, 0, "2 / 2"},
		{"characters outside the BMP", cfg, nil, []Block{Heading(1, "Emoji 😀"), Paragraph("text 😀 𝐀 end"), Table{Columns: []Column{{Header: "𝐀"}}, Rows: [][]string{{"😀"}}}, Heading(1, "B")}, 4, 2, "end"},
		{"fill in body", noContents, nil, []Block{Paragraph("top"), Fill(), Paragraph("bottom"), Paragraph("next page?")}, 2, 0, "bottom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(tt.cfg)
			d.Cover(tt.cover...)
			d.Add(tt.body...)
			pdf, err := d.Render()
			if err != nil {
				t.Fatal(err)
			}
			n, err := api.PageCount(bytes.NewReader(pdf), nil)
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.pages {
				t.Errorf("pages = %d, want %d", n, tt.pages)
			}
			// (pdfcpu's Bookmarks skips a lone top-level entry and lists
			// its children instead: each case here has none or several.)
			bms, err := api.Bookmarks(bytes.NewReader(pdf), nil)
			if err != nil && tt.outline > 0 {
				t.Fatal(err)
			}
			count := 0
			var walk func([]pdfcpu.Bookmark)
			walk = func(bs []pdfcpu.Bookmark) {
				for _, b := range bs {
					count++
					walk(b.Kids)
				}
			}
			walk(bms)
			if count != tt.outline {
				t.Errorf("outline has %d entries, want %d", count, tt.outline)
			}
			path := writePDF(t, pdf)
			if tt.text != "" {
				// pdftotext may drop narrow spaces ("2 / 2" comes out "2/2").
				squash := strings.NewReplacer(" ", "", "\n", "")
				if all := strings.Join(pageTexts(t, path), ""); !strings.Contains(squash.Replace(all), squash.Replace(tt.text)) {
					t.Errorf("text lacks %q:\n%s", tt.text, all)
				}
			}
			tool := needTool(t, "qpdf", "to check the PDF structure")
			if out, err := exec.Command(tool, "--check", path).CombinedOutput(); err != nil {
				t.Errorf("qpdf --check: %v\n%s", err, out)
			}
		})
	}
}

// TestRenderManyLayouts renders documents whose rows end at many different
// positions on the page. Render checks itself that maroto and gofpdf put
// every page break, and every heading, where pdfdoc's layout did.
func TestRenderManyLayouts(t *testing.T) {
	chart := chartPNG(t, 400, 150, 1)
	for lead := 0; lead < 24; lead++ {
		d := New(sampleConfig())
		d.Add(Heading(1, "Start"))
		for i := 0; i < lead; i++ {
			d.Add(TextBlock{Text: fmt.Sprintf("filler %d", i), SpaceAfter: float64(i%3) * 0.7})
		}
		for i := 0; i < 4; i++ {
			d.Add(Heading(2, fmt.Sprintf("Section %d", i)), Paragraph(loremEN), sampleTableN(4+lead%5),
				Image(chart, 60+float64(lead), "Figure"), Spacer(float64(lead%4)))
		}
		if _, err := d.Render(); err != nil {
			t.Errorf("lead %d: %v", lead, err)
		}
	}
}
