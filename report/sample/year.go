package sample

import (
	"math"
	"math/rand/v2"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/schema"
)

// This file writes the three datasets of the whole year besides the first
// four: the meetings (public, domain facts section 5 and 3c), the online
// figures (illustrative, calibrated on section 8) and the training
// records (illustrative).

// meetingFact is one meeting of the RATS Council or an SCO body. Number,
// date, place and chair are public (see sources/README.md); decisions
// adopted are illustrative for the Council's meetings and left empty for
// the others.
type meetingFact struct {
	body      string
	number    int64 // 0 when not known
	date      time.Time
	city      string
	country   string
	chair     string // "" when not known
	decisions int64  // 0: not reported
	title     string
	notes     string
}

func (m meetingFact) record() *record {
	v := map[string]val{
		"body": text(m.body), "date": dateVal(m.date), "city": text(m.city), "country": text(m.country),
		"chair": text(m.chair), "title": text(m.title), "notes": text(m.notes),
	}
	if m.number > 0 {
		v["number"] = num(m.number)
	}
	if m.decisions > 0 {
		v["decisions"] = num(m.decisions)
	}
	return &record{ds: schema.Meetings, year: m.date.Year(), vals: v}
}

// meetingFacts lists the meetings of section 5 (RATS Council) and 3c
// (heads of border services) of the domain facts, 2013–2025, with the
// summits of the Council of Heads of State named there. Left out: the
// Council meeting of 20 Sep 2013 and the (42nd?) meeting of about 13 Sep
// 2024 in China, whose place (city) is not known.
func meetingFacts() []meetingFact {
	const council, border, chs = "rats council", "other", "heads of state"
	return []meetingFact{
		{body: council, number: 22, date: civil(2013, 3, 29), city: "Tashkent", country: "UZ", decisions: 9,
			title: "22nd meeting of the RATS Council", notes: "joint measures against recruitment in prisons; unified registers; draft report to the Council of Heads of State"},
		{body: border, number: 2, date: civil(2013, 6, 25), city: "Yekaterinburg", country: "RU", chair: "RU",
			title: "2nd meeting of the heads of the border services of the SCO member states"},
		{body: border, number: 3, date: civil(2014, 6, 25), city: "Kairakkum", country: "TJ", chair: "TJ",
			title: "3rd meeting of the heads of the border services of the SCO member states", notes: "draft SCO agreement on border cooperation"},
		{body: council, number: 28, date: civil(2016, 4, 8), city: "Tashkent", country: "UZ", chair: "KZ", decisions: 11,
			title: "28th meeting of the RATS Council", notes: "border operation in Kazakhstan"},
		{body: council, number: 29, date: civil(2016, 9, 13), city: "Almaty", country: "KZ", chair: "KZ", decisions: 12,
			title: "29th meeting of the RATS Council", notes: "work plans of the Executive Committee; chairmanship handed over to China"},
		{body: council, date: civil(2017, 3, 30), city: "Tashkent", country: "UZ", chair: "CN", decisions: 10,
			title: "Meeting of the RATS Council", notes: "the 2017 exercise, border operation and 5th conference; the number (30th) is not confirmed"},
		{body: chs, date: civil(2017, 6, 9), city: "Astana", country: "KZ", chair: "KZ",
			title: "Astana summit of the SCO", notes: "India and Pakistan admitted; SCO Convention on Countering Extremism signed"},
		{body: council, number: 32, date: civil(2018, 4, 5), city: "Tashkent", country: "UZ", chair: "KG", decisions: 13,
			title: "32nd meeting of the RATS Council", notes: "report on 2017 approved; draft Programme 2019–2021"},
		{body: border, number: 6, date: civil(2018, 9, 1), city: "Sary-Oi", country: "KG",
			title: "6th meeting of the heads of the border services of the SCO member states", notes: "the first with India and Pakistan; month known, day assumed"},
		{body: council, number: 33, date: civil(2018, 10, 18), city: "Bishkek", country: "KG", chair: "KG", decisions: 10,
			title: "33rd meeting of the RATS Council", notes: "internet threat monitoring; critical infrastructure; day assumed (the date of the press report)"},
		{body: council, number: 34, date: civil(2019, 3, 15), city: "Tashkent", country: "UZ", chair: "RU", decisions: 12,
			title: "34th meeting of the RATS Council", notes: "report approved; Sary-Arka-Antiterror-2019; Solidarity-2019-2021 stage 1"},
		{body: border, number: 7, date: civil(2019, 6, 6), city: "Tashkent", country: "UZ", chair: "RU",
			title: "7th meeting of the heads of the border services of the SCO member states"},
		{body: council, number: 36, date: civil(2021, 3, 18), city: "Tashkent", country: "UZ", decisions: 11,
			title: "36th meeting of the RATS Council", notes: "Pabbi-Antiterror-2021; draft Programme 2022–2024; financing channels"},
		{body: council, number: 37, date: civil(2022, 3, 25), city: "Tashkent", country: "UZ", chair: "IN", decisions: 12,
			title: "37th meeting of the RATS Council", notes: "Manesar-Antiterror-2022; Friendship Border-2022"},
		{body: border, number: 8, date: civil(2022, 6, 15), city: "New Delhi", country: "IN", chair: "IN",
			title: "8th meeting of the heads of the border services of the SCO member states"},
		{body: council, number: 38, date: civil(2022, 10, 14), city: "New Delhi", country: "IN", chair: "IN", decisions: 14,
			title: "38th meeting of the RATS Council", notes: "threats from Afghanistan; Solidarity-2023; chairmanship handed over to Kazakhstan"},
		{body: council, number: 39, date: civil(2023, 4, 14), city: "Tashkent", country: "UZ", chair: "KZ", decisions: 11,
			title: "39th meeting of the RATS Council", notes: "joint information campaign; Eurasia-Antiterror-2023; held in spring 2023, day assumed"},
		{body: border, number: 9, date: civil(2023, 7, 5), city: "Almaty", country: "KZ", chair: "KZ",
			title: "9th meeting of the heads of the border services of the SCO member states", notes: "Belarus and Mongolia observers; Iran joins"},
		{body: council, number: 40, date: civil(2023, 9, 8), city: "Astana", country: "KZ", chair: "KZ", decisions: 13,
			title: "40th meeting of the RATS Council", notes: "Iran's first meeting; terrorism financing; illegal arms; chairmanship handed over to China"},
		{body: chs, date: civil(2024, 7, 4), city: "Astana", country: "KZ", chair: "KZ",
			title: "Astana summit of the SCO", notes: "decision on the RATS report for 2023; Programme 2025–2027 approved; Belarus admitted"},
		{body: border, number: 10, date: civil(2024, 7, 10), city: "Shanghai", country: "CN", chair: "CN",
			title: "10th meeting of the heads of the border services of the SCO member states", notes: "Belarus the first time as a member"},
		{body: border, number: 11, date: civil(2025, 7, 10), city: "Bishkek", country: "KG", chair: "KG",
			title: "11th meeting of the heads of the border services of the SCO member states"},
		{body: chs, date: civil(2025, 8, 31), city: "Tianjin", country: "CN", chair: "CN",
			title: "Tianjin summit of the SCO", notes: "observers and dialogue partners merged as SCO partners; Programme on countering extremist ideology 2026–2030"},
		{body: council, number: 44, date: civil(2025, 9, 10), city: "Cholpon-Ata", country: "KG", chair: "KG", decisions: 15,
			title: "44th meeting of the RATS Council", notes: "financing of terrorism; AI in countering terrorism; digital evidence; information campaigns in 2026"},
	}
}

// seedOnline and seedTraining seed the illustrative figures.
const (
	seedOnline   = 0x6f6e6c696e65
	seedTraining = 0x747261696e
)

// onlineYears are the yearly totals the online figures are spread from,
// calibrated on domain facts section 8: 160 sources blocked and about
// 16,000 items removed in 2014, more than 500 websites and nearly 200,000
// materials in 2015, about 100,000 resources over the three years to
// October 2017; later years grow from there. Illustrative.
var onlineYears = map[int][2]float64{ // resources blocked, materials removed
	2014: {160, 16000}, 2015: {520, 195000}, 2016: {31000, 330000}, 2017: {34000, 360000},
	2018: {36500, 395000}, 2019: {38000, 420000}, 2020: {44000, 510000}, 2021: {46500, 540000},
	2022: {48000, 560000}, 2023: {51000, 590000}, 2024: {54500, 620000}, 2025: {57000, 655000},
}

// onlineWeight is a state's share of the online figures, before noise.
var onlineWeight = map[string]float64{"CN": 0.30, "RU": 0.26, "KZ": 0.10, "UZ": 0.08, "KG": 0.04, "TJ": 0.04, "IN": 0.09, "PK": 0.05, "IR": 0.06, "BY": 0.03}

// onlineRecords draws the illustrative online reports of a year: one per
// member state of the year, for the calendar year.
func onlineRecords(cfg *config.Config, year int) []*record {
	tot, ok := onlineYears[year]
	if !ok {
		return nil
	}
	rng := rand.New(rand.NewPCG(seedOnline, uint64(year)))
	var states []string
	sum := 0.0
	for _, st := range cfg.Members(civil(year, 12, 31)) {
		if _, ok := onlineWeight[st]; ok {
			states = append(states, st)
		}
	}
	w := make([]float64, len(states))
	for i, st := range states {
		w[i] = onlineWeight[st] * uniform(rng, 0.75, 1.25)
		sum += w[i]
	}
	var out []*record
	for i, st := range states {
		share := w[i] / sum
		v := map[string]val{"state": text(st), "start": dateVal(civil(year, 1, 1)), "end": dateVal(civil(year, 12, 31))}
		v["resources"] = num(int64(math.Round(tot[0] * share * uniform(rng, 0.9, 1.1))))
		v["materials"] = num(int64(math.Round(tot[1] * share * uniform(rng, 0.9, 1.1))))
		// Accounts are reported from 2018, requests to platforms from
		// 2019 (China reports none: not reported, not zero), criminal
		// cases by every state.
		if year >= 2018 {
			v["accounts"] = num(int64(math.Round(tot[0] * 0.4 * share * uniform(rng, 0.6, 1.4))))
		}
		if year >= 2019 && st != "CN" {
			v["requests"] = num(int64(math.Round(tot[0] * 0.02 * share * uniform(rng, 0.5, 1.5))))
		}
		v["cases"] = num(int64(math.Round(float64(12+year-2014) * 10 * share * uniform(rng, 0.5, 1.5))))
		out = append(out, &record{ds: schema.Online, year: year, vals: v})
	}
	return out
}

// trainingTopic is an illustrative training course: its title in English
// and Russian, its format, topic, hours.
type trainingTopic struct {
	en, ru, format, topic string
	hours                 int64
}

var trainingTopics = []trainingTopic{
	{"Course on countering the use of the Internet for terrorist purposes", "Курсы по противодействию использованию интернета в террористических целях", "course", "online propaganda and recruitment", 72},
	{"Seminar on countering the financing of terrorism", "Семинар по противодействию финансированию терроризма", "seminar", "terrorism financing", 24},
	{"Workshop on digital evidence in terrorism cases", "Практикум по цифровым доказательствам по делам о терроризме", "workshop", "digital evidence", 32},
	{"Internship at the RATS Executive Committee", "Стажировка в Исполнительном комитете РАТС", "internship", "the Unified Search Register", 80},
	{"Seminar on the security of major international events", "Семинар по обеспечению безопасности крупных международных мероприятий", "seminar", "major events", 16},
	{"Course on foreign terrorist fighters and returnees", "Курсы по иностранным боевикам-террористам и возвращенцам", "course", "foreign terrorist fighters", 40},
	{"Online seminar on countering extremist ideology among young people", "Онлайн-семинар по противодействию экстремистской идеологии в молодёжной среде", "online", "youth radicalisation", 12},
	{"Workshop on the protection of critical infrastructure", "Практикум по защите критически важных объектов", "workshop", "critical infrastructure", 36},
}

// trainingHosts are where courses are held, with the city.
var trainingHosts = []struct{ code, en, ru string }{
	{"UZ", "Tashkent", "Ташкент"}, {"CN", "Beijing", "Пекин"}, {"RU", "Moscow", "Москва"}, {"KZ", "Almaty", "Алматы"},
	{"KG", "Bishkek", "Бишкек"}, {"TJ", "Dushanbe", "Душанбе"}, {"IN", "New Delhi", "Нью-Дели"},
}

// trainingRecords draws the illustrative training records of a year
// (2013–2025), two to five a year, each marked "illustrative record";
// the Executive Committee organises most, the host state or a partner
// organisation the others. Titles are written in lang.
func trainingRecords(cfg *config.Config, year int, lang string) []*record {
	if year < 2013 || year > 2025 {
		return nil
	}
	rng := rand.New(rand.NewPCG(seedTraining, uint64(year)))
	members := cfg.Members(civil(year, 12, 31))
	n := 2 + rng.IntN(3)
	if year >= 2020 && year <= 2021 {
		n = 2 // held online, mostly
	}
	var out []*record
	used := map[int]bool{}
	for i := range n {
		k := rng.IntN(len(trainingTopics))
		for used[k] {
			k = (k + 1) % len(trainingTopics)
		}
		used[k] = true
		t := trainingTopics[k]
		h := trainingHosts[0]
		if i > 0 {
			h = trainingHosts[rng.IntN(len(trainingHosts))]
		}
		if h.code == "IN" && year < 2018 {
			h = trainingHosts[0]
		}
		format := t.format
		if year >= 2020 && year <= 2021 {
			format = "online"
		}
		start := civil(year, time.Month(2+rng.IntN(10)), 1+rng.IntN(25))
		days := max(1, int(t.hours/8))
		title, city := t.en, h.en
		if lang == "ru" {
			title, city = t.ru, h.ru
		}
		var organiser string
		switch rng.IntN(6) {
		case 0:
			organiser = cfg.StateName(h.code, lang)
		case 1:
			organiser = []organisation{oUNODC, oUNOCT, oOSCE, oCISATC}[rng.IntN(4)].en
		default:
			organiser = oRATSEC.en
			if lang == "ru" {
				organiser = oRATSEC.ru
			}
		}
		var states []string
		for _, st := range members {
			if rng.IntN(3) != 0 || st == h.code {
				states = append(states, st)
			}
		}
		v := map[string]val{
			"course": text(title), "format": text(format), "start": dateVal(start), "end": dateVal(start.AddDate(0, 0, days-1)),
			"host": text(h.code), "city": text(city), "organiser": text(organiser), "topic": text(t.topic),
			"states": list(states...), "hours": num(t.hours), "notes": text(illustrativeRecord),
		}
		if rng.IntN(8) != 0 { // now and then not reported
			v["participants"] = num(int64(len(states)*3 + rng.IntN(20)))
		}
		out = append(out, &record{ds: schema.Training, year: year, vals: v})
	}
	return out
}
