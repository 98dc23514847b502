package schema

// ByState reports whether a dataset's records are sent by the member
// states, each reporting for itself: its sheet has a Reporting state
// column (key "state"), as the border results have. The other datasets
// (exercises, conference, agreements) are the Executive Committee's own
// records, compiled from its files whoever hosted or took part, and are
// covered by the files that supply them, not by states.
func ByState(d Dataset) bool {
	s := SheetFor(d)
	return s != nil && s.Column("state") != nil
}
