// Command killtest proves that a build killed at any moment leaves its
// output folder holding either the complete previous set of outputs or
// the complete new one, never a mix, and that the next build succeeds
// and leaves nothing of the killed one behind (docs/reliability.md).
//
// It builds ratsreport once, generates a stress set (or takes one with
// -set), makes two reference builds of it, "old" and "new" (the old one
// with another SOURCE_DATE_EPOCH, so that every output differs), then,
// for each of -kills points spread from the first millisecond to past the
// end of a build: puts the old outputs in the folder, starts a build of
// the new ones, sends it SIGKILL at that point, classifies what the
// folder holds, and runs the next build to the end.
//
//	go run ./cmd/killtest -rows 10000 -kills 12      # CI's short form
//	go run ./cmd/killtest -set /tmp/s100k -kills 50  # the full run
//
// It prints one line per kill and the totals, and exits 1 when a folder
// held a mix, a file was damaged or a next build failed.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/xuri/excelize/v2"
)

func main() {
	rows := flag.Int("rows", 10000, "border rows of the generated stress set")
	set := flag.String("set", "", "an existing stress set (a folder with config.toml and sources/); default: generate one")
	kills := flag.Int("kills", 12, "how many builds to kill")
	work := flag.String("dir", "", "scratch folder (default: a new temporary folder, removed at the end)")
	flag.Parse()
	if err := run(*rows, *set, *kills, *work); err != nil {
		fmt.Fprintf(os.Stderr, "killtest: %v\n", err)
		os.Exit(1)
	}
}

// Outcomes of one kill, as the folder is found after it.
const (
	previous = "previous" // the complete previous set
	newSet   = "new"      // the complete new set (the build had committed)
	pending  = "pending"  // a commit begun: the next build completes it to the new set
	mixed    = "MIXED"    // anything else: a failure
)

func run(rows int, set string, kills int, work string) error {
	if kills < 2 {
		return errors.New("-kills must be at least 2")
	}
	if work == "" {
		d, err := os.MkdirTemp("", "killtest-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		work = d
	}
	bin := filepath.Join(work, "ratsreport")
	if err := command("go", "build", "-o", bin, "./cmd/ratsreport").Run(); err != nil {
		return fmt.Errorf("go build: %w", err)
	}
	if set == "" {
		set = filepath.Join(work, "set")
		if err := os.MkdirAll(set, 0o755); err != nil {
			return err
		}
		cfg, err := os.ReadFile("config.toml")
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(set, "config.toml"), cfg, 0o644); err != nil {
			return err
		}
		gen := command("go", "run", "./cmd/gensample", "-config", "config.toml", "-out", filepath.Join(set, "sources"), "-border-rows", fmt.Sprint(rows))
		gen.Stdout = io.Discard
		if err := gen.Run(); err != nil {
			return fmt.Errorf("gensample: %w", err)
		}
	}
	config := filepath.Join(set, "config.toml")
	newEnv := append(os.Environ(), "SOURCE_DATE_EPOCH=1767139200") // 2025-12-31
	oldEnv := append(os.Environ(), "SOURCE_DATE_EPOCH=1735603200") // 2024-12-31
	build := func(env []string, out string) *exec.Cmd {
		c := exec.Command(bin, "build", "-q", "--config", config, "--out", out, "--wait", "0")
		c.Env = env
		return c
	}
	oldDir, newDir := filepath.Join(work, "ref-old"), filepath.Join(work, "ref-new")
	if out, err := build(oldEnv, oldDir).CombinedOutput(); err != nil {
		return fmt.Errorf("the old reference build: %v\n%s", err, out)
	}
	start := time.Now()
	if out, err := build(newEnv, newDir).CombinedOutput(); err != nil {
		return fmt.Errorf("the new reference build: %v\n%s", err, out)
	}
	took := time.Since(start)
	oldSums, err := sums(oldDir)
	if err != nil {
		return err
	}
	newSums, err := sums(newDir)
	if err != nil {
		return err
	}
	var names []string
	for name := range newSums {
		names = append(names, name)
		if oldSums[name] == "" || oldSums[name] == newSums[name] {
			return fmt.Errorf("the reference builds do not differ in %s", name)
		}
		for _, dir := range []string{oldDir, newDir} {
			if err := sound(filepath.Join(dir, name)); err != nil {
				return fmt.Errorf("reference build: %w", err)
			}
		}
	}
	sort.Strings(names)
	fmt.Printf("set %s; a build takes %v; outputs %s\n", set, took.Round(time.Millisecond), strings.Join(names, ", "))

	counts := map[string]int{}
	failures := 0
	out := filepath.Join(work, "out")
	for i := 0; i < kills; i++ {
		// From 1 ms to 130% of a build's time (the mean of the next
		// builds so far), so that the last kills find a build that has
		// ended.
		at := time.Millisecond + time.Duration(float64(took)*1.3*float64(i)/float64(kills-1))
		if err := os.RemoveAll(out); err != nil {
			return err
		}
		if err := os.CopyFS(out, os.DirFS(oldDir)); err != nil {
			return err
		}
		c := build(newEnv, out)
		var stderr bytes.Buffer
		c.Stderr = &stderr
		if err := c.Start(); err != nil {
			return err
		}
		time.Sleep(at)
		c.Process.Signal(syscall.SIGKILL)
		err := c.Wait()
		killed := false
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				killed = true
			}
		}
		if err != nil && !killed {
			failures++
			fmt.Printf("kill %2d at %8v: the build failed on its own: %v\n%s", i+1, at.Round(time.Millisecond), err, stderr.String())
			continue
		}
		outcome, detail := classify(out, names, oldSums, newSums)
		counts[outcome]++
		if outcome == mixed {
			failures++
		}
		// The next build completes or replaces what the killed one
		// left, and leaves nothing of it.
		next := "next build ok"
		start := time.Now()
		b, err := build(newEnv, out).CombinedOutput()
		took = (took*time.Duration(i+1) + time.Since(start)) / time.Duration(i+2)
		if err != nil {
			failures++
			next = fmt.Sprintf("NEXT BUILD FAILED: %v %s", err, b)
		} else if got, _ := sums(out); !maps.Equal(got, newSums) {
			failures++
			next = "NEXT BUILD's outputs differ from the new reference"
		} else if left := leftovers(out, names); len(left) > 0 {
			failures++
			next = "NEXT BUILD LEFT " + strings.Join(left, ", ")
		}
		state := "killed"
		if !killed {
			state = "ended "
		}
		fmt.Printf("kill %2d at %8v: %s, %-8s %s; %s\n", i+1, at.Round(time.Millisecond), state, outcome, detail, next)
	}
	fmt.Printf("kills: %d; previous: %d, new: %d, pending (completed by the next build): %d, mixed: %d; failures: %d\n",
		kills, counts[previous], counts[newSet], counts[pending], counts[mixed], failures)
	if failures > 0 {
		return fmt.Errorf("%d failures", failures)
	}
	return nil
}

// classify says what the folder out holds after a kill.
func classify(out string, names []string, oldSums, newSums map[string]string) (string, string) {
	got, err := sums(out)
	if err != nil {
		return mixed, err.Error()
	}
	for _, name := range names {
		if got[name] == newSums[name] || got[name] == oldSums[name] {
			if err := sound(filepath.Join(out, name)); err != nil {
				return mixed, err.Error()
			}
		}
	}
	hidden := leftovers(out, names)
	switch {
	case maps.Equal(got, oldSums):
		return previous, strings.Join(hidden, " ")
	case maps.Equal(got, newSums):
		return newSet, strings.Join(hidden, " ")
	}
	// A commit begun: each output is new already, or its new version is
	// whole in the scratch folder whose journal names it.
	for _, h := range hidden {
		scratch := filepath.Join(out, h)
		if _, err := os.Stat(filepath.Join(scratch, "commit.json")); err != nil {
			continue
		}
		temps, _ := sums(scratch)
		ok := true
		for _, name := range names {
			if got[name] == newSums[name] {
				continue
			}
			found := false
			for t, sum := range temps {
				found = found || strings.HasPrefix(t, name+".tmp-") && sum == newSums[name]
			}
			ok = ok && found
		}
		if ok {
			return pending, strings.Join(hidden, " ")
		}
	}
	return mixed, fmt.Sprintf("%v", got)
}

// sound checks an output as its reader would: a PDF with qpdf --check
// (when installed), a workbook by opening it.
func sound(path string) error {
	switch filepath.Ext(path) {
	case ".pdf":
		if _, err := exec.LookPath("qpdf"); err != nil {
			return nil
		}
		if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
			return fmt.Errorf("qpdf --check %s: %v\n%s", path, err, out)
		}
	case ".xlsx":
		f, err := excelize.OpenFile(path)
		if err != nil {
			return fmt.Errorf("open %s: %w", path, err)
		}
		defer f.Close()
		if len(f.GetSheetList()) == 0 {
			return fmt.Errorf("%s: no sheet", path)
		}
	}
	return nil
}

// sums returns the SHA-256 of every visible regular file in dir.
func sums(dir string) (map[string]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		s := sha256.Sum256(b)
		m[e.Name()] = hex.EncodeToString(s[:])
	}
	return m, nil
}

// leftovers lists what in dir is not one of the outputs.
func leftovers(dir string, names []string) []string {
	entries, _ := os.ReadDir(dir)
	var left []string
	for _, e := range entries {
		if !slices.Contains(names, e.Name()) {
			left = append(left, e.Name())
		}
	}
	return left
}

func command(name string, args ...string) *exec.Cmd {
	c := exec.Command(name, args...)
	c.Stderr = os.Stderr
	return c
}
