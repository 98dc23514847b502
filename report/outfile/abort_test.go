package outfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestAbortedCommitKilled: a commit fails after its first rename and is
// being undone when its process dies. The next set rolls it back: the
// folder holds the previous outputs, never a mix, and an output that had
// no previous version is removed. Before the abort journal, the next set
// "completed" such a commit from its journal: a.pdf old, b.pdf new.
func TestAbortedCommitKilled(t *testing.T) {
	for _, tt := range []struct {
		name string
		undo bool // whether the undo ran before the kill
	}{
		{"killed before undoing", false},
		{"killed after undoing, before the cleanup", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			names := []string{"a.pdf", "b.pdf", "c.xlsx"} // c.xlsx is new
			for _, n := range names[:2] {
				if err := os.WriteFile(filepath.Join(dir, n), []byte("old "+n), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			s, err := Begin(dir)
			if err != nil {
				t.Fatal(err)
			}
			var temps []string
			var out []Written
			for _, n := range names {
				o, err := s.Create(n)
				if err != nil {
					t.Fatal(err)
				}
				o.Write([]byte("new " + n))
			}
			for _, o := range s.outs {
				if err := o.finish(); err != nil {
					t.Fatal(err)
				}
				temps = append(temps, o.tmp.Name())
				out = append(out, Written{Path: filepath.Join(dir, o.name)})
			}
			if err := s.writeJournal(temps); err != nil {
				t.Fatal(err)
			}
			// The commit fails after renaming a.pdf; the kill comes before
			// the undo (the abort journal written, nothing put back) or
			// after it (before the cleanup removes the scratch folder).
			kill := errors.New("killed")
			hook = func(stage string) error {
				if stage == "renamed-first" {
					return errors.New("injected")
				}
				return nil
			}
			aborting := s.abortJournal
			if !tt.undo {
				aborting = func(had []bool) { s.abortJournal(had); panic(kill) }
			}
			func() {
				defer func() {
					if p := recover(); p != nil && p != kill {
						panic(p)
					}
				}()
				replaceAll(temps, out, aborting)
			}()
			hook = nil
			s.own.Close() // the process dies: its locks go
			s.lock.Close()
			next, err := Begin(dir)
			if err != nil {
				t.Fatal(err)
			}
			next.Abort()
			for _, n := range names[:2] {
				if b, _ := os.ReadFile(filepath.Join(dir, n)); string(b) != "old "+n {
					t.Errorf("%s = %q after the next set, want the previous output", n, b)
				}
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 2 {
				var left []string
				for _, e := range entries {
					left = append(left, e.Name())
				}
				t.Errorf("the folder holds %v, want only a.pdf and b.pdf", left)
			}
		})
	}
}
