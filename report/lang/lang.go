// Package lang holds the report's fixed text in each output language and
// the language's conventions for numbers and dates. The text comes from
// per-language files (templates/<lang>/text.toml) that staff can edit
// without recompiling; a key missing in a language falls back to English
// and is reported, so that a translation gap is visible in `check`.
package lang

import (
	"bytes"
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/BurntSushi/toml"

	"ratsreport/report/msg"
)

// Texts is the fixed text of one language, with English behind it.
type Texts struct {
	Lang     string
	m        map[string]string
	fallback *Texts
	missing  map[string]bool
	foreword string // the optional foreword template (foreword.go)
}

// Missing is a key that a language lacks (English is used instead).
type Missing struct {
	Lang, Key string
}

// Load reads templates/<lang>/text.toml (and the English file, the
// fallback) from fsys, whose root holds the language folders. It returns
// the keys the language lacks, sorted.
func Load(fsys fs.FS, lang string) (*Texts, []Missing, error) {
	en, err := loadOne(fsys, "en")
	if err != nil {
		return nil, nil, err
	}
	if lang == "en" {
		return en, nil, nil
	}
	t, err := loadOne(fsys, lang)
	if err != nil {
		return nil, nil, err
	}
	t.fallback = en
	var miss []Missing
	for k := range en.m {
		if _, ok := t.m[k]; !ok && !t.hasPluralGroup(k) {
			miss = append(miss, Missing{Lang: lang, Key: k})
		}
	}
	sort.Slice(miss, func(i, j int) bool { return miss[i].Key < miss[j].Key })
	return t, miss, nil
}

func loadOne(fsys fs.FS, lang string) (*Texts, error) {
	name := lang + "/text.toml"
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, msg.Errorf(msg.TextsUnreadable, lang, err)
	}
	var raw map[string]any
	if _, err := toml.Decode(string(b), &raw); err != nil {
		return nil, msg.Errorf(msg.At, "templates/"+name, err)
	}
	t := &Texts{Lang: lang, m: map[string]string{}}
	if err := flatten("", raw, t.m); err != nil {
		return nil, msg.Errorf(msg.At, "templates/"+name, err)
	}
	for k, v := range t.m {
		if _, err := template.New(k).Funcs(funcStubs).Parse(v); err != nil {
			return nil, msg.Errorf(msg.At, "templates/"+name+": "+k, err)
		}
	}
	if err := loadForeword(fsys, t); err != nil {
		return nil, err
	}
	return t, nil
}

func flatten(prefix string, v map[string]any, out map[string]string) error {
	for k, x := range v {
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		switch y := x.(type) {
		case string:
			out[key] = y
		case map[string]any:
			if err := flatten(key, y, out); err != nil {
				return err
			}
		case []any:
			for i, e := range y {
				s, ok := e.(string)
				if !ok {
					return msg.Errorf(msg.TextsNotText, fmt.Sprintf("%s[%d]", key, i))
				}
				out[fmt.Sprintf("%s.%d", key, i+1)] = s
			}
		default:
			return msg.Errorf(msg.TextsNotTextFound, key, fmt.Sprintf("%T", x))
		}
	}
	return nil
}

// pluralForms are the endings of plural keys; languages use different
// sets (English one/other, Russian one/few/many, Chinese none).
var pluralForms = []string{"one", "few", "many", "other"}

// hasPluralGroup reports whether key is a plural form (word.x.other) of a
// group the language has in its own forms, or as a single key.
func (t *Texts) hasPluralGroup(key string) bool {
	i := strings.LastIndexByte(key, '.')
	if i < 0 {
		return false
	}
	group, form := key[:i], key[i+1:]
	isForm := false
	for _, f := range pluralForms {
		isForm = isForm || f == form
	}
	if !isForm {
		return false
	}
	if _, ok := t.m[group]; ok {
		return true
	}
	for _, f := range pluralForms {
		if _, ok := t.m[group+"."+f]; ok {
			return true
		}
	}
	return false
}

// T returns the text of key, English when the language lacks it, and the
// key itself in brackets when English lacks it too (visible, never empty).
func (t *Texts) T(key string) string {
	if s, ok := t.m[key]; ok {
		return s
	}
	if t.fallback != nil {
		return t.fallback.T(key)
	}
	return "[" + key + "]"
}

// Has reports whether the language or its fallback has key.
func (t *Texts) Has(key string) bool {
	if _, ok := t.m[key]; ok {
		return true
	}
	return t.fallback != nil && t.fallback.Has(key)
}

// F formats the text of key with fmt-style arguments.
func (t *Texts) F(key string, args ...any) string { return fmt.Sprintf(t.T(key), args...) }

// Exec runs the text of key as a Go text/template over data, with the
// language's formatting functions: num, dec, date, dates, pct.
func (t *Texts) Exec(key string, data any) (string, error) {
	tpl, err := template.New(key).Funcs(t.Funcs()).Option("missingkey=error").Parse(t.T(key))
	if err != nil {
		return "", msg.Errorf(msg.TextsTemplate, key, t.Lang, err)
	}
	var b bytes.Buffer
	if err := tpl.Execute(&b, data); err != nil {
		return "", msg.Errorf(msg.TextsTemplate, key, t.Lang, err)
	}
	return strings.Join(strings.Fields(b.String()), " "), nil
}

var funcStubs = template.FuncMap{
	"num": func(any) string { return "" }, "dec": func(any) string { return "" }, "date": func(any) string { return "" },
	"dates": func(any, any) string { return "" }, "pct": func(any) string { return "" }, "plural": func(any, string) string { return "" },
}

// Funcs returns the template functions of the language.
func (t *Texts) Funcs() template.FuncMap {
	return template.FuncMap{
		"num": func(n any) string { return t.Int(toInt(n)) },
		"dec": func(m int64) string { return t.Milli(m, 1) },
		"date": func(d time.Time) string {
			return t.Date(d)
		},
		"dates":  func(a, b time.Time) string { return t.DateRange(a, b) },
		"pct":    func(p float64) string { return t.Percent(p) },
		"plural": func(n any, key string) string { return t.Plural(toInt(n), key) },
	}
}

func toInt(n any) int64 {
	switch v := n.(type) {
	case int:
		return int64(v)
	case int64:
		return v
	}
	return 0
}

// Int formats a whole number with the language's thousands separator.
func (t *Texts) Int(n int64) string {
	return group(strconv.FormatInt(abs64(n), 10), t.T("format.thousands"), n < 0)
}

// Milli formats thousandths with up to decimals decimals (trailing zeros
// dropped), the language's thousands separator and decimal mark.
func (t *Texts) Milli(m int64, decimals int) string { return t.decimal(m, decimals, true) }

// Fixed formats thousandths with exactly decimals decimals, rounded half
// away from zero (8750 with 1 → "8.8").
func (t *Texts) Fixed(m int64, decimals int) string { return t.decimal(m, decimals, false) }

func (t *Texts) decimal(m int64, decimals int, trim bool) string {
	neg := m < 0
	m = abs64(m)
	scale := int64(math.Pow10(3 - decimals))
	m = (m + scale/2) / scale
	unit := int64(math.Pow10(decimals))
	s := group(strconv.FormatInt(m/unit, 10), t.T("format.thousands"), neg && m != 0)
	frac := fmt.Sprintf("%0*d", decimals, m%unit)
	if trim {
		frac = strings.TrimRight(frac, "0")
	}
	if decimals > 0 && frac != "" {
		s += t.T("format.decimal") + frac
	}
	return s
}

// Percent formats a percentage with one decimal and a sign. A rise of
// 1,000% or more is given as a factor instead (+18,553.3% as ×186.5):
// such percentages read badly and do not fit a table's % column.
func (t *Texts) Percent(p float64) string {
	if p >= 1000 {
		return "×" + t.Milli(int64(math.Round((1+p/100)*10))*100, 1)
	}
	sign := "+"
	if p < 0 {
		sign = "−"
		p = -p
	}
	m := int64(math.Round(p * 1000))
	return sign + t.Milli(m, 1) + t.T("format.percent")
}

func group(digits, sep string, neg bool) string {
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// Fill replaces the placeholders {name} of s by their values, given as
// name, value pairs (Fill(s, "year", "2025")); a placeholder without a
// value stays as written, and values are not searched for placeholders.
// It is how every text with placeholders is filled: one pass, no
// strings.Replacer per call (the PDF fills thousands of dates at scale).
func Fill(s string, pairs ...string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexAny(s[i+1:], "{}")
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		j += i + 1
		if s[j] == '{' { // "{{name}": the first brace is text
			b.WriteString(s[:j])
			s = s[j:]
			continue
		}
		name := s[i+1 : j]
		b.WriteString(s[:i])
		v, ok := "", false
		for k := 0; k+1 < len(pairs); k += 2 {
			if pairs[k] == name {
				v, ok = pairs[k+1], true
				break
			}
		}
		if ok {
			b.WriteString(v)
		} else {
			b.WriteString(s[i : j+1])
		}
		s = s[j+1:]
	}
}

// Sub returns the text of key with its placeholders filled from name,
// value pairs (see Fill).
func (t *Texts) Sub(key string, pairs ...string) string { return Fill(t.T(key), pairs...) }

// Date formats a day in the language's long form (format.date, with
// {d}, {month} (month name as used in a date), {m} and {y}).
func (t *Texts) Date(d time.Time) string {
	if d.IsZero() {
		return ""
	}
	return t.Sub("format.date", "d", strconv.Itoa(d.Day()), "m", strconv.Itoa(int(d.Month())),
		"month", t.T(fmt.Sprintf("months.%d", int(d.Month()))), "y", strconv.Itoa(d.Year()))
}

// ShortDate formats a day as a compact numeric date for tables.
func (t *Texts) ShortDate(d time.Time) string {
	if d.IsZero() {
		return ""
	}
	return t.Sub("format.short_date", "dd", fmt.Sprintf("%02d", d.Day()), "mm", fmt.Sprintf("%02d", int(d.Month())), "y", strconv.Itoa(d.Year()))
}

// DateRange formats a span of days compactly ("1–5 December 2025").
func (t *Texts) DateRange(a, b time.Time) string {
	if b.IsZero() || a.Equal(b) {
		return t.Date(a)
	}
	if a.Year() == b.Year() && a.Month() == b.Month() && t.Has("format.range_same_month") {
		return t.Sub("format.range_same_month", "d1", strconv.Itoa(a.Day()), "d2", strconv.Itoa(b.Day()),
			"month", t.T(fmt.Sprintf("months.%d", int(a.Month()))), "m", strconv.Itoa(int(a.Month())), "y", strconv.Itoa(a.Year()))
	}
	return t.Date(a) + " – " + t.Date(b)
}

// Plural picks the plural form of key for n: key.one, key.few, key.many
// (Russian rules) or key.one / key.other; a language without forms uses
// key itself.
func (t *Texts) Plural(n int64, key string) string {
	form := "other"
	switch t.Lang {
	case "ru":
		m10, m100 := n%10, n%100
		switch {
		case m10 == 1 && m100 != 11:
			form = "one"
		case m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14):
			form = "few"
		default:
			form = "many"
		}
	default:
		if n == 1 {
			form = "one"
		}
	}
	if s, ok := t.m[key]; ok {
		return s
	}
	for _, f := range []string{form, "other", "many"} {
		if s, ok := t.m[key+"."+f]; ok {
			return s
		}
	}
	if t.fallback != nil {
		return t.fallback.Plural(n, key)
	}
	return "[" + key + "]"
}
