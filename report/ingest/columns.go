package ingest

import "ratsreport/report/model"

// IndicatorColumn returns the column number (1-based) of border indicator
// i (its index in the configuration) in the sheet a record was read from,
// or 0 when it is not known: so that a check made after the read, on the
// records, can name the figure's cell.
func (r *Result) IndicatorColumn(o model.Origin, i int) int {
	return r.cols[sheetKey{o.File, o.Sheet}][indicatorKey(i)]
}
