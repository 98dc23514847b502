package translate

import (
	"cmp"
	"slices"
	"strings"

	"ratsreport/report/schema"
	"ratsreport/report/summary"
)

// Use is a distinct free text an edition of the year prints: where it
// first appears in report order, and how many times it appears.
type Use struct {
	Text string
	// Section is the part of the report it first appears in, in report
	// order: a dataset, or "sources" for the footnotes of the list of
	// sources.
	Section string
	order   int
	// Column is the contract's column key it first appears in.
	Column string
	Count  int
}

// Where names the place of a use for translators: "conference: session".
func (u Use) Where() string {
	if u.Column == "" {
		return u.Section
	}
	return u.Section + ": " + u.Column
}

// Uses lists the free texts the editions of s's year print, in the PDF
// report or the workbook (the chronology of the annex included): the
// year's exercises, border reports, conference sessions (with their
// edition's city and theme), the agreements of the year's register, the
// year's training (course, city, topic, notes) and meetings (city,
// title, notes), and the footnotes below the sources' tables. The
// Internet's records have no free text; the front matter prints figures
// and config.toml's own texts, not the data's. One per text (by Key), sorted by where they first
// appear (report order, then the column's order in the contract), then
// by count, most frequent first, then by text.
//
// A dataset added to the report adds its free-text columns here (and its
// renderers print them through the Set).
func Uses(s *summary.Summary) []Use {
	u := uses{index: map[string]int{}, byText: map[string]int{}}
	for i := range s.Exercises.Year {
		e := &s.Exercises.Year[i]
		u.add(schema.Exercises, "location", e.Location)
		u.add(schema.Exercises, "scenario", e.Scenario)
		u.add(schema.Exercises, "notes", e.Notes)
	}
	for _, b := range s.Border.Records.Each() {
		u.add(schema.Border, "area", b.Area)
	}
	for _, x := range s.Conference.Sessions {
		u.add(schema.Conference, "city", x.City)
		u.add(schema.Conference, "session", x.Title)
		u.add(schema.Conference, "theme", x.Theme)
	}
	for _, a := range s.Agreements.Register {
		u.add(schema.Agreements, "title", a.Title)
		u.add(schema.Agreements, "place", a.Place)
		for _, area := range a.Areas {
			u.add(schema.Agreements, "areas", area)
		}
		u.add(schema.Agreements, "notes", a.Notes)
	}
	for i := range s.Training.Year {
		t := &s.Training.Year[i]
		u.add(schema.Training, "course", t.Course)
		u.add(schema.Training, "city", t.City)
		u.add(schema.Training, "topic", t.Topic)
		u.add(schema.Training, "notes", t.Notes)
	}
	for i := range s.Meetings.Year {
		m := &s.Meetings.Year[i]
		u.add(schema.Meetings, "city", m.City)
		u.add(schema.Meetings, "title", m.Title)
		u.add(schema.Meetings, "notes", m.Notes)
	}
	for _, src := range s.Sources {
		for _, sh := range src.Sheets {
			if sh.Dataset == "" {
				continue
			}
			for _, n := range sh.Footnotes {
				u.add("sources", "", n)
			}
		}
	}
	slices.SortStableFunc(u.list, func(a, b Use) int {
		return cmp.Or(cmp.Compare(a.order, b.order), cmp.Compare(b.Count, a.Count), strings.Compare(a.Text, b.Text))
	})
	return u.list
}

// uses gathers Use values.
type uses struct {
	list  []Use
	index map[string]int // Key(text) → index in list
	// byText is index by the text as written: border areas repeat row
	// after row, a million times, and Key is not free.
	byText map[string]int
}

func (u *uses) add(ds schema.Dataset, column, text string) {
	if text == "" {
		return
	}
	if i, ok := u.byText[text]; ok {
		u.list[i].Count++
		return
	}
	k := Key(text)
	i, ok := u.index[k]
	if !ok {
		i = len(u.list)
		u.index[k] = i
		u.list = append(u.list, Use{Text: text, Section: string(ds), Column: column, order: placeOrder(ds, column)})
	}
	u.byText[text] = i
	u.list[i].Count++
}

// placeOrder ranks a dataset's column in report order: datasets in
// schema.Datasets order, columns in the contract's order, the sources
// last.
func placeOrder(ds schema.Dataset, column string) int {
	for i, d := range schema.Datasets {
		if d != ds {
			continue
		}
		for j, c := range schema.SheetFor(d).Columns {
			if c.Key == column {
				return i*100 + j
			}
		}
		return i*100 + 99
	}
	return len(schema.Datasets) * 100
}

// Missing returns the uses an edition in lang would print untranslated
// (Set.Untranslated), in order.
func (s *Set) Missing(us []Use, lang string) []Use {
	var out []Use
	for _, u := range us {
		if s.Untranslated(u.Text, lang) {
			out = append(out, u)
		}
	}
	return out
}
