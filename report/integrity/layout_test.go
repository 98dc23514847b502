package integrity

import (
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// TestLayoutScan collects merged ranges and hidden columns however the
// bytes arrive (one at a time: every tag split across reads), with or
// without a namespace prefix, and ignores what is not layout.
func TestLayoutScan(t *testing.T) {
	xml := `<?xml version="1.0"?><x:worksheet xmlns:x="urn"><x:cols><x:col min="2" max="2" width="0" hidden="1"/><x:col min="3" max="5" hidden="0"/>` +
		`<x:col min='7' max='9' hidden='true'/></x:cols><x:sheetData><x:row r="1" hidden="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>` +
		`<x:mergeCells count="3"><x:mergeCell ref="B5:B7"/><x:mergeCell ref="A1:I1"/><x:mergeCell ref="C3"/><x:mergeCell ref="$D$2:$E$2"/></x:mergeCells></x:worksheet>`
	{
		for _, oneByte := range []bool{false, true} {
			ls := &layoutScan{maxMerges: 10}
			var r io.Reader = strings.NewReader(xml)
			if oneByte {
				r = iotest.OneByteReader(r)
			}
			if _, err := scanPart(r, 64, ls); err != nil {
				t.Fatal(err)
			}
			ls.lay.sortMerges()
			want := Layout{
				Merges:     []Range{{1, 1, 1, 9}, {2, 4, 2, 5}, {5, 2, 7, 2}},
				HiddenCols: []Span{{2, 2}, {7, 9}},
			}
			if !reflect.DeepEqual(ls.lay, want) {
				t.Errorf("one byte at a time %v: got %+v, want %+v", oneByte, ls.lay, want)
			}
			if !ls.lay.HiddenCol(8) || ls.lay.HiddenCol(3) {
				t.Error("HiddenCol")
			}
		}
	}
	if got := (Range{5, 2, 7, 2}).String(); got != "B5:B7" {
		t.Errorf("Range.String = %s", got)
	}
}

// TestTooManyMerges refuses a sheet with more merged ranges than the
// limit, with a message saying what to do.
func TestTooManyMerges(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<worksheet><sheetData/><mergeCells>`)
	for i := 1; i <= 11; i++ {
		fmt.Fprintf(&b, `<mergeCell ref="A%d:B%d"/>`, i, i)
	}
	b.WriteString(`</mergeCells></worksheet>`)
	ls := &layoutScan{maxMerges: 10}
	_, err := scanPart(strings.NewReader(b.String()), 64, ls)
	if err == nil || !strings.Contains(err.Error(), "more than 10 merged ranges, the limit") {
		t.Errorf("err = %v", err)
	}
}
