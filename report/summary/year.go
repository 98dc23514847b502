package summary

import (
	"slices"
	"sort"

	"ratsreport/report/config"
	"ratsreport/report/model"
)

// This file summarises the three datasets of the whole year besides the
// first four: the Internet (online reports), training and meetings.

// Online summarises the states' reports on countering the use of the
// Internet for terrorist purposes.
type Online struct {
	Records   []model.OnlineReport // the year's, by period and state
	ByState   []StateTotals        // per reporting state, this year and last (Values per online indicator)
	Total     []Amount             // per online indicator, this year
	PrevTotal []Amount             // per online indicator, last year
	PerYear   [][]YearCount        // per online indicator, totals per year
	// Indicators is every online indicator as a figure with its change
	// ("online.<key>").
	Indicators []Figure
	Missing    int   // figures left empty this year, over every indicator
	Ever       int   // records in any year
	Years      []int // the years with a record, in order
}

// Reporting returns the states that reported this year, in ByState order.
func (o *Online) Reporting() []StateTotals { return reporting(o.ByState) }

// Training summarises the training of the competent authorities'
// personnel.
type Training struct {
	Year         []model.Training // the year's, by start date
	Participants Amount           // trainees
	Hours        Amount           // hours of training (sum of the courses' hours)
	States       []string         // distinct participating states, sorted
	// ByHost is trainees per host state this year, in state order (the
	// records give participants per course, not per sending state).
	ByHost  []StateAmount
	PerYear []YearCount // trainees per year
	Courses []YearCount // courses per year
	Ever    int         // records in any year
	Years   []int       // the years with a record, in order
}

// StateAmount is one state's amount.
type StateAmount struct {
	Code  string
	Value Amount
}

// Meetings summarises the meetings of the RATS Council and the SCO
// bodies the Executive Committee took part in.
type Meetings struct {
	Year      []model.Meeting // the year's, by date
	Council   int             // meetings of the RATS Council
	Decisions Amount
	PerYear   []YearCount // meetings per year
	Ever      int         // records in any year
	Years     []int       // the years with a record, in order
}

// buildOnline fills Online and returns the first year of its series.
func (s *Summary) buildOnline(cfg *config.Config, d *model.Data, year int) (first int) {
	o := &s.Online
	o.Ever = len(d.Online)
	o.Years = yearsOf(len(d.Online), func(i int) int { return d.Online[i].Year() })
	t := newTally(len(cfg.OnlineIndicators), year)
	for _, r := range d.Online {
		if t.add(r.Year(), r.State, r.Values) != nil {
			o.Records = append(o.Records, r)
		}
	}
	o.Total, o.PrevTotal = t.total, t.prevTotal
	o.ByState = t.states(cfg)
	o.Missing = t.missing()
	o.PerYear = t.series()
	return t.first
}

func (s *Summary) buildTraining(cfg *config.Config, d *model.Data, year int) (first int) {
	t := &s.Training
	t.Ever = len(d.Training)
	t.Years = yearsOf(len(d.Training), func(i int) int { return d.Training[i].Year() })
	states := map[string]bool{}
	hosts := map[string]*Amount{}
	first = year
	for _, x := range d.Training {
		first = earlier(first, x.Year())
		if x.Year() != year {
			continue
		}
		t.Year = append(t.Year, x)
		t.Participants.AddInt(x.Participants)
		t.Hours.AddInt(x.Hours)
		for _, st := range x.States {
			states[st] = true
		}
		if hosts[x.Host] == nil {
			hosts[x.Host] = &Amount{}
		}
		hosts[x.Host].AddInt(x.Participants)
	}
	t.States = sortedKeys(states)
	order := cfg.StateOrder()
	keys := sortedMapKeys(hosts)
	sort.SliceStable(keys, func(i, j int) bool { return config.StateLess(order, keys[i], keys[j]) })
	for _, k := range keys {
		t.ByHost = append(t.ByHost, StateAmount{Code: k, Value: *hosts[k]})
	}
	t.PerYear = series(first, year, func(y int) Amount {
		var a Amount
		for i := range d.Training {
			if d.Training[i].Year() == y {
				a.AddInt(d.Training[i].Participants)
			}
		}
		return a
	})
	t.Courses = series(first, year, func(y int) Amount {
		n := 0
		for i := range d.Training {
			if d.Training[i].Year() == y {
				n++
			}
		}
		return Count(n)
	})
	return first
}

func (s *Summary) buildMeetings(d *model.Data, year int) (first int) {
	m := &s.Meetings
	m.Ever = len(d.Meetings)
	m.Years = yearsOf(len(d.Meetings), func(i int) int { return d.Meetings[i].Year() })
	first = year
	for _, x := range d.Meetings {
		first = earlier(first, x.Year())
		if x.Year() != year {
			continue
		}
		m.Year = append(m.Year, x)
		if x.Body == CouncilBody {
			m.Council++
		}
		m.Decisions.AddInt(x.Decisions)
	}
	m.PerYear = series(first, year, func(y int) Amount {
		n := 0
		for i := range d.Meetings {
			if d.Meetings[i].Year() == y {
				n++
			}
		}
		return Count(n)
	})
	return first
}

// CouncilBody is the Body key of the RATS Council's meetings, which the
// key figure "meetings.council" counts.
const CouncilBody = "rats council"

// yearKey appends the key figures of the three datasets, each only when
// its dataset has a record in some year.
func (s *Summary) yearKey(cfg *config.Config, prev *Summary) {
	add := func(key, area string, cur, old Amount) {
		s.Key = append(s.Key, Figure{Key: key, Area: area, Value: cur, Prev: old, Change: ChangeOf(cur, old)})
	}
	for i, ind := range cfg.OnlineIndicators {
		f := Figure{Key: "online." + ind.Key, Area: "online", Decimal: ind.Decimal(), Indicator: ind.Key, Value: s.Online.Total[i], Prev: prev.Online.Total[i]}
		f.Change = ChangeOf(f.Value, f.Prev)
		s.Online.Indicators = append(s.Online.Indicators, f)
	}
	if s.Online.Ever > 0 {
		add("online.states", "online", Count(len(s.Online.Reporting())), Count(len(prev.Online.Reporting())))
		for i, ind := range cfg.OnlineIndicators {
			if ind.Main {
				s.Key = append(s.Key, s.Online.Indicators[i])
			}
		}
	}
	if s.Training.Ever > 0 {
		add("training.courses", "training", Count(len(s.Training.Year)), Count(len(prev.Training.Year)))
		add("training.participants", "training", s.Training.Participants, prev.Training.Participants)
		add("training.states", "training", Count(len(s.Training.States)), Count(len(prev.Training.States)))
	}
	if s.Meetings.Ever > 0 {
		add("meetings.count", "meetings", Count(len(s.Meetings.Year)), Count(len(prev.Meetings.Year)))
		add("meetings.council", "meetings", Count(s.Meetings.Council), Count(prev.Meetings.Council))
		add("meetings.decisions", "meetings", s.Meetings.Decisions, prev.Meetings.Decisions)
	}
}

// countYear counts the states' part in the three datasets: online
// reports, courses taken part in, meetings hosted.
func (s *Summary) countYear(at func(code string) *StateYear) {
	for _, t := range s.Online.ByState {
		if t.Reports > 0 {
			at(t.Name).OnlineReports = t.Reports
		}
	}
	for _, x := range s.Training.Year {
		for i, c := range x.States {
			if !slices.Contains(x.States[:i], c) {
				at(c).Courses++
			}
		}
	}
	for _, x := range s.Meetings.Year {
		at(x.Country).Meetings++
	}
}

// onlineOf returns the state's online totals of the year (per online
// indicator), zero amounts when it did not report.
func (s *Summary) onlineOf(cfg *config.Config, code string) []Amount {
	out := make([]Amount, len(cfg.OnlineIndicators))
	for _, t := range s.Online.ByState {
		if t.Name == code {
			copy(out, t.Values)
		}
	}
	return out
}

// yearsOf returns the distinct years of n records, sorted (undated
// records, year 1 or 0, left out).
func yearsOf(n int, year func(i int) int) []int {
	seen := map[int]bool{}
	for i := range n {
		if y := year(i); y > 1 {
			seen[y] = true
		}
	}
	out := make([]int, 0, len(seen))
	for y := range seen {
		out = append(out, y)
	}
	sort.Ints(out)
	return out
}
