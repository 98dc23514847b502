// Package samplebuild builds the shipped sample once per test binary,
// exactly as the build command does, for tests that compare what a
// renderer gives with what a real build wrote (the golden tests of
// pdfreport and xlsx). Only tests import it.
package samplebuild

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"ratsreport/report/build"
	"ratsreport/report/config"
	"ratsreport/report/fonts"
	"ratsreport/report/internal/testtool"
	"ratsreport/report/load"
	"ratsreport/report/model"
)

// Build is a build of the shipped sample, with the inputs it rendered
// from.
type Build struct {
	Config  *config.Config
	Inputs  *load.Inputs // what build.Run was given
	Result  *build.Result
	Outputs map[string][]byte // file name → the bytes the build wrote
	// NoCJK is why the build left zh out (no CJK font), if it did.
	NoCJK error
	skip  string // why the build could not be a real one
}

var (
	once     sync.Once
	built    *Build
	builtErr error
)

// Get builds the shipped sample (../../config.toml from the test's
// package folder) once, in every configured language, into a temporary
// folder it removes, and keeps the outputs' bytes. Without the CJK font
// the build leaves zh out; if the zh texts have translation gaps (which
// every report shows as warnings) the build would then not be the real
// one, and the test is skipped (a failure under RATSREPORT_REQUIRE_TOOLS=1).
func Get(t *testing.T) *Build {
	t.Helper()
	once.Do(func() { built, builtErr = buildSample("../../config.toml") })
	if builtErr != nil {
		t.Fatal(builtErr)
	}
	if built.skip != "" {
		testtool.Missing(t, built.skip)
	}
	return built
}

// env is the environment the build sees: the process's, without
// SOURCE_DATE_EPOCH, so the document date is the configuration's.
func env(k string) string {
	if k == "SOURCE_DATE_EPOCH" {
		return ""
	}
	return os.Getenv(k)
}

func buildSample(path string) (*Build, error) {
	cfg, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	b := &Build{Config: cfg, Outputs: map[string][]byte{}}
	var langs []string
	for _, l := range cfg.Report.Languages {
		if l == "zh" {
			if _, err := fonts.CJK(env); err != nil {
				b.NoCJK = err
				if zh, lerr := load.Prepare(cfg, load.Options{Langs: []string{l}}); lerr != nil || len(zh.Diags) > 0 {
					b.skip = fmt.Sprintf("%v; without it the build cannot report the zh translation gaps", err)
					return b, nil
				}
				continue
			}
		}
		langs = append(langs, l)
	}
	dir, err := os.MkdirTemp("", "ratsreport-golden-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	if b.Inputs, err = load.Read(ctx, cfg, load.Options{Langs: langs, Date: true, Fonts: true, Getenv: env}); err != nil {
		return nil, fmt.Errorf("load the sample: %w", err)
	}
	if b.Result, err = build.Run(ctx, b.Inputs, build.Options{OutDir: dir}); err != nil {
		return nil, fmt.Errorf("build the sample: %w", err)
	}
	for _, o := range b.Result.Outputs {
		if b.Outputs[filepath.Base(o.Path)], err = os.ReadFile(o.Path); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// MoreViolators returns a copy of the data in which one border report of
// Kazakhstan of the year counts one more border violator (the first
// indicator), and the report it changed. The read data is left alone.
func MoreViolators(t *testing.T, d *model.Data, year int) (*model.Data, *model.BorderReport) {
	t.Helper()
	out := *d
	out.Border = d.Border.Clone()
	for i, b := range out.Border.All() {
		if v := b.Values.At(0); b.State == "KZ" && b.Year() == year && v.Reported {
			c := *b
			c.Values = model.FiguresOf(b.Values.Decs()...)
			c.Values.Set(0, model.Dec{Milli: v.Milli + 1000, Reported: true})
			out.Border.Set(i, &c)
			return &out, &c
		}
	}
	t.Fatalf("no %d border report of KZ with violators", year)
	return nil, nil
}
