package stats

import (
	"iter"
	"strconv"

	"ratsreport/report/config"
	"ratsreport/report/model"
	"ratsreport/report/schema"
	"ratsreport/report/summary"
)

// dimKind says how a dimension's values are matched, labelled and ordered.
type dimKind int

const (
	kindYear      dimKind = iota // a calendar year; "" for records without one
	kindState                    // an ISO alpha-2 code from the configuration's states
	kindEnum                     // a key of a contract enumeration
	kindText                     // free text as written (operation, area, city, ...)
	kindNumber                   // a whole number (conference edition)
	kindIndicator                // a border indicator key (turns the indicators into rows)
	kindName                     // a registry name's identity (model.Name.ID), of the dimension's table
)

// dimDef defines one dimension of a dataset.
type dimDef struct {
	key  string
	kind dimKind
	list bool // a record may hold several values (participating states)
	enum *schema.Enumeration
	// table is the registry table of a kindName dimension.
	table string
}

// labelled reports whether the dimension's values have labels distinct
// from their keys (names of states, enumeration labels).
func (d dimDef) labelled() bool {
	return d.kind == kindState || d.kind == kindEnum || d.kind == kindIndicator || d.kind == kindName
}

// nameIDs returns the identities of names, or the "not given" value.
func nameIDs(ns []model.Name) []string {
	ids := make([]string, len(ns))
	for i, n := range ns {
		ids[i] = n.ID()
	}
	return orNone(ids)
}

// measureDef defines one measure of a dataset.
type measureDef struct {
	key       string
	sum       bool // a sum of a figure that may be not reported; otherwise a count of records
	decimal   bool
	indicator int // index into the configuration's indicators, or -1
	// label and unit, when label is set, name the measure (an online
	// indicator of the configuration).
	label, unit config.Text
}

// fact is one record reduced to what the statistics need: its year, its
// dimension values (keys) and its figures, one per measure of the
// dataset in order (the count measure is a reported 1).
type fact struct {
	year int
	dims map[string][]string
	vals []model.Dec
}

// datasetDef defines a dataset for the statistics.
type datasetDef struct {
	name     schema.Dataset
	dims     []dimDef
	measures func(cfg *config.Config) []measureDef
	facts    func(cfg *config.Config, d *model.Data) iter.Seq[fact] // made one at a time: a million records need not be held twice
}

var one = model.Dec{Milli: 1000, Reported: true}

func yearKey(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// orNone keeps a record with an empty list under the "not given" value,
// so that it is counted rather than silently left out.
func orNone(list []string) []string {
	if len(list) == 0 {
		return []string{""}
	}
	return list
}

func count(key string) measureDef { return measureDef{key: key, indicator: -1} }

func sum(key string) measureDef { return measureDef{key: key, sum: true, indicator: -1} }

// datasets lists the datasets in report order (the last three in
// year.go).
var datasets = append([]datasetDef{
	{
		name: schema.Exercises,
		dims: []dimDef{
			{key: "year", kind: kindYear},
			{key: "kind", kind: kindEnum, enum: schema.ExerciseKind},
			{key: "threat", kind: kindEnum, enum: schema.Threat},
			{key: "host", kind: kindState},
			{key: "state", kind: kindState, list: true},
			{key: "exercise", kind: kindName, table: config.ExerciseTable},
		},
		measures: func(*config.Config) []measureDef {
			return []measureDef{count("count"), sum("personnel"), sum("equipment")}
		},
		facts: func(_ *config.Config, d *model.Data) iter.Seq[fact] {
			return func(yield func(fact) bool) {
				for i := range d.Exercises {
					e := &d.Exercises[i]
					if !yield(fact{year: e.Year(), dims: map[string][]string{
						"year": {yearKey(e.Year())}, "kind": {e.Kind}, "threat": {e.Threat}, "host": {e.Host},
						"state": orNone(e.Participants), "exercise": {e.Name.ID()},
					}, vals: []model.Dec{one, summary.DecOf(e.Personnel), summary.DecOf(e.Equipment)}}) {
						return
					}
				}
			}
		},
	},
	{
		name: schema.Border,
		dims: []dimDef{
			{key: "year", kind: kindYear},
			{key: "operation", kind: kindName, table: config.OperationTable},
			{key: "state", kind: kindState},
			{key: "section", kind: kindEnum, enum: schema.Section},
			{key: "area", kind: kindText},
			{key: "indicator", kind: kindIndicator},
		},
		measures: func(cfg *config.Config) []measureDef {
			ms := []measureDef{count("count")}
			for i, ind := range cfg.Indicators {
				ms = append(ms, measureDef{key: ind.Key, sum: true, decimal: ind.Decimal(), indicator: i})
			}
			return ms
		},
		facts: func(_ *config.Config, d *model.Data) iter.Seq[fact] {
			return func(yield func(fact) bool) {
				for _, b := range d.Border.Each() {
					vals := append([]model.Dec{one}, b.Values.Decs()...)
					if !yield(fact{year: b.Year(), dims: map[string][]string{
						"year": {yearKey(b.Year())}, "operation": {b.Operation.ID()}, "state": {b.State},
						"section": {b.Section}, "area": {b.Area},
					}, vals: vals}) {
						return
					}
				}
			}
		},
	},
	{
		name: schema.Conference,
		dims: []dimDef{
			{key: "year", kind: kindYear},
			{key: "edition", kind: kindNumber},
			{key: "city", kind: kindText},
			{key: "country", kind: kindState},
			{key: "format", kind: kindEnum, enum: schema.Format},
			{key: "state", kind: kindState, list: true},
		},
		measures: func(*config.Config) []measureDef {
			return []measureDef{count("count"), sum("participants"), sum("papers")}
		},
		facts: func(_ *config.Config, d *model.Data) iter.Seq[fact] {
			return func(yield func(fact) bool) {
				for i := range d.Sessions {
					s := &d.Sessions[i]
					if !yield(fact{year: s.Year(), dims: map[string][]string{
						"year": {yearKey(s.Year())}, "edition": {strconv.Itoa(s.Edition)}, "city": {s.City},
						"country": {s.Country}, "format": {s.Format}, "state": orNone(s.States),
					}, vals: []model.Dec{one, summary.DecOf(s.Participants), summary.DecOf(s.Papers)}}) {
						return
					}
				}
			}
		},
	},
	{
		name: schema.Agreements,
		dims: []dimDef{
			{key: "year", kind: kindYear},
			{key: "counterparty", kind: kindName, table: config.OrganisationTable, list: true},
			{key: "type", kind: kindEnum, enum: schema.CounterpartyType},
			{key: "document", kind: kindEnum, enum: schema.Document},
			{key: "status", kind: kindEnum, enum: schema.Status},
		},
		measures: func(*config.Config) []measureDef { return []measureDef{count("count")} },
		facts: func(_ *config.Config, d *model.Data) iter.Seq[fact] {
			return func(yield func(fact) bool) {
				for i := range d.Agreements {
					a := &d.Agreements[i]
					if !yield(fact{year: a.Year(), dims: map[string][]string{
						"year": {yearKey(a.Year())}, "counterparty": nameIDs(a.Counterparties), "type": {a.CounterpartyType},
						"document": {a.Document}, "status": {a.Status},
					}, vals: []model.Dec{one}}) {
						return
					}
				}
			}
		},
	},
}, yearDatasets...)
