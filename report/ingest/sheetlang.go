package ingest

import "unicode"

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
