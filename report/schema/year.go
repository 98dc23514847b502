package schema

// This file holds the three datasets of the whole year besides the first
// four: the Internet (online indicators), training and meetings.

// The enumerations of the Training and Meetings sheets.
var (
	TrainingFormat = &Enumeration{Name: "format", Values: []Value{
		{Key: "course", RU: "курсы", Zh: "培训班", Labels: []string{"курс"}},
		{Key: "seminar", RU: "семинар", Zh: "研讨会"},
		{Key: "workshop", RU: "практикум", Zh: "实践课"},
		{Key: "internship", RU: "стажировка", Zh: "实习"},
		{Key: "online", RU: "онлайн", Zh: "在线"},
	}}
	Body = &Enumeration{Name: "body", Values: []Value{
		{Key: "rats council", RU: "Совет РАТС", Zh: "地区反恐怖机构理事会", Labels: []string{"council of rats", "rats council meeting"}},
		{Key: "heads of state", RU: "Совет глав государств", Zh: "元首理事会", Labels: []string{"council of heads of state"}},
		{Key: "heads of government", RU: "Совет глав правительств", Zh: "政府首脑理事会", Labels: []string{"council of heads of government"}},
		{Key: "security council secretaries", RU: "Совещание секретарей советов безопасности", Zh: "安全会议秘书会议"},
		{Key: "foreign ministers", RU: "Совет министров иностранных дел", Zh: "外交部长理事会", Labels: []string{"council of foreign ministers"}},
		{Key: "national coordinators", RU: "Совет национальных координаторов", Zh: "国家协调员理事会", Labels: []string{"council of national coordinators"}},
		{Key: "expert group", RU: "экспертная группа", Zh: "专家组"},
		{Key: "other", RU: "другое", Zh: "其他"},
	}}
)

// The sheets of the three datasets. Online indicator columns come from
// config.toml (online_indicators), as the border ones do.
var (
	OnlineSheet = &Sheet{Dataset: Online, EN: "Online", RU: "Интернет", Columns: []Column{
		{Key: "state", EN: "Reporting state", RU: "Отчитывающееся государство", Kind: Country, Required: true, Example: "KZ"},
		{Key: "start", EN: "Period start", RU: "Начало периода", Kind: Date, Required: true, Example: "2025-01-01"},
		{Key: "end", EN: "Period end", RU: "Окончание периода", Kind: Date, Required: true, Example: "2025-12-31"},
	}}
	TrainingSheet = &Sheet{Dataset: Training, EN: "Training", RU: "Подготовка кадров", Columns: []Column{
		{Key: "course", EN: "Course", RU: "Мероприятие", Kind: Text, Required: true, Example: "Course on countering terrorism financing", Translated: true},
		{Key: "format", EN: "Format", RU: "Формат", Kind: Enum, Required: true, Enum: TrainingFormat, Example: "course"},
		{Key: "start", EN: "Start date", RU: "Дата начала", Kind: Date, Required: true, Example: "2025-04-14"},
		{Key: "end", EN: "End date", RU: "Дата окончания", Kind: Date, Required: true, Example: "2025-04-18"},
		{Key: "host", EN: "Host country", RU: "Страна проведения", Kind: Country, Required: true, Example: "UZ"},
		{Key: "city", EN: "City", RU: "Город", Kind: Text, Example: "Tashkent", Translated: true},
		{Key: "organiser", EN: "Organiser", RU: "Организатор", Kind: Text, Example: "RATS Executive Committee"},
		{Key: "topic", EN: "Topic", RU: "Тема", Kind: Text, Translated: true},
		{Key: "participants", EN: "Participants", RU: "Число участников", Kind: Integer, Example: "30"},
		{Key: "states", EN: "Participating states", RU: "Государства-участники", Kind: CountryList, Example: "KZ, KG, TJ, UZ"},
		{Key: "hours", EN: "Hours", RU: "Количество часов", Kind: Integer, Example: "36"},
		{Key: "notes", EN: "Notes", RU: "Примечания", Kind: Text, Translated: true},
	}}
	MeetingsSheet = &Sheet{Dataset: Meetings, EN: "Meetings", RU: "Заседания", Columns: []Column{
		{Key: "body", EN: "Body", RU: "Орган", Kind: Enum, Required: true, Enum: Body, Example: "rats council"},
		{Key: "number", EN: "Number", RU: "Номер заседания", Kind: Integer, Example: "44"},
		{Key: "date", EN: "Date", RU: "Дата", Kind: Date, Required: true, Example: "2025-09-10"},
		{Key: "city", EN: "City", RU: "Город", Kind: Text, Required: true, Example: "Cholpon-Ata", Translated: true},
		{Key: "country", EN: "Country", RU: "Страна", Kind: Country, Required: true, Example: "KG"},
		{Key: "chair", EN: "Chair", RU: "Председатель", Kind: Country, Example: "KG"},
		{Key: "decisions", EN: "Decisions adopted", RU: "Принято решений", Kind: Integer, Example: "12"},
		{Key: "title", EN: "Title", RU: "Наименование", Kind: Text, Translated: true},
		{Key: "notes", EN: "Notes", RU: "Примечания", Kind: Text, Translated: true},
	}}
)

// Indicated reports whether the dataset's sheet carries configured
// indicator columns besides its own: border and online reports do.
func Indicated(d Dataset) bool { return d == Border || d == Online }
