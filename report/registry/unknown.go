package registry

import (
	"cmp"
	"slices"

	"ratsreport/report/config"
	"ratsreport/report/model"
)

// Unknown is a name the registry does not know, as first met in the
// records.
type Unknown struct {
	Table  Table
	Text   string       // as written
	Origin model.Origin // the record that first names it, in record order
	Stub   string       // a registry entry to paste into config.toml (see Stub)
}

// Unknowns lists the names of d that the registry does not know, once
// per table and identity, in table order then record order: what `check`
// offers to add.
func Unknowns(d *model.Data) []Unknown {
	var out []Unknown
	seen := map[string]bool{}
	add := func(t Table, n model.Name, o model.Origin) {
		if n.Key == "" || n.Known() || seen[t+"\x00"+n.Key] {
			return
		}
		seen[t+"\x00"+n.Key] = true
		out = append(out, Unknown{Table: t, Text: n.Text, Origin: o, Stub: Stub(t, n.Text)})
	}
	for i := range d.Sessions {
		for _, n := range d.Sessions[i].Organisations {
			add(config.OrganisationTable, n, d.Sessions[i].Origin)
		}
	}
	for i := range d.Agreements {
		for _, n := range d.Agreements[i].Counterparties {
			add(config.OrganisationTable, n, d.Agreements[i].Origin)
		}
	}
	for i := range d.Exercises {
		for _, n := range d.Exercises[i].Observers {
			add(config.OrganisationTable, n, d.Exercises[i].Origin)
		}
	}
	for _, b := range d.Border.Each() {
		add(config.OperationTable, b.Operation, b.Origin)
	}
	for i := range d.Exercises {
		add(config.ExerciseTable, d.Exercises[i].Name, d.Exercises[i].Origin)
	}
	order := map[Table]int{}
	for i, t := range Tables {
		order[t] = i
	}
	slices.SortStableFunc(out, func(a, b Unknown) int { return cmp.Compare(order[a.Table], order[b.Table]) })
	return out
}
