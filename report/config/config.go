// Package config decodes and validates config.toml: report metadata,
// reference lists (states, border indicators), header aliases and the source
// patterns. Decoding is strict: an unknown key or a value of the wrong type
// is an error naming the key.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"ratsreport/report/msg"
	"ratsreport/report/schema"
)

// Languages lists the languages the tool can write, in the order used when
// one must be chosen.
var Languages = []string{"en", "ru", "zh"}

// Text is a string given in several languages, keyed by language code.
type Text map[string]string

// In returns the text in lang, falling back to English, then to any
// language in Languages order.
func (t Text) In(lang string) string {
	if s := t[lang]; s != "" {
		return s
	}
	if s := t["en"]; s != "" {
		return s
	}
	for _, l := range Languages {
		if s := t[l]; s != "" {
			return s
		}
	}
	return ""
}

// Config is the whole configuration.
type Config struct {
	Report     Report      `toml:"report"`
	Sources    Sources     `toml:"sources"`
	States     []State     `toml:"states"`
	Indicators []Indicator `toml:"indicators"`
	// OnlineIndicators are the figures of the Online sheet, configured as
	// the border ones are; DefaultOnlineIndicators when the file has none.
	OnlineIndicators []Indicator                    `toml:"online_indicators"`
	Aliases          map[string]map[string][]string `toml:"aliases"`

	// The registry: the organisations, border operations and exercises
	// that cells name, each under a stable key (see Entry).
	Organisations []Entry `toml:"organisations"`
	Operations    []Entry `toml:"operations"`
	Exercises     []Entry `toml:"exercises"`

	// Coverage is who is expected to send each dataset, and by when;
	// Plausibility the thresholds of the check of the border figures.
	Coverage     Coverage     `toml:"coverage"`
	Plausibility Plausibility `toml:"plausibility"`

	// Dir is the folder of the configuration file; source patterns and
	// template folders are relative to it. Not read from the file.
	Dir string `toml:"-"`
	// Path is the configuration file as it was named, for messages. Not
	// read from the file.
	Path string `toml:"-"`
}

// Report holds the report's metadata.
type Report struct {
	Year           int       `toml:"year"`
	Languages      []string  `toml:"languages"`
	DocumentDate   time.Time `toml:"document_date"`
	DocumentNumber string    `toml:"document_number"`
	Organisation   Text      `toml:"organisation"`
	Title          Text      `toml:"title"`
	Classification Text      `toml:"classification"`
	Council        Council   `toml:"council"`
	Signatory      Signatory `toml:"signatory"`
	// Messages is the language the tool prints its messages in (en, ru
	// or zh) unless --messages says otherwise; "" leaves the choice to the
	// locale (LC_ALL, LC_MESSAGES, LANG). See package msg.
	Messages string `toml:"messages"`
}

// Council describes the RATS Council meeting the report is presented to.
type Council struct {
	Meeting Text      `toml:"meeting"`
	Date    time.Time `toml:"date"`
	Place   Text      `toml:"place"`
}

// Signatory is the person who signs the report.
type Signatory struct {
	Name     Text `toml:"name"`
	Position Text `toml:"position"`
}

// Sources says where the input workbooks are.
type Sources struct {
	Patterns []string `toml:"patterns"`
	// Translations is the translations workbook of free text (package
	// translate); "" is DefaultTranslations.
	Translations string `toml:"translations"`
}

// DefaultTranslations is the translations workbook when sources.translations
// is not set, relative to the configuration's folder.
const DefaultTranslations = "templates/translations.xlsx"

// TranslationsFile returns the translations workbook: its path (relative
// to the working folder, for opening it) and its name as configured
// (relative to the configuration's folder, for messages).
func (c *Config) TranslationsFile() (path, name string) {
	name = c.Sources.Translations
	if name == "" {
		name = DefaultTranslations
	}
	path = name
	if !filepath.IsAbs(path) {
		path = filepath.Join(c.Dir, filepath.FromSlash(name))
	}
	return path, name
}

// State statuses.
const (
	Member          = "member"
	Observer        = "observer"
	DialoguePartner = "dialogue partner"
	Partner         = "partner"
)

var statuses = []string{Member, Observer, DialoguePartner, Partner}

// State is one state of the reference list.
type State struct {
	Alpha2  string         `toml:"alpha2"`
	Alpha3  string         `toml:"alpha3"`
	Name    Text           `toml:"name"`
	Aliases []string       `toml:"aliases"`
	Status  string         `toml:"status"`
	Since   time.Time      `toml:"since"`
	History []StatusPeriod `toml:"history"`
}

// StatusPeriod is an earlier status of a state and the date it began.
type StatusPeriod struct {
	Status string    `toml:"status"`
	Since  time.Time `toml:"since"`
}

// StatusOn returns the state's status on day t, or "" before its first.
func (s State) StatusOn(t time.Time) string {
	best, bestSince := "", time.Time{}
	periods := append([]StatusPeriod{{Status: s.Status, Since: s.Since}}, s.History...)
	for _, p := range periods {
		if !p.Since.After(t) && (best == "" || p.Since.After(bestSince)) {
			best, bestSince = p.Status, p.Since
		}
	}
	return best
}

// Entry is one thing of the registry: an organisation, or a series of
// border operations or exercises (named once, without a year: the year
// is in the cell, "Solidarity-2025"). A cell that names it in any of its
// names, short names or aliases, in any language, is counted under Key.
type Entry struct {
	// Key identifies the entry in every count and merge; it never changes
	// once used (lowercase letters, digits and _).
	Key string `toml:"key"`
	// Name is the official name per language; English is required.
	Name Text `toml:"name"`
	// Short is the abbreviation or short name per language, printed
	// where the layout is tight and explained in the list of
	// abbreviations; optional.
	Short Text `toml:"short"`
	// Aliases are other names accepted in the workbooks.
	Aliases []string `toml:"aliases"`
}

// Names returns every name the entry is known by: names and short names
// in Languages order, then the aliases.
func (e Entry) Names() []string {
	var out []string
	for _, t := range []Text{e.Name, e.Short} {
		for _, l := range Languages {
			if t[l] != "" {
				out = append(out, t[l])
			}
		}
	}
	return append(out, e.Aliases...)
}

// Registry tables, as the configuration names them.
const (
	OrganisationTable = "organisations"
	OperationTable    = "operations"
	ExerciseTable     = "exercises"
)

// Table returns the registry table with the given name
// (OrganisationTable, OperationTable or ExerciseTable), or nil.
func (c *Config) Table(name string) []Entry {
	switch name {
	case OrganisationTable:
		return c.Organisations
	case OperationTable:
		return c.Operations
	case ExerciseTable:
		return c.Exercises
	}
	return nil
}

// Indicator is one figure reported for border operations.
type Indicator struct {
	Key     string   `toml:"key"`
	Type    string   `toml:"type"` // "integer" or "decimal"
	Main    bool     `toml:"main"` // shown in the report's charts
	Label   Text     `toml:"label"`
	Unit    Text     `toml:"unit"`
	Header  Text     `toml:"header"` // the column header in input workbooks
	Aliases []string `toml:"aliases"`
}

// Decimal reports whether the indicator takes decimals.
func (i Indicator) Decimal() bool { return i.Type == "decimal" }

// Error is one problem with the configuration, located by file, key and,
// when the TOML parser knows it, line.
type Error struct {
	File string
	Key  string
	Line int
	// Msg is the problem, in words not yet chosen (its key is the stable
	// code); Msg.In("en") is the same in English.
	Msg msg.Message
}

// newError returns the problem m at key of file.
func newError(file, key string, m msg.Message) *Error {
	return &Error{File: file, Key: key, Msg: m}
}

// Error returns the problem in English, as "file:line: key: message".
func (e *Error) Error() string { return e.In("en") }

// In returns the problem in lang, as "file:line: key: message": the
// location and the key are the file's own and are never translated.
func (e *Error) In(lang string) string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	if e.Key != "" {
		b.WriteString(": " + e.Key)
	}
	b.WriteString(": " + e.Msg.In(lang))
	return b.String()
}

// Errors is every problem found in one configuration file.
type Errors []*Error

// Error returns the problems in English, one a line.
func (es Errors) Error() string { return es.In("en") }

// In returns the problems in lang, one a line.
func (es Errors) In(lang string) string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.In(lang)
	}
	return strings.Join(lines, "\n")
}

// Load reads, decodes and validates the configuration file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, Errors{newError(path, "", msg.New(msg.ConfigUnreadable, unwrapPath(err)))}
	}
	c, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	c.Dir, c.Path = filepath.Dir(path), path
	return c, nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Parse decodes and validates configuration text; name is used in errors.
func Parse(name string, data []byte) (*Config, error) {
	c := &Config{Dir: ".", Plausibility: DefaultPlausibility()}
	md, err := toml.Decode(string(data), c)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			e := newError(name, pe.LastKey, msg.New(msg.ConfigTOML, pe.Message))
			e.Line = pe.Position.Line
			return nil, Errors{e}
		}
		return nil, Errors{newError(name, "", msg.New(msg.ConfigTOML, err.Error()))}
	}
	var es Errors
	undecoded := md.Undecoded()
	for _, k := range undecoded {
		es = append(es, newError(name, k.String(), msg.New(msg.ConfigUnknownKey)))
	}
	es = append(es, c.validate(name)...)
	if len(es) > 0 {
		return nil, es
	}
	c.normalise()
	return c, nil
}

var (
	alpha2RE = regexp.MustCompile(`^[A-Z]{2}$`)
	alpha3RE = regexp.MustCompile(`^[A-Z]{3}$`)
	keyRE    = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
)

func (c *Config) validate(file string) Errors {
	var es Errors
	bad := func(key string, k msg.Key, args ...any) {
		es = append(es, newError(file, key, msg.New(k, args...)))
	}
	r := c.Report
	if !PlausibleYear(r.Year) {
		bad("report.year", msg.ConfigYearImplausible, r.Year)
	}
	if len(r.Languages) == 0 {
		bad("report.languages", msg.ConfigNoLanguage)
	}
	for i, l := range r.Languages {
		if !contains(Languages, l) {
			bad(fmt.Sprintf("report.languages[%d]", i), msg.ConfigUnknownLanguage, l, strings.Join(Languages, ", "))
		}
	}
	if r.Messages != "" && !contains(Languages, r.Messages) {
		bad("report.messages", msg.ConfigUnknownLanguage, r.Messages, strings.Join(Languages, ", "))
	}
	if r.DocumentDate.IsZero() {
		bad("report.document_date", msg.ConfigDocumentDateMissing)
	}
	for key, t := range map[string]Text{
		"report.organisation": r.Organisation, "report.title": r.Title, "report.classification": r.Classification,
		"report.council.place": r.Council.Place, "report.council.meeting": r.Council.Meeting,
		"report.signatory.name": r.Signatory.Name, "report.signatory.position": r.Signatory.Position,
	} {
		es = append(es, checkText(file, key, t, true)...)
	}
	if r.Council.Date.IsZero() {
		bad("report.council.date", msg.ConfigCouncilDateMissing)
	}
	if len(c.Sources.Patterns) == 0 {
		bad("sources.patterns", msg.ConfigNoPattern)
	}
	for i, p := range c.Sources.Patterns {
		if !validPattern(p) {
			bad(fmt.Sprintf("sources.patterns[%d]", i), msg.ConfigPatternInvalid, p)
		}
	}
	seen := map[string]string{}
	claim := func(key, name string) {
		n := schema.Normalize(name)
		if n == "" {
			return
		}
		if prev, ok := seen[n]; ok {
			bad(key, msg.ConfigNameTaken, name, prev)
			return
		}
		seen[n] = key
	}
	if len(c.States) == 0 {
		bad("states", msg.ConfigNoState)
	}
	for i, s := range c.States {
		k := fmt.Sprintf("states[%d]", i)
		if !alpha2RE.MatchString(s.Alpha2) {
			bad(k+".alpha2", msg.ConfigAlpha2Invalid, s.Alpha2)
		}
		if !alpha3RE.MatchString(s.Alpha3) {
			bad(k+".alpha3", msg.ConfigAlpha3Invalid, s.Alpha3)
		}
		claim(k+".alpha2", s.Alpha2)
		claim(k+".alpha3", s.Alpha3)
		es = append(es, checkText(file, k+".name", s.Name, true)...)
		for _, l := range Languages {
			if s.Name[l] != "" {
				claim(k+".name."+l, s.Name[l])
			}
		}
		for j, a := range s.Aliases {
			claim(fmt.Sprintf("%s.aliases[%d]", k, j), a)
		}
		if !contains(statuses, s.Status) {
			bad(k+".status", msg.ConfigStatusInvalid, s.Status, strings.Join(statuses, ", "))
		}
		if s.Since.IsZero() {
			bad(k+".since", msg.ConfigSinceMissing)
		}
		for j, h := range s.History {
			if !contains(statuses, h.Status) {
				bad(fmt.Sprintf("%s.history[%d].status", k, j), msg.ConfigStatusInvalid, h.Status, strings.Join(statuses, ", "))
			}
			if h.Since.IsZero() {
				bad(fmt.Sprintf("%s.history[%d].since", k, j), msg.ConfigSinceMissing)
			}
		}
	}
	if len(c.Indicators) == 0 {
		bad("indicators", msg.ConfigNoIndicator)
	}
	es = append(es, validateIndicators(file, "indicators", c.Indicators, schema.BorderSheet)...)
	if c.OnlineIndicators == nil {
		c.OnlineIndicators = DefaultOnlineIndicators()
	}
	es = append(es, validateIndicators(file, "online_indicators", c.OnlineIndicators, schema.OnlineSheet)...)
	for ds, cols := range c.Aliases {
		sheet := schema.SheetFor(schema.Dataset(ds))
		if sheet == nil {
			bad("aliases."+ds, msg.ConfigDatasetUnknown, datasetList())
			continue
		}
		for col := range cols {
			if col != "sheet" && sheet.Column(col) == nil {
				var valid []string
				for _, cc := range sheet.Columns {
					valid = append(valid, cc.Key)
				}
				bad("aliases."+ds+"."+col, msg.ConfigColumnUnknown, strings.Join(valid, ", "))
			}
		}
	}
	es = append(es, c.validateRegistry(file)...)
	es = append(es, c.validateCoverage(file)...)
	es = append(es, c.validatePlausibility(file)...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Key < es[j].Key })
	return es
}

// validateIndicators checks one table of indicators (indicators or
// online_indicators): keys well formed and distinct, a type, labels and
// headers, and no header taken by another indicator or a column of the
// sheet they belong to.
func validateIndicators(file, table string, inds []Indicator, sheet *schema.Sheet) Errors {
	var es Errors
	bad := func(key string, k msg.Key, args ...any) {
		es = append(es, newError(file, key, msg.New(k, args...)))
	}
	keys := map[string]bool{}
	// headers are the headers taken: by an indicator (its key) or by a
	// column of the sheet.
	type owner struct {
		key string
		col *schema.Column
	}
	headers := map[string]owner{}
	for i := range sheet.Columns {
		col := &sheet.Columns[i]
		headers[schema.Normalize(col.EN)] = owner{col: col}
		headers[schema.Normalize(col.RU)] = owner{col: col}
	}
	for i, ind := range inds {
		k := fmt.Sprintf("%s[%d]", table, i)
		if !keyRE.MatchString(ind.Key) {
			bad(k+".key", msg.ConfigKeyInvalid, ind.Key)
		} else if keys[ind.Key] {
			bad(k+".key", msg.ConfigKeyTwice, ind.Key)
		}
		keys[ind.Key] = true
		if ind.Type != "integer" && ind.Type != "decimal" {
			bad(k+".type", msg.ConfigTypeInvalid, ind.Type)
		}
		es = append(es, checkText(file, k+".label", ind.Label, true)...)
		es = append(es, checkText(file, k+".unit", ind.Unit, false)...)
		es = append(es, checkText(file, k+".header", ind.Header, true)...)
		names := append([]string{}, ind.Aliases...)
		for _, l := range Languages {
			if ind.Header[l] != "" {
				names = append(names, ind.Header[l])
			}
		}
		for _, n := range names {
			nn := schema.Normalize(n)
			if prev, ok := headers[nn]; ok && prev.key != k {
				var by any = prev.key
				if prev.col != nil {
					by = msg.New(msg.ConfigTheColumn, prev.col.EN, prev.col.RU)
				}
				bad(k+".header", msg.ConfigHeaderTaken, n, by)
			}
			headers[nn] = owner{key: k}
		}
	}
	return es
}

// validateRegistry checks the registry: keys well formed and distinct
// within a table, an English name for every entry, and no name (after
// schema.NameKey) claimed by two entries of a table; an organisation
// may not share a name with a state either, since observer lists mix
// both.
func (c *Config) validateRegistry(file string) Errors {
	var es Errors
	bad := func(key string, k msg.Key, args ...any) {
		es = append(es, newError(file, key, msg.New(k, args...)))
	}
	stateNames := map[string]string{}
	for i, s := range c.States {
		for _, n := range append([]string{s.Alpha2, s.Alpha3, s.Name["en"], s.Name["ru"], s.Name["zh"]}, s.Aliases...) {
			if n != "" {
				stateNames[schema.NameKey(n)] = fmt.Sprintf("states[%d] (%s)", i, s.Alpha2) //msg:ok a configuration key and a code, not words
			}
		}
	}
	keys := map[string]bool{} // over all tables: outputs find an entry by its key alone
	for _, table := range []string{OrganisationTable, OperationTable, ExerciseTable} {
		names := map[string]string{}
		for i, e := range c.Table(table) {
			k := fmt.Sprintf("%s[%d]", table, i)
			switch {
			case !keyRE.MatchString(e.Key):
				bad(k+".key", msg.ConfigRegistryKeyInvalid, e.Key)
			case keys[e.Key]:
				bad(k+".key", msg.ConfigRegistryKeyTwice, e.Key)
			}
			keys[e.Key] = true
			es = append(es, checkText(file, k+".name", e.Name, true)...)
			es = append(es, checkText(file, k+".short", e.Short, false)...)
			seen := map[string]bool{}
			for _, n := range e.Names() {
				nk := schema.NameKey(n)
				if nk == "" || seen[nk] {
					continue
				}
				seen[nk] = true
				if prev, ok := names[nk]; ok {
					bad(k, msg.ConfigRegistryNameTaken, n, prev)
					continue
				}
				names[nk] = fmt.Sprintf("%s (%s)", k, e.Key)
				if st, ok := stateNames[nk]; ok && table == OrganisationTable {
					bad(k, msg.ConfigRegistryNameState, n, st)
				}
			}
		}
	}
	return es
}

func checkText(file, key string, t Text, required bool) Errors {
	var es Errors
	for l := range t {
		if !contains(Languages, l) {
			es = append(es, newError(file, key+"."+l, msg.New(msg.ConfigTextLanguage, strings.Join(Languages, ", "))))
		}
	}
	if required && strings.TrimSpace(t["en"]) == "" {
		es = append(es, newError(file, key+".en", msg.New(msg.ConfigTextEnglishMissing)))
	}
	return es
}

// datasetList lists the datasets' keys, for messages.
func datasetList() string {
	names := make([]string, len(schema.Datasets))
	for i, d := range schema.Datasets {
		names[i] = string(d)
	}
	return strings.Join(names, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// normalise makes dates civil (UTC midnight), so that nothing depends on
// the machine's time zone.
func (c *Config) normalise() {
	civil := func(t *time.Time) {
		if !t.IsZero() {
			*t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
	civil(&c.Report.DocumentDate)
	civil(&c.Report.Council.Date)
	civil(&c.Coverage.Deadline)
	for ds, t := range c.Coverage.Deadlines {
		civil(&t)
		c.Coverage.Deadlines[ds] = t
	}
	c.Coverage.baseYear = c.Report.Year
	for i := range c.States {
		civil(&c.States[i].Since)
		for j := range c.States[i].History {
			civil(&c.States[i].History[j].Since)
		}
	}
}

// FirstPlausibleYear and LastPlausibleYear bound the reporting years (and
// spans of years asked of the statistics) taken as meant rather than as a
// typing error.
const (
	FirstPlausibleYear = 1990
	LastPlausibleYear  = 2200
)

// PlausibleYear reports whether y lies between FirstPlausibleYear and
// LastPlausibleYear.
func PlausibleYear(y int) bool { return y >= FirstPlausibleYear && y <= LastPlausibleYear }

// StateOrder returns each configured state's position in the reference
// list, by alpha-2 code: the order states are listed in everywhere.
func (c *Config) StateOrder() map[string]int {
	order := make(map[string]int, len(c.States))
	for i, s := range c.States {
		order[s.Alpha2] = i
	}
	return order
}

// StateLess orders alpha-2 codes as the report lists states: configured
// states in reference-list order (order is StateOrder's map), then codes
// not in the list, alphabetically.
func StateLess(order map[string]int, a, b string) bool {
	x, okx := order[a]
	y, oky := order[b]
	switch {
	case okx && oky:
		return x < y
	case okx != oky:
		return okx
	}
	return a < b
}

// IndicatorIndex returns the position of the indicator with the given key
// among Indicators, or -1 when there is none.
func (c *Config) IndicatorIndex(key string) int {
	for i, ind := range c.Indicators {
		if ind.Key == key {
			return i
		}
	}
	return -1
}

// State returns the state with the given alpha-2 code.
func (c *Config) State(alpha2 string) (State, bool) {
	for _, s := range c.States {
		if s.Alpha2 == alpha2 {
			return s, true
		}
	}
	return State{}, false
}

// StateName returns the name of the state with the given alpha-2 code in
// lang, or the code itself when the state is unknown.
func (c *Config) StateName(alpha2, lang string) string {
	if s, ok := c.State(alpha2); ok {
		return s.Name.In(lang)
	}
	return alpha2
}

// StateLabel returns the names of the state with the given alpha-2 code,
// for a message (a Text prints in the message's language), or the code
// itself when the state is unknown.
func (c *Config) StateLabel(alpha2 string) Text {
	if s, ok := c.State(alpha2); ok && len(s.Name) > 0 {
		return s.Name
	}
	return Text{"en": alpha2}
}

// Members returns the alpha-2 codes of the states that were members on day
// t, in reference-list order.
func (c *Config) Members(t time.Time) []string {
	var out []string
	for _, s := range c.States {
		if s.StatusOn(t) == Member {
			out = append(out, s.Alpha2)
		}
	}
	return out
}
