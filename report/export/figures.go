package export

import (
	"slices"

	"ratsreport/report/config"
	"ratsreport/report/lang"
	"ratsreport/report/summary"
)

// KeyFigure is one key figure of a year as machines read it: the
// summary's figure with its English label.
type KeyFigure struct {
	Key       string // stable: "exercises.count", "border.drugs", ...
	Label     string // in English, with the unit for an indicator
	Area      string // exercises, border, conference, agreements, online, training, meetings
	Indicator string // the border or online indicator's key (by Area), "" for the others
	Decimal   bool
	// Headline is true for the figures of the report's key-figures
	// table; the other border indicators, then the other online ones
	// (when the records have any online report), follow it, with
	// Headline false.
	Headline bool
	Value    summary.Amount
	Prev     summary.Amount
	Change   summary.Change
}

// KeyFigures returns every key figure of s: the report's key figures in
// their order, then the border indicators that are not among them, then
// the online indicators that are not (when the records have an online
// report in some year, as the report's key figures do). t
// gives the labels (English).
func KeyFigures(cfg *config.Config, s *summary.Summary, t *lang.Texts) []KeyFigure {
	var out []KeyFigure
	seen := map[string]bool{}
	add := func(f summary.Figure, headline bool) {
		if seen[f.Key] {
			return
		}
		seen[f.Key] = true
		out = append(out, KeyFigure{Key: f.Key, Label: label(cfg, f, t), Area: f.Area, Indicator: f.Indicator,
			Decimal: f.Decimal, Headline: headline, Value: f.Value, Prev: f.Prev, Change: f.Change})
	}
	for _, f := range s.Key {
		add(f, true)
	}
	for _, f := range s.Border.Indicators {
		add(f, false)
	}
	if s.Online.Ever > 0 {
		for _, f := range s.Online.Indicators {
			add(f, false)
		}
	}
	return out
}

// label is a key figure's English label, as the report prints it: a
// border or online indicator's label and unit from the configuration (of
// its area: both may have an indicator "cases"), the text file's
// otherwise.
func label(cfg *config.Config, f summary.Figure, t *lang.Texts) string {
	inds := cfg.IndicatorsOf(f.Area)
	if i := slices.IndexFunc(inds, func(ind config.Indicator) bool { return ind.Key == f.Indicator }); f.Indicator != "" && i >= 0 {
		ind := inds[i]
		l, u := ind.Label.In("en"), ind.Unit.In("en")
		if u == "" {
			return l
		}
		return l + " (" + u + ")"
	}
	return t.T("figure." + f.Key)
}

// ChangeKind names a change's kind: same, up, down, new, not_reported or
// no_base.
func ChangeKind(k summary.ChangeKind) string {
	switch k {
	case summary.Up:
		return "up"
	case summary.Down:
		return "down"
	case summary.New:
		return "new"
	case summary.NotReported:
		return "not_reported"
	case summary.NoBase:
		return "no_base"
	}
	return "same"
}
