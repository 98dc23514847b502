package sample

import (
	"math/rand/v2"
	"time"

	"ratsreport/report/schema"
)

// sessionKind is a kind of conference session, with its title in English
// and Russian and its format.
type sessionKind struct {
	en, ru string
	format string
}

// The session kinds the editions draw on. Titles are illustrative.
var (
	sOpening   = sessionKind{"Opening plenary session", "Пленарное заседание (открытие)", "plenary"}
	sInternet  = sessionKind{"Panel: countering the use of the internet for terrorist purposes", "Панельная сессия: противодействие использованию интернета в террористических целях", "panel"}
	sFighters  = sessionKind{"Panel: foreign terrorist fighters and returnees", "Панельная сессия: иностранные боевики-террористы и возвращенцы", "panel"}
	sFinancing = sessionKind{"Panel: cutting off the channels of terrorism financing", "Панельная сессия: пресечение каналов финансирования терроризма", "panel"}
	sEvents    = sessionKind{"Panel: security of major international events", "Панельная сессия: обеспечение безопасности крупных международных мероприятий", "panel"}
	sDigital   = sessionKind{"Panel: artificial intelligence and digital evidence in countering terrorism", "Панельная сессия: искусственный интеллект и цифровые доказательства в противодействии терроризму", "panel"}
	sYouth     = sessionKind{"Panel: countering extremist ideology among young people", "Панельная сессия: противодействие экстремистской идеологии в молодёжной среде", "panel"}
	sResearch  = sessionKind{"Round table of research centres: the roots of radicalisation", "Круглый стол научных центров: истоки радикализации", "round table"}
	sAfghan    = sessionKind{"Round table: the situation in Afghanistan and regional security", "Круглый стол: ситуация в Афганистане и региональная безопасность", "round table"}
	sRegister  = sessionKind{"Side event: presentation of the RATS Unified Search Register", "Сопутствующее мероприятие: презентация Единого розыскного реестра РАТС", "side event"}
	sUNOCT     = sessionKind{"Side event: signing of the UNOCT–CIS ATC memorandum of understanding", "Сопутствующее мероприятие: подписание меморандума УКТ ООН и АТЦ СНГ", "side event"}
	sCIS       = sessionKind{"Joint session with the 2nd CIS Conference on Combating Terrorism and Extremism", "Совместное заседание со II Конференцией СНГ по борьбе с терроризмом и экстремизмом", "side event"}
	sClosing   = sessionKind{"Closing plenary: adoption of recommendations", "Заключительное пленарное заседание: принятие рекомендаций", "plenary"}
)

// edition is one edition of the RATS International Scientific and
// Practical Conference. Number, dates, city and theme are public;
// attendance is public where marked, the rest illustrative.
type edition struct {
	n          int64
	days       []time.Time
	themeEN    string
	themeRU    string
	states     []string
	orgs       []organisation
	sessions   []sessionKind
	attendance int64 // participants of the opening plenary
}

func editions() []edition {
	observers := []string{"AF", "BY", "MN"}
	return []edition{
		{n: 4, days: []time.Time{civil(2016, 10, 27), civil(2016, 10, 28)},
			themeEN:  "Cooperation of SCO member and observer states in countering international terrorism and extremism",
			themeRU:  "Сотрудничество государств — членов и наблюдателей ШОС в противодействии международному терроризму и экстремизму",
			states:   concat(six, []string{"IN", "PK"}, observers),
			orgs:     []organisation{oUNODC, oCISATC, oCSTO, oOSCE},
			sessions: []sessionKind{sOpening, sInternet, sFinancing, sResearch, sClosing}, attendance: 110},
		{n: 5, days: []time.Time{civil(2017, 11, 1), civil(2017, 11, 2)},
			themeEN: "Fighting Terrorism: Cooperation without Borders", themeRU: "Борьба с терроризмом: сотрудничество без границ",
			states:   concat(eight, observers, []string{"TR"}),
			orgs:     []organisation{oUNOCT, oUNODC, oCISATC, oCSTO, oOSCE, oCCBT},
			sessions: []sessionKind{sOpening, sUNOCT, sInternet, sFighters, sFinancing, sResearch, sClosing}, attendance: 140},
		{n: 6, days: []time.Time{civil(2018, 10, 31), civil(2018, 11, 1)},
			themeEN: "Fighting Terrorism: Cooperation without Borders", themeRU: "Борьба с терроризмом: сотрудничество без границ",
			states:   concat(eight, observers, []string{"AM", "AZ", "TR"}),
			orgs:     []organisation{oUNOCT, oCTED, oMonitor, oCARICC, oCISATC, oCSTO},
			sessions: []sessionKind{sOpening, sInternet, sFighters, sEvents, sResearch, sClosing}, attendance: 150},
		{n: 7, days: []time.Time{civil(2019, 11, 6), civil(2019, 11, 7)},
			themeEN: "Fighting Terrorism: Cooperation without Borders", themeRU: "Борьба с терроризмом: сотрудничество без границ",
			states:   concat(eight, observers, []string{"AM", "AZ", "KH", "TR"}),
			orgs:     []organisation{oUNOCT, oCTED, oCISATC, oOSCE, oCSTO, oCICA, oInterpol, oCARICC},
			sessions: []sessionKind{sOpening, sInternet, sFinancing, sAfghan, sResearch, sRegister, sClosing}, attendance: 170},
		{n: 8, days: []time.Time{civil(2022, 11, 8), civil(2022, 11, 9)},
			themeEN: "Contemporary Security: Challenges and Solutions", themeRU: "Современная безопасность: вызовы и решения",
			states: concat(eight, []string{"BY", "MN", "AZ", "AM", "EG", "KH", "SA", "TR"}),
			orgs: []organisation{oUNOCT, oUNRCCA, oMonitor, oInterpol, oEAG, oRosfin, oCARICC, oCICA, oCSTO,
				oCISATC, oCCBT, oISRS},
			sessions: []sessionKind{sOpening, sInternet, sAfghan, sFinancing, sYouth, sClosing}, attendance: 150},
		{n: 9, days: []time.Time{civil(2023, 11, 7), civil(2023, 11, 8)},
			themeEN:    "Trust, cooperation and professionalism as the guarantee of a secure future",
			themeRU:    "Доверие, сотрудничество и профессионализм — залог безопасного будущего",
			states:     concat(nine, []string{"BY", "MN", "AZ", "AM", "EG", "TR", "SA", "QA"}),
			orgs:       []organisation{oUNOCT, oCTED, oInterpol, oCISATC, oCSTO, oCICA, oEAG, oCARICC},
			sessions:   []sessionKind{sOpening, sInternet, sFighters, sFinancing, sAfghan, sResearch, sRegister, sClosing},
			attendance: 165},
		{n: 10, days: []time.Time{civil(2024, 9, 4), civil(2024, 9, 5)},
			themeEN:    "International cooperation in the fight against terrorism",
			themeRU:    "Международное сотрудничество в борьбе с терроризмом",
			states:     concat(ten, []string{"MN", "AZ", "AM", "EG", "TR", "SA", "QA", "KW", "AE", "MV"}),
			orgs:       []organisation{oUNOCT, oUNODC, oInterpol, oEAG, oCICA, oCISATC, oCSTO, oOSCE, oSecretary},
			sessions:   []sessionKind{sOpening, sCIS, sInternet, sFinancing, sDigital, sResearch, sClosing},
			attendance: 250},
		{n: 11, days: []time.Time{civil(2025, 11, 20), civil(2025, 11, 21)},
			themeEN:    "Preventing the Spread of Terrorism and Extremism: Addressing Root Causes",
			themeRU:    "Предупреждение распространения терроризма и экстремизма: устранение коренных причин",
			states:     concat(ten, []string{"MN", "AZ", "AM", "EG", "TR", "SA", "QA", "KW", "AE", "KH", "NP", "LA"}),
			orgs:       []organisation{oUNOCT, oOSCE, oCSTO, oInterpol, oCISATC, oCICA, oSecretary},
			sessions:   []sessionKind{sOpening, sYouth, sInternet, sFinancing, sDigital, sAfghan, sResearch, sClosing},
			attendance: 230},
	}
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// sessionRecords builds an edition's session records in lang. The first half of
// the sessions fall on the first day, the rest (and the closing plenary) on
// the last. Participants, papers and the states and organisations of each
// session other than the opening plenary are illustrative. Organisations are
// written as the Executive Committee's clerks write them, abbreviations and
// full names mixed (organisation.inList).
func (e edition) sessionRecords(lang string) []*record {
	rng := rand.New(rand.NewPCG(seedConference, uint64(e.n)))
	out := make([]*record, 0, len(e.sessions))
	theme, city := e.themeEN, "Tashkent"
	if lang == "ru" {
		theme, city = e.themeRU, "Ташкент"
	}
	for i, s := range e.sessions {
		d := e.days[0]
		if i >= (len(e.sessions)+1)/2 {
			d = e.days[len(e.days)-1]
		}
		title := s.en
		if lang == "ru" {
			title = s.ru
		}
		var participants, papers int64
		states, orgs := e.states, e.orgs
		switch s.format {
		case "plenary":
			participants = e.attendance
			papers = 4 + rng.Int64N(9)
			if i > 0 {
				participants = e.attendance*6/10 + rng.Int64N(e.attendance/5)
				papers = 2 + rng.Int64N(3)
			}
		case "panel":
			participants = 35 + rng.Int64N(50)
			papers = 5 + rng.Int64N(6)
			states = pick(rng, e.states, 5+rng.IntN(5), isHost)
			orgs = pick(rng, e.orgs, 2+rng.IntN(3), anyOrganisation)
		case "round table":
			participants = 20 + rng.Int64N(30)
			papers = 6 + rng.Int64N(9)
			states = pick(rng, e.states, 4+rng.IntN(4), isHost)
			orgs = pick(rng, e.orgs, 1+rng.IntN(2), anyOrganisation)
		default:
			participants = 25 + rng.Int64N(40)
			papers = 1 + rng.Int64N(3)
			states = pick(rng, e.states, 3+rng.IntN(4), isHost)
			orgs = pick(rng, e.orgs, 1+rng.IntN(2), anyOrganisation)
		}
		on := make([]string, len(orgs))
		for j, o := range orgs {
			on[j] = o.inList(lang, int(e.n)+2*i+j)
		}
		out = append(out, &record{ds: schema.Conference, year: d.Year(), vals: map[string]val{
			"edition": num(e.n), "date": dateVal(d), "city": text(city), "country": text("UZ"),
			"session": text(title), "format": text(s.format), "theme": text(theme),
			"participants": num(participants), "states": list(states...), "organisations": list(on...),
			"papers": num(papers),
		}})
	}
	return out
}

// pick returns about n items of items chosen by rng, in the list's order,
// with every item keep says must stay (the host state, Uzbekistan).
func pick[T any](rng *rand.Rand, items []T, n int, keep func(T) bool) []T {
	if n >= len(items) {
		return items
	}
	idx := rng.Perm(len(items))[:n]
	chosen := make([]bool, len(items))
	for _, i := range idx {
		chosen[i] = true
	}
	out := make([]T, 0, n+1)
	for i, x := range items {
		if chosen[i] || keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func isHost(s string) bool              { return s == "UZ" }
func anyOrganisation(organisation) bool { return false }

// inRussian returns the Russian of an English session title or theme of
// the conference, "" when there is none: the Executive Committee's English
// workbooks of 2024 and 2025 give it in columns "Session (ru)" and
// "Theme (ru)" (per-cell translations; the translations workbook gives
// the rest).
func inRussian(en string) string {
	for _, s := range []sessionKind{sOpening, sInternet, sFighters, sFinancing, sEvents, sDigital, sYouth, sResearch, sAfghan, sRegister, sUNOCT, sCIS, sClosing} {
		if s.en == en {
			return s.ru
		}
	}
	for _, e := range editions() {
		if e.themeEN == en {
			return e.themeRU
		}
	}
	return ""
}
