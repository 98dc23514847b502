package ingest

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/schema"
)

// This file reads the three datasets of the whole year besides the first
// four: the Internet (online reports, with configured indicators as the
// border reports have), training and meetings.

// inds returns the indicators of the sheet's dataset (none for a dataset
// without indicator columns).
func (s *sheetReader) inds() []config.Indicator { return s.r.cfg.IndicatorsOf(string(s.dataset)) }

// yearRecord parses a row of the Online, Training or Meetings sheet.
func (c *rowCtx) yearRecord(prov model.Provenance) record {
	s := c.s
	switch s.dataset {
	case schema.Online:
		o := &model.OnlineReport{State: c.country("state"), Start: c.date("start"), End: c.date("end"), Provenance: prov}
		c.order("start", o.Start, "end", o.End)
		inds := s.inds()
		o.Values = s.figures.New(len(inds))
		for i, ind := range inds {
			o.Values.Set(i, c.indicator(s.indCol[i], i, ind.Decimal()))
		}
		return o
	case schema.Training:
		t := &model.Training{
			Course: c.text("course"), Format: c.enum("format"), Start: c.date("start"), End: c.date("end"),
			Host: c.country("host"), City: c.text("city"), Topic: c.text("topic"),
			Participants: c.integer("participants"), States: c.countries("states"), Hours: c.integer("hours"),
			Notes: c.text("notes"), Provenance: prov,
		}
		t.Organiser, t.OrganiserState = c.organiser("organiser")
		c.order("start", t.Start, "end", t.End)
		return t
	default: // schema.Meetings
		num := c.integer("number")
		if num.Reported && (num.V < 1 || num.V > 1000) {
			c.errf(c.col("number"), msg.ReadMeetingNumber, c.header("number"), num.V)
		}
		return &model.Meeting{
			Body: c.enum("body"), Number: num, Date: c.date("date"), City: c.text("city"), Country: c.country("country"),
			Chair: c.country("chair"), Decisions: c.integer("decisions"), Title: c.text("title"), Notes: c.text("notes"),
			Provenance: prov,
		}
	}
}

// organiser resolves an Organiser cell, which names a state or an
// organisation of the registry: a state goes to state (alpha-2), any
// other name to org (a warning when the registry does not know it).
func (c *rowCtx) organiser(key string) (org model.Name, state string) {
	s, _, ok := c.get(key)
	if !ok {
		return model.Name{}, ""
	}
	if a2, err := c.s.r.countries.Country(s); err == nil {
		return model.Name{}, a2
	}
	res := c.s.resolve(config.OrganisationTable, s)
	if !res.Name.Known() {
		if bare, qual, ok := qualified(s); ok {
			if a2, err := c.s.r.countries.Country(bare); err == nil {
				c.qualifierNote(c.col(key), c.header(key), s, qual)
				return model.Name{}, a2
			}
			if r2 := c.s.resolve(config.OrganisationTable, bare); r2.Name.Known() {
				c.qualifierNote(c.col(key), c.header(key), s, qual)
				r2.Name.Text = res.Name.Text
				res = r2
			}
		}
	}
	c.warnName(c.col(key), c.header(key), config.OrganisationTable, res)
	return res.Name, ""
}

// OrganiserID is a training's organiser as the merger compares it: the
// state's alpha-2 or the organisation's identity.
func organiserID(t *model.Training) string {
	if t.OrganiserState != "" {
		return t.OrganiserState
	}
	return t.Organiser.ID()
}

// yearKinds sets the kinds of the three datasets.
func yearKinds(cfg *config.Config, ks *[numKinds]kind) {
	ks[kindOnline] = makeKind(
		func(m *merger, o *model.OnlineReport) string {
			return o.State + "\x00" + isoDay(o.Start) + "\x00" + isoDay(o.End)
		},
		func(o *model.OnlineReport) msg.Message {
			return msg.New(msg.ReadDescribeOnline, o.State, isoDay(o.Start), isoDay(o.End))
		},
		func(d *model.Data, o *model.OnlineReport) int32 { return appendTo(&d.Online, o) },
		func(d *model.Data, i int32) *model.OnlineReport { return &d.Online[i] },
		onlineFields(cfg))
	ks[kindTraining] = makeKind(
		func(m *merger, t *model.Training) string { return m.normalize(t.Course) + "\x00" + isoDay(t.Start) },
		func(t *model.Training) msg.Message {
			return msg.New(msg.ReadDescribeTraining, t.Course, isoDay(t.Start))
		},
		func(d *model.Data, t *model.Training) int32 { return appendTo(&d.Training, t) },
		func(d *model.Data, i int32) *model.Training { return &d.Training[i] },
		trainingFields())
	ks[kindMeetings] = makeKind(
		func(m *merger, x *model.Meeting) string { return x.Body + "\x00" + isoDay(x.Date) },
		func(x *model.Meeting) msg.Message {
			return msg.New(msg.ReadDescribeMeeting, enumLabel{schema.Body, x.Body}, isoDay(x.Date))
		},
		func(d *model.Data, x *model.Meeting) int32 { return appendTo(&d.Meetings, x) },
		func(d *model.Data, i int32) *model.Meeting { return &d.Meetings[i] },
		meetingFields())
}

func onlineFields(cfg *config.Config) []field {
	type O = model.OnlineReport
	var fs []field
	for i, ind := range cfg.OnlineIndicators {
		fs = append(fs, field{key: indicatorKey(i), label: colLabel{ind: ind.Header},
			get:  func(r record) string { return decText(r.(*O).Values.At(i)) },
			fill: func(d, s record) { d.(*O).Values.Set(i, s.(*O).Values.At(i)) }})
	}
	return fs
}

func trainingFields() []field {
	type T = model.Training
	return labelFields(schema.Training, []field{
		str[T]("format", func(t *T) *string { return &t.Format }),
		date[T]("end", func(t *T) *time.Time { return &t.End }),
		str[T]("host", func(t *T) *string { return &t.Host }),
		str[T]("city", func(t *T) *string { return &t.City }),
		{key: "organiser",
			get: func(r record) string { return organiserID(r.(*T)) },
			fill: func(d, s record) {
				d.(*T).Organiser, d.(*T).OrganiserState = s.(*T).Organiser, s.(*T).OrganiserState
			}},
		str[T]("topic", func(t *T) *string { return &t.Topic }),
		num[T]("participants", func(t *T) *model.Int { return &t.Participants }),
		list[T]("states", func(t *T) *[]string { return &t.States }),
		num[T]("hours", func(t *T) *model.Int { return &t.Hours }),
		str[T]("notes", func(t *T) *string { return &t.Notes }),
	})
}

func meetingFields() []field {
	type M = model.Meeting
	return labelFields(schema.Meetings, []field{
		num[M]("number", func(x *M) *model.Int { return &x.Number }),
		str[M]("city", func(x *M) *string { return &x.City }),
		str[M]("country", func(x *M) *string { return &x.Country }),
		str[M]("chair", func(x *M) *string { return &x.Chair }),
		num[M]("decisions", func(x *M) *model.Int { return &x.Decisions }),
		str[M]("title", func(x *M) *string { return &x.Title }),
		str[M]("notes", func(x *M) *string { return &x.Notes }),
	})
}

// sortYear sorts the three datasets' records by their natural order:
// dates first, then state, course or body.
func sortYear(data *model.Data) {
	slices.SortStableFunc(data.Online, func(a, b model.OnlineReport) int {
		return cmp.Or(a.Start.Compare(b.Start), a.End.Compare(b.End), strings.Compare(a.State, b.State))
	})
	slices.SortStableFunc(data.Training, func(a, b model.Training) int {
		return cmp.Or(a.Start.Compare(b.Start), strings.Compare(schema.Normalize(a.Course), schema.Normalize(b.Course)))
	})
	slices.SortStableFunc(data.Meetings, func(a, b model.Meeting) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(slices.Index(schema.Body.Keys(), a.Body), slices.Index(schema.Body.Keys(), b.Body)))
	})
}
