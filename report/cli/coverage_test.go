package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// copySample copies the sample's configuration and the sources of 2024
// and 2025 into a new folder, leaving out the files named in skip
// (relative to the repository), and returns the configuration's path.
func copySample(t *testing.T, skip ...string) string {
	t.Helper()
	dir := t.TempDir()
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile("../../config.toml", filepath.Join(dir, "config.toml"))
	for _, year := range []string{"2024", "2025"} {
		files, err := filepath.Glob(filepath.Join("../../sources", year, "*.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			rel := filepath.ToSlash(strings.TrimPrefix(f, "../../"))
			if !containsString(skip, rel) {
				copyFile(f, filepath.Join(dir, rel))
			}
		}
	}
	return filepath.Join(dir, "config.toml")
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// run runs the command line with a fixed clock and returns its exit code
// and output.
func runAt(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var out, errs bytes.Buffer
	now := func() time.Time { return time.Date(2026, 2, 3, 15, 4, 5, 0, time.UTC) }
	code := Main(context.Background(), args, &Env{Stdout: &out, Stderr: &errs, Now: now})
	return code, out.String() + errs.String()
}

var warningLine = regexp.MustCompile(`(?m)^.*: warning: .*$`)

// TestCoverageComplete: the shipped sample's 2025 coverage is complete,
// and check says so, without a warning.
func TestCoverageComplete(t *testing.T) {
	code, out := runAt(t, "check", "--config", "../../config.toml")
	if code != ExitOK || !strings.Contains(out, "\ncoverage complete: every expected submission for 2025 has arrived\n") {
		t.Fatalf("check = %d:\n%s", code, out)
	}
	if w := warningLine.FindAllString(out, -1); len(w) > 0 {
		t.Errorf("warnings: %q", w)
	}
	for _, want := range []string{"border       10 of 10 states (expected: the 10 member states, due 2026-02-15)",
		"  IN India                  13 records from sources/2025/border-IN.xlsx"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}

// TestCoverageMissingState: without India's 2025 workbook, check gives
// exactly one warning, naming the state, the dataset and the year, in
// text and JSON; --strict fails on it; status shows it.
func TestCoverageMissingState(t *testing.T) {
	cfg := copySample(t, "sources/2025/border-IN.xlsx")
	want := "border results for 2025 not received from India; expected by 2026-02-15"

	code, out := runAt(t, "check", "--config", cfg)
	w := warningLine.FindAllString(out, -1)
	if code != ExitOK || len(w) != 1 || !strings.HasSuffix(w[0], "config.toml: warning: "+want) {
		t.Fatalf("check = %d, warnings %q; want one: %s\n%s", code, w, want, out)
	}
	for _, line := range []string{"border       9 of 10 states; missing: India", "  IN India             missing",
		"coverage incomplete: 1 expected submission for 2025 not received"} {
		if !strings.Contains(out, line) {
			t.Errorf("no %q in\n%s", line, out)
		}
	}

	code, out = runAt(t, "check", "--config", cfg, "--format", "json")
	var res Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var warnings []string
	for _, d := range res.Diagnostics {
		if d.Severity == "warning" {
			warnings = append(warnings, d.Message)
		}
	}
	if code != ExitOK || len(warnings) != 1 || warnings[0] != want {
		t.Errorf("check --format json = %d, warnings %q; want [%q]", code, warnings, want)
	}
	if c := res.Coverage; c == nil || c.Complete || c.Year != 2025 {
		t.Fatalf("coverage = %+v", c)
	}
	for _, d := range res.Coverage.Datasets {
		if d.Dataset == "border" && (strings.Join(d.Missing, ",") != "IN" || d.Complete || len(d.Expected) != 10) {
			t.Errorf("border coverage = %+v; want IN missing of 10", d)
		}
		if d.Dataset != "border" && !d.Complete {
			t.Errorf("%s coverage incomplete: %+v", d.Dataset, d)
		}
	}

	if code, out = runAt(t, "check", "--config", cfg, "--strict"); code != ExitData {
		t.Errorf("check --strict = %d, want %d:\n%s", code, ExitData, out)
	}

	code, out = runAt(t, "status", "--config", cfg)
	for _, line := range []string{"ratsreport status: reporting year 2025, today 2026-02-03", "deadline: 2026-02-15, in 12 days",
		"  MISSING border       9 of 10 states; missing: India", "  ok      exercises    received",
		"ready to build: yes, with 1 warning (build --strict would stop on them)"} {
		if !strings.Contains(out, line) {
			t.Errorf("status: no %q in\n%s", line, out)
		}
	}
	if !regexp.MustCompile(`(?m)^  \S*config.toml +0 +1$`).MatchString(out) {
		t.Errorf("status: no line of config.toml with its warning in\n%s", out)
	}
	if code != ExitOK {
		t.Errorf("status = %d, want 0", code)
	}
}

// TestStatusNotReady: a file with an error makes the year not ready, and
// the file is named with its count; the deadline past is counted back.
func TestStatusNotReady(t *testing.T) {
	cfg := copySample(t)
	bad := filepath.Join(filepath.Dir(cfg), "sources", "2025", "broken.xlsx")
	if err := os.WriteFile(bad, []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	now := func() time.Time { return time.Date(2026, 2, 20, 9, 0, 0, 0, time.UTC) }
	code := Main(context.Background(), []string{"status", "--config", cfg}, &Env{Stdout: &out, Stderr: &out, Now: now})
	for _, line := range []string{"deadline: 2026-02-15, passed 5 days ago", "  sources/2025/broken.xlsx", "ready to build: no, 1 error to correct"} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("status: no %q in\n%s", line, out.String())
		}
	}
	if code != ExitOK {
		t.Errorf("status = %d, want 0", code)
	}
}
