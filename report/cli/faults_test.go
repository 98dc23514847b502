//go:build linux

package cli

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"ratsreport/report/internal/testtool"
	"ratsreport/report/outfile"
)

// The faults of the machine a build must survive (docs/reliability.md):
// each test runs ratsreport as a real process (the test binary, as the
// scripts do) on the shipped sample, in English only to be quick.

// buildCmd is a build of the sample into out, dated epoch.
func buildCmd(t *testing.T, out, epoch string, args ...string) *exec.Cmd {
	t.Helper()
	bin, err := exec.LookPath("ratsreport")
	if err != nil {
		t.Fatalf("the test binary as ratsreport: %v", err)
	}
	c := exec.Command(bin, append([]string{"build", "--config", "../../config.toml", "--lang", "en", "--out", out}, args...)...)
	c.Env = append(os.Environ(), "SOURCE_DATE_EPOCH="+epoch)
	return c
}

// runBuild runs a build and returns its exit code and stderr.
func runBuild(t *testing.T, out, epoch string, args ...string) (int, string) {
	t.Helper()
	c := buildCmd(t, out, epoch, args...)
	var stderr bytes.Buffer
	c.Stderr = &stderr
	err := c.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), stderr.String()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, stderr.String()
}

// folderSums returns name → SHA-256 of everything in dir, hidden entries
// included (a folder's value is "dir").
func folderSums(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range entries {
		if e.IsDir() {
			m[e.Name()] = "dir"
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = fmt.Sprintf("%x", sha256.Sum256(b))
	}
	return m
}

// references builds the sample twice, dated "a" and "b", and returns the
// folders' sums.
func references(t *testing.T) (a, b map[string]string) {
	t.Helper()
	dir := t.TempDir()
	for _, epoch := range []string{epochA, epochB} {
		if code, stderr := runBuild(t, filepath.Join(dir, epoch), epoch); code != 0 {
			t.Fatalf("reference build: exit %d\n%s", code, stderr)
		}
	}
	return folderSums(t, filepath.Join(dir, epochA)), folderSums(t, filepath.Join(dir, epochB))
}

const epochA, epochB = "1767139200", "1735603200"

// TestConcurrentBuilds: two builds started together into one folder, many
// times. By default the second waits for the first (saying so) and both
// succeed; with --wait 0 the second fails at once with exit 3. Either
// way the folder ends with one build's complete set, never a mix, and
// nothing else. Before the lock, nothing told the two apart.
func TestConcurrentBuilds(t *testing.T) {
	refA, refB := references(t)
	for _, wait := range []string{"", "0"} {
		t.Run("wait="+wait, func(t *testing.T) {
			waited, busy := 0, 0
			const rounds = 6
			for round := 0; round < rounds; round++ {
				out := filepath.Join(t.TempDir(), "out")
				var wg sync.WaitGroup
				codes, stderrs := make([]int, 2), make([]string, 2)
				for i, epoch := range []string{epochA, epochB} {
					wg.Add(1)
					go func() {
						defer wg.Done()
						var args []string
						if wait != "" {
							args = []string{"--wait", wait}
						}
						codes[i], stderrs[i] = runBuild(t, out, epoch, args...)
					}()
				}
				wg.Wait()
				for i := range codes {
					switch {
					case codes[i] == 0:
						if strings.Contains(stderrs[i], "another build is writing to "+out+"; waiting up to") {
							waited++
						}
					case codes[i] == ExitInternal && wait == "0" && strings.Contains(stderrs[i], out+": another build is writing to this folder"):
						busy++
					default:
						t.Errorf("round %d: build %d: exit %d\n%s", round, i, codes[i], stderrs[i])
					}
				}
				got := folderSums(t, out)
				if !maps.Equal(got, refA) && !maps.Equal(got, refB) {
					t.Errorf("round %d: the folder holds %v, neither build's set (%v, %v)", round, got, refA, refB)
				}
			}
			t.Logf("%d rounds: %d builds waited, %d failed as busy", rounds, waited, busy)
			if wait == "" && waited == 0 || wait == "0" && busy == 0 {
				t.Errorf("%d rounds of two builds started together: none found the folder busy", rounds)
			}
		})
	}
}

// mountTmpfs mounts a tmpfs of size bytes at a new folder and returns it;
// it is unmounted at the end of the test. Not root, or where mounting is
// not allowed, the test is skipped (a failure under
// RATSREPORT_REQUIRE_TOOLS=1: CI runs as root on a machine that can).
func mountTmpfs(t *testing.T, size int) string {
	t.Helper()
	if os.Geteuid() != 0 {
		testtool.Missing(t, "mounting a small file system needs root")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", fmt.Sprintf("size=%d", size), "tmpfs", dir).CombinedOutput(); err != nil {
		testtool.Missing(t, fmt.Sprintf("mount -t tmpfs: %v %s", err, out))
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	return dir
}

// TestFullDisk: a build into a folder whose file system fills up fails
// with exit 3 and a message naming the output, leaves the previous
// outputs as they were and no temporary file.
func TestFullDisk(t *testing.T) {
	mnt := mountTmpfs(t, 4<<20)
	out := filepath.Join(mnt, "out")
	if code, stderr := runBuild(t, out, epochA); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, stderr)
	}
	before := folderSums(t, out)
	// Fill the disk, then free 64 KiB: room for a start, not for a report.
	filler := filepath.Join(mnt, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 1<<16)
	for {
		if _, err := f.Write(chunk); err != nil {
			break
		}
	}
	f.Close()
	fi, _ := os.Stat(filler)
	if err := os.Truncate(filler, fi.Size()-1<<16); err != nil {
		t.Fatal(err)
	}
	failedBuild(t, out, before, out, "no space left on device")
	// With room again, the next build succeeds.
	os.Remove(filler)
	if code, stderr := runBuild(t, out, epochB); code != 0 {
		t.Errorf("the build after the disk was freed: exit %d\n%s", code, stderr)
	}
}

// TestReadOnlyFolder: a build into a read-only folder (a file system
// mounted read-only as root; permissions otherwise) fails with exit 3
// and a message naming the folder, and the previous outputs stay.
func TestReadOnlyFolder(t *testing.T) {
	var out string
	if os.Geteuid() == 0 {
		mnt := mountTmpfs(t, 4<<20)
		out = filepath.Join(mnt, "out")
		if code, stderr := runBuild(t, out, epochA); code != 0 {
			t.Fatalf("first build: exit %d\n%s", code, stderr)
		}
		if b, err := exec.Command("mount", "-o", "remount,ro", mnt).CombinedOutput(); err != nil {
			t.Fatalf("remount ro: %v %s", err, b)
		}
	} else {
		out = filepath.Join(t.TempDir(), "out")
		if code, stderr := runBuild(t, out, epochA); code != 0 {
			t.Fatalf("first build: exit %d\n%s", code, stderr)
		}
		os.Chmod(out, 0o555)
		defer os.Chmod(out, 0o755)
	}
	before := folderSums(t, out)
	failedBuild(t, out, before, out)
}

// TestOtherFileSystem: an output folder on another file system than the
// temporary folder (and the inputs) is written as well: the temporary
// files are in the output folder, so that each output is renamed into
// place on its own file system, and the outputs are those of a build
// elsewhere, byte for byte.
func TestOtherFileSystem(t *testing.T) {
	mnt := mountTmpfs(t, 16<<20)
	var a, b syscall.Stat_t
	syscall.Stat(mnt, &a)
	syscall.Stat(os.TempDir(), &b)
	if a.Dev == b.Dev {
		t.Fatalf("%s and %s are on one file system", mnt, os.TempDir())
	}
	refA, _ := references(t)
	out := filepath.Join(mnt, "out")
	for i := 0; i < 2; i++ { // a new folder, then replacing the outputs
		if code, stderr := runBuild(t, out, epochA); code != 0 {
			t.Fatalf("build %d: exit %d\n%s", i, code, stderr)
		}
		if got := folderSums(t, out); !maps.Equal(got, refA) {
			t.Errorf("build %d: %v, want %v", i, got, refA)
		}
	}
}

// TestRenameFails: an output that cannot be replaced (an immutable file,
// where chattr can make one; the file system then refuses the rename and
// the link alike) fails with exit 3 naming it, and every previous output
// stays as it was, with no temporary file left.
func TestRenameFails(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("chattr +i needs root")
	}
	if _, err := exec.LookPath("chattr"); err != nil {
		t.Skip("chattr not installed")
	}
	out := filepath.Join(t.TempDir(), "out")
	if code, stderr := runBuild(t, out, epochA); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, stderr)
	}
	stuck := filepath.Join(out, "ratsreport-2025.xlsx")
	if b, err := exec.Command("chattr", "+i", stuck).CombinedOutput(); err != nil {
		t.Skipf("chattr +i (the file system may not have it): %v %s", err, b)
	}
	defer exec.Command("chattr", "-i", stuck).Run()
	before := folderSums(t, out)
	failedBuild(t, out, before, stuck)
}

// TestBuildModifiesNoInput: a build, successful or failed (its output
// cannot be written), leaves every input byte for byte as it was.
func TestBuildModifiesNoInput(t *testing.T) {
	inputs := func() map[string]string {
		m := map[string]string{}
		filepath.WalkDir("../../sources", func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := os.ReadFile(p)
				fi, _ := os.Stat(p)
				m[p] = fmt.Sprintf("%x %v", sha256.Sum256(b), fi.ModTime())
			}
			return err
		})
		b, _ := os.ReadFile("../../config.toml")
		m["config.toml"] = fmt.Sprintf("%x", sha256.Sum256(b))
		return m
	}
	before := inputs()
	if len(before) < 5 {
		t.Fatalf("%d inputs", len(before))
	}
	if code, stderr := runBuild(t, filepath.Join(t.TempDir(), "out"), epochA); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, nil, 0o644)
	if code, _ := runBuild(t, filepath.Join(blocker, "out"), epochA); code != ExitInternal {
		t.Fatalf("a build into a path under a file: exit %d, want %d", code, ExitInternal)
	}
	if after := inputs(); !maps.Equal(before, after) {
		t.Errorf("the inputs changed:\n%v\n%v", before, after)
	}
}

// failedBuild runs a build into out that must fail with exit 3, saying
// every one of want on stderr, and leave the folder's files as before.
func failedBuild(t *testing.T, out string, before map[string]string, want ...string) {
	t.Helper()
	code, stderr := runBuild(t, out, epochB)
	if code != ExitInternal {
		t.Errorf("exit %d, stderr %q; want %d", code, stderr, ExitInternal)
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr %q does not say %q", stderr, w)
		}
	}
	if after := folderSums(t, out); !maps.Equal(before, after) {
		t.Errorf("the folder changed:\n%v\n%v", before, after)
	}
}

// TestWaitingCommands: stats --output and template, while another build
// holds the output folder, wait as build does: with --wait 0 they fail at
// once with exit 3 and build's hint, whose --wait they have; by default
// they say so on stderr, wait, and write once the folder is free. Before,
// they had no --wait: they failed at once, whatever the hint said.
func TestWaitingCommands(t *testing.T) {
	const conf = "../../config.toml"
	for _, tt := range []struct {
		name string
		args func(out string) []string
		file string // written into out
	}{
		{"stats", func(out string) []string {
			return []string{"stats", "border", "--by", "state", "--config", conf, "--output", filepath.Join(out, "x.csv")}
		}, "x.csv"},
		{"template", func(out string) []string {
			return []string{"template", "--config", conf, "--lang", "en", "--dataset", "border", "--out", out}
		}, "ratsreport-template-border-en.xlsx"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			busy, err := outfile.Begin(out) // another build, writing
			if err != nil {
				t.Fatal(err)
			}
			code, _, stderr := run(t, append(tt.args(out), "--wait", "0")...)
			if code != ExitInternal || !strings.Contains(stderr, out+": another build is writing to this folder; try again later, or give --wait a longer time") {
				t.Errorf("--wait 0: exit %d, stderr %q; want %d and the hint", code, stderr, ExitInternal)
			}
			code, _, stderr = run(t, append(tt.args(out), "--wait", "-1s")...)
			if code != ExitUsage {
				t.Errorf("--wait -1s: exit %d, stderr %q; want %d", code, stderr, ExitUsage)
			}
			// The other build ends once the command says it waits.
			var stdout, errb bytes.Buffer
			errw := &cancelOn{w: &errb, text: "waiting up to", cancel: func() { time.AfterFunc(100*time.Millisecond, busy.Abort) }}
			code = Main(t.Context(), tt.args(out), &Env{Stdout: &stdout, Stderr: errw, Getenv: func(string) string { return "" }})
			if stderr := errb.String(); code != 0 || stderr != "ratsreport: another build is writing to "+out+"; waiting up to 10m0s (--wait)\n" {
				t.Errorf("by default: exit %d, stderr %q; want 0, having said it waits", code, stderr)
			}
			if _, err := os.Stat(filepath.Join(out, tt.file)); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestUnreadableJournalBuild: a build into a folder where a killed build
// left a scratch folder with a corrupt commit journal warns, naming the
// journal, and builds; before, every build into the folder failed (exit
// 3) until a person removed it.
func TestUnreadableJournalBuild(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if code, stderr := runBuild(t, out, epochA); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, stderr)
	}
	// A scratch folder as a killed build leaves it: made by a set (with
	// its marker), its owner gone, and a journal cut short.
	set, err := outfile.Begin(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	marker, err := os.ReadFile(filepath.Join(set.TempDir(), ".ratsreport-scratch"))
	set.Abort()
	if err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(out, ".ratsreport-tmp-42")
	journal := filepath.Join(stale, "commit.json")
	os.Mkdir(stale, 0o755)
	os.WriteFile(filepath.Join(stale, ".ratsreport-scratch"), marker, 0o644)
	os.WriteFile(journal, []byte(`[{"temp":"ratsreport-2025-en.pdf.tmp-1","name":"ratsre`), 0o644)
	code, stderr := runBuild(t, out, epochB)
	if code != 0 || !strings.Contains(stderr, "ratsreport: warning: skipped the unreadable journal "+journal+": unexpected end of JSON input") {
		t.Errorf("exit %d, stderr %q; want 0 and a warning naming %s", code, stderr, journal)
	}
	if _, err := os.Stat(journal); err != nil {
		t.Errorf("the journal: %v, want it left", err)
	}
}
