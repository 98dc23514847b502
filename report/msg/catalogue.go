package msg

import (
	"fmt"
	"reflect"
	"sort"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Entry is one message of the catalogue in every language. A text is a
// format string (fmt verbs; %[n]v to reorder arguments) or, where the
// words depend on a number, a catalog.Message such as
// plural.Selectf(1, "%d", "one", "…", "few", "…", "many", "…", "other", "…").
type Entry struct {
	Key        Key
	EN, RU, ZH any
}

// areas are the catalogue's files, one per area of the tool.
var areas = [][]Entry{commonEntries, readEntries, valueEntries, inputEntries, cliEntries, helpEntries}

// Entries returns every entry of the catalogue, sorted by key (for tests
// and for the catalogue's own checks).
func Entries() []Entry {
	var out []Entry
	for _, a := range areas {
		out = append(out, a...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

var tags = map[string]language.Tag{"en": language.English, "ru": language.Russian, "zh": language.Chinese}

var (
	buildOnce sync.Once
	printers  map[string]*message.Printer
	buildErr  error
)

func build() {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, e := range Entries() {
		for l, text := range map[string]any{"en": e.EN, "ru": e.RU, "zh": e.ZH} {
			if text == nil {
				continue
			}
			var m catalog.Message
			switch x := text.(type) {
			case string:
				m = catalog.String(x)
			case catalog.Message:
				m = x
			default:
				buildErr = fmt.Errorf("msg: %s in %s: a text of type %T", e.Key, l, text)
				continue
			}
			if err := b.Set(tags[l], string(e.Key), m); err != nil && buildErr == nil {
				buildErr = fmt.Errorf("msg: %s in %s: %w", e.Key, l, err)
			}
		}
	}
	printers = map[string]*message.Printer{}
	for l, t := range tags {
		printers[l] = message.NewPrinter(t, message.Catalog(b))
	}
}

// Check returns the first error the catalogue's texts gave when they were
// compiled (a plural form a language lacks, say); the tests call it.
func Check() error {
	buildOnce.Do(build)
	return buildErr
}

func render(lang string, key Key, args []any) string {
	buildOnce.Do(build)
	p, ok := printers[lang]
	if !ok {
		p = printers["en"]
	}
	conv := make([]any, len(args))
	for i, a := range args {
		conv[i] = argIn(lang, a)
	}
	return p.Sprintf(string(key), conv...)
}

// argIn prepares an argument for the printer of lang.
func argIn(lang string, a any) any {
	switch x := a.(type) {
	case Localized:
		return x.In(lang)
	case error:
		return Text(lang, x)
	case int, int8, int16, int32, int64: // built-in types only: a Count keeps its grouping
		return integer(reflect.ValueOf(x).Int())
	case uint, uint8, uint16, uint32, uint64:
		return integer(reflect.ValueOf(x).Uint())
	}
	return a
}
