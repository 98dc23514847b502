// Package msg holds every text the tool prints to a person — diagnostics,
// errors, the count table, progress, help — in English, Russian and
// Chinese, as message catalogues of golang.org/x/text/message with the
// plural rules of each language (1 ошибка, 2 ошибки, 5 ошибок).
//
// A text is a Message: a stable Key, which scripts match (it is the
// "code" of a diagnostic in JSON), and its arguments, put into words only
// at the edge, in the language the reader chose (Choose: --messages, then
// report.messages in config.toml, then LC_ALL/LC_MESSAGES/LANG, else
// English). Arguments that read differently per language (registry
// names, nested messages, errors made of messages) implement Localized
// and are rendered in the same language.
//
// The catalogue lives in this package, one file per area (read.go for the
// reading of workbooks, inputs.go for configuration and the checks across
// files, cli.go for the commands' output, help.go for help and usage);
// catalogue_test.go fails when a key lacks a language or when a
// translation's arguments differ from the English, and lint_test.go
// fails when a text for a person is written as a string literal outside
// the catalogue.
//
// Integers print as plain digits (years and row numbers must not read
// "2,025"); pass Count(n) for a figure the reader should see grouped.
// Technical detail that comes from the operating system or a library
// (an *os.PathError, a zip error) is passed as an argument and prints as
// it was written, in English: the tool cannot translate what it did not
// write.
package msg

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// Key identifies a message in the catalogue. Keys are stable: they are
// the codes scripts match in JSON output, so a key changes only when its
// meaning does.
type Key string

// Languages are the languages messages are printed in, English first.
var Languages = []string{"en", "ru", "zh"}

// Localized is an argument that reads differently per language, such as
// a registry name or a nested message.
type Localized interface {
	In(lang string) string
}

// Message is a text not yet put into words: a key and its arguments.
type Message struct {
	Key  Key
	Args []any
}

// New returns the message key with its arguments.
func New(key Key, args ...any) Message { return Message{Key: key, Args: args} }

// In renders the message in lang ("en", "ru" or "zh"; anything else is
// English).
func (m Message) In(lang string) string { return render(lang, m.Key, m.Args) }

// String renders the message in English.
func (m Message) String() string { return m.In("en") }

// IsZero reports whether m is the zero Message.
func (m Message) IsZero() bool { return m.Key == "" }

// Sprintf renders key with args in lang: the one-step form of
// New(key, args...).In(lang).
func Sprintf(lang string, key Key, args ...any) string { return render(lang, key, args) }

// Error is an error whose text is a Message: it prints in English as an
// error and in any language through In. The first argument that is an
// error is what it wraps.
type Error struct {
	Message
}

// Errorf returns an error made of the message key with args.
func Errorf(key Key, args ...any) error { return &Error{New(key, args...)} }

// Error returns the English text.
func (e *Error) Error() string { return e.Message.In("en") }

// Unwrap returns the first argument that is an error, if any.
func (e *Error) Unwrap() error {
	for _, a := range e.Args {
		if err, ok := a.(error); ok {
			return err
		}
	}
	return nil
}

// Text returns err in lang: the first error down its chain of wrapping
// that reads the same (a wrapper that adds nothing to the text, such as a
// type carrying an exit code) and can put itself into words (Localized:
// an error made of messages, a list of configuration errors) in that
// language, else err as it reads.
func Text(lang string, err error) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	for e := err; e != nil && e.Error() == s; e = errors.Unwrap(e) {
		if l, ok := e.(Localized); ok {
			return l.In(lang)
		}
	}
	return s
}

// Count is an integer printed with the language's digit grouping
// (12,345 in English, 12 345 in Russian), for a figure rather than a year
// or a row number, which print as plain digits.
type Count int64

// PluralForm selects the plural form of c in t (plural.Interface); the
// printer groups its digits as it does any integer.
func (c Count) PluralForm(t language.Tag, scale int) (plural.Form, int) {
	return pluralForm(t, int64(c))
}

// integer is how every integer argument reaches the printer: as plain
// digits, with its plural form.
type integer int64

// Format prints plain decimal digits.
func (i integer) Format(f fmt.State, verb rune) {
	if verb == 'x' || verb == 'X' {
		fmt.Fprintf(f, "%"+string(verb), int64(i))
		return
	}
	s := strconv.FormatInt(int64(i), 10)
	if w, ok := f.Width(); ok && len(s) < w {
		pad := strings.Repeat(" ", w-len(s))
		if f.Flag('-') {
			s += pad
		} else {
			s = pad + s
		}
	}
	f.Write([]byte(s))
}

// PluralForm selects the plural form of i in t (plural.Interface).
func (i integer) PluralForm(t language.Tag, scale int) (plural.Form, int) {
	return pluralForm(t, int64(i))
}

func pluralForm(t language.Tag, n int64) (plural.Form, int) {
	if n < 0 {
		n = -n
	}
	v := int(n % 10_000_000)
	return plural.Cardinal.MatchPlural(t, v, 0, 0, 0, 0), v
}
