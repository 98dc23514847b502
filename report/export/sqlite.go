package export

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ncruces/go-sqlite3"

	"ratsreport/report/value"
)

// pageSize is the database's page size, fixed so that the file's layout
// does not depend on the SQLite build's default. 16 kB rather than
// SQLite's usual 4 kB: a quarter of the pages to allocate, balance and
// write, which made the export of a million border rows about 15% less
// CPU and 25% less time (docs/performance.md); the file is no larger.
const pageSize = 16384

// WriteSQLite writes the export as a new SQLite database at path, which
// must not exist (write it in a scratch folder, then move it into place).
// The database holds one STRICT table per dataset, the child tables of
// their lists, the states, registry and indicators of the configuration,
// the inputs with their SHA-256, the key figures of every year exported,
// and a meta table; indexes on year and state. The same source gives the
// same bytes: fixed page size, no journal, no timestamp, rows in the
// model's order, indexes built after the rows.
func WriteSQLite(ctx context.Context, path string, src *Source) (err error) {
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("write %s: the file exists already", path)
	}
	configSHA, err := ConfigSHA256(src.Config)
	if err != nil {
		return err
	}
	// The key figures (a summary per year) are computed on another core
	// while the datasets are written; their table comes last.
	type result struct {
		t   *Table
		err error
	}
	figures := make(chan result, 1)
	go func() {
		t, err := keyFigures(ctx, src)
		figures <- result{t, err}
	}()
	pending := true
	defer func() {
		if pending {
			<-figures // nothing left running after a failure
		}
	}()
	sel, ns := src.selection(), newNames(src.Config)
	tables := datasets(src, sel, ns)
	tables = append(tables, children(sel, ns)...)
	tables = append(tables, references(src, configSHA)...)

	db, err := sqlite3.Open("file:" + path + "?mode=rwc")
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer func() {
		if cerr := db.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close %s: %w", path, cerr)
		}
	}()
	for _, pragma := range []string{
		fmt.Sprintf("PRAGMA page_size = %d", pageSize),
		"PRAGMA journal_mode = OFF", // a failed export is removed whole: nothing to roll back
		"PRAGMA synchronous = OFF",  // the file is synced when moved into place
		"PRAGMA locking_mode = EXCLUSIVE",
		"PRAGMA auto_vacuum = NONE",
		"PRAGMA encoding = 'UTF-8'",
		"BEGIN",
	} {
		if err := db.Exec(pragma); err != nil {
			return fmt.Errorf("%s: %w", pragma, err)
		}
	}
	for _, t := range tables {
		if err := insert(ctx, db, t); err != nil {
			return fmt.Errorf("write the table %s: %w", t.Name, err)
		}
	}
	r := <-figures
	pending = false
	if r.err != nil {
		return r.err
	}
	if err := insert(ctx, db, r.t); err != nil {
		return fmt.Errorf("write the table %s: %w", r.t.Name, err)
	}
	tables = append(tables, r.t)
	for _, t := range tables {
		for _, col := range t.Indexes {
			q := fmt.Sprintf("CREATE INDEX %s_%s ON %s (%s)", t.Name, col, t.Name, col)
			if err := db.Exec(q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
	}
	if err := db.Exec("COMMIT"); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// createTable returns the statement creating t.
func createTable(t *Table) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE %s (", t.Name)
	for i, c := range t.Columns {
		if i > 0 {
			b.WriteString(", ")
		}
		typ := "TEXT"
		if c.Kind == Integer {
			typ = "INTEGER"
		}
		b.WriteString(c.Name + " " + typ)
		if c.Name == "id" && i == 0 {
			b.WriteString(" PRIMARY KEY")
		}
	}
	b.WriteString(") STRICT")
	return b.String()
}

// insert creates t and inserts its rows.
//
// Rows go in batches of batchRows per statement execution (one prepared
// statement with batchRows rows of parameters; the last rows one by one),
// and a parameter is bound again only when its value differs from the
// one bound before: SQLite keeps a statement's bindings across
// executions, and the rows share most of their texts (a border report's
// operation, its names, state, section, file, sheet and hash), so most of
// a row's texts are neither copied into SQLite's memory nor freed again.
func insert(ctx context.Context, db *sqlite3.Conn, t *Table) (err error) {
	if err := db.Exec(createTable(t)); err != nil {
		return err
	}
	n := len(t.Columns)
	batch := max(1, min(batchRows, t.Len, maxParams/n))
	prepare := func(rows int) (*binder, error) {
		marks := "(" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
		q := fmt.Sprintf("INSERT INTO %s VALUES %s", t.Name, strings.TrimSuffix(strings.Repeat(marks+", ", rows), ", "))
		stmt, _, err := db.Prepare(q)
		if err != nil {
			return nil, err
		}
		return newBinder(stmt, t.Columns, rows), nil
	}
	var many, one *binder
	defer func() {
		for _, b := range []*binder{many, one} {
			if b == nil {
				continue
			}
			if cerr := b.stmt.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}
	}()
	if many, err = prepare(batch); err != nil {
		return err
	}
	full := t.Len / batch * batch // rows inserted by the batch statement
	if full < t.Len {
		if one, err = prepare(1); err != nil {
			return err
		}
	}
	return t.blocks(ctx, blockRows, func(first int, rows [][]Cell) error {
		for j, row := range rows {
			i := first + j
			b, slot := one, 0
			if i < full {
				b, slot = many, i%batch
			}
			if err := b.bind(slot, row); err != nil {
				return fmt.Errorf("row %d: %w", i+1, err)
			}
			if slot < b.rows-1 {
				continue
			}
			if err := b.stmt.Exec(); err != nil {
				return fmt.Errorf("rows %d to %d: %w", i+2-b.rows, i+1, err)
			}
		}
		return nil
	})
}

const (
	// batchRows is the number of rows inserted by one execution of a
	// statement: 64 saves most of the per-execution cost of one row at a
	// time (a quarter of the insertion's CPU at a million border rows).
	batchRows = 64
	// maxParams is the most parameters an SQLite statement may have.
	maxParams = 32766
	// blockRows is the number of rows made at a time (Table.blocks).
	blockRows = 4 * batchRows
)

// binder binds the cells of rows to a statement's parameters (rows of
// them), skipping the parameters whose value is the one already bound.
type binder struct {
	stmt  *sqlite3.Stmt
	cols  []Column
	rows  int
	bound []Cell // the value bound to each parameter
	set   []bool // whether a value is bound yet
}

func newBinder(stmt *sqlite3.Stmt, cols []Column, rows int) *binder {
	n := len(cols) * rows
	return &binder{stmt: stmt, cols: cols, rows: rows, bound: make([]Cell, n), set: make([]bool, n)}
}

// bind binds row to the parameters of the slot-th row of the statement.
func (b *binder) bind(slot int, row []Cell) error {
	at := slot * len(b.cols)
	bound, set := b.bound[at:at+len(row)], b.set[at:at+len(row)]
	for k, c := range row {
		if set[k] && c == bound[k] {
			continue
		}
		var err error
		p := at + k + 1
		switch {
		case c.Null:
			err = b.stmt.BindNull(p)
		case b.cols[k].Kind == Integer:
			err = b.stmt.BindInt64(p, c.Int)
		case b.cols[k].Kind == Decimal:
			err = b.stmt.BindText(p, value.FormatMilli(c.Int))
		default:
			err = b.stmt.BindText(p, c.Text)
		}
		if err != nil {
			set[k] = false
			return err
		}
		bound[k], set[k] = c, true
	}
	return nil
}
