package integrity

import (
	"archive/zip"
	"path/filepath"
	"testing"
)

// benchRows is the size of the benchmark's border sheet, as the reader's
// benchmarks (../ingest/bench_test.go).
const benchRows = 100_000

// BenchmarkCheckSheet measures the strict pass over a border sheet's
// part of benchRows rows (MB/s of XML): fast is the byte-level scanner (which must not give
// up on it), slow the encoding/xml path it replaces for such sheets, and
// inflate the floor both include, decompressing the part alone.
func BenchmarkCheckSheet(b *testing.B) {
	p := filepath.Join(b.TempDir(), "border.xlsx")
	if err := writeBorderBook(p, benchRows); err != nil {
		b.Fatal(err)
	}
	zr, err := zip.OpenReader(p)
	if err != nil {
		b.Fatal(err)
	}
	defer zr.Close()
	var zf *zip.File
	sst := -1
	for _, f := range zr.File {
		switch partName(f.Name) {
		case "xl/worksheets/sheet1.xml":
			zf = f
		case sharedStringsPart:
			if sst, err = countSharedStrings(f, DefaultLimits); err != nil {
				b.Fatal(err)
			}
		}
	}
	if zf == nil {
		b.Fatal("no xl/worksheets/sheet1.xml")
	}
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
			v, ok := scanSheet(rc, sst, DefaultLimits.MaxDepth, scanBufSize)
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
			check(b, decodeSheet(zf, sst, DefaultLimits.MaxDepth))
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
