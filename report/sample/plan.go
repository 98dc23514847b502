package sample

import (
	"fmt"
	"hash/fnv"
	"iter"
	"math/rand/v2"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/schema"
)

// plan is every workbook of the sample, with its rows, before writing.
type plan struct {
	cfg   *config.Config
	books []*book
}

// ecStyle is how the Executive Committee workbook of one year looks: each
// year's file was made by a different hand.
type ecStyle struct {
	form    form
	title   bool // title rows above the headers
	blank   bool // a blank row between title and header
	shuffle bool // columns in an order of their own
}

func ecStyleOf(year int) ecStyle {
	en := func(d dateForm, c countryForm, sep string) form {
		return form{lang: "en", dates: d, countries: c, sep: sep}
	}
	ru := func(d dateForm, c countryForm, thousands string) form {
		return form{lang: "ru", dates: d, countries: c, sep: "; ", thousands: thousands, decComma: true}
	}
	switch year {
	case 2006:
		return ecStyle{form: en(excelISO, alpha2, ", "), title: true, blank: true}
	case 2008:
		return ecStyle{form: ru(excelDMY, name, ""), title: true}
	case 2009:
		return ecStyle{form: en(textDot, name, ", "), shuffle: true}
	case 2010:
		return ecStyle{form: en(excelISO, alpha3, "; ")}
	case 2011:
		return ecStyle{form: en(excelDMY, alpha2, "\n"), title: true}
	case 2012:
		return ecStyle{form: en(textISO, name, ", ")}
	case 2013:
		return ecStyle{form: ru(excelDMY, variant, " "), title: true, blank: true}
	case 2014:
		f := en(excelISO, alpha2, ", ")
		f.capEnums = true
		return ecStyle{form: f}
	case 2015:
		f := en(textSlash, alpha3, "; ")
		f.capEnums = true
		return ecStyle{form: f, title: true}
	case 2016:
		return ecStyle{form: en(excelISO, name, "; "), title: true}
	case 2017:
		f := en(excelISO, alpha2, ", ")
		f.thousands = ","
		return ecStyle{form: f, title: true, blank: true}
	case 2018:
		f := en(excelDMY, alpha3, "\n")
		f.date1904 = true
		return ecStyle{form: f, shuffle: true}
	case 2019:
		return ecStyle{form: ru(excelDMY, variant, "\u00a0"), title: true, blank: true}
	case 2020:
		return ecStyle{form: en(textISO, alpha2, ", ")}
	case 2021:
		return ecStyle{form: en(excelISO, name, "; "), title: true}
	case 2022:
		return ecStyle{form: en(excelISO, alpha2, ", "), title: true, shuffle: true}
	case 2023:
		return ecStyle{form: ru(excelDMY, name, " "), title: true, blank: true}
	case 2024:
		return ecStyle{form: en(excelISO, alpha2, ", "), title: true}
	}
	return ecStyle{form: en(excelISO, alpha2, ", "), title: true, blank: true}
}

// ecTitle is the title row of an Executive Committee sheet.
func ecTitle(ds schema.Dataset, year int, lang string) string {
	if lang == "ru" {
		switch ds {
		case schema.Exercises:
			return fmt.Sprintf("Совместные антитеррористические учения, %d г.", year)
		case schema.Border:
			return fmt.Sprintf("Совместные пограничные операции: сведения пограничных ведомств государств-членов, %d г. (иллюстративные данные)", year)
		case schema.Conference:
			return fmt.Sprintf("Международная научно-практическая конференция РАТС ШОС, %d г.", year)
		case schema.Online:
			return fmt.Sprintf("Противодействие использованию интернета в террористических целях: сведения компетентных органов, %d г. (иллюстративные данные)", year)
		case schema.Training:
			return fmt.Sprintf("Подготовка кадров компетентных органов, %d г. (иллюстративные данные)", year)
		case schema.Meetings:
			return fmt.Sprintf("Заседания Совета РАТС и органов ШОС, %d г. (число принятых решений — иллюстративные данные)", year)
		}
		return fmt.Sprintf("Документы о сотрудничестве и контакты, %d г.", year)
	}
	switch ds {
	case schema.Exercises:
		return fmt.Sprintf("Joint anti-terrorist exercises, %d", year)
	case schema.Border:
		return fmt.Sprintf("Joint border operations: results reported by the member states' border services, %d (illustrative figures)", year)
	case schema.Conference:
		return fmt.Sprintf("RATS International Scientific and Practical Conference, %d", year)
	case schema.Online:
		return fmt.Sprintf("Countering the use of the Internet for terrorist purposes: figures reported by the competent authorities, %d (illustrative figures)", year)
	case schema.Training:
		return fmt.Sprintf("Training of the competent authorities' personnel, %d (illustrative records)", year)
	case schema.Meetings:
		return fmt.Sprintf("Meetings of the RATS Council and the SCO bodies, %d (decisions adopted: illustrative figures)", year)
	}
	return fmt.Sprintf("Cooperation documents and contacts, %d", year)
}

// stateBook describes a member state's border workbook (2024–2025): the
// authority's habits and its title row.
type stateBook struct {
	form    form
	creator string
	title   string // with %d for the year
	blank   bool
	name    string // sheet name, "" for the standard one
	order   string // "", "reverse" (indicators in reverse order) or "shuffle"
	extra   []string
	note    bool // an explanatory sheet the reader ignores
}

func stateBookOf(code string) stateBook {
	ru := func(d dateForm, c countryForm, thousands string) form {
		return form{lang: "ru", dates: d, countries: c, sep: "; ", thousands: thousands, decComma: true}
	}
	en := func(d dateForm, c countryForm) form { return form{lang: "en", dates: d, countries: c, sep: ", "} }
	switch code {
	case "CN":
		return stateBook{form: en(excelISO, alpha2), creator: "National Immigration Administration of China",
			title: "Solidarity-%d: results reported by the border authorities of the People's Republic of China (illustrative figures)",
			name:  "BORDER OPERATIONS", order: "reverse"}
	case "KZ":
		return stateBook{form: ru(excelDMY, name, " "), creator: "Пограничная служба КНБ Республики Казахстан",
			title: "Солидарность-%d: отчёт Пограничной службы КНБ Республики Казахстан (иллюстративные данные)",
			blank: true, note: true}
	case "KG":
		return stateBook{form: ru(textDot, name, ""), creator: "Пограничная служба ГКНБ Кыргызской Республики",
			title: "«Солидарность-%d»: сведения Пограничной службы ГКНБ Кыргызской Республики (иллюстративные данные)",
			order: "shuffle"}
	case "RU":
		return stateBook{form: ru(excelDMY, official, "\u00a0"), creator: "Пограничная служба ФСБ России",
			title: "Совместная пограничная операция «Солидарность-%d»: сведения Пограничной службы ФСБ России (иллюстративные данные)"}
	case "TJ":
		return stateBook{form: ru(textDot, name, ""), creator: "Пограничные войска ГКНБ Республики Таджикистан", order: "shuffle"}
	case "BY":
		return stateBook{form: ru(excelDMY, name, ""), creator: "Государственный пограничный комитет Республики Беларусь",
			title: "Операция «Солидарность-%d»: результаты органов пограничной службы Республики Беларусь (иллюстративные данные)",
			blank: true}
	case "UZ":
		return stateBook{form: en(excelDMY, alpha3), creator: "Border Troops of the State Security Service of Uzbekistan",
			title: "Solidarity-%d: report of the Border Troops of the State Security Service of the Republic of Uzbekistan (illustrative figures)",
			name:  "Border_operations", extra: []string{"Responsible unit"}}
	case "IN":
		f := en(textSlash, name)
		f.thousands = ","
		return stateBook{form: f, creator: "Border Security Force, India",
			title: "Solidarity-%d: report of the Border Security Force of India (illustrative figures)"}
	case "PK":
		return stateBook{form: en(textISO, alpha3), creator: "Ministry of Interior, Pakistan", order: "shuffle"}
	case "IR":
		return stateBook{form: en(excelISO, official), creator: "Border Guard Command of the Islamic Republic of Iran",
			title: "Solidarity-%d: report of the Border Guard Command of the Islamic Republic of Iran (illustrative figures)"}
	}
	return stateBook{form: en(excelISO, alpha2), creator: code}
}

// handLaid reports whether a state's border workbook of a year is laid
// out as a hand-made Russian office table: rows grouped by section; the
// operation, state, dates and section merged vertically over the rows
// they apply to; and an «Итого» row under the data, whose figures are the
// sums of the rows above (empty where no row reports the figure). The
// reader must take the merged values for every row they cover and check
// the total instead of counting it.
func handLaid(year int, code string) bool { return year == 2025 && code == "KZ" }

// bySection orders rows by section, in the order the sections first
// appear, keeping the order of the rows within a section.
func bySection(rs []row) []row {
	var order []string
	groups := map[string][]row{}
	for _, r := range rs {
		sec := r.get("section").s
		if _, ok := groups[sec]; !ok {
			order = append(order, sec)
		}
		groups[sec] = append(groups[sec], r)
	}
	out := make([]row, 0, len(rs))
	for _, sec := range order {
		out = append(out, groups[sec]...)
	}
	return out
}

// shuffled returns the dataset's column keys in an order drawn from the
// workbook path, so that each file has its own order and keeps it.
func shuffled(ds schema.Dataset, cfg *config.Config, path string) []string {
	cols := columns(ds, "en", cfg)
	keys := make([]string, len(cols))
	for i, c := range cols {
		keys[i] = c.key
	}
	h := fnv.New64a()
	_, _ = h.Write([]byte(path + "\x00" + string(ds)))
	rng := rand.New(rand.NewPCG(h.Sum64(), 7))
	rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	return keys
}

// reversedIndicators returns the schema's columns, then the indicators in
// reverse order.
func reversedIndicators(cfg *config.Config) []string {
	var keys []string
	for _, c := range schema.BorderSheet.Columns {
		keys = append(keys, c.Key)
	}
	for i := len(cfg.Indicators) - 1; i >= 0; i-- {
		keys = append(keys, cfg.Indicators[i].Key)
	}
	return keys
}

// ecContent gathers the rows of one year's Executive Committee workbook.
type ecContent struct {
	rows  map[schema.Dataset][]row
	extra map[schema.Dataset]iter.Seq[row] // stress rows after the others
}

func newPlan(opt Options) (*plan, error) {
	cfg := opt.Config
	p := &plan{cfg: cfg}
	ec := map[int]*ecContent{}
	put := func(year int, ds schema.Dataset, r row) {
		c := ec[year]
		if c == nil {
			c = &ecContent{rows: map[schema.Dataset][]row{}, extra: map[schema.Dataset]iter.Seq[row]{}}
			ec[year] = c
		}
		c.rows[ds] = append(c.rows[ds], r)
	}
	var extraBooks []*book

	// Exercises. Eurasia-Antiterror-2023 is also reported by the host with
	// the two CIS participants the Executive Committee list leaves out;
	// Sahand-Antiterror-2025 is also reported, identically, by the host.
	for _, f := range exerciseFacts() {
		rec := f.record()
		// A Russian workbook writes the exercise's Russian name; the
		// record (and its natural key) keeps the English one.
		named := func(lang string, over map[string]val) row {
			if lang == "ru" && f.nameRU != "" {
				if over == nil {
					over = map[string]val{}
				}
				over["name"] = text(f.nameRU)
			}
			return row{rec: rec, over: over}
		}
		ecLang := ecStyleOf(f.start.Year()).form.lang
		switch f.name {
		case "Eurasia-Antiterror-2023":
			put(f.start.Year(), schema.Exercises, named(ecLang, map[string]val{"participants": list(nine...)}))
			extraBooks = append(extraBooks, &book{
				path: "2023/exercise-KG.xlsx",
				form: form{lang: "ru", dates: textDot, countries: name, sep: "\n"}, creator: "ГКНБ Кыргызской Республики",
				title: "Eurasia-Antiterror-2023", date: f.end.AddDate(0, 0, 10).Add(9 * time.Hour),
				sheets: []*sheet{{ds: schema.Exercises, rows: rowsOf([]row{named("ru", nil)}),
					title: "Совместное антитеррористическое учение «Евразия-Антитеррор-2023»: сведения принимающей стороны (ГКНБ Кыргызской Республики)"}},
			})
			continue
		case "Sahand-Antiterror-2025":
			extraBooks = append(extraBooks, &book{
				path: "2025/exercise-IR.xlsx",
				form: form{lang: "en", dates: textISO, countries: alpha3, sep: "; "}, creator: "Islamic Republic of Iran",
				title: "Sahand-Antiterror-2025", date: f.end.AddDate(0, 0, 10).Add(9 * time.Hour),
				sheets: []*sheet{{ds: schema.Exercises, rows: rowsOf([]row{{rec: rec}}), blank: true,
					title: "Sahand-Antiterror-2025: report of the host state (Islamic Republic of Iran)"}},
			})
		}
		put(f.start.Year(), schema.Exercises, named(ecLang, nil))
	}

	// Border operations: consolidated per year until 2023, then one
	// workbook per reporting state.
	stressYear := 0
	if opt.BorderRows > 0 {
		stressYear = 2025
	}
	for _, op := range borderOps() {
		year := op.start.Year()
		if year <= 2023 {
			over := map[string]val{"operation": text(op.writtenIn(ecStyleOf(year).form.lang))}
			for _, r := range borderRecords(op, cfg, false) {
				put(year, schema.Border, row{rec: r, over: over})
			}
			continue
		}
		byState := map[string][]row{}
		if year != stressYear {
			for _, r := range borderRecords(op, cfg, true) {
				st := r.vals["state"].s
				over := map[string]val{"operation": text(op.writtenBy(st))}
				byState[st] = append(byState[st], row{rec: r, over: over})
			}
		}
		for i, st := range op.states {
			sb := stateBookOf(st)
			path := fmt.Sprintf("%d/border-%s.xlsx", year, st)
			s := &sheet{ds: schema.Border, name: sb.name, blank: sb.blank, extra: sb.extra, rows: rowsOf(byState[st])}
			if year == stressYear {
				n := opt.BorderRows / len(op.states)
				if i < opt.BorderRows%len(op.states) {
					n++
				}
				s.rows = stressRows(op, st, n, cfg, i)
			}
			if sb.title != "" {
				s.title = fmt.Sprintf(sb.title, year)
			}
			if handLaid(year, st) && year != stressYear {
				s.rows = rowsOf(bySection(byState[st]))
				s.merge = []string{"operation", "state", "start", "end", "section"}
				s.total = "Итого"
			}
			switch sb.order {
			case "reverse":
				s.order = reversedIndicators(cfg)
			case "shuffle":
				s.order = shuffled(schema.Border, cfg, path)
			}
			if len(sb.extra) > 0 {
				s.extraText = func(n int, _ string) string {
					if n%3 == 2 {
						return ""
					}
					return []string{"Border Troops HQ, Tashkent", "Termez border detachment"}[n%3]
				}
			}
			b := &book{path: path, form: sb.form, creator: sb.creator,
				title: fmt.Sprintf("%s: %s", op.name, cfg.StateName(st, "en")),
				date:  op.end.AddDate(0, 0, 14).Add(9 * time.Hour), sheets: []*sheet{s}}
			if sb.note {
				b.note = &noteSheet{name: "Справка", lines: []string{
					fmt.Sprintf("Сведения о результатах совместной пограничной операции «Солидарность-%d»", year),
					"Подготовлено для Исполнительного комитета РАТС ШОС.",
					"Цифры иллюстративные (учебный набор данных); пустая ячейка означает «не представлено», 0 — представленный ноль.",
				}}
			}
			extraBooks = append(extraBooks, b)
		}
	}

	// Conference sessions, in the language of their year's workbook.
	for _, e := range editions() {
		year := e.days[0].Year()
		for _, r := range e.sessionRecords(ecStyleOf(year).form.lang) {
			put(year, schema.Conference, row{rec: r})
		}
	}

	// Agreements; the ASEANAPOL draft again in 2025, unchanged.
	for _, a := range agreementFacts() {
		rec := a.record()
		put(a.file, schema.Agreements, row{rec: rec})
		if a.counterparty == oASEANAPOL.en {
			put(2025, schema.Agreements, row{rec: rec})
		}
	}

	// Meetings (public), online figures and training (illustrative).
	for _, m := range meetingFacts() {
		put(m.date.Year(), schema.Meetings, row{rec: m.record()})
	}
	for year := 2013; year <= 2025; year++ {
		for _, r := range onlineRecords(cfg, year) {
			put(year, schema.Online, row{rec: r})
		}
		for _, r := range trainingRecords(cfg, year, ecStyleOf(year).form.lang) {
			put(year, schema.Training, row{rec: r})
		}
	}

	if opt.BorderRows > 0 {
		n := max(1, opt.BorderRows/50)
		c := ec[2025]
		c.extra[schema.Exercises] = stressExercises(n)
		c.extra[schema.Conference] = stressSessions(n)
		c.extra[schema.Agreements] = stressAgreements(n)
	}

	for year := 2000; year <= 2030; year++ {
		c := ec[year]
		if c == nil {
			continue
		}
		st := ecStyleOf(year)
		path := fmt.Sprintf("%d/rats-ec-%d.xlsx", year, year)
		creator := "RATS Executive Committee"
		if st.form.lang == "ru" {
			creator = "Исполнительный комитет РАТС ШОС"
		}
		b := &book{path: path, form: st.form, creator: creator,
			title: fmt.Sprintf("RATS Executive Committee: records for %d", year),
			date:  time.Date(year+1, 1, 20, 9, 0, 0, 0, time.UTC)}
		for _, ds := range schema.Datasets {
			rs, extra := c.rows[ds], c.extra[ds]
			if len(rs) == 0 && extra == nil {
				continue
			}
			s := &sheet{ds: ds, rows: rowsOf(rs)}
			if extra != nil {
				s.rows = chain(rowsOf(rs), extra)
			}
			if st.title {
				s.title = ecTitle(ds, year, st.form.lang)
				s.blank = st.blank
			}
			if st.shuffle {
				s.order = shuffled(ds, cfg, path)
			}
			if ds == schema.Conference && year >= 2024 && st.form.lang == "en" {
				// Per-cell translations: the Russian of each session's
				// title and theme beside them.
				s.extra = []string{"Session (ru)", "Theme (ru)"}
				s.extraText = func(i int, header string) string {
					if i >= len(rs) {
						return ""
					}
					if header == "Theme (ru)" {
						return inRussian(rs[i].get("theme").s)
					}
					return inRussian(rs[i].get("session").s)
				}
			}
			b.sheets = append(b.sheets, s)
		}
		p.books = append(p.books, b)
	}
	p.books = append(p.books, extraBooks...)
	return p, nil
}

func chain(a, b iter.Seq[row]) iter.Seq[row] {
	return func(yield func(row) bool) {
		for r := range a {
			if !yield(r) {
				return
			}
		}
		for r := range b {
			if !yield(r) {
				return
			}
		}
	}
}

// stressExercises generates n extra exercises in 2025 for stress mode.
func stressExercises(n int) iter.Seq[row] {
	kinds := schema.ExerciseKind.Keys()
	threats := schema.Threat.Keys()
	return func(yield func(row) bool) {
		for i := 0; i < n; i++ {
			start := civil(2025, 1, 1).AddDate(0, 0, i%360)
			host := ten[i%len(ten)]
			r := &record{ds: schema.Exercises, year: 2025, fresh: true, vals: map[string]val{
				"name": text(fmt.Sprintf("Stress-Antiterror-%06d", i+1)), "kind": text(kinds[i%len(kinds)]),
				"start": dateVal(start), "end": dateVal(start.AddDate(0, 0, i%4)),
				"host": text(host), "location": text("stress test location"),
				"participants": list(host, ten[(i+3)%len(ten)]), "threat": text(threats[i%len(threats)]),
				"personnel": num(int64(50 + i%400)), "notes": text("stress-test record"),
			}}
			if !yield(row{rec: r}) {
				return
			}
		}
	}
}

// stressSessions generates n extra sessions of the 11th conference.
func stressSessions(n int) iter.Seq[row] {
	formats := schema.Format.Keys()
	return func(yield func(row) bool) {
		for i := 0; i < n; i++ {
			d := civil(2025, 11, 20).AddDate(0, 0, i%2)
			r := &record{ds: schema.Conference, year: 2025, fresh: true, vals: map[string]val{
				"edition": num(11), "date": dateVal(d), "city": text("Tashkent"), "country": text("UZ"),
				"session": text(fmt.Sprintf("Stress session %06d", i+1)), "format": text(formats[i%len(formats)]),
				"participants": num(int64(20 + i%80)), "states": list("UZ", ten[i%len(ten)]),
				"organisations": list("UNOCT"), "papers": num(int64(1 + i%9)),
			}}
			if !yield(row{rec: r}) {
				return
			}
		}
	}
}

// stressAgreements generates n extra documents signed in 2025.
func stressAgreements(n int) iter.Seq[row] {
	return func(yield func(row) bool) {
		for i := 0; i < n; i++ {
			r := &record{ds: schema.Agreements, year: 2025, fresh: true, vals: map[string]val{
				"counterparty": text(fmt.Sprintf("Stress counterparty %06d", i+1)), "type": text("other"),
				"document": text("memorandum"), "status": text("signed"),
				"signed": dateVal(civil(2025, 1, 1).AddDate(0, 0, i%365)), "notes": text("stress-test record"),
			}}
			if !yield(row{rec: r}) {
				return
			}
		}
	}
}
