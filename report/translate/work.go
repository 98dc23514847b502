package translate

import (
	"cmp"
	"slices"
	"strings"

	"ratsreport/report/schema"
)

// Gap is a text that editions would print untranslated, with the
// languages it lacks.
type Gap struct {
	Use
	Langs []string
}

// Gaps returns the uses that an edition in one of langs would print
// untranslated, each with the languages it lacks, in the order of uses.
func (s *Set) Gaps(uses []Use, langs []string) []Gap {
	var out []Gap
	for _, u := range uses {
		var lack []string
		for _, l := range langs {
			if s.Untranslated(u.Text, l) {
				lack = append(lack, l)
			}
		}
		if len(lack) > 0 {
			out = append(out, Gap{Use: u, Langs: lack})
		}
	}
	return out
}

// JoinUses combines the uses of several years' editions: one per text,
// counted over all, placed where it first appears, in Uses's order.
func JoinUses(lists ...[]Use) []Use {
	var out []Use
	index := map[string]int{}
	for _, l := range lists {
		for _, u := range l {
			k := Key(u.Text)
			if i, ok := index[k]; ok {
				out[i].Count += u.Count
				if u.order < out[i].order {
					out[i].Section, out[i].Column, out[i].order = u.Section, u.Column, u.order
				}
				continue
			}
			index[k] = len(out)
			out = append(out, u)
		}
	}
	slices.SortStableFunc(out, func(a, b Use) int {
		return cmp.Or(cmp.Compare(a.order, b.order), cmp.Compare(b.Count, a.Count), strings.Compare(a.Text, b.Text))
	})
	return out
}

// Worklist returns a copy of the workbook for translators: the texts of
// gaps first, in their order (new texts added, each with where it appears
// and how often), then every other entry of the workbook as it was; and
// which cells to highlight (the languages each gap lacks). Nothing the
// workbook holds is dropped or changed but the Where, Column and Count of
// the gaps' entries.
func (b *Book) Worklist(gaps []Gap) (*Book, Highlight) {
	out := NewBook()
	lack := map[*Entry][]string{}
	for _, g := range gaps {
		e := out.Add(g.Text)
		if old := b.Find(g.Text); old != nil && len(e.In) == 0 {
			*e = *old
			e.In = cloneMap(old.In)
		}
		e.Where, e.Column, e.Count = g.Section, columnHeader(g.Section, g.Column), g.Count
		lack[e] = g.Langs
	}
	for _, e := range b.Entries {
		if out.Find(e.Text) != nil {
			continue
		}
		c := *e
		c.In = cloneMap(e.In)
		out.Entries = append(out.Entries, &c)
		out.byKey[Key(c.Text)] = &c
	}
	return out, func(e *Entry) []string { return lack[e] }
}

// columnHeader is a column's English header, for translators.
func columnHeader(section, key string) string {
	if sh := schema.SheetFor(schema.Dataset(section)); sh != nil {
		if c := sh.Column(key); c != nil {
			return c.EN
		}
	}
	return key
}

func cloneMap(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Merge takes into b the translations of from (a copy translators
// filled): every translation from gives is kept, new texts are added, and
// nothing b holds that from leaves empty is lost. A translation from
// changes is taken from from (it is the newer). It returns how many cells
// it filled or changed.
func (b *Book) Merge(from *Book) int {
	n := 0
	for _, f := range from.Entries {
		if len(f.In) == 0 && b.Find(f.Text) != nil {
			continue
		}
		e := b.Find(f.Text)
		if e == nil {
			e = b.Add(f.Text)
			e.Where, e.Column, e.Count = f.Where, f.Column, f.Count
		}
		for _, l := range Languages {
			if t := f.In[l]; t != "" && t != e.In[l] {
				e.In[l] = t
				n++
			}
		}
		if f.Comment != "" && f.Comment != e.Comment {
			e.Comment = f.Comment
		}
	}
	return n
}
