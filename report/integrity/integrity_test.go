package integrity

import (
	"bytes"
	"strings"
	"testing"
)

// TestOpen checks what Open says of files that are no workbook, and that
// a sound workbook gets a verdict without damage for each of its sheets.
func TestOpen(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"empty", "", "the file is empty"},
		{"legacy", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1junk", "legacy Excel 97-2003"},
		{"PDF", "%PDF-1.7\n", "this is a PDF"},
		{"text", "Name;Kind\n", "not a zip package"},
		{"broken zip", "PK\x03\x04junk", "not a readable zip package"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pk, err := Open(strings.NewReader(tt.data), int64(len(tt.data)), Limits{})
			if pk != nil || err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open = %v, %v; want an error containing %q", pk, err, tt.want)
			}
		})
	}
	book := cellBook(t)
	pk, err := Open(bytes.NewReader(book), int64(len(book)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	defer pk.Close()
	for _, name := range []string{"Texts", "Numbers", "Dates", "Formulas", "Stream"} {
		if _, err := pk.Guard(name); err != nil {
			t.Errorf("Guard(%q) = %v", name, err)
		}
	}
	rep, err := pk.Verify()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Texts", "Numbers", "Dates", "Formulas", "Stream"} {
		if v := rep.Sheet(name); v == nil || v.Damage != nil || v.LastRow == 0 {
			t.Errorf("Sheet(%q) = %+v; want a sound sheet", name, v)
		}
	}
	if v := rep.Sheet("Nowhere"); v != nil {
		t.Errorf("Sheet(%q) = %+v; want nil", "Nowhere", v)
	}
}

// TestDamageRow checks the row a damage is found at, by both paths of
// the strict pass: the row a diagnostic then points to.
func TestDamageRow(t *testing.T) {
	for _, tt := range []struct {
		name, xml string
		row       int
		want      string
	}{
		{"rows out of order", scanHead + `<row r="2"/><row r="1"/>` + scanTail, 1, "row 1 after row 2"},
		{"bad row number", scanHead + `<row r="3"/><row r="x"/>` + scanTail, 4, `row numbered "x"`},
		{"cells out of order", scanHead + `<row r="5"><c r="B5"/><c r="A5"/></row>` + scanTail, 5, "cell A5 after a cell to its right"},
		{"truncated", scanHead + `<row r="7"><c r="A7"><v>1</v></c>`, 8, "truncated after row 7"},
		{"mismatched end tag", scanHead + `<row r="9"></c></row>` + scanTail, 9, "damaged near row 9"},
		{"syntax", scanHead + `<row r="9"/><<` + scanTail, 10, "damaged near row 10"},
		{"chart sheet", `<chartsheet/>`, 0, "a chart sheet"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			zf := partZip(t, []byte(tt.xml))
			for path, v := range map[string]*Verdict{"verifySheet": verifySheet(zf, -1, 64, nil), "decodeSheet": decodeSheet(zf, -1, 64, nil)} {
				if v.Damage == nil || v.Damage.Row != tt.row || !strings.Contains(v.Damage.Error(), tt.want) {
					t.Errorf("%s: Damage = %+v; want row %d, %q", path, v.Damage, tt.row, tt.want)
				}
			}
		})
	}
}

// TestWithDefaults checks that a zero field takes its default and any
// other keeps its value.
func TestWithDefaults(t *testing.T) {
	if got := (Limits{}).WithDefaults(); got != DefaultLimits {
		t.Errorf("Limits{}.WithDefaults() = %+v, want %+v", got, DefaultLimits)
	}
	want := DefaultLimits
	want.MaxDepth, want.MaxColumns = 5, 7
	if got := (Limits{MaxDepth: 5, MaxColumns: 7}).WithDefaults(); got != want {
		t.Errorf("WithDefaults() = %+v, want %+v", got, want)
	}
}
