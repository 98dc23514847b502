package ingest

import (
	"cmp"
	"fmt"
	"hash/maphash"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/model"
	"ratsreport/report/schema"
	"ratsreport/report/value"
)

// merger gathers the rows of all files, in file order, and merges the
// copies of a record: two rows with the same natural key (see the
// contract) are one record. Identical copies merge silently (counted in
// the audit); a figure given in one copy and left empty in the other is
// filled in, with a notice; participating states are united, with a
// notice; any other difference is an error naming both locations.
type merger struct {
	cfg              *config.Config
	data             *model.Data
	diags            diag.List
	mergedPerSheet   map[string]int // file\x00sheet → rows merged into an earlier record
	rejectedPerSheet map[string]int // file\x00sheet → rows rejected as conflicting
	seed             maphash.Seed
	// index holds, by a hash of the dataset and natural key, the first
	// record with that hash; more holds the others (distinct keys with the
	// same hash, compared in full). Eight bytes a record and no key
	// strings kept: a million records index in a few tens of megabytes.
	index map[uint64]ref
	more  map[uint64][]ref
	norms map[string]string // see normalize
}

// ref is where a merged record is: its dataset (the index in
// schema.Datasets) and its index in that dataset's slice of data.
type ref struct {
	ds int8
	i  int32
}

func newMerger(cfg *config.Config, data *model.Data) *merger {
	return &merger{cfg: cfg, data: data, mergedPerSheet: map[string]int{}, rejectedPerSheet: map[string]int{},
		index: map[uint64]ref{}, more: map[uint64][]ref{}, norms: map[string]string{}, seed: maphash.MakeSeed()}
}

// add merges a file's rows into data: a new record is stored as it is (a
// border report by its pointer, not copied), a copy is folded into the
// record read before.
func (m *merger) add(fr *fileResult) {
	for _, rw := range fr.rows {
		key := m.key(rw.dataset, rw.rec)
		h := maphash.String(m.seed, key)
		if first := m.find(h, key); first != nil {
			sheetKey := origin(rw.rec).File + "\x00" + origin(rw.rec).Sheet
			if m.merge(first, rw) {
				m.mergedPerSheet[sheetKey]++
			} else {
				m.rejectedPerSheet[sheetKey]++
			}
			continue
		}
		r := m.store(rw.rec)
		if _, taken := m.index[h]; taken {
			m.more[h] = append(m.more[h], r)
		} else {
			m.index[h] = r
		}
	}
}

// find returns the record stored under key (of hash h), or nil.
func (m *merger) find(h uint64, key string) any {
	r, ok := m.index[h]
	if !ok {
		return nil
	}
	for _, r := range append([]ref{r}, m.more[h]...) {
		if rec := m.record(r); m.key(schema.Datasets[r.ds], rec) == key {
			return rec
		}
	}
	return nil
}

// key is what records are merged by: the dataset and the natural key.
func (m *merger) key(ds schema.Dataset, rec any) string {
	return string(ds) + "\x00" + m.naturalKey(rec)
}

// store appends a new record to data and returns where it is.
func (m *merger) store(rec any) ref {
	d := m.data
	switch r := rec.(type) {
	case *model.Exercise:
		d.Exercises = append(d.Exercises, *r)
		return ref{0, int32(len(d.Exercises) - 1)}
	case *model.BorderReport:
		d.Border = append(d.Border, r)
		return ref{1, int32(len(d.Border) - 1)}
	case *model.Session:
		d.Sessions = append(d.Sessions, *r)
		return ref{2, int32(len(d.Sessions) - 1)}
	case *model.Agreement:
		d.Agreements = append(d.Agreements, *r)
		return ref{3, int32(len(d.Agreements) - 1)}
	}
	panic(fmt.Sprintf("ingest: a record of type %T", rec))
}

// record returns a pointer to the stored record r.
func (m *merger) record(r ref) any {
	d := m.data
	switch r.ds {
	case 0:
		return &d.Exercises[r.i]
	case 1:
		return d.Border[r.i]
	case 2:
		return &d.Sessions[r.i]
	}
	return &d.Agreements[r.i]
}

// normalize is schema.Normalize, remembered for the names that repeat on
// every row (operations, areas): the reader interns them, so a million
// rows bring a few thousand distinct strings.
func (m *merger) normalize(s string) string {
	if n, ok := m.norms[s]; ok {
		return n
	}
	n := schema.Normalize(s)
	if len(m.norms) < 100_000 {
		m.norms[s] = n
	}
	return n
}

// naturalKey is the contract's identity of a record.
func (m *merger) naturalKey(rec any) string {
	d := func(t time.Time) string { return t.Format("2006-01-02") }
	n := m.normalize
	switch r := rec.(type) {
	case *model.Exercise:
		return n(r.Name) + "\x00" + d(r.Start)
	case *model.BorderReport:
		return n(r.Operation) + "\x00" + r.State + "\x00" + r.Section + "\x00" + n(r.Area) + "\x00" + strconv.Itoa(int(r.Start))
	case *model.Session:
		return fmt.Sprintf("%d\x00%s", r.Edition, n(r.Title))
	case *model.Agreement:
		tail := r.Status
		if !r.Signed.IsZero() {
			tail = d(r.Signed)
		}
		return strings.Join([]string{n(r.Counterparty), r.Document, tail}, "\x00")
	}
	return ""
}

func origin(rec any) model.Origin {
	switch r := rec.(type) {
	case *model.Exercise:
		return r.Origin
	case *model.BorderReport:
		return r.Origin
	case *model.Session:
		return r.Origin
	case *model.Agreement:
		return r.Origin
	}
	return model.Origin{}
}

// field is one comparable field of a record: its text for comparison and
// messages ("" when empty) and how to copy it from another record.
type field struct {
	key   string // column key, for the cell of a message
	label string
	get   func(rec any) string
	fill  func(dst, src any)
	union bool // a set that copies unite instead of conflicting
}

// merge folds row rw into the first record; it reports whether the row
// merged (false: a conflict, reported).
func (m *merger) merge(first any, rw row) bool {
	o1, o2 := origin(first), origin(rw.rec)
	var conflicts, filled, united []string
	conflictCol := 0
	for _, f := range m.fields(rw.dataset) {
		a, b := f.get(first), f.get(rw.rec)
		switch {
		case a == b:
		case f.union:
			f.fill(first, rw.rec)
			united = append(united, fmt.Sprintf("%s %s + %s = %s", f.label, orNone(a), orNone(b), f.get(first)))
		case b == "":
		case a == "":
			f.fill(first, rw.rec)
			filled = append(filled, fmt.Sprintf("%s %s", f.label, b))
		default:
			conflicts = append(conflicts, fmt.Sprintf("%s %q there, %q here", f.label, a, b))
			if conflictCol == 0 {
				conflictCol = rw.cols[f.key]
			}
		}
	}
	if len(conflicts) > 0 {
		m.diags.Add(o2.File, o2.Sheet, o2.Row, conflictCol, diag.Error,
			"the %s is also at %s with different values: %s; correct one of the two", describe(rw.rec), o1, strings.Join(conflicts, "; "))
		return false
	}
	addCopy(first, o2)
	if len(united) > 0 {
		m.diags.Add(o2.File, o2.Sheet, o2.Row, rw.cols["participants"], diag.Notice,
			"the %s is also at %s; participating states united: %s", describe(rw.rec), o1, strings.Join(united, "; "))
	}
	if len(filled) > 0 {
		m.diags.Add(o2.File, o2.Sheet, o2.Row, 0, diag.Notice,
			"the %s is also at %s, where these were not reported; taken from here: %s", describe(rw.rec), o1, strings.Join(filled, "; "))
	}
	return true
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func addCopy(rec any, o model.Origin) {
	switch r := rec.(type) {
	case *model.Exercise:
		r.Copies = append(r.Copies, o)
	case *model.BorderReport:
		r.Copies = append(r.Copies, o)
	case *model.Session:
		r.Copies = append(r.Copies, o)
	case *model.Agreement:
		r.Copies = append(r.Copies, o)
	}
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func intText(i model.Int) string {
	if !i.Reported {
		return ""
	}
	return fmt.Sprint(i.V)
}

func decText(d model.Dec) string {
	if !d.Reported {
		return ""
	}
	return value.FormatMilli(d.Milli)
}

func listText(l []string) string { return strings.Join(l, ", ") }

func unite(a, b []string) []string {
	set := map[string]bool{}
	for _, x := range append(append([]string{}, a...), b...) {
		set[x] = true
	}
	out := make([]string, 0, len(set))
	for x := range set {
		out = append(out, x)
	}
	sort.Strings(out)
	return out
}

// str builds a field over a string member.
func str[T any](key, label string, p func(*T) *string) field {
	return field{key: key, label: label,
		get:  func(r any) string { return *p(r.(*T)) },
		fill: func(d, s any) { *p(d.(*T)) = *p(s.(*T)) }}
}

func date[T any](key, label string, p func(*T) *time.Time) field {
	return field{key: key, label: label,
		get:  func(r any) string { return dateText(*p(r.(*T))) },
		fill: func(d, s any) { *p(d.(*T)) = *p(s.(*T)) }}
}

func num[T any](key, label string, p func(*T) *model.Int) field {
	return field{key: key, label: label,
		get:  func(r any) string { return intText(*p(r.(*T))) },
		fill: func(d, s any) { *p(d.(*T)) = *p(s.(*T)) }}
}

func calendarDay[T any](key, label string, p func(*T) *model.Date) field {
	return field{key: key, label: label,
		get:  func(r any) string { return p(r.(*T)).String() },
		fill: func(d, s any) { *p(d.(*T)) = *p(s.(*T)) }}
}

func list[T any](key, label string, p func(*T) *[]string) field {
	return field{key: key, label: label,
		get:  func(r any) string { return listText(*p(r.(*T))) },
		fill: func(d, s any) { *p(d.(*T)) = *p(s.(*T)) }}
}

func (m *merger) fields(ds schema.Dataset) []field {
	switch ds {
	case schema.Exercises:
		type E = model.Exercise
		participants := list[E]("participants", "Participating states", func(e *E) *[]string { return &e.Participants })
		participants.union = true
		participants.fill = func(d, s any) {
			d.(*E).Participants = unite(d.(*E).Participants, s.(*E).Participants)
		}
		return []field{
			str[E]("kind", "Kind", func(e *E) *string { return &e.Kind }),
			date[E]("end", "End date", func(e *E) *time.Time { return &e.End }),
			str[E]("host", "Host country", func(e *E) *string { return &e.Host }),
			str[E]("location", "Location", func(e *E) *string { return &e.Location }),
			participants,
			list[E]("observers", "Observers", func(e *E) *[]string { return &e.Observers }),
			str[E]("scenario", "Scenario", func(e *E) *string { return &e.Scenario }),
			str[E]("threat", "Threat", func(e *E) *string { return &e.Threat }),
			num[E]("personnel", "Personnel", func(e *E) *model.Int { return &e.Personnel }),
			num[E]("equipment", "Equipment units", func(e *E) *model.Int { return &e.Equipment }),
			str[E]("notes", "Notes", func(e *E) *string { return &e.Notes }),
		}
	case schema.Border:
		type B = model.BorderReport
		fs := []field{
			calendarDay[B]("end", "End date", func(b *B) *model.Date { return &b.End }),
		}
		for i, ind := range m.cfg.Indicators {
			fs = append(fs, field{key: "", label: ind.Header.In("en"),
				get:  func(r any) string { return decText(r.(*B).Values.At(i)) },
				fill: func(d, s any) { d.(*B).Values.Set(i, s.(*B).Values.At(i)) }})
		}
		return fs
	case schema.Conference:
		type S = model.Session
		return []field{
			date[S]("date", "Date", func(s *S) *time.Time { return &s.Date }),
			str[S]("city", "City", func(s *S) *string { return &s.City }),
			str[S]("country", "Country", func(s *S) *string { return &s.Country }),
			str[S]("format", "Format", func(s *S) *string { return &s.Format }),
			str[S]("theme", "Theme", func(s *S) *string { return &s.Theme }),
			num[S]("participants", "Participants", func(s *S) *model.Int { return &s.Participants }),
			list[S]("states", "States represented", func(s *S) *[]string { return &s.States }),
			list[S]("organisations", "Organisations", func(s *S) *[]string { return &s.Organisations }),
			num[S]("papers", "Papers", func(s *S) *model.Int { return &s.Papers }),
		}
	case schema.Agreements:
		type A = model.Agreement
		return []field{
			str[A]("type", "Counterparty type", func(a *A) *string { return &a.CounterpartyType }),
			str[A]("title", "Title", func(a *A) *string { return &a.Title }),
			str[A]("status", "Status", func(a *A) *string { return &a.Status }),
			str[A]("place", "Place", func(a *A) *string { return &a.Place }),
			list[A]("areas", "Areas", func(a *A) *[]string { return &a.Areas }),
			str[A]("notes", "Notes", func(a *A) *string { return &a.Notes }),
		}
	}
	return nil
}

// finish drops the index and sorts the merged records by their natural
// order (dates first), with the order read breaking ties.
func (m *merger) finish() {
	m.index, m.more, m.norms = nil, nil, nil
	data := m.data
	data.Border = slices.Clone(data.Border) // without append's spare capacity
	sort.SliceStable(data.Exercises, func(i, j int) bool {
		a, b := data.Exercises[i], data.Exercises[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return a.Name < b.Name
	})
	slices.SortStableFunc(data.Border, func(a, b *model.BorderReport) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), strings.Compare(a.Operation, b.Operation),
			strings.Compare(a.State, b.State), strings.Compare(a.Section, b.Section), strings.Compare(a.Area, b.Area))
	})
	sort.SliceStable(data.Sessions, func(i, j int) bool {
		a, b := data.Sessions[i], data.Sessions[j]
		if a.Edition != b.Edition {
			return a.Edition < b.Edition
		}
		return a.Date.Before(b.Date)
	})
	sort.SliceStable(data.Agreements, func(i, j int) bool {
		a, b := data.Agreements[i], data.Agreements[j]
		if a.Signed.IsZero() != b.Signed.IsZero() {
			return !a.Signed.IsZero()
		}
		if !a.Signed.Equal(b.Signed) {
			return a.Signed.Before(b.Signed)
		}
		return a.Counterparty < b.Counterparty
	})
}
