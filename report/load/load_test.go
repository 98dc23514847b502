package load

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/failure"
	"ratsreport/report/msg"
)

const sampleConfig = "../../config.toml"

// env is an environment holding only the variables given.
func env(kv ...string) func(string) string {
	return func(k string) string {
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i] == k {
				return kv[i+1]
			}
		}
		return ""
	}
}

// copyConfig copies the sample's configuration into a new folder, with
// no sources, and returns its path.
func copyConfig(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile(sampleConfig)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestConfig(t *testing.T) {
	tests := []struct {
		path     string
		year     int
		wantYear int
		wantErr  string // empty: no error
	}{
		{sampleConfig, 0, 2025, ""},
		{sampleConfig, 2019, 2019, ""},
		{sampleConfig, 1800, 0, "--year 1800 is not a plausible reporting year"},
		{"nope.toml", 0, 0, "nope.toml: cannot read the configuration"},
	}
	for _, tt := range tests {
		cfg, err := Config(tt.path, tt.year)
		if tt.wantErr != "" {
			if failure.Of(err) != failure.Usage || !strings.Contains(fmtErr(err), tt.wantErr) {
				t.Errorf("Config(%q, %d) = %v (%v), want a usage error %q", tt.path, tt.year, err, failure.Of(err), tt.wantErr)
			}
			continue
		}
		if err != nil || cfg.Report.Year != tt.wantYear {
			t.Errorf("Config(%q, %d): year %v, %v; want %d", tt.path, tt.year, cfg, err, tt.wantYear)
		}
	}
	// A configuration error stays one, for the CLI to print as such.
	_, err := Config("nope.toml", 0)
	var ce config.Errors
	if !errors.As(err, &ce) {
		t.Errorf("Config(nope.toml) = %T, want config.Errors inside", err)
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestPrepare: what a command asks for is loaded, and what it does not
// ask for is not looked at (a bad SOURCE_DATE_EPOCH does not stop check).
func TestPrepare(t *testing.T) {
	cfg, err := Config(sampleConfig, 0)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		opt      Options
		wantDate time.Time
		wantErr  string
	}{
		{"the configuration's date", Options{Date: true}, time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC), ""},
		{"SOURCE_DATE_EPOCH", Options{Date: true, Getenv: env("SOURCE_DATE_EPOCH", "1767225600")}, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"SOURCE_DATE_EPOCH not a number", Options{Date: true, Getenv: env("SOURCE_DATE_EPOCH", "yesterday")}, time.Time{}, `SOURCE_DATE_EPOCH="yesterday" is not a number`},
		{"SOURCE_DATE_EPOCH negative", Options{Date: true, Getenv: env("SOURCE_DATE_EPOCH", "-5")}, time.Time{}, `SOURCE_DATE_EPOCH="-5" is not a number`},
		{"no date asked", Options{Getenv: env("SOURCE_DATE_EPOCH", "yesterday")}, time.Time{}, ""},
		{"unknown language", Options{Langs: []string{"en", "fr"}}, time.Time{}, `unknown language "fr"; expected one of en, ru, zh`},
		{"no CJK font", Options{Langs: []string{"zh"}, Fonts: true, Getenv: env("RATSREPORT_CJK_FONT", "/no/such/font.ttf")}, time.Time{}, "/no/such/font.ttf"},
		{"no fonts asked", Options{Langs: []string{"zh"}, Getenv: env("RATSREPORT_CJK_FONT", "/no/such/font.ttf")}, time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := Prepare(cfg, tt.opt)
			if tt.wantErr != "" {
				if in != nil || failure.Of(err) != failure.Usage || !strings.Contains(fmtErr(err), tt.wantErr) {
					t.Errorf("Prepare = %v, %v (%v); want a usage error %q", in, err, failure.Of(err), tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !in.Date.Equal(tt.wantDate) {
				t.Errorf("Date = %v, want %v", in.Date, tt.wantDate)
			}
			wantLangs := tt.opt.Langs
			if wantLangs == nil {
				wantLangs = cfg.Report.Languages
			}
			for _, l := range wantLangs {
				if in.Texts[l] == nil || in.Texts[l].Lang != l {
					t.Errorf("no %s texts", l)
				}
			}
			if (in.Fonts != nil) != tt.opt.Fonts {
				t.Errorf("Fonts = %v, asked %v", in.Fonts != nil, tt.opt.Fonts)
			}
		})
	}
}

// TestVerdict: errors stop; warnings (a translation gap here) stop only
// under Strict; either way the diagnostics come back, sorted.
func TestVerdict(t *testing.T) {
	path := copyConfig(t)
	dir := filepath.Dir(path)
	for _, l := range []string{"en", "ru"} {
		b, err := os.ReadFile(filepath.Join("../../templates", l, "text.toml"))
		if err != nil {
			t.Fatal(err)
		}
		if l == "ru" {
			b = []byte(strings.Replace(string(b), "\ncontents = ", "\n# contents = ", 1))
		}
		os.MkdirAll(filepath.Join(dir, "templates", l), 0o755)
		if err := os.WriteFile(filepath.Join(dir, "templates", l, "text.toml"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := Config(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Langs: []string{"en", "ru"}}
	in, err := Read(context.Background(), cfg, opt)
	if err != nil || in.Diags.Count(diag.Warning) != 2 || in.Read.Diags.Count(diag.Warning) != 1 {
		// The warnings: the pattern matches no file, and the gap.
		t.Fatalf("Read = %v; diags %v, reader's %v", err, in.Diags, in.Read.Diags)
	}
	if !strings.Contains(fmt.Sprint(in.Diags), `no ru translation for "doc.contents"`) {
		t.Errorf("no translation gap in %v", in.Diags)
	}
	opt.Strict = true
	if in, err = Read(context.Background(), cfg, opt); failure.Of(err) != failure.Inputs || in == nil {
		t.Errorf("Read under Strict = %v (%v), want the inputs and an inputs error", err, failure.Of(err))
	}
	os.WriteFile(filepath.Join(dir, "sources", "broken.xlsx"), []byte("not a workbook"), 0o644)
	in, err = Read(context.Background(), cfg, Options{Langs: []string{"en"}})
	if failure.Of(err) != failure.Inputs || in == nil || in.Diags.Count(diag.Error) != 1 {
		t.Fatalf("Read with a broken workbook = %v (%v), diags %v", err, failure.Of(err), in)
	}
	if d := in.Diags[0]; d.File != "sources/broken.xlsx" || d.Severity != diag.Error {
		t.Errorf("first diagnostic %v, want the broken workbook's error", d)
	}
}

// TestInterrupted: a read whose context is cancelled (Ctrl-C), before it
// starts or while it reads, stops with an error of kind
// failure.Interrupted and no inputs.
func TestInterrupted(t *testing.T) {
	cfg, err := Config(sampleConfig, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, when := range []string{"before reading", "while reading"} {
		t.Run(when, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if when == "before reading" {
				cancel()
			}
			files := 0
			progress := func(m msg.Message) {
				if strings.HasPrefix(m.In("en"), "reading 1/") {
					files++
					cancel()
				}
			}
			in, err := Read(ctx, cfg, Options{Progress: progress})
			if failure.Of(err) != failure.Interrupted || in != nil {
				t.Fatalf("Read = %v, %v (%v); want no inputs and an interrupted error", in, err, failure.Of(err))
			}
			if when == "while reading" && files != 1 {
				t.Errorf("%d files read before the cancel, want 1", files)
			}
		})
	}
}

// TestNeedYear: with NeedYear, a reporting year that no record falls in
// is an error naming the years the sources hold; a year with records is
// not; without NeedYear (check, stats) an empty year is no error.
func TestNeedYear(t *testing.T) {
	tests := []struct {
		year     int
		needYear bool
		want     string // the error's message, "" for none
	}{
		{2025, true, ""},
		{2007, true, "the reporting year 2007 has no record in any dataset, so there is nothing to report; the sources hold records of 2006, 2008–2025"},
		{2026, true, "the reporting year 2026 has no record in any dataset"},
		{2026, false, ""},
	}
	for _, tt := range tests {
		cfg, err := Config(sampleConfig, tt.year)
		if err != nil {
			t.Fatal(err)
		}
		in, err := Read(context.Background(), cfg, Options{Langs: []string{"en"}, NeedYear: tt.needYear})
		if tt.want == "" {
			if err != nil {
				t.Errorf("year %d, NeedYear %v: Read = %v, want no error", tt.year, tt.needYear, err)
			}
			continue
		}
		if failure.Of(err) != failure.Inputs || in == nil {
			t.Fatalf("year %d: Read = %v (%v), want an inputs error with the inputs", tt.year, err, failure.Of(err))
		}
		errs := in.Diags.Only(diag.Error)
		if len(errs) != 1 || errs[0].File != sampleConfig || !strings.Contains(errs[0].Message, tt.want) {
			t.Errorf("year %d: errors %v, want one on %s containing %q", tt.year, errs, sampleConfig, tt.want)
		}
	}
}
