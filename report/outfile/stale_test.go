//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package outfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// killedSet begins a set in dir, writes the outputs named (each holding
// "new NAME"), and drops its locks as a process killed then would, without
// any cleanup: it returns the scratch folder left behind.
func killedSet(t *testing.T, dir string, names ...string) string {
	t.Helper()
	s, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		o, err := s.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		o.Write([]byte("new " + n))
		if err := o.finish(); err != nil {
			t.Fatal(err)
		}
	}
	s.own.Close()
	s.lock.Close()
	return s.tmp
}

// TestUnreadableJournal: a scratch folder left by a killed set whose
// commit or abort journal cannot be read (truncated, not JSON, naming a
// path) no longer stops every later set in the folder: Open warns, once
// per Open, with a *JournalError naming the journal file, leaves that
// scratch folder as it is, and the set commits. Before, Open failed, and
// so did every build after it.
func TestUnreadableJournal(t *testing.T) {
	for _, tt := range []struct {
		name, journal, text string
	}{
		{"truncated commit journal", journalName, `[{"temp":"a.pdf.tmp-1","na`},
		{"commit journal not JSON", journalName, "\x00\x00\x00\x00"},
		{"empty commit journal", journalName, ""},
		{"commit journal of null", journalName, "null"},
		{"commit journal naming a path", journalName, `[{"temp":"a.pdf.tmp-1","name":"../a.pdf"}]`},
		{"commit journal naming a temporary path", journalName, `[{"temp":"../../x","name":"a.pdf"}]`},
		{"truncated abort journal", abortName, `[{"name":"a.p`},
		{"abort journal naming a hidden file", abortName, `[{"name":".a.pdf.previous"}]`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "a.pdf"), []byte("old a.pdf"), 0o644); err != nil {
				t.Fatal(err)
			}
			stale := killedSet(t, dir, "a.pdf")
			journal := filepath.Join(stale, tt.journal)
			if err := os.WriteFile(journal, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			for build := 1; build <= 2; build++ {
				var warnings []error
				written, err := Write(t.Context(), dir, []File{{Name: "a.pdf", Data: []byte("build")}},
					Options{Warn: func(err error) { warnings = append(warnings, err) }})
				if err != nil {
					t.Fatalf("build %d: %v", build, err)
				}
				var je *JournalError
				if len(warnings) != 1 || !errors.As(warnings[0], &je) || je.Path != journal {
					t.Fatalf("build %d: warnings %v, want one *JournalError naming %s", build, warnings, journal)
				}
				if len(written) != 1 {
					t.Fatalf("build %d: written %v", build, written)
				}
			}
			if b, _ := os.ReadFile(filepath.Join(dir, "a.pdf")); string(b) != "build" {
				t.Errorf("a.pdf = %q, want the last build's", b)
			}
			if b, err := os.ReadFile(journal); err != nil || string(b) != tt.text {
				t.Errorf("the journal is %q, %v; want it left as it was", b, err)
			}
			assertOnly(t, dir, filepath.Base(stale), "a.pdf")
		})
	}
}

// TestStaleScratchNotOurs: the next set removes a stale scratch folder of
// its own making, and no folder that merely bears a name of the pattern:
// one without the marker a set writes at its creation, with a marker of
// other content, or whose name is not MkdirTemp's. Before, Open removed
// (os.RemoveAll) every unlocked folder named .ratsreport-tmp-*.
func TestStaleScratchNotOurs(t *testing.T) {
	dir := t.TempDir()
	stale := killedSet(t, dir, "a.pdf")
	foreign := map[string]string{ // folder → its marker's text ("": none)
		".ratsreport-tmp-123":      "",
		".ratsreport-tmp-456":      "my notes\n",
		".ratsreport-tmp-":         markerText,
		".ratsreport-tmp-backup":   markerText,
		".ratsreport-tmp-12 (old)": markerText,
	}
	for name, marker := range foreign {
		d := filepath.Join(dir, name)
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "thesis.docx"), []byte("a person's file"), 0o644); err != nil {
			t.Fatal(err)
		}
		if marker != "" {
			if err := os.WriteFile(filepath.Join(d, scratchMarker), []byte(marker), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("a")}}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the stale scratch folder %s is still there (%v)", stale, err)
	}
	for name := range foreign {
		if b, err := os.ReadFile(filepath.Join(dir, name, "thesis.docx")); err != nil || string(b) != "a person's file" {
			t.Errorf("%s/thesis.docx: %q, %v; want it kept", name, b, err)
		}
	}
}

// TestFailedOpenRemovesFolder: an Open that fails after it created the
// output folder (and folders above it) removes what it created, and only
// that: a folder that was there stays. Before, the folder taking the lock
// had created was left behind, empty.
func TestFailedOpenRemovesFolder(t *testing.T) {
	defer func() { hook = nil }()
	hook = func(stage string) error {
		if stage == "locked" {
			return errors.New("injected")
		}
		return nil
	}
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, "kept"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{
		filepath.Join(root, "out"),
		filepath.Join(root, "a", "b", "out"),
		filepath.Join(root, "kept", "out"),
		filepath.Join(root, "kept"),
	} {
		if _, err := Begin(dir); err == nil {
			t.Fatalf("Begin(%s): no error", dir)
		}
	}
	assertOnly(t, root, "kept")
	assertOnly(t, filepath.Join(root, "kept"))
}
