package sample

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"ratsreport/report/config"
	"ratsreport/report/schema"
)

// val is one value of a record, before it is given a form: text or an
// enumeration key, a date, a whole number (a border indicator's figure in
// thousandths when the indicator is decimal) or a list of country codes or
// free items. The zero val is an empty cell.
type val struct {
	set  bool
	s    string
	t    time.Time
	n    int64
	list []string
}

func text(s string) val {
	if s == "" {
		return val{}
	}
	return val{set: true, s: s}
}

func dateVal(t time.Time) val { return val{set: true, t: t} }

func num(n int64) val { return val{set: true, n: n} }

func list(items ...string) val {
	if len(items) == 0 {
		return val{}
	}
	return val{set: true, list: items}
}

// form is how one workbook writes its values: the language of its sheet
// names, headers and enumeration labels, and the shape of its dates,
// numbers, countries and lists. Each authority has its habits.
type form struct {
	lang      string // "en" or "ru"
	dates     dateForm
	date1904  bool   // the workbook uses the 1904 date system
	thousands string // when not "", whole numbers are text, grouped with this separator
	decComma  bool   // decimals are text with a decimal comma, where that is unambiguous
	countries countryForm
	sep       string // list separator
	capEnums  bool   // enumeration labels with a capital first letter
}

type dateForm int

const (
	excelISO  dateForm = iota // a date cell shown as yyyy-mm-dd
	excelDMY                  // a date cell shown as dd.mm.yyyy
	textISO                   // text 2025-09-21
	textDot                   // text 21.09.2025
	textSlash                 // text 21/09/2025
)

type countryForm int

const (
	alpha2   countryForm = iota
	alpha3               // ISO alpha-3
	name                 // the name in the form's language
	variant              // as name, but a common variant (Киргизия, Белоруссия) where the configuration accepts it
	official             // the first alias in the form's script (Российская Федерация, Islamic Republic of Iran), else the name
)

// column is one column of a sheet as written.
type column struct {
	key    string
	header string
	kind   schema.Kind
	enum   *schema.Enumeration
}

// columns returns the columns of the dataset's sheet in the form's
// language: the schema's, then for border operations one per indicator.
func columns(ds schema.Dataset, lang string, cfg *config.Config) []column {
	sh := schema.SheetFor(ds)
	var out []column
	for _, c := range sh.Columns {
		h := c.EN
		if lang == "ru" {
			h = c.RU
		}
		out = append(out, column{key: c.Key, header: h, kind: c.Kind, enum: c.Enum})
	}
	if schema.Indicated(ds) {
		for _, ind := range cfg.IndicatorsOf(string(ds)) {
			k := schema.Integer
			if ind.Decimal() {
				k = schema.Decimal
			}
			out = append(out, column{key: ind.Key, header: ind.Header.In(lang), kind: k})
		}
	}
	return out
}

// sheetName is the dataset's sheet name in lang.
func sheetName(ds schema.Dataset, lang string) string {
	sh := schema.SheetFor(ds)
	if lang == "ru" {
		return sh.RU
	}
	return sh.EN
}

// country writes one state in the form's shape.
func (f form) country(cfg *config.Config, code string) string {
	st, ok := cfg.State(code)
	if !ok {
		return code
	}
	switch f.countries {
	case alpha3:
		return st.Alpha3
	case name:
		return st.Name.In(f.lang)
	case variant:
		if f.lang == "ru" {
			for _, v := range []string{"Киргизия", "Белоруссия"} {
				for _, a := range st.Aliases {
					if a == v {
						return v
					}
				}
			}
		}
		return st.Name.In(f.lang)
	case official:
		for _, a := range st.Aliases {
			if cyrillic(a) == (f.lang == "ru") {
				return a
			}
		}
		return st.Name.In(f.lang)
	}
	return st.Alpha2
}

// cyrillic reports whether s starts with a Cyrillic letter.
func cyrillic(s string) bool {
	for _, r := range s {
		return unicode.Is(unicode.Cyrillic, r)
	}
	return false
}

// label writes an enumeration key in the form's language.
func (f form) label(e *schema.Enumeration, key string) string {
	s := key
	if f.lang == "ru" {
		s = e.Label(key, "ru")
	}
	if f.capEnums && s != "" {
		r := []rune(s)
		s = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return s
}

// dateText writes a date as text in the form's shape.
func (f form) dateText(t time.Time) string {
	switch f.dates {
	case textDot:
		return t.Format("02.01.2006")
	case textSlash:
		return t.Format("02/01/2006")
	}
	return t.Format("2006-01-02")
}

// dateCell reports whether dates are written as real date cells.
func (f form) dateCell() bool { return f.dates == excelISO || f.dates == excelDMY }

// numFmt is the custom number format of the form's date cells.
func (f form) numFmt() string {
	if f.dates == excelDMY {
		return "dd.mm.yyyy"
	}
	return "yyyy-mm-dd"
}

// group writes a whole number with a thousands separator.
func group(n int64, sep string) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// commaDecimal writes thousandths as text with a decimal comma (8,75). It
// reports false when the text would be ambiguous: one to three digits, a
// comma and exactly three digits reads as a thousands group too.
func commaDecimal(milli int64) (string, bool) {
	if milli < 0 {
		return "", false
	}
	ip, fp := milli/1000, milli%1000
	if fp == 0 {
		return strconv.FormatInt(ip, 10), true
	}
	frac := strings.TrimRight(strconv.FormatInt(1000+fp, 10)[1:], "0")
	if len(frac) == 3 {
		return "", false
	}
	return strconv.FormatInt(ip, 10) + "," + frac, true
}
