package export

import (
	"context"
	"math"
	"strconv"

	"ratsreport/report/config"
	"ratsreport/report/model"
	"ratsreport/report/summary"
)

// children returns the child tables of the datasets' lists, one row per
// item (SQLite only): participating and observing states, observing
// organisations, represented states and organisations, counterparties
// and areas of cooperation, the states taking part in a training.
func children(sel *selection, ns *names) []*Table {
	stateCols := func(parent string) []Column { return []Column{{parent, Integer}, {"state", Text}} }
	nameCols := func(parent string) []Column {
		return []Column{{parent, Integer}, {"position", Integer}, {"key", Text}, {"as_written", Text},
			{"name_en", Text}, {"name_ru", Text}, {"name_zh", Text}}
	}
	var participants, observerStates, observers, sessionStates, sessionOrgs, counterparties, areas, trainingStates [][]Cell
	states := func(dst *[][]Cell, id int, codes []string) {
		for _, c := range codes {
			*dst = append(*dst, []Cell{num(int64(id)), text(c)})
		}
	}
	named := func(dst *[][]Cell, id int, list []model.Name) {
		for k, n := range list {
			p := ns.of(n)
			*dst = append(*dst, []Cell{num(int64(id)), num(int64(k + 1)), text(n.ID()), text(n.Text), text(p[0]), text(p[1]), text(p[2])})
		}
	}
	for i, e := range sel.ex {
		states(&participants, i+1, e.Participants)
		states(&observerStates, i+1, e.ObserverStates)
		named(&observers, i+1, e.Observers)
	}
	for i, s := range sel.sessions {
		states(&sessionStates, i+1, s.States)
		named(&sessionOrgs, i+1, s.Organisations)
	}
	for i, a := range sel.agreements {
		named(&counterparties, i+1, a.Counterparties)
		for k, area := range a.Areas {
			areas = append(areas, []Cell{num(int64(i + 1)), num(int64(k + 1)), text(area)})
		}
	}
	for i, t := range sel.training {
		states(&trainingStates, i+1, t.States)
	}
	return []*Table{
		fixed("exercise_participants", stateCols("exercise_id"), participants, "exercise_id", "state"),
		fixed("exercise_observer_states", stateCols("exercise_id"), observerStates, "exercise_id", "state"),
		fixed("exercise_observers", nameCols("exercise_id"), observers, "exercise_id", "key"),
		fixed("session_states", stateCols("session_id"), sessionStates, "session_id", "state"),
		fixed("session_organisations", nameCols("session_id"), sessionOrgs, "session_id", "key"),
		fixed("agreement_counterparties", nameCols("agreement_id"), counterparties, "agreement_id", "key"),
		fixed("agreement_areas", []Column{{"agreement_id", Integer}, {"position", Integer}, {"area", Text}}, areas, "agreement_id"),
		fixed("training_states", stateCols("training_id"), trainingStates, "training_id", "state"),
	}
}

// references returns the tables of the configuration (states, registry,
// indicators), the inputs and the meta table (SQLite only).
func references(src *Source, configSHA string) []*Table {
	cfg := src.Config
	var states [][]Cell
	for _, s := range cfg.States {
		since := Cell{Null: true}
		if !s.Since.IsZero() {
			since = text(s.Since.Format("2006-01-02"))
		}
		states = append(states, []Cell{text(s.Alpha2), text(s.Alpha3), text(s.Name.In("en")), text(s.Name.In("ru")),
			text(s.Name.In("zh")), text(s.Status), since})
	}
	var reg [][]Cell
	for _, table := range []string{config.OrganisationTable, config.OperationTable, config.ExerciseTable} {
		for _, e := range cfg.Table(table) {
			reg = append(reg, []Cell{text(e.Key), text(table), text(e.Name.In("en")), text(e.Name.In("ru")), text(e.Name.In("zh")),
				text(e.Short["en"]), text(e.Short["ru"]), text(e.Short["zh"])})
		}
	}
	var inds [][]Cell
	for _, set := range []struct {
		dataset string
		inds    []config.Indicator
	}{{"border", cfg.Indicators}, {"online", cfg.OnlineIndicators}} {
		for i, ind := range set.inds {
			col := ind.Key
			if ind.Decimal() {
				col += "_milli"
			}
			main := int64(0)
			if ind.Main {
				main = 1
			}
			borderCol := Cell{Null: true}
			if set.dataset == "border" {
				borderCol = text(col)
			}
			inds = append(inds, []Cell{num(int64(i + 1)), text(ind.Key), text(ind.Type), num(main), borderCol,
				text(ind.Label.In("en")), text(ind.Label.In("ru")), text(ind.Label.In("zh")),
				text(ind.Unit.In("en")), text(ind.Unit.In("ru")), text(ind.Unit.In("zh")),
				text(set.dataset), text(col)})
		}
	}
	var inputs [][]Cell
	for _, f := range src.Data.Sources {
		failed := int64(0)
		if f.Failed {
			failed = 1
		}
		inputs = append(inputs, []Cell{text(f.Path), num(f.Size), text(f.SHA256), num(failed)})
	}
	meta := [][]Cell{
		{text("schema"), text(Schema)},
		{text("tool_version"), text(src.Version)},
		{text("config_sha256"), text(configSHA)},
		{text("years"), text(src.YearsText())},
	}
	return []*Table{
		fixed("states", []Column{{"alpha2", Text}, {"alpha3", Text}, {"name_en", Text}, {"name_ru", Text}, {"name_zh", Text},
			{"status", Text}, {"since", Date}}, states),
		fixed("registry", []Column{{"key", Text}, {"registry_table", Text}, {"name_en", Text}, {"name_ru", Text}, {"name_zh", Text},
			{"short_en", Text}, {"short_ru", Text}, {"short_zh", Text}}, reg),
		fixed("indicators", []Column{{"position", Integer}, {"key", Text}, {"type", Text}, {"main", Integer}, {"border_column", Text},
			{"label_en", Text}, {"label_ru", Text}, {"label_zh", Text}, {"unit_en", Text}, {"unit_ru", Text}, {"unit_zh", Text},
			{"dataset", Text}, {"value_column", Text}}, inds),
		fixed("inputs", []Column{{"path", Text}, {"size", Integer}, {"sha256", Text}, {"failed", Integer}}, inputs),
		fixed("meta", []Column{{"key", Text}, {"value", Text}}, meta),
	}
}

// keyFigures is the table of the key figures of every year exported, as
// summary computes them for the report of that year (so exactly the
// report's figures, which SQL views could only approximate).
//
// A year's key figures draw on the border reports of that year and the
// year before only (the operations, reporting states and indicator
// totals of both), so each year's summary is built over those reports
// (yearData) instead of every report of every year: at a million border
// rows, twenty years of summaries were twenty passes over them each.
// TestKeyFiguresYearView checks that the figures are the same.
func keyFigures(ctx context.Context, src *Source) (*Table, error) {
	var rows [][]Cell
	amount := func(a summary.Amount) []Cell {
		if !a.Reported {
			return []Cell{{Null: true}, {Null: true}, num(int64(a.Missing))}
		}
		return []Cell{num(a.Milli), {Int: a.Milli}, num(int64(a.Missing))}
	}
	for _, y := range src.years() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s := summary.Build(src.Config, yearData(src.Data, y), y)
		for i, f := range KeyFigures(src.Config, s, src.Texts) {
			headline := int64(0)
			if f.Headline {
				headline = 1
			}
			row := []Cell{num(int64(y)), num(int64(i + 1)), text(f.Key), text(f.Label), text(f.Area), text(f.Indicator), num(headline)}
			row = append(row, amount(f.Value)...)
			row = append(row, amount(f.Prev)...)
			change, percent := Cell{Null: true}, Cell{Null: true}
			if f.Change.Kind != summary.NotReported {
				change = num(f.Change.Milli)
			}
			if f.Change.Kind == summary.Up || f.Change.Kind == summary.Down {
				percent = text(strconv.FormatFloat(math.Round(f.Change.Percent*10)/10, 'f', 1, 64))
			}
			row = append(row, text(ChangeKind(f.Change.Kind)), change, percent)
			rows = append(rows, row)
		}
	}
	cols := []Column{{"year", Integer}, {"position", Integer}, {"key", Text}, {"label_en", Text}, {"area", Text},
		{"indicator", Text}, {"headline", Integer},
		{"value_milli", Integer}, {"value", Decimal}, {"value_not_reported", Integer},
		{"previous_milli", Integer}, {"previous", Decimal}, {"previous_not_reported", Integer},
		{"change_kind", Text}, {"change_milli", Integer}, {"change_percent", Text}}
	return fixed("key_figures", cols, rows, "year"), nil
}

// yearData returns the records of a year's key figures: a shallow copy of
// d whose border reports are those of year and year-1 only (a view of the
// table).
func yearData(d *model.Data, year int) *model.Data {
	out := *d
	out.Border = d.Border.Years(year-1, year)
	return &out
}
