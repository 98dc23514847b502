package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// runMain runs the command line in process and returns its exit code and
// streams.
func runMain(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), args, &Env{Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string { return env[k] }})
	return code, stdout.String(), stderr.String()
}

// TestJSONSchema validates the JSON documents of real runs (a clean check,
// a build, a check with data errors, a configuration error) against
// docs/result.schema.json, and checks their content.
func TestJSONSchema(t *testing.T) {
	f, err := os.Open("../../docs/result.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("result.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("result.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	bad := t.TempDir()
	os.MkdirAll(filepath.Join(bad, "sources"), 0o755)
	cfg, _ := os.ReadFile("../../config.toml")
	os.WriteFile(filepath.Join(bad, "config.toml"), cfg, 0o644)
	os.WriteFile(filepath.Join(bad, "sources", "junk.xlsx"), []byte("junk"), 0o644)
	out := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		check    func(t *testing.T, r Result)
	}{
		{"check", []string{"check", "--config", "../../config.toml", "--format", "json"}, 0, func(t *testing.T, r Result) {
			if r.Datasets["border"].Year != 129 || r.Datasets["exercises"].All != 20 || len(r.Files) != 41 || r.Counts.Notices != 15 { // 5, 7 from the hand-laid 2025/border-KZ.xlsx (six merged ranges, one total row), and 3 bracketed comments after observers' names (2021, 2022)
				t.Errorf("counts: %+v, %d files, %+v", r.Datasets, len(r.Files), r.Counts)
			}
		}},
		{"build", []string{"build", "--config", "../../config.toml", "--lang", "en", "--out", out, "--format", "json"}, 0, func(t *testing.T, r Result) {
			if len(r.Outputs) != 2 {
				t.Fatalf("outputs = %+v", r.Outputs)
			}
			for _, o := range r.Outputs {
				info, err := os.Stat(o.Path)
				if err != nil || info.Size() != o.Size {
					t.Errorf("%s: %v, size %d", o.Path, err, o.Size)
				}
			}
		}},
		{"data errors", []string{"check", "--config", filepath.Join(bad, "config.toml"), "--format", "json"}, 1, func(t *testing.T, r Result) {
			if r.OK || r.Counts.Errors != 1 || r.Diagnostics[0].File != "sources/junk.xlsx" || r.Error != "" {
				t.Errorf("result = %+v", r)
			}
			// English by default, with the message's code.
			if d := r.Diagnostics[0]; r.Messages != "en" || d.Code == "" || d.Text != "sources/junk.xlsx: error: "+d.Message {
				t.Errorf("messages %q, diagnostic %+v", r.Messages, d)
			}
		}},
		{"data errors in Russian", []string{"check", "--config", filepath.Join(bad, "config.toml"), "--format", "json", "--messages", "ru"}, 1, func(t *testing.T, r Result) {
			// The same code; the message and its line in Russian; the
			// severity and the keys in English.
			d := r.Diagnostics[0]
			if r.Messages != "ru" || d.Code == "" || d.Severity != "error" || d.Text != "sources/junk.xlsx: ошибка: "+d.Message {
				t.Errorf("messages %q, diagnostic %+v", r.Messages, d)
			}
		}},
		{"usage error in Chinese", []string{"check", "--config", "../../config.toml", "--format", "json", "--year", "1066", "--messages", "zh"}, 2, func(t *testing.T, r Result) {
			if r.OK || r.Messages != "zh" || r.Error == "" {
				t.Errorf("result = %+v", r)
			}
		}},
		{"configuration error", []string{"check", "--config", "nope.toml", "--format", "json"}, 2, func(t *testing.T, r Result) {
			if r.OK || !strings.Contains(r.Error, "nope.toml") {
				t.Errorf("result = %+v", r)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, _ := runMain(t, nil, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d", code, tt.wantCode)
			}
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
			if err != nil {
				t.Fatalf("stdout is not one JSON document: %v\n%s", err, stdout)
			}
			if err := schema.Validate(inst); err != nil {
				t.Fatalf("schema: %v", err)
			}
			var r Result
			dec := json.NewDecoder(strings.NewReader(stdout))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&r); err != nil {
				t.Fatal(err)
			}
			if r.ExitCode != code {
				t.Errorf("exit_code %d, process %d", r.ExitCode, code)
			}
			tt.check(t, r)
		})
	}
}
