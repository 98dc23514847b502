// Package diag holds diagnostics: problems found in the inputs, each with the
// location it was found at, carried as fields and formatted once, at the edge.
package diag

import (
	"fmt"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/msg"
)

// Severity ranks a diagnostic. Errors stop a build; warnings do not, unless
// the user asks for strictness; notices only inform.
type Severity int

// The severities, from the least to the most serious.
const (
	Notice Severity = iota
	Warning
	Error
)

// In returns the severity's word in lang, as printed in diagnostics.
func (s Severity) In(lang string) string {
	switch s {
	case Notice:
		return msg.Sprintf(lang, msg.SeverityNotice)
	case Warning:
		return msg.Sprintf(lang, msg.SeverityWarning)
	case Error:
		return msg.Sprintf(lang, msg.SeverityError)
	}
	return s.String()
}

// String returns the severity's lowercase English name, the key JSON
// output carries.
func (s Severity) String() string {
	switch s {
	case Notice:
		return "notice"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// Diagnostic is one problem found in the inputs. File is the path as the user
// named it (relative to the working directory when it was found through a
// relative pattern); Sheet and the cell coordinates are empty or zero when
// the problem concerns a whole file or sheet. Row and Col are 1-based.
// Msg is the problem in words not yet chosen (its key is the stable code
// scripts match); Message is the same in English, kept for ordering and
// for readers of the English text.
type Diagnostic struct {
	File     string
	Sheet    string
	Row      int
	Col      int
	Severity Severity
	Msg      msg.Message
	Message  string
}

// Code returns the diagnostic's stable message code.
func (d Diagnostic) Code() msg.Key { return d.Msg.Key }

// Text returns the message in lang.
func (d Diagnostic) Text(lang string) string {
	if d.Msg.IsZero() {
		return d.Message
	}
	return d.Msg.In(lang)
}

// Cell returns the diagnostic's cell in A1 notation, a row reference such as
// "14:14" when only the row is known, or "" when neither is.
func (d Diagnostic) Cell() string {
	switch {
	case d.Row > 0 && d.Col > 0:
		name, err := excelize.CoordinatesToCellName(d.Col, d.Row)
		if err == nil {
			return name
		}
		return fmt.Sprintf("R%dC%d", d.Row, d.Col)
	case d.Row > 0:
		return fmt.Sprintf("%d:%d", d.Row, d.Row)
	case d.Col > 0:
		name, err := excelize.ColumnNumberToName(d.Col)
		if err == nil {
			return name + ":" + name
		}
		return fmt.Sprintf("C%d", d.Col)
	}
	return ""
}

// Location formats where the diagnostic points: file:sheet!cell, with the
// parts that are unknown left out.
func (d Diagnostic) Location() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Sheet != "" {
		if b.Len() > 0 {
			b.WriteByte(':')
		}
		b.WriteString(d.Sheet)
		if c := d.Cell(); c != "" {
			b.WriteByte('!')
			b.WriteString(c)
		}
	}
	return b.String()
}

// String formats the diagnostic in English as
// "file:sheet!cell: severity: message".
func (d Diagnostic) String() string { return d.In("en") }

// In formats the diagnostic in lang as "file:sheet!cell: severity:
// message"; the location is the workbook's own and is never translated.
func (d Diagnostic) In(lang string) string { return d.Prefix(lang) + d.Text(lang) }

// Prefix is what In puts before the text: the location and the severity
// in lang ("file:sheet!C14: ошибка: ").
func (d Diagnostic) Prefix(lang string) string {
	if loc := d.Location(); loc != "" {
		return loc + ": " + d.Severity.In(lang) + ": "
	}
	return d.Severity.In(lang) + ": "
}

// List is a collection of diagnostics.
type List []Diagnostic

// Add appends a diagnostic built from its parts: the message key of the
// catalogue and its arguments.
func (l *List) Add(file, sheet string, row, col int, sev Severity, key msg.Key, args ...any) {
	l.AddMsg(file, sheet, row, col, sev, msg.New(key, args...))
}

// AddMsg appends a diagnostic whose message is already built.
func (l *List) AddMsg(file, sheet string, row, col int, sev Severity, m msg.Message) {
	*l = append(*l, New(file, sheet, row, col, sev, m))
}

// New returns a diagnostic built from its parts.
func New(file, sheet string, row, col int, sev Severity, m msg.Message) Diagnostic {
	return Diagnostic{File: file, Sheet: sheet, Row: row, Col: col, Severity: sev, Msg: m, Message: m.In("en")}
}

// Sort orders the list by location (file, sheet, row, column), then by
// severity (most serious first) and message, so that output is stable.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool { return less(l[i], l[j]) })
}

func less(a, b Diagnostic) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Sheet != b.Sheet {
		return a.Sheet < b.Sheet
	}
	if a.Row != b.Row {
		return a.Row < b.Row
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	if a.Severity != b.Severity {
		return a.Severity > b.Severity
	}
	return a.Message < b.Message
}

// Count returns how many diagnostics have the given severity.
func (l List) Count(s Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Only returns the diagnostics of the given severity, in order (an
// empty list, not nil, when there are none).
func (l List) Only(s Severity) List {
	out := List{}
	for _, d := range l {
		if d.Severity == s {
			out = append(out, d)
		}
	}
	return out
}

// Summary returns the count line printed after the diagnostics in lang,
// such as "2 errors, 1 warning, 0 notices" or "2 ошибки, 1
// предупреждение, 0 замечаний".
func (l List) Summary(lang string) string { return l.Counts().In(lang) }

// Counts is the count line of the list as a message, to be put into words
// in the language of whatever prints it (an error's argument, say).
func (l List) Counts() msg.Message {
	return msg.New(msg.DiagCounts, msg.New(msg.CountErrors, l.Count(Error)),
		msg.New(msg.CountWarnings, l.Count(Warning)), msg.New(msg.CountNotices, l.Count(Notice)))
}
