package cli

import (
	"context"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"ratsreport/report/config"
	"ratsreport/report/coverage"
	"ratsreport/report/diag"
	"ratsreport/report/failure"
	"ratsreport/report/load"
)

// StatusOptions are the status command's flags and dependencies.
type StatusOptions struct {
	Env    *Env
	Config string
	Year   int
}

// NewStatusCmd builds the status command; runF replaces statusRun in
// tests.
func NewStatusCmd(env *Env, runF func(context.Context, *StatusOptions) error) *cobra.Command {
	opts := &StatusOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "status",
		Short: "One screen for the staff preparing the report: deadline, submissions received and missing, problems per file, ready or not",
		Long: `status reads the inputs as check does and prints one screen: the days left to
the submission deadline, per dataset the submissions received and missing,
the errors and warnings of each file that has any, and whether the report is
ready to build. It exits 0 whatever it finds (check and build are the gates),
2 on a usage or configuration error.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return statusRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Config, "config", "config.toml", "configuration file")
	cmd.Flags().IntVar(&opts.Year, "year", 0, "reporting year (default: report.year in the configuration)")
	return cmd
}

func statusRun(ctx context.Context, opts *StatusOptions) error {
	cfg, err := load.Config(opts.Config, opts.Year)
	if err != nil {
		return err
	}
	env := opts.Env
	in, err := load.Read(ctx, cfg, load.Options{Coverage: true, Plausibility: true, NeedYear: true, Getenv: env.Getenv, Progress: env.progress()})
	env.endProgress()
	if err != nil && failure.Of(err) != failure.Inputs {
		return err
	}
	now := time.Now
	if env.Now != nil {
		now = env.Now
	}
	printStatus(env.Stdout, cfg, in, now())
	return nil
}

// printStatus prints the status screen of what the loader read, on day
// now.
func printStatus(w io.Writer, cfg *config.Config, in *load.Inputs, now time.Time) {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	c := in.Coverage
	fmt.Fprintf(w, "ratsreport status: reporting year %d, today %s\n", c.Year, today.Format("2006-01-02"))
	fmt.Fprintf(w, "deadline: %s\n", nextDeadline(c, today))

	fmt.Fprintln(w, "\nsubmissions")
	for i := range c.Datasets {
		d := &c.Datasets[i]
		mark := "ok"
		if !d.Complete() {
			mark = "MISSING"
		}
		fmt.Fprintf(w, "  %-7s %-12s %s\n", mark, d.Dataset, d.Summary(cfg))
	}

	type counts struct{ errors, warnings int }
	perFile := map[string]*counts{}
	for _, d := range in.Diags {
		if d.Severity == diag.Notice {
			continue
		}
		f := d.File
		if f == "" {
			f = "(no file)"
		}
		if perFile[f] == nil {
			perFile[f] = &counts{}
		}
		if d.Severity == diag.Error {
			perFile[f].errors++
		} else {
			perFile[f].warnings++
		}
	}
	files := make([]string, 0, len(perFile))
	for f := range perFile {
		files = append(files, f)
	}
	sort.Strings(files)
	clean := 0
	for _, s := range in.Read.Data.Sources {
		if perFile[s.Path] == nil {
			clean++
		}
	}
	fmt.Fprintf(w, "\n%-46s %7s %9s\n", "files", "errors", "warnings")
	for _, f := range files {
		fmt.Fprintf(w, "  %-44s %7d %9d\n", f, perFile[f].errors, perFile[f].warnings)
	}
	other := "other "
	if len(files) == 0 {
		other = ""
	}
	fmt.Fprintf(w, "  (%d %s%s: no errors or warnings)\n", clean, other, plural(clean, "file", "files"))

	errs, warns := in.Diags.Count(diag.Error), in.Diags.Count(diag.Warning)
	switch {
	case errs > 0:
		fmt.Fprintf(w, "\nready to build: no, %d %s to correct (ratsreport check lists them with their cells)\n", errs, plural(errs, "error", "errors"))
	case warns > 0:
		fmt.Fprintf(w, "\nready to build: yes, with %d %s (build --strict would stop on them)\n", warns, plural(warns, "warning", "warnings"))
	default:
		fmt.Fprintln(w, "\nready to build: yes")
	}
}

// nextDeadline says when the next deadline falls, counted in days from
// today: the earliest of the datasets still incomplete, or of all when
// every submission has arrived.
func nextDeadline(c *coverage.Coverage, today time.Time) string {
	var next time.Time
	complete := c.Complete()
	for i := range c.Datasets {
		d := &c.Datasets[i]
		if d.Deadline.IsZero() || !complete && d.Complete() {
			continue
		}
		if next.IsZero() || d.Deadline.Before(next) {
			next = d.Deadline
		}
	}
	if next.IsZero() {
		return "none set (coverage.deadline in the configuration)"
	}
	days := int(next.Sub(today).Hours() / 24)
	date := next.Format("2006-01-02")
	switch {
	case days > 0:
		return fmt.Sprintf("%s, in %d %s", date, days, plural(days, "day", "days"))
	case days == 0:
		return date + ", today"
	}
	return fmt.Sprintf("%s, passed %d %s ago", date, -days, plural(-days, "day", "days"))
}
