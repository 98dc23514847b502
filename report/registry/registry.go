// Package registry resolves the names written in the workbooks'
// organisation, operation and exercise cells to the entries of the
// registry in config.toml, and prints an entry's name in an output's
// language.
//
// Resolution is a map lookup after schema.NameKey: the registry is
// indexed once, by every name, short name and alias of every entry. An
// operation's or exercise's year is taken off the end of the name first
// ("Солидарность-2025" is the series «Солидарность» and 2025). A name
// that mixes Latin and Cyrillic look-alike letters resolves to the entry
// it imitates, flagged so that the reader warns. A name the registry does
// not know keeps its text, under a key made of its folded form (see
// model.Name), and comes with the closest entries: compared by
// edit distance (go-edlib's optimal string alignment) over a Latin transliteration of every name, so
// that «Солидарност-2025» and "Solidarnost" find Solidarity through its
// Russian name, not by luck.
package registry

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/gosimple/unidecode"
	"github.com/hbollon/go-edlib"

	"ratsreport/report/config"
	"ratsreport/report/model"
	"ratsreport/report/schema"
)

// Table is a table of the registry: config.OrganisationTable,
// config.OperationTable or config.ExerciseTable.
type Table = string

// Registry is the index of the configuration's registry. It is safe for
// concurrent use: its indexes are built once, under sync.Once.
type Registry struct {
	entries map[string]config.Entry // by key (keys are unique over all tables)
	order   map[string]int          // key → position in its table
	tableOf map[string]Table        // key → its table
	// tables indexes every folded name, by table: built on the first
	// name resolved (tablesOnce), since the renderers, which only print
	// names, never resolve one.
	tables     map[Table]*tableIndex
	tablesOnce sync.Once
	// cands holds every name of every entry, transliterated, for
	// suggestions: built on the first suggestion asked for (candsOnce),
	// since transliteration's tables cost a few milliseconds to load and
	// most runs meet no unknown name.
	cands     map[Table][]candidate
	candsOnce sync.Once
	cfg       *config.Config
}

// tableIndex maps each folded name of a table's entries to the entry's
// key.
type tableIndex struct {
	byName map[string]string
	// lookalike holds the same names with look-alike letters folded to
	// one script (see skeleton), for names that mix scripts.
	lookalike map[string]string
}

// candidate is one name of an entry, transliterated, for suggestions,
// with the count of each of its letters and digits.
type candidate struct {
	key, translit string
	letters       letterCount
}

// letterCount counts the letters a–z and digits 0–9 of a transliterated
// name: two names whose counts differ by k characters are at least k
// edits apart, which rules most names out before any edit distance is
// computed.
type letterCount [36]uint8

func countLetters(s string) letterCount {
	var c letterCount
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= 'a' && b <= 'z':
			c[b-'a']++
		case b >= '0' && b <= '9':
			c[26+b-'0']++
		}
	}
	return c
}

// atLeast is a lower bound of the edit distance between names with the
// counts a and b: the characters one has that the other has not (each
// needs an edit), the larger of the two ways.
func atLeast(a, b letterCount) int {
	more, fewer := 0, 0
	for i := range a {
		switch d := int(a[i]) - int(b[i]); {
		case d > 0:
			more += d
		case d < 0:
			fewer -= d
		}
	}
	return max(more, fewer)
}

// New makes the registry of c (validated by config.Parse: keys and
// folded names are unique); its indexes are built when first needed.
func New(c *config.Config) *Registry {
	r := &Registry{
		entries: map[string]config.Entry{},
		order:   map[string]int{},
		tableOf: map[string]Table{},
		cfg:     c,
	}
	for _, t := range Tables {
		for i, e := range c.Table(t) {
			r.entries[e.Key] = e
			r.order[e.Key] = i
			r.tableOf[e.Key] = t
		}
	}
	return r
}

// index returns the name index of table t, building every table's once.
func (r *Registry) index(t Table) *tableIndex {
	r.tablesOnce.Do(func() {
		r.tables = map[Table]*tableIndex{}
		for _, tb := range Tables {
			ix := &tableIndex{byName: map[string]string{}, lookalike: map[string]string{}}
			r.tables[tb] = ix
			for _, e := range r.cfg.Table(tb) {
				for _, n := range e.Names() {
					k := schema.NameKey(n)
					if k == "" {
						continue
					}
					if _, dup := ix.byName[k]; !dup {
						ix.byName[k] = e.Key
					}
					if s := skeleton(k); s != "" {
						if _, dup := ix.lookalike[s]; !dup {
							ix.lookalike[s] = e.Key
						}
					}
				}
			}
		}
	})
	return r.tables[t]
}

// candidates indexes every name of every entry for suggestions, once.
func (r *Registry) candidates(t Table) []candidate {
	r.candsOnce.Do(func() {
		r.cands = map[Table][]candidate{}
		for _, tb := range Tables {
			for _, e := range r.cfg.Table(tb) {
				seen := map[string]bool{}
				for _, n := range e.Names() {
					tr := translit(schema.NameKey(n))
					if tr == "" || seen[tr] {
						continue
					}
					seen[tr] = true
					r.cands[tb] = append(r.cands[tb], candidate{key: e.Key, translit: tr, letters: countLetters(tr)})
				}
			}
		}
	})
	return r.cands[t]
}

// Tables are the registry's tables, in the order the configuration lists
// them.
var Tables = []Table{config.OrganisationTable, config.OperationTable, config.ExerciseTable}

// yearRE finds the year (or span of years) at the end of a folded name:
// "solidarity-2025", "peace mission 2007", "solidarity-2019-2021".
var yearRE = regexp.MustCompile(`^(.*?[^- ·])[- ·]?((?:19|20|21)\d\d)(?:-((?:19|20|21)\d\d))?$`)

// writtenYearRE finds the year at the end of a name as written, whatever
// its dash (for Stub, which keeps the rest as written).
var writtenYearRE = regexp.MustCompile(`[\s\-‐‑‒–—―−·]*(?:19|20|21)\d\d(?:[\s\-‐‑‒–—―−]*(?:19|20|21)\d\d)?[\s"'«»“”]*$`)

// Resolution is what a cell's name resolved to.
type Resolution struct {
	Name model.Name
	// Lookalike is set when the cell mixes Latin and Cyrillic letters
	// that look alike and resolved only once they were read as one
	// script: the entry's name it was read as (in the script it imitates).
	Lookalike string
	// YearWritten is false when an operation's or exercise's name gave no
	// year (Name.Year is then 0 and the reader fills in the record's).
	YearWritten bool
}

// Resolve resolves one name written in a cell of table t. For operations
// and exercises the year at the end of the name is taken off before the
// lookup and kept in Name.Year and Name.Through.
func (r *Registry) Resolve(t Table, text string) Resolution {
	res := Resolution{Name: model.Name{Text: text}}
	folded := schema.NameKey(text)
	series := folded
	if t != config.OrganisationTable {
		if key, ok := r.index(t).byName[folded]; ok { // a registered name that ends in digits
			res.Name.Key = key
			return res
		}
		if m := yearRE.FindStringSubmatch(folded); m != nil {
			series = m[1]
			y, _ := strconv.Atoi(m[2])
			res.Name.Year, res.YearWritten = int16(y), true
			if m[3] != "" {
				through, _ := strconv.Atoi(m[3])
				if through > y {
					res.Name.Through = int16(through)
				}
			}
		}
	}
	ix := r.index(t)
	if key, ok := ix.byName[series]; ok {
		res.Name.Key = key
		return res
	}
	if mixedScripts(series) {
		if key, ok := ix.lookalike[skeleton(series)]; ok {
			res.Name.Key = key
			res.Lookalike = r.Name(model.Name{Key: key, Year: res.Name.Year, Through: res.Name.Through}, r.scriptLang(series, key))
			return res
		}
	}
	res.Name.Key = "?" + series
	return res
}

// Closest returns the keys of the registry entries of table t nearest to
// a name the registry does not know (the Name of a Resolution), best
// first: at most three, none when no entry is close. It costs an edit
// distance per name of the table, so a reader asks it for a bounded
// number of names.
func (r *Registry) Closest(t Table, n model.Name) []string {
	if n.Known() || n.Key == "" {
		return nil
	}
	return r.closest(t, strings.TrimPrefix(n.Key, "?"))
}

// scriptLang returns the language whose name of entry key a mixed-script
// name imitates: Russian when most of its letters are Cyrillic, else
// English.
func (r *Registry) scriptLang(s, key string) string {
	cyr, lat := 0, 0
	for _, c := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, c):
			cyr++
		case unicode.Is(unicode.Latin, c):
			lat++
		}
	}
	if cyr > lat && r.entries[key].Name["ru"] != "" {
		return "ru"
	}
	return "en"
}

// Known reports whether text, a whole name or a run of comma-separated
// items of a list, is a name of an entry of table t.
func (r *Registry) Known(t Table, text string) bool {
	_, ok := r.index(t).byName[schema.NameKey(text)]
	return ok
}

// maxClosest is how many entries a suggestion names.
const maxClosest = 3

// closeEnough is the largest Levenshtein distance, as a share of the
// longer name, at which an entry counts as close.
const closeEnough = 0.4

// closest returns the keys of the entries of t whose names are nearest to
// the folded name s, best first.
func (r *Registry) closest(t Table, s string) []string {
	ts := translit(s)
	if ts == "" {
		return nil
	}
	best := map[string]float64{}
	n := len(ts) // translit is ASCII: bytes are letters
	letters := countLetters(ts)
	for _, c := range r.candidates(t) {
		// The distance is at least the difference in length, and at
		// least the letters one name has and the other has not: most
		// names are ruled out before an edit distance is computed.
		m := len(c.translit)
		if limit := closeEnough * float64(max(n, m)); float64(max(n, m)-min(n, m)) > limit || float64(atLeast(letters, c.letters)) > limit {
			continue
		}
		score := distance(ts, c.translit)
		if old, ok := best[c.key]; !ok || score < old {
			best[c.key] = score
		}
	}
	type scored struct {
		key   string
		score float64
	}
	var list []scored
	for k, sc := range best {
		if sc <= closeEnough {
			list = append(list, scored{k, sc})
		}
	}
	slices.SortFunc(list, func(a, b scored) int {
		return cmp.Or(cmp.Compare(a.score, b.score), cmp.Compare(r.order[a.key], r.order[b.key]))
	})
	var out []string
	for _, s := range list[:min(len(list), maxClosest)] {
		out = append(out, s.key)
	}
	return out
}

// distance is the edit distance between a and b (Levenshtein's, with a
// swap of two neighbouring letters as one edit: "UNDOC" is one edit from
// UNODC) as a share of the longer. (Containment is no sign: "observer" holds ОБСЕ's "obse".)
func distance(a, b string) float64 {
	if a == b {
		return 0
	}
	n := max(len([]rune(a)), len([]rune(b)))
	return float64(edlib.OSADamerauLevenshteinDistance(a, b)) / float64(n)
}

// translit writes a folded name in lowercase Latin letters and digits
// (Cyrillic and Chinese transliterated), without spaces, dashes or
// apostrophes: what suggestions compare.
func translit(s string) string {
	t := strings.ToLower(unidecode.Unidecode(s))
	return strings.Map(func(r rune) rune {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			return r
		}
		return -1
	}, t)
}

// Entry returns the entry with the given key.
func (r *Registry) Entry(key string) (config.Entry, bool) {
	e, ok := r.entries[key]
	return e, ok
}

// TableOf returns the table of the entry with the given key.
func (r *Registry) TableOf(key string) Table { return r.tableOf[key] }

// Order returns the position of the entry with the given key in its
// table (the order the registry lists entries in), or -1.
func (r *Registry) Order(key string) int {
	if i, ok := r.order[key]; ok {
		return i
	}
	return -1
}

// Name returns n as an output in lang prints it: the entry's name in
// lang (English when the entry has none in lang) followed by the
// name's years ("Солидарность-2025"), or, for a name the registry does
// not know, the text as written.
func (r *Registry) Name(n model.Name, lang string) string {
	return r.print(n, lang, false)
}

// Short is Name with the entry's short name (abbreviation) where it has
// one: for tables and lists where space is tight.
func (r *Registry) Short(n model.Name, lang string) string {
	return r.print(n, lang, true)
}

func (r *Registry) print(n model.Name, lang string, short bool) string {
	e, ok := r.entries[n.Key]
	if !ok {
		return n.Text
	}
	s := e.Name.In(lang)
	if short {
		s = shortIn(e, lang)
	}
	if ed := n.Edition(); ed != "" {
		s += "-" + ed
	}
	return s
}

// shortIn is the entry's short name in lang; when it has none in lang,
// its name in lang (a language without an abbreviation writes the name
// out), and only when it has neither, the English short name.
func shortIn(e config.Entry, lang string) string {
	switch {
	case e.Short[lang] != "":
		return e.Short[lang]
	case e.Name[lang] != "":
		return e.Name[lang]
	case e.Short.In(lang) != "":
		return e.Short.In(lang)
	}
	return e.Name.In(lang)
}

// HasShort reports whether the entry of n has a short name that differs
// from its full name in lang (and so belongs in a list of abbreviations).
func (r *Registry) HasShort(n model.Name, lang string) bool {
	e, ok := r.entries[n.Key]
	return ok && shortIn(e, lang) != e.Name.In(lang)
}

// Stub returns a registry entry for config.toml, ready to paste, for a
// name of table t that the registry does not know: its key made from the
// name, and the name as written under the language its script suggests.
func Stub(t Table, text string) string {
	series := strings.TrimSpace(text)
	if t != config.OrganisationTable {
		series = strings.TrimSpace(writtenYearRE.ReplaceAllString(series, ""))
	}
	series = strings.Trim(series, "\"'«»“”„‘’")
	lang := "en"
	for _, c := range series {
		switch {
		case unicode.Is(unicode.Cyrillic, c):
			lang = "ru"
		case unicode.Is(unicode.Han, c):
			lang = "zh"
		default:
			continue
		}
		break
	}
	var b strings.Builder
	fmt.Fprintf(&b, "[[%s]]\n", t)
	fmt.Fprintf(&b, "key = %q\n", stubKey(series)) //msg:ok TOML syntax of the stub
	if lang == "en" {
		fmt.Fprintf(&b, "name = { en = %q, ru = \"\", zh = \"\" }\n", series) //msg:ok TOML syntax of the stub
	} else {
		// The comment is part of config.toml, whose keys and comments are
		// English whatever the language of messages.
		fmt.Fprintf(&b, "name = { en = \"\", %s = %q }  # the English name is required\n", lang, series) //msg:ok TOML of the stub, pasted into config.toml
	}
	if t == config.OrganisationTable {
		b.WriteString("short = { en = \"\", ru = \"\", zh = \"\" }\n") //msg:ok TOML syntax of the stub
	}
	b.WriteString("aliases = []\n") //msg:ok TOML syntax of the stub
	return b.String()
}

// stubKey makes a registry key from a name: transliterated, lowercase,
// words joined by _.
func stubKey(name string) string {
	t := strings.ToLower(unidecode.Unidecode(name))
	var b strings.Builder
	under := false
	for _, r := range t {
		switch {
		case (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9'):
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			under = false
		default:
			under = true
		}
	}
	k := b.String()
	if k == "" || k[0] < 'a' || k[0] > 'z' {
		k = "entry_" + k
	}
	return k
}

// Split splits a list cell into its items: at ';' and line breaks, then
// at ',' unless a run of comma-separated items is itself a name (of
// table t, or one that whole accepts, such as a state's "Iran, Islamic
// Republic of"): the longest such run wins, so a registry name that
// holds a comma is recognised whole.
func (r *Registry) Split(t Table, text string, whole func(string) bool) []string {
	var out []string
	isName := func(s string) bool { return r.Known(t, s) || (whole != nil && whole(s)) }
	for _, part := range splitOn(text, ";\n\r") {
		if isName(part) {
			out = append(out, part)
			continue
		}
		items := splitOn(part, ",")
		for i := 0; i < len(items); {
			n := 1
			for k := min(len(items), i+4); k > i+1; k-- {
				if isName(strings.Join(items[i:k], ", ")) {
					n = k - i
					break
				}
			}
			out = append(out, strings.Join(items[i:i+n], ", "))
			i += n
		}
	}
	return out
}

func splitOn(s, seps string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
