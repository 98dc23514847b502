//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package outfile

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLock: a second set in a folder another holds fails at once with
// ErrBusy, or waits (told once) until the first is done, or until ctx is
// done; sets in different folders do not wait for each other.
func TestLock(t *testing.T) {
	dir := t.TempDir()
	first, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Begin(dir); !errors.Is(err, ErrBusy) {
		t.Fatalf("second Begin: %v, want ErrBusy", err)
	}
	other, err := Begin(t.TempDir())
	if err != nil {
		t.Fatalf("another folder: %v", err)
	}
	other.Abort()

	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	if _, err := Open(ctx, dir, Options{Wait: time.Minute}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Open cancelled while waiting: %v", err)
	}
	if _, err := Open(context.Background(), dir, Options{Wait: 150 * time.Millisecond}); !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), dir) {
		t.Fatalf("Open after its wait: %v, want ErrBusy naming the folder", err)
	}

	time.AfterFunc(200*time.Millisecond, func() {
		o, _ := first.Create("a.pdf")
		o.Write([]byte("first"))
		first.Commit()
	})
	waiting := 0
	second, err := Open(context.Background(), dir, Options{Wait: 10 * time.Second, Waiting: func() { waiting++ }})
	if err != nil {
		t.Fatalf("Open waiting for the first: %v", err)
	}
	if waiting != 1 {
		t.Errorf("Waiting called %d times, want 1", waiting)
	}
	o, _ := second.Create("a.pdf")
	o.Write([]byte("second"))
	if _, err := second.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a.pdf")); string(b) != "second" {
		t.Errorf("a.pdf = %q", b)
	}
	assertOnly(t, dir, "a.pdf")
	// Released by Commit: the next one does not wait.
	s, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Abort()
}

// TestLockRemovedFolder: a folder removed by a failed set that created it
// while another waited for it is created again and locked, not written
// through a deleted folder.
func TestLockRemovedFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	first, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(200*time.Millisecond, first.Abort) // removes dir
	s, err := Open(context.Background(), dir, Options{Wait: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	o, _ := s.Create("a.pdf")
	o.Write([]byte("a"))
	if _, err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	assertOnly(t, dir, "a.pdf")
}

// TestStaleScratch: the next set removes the scratch folders of killed
// sets (no one holds their flock), never one whose owner is alive.
func TestStaleScratch(t *testing.T) {
	dir := t.TempDir()
	stale := killedSet(t, dir, "a.pdf")
	live := filepath.Join(dir, ".ratsreport-tmp-222")
	os.MkdirAll(live, 0o755)
	os.WriteFile(filepath.Join(live, scratchMarker), []byte(markerText), 0o644)
	f, err := os.Open(live)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if busy, err := tryLock(f); busy || err != nil {
		t.Fatal(busy, err)
	}
	if _, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("a")}}); err != nil {
		t.Fatal(err)
	}
	assertOnly(t, dir, ".ratsreport-tmp-222", "a.pdf")
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the stale scratch folder is still there (%v)", err)
	}
}

// TestKilledCommit: a process killed (SIGKILL) at each stage of a commit
// leaves, once the next set is opened in the folder, the complete
// previous set or the complete new one, never a mix, and nothing else.
// Before the journal a kill between the renames left a.pdf new and b.pdf
// old for good.
func TestKilledCommit(t *testing.T) {
	if stage := os.Getenv("OUTFILE_TEST_KILL_AT"); stage != "" {
		hook = func(s string) error {
			if s == stage {
				syscall.Kill(os.Getpid(), syscall.SIGKILL)
				time.Sleep(time.Minute)
			}
			return nil
		}
		WriteAll(os.Getenv("OUTFILE_TEST_DIR"), []File{{Name: "a.pdf", Data: []byte("new a")}, {Name: "b.pdf", Data: []byte("new b")}})
		os.Exit(0) // not reached
	}
	for _, tt := range []struct{ stage, want string }{
		{"before-rename", "old"},
		{"journal", "new"},
		{"mid-replace", "new"},
		{"renamed-first", "new"},
	} {
		t.Run(tt.stage, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("old a")}, {Name: "b.pdf", Data: []byte("old b")}}); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestKilledCommit$")
			cmd.Env = append(os.Environ(), "OUTFILE_TEST_KILL_AT="+tt.stage, "OUTFILE_TEST_DIR="+dir)
			err := cmd.Run()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Fatalf("child: %v, want killed", err)
			}
			s, err := Begin(dir)
			if err != nil {
				t.Fatal(err)
			}
			s.Abort()
			for _, name := range []string{"a.pdf", "b.pdf"} {
				want := tt.want + " " + name[:1]
				if b, _ := os.ReadFile(filepath.Join(dir, name)); string(b) != want {
					t.Errorf("%s = %q, want %q", name, b, want)
				}
			}
			assertOnly(t, dir, "a.pdf", "b.pdf")
		})
	}
}
