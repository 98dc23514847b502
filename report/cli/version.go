package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"ratsreport/report/failure"
)

// NewVersionCmd builds the version command.
func NewVersionCmd(env *Env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit and Go version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := fmt.Fprintln(env.Stdout, versionString()); err != nil {
				return failure.Errorf(failure.Output, "write to standard output: %w", err)
			}
			return nil
		},
	}
}

// versionString describes the binary from its build information: the
// module version (a tag when installed with go install, "(devel)" when
// built from a checkout), the VCS revision when Go recorded one, and the
// Go version.
func versionString() string {
	version, commit, modified := "(devel)", "unknown", ""
	goVersion := runtime.Version()
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		goVersion = bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
				if len(commit) > 12 {
					commit = commit[:12]
				}
			case "vcs.modified":
				if s.Value == "true" {
					modified = "+modified"
				}
			}
		}
	}
	return fmt.Sprintf("ratsreport %s (commit %s%s, %s)", version, commit, modified, goVersion)
}
