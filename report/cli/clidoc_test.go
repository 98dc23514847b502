package cli

import (
	"bytes"
	"strings"
	"testing"

	"ratsreport/report/internal/golden"
)

// TestCLIReference keeps docs/cli.md equal to the command tree's help:
// a flag or command added without the document, or the document edited
// by hand, fails here.
func TestCLIReference(t *testing.T) {
	root := NewRootCmd(&Env{})
	got := Reference(root)
	golden.Check(t, "../../docs/cli.md", got)
	// Every command the root lists is in the document.
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() && !bytes.Contains(got, []byte("\n## ratsreport "+c.Name()+"\n")) {
			t.Errorf("docs/cli.md has no section for %s", c.Name())
		}
	}
	if !strings.Contains(string(got), "`--wait`") {
		t.Error("docs/cli.md lists no --wait flag")
	}
}
