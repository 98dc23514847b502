package integrity

import (
	"bytes"
	"fmt"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// benchRows is the size of the benchmark's border sheet, as the reader's
// benchmarks (../ingest/bench_test.go).
const benchRows = 100_000

// borderSheet is a border-operations worksheet part of a header and n
// rows, its sheet data as excelize's stream writer writes it (texts
// inline, dates as styled serials), which is how large workbooks come.
func borderSheet(n int) []byte {
	var b bytes.Buffer
	b.WriteString(scanHead + `<row r="1">`)
	for i, h := range []string{"Operation", "Reporting state", "Start date", "End date", "Section", "Area",
		"Border violators detained (persons)", "Illegal migrants detained (persons)", "Wanted persons detained (persons)",
		"Drugs seized (kg)", "Firearms seized (units)", "Ammunition seized (rounds)", "Explosives seized (kg)",
		"Bladed weapons seized (units)", "Criminal cases opened (cases)"} {
		fmt.Fprintf(&b, `<c r="%c1" t="inlineStr"><is><t>%s</t></is></c>`, 'A'+i, h)
	}
	b.WriteString(`</row>`)
	states := []string{"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK", "IR", "BY"}
	for i := 0; i < n; i++ {
		r, day := i+2, 45900+i%365
		cells := []any{"Solidarity-2025", states[i%len(states)], day, day, "external", fmt.Sprintf("Checkpoint %d", i/len(states)),
			i % 17, i % 23, i % 3, float64(i%1000) / 8, i % 2, i % 50, 0, i % 5, i % 4}
		fmt.Fprintf(&b, `<row r="%d">`, r)
		for c, v := range cells {
			ref, _ := excelize.CoordinatesToCellName(c+1, r)
			switch v := v.(type) {
			case string:
				fmt.Fprintf(&b, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, v)
			case float64:
				fmt.Fprintf(&b, `<c r="%s"><v>%s</v></c>`, ref, strconv.FormatFloat(v, 'f', -1, 64))
			default:
				style := ""
				if c == 2 || c == 3 {
					style = ` s="1"`
				}
				fmt.Fprintf(&b, `<c r="%s"%s><v>%d</v></c>`, ref, style, v)
			}
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(scanTail)
	return b.Bytes()
}

// BenchmarkCheckSheet measures the strict pass over a border sheet's
// part of benchRows rows (MB/s of XML): fast is the byte-level scanner
// (which must not give up on it), slow the encoding/xml path it replaces
// for such sheets, and inflate the floor both include, decompressing the
// part alone.
func BenchmarkCheckSheet(b *testing.B) {
	zf, sst := partZip(b, borderSheet(benchRows)), -1
	check := func(b *testing.B, v *Verdict) {
		if v.Damage != nil || v.LastRow != benchRows+1 {
			b.Fatalf("LastRow %d, damage %v", v.LastRow, v.Damage)
		}
	}
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(zf.UncompressedSize64))
		for i := 0; i < b.N; i++ {
			rc, err := zf.Open()
			if err != nil {
				b.Fatal(err)
			}
			v, ok := scanSheet(rc, sst, DefaultLimits.MaxDepth, scanBufSize, nil)
			rc.Close()
			if !ok {
				b.Fatal("the fast path gave up")
			}
			check(b, v)
		}
	})
	b.Run("slow", func(b *testing.B) {
		b.SetBytes(int64(zf.UncompressedSize64))
		for i := 0; i < b.N; i++ {
			check(b, decodeSheet(zf, sst, DefaultLimits.MaxDepth, nil))
		}
	})
	b.Run("inflate", func(b *testing.B) {
		b.SetBytes(int64(zf.UncompressedSize64))
		for i := 0; i < b.N; i++ {
			if err := drain(zf); err != nil {
				b.Fatal(err)
			}
		}
	})
}
