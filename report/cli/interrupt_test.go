//go:build unix

package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestInterrupted: Ctrl-C (the context cancelled) before the read, or
// while stats waits for a workbook that never comes (a named pipe no one
// writes to), ends the command at once with exit 130, one line on stderr,
// nothing on stdout and no file written.
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
		wantErr string
	}{
		{"check", func(string) []string { return []string{"check", "--config", conf} }, 0, interrupted},
		{"build", func(out string) []string { return []string{"build", "--config", conf, "--lang", "en", "--out", out} }, 0,
			"ratsreport: interrupted; nothing was written, the previous outputs are as they were\n"},
		{"stats", func(out string) []string {
			return []string{"stats", "border", "--by", "state", "--config", conf, "--output", filepath.Join(out, "x.csv")}
		}, 0, interrupted},
		{"stats while reading", func(out string) []string {
			return []string{"stats", "border", "--by", "state", "--config", conf, "--output", filepath.Join(out, "x.csv"), fifo}
		}, 200 * time.Millisecond, interrupted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.after == 0 {
				cancel()
			} else {
				time.AfterFunc(tt.after, cancel)
			}
			var stdout, stderr bytes.Buffer
			done := make(chan int, 1)
			go func() {
				done <- Main(ctx, tt.args(out), &Env{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }})
			}()
			var code int
			select {
			case code = <-done:
			case <-time.After(tt.after + 5*time.Second):
				t.Fatal("still running 5 s after the cancel")
			}
			if code != ExitInterrupted || stderr.String() != tt.wantErr || stdout.Len() != 0 {
				t.Errorf("exit %d, stderr %q, stdout %q; want %d, %q and nothing", code, stderr.String(), stdout.String(), ExitInterrupted, tt.wantErr)
			}
			if entries, _ := os.ReadDir(out); len(entries) != 0 {
				t.Errorf("%d files written", len(entries))
			}
		})
	}
}
