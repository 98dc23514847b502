package registry

import (
	"strings"
	"testing"

	"ratsreport/report/config"
	"ratsreport/report/model"
)

// testRegistry indexes the repository's config.toml.
func testRegistry(t testing.TB) (*Registry, *config.Config) {
	t.Helper()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	return New(cfg), cfg
}

func TestResolve(t *testing.T) {
	r, _ := testRegistry(t)
	for _, c := range []struct {
		table, text string
		id          string
		lookalike   bool
	}{
		{config.OperationTable, "Solidarity-2025", "solidarity/2025", false},
		{config.OperationTable, "Солидарность-2025", "solidarity/2025", false},
		{config.OperationTable, "СОЛИДАРНОСТЬ – 2025", "solidarity/2025", false},
		{config.OperationTable, "«Солидарность-2025»", "solidarity/2025", false},
		{config.OperationTable, "团结协作-2025", "solidarity/2025", false},
		{config.OperationTable, "团结协作·2019-2021", "solidarity/2019-2021", false},
		{config.OperationTable, "Solidarity-2019-2021", "solidarity/2019-2021", false},
		{config.OperationTable, "Sоlidarity-2025", "solidarity/2025", true},   // Cyrillic о
		{config.OperationTable, "Сoлидарность-2025", "solidarity/2025", true}, // Latin o
		{config.OperationTable, "Solidarity", "solidarity", false},            // the reader adds the year of the dates
		{config.ExerciseTable, "Peace Mission 2007", "peace_mission/2007", false},
		{config.ExerciseTable, "Tianshan-1-2006", "tianshan/2006", false},
		{config.ExerciseTable, "Саханд-Антитеррор-2025", "sahand_antiterror/2025", false},
		{config.OrganisationTable, "CIS ATC", "cis_atc", false},
		{config.OrganisationTable, "АТЦ СНГ", "cis_atc", false},
		{config.OrganisationTable, "Антитеррористический центр государств — участников СНГ", "cis_atc", false},
		{config.OrganisationTable, "Антитеррористический центр государств - участников СНГ", "cis_atc", false},
		{config.OrganisationTable, "unodc", "unodc", false},
		{config.OrganisationTable, "CSTO Secretariat", "csto", false},
		{config.OrganisationTable, "Nobody Org", "?nobody org", false},
	} {
		res := r.Resolve(c.table, c.text)
		if res.Name.ID() != c.id || (res.Lookalike != "") != c.lookalike || res.Name.Text != c.text {
			t.Errorf("Resolve(%s, %q) = %+v (look-alike %q); want %s, look-alike %v", c.table, c.text, res.Name, res.Lookalike, c.id, c.lookalike)
		}
	}
}

// TestLookalikeOnlyMixed: a name wholly in one script is never read as a
// look-alike of a name in the other.
func TestLookalikeOnlyMixed(t *testing.T) {
	r, _ := testRegistry(t)
	// "Сисатс" is all Cyrillic; its skeleton is Latin-looking but it
	// mixes nothing.
	if res := r.Resolve(config.OrganisationTable, "ОСЕ"); res.Name.Known() {
		t.Errorf("an all-Cyrillic name resolved as a look-alike: %+v", res)
	}
}

func TestClosest(t *testing.T) {
	r, _ := testRegistry(t)
	for _, c := range []struct {
		table, text, want string
	}{
		{config.OrganisationTable, "Interpoll", "interpol"},
		{config.OrganisationTable, "UNDOC", "unodc"},
		{config.OperationTable, "Solidarnost-2025", "solidarity"}, // transliterated Russian
		{config.OperationTable, "Солидарност-2025", "solidarity"},
		{config.ExerciseTable, "Sahand-Antiteror-2025", "sahand_antiterror"},
	} {
		res := r.Resolve(c.table, c.text)
		closest := r.Closest(c.table, res.Name)
		if res.Name.Known() || len(closest) == 0 || closest[0] != c.want {
			t.Errorf("Resolve(%q): closest %v; want %s first", c.text, closest, c.want)
		}
	}
	for _, far := range []string{"Gulf Cooperation Council", "observer delegations of 13 states"} {
		if c := r.Closest(config.OrganisationTable, r.Resolve(config.OrganisationTable, far).Name); len(c) > 0 {
			t.Errorf("Resolve(%q): closest %v; want none", far, c)
		}
	}
}

func TestSplit(t *testing.T) {
	r, cfg := testRegistry(t)
	// A registry name with a comma is recognised whole.
	cfg.Organisations = append(cfg.Organisations, config.Entry{Key: "commaorg", Name: config.Text{"en": "Centre for Studies, Research and Training"}})
	r = New(cfg)
	got := r.Split(config.OrganisationTable, "CIS ATC; CSTO, Centre for Studies, Research and Training\nUNODC", nil)
	want := []string{"CIS ATC", "CSTO", "Centre for Studies, Research and Training", "UNODC"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Split = %q; want %q", got, want)
	}
}

func TestPrint(t *testing.T) {
	r, _ := testRegistry(t)
	op := r.Resolve(config.OperationTable, "Солидарность-2025").Name
	atc := r.Resolve(config.OrganisationTable, "Антитеррористический центр государств — участников СНГ").Name
	for _, c := range []struct{ got, want string }{
		{r.Name(op, "en"), "Solidarity-2025"},
		{r.Name(op, "ru"), "Солидарность-2025"},
		{r.Name(op, "zh"), "团结协作-2025"},
		{r.Short(atc, "en"), "CIS ATC"},
		{r.Short(atc, "ru"), "АТЦ СНГ"},
		{r.Name(atc, "en"), "Anti-Terrorism Center of the Commonwealth of Independent States"},
		{r.Name(model.Name{Key: "?x", Text: "As Written"}, "ru"), "As Written"},
	} {
		if c.got != c.want {
			t.Errorf("got %q; want %q", c.got, c.want)
		}
	}
	if strings.ContainsAny(r.Name(atc, "en"), "АЦ") {
		t.Error("the English name holds Cyrillic")
	}
}

func TestStub(t *testing.T) {
	s := Stub(config.OperationTable, "Гранит-2025")
	for _, want := range []string{"[[operations]]", `key = "granit"`, `ru = "Гранит"`} {
		if !strings.Contains(s, want) {
			t.Errorf("stub lacks %q:\n%s", want, s)
		}
	}
	// The stub, completed, is valid configuration.
	if _, err := config.Parse("stub", []byte(strings.Replace(Stub(config.OrganisationTable, "Gulf Cooperation Council"), `en = ""`, `en = "GCC"`, 1))); err != nil && !strings.Contains(err.Error(), "states") {
		t.Errorf("stub does not parse: %v", err)
	}
}

// BenchmarkClosest is the cost of the suggestions for one unknown name,
// which a reader asks for at most ingest.maxSuggested names per sheet.
func BenchmarkClosest(b *testing.B) {
	r, _ := testRegistry(b)
	n := r.Resolve(config.OrganisationTable, "Stress counterparty 12345").Name
	for b.Loop() {
		r.Closest(config.OrganisationTable, n)
	}
}

// BenchmarkResolve is the reader's cost per name cell before its cache:
// a map lookup after folding, not a scan of the registry.
func BenchmarkResolve(b *testing.B) {
	r, _ := testRegistry(b)
	for b.Loop() {
		r.Resolve(config.OperationTable, "Солидарность-2025")
	}
}

// BenchmarkNew is the cost of indexing the registry, paid once per
// reader and renderer.
func BenchmarkNew(b *testing.B) {
	_, cfg := testRegistry(b)
	for b.Loop() {
		New(cfg)
	}
}
