package cli

import (
	"bytes"
	"strings"
	"testing"

	"ratsreport/report/internal/golden"
)

// referenceFiles are the command references, one per language of the
// messages.
var referenceFiles = map[string]string{"en": "../../docs/cli.md", "ru": "../../docs/cli.ru.md", "zh": "../../docs/cli.zh.md"}

// TestCLIReference keeps docs/cli.md, docs/cli.ru.md and docs/cli.zh.md
// equal to the command tree's help in each language: a flag or command
// added without the documents, or a document edited by hand, fails here.
func TestCLIReference(t *testing.T) {
	for lang, file := range referenceFiles {
		t.Run(lang, func(t *testing.T) {
			root := NewRootCmd(&Env{Messages: lang})
			got := Reference(root, lang)
			golden.Check(t, file, got)
			// Every command the root lists is in the document.
			for _, c := range root.Commands() {
				if c.IsAvailableCommand() && !bytes.Contains(got, []byte("\n## ratsreport "+c.Name()+"\n")) {
					t.Errorf("%s has no section for %s", file, c.Name())
				}
			}
			for _, want := range []string{"`--wait`", "`--messages`", "## ratsreport completion bash"} {
				if !strings.Contains(string(got), want) {
					t.Errorf("%s has no %s", file, want)
				}
			}
		})
	}
}
