package model

import "time"

// OnlineReport is one state's figures on countering the use of the
// Internet for terrorist purposes over one period (a year, as a rule).
type OnlineReport struct {
	State      string // alpha-2 of the reporting state
	Start, End time.Time
	Values     Figures // one per config online indicator, in config order
	Provenance
}

// Year is the year the period began.
func (o *OnlineReport) Year() int { return o.Start.Year() }

// Training is one course, seminar, workshop or internship for the
// competent authorities' personnel.
type Training struct {
	Course     string
	Format     string // schema.TrainingFormat key
	Start, End time.Time
	Host       string // alpha-2
	City       string
	// Organiser is the organising organisation (a registry entry), or
	// the zero Name when a state organised it (OrganiserState).
	Organiser      Name
	OrganiserState string // alpha-2, or ""
	Topic          string
	Participants   Int
	States         []string // alpha-2, sorted
	Hours          Int
	Notes          string
	Provenance
}

// Year is the year the training began.
func (t *Training) Year() int { return t.Start.Year() }

// Meeting is one meeting of the RATS Council or of an SCO body the
// Executive Committee took part in.
type Meeting struct {
	Body      string // schema.Body key
	Number    Int    // the meeting's ordinal, when it has one
	Date      time.Time
	City      string
	Country   string // alpha-2
	Chair     string // alpha-2 of the chairing state, or ""
	Decisions Int
	Title     string
	Notes     string
	Provenance
}

// Year is the year of the meeting.
func (m *Meeting) Year() int { return m.Date.Year() }
