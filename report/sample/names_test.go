package sample

import (
	"strings"
	"testing"

	"ratsreport/report/schema"
)

// nameKey folds a name as the data contract's matching does, enough for
// the sample's forms: case, quotes, the kind of dash and spaces around it.
func nameKey(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "ё", "е"))
	s = strings.NewReplacer("«", "", "»", "", "\"", "", "“", "", "”", "", "'", "",
		"‐", "-", "–", "-", "—", "-", "−", "-").Replace(s)
	for strings.Contains(s, " -") || strings.Contains(s, "- ") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, " -", "-"), "- ", "-")
	}
	return strings.Join(strings.Fields(s), " ")
}

// TestNamesListed checks that every organisation and operation name the
// sample writes is one of the forms listed in names.go (the registry is
// checked against that file), that a trilateral document names each of
// its parties, and that every written form of an operation folds to the
// operation's name in English, Russian or Chinese.
func TestNamesListed(t *testing.T) {
	p, err := newPlan(Options{Config: loadConfig(t)})
	if err != nil {
		t.Fatal(err)
	}
	opNames := map[string]map[string]bool{} // record's name → folded names it may be written as
	for _, op := range borderOps() {
		m := opNames[op.name]
		if m == nil {
			m = map[string]bool{nameKey(op.name): true}
			opNames[op.name] = m
		}
		if op.ru != "" {
			m[nameKey(op.ru)] = true
		}
		if rest, ok := strings.CutPrefix(op.name, "Solidarity-"); ok {
			m[nameKey("团结协作-"+rest)] = true
		}
	}
	listed := func(where, s string) {
		t.Helper()
		if _, ok := organisationNamed(s); !ok {
			t.Errorf("%s: %q is not a name listed in names.go", where, s)
		}
	}
	written := map[string]bool{}
	for _, b := range p.books {
		for _, s := range b.sheets {
			for r := range s.rows {
				where := b.path + ":" + string(s.ds)
				switch s.ds {
				case schema.Conference:
					for _, o := range r.get("organisations").list {
						listed(where, o)
						written[o] = true
					}
				case schema.Agreements:
					written[r.get("counterparty").s] = true
					for _, o := range strings.Split(r.get("counterparty").s, "; ") {
						listed(where, o)
						written[o] = true
					}
				case schema.Border:
					name, op := r.get("operation").s, r.rec.vals["operation"].s
					if !opNames[op][nameKey(name)] {
						t.Errorf("%s: operation %q does not fold to a name of %s", where, name, op)
					}
					written[name] = true
				}
			}
		}
	}
	for _, s := range []string{"CIS ATC", "Антитеррористический центр государств — участников СНГ",
		"Anti-Terrorism Center of the CIS Member States", "UNODC", "United Nations Office on Drugs and Crime",
		"CIS ATC; CSTO Secretariat", "CSTO Secretariat", "Солидарность-2025", "«Солидарность-2025»",
		"Солидарность–2025", "СОЛИДАРНОСТЬ-2025", "Солидарность - 2025", "团结协作-2025"} {
		if !written[s] {
			t.Errorf("%q is never written", s)
		}
	}
	for _, a := range agreementFacts() {
		if a.signed.Equal(civil(2018, 5, 28)) && a.counterparty != "CIS ATC; CSTO Secretariat" {
			t.Errorf("the trilateral memorandum's counterparty is %q, want %q", a.counterparty, "CIS ATC; CSTO Secretariat")
		}
	}
}

func TestOrganisationNamesDistinct(t *testing.T) {
	seen := map[string]string{}
	for _, o := range organisations {
		for _, n := range o.names() {
			k := nameKey(n)
			if prev, ok := seen[k]; ok && prev != o.en {
				t.Errorf("%q names both %s and %s", n, prev, o.en)
			}
			seen[k] = o.en
		}
	}
}
