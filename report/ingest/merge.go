package ingest

import (
	"fmt"
	"hash/maphash"
	"slices"
	"sort"
	"strings"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/model"
	"ratsreport/report/msg"
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
	kinds            [numKinds]kind
	mergedPerSheet   map[sheetKey]int // rows merged into an earlier record
	rejectedPerSheet map[sheetKey]int // rows rejected as conflicting
	seed             maphash.Seed
	// index holds the records stored by a hash of the dataset and
	// natural key (no key strings kept: a key is made again from the
	// record when its hash is met).
	index refIndex
	norms map[string]string // see normalize
	// sheetCols holds, by sheet, its column key → column number (row.cols,
	// shared by the sheet's rows), so that a conflict names the field's
	// cell in the first copy too; last is the sheet of the row added last.
	sheetCols map[sheetKey]map[string]int
	last      sheetKey
	// unknownText holds, by identity, the text an unknown name was first
	// written with (see spellAlike).
	unknownText map[string]string
	// translated holds, by a text's schema.NameKey and language, the
	// index of its per-cell translation in data.Translations.
	translated map[string]int
}

// sheetKey names a sheet of one file, for the audit's counts.
type sheetKey struct{ file, sheet string }

// ref is where a merged record is: its dataset and its index in that
// dataset's slice of data.
type ref struct {
	kind kindID
	i    int32
}

func newMerger(cfg *config.Config, data *model.Data) *merger {
	return &merger{cfg: cfg, data: data, kinds: newKinds(cfg), mergedPerSheet: map[sheetKey]int{}, rejectedPerSheet: map[sheetKey]int{},
		norms: map[string]string{}, seed: maphash.MakeSeed(),
		sheetCols: map[sheetKey]map[string]int{}}
}

// add merges a file's rows into data: a new record is stored as it is (a
// border report copied into the table by column), a copy is folded into
// the record read before.
func (m *merger) add(fr *fileResult) {
	m.addTranslations(fr.translations)
	for _, rw := range fr.rows {
		if o := rw.rec.Source().Origin; o.File != m.last.file || o.Sheet != m.last.sheet {
			m.last = sheetKey{o.File, o.Sheet}
			if _, seen := m.sheetCols[m.last]; !seen {
				m.sheetCols[m.last] = rw.cols
			}
		}
		m.spellAlike(rw.rec)
		key := m.key(rw.kind, rw.rec)
		h := maphash.String(m.seed, key)
		if at, first := m.find(h, key); first != nil {
			o := rw.rec.Source().Origin
			sk := sheetKey{o.File, o.Sheet}
			if m.merge(first, rw) {
				m.kinds[at.kind].put(m.data, at.i, first)
				m.mergedPerSheet[sk]++
			} else {
				m.rejectedPerSheet[sk]++
			}
			continue
		}
		r := ref{rw.kind, m.kinds[rw.kind].store(m.data, rw.rec)}
		m.index.add(h, r)
	}
}

// find returns the record stored under key (of hash h) and where it is,
// or a nil record.
func (m *merger) find(h uint64, key string) (at ref, found record) {
	m.index.each(h, func(r ref) bool {
		if rec := m.kinds[r.kind].at(m.data, r.i); m.key(r.kind, rec) == key {
			at, found = r, rec
			return true
		}
		return false
	})
	return at, found
}

// key is what records are merged by: the dataset and the natural key.
func (m *merger) key(k kindID, rec record) string {
	return string(kindDatasets[k]) + "\x00" + m.kinds[k].key(m, rec)
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

// field is one comparable field of a record: its text for comparison and
// messages ("" when empty) and how to copy it from another record.
type field struct {
	key   string   // column key, for the cell of a message
	label colLabel // set by labelFields when not by its maker
	get   func(rec record) string
	fill  func(dst, src record)
	union bool // a set that copies unite instead of conflicting
}

// colLabel names a field in messages by its column's header, in the
// language of the header row of the copy the message is about: a
// contract column (col), the states given in the Observers column
// (col, states), or an indicator (ind, its configured headers).
type colLabel struct {
	col    *schema.Column
	ind    config.Text
	states bool
}

// in returns the label for a sheet whose header row is in lang: a
// header, or a message naming one.
func (l colLabel) in(lang string) any {
	if l.col == nil {
		return l.ind.In(lang)
	}
	name := l.col.Header(lang)
	if l.states {
		return msg.New(msg.ReadFieldStates, name)
	}
	return name
}

// labelFields labels the fields of a dataset that their makers left
// unlabelled by their contract columns.
func labelFields(ds schema.Dataset, fs []field) []field {
	for i := range fs {
		if fs[i].label.col == nil && fs[i].label.ind == nil {
			fs[i].label.col = schema.SheetFor(ds).Column(fs[i].key)
		}
	}
	return fs
}

// merge folds row rw into the first record; it reports whether the row
// merged (false: a conflict, reported, and the record left as it was). A conflict is reported at the
// first differing field's cell in rw and names the same field's cell in
// the first copy (the two sheets may order their columns differently).
func (m *merger) merge(first record, rw row) bool {
	o1, o2 := first.Source().Origin, rw.rec.Source().Origin
	k := &m.kinds[rw.kind]
	var conflicts, filled, united []msg.Message
	var clash *field // the first field that differs
	var fills []int  // the fields the copy fills in or unites, taken only when nothing conflicts
	for i, f := range k.fields {
		a, b := f.get(first), f.get(rw.rec)
		switch {
		case a == b:
		case f.union, a == "":
			fills = append(fills, i)
		case b == "":
		default:
			conflicts = append(conflicts, msg.New(msg.ReadMergeConflictField, f.label.in(rw.lang), a, b))
			if clash == nil {
				clash = &k.fields[i]
			}
		}
	}
	if len(conflicts) > 0 {
		// A copy that conflicts is left out whole: nothing of it is
		// taken into the record, not even the fields it would fill in.
		there := diag.Diagnostic{File: o1.File, Sheet: o1.Sheet, Row: o1.Row, Col: m.sheetCols[sheetKey{o1.File, o1.Sheet}][clash.key]}
		m.diags.Add(o2.File, o2.Sheet, o2.Row, rw.cols[clash.key], diag.Error,
			msg.ReadMergeConflict, k.describe(rw.rec), there.Location(), joinMessages(msg.ReadSepSemicolon, conflicts))
		return false
	}
	for _, i := range fills {
		f := &k.fields[i]
		a, b := f.get(first), f.get(rw.rec)
		f.fill(first, rw.rec)
		if f.union {
			united = append(united, msg.New(msg.ReadMergeUnitedField, f.label.in(rw.lang), orNone(a), orNone(b), f.get(first)))
		} else {
			filled = append(filled, msg.New(msg.ReadMergeFilledField, f.label.in(rw.lang), b))
		}
	}
	first.Source().Copies = append(first.Source().Copies, o2)
	if len(united) > 0 {
		m.diags.Add(o2.File, o2.Sheet, o2.Row, rw.cols["participants"], diag.Notice,
			msg.ReadMergeUnited, k.describe(rw.rec), o1.String(), joinMessages(msg.ReadSepSemicolon, united))
	}
	if len(filled) > 0 {
		m.diags.Add(o2.File, o2.Sheet, o2.Row, 0, diag.Notice,
			msg.ReadMergeFilled, k.describe(rw.rec), o1.String(), joinMessages(msg.ReadSepSemicolon, filled))
	}
	return true
}

// orNone is a field's text in a message, or the words for none.
func orNone(s string) any {
	if s == "" {
		return msg.New(msg.ReadMergeNone)
	}
	return s
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

// recordOf is the constraint of a record type P that is *T.
type recordOf[T any] interface {
	*T
	record
}

// member builds a field over a member of the records of type *T, shown
// by text; key is its contract column, which labels it (labelFields).
func member[T, V any, P recordOf[T]](key string, p func(*T) *V, text func(V) string) field {
	return field{key: key,
		get:  func(r record) string { return text(*p(r.(P))) },
		fill: func(d, s record) { *p(d.(P)) = *p(s.(P)) }}
}

func str[T any, P recordOf[T]](key string, p func(*T) *string) field {
	return member[T, string, P](key, p, func(s string) string { return s })
}

func date[T any, P recordOf[T]](key string, p func(*T) *time.Time) field {
	return member[T, time.Time, P](key, p, dateText)
}

func num[T any, P recordOf[T]](key string, p func(*T) *model.Int) field {
	return member[T, model.Int, P](key, p, intText)
}

func calendarDay[T any, P recordOf[T]](key string, p func(*T) *model.Date) field {
	return member[T, model.Date, P](key, p, model.Date.String)
}

func list[T any, P recordOf[T]](key string, p func(*T) *[]string) field {
	return member[T, []string, P](key, p, listText)
}

// names builds a field over a list of names, compared by their
// identities (sorted): "CIS ATC" in one copy and «АТЦ СНГ» in another are
// the same value.
func names[T any, P recordOf[T]](key string, p func(*T) *[]model.Name) field {
	return member[T, []model.Name, P](key, p, idsText)
}

// idsText is the identities of names, sorted and joined.
func idsText(ns []model.Name) string {
	ids := make([]string, len(ns))
	for i, n := range ns {
		ids[i] = n.ID()
	}
	slices.Sort(ids)
	return strings.Join(ids, ", ")
}

// finish drops the index and sorts the merged records by their natural
// order (dates first), with the order read breaking ties.
func (m *merger) finish() {
	m.index, m.norms, m.sheetCols = refIndex{}, nil, nil
	data := m.data
	sort.SliceStable(data.Exercises, func(i, j int) bool {
		a, b := data.Exercises[i], data.Exercises[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return strings.Compare(a.Name.ID(), b.Name.ID()) < 0
	})
	data.Border.Sort()
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
		return idsText(a.Counterparties) < idsText(b.Counterparties)
	})
	sortYear(data)
}
