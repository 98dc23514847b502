package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/coverage"
)

// writeCoverage writes who supplied the year's records (the summary's
// coverage): for a dataset the member states send, a row per state
// expected or reporting, with its reports and files, or "not received";
// for the Executive Committee's own datasets, a row per file that
// supplied records (one "not received" row when records were expected and
// none came). A note below says how to read it.
func (b *book) writeCoverage() error {
	w, err := b.stream(b.coverage)
	if err != nil {
		return err
	}
	heads := []string{b.t("coverage.col.dataset"), b.t("xlsx.col.code"), b.t("xlsx.col.state"), b.t("coverage.col.files"),
		b.t("coverage.col.expected"), b.t("coverage.col.records"), b.t("coverage.col.status")}
	c := b.in.Summary.Coverage
	longFile := 0.0
	if c != nil {
		for _, d := range c.Datasets {
			for _, r := range d.Rows {
				longFile = max(longFile, textWidth(r.File), textWidth(strings.Join(r.Files, "; ")))
			}
		}
	}
	ws := []float64{28, 8, 18, fitWidth(heads[3], longFile, 24, 80), 11, 10, 14}
	if err := w.start(b.st, heads, ws, func(c int) bool { return c == 6 }); err != nil {
		return err
	}
	text := func(s string) any {
		if s == "" {
			return nil
		}
		return excelize.Cell{StyleID: b.st.text, Value: s}
	}
	num := func(n int) any { return excelize.Cell{StyleID: b.st.integer, Value: n} }
	yes := func(ok bool) any {
		if ok {
			return text(b.t("blank.yes"))
		}
		return nil
	}
	status := func(records int, expected bool) any {
		switch {
		case records > 0:
			return text(b.t("coverage.received"))
		case expected:
			return text(b.t("coverage.not_received"))
		}
		return text(b.t("coverage.not_expected"))
	}
	if c != nil {
		for i := range c.Datasets {
			d := &c.Datasets[i]
			label := text(b.t("coverage.dataset." + string(d.Dataset)))
			if d.By == coverage.BySources {
				if len(d.Rows) == 0 {
					if err := w.add([]any{label, nil, nil, nil, yes(d.ExpectRecords), num(0), status(0, d.ExpectRecords)}); err != nil {
						return err
					}
				}
				for _, r := range d.Rows {
					if err := w.add([]any{label, nil, nil, text(r.File), yes(d.ExpectRecords), num(r.Records), status(r.Records, d.ExpectRecords)}); err != nil {
						return err
					}
				}
				continue
			}
			for _, r := range d.Rows {
				cells := []any{label, text(r.State), text(b.in.Config.StateName(r.State, b.lang)), text(strings.Join(r.Files, "; ")),
					yes(r.Expected), num(r.Records), status(r.Records, r.Expected)}
				if err := w.add(cells); err != nil {
					return err
				}
			}
		}
	}
	n := w.row
	w.skip()
	if err := w.note(b.st, b.t("coverage.note", "year", fmt.Sprint(b.year)), ws, len(heads)); err != nil {
		return err
	}
	filter := ""
	if n > 1 {
		filter = fmt.Sprintf("A1:%s", cellRef(len(heads), n))
	}
	return b.flush(w, b.coverage, filter)
}
