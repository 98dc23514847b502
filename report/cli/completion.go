package cli

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"ratsreport/report/config"
	"ratsreport/report/msg"
	"ratsreport/report/stats"
)

// The shell completion: cobra's `completion bash|zsh|fish|powershell`
// command writes the script; what it completes is said here, once for the
// whole command tree: the languages of --lang, the datasets of --dataset
// and of stats' first argument, the workbooks stats reads after it, and
// the dimensions of stats --by, the languages of --messages.

// addCompletions registers the completions of every command under root.
func addCompletions(root *cobra.Command) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.Flags().VisitAll(func(f *pflag.Flag) {
			switch f.Name {
			case "lang":
				_ = c.RegisterFlagCompletionFunc(f.Name, listCompletion(config.Languages))
			case "dataset":
				_ = c.RegisterFlagCompletionFunc(f.Name, listCompletion(stats.Datasets()))
			case "config":
				_ = c.RegisterFlagCompletionFunc(f.Name, fileCompletion("toml"))
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	_ = root.RegisterFlagCompletionFunc("messages", listCompletion(msg.Languages))
	if st, _, err := root.Find([]string{"stats"}); err == nil && st != root {
		st.ValidArgsFunction = func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return stats.Datasets(), cobra.ShellCompDirectiveNoFileComp
			}
			return []string{"xlsx"}, cobra.ShellCompDirectiveFilterFileExt
		}
		_ = st.RegisterFlagCompletionFunc("by", func(_ *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			dims, err := stats.Dimensions(args[0])
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return listCompletion(dims)(nil, nil, toComplete)
		})
	}
}

// listCompletion completes a comma-separated list from values: after
// "year,st" it offers "year,state".
func listCompletion(values []string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		done := ""
		if i := strings.LastIndex(toComplete, ","); i >= 0 {
			done = toComplete[:i+1]
		}
		var out []string
		for _, v := range values {
			out = append(out, done+v)
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	}
}

// fileCompletion completes file names with the extension ext.
func fileCompletion(ext string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{ext}, cobra.ShellCompDirectiveFilterFileExt
	}
}
