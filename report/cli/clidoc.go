package cli

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Reference writes docs/cli.md: every command of the tree, with its
// description, usage and flags, from the same command definitions the
// help prints, so that the help and the document cannot drift apart
// (TestCLIReference compares them; `go test ./report/cli -run
// CLIReference -update` rewrites the document).
func Reference(root *cobra.Command) []byte {
	var b bytes.Buffer
	b.WriteString("# ratsreport command reference\n\n")
	b.WriteString("Generated from the command tree (`report/cli`); the same text as `ratsreport help COMMAND`.\n")
	b.WriteString("Rewrite: `go test ./report/cli -run CLIReference -update`.\n")
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden || (c != root && !c.IsAvailableCommand()) {
			return
		}
		fmt.Fprintf(&b, "\n## %s\n\n", c.CommandPath())
		text := c.Long
		if text == "" {
			text = c.Short
		}
		b.WriteString(mdEscape.Replace(strings.TrimSpace(text)) + "\n")
		if c.Runnable() {
			fmt.Fprintf(&b, "\n```\n%s\n```\n", c.UseLine())
		}
		if c.Example != "" {
			fmt.Fprintf(&b, "\nExamples:\n\n```\n%s\n```\n", strings.TrimRight(c.Example, "\n"))
		}
		var flags []*pflag.Flag
		c.NonInheritedFlags().VisitAll(func(f *pflag.Flag) {
			if !f.Hidden && f.Name != "help" {
				flags = append(flags, f)
			}
		})
		if len(flags) > 0 {
			b.WriteString("\n| flag | default | meaning |\n|---|---|---|\n")
			for _, f := range flags {
				name := "--" + f.Name
				if f.Shorthand != "" {
					name = "-" + f.Shorthand + ", " + name
				}
				def := f.DefValue
				if def == "" || def == "[]" || def == "false" {
					def = ""
				} else {
					def = "`" + def + "`"
				}
				fmt.Fprintf(&b, "| `%s` | %s | %s |\n", name, def, mdEscape.Replace(f.Usage))
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return b.Bytes()
}

// mdEscape keeps Markdown from reading help text as markup: "out/<year>"
// is not an HTML tag, "a|b" not a table cell.
var mdEscape = strings.NewReplacer("<", "&lt;", ">", "&gt;", "|", "\\|")
