package summary

import (
	"reflect"
	"testing"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/model"
	"ratsreport/report/registry"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func testConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// namer resolves the names of the fixtures through the registry of the
// shipped config.toml, as the reader does.
type namer struct{ reg *registry.Registry }

func (n namer) org(text string) model.Name {
	return n.reg.Resolve(config.OrganisationTable, text).Name
}

func (n namer) orgs(texts ...string) []model.Name {
	var out []model.Name
	for _, t := range texts {
		out = append(out, n.org(t))
	}
	return out
}

func (n namer) op(text string) model.Name { return n.reg.Resolve(config.OperationTable, text).Name }

func (n namer) exercise(text string) model.Name {
	return n.reg.Resolve(config.ExerciseTable, text).Name
}

// ids returns the identities of names.
func ids(ns []model.Name) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.ID())
	}
	return out
}

// border builds a report with the given indicator values (thousandths;
// -1 means not reported), in config order.
func border(op model.Name, state string, start time.Time, vals ...int64) *model.BorderReport {
	b := &model.BorderReport{BorderSite: &model.BorderSite{Operation: op, State: state, Section: "external"}, Start: model.DateOf(start), End: model.DateOf(start.AddDate(0, 0, 10)), Values: model.NewFigures(9)}
	for i, v := range vals {
		if v >= 0 {
			b.Values.Set(i, model.Dec{Milli: v, Reported: true})
		}
	}
	return b
}

func n(v int64) model.Int { return model.Int{V: v, Reported: true} }

func sampleData(cfg *config.Config) *model.Data {
	nm := namer{registry.New(cfg)}
	return &model.Data{
		Exercises: []model.Exercise{
			{Name: nm.exercise("E2022"), Start: day(2022, 10, 8), Participants: []string{"IN", "KZ"}},
			{Name: nm.exercise("E2024"), Start: day(2024, 7, 1), Participants: []string{"CN", "KZ"}, Personnel: n(500)},
			{Name: nm.exercise("E2025a"), Start: day(2025, 9, 1), Participants: []string{"KG", "KZ", "RU"}, Personnel: n(700), Observers: nm.orgs("ОБСЕ", "Interpol")},
			{Name: nm.exercise("E2025b"), Start: day(2025, 12, 1), Participants: []string{"IR", "RU"}},
		},
		Border: model.BordersOf([]*model.BorderReport{
			border(nm.op("Solidarity-2024"), "KZ", day(2024, 9, 1), 10000, -1, -1, 1500),
			border(nm.op("Solidarity-2025"), "KZ", day(2025, 9, 1), 20000, -1, -1, 2250),
			border(nm.op("Солидарность-2025"), "KG", day(2025, 9, 1), -1, -1, -1, 500),
			border(nm.op("Other-2025"), "RU", day(2025, 5, 1), 5000, 0),
		}...),
		Sessions: []model.Session{
			{Edition: 10, Date: day(2024, 9, 4), City: "Tashkent", Title: "Plenary", Participants: n(80), States: []string{"UZ"}},
			{Edition: 11, Date: day(2025, 11, 20), City: "Tashkent", Title: "Plenary", Theme: "Root causes", Participants: n(100), States: []string{"KZ", "UZ"}, Organisations: nm.orgs("UNOCT", "Interpol")},
			{Edition: 11, Date: day(2025, 11, 21), City: "Tashkent", Title: "Panel", Participants: model.Int{}, States: []string{"RU"}, Organisations: nm.orgs("КТУ ООН")},
		},
		Agreements: []model.Agreement{
			{Counterparties: nm.orgs("CARICC"), CounterpartyType: "international organisation", Document: "protocol", Status: "in force", Signed: day(2018, 6, 15)},
			{Counterparties: nm.orgs("Interpol"), CounterpartyType: "international organisation", Document: "memorandum", Status: "expired", Signed: day(2014, 11, 4)},
			{Counterparties: nm.orgs("Maldives MoD"), CounterpartyType: "dialogue partner", Document: "memorandum", Status: "signed", Signed: day(2025, 5, 5)},
			{Counterparties: nm.orgs("ASEANAPOL"), CounterpartyType: "international organisation", Document: "agreement", Status: "under negotiation"},
		},
	}
}

func TestKeyFigures(t *testing.T) {
	cfg := testConfig(t)
	s := Build(cfg, sampleData(cfg), 2025)
	cnt := func(v int64) Amount { return Amount{Milli: v * 1000, Reported: true} }
	tests := []struct {
		key        string
		value, old Amount
		change     ChangeKind
	}{
		{"exercises.count", cnt(2), cnt(1), Up},
		{"exercises.states", cnt(4), cnt(2), Up},
		{"exercises.personnel", Amount{Milli: 700000, Reported: true, Missing: 1}, cnt(500), Up},
		{"border.operations", cnt(2), cnt(1), Up},
		{"border.states", cnt(3), cnt(1), Up},
		{"border.violators", Amount{Milli: 25000, Reported: true, Missing: 1}, Amount{Milli: 10000, Reported: true}, Up},
		{"border.migrants", Amount{Milli: 0, Reported: true, Missing: 2}, Amount{Missing: 1}, NoBase},
		{"border.wanted", Amount{Missing: 3}, Amount{Missing: 1}, NotReported},
		{"conference.sessions", cnt(2), cnt(1), Up},
		{"conference.participants", Amount{Milli: 100000, Reported: true, Missing: 1}, cnt(80), Up},
		{"conference.states", cnt(3), cnt(1), Up},
		{"conference.organisations", cnt(2), cnt(0), New},
		{"agreements.signed", cnt(1), cnt(0), New},
		{"agreements.partners", cnt(3), cnt(2), Up},
		{"agreements.contacts", cnt(1), cnt(1), Same},
	}
	for _, tt := range tests {
		f, ok := s.Figure(tt.key)
		if !ok {
			t.Errorf("%s: missing", tt.key)
			continue
		}
		if f.Value != tt.value || f.Prev != tt.old || f.Change.Kind != tt.change {
			t.Errorf("%s = %+v / %+v / %v; want %+v / %+v / %v", tt.key, f.Value, f.Prev, f.Change.Kind, tt.value, tt.old, tt.change)
		}
	}
	if _, ok := s.Figure("border.drugs"); ok {
		t.Error("drugs is not a main indicator and should not be a key figure")
	}
	drugs := 3 // config order
	if got := ChangeOf(s.Border.Total[drugs], s.Border.PrevTotal[drugs]); got.Milli != 1250 || got.Percent < 83.33 || got.Percent > 83.34 {
		t.Errorf("drugs change = %+v; want +1.25 kg, +83.3%%", got)
	}
}

func TestAreaTables(t *testing.T) {
	cfg := testConfig(t)
	s := Build(cfg, sampleData(cfg), 2025)
	if got := s.Exercises.States; !reflect.DeepEqual(got, []string{"IR", "KG", "KZ", "RU"}) {
		t.Errorf("exercise states = %v", got)
	}
	per := map[int]int64{}
	for _, yc := range s.Exercises.PerYear {
		per[yc.Year] = yc.Value.Milli / 1000
	}
	if !reflect.DeepEqual(per, map[int]int64{2022: 1, 2023: 0, 2024: 1, 2025: 2}) {
		t.Errorf("exercises per year = %v", per)
	}
	// By identity: Solidarity-2025 written in English by KZ and in
	// Russian by KG is one operation; a name the registry does not know
	// is its own.
	if got := ids(s.Border.Operations); !reflect.DeepEqual(got, []string{"?other/2025", "solidarity/2025"}) {
		t.Errorf("operations = %v", got)
	}
	if len(s.Border.ByOp) != 2 || s.Border.ByOp[1].Name != "solidarity/2025" || s.Border.ByOp[1].Reports != 2 ||
		s.Border.ByOp[1].Values[3].Milli != 2750 || s.Border.ByOp[1].Operation.Text != "Solidarity-2025" {
		t.Errorf("by operation = %+v", s.Border.ByOp)
	}
	var names []string
	for _, st := range s.Border.ByState {
		names = append(names, st.Name)
	}
	// Config order: KZ, KG, RU.
	if !reflect.DeepEqual(names, []string{"KZ", "KG", "RU"}) {
		t.Errorf("states = %v", names)
	}
	kz := s.Border.ByState[0]
	if kz.Values[0].Milli != 20000 || kz.Prev[0].Milli != 10000 || kz.Prev[3].Milli != 1500 {
		t.Errorf("KZ totals = %+v prev %+v", kz.Values, kz.Prev)
	}
	if len(s.Conference.Editions) != 1 {
		t.Fatalf("editions = %d", len(s.Conference.Editions))
	}
	e := s.Conference.Editions[0]
	if e.Number != 11 || !e.Start.Equal(day(2025, 11, 20)) || !e.End.Equal(day(2025, 11, 21)) || e.Theme != "Root causes" ||
		!reflect.DeepEqual(ids(e.Organisations), []string{"unoct", "interpol"}) || !reflect.DeepEqual(e.States, []string{"KZ", "RU", "UZ"}) {
		t.Errorf("edition = %+v", e)
	}
	if len(s.Conference.PerEdition) != 2 || s.Conference.PerEdition[1].Participants.Milli != 100000 {
		t.Errorf("per edition = %+v", s.Conference.PerEdition)
	}
	nm := namer{registry.New(cfg)}
	want := []PartnerType{{Type: "international organisation", Count: 2, Names: nm.orgs("CARICC", "Interpol"), Documents: []int{1, 1}}, {Type: "dialogue partner", Count: 1, Names: nm.orgs("Maldives MoD"), Documents: []int{1}}}
	if !reflect.DeepEqual(s.Agreements.Partners, want) {
		t.Errorf("partners = %+v", s.Agreements.Partners)
	}
	if s.FirstYear != 2014 {
		t.Errorf("first year = %d", s.FirstYear)
	}
	// Every organisation the year names, by identity, in the order first
	// met: conference, agreements, exercises.
	type orgRow struct {
		id                                      string
		sessions, documents, contacts, observed int
	}
	var orgs []orgRow
	for _, o := range s.Organisations {
		orgs = append(orgs, orgRow{o.Name.ID(), o.Sessions, o.Documents, o.Contacts, o.Observed})
	}
	wantOrgs := []orgRow{{"unoct", 2, 0, 0, 0}, {"interpol", 1, 1, 0, 1}, {"caricc", 0, 1, 0, 0}, {"?maldives mod", 0, 1, 0, 0},
		{"aseanapol", 0, 0, 1, 0}, {"osce", 0, 0, 0, 1}}
	if !reflect.DeepEqual(orgs, wantOrgs) {
		t.Errorf("organisations =\n%v\nwant\n%v", orgs, wantOrgs)
	}
}

func TestChangeOf(t *testing.T) {
	r := func(m int64) Amount { return Amount{Milli: m, Reported: true} }
	tests := []struct {
		cur, prev Amount
		want      Change
	}{
		{r(150), r(100), Change{Kind: Up, Milli: 50, Percent: 50}},
		{r(50), r(100), Change{Kind: Down, Milli: -50, Percent: -50}},
		{r(100), r(100), Change{Kind: Same}},
		{r(100), r(0), Change{Kind: New, Milli: 100}},
		{r(100), Amount{}, Change{Kind: New, Milli: 100}},
		{Amount{}, r(100), Change{Kind: NotReported}},
		{r(0), Amount{}, Change{Kind: NoBase}},
		{r(0), r(0), Change{Kind: Same}},
	}
	for _, tt := range tests {
		if got := ChangeOf(tt.cur, tt.prev); got != tt.want {
			t.Errorf("ChangeOf(%+v, %+v) = %+v, want %+v", tt.cur, tt.prev, got, tt.want)
		}
	}
}

func TestStates(t *testing.T) {
	cfg := testConfig(t)
	d := sampleData(cfg)
	d.Exercises[2].Host = "KZ"
	d.Exercises[3].Participants = []string{"IR", "RU", "IR"} // listed twice, counted once
	d.Sessions[1].Country = "LK"                             // a session's country is listed, not counted
	d.Sessions[2].States = []string{"RU", "MN"}
	s := Build(cfg, d, 2025)
	type row struct {
		code                                string
		hosted, tookPart, reports, sessions int
	}
	var got []row
	for _, st := range s.States {
		got = append(got, row{st.Code, st.Hosted, st.TookPart, st.Reports, st.Sessions})
		if len(st.Border) != 9 {
			t.Errorf("%s: %d indicator totals, want 9", st.Code, len(st.Border))
		}
	}
	// The members at the end of the year in config order, then the other
	// states named in the year's records, in config order.
	want := []row{{"CN", 0, 0, 0, 0}, {"KZ", 1, 1, 1, 1}, {"KG", 0, 1, 1, 0}, {"RU", 0, 2, 1, 1}, {"TJ", 0, 0, 0, 0},
		{"UZ", 0, 0, 0, 1}, {"IN", 0, 0, 0, 0}, {"PK", 0, 0, 0, 0}, {"IR", 0, 1, 0, 0}, {"BY", 0, 0, 0, 0},
		{"MN", 0, 0, 0, 1}, {"LK", 0, 0, 0, 0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("states =\n%v\nwant\n%v", got, want)
	}
	if st := s.States[10]; st.Status != "partner" {
		t.Errorf("MN status = %q, want partner", st.Status)
	}
}

func TestDerivedFigures(t *testing.T) {
	cfg := testConfig(t)
	s := Build(cfg, sampleData(cfg), 2025)
	nm := namer{registry.New(cfg)}
	var reporting []string
	for _, st := range s.Border.Reporting() {
		reporting = append(reporting, st.Name)
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"reporting states", reporting, []string{"KZ", "KG", "RU"}},
		{"missing border figures", s.Border.Missing, 22},
		{"indicator figures", len(s.Border.Indicators), 9},
		{"drugs figure", s.Border.Indicators[3].Indicator, "drugs"},
		{"drugs change", s.Border.Indicators[3].Change.Milli, int64(1250)},
		{"exercises the year before", s.Exercises.PrevCount, 1},
		{"exercises to date", s.Exercises.ToDate, 4},
		// UNOCT written as "UNOCT" and as «КТУ ООН»: one organisation, under
		// the name first met.
		{"organisations", s.Conference.Organisations, []OrganisationCount{{nm.org("UNOCT"), 2}, {nm.org("Interpol"), 1}}},
		{"partners", s.Agreements.PartnerCount, 3},
		{"first year", s.FirstYear, 2014},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestAmountUnits(t *testing.T) {
	tests := []struct {
		a     Amount
		whole int64
		float float64
	}{
		{Amount{Milli: 12500, Reported: true}, 12, 12.5},
		{Amount{Milli: -1500, Reported: true}, -1, -1.5},
		{Amount{Missing: 2}, 0, 0},
	}
	for _, tt := range tests {
		if got := tt.a.Whole(); got != tt.whole {
			t.Errorf("%+v.Whole() = %d, want %d", tt.a, got, tt.whole)
		}
		if got := tt.a.Float(); got != tt.float {
			t.Errorf("%+v.Float() = %v, want %v", tt.a, got, tt.float)
		}
	}
}
