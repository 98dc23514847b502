package stats

import (
	"iter"
	"strconv"

	"ratsreport/report/config"
	"ratsreport/report/model"
	"ratsreport/report/schema"
	"ratsreport/report/summary"
)

// yearDatasets are the Internet, training and meetings for the
// statistics.
var yearDatasets = []datasetDef{
	{
		name: schema.Online,
		dims: []dimDef{
			{key: "year", kind: kindYear},
			{key: "state", kind: kindState},
		},
		measures: func(cfg *config.Config) []measureDef {
			ms := []measureDef{count("count")}
			for _, ind := range cfg.OnlineIndicators {
				ms = append(ms, measureDef{key: ind.Key, sum: true, decimal: ind.Decimal(), indicator: -1, label: ind.Label, unit: ind.Unit})
			}
			return ms
		},
		facts: func(_ *config.Config, d *model.Data) iter.Seq[fact] {
			return func(yield func(fact) bool) {
				for i := range d.Online {
					o := &d.Online[i]
					vals := append([]model.Dec{one}, o.Values.Decs()...)
					if !yield(fact{year: o.Year(), dims: map[string][]string{"year": {yearKey(o.Year())}, "state": {o.State}}, vals: vals}) {
						return
					}
				}
			}
		},
	},
	{
		name: schema.Training,
		dims: []dimDef{
			{key: "year", kind: kindYear},
			{key: "format", kind: kindEnum, enum: schema.TrainingFormat},
			{key: "host", kind: kindState},
			{key: "state", kind: kindState, list: true},
		},
		measures: func(*config.Config) []measureDef {
			return []measureDef{count("count"), sum("participants"), sum("hours")}
		},
		facts: func(_ *config.Config, d *model.Data) iter.Seq[fact] {
			return func(yield func(fact) bool) {
				for i := range d.Training {
					t := &d.Training[i]
					if !yield(fact{year: t.Year(), dims: map[string][]string{
						"year": {yearKey(t.Year())}, "format": {t.Format}, "host": {t.Host}, "state": orNone(t.States),
					}, vals: []model.Dec{one, summary.DecOf(t.Participants), summary.DecOf(t.Hours)}}) {
						return
					}
				}
			}
		},
	},
	{
		name: schema.Meetings,
		dims: []dimDef{
			{key: "year", kind: kindYear},
			{key: "body", kind: kindEnum, enum: schema.Body},
			{key: "country", kind: kindState},
			{key: "chair", kind: kindState},
			{key: "number", kind: kindNumber},
		},
		measures: func(*config.Config) []measureDef {
			return []measureDef{count("count"), sum("decisions")}
		},
		facts: func(_ *config.Config, d *model.Data) iter.Seq[fact] {
			return func(yield func(fact) bool) {
				for i := range d.Meetings {
					m := &d.Meetings[i]
					num := ""
					if m.Number.Reported {
						num = strconv.FormatInt(m.Number.V, 10)
					}
					if !yield(fact{year: m.Year(), dims: map[string][]string{
						"year": {yearKey(m.Year())}, "body": {m.Body}, "country": {m.Country}, "chair": {m.Chair}, "number": {num},
					}, vals: []model.Dec{one, summary.DecOf(m.Decisions)}}) {
						return
					}
				}
			}
		},
	},
}
