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
// does not depend on the SQLite build's default.
const pageSize = 4096

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
	figures, err := keyFigures(ctx, src)
	if err != nil {
		return err
	}
	sel, ns := src.selection(), newNames(src.Config)
	tables := datasets(src, sel, ns)
	tables = append(tables, children(sel, ns)...)
	tables = append(tables, references(src, configSHA)...)
	tables = append(tables, figures)

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
func insert(ctx context.Context, db *sqlite3.Conn, t *Table) (err error) {
	if err := db.Exec(createTable(t)); err != nil {
		return err
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(t.Columns)), ", ")
	stmt, _, err := db.Prepare(fmt.Sprintf("INSERT INTO %s VALUES (%s)", t.Name, marks))
	if err != nil {
		return err
	}
	defer func() {
		if cerr := stmt.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	err = t.Rows(ctx, func(i int, row []Cell) error {
		for k, c := range row {
			var err error
			p := k + 1
			switch {
			case c.Null:
				err = stmt.BindNull(p)
			case t.Columns[k].Kind == Integer:
				err = stmt.BindInt64(p, c.Int)
			case t.Columns[k].Kind == Decimal:
				err = stmt.BindText(p, value.FormatMilli(c.Int))
			default:
				err = stmt.BindText(p, c.Text)
			}
			if err != nil {
				return err
			}
		}
		if err := stmt.Exec(); err != nil {
			return fmt.Errorf("row %d: %w", i+1, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return nil
}
