package ingest

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/schema"
)

// record is a parsed record of any dataset: a *model.Exercise,
// *model.BorderReport, *model.Session, *model.Agreement,
// *model.OnlineReport, *model.Training or *model.Meeting. Each embeds
// model.Provenance, whose Source method is how merging reaches its origin
// and copies; what differs between datasets is in their kind.
type record interface {
	Source() *model.Provenance
}

// kindID is a dataset as the merger knows it: the index of its kind in
// merger.kinds and of its name in kindDatasets.
type kindID int8

const (
	kindExercises kindID = iota
	kindBorder
	kindConference
	kindAgreements
	kindOnline
	kindTraining
	kindMeetings
	numKinds
)

// kindDatasets are the datasets the kinds stand for, in the order of
// schema.Sheets.
var kindDatasets = [numKinds]schema.Dataset{
	kindExercises:  schema.Exercises,
	kindBorder:     schema.Border,
	kindConference: schema.Conference,
	kindAgreements: schema.Agreements,
	kindOnline:     schema.Online,
	kindTraining:   schema.Training,
	kindMeetings:   schema.Meetings,
}

// kind is what merging does with one dataset's records: its natural key
// (the contract's identity of a record), how a record is named in
// messages, where records are stored in model.Data and found again, and
// the fields two copies are compared by.
type kind struct {
	key      func(m *merger, rec record) string
	describe func(rec record) msg.Message
	store    func(d *model.Data, rec record) int32 // appends; returns the index
	at       func(d *model.Data, i int32) record
	// put stores a record got from at and changed (merged into) back at
	// index i: only border reports need it (at gives a view of the
	// table); other records are changed in place.
	put    func(d *model.Data, i int32, rec record)
	fields []field
}

// makeKind makes a kind of functions over its own record type P, which
// a row's kindID guarantees its record to be: the conversion from record
// to P is made here (and, for the fields, in member).
func makeKind[P record](key func(m *merger, r P) string, describe func(r P) msg.Message,
	store func(d *model.Data, r P) int32, at func(d *model.Data, i int32) P, fields []field) kind {
	return kind{
		key:      func(m *merger, rec record) string { return key(m, rec.(P)) },
		describe: func(rec record) msg.Message { return describe(rec.(P)) },
		store:    func(d *model.Data, rec record) int32 { return store(d, rec.(P)) },
		at:       func(d *model.Data, i int32) record { return at(d, i) },
		put:      func(*model.Data, int32, record) {},
		fields:   fields,
	}
}

// appendTo stores a record by value at the end of list.
func appendTo[R any](list *[]R, r *R) int32 {
	*list = append(*list, *r)
	return int32(len(*list) - 1)
}

// writtenText is names as written, joined.
func writtenText(ns []model.Name) string {
	texts := make([]string, len(ns))
	for i, n := range ns {
		texts[i] = n.Text
	}
	return strings.Join(texts, "; ")
}

// isoDay formats a day as keys and messages show it.
func isoDay(t time.Time) string { return t.Format("2006-01-02") }

// newKinds returns the kinds of all datasets, the border reports' with
// the configuration's indicators.
func newKinds(cfg *config.Config) [numKinds]kind {
	var ks [numKinds]kind
	ks[kindExercises] = makeKind(
		func(m *merger, e *model.Exercise) string { return e.Name.ID() + "\x00" + isoDay(e.Start) },
		func(e *model.Exercise) msg.Message {
			return msg.New(msg.ReadDescribeExercise, e.Name.Text, isoDay(e.Start))
		},
		func(d *model.Data, e *model.Exercise) int32 { return appendTo(&d.Exercises, e) },
		func(d *model.Data, i int32) *model.Exercise { return &d.Exercises[i] },
		exerciseFields())
	// Border reports are copied into the table by column; a report merged
	// into is a view, put back.
	ks[kindBorder] = makeKind(
		func(m *merger, b *model.BorderReport) string {
			// The identity spelled out (Operation.ID() is the same text,
			// built apart): one string built per report, not two.
			return b.Operation.Key + "/" + b.Operation.Edition() + "\x00" + b.State + "\x00" + b.Section + "\x00" + m.normalize(b.Area) + "\x00" + strconv.Itoa(int(b.Start))
		},
		func(b *model.BorderReport) msg.Message {
			return msg.New(msg.ReadDescribeBorder, b.State, b.Operation.Text, enumLabel{schema.Section, b.Section}, b.Area, b.Start.String())
		},
		func(d *model.Data, b *model.BorderReport) int32 { return int32(d.Border.Append(b)) },
		func(d *model.Data, i int32) *model.BorderReport { return d.Border.At(int(i)) },
		borderFields(cfg))
	ks[kindBorder].put = func(d *model.Data, i int32, rec record) { d.Border.Set(int(i), rec.(*model.BorderReport)) }
	ks[kindConference] = makeKind(
		func(m *merger, s *model.Session) string {
			return fmt.Sprintf("%d\x00%s", s.Edition, m.normalize(s.Title))
		},
		func(s *model.Session) msg.Message {
			return msg.New(msg.ReadDescribeSession, s.Title, s.Edition)
		},
		func(d *model.Data, s *model.Session) int32 { return appendTo(&d.Sessions, s) },
		func(d *model.Data, i int32) *model.Session { return &d.Sessions[i] },
		sessionFields())
	ks[kindAgreements] = makeKind(
		func(m *merger, a *model.Agreement) string {
			tail := a.Status
			if !a.Signed.IsZero() {
				tail = isoDay(a.Signed)
			}
			return strings.Join([]string{idsText(a.Counterparties), a.Document, tail}, "\x00")
		},
		func(a *model.Agreement) msg.Message {
			return msg.New(msg.ReadDescribeAgreement, enumLabel{schema.Document, a.Document}, writtenText(a.Counterparties))
		},
		func(d *model.Data, a *model.Agreement) int32 { return appendTo(&d.Agreements, a) },
		func(d *model.Data, i int32) *model.Agreement { return &d.Agreements[i] },
		agreementFields())
	yearKinds(cfg, &ks)
	return ks
}

func exerciseFields() []field {
	type E = model.Exercise
	participants := list[E]("participants", func(e *E) *[]string { return &e.Participants })
	participants.union = true
	participants.fill = func(d, s record) {
		d.(*E).Participants = unite(d.(*E).Participants, s.(*E).Participants)
	}
	observerStates := list[E]("observers", func(e *E) *[]string { return &e.ObserverStates })
	observerStates.label = colLabel{col: schema.ExercisesSheet.Column("observers"), states: true}
	return labelFields(schema.Exercises, []field{
		str[E]("kind", func(e *E) *string { return &e.Kind }),
		date[E]("end", func(e *E) *time.Time { return &e.End }),
		str[E]("host", func(e *E) *string { return &e.Host }),
		str[E]("location", func(e *E) *string { return &e.Location }),
		participants,
		names[E]("observers", func(e *E) *[]model.Name { return &e.Observers }),
		observerStates,
		str[E]("scenario", func(e *E) *string { return &e.Scenario }),
		str[E]("threat", func(e *E) *string { return &e.Threat }),
		num[E]("personnel", func(e *E) *model.Int { return &e.Personnel }),
		num[E]("equipment", func(e *E) *model.Int { return &e.Equipment }),
		str[E]("notes", func(e *E) *string { return &e.Notes }),
	})
}

func borderFields(cfg *config.Config) []field {
	type B = model.BorderReport
	fs := labelFields(schema.Border, []field{
		calendarDay[B]("end", func(b *B) *model.Date { return &b.End }),
	})
	for i, ind := range cfg.Indicators {
		fs = append(fs, field{key: indicatorKey(i), label: colLabel{ind: ind.Header},
			get:  func(r record) string { return decText(r.(*B).Values.At(i)) },
			fill: func(d, s record) { d.(*B).Values.Set(i, s.(*B).Values.At(i)) }})
	}
	return fs
}

// indicatorKey is the key under which a sheet's column map (row.cols)
// holds the column of the i-th indicator of the configuration; it cannot
// be a contract column's key.
func indicatorKey(i int) string { return "indicator\x00" + strconv.Itoa(i) }

func sessionFields() []field {
	type S = model.Session
	return labelFields(schema.Conference, []field{
		date[S]("date", func(s *S) *time.Time { return &s.Date }),
		str[S]("city", func(s *S) *string { return &s.City }),
		str[S]("country", func(s *S) *string { return &s.Country }),
		str[S]("format", func(s *S) *string { return &s.Format }),
		str[S]("theme", func(s *S) *string { return &s.Theme }),
		num[S]("participants", func(s *S) *model.Int { return &s.Participants }),
		list[S]("states", func(s *S) *[]string { return &s.States }),
		names[S]("organisations", func(s *S) *[]model.Name { return &s.Organisations }),
		num[S]("papers", func(s *S) *model.Int { return &s.Papers }),
	})
}

func agreementFields() []field {
	type A = model.Agreement
	return labelFields(schema.Agreements, []field{
		str[A]("type", func(a *A) *string { return &a.CounterpartyType }),
		str[A]("title", func(a *A) *string { return &a.Title }),
		str[A]("status", func(a *A) *string { return &a.Status }),
		str[A]("place", func(a *A) *string { return &a.Place }),
		list[A]("areas", func(a *A) *[]string { return &a.Areas }),
		str[A]("notes", func(a *A) *string { return &a.Notes }),
	})
}
