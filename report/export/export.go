// Package export writes every validated record, with its provenance, in the
// formats analysts' tools read: an SQLite database, an XLSX workbook with
// one sheet per dataset, and CSV files (a folder or a zip).
//
// The records become one model, a list of tables of typed cells (Tables
// for the datasets, and for SQLite the reference and child tables too);
// each format renders that model and knows nothing of the others. The
// decisions, documented for analysts in docs/export.md:
//
//   - a figure left empty is NULL (an empty CSV field, an empty cell),
//     never 0;
//   - decimal figures (kilograms) are exact: integer thousandths in a
//     column named KEY_milli, beside the decimal itself (text in SQLite,
//     a number in XLSX and CSV) for reading;
//   - names of operations, exercises and organisations are given by their
//     registry key, their years, the text as written and the registry's
//     name in English, Russian and Chinese;
//   - records come in the model's sorted order, numbered from 1 (id), so
//     that the same inputs give the same bytes in every format.
package export

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"ratsreport/report/config"
	"ratsreport/report/internal/pipeline"
	"ratsreport/report/lang"
	"ratsreport/report/model"
	"ratsreport/report/registry"
	"ratsreport/report/stats"
)

// Schema identifies the layout of the exported tables (docs/export.md);
// it is stored in the SQLite meta table. It changes only when a column
// changes meaning or goes away.
const Schema = "ratsreport-export/1"

// Formats are the export formats, by name.
var Formats = []string{"sqlite", "xlsx", "csv"}

// Source is what an export is made from.
type Source struct {
	Config *config.Config
	Data   *model.Data
	// Texts are the English texts: the labels of the key figures.
	Texts *lang.Texts
	// Years are the records exported, by each record's year; All also
	// exports the records without a year (agreements not signed).
	Years stats.Years
	// Version is the tool's version, stored in the SQLite meta table.
	Version string
}

// keep reports whether a record of year y is exported.
func (s *Source) keep(y int) bool {
	if s.Years.All {
		return true
	}
	return y != 0 && y >= s.Years.From && y <= s.Years.To
}

// YearsText describes the span of years exported: "all" or "2019-2025".
func (s *Source) YearsText() string {
	if s.Years.All {
		return "all"
	}
	if s.Years.From == s.Years.To {
		return fmt.Sprint(s.Years.From)
	}
	return fmt.Sprintf("%d-%d", s.Years.From, s.Years.To)
}

// years returns the years of the span that have a record.
func (s *Source) years() []int {
	var out []int
	for _, y := range s.Data.Years() {
		if s.keep(y) {
			out = append(out, y)
		}
	}
	return out
}

// ConfigSHA256 returns the SHA-256 of the configuration file, hex.
func ConfigSHA256(cfg *config.Config) (string, error) {
	f, err := os.Open(cfg.Path)
	if err != nil {
		return "", fmt.Errorf("hash the configuration: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("hash the configuration %s: %w", cfg.Path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Kind is the type of a column's cells.
type Kind int

// The kinds of column.
const (
	Integer Kind = iota // a whole number (Cell.Int)
	Text                // text (Cell.Text)
	Date                // a calendar day, ISO text yyyy-mm-dd (Cell.Text)
	Decimal             // a decimal figure held as thousandths (Cell.Int)
)

// Column is a column of a table.
type Column struct {
	Name string
	Kind Kind
}

// Cell is one value of a row. Null is a value not reported (or not
// given): NULL in SQLite, an empty field or cell elsewhere.
type Cell struct {
	Int  int64
	Text string
	Null bool
}

// Table is a table of the export: its columns and a way to fill each of
// its rows, so that a million rows are never held twice.
type Table struct {
	Name    string
	Columns []Column
	Len     int
	// Fill sets the cells of row i (0-based) into row, which has one cell
	// per column and is reused between calls.
	Fill func(i int, row []Cell)
	// Indexes are the columns indexed in SQLite, one index each.
	Indexes []string
}

// Rows calls each with every row of the table in order (the slice reused
// between calls), checking ctx every 4096 rows; it stops at the first
// error of each or ctx.
func (t *Table) Rows(ctx context.Context, each func(i int, row []Cell) error) error {
	row := make([]Cell, len(t.Columns))
	for i := range t.Len {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		clear(row)
		t.Fill(i, row)
		if err := each(i, row); err != nil {
			return err
		}
	}
	return nil
}

// blocks calls each with the rows of the table in order, size rows at a
// time (fewer in the last block); first is the index of the block's first
// row, and the rows are reused once each returns. A table of more than
// pipelined rows is filled on a goroutine of its own, a block or two ahead
// of each, so that making the cells and writing them (SQLite) use both
// cores (pipeline.Blocks). It checks ctx before every block and stops at
// the first error.
func (t *Table) blocks(ctx context.Context, size int, each func(first int, rows [][]Cell) error) error {
	n := len(t.Columns)
	newBlock := func() [][]Cell {
		cells := make([]Cell, size*n)
		rows := make([][]Cell, size)
		for j := range rows {
			rows[j] = cells[j*n : (j+1)*n : (j+1)*n]
		}
		return rows
	}
	fill := func(first int, rows [][]Cell) [][]Cell {
		rows = rows[:min(size, t.Len-first)]
		for j, row := range rows {
			clear(row)
			t.Fill(first+j, row)
		}
		return rows
	}
	return pipeline.Blocks(ctx, t.Len, size, pipelined, newBlock, fill, each)
}

// pipelined is the number of rows above which blocks fills a table's
// rows on a goroutine of its own.
const pipelined = 4096

// fixed is a table of rows held in memory (the small tables).
func fixed(name string, cols []Column, rows [][]Cell, indexes ...string) *Table {
	return &Table{Name: name, Columns: cols, Len: len(rows), Indexes: indexes,
		Fill: func(i int, row []Cell) { copy(row, rows[i]) }}
}

// Helpers building cells.

func num(v int64) Cell { return Cell{Int: v} }

func text(s string) Cell {
	if s == "" {
		return Cell{Null: true}
	}
	return Cell{Text: s}
}

func reported(i model.Int) Cell {
	if !i.Reported {
		return Cell{Null: true}
	}
	return Cell{Int: i.V}
}

func milli(d model.Dec) Cell {
	if !d.Reported {
		return Cell{Null: true}
	}
	return Cell{Int: d.Milli}
}

// year is a record's year, NULL for none (an agreement not signed).
func year(y int) Cell {
	if y == 0 {
		return Cell{Null: true}
	}
	return Cell{Int: int64(y)}
}

// listSep joins the items of a list in one cell; the SQLite database
// also has them one per row in child tables.
const listSep = "; "

func list(items []string) Cell { return text(strings.Join(items, listSep)) }

// names prints names in one language, by the registry.
type names struct {
	reg   *registry.Registry
	cache map[model.Name][3]string
	// The cells of the last name asked for: a dataset's consecutive rows
	// often name the same operation.
	last      model.Name
	lastCells [6]Cell
	haveLast  bool
}

func newNames(cfg *config.Config) *names {
	return &names{reg: registry.New(cfg), cache: map[model.Name][3]string{}}
}

// langs are the languages of the names, in column order.
var langs = [3]string{"en", "ru", "zh"}

// of returns n printed in English, Russian and Chinese.
func (ns *names) of(n model.Name) [3]string {
	if p, ok := ns.cache[n]; ok {
		return p
	}
	var p [3]string
	for i, l := range langs {
		p[i] = ns.reg.Name(n, l)
	}
	ns.cache[n] = p
	return p
}

// english returns the English names of a list, joined.
func (ns *names) english(list []model.Name) Cell {
	out := make([]string, len(list))
	for i, n := range list {
		out[i] = ns.of(n)[0]
	}
	return text(strings.Join(out, listSep))
}

// keys returns the identities of a list, joined.
func keys(list []model.Name) Cell {
	out := make([]string, len(list))
	for i, n := range list {
		out[i] = n.ID()
	}
	return text(strings.Join(out, listSep))
}

// nameColumns are the columns of a name: prefix_key, prefix_edition,
// prefix_as_written and prefix_en/_ru/_zh.
func nameColumns(prefix string) []Column {
	cols := []Column{{prefix + "_key", Text}, {prefix + "_edition", Text}, {prefix + "_as_written", Text}}
	for _, l := range langs {
		cols = append(cols, Column{prefix + "_" + l, Text})
	}
	return cols
}

// cells are the cells of nameColumns.
func (ns *names) cells(n model.Name) [6]Cell {
	if ns.haveLast && n == ns.last {
		return ns.lastCells
	}
	p := ns.of(n)
	c := [6]Cell{text(n.Key), text(n.Edition()), text(n.Text), text(p[0]), text(p[1]), text(p[2])}
	ns.last, ns.lastCells, ns.haveLast = n, c, true
	return c
}

// provenanceColumns are the last columns of every dataset.
var provenanceColumns = []Column{{"file", Text}, {"sheet", Text}, {"row", Integer}, {"file_sha256", Text}}

// hashes maps each input file to its SHA-256.
func hashes(d *model.Data) map[string]string {
	m := make(map[string]string, len(d.Sources))
	for _, s := range d.Sources {
		m[s.Path] = s.SHA256
	}
	return m
}

// provenances gives the provenance cells of records, remembering the
// file of the last one.
type provenances struct {
	sha      map[string]string // each input file's SHA-256
	file     string
	fileCell Cell
	shaCell  Cell
}

func (p *provenances) of(o model.Origin) [4]Cell {
	if o.File != p.file || p.fileCell == (Cell{}) {
		p.file, p.fileCell, p.shaCell = o.File, text(o.File), text(p.sha[o.File])
	}
	return [4]Cell{p.fileCell, text(o.Sheet), num(int64(o.Row)), p.shaCell}
}

// put copies cells into row from position at and returns the next
// position.
func put(row []Cell, at int, cells ...Cell) int {
	copy(row[at:], cells)
	return at + len(cells)
}

// indexOf returns the position of the column named name.
func (t *Table) indexOf(name string) int {
	return slices.IndexFunc(t.Columns, func(c Column) bool { return c.Name == name })
}
