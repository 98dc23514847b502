package chart

import (
	"bytes"
	"errors"
	"flag"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ratsreport/report/internal/testtool"
)

var keep = flag.String("keep", "", "also write the test charts as PNG files to this directory, to look at")

const wqyPath = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

// systemFont reads a font installed on the machine, skipping the test when
// it is absent unless RATSREPORT_REQUIRE_TOOLS=1.
func systemFont(t *testing.T, path string) []byte { return testtool.SystemFile(t, path) }

func vals(v ...float64) []float64 { return v }

var (
	years  = []string{"2020", "2021", "2022", "2023", "2024"}
	states = []string{"Republic of Kazakhstan", "Kyrgyz Republic", "People's Republic of China",
		"Republic of India", "Islamic Republic of Pakistan", "Russian Federation",
		"Republic of Tajikistan", "Republic of Uzbekistan", "Islamic Republic of Iran", "Republic of Belarus"}
	statesRU = []string{"Республика Казахстан", "Кыргызская Республика", "Китайская Народная Республика",
		"Республика Индия", "Исламская Республика Пакистан", "Российская Федерация"}
	statesZH = []string{"哈萨克斯坦共和国", "吉尔吉斯共和国", "中华人民共和国", "印度共和国", "巴基斯坦伊斯兰共和国", "俄罗斯联邦"}
)

type chartCase struct {
	name  string
	style Style
	kind  string // "bar", "hbar", "line"
	bars  Bars
	lines Lines
}

func (c chartCase) render() ([]byte, error) {
	switch c.kind {
	case "hbar":
		return c.style.HorizontalBar(c.bars)
	case "line":
		return c.style.Line(c.lines)
	}
	return c.style.Bar(c.bars)
}

func (c chartCase) paint(t *testing.T) *drawing {
	t.Helper()
	d, err := c.style.paint(c.kind, c.name, func(d *drawing) error {
		switch c.kind {
		case "hbar":
			return d.horizontal(c.bars)
		case "line":
			return d.vertical(c.lines.Title, c.lines.Categories, c.lines.Series, c.lines.YLabel, kindLines, false)
		}
		return d.vertical(c.bars.Title, c.bars.Categories, c.bars.Series, c.bars.YLabel, kindBars, c.bars.Stacked)
	})
	if err != nil {
		t.Fatalf("paint %s: %v", c.name, err)
	}
	return d
}

func latinCases() []chartCase {
	return []chartCase{
		{name: "single", kind: "bar", bars: Bars{Title: "Joint exercises", YLabel: "Exercises", Categories: years,
			Series: []Series{{Name: "Held", Values: vals(3, 1, 2, 4, 1250)}}}},
		{name: "grouped", kind: "bar", bars: Bars{Title: "Persons detained", YLabel: "Persons", Categories: states[:6],
			Series: []Series{
				{Name: "2023", Values: vals(120, 340, 56, 1200, 800, 2300), Missing: []bool{false, false, true, false, false, false}},
				{Name: "2024", Values: vals(150, 310, 80, 1500, 700, 2100)},
				{Name: "2025", Values: vals(170, 290, 90, 1400, 750, 2500)}}}},
		{name: "stacked", kind: "bar", bars: Bars{Title: "Exercises by kind", Stacked: true, Categories: years,
			Series: []Series{{Name: "Command-staff", Values: vals(3, 4, 5, 2, 6)},
				{Name: "Tactical", Values: vals(2, 0, 3, 4, 2), Missing: []bool{false, true, false, false, false}},
				{Name: "Cyber", Values: vals(1, 1, 2, 3, 4)}}}},
		{name: "line", kind: "line", lines: Lines{Title: "Conference participants", YLabel: "Participants", Categories: years,
			Series: []Series{{Name: "Delegates", Values: vals(10, 12, 0, 15, 18), Missing: []bool{false, false, true, false, false}},
				{Name: "Observers", Values: vals(20, 25, 30, 28, 35)}}}},
		{name: "hbar", kind: "hbar", bars: Bars{Title: "Weapons seized", YLabel: "Units", Categories: states,
			Series: []Series{{Name: "2024", Values: vals(1200, 340, 5600, 12000, 8000, 23000, 450, 670, 890, 0),
				Missing: []bool{false, false, false, false, false, false, false, false, false, true}}}}},
		{name: "cyrillic", kind: "bar", bars: Bars{Title: "Задержано лиц по государствам", YLabel: "Человек", Categories: statesRU,
			Series: []Series{{Name: "2023 год", Values: vals(120, 340, 56, 1200, 800, 2300)},
				{Name: "2024 год", Values: vals(150, 310, 80, 1500, 700, 2100)}}}},
		{name: "cyrillic-line", kind: "line", lines: Lines{Title: "Участники конференции", YLabel: "Человек", Categories: years,
			Series: []Series{{Name: "Делегаты", Values: vals(10, 12, 14, 15, 18)}}}},
	}
}

func save(t *testing.T, name string, b []byte) {
	t.Helper()
	if *keep == "" {
		return
	}
	if err := os.WriteFile(filepath.Join(*keep, name+".png"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDeterministic(t *testing.T) {
	cases := latinCases()
	if b, err := os.ReadFile(wqyPath); err == nil {
		cases = append(cases, chartCase{name: "chinese", kind: "bar", style: Style{Font: b}, bars: Bars{
			Title: "联合演习（按年份）", YLabel: "次数", Categories: statesZH,
			Series: []Series{{Name: "2023年", Values: vals(12, 5, 30, 8, 9, 25)}, {Name: "2024年", Values: vals(14, 6, 28, 0, 10, 27)}}}})
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			first, err := c.render()
			if err != nil {
				t.Fatal(err)
			}
			second, err := c.render()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first, second) {
				t.Errorf("%s: two renderings differ (%d and %d bytes)", c.name, len(first), len(second))
			}
			if err := os.WriteFile(filepath.Join(dir, c.name+".png"), first, 0o644); err != nil {
				t.Fatal(err)
			}
			save(t, c.name, first)
		})
	}
}

func TestSize(t *testing.T) {
	bars := Bars{Categories: years, Series: []Series{{Name: "x", Values: vals(1, 2, 3, 4, 5)}}}
	tests := []struct {
		name   string
		style  Style
		hbar   bool
		wantW  int
		wantH  int
		autoOK bool
	}{
		{"default", Style{}, false, 1800, 900, false},
		{"small", Style{WidthPx: 1200, HeightPx: 500}, false, 1200, 500, false},
		{"large", Style{WidthPx: 2400, HeightPx: 1600, PrintWidthMM: 170}, false, 2400, 1600, false},
		{"hbar explicit", Style{WidthPx: 1801, HeightPx: 700}, true, 1801, 700, false},
		{"hbar auto height", Style{WidthPx: 1802}, true, 1802, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b []byte
			var err error
			if tt.hbar {
				b, err = tt.style.HorizontalBar(bars)
			} else {
				b, err = tt.style.Bar(bars)
			}
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := png.DecodeConfig(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if cfg.Width != tt.wantW || (!tt.autoOK && cfg.Height != tt.wantH) {
				t.Errorf("size = %d×%d, want %d×%d", cfg.Width, cfg.Height, tt.wantW, tt.wantH)
			}
			if tt.autoOK && (cfg.Height < 200 || cfg.Height > 900) {
				t.Errorf("auto height = %d, want a few hundred px for 5 rows", cfg.Height)
			}
		})
	}
}

// near reports whether two colours differ by little in every channel.
func near(a, b color.RGBA, tol int) bool {
	d := func(x, y uint8) bool { return math.Abs(float64(x)-float64(y)) <= float64(tol) }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B)
}

func isSeriesColor(c color.RGBA) bool {
	for _, p := range Palette() {
		if near(c, p, 6) {
			return true
		}
	}
	return false
}

// TestMissingDrawsNothing checks that the slot of a missing value holds only
// background and grid lines: no bar, no marker, no zero-height stub.
func TestMissingDrawsNothing(t *testing.T) {
	for _, c := range latinCases() {
		if c.name == "single" || c.name == "cyrillic" || c.name == "cyrillic-line" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			d := c.paint(t)
			g := d.geom
			found := 0
			if c.kind == "line" {
				// Category 2 of series 0 is missing: nothing of series 0 near it.
				cx := g.x0 + 2.5*g.slot
				col := seriesColor(0)
				for y := int(g.y0); y < int(g.y1); y++ {
					for x := int(cx - g.slot/3); x <= int(cx+g.slot/3); x++ {
						if near(d.img.RGBAAt(x, y), col, 30) {
							t.Fatalf("pixel (%d,%d) has series colour next to a missing value", x, y)
						}
					}
				}
				return
			}
			if c.kind == "bar" && c.bars.Stacked {
				// Tactical (series 1) is missing in 2021: that column holds
				// the other segments but nothing of series 1's colour.
				x0, x1 := int(g.x0+g.slot), int(g.x0+2*g.slot)
				for y := int(g.y0); y < int(g.y1); y++ {
					for x := x0; x < x1; x++ {
						if near(d.img.RGBAAt(x, y), seriesColor(1), 20) {
							t.Fatalf("pixel (%d,%d) of a missing segment has its colour", x, y)
						}
					}
				}
				return
			}
			for _, b := range g.bars {
				if !b.missing {
					continue
				}
				found++
				var r image.Rectangle
				if c.kind == "hbar" {
					r = image.Rect(int(g.x0)+4, int(math.Ceil(b.a0))+1, int(g.x1), int(b.a1)-1)
				} else {
					r = image.Rect(int(math.Ceil(b.a0))+1, int(g.y0), int(b.a1)-1, int(d.yOf(&g, 0)-d.pt(0.8)))
				}
				for y := r.Min.Y; y < r.Max.Y; y++ {
					for x := r.Min.X; x < r.Max.X; x++ {
						if px := d.img.RGBAAt(x, y); px != colBackground && px != colGrid {
							t.Fatalf("missing %q/%d: pixel (%d,%d) = %v, want background or grid", c.name, b.cat, x, y, px)
						}
					}
				}
			}
			if found == 0 {
				t.Fatalf("%s: no missing bar recorded", c.name)
			}
		})
	}
}

// TestZeroBased checks that the value axis starts at 0, so that values of
// 100 to 110 draw bars of nearly full height, not stubs above a minimum.
func TestZeroBased(t *testing.T) {
	tests := []struct {
		name string
		kind string
	}{{"bar", "bar"}, {"hbar", "hbar"}, {"line", "line"}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := []Series{{Name: "x", Values: vals(100, 105, 110)}}
			c := chartCase{name: tt.name, kind: tt.kind,
				bars:  Bars{Categories: []string{"a", "b", "c"}, Series: s},
				lines: Lines{Categories: []string{"a", "b", "c"}, Series: s}}
			d := c.paint(t)
			g := d.geom
			if g.sc.min != 0 {
				t.Fatalf("axis min = %v, want 0", g.sc.min)
			}
			if tt.kind == "line" {
				if y := d.yOf(&g, 100); (g.y1-y)/(g.y1-g.y0) < 0.7 {
					t.Errorf("point 100 at %.0f%% of the plot height, want >= 70%%", 100*(g.y1-y)/(g.y1-g.y0))
				}
				return
			}
			// Count bar pixels of the first value (100) across its bar.
			n, full := 0, 0.0
			if tt.kind == "hbar" {
				y := int((g.bars[0].a0 + g.bars[0].a1) / 2)
				for x := int(g.x0); x < int(g.x1); x++ {
					if isSeriesColor(d.img.RGBAAt(x, y)) {
						n++
					}
				}
				full = g.x1 - g.x0
			} else {
				x := int((g.bars[0].a0 + g.bars[0].a1) / 2)
				for y := int(g.y0); y < int(g.y1); y++ {
					if isSeriesColor(d.img.RGBAAt(x, y)) {
						n++
					}
				}
				full = g.y1 - g.y0
			}
			if float64(n) < 0.7*full {
				t.Errorf("bar for 100 is %d px of %.0f, want >= 70%%", n, full)
			}
		})
	}
}

func TestAllMissing(t *testing.T) {
	miss := []Series{{Name: "a", Values: vals(1, 2), Missing: []bool{true, true}},
		{Name: "b", Values: vals(0, 0), Missing: []bool{true, true}}}
	for _, kind := range []string{"bar", "hbar", "line"} {
		t.Run(kind, func(t *testing.T) {
			c := chartCase{name: kind, kind: kind, style: Style{NoData: "No data reported"},
				bars:  Bars{Title: "Nothing", Categories: []string{"a", "b"}, Series: miss},
				lines: Lines{Title: "Nothing", Categories: []string{"a", "b"}, Series: miss}}
			d := c.paint(t)
			g := d.geom
			for y := int(g.y0); y < int(g.y1); y++ {
				for x := int(g.x0); x < int(g.x1); x++ {
					px := d.img.RGBAAt(x, y)
					if near(px, seriesColor(0), 10) || near(px, seriesColor(1), 10) {
						t.Fatalf("pixel (%d,%d) = %v has a series colour in an all-missing chart", x, y, px)
					}
				}
			}
			if _, err := c.render(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	one := []Series{{Name: "x", Values: vals(1)}}
	many := make([]string, 200)
	manyVals := make([]float64, 200)
	for i := range many {
		many[i] = "Category " + strings.Repeat("x", i%7)
	}
	tests := []struct {
		name  string
		style Style
		kind  string
		bars  Bars
		want  string
		is    error
	}{
		{"no categories", Style{}, "bar", Bars{Series: one}, "no categories", ErrNoData},
		{"no categories hbar", Style{}, "hbar", Bars{Series: one}, "no categories", ErrNoData},
		{"no categories line", Style{}, "line", Bars{Series: one}, "no categories", ErrNoData},
		{"no series", Style{}, "bar", Bars{Categories: []string{"a"}}, "no series", ErrNoData},
		{"length", Style{}, "bar", Bars{Categories: []string{"a", "b"}, Series: one}, `series "x" has 1 values for 2 categories`, nil},
		{"missing length", Style{}, "line", Bars{Categories: []string{"a"}, Series: []Series{{Name: "x", Values: vals(1), Missing: []bool{true, false}}}}, "missing flags", nil},
		{"nan", Style{}, "bar", Bars{Categories: []string{"a"}, Series: []Series{{Name: "x", Values: vals(math.NaN())}}}, "not a number", nil},
		{"nan but missing is fine", Style{}, "bar", Bars{Categories: []string{"a"}, Series: []Series{{Name: "x", Values: vals(math.NaN()), Missing: []bool{true}}}}, "", nil},
		{"crowded", Style{WidthPx: 600, HeightPx: 300}, "bar", Bars{Categories: many, Series: []Series{{Name: "x", Values: manyVals}}}, "too many categories", nil},
		{"crowded hbar", Style{WidthPx: 600, HeightPx: 300}, "hbar", Bars{Categories: many, Series: []Series{{Name: "x", Values: manyVals}}}, "too many categories", nil},
		{"crowded line thins", Style{WidthPx: 600, HeightPx: 300}, "line", Bars{Categories: many, Series: []Series{{Name: "x", Values: manyVals}}}, "", nil},
		{"tiny", Style{WidthPx: 100, HeightPx: 50}, "bar", Bars{Categories: []string{"a"}, Series: one}, "out of range", nil},
		{"bad font", Style{Font: []byte("not a font")}, "bar", Bars{Categories: []string{"a"}, Series: one}, "parse font", nil},
		{"tofu", Style{}, "bar", Bars{Categories: []string{"中国"}, Series: one}, "font has no glyph for '中'", nil},
		{"panic", Style{Format: func(float64) string { panic("boom") }}, "bar", Bars{Categories: []string{"a"}, Series: one}, "internal error: boom", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := chartCase{name: tt.name, kind: tt.kind, style: tt.style, bars: tt.bars,
				lines: Lines{Title: tt.bars.Title, Categories: tt.bars.Categories, Series: tt.bars.Series}}
			b, err := c.render()
			if tt.want == "" {
				if err != nil || len(b) == 0 {
					t.Fatalf("render = %d bytes, %v; want a chart", len(b), err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("render error = %v, want it to contain %q", err, tt.want)
			}
			if b != nil {
				t.Errorf("render returned %d bytes with an error", len(b))
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.is)
			}
		})
	}
}

func TestCategoryLabels(t *testing.T) {
	d, err := Style{}.newDrawing()
	if err != nil {
		t.Fatal(err)
	}
	long := make([]string, 30)
	for i := range long {
		long[i] = "Republic of Somewhere Quite Long"
	}
	tests := []struct {
		name      string
		cats      []string
		slot      float64
		thin      bool
		wantAngle float64
		wantLines int // most lines in a label; 0 to skip
		wantEvery int // 0 to skip
	}{
		{"years", years, 300, false, 0, 1, 1},
		{"wrapped", states[:6], 320, false, 0, 2, 1},
		{"rotated 45", long, 55, false, 45, 1, 1},
		{"rotated 90", long, 42, false, 90, 1, 1},
		{"line thinned", append(append([]string{}, years...), years...), 45, true, 0, 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ca, err := d.fitCategories(tt.cats, tt.slot, 0.38*d.h, tt.thin)
			if err != nil {
				t.Fatal(err)
			}
			if ca.angle != tt.wantAngle {
				t.Errorf("angle = %v, want %v", ca.angle, tt.wantAngle)
			}
			most, labelled := 0, 0
			for i, ls := range ca.lines {
				most = max(most, len(ls))
				if len(ls) > 0 {
					labelled++
				}
				if ca.angle == 0 {
					for _, l := range ls {
						if w := d.text.width(l); w > tt.slot*float64(tt.wantEvery) {
							t.Errorf("label %d line %q is %.0f px wide, more than its %.0f px slot", i, l, w, tt.slot)
						}
					}
				}
			}
			if most != tt.wantLines {
				t.Errorf("most lines = %d, want %d", most, tt.wantLines)
			}
			if want := (len(tt.cats) + tt.wantEvery - 1) / tt.wantEvery; labelled != want {
				t.Errorf("labelled %d categories, want %d", labelled, want)
			}
		})
	}
	if _, err := d.fitCategories(long, 20, 0.38*d.h, false); !errors.Is(err, errCrowded) {
		t.Errorf("fitCategories with 20 px slots = %v, want errCrowded", err)
	}
}

func TestWrapCJK(t *testing.T) {
	b := systemFont(t, wqyPath)
	d, err := Style{Font: b}.newDrawing()
	if err != nil {
		t.Fatal(err)
	}
	s := "巴基斯坦伊斯兰共和国"
	lines, ok := d.text.wrapBalanced(s, d.text.width(s)*0.7)
	if !ok || len(lines) != 2 || strings.Join(lines, "") != s {
		t.Fatalf("wrapBalanced(%q) = %q, %v; want two lines", s, lines, ok)
	}
	if a, b := len([]rune(lines[0])), len([]rune(lines[1])); a-b > 1 || b-a > 1 {
		t.Errorf("wrapBalanced(%q) = %q, want lines of similar length", s, lines)
	}
	if d.err != nil {
		t.Fatal(d.err)
	}
}

func TestPieces(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kyrgyz Republic", []string{"Kyrgyz", " Republic"}},
		{"中国，北京", []string{"中", "国，", "北", "京"}},
		{"2024年 data", []string{"2024", "年", " data"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := pieces(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("pieces(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNiceScale(t *testing.T) {
	tests := []struct {
		lo, hi  float64
		integer bool
		want    []float64
	}{
		{0, 110, true, []float64{0, 20, 40, 60, 80, 100, 120}},
		{0, 7, true, []float64{0, 1, 2, 3, 4, 5, 6, 7}},
		{0, 1, true, []float64{0, 1}},
		{0, 13000, true, []float64{0, 2000, 4000, 6000, 8000, 10000, 12000, 14000}},
		{0, 9, false, []float64{0, 2, 4, 6, 8, 10}},
		{0, 3, true, []float64{0, 1, 2, 3}},
		{0, 0, true, []float64{0, 1}},
		{0, 0.9, false, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}},
		{-3.25, 12.5, false, []float64{-5, -2.5, 0, 2.5, 5, 7.5, 10, 12.5}},
		{0, 23000, true, []float64{0, 5000, 10000, 15000, 20000, 25000}},
	}
	for _, tt := range tests {
		got := niceScale(tt.lo, tt.hi, tt.integer, 5).ticks
		if len(got) != len(tt.want) {
			t.Errorf("niceScale(%v, %v) = %v, want %v", tt.lo, tt.hi, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("niceScale(%v, %v) = %v, want %v", tt.lo, tt.hi, got, tt.want)
				break
			}
		}
	}
}

func TestPlain(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"},
		{-0.0001, "0"},
		{999, "999"},
		{1000, "1\u202f000"},
		{1234567.5, "1\u202f234\u202f567.5"},
		{-12345, "-12\u202f345"},
		{0.30000000000000004, "0.3"},
		{2.0005, "2.001"},
	}
	for _, tt := range tests {
		if got := Plain(tt.in); got != tt.want {
			t.Errorf("Plain(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTextSize checks the 9 pt labels come out at 9 pt when the default
// image is printed 190 mm wide: about 30 px per em at 240 dpi.
func TestTextSize(t *testing.T) {
	d, err := Style{}.newDrawing()
	if err != nil {
		t.Fatal(err)
	}
	dpi := d.w / (DefaultPrintWidthMM / 25.4)
	if math.Abs(dpi-240.6) > 0.1 {
		t.Errorf("dpi = %.1f, want 240.6", dpi)
	}
	if got, want := d.text.size, 9*dpi/72; math.Abs(got-want) > 0.01 {
		t.Errorf("label em = %.2f px, want %.2f", got, want)
	}
}

// TestConcurrent checks a Style may be used from several goroutines (run
// with -race): each call parses its own fonts and owns its canvas.
func TestConcurrent(t *testing.T) {
	cases := latinCases()
	want := make([][]byte, len(cases))
	for i, c := range cases {
		b, err := c.render()
		if err != nil {
			t.Fatal(err)
		}
		want[i] = b
	}
	errs := make(chan error, len(cases))
	for i, c := range cases {
		go func() {
			b, err := c.render()
			if err == nil && !bytes.Equal(b, want[i]) {
				err = errors.New(c.name + ": concurrent rendering differs")
			}
			errs <- err
		}()
	}
	for range cases {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestValueLabels(t *testing.T) {
	many := make([]string, 30)
	manyVals := make([]float64, 30)
	for i := range many {
		many[i] = Plain(float64(2000 + i))
		manyVals[i] = float64(i * 1000)
	}
	tests := []struct {
		name string
		c    chartCase
		want bool
	}{
		{"few bars", latinCases()[0], true},
		{"grouped", latinCases()[1], true},
		{"stacked totals", latinCases()[2], true},
		{"two lines", latinCases()[3], false},
		{"one line", latinCases()[6], true},
		{"hbar", latinCases()[4], true},
		{"many bars", chartCase{kind: "bar", bars: Bars{Categories: many, Series: []Series{{Name: "a", Values: manyVals}, {Name: "b", Values: manyVals}}}}, false},
		{"wide numbers", chartCase{kind: "bar", style: Style{WidthPx: 600}, bars: Bars{Categories: years,
			Series: []Series{{Name: "a", Values: vals(1e6, 2e6, 3e6, 4e6, 5e6)}, {Name: "b", Values: vals(1e6, 2e6, 3e6, 4e6, 5e6)}}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.paint(t).geom.labels; got != tt.want {
				t.Errorf("value labels shown = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCollectionAsFont checks a .ttc may be passed as Style.Font directly.
func TestCollectionAsFont(t *testing.T) {
	ttc := systemFont(t, wqyPath)
	b, err := Style{Font: ttc}.Bar(Bars{Title: "中文", Categories: []string{"中国", "俄罗斯"}, Series: []Series{{Name: "x", Values: vals(1, 2)}}})
	if err != nil || len(b) == 0 {
		t.Fatalf("Bar with a .ttc font = %d bytes, %v", len(b), err)
	}
}
