package lang

import (
	"bytes"
	"io/fs"
	"strings"
	"text/template"

	"ratsreport/report/msg"
)

// ForewordFile is the name, in a language's folder, of the optional
// foreword: a Go text/template whose placeholders are the year's
// figures, in paragraphs separated by blank lines. A language without the
// file has no foreword (English is not used in its place).
const ForewordFile = "foreword.txt"

// loadForeword reads the language's foreword, if any, and checks that it
// parses.
func loadForeword(fsys fs.FS, t *Texts) error {
	name := t.Lang + "/" + ForewordFile
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil // optional
	}
	if _, err := template.New(name).Funcs(funcStubs).Parse(string(b)); err != nil {
		return msg.Errorf(msg.At, "templates/"+name, err)
	}
	t.foreword = string(b)
	return nil
}

// HasForeword reports whether the language has a foreword.
func (t *Texts) HasForeword() bool { return strings.TrimSpace(t.foreword) != "" }

// Foreword runs the foreword template with data and returns its
// paragraphs (white space within a paragraph collapsed).
func (t *Texts) Foreword(data any) ([]string, error) {
	tpl, err := template.New("foreword").Funcs(t.Funcs()).Option("missingkey=error").Parse(t.foreword)
	if err != nil {
		return nil, msg.Errorf(msg.TextsForeword, t.Lang, err)
	}
	var b bytes.Buffer
	if err := tpl.Execute(&b, data); err != nil {
		return nil, msg.Errorf(msg.TextsForeword, t.Lang, err)
	}
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(b.String(), "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out, nil
}
