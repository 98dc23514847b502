package xlsx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"ratsreport/report/model"
)

// stressData returns n border reports of the reporting year (ten states,
// twenty operations, some figures not reported) and the fixture's other
// records.
func stressData(n int) *model.Data {
	d := testData()
	states := []string{"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK", "IR", "BY"}
	d.Border = model.Borders{}
	var ops [20]model.Name // resolved once each, as the reader does
	for i := range ops {
		ops[i] = operation(fmt.Sprintf("Operation-%02d", i), testYear)
	}
	for i := range n {
		vals := make([]model.Dec, 9)
		for k := range vals {
			switch {
			case (i+k)%17 == 0:
				vals[k] = model.Dec{} // not reported
			case k == 3 || k == 6: // kg
				vals[k] = dec(int64(i%5000) + 125)
			default:
				vals[k] = whole(int64((i + k) % 50))
			}
		}
		d.Border.Append(&model.BorderReport{BorderSite: &model.BorderSite{Operation: ops[i%20], State: states[i%len(states)], Section: []string{"external", "internal"}[i%2], Area: fmt.Sprintf("Checkpoint %d", i/200)}, Start: model.DateOf(day(testYear, 1+i%12, 1+i%28)), End: model.DateOf(day(testYear, 1+i%12, 1+i%28)), Values: model.FiguresOf(vals...), Provenance: model.Provenance{Origin: origin("sources/2025/border-"+states[i%len(states)]+".xlsx", "Border operations", 2+i/len(states))}})
	}
	return d
}

// TestStreamsBorderRows renders 200,000 border reports. The sheet must hold
// all of them, written by the stream writer (inline strings, no shared
// string table: the normal API would have built one, at many times the
// memory), and the render must stay fast.
func TestStreamsBorderRows(t *testing.T) {
	n := 200_000
	if testing.Short() {
		n = 20_000
	}
	in := newInput(t, stressData(n), nil)
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	b, err := Render(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	t.Logf("rendered %d border rows in %v: %.1f MB workbook, %.0f MB allocated", n, took.Round(time.Millisecond),
		float64(len(b))/1e6, float64(after.TotalAlloc-before.TotalAlloc)/1e6)
	if limit := 60 * time.Second; took > limit {
		t.Errorf("rendering %d rows took %v, more than %v", n, took, limit)
	}

	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var sheet *zip.File
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet3.xml" { // the third sheet: Border operations
			sheet = f
		}
	}
	if sheet == nil {
		t.Fatal("no xl/worksheets/sheet3.xml")
	}
	rc, err := sheet.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	rows, inline, shared, lastRow := 0, 0, 0, ""
	header := ""
	sc := bufio.NewReader(rc)
	buf := make([]byte, 0, 1<<20)
	for {
		chunk, err := sc.ReadSlice('>')
		buf = append(buf[:0], chunk...)
		s := string(buf)
		switch {
		case strings.HasPrefix(s, "<row "):
			rows++
			if i := strings.Index(s, `r="`); i >= 0 {
				lastRow = s[i+3 : i+3+strings.Index(s[i+3:], `"`)]
			}
		case strings.Contains(s, `t="inlineStr"`):
			inline++
		case strings.Contains(s, `t="s"`):
			shared++
		}
		if rows == 1 && header == "" && strings.HasSuffix(s, "</t>") {
			header = strings.TrimSuffix(s, "</t>")
		}
		if err == io.EOF {
			break
		}
		if err != nil && err != bufio.ErrBufferFull {
			t.Fatal(err)
		}
	}
	if rows != n+1 || lastRow != fmt.Sprint(n+1) {
		t.Errorf("Border operations: %d rows, the last numbered %s; want %d", rows, lastRow, n+1)
	}
	if header != "Operation" {
		t.Errorf("Border operations starts with %q, want the header Operation", header)
	}
	if inline == 0 || shared > 0 {
		t.Errorf("Border operations: %d inline and %d shared strings; want the stream writer's inline strings only", inline, shared)
	}
	fig, _ := in.Summary.Figure("border.violators")
	t.Logf("border violators in %d: %d (from %d reports)", testYear, fig.Value.Milli/1000, n)
}
