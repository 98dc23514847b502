package xlsx

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/lang"
	"ratsreport/report/model"
	"ratsreport/report/registry"
	"ratsreport/report/summary"
)

// The fixture: a few records per dataset over 2024 and 2025, with
// not-reported figures, decimal indicators, an operation name holding
// COUNTIF wildcards, a non-member participant, an agreement signed after
// the reporting year and contacts without a date. Names are resolved
// through the registry: one operation is written in English and in
// Russian, and CSTO by its abbreviation and its full name.

const testYear = 2025

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func n(v int64) model.Int { return model.Int{V: v, Reported: true} }

var nr = model.Int{} // not reported

// dec returns a reported decimal in thousandths.
func dec(milli int64) model.Dec { return model.Dec{Milli: milli, Reported: true} }

// whole returns a reported whole-number indicator value.
func whole(v int64) model.Dec { return model.Dec{Milli: v * 1000, Reported: true} }

var ndec = model.Dec{} // not reported

func origin(file, sheet string, row int) model.Origin {
	return model.Origin{File: file, Sheet: sheet, Row: row}
}

// testRegistry is the registry of the repository's config.toml, through
// which the fixture's names are resolved as the reader resolves a cell.
var testRegistry = sync.OnceValue(func() *registry.Registry {
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		panic(err)
	}
	return registry.New(cfg)
})

// org resolves an organisation's name; orgs a list of them.
func org(text string) model.Name {
	return testRegistry().Resolve(config.OrganisationTable, text).Name
}

func orgs(texts ...string) []model.Name {
	var out []model.Name
	for _, t := range texts {
		out = append(out, org(t))
	}
	return out
}

// operation and exercise resolve an operation's and an exercise's name;
// an operation's name without a year takes the year of the report's
// start, as the reader does.
func operation(text string, start int) model.Name {
	res := testRegistry().Resolve(config.OperationTable, text)
	if !res.YearWritten {
		res.Name.Year = int16(start)
	}
	return res.Name
}

func exercise(text string) model.Name {
	return testRegistry().Resolve(config.ExerciseTable, text).Name
}

// testData returns the fixture's records. The indicator order is the
// repository config's: violators, migrants, wanted, drugs (kg), firearms,
// ammunition, explosives (kg), bladed, cases.
func testData() *model.Data {
	const ec25, ec24 = "sources/2025/ec-2025.xlsx", "sources/2024/ec-2024.xlsx"
	d := &model.Data{
		Exercises: []model.Exercise{
			{Name: exercise("Cyber-Watch-2025"), Kind: "online", Start: day(2025, 10, 2), End: day(2025, 10, 3), Host: "CN",
				Participants: []string{"CN", "IN", "MN"}, Observers: orgs("RATS EC"), Threat: "online propaganda and recruitment",
				Personnel: nr, Equipment: n(12), Provenance: model.Provenance{Origin: origin(ec25, "Exercises", 3)}},
			{Name: exercise("Joint-Shield-2024"), Kind: "field", Start: day(2024, 5, 6), End: day(2024, 5, 9), Host: "TJ",
				Participants: []string{"TJ", "UZ"}, Threat: "armed incursion", Personnel: n(500), Equipment: n(30),
				Provenance: model.Provenance{Origin: origin(ec24, "Exercises", 2)}},
			{Name: exercise("Joint-Shield-2025"), Kind: "field", Start: day(2025, 4, 10), End: day(2025, 4, 14), Host: "KZ", Location: "Almaty region",
				Participants: []string{"CN", "KG", "KZ", "RU"}, Observers: orgs("RATS EC", "CSTO"), Scenario: "hostage release",
				Threat: "hostage-taking", Personnel: n(1600), Equipment: n(40), Notes: "joint staff \"Vostok\"",
				Provenance: model.Provenance{Origin: origin(ec25, "Exercises", 2), Copies: []model.Origin{origin("sources/2025/kz.xlsx", "Учения", 5)}}},
		},
		Border: model.BordersOf([]*model.BorderReport{
			{BorderSite: &model.BorderSite{Operation: operation("Border Guard *?~", 2025), State: "UZ", Section: "internal", Area: "Termez"}, Start: model.DateOf(day(2025, 3, 1)), End: model.DateOf(day(2025, 3, 31)), Values: model.FiguresOf(whole(7), whole(11), ndec, dec(250), whole(0), whole(40), ndec, whole(2), ndec), Provenance: model.Provenance{Origin: origin("sources/2025/border-UZ.xlsx", "Border operations", 2)}},
			{BorderSite: &model.BorderSite{Operation: operation("Solidarity-2024", 2024), State: "KZ", Section: "external"}, Start: model.DateOf(day(2024, 9, 1)), End: model.DateOf(day(2024, 9, 30)), Values: model.FiguresOf(whole(10), whole(25), whole(1), dec(10000), whole(2), whole(100), dec(500), whole(3), whole(4)), Provenance: model.Provenance{Origin: origin("sources/2024/border-KZ.xlsx", "Border operations", 2)}},
			{BorderSite: &model.BorderSite{Operation: operation("Солидарность-2025", 2025), State: "KG", Section: "external", Area: "Osh"}, Start: model.DateOf(day(2025, 9, 1)), End: model.DateOf(day(2025, 9, 30)), Values: model.FiguresOf(whole(5), ndec, whole(0), dec(750), whole(1), whole(120), ndec, ndec, ndec), Provenance: model.Provenance{Origin: origin("sources/2025/border-KG.xlsx", "Border operations", 2)}},
			{BorderSite: &model.BorderSite{Operation: operation("Solidarity-2025", 2025), State: "KZ", Section: "external", Area: "Almaty region"}, Start: model.DateOf(day(2025, 9, 1)), End: model.DateOf(day(2025, 9, 30)), Values: model.FiguresOf(whole(12), whole(30), whole(2), dec(12500), whole(3), ndec, dec(125), whole(4), ndec), Provenance: model.Provenance{Origin: origin("sources/2025/border-KZ.xlsx", "Border operations", 2)}},
		}...),
		Sessions: []model.Session{
			{Edition: 10, Date: day(2024, 11, 14), City: "Astana", Country: "KZ", Title: "Opening plenary", Format: "plenary",
				Participants: n(100), States: []string{"KZ", "RU"}, Organisations: orgs("UNOCT"), Papers: n(6),
				Provenance: model.Provenance{Origin: origin(ec24, "Conference", 2)}},
			{Edition: 11, Date: day(2025, 11, 20), City: "Tashkent", Country: "UZ", Title: "Opening plenary", Format: "plenary",
				Theme: "Countering terrorism in the digital age", Participants: n(120), States: []string{"KZ", "RU", "UZ"},
				Organisations: orgs("UNOCT", "Interpol"), Papers: n(8), Provenance: model.Provenance{Origin: origin(ec25, "Conference", 2)}},
			{Edition: 11, Date: day(2025, 11, 21), City: "Tashkent", Country: "UZ", Title: "Panel on online threats", Format: "panel",
				Participants: nr, States: []string{"BY", "CN", "UZ"}, Organisations: orgs("UNOCT", "CSTO"), Papers: nr,
				Provenance: model.Provenance{Origin: origin(ec25, "Conference", 3)}},
		},
		Agreements: []model.Agreement{
			{Counterparties: orgs("CICA"), CounterpartyType: "international organisation", Document: "contact", Status: "contacts established",
				Provenance: model.Provenance{Origin: origin(ec25, "Agreements", 4)}},
			{Counterparties: orgs("CIS ATC"), CounterpartyType: "international organisation", Document: "protocol", Title: "Protocol on cooperation",
				Status: "in force", Signed: day(2019, 5, 1), Place: "Moscow", Areas: []string{"information exchange", "training"},
				Provenance: model.Provenance{Origin: origin(ec24, "Agreements", 2)}},
			{Counterparties: orgs("Collective Security Treaty Organization"), CounterpartyType: "international organisation", Document: "memorandum", Status: "expired",
				Signed: day(2024, 3, 1), Provenance: model.Provenance{Origin: origin(ec24, "Agreements", 3)}},
			{Counterparties: orgs("Ministry of Interior of Q"), CounterpartyType: "competent authority of an observer state", Document: "agreement",
				Status: "under negotiation", Provenance: model.Provenance{Origin: origin(ec25, "Agreements", 5)}},
			{Counterparties: orgs("UNODC"), CounterpartyType: "international organisation", Document: "memorandum", Title: "Memorandum of understanding",
				Status: "signed", Signed: day(2025, 6, 15), Place: "Vienna", Provenance: model.Provenance{Origin: origin(ec25, "Agreements", 2)}},
			{Counterparties: orgs("UNODC"), CounterpartyType: "international organisation", Document: "joint plan", Status: "signed",
				Signed: day(2026, 2, 1), Provenance: model.Provenance{Origin: origin(ec25, "Agreements", 3)}},
		},
		Sources: []model.SourceFile{
			{Path: ec24, Size: 10240, SHA256: "1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988",
				Sheets: []model.SheetAudit{{Name: "Exercises", Dataset: "exercises", Rows: 1, Records: 1}, {Name: "Notes", Rows: 0}}},
			{Path: ec25, Size: 20480, SHA256: "aa00bb11cc22dd33ee44ff5566778899aa00bb11cc22dd33ee44ff5566778899",
				Sheets: []model.SheetAudit{{Name: "Exercises", Dataset: "exercises", Rows: 3, Records: 2, Rejected: 1},
					{Name: "Conference", Dataset: "conference", Rows: 2, Records: 2}}},
			{Path: "sources/2025/kz.xlsx", Size: 999, SHA256: "0000000000000000000000000000000000000000000000000000000000000000",
				Sheets: []model.SheetAudit{{Name: "Учения", Dataset: "exercises", Rows: 1, Merged: 1}}},
			{Path: "sources/2025/broken.xlsx", Size: 12, SHA256: "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", Failed: true},
		},
	}
	// The Internet (KZ twice in 2025: two periods, one state), training and
	// meetings, with figures not reported.
	online := func(state string, start, end time.Time, v ...model.Dec) model.OnlineReport {
		return model.OnlineReport{State: state, Start: start, End: end, Values: model.FiguresOf(v...),
			Provenance: model.Provenance{Origin: origin(ec25, "Online", 2)}}
	}
	d.Online = []model.OnlineReport{
		online("KZ", day(2024, 1, 1), day(2024, 12, 31), whole(90), whole(1000), ndec, whole(3), whole(1)),
		online("KZ", day(2025, 1, 1), day(2025, 6, 30), whole(60), whole(700), whole(20), ndec, whole(1)),
		online("KZ", day(2025, 7, 1), day(2025, 12, 31), whole(50), whole(650), ndec, ndec, whole(0)),
		online("RU", day(2025, 1, 1), day(2025, 12, 31), whole(400), ndec, whole(80), whole(9), whole(5)),
	}
	d.Training = []model.Training{
		{Course: "Course on digital evidence", Format: "course", Start: day(2025, 4, 14), End: day(2025, 4, 18), Host: "UZ", City: "Tashkent",
			Organiser: org("RATS EC"), Participants: n(30), States: []string{"KZ", "UZ"}, Hours: n(36), Provenance: model.Provenance{Origin: origin(ec25, "Training", 2)}},
		{Course: "Seminar on financing", Format: "seminar", Start: day(2025, 6, 2), End: day(2025, 6, 3), Host: "KZ", OrganiserState: "KZ",
			Participants: nr, States: []string{"KZ", "RU"}, Provenance: model.Provenance{Origin: origin(ec25, "Training", 3)}},
	}
	d.Meetings = []model.Meeting{
		{Body: "rats council", Number: n(43), Date: day(2025, 4, 3), City: "Tashkent", Country: "UZ", Chair: "KG", Decisions: n(11),
			Provenance: model.Provenance{Origin: origin(ec25, "Meetings", 2)}},
		{Body: "heads of state", Date: day(2025, 8, 31), City: "Tianjin", Country: "CN", Chair: "CN", Decisions: nr,
			Provenance: model.Provenance{Origin: origin(ec25, "Meetings", 3)}},
		{Body: "rats council", Number: n(42), Date: day(2024, 9, 13), City: "Beijing", Country: "CN", Chair: "CN", Decisions: n(9),
			Provenance: model.Provenance{Origin: origin(ec24, "Meetings", 2)}},
	}
	return d
}

func testWarnings() diag.List {
	var l diag.List
	l.Add("sources/2025/ec-2025.xlsx", "Exercises", 4, 3, diag.Error, "Start date: %q is not a date; expected 2025-09-21", "31.02.2025")
	l.Add("sources/2025/border-KG.xlsx", "Border operations", 2, 0, diag.Warning, "figures left empty are not reported")
	l.Add("sources/2025/kz.xlsx", "", 0, 0, diag.Notice, "the sheet %q is not a dataset and was ignored", "Notes")
	return l
}

// testConfig loads the repository's configuration.
func testConfig(t testing.TB) *config.Config {
	t.Helper()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// testTexts loads the English texts from the repository's templates.
func testTexts(t testing.TB) *lang.Texts { return langTexts(t, "en") }

// langTexts loads one language's texts from the repository's templates.
func langTexts(t testing.TB, l string) *lang.Texts {
	t.Helper()
	tx, _, err := lang.Load(os.DirFS("../../templates"), l)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// newInput builds a rendering input for data.
func newInput(t testing.TB, data *model.Data, warnings diag.List) Input {
	t.Helper()
	cfg := testConfig(t)
	return Input{
		Config: cfg, Data: data, Summary: summary.Build(cfg, data, testYear), Warnings: warnings,
		Texts: testTexts(t), Date: day(2026, 3, 20),
	}
}

// renderFile renders in and writes the workbook into a temporary folder.
func renderFile(t testing.TB, in Input, name string) (string, []byte) {
	t.Helper()
	b, err := Render(context.Background(), in)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p, b
}
