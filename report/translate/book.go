// Package translate owns the translations of free text (locations,
// session titles, themes, document titles, areas, notes: what the member
// states type, as opposed to names the registry knows): the translations
// workbook (templates/translations.xlsx: columns Text, en, ru, zh), the
// lookup each edition prints free text through (the rows' own per-language
// columns first, then the workbook, else the text as written), and the
// texts an edition would print untranslated, for translators.
//
// Texts are matched by schema.NameKey: case, spacing, dashes and quotes do
// not make a new text.
package translate

import (
	"bytes"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/diag"
	"ratsreport/report/msg"
	"ratsreport/report/schema"
	"ratsreport/report/value"
)

// Languages are the languages a text is translated into, in the
// workbook's column order.
var Languages = schema.TranslationLanguages

// Entry is one row of the translations workbook: a text and its
// translations.
type Entry struct {
	Text string
	// In holds the translation per language; a missing one is "".
	In      map[string]string
	Comment string
	// Where, Column and Count say where the text appears and how often
	// (the report's section, the contract's column), as the translations
	// command last wrote them, for translators; the lookup ignores them.
	Where, Column string
	Count         int
	// Row is the entry's row in the workbook read, 0 for a new entry.
	Row int
}

// Book is the translations workbook: one entry per distinct text.
type Book struct {
	Entries []*Entry
	byKey   map[string]*Entry
}

// NewBook returns an empty workbook.
func NewBook() *Book { return &Book{byKey: map[string]*Entry{}} }

// Key is what texts are matched by: schema.NameKey.
func Key(text string) string { return schema.NameKey(text) }

// Find returns the entry of text, or nil.
func (b *Book) Find(text string) *Entry {
	if b == nil {
		return nil
	}
	return b.byKey[Key(text)]
}

// Add appends an entry for a text the workbook does not hold yet and
// returns it; for a text it holds, it returns the entry held.
func (b *Book) Add(text string) *Entry {
	if e := b.Find(text); e != nil {
		return e
	}
	e := &Entry{Text: text, In: map[string]string{}}
	b.Entries = append(b.Entries, e)
	b.byKey[Key(text)] = e
	return e
}

// Lookup returns the workbook's translation of text into lang.
func (b *Book) Lookup(text, lang string) (string, bool) { return b.lookupKey(Key(text), lang) }

// lookupKey is Lookup of a text by its Key.
func (b *Book) lookupKey(k, lang string) (string, bool) {
	if b == nil {
		return "", false
	}
	e := b.byKey[k]
	if e == nil || e.In[lang] == "" {
		return "", false
	}
	return e.In[lang], true
}

// The workbook's headers: Text, one column per language, then the columns
// the translations command writes for translators.
const (
	sheetName     = "Translations"
	headerText    = "Text"
	headerComment = "Comment"
	headerWhere   = "Where"
	headerColumn  = "Column"
	headerCount   = "Count"
)

// columnNames are the accepted headers of the columns other than the
// languages, normalised (schema.Normalize), with the column they name.
var columnNames = map[string]string{
	"text": headerText, "текст": headerText, "原文": headerText, "original": headerText, "оригинал": headerText,
	"comment": headerComment, "comments": headerComment, "комментарий": headerComment, "примечание": headerComment, "备注": headerComment,
	"where": headerWhere, "section": headerWhere, "раздел": headerWhere,
	"column": headerColumn, "столбец": headerColumn, "dataset": headerColumn,
	"count": headerCount, "число": headerCount,
}

// languageNames are the accepted headers of the language columns, besides
// the codes themselves.
var languageNames = map[string]string{
	"english": "en", "английский": "en", "英文": "en", "英语": "en",
	"russian": "ru", "русский": "ru", "俄文": "ru", "俄语": "ru",
	"chinese": "zh", "китайский": "zh", "中文": "zh", "汉语": "zh",
}

// Read reads the translations workbook at path; display names it in
// diagnostics. A file that does not exist gives an empty workbook and
// os.ErrNotExist (errors.Is). Problems in the file are diagnostics: a
// column that is not a language of the editions (or Text, Comment, Where,
// Column, Count) is a warning at its header; a text given twice is an
// error at the second row when the two rows translate it differently
// (which one is meant is not the tool's to guess), else a warning; the
// rows are combined either way, the first row's translations first.
func Read(path, display string) (*Book, diag.List, error) {
	b := NewBook()
	if _, err := os.Stat(path); err != nil {
		return b, nil, err
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		return b, nil, msg.Errorf(msg.TranslateOpenFailed, display, err)
	}
	defer f.Close()
	var ds diag.List
	sheets := f.GetSheetList()
	sheet := sheets[0]
	for _, s := range sheets {
		if schema.Normalize(s) == schema.Normalize(sheetName) {
			sheet = s
		}
	}
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return b, nil, msg.Errorf(msg.TranslateReadFailed, display, err)
	}
	hdr := -1
	for i, r := range rows {
		if i >= 10 {
			break
		}
		for _, c := range r {
			if columnNames[schema.Normalize(c)] == headerText {
				hdr = i
				break
			}
		}
		if hdr >= 0 {
			break
		}
	}
	if hdr < 0 {
		ds.Add(display, sheet, 1, 0, diag.Error, msg.TranslateNoHeader)
		return b, ds, nil
	}
	cols := map[string]int{} // column → 0-based index
	langs := map[string]int{}
	for i, c := range rows[hdr] {
		n := schema.Normalize(c)
		if n == "" {
			continue
		}
		what, lang := columnNames[n], ""
		if what == "" {
			lang = languageNames[n]
			if schema.KnownLanguage(n) {
				lang = n
			}
			if lang == "" {
				ds.Add(display, sheet, hdr+1, i+1, diag.Warning, msg.TranslateColumnUnknown,
					strings.TrimSpace(c), strings.Join(Languages, ", "))
				continue
			}
		}
		if prev, ok := cols[what+lang]; ok {
			name, _ := excelize.ColumnNumberToName(prev + 1)
			ds.Add(display, sheet, hdr+1, i+1, diag.Error, msg.TranslateColumnTwice, strings.TrimSpace(c), name)
			continue
		}
		cols[what+lang] = i
		if lang != "" {
			langs[lang] = i
		}
	}
	cell := func(r []string, col string) string {
		i, ok := cols[col]
		if !ok || i >= len(r) {
			return ""
		}
		return value.Clean(r[i])
	}
	for i := hdr + 1; i < len(rows); i++ {
		r, rowNum := rows[i], i+1
		text := cell(r, headerText)
		in := map[string]string{}
		for l := range langs {
			if t := cell(r, l); t != "" {
				in[l] = t
			}
		}
		if text == "" {
			if len(in) > 0 {
				ds.Add(display, sheet, rowNum, cols[headerText]+1, diag.Warning, msg.TranslateTextMissing)
			}
			continue
		}
		if e := b.Find(text); e != nil {
			var clash clashes
			for _, l := range Languages {
				if a, c := e.In[l], in[l]; a != "" && c != "" && Key(a) != Key(c) {
					clash = append(clash, msg.New(msg.TranslateClash, l, a, c))
				}
			}
			there := diag.Diagnostic{File: display, Sheet: sheet, Row: e.Row, Col: cols[headerText] + 1}
			if len(clash) > 0 {
				ds.Add(display, sheet, rowNum, cols[headerText]+1, diag.Error, msg.TranslateTwiceDifferent, text, there.Cell(), clash)
			} else {
				ds.Add(display, sheet, rowNum, cols[headerText]+1, diag.Warning, msg.TranslateTwice, text, there.Cell())
			}
			for l, t := range in {
				if e.In[l] == "" {
					e.In[l] = t
				}
			}
			continue
		}
		e := b.Add(text)
		e.In, e.Row = in, rowNum
		e.Comment, e.Where, e.Column = cell(r, headerComment), cell(r, headerWhere), cell(r, headerColumn)
		e.Count, _ = strconv.Atoi(cell(r, headerCount))
	}
	return b, ds, nil
}

// clashes are the languages a text given twice is translated
// differently in, each as TranslateClash.
type clashes []msg.Message

// In returns the clashes in lang, separated by semicolons.
func (c clashes) In(lang string) string {
	parts := make([]string, len(c))
	for i, m := range c {
		parts[i] = m.In(lang)
	}
	sep := "; "
	if lang == "zh" {
		sep = "；"
	}
	return strings.Join(parts, sep)
}

// Highlight says which cells of the workbook to highlight as missing: the
// languages each entry still needs.
type Highlight func(e *Entry) []string

// Bytes writes the workbook: a header row, then one row per entry, the
// cells hl names filled in yellow. created dates the file (its metadata),
// so that the same content gives the same bytes.
func (b *Book) Bytes(hl Highlight, created time.Time) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheetName); err != nil {
		return nil, err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "ratsreport", Title: "Translations of free text",
		Created: created.UTC().Format(time.RFC3339), Modified: created.UTC().Format(time.RFC3339)}); err != nil {
		return nil, err
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return nil, err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return nil, err
	}
	missing, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFEB9C"}}})
	if err != nil {
		return nil, err
	}
	headers := append(append([]string{headerText}, Languages...), headerComment, headerWhere, headerColumn, headerCount)
	widths := map[string]float64{headerText: 48, headerComment: 30, headerWhere: 22, headerColumn: 22, headerCount: 8}
	for i, h := range headers {
		col, _ := excelize.ColumnNumberToName(i + 1)
		w := widths[h]
		if w == 0 {
			w = 48
		}
		if err := f.SetColWidth(sheetName, col, col, w); err != nil {
			return nil, err
		}
		if err := f.SetCellStr(sheetName, col+"1", h); err != nil {
			return nil, err
		}
	}
	last, _ := excelize.ColumnNumberToName(len(headers))
	if err := f.SetCellStyle(sheetName, "A1", last+"1", head); err != nil {
		return nil, err
	}
	if len(b.Entries) > 0 {
		lastRow := strconv.Itoa(len(b.Entries) + 1)
		if err := f.SetCellStyle(sheetName, "A2", last+lastRow, wrap); err != nil {
			return nil, err
		}
	}
	for i, e := range b.Entries {
		row := strconv.Itoa(i + 2)
		set := func(col int, v string) error {
			if v == "" {
				return nil
			}
			name, _ := excelize.ColumnNumberToName(col)
			return f.SetCellStr(sheetName, name+row, v)
		}
		vals := []string{e.Text}
		for _, l := range Languages {
			vals = append(vals, e.In[l])
		}
		count := ""
		if e.Count > 0 {
			count = strconv.Itoa(e.Count)
		}
		vals = append(vals, e.Comment, e.Where, e.Column, "")
		for c, v := range vals {
			if err := set(c+1, v); err != nil {
				return nil, err
			}
		}
		if count != "" {
			name, _ := excelize.ColumnNumberToName(len(headers))
			if err := f.SetCellInt(sheetName, name+row, int64(e.Count)); err != nil {
				return nil, err
			}
		}
		if hl == nil {
			continue
		}
		for _, l := range hl(e) {
			c := slices.Index(Languages, l)
			if c < 0 {
				continue
			}
			name, _ := excelize.ColumnNumberToName(c + 2)
			if err := f.SetCellStyle(sheetName, name+row, name+row, missing); err != nil {
				return nil, err
			}
		}
	}
	if err := f.SetPanes(sheetName, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
