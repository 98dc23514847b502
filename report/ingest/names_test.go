package ingest

import (
	"strings"
	"testing"

	"ratsreport/report/diag"
)

// borderHeader is the contract's English border header with two of the
// configuration's indicators.
var borderHeader = []any{"Operation", "Reporting state", "Start date", "End date", "Section", "Area", "Border violators detained", "Firearms seized"}

// TestOperationOneIdentity: one operation written in English, Russian,
// with an en dash, in capitals and with a Cyrillic look-alike letter,
// across three files, is one operation; its totals are the sum of the
// rows; the look-alike is a warning at its cell.
func TestOperationOneIdentity(t *testing.T) {
	dir := t.TempDir()
	row := func(op, state, area string, violators, firearms int) []any {
		return []any{op, state, dateCell{2025, 9, 1}, dateCell{2025, 9, 30}, "external", area, violators, firearms}
	}
	writeBook(t, dir, "border-KZ.xlsx", sheet{name: "Border operations", rows: [][]any{borderHeader,
		row("Solidarity-2025", "KZ", "Almaty", 10, 1),
		row("Солидарность-2025", "KZ", "Shymkent", 20, 2),
	}})
	writeBook(t, dir, "border-RU.xlsx", sheet{name: "Border operations", rows: [][]any{borderHeader,
		row("Солидарность – 2025", "RU", "Kurgan", 30, 3),
		row("SOLIDARITY-2025", "RU", "Omsk", 40, 4),
	}})
	writeBook(t, dir, "border-CN.xlsx", sheet{name: "Border operations", rows: [][]any{borderHeader,
		row("Sоlidarity-2025", "CN", "Kashgar", 50, 5), // Cyrillic о
		row("团结协作-2025", "CN", "Yining", 60, 6),
	}})
	res := read(t, dir)
	if n := res.Diags.Count(diag.Error); n != 0 {
		t.Fatalf("%d errors:%s", n, dump(res.Diags))
	}
	ids := map[string]int{}
	violators, firearms := int64(0), int64(0)
	for _, b := range res.Data.Border.All() {
		ids[b.Operation.ID()]++
		violators += b.Values.At(0).Milli / 1000
		firearms += b.Values.At(indexOf(t, "firearms")).Milli / 1000
	}
	if len(ids) != 1 || ids["solidarity/2025"] != 6 {
		t.Fatalf("operations %v; want one, solidarity/2025, with 6 reports", ids)
	}
	if violators != 10+20+30+40+50+60 || firearms != 1+2+3+4+5+6 {
		t.Errorf("totals %d violators, %d firearms; want 210 and 21", violators, firearms)
	}
	if !findDiag(res.Diags, "border-CN.xlsx:Border operations!A2", diag.Warning, "mixes Latin and Cyrillic") {
		t.Errorf("no look-alike warning at border-CN.xlsx:Border operations!A2:%s", dump(res.Diags))
	}
	for _, d := range res.Diags {
		if strings.Contains(d.Message, "not in the registry") {
			t.Errorf("unexpected unknown name: %s", d)
		}
	}
}

// indexOf returns the configuration's index of an indicator.
func indexOf(t *testing.T, key string) int {
	t.Helper()
	i := testConfig(t, t.TempDir()).IndicatorIndex(key)
	if i < 0 {
		t.Fatalf("no indicator %q", key)
	}
	return i
}

var agreementHeader = []any{"Counterparty", "Counterparty type", "Document", "Title", "Status", "Signed date", "Place"}

// TestPartnerOneIdentity: "CIS ATC", «АТЦ СНГ» and the full Russian name
// are one partner; a trilateral memorandum is one document with two
// counterparties (three parties with the Executive Committee).
func TestPartnerOneIdentity(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "a.xlsx", sheet{name: "Agreements", rows: [][]any{agreementHeader,
		{"CIS ATC", "international organisation", "protocol", "Protocol on major events", "signed", dateCell{2013, 3, 29}, "Tashkent"},
		{"АТЦ СНГ", "international organisation", "memorandum", "Memorandum of cooperation", "signed", dateCell{2023, 5, 25}, "Moscow"},
		{"Антитеррористический центр государств — участников СНГ", "international organisation", "joint plan", "Joint plan", "signed", dateCell{2025, 9, 10}, "Cholpon-Ata"},
		{"CIS ATC; CSTO Secretariat", "international organisation", "memorandum", "Trilateral memorandum", "signed", dateCell{2018, 5, 28}, "Moscow"},
	}})
	res := read(t, dir)
	if n := res.Diags.Count(diag.Error) + res.Diags.Count(diag.Warning); n != 0 {
		t.Fatalf("%d errors and warnings:%s", n, dump(res.Diags))
	}
	if len(res.Data.Agreements) != 4 {
		t.Fatalf("%d documents; want 4 (the trilateral memorandum is one)", len(res.Data.Agreements))
	}
	partners := map[string]int{}
	for _, a := range res.Data.Agreements {
		for _, c := range a.Counterparties {
			partners[c.ID()]++
		}
		if a.Title == "Trilateral memorandum" && len(a.Counterparties) != 2 {
			t.Errorf("trilateral memorandum: %d counterparties %v; want 2", len(a.Counterparties), a.Counterparties)
		}
	}
	want := map[string]int{"cis_atc": 4, "csto": 1}
	if len(partners) != len(want) || partners["cis_atc"] != 4 || partners["csto"] != 1 {
		t.Errorf("partners %v; want %v", partners, want)
	}
}

// TestUnknownName: a name the registry does not know is kept as written,
// counted under its own identity, and is a warning at its cell naming the
// closest entry; across scripts too.
func TestUnknownName(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "a.xlsx", sheet{name: "Agreements", rows: [][]any{agreementHeader,
		{"Interpoll", "international organisation", "memorandum", "MoU", "signed", dateCell{2014, 11, 4}, "Monaco"},
		{"Gulf Cooperation Council", "international organisation", "memorandum", "MoU", "signed", dateCell{2024, 1, 1}, "Riyadh"},
	}})
	writeBook(t, dir, "b.xlsx", sheet{name: "Border operations", rows: [][]any{borderHeader,
		{"Солидарност-2025", "KZ", dateCell{2025, 9, 1}, dateCell{2025, 9, 30}, "external", "Almaty", 1, 1},
	}})
	res := read(t, dir)
	for _, c := range []struct{ loc, want string }{
		{"a.xlsx:Agreements!A2", `"Interpoll" is not in the registry of organisations`},
		{"a.xlsx:Agreements!A2", "closest: International Criminal Police Organization (interpol)"},
		{"a.xlsx:Agreements!A3", `"Gulf Cooperation Council" is not in the registry`},
		{"b.xlsx:Border operations!A2", "closest: Solidarity (solidarity)"},
	} {
		if !findDiag(res.Diags, c.loc, diag.Warning, c.want) {
			t.Errorf("no warning at %s with %q:%s", c.loc, c.want, dump(res.Diags))
		}
	}
	if findDiag(res.Diags, "a.xlsx:Agreements!A3", diag.Warning, "closest") {
		t.Errorf("a name close to nothing names a closest entry:%s", dump(res.Diags))
	}
	a := res.Data.Agreements
	if len(a) != 2 || a[0].Counterparties[0].Known() || a[0].Counterparties[0].Text != "Interpoll" {
		t.Errorf("agreements %+v; want the unknown name kept as written", a)
	}
}

// TestNameYear: an operation's year is checked against its dates; a name
// without a year takes the year of its dates.
func TestNameYear(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "b.xlsx", sheet{name: "Border operations", rows: [][]any{borderHeader,
		{"Solidarity-2024", "KZ", dateCell{2025, 9, 1}, dateCell{2025, 9, 30}, "external", "Almaty", 1, 1},
		{"Solidarity", "KZ", dateCell{2025, 9, 1}, dateCell{2025, 9, 30}, "external", "Shymkent", 1, 1},
		{"Solidarity-2019-2021", "KZ", dateCell{2020, 9, 1}, dateCell{2020, 9, 30}, "external", "Almaty", 1, 1},
	}})
	res := read(t, dir)
	if !findDiag(res.Diags, "b.xlsx:Border operations!A2", diag.Warning, `"Solidarity-2024" carries the year 2024 but the row starts in 2025`) {
		t.Errorf("no year warning at A2:%s", dump(res.Diags))
	}
	got := map[string]bool{}
	for _, b := range res.Data.Border.All() {
		got[b.Operation.ID()] = true
	}
	for _, id := range []string{"solidarity/2024", "solidarity/2025", "solidarity/2019-2021"} {
		if !got[id] {
			t.Errorf("no operation %s among %v", id, got)
		}
	}
	if findDiag(res.Diags, "b.xlsx:Border operations!A4", diag.Warning, "carries the year") {
		t.Errorf("a span of years that holds the date is warned about:%s", dump(res.Diags))
	}
}

// TestObserversStatesAndOrganisations: an Observers cell names states and
// organisations; a bracketed qualifier is a comment on the name.
func TestObserversStatesAndOrganisations(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "e.xlsx", sheet{name: "Exercises", rows: [][]any{exerciseHeader,
		exerciseRow(map[int]any{7: "India (NSCS observer team of three); CSTO; АТЦ СНГ, Mongolia"}),
	}})
	res := read(t, dir)
	if len(res.Data.Exercises) != 1 {
		t.Fatalf("%d exercises:%s", len(res.Data.Exercises), dump(res.Diags))
	}
	e := res.Data.Exercises[0]
	if strings.Join(e.ObserverStates, ",") != "IN,MN" {
		t.Errorf("observer states %v; want IN, MN", e.ObserverStates)
	}
	var ids []string
	for _, o := range e.Observers {
		ids = append(ids, o.ID())
	}
	if strings.Join(ids, ",") != "csto,cis_atc" {
		t.Errorf("observing organisations %v; want csto, cis_atc", ids)
	}
	if !findDiag(res.Diags, "e.xlsx:Exercises!H2", diag.Notice, "bracketed words are a comment") {
		t.Errorf("no notice on the qualifier:%s", dump(res.Diags))
	}
	if e.Name.ID() != "?test-antiterror/2025" || e.Name.Text != "Test-Antiterror-2025" {
		t.Errorf("exercise name %+v; want the unknown test-antiterror of 2025, as written", e.Name)
	}
}

// TestMergeByIdentity: the same exercise sent by two files, written in
// English and in Russian, is one record.
func TestMergeByIdentity(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "a.xlsx", sheet{name: "Exercises", rows: [][]any{exerciseHeader,
		exerciseRow(map[int]any{0: "Sahand-Antiterror-2025"}),
	}})
	writeBook(t, dir, "b.xlsx", sheet{name: "Exercises", rows: [][]any{exerciseHeader,
		exerciseRow(map[int]any{0: "«Саханд-Антитеррор-2025»"}),
	}})
	res := read(t, dir)
	if len(res.Data.Exercises) != 1 {
		t.Fatalf("%d exercises; want one:%s", len(res.Data.Exercises), dump(res.Diags))
	}
	if got := res.Data.Exercises[0]; got.Name.ID() != "sahand_antiterror/2025" || len(got.Copies) != 1 {
		t.Errorf("exercise %+v; want sahand_antiterror/2025 with one copy", got.Name)
	}
}

// TestUnknownSpelledAlike: two spellings of one unknown name that fold
// alike are one name, printed with the text first written; another
// year is another name.
func TestUnknownSpelledAlike(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "a.xlsx", sheet{name: "Agreements", rows: [][]any{agreementHeader,
		{"Maldives MoD", "dialogue partner", "memorandum", "MoU one", "signed", dateCell{2024, 1, 1}, "Male"},
	}})
	writeBook(t, dir, "b.xlsx", sheet{name: "Agreements", rows: [][]any{agreementHeader,
		{"MALDIVES  MOD", "dialogue partner", "memorandum", "MoU two", "signed", dateCell{2025, 1, 1}, "Male"},
	}})
	writeBook(t, dir, "c.xlsx", sheet{name: "Border operations", rows: [][]any{borderHeader,
		{"Granite-2024", "KZ", dateCell{2024, 9, 1}, dateCell{2024, 9, 30}, "external", "Almaty", 1, 1},
		{"GRANITE-2025", "KZ", dateCell{2025, 9, 1}, dateCell{2025, 9, 30}, "external", "Almaty", 1, 1},
	}})
	res := read(t, dir)
	a := res.Data.Agreements
	if len(a) != 2 || a[0].Counterparties[0].ID() != a[1].Counterparties[0].ID() ||
		a[0].Counterparties[0].Text != "Maldives MoD" || a[1].Counterparties[0].Text != "Maldives MoD" {
		t.Errorf("counterparties %+v, %+v; want one unknown name, written Maldives MoD", a[0].Counterparties, a[1].Counterparties)
	}
	var ops []string
	for _, b := range res.Data.Border.All() {
		ops = append(ops, b.Operation.ID()+"="+b.Operation.Text)
	}
	if strings.Join(ops, " ") != "?granite/2024=Granite-2024 ?granite/2025=GRANITE-2025" {
		t.Errorf("operations %v; want two years of one unknown series, each as written", ops)
	}
}
