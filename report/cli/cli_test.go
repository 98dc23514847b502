package cli

import (
	"context"
	"encoding/csv"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
)

// TestMain lets the scripts run ratsreport as a command: the test binary
// re-executes itself, so each script line is a real process with its own
// exit code, like a user's shell.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"ratsreport": func() {
			os.Exit(Main(context.Background(), os.Args[1:], &Env{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
				StderrIsTerminal: os.Getenv("RATSREPORT_TEST_TTY") == "1"}))
		},
	})
}

// TestScripts runs the end-to-end command-line scripts in
// testdata/script: exit codes, printed diagnostics and counts.
func TestScripts(t *testing.T) {
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repo)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mkbook":   mkbook,
			"setcells": setcells,
			"status":   status,
		},
	})
}

// status runs a program and checks its exact exit code:
// status 2 ratsreport check --year x
func status(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}

// setcells fills cells of an existing workbook, as a clerk fills a
// template: setcells in.xlsx out.xlsx Sheet A3=value B3=value ...
// A value is text as typed; the input workbook is left as it was.
func setcells(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 4 {
		ts.Fatalf("usage: setcells in.xlsx out.xlsx Sheet A3=value ...")
	}
	f, err := excelize.OpenFile(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	for _, spec := range args[3:] {
		cell, v, ok := strings.Cut(spec, "=")
		if !ok {
			ts.Fatalf("setcells: %q is not Cell=value", spec)
		}
		ts.Check(f.SetCellStr(args[2], cell, v))
	}
	ts.Check(f.SaveAs(ts.MkAbs(args[1])))
}

// mkbook writes a workbook from CSV files: mkbook out.xlsx Sheet=file.csv ...
// Each CSV line is a row; cells are text as written.
func mkbook(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: mkbook out.xlsx Sheet=file.csv ...")
	}
	f := excelize.NewFile()
	defer f.Close()
	for i, spec := range args[1:] {
		name, file, ok := strings.Cut(spec, "=")
		if !ok {
			ts.Fatalf("mkbook: %q is not Sheet=file.csv", spec)
		}
		if i == 0 {
			ts.Check(f.SetSheetName("Sheet1", name))
		} else {
			_, err := f.NewSheet(name)
			ts.Check(err)
		}
		r := csv.NewReader(strings.NewReader(ts.ReadFile(file)))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		ts.Check(err)
		for j, row := range rows {
			cells := make([]any, len(row))
			for k, c := range row {
				cells[k] = c
			}
			ref, _ := excelize.CoordinatesToCellName(1, j+1)
			ts.Check(f.SetSheetRow(name, ref, &cells))
		}
	}
	ts.Check(f.SaveAs(ts.MkAbs(args[0])))
}
