package sample

import (
	"fmt"
	"iter"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/schema"
)

// Seeds of the generators of illustrative figures. Each use has its own
// stream, so that a change in one part of the sample leaves the others as
// they were.
const (
	seedBorder     = 0x5241_5453_0001 // "RATS" 1
	seedConference = 0x5241_5453_0002
	seedStress     = 0x5241_5453_0003
)

// borderOp is one joint border operation, or one stage of it: its name
// in English (the record's) and, where a Russian workbook writes it, in
// Russian. The border services' own forms are in borderOpNames.
type borderOp struct {
	name       string
	start, end time.Time
	states     []string
	ru         string
}

// borderOps lists the operations by their public names. Participation
// follows membership (India and Pakistan from 2018, Iran from 2023,
// Belarus from 2024). Dates are public for Solidarity-2023 (15 Aug–31 Oct)
// and, to the month, for Solidarity-2025 (September); the others are
// assumed.
func borderOps() []borderOp {
	return []borderOp{
		{"Solidarity-2017", civil(2017, 9, 1), civil(2017, 10, 31), six, "Солидарность-2017"},
		{"Unity-2018", civil(2018, 8, 1), civil(2018, 9, 30), eight, ""},
		{"Solidarity-2019-2021", civil(2019, 8, 21), civil(2019, 10, 31), eight, "Солидарность-2019-2021"},
		{"Solidarity-2019-2021", civil(2020, 9, 1), civil(2020, 10, 15), eight, "Солидарность-2019-2021"},
		{"Solidarity-2019-2021", civil(2021, 8, 16), civil(2021, 9, 30), eight, "Солидарность-2019-2021"},
		{"Friendship Border-2022", civil(2022, 9, 1), civil(2022, 10, 15), eight, ""},
		{"Solidarity-2023", civil(2023, 8, 15), civil(2023, 10, 31), nine, "Солидарность-2023"},
		{"Solidarity-2024", civil(2024, 9, 1), civil(2024, 10, 31), ten, "Солидарность-2024"},
		{"Solidarity-2025", civil(2025, 9, 1), civil(2025, 9, 30), ten, "Солидарность-2025"},
	}
}

// area is one border area (a region, or a checkpoint reported apart) of a
// reporting state, named in the state's working language, with the
// section of the SCO border it lies on and its weight in the figures.
type area struct {
	name    string
	section string
	w       float64
	since   int // first year it is reported apart (0: always)
}

const (
	ext = "external"
	inn = "internal"
)

// stateAreas lists a member state's border areas: real regions (and a few
// real checkpoints), on the external border of the SCO (with non-members)
// or on an internal one (between members).
func stateAreas(code string) []area {
	switch code {
	case "CN":
		return []area{
			{"Xinjiang: Altay Prefecture", inn, 1.0, 0},
			{"Xinjiang: Altay Prefecture", ext, 0.5, 0},
			{"Xinjiang: Tacheng Prefecture", inn, 0.9, 0},
			{"Xinjiang: Bortala Mongol Autonomous Prefecture (Alashankou)", inn, 1.2, 0},
			{"Xinjiang: Ili Kazakh Autonomous Prefecture (Khorgos)", inn, 1.5, 0},
			{"Xinjiang: Aksu Prefecture", inn, 0.6, 0},
			{"Xinjiang: Kizilsu Kyrgyz Autonomous Prefecture", inn, 1.0, 0},
			{"Xinjiang: Kashgar Prefecture", inn, 1.1, 0},
			{"Xinjiang: Kashgar Prefecture", ext, 0.8, 0},
			{"Heilongjiang Province", inn, 1.3, 0},
			{"Inner Mongolia Autonomous Region", inn, 0.9, 0},
			{"Inner Mongolia Autonomous Region", ext, 1.0, 0},
			{"Jilin Province", inn, 0.4, 2025},
			{"Tibet Autonomous Region", ext, 0.5, 0},
		}
	case "KZ":
		return []area{
			{"Атырауская область", inn, 0.6, 0},
			{"Атырауская область (Каспийское море)", ext, 0.4, 2025},
			{"Западно-Казахстанская область", inn, 0.9, 0},
			{"Актюбинская область", inn, 0.8, 0},
			{"Костанайская область", inn, 1.1, 0},
			{"Северо-Казахстанская область", inn, 0.9, 0},
			{"Павлодарская область", inn, 0.8, 0},
			{"Восточно-Казахстанская область", inn, 0.9, 0},
			{"Абайская область", inn, 0.6, 0},
			{"Жетысуская область", inn, 1.0, 0},
			{"Алматинская область", inn, 1.2, 0},
			{"Жамбылская область", inn, 1.0, 0},
			{"Туркестанская область", inn, 1.5, 0},
			{"Кызылординская область", inn, 0.5, 0},
			{"Мангистауская область", ext, 0.8, 0},
		}
	case "KG":
		return []area{
			{"Баткенская область", inn, 1.3, 0},
			{"Ошская область", inn, 1.4, 0},
			{"Джалал-Абадская область", inn, 1.0, 0},
			{"Чуйская область", inn, 1.3, 0},
			{"Таласская область", inn, 0.6, 0},
			{"Нарынская область", inn, 0.7, 0},
			{"Иссык-Кульская область", inn, 0.5, 0},
			{"пункт пропуска «Торугарт» (Нарынская область)", inn, 0.4, 0},
			{"пункт пропуска «Иркештам» (Ошская область)", inn, 0.4, 0},
			{"пункт пропуска «Ак-Жол» (Чуйская область)", inn, 0.6, 0},
			{"пункт пропуска «Достук» (Ошская область)", inn, 0.5, 2025},
		}
	case "RU":
		return []area{
			{"Астраханская область", inn, 0.9, 0},
			{"Оренбургская область", inn, 1.3, 0},
			{"Челябинская область", inn, 1.0, 0},
			{"Курганская область", inn, 0.6, 0},
			{"Тюменская область", inn, 0.5, 0},
			{"Омская область", inn, 0.9, 0},
			{"Алтайский край", inn, 0.8, 0},
			{"Смоленская область", inn, 0.5, 2025},
			{"Приморский край", inn, 1.2, 0},
			{"Хабаровский край", inn, 0.9, 0},
			{"Амурская область", inn, 1.0, 0},
			{"Забайкальский край", inn, 0.8, 0},
			{"Забайкальский край", ext, 0.7, 0},
			{"Республика Бурятия", ext, 0.5, 0},
			{"Республика Тыва", ext, 0.5, 0},
			{"Республика Дагестан", ext, 1.0, 0},
		}
	case "TJ":
		return []area{
			{"Горно-Бадахшанская автономная область", ext, 1.4, 0},
			{"Горно-Бадахшанская автономная область", inn, 0.4, 0},
			{"Хатлонская область", ext, 1.8, 0},
			{"Хатлонская область", inn, 0.6, 0},
			{"Согдийская область", inn, 1.3, 0},
			{"районы республиканского подчинения", inn, 0.8, 0},
			{"пункт пропуска «Нижний Пяндж» (Хатлонская область)", ext, 0.7, 0},
			{"пункт пропуска «Ишкашим» (Горно-Бадахшанская автономная область)", ext, 0.3, 2025},
			{"пункт пропуска «Кульма» (Горно-Бадахшанская автономная область)", inn, 0.2, 0},
		}
	case "UZ":
		return []area{
			{"Surxondaryo Region", ext, 1.6, 0},
			{"Surxondaryo Region", inn, 0.7, 0},
			{"Termez checkpoint (Friendship Bridge)", ext, 0.6, 0},
			{"Republic of Karakalpakstan", ext, 0.8, 0},
			{"Republic of Karakalpakstan", inn, 0.6, 0},
			{"Khorezm Region", ext, 0.6, 0},
			{"Bukhara Region", ext, 0.6, 0},
			{"Qashqadaryo Region", ext, 0.5, 0},
			{"Navoiy Region", inn, 0.4, 0},
			{"Jizzakh Region", inn, 0.6, 0},
			{"Tashkent Region", inn, 1.3, 0},
			{"Namangan Region", inn, 0.8, 0},
			{"Andijan Region", inn, 0.9, 0},
			{"Fergana Region", inn, 1.0, 0},
		}
	case "IN":
		return []area{
			{"Punjab", inn, 1.4, 0},
			{"Rajasthan", inn, 1.0, 0},
			{"Gujarat", inn, 0.7, 0},
			{"Jammu and Kashmir", inn, 1.3, 0},
			{"Ladakh", inn, 0.4, 0},
			{"Himachal Pradesh", inn, 0.3, 0},
			{"Uttarakhand", inn, 0.3, 0},
			{"Uttarakhand", ext, 0.5, 0},
			{"Sikkim", inn, 0.3, 0},
			{"Arunachal Pradesh", inn, 0.4, 0},
			{"West Bengal", ext, 1.6, 0},
			{"Assam", ext, 0.9, 0},
			{"Manipur", ext, 0.8, 2025},
		}
	case "PK":
		return []area{
			{"Punjab", inn, 1.0, 0},
			{"Sindh", inn, 0.7, 0},
			{"Khyber Pakhtunkhwa", ext, 1.7, 0},
			{"Balochistan", ext, 1.5, 0},
			{"Balochistan", inn, 0.9, 0},
			{"Gilgit-Baltistan", inn, 0.3, 0},
			{"Azad Jammu and Kashmir", inn, 0.6, 0},
			{"Torkham border crossing (Khyber Pakhtunkhwa)", ext, 0.9, 0},
			{"Chaman border crossing (Balochistan)", ext, 0.8, 0},
			{"Taftan border crossing (Balochistan)", inn, 0.6, 0},
			{"Khunjerab Pass (Gilgit-Baltistan)", inn, 0.2, 0},
			{"Wagah border crossing (Punjab)", inn, 0.3, 2025},
		}
	case "IR":
		return []area{
			{"Sistan and Baluchestan Province", inn, 1.4, 0},
			{"Sistan and Baluchestan Province", ext, 1.3, 0},
			{"Razavi Khorasan Province", ext, 1.5, 0},
			{"South Khorasan Province", ext, 0.8, 0},
			{"North Khorasan Province", ext, 0.4, 0},
			{"Golestan Province", ext, 0.4, 0},
			{"Ardabil Province", ext, 0.5, 0},
			{"East Azerbaijan Province", ext, 0.6, 0},
			{"West Azerbaijan Province", ext, 1.1, 0},
			{"Kurdistan Province", ext, 0.7, 0},
			{"Kermanshah Province", ext, 0.8, 0},
			{"Ilam Province", ext, 0.4, 0},
			{"Khuzestan Province", ext, 0.7, 0},
			{"Mirjaveh border crossing (Sistan and Baluchestan)", inn, 0.5, 0},
			{"Dogharoun border crossing (Razavi Khorasan)", ext, 0.6, 2025},
		}
	case "BY":
		return []area{
			{"Брестская область", ext, 1.3, 0},
			{"Гродненская область", ext, 1.2, 0},
			{"Витебская область", ext, 0.8, 0},
			{"Витебская область", inn, 0.4, 0},
			{"Гомельская область", ext, 1.0, 0},
			{"Гомельская область", inn, 0.5, 0},
			{"Могилёвская область", inn, 0.4, 2025},
			{"пункт пропуска «Брест»", ext, 0.5, 2025},
			{"пункт пропуска «Брузги» (Гродненская область)", ext, 0.4, 2025},
			{"пункт пропуска «Бенякони» (Гродненская область)", ext, 0.4, 2025},
		}
	}
	return nil
}

// ruStates report in Russian; their decimals are weighed to 10 g.
func ruState(code string) bool {
	switch code {
	case "RU", "KZ", "KG", "TJ", "BY":
		return true
	}
	return false
}

// plannedTotals are the illustrative totals of one year's operation, per
// indicator, in storage units (persons, units, rounds, cases; thousandths
// of a kg for drugs and explosives). 2023 is calibrated on the published
// results of Solidarity-2023: more than 12,000 lawbreakers and 9,600
// immigration violators, 75 firearms, 13,800 rounds, more than 1,000
// knives, 8.8 t of drugs.
func plannedTotals(year int) map[string]int64 {
	t := map[int][9]int64{
		2017: {6240, 4910, 212, 2_950_500, 41, 5870, 18_400, 430, 610},
		2018: {7830, 6120, 265, 4_120_750, 52, 7340, 22_900, 560, 780},
		2019: {9410, 7350, 301, 5_480_200, 58, 9120, 26_500, 690, 905},
		2020: {5120, 3980, 174, 3_960_400, 37, 5410, 12_300, 410, 560},
		2021: {8760, 6840, 288, 6_310_800, 61, 10230, 19_800, 720, 870},
		2022: {10950, 8470, 334, 7_420_600, 68, 11960, 24_100, 860, 1020},
		2023: {12146, 9642, 371, 8_812_350, 75, 13800, 27_600, 1038, 1190},
		2024: {13380, 10450, 402, 9_230_400, 81, 14950, 30_200, 1120, 1265},
		2025: {12870, 10960, 389, 9_815_600, 78, 14200, 28_700, 1175, 1310},
	}[year]
	keys := []string{"violators", "migrants", "wanted", "drugs", "firearms", "ammunition", "explosives", "bladed", "cases"}
	out := make(map[string]int64, len(keys))
	for i, k := range keys {
		out[k] = t[i]
	}
	return out
}

// stateWeight is a state's share of the activity, with per-indicator
// factors (drugs on the Afghan routes, firearms and explosives on the
// western borders of Pakistan and Iran, migrants into Russia and
// Kazakhstan).
func stateWeight(state, ind string) float64 {
	base := map[string]float64{"CN": 1.6, "KZ": 1.5, "KG": 0.7, "RU": 2.0, "TJ": 0.9, "UZ": 1.0, "IN": 1.3, "PK": 1.1, "IR": 1.2, "BY": 0.6}[state]
	if base == 0 {
		base = 1
	}
	f := map[string]map[string]float64{
		"drugs":      {"TJ": 2.5, "IR": 3, "PK": 2, "KG": 1.3, "CN": 0.8, "BY": 0.3, "IN": 0.7},
		"firearms":   {"PK": 2.5, "IR": 2, "TJ": 1.5, "IN": 1.2, "BY": 0.5},
		"ammunition": {"PK": 2.5, "IR": 2, "TJ": 1.5, "IN": 1.2, "BY": 0.5},
		"explosives": {"PK": 3, "IR": 2, "IN": 1.5, "TJ": 1.2, "BY": 0.2, "KG": 0.3},
		"migrants":   {"RU": 1.6, "KZ": 1.3, "IN": 1.2, "IR": 1.3},
		"bladed":     {"CN": 1.3, "KZ": 1.2},
	}[ind][state]
	if f == 0 {
		f = 1
	}
	return base * f
}

func sectionWeight(section, ind string) float64 {
	if section == ext {
		switch ind {
		case "drugs", "explosives":
			return 1.4
		case "firearms", "ammunition":
			return 1.5
		}
		return 1
	}
	switch ind {
	case "migrants":
		return 1.3
	case "violators":
		return 1.1
	}
	return 1
}

// uniform draws from [lo, hi). The conversion keeps the compiler from
// fusing the multiply and add, so the result is the same on every
// architecture.
func uniform(rng *rand.Rand, lo, hi float64) float64 {
	return lo + float64((hi-lo)*rng.Float64())
}

// notReported says which figures a state leaves empty.
func notReported(year int, state, areaName, ind string) bool {
	switch {
	case year == 2018 && state == "UZ" && ind == "bladed",
		year == 2020 && state == "TJ" && ind == "cases",
		year == 2022 && state == "IN" && ind == "explosives",
		year == 2023 && state == "PK" && ind == "explosives",
		year >= 2024 && state == "IN" && ind == "explosives",
		year == 2024 && state == "BY" && ind == "cases",
		year == 2025 && state == "PK" && ind == "wanted" &&
			(areaName == "Taftan border crossing (Balochistan)" || areaName == "Wagah border crossing (Punjab)"),
		year == 2025 && state == "KG" && ind == "drugs" && areaName == "пункт пропуска «Достук» (Ошская область)":
		return true
	}
	return false
}

// fixedFigure gives the figures that are not drawn: the published
// Solidarity-2024 result of the Russian sector with Kazakhstan (14
// state-border violators in the Kurgan and Tyumen regions), and sections
// with nothing seized (reported zeros).
func fixedFigure(year int, state, areaName, ind string) (int64, bool) {
	switch {
	case year == 2024 && state == "RU" && ind == "violators" && areaName == "Курганская область":
		return 9, true
	case year == 2024 && state == "RU" && ind == "violators" && areaName == "Тюменская область":
		return 5, true
	case year == 2024 && state == "BY" && ind == "firearms",
		year == 2025 && state == "KG" && ind == "explosives":
		return 0, true
	}
	return 0, false
}

// granularity is the step of a figure in storage units: whole units for
// integers; for drugs grams (10 g in the Russian-speaking services'
// reports); for explosives 100 g.
func granularity(ind config.Indicator, state string) int64 {
	switch {
	case !ind.Decimal():
		return 1
	case ind.Key == "explosives":
		return 100
	case ruState(state):
		return 10
	}
	return 1
}

// borderSlot is one row of an operation before its figures are drawn.
type borderSlot struct {
	state   string
	area    string // "" in the consolidated sheets
	section string
	w       float64
}

// borderRecords builds the rows of one operation (one stage) with figures
// drawn to the planned totals. detailed selects one row per area (the
// per-state workbooks of 2024–2025); otherwise one row per state and
// section (the consolidated sheets of 2017–2023).
func borderRecords(op borderOp, cfg *config.Config, detailed bool) []*record {
	year := op.start.Year()
	rng := rand.New(rand.NewPCG(seedBorder, uint64(year)))
	var slots []borderSlot
	for _, st := range op.states {
		areas := stateAreas(st)
		if detailed {
			for _, a := range areas {
				if a.since <= year {
					slots = append(slots, borderSlot{st, a.name, a.section, a.w * uniform(rng, 0.6, 1.4)})
				}
			}
			continue
		}
		for _, sec := range []string{ext, inn} {
			var w float64
			for _, a := range areas {
				if a.section == sec && a.since <= year {
					w += a.w
				}
			}
			if w > 0 {
				slots = append(slots, borderSlot{st, "", sec, w * uniform(rng, 0.7, 1.3)})
			}
		}
	}
	recs := make([]*record, len(slots))
	for i, s := range slots {
		recs[i] = &record{ds: schema.Border, year: year, vals: map[string]val{
			"operation": text(op.name), "state": text(s.state),
			"start": dateVal(op.start), "end": dateVal(op.end),
			"section": text(s.section), "area": text(s.area),
		}}
	}
	planned := plannedTotals(year)
	for _, ind := range cfg.Indicators {
		total, ok := planned[ind.Key]
		if !ok {
			total = 100 * int64(year-2015)
			if ind.Decimal() {
				total *= 500
			}
		}
		var idx []int
		var w []float64
		var gran []int64
		for i, s := range slots {
			if notReported(year, s.state, s.area, ind.Key) {
				continue
			}
			if v, ok := fixedFigure(year, s.state, s.area, ind.Key); ok {
				recs[i].vals[ind.Key] = num(v)
				total -= v
				continue
			}
			idx = append(idx, i)
			w = append(w, s.w*stateWeight(s.state, ind.Key)*sectionWeight(s.section, ind.Key)*uniform(rng, 0.7, 1.3))
			gran = append(gran, granularity(ind, s.state))
		}
		for j, v := range allocateSteps(max(total, 0), w, gran) {
			recs[idx[j]].vals[ind.Key] = num(v)
		}
	}
	return recs
}

// allocateSteps splits total among weights, each share a multiple of its
// step, the shares summing to total (when total is a multiple of the
// largest step, which divides by every other). Groups of equal steps get
// their share first, in the largest step; then each group splits its
// share in its own step.
func allocateSteps(total int64, w []float64, step []int64) []int64 {
	out := make([]int64, len(w))
	if len(w) == 0 {
		return out
	}
	big := int64(1)
	for _, s := range step {
		big = max(big, s)
	}
	var steps []int64
	gw := map[int64]float64{}
	for i, s := range step {
		if _, ok := gw[s]; !ok {
			steps = append(steps, s)
		}
		gw[s] += w[i]
	}
	sort.Slice(steps, func(i, j int) bool { return steps[i] > steps[j] })
	groupW := make([]float64, len(steps))
	for i, s := range steps {
		groupW[i] = gw[s]
	}
	shares := allocate(total/big, groupW)
	for gi, s := range steps {
		share := shares[gi] * big
		if gi == len(steps)-1 {
			share += total % big // the finest group takes what the coarse step cannot
		}
		var idx []int
		var ww []float64
		for i := range w {
			if step[i] == s {
				idx = append(idx, i)
				ww = append(ww, w[i])
			}
		}
		parts := allocate(share/s, ww)
		for j, p := range parts {
			out[idx[j]] = p * s
		}
		if r := share % s; r != 0 {
			out[idx[0]] += r
		}
	}
	return out
}

// allocate splits n units in proportion to w by the largest remainder
// (ties to the earlier index).
func allocate(n int64, w []float64) []int64 {
	out := make([]int64, len(w))
	var sum float64
	for _, x := range w {
		sum += x
	}
	if n <= 0 || sum <= 0 {
		return out
	}
	type frac struct {
		i int
		f float64
	}
	fr := make([]frac, len(w))
	var used int64
	for i, x := range w {
		q := float64(n) * x / sum
		fl := math.Floor(q)
		out[i] = int64(fl)
		used += out[i]
		fr[i] = frac{i, q - fl}
	}
	sort.SliceStable(fr, func(a, b int) bool { return fr[a].f > fr[b].f })
	for k := int64(0); k < n-used; k++ {
		out[fr[int(k)%len(fr)].i]++
	}
	return out
}

// stressRows generates n rows of one state's daily reports per checkpoint
// for op: checkpoints numbered 1, 2, ..., each reporting every day of the
// operation, until n rows.
func stressRows(op borderOp, state string, n int, cfg *config.Config, stateIndex int) iter.Seq[row] {
	return func(yield func(row) bool) {
		rng := rand.New(rand.NewPCG(seedStress, uint64(stateIndex)))
		days := int(op.end.Sub(op.start).Hours()/24) + 1
		checkpoints := (n + days - 1) / days
		width := max(3, len(fmt.Sprint(checkpoints)))
		label := "Checkpoint"
		if ruState(state) {
			label = "Пункт пропуска"
		}
		year := op.start.Year()
		for i := 0; i < n; i++ {
			cp, d := i/days+1, i%days
			section := ext
			if cp%2 == 0 || state == "KG" {
				section = inn
			}
			date := op.start.AddDate(0, 0, d)
			name := fmt.Sprintf("%s %0*d", label, width, cp)
			v := map[string]val{
				"operation": text(op.writtenBy(state)), "state": text(state),
				"start": dateVal(date), "end": dateVal(date),
				"section": text(section), "area": text(name),
			}
			for _, ind := range cfg.Indicators {
				if notReported(year, state, "", ind.Key) {
					continue
				}
				v[ind.Key] = num(stressFigure(rng, ind, state))
			}
			if !yield(row{rec: &record{ds: schema.Border, year: year, vals: v, fresh: true}}) {
				return
			}
		}
	}
}

// stressFigure draws one day's figure at one checkpoint: mostly small
// numbers and zeros.
func stressFigure(rng *rand.Rand, ind config.Indicator, state string) int64 {
	switch ind.Key {
	case "violators":
		return rng.Int64N(6)
	case "migrants":
		return rng.Int64N(5)
	case "wanted", "firearms":
		if rng.IntN(12) == 0 {
			return 1
		}
		return 0
	case "ammunition":
		if rng.IntN(15) == 0 {
			return 1 + rng.Int64N(30)
		}
		return 0
	case "bladed", "cases":
		return rng.Int64N(3)
	case "explosives":
		if rng.IntN(40) == 0 {
			return (1 + rng.Int64N(20)) * granularity(ind, state)
		}
		return 0
	}
	if ind.Decimal() {
		if rng.IntN(4) != 0 {
			return 0
		}
		g := granularity(ind, state)
		return (1 + rng.Int64N(2500/g)) * g
	}
	return rng.Int64N(4)
}
