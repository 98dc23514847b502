package cli

import (
	"encoding/json"
	"io"
	"math"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/export"
	"ratsreport/report/failure"
	"ratsreport/report/lang"
	"ratsreport/report/load"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/outfile"
	"ratsreport/report/registry"
	"ratsreport/report/schema"
	"ratsreport/report/summary"
	"ratsreport/report/value"
)

// ResultSchema identifies the JSON document that check and build print
// with --format json; docs/result.schema.json describes it. The version
// changes only when a field changes meaning or goes away.
const ResultSchema = "ratsreport/result/v1"

// Result is the machine-readable outcome of check or build.
type Result struct {
	Schema   string `json:"schema"`
	Command  string `json:"command"`
	Year     int    `json:"year,omitempty"`
	OK       bool   `json:"ok"`
	ExitCode int    `json:"exit_code"`
	// Messages is the language of the texts for a person: Error and each
	// diagnostic's Message and Text (en, ru or zh).
	Messages    string                  `json:"messages"`
	Error       string                  `json:"error,omitempty"`
	Counts      Counts                  `json:"counts"`
	Diagnostics []Diagnostic            `json:"diagnostics"`
	Datasets    map[string]DatasetCount `json:"datasets,omitempty"`
	Files       []File                  `json:"files,omitempty"`
	Outputs     []Output                `json:"outputs,omitempty"`
	// UnknownNames are the names the registry does not know, each with a
	// registry entry to complete and paste into config.toml.
	UnknownNames []UnknownName `json:"unknown_names,omitempty"`
	// Coverage is the reporting year's: who was expected to send each
	// dataset, who did and who did not.
	Coverage *Coverage `json:"coverage,omitempty"`
	// KeyFigures are every key figure of the reporting year (build only).
	KeyFigures []KeyFigure `json:"key_figures,omitempty"`

	env   *Env      // the language of the texts: env.Messages
	diags diag.List // the diagnostics, until renderDiags
}

// KeyFigure is one key figure of the reporting year, as the report gives
// it: figures are exact decimal numbers, null when not reported.
type KeyFigure struct {
	Key                 string       `json:"key"`
	Label               string       `json:"label"`
	Area                string       `json:"area"`
	Headline            bool         `json:"headline"`
	Value               *json.Number `json:"value"`
	NotReported         int          `json:"not_reported"`
	Previous            *json.Number `json:"previous"`
	PreviousNotReported int          `json:"previous_not_reported"`
	Change              *json.Number `json:"change"`
	ChangeKind          string       `json:"change_kind"`
	ChangePercent       *float64     `json:"change_percent"`
}

// figureNumber is an amount as an exact JSON number, nil when not
// reported.
func figureNumber(a summary.Amount) *json.Number {
	if !a.Reported {
		return nil
	}
	n := json.Number(value.FormatMilli(a.Milli))
	return &n
}

// setKeyFigures records the key figures of s, labelled in English by t.
func (r *Result) setKeyFigures(cfg *config.Config, s *summary.Summary, t *lang.Texts) {
	r.KeyFigures = []KeyFigure{}
	for _, f := range export.KeyFigures(cfg, s, t) {
		k := KeyFigure{Key: f.Key, Label: f.Label, Area: f.Area, Headline: f.Headline,
			Value: figureNumber(f.Value), NotReported: f.Value.Missing,
			Previous: figureNumber(f.Prev), PreviousNotReported: f.Prev.Missing,
			ChangeKind: export.ChangeKind(f.Change.Kind)}
		if f.Change.Kind != summary.NotReported {
			k.Change = figureNumber(summary.Amount{Milli: f.Change.Milli, Reported: true})
		}
		if f.Change.Kind == summary.Up || f.Change.Kind == summary.Down {
			p := math.Round(f.Change.Percent*10) / 10
			k.ChangePercent = &p
		}
		r.KeyFigures = append(r.KeyFigures, k)
	}
}

// UnknownName is a name of an organisation, operation or exercise that
// the registry does not know, where it is first written, and a stub.
type UnknownName struct {
	Table string `json:"table"`
	Text  string `json:"text"`
	File  string `json:"file"`
	Sheet string `json:"sheet"`
	Row   int    `json:"row"`
	Stub  string `json:"stub"`
}

// Counts counts the diagnostics by severity.
type Counts struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Notices  int `json:"notices"`
}

// Diagnostic is one diagnostic; Cell is A1 notation, "14:14" for a row,
// or empty; Row and Column are 1-based, 0 when not known. Code is the
// message's stable key (scripts match it); Message and Text are in the
// language of the messages (Result.Messages), Severity is the English
// key.
type Diagnostic struct {
	File     string `json:"file"`
	Sheet    string `json:"sheet"`
	Cell     string `json:"cell"`
	Row      int    `json:"row"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
	Text     string `json:"text"` // the line printed in text mode
}

// DatasetCount is the records of one dataset in the reporting year and
// in all years.
type DatasetCount struct {
	Year int `json:"year"`
	All  int `json:"all"`
}

// File is one input file as read.
type File struct {
	Path   string  `json:"path"`
	Size   int64   `json:"size"`
	SHA256 string  `json:"sha256"`
	Failed bool    `json:"failed"`
	Sheets []Sheet `json:"sheets"`
}

// Sheet is one sheet of an input file; Dataset is empty when ignored.
type Sheet struct {
	Name     string `json:"name"`
	Dataset  string `json:"dataset"`
	Rows     int    `json:"rows"`
	Records  int    `json:"records"`
	Merged   int    `json:"merged"`
	Rejected int    `json:"rejected"`
}

// Output is a file written by build.
type Output struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// newResult starts the result of command; its texts are in the language
// of env's messages, read when they are written (after the command has
// read report.messages).
func newResult(command string, env *Env) *Result {
	return &Result{Schema: ResultSchema, Command: command, Diagnostics: []Diagnostic{}, env: env}
}

// lang is the language of the result's texts.
func (r *Result) lang() string {
	if r.env == nil || r.env.Messages == "" {
		return "en"
	}
	return r.env.Messages
}

// setDiags records the diagnostics: their counts now, their texts when
// the document is printed (finish), so that a text run does not put forty
// thousand warnings into words twice.
func (r *Result) setDiags(ds diag.List) {
	r.diags = ds
	r.Counts = Counts{Errors: ds.Count(diag.Error), Warnings: ds.Count(diag.Warning), Notices: ds.Count(diag.Notice)}
}

// renderDiags puts the diagnostics recorded into Diagnostics, in the
// document's language.
func (r *Result) renderDiags() {
	if r.diags == nil {
		return
	}
	lang := r.lang()
	r.Diagnostics = make([]Diagnostic, 0, len(r.diags))
	for _, d := range r.diags {
		text := d.Text(lang) // put into words once, for Message and Text
		r.Diagnostics = append(r.Diagnostics, Diagnostic{File: d.File, Sheet: d.Sheet, Cell: d.Cell(), Row: d.Row, Column: d.Col,
			Severity: d.Severity.String(), Code: string(d.Code()), Message: text, Text: d.Prefix(lang) + text})
	}
	r.diags = nil
}

func (r *Result) setData(d *model.Data, year int) {
	r.Year = year
	r.Datasets = map[string]DatasetCount{}
	put := func(name schema.Dataset, n int, yearOf func(int) int) {
		c := DatasetCount{All: n}
		for i := 0; i < n; i++ {
			if yearOf(i) == year {
				c.Year++
			}
		}
		r.Datasets[string(name)] = c
	}
	put(schema.Exercises, len(d.Exercises), func(i int) int { return d.Exercises[i].Year() })
	put(schema.Border, d.Border.Len(), func(i int) int { return d.Border.Start(i).Year() })
	put(schema.Conference, len(d.Sessions), func(i int) int { return d.Sessions[i].Year() })
	put(schema.Agreements, len(d.Agreements), func(i int) int { return d.Agreements[i].Year() })
	put(schema.Online, len(d.Online), func(i int) int { return d.Online[i].Year() })
	put(schema.Training, len(d.Training), func(i int) int { return d.Training[i].Year() })
	put(schema.Meetings, len(d.Meetings), func(i int) int { return d.Meetings[i].Year() })
	for _, s := range d.Sources {
		f := File{Path: s.Path, Size: s.Size, SHA256: s.SHA256, Failed: s.Failed, Sheets: []Sheet{}}
		for _, sh := range s.Sheets {
			f.Sheets = append(f.Sheets, Sheet{Name: sh.Name, Dataset: sh.Dataset, Rows: sh.Rows, Records: sh.Records, Merged: sh.Merged, Rejected: sh.Rejected})
		}
		r.Files = append(r.Files, f)
	}
}

// setInputs records what the loader read: the diagnostics, the records
// counted per dataset and the files.
func (r *Result) setInputs(in *load.Inputs) {
	r.setDiags(in.Diags)
	r.setData(in.Read.Data, in.Config.Report.Year)
	if in.Coverage != nil {
		r.Coverage = newCoverage(in.Config, in.Coverage)
	}
	for _, u := range registry.Unknowns(in.Read.Data) {
		r.UnknownNames = append(r.UnknownNames, UnknownName{Table: u.Table, Text: u.Text,
			File: u.Origin.File, Sheet: u.Origin.Sheet, Row: u.Origin.Row, Stub: u.Stub})
	}
}

func (r *Result) setOutputs(ws []outfile.Written) {
	for _, w := range ws {
		r.Outputs = append(r.Outputs, Output{Path: w.Path, Size: w.Size, SHA256: w.SHA256})
	}
}

// finish records the outcome of err and prints the document.
func (r *Result) finish(w io.Writer, err error) error {
	r.ExitCode = exitCodeOf(err)
	r.OK = r.ExitCode == ExitOK
	r.Messages = r.lang()
	r.renderDiags()
	if err != nil && r.ExitCode != ExitData {
		r.Error = msg.Text(r.Messages, err)
	}
	if werr := writeJSON(w, r); werr != nil {
		return failure.Errorf(failure.Output, msg.CLIWriteStdout, werr)
	}
	return err
}

// keyFigures records the key figures of the build's summary, labelled
// with the English texts (loaded when the build's languages lack them).
func (r *Result) keyFigures(in *load.Inputs, s *summary.Summary) error {
	t := in.Texts["en"]
	if t == nil {
		en, err := load.Prepare(in.Config, load.Options{Langs: []string{"en"}})
		if err != nil {
			return err
		}
		t = en.Texts["en"]
	}
	r.setKeyFigures(in.Config, s, t)
	return nil
}
