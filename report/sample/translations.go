package sample

import (
	"time"

	"ratsreport/report/translate"
)

// Translation is one row of the shipped translations workbook
// (templates/translations.xlsx): a free text of the sample as its
// workbooks write it, and its English, Russian and Chinese.
type Translation struct {
	Text, EN, RU, ZH string
	Comment          string
}

// The comments of the rows: whose rendering each translation is.
const (
	ownRuZh  = "ru, zh: own rendering (illustrative sample)"
	ownEnZh  = "en, zh: own rendering (illustrative sample)"
	sampleRu = "ru: the sample's Russian wording, also given per cell in \"Session (ru)\" or \"Theme (ru)\"; zh: own rendering"
	disputed = "; a disputed area: the name as the reporting state writes it, transliterated"
	// sampleCourseRu marks the training courses, whose Russian the
	// sample's Russian-writing workbooks use for the same course.
	sampleCourseRu = "ru: the sample's Russian wording of the course (its Russian-written workbooks' title); zh: own rendering"
)

// Translations returns the translations of every free text of the
// sample's 2024 and 2025 editions (what they print, the 2025 register of
// agreements included), so that the shipped ru and zh editions print no
// Latin-script free text and the en edition no Cyrillic one. A dataset
// added to the report adds its free texts here.
func Translations() []Translation {
	var out []Translation
	en := func(text, ru, zh string) {
		out = append(out, Translation{Text: text, RU: ru, ZH: zh, Comment: ownRuZh})
	}
	ru := func(text, en, zh string) {
		out = append(out, Translation{Text: text, EN: en, ZH: zh, Comment: ownEnZh})
	}

	// Exercises: locations, scenarios, notes.
	en("Shabestar near Tabriz, East Azerbaijan", "Шабестар близ Тебриза, Восточный Азербайджан", "东阿塞拜疆省大不里士附近的沙贝斯塔尔")
	en("Xinjiang Uygur Autonomous Region", "Синьцзян-Уйгурский автономный район", "新疆维吾尔自治区")
	en("eradicating terrorist groups, with a cyber-terrorism component; helicopters, armour, drones and robot dogs",
		"ликвидация террористических групп с элементом противодействия кибертерроризму; вертолёты, бронетехника, беспилотники и роботы-собаки",
		"清剿恐怖团伙，包含网络恐怖主义科目；直升机、装甲车辆、无人机和机器狗参演")
	en("pursuit of terrorist cells and trafficking rings; final stage on 4 Dec; weapons display",
		"преследование террористических ячеек и преступных групп контрабандистов; заключительный этап 4 декабря; показ вооружения",
		"追捕恐怖小组和走私团伙；12月4日进行最后阶段；武器装备展示")
	en("first exercise with all ten member states; also reported as Interaction-2024; days assumed (July 2024); personnel and equipment: illustrative figure",
		"первое учение с участием всех десяти государств-членов; упоминается также как «Взаимодействие-2024»; дни проведения приняты условно (июль 2024 г.); личный состав и техника: иллюстративные цифры",
		"首次有全部十个成员国参加的演习；亦称“协作-2024”；日期为假定（2024年7月）；人员和装备：示例数字")
	en("observer delegations of 13 states (per the Iranian MFA); led by the IRGC Ground Forces; five participating states reported (which five is assumed); personnel and equipment: illustrative figure",
		"делегации наблюдателей 13 государств (по данным МИД Ирана); руководство — Сухопутные войска КСИР; сообщено о пяти государствах-участниках (какие именно — принято условно); личный состав и техника: иллюстративные цифры",
		"13个国家派观察员代表团（据伊朗外交部）；由伊斯兰革命卫队地面部队指挥；据报有五个参演国（具体哪五国为假定）；人员和装备：示例数字")

	// Border operations: areas, as the English-writing services write them.
	for _, a := range [][3]string{
		{"Balochistan", "Белуджистан", "俾路支省"},
		{"Inner Mongolia Autonomous Region", "Автономный район Внутренняя Монголия", "内蒙古自治区"},
		{"Punjab", "Пенджаб", "旁遮普"},
		{"Republic of Karakalpakstan", "Республика Каракалпакстан", "卡拉卡尔帕克斯坦共和国"},
		{"Sistan and Baluchestan Province", "остан Систан и Белуджистан", "锡斯坦-俾路支斯坦省"},
		{"Surxondaryo Region", "Сурхандарьинская область", "苏尔汉河州"},
		{"Uttarakhand", "Уттаракханд", "北阿坎德邦"},
		{"Xinjiang: Altay Prefecture", "Синьцзян: округ Алтай", "新疆：阿勒泰地区"},
		{"Xinjiang: Kashgar Prefecture", "Синьцзян: округ Кашгар", "新疆：喀什地区"},
		{"Andijan Region", "Андижанская область", "安集延州"},
		{"Ardabil Province", "остан Ардебиль", "阿尔达比勒省"},
		{"Assam", "Ассам", "阿萨姆邦"},
		{"Bukhara Region", "Бухарская область", "布哈拉州"},
		{"Chaman border crossing (Balochistan)", "пункт пропуска Чаман (Белуджистан)", "查曼口岸（俾路支省）"},
		{"East Azerbaijan Province", "остан Восточный Азербайджан", "东阿塞拜疆省"},
		{"Fergana Region", "Ферганская область", "费尔干纳州"},
		{"Golestan Province", "остан Голестан", "戈勒斯坦省"},
		{"Gujarat", "Гуджарат", "古吉拉特邦"},
		{"Heilongjiang Province", "провинция Хэйлунцзян", "黑龙江省"},
		{"Himachal Pradesh", "Химачал-Прадеш", "喜马偕尔邦"},
		{"Ilam Province", "остан Илам", "伊拉姆省"},
		{"Jizzakh Region", "Джизакская область", "吉扎克州"},
		{"Kermanshah Province", "остан Керманшах", "克尔曼沙赫省"},
		{"Khorezm Region", "Хорезмская область", "花拉子模州"},
		{"Khuzestan Province", "остан Хузестан", "胡齐斯坦省"},
		{"Khyber Pakhtunkhwa", "Хайбер-Пахтунхва", "开伯尔-普什图赫瓦省"},
		{"Kurdistan Province", "остан Курдистан", "库尔德斯坦省"},
		{"Mirjaveh border crossing (Sistan and Baluchestan)", "пункт пропуска Мирджаве (Систан и Белуджистан)", "米尔贾韦口岸（锡斯坦-俾路支斯坦省）"},
		{"Namangan Region", "Наманганская область", "纳曼干州"},
		{"Navoiy Region", "Навоийская область", "纳沃伊州"},
		{"North Khorasan Province", "остан Северный Хорасан", "北呼罗珊省"},
		{"Qashqadaryo Region", "Кашкадарьинская область", "卡什卡达里亚州"},
		{"Rajasthan", "Раджастхан", "拉贾斯坦邦"},
		{"Razavi Khorasan Province", "остан Хорасан-Резави", "礼萨呼罗珊省"},
		{"Sikkim", "Сикким", "锡金邦"},
		{"Sindh", "Синд", "信德省"},
		{"South Khorasan Province", "остан Южный Хорасан", "南呼罗珊省"},
		{"Taftan border crossing (Balochistan)", "пункт пропуска Тафтан (Белуджистан)", "塔夫坦口岸（俾路支省）"},
		{"Tashkent Region", "Ташкентская область", "塔什干州"},
		{"Termez checkpoint (Friendship Bridge)", "пункт пропуска Термез (мост Дружбы)", "铁尔梅兹口岸（友谊桥）"},
		{"Tibet Autonomous Region", "Тибетский автономный район", "西藏自治区"},
		{"Torkham border crossing (Khyber Pakhtunkhwa)", "пункт пропуска Торхам (Хайбер-Пахтунхва)", "托尔哈姆口岸（开伯尔-普什图赫瓦省）"},
		{"West Azerbaijan Province", "остан Западный Азербайджан", "西阿塞拜疆省"},
		{"West Bengal", "Западная Бенгалия", "西孟加拉邦"},
		{"Xinjiang: Aksu Prefecture", "Синьцзян: округ Аксу", "新疆：阿克苏地区"},
		{"Xinjiang: Bortala Mongol Autonomous Prefecture (Alashankou)", "Синьцзян: Боро-Тала-Монгольский автономный округ (Алашанькоу)", "新疆：博尔塔拉蒙古自治州（阿拉山口）"},
		{"Xinjiang: Ili Kazakh Autonomous Prefecture (Khorgos)", "Синьцзян: Или-Казахский автономный округ (Хоргос)", "新疆：伊犁哈萨克自治州（霍尔果斯）"},
		{"Xinjiang: Kizilsu Kyrgyz Autonomous Prefecture", "Синьцзян: Кызылсу-Киргизский автономный округ", "新疆：克孜勒苏柯尔克孜自治州"},
		{"Xinjiang: Tacheng Prefecture", "Синьцзян: округ Тачэн", "新疆：塔城地区"},
		{"Dogharoun border crossing (Razavi Khorasan)", "пункт пропуска Догарун (Хорасан-Резави)", "多加伦口岸（礼萨呼罗珊省）"},
		{"Jilin Province", "провинция Цзилинь", "吉林省"},
		{"Manipur", "Манипур", "曼尼普尔邦"},
		{"Wagah border crossing (Punjab)", "пункт пропуска Вагах (Пенджаб)", "瓦加口岸（旁遮普）"},
	} {
		en(a[0], a[1], a[2])
	}
	for _, a := range [][3]string{
		{"Arunachal Pradesh", "Аруначал-Прадеш", "阿鲁纳恰尔邦"},
		{"Azad Jammu and Kashmir", "Азад Джамму и Кашмир", "阿扎德查谟和克什米尔"},
		{"Gilgit-Baltistan", "Гилгит-Балтистан", "吉尔吉特-巴尔蒂斯坦"},
		{"Jammu and Kashmir", "Джамму и Кашмир", "查谟和克什米尔"},
		{"Khunjerab Pass (Gilgit-Baltistan)", "перевал Хунджераб (Гилгит-Балтистан)", "红其拉甫山口（吉尔吉特-巴尔蒂斯坦）"},
		{"Ladakh", "Ладакх", "拉达克"},
	} {
		out = append(out, Translation{Text: a[0], RU: a[1], ZH: a[2], Comment: ownRuZh + disputed})
	}
	// Areas as the Russian-writing services write them.
	for _, a := range [][3]string{
		{"Витебская область", "Vitebsk Region", "维捷布斯克州"},
		{"Гомельская область", "Gomel Region", "戈梅利州"},
		{"Горно-Бадахшанская автономная область", "Gorno-Badakhshan Autonomous Region", "戈尔诺-巴达赫尚自治州"},
		{"Забайкальский край", "Zabaykalsky Krai", "外贝加尔边疆区"},
		{"Хатлонская область", "Khatlon Region", "哈特隆州"},
		{"Абайская область", "Abai Region", "阿拜州"},
		{"Актюбинская область", "Aktobe Region", "阿克托别州"},
		{"Алматинская область", "Almaty Region", "阿拉木图州"},
		{"Алтайский край", "Altai Krai", "阿尔泰边疆区"},
		{"Амурская область", "Amur Region", "阿穆尔州"},
		{"Астраханская область", "Astrakhan Region", "阿斯特拉罕州"},
		{"Атырауская область", "Atyrau Region", "阿特劳州"},
		{"Баткенская область", "Batken Region", "巴特肯州"},
		{"Брестская область", "Brest Region", "布列斯特州"},
		{"Восточно-Казахстанская область", "East Kazakhstan Region", "东哈萨克斯坦州"},
		{"Гродненская область", "Grodno Region", "格罗德诺州"},
		{"Джалал-Абадская область", "Jalal-Abad Region", "贾拉拉巴德州"},
		{"Жамбылская область", "Zhambyl Region", "江布尔州"},
		{"Жетысуская область", "Zhetysu Region", "杰特苏州"},
		{"Западно-Казахстанская область", "West Kazakhstan Region", "西哈萨克斯坦州"},
		{"Иссык-Кульская область", "Issyk-Kul Region", "伊塞克湖州"},
		{"Костанайская область", "Kostanay Region", "科斯塔奈州"},
		{"Курганская область", "Kurgan Region", "库尔干州"},
		{"Кызылординская область", "Kyzylorda Region", "克孜勒奥尔达州"},
		{"Мангистауская область", "Mangystau Region", "曼格斯套州"},
		{"Нарынская область", "Naryn Region", "纳伦州"},
		{"Омская область", "Omsk Region", "鄂木斯克州"},
		{"Оренбургская область", "Orenburg Region", "奥伦堡州"},
		{"Ошская область", "Osh Region", "奥什州"},
		{"Павлодарская область", "Pavlodar Region", "巴甫洛达尔州"},
		{"Приморский край", "Primorsky Krai", "滨海边疆区"},
		{"Республика Бурятия", "Republic of Buryatia", "布里亚特共和国"},
		{"Республика Дагестан", "Republic of Dagestan", "达吉斯坦共和国"},
		{"Республика Тыва", "Republic of Tuva", "图瓦共和国"},
		{"Северо-Казахстанская область", "North Kazakhstan Region", "北哈萨克斯坦州"},
		{"Согдийская область", "Sughd Region", "索格特州"},
		{"Таласская область", "Talas Region", "塔拉斯州"},
		{"Туркестанская область", "Turkistan Region", "突厥斯坦州"},
		{"Тюменская область", "Tyumen Region", "秋明州"},
		{"Хабаровский край", "Khabarovsk Krai", "哈巴罗夫斯克边疆区"},
		{"Челябинская область", "Chelyabinsk Region", "车里雅宾斯克州"},
		{"Чуйская область", "Chuy Region", "楚河州"},
		{"пункт пропуска «Ак-Жол» (Чуйская область)", "Ak-Zhol checkpoint (Chuy Region)", "阿克若尔口岸（楚河州）"},
		{"пункт пропуска «Иркештам» (Ошская область)", "Irkeshtam checkpoint (Osh Region)", "伊尔克什坦口岸（奥什州）"},
		{"пункт пропуска «Кульма» (Горно-Бадахшанская автономная область)", "Kulma checkpoint (Gorno-Badakhshan Autonomous Region)", "阔勒买口岸（戈尔诺-巴达赫尚自治州）"},
		{"пункт пропуска «Нижний Пяндж» (Хатлонская область)", "Nizhny Panj checkpoint (Khatlon Region)", "下喷赤口岸（哈特隆州）"},
		{"пункт пропуска «Торугарт» (Нарынская область)", "Torugart checkpoint (Naryn Region)", "吐尔尕特口岸（纳伦州）"},
		{"районы республиканского подчинения", "Districts of Republican Subordination", "中央直属区"},
		{"Атырауская область (Каспийское море)", "Atyrau Region (Caspian Sea)", "阿特劳州（里海）"},
		{"Могилёвская область", "Mogilev Region", "莫吉廖夫州"},
		{"Смоленская область", "Smolensk Region", "斯摩棱斯克州"},
		{"пункт пропуска «Бенякони» (Гродненская область)", "Benyakoni checkpoint (Grodno Region)", "贝尼亚科尼口岸（格罗德诺州）"},
		{"пункт пропуска «Брест»", "Brest checkpoint", "布列斯特口岸"},
		{"пункт пропуска «Брузги» (Гродненская область)", "Bruzgi checkpoint (Grodno Region)", "布鲁兹吉口岸（格罗德诺州）"},
		{"пункт пропуска «Достук» (Ошская область)", "Dostuk checkpoint (Osh Region)", "多斯图克口岸（奥什州）"},
		{"пункт пропуска «Ишкашим» (Горно-Бадахшанская автономная область)", "Ishkashim checkpoint (Gorno-Badakhshan Autonomous Region)", "伊什卡希姆口岸（戈尔诺-巴达赫尚自治州）"},
	} {
		ru(a[0], a[1], a[2])
	}

	// Conference: the city, every session title and the themes of 2024
	// and 2025 (Russian from the sample's own wording).
	en("Tashkent", "Ташкент", "塔什干")
	zh := map[string]string{
		sOpening.en:   "开幕全体会议",
		sInternet.en:  "专题会议：打击利用互联网从事恐怖活动",
		sFighters.en:  "专题会议：外国恐怖主义作战人员及回流人员",
		sFinancing.en: "专题会议：切断恐怖融资渠道",
		sEvents.en:    "专题会议：重大国际活动安保",
		sDigital.en:   "专题会议：人工智能和电子证据在反恐中的应用",
		sYouth.en:     "专题会议：在青年中抵制极端主义思想",
		sResearch.en:  "研究中心圆桌会议：激进化的根源",
		sAfghan.en:    "圆桌会议：阿富汗局势与地区安全",
		sRegister.en:  "边会：介绍地区反恐怖机构统一通缉登记册",
		sUNOCT.en:     "边会：联合国反恐办与独联体反恐中心签署谅解备忘录",
		sCIS.en:       "与第二届独联体打击恐怖主义和极端主义会议的联席会议",
		sClosing.en:   "闭幕全体会议：通过建议",
		"International cooperation in the fight against terrorism":                 "打击恐怖主义国际合作",
		"Preventing the Spread of Terrorism and Extremism: Addressing Root Causes": "防止恐怖主义和极端主义蔓延：消除根源",
	}
	for _, s := range []sessionKind{sOpening, sInternet, sFighters, sFinancing, sEvents, sDigital, sYouth, sResearch, sAfghan, sRegister, sUNOCT, sCIS, sClosing} {
		out = append(out, Translation{Text: s.en, RU: s.ru, ZH: zh[s.en], Comment: sampleRu})
	}
	for _, e := range editions() {
		if y := e.days[0].Year(); y == 2024 || y == 2025 {
			out = append(out, Translation{Text: e.themeEN, RU: e.themeRU, ZH: zh[e.themeEN], Comment: sampleRu})
		}
	}

	// Agreements of the 2025 register: titles, places, areas, notes.
	en("Agreement on cooperation (draft)", "Соглашение о сотрудничестве (проект)", "合作协定（草案）")
	en("Joint plan of events on countering the financing of terrorism for 2025", "Совместный план мероприятий по противодействию финансированию терроризма на 2025 год", "2025年打击资助恐怖主义联合活动计划")
	en("Memorandum of understanding between the RATS Executive Committee and the Interpol General Secretariat",
		"Меморандум о взаимопонимании между Исполнительным комитетом РАТС и Генеральным секретариатом Интерпола",
		"地区反恐怖机构执行委员会与国际刑警组织总秘书处谅解备忘录")
	en("Memorandum of understanding between the RATS Executive Committee and the UN Counter-Terrorism Committee Executive Directorate",
		"Меморандум о взаимопонимании между Исполнительным комитетом РАТС и Исполнительным директоратом Контртеррористического комитета ООН",
		"地区反恐怖机构执行委员会与联合国反恐怖主义委员会执行局谅解备忘录")
	en("Memorandum of understanding on cooperation and interaction between the RATS Executive Committee, the CIS Anti-Terrorism Centre and the CSTO Secretariat",
		"Меморандум о взаимопонимании по вопросам сотрудничества и взаимодействия между Исполнительным комитетом РАТС, Антитеррористическим центром СНГ и Секретариатом ОДКБ",
		"地区反恐怖机构执行委员会、独联体反恐中心与集体安全条约组织秘书处合作与协作谅解备忘录")
	en("Protocol between the heads of the RATS Executive Committee and the Central Asian Regional Information and Coordination Centre",
		"Протокол между руководителями Исполнительного комитета РАТС и Центральноазиатского регионального информационного координационного центра",
		"地区反恐怖机构执行委员会与中亚地区信息协调中心负责人议定书")
	en("Protocol of understanding between the RATS Executive Committee and the CSTO Secretariat",
		"Протокол о взаимопонимании между Исполнительным комитетом РАТС и Секретариатом ОДКБ",
		"地区反恐怖机构执行委员会与集体安全条约组织秘书处谅解议定书")
	ru("Меморандум о сотрудничестве в области предупреждения терроризма и борьбы с ним", "Memorandum of cooperation in preventing and combating terrorism", "预防和打击恐怖主义领域合作备忘录")
	ru("Меморандум о сотрудничестве между Исполнительным комитетом РАТС ШОС и Антитеррористическим центром государств — участников СНГ",
		"Memorandum of cooperation between the SCO RATS Executive Committee and the Anti-Terrorism Centre of the CIS member states",
		"上合组织地区反恐怖机构执行委员会与独联体成员国反恐中心合作备忘录")
	en("Joint plan of activities for 2026–2027", "Совместный план мероприятий на 2026–2027 годы", "2026—2027年联合活动计划")
	en("Joint plan of information campaigns for 2026", "Совместный план информационных кампаний на 2026 год", "2026年联合宣传活动计划")
	en("Astana", "Астана", "阿斯塔纳")
	en("Minsk", "Минск", "明斯克")
	en("Monaco", "Монако", "摩纳哥")
	en("Moscow", "Москва", "莫斯科")
	ru("Алжир", "Algiers", "阿尔及尔")
	en("Cholpon-Ata", "Чолпон-Ата", "乔尔蓬阿塔")
	en("counter-terrorism", "противодействие терроризму", "反恐")
	en("exchange of information", "обмен информацией", "信息交流")
	en("illicit drug trafficking", "незаконный оборот наркотиков", "非法贩运毒品")
	en("terrorism financing", "финансирование терроризма", "资助恐怖主义")
	ru("обмен информацией", "exchange of information", "信息交流")
	en("organised crime", "организованная преступность", "有组织犯罪")
	en("research and analysis", "научно-аналитическая работа", "研究与分析")
	en("standing tripartite expert group", "постоянная трёхсторонняя экспертная группа", "常设三方专家组")
	en("training", "подготовка кадров", "人员培训")
	ru("предупреждение терроризма", "prevention of terrorism", "预防恐怖主义")
	ru("противодействие терроризму", "counter-terrorism", "反恐")
	ru("совместные учения", "joint exercises", "联合演习")
	en("capacity building", "наращивание потенциала", "能力建设")
	en("countering extremist ideology", "противодействие экстремистской идеологии", "抵制极端主义思想")
	en("information campaigns", "информационные кампании", "宣传活动")
	en("prevention of radicalisation", "предупреждение радикализации", "预防激进化")
	en("a cooperation protocol was announced in January 2017; signing not confirmed in public sources",
		"о протоколе сотрудничества было объявлено в январе 2017 г.; подписание не подтверждено открытыми источниками",
		"2017年1月曾宣布合作议定书；公开资料未证实已签署")
	en("draft being coordinated since 2017; signing not confirmed in public sources",
		"проект согласовывается с 2017 г.; подписание не подтверждено открытыми источниками",
		"草案自2017年起协商中；公开资料未证实已签署")
	en("illustrative record", "иллюстративная запись", "示例记录")
	en("illustrative record (RATS took part in the EAG forum in Minsk on 13–14 Nov 2024; no such document is public)",
		"иллюстративная запись (РАТС участвовала в форуме ЕАГ в Минске 13–14 ноября 2024 г.; такой документ не опубликован)",
		"示例记录（地区反恐怖机构参加了2024年11月13日至14日在明斯克举行的欧亚小组论坛；未公开此类文件）")
	en("illustrative record; Lao PDR became an SCO partner on 1 Sep 2025",
		"иллюстративная запись; Лаосская Народно-Демократическая Республика стала партнёром ШОС 1 сентября 2025 г.",
		"示例记录；老挝人民民主共和国于2025年9月1日成为上合组织伙伴")
	en("public sources give October 2018; the day and place are assumed",
		"открытые источники указывают октябрь 2018 г.; день и место приняты условно",
		"公开资料为2018年10月；日期和地点为假定")
	en("signed by RATS Executive Committee Director D. Dzhumanbekov and CSTO Secretary General N. Bordyuzha",
		"подписан Директором Исполнительного комитета РАТС Д. Джуманбековым и Генеральным секретарём ОДКБ Н. Бордюжей",
		"由地区反恐怖机构执行委员会主任朱马别科夫和集体安全条约组织秘书长博尔久扎签署")
	en("signed during the Interpol General Assembly; RATS became an Interpol observer",
		"подписан в ходе Генеральной ассамблеи Интерпола; РАТС получила статус наблюдателя при Интерполе",
		"在国际刑警组织大会期间签署；地区反恐怖机构成为国际刑警组织观察员")
	ru("центр Африканского союза; день подписания принят условно (14–15 января 2019 г.)",
		"an African Union centre; the day of signing is assumed (14–15 January 2019)",
		"非洲联盟下属中心；签署日期为假定（2019年1月14日至15日）")
	en("illustrative record (dated on the 11th conference)", "иллюстративная запись (дата — по 11-й конференции)", "示例记录（日期取第11届会议）")
	en("illustrative record (dated on the 44th RATS Council meeting)", "иллюстративная запись (дата — по 44-му заседанию Совета РАТС)", "示例记录（日期取地区反恐怖机构理事会第44次会议）")

	// Training of 2024 and 2025: course titles (Russian from the sample's
	// own wording, trainingTopics), cities and topics; the notes are
	// "illustrative record", above.
	courseZH := map[string]string{
		"Course on countering the use of the Internet for terrorist purposes": "打击利用互联网从事恐怖活动培训班",
		"Seminar on countering the financing of terrorism":                    "打击资助恐怖主义研讨会",
		"Workshop on digital evidence in terrorism cases":                     "恐怖主义案件电子证据研讨班",
		"Internship at the RATS Executive Committee":                          "在地区反恐怖机构执行委员会实习",
		"Workshop on the protection of critical infrastructure":               "关键基础设施保护研讨班",
	}
	for _, t := range trainingTopics {
		if zh, ok := courseZH[t.en]; ok {
			out = append(out, Translation{Text: t.en, RU: t.ru, ZH: zh, Comment: sampleCourseRu})
		}
	}
	en("Bishkek", "Бишкек", "比什凯克")
	en("Dushanbe", "Душанбе", "杜尚别")
	en("New Delhi", "Нью-Дели", "新德里")
	en("digital evidence", "цифровые доказательства", "电子证据")
	en("the Unified Search Register", "Единый розыскной реестр", "统一通缉登记册")
	en("critical infrastructure", "критически важные объекты", "关键基础设施")
	en("online propaganda and recruitment", "пропаганда и вербовка в интернете", "网络宣传和招募")

	// Meetings of 2024 and 2025: cities, titles, notes.
	en("Shanghai", "Шанхай", "上海")
	en("Tianjin", "Тяньцзинь", "天津")
	en("10th meeting of the heads of the border services of the SCO member states",
		"10-е совещание руководителей пограничных служб государств — членов ШОС", "上合组织成员国边防部门领导人第10次会议")
	en("11th meeting of the heads of the border services of the SCO member states",
		"11-е совещание руководителей пограничных служб государств — членов ШОС", "上合组织成员国边防部门领导人第11次会议")
	en("44th meeting of the RATS Council", "44-е заседание Совета РАТС", "地区反恐怖机构理事会第44次会议")
	en("Astana summit of the SCO", "Астанинский саммит ШОС", "上合组织阿斯塔纳峰会")
	en("Tianjin summit of the SCO", "Тяньцзиньский саммит ШОС", "上合组织天津峰会")
	en("Belarus the first time as a member", "Беларусь впервые в качестве государства-члена", "白俄罗斯首次以成员国身份参加")
	en("decision on the RATS report for 2023; Programme 2025–2027 approved; Belarus admitted",
		"решение по докладу РАТС за 2023 год; утверждена Программа на 2025–2027 годы; Беларусь принята в ШОС",
		"关于地区反恐怖机构2023年报告的决定；批准2025—2027年纲要；接纳白俄罗斯")
	en("financing of terrorism; AI in countering terrorism; digital evidence; information campaigns in 2026",
		"финансирование терроризма; ИИ в противодействии терроризму; цифровые доказательства; информационные кампании в 2026 году",
		"资助恐怖主义；人工智能在反恐中的应用；电子证据；2026年宣传活动")
	en("observers and dialogue partners merged as SCO partners; Programme on countering extremist ideology 2026–2030",
		"наблюдатели и партнёры по диалогу объединены в категорию «партнёры ШОС»; Программа противодействия экстремистской идеологии на 2026–2030 годы",
		"观察员国和对话伙伴合并为“上合组织伙伴”；2026—2030年抵制极端主义思想纲要")
	return out
}

// TranslationsWorkbook returns the shipped translations workbook
// (templates/translations.xlsx) as bytes, dated created: the rows of
// Translations, in order.
func TranslationsWorkbook(created time.Time) ([]byte, error) {
	b := translate.NewBook()
	for _, t := range Translations() {
		e := b.Add(t.Text)
		e.Comment = t.Comment
		for l, s := range map[string]string{"en": t.EN, "ru": t.RU, "zh": t.ZH} {
			if s != "" {
				e.In[l] = s
			}
		}
	}
	return b.Bytes(nil, created)
}
