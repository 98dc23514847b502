package cli

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/text/width"

	"ratsreport/report/msg"
)

// Reference writes docs/cli.md (lang "en"), docs/cli.ru.md or
// docs/cli.zh.md: every command of the tree, with its description, usage
// and flags, from the same command definitions the help prints, so that
// the help and the document cannot drift apart (TestCLIReference compares
// them; `go test ./report/cli -run CLIReference -update` rewrites the
// documents). root is the tree built in lang (NewRootCmd with
// Env.Messages set to it).
func Reference(root *cobra.Command, lang string) []byte {
	t := func(key msg.Key, args ...any) string { return msg.Sprintf(lang, key, args...) }
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n", t(msg.HelpReferenceTitle))
	fmt.Fprintf(&b, "%s\n%s\n\n%s\n", t(msg.HelpReferenceGenerated), t(msg.HelpReferenceRewrite), referenceLanguages)
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
		fmt.Fprintf(&b, "%s\n", mdText(strings.TrimSpace(text)))
		if c.Runnable() {
			fmt.Fprintf(&b, "\n```\n%s\n```\n", useLine(c, lang))
		}
		if c.Example != "" {
			fmt.Fprintf(&b, "\n%s\n\n```\n%s\n```\n", t(msg.HelpExamples), strings.TrimRight(c.Example, "\n"))
		}
		var flags []*pflag.Flag
		c.NonInheritedFlags().VisitAll(func(f *pflag.Flag) {
			if !f.Hidden && f.Name != "help" {
				flags = append(flags, f)
			}
		})
		if len(flags) > 0 {
			fmt.Fprintf(&b, "\n| %s | %s | %s |\n|---|---|---|\n", t(msg.HelpReferenceFlag), t(msg.HelpReferenceDefault), t(msg.HelpReferenceMeaning))
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

// referenceLanguages links the reference in each language of the
// messages.
const referenceLanguages = "[English](cli.md) · [Русский](cli.ru.md) · [中文](cli.zh.md)" //msg:ok the languages' own names, the same in every edition

// mdEscape keeps Markdown from reading help text as markup: "out/<year>"
// is not an HTML tag, "a|b" not a table cell.
var mdEscape = strings.NewReplacer("<", "&lt;", ">", "&gt;", "|", "\\|")

// mdText escapes a description for Markdown, but for its lines indented
// by a tab (the shell commands of completion's help), which Markdown
// prints as code, as they are.
func mdText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "\t") {
			lines[i] = mdEscape.Replace(l)
		}
	}
	return strings.Join(lines, "\n")
}

// localizeHelp puts what cobra writes itself into the language of the
// messages: the usage template, the help command, the -h/--help and
// --version flags, and the completion command with its subcommands
// (built here rather than when the tree runs, so that they are
// translated and listed in the reference).
func localizeHelp(root *cobra.Command, env *Env) {
	// The completion commands keep the writer of their creation.
	root.SetOut(env.Stdout)
	root.InitDefaultCompletionCmd()
	root.InitDefaultHelpCmd()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			localizeHelpCmd(c, env)
		case "completion":
			localizeCompletion(c, env)
		}
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		if f := c.Flags().Lookup("help"); f != nil {
			f.Usage = env.text(msg.HelpFlagHelp, c.DisplayName())
		}
		if f := c.Flags().Lookup("wait"); f != nil {
			f.Usage = env.text(msg.HelpFlagWait) // waitFlag has no Env
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	root.InitDefaultVersionFlag()
	if f := root.Flags().Lookup("version"); f != nil {
		f.Usage = env.text(msg.HelpFlagVersion, root.DisplayName())
	}
	root.SetUsageFunc(func(c *cobra.Command) error { return writeUsage(c.OutOrStderr(), c, env.Messages) })
}

// localizeHelpCmd translates cobra's help command; its Run is cobra's,
// but for the message of an unknown topic.
func localizeHelpCmd(h *cobra.Command, env *Env) {
	h.Use = "help [" + env.text(msg.HelpCommandWord) + "]"
	h.Short = env.text(msg.HelpHelpShort)
	h.Long = env.text(msg.HelpHelpLong, h.Root().DisplayName())
	h.Run = func(c *cobra.Command, args []string) {
		cmd, _, err := c.Root().Find(args)
		if cmd == nil || err != nil {
			fmt.Fprintf(c.OutOrStderr(), "%s\n", env.text(msg.HelpUnknownTopic, args))
			cobra.CheckErr(c.Root().Usage())
			return
		}
		cmd.InitDefaultHelpFlag()
		cmd.InitDefaultVersionFlag()
		cobra.CheckErr(cmd.Help())
	}
}

// completionTexts are the descriptions of cobra's completion
// subcommands.
var completionTexts = map[string]msg.Key{
	"bash": msg.HelpCompletionBash, "zsh": msg.HelpCompletionZsh,
	"fish": msg.HelpCompletionFish, "powershell": msg.HelpCompletionPowerShell,
}

// localizeCompletion translates cobra's completion command and its
// subcommands, one per shell.
func localizeCompletion(c *cobra.Command, env *Env) {
	name := c.Root().Name()
	c.Short = env.text(msg.HelpCompletionShort)
	c.Long = env.text(msg.HelpCompletionLong, name)
	for _, sh := range c.Commands() {
		sh.Short = env.text(msg.HelpCompletionShellShort, sh.Name())
		switch key := completionTexts[sh.Name()]; {
		case key == msg.HelpCompletionZsh:
			sh.Long = env.text(key, name, "${fpath[1]}")
		case key != "":
			sh.Long = env.text(key, name)
		}
		if f := sh.Flags().Lookup("no-descriptions"); f != nil {
			f.Usage = env.text(msg.HelpFlagNoDescriptions)
		}
	}
}

// writeUsage is cobra's usage (its defaultUsageFunc, command groups
// aside: the tree has none) with the headings, placeholders and flag
// defaults in lang.
func writeUsage(w io.Writer, c *cobra.Command, lang string) error {
	t := func(key msg.Key, args ...any) string { return msg.Sprintf(lang, key, args...) }
	var b strings.Builder
	fmt.Fprintf(&b, "%s", t(msg.HelpUsage))
	if c.Runnable() {
		fmt.Fprintf(&b, "\n  %s", useLine(c, lang))
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(&b, "\n  %s [%s]", c.CommandPath(), t(msg.HelpCommandWord))
	}
	if len(c.Aliases) > 0 {
		fmt.Fprintf(&b, "\n\n%s\n  %s", t(msg.HelpAliases), c.NameAndAliases())
	}
	if c.HasExample() {
		fmt.Fprintf(&b, "\n\n%s\n%s", t(msg.HelpExamples), c.Example)
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(&b, "\n\n%s", t(msg.HelpAvailableCommands))
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				fmt.Fprintf(&b, "\n  %s %s", padRight(sub.Name(), sub.NamePadding()), sub.Short)
			}
		}
	}
	if c.HasAvailableLocalFlags() {
		fmt.Fprintf(&b, "\n\n%s\n%s", t(msg.HelpFlags), flagUsages(c.LocalFlags(), lang))
	}
	if c.HasAvailableInheritedFlags() {
		fmt.Fprintf(&b, "\n\n%s\n%s", t(msg.HelpGlobalFlags), flagUsages(c.InheritedFlags(), lang))
	}
	if c.HasHelpSubCommands() {
		fmt.Fprintf(&b, "\n\n%s", t(msg.HelpAdditionalTopics))
		for _, sub := range c.Commands() {
			if sub.IsAdditionalHelpTopicCommand() {
				fmt.Fprintf(&b, "\n  %s %s", padRight(sub.CommandPath(), sub.CommandPathPadding()), sub.Short)
			}
		}
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(&b, "\n\n%s", t(msg.HelpMoreInformation, c.CommandPath()))
	}
	fmt.Fprintln(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

// useLine is the command's usage line with cobra's "[flags]" in lang.
func useLine(c *cobra.Command, lang string) string {
	line := c.UseLine()
	if rest, ok := strings.CutSuffix(line, " [flags]"); ok {
		return rest + " [" + msg.Sprintf(lang, msg.HelpFlagsWord) + "]"
	}
	return line
}

// flagDefault matches pflag's " (default x)" after a flag's usage.
var flagDefault = regexp.MustCompile(` \(default ("(?:[^"\\]|\\.)*"|[^)]*)\)`)

// flagUsages is pflag's table of flags with their defaults in lang.
func flagUsages(fs *pflag.FlagSet, lang string) string {
	s := strings.TrimRightFunc(fs.FlagUsages(), unicode.IsSpace)
	return flagDefault.ReplaceAllStringFunc(s, func(m string) string {
		return msg.Sprintf(lang, msg.HelpDefault, flagDefault.FindStringSubmatch(m)[1])
	})
}

// textWidth is the number of terminal columns s takes: two for a wide
// (Chinese) character, one for any other.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// padRight pads s with spaces to n columns.
func padRight(s string, n int) string {
	if w := textWidth(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// padLeft pads s with spaces on the left to n columns.
func padLeft(s string, n int) string {
	if w := textWidth(s); w < n {
		return strings.Repeat(" ", n-w) + s
	}
	return s
}

// columnWidth is the widest of least and the texts' widths.
func columnWidth(least int, texts ...string) int {
	for _, s := range texts {
		least = max(least, textWidth(s))
	}
	return least
}
