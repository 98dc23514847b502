package stats

import (
	"encoding/json"
	"io"

	"ratsreport/report/value"
)

// Schema identifies the JSON format WriteJSON writes (docs/stats.md). It
// changes only when a field changes meaning or goes away.
const Schema = "ratsreport-stats/1"

// milli is a figure in thousandths, written as an exact JSON number.
type milli int64

// MarshalJSON writes the figure with up to three decimals, exactly.
func (m milli) MarshalJSON() ([]byte, error) { return []byte(value.FormatMilli(int64(m))), nil }

type jsonDoc struct {
	Schema       string              `json:"schema"`
	Dataset      string              `json:"dataset"`
	DatasetLabel string              `json:"dataset_label"`
	Lang         string              `json:"lang"`
	Years        []int               `json:"years"`
	AllYears     bool                `json:"all_years"`
	Undated      bool                `json:"undated"`
	By           []string            `json:"by"`
	Where        map[string][]string `json:"where"`
	Dimensions   []jsonDim           `json:"dimensions"`
	Measures     []jsonMeasure       `json:"measures"`
	Records      int                 `json:"records"`
	Rows         []jsonRow           `json:"rows"`
	Total        *jsonRow            `json:"total"`
}

type jsonDim struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	List  bool   `json:"list"`
}

type jsonMeasure struct {
	Key     string `json:"key"`
	Label   string `json:"label"`
	Unit    string `json:"unit"`
	Decimal bool   `json:"decimal"`
	Sum     bool   `json:"sum"`
}

type jsonRow struct {
	Keys    map[string]string `json:"keys,omitempty"`
	Labels  map[string]string `json:"labels,omitempty"`
	Unit    *string           `json:"unit,omitempty"`
	Decimal *bool             `json:"decimal,omitempty"`
	Values  map[string]*milli `json:"values"`
	Missing map[string]int    `json:"missing"`
}

// WriteJSON writes the result as one JSON object, indented, in the stable
// schema documented in docs/stats.md (identified by Schema). Figures are
// JSON numbers, exact to three decimals; a figure no record reported is
// null, and "missing" says how many records left each sum empty.
func WriteJSON(w io.Writer, res *Result) error {
	doc := jsonDoc{
		Schema: Schema, Dataset: string(res.Dataset), DatasetLabel: res.Title, Lang: res.Lang,
		Years: append([]int{}, res.Years...), AllYears: res.All, Undated: res.Undated,
		By: []string{}, Where: map[string][]string{}, Dimensions: []jsonDim{}, Measures: []jsonMeasure{},
		Records: res.Records, Rows: []jsonRow{},
	}
	for _, d := range res.By {
		doc.By = append(doc.By, d.Key)
		doc.Dimensions = append(doc.Dimensions, jsonDim{Key: d.Key, Label: d.Label, List: d.List})
	}
	for _, f := range res.Where {
		doc.Where[f.Dim] = append([]string{}, f.Values...)
	}
	for _, m := range res.Measures {
		doc.Measures = append(doc.Measures, jsonMeasure{Key: m.Key, Label: m.Label, Unit: m.Unit, Decimal: m.Decimal, Sum: m.Sum})
	}
	row := func(r Row, total bool) jsonRow {
		out := jsonRow{Values: map[string]*milli{}, Missing: map[string]int{}}
		if !total {
			out.Keys, out.Labels = map[string]string{}, map[string]string{}
			for i, d := range res.By {
				out.Keys[d.Key], out.Labels[d.Key] = r.Keys[i], r.Labels[i]
			}
		}
		if res.PerRowUnit && (!total || r.Unit != "") {
			unit, dec := r.Unit, r.Decimal
			out.Unit, out.Decimal = &unit, &dec
		}
		for i, m := range res.Measures {
			a := r.Values[i]
			if a.Reported {
				v := milli(a.Milli)
				out.Values[m.Key] = &v
			} else {
				out.Values[m.Key] = nil
			}
			if m.Sum {
				out.Missing[m.Key] = a.Missing
			}
		}
		return out
	}
	for _, r := range res.Rows {
		doc.Rows = append(doc.Rows, row(r, false))
	}
	if res.Total != nil {
		t := row(*res.Total, true)
		doc.Total = &t
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
