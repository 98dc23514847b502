package ingest

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/diag"
	"ratsreport/report/model"
	"ratsreport/report/msg"
	"ratsreport/report/schema"
	"ratsreport/report/value"
)

// trCol is a column that gives, per row, the translation of a free-text
// column into one language: "Title (ru)" beside "Title".
type trCol struct {
	col  int    // its column number
	key  string // the original's column key
	lang string
	list bool // the original is a list (FreeList): items pair by position
}

// translationColumn maps a header the contract does not know when it is a
// free-text column's header with a language suffix ("Title (ru)",
// "Наименование [en]"): it reports whether the header was taken (or
// diagnosed) as such. A suffix on a column that is not free text leaves
// the header unknown.
func (s *sheetReader) translationColumn(rowNum, col int, header string) bool {
	base, code := schema.SplitLanguage(header)
	if code == "" {
		return false
	}
	ref, ok := s.r.headers[s.dataset][schema.Normalize(base)]
	if !ok || ref.indicator >= 0 {
		return false
	}
	c := schema.SheetFor(s.dataset).Column(ref.key)
	if c == nil || !c.Translated {
		return false
	}
	h := strings.TrimSpace(header)
	if !schema.KnownLanguage(code) {
		s.add(rowNum, col, diag.Warning, msg.ReadTrLanguageUnknown,
			h, c.Header(s.lang), code, strings.Join(schema.TranslationLanguages, ", "))
		return true
	}
	for _, t := range s.trCols {
		if t.key == ref.key && t.lang == code {
			name, _ := excelize.ColumnNumberToName(t.col)
			s.add(rowNum, col, diag.Error, msg.ReadTrColumnRepeated, h, name, c.Header(s.lang), code)
			return true
		}
	}
	s.trCols = append(s.trCols, trCol{col: col, key: ref.key, lang: code, list: c.Kind == schema.FreeList})
	return true
}

// translationsMapped checks, once the header is mapped, that each
// translation column has its original beside it.
func (s *sheetReader) translationsMapped(rowNum int) {
	kept := s.trCols[:0]
	for _, t := range s.trCols {
		if s.keyCol[t.key] == 0 {
			c := schema.SheetFor(s.dataset).Column(t.key)
			name, other := c.Header(s.lang), c.RU
			if s.lang == "ru" {
				other = c.EN
			}
			s.add(rowNum, t.col, diag.Warning, msg.ReadTrOriginalMissing, name, t.lang, name, other)
			continue
		}
		kept = append(kept, t)
	}
	s.trCols = kept
}

// rowTranslations keeps the translations a record's row gives, once per
// distinct text, language and translation in the sheet.
func (s *sheetReader) rowTranslations(rowNum int, cells []string) {
	for _, t := range s.trCols {
		in := cellText(cells, t.col)
		if in == "" {
			continue
		}
		orig := cellText(cells, s.keyCol[t.key])
		if orig == "" {
			s.add(rowNum, t.col, diag.Warning, msg.ReadTrOriginalEmpty, in)
			continue
		}
		if !t.list {
			s.keepTranslation(rowNum, t, orig, in)
			continue
		}
		items, tr := value.Split(orig), value.Split(in)
		if len(items) != len(tr) {
			s.add(rowNum, t.col, diag.Warning, msg.ReadTrListCount, len(items), s.columnName(t.key), len(tr))
			continue
		}
		for i := range items {
			s.keepTranslation(rowNum, t, items[i], tr[i])
		}
	}
}

func (s *sheetReader) keepTranslation(rowNum int, t trCol, orig, in string) {
	k := trKey{text: orig, lang: t.lang, in: in}
	if s.trSeen == nil {
		s.trSeen = map[trKey]bool{}
	}
	if s.trSeen[k] {
		return
	}
	s.trSeen[k] = true
	s.translations = append(s.translations, model.Translation{Text: orig, Lang: t.lang, In: in,
		Dataset: string(s.dataset), Column: t.key, At: model.Origin{File: s.file, Sheet: s.sheet, Row: rowNum}, Col: t.col})
}

// trKey is a translation as a sheet keeps it once.
type trKey struct{ text, lang, in string }

// keptTranslations are the sheet's translations given in rows that became
// records (a row the strict pass rejected afterwards gives none).
func (s *sheetReader) keptTranslations() []model.Translation {
	if len(s.translations) == 0 {
		return nil
	}
	rows := make(map[int]bool, len(s.rows))
	for _, rw := range s.rows {
		rows[rw.rowNum] = true
	}
	var out []model.Translation
	for _, t := range s.translations {
		if rows[t.At.Row] {
			out = append(out, t)
		}
	}
	return out
}

func cellText(cells []string, col int) string {
	if col < 1 || col > len(cells) {
		return ""
	}
	return value.Clean(cells[col-1])
}

// addTranslations keeps a file's translations in data, once per text
// (by schema.NameKey), language and translation; a text given two
// different translations into one language is a notice at the second,
// naming the first, which is used.
func (m *merger) addTranslations(ts []model.Translation) {
	for _, t := range ts {
		k := schema.NameKey(t.Text) + "\x00" + t.Lang
		if m.translated == nil {
			m.translated = map[string]int{}
		}
		i, seen := m.translated[k]
		if !seen {
			m.translated[k] = len(m.data.Translations)
			m.data.Translations = append(m.data.Translations, t)
			continue
		}
		first := m.data.Translations[i]
		if schema.NameKey(first.In) == schema.NameKey(t.In) {
			continue
		}
		there := diag.Diagnostic{File: first.At.File, Sheet: first.At.Sheet, Row: first.At.Row, Col: first.Col}
		m.diags.Add(t.At.File, t.At.Sheet, t.At.Row, t.Col, diag.Notice,
			msg.ReadTrConflict, t.Text, t.Lang, t.In, first.In, there.Location())
	}
}
