package sample

import (
	"time"

	"ratsreport/report/schema"
)

// Notes that mark a figure as illustrative, in each language of the
// workbooks.
const (
	illustrativeEN = "illustrative figure"
	illustrativeRU = "иллюстративная цифра (illustrative figure)"
)

// exerciseFact is one joint anti-terrorist exercise. Its texts are in the
// language of the Executive Committee workbook of its year; its name is in
// English, and nameRU is the Russian name a Russian workbook writes.
// Personnel and equipment are -1 when not reported.
type exerciseFact struct {
	name, nameRU, kind   string
	start, end           time.Time
	host, location       string
	participants         []string
	observers            []string
	scenario, threat     string
	personnel, equipment int64
	notes                string
}

func civil(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func (e exerciseFact) record() *record {
	v := map[string]val{
		"name": text(e.name), "kind": text(e.kind),
		"start": dateVal(e.start), "end": dateVal(e.end),
		"host": text(e.host), "location": text(e.location),
		"participants": list(e.participants...), "observers": list(e.observers...),
		"scenario": text(e.scenario), "threat": text(e.threat),
		"notes": text(e.notes),
	}
	if e.personnel >= 0 {
		v["personnel"] = num(e.personnel)
	}
	if e.equipment >= 0 {
		v["equipment"] = num(e.equipment)
	}
	return &record{ds: schema.Exercises, year: e.start.Year(), vals: v}
}

var (
	six   = []string{"CN", "KZ", "KG", "RU", "TJ", "UZ"}
	eight = []string{"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK"}
	nine  = []string{"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK", "IR"}
	ten   = []string{"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK", "IR", "BY"}
)

// exerciseFacts lists the RATS (competent-authority) exercises from public
// sources, 2006–2025, and the Tianshan-III border-troops drill, labelled.
// Texts of 2008, 2013, 2019 and 2023 are in Russian: those years'
// Executive Committee workbooks are Russian.
func exerciseFacts() []exerciseFact {
	return []exerciseFact{
		{
			name: "Vostok-Antiterror-2006", kind: "command-staff",
			start: civil(2006, 3, 15), end: civil(2006, 3, 16), host: "UZ", location: "Tashkent region",
			participants: six, observers: []string{oRATSEC.en},
			scenario: "release of hostages by special units (details not public)", threat: "hostage-taking",
			personnel: -1, equipment: -1,
			notes: "named in secondary sources only; dates assumed (March 2006); participants assumed (the six member states)",
		},
		{
			name: "Tianshan-1-2006", kind: "field",
			start: civil(2006, 8, 24), end: civil(2006, 8, 26), host: "KZ",
			location:     "Almaty region (Kazakhstan, phase 1); Yining, Ili, Xinjiang (China, phase 2)",
			participants: []string{"CN", "KZ"},
			scenario:     "terrorists driven into a valley and cliff caves and eliminated; helicopters, armoured anti-riot vehicles, cavalry and dogs",
			threat:       "armed incursion",
			personnel:    700, equipment: -1,
			notes: "about 100 observers from SCO member states; two phases: 24 Aug in Kazakhstan, 26 Aug in China; personnel: about 700 Chinese police in phase 2 (public figure), phase 1 not reported",
		},
		{
			name: "Volgograd-Antiterror-2008", nameRU: "Волгоград-Антитеррор-2008", kind: "field",
			start: civil(2008, 8, 18), end: civil(2008, 9, 4), host: "RU", location: "Волгоградская область",
			participants: []string{"TJ", "UZ", "KZ", "RU"},
			scenario:     "оперативно-розыскные мероприятия по поиску диверсионно-террористических групп; освобождение заложников на экологически опасном объекте",
			threat:       "critical-infrastructure attack",
			personnel:    480, equipment: 60,
			notes: "наблюдатели: руководители спецслужб государств — членов ШОС, международные организации; координатор — Национальный антитеррористический комитет России; численность и техника: " + illustrativeRU,
		},
		{
			name: "Norak-Antiterror-2009", kind: "field",
			start: civil(2009, 4, 17), end: civil(2009, 4, 18), host: "TJ",
			location:     "Dushanbe (command gathering); Fakhrabad range near Nurek (field phase)",
			participants: six, observers: []string{oRATSEC.en, oCSTO.as("CSTO Secretariat"), oCISATC.as("Anti-Terrorism Center of the CIS"), "Iran", "India", "Pakistan"},
			scenario:  "repelling an attack by a large terrorist group; armour, helicopters and attack aircraft",
			threat:    "armed incursion",
			personnel: 1000, equipment: 70,
			notes: "end date assumed (the field phase date is not public); personnel and equipment: " + illustrativeEN,
		},
		{
			name: "Saratov-Antiterror-2010", kind: "field",
			start: civil(2010, 8, 16), end: civil(2010, 8, 28), host: "RU", location: "Saratov",
			participants: []string{"KZ", "UZ", "CN", "KG", "RU"},
			observers:    []string{"India", "Mongolia", "Pakistan", oRATSEC.en, oCSTO.en, oCISATC.en},
			scenario:     "preventing a terrorist act at a crowded public site", threat: "crowded-place attack",
			personnel: -1, equipment: -1,
			notes: "stage 1: 16–23 Aug; stage 2: 25–28 Aug",
		},
		{
			name: "Tianshan-2-2011", kind: "field",
			start: civil(2011, 5, 6), end: civil(2011, 5, 6), host: "CN", location: "Kashgar (Kashi), Xinjiang",
			participants: []string{"CN", "KG", "TJ"},
			scenario:     "command decision-making; freeing hostages by force; clean-up of a fixed site in a border area",
			threat:       "hostage-taking", personnel: -1, equipment: -1,
		},
		{
			name: "Vostok-Antiterror-2012", kind: "field",
			start: civil(2012, 6, 4), end: civil(2012, 6, 6), host: "UZ", location: "Jizzakh region",
			participants: []string{"UZ", "KZ", "KG"},
			scenario:     "neutralising threats of terrorism and separatism (details not public)", threat: "other",
			personnel: -1, equipment: -1,
			notes: "special units of Kazakhstan and Kyrgyzstan with the host",
		},
		{
			name: "Kazygurt-Antiterror-2013", nameRU: "Казыгурт-Антитеррор-2013", kind: "field",
			start: civil(2013, 6, 13), end: civil(2013, 6, 13), host: "KZ",
			location:     "Южно-Казахстанская область (район Шымкента)",
			participants: []string{"KZ", "KG", "TJ"}, observers: []string{"Китай", "Россия", "Узбекистан"},
			scenario: "террористы проникают на вертолёте и автомобилях и захватывают заложников в приграничном селе; " +
				"МиГ-29 принуждает к посадке самолёт-нарушитель; штурм КПП; воздушный десант; освобождение заложников",
			threat: "hostage-taking", personnel: -1, equipment: -1,
			notes: "решение Совета РАТС от 14 сентября 2012 г.; численность не объявлялась",
		},
		{
			name: "East-Antiterror-2014", kind: "command-staff",
			start: civil(2014, 4, 2), end: civil(2014, 4, 3), host: "UZ",
			participants: []string{"UZ", "KG"},
			observers:    []string{"Kazakhstan", "China", "Russia", "Tajikistan", oRATSEC.as("SCO RATS Executive Committee")},
			scenario:     "thwarting the preparation of terrorist acts; hostage release; operational-investigative actions",
			threat:       "hostage-taking", personnel: -1, equipment: -1,
			notes: "also reported as Vostok-Antiterror-2014; dates assumed (early April 2014, after the RATS Council decision of 20 Mar 2014)",
		},
		{
			name: "Counter-Terrorism in Central Asia-2015", kind: "command-staff",
			start: civil(2015, 9, 15), end: civil(2015, 9, 17), host: "KG", location: "Bishkek",
			participants: six, observers: []string{oRATSEC.en},
			scenario: "joint investigations; operations to foil attacks; alert systems", threat: "other",
			personnel: 150, equipment: -1,
			notes: "staff training of the SCO competent authorities; the exact name is uncertain (as cited in the press); personnel: " + illustrativeEN,
		},
		{
			name: "Xiamen-2015", kind: "online",
			start: civil(2015, 10, 14), end: civil(2015, 10, 14), host: "CN", location: "Xiamen, Fujian",
			participants: six,
			scenario:     "a terrorist organisation uses websites, forums and social media to incite; joint identification and takedown",
			threat:       "online propaganda and recruitment", personnel: -1, equipment: -1,
			notes: "first joint online exercise; RATS Council decision No. 386 of 10 Apr 2015",
		},
		{
			name: "Tianshan-III", kind: "field",
			start: civil(2017, 6, 27), end: civil(2017, 6, 27), host: "CN",
			location:     "Artux, Kizilsu Kyrgyz Autonomous Prefecture, Xinjiang",
			participants: []string{"CN", "KG"},
			scenario:     "joint live-fire counter-terrorism drill of border defence units",
			threat:       "armed incursion",
			personnel:    700, equipment: -1,
			notes: "observed by all SCO member states; border-troops drill under the SCO framework, not a RATS competent-authority exercise; personnel: about 700 troops (public figure)",
		},
		{
			name: "Xiamen-2017", kind: "online",
			start: civil(2017, 12, 6), end: civil(2017, 12, 6), host: "CN", location: "Xiamen, Fujian",
			participants: eight,
			scenario:     "a terrorist group infiltrates SCO states via the internet and recruits followers",
			threat:       "online propaganda and recruitment", personnel: -1, equipment: -1,
			notes: "second joint online exercise; the RATS Executive Committee took part",
		},
		{
			name: "Sary-Arka-Antiterror-2019", nameRU: "Сары-Арка-Антитеррор-2019", kind: "field",
			start: civil(2019, 9, 24), end: civil(2019, 9, 26), host: "KZ", location: "Карагандинская область (Сары-Арка)",
			participants: eight, observers: []string{oRATSEC.ru},
			scenario:  "пресечение деятельности террористической группы, захватившей заложников; освобождение заложников",
			threat:    "hostage-taking",
			personnel: 950, equipment: 85,
			notes: "решение Совета РАТС от 15 марта 2019 г.; даты приняты условно; численность и техника: " + illustrativeRU,
		},
		{
			name: "Xiamen-2019", nameRU: "Сямынь-2019", kind: "online",
			start: civil(2019, 12, 12), end: civil(2019, 12, 12), host: "CN", location: "Сямынь, провинция Фуцзянь",
			participants: eight,
			scenario:     "онлайн-пропаганда, вербовка, финансирование и закупка оружия через чаты и социальные сети; восемь «зон», по одной на государство",
			threat:       "online propaganda and recruitment", personnel: -1, equipment: -1,
			notes: "третье совместное онлайн-учение; руководил Директор Исполнительного комитета РАТС Д. Гиёсов",
		},
		{
			name: "Pabbi-Antiterror-2021", kind: "field",
			start: civil(2021, 9, 21), end: civil(2021, 10, 4), host: "PK",
			location:     "National Counter Terrorism Centre, Pabbi, Khyber Pakhtunkhwa",
			participants: []string{"CN", "PK"}, observers: []string{"India (NSCS observer team of three)"},
			scenario:  "cordon and search; compound clearance; close-quarter battle; heliborne rappelling; explosives handling; medical evacuation",
			threat:    "armed incursion",
			personnel: -1, equipment: -1,
			notes: "also JATE-2021; stage 1 (26–31 Jul) was held in each state; the dates are those of stage 2",
		},
		{
			name: "Manesar-Antiterror-2022", kind: "command-staff",
			start: civil(2022, 10, 8), end: civil(2022, 10, 13), host: "IN", location: "NSG garrison, Manesar",
			participants: []string{"IN", "KZ", "KG", "RU", "UZ"},
			observers:    []string{"Tajikistan", "RATS Executive Committee (4 observers)", "Pakistan (closing ceremony)"},
			scenario:     "joint planning against a simulated multi-dimensional terrorist strike", threat: "other",
			personnel: 40, equipment: -1,
			notes: "also JATE-22; stage 1 (27 Jul–1 Aug) at home; personnel: eight representatives per participating force (public), total derived",
		},
		{
			name: "Eurasia-Antiterror-2023", nameRU: "Евразия-Антитеррор-2023", kind: "field",
			start: civil(2023, 9, 21), end: civil(2023, 9, 21), host: "KG", location: "окрестности Бишкека",
			participants: []string{"AM", "BY", "CN", "IN", "IR", "KZ", "KG", "PK", "RU", "TJ", "UZ"},
			scenario:     "этап 1: вскрытие террористических и экстремистских ячеек; этап 2: освобождение заложников и нейтрализация террористов; показ вооружения",
			threat:       "hostage-taking",
			personnel:    600, equipment: 70,
			notes: "первое совместное учение компетентных органов государств — членов ШОС и СНГ; численность и техника: " + illustrativeRU,
		},
		{
			name: "Interaction-Antiterror-2024", kind: "field",
			start: civil(2024, 7, 22), end: civil(2024, 7, 24), host: "CN", location: "Xinjiang Uygur Autonomous Region",
			participants: ten, observers: []string{oSecretary.fullEN, oRATSEC.en},
			scenario:  "eradicating terrorist groups, with a cyber-terrorism component; helicopters, armour, drones and robot dogs",
			threat:    "armed incursion",
			personnel: 480, equipment: 95,
			notes: "first exercise with all ten member states; also reported as Interaction-2024; days assumed (July 2024); personnel and equipment: " + illustrativeEN,
		},
		{
			name: "Sahand-Antiterror-2025", kind: "field",
			start: civil(2025, 12, 1), end: civil(2025, 12, 5), host: "IR", location: "Shabestar near Tabriz, East Azerbaijan",
			participants: []string{"IR", "BY", "CN", "PK", "RU"},
			scenario:     "pursuit of terrorist cells and trafficking rings; final stage on 4 Dec; weapons display",
			threat:       "armed incursion",
			personnel:    1200, equipment: 110,
			notes: "observer delegations of 13 states (per the Iranian MFA); led by the IRGC Ground Forces; five participating states reported (which five is assumed); personnel and equipment: " + illustrativeEN,
		},
	}
}
