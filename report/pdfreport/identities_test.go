package pdfreport_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"ratsreport/report/model"
	"ratsreport/report/pdfreport"
	"ratsreport/report/schema"
)

// sampleIdentities is every way the shipped sample writes the border
// operations of 2024 and 2025, the organisations at the conference and
// the counterparties, with the thing each names: a table kept by hand,
// apart from the registry and the reader's resolution, so that the key
// figures below are counted without the code under test. A spelling the
// sample gains must be added here (the test says which).
var sampleIdentities = map[string]string{
	// Operations, as each border service writes them.
	"Solidarity-2024": "solidarity 2024", "«Солидарность-2024»": "solidarity 2024", "СОЛИДАРНОСТЬ-2024": "solidarity 2024",
	"Солидарность - 2024": "solidarity 2024", "Солидарность-2024": "solidarity 2024", "Солидарность–2024": "solidarity 2024",
	"团结协作-2024":       "solidarity 2024",
	"Solidarity-2025": "solidarity 2025", "«Солидарность-2025»": "solidarity 2025", "СОЛИДАРНОСТЬ-2025": "solidarity 2025",
	"Солидарность - 2025": "solidarity 2025", "Солидарность-2025": "solidarity 2025", "Солидарность–2025": "solidarity 2025",
	"团结协作-2025": "solidarity 2025",
	// Organisations.
	"CARICC": "CARICC", "ЦАРИКЦ": "CARICC", "Central Asian Regional Information and Coordination Centre": "CARICC",
	"CICA": "CICA", "СВМДА": "CICA", "Conference on Interaction and Confidence Building Measures in Asia": "CICA",
	"Совещание по взаимодействию и мерам доверия в Азии": "CICA",
	"CIS ATC": "CIS ATC", "АТЦ СНГ": "CIS ATC", "Anti-Terrorism Center of the CIS Member States": "CIS ATC",
	"Антитеррористический центр государств — участников СНГ": "CIS ATC",
	"CIS CCBT": "CIS CCBT", "Council of Commanders of Border Troops of the CIS Member States": "CIS CCBT",
	"Совет командующих Пограничными войсками государств — участников СНГ": "CIS CCBT",
	"CSTO": "CSTO", "ОДКБ": "CSTO", "CSTO Secretariat": "CSTO", "Collective Security Treaty Organization": "CSTO",
	"Организация Договора о коллективной безопасности": "CSTO",
	"EAG": "EAG", "ЕАГ": "EAG", "Eurasian Group on Combating Money Laundering and Financing of Terrorism": "EAG",
	"Евразийская группа по противодействию легализации преступных доходов и финансированию терроризма": "EAG",
	"Interpol": "Interpol", "Интерпол": "Interpol", "International Criminal Police Organization": "Interpol",
	"Международная организация уголовной полиции": "Interpol",
	"ISRS (Uzbekistan)": "ISRS", "Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan": "ISRS",
	"OSCE": "OSCE", "ОБСЕ": "OSCE", "Organization for Security and Co-operation in Europe": "OSCE",
	"Организация по безопасности и сотрудничеству в Европе": "OSCE",
	"Rosfinmonitoring": "Rosfinmonitoring", "Federal Financial Monitoring Service": "Rosfinmonitoring",
	"Федеральная служба по финансовому мониторингу": "Rosfinmonitoring",
	"SCO Secretariat": "SCO Secretariat", "Secretariat of the Shanghai Cooperation Organisation": "SCO Secretariat",
	"UN CTED": "UN CTED", "ИДК КТК СБ ООН": "UN CTED", "Counter-Terrorism Committee Executive Directorate": "UN CTED",
	"Исполнительный директорат Контртеррористического комитета СБ ООН": "UN CTED",
	"UN Monitoring Team": "UN Monitoring Team", "Analytical Support and Sanctions Monitoring Team": "UN Monitoring Team",
	"UNOCT": "UNOCT", "УКТ ООН": "UNOCT", "United Nations Office of Counter-Terrorism": "UNOCT",
	"Управление ООН по контртерроризму": "UNOCT",
	"UNODC": "UNODC", "United Nations Office on Drugs and Crime": "UNODC",
	"UNRCCA": "UNRCCA",
	"Африканский центр по изучению и исследованию терроризма (АЦИИТ)": "ACSRT",
	"ASEANAPOL": "ASEANAPOL", "Ministry of Public Security of Lao PDR": "Lao MPS",
	"General Intelligence Agency of Mongolia": "Mongolia GIA", "Ministry of Defence of Sri Lanka": "Sri Lanka MoD",
}

// TestSampleKeyFiguresByIdentity counts the identity-dependent key
// figures of the shipped sample (operations, organisations at the
// conference, partners) from the records' names as written, through
// sampleIdentities, and checks that the summary and the report in every
// language show them, for the year and the year before.
func TestSampleKeyFiguresByIdentity(t *testing.T) {
	b := sample(t)
	d := b.Inputs.Read.Data
	year := b.Config.Report.Year
	identity := func(n model.Name) string {
		id, ok := sampleIdentities[n.Text]
		if !ok {
			t.Fatalf("the sample writes %q, which sampleIdentities does not know: add it with the thing it names", n.Text)
		}
		return id
	}
	count := func(y int) map[string]int {
		ops, orgs, partners := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, r := range d.Border.All() {
			if r.Year() == y {
				ops[identity(r.Operation)] = true
			}
		}
		for i := range d.Sessions {
			if d.Sessions[i].Year() == y {
				for _, o := range d.Sessions[i].Organisations {
					orgs[identity(o)] = true
				}
			}
		}
		for i := range d.Agreements {
			a := &d.Agreements[i]
			if schema.Concluded(a.Status) && a.Year() > 0 && a.Year() <= y && a.Document != schema.ContactDocument {
				for _, c := range a.Counterparties {
					partners[identity(c)] = true
				}
			}
		}
		return map[string]int{"border.operations": len(ops), "conference.organisations": len(orgs), "agreements.partners": len(partners)}
	}
	cur, prev := count(year), count(year-1)
	// The figures the shipped sample must show: one operation a year,
	// whatever the spelling; partners once each.
	if cur["border.operations"] != 1 || prev["border.operations"] != 1 {
		t.Errorf("operations %d in %d and %d in %d by the table; want 1 and 1", cur["border.operations"], year, prev["border.operations"], year-1)
	}
	s := b.Result.Summary
	for key, want := range cur {
		f, ok := s.Figure(key)
		if !ok {
			t.Fatalf("no key figure %s", key)
		}
		if f.Value.Whole() != int64(want) || f.Prev.Whole() != int64(prev[key]) {
			t.Errorf("%s: summary %d (%d before); counted by identity %d (%d before)", key, f.Value.Whole(), f.Prev.Whole(), want, prev[key])
		}
	}
	for _, l := range []string{"en", "ru", "zh"} {
		t.Run(l, func(t *testing.T) {
			in := input(t, b, l, s)
			pages, err := pdfreport.Pages(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			var text strings.Builder
			for _, p := range pages {
				text.WriteString(p.String())
			}
			for key, want := range cur {
				line := fmt.Sprintf("%s | %s | %s |", in.Texts.T("figure."+key), in.Texts.Int(int64(want)), in.Texts.Int(int64(prev[key])))
				if !strings.Contains(text.String(), line) {
					t.Errorf("the %s report has no line %q", l, line)
				}
			}
		})
	}
}
