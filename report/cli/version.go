package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"ratsreport/report/failure"
	"ratsreport/report/msg"
)

// NewVersionCmd builds the version command.
func NewVersionCmd(env *Env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: env.text(msg.HelpVersionShort),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := fmt.Fprintln(env.Stdout, versionText(env.Messages)); err != nil {
				return failure.Errorf(failure.Output, msg.CLIWriteStdout, err)
			}
			return nil
		},
	}
}

// versionString describes the binary in English, as outputs record it
// (an export's metadata).
func versionString() string { return versionText("en") }

// versionText describes the binary from its build information, in lang:
// the module version (a tag when installed with go install, "(devel)"
// when built from a checkout), the VCS revision when Go recorded one, and
// the Go version.
func versionText(lang string) string {
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
	return msg.Sprintf(lang, msg.CLIVersion, version, commit, modified, goVersion)
}
