package ingest

import (
	"unicode"

	"ratsreport/report/schema"
)

// headerLang returns the language a sheet's header row is written in, by
// the script of its mapped headers: "ru" when they are Cyrillic, "zh"
// when Chinese, else "en". Messages about a sheet's cells name its
// columns and list accepted values in this language, the one the clerk
// filled in.
func headerLang(cells []string, mapped func(col int) bool) string {
	var cyr, han, lat int
	for i, c := range cells {
		if !mapped(i + 1) {
			continue
		}
		for _, r := range c {
			switch {
			case unicode.Is(unicode.Cyrillic, r):
				cyr++
			case unicode.Is(unicode.Han, r):
				han++
			case unicode.Is(unicode.Latin, r):
				lat++
			}
		}
	}
	switch {
	case cyr > 0 && cyr >= han && cyr >= lat/4:
		return "ru"
	case han > 0 && han >= cyr:
		return "zh"
	}
	return "en"
}

// columnName returns the header of the sheet's column key in the
// language of its header row.
func (s *sheetReader) columnName(key string) string {
	return schema.SheetFor(s.dataset).Column(key).Header(s.lang)
}

// indicatorName returns the header of the sheet's indicator i in the
// language of its header row: the indicator's configured header in that
// language, else its English one (config.Text.In).
func (s *sheetReader) indicatorName(i int) string {
	return s.inds()[i].Header.In(s.lang)
}

// refName returns the header of what a header names, a contract column
// or an indicator, in the language of the sheet's header row.
func (s *sheetReader) refName(ref colRef) string {
	if ref.indicator >= 0 {
		return s.indicatorName(ref.indicator)
	}
	return s.columnName(ref.key)
}
