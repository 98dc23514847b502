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
)

// DiffOptions are the diff command's flags and dependencies.
type DiffOptions struct {
	Env      *Env
	Old, New string
	ExitCode bool
}

// ErrChanged is the outcome of diff --exit-code when a key figure changed
// (exit 1, as git diff --exit-code); the changes were printed already.
var ErrChanged error = &failure.Error{Kind: failure.Inputs, Err: errors.New("key figures changed")}

// NewDiffCmd builds the diff command; runF replaces diffRun in tests.
func NewDiffCmd(env *Env, runF func(context.Context, *DiffOptions) error) *cobra.Command {
	opts := &DiffOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "diff OLD.json NEW.json",
		Short: "Print the key figures that changed between two builds (build --format json)",
		Long: `diff compares the key figures of two builds, as build --format json prints
them: a late correction after the report went to the Council, or last month's
scheduled build against this month's. It prints one line per key figure whose
value or count of not-reported records changed, or that only one build has,
and nothing else when none changed.

With --exit-code it exits 1 when any key figure changed, 0 when none did.
Files that are not build results with key figures are an error (exit 2).`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Old, opts.New = args[0], args[1]
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return diffRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.ExitCode, "exit-code", false, "exit 1 when any key figure changed")
	return cmd
}

// readResult reads a build's JSON result with its key figures.
func readResult(path string) (*Result, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError("read %s: %v", path, unwrapPath(err))
	}
	var r Result
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&r); err != nil {
		return nil, usageError("%s is not a ratsreport result (build --format json): %v", path, err)
	}
	switch {
	case r.Schema != ResultSchema:
		return nil, usageError("%s is not a ratsreport result (build --format json): schema %q, expected %q", path, r.Schema, ResultSchema)
	case r.Command != "build" || r.KeyFigures == nil:
		return nil, usageError("%s has no key figures: it is the result of %s with exit code %d; diff needs a successful build --format json", path, r.Command, r.ExitCode)
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

// figureText is a figure and its not-reported count, for the listing.
func figureText(f *KeyFigure) string {
	if f == nil {
		return "(none)"
	}
	s := numberText(f.Value)
	if f.NotReported > 0 {
		s += fmt.Sprintf(" (%d not reported)", f.NotReported)
	}
	return s
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
	if err := writeChanges(opts.Env.Stdout, old.Year, new.Year, changes); err != nil {
		return failure.Errorf(failure.Output, "write to standard output: %w", err)
	}
	if opts.ExitCode && len(changes) > 0 {
		return ErrChanged
	}
	return nil
}

// writeChanges prints the changes, one per line: key, label, old and new
// value; a first line says when the builds are of different years.
func writeChanges(w io.Writer, oldYear, newYear int, changes []FigureChange) error {
	var b strings.Builder
	if oldYear != newYear {
		fmt.Fprintf(&b, "the builds are of different years: %d and %d\n", oldYear, newYear)
	}
	for _, c := range changes {
		fmt.Fprintf(&b, "%s\t%s\t%s -> %s\n", c.Key, c.Label, figureText(c.Old), figureText(c.New))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
