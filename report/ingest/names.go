package ingest

import (
	"slices"
	"strconv"
	"strings"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/registry"
)

// This file resolves the cells that name organisations, operations and
// exercises against the registry (package registry): every such cell of
// every dataset is read here.

// maxResolved bounds a sheet's memory of resolved names: a million rows
// name a few operations, but a hostile sheet may name a million.
const maxResolved = 100_000

// resolvedKey is a name cell's text and its table, as a sheet remembers
// what it resolved to.
type resolvedKey struct{ table, text string }

// resolve resolves text as a name of table t, remembering the result for
// the rows that repeat it.
func (s *sheetReader) resolve(t registry.Table, text string) registry.Resolution {
	k := resolvedKey{t, text} // no string built per row: a million rows look up
	if res, ok := s.resolved[k]; ok {
		return res
	}
	res := s.r.names.Resolve(t, text)
	res.Name.Text = s.intern(res.Name.Text)
	if s.resolved == nil {
		s.resolved = map[resolvedKey]registry.Resolution{}
	}
	if len(s.resolved) < maxResolved {
		s.resolved[k] = res
	}
	return res
}

// noteOnce reports whether a name's note has not been given yet in this
// sheet, and remembers that it now is: a name repeated on ten thousand
// rows is one warning, at its first cell.
func (s *sheetReader) noteOnce(key string) bool {
	if s.nameNotes == nil {
		s.nameNotes = map[string]bool{}
	}
	if s.nameNotes[key] || len(s.nameNotes) >= maxResolved {
		return false
	}
	s.nameNotes[key] = true
	return true
}

// warnName gives the warnings a resolved name deserves, at its cell: a
// look-alike letter, a name the registry does not know (with the closest
// entries, named in the language of the sheet's header row). label is
// the column's header.
func (c *rowCtx) warnName(col int, label string, t registry.Table, res registry.Resolution) {
	s := c.s
	switch {
	case res.Lookalike != "":
		if s.noteOnce("look\x00" + res.Name.Text) {
			c.note(col, diag.Warning, msg.NameLookalike, label, res.Name.Text, res.Lookalike, onceNote)
		}
	case !res.Name.Known():
		if s.noteOnce("unknown\x00" + t + "\x00" + res.Name.Key) {
			var keys []string
			if s.suggested < maxSuggested {
				s.suggested++
				keys = s.r.names.Closest(t, res.Name)
			}
			c.note(col, diag.Warning, msg.NameUnknown, label, res.Name.Text, t, c.closest(keys), onceNote)
		}
	}
}

// closest is the ending of an unknown name's warning that lists the
// registry's closest entries (msg.NameClosest), each by its name in the
// language of the sheet's header row and its key, or nothing when there
// are none.
func (c *rowCtx) closest(keys []string) msg.Localized {
	if len(keys) == 0 {
		return suggestion("")
	}
	var names []string
	for _, k := range keys {
		e, _ := c.s.r.names.Entry(k)
		names = append(names, e.Name.In(c.s.lang)+" ("+k+")")
	}
	return msg.New(msg.NameClosest, strings.Join(names, ", "))
}

// maxSuggested bounds the unknown names of a sheet whose closest registry
// entries are looked for (an edit distance per registry name each): a
// sheet of twenty thousand new names warns of each, and suggests for the
// first ones, in the sheet's order.
const maxSuggested = 200

// onceNote ends a name's warning: it is given at the first cell only.
var onceNote = msg.New(msg.NameOnce)

// name resolves a cell that names one operation or exercise; year is the
// year of the record's start, which the name's year is checked against
// (and which stands in for it when the name has none).
func (c *rowCtx) name(key string, t registry.Table, year int) model.Name {
	s, _, ok := c.get(key)
	if !ok {
		return model.Name{}
	}
	res := c.s.resolve(t, s)
	c.warnName(c.col(key), c.header(key), t, res)
	n := res.Name
	if year <= 1 || year > 9999 {
		return n // no usable date: reported as such
	}
	if !res.YearWritten {
		n.Year = int16(year)
		return n
	}
	last := n.Year
	if n.Through != 0 {
		last = n.Through
	}
	if year < int(n.Year) || year > int(last) {
		if c.s.noteOnce("year\x00" + res.Name.Text + "\x00" + itoa(year)) {
			c.note(c.col(key), diag.Warning, msg.NameYearMismatch, c.header(key), res.Name.Text, n.Edition(), year, onceNote)
		}
	}
	return n
}

// names resolves a cell that names organisations: one, or several
// separated by ';', ',' or line breaks (a trilateral memorandum has two
// counterparties). Each is kept once, in the order written.
func (c *rowCtx) names(key string) []model.Name {
	s, col, ok := c.get(key)
	if !ok {
		return nil
	}
	var out []model.Name
	for _, item := range c.s.r.names.Split(config.OrganisationTable, s, nil) {
		n, _ := c.listItem(key, c.header(key), item, false)
		out = appendName(out, n)
	}
	if len(out) == 0 && col.Required {
		c.errf(c.col(key), msg.Required, c.header(key))
	}
	return out
}

// observers resolves an Observers cell, which names states and
// organisations: an item that is a state goes to states (alpha-2,
// sorted), any other to the organisations.
func (c *rowCtx) observers(key string) (orgs []model.Name, states []string) {
	s, _, ok := c.get(key)
	if !ok {
		return nil, nil
	}
	isState := func(x string) bool { _, err := c.s.r.countries.Country(x); return err == nil }
	seen := map[string]bool{}
	for _, item := range c.s.r.names.Split(config.OrganisationTable, s, isState) {
		if n, a2 := c.listItem(key, c.header(key), item, true); a2 != "" {
			seen[a2] = true
		} else {
			orgs = appendName(orgs, n)
		}
	}
	return orgs, sortedSet(seen)
}

// listItem resolves one item of a list cell: a state (when states are
// allowed, its alpha-2 returned) or an organisation. An item the registry
// does not know whose name before a bracketed qualifier is known is read
// as that name, with a notice; an organisation still unknown is warned.
func (c *rowCtx) listItem(key, label, item string, states bool) (model.Name, string) {
	country := func(x string) string {
		if !states {
			return ""
		}
		a2, err := c.s.r.countries.Country(x)
		if err != nil {
			return ""
		}
		return a2
	}
	if a2 := country(item); a2 != "" {
		return model.Name{}, a2
	}
	res := c.s.resolve(config.OrganisationTable, item)
	if bare, qual, ok := qualified(item); ok && !res.Name.Known() {
		if a2 := country(bare); a2 != "" {
			c.qualifierNote(c.col(key), label, item, qual)
			return model.Name{}, a2
		}
		if r2 := c.s.resolve(config.OrganisationTable, bare); r2.Name.Known() {
			c.qualifierNote(c.col(key), label, item, qual)
			r2.Name.Text = res.Name.Text
			res = r2
		}
	}
	c.warnName(c.col(key), label, config.OrganisationTable, res)
	return res.Name, ""
}

// appendName appends n to list unless a name with its identity is there.
func appendName(list []model.Name, n model.Name) []model.Name {
	for _, x := range list {
		if x.ID() == n.ID() {
			return list
		}
	}
	return append(list, n)
}

func itoa(n int) string { return strconv.Itoa(n) }

// sortedSet returns the members of set, sorted.
func sortedSet(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// qualified splits a list item that ends in a bracketed qualifier, as
// "India (NSCS observer team of three)", into the name and the
// qualifier.
func qualified(item string) (name, qualifier string, ok bool) {
	item = strings.TrimSpace(item)
	if !strings.HasSuffix(item, ")") {
		return "", "", false
	}
	i := strings.LastIndex(item, "(")
	if i <= 0 {
		return "", "", false
	}
	return strings.TrimSpace(item[:i]), item[i:], true
}

// qualifierNote notes that a bracketed qualifier was read as a comment on
// the name before it, not as a part of it; label is the column's header.
func (c *rowCtx) qualifierNote(col int, label, item, qualifier string) {
	if c.s.noteOnce("qual\x00" + item) {
		c.note(col, diag.Notice, msg.NameQualifier, label, item, qualifier)
	}
}

// spellAlike gives every name of rec that the registry does not know the
// text its identity was first written with, in the order files are
// merged: "Maldives MoD" and "MALDIVES MOD" are one unknown name, and
// every output prints it one way (the workbook's formulas find it by its
// text). The other spellings stay in the sources and in the warnings.
func (m *merger) spellAlike(rec record) {
	fix := func(n *model.Name) {
		if n.Key == "" || n.Known() {
			return
		}
		if m.unknownText == nil {
			m.unknownText = map[string]string{}
		}
		if t, ok := m.unknownText[n.ID()]; ok {
			n.Text = t
		} else {
			m.unknownText[n.ID()] = n.Text
		}
	}
	fixAll := func(ns []model.Name) {
		for i := range ns {
			fix(&ns[i])
		}
	}
	switch r := rec.(type) {
	case *model.Exercise:
		fix(&r.Name)
		fixAll(r.Observers)
	case *model.BorderReport:
		fix(&r.Operation)
	case *model.Session:
		fixAll(r.Organisations)
	case *model.Agreement:
		fixAll(r.Counterparties)
	case *model.Training:
		fix(&r.Organiser)
	}
}
