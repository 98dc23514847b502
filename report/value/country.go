package value

import (
	"errors"
	"sort"
	"strings"
	"sync"

	"ratsreport/report/config"
	"ratsreport/report/msg"
	"ratsreport/report/schema"
)

// Countries resolves state codes and names to ISO alpha-2 codes, using the
// reference list in the configuration.
type Countries struct {
	byName map[string]string
	states []config.State

	spellOnce sync.Once
	speller   *schema.Speller // the states by name, alias and alpha-3 code
}

// NewCountries indexes the configuration's states by alpha-2, alpha-3,
// English, Russian and Chinese name and aliases.
func NewCountries(c *config.Config) *Countries {
	cs := &Countries{byName: map[string]string{}, states: c.States}
	for _, s := range c.States {
		for _, n := range append([]string{s.Alpha2}, spellings(s)...) {
			if n != "" {
				cs.byName[schema.Normalize(n)] = s.Alpha2
			}
		}
	}
	return cs
}

// spellings are the ways a state is written besides its alpha-2 code:
// alpha-3, its name in every language, its aliases.
func spellings(s config.State) []string {
	names := []string{s.Alpha3}
	for _, l := range config.Languages {
		names = append(names, s.Name[l])
	}
	return append(names, s.Aliases...)
}

// Country resolves one state. A name it does not know is an error of
// the key msg.StateUnknown, whose argument is the name as written (see
// UnknownState).
func (cs *Countries) Country(raw string) (string, error) {
	if a2, ok := cs.byName[schema.Normalize(raw)]; ok {
		return a2, nil
	}
	return "", msg.Errorf(msg.StateUnknown, strings.TrimSpace(raw))
}

// UnknownState returns the name as written of an error of Country or
// List that names a state not known, and false for any other error.
func UnknownState(err error) (string, bool) {
	var e *msg.Error
	if errors.As(err, &e) && e.Key == msg.StateUnknown && len(e.Args) == 1 {
		s, ok := e.Args[0].(string)
		return s, ok
	}
	return "", false
}

// Suggest returns the name in lang ("en", "ru" or "zh") of the state that
// raw, which Country does not know, most likely misspells ("Kazakstan"
// for Kazakhstan, «Казахтан» for «Казахстан»; see schema.Speller), or
// false when no state is close enough to be a likely typo.
func (cs *Countries) Suggest(raw, lang string) (string, bool) {
	cs.spellOnce.Do(func() {
		// Not by alpha-2: another state's two letters are one edit from
		// many a typo, and would tie with the state meant.
		cs.speller = schema.NewSpeller(len(cs.states), func(i int) []string { return spellings(cs.states[i]) })
	})
	if i := cs.speller.Nearest(raw); i >= 0 {
		return cs.states[i].Name.In(lang), true
	}
	return "", false
}

// List resolves a list of states separated by ',', ';' or line breaks and
// returns the sorted, distinct alpha-2 codes. A name that itself holds a
// comma ("Iran, Islamic Republic of") is recognised whole first. Every
// unknown item is reported.
func (cs *Countries) List(raw string) ([]string, []error) {
	seen := map[string]bool{}
	var errs []error
	for _, part := range splitOn(raw, ";\n\r") {
		if a2, ok := cs.byName[schema.Normalize(part)]; ok {
			seen[a2] = true
			continue
		}
		items := splitOn(part, ",")
		for i := 0; i < len(items); {
			// The longest run of comma-separated items that names a state
			// wins, so "Iran, Islamic Republic of" is one state.
			n := 0
			for k := min(len(items), i+4); k > i+1; k-- {
				if a2, ok := cs.byName[schema.Normalize(strings.Join(items[i:k], ", "))]; ok {
					seen[a2] = true
					n = k - i
					break
				}
			}
			if n > 0 {
				i += n
				continue
			}
			a2, err := cs.Country(items[i])
			if err != nil {
				errs = append(errs, err)
			} else {
				seen[a2] = true
			}
			i++
		}
	}
	out := make([]string, 0, len(seen))
	for a2 := range seen {
		out = append(out, a2)
	}
	sort.Strings(out)
	return out, errs
}
