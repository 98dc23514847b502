package pdfreport

import (
	"ratsreport/report/config"
	"ratsreport/report/coverage"
	"ratsreport/report/pdfdoc"
	"ratsreport/report/schema"
)

// narrativeCovered is the narrative of a dataset sent by the states,
// followed, when some expected states sent nothing, by the sentence that
// says so: "The results were reported by 9 of the 10 member states; none
// were received from India." A reader must not take a total over nine
// states for one over ten.
func (r *renderer) narrativeCovered(ds schema.Dataset, key string, data any) (pdfdoc.Block, error) {
	text, err := r.t.Exec(key, data)
	if err != nil {
		return nil, err
	}
	if d := r.coverage(ds); d != nil && len(d.Missing()) > 0 {
		s, err := r.t.Exec("coverage.reported_by", map[string]any{"Received": d.Received(), "Expected": len(d.Expected),
			"Members": d.Expect == config.ExpectMembers, "Missing": r.stateNames(d.Missing())})
		if err != nil {
			return nil, err
		}
		text += " " + s
	}
	return pdfdoc.Paragraph(text), nil
}

// coverage returns the coverage of dataset ds, or nil.
func (r *renderer) coverage(ds schema.Dataset) *coverage.Dataset {
	if r.s.Coverage == nil {
		return nil
	}
	return r.s.Coverage.Dataset(ds)
}

// coverageBlocks are the methodology's account of what the report rests
// on, as Frontex and Europol reports state the Member States'
// contributions: a paragraph, a table of the states (one column per
// dataset they send, the reports received or "not received") and a table
// of the Executive Committee's own datasets with the files that supplied
// them.
func (r *renderer) coverageBlocks() ([]pdfdoc.Block, error) {
	c := r.s.Coverage
	if c == nil {
		return nil, nil
	}
	missing, deadline := 0, ""
	var byState, bySources []*coverage.Dataset
	for i := range c.Datasets {
		d := &c.Datasets[i]
		if d.By == coverage.ByStates {
			byState = append(byState, d)
			missing += len(d.Missing())
		} else {
			bySources = append(bySources, d)
			if !d.Complete() {
				missing++
			}
		}
		if deadline == "" && !d.Deadline.IsZero() {
			deadline = r.t.Date(d.Deadline)
		}
	}
	p, err := r.narrative("coverage.narrative", map[string]any{"Year": c.Year, "Complete": c.Complete(), "Missing": missing, "Deadline": deadline})
	if err != nil {
		return nil, err
	}
	blocks := []pdfdoc.Block{r.h2("coverage.title"), p}
	// The states: every state expected or reporting in any dataset
	// they send, in the order of the first dataset that lists them.
	if len(byState) > 0 {
		cols := []pdfdoc.Column{{Header: r.t.T("col.state"), Width: 2.6}}
		var states []string
		seen := map[string]bool{}
		for _, d := range byState {
			cols = append(cols, pdfdoc.Column{Header: r.t.T("coverage.dataset." + string(d.Dataset)), Width: 2.4, Align: pdfdoc.AlignRight})
			for _, row := range d.Rows {
				if !seen[row.State] {
					seen[row.State] = true
					states = append(states, row.State)
				}
			}
		}
		tbl := pdfdoc.Table{Columns: cols}
		for _, s := range states {
			line := []string{r.cfg.StateName(s, r.lang)}
			for _, d := range byState {
				line = append(line, r.coverageCell(d, s))
			}
			tbl.Rows = append(tbl.Rows, line)
		}
		blocks = append(blocks, tbl)
	}
	if len(bySources) > 0 {
		tbl := pdfdoc.Table{Columns: []pdfdoc.Column{
			{Header: r.t.T("coverage.col.dataset"), Width: 2.6},
			{Header: r.t.T("coverage.col.records"), Width: 1.3, Align: pdfdoc.AlignRight},
			{Header: r.t.T("coverage.col.files"), Width: 4.6},
		}}
		for _, d := range bySources {
			var files []string
			for _, row := range d.Rows {
				files = append(files, row.File)
			}
			records := r.t.Int(int64(d.Records))
			switch {
			case d.Records == 0 && d.ExpectRecords:
				records = r.t.T("coverage.not_received")
			case d.Records == 0:
				records = "–"
			}
			tbl.Rows = append(tbl.Rows, []string{r.t.T("coverage.dataset." + string(d.Dataset)), records, r.capList(files, maxListed)})
		}
		blocks = append(blocks, tbl)
	}
	return blocks, nil
}

// coverageCell is a state's cell of a dataset: the records received,
// "not received" when expected, "–" when neither.
func (r *renderer) coverageCell(d *coverage.Dataset, state string) string {
	for _, row := range d.Rows {
		if row.State != state {
			continue
		}
		if row.Records > 0 {
			return r.t.Int(int64(row.Records))
		}
		if row.Expected {
			return r.t.T("coverage.not_received")
		}
	}
	return "–"
}
