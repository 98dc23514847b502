package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"ratsreport/report/failure"
	"ratsreport/report/lang"
	"ratsreport/report/msg"
	"ratsreport/templates"
)

// DiffOptions are the diff command's flags and dependencies.
type DiffOptions struct {
	Env      *Env
	Old, New string
	ExitCode bool
}

// ErrChanged is the outcome of diff --exit-code when a key figure changed
// (exit 1, as git diff --exit-code); the changes were printed already.
var ErrChanged = failure.Errorf(failure.Inputs, msg.DiffChanged)

// NewDiffCmd builds the diff command; runF replaces diffRun in tests.
func NewDiffCmd(env *Env, runF func(context.Context, *DiffOptions) error) *cobra.Command {
	opts := &DiffOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "diff OLD.json NEW.json",
		Short: env.text(msg.CmdDiffShort),
		Long:  env.text(msg.CmdDiffLong),
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Old, opts.New = args[0], args[1]
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return diffRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.ExitCode, "exit-code", false, env.text(msg.CmdDiffFlagExitCode))
	return cmd
}

// readResult reads a build's JSON result with its key figures.
func readResult(path string) (*Result, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError(msg.DiffReadFailed, path, unwrapPath(err))
	}
	var r Result
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&r); err != nil {
		return nil, usageError(msg.DiffNotAResult, path, err)
	}
	switch {
	case r.Schema != ResultSchema:
		return nil, usageError(msg.DiffWrongSchema, path, r.Schema, ResultSchema)
	case r.Command != "build" || r.KeyFigures == nil:
		return nil, usageError(msg.DiffNoKeyFigures, path, r.Command, r.ExitCode)
	}
	return &r, nil
}

// unwrapPath drops the path an *os.PathError repeats.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// FigureChange is a key figure that differs between two builds; Old or
// New is nil when only one build has it.
type FigureChange struct {
	Key      string
	Label    string
	Old, New *KeyFigure
}

// DiffFigures returns the key figures whose value or count of
// not-reported records differ between old and new, or that only one of
// them has: in new's order, then those only old has, in old's.
func DiffFigures(old, new []KeyFigure) []FigureChange {
	byKey := map[string]*KeyFigure{}
	for i := range old {
		byKey[old[i].Key] = &old[i]
	}
	var out []FigureChange
	seen := map[string]bool{}
	for i := range new {
		n := &new[i]
		seen[n.Key] = true
		o := byKey[n.Key]
		if o == nil || numberText(o.Value) != numberText(n.Value) || o.NotReported != n.NotReported {
			out = append(out, FigureChange{Key: n.Key, Label: n.Label, Old: o, New: n})
		}
	}
	for i := range old {
		if o := &old[i]; !seen[o.Key] {
			out = append(out, FigureChange{Key: o.Key, Label: o.Label, Old: o})
		}
	}
	return out
}

// numberText is a figure as text, "n/r" when not reported. Figures are
// compared as text: both builds write them exactly, with the same digits.
func numberText(n *json.Number) string {
	if n == nil {
		return "n/r"
	}
	return n.String()
}

// figureText is a figure and its not-reported count, for the listing in
// the language l.
func figureText(l string, f *KeyFigure) string {
	if f == nil {
		return msg.Sprintf(l, msg.DiffNone)
	}
	s := msg.Sprintf(l, msg.DiffNotReported)
	if f.Value != nil {
		s = f.Value.String()
	}
	if f.NotReported > 0 {
		s = msg.Sprintf(l, msg.DiffWithNotReported, s, f.NotReported)
	}
	return s
}

// labelFigures gives the changes the labels of their key figures in the
// language l: the report's text of the figure in that language (the
// texts shipped with the tool), else the label the build wrote. The
// builds' own labels are English (and the indicators' labels, from the
// configuration diff does not read, stay as the build wrote them).
func labelFigures(l string, changes []FigureChange) {
	if l == "en" || len(changes) == 0 {
		return
	}
	t, _, err := lang.Load(templates.FS, l)
	if err != nil {
		return // the build's labels: the tool's own texts cannot fail to load
	}
	for i, c := range changes {
		if key := "figure." + c.Key; t.Has(key) {
			changes[i].Label = t.T(key)
		}
	}
}

func diffRun(opts *DiffOptions) error {
	old, err := readResult(opts.Old)
	if err != nil {
		return err
	}
	new, err := readResult(opts.New)
	if err != nil {
		return err
	}
	changes := DiffFigures(old.KeyFigures, new.KeyFigures)
	env := opts.Env
	labelFigures(env.Messages, changes)
	if err := writeChanges(env.Stdout, env.Messages, old.Year, new.Year, changes); err != nil {
		return failure.Errorf(failure.Output, msg.StdoutFailed, err)
	}
	if opts.ExitCode && len(changes) > 0 {
		return ErrChanged
	}
	return nil
}

// writeChanges prints the changes in the language l, one per line: key,
// label, old and new value; a first line says when the builds are of
// different years.
func writeChanges(w io.Writer, l string, oldYear, newYear int, changes []FigureChange) error {
	var b strings.Builder
	if oldYear != newYear {
		b.WriteString(msg.Sprintf(l, msg.DiffDifferentYears, oldYear, newYear) + "\n")
	}
	for _, c := range changes {
		fmt.Fprintf(&b, "%s\t%s\t%s -> %s\n", c.Key, c.Label, figureText(l, c.Old), figureText(l, c.New))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
