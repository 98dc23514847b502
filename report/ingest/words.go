package ingest

// The parts of the reader's messages that read differently per language:
// lists joined by the language's words, enumeration labels, column names
// in the sheet's own language (sheetlang.go). A message holds them as its
// arguments and puts them into words in the reader's language.

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"ratsreport/report/msg"
	"ratsreport/report/schema"
)

// joined is a list of parts for a message, joined by a separator of the
// catalogue (sep, a message without arguments such as msg.ReadSepAnd);
// each part that is msg.Localized reads in the message's language, any
// other as fmt prints it.
type joined struct {
	sep   msg.Key
	parts []any
}

// In joins the parts in lang.
func (j joined) In(lang string) string {
	sep := msg.Sprintf(lang, j.sep)
	var b strings.Builder
	for i, p := range j.parts {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(partIn(lang, p))
	}
	return b.String()
}

// String returns the list in English.
func (j joined) String() string { return j.In("en") }

func partIn(lang string, p any) string {
	switch x := p.(type) {
	case string:
		return x
	case msg.Localized:
		return x.In(lang)
	}
	return fmt.Sprint(p)
}

// joinMessages joins messages by sep.
func joinMessages(sep msg.Key, ms []msg.Message) joined {
	parts := make([]any, len(ms))
	for i, m := range ms {
		parts[i] = m
	}
	return joined{sep: sep, parts: parts}
}

// quotedAnd is names quoted and joined by the language's "and": "a" and
// "b".
func quotedAnd(names []string) joined {
	parts := make([]any, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("%q", n)
	}
	return joined{sep: msg.ReadSepAnd, parts: parts}
}

// enumLabel is a value of an enumeration by its label in the message's
// language ("external", «внешний», 外部).
type enumLabel struct {
	e   *schema.Enumeration
	key string
}

// In returns the label in lang.
func (l enumLabel) In(lang string) string {
	if l.e == nil {
		return l.key
	}
	return l.e.Label(l.key, lang)
}

// errMessage is an error as a diagnostic's message: an error made of a
// message is that message, whose key is then the diagnostic's code; any
// other error reads as it is.
func errMessage(err error) msg.Message {
	var e *msg.Error
	if errors.As(err, &e) && e.Error() == err.Error() {
		return e.Message
	}
	return msg.New(msg.ReadErrorText, err)
}

// validMessage returns m with every text among its arguments made valid
// UTF-8 (messages quote the file's own bytes at times: XML syntax errors,
// part names, which need not be UTF-8; outputs must be): strings and
// errors that are not messages become valid strings, nested messages are
// made valid in turn.
func validMessage(m msg.Message) msg.Message {
	if len(m.Args) == 0 {
		return m
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		args[i] = validArg(a)
	}
	return msg.Message{Key: m.Key, Args: args}
}

func validArg(a any) any {
	switch x := a.(type) {
	case string:
		return validText(x)
	case msg.Message:
		return validMessage(x)
	case *msg.Error:
		return &msg.Error{Message: validMessage(x.Message)}
	case msg.Localized:
		return a
	case error:
		var e *msg.Error
		if errors.As(x, &e) && e.Error() == x.Error() {
			return &msg.Error{Message: validMessage(e.Message)}
		}
		return validText(x.Error())
	}
	return a
}

func validText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
