// Package schema owns the input data contract: the seven datasets, their sheet
// names, their columns with English and Russian headers, the type of every
// column and the enumerations with their labels. The reader matches
// workbooks against it; the template writer writes blank workbooks from it.
//
// Border and online indicator columns are not listed here: they come from
// config.toml.
package schema

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Dataset names one of the seven kinds of records.
type Dataset string

// The datasets, in report order.
const (
	Exercises  Dataset = "exercises"
	Border     Dataset = "border"
	Conference Dataset = "conference"
	Agreements Dataset = "agreements"
	Online     Dataset = "online"
	Training   Dataset = "training"
	Meetings   Dataset = "meetings"
)

// Datasets lists every dataset in report order.
var Datasets = []Dataset{Exercises, Border, Conference, Agreements, Online, Training, Meetings}

// Kind is the type of a column's values.
type Kind int

// The column types of the contract.
const (
	Text        Kind = iota // free text
	Date                    // a real Excel date or a text date
	Integer                 // a whole number
	Decimal                 // a number with up to three decimals
	Country                 // one state, stored as ISO alpha-2
	CountryList             // states separated by , ; or new lines
	FreeList                // free items separated by , ; or new lines
	Enum                    // one value of an enumeration
)

// Column describes one column of a dataset.
type Column struct {
	Key      string // stable identifier, used in code and templates
	EN, RU   string // the header in English and Russian
	Kind     Kind
	Required bool
	Enum     *Enumeration // for Kind Enum
	Example  string       // a plausible value for the templates' example row
	// Translated marks free text (Kind Text or FreeList) that the
	// editions print in their language: a column "Title (ru)" beside it
	// gives a row's translation, the translations workbook any text's
	// (see TranslationHeader). Names resolved by the registry are not.
	Translated bool
}

// Header returns the column's header in lang, the language of a sheet's
// header row: the Russian header for "ru", else the English one (the
// contract has no Chinese headers; a Chinese template keeps the English
// ones). A nil column has none.
func (c *Column) Header(lang string) string {
	if c == nil {
		return ""
	}
	if lang == "ru" && c.RU != "" {
		return c.RU
	}
	return c.EN
}

// Sheet describes one dataset's sheet.
type Sheet struct {
	Dataset Dataset
	EN, RU  string // sheet names
	Columns []Column
}

// Value is one value of an enumeration with its labels.
type Value struct {
	Key    string // canonical key, also the English label
	RU     string
	Zh     string
	Labels []string // extra accepted spellings
}

// Enumeration is a closed list of values.
type Enumeration struct {
	Name   string
	Values []Value

	once  sync.Once
	index map[string]string // Normalize of a key or label → the key

	spellOnce sync.Once
	speller   *Speller // the values by key and labels, for Suggest
}

// Lookup finds the value whose key or label matches s (case, surrounding
// space and ё/е ignored) and returns its key.
func (e *Enumeration) Lookup(s string) (string, bool) {
	e.once.Do(func() {
		e.index = map[string]string{}
		add := func(name, key string) {
			n := Normalize(name)
			if _, taken := e.index[n]; !taken { // the first value wins
				e.index[n] = key
			}
		}
		for _, v := range e.Values {
			for _, name := range v.spellings() {
				if name != "" {
					add(name, v.Key)
				}
			}
		}
	})
	k, ok := e.index[Normalize(s)]
	return k, ok
}

// spellings are the ways the value is written: its key, its Russian and
// Chinese labels ("" where it has none), its other labels.
func (v Value) spellings() []string { return append([]string{v.Key, v.RU, v.Zh}, v.Labels...) }

// Keys returns the canonical keys in order.
func (e *Enumeration) Keys() []string {
	out := make([]string, len(e.Values))
	for i, v := range e.Values {
		out[i] = v.Key
	}
	return out
}

// LabelsIn returns the values' labels in lang ("en", "ru" or "zh"), in
// order: the canonical keys in English, the Russian or Chinese labels
// (the key where a value has none), as a sheet in that language lists
// them.
func (e *Enumeration) LabelsIn(lang string) []string {
	out := make([]string, len(e.Values))
	for i, v := range e.Values {
		out[i] = v.label(lang)
	}
	return out
}

// Suggest returns the label in lang of the value that s, which Lookup
// does not find, most likely misspells (see Speller), or false when no
// value is close enough to be a likely typo.
func (e *Enumeration) Suggest(s, lang string) (string, bool) {
	e.spellOnce.Do(func() {
		e.speller = NewSpeller(len(e.Values), func(i int) []string { return e.Values[i].spellings() })
	})
	if i := e.speller.Nearest(s); i >= 0 {
		return e.Values[i].label(lang), true
	}
	return "", false
}

// label is the value's label in lang: its key in English, and where it
// has no label in lang.
func (v Value) label(lang string) string {
	switch {
	case lang == "ru" && v.RU != "":
		return v.RU
	case lang == "zh" && v.Zh != "":
		return v.Zh
	}
	return v.Key
}

// Label returns the label of key in lang ("en", "ru" or "zh"); English when
// there is no label in that language.
func (e *Enumeration) Label(key, lang string) string {
	for _, v := range e.Values {
		if v.Key == key {
			return v.label(lang)
		}
	}
	return key
}

// Normalize folds a header, label or name for matching: invisible
// characters dropped (see Invisible), composed (NFC: й typed as и and a
// combining breve is й), lowercase, ё as е, surrounding space trimmed,
// inner runs of white space (including no-break and thin spaces) as one
// space. Text of ASCII bytes only takes a fast path.
func Normalize(s string) string {
	wide := !isASCII(s)
	if wide {
		s = Visible(s)
	}
	s = strings.ToLower(s)
	if wide {
		// Lowering (İ is i and a dot above) or ё as е may leave a
		// composable pair, and composing it may make an ё (ё and a
		// diaeresis): until nothing changes.
		for {
			s = strings.ReplaceAll(s, "ё", "е")
			if Plain(s) {
				break
			}
			s = norm.NFC.String(s)
			if !strings.Contains(s, "ё") {
				break
			}
		}
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// Invisible reports whether r is a character that headers, names and
// labels are matched without (Normalize): one that shows nothing in the
// contract's text, the soft hyphen U+00AD, the zero-width space U+200B,
// the zero-width non-joiner and joiner U+200C and U+200D, the word joiner
// U+2060, the byte order mark U+FEFF, and the direction marks,
// embeddings and isolates U+200E, U+200F, U+202A–U+202E and
// U+2066–U+2069. Only these: other format characters (category Cf), such
// as the Arabic number signs U+0600–U+0605 and the end of ayah U+06DD,
// show or mean something and are kept.
//
// The joiners are dropped anywhere for matching only: between two
// letters, in Persian or an Indic script, they change how a word is
// written, and value.Clean, which makes the text that is stored and
// printed, keeps them there.
func Invisible(r rune) bool {
	switch {
	case r < 0x2000:
		return r == 0xad
	case r < 0x2100:
		return r >= 0x200b && r <= 0x200f || r >= 0x202a && r <= 0x202e || r == 0x2060 || r >= 0x2066 && r <= 0x2069
	}
	return r == 0xfeff
}

// Visible returns s without its invisible characters (see Invisible),
// composed (NFC), as text is matched (Normalize): canonically equivalent
// text compares equal, a CJK compatibility ideograph with the unified
// ideograph it stands for included. It returns s itself when there is
// nothing to change, as for Plain text.
func Visible(s string) string {
	if Plain(s) {
		return s
	}
	return visible(s)
}

// Plain reports, in one pass, whether s holds only characters that need
// no work: ASCII, and characters that are visible, not a no-break space,
// and composed with nothing before them (see plain), as the contract's
// Latin, Cyrillic and Chinese text typed plainly is.
func Plain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
			continue
		case (c == 0xd0 || c == 0xd1) && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i += 2 // U+0400–U+047F: Cyrillic letters, the most common case
			continue
		case c >= 0xe5 && c <= 0xe9 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
			i += 3 // U+5000–U+9FFF: CJK ideographs
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !plain(r) {
			return false
		}
		i += n
	}
	return true
}

func visible(s string) string {
	if strings.IndexFunc(s, Invisible) >= 0 {
		s = strings.Map(func(r rune) rune {
			if Invisible(r) {
				return -1
			}
			return r
		}, s)
	}
	return norm.NFC.String(s)
}

// plain reports whether r, not ASCII, is a character that text holding it
// needs no work for: not invisible, not a no-break space, and, for NFC,
// one that composes with nothing before it and is never decomposed (a
// letter of Latin-1 and Latin Extended, Cyrillic, general punctuation,
// CJK punctuation and ideographs, fullwidth forms). TestPlain checks
// these ranges against the Unicode tables.
func plain(r rune) bool {
	switch {
	case r < 0x300:
		return r != 0xa0 && r != 0xad
	case r < 0x400:
		return false
	case r < 0x530:
		return r < 0x483 || r > 0x489
	case r < 0x2010:
		return false
	case r < 0x2028:
		return true
	case r < 0x2030:
		return false
	case r < 0x205f:
		return true
	case r < 0x3001:
		return false
	case r < 0x302a:
		return true
	case r < 0x4e00:
		return false
	case r < 0xa000:
		return true
	case r < 0xff01:
		return false
	case r < 0xff5f:
		return true
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2007', '\u2009', '\u202f', '\u3000':
		return true
	}
	return false
}

// SheetKey folds a sheet name for recognition: Normalize, then spaces,
// underscores and hyphens removed (and the text composed again: marks
// the removal brings together are put in their canonical order).
func SheetKey(s string) string {
	k := sheetKeyDrop.Replace(Normalize(s))
	if !isASCII(k) {
		k = norm.NFC.String(k)
	}
	return k
}

var sheetKeyDrop = strings.NewReplacer(" ", "", "_", "", "-", "")

// The enumerations of the contract.
var (
	ExerciseKind = &Enumeration{Name: "kind", Values: []Value{
		{Key: "field", RU: "полевое", Zh: "实兵"},
		{Key: "command-staff", RU: "командно-штабное", Zh: "指挥部", Labels: []string{"command staff", "command-and-staff"}},
		{Key: "computer-assisted", RU: "компьютерное", Zh: "计算机辅助", Labels: []string{"computer assisted"}},
		{Key: "online", RU: "онлайн", Zh: "网络"},
	}}
	Threat = &Enumeration{Name: "threat", Values: []Value{
		{Key: "hostage-taking", RU: "захват заложников", Zh: "劫持人质", Labels: []string{"hostage taking"}},
		{Key: "crowded-place attack", RU: "нападение на место массового пребывания людей", Zh: "袭击人员密集场所"},
		{Key: "critical-infrastructure attack", RU: "нападение на критически важный объект", Zh: "袭击关键基础设施", Labels: []string{"critical infrastructure attack"}},
		{Key: "armed incursion", RU: "вооружённое вторжение", Zh: "武装入侵"},
		{Key: "cbrn", RU: "ХБРЯ", Zh: "化生放核"},
		{Key: "online propaganda and recruitment", RU: "онлайн-пропаганда и вербовка", Zh: "网络宣传和招募"},
		{Key: "terrorism financing", RU: "финансирование терроризма", Zh: "资助恐怖主义"},
		{Key: "other", RU: "другое", Zh: "其他"},
	}}
	Section = &Enumeration{Name: "section", Values: []Value{
		{Key: "external", RU: "внешний", Zh: "外部"},
		{Key: "internal", RU: "внутренний", Zh: "内部"},
	}}
	Format = &Enumeration{Name: "format", Values: []Value{
		{Key: "plenary", RU: "пленарное заседание", Zh: "全体会议"},
		{Key: "panel", RU: "панельная сессия", Zh: "专题会议"},
		{Key: "round table", RU: "круглый стол", Zh: "圆桌会议"},
		{Key: "side event", RU: "сопутствующее мероприятие", Zh: "边会"},
	}}
	CounterpartyType = &Enumeration{Name: "counterparty type", Values: []Value{
		{Key: "international organisation", RU: "международная организация", Zh: "国际组织", Labels: []string{"international organization"}},
		{Key: "competent authority of an observer state", RU: "компетентный орган государства-наблюдателя", Zh: "观察员国主管机关"},
		{Key: "dialogue partner", RU: "партнёр по диалогу", Zh: "对话伙伴"},
		{Key: "other", RU: "другое", Zh: "其他"},
	}}
	Document = &Enumeration{Name: "document", Values: []Value{
		{Key: "memorandum", RU: "меморандум", Zh: "备忘录"},
		{Key: "agreement", RU: "соглашение", Zh: "协定"},
		{Key: "protocol", RU: "протокол", Zh: "议定书"},
		{Key: "joint plan", RU: "совместный план", Zh: "联合计划"},
		{Key: "contact", RU: "контакт", Zh: "联系"},
	}}
	Status = &Enumeration{Name: "status", Values: []Value{
		{Key: "contacts established", RU: "установлены контакты", Zh: "已建立联系"},
		{Key: "under negotiation", RU: "на согласовании", Zh: "谈判中"},
		{Key: "signed", RU: "подписан", Zh: "已签署", Labels: []string{"подписано", "подписана"}},
		{Key: "in force", RU: "действует", Zh: "生效"},
		{Key: "expired", RU: "утратил силу", Zh: "失效", Labels: []string{"утратило силу", "утратила силу"}},
	}}
)

// ConcludedStatuses are the Status keys of a concluded document: signed,
// whether in force now or expired since. The summary counts these as
// signed and the workbook's formulas test for them, in this order. Do not
// modify.
var ConcludedStatuses = []string{"signed", "in force", "expired"}

// OpenStatuses are the Status keys of a cooperation still in progress:
// contacts established and documents under negotiation. Do not modify.
var OpenStatuses = []string{"contacts established", "under negotiation"}

// Concluded reports whether status (a Status key) is one of
// ConcludedStatuses: the document was signed.
func Concluded(status string) bool { return slices.Contains(ConcludedStatuses, status) }

// Open reports whether status (a Status key) is one of OpenStatuses.
func Open(status string) bool { return slices.Contains(OpenStatuses, status) }

// NeedsSignedDate reports whether a document of status (a Status key) must
// give its signing date: one signed or in force. An expired document is
// concluded too, but its date may be lost and is not required.
func NeedsSignedDate(status string) bool { return status == "signed" || status == "in force" }

// ContactDocument is the Document key of a record of contact: not a
// concluded document, so it never makes its counterparty a partner.
const ContactDocument = "contact"

// The sheets of the contract. Column order is the order templates write;
// the reader matches by header, never by position.
var (
	ExercisesSheet = &Sheet{Dataset: Exercises, EN: "Exercises", RU: "Учения", Columns: []Column{
		{Key: "name", EN: "Name", RU: "Название", Kind: Text, Required: true, Example: "Example-Antiterror-2025"},
		{Key: "kind", EN: "Kind", RU: "Вид", Kind: Enum, Required: true, Enum: ExerciseKind, Example: "field"},
		{Key: "start", EN: "Start date", RU: "Дата начала", Kind: Date, Required: true, Example: "2025-09-01"},
		{Key: "end", EN: "End date", RU: "Дата окончания", Kind: Date, Required: true, Example: "2025-09-05"},
		{Key: "host", EN: "Host country", RU: "Страна проведения", Kind: Country, Required: true, Example: "KZ"},
		{Key: "location", EN: "Location", RU: "Место проведения", Kind: Text, Example: "Almaty region", Translated: true},
		{Key: "participants", EN: "Participating states", RU: "Государства-участники", Kind: CountryList, Required: true, Example: "KZ, KG, TJ"},
		{Key: "observers", EN: "Observers", RU: "Наблюдатели", Kind: FreeList, Example: "RATS Executive Committee"},
		{Key: "scenario", EN: "Scenario", RU: "Сценарий", Kind: Text, Example: "hostage release", Translated: true},
		{Key: "threat", EN: "Threat", RU: "Угроза", Kind: Enum, Required: true, Enum: Threat, Example: "hostage-taking"},
		{Key: "personnel", EN: "Personnel", RU: "Личный состав", Kind: Integer, Example: "600"},
		{Key: "equipment", EN: "Equipment units", RU: "Единицы техники", Kind: Integer, Example: "40"},
		{Key: "notes", EN: "Notes", RU: "Примечания", Kind: Text, Translated: true},
	}}
	BorderSheet = &Sheet{Dataset: Border, EN: "Border operations", RU: "Пограничные операции", Columns: []Column{
		{Key: "operation", EN: "Operation", RU: "Операция", Kind: Text, Required: true, Example: "Solidarity-2025"},
		{Key: "state", EN: "Reporting state", RU: "Отчитывающееся государство", Kind: Country, Required: true, Example: "KZ"},
		{Key: "start", EN: "Start date", RU: "Дата начала", Kind: Date, Required: true, Example: "2025-09-01"},
		{Key: "end", EN: "End date", RU: "Дата окончания", Kind: Date, Required: true, Example: "2025-09-30"},
		{Key: "section", EN: "Section", RU: "Участок", Kind: Enum, Required: true, Enum: Section, Example: "external"},
		{Key: "area", EN: "Area", RU: "Район", Kind: Text, Example: "Almaty region", Translated: true},
	}}
	ConferenceSheet = &Sheet{Dataset: Conference, EN: "Conference", RU: "Конференция", Columns: []Column{
		{Key: "edition", EN: "Edition", RU: "Номер конференции", Kind: Integer, Required: true, Example: "11"},
		{Key: "date", EN: "Date", RU: "Дата", Kind: Date, Required: true, Example: "2025-11-20"},
		{Key: "city", EN: "City", RU: "Город", Kind: Text, Required: true, Example: "Tashkent", Translated: true},
		{Key: "country", EN: "Country", RU: "Страна", Kind: Country, Required: true, Example: "UZ"},
		{Key: "session", EN: "Session", RU: "Сессия", Kind: Text, Required: true, Example: "Opening plenary", Translated: true},
		{Key: "format", EN: "Format", RU: "Формат", Kind: Enum, Enum: Format, Example: "plenary"},
		{Key: "theme", EN: "Theme", RU: "Тема", Kind: Text, Translated: true},
		{Key: "participants", EN: "Participants", RU: "Число участников", Kind: Integer, Example: "120"},
		{Key: "states", EN: "States represented", RU: "Представленные государства", Kind: CountryList, Example: "UZ, KZ, RU"},
		{Key: "organisations", EN: "Organisations", RU: "Организации", Kind: FreeList, Example: "UNOCT, Interpol"},
		{Key: "papers", EN: "Papers", RU: "Число докладов", Kind: Integer, Example: "8"},
	}}
	AgreementsSheet = &Sheet{Dataset: Agreements, EN: "Agreements", RU: "Соглашения", Columns: []Column{
		{Key: "counterparty", EN: "Counterparty", RU: "Контрагент", Kind: Text, Required: true, Example: "UNODC"},
		{Key: "type", EN: "Counterparty type", RU: "Тип контрагента", Kind: Enum, Required: true, Enum: CounterpartyType, Example: "international organisation"},
		{Key: "document", EN: "Document", RU: "Документ", Kind: Enum, Required: true, Enum: Document, Example: "memorandum"},
		{Key: "title", EN: "Title", RU: "Наименование", Kind: Text, Translated: true},
		{Key: "status", EN: "Status", RU: "Статус", Kind: Enum, Required: true, Enum: Status, Example: "signed"},
		{Key: "signed", EN: "Signed date", RU: "Дата подписания", Kind: Date, Example: "2025-06-15"},
		{Key: "place", EN: "Place", RU: "Место подписания", Kind: Text, Translated: true},
		{Key: "areas", EN: "Areas", RU: "Направления сотрудничества", Kind: FreeList, Translated: true},
		{Key: "notes", EN: "Notes", RU: "Примечания", Kind: Text, Translated: true},
	}}
)

// Sheets lists the sheets in report order.
var Sheets = []*Sheet{ExercisesSheet, BorderSheet, ConferenceSheet, AgreementsSheet, OnlineSheet, TrainingSheet, MeetingsSheet}

// SheetFor returns the sheet of a dataset.
func SheetFor(d Dataset) *Sheet {
	for _, s := range Sheets {
		if s.Dataset == d {
			return s
		}
	}
	return nil
}

// Column returns the column with the given key, or nil.
func (s *Sheet) Column(key string) *Column {
	for i := range s.Columns {
		if s.Columns[i].Key == key {
			return &s.Columns[i]
		}
	}
	return nil
}
