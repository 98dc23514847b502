package sample

import (
	"fmt"
	"slices"
	"strings"
)

// The names of organisations, border operations and exercises, in every
// form the sample writes them. The data contract ("Names: one thing, one
// identity") identifies them through the registry in config.toml, which
// resolves each form here to one entry: every string in this file is a
// real official name, abbreviation or common variant (English, Russian or
// Chinese), and the generator writes no organisation or operation name
// that is not listed here, so the registry can be checked against this
// file.

// organisation is an international organisation or a counterpart
// authority, with the names the workbooks write it under.
type organisation struct {
	en, ru         string   // abbreviation or short name, in English and Russian
	fullEN, fullRU string   // official full name ("" when none is written)
	aka            []string // other forms clerks write (English or Russian)
	cis            bool     // a CIS body (or Russian): its documents are in Russian
}

var (
	oUNOCT = organisation{en: "UNOCT", ru: "УКТ ООН",
		fullEN: "United Nations Office of Counter-Terrorism", fullRU: "Управление ООН по контртерроризму"}
	oCTED = organisation{en: "UN CTED", ru: "ИДК КТК СБ ООН",
		fullEN: "Counter-Terrorism Committee Executive Directorate",
		fullRU: "Исполнительный директорат Контртеррористического комитета СБ ООН",
		aka:    []string{"CTED"}}
	oUNODC = organisation{en: "UNODC", ru: "УНП ООН",
		fullEN: "United Nations Office on Drugs and Crime", fullRU: "Управление ООН по наркотикам и преступности"}
	oMonitor = organisation{en: "UN Monitoring Team", ru: "Группа по наблюдению СБ ООН",
		fullEN: "Analytical Support and Sanctions Monitoring Team",
		fullRU: "Группа по аналитической поддержке и наблюдению за осуществлением санкций"}
	oUNRCCA = organisation{en: "UNRCCA", ru: "РЦПДЦА ООН",
		fullEN: "United Nations Regional Centre for Preventive Diplomacy for Central Asia",
		fullRU: "Региональный центр ООН по превентивной дипломатии для Центральной Азии"}
	oInterpol = organisation{en: "Interpol", ru: "Интерпол",
		fullEN: "International Criminal Police Organization", fullRU: "Международная организация уголовной полиции",
		aka: []string{"INTERPOL"}}
	oCISATC = organisation{en: "CIS ATC", ru: "АТЦ СНГ",
		fullEN: "Anti-Terrorism Center of the CIS Member States",
		fullRU: "Антитеррористический центр государств — участников СНГ",
		aka:    []string{"Anti-Terrorism Center of the CIS"},
		cis:    true}
	oCSTO = organisation{en: "CSTO", ru: "ОДКБ",
		fullEN: "Collective Security Treaty Organization", fullRU: "Организация Договора о коллективной безопасности",
		aka: []string{"CSTO Secretariat", "Секретариат ОДКБ"},
		cis: true}
	oCICA = organisation{en: "CICA", ru: "СВМДА",
		fullEN: "Conference on Interaction and Confidence Building Measures in Asia",
		fullRU: "Совещание по взаимодействию и мерам доверия в Азии"}
	// CARICC's full names hold commas: they are listed for the registry but
	// never written in a list, where a comma separates items.
	oCARICC = organisation{en: "CARICC", ru: "ЦАРИКЦ",
		fullEN: "Central Asian Regional Information and Coordination Centre for Combating the Illicit Trafficking of Narcotic Drugs, Psychotropic Substances and their Precursors",
		fullRU: "Центральноазиатский региональный информационный координационный центр по борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров",
		aka:    []string{"Central Asian Regional Information and Coordination Centre"}}
	oOSCE = organisation{en: "OSCE", ru: "ОБСЕ",
		fullEN: "Organization for Security and Co-operation in Europe",
		fullRU: "Организация по безопасности и сотрудничеству в Европе"}
	oEAG = organisation{en: "EAG", ru: "ЕАГ",
		fullEN: "Eurasian Group on Combating Money Laundering and Financing of Terrorism",
		fullRU: "Евразийская группа по противодействию легализации преступных доходов и финансированию терроризма",
		cis:    true}
	oCCBT = organisation{en: "CIS CCBT", ru: "СКПВ СНГ",
		fullEN: "Council of Commanders of Border Troops of the CIS Member States",
		fullRU: "Совет командующих Пограничными войсками государств — участников СНГ",
		cis:    true}
	oRosfin = organisation{en: "Rosfinmonitoring", ru: "Росфинмониторинг",
		fullEN: "Federal Financial Monitoring Service", fullRU: "Федеральная служба по финансовому мониторингу",
		cis: true}
	oISRS = organisation{en: "ISRS (Uzbekistan)", ru: "ИСМИ (Узбекистан)",
		fullEN: "Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan",
		fullRU: "Институт стратегических и межрегиональных исследований при Президенте Республики Узбекистан"}
	oSecretary = organisation{en: "SCO Secretariat", ru: "Секретариат ШОС",
		fullEN: "Secretariat of the Shanghai Cooperation Organisation",
		fullRU: "Секретариат Шанхайской организации сотрудничества"}
	oRATSEC = organisation{en: "RATS Executive Committee", ru: "Исполнительный комитет РАТС ШОС",
		fullEN: "Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation",
		fullRU: "Исполнительный комитет Региональной антитеррористической структуры Шанхайской организации сотрудничества",
		aka:    []string{"SCO RATS Executive Committee"}}

	// Counterparties of the agreements only.
	oASEANAPOL = organisation{en: "ASEANAPOL", ru: "АСЕАНАПОЛ", fullEN: "ASEAN Chiefs of Police"}
	oACSRT     = organisation{en: "ACSRT", ru: "АЦИИТ",
		fullEN: "African Centre for the Study and Research on Terrorism",
		fullRU: "Африканский центр по изучению и исследованию терроризма",
		aka:    []string{"Африканский центр по изучению и исследованию терроризма (АЦИИТ)"}}
	oSriLankaMoD = organisation{en: "Ministry of Defence of Sri Lanka", ru: "Министерство обороны Шри-Ланки",
		fullEN: "Ministry of Defence of the Democratic Socialist Republic of Sri Lanka"}
	oMongoliaGIA = organisation{en: "General Intelligence Agency of Mongolia", ru: "Главное разведывательное управление Монголии"}
	oLaoMPS      = organisation{en: "Ministry of Public Security of Lao PDR", ru: "Министерство общественной безопасности Лаоса",
		fullEN: "Ministry of Public Security of the Lao People's Democratic Republic"}
)

// organisations lists every organisation the sample names.
var organisations = []organisation{
	oUNOCT, oCTED, oUNODC, oMonitor, oUNRCCA, oInterpol, oCISATC, oCSTO, oCICA, oCARICC, oOSCE, oEAG, oCCBT,
	oRosfin, oISRS, oSecretary, oRATSEC, oASEANAPOL, oACSRT, oSriLankaMoD, oMongoliaGIA, oLaoMPS,
}

// names returns every form of o's name.
func (o organisation) names() []string {
	var out []string
	for _, s := range append([]string{o.en, o.ru, o.fullEN, o.fullRU}, o.aka...) {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// as returns s, one of o's names. It panics when s is not one, so that
// the generator cannot write a form this file does not list.
func (o organisation) as(s string) string {
	if !slices.Contains(o.names(), s) {
		panic(fmt.Sprintf("sample: %q is not a name of %s", s, o.en))
	}
	return s
}

// inList is how the clerk of a workbook in lang writes o at position k of
// a list of organisations: mostly the abbreviation, sometimes the full
// name, now and then a form pasted from the organisation's own documents
// (the Russian full name of a CIS body in an English file, the Latin
// abbreviation of a UN body in a Russian one). Names with a comma are
// never written in a list.
func (o organisation) inList(lang string, k int) string {
	short, full, other := o.en, o.fullEN, ""
	if o.cis {
		other = o.fullRU
	}
	if lang == "ru" {
		short, full, other = o.ru, o.fullRU, ""
		if !o.cis {
			other = o.en
		}
	}
	pick := short
	switch k % 8 {
	case 5, 6:
		pick = full
	case 7:
		pick = other
	}
	if pick == "" || strings.Contains(pick, ",") {
		return short
	}
	return pick
}

// organisationNamed returns the organisation one of whose names is s.
func organisationNamed(s string) (organisation, bool) {
	for _, o := range organisations {
		if slices.Contains(o.names(), s) {
			return o, true
		}
	}
	return organisation{}, false
}

// borderOpNames are the names of the joint border operations as the
// border services write them in their own workbooks, by state and year:
// the Russian-speaking services in Russian, each with its clerk's habits
// (guillemets, an en dash, capitals, spaces around the dash), China in
// Chinese (团结协作, the Chinese name of the Solidarity operations). The
// contract's matching (case, quotes, kind of dash and spaces around it
// ignored) takes each to the same name as Solidarity-2025. States not
// listed write the English name (borderOp.name).
var borderOpNames = map[string]map[int]string{
	"RU": {2024: "Солидарность-2024", 2025: "Солидарность-2025"},
	"KZ": {2024: "«Солидарность-2024»", 2025: "«Солидарность-2025»"},
	"KG": {2024: "Солидарность–2024", 2025: "Солидарность–2025"},
	"TJ": {2024: "СОЛИДАРНОСТЬ-2024", 2025: "СОЛИДАРНОСТЬ-2025"},
	"BY": {2024: "Солидарность - 2024", 2025: "Солидарность - 2025"},
	"CN": {2024: "团结协作-2024", 2025: "团结协作-2025"},
}

// writtenBy is the operation's name as state's border service writes it
// in its own workbook.
func (op borderOp) writtenBy(state string) string {
	if s, ok := borderOpNames[state][op.start.Year()]; ok {
		return s
	}
	return op.name
}

// writtenIn is the operation's name in the Executive Committee's
// consolidated sheet of a workbook in lang.
func (op borderOp) writtenIn(lang string) string {
	if lang == "ru" && op.ru != "" {
		return op.ru
	}
	return op.name
}
