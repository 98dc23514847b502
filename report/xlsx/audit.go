package xlsx

import (
	"fmt"
	"slices"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/diag"
)

// writeSources writes one row per sheet of every input file (one row for
// a file without sheets): the file's size and full SHA-256, what the sheet
// was read as, and its row audit, with totals.
func (b *book) writeSources() error {
	heads := []string{b.t("xlsx.col.file"), b.t("xlsx.col.size"), b.t("xlsx.col.sha256"), b.t("xlsx.col.sheet"),
		b.t("xlsx.col.dataset"), b.t("xlsx.col.rows"), b.t("xlsx.col.records"), b.t("xlsx.col.merged"),
		b.t("xlsx.col.rejected"), b.t("xlsx.col.note")}
	longFile, longSheet := 0.0, 0.0
	for _, s := range b.in.Summary.Sources {
		longFile = max(longFile, textWidth(s.Path))
		for _, sh := range s.Sheets {
			longSheet = max(longSheet, textWidth(sh.Name))
		}
	}
	ws := []float64{fitWidth(heads[0], longFile, 20, 60), 12, 66, fitWidth(heads[3], longSheet, 12, 32), 18, 10, 10, 10, 10, 18}
	b.planPrint(b.sources, ws, len(ws), 1)
	w, err := b.stream(b.sources)
	if err != nil {
		return err
	}
	if err := w.start(b.st, heads, ws, func(c int) bool { return c == 2 || (c >= 6 && c <= 9) }); err != nil {
		return err
	}
	var rows, records, merged, rejected int
	num := func(n int) any { return excelize.Cell{StyleID: b.st.integer, Value: n} }
	for _, s := range b.in.Summary.Sources {
		note := ""
		if s.Failed {
			note = b.t("xlsx.failed")
		}
		base := []any{s.Path, num(int(s.Size)), s.SHA256}
		if len(s.Sheets) == 0 {
			if err := w.add(append(base, nil, nil, nil, nil, nil, nil, note)); err != nil {
				return err
			}
			continue
		}
		for _, sh := range s.Sheets {
			ds := b.t("xlsx.dataset.none")
			if sh.Dataset != "" {
				ds = b.t("xlsx.dataset." + sh.Dataset)
			}
			rows, records, merged, rejected = rows+sh.Rows, records+sh.Records, merged+sh.Merged, rejected+sh.Rejected
			sheetNote := note
			if len(sh.Footnotes) > 0 && note == "" {
				sheetNote = b.texts(sh.Footnotes) // the footnotes below the sheet's table
			}
			cells := append(slices.Clone(base), sh.Name, ds, num(sh.Rows), num(sh.Records), num(sh.Merged), num(sh.Rejected), sheetNote)
			if err := w.add(cells); err != nil {
				return err
			}
		}
	}
	n := w.row
	filter := fmt.Sprintf("A1:%s", cellRef(len(heads), n))
	if n > 1 {
		w.skip()
		cells := []any{excelize.Cell{StyleID: b.st.label, Value: b.t("col.total")}, nil, nil, nil, nil}
		for i, v := range []int{rows, records, merged, rejected} {
			c := colName(6 + i)
			cells = append(cells, excelize.Cell{StyleID: b.st.total, Formula: fmt.Sprintf("SUM(%s2:%s%d)", c, c, n), Value: v})
		}
		if err := w.add(cells); err != nil {
			return err
		}
	}
	return b.flush(w, b.sources, filter)
}

// writeIssues writes every diagnostic with its location, sorted by
// location; a sheet with no diagnostics says so.
func (b *book) writeIssues() error {
	heads := []string{b.t("xlsx.col.severity"), b.t("xlsx.col.location"), b.t("xlsx.col.file"), b.t("xlsx.col.sheet"),
		b.t("xlsx.col.cell"), b.t("xlsx.col.message")}
	ds := slices.Clone(b.in.Warnings)
	ds.Sort()
	longLoc, longFile, longSheet := 0.0, 0.0, 0.0
	for i := 0; i < len(ds) && i < widthSample; i++ {
		longLoc = max(longLoc, textWidth(ds[i].Location()))
		longFile = max(longFile, textWidth(ds[i].File))
		longSheet = max(longSheet, textWidth(ds[i].Sheet))
	}
	ws := []float64{10, fitWidth(heads[1], longLoc, 16, 60), fitWidth(heads[2], longFile, 12, 50),
		fitWidth(heads[3], longSheet, 10, 32), 8, 90}
	b.planPrint(b.issues, ws, len(ws), 2)
	w, err := b.stream(b.issues)
	if err != nil {
		return err
	}
	if err := w.start(b.st, heads, ws, numFrom(0)); err != nil {
		return err
	}
	if len(ds) == 0 {
		if err := w.add([]any{nil, b.t("narrative.warnings_none")}); err != nil {
			return err
		}
		return b.flush(w, b.issues, "")
	}
	room := len(ds)
	if room > b.maxRows-1 {
		room = b.maxRows - 2 // leave a row for the note
	}
	text := func(s string) any {
		if s == "" {
			return nil
		}
		return excelize.Cell{StyleID: b.st.text, Value: s}
	}
	for _, d := range ds[:room] {
		cells := []any{text(b.severity(d.Severity)), text(d.Location()), text(d.File), text(d.Sheet), text(d.Cell()), text(d.Message)}
		if err := w.add(cells, excelize.RowOpts{Height: float64(15 * wrappedLines(d.Message, ws[5]))}); err != nil {
			return err
		}
	}
	filter := fmt.Sprintf("A1:%s", cellRef(len(heads), w.row))
	if room < len(ds) {
		note := b.t("xlsx.issues_truncated", "left", b.in.Texts.Int(int64(len(ds)-room)))
		if err := w.add([]any{excelize.Cell{StyleID: b.st.note, Value: note}}); err != nil {
			return err
		}
	}
	return b.flush(w, b.issues, filter)
}

// severity names a severity in the language.
func (b *book) severity(s diag.Severity) string {
	return b.t("xlsx.severity." + s.String())
}
