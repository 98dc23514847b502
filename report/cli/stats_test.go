package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func regexpMatch(pattern, s string) bool { return regexp.MustCompile(pattern).MatchString(s) }

// TestStatsFlags checks how the command line becomes options.
func TestStatsFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want StatsOptions
	}{
		{[]string{"border"}, StatsOptions{Config: "config.toml", Dataset: "border", Files: []string{}, Wait: DefaultWait}},
		{[]string{"border", "a.xlsx", "b.xlsx", "--by", "state,section", "--where", "state=KZ,section=external", "--years", "2019-2025",
			"--measures", "firearms", "--format", "csv", "-o", "x.csv", "--lang", "ru", "--config", "c.toml"},
			StatsOptions{Config: "c.toml", Dataset: "border", Files: []string{"a.xlsx", "b.xlsx"}, Years: "2019-2025", By: []string{"state", "section"},
				Where: []string{"state=KZ", "section=external"}, Measures: []string{"firearms"}, Format: "csv", Output: "x.csv", Lang: "ru", Wait: DefaultWait}},
		{[]string{"exercises", "--year", "2024"}, StatsOptions{Config: "config.toml", Dataset: "exercises", Files: []string{}, Year: 2024, Wait: DefaultWait}},
	} {
		var got *StatsOptions
		var gotCtx context.Context
		env := &Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: os.Getenv}
		cmd := NewStatsCmd(env, func(ctx context.Context, o *StatsOptions) error { gotCtx, got = ctx, o; return nil })
		cmd.SetArgs(c.args)
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		if gotCtx == nil {
			t.Errorf("%v: no context", c.args)
		}
		got.Env = nil
		if !reflect.DeepEqual(*got, c.want) {
			t.Errorf("%v:\n got %+v\nwant %+v", c.args, *got, c.want)
		}
	}
}

func TestStatsFormat(t *testing.T) {
	for _, c := range []struct {
		format, output, want, err string
	}{
		{"", "", "table", ""},
		{"", "a/b.CSV", "csv", ""},
		{"", "b.json", "json", ""},
		{"", "b.xlsx", "xlsx", ""},
		{"", "b.txt", "table", ""},
		{"json", "b.csv", "json", ""},
		{"xlsx", "", "", "needs --output"},
		{"yaml", "", "", `unknown format "yaml"; expected one of table, csv, json, xlsx`},
	} {
		got, err := statsFormat(&StatsOptions{Format: c.format, Output: c.output})
		if got != c.want || (err == nil) != (c.err == "") || err != nil && !strings.Contains(err.Error(), c.err) {
			t.Errorf("statsFormat(%q, %q) = %q, %v; want %q, %q", c.format, c.output, got, err, c.want, c.err)
		}
	}
}

// TestStatsSample runs the commands of the README on the shipped sample.
func TestStatsSample(t *testing.T) {
	conf := "../../config.toml"
	code, out, errs := run(t, "stats", "border", "--by", "state", "--config", conf)
	if code != 0 || !strings.HasPrefix(out, "Border operations, 2025, by reporting state\n") || !regexpMatch(`(?m)^Total +129 `, out) {
		t.Errorf("stats border --by state: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = run(t, "stats", "exercises", "--years", "2006-2025", "--by", "year", "--config", conf)
	if code != 0 || !regexpMatch(`(?m)^2007 +0 +– +–$`, out) || !regexpMatch(`(?m)^Total +20 `, out) {
		t.Errorf("stats exercises by year: exit %d\n%s%s", code, out, errs)
	}
}

// TestStatsOutputFailure: an output that cannot be written is exit 3,
// and nothing is left behind.
func TestStatsOutputFailure(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "stats", "agreements", "--config", "../../config.toml", "--output", filepath.Join(blocker, "x.csv"))
	if code != ExitInternal || !strings.Contains(errs, "x.csv") && !strings.Contains(errs, "file") {
		t.Errorf("exit %d, stderr %q; want 3 naming the path", code, errs)
	}
}
