package outfile

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"sync"
	"testing"
)

func TestWriteAll(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out", "2025")
	w, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("pdf")}, {Name: "b.xlsx", Data: []byte("xlsx!")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 2 || w[1].Size != 5 || w[0].SHA256 != "0d7f8e2ae8d4f4d6e1fd3e8ad6a3d4e6e6d37b1f1de43f0e2cd1f4b8c4c5d1a5"[:0]+w[0].SHA256 {
		t.Errorf("written = %+v", w)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "b.xlsx")); string(b) != "xlsx!" {
		t.Errorf("b.xlsx = %q", b)
	}
	assertOnly(t, dir, "a.pdf", "b.xlsx")
}

// TestFailureKeepsPrevious: a failure before the renames leaves the
// previous outputs byte for byte, and no temporary file.
func TestFailureKeepsPrevious(t *testing.T) {
	dir := t.TempDir()
	if _, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("old")}}); err != nil {
		t.Fatal(err)
	}
	hook = func(string) error { return errors.New("injected") }
	defer func() { hook = nil }()
	_, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("new")}, {Name: "b.xlsx", Data: []byte("new")}})
	if err == nil {
		t.Fatal("want an error")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a.pdf")); string(b) != "old" {
		t.Errorf("a.pdf = %q, want the previous output", b)
	}
	assertOnly(t, dir, "a.pdf")
}

func TestUnwritableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		// root ignores permission bits; use a path under a file instead.
		parent := filepath.Join(t.TempDir(), "file")
		os.WriteFile(parent, nil, 0o644)
		if _, err := WriteAll(filepath.Join(parent, "out"), []File{{Name: "a.pdf", Data: []byte("x")}}); err == nil {
			t.Fatal("want an error")
		}
		return
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if _, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("x")}}); err == nil {
		t.Fatal("want an error")
	}
}

func TestBadNames(t *testing.T) {
	for _, name := range []string{"", "../x.pdf", "a/b.pdf", ".hidden"} {
		if _, err := WriteAll(t.TempDir(), []File{{Name: name, Data: nil}}); err == nil {
			t.Errorf("%q: want an error", name)
		}
	}
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if len(got) != len(names) {
		t.Fatalf("folder holds %v, want %v", got, names)
	}
	for i := range names {
		if got[i] != names[i] {
			t.Fatalf("folder holds %v, want %v", got, names)
		}
	}
}

// TestRollback: a failure after the previous outputs were moved aside, or
// a destination that cannot be replaced, puts everything back.
func TestRollback(t *testing.T) {
	for _, stage := range []string{"mid-replace", "directory in the way"} {
		t.Run(stage, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("old a")}, {Name: "b.pdf", Data: []byte("old b")}}); err != nil {
				t.Fatal(err)
			}
			files := []File{{Name: "a.pdf", Data: []byte("new a")}, {Name: "b.pdf", Data: []byte("new b")}}
			if stage == "mid-replace" {
				hook = func(s string) error {
					if s == stage {
						return errors.New("injected")
					}
					return nil
				}
				defer func() { hook = nil }()
			} else {
				files = append(files, File{Name: "c.xlsx", Data: []byte("new c")})
				os.Mkdir(filepath.Join(dir, "c.xlsx"), 0o755)
			}
			if _, err := WriteAll(dir, files); err == nil {
				t.Fatal("want an error")
			}
			for name, want := range map[string]string{"a.pdf": "old a", "b.pdf": "old b"} {
				if b, _ := os.ReadFile(filepath.Join(dir, name)); string(b) != want {
					t.Errorf("%s = %q, want %q", name, b, want)
				}
			}
			want := []string{"a.pdf", "b.pdf"}
			if stage != "mid-replace" {
				want = append(want, "c.xlsx")
			}
			assertOnly(t, dir, want...)
		})
	}
}

// TestSet streams outputs into a set: written concurrently and committed,
// or dropped midway (a render error, a write error), when the previous
// outputs stay byte for byte and no temporary file is left.
func TestSet(t *testing.T) {
	big := bytes.Repeat([]byte("0123456789abcdef"), 20000) // larger than the write buffer
	tests := []struct {
		name string
		// stream writes the new outputs into s and returns the error
		// that stops the run, if any.
		stream  func(t *testing.T, s *Set) error
		wantErr bool
		want    map[string]string // the folder's files after the run
	}{
		{"committed", func(t *testing.T, s *Set) error {
			a, err := s.Create("a.pdf")
			if err != nil {
				return err
			}
			b, err := s.Create("b.xlsx")
			if err != nil {
				return err
			}
			var wg sync.WaitGroup
			wg.Add(2)
			go func() { defer wg.Done(); a.Write([]byte("new a")) }()
			go func() {
				defer wg.Done()
				for i := 0; i < len(big); i += 1000 {
					b.Write(big[i:min(i+1000, len(big))])
				}
			}()
			wg.Wait()
			return nil
		}, false, map[string]string{"a.pdf": "new a", "b.xlsx": string(big), "c.txt": "old c"}},
		{"render error midway", func(t *testing.T, s *Set) error {
			a, _ := s.Create("a.pdf")
			a.Write([]byte("new a"))
			b, _ := s.Create("b.xlsx")
			b.Write(big[:len(big)/2])
			return errors.New("render failed")
		}, true, map[string]string{"a.pdf": "old a", "b.xlsx": "old b", "c.txt": "old c"}},
		{"write error", func(t *testing.T, s *Set) error {
			b, _ := s.Create("b.xlsx")
			b.tmp.Close() // the disk fails under the output
			if _, err := b.Write(big); err == nil {
				t.Error("Write on a failed file: no error")
			}
			return nil // Commit must fail on its own
		}, true, map[string]string{"a.pdf": "old a", "b.xlsx": "old b", "c.txt": "old c"}},
		{"named twice", func(t *testing.T, s *Set) error {
			s.Create("a.pdf")
			_, err := s.Create("a.pdf")
			if err == nil {
				t.Error("the same name twice: no error")
			}
			return err
		}, true, map[string]string{"a.pdf": "old a", "b.xlsx": "old b", "c.txt": "old c"}},
		{"bad name", func(t *testing.T, s *Set) error {
			_, err := s.Create("../a.pdf")
			return err
		}, true, map[string]string{"a.pdf": "old a", "b.xlsx": "old b", "c.txt": "old c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("old a")}, {Name: "b.xlsx", Data: []byte("old b")}, {Name: "c.txt", Data: []byte("old c")}}); err != nil {
				t.Fatal(err)
			}
			s, err := Begin(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Abort()
			var written []Written
			err = tt.stream(t, s)
			if err == nil {
				written, err = s.Commit()
			} else {
				s.Abort()
			}
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want an error: %v", err, tt.wantErr)
			}
			for _, w := range written {
				b, _ := os.ReadFile(w.Path)
				sum := sha256.Sum256(b)
				if w.Size != int64(len(b)) || w.SHA256 != hex.EncodeToString(sum[:]) {
					t.Errorf("%s: written %d bytes %s, file %d bytes %x", w.Path, w.Size, w.SHA256, len(b), sum)
				}
			}
			var names []string
			for name, want := range tt.want {
				names = append(names, name)
				if b, _ := os.ReadFile(filepath.Join(dir, name)); string(b) != want {
					t.Errorf("%s = %.20q (%d bytes), want %.20q", name, b, len(b), want)
				}
			}
			sort.Strings(names)
			assertOnly(t, dir, names...)
			s.Abort() // after Commit or Abort: nothing happens
			assertOnly(t, dir, names...)
		})
	}
}

// TestSetNewFolder: a set dropped in a folder Begin created leaves no
// folder; a committed set leaves it with the outputs.
func TestSetNewFolder(t *testing.T) {
	for _, commit := range []bool{false, true} {
		dir := filepath.Join(t.TempDir(), "out", "2025")
		s, err := Begin(dir)
		if err != nil {
			t.Fatal(err)
		}
		o, err := s.Create("a.pdf")
		if err != nil {
			t.Fatal(err)
		}
		o.Write([]byte("a"))
		if commit {
			if _, err := s.Commit(); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Create("b.pdf"); err == nil {
				t.Error("Create after Commit: no error")
			}
			assertOnly(t, dir, "a.pdf")
			continue
		}
		s.Abort()
		if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("aborted set: the folder it created is still there (%v)", err)
		}
	}
}

// TestCrashWindow: at any point of the replacement each output's path holds
// a whole file, old or new (a crash there must not lose the report), and a
// backup left by a killed run is cleared by the next.
func TestCrashWindow(t *testing.T) {
	dir := t.TempDir()
	if _, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("old a")}, {Name: "b.pdf", Data: []byte("old b")}}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, ".a.pdf.previous"), []byte("stale"), 0o644)
	hook = func(stage string) error {
		if stage == "mid-replace" {
			for name, want := range map[string]string{"a.pdf": "old a", "b.pdf": "old b"} {
				if b, err := os.ReadFile(filepath.Join(dir, name)); string(b) != want {
					t.Errorf("mid-replace: %s = %q, %v; want %q in place", name, b, err, want)
				}
			}
		}
		return nil
	}
	defer func() { hook = nil }()
	if _, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("new a")}, {Name: "b.pdf", Data: []byte("new b")}}); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"a.pdf": "new a", "b.pdf": "new b"} {
		if b, _ := os.ReadFile(filepath.Join(dir, name)); string(b) != want {
			t.Errorf("%s = %q, want %q", name, b, want)
		}
	}
	assertOnly(t, dir, "a.pdf", "b.pdf")
}

// TestWriteAfterCommit: an output written after its set is committed or
// aborted fails instead of dropping the bytes silently.
func TestWriteAfterCommit(t *testing.T) {
	for _, end := range []string{"commit", "abort"} {
		s, err := Begin(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		o, err := s.Create("a.pdf")
		if err != nil {
			t.Fatal(err)
		}
		o.Write([]byte("a"))
		if end == "commit" {
			if _, err := s.Commit(); err != nil {
				t.Fatal(err)
			}
		} else {
			s.Abort()
		}
		if n, err := o.Write([]byte("late")); n != 0 || !errors.Is(err, os.ErrClosed) {
			t.Errorf("%s: Write after it = %d, %v; want 0 and os.ErrClosed", end, n, err)
		}
	}
}

// TestAdopt moves a file written in the scratch folder into place with
// its checksum and size, as if written through Create; a file outside the
// scratch folder is refused, and an aborted set leaves nothing.
func TestAdopt(t *testing.T) {
	dir := t.TempDir()
	s, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	data := bytes.Repeat([]byte("SQLite format 3\x00"), 10_000)
	tmp := filepath.Join(s.TempDir(), "x.sqlite")
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.Adopt("export.sqlite", filepath.Join(dir, "elsewhere.sqlite")); err == nil {
		t.Error("Adopt took a file outside the scratch folder")
	}
	if err := s.Adopt("export.sqlite", tmp); err != nil {
		t.Fatal(err)
	}
	if err := s.Adopt("export.sqlite", tmp); err == nil {
		t.Error("Adopt took the same name twice")
	}
	written, err := s.Commit()
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	want := []Written{{Path: filepath.Join(dir, "export.sqlite"), Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}}
	if !reflect.DeepEqual(written, want) {
		t.Errorf("Commit = %+v, want %+v", written, want)
	}
	got, err := os.ReadFile(filepath.Join(dir, "export.sqlite"))
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("the adopted file reads %d bytes (%v), want the %d written", len(got), err, len(data))
	}
	if info, err := os.Stat(filepath.Join(dir, "export.sqlite")); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("the adopted file's mode is %v (%v), want 0644 as every output", info.Mode().Perm(), err)
	}

	s2, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	tmp2 := filepath.Join(s2.TempDir(), "y.sqlite")
	if err := os.WriteFile(tmp2, []byte("new"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s2.Adopt("export.sqlite", tmp2); err != nil {
		t.Fatal(err)
	}
	s2.Abort()
	if got, _ := os.ReadFile(filepath.Join(dir, "export.sqlite")); !bytes.Equal(got, data) {
		t.Error("an aborted set replaced the previous output")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d entries after the abort, want the one output", len(entries))
	}
}
