package ingest

import (
	"testing"
	"time"

	"ratsreport/report/diag"
	"ratsreport/report/model"
	"ratsreport/report/schema"
)

// TestOtherDatasets: value forms and rejections of the border,
// conference and agreements sheets, each with its exact location.
func TestOtherDatasets(t *testing.T) {
	dir := t.TempDir()
	writeBook(t, dir, "all.xlsx",
		sheet{name: "Border operations", rows: [][]any{
			{"Operation", "Reporting state", "Start date", "End date", "Section", "Area", "Drugs seized (kg)", "Firearms seized (units)", "Firearms"},
			{"Solidarity-2025", "Kazakhstan", "2025-09-01", "2025-09-30", "external", "A", "1 234,5", "12", ""},
			{"Solidarity-2025", "KZ", "2025-09-01", "2025-09-30", "sideways", "B", "1,234", "3.5", ""},
			{"Solidarity-2025", "KZ", "2025-09-01", "2025-09-30", "internal", "C", "-1", "#N/A", ""},
		}},
		sheet{name: "Конференция", rows: [][]any{
			{"Номер конференции", "Дата", "Город", "Страна", "Сессия", "Формат", "Число участников", "Представленные государства", "Организации", "Число докладов"},
			{11, "20.11.2025", "Ташкент", "Узбекистан", "Пленарное заседание", "пленарное заседание", "1 200", "UZ; KZ", "UNOCT; Interpol, CSTO", ""},
			{0, "20.11.2025", "Ташкент", "UZ", "Panel", "lecture", "", "", "", "2.5"},
			{12, "", "", "UZ", "", "", "", "", "", ""},
		}},
		sheet{name: "Agreements", rows: [][]any{
			{"Counterparty", "Counterparty type", "Document", "Title", "Status", "Signed date", "Place", "Areas"},
			{"CARICC", "международная организация", "protocol", "Protocol", "in force", dateCell{2018, 6, 15}, "Tashkent", "drugs; terrorism financing"},
			{"ASEANAPOL", "international organisation", "agreement", "Draft", "under negotiation", "", "", ""},
			{"X", "international organisation", "memorandum", "", "signed", "", "", ""},
			{"Y", "friend", "letter", "", "lost", "", "", ""},
		}},
	)
	res := read(t, dir)
	wants := []struct {
		loc  string
		sev  diag.Severity
		want string
	}{
		{"all.xlsx:Border operations!I1", diag.Error, `the column "Firearms" repeats column H (Firearms seized (units))`},
		{"all.xlsx:Border operations!E3", diag.Error, `Section: "sideways" is not a valid value; expected one of: external, internal`},
		{"all.xlsx:Border operations!G3", diag.Error, `Drugs seized (kg): "1,234" is ambiguous`},
		{"all.xlsx:Border operations!H3", diag.Error, `Firearms seized (units): "3.5" is not a whole number`},
		{"all.xlsx:Border operations!G4", diag.Error, `Drugs seized (kg): "-1" is negative`},
		{"all.xlsx:Border operations!H4", diag.Error, "Firearms seized (units): the cell holds the error #N/A"},
		{"all.xlsx:Конференция!A3", diag.Error, "Номер конференции: 0 is not a conference number"},
		{"all.xlsx:Конференция!F3", diag.Error, `Формат: "lecture" is not a valid value; expected one of: пленарное заседание, панельная сессия, круглый стол, сопутствующее мероприятие`},
		{"all.xlsx:Конференция!J3", diag.Error, `Число докладов: "2.5" is not a whole number`},
		{"all.xlsx:Конференция!B4", diag.Error, "Дата: required value missing"},
		{"all.xlsx:Конференция!C4", diag.Error, "Город: required value missing"},
		{"all.xlsx:Конференция!E4", diag.Error, "Сессия: required value missing"},
		{"all.xlsx:Agreements!F4", diag.Error, `Signed date: missing; required when the status is "signed"`},
		{"all.xlsx:Agreements!B5", diag.Error, `Counterparty type: "friend" is not a valid value`},
		{"all.xlsx:Agreements!C5", diag.Error, `Document: "letter" is not a valid value`},
		{"all.xlsx:Agreements!E5", diag.Error, `Status: "lost" is not a valid value`},
	}
	for _, w := range wants {
		if !findDiag(res.Diags, w.loc, w.sev, w.want) {
			t.Errorf("no %v at %s containing %q", w.sev, w.loc, w.want)
		}
	}
	if n := res.Diags.Count(diag.Error); n != len(wants) {
		t.Errorf("%d errors, want %d:%s", n, len(wants), dump(res.Diags))
	}
	d := res.Data
	if d.Border.Len() != 1 || d.Border.At(0).State != "KZ" || d.Border.At(0).Values.At(3) != (model.Dec{Milli: 1234500, Reported: true}) ||
		d.Border.At(0).Values.At(4) != (model.Dec{Milli: 12000, Reported: true}) {
		t.Errorf("border = %+v", d.Border)
	}
	if len(d.Sessions) != 1 {
		t.Fatalf("sessions = %+v", d.Sessions)
	}
	s := d.Sessions[0]
	if s.Edition != 11 || s.Country != "UZ" || s.Format != "plenary" || s.Participants != (model.Int{V: 1200, Reported: true}) ||
		s.Papers.Reported || len(s.States) != 2 || len(s.Organisations) != 3 || s.City != "Ташкент" {
		t.Errorf("session = %+v", s)
	}
	if len(d.Agreements) != 2 {
		t.Fatalf("agreements = %+v", d.Agreements)
	}
	// Signed documents sort first.
	a, b := d.Agreements[0], d.Agreements[1]
	if nameIDList(a.Counterparties) != "caricc" || nameTexts(a.Counterparties) != "CARICC" || a.CounterpartyType != "international organisation" || !a.Signed.Equal(time.Date(2018, 6, 15, 0, 0, 0, 0, time.UTC)) ||
		len(a.Areas) != 2 || a.Status != "in force" {
		t.Errorf("agreement = %+v", a)
	}
	if nameIDList(b.Counterparties) != "aseanapol" || nameTexts(b.Counterparties) != "ASEANAPOL" || !b.Signed.IsZero() || b.Year() != 0 {
		t.Errorf("agreement = %+v", b)
	}
}

// TestKinds checks that the merger's kinds stand for the contract's
// datasets, each once, in its order: a dataset without a kind would never
// be recognised.
func TestKinds(t *testing.T) {
	if len(kindDatasets) != len(schema.Sheets) {
		t.Fatalf("%d kinds for %d datasets", len(kindDatasets), len(schema.Sheets))
	}
	for i, s := range schema.Sheets {
		if kindDatasets[i] != s.Dataset {
			t.Errorf("kindDatasets[%d] = %q, want %q", i, kindDatasets[i], s.Dataset)
		}
	}
}
