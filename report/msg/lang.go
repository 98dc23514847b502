package msg

import "strings"

// Choose returns the language messages are printed in: flag (the
// --messages option) when set, else configured (report.messages in
// config.toml), else the POSIX locale (LC_ALL, LC_MESSAGES, LANG, the
// first that is set, in that order, as the C library reads them), else
// English. A flag or configured value that names no language of the
// catalogue is an error; a locale the catalogue lacks (de_DE.UTF-8) is
// English, as programs do with a locale they have no messages for.
func Choose(flag, configured string, getenv func(string) string) (string, error) {
	for _, v := range []string{flag, configured} {
		if v == "" {
			continue
		}
		if l, ok := Parse(v); ok {
			return l, nil
		}
		return "en", Errorf(UnknownLanguage, v, strings.Join(Languages, ", "))
	}
	if getenv != nil {
		for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			if v := getenv(name); v != "" {
				if l, ok := Parse(v); ok {
					return l, nil
				}
				return "en", nil
			}
		}
	}
	return "en", nil
}

// Parse reads a language as a person or a locale writes it: "ru",
// "RU", "ru_RU.UTF-8", "zh-Hans", "zh_CN.GB18030", "en_GB@euro". It
// reports false for anything else, "C" and "POSIX" included.
func Parse(v string) (string, bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(v, "_-.@"); i >= 0 {
		v = v[:i]
	}
	for _, l := range Languages {
		if v == l {
			return l, true
		}
	}
	return "", false
}
