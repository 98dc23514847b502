//go:build unix

package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterrupted: Ctrl-C (the context cancelled) before the read, while
// stats waits for a workbook that never comes (a named pipe no one writes
// to), or while stats or template waits for the output folder another
// build holds, ends the command at once with exit 130, one line on stderr
// (after the one saying it waits), nothing on stdout and no file written.
func TestInterrupted(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "stuck.xlsx")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	const conf = "../../config.toml"
	const interrupted = "ratsreport: interrupted\n"
	tests := []struct {
		name    string
		args    func(out string) []string
		after   time.Duration // the cancel, after the start; 0: before it
		busy    bool          // another build holds the output folder; the cancel comes once the command says it waits
		wantErr string
	}{
		{"check", func(string) []string { return []string{"check", "--config", conf} }, 0, false, interrupted},
		{"build", func(out string) []string { return []string{"build", "--config", conf, "--lang", "en", "--out", out} }, 0, false,
			"ratsreport: interrupted; nothing was written, the previous outputs are as they were\n"},
		{"stats", func(out string) []string {
			return []string{"stats", "border", "--by", "state", "--config", conf, "--output", filepath.Join(out, "x.csv")}
		}, 0, false, interrupted},
		{"stats while reading", func(out string) []string {
			return []string{"stats", "border", "--by", "state", "--config", conf, "--output", filepath.Join(out, "x.csv"), fifo}
		}, 200 * time.Millisecond, false, interrupted},
		{"stats while waiting for the folder", func(out string) []string {
			return []string{"stats", "border", "--by", "state", "--config", conf, "--output", filepath.Join(out, "x.csv")}
		}, 0, true, interrupted},
		{"template while waiting for the folder", func(out string) []string {
			return []string{"template", "--config", conf, "--lang", "en", "--dataset", "border", "--out", out}
		}, 0, true, interrupted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			wantErr := tt.wantErr
			if tt.busy {
				hold(t, out)
				wantErr = "ratsreport: another build is writing to " + out + "; waiting up to 10m0s (--wait)\n" + wantErr
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var stdout, stderr bytes.Buffer
			var errw io.Writer = &stderr
			limit := tt.after + 5*time.Second
			switch {
			case tt.busy:
				errw = &cancelOn{w: &stderr, text: "waiting up to", cancel: cancel}
				limit = time.Minute // the read comes first, on a loaded machine
			case tt.after == 0:
				cancel()
			default:
				time.AfterFunc(tt.after, cancel)
			}
			done := make(chan int, 1)
			go func() {
				done <- Main(ctx, tt.args(out), &Env{Stdout: &stdout, Stderr: errw, Getenv: func(string) string { return "" }})
			}()
			var code int
			select {
			case code = <-done:
			case <-time.After(limit):
				t.Fatalf("still running after %v", limit)
			}
			if code != ExitInterrupted || stderr.String() != wantErr || stdout.Len() != 0 {
				t.Errorf("exit %d, stderr %q, stdout %q; want %d, %q and nothing", code, stderr.String(), stdout.String(), ExitInterrupted, wantErr)
			}
			if entries, _ := os.ReadDir(out); len(entries) != 0 {
				t.Errorf("%d files written", len(entries))
			}
		})
	}
}

// cancelOn writes to w, and calls cancel once what is written holds text.
type cancelOn struct {
	w      *bytes.Buffer
	text   string
	cancel func()
}

func (c *cancelOn) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if strings.Contains(c.w.String(), c.text) {
		c.cancel()
	}
	return n, err
}

// hold takes the lock a build takes on the output folder dir (a flock on
// the folder itself, as package outfile does), until the test ends.
func hold(t *testing.T, dir string) {
	t.Helper()
	f, err := os.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
}
