package pdfreport

import (
	"strings"

	"ratsreport/report/pdfdoc"
	"ratsreport/report/summary"
)

// frontMatter is the foreword, when the language has one (a template in
// templates/<lang>/foreword.txt, signed by the signatory of config.toml),
// and the executive summary: the key figures in prose, area by area.
func (r *renderer) frontMatter() ([]pdfdoc.Block, error) {
	var blocks []pdfdoc.Block
	if r.t.HasForeword() {
		paras, err := r.t.Foreword(r.forewordData())
		if err != nil {
			return nil, err
		}
		blocks = append(blocks, pdfdoc.Heading(1, r.t.T("section.foreword")))
		for _, p := range paras {
			blocks = append(blocks, pdfdoc.Paragraph(p))
		}
		sig := r.cfg.Report.Signatory
		blocks = append(blocks,
			pdfdoc.TextBlock{Text: sig.Position.In(r.lang), Size: 10, Tone: pdfdoc.ToneMuted, SpaceBefore: 10},
			pdfdoc.TextBlock{Text: sig.Name.In(r.lang), Size: 11, Style: pdfdoc.Bold})
	}
	blocks = append(blocks, pdfdoc.Heading(1, r.t.T("section.executive_summary")))
	areas := []struct {
		area  string
		shown bool
	}{
		{"exercises", true}, {"border", true}, {"conference", true}, {"agreements", true},
		{"online", r.s.Online.Ever > 0}, {"training", r.s.Training.Ever > 0}, {"meetings", r.s.Meetings.Ever > 0},
	}
	data := r.forewordData()
	for _, a := range areas {
		if !a.shown {
			continue
		}
		p, err := r.narrative("summary."+a.area, data)
		if err != nil {
			return nil, err
		}
		blocks = append(blocks, p)
	}
	return blocks, nil
}

// forewordData is what the foreword and the executive summary may say:
// the year, the previous year, the Council meeting, and every key figure
// of the year by its key with "_" for "." (F.exercises_count), its
// previous value (P.…) and its change (C.…: "+12 (+5.1 %)", "new", …);
// N.… holds the figures as numbers for conditions and plurals;
// BorderMain and OnlineMain list the main indicators with their values
// and changes.
func (r *renderer) forewordData() map[string]any {
	f, p, c := map[string]string{}, map[string]string{}, map[string]string{}
	n := map[string]int64{}
	// The figures of a dataset without records read "n/r", so that a
	// foreword naming them still runs.
	for _, k := range []string{"online_states", "training_courses", "training_participants", "training_states",
		"meetings_count", "meetings_council", "meetings_decisions"} {
		f[k], p[k], c[k] = r.t.T("col.not_reported"), r.t.T("col.not_reported"), r.t.T("change.not_reported")
	}
	main := map[string][]string{}
	// Every indicator, headline or not, by its key.
	all := append(append([]summary.Figure{}, r.s.Border.Indicators...), r.s.Online.Indicators...)
	for _, x := range all {
		k := strings.ReplaceAll(x.Key, ".", "_")
		f[k], p[k], c[k], n[k] = r.amount(x.Value, x.Decimal), r.amount(x.Prev, x.Decimal), r.changeText(x), x.Value.Whole()
	}
	for _, x := range r.s.Key {
		if x.Indicator != "" {
			main[x.Area] = append(main[x.Area], r.t.Sub("format.figure_change", "label", r.figureLabel(x), "value", r.amount(x.Value, x.Decimal), "change", r.changeText(x)))
		}
		k := strings.ReplaceAll(x.Key, ".", "_")
		f[k] = r.amount(x.Value, x.Decimal)
		p[k] = r.amount(x.Prev, x.Decimal)
		c[k] = r.changeText(x)
		n[k] = x.Value.Whole()
	}
	sep := r.t.T("format.clause_sep")
	return map[string]any{"Year": r.s.Year, "PrevYear": r.s.Year - 1, "Council": r.cfg.Report.Council.Meeting.In(r.lang),
		"F": f, "P": p, "C": c, "N": n, "BorderMain": strings.Join(main["border"], sep), "OnlineMain": strings.Join(main["online"], sep)}
}

// changeText is a figure's change in words and numbers, as a clause.
func (r *renderer) changeText(f summary.Figure) string {
	abs, pct := r.change(f.Change, f.Decimal)
	switch f.Change.Kind {
	case summary.Up, summary.Down:
		return r.t.Sub("change.clause", "abs", abs, "pct", pct, "year", r.prevYear())
	}
	return abs
}
