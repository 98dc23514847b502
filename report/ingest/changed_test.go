package ingest

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ratsreport/report/diag"
)

// TestChangedWhileRead: a workbook replaced, truncated, rewritten in place
// or removed while it is read is an error naming the file, and none of its
// records are used; one that stays as it was is read as usual, and no
// input is ever modified by a read.
func TestChangedWhileRead(t *testing.T) {
	tests := []struct {
		name  string
		stage string
		// change alters path, the workbook being read; other is a
		// valid workbook of another content, of the same size.
		// It runs on a reader's goroutine: it must not call t.Fatal.
		change func(t *testing.T, path, other string)
		want   string // in the error's message; "" for no error
	}{
		{"unchanged", "after-read", func(*testing.T, string, string) {}, ""},
		{"replaced during the read", "after-read", func(t *testing.T, path, other string) {
			if err := os.Rename(other, path); err != nil {
				t.Error(err)
			}
		}, "replaced by another file"},
		{"replaced before the read", "before-read", func(t *testing.T, path, other string) {
			if err := os.Rename(other, path); err != nil {
				t.Error(err)
			}
		}, "replaced by another file"},
		{"truncated", "after-read", func(t *testing.T, path, _ string) {
			if err := os.Truncate(path, 100); err != nil {
				t.Error(err)
			}
		}, "its size changed"},
		{"rewritten in place, same size and time", "after-read", func(t *testing.T, path, _ string) {
			fi, _ := os.Stat(path)
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				t.Error(err)
				return
			}
			f.WriteAt([]byte("x"), fi.Size()/2)
			f.Close()
			os.Chtimes(path, fi.ModTime(), fi.ModTime())
		}, "content changed (SHA-256)"},
		{"modification time changed", "after-read", func(t *testing.T, path, _ string) {
			os.Chtimes(path, time.Now(), time.Now().Add(time.Hour))
		}, "modification time changed"},
		{"removed", "after-read", func(t *testing.T, path, _ string) {
			os.Remove(path)
		}, "cannot be found again"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := writeBook(t, dir, "a.xlsx", sheet{name: "Exercises", rows: [][]any{exerciseHeader, exerciseRow(map[int]any{0: "Aaaa"})}})
			old := time.Now().Add(-time.Hour)
			os.Chtimes(path, old, old)
			otherDir := t.TempDir()
			other := writeBook(t, otherDir, "b.xlsx", sheet{name: "Exercises", rows: [][]any{exerciseHeader, exerciseRow(map[int]any{0: "Bbbb"})}})
			readHook = func(stage, p string) {
				if stage == tt.stage && p == path {
					tt.change(t, path, other)
				}
			}
			defer func() { readHook = nil }()
			res := read(t, dir)
			if tt.want == "" {
				if len(res.Data.Exercises) != 1 || res.Diags.Count(diag.Error) != 0 {
					t.Fatalf("%d exercises:%s", len(res.Data.Exercises), dump(res.Diags))
				}
				return
			}
			if len(res.Data.Exercises) != 0 || len(res.Diags) != 1 || !res.Data.Sources[0].Failed ||
				!findDiag(res.Diags, "a.xlsx", diag.Error, tt.want) || !findDiag(res.Diags, "a.xlsx", diag.Error, "the file changed while it was read") {
				t.Errorf("%d exercises, want none and one error on a.xlsx saying %q:%s", len(res.Data.Exercises), tt.want, dump(res.Diags))
			}
		})
	}
}

// TestReadModifiesNothing: a read, of sound and of broken workbooks
// alike, leaves every input byte for byte as it was.
func TestReadModifiesNothing(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "a.xlsx", sheet{name: "Exercises", rows: [][]any{exerciseHeader, exerciseRow(nil), exerciseRow(map[int]any{2: "not a date"})}})
	os.WriteFile(filepath.Join(dir, "broken.xlsx"), []byte("PK\x03\x04 not a zip"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.xlsx"), nil, 0o644)
	before := hashAll(t, dir)
	res := read(t, dir)
	if res.Diags.Count(diag.Error) == 0 {
		t.Fatalf("want errors:%s", dump(res.Diags))
	}
	if after := hashAll(t, dir); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Errorf("inputs changed by the read:\n%v\n%v", before, after)
	}
}

func hashAll(t *testing.T, dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := os.ReadFile(p)
		fi, _ := os.Stat(p)
		sum := sha256.Sum256(b)
		out = append(out, fmt.Sprintf("%s %d %v %x", p, len(b), fi.ModTime(), sum))
		return nil
	})
	return out
}
