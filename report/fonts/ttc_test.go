package fonts

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/golang/freetype/truetype"
	"github.com/phpdave11/gofpdf"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"

	"ratsreport/report/internal/testtool"
)

func TestExtractTTC(t *testing.T) {
	ttc := systemFont(t, wqyPath)
	coll, err := sfnt.ParseCollection(ttc)
	if err != nil {
		t.Fatal(err)
	}
	for face := 0; face < coll.NumFonts(); face++ {
		ttf, err := ExtractTTC(ttc, face)
		if err != nil {
			t.Fatalf("ExtractTTC(face %d): %v", face, err)
		}
		t.Logf("face %d: %d bytes", face, len(ttf))
		again, _ := ExtractTTC(ttc, face)
		if !bytes.Equal(ttf, again) {
			t.Errorf("face %d: two extractions differ", face)
		}
		if sum := checksum(ttf); sum != 0xB1B0AFBA {
			t.Errorf("face %d: whole-font checksum = %#x, want 0xb1b0afba", face, sum)
		}
		f, err := sfnt.Parse(ttf)
		if err != nil {
			t.Fatalf("face %d: sfnt.Parse: %v", face, err)
		}
		var b sfnt.Buffer
		name, err := f.Name(&b, sfnt.NameIDFull)
		wantName := []string{"WenQuanYi Micro Hei", "WenQuanYi Micro Hei Mono"}[face]
		if err != nil || name != wantName || f.NumGlyphs() < 20000 {
			t.Errorf("face %d: name %q (%v), %d glyphs; want %q with over 20000 glyphs", face, name, err, f.NumGlyphs(), wantName)
		}
		for _, r := range "中文Жz" {
			if gi, err := f.GlyphIndex(&b, r); err != nil || gi == 0 {
				t.Errorf("face %d: no glyph for %q (%v)", face, r, err)
			}
		}
		// The fonts go-chart and the PDF library use must accept it.
		if _, err := truetype.Parse(ttf); err != nil {
			t.Errorf("face %d: freetype: %v", face, err)
		}
		pdf := gofpdf.New("P", "mm", "A4", "")
		pdf.AddUTF8FontFromBytes("wqy", "", ttf)
		pdf.AddPage()
		pdf.SetFont("wqy", "", 12)
		const text = "上海合作组织 ШОС"
		pdf.Cell(40, 10, text)
		var out bytes.Buffer
		if err := pdf.Output(&out); err != nil {
			t.Fatalf("face %d: gofpdf: %v", face, err)
		}
		// Differential check: poppler reads the text back.
		pdftotext, err := exec.LookPath("pdftotext")
		if err != nil {
			if os.Getenv("RATSREPORT_REQUIRE_TOOLS") == "1" {
				t.Fatalf("RATSREPORT_REQUIRE_TOOLS=1 but %v", err)
			}
			continue
		}
		path := filepath.Join(t.TempDir(), "wqy.pdf")
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := exec.Command(pdftotext, path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		if strings.TrimSpace(string(got)) != text {
			t.Errorf("face %d: pdftotext = %q, want %q", face, got, text)
		}
	}
}

func TestExtractTTCErrors(t *testing.T) {
	hdr := func(n uint32, offs ...uint32) []byte {
		b := []byte("ttcf\x00\x01\x00\x00")
		b = binary.BigEndian.AppendUint32(b, n)
		for _, o := range offs {
			b = binary.BigEndian.AppendUint32(b, o)
		}
		return b
	}
	tests := []struct {
		name string
		in   []byte
		face int
		want string
	}{
		{"plain ttf", goregular.TTF, 0, "not a font collection"},
		{"empty", nil, 0, "not a font collection"},
		{"face range", hdr(1, 16), 1, "out of range"},
		{"negative face", hdr(1, 16), -1, "out of range"},
		{"truncated header", hdr(3, 16), 2, "truncated header"},
		{"offset", hdr(1, 1000), 0, "offset 1000 out of range"},
		{"directory", append(hdr(1, 16), 0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0), 0, "truncated table directory"},
	}
	for _, tt := range tests {
		_, err := ExtractTTC(tt.in, tt.face)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ExtractTTC = %v, want error containing %q", tt.name, err, tt.want)
		}
	}
}

const wqyPath = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

func systemFont(t *testing.T, path string) []byte { return testtool.SystemFile(t, path) }
