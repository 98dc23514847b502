package sample

import (
	"time"

	"ratsreport/report/schema"
)

// agreementFact is one cooperation document or contact, filed in the
// Executive Committee workbook of year file (in that workbook's language).
type agreementFact struct {
	file         int
	counterparty string
	kind         string // counterparty type key
	document     string
	title        string
	status       string
	signed       time.Time
	place        string
	areas        []string
	notes        string
}

func (a agreementFact) record() *record {
	v := map[string]val{
		"counterparty": text(a.counterparty), "type": text(a.kind), "document": text(a.document),
		"title": text(a.title), "status": text(a.status), "place": text(a.place),
		"areas": list(a.areas...), "notes": text(a.notes),
	}
	year := 0
	if !a.signed.IsZero() {
		v["signed"] = dateVal(a.signed)
		year = a.signed.Year()
	}
	return &record{ds: schema.Agreements, year: year, vals: v}
}

const (
	aseanapolNotes     = "draft being coordinated since 2017; signing not confirmed in public sources"
	illustrativeRecord = "illustrative record"
)

// agreementFacts lists RATS Executive Committee documents from public
// sources (2011–2023), contacts, and a few illustrative 2024–2025 records
// labelled as such. The ASEANAPOL draft is listed in 2017 and again,
// unchanged, in 2025: an identical copy.
func agreementFacts() []agreementFact {
	const io = "international organisation"
	return []agreementFact{
		{file: 2011, counterparty: oCSTO.as("CSTO Secretariat"), kind: io, document: "protocol",
			title:  "Protocol of understanding between the RATS Executive Committee and the CSTO Secretariat",
			status: "in force", signed: civil(2011, 6, 14), place: "Astana",
			areas: []string{"counter-terrorism", "exchange of information"},
			notes: "signed by RATS Executive Committee Director D. Dzhumanbekov and CSTO Secretary General N. Bordyuzha"},
		{file: 2014, counterparty: oInterpol.fullEN, kind: io, document: "memorandum",
			title:  "Memorandum of understanding between the RATS Executive Committee and the Interpol General Secretariat",
			status: "in force", signed: civil(2014, 11, 4), place: "Monaco",
			areas: []string{"counter-terrorism", "organised crime", "illicit drug trafficking"},
			notes: "signed during the Interpol General Assembly; RATS became an Interpol observer"},
		{file: 2017, counterparty: oASEANAPOL.en, kind: io, document: "agreement",
			title: "Agreement on cooperation (draft)", status: "under negotiation",
			areas: []string{"counter-terrorism", "exchange of information"}, notes: aseanapolNotes},
		{file: 2017, counterparty: oSriLankaMoD.en, kind: "dialogue partner", document: "contact",
			status: "contacts established", areas: []string{"counter-terrorism"},
			notes: "a cooperation protocol was announced in January 2017; signing not confirmed in public sources"},
		{file: 2018, counterparty: oCISATC.en + "; " + oCSTO.as("CSTO Secretariat"), kind: io, document: "memorandum",
			title:  "Memorandum of understanding on cooperation and interaction between the RATS Executive Committee, the CIS Anti-Terrorism Centre and the CSTO Secretariat",
			status: "in force", signed: civil(2018, 5, 28), place: "Moscow",
			areas: []string{"counter-terrorism", "exchange of information", "standing tripartite expert group"}},
		{file: 2018, counterparty: oCARICC.as("Central Asian Regional Information and Coordination Centre"), kind: io, document: "protocol",
			title:  "Protocol between the heads of the RATS Executive Committee and the Central Asian Regional Information and Coordination Centre",
			status: "in force", signed: civil(2018, 6, 15), place: "Tashkent",
			areas: []string{"illicit drug trafficking", "terrorism financing", "exchange of information"}},
		{file: 2018, counterparty: oCTED.en, kind: io, document: "memorandum",
			title:  "Memorandum of understanding between the RATS Executive Committee and the UN Counter-Terrorism Committee Executive Directorate",
			status: "in force", signed: civil(2018, 10, 31), place: "Tashkent",
			areas: []string{"counter-terrorism", "research and analysis"},
			notes: "public sources give October 2018; the day and place are assumed"},
		{file: 2019, counterparty: oACSRT.as("Африканский центр по изучению и исследованию терроризма (АЦИИТ)"), kind: io, document: "memorandum",
			title:  "Меморандум о сотрудничестве в области предупреждения терроризма и борьбы с ним",
			status: "in force", signed: civil(2019, 1, 14), place: "Алжир",
			areas: []string{"предупреждение терроризма", "обмен информацией"},
			notes: "центр Африканского союза; день подписания принят условно (14–15 января 2019 г.)"},
		{file: 2023, counterparty: oCISATC.fullRU, kind: io, document: "memorandum",
			title:  "Меморандум о сотрудничестве между Исполнительным комитетом РАТС ШОС и Антитеррористическим центром государств — участников СНГ",
			status: "in force", signed: civil(2023, 5, 25),
			areas: []string{"противодействие терроризму", "обмен информацией", "совместные учения"}},
		{file: 2024, counterparty: oEAG.fullEN, kind: io, document: "joint plan",
			title:  "Joint plan of events on countering the financing of terrorism for 2025",
			status: "signed", signed: civil(2024, 11, 14), place: "Minsk",
			areas: []string{"terrorism financing", "training"},
			notes: illustrativeRecord + " (RATS took part in the EAG forum in Minsk on 13–14 Nov 2024; no such document is public)"},
		{file: 2024, counterparty: oMongoliaGIA.en, kind: "competent authority of an observer state",
			document: "contact", status: "contacts established", areas: []string{"exchange of information"},
			notes: illustrativeRecord},
		{file: 2025, counterparty: oCISATC.en, kind: io, document: "joint plan",
			title:  "Joint plan of information campaigns for 2026",
			status: "signed", signed: civil(2025, 9, 10), place: "Cholpon-Ata",
			areas: []string{"countering extremist ideology", "information campaigns"},
			notes: illustrativeRecord + " (dated on the 44th RATS Council meeting)"},
		{file: 2025, counterparty: oUNOCT.fullEN, kind: io, document: "joint plan",
			title:  "Joint plan of activities for 2026–2027",
			status: "signed", signed: civil(2025, 11, 20), place: "Tashkent",
			areas: []string{"counter-terrorism", "capacity building", "prevention of radicalisation"},
			notes: illustrativeRecord + " (dated on the 11th conference)"},
		{file: 2025, counterparty: oLaoMPS.en, kind: "dialogue partner", document: "contact",
			status: "contacts established", areas: []string{"exchange of information"},
			notes: illustrativeRecord + "; Lao PDR became an SCO partner on 1 Sep 2025"},
	}
}
