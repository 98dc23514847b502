package pdfreport

import (
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"ratsreport/report/model"
	"ratsreport/report/pdfdoc"
)

// name prints a registry name in full, in the report's language.
func (r *renderer) name(n model.Name) string { return r.names.Name(n, r.lang) }

// short prints a registry name by its abbreviation where it has one (and
// notes it for the list of abbreviations), else in full.
func (r *renderer) short(n model.Name) string {
	if r.names.HasShort(n, r.lang) {
		r.abbreviated[n.Key] = true
	}
	return r.names.Short(n, r.lang)
}

// shorts prints names by short, in order.
func (r *renderer) shorts(ns []model.Name) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = r.short(n)
	}
	return out
}

// abbreviations is the annex's list of abbreviations: every registry
// entry the report printed by its short name, with its full name, in the
// report's language, in the language's alphabetical order. Built last, from
// what the sections actually printed. None when no name was abbreviated.
func (r *renderer) abbreviations() []pdfdoc.Block {
	if len(r.abbreviated) == 0 {
		return nil
	}
	type pair struct{ short, full string }
	var list []pair
	for key := range r.abbreviated {
		e, _ := r.names.Entry(key)
		list = append(list, pair{r.names.Short(model.Name{Key: key}, r.lang), e.Name.In(r.lang)})
	}
	coll := collate.New(language.Make(r.lang), collate.IgnoreCase)
	slices.SortFunc(list, func(a, b pair) int {
		if c := coll.CompareString(a.short, b.short); c != 0 {
			return c
		}
		return strings.Compare(a.full, b.full)
	})
	tbl := pdfdoc.Table{Columns: []pdfdoc.Column{
		{Header: r.t.T("col.abbreviation"), Width: 2},
		{Header: r.t.T("col.full_name"), Width: 6},
	}}
	for _, p := range list {
		tbl.Rows = append(tbl.Rows, []string{p.short, p.full})
	}
	return []pdfdoc.Block{r.h2("section.abbreviations"), tbl}
}
