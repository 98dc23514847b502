package stats

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"ratsreport/report/value"
)

// WriteCSV writes the result as CSV (RFC 4180: comma-separated, fields
// quoted when needed, CRLF line ends). The header row holds machine keys:
// for each dimension its key and, for states, enumerations and
// indicators, KEY_label; "unit" when grouped by indicator; for each
// measure its key and, for sums, KEY_missing. Figures are plain numbers
// ("." as decimal mark, no thousands separator); an empty figure is not
// reported. The last row is the total: its first cell is "total" and its
// other dimension cells are empty (without dimensions, the only row is
// the total). Text that a spreadsheet would take for a formula (starting
// with =, +, -, @, tab or carriage return) is prefixed with a single quote.
func WriteCSV(w io.Writer, res *Result) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	var head []string
	for _, d := range res.By {
		head = append(head, d.Key)
		if d.Labelled {
			head = append(head, d.Key+"_label")
		}
	}
	if res.PerRowUnit {
		head = append(head, "unit")
	}
	for _, m := range res.Measures {
		head = append(head, m.Key)
		if m.Sum {
			head = append(head, m.Key+"_missing")
		}
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	record := func(r Row, total bool) []string {
		var out []string
		for i, d := range res.By {
			key, label := "", ""
			if total {
				if i == 0 {
					key = "total"
				}
			} else {
				key, label = r.Keys[i], r.Labels[i]
			}
			out = append(out, Neutralise(key))
			if d.Labelled {
				out = append(out, Neutralise(label))
			}
		}
		if res.PerRowUnit {
			out = append(out, Neutralise(r.Unit))
		}
		for i, m := range res.Measures {
			a := r.Values[i]
			s := ""
			if a.Reported {
				s = value.FormatMilli(a.Milli)
			}
			out = append(out, s)
			if m.Sum {
				out = append(out, strconv.Itoa(a.Missing))
			}
		}
		return out
	}
	for _, r := range res.Rows {
		if err := cw.Write(record(r, false)); err != nil {
			return err
		}
	}
	if res.Total != nil {
		if err := cw.Write(record(*res.Total, true)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Neutralise defuses text that a spreadsheet would run as a formula when
// it opens a CSV file (CSV injection): text starting with =, +, -, @, a
// tab or a carriage return gets a leading single quote, which shows the
// text as written.
func Neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
