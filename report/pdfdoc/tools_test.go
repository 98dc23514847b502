package pdfdoc

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"ratsreport/report/internal/testtool"
)

func TestMain(m *testing.M) {
	// pdfcpu would otherwise create a configuration directory under the
	// user's home (and exit the process if it cannot).
	model.ConfigPath = "disable"
	os.Exit(m.Run())
}

// needTool returns the path of an external tool, or skips the test when it
// is absent, unless RATSREPORT_REQUIRE_TOOLS=1, which makes that a failure.
func needTool(t *testing.T, name, why string) string { return testtool.Need(t, name, why) }

// writePDF writes b to a file in a temporary directory and returns its
// path. With PDFDOC_OUT=dir it also keeps a copy there, named after the
// test, for looking at the pages (pdftoppm -png -r 60).
func writePDF(t *testing.T, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("PDFDOC_OUT"); dir != "" {
		name := strings.NewReplacer("/", "_", " ", "_").Replace(t.Name()) + ".pdf"
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// pageTexts extracts the text of every page with pdftotext -layout.
func pageTexts(t *testing.T, path string) []string { return testtool.PageTexts(t, path, true) }

// wqyTTF returns face 0 of WenQuanYi Micro Hei as a TrueType font, or skips
// the test if the font is not installed (Debian fonts-wqy-microhei), with
// the same RATSREPORT_REQUIRE_TOOLS rule as needTool.
func wqyTTF(t testing.TB) []byte {
	t.Helper()
	ttf, err := loadWQY()
	if err != nil {
		if os.Getenv("RATSREPORT_REQUIRE_TOOLS") == "1" {
			t.Fatalf("CJK font not available (Debian fonts-wqy-microhei) and RATSREPORT_REQUIRE_TOOLS=1: %v", err)
		}
		t.Skipf("CJK font not available (Debian fonts-wqy-microhei): %v", err)
	}
	return ttf
}

// loadWQY reads WenQuanYi Micro Hei and extracts face 0.
func loadWQY() ([]byte, error) {
	const path = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	ttf, err := ttcFace(b, 0)
	if err != nil {
		return nil, fmt.Errorf("extract face 0 of %s: %w", path, err)
	}
	return ttf, nil
}

// ttcFace extracts one face of a TrueType collection as a standalone
// TrueType font: the face's table directory with its tables copied after
// it (offsets rewritten, tables 4-byte aligned).
func ttcFace(b []byte, n int) ([]byte, error) {
	be := binary.BigEndian
	if len(b) < 12 || string(b[:4]) != "ttcf" || int(be.Uint32(b[8:12])) <= n {
		return nil, os.ErrInvalid
	}
	off := int(be.Uint32(b[12+4*n:]))
	numTables := int(be.Uint16(b[off+4:]))
	head := 12 + 16*numTables
	var out bytes.Buffer
	out.Write(b[off : off+12])
	dir := make([]byte, 16*numTables)
	var data bytes.Buffer
	for i := 0; i < numTables; i++ {
		rec := b[off+12+16*i : off+28+16*i]
		tOff, tLen := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		copy(dir[16*i:], rec)
		be.PutUint32(dir[16*i+8:], uint32(head+data.Len()))
		data.Write(b[tOff : tOff+tLen])
		for data.Len()%4 != 0 {
			data.WriteByte(0)
		}
	}
	out.Write(dir)
	out.Write(data.Bytes())
	return out.Bytes(), nil
}
