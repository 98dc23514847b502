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
	"ratsreport/report/msg"
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
		Short: env.text(msg.HelpStatusShort),
		Long:  env.text(msg.HelpStatusLong),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return statusRun(cmd.Context(), opts)
		},
	}
	configFlags(cmd, env, &opts.Config, &opts.Year)
	return cmd
}

func statusRun(ctx context.Context, opts *StatusOptions) error {
	cfg, err := load.Config(opts.Config, opts.Year)
	if err != nil {
		return err
	}
	env := opts.Env
	env.useConfig(cfg)
	in, err := load.Read(ctx, cfg, load.Options{Coverage: true, Plausibility: true, NeedYear: true, Getenv: env.Getenv, Progress: env.progress()})
	env.endProgress()
	if err != nil && failure.Of(err) != failure.Inputs {
		return err
	}
	now := time.Now
	if env.Now != nil {
		now = env.Now
	}
	printStatus(env.Stdout, cfg, in, now(), env.Messages)
	return nil
}

// printStatus prints the status screen of what the loader read, on day
// now, in lang.
func printStatus(w io.Writer, cfg *config.Config, in *load.Inputs, now time.Time, lang string) {
	t := func(key msg.Key, args ...any) string { return msg.Sprintf(lang, key, args...) }
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	c := in.Coverage
	fmt.Fprintf(w, "%s\n", t(msg.CLIStatusTitle, c.Year, today.Format("2006-01-02")))
	fmt.Fprintf(w, "%s\n", t(msg.CLIStatusDeadline, nextDeadline(c, today, lang)))

	fmt.Fprintf(w, "\n%s\n", t(msg.CLIStatusSubmissions))
	ok, missing := t(msg.CLIStatusComplete), t(msg.CLIStatusIncomplete)
	markW, nameW := columnWidth(7, ok, missing), datasetColumn(lang)
	for i := range c.Datasets {
		d := &c.Datasets[i]
		mark := ok
		if !d.Complete() {
			mark = missing
		}
		fmt.Fprintf(w, "  %s %s %s\n", padRight(mark, markW), padRight(datasetName(d.Dataset, lang), nameW), coverageSummary(cfg, d, lang))
	}

	type counts struct{ errors, warnings int }
	perFile := map[string]*counts{}
	noFile := t(msg.CLIStatusNoFile)
	for _, d := range in.Diags {
		if d.Severity == diag.Notice {
			continue
		}
		f := d.File
		if f == "" {
			f = noFile
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
	fileH, errH, warnH := t(msg.CLIStatusFiles), t(msg.CLIStatusErrors), t(msg.CLIStatusWarnings)
	errW, warnW := columnWidth(7, errH), columnWidth(9, warnH)
	fmt.Fprintf(w, "\n%s %s %s\n", padRight(fileH, 46), padLeft(errH, errW), padLeft(warnH, warnW))
	for _, f := range files {
		fmt.Fprintf(w, "  %s %*d %*d\n", padRight(f, 44), errW, perFile[f].errors, warnW, perFile[f].warnings)
	}
	if len(files) == 0 {
		fmt.Fprintf(w, "  %s\n", t(msg.CLIStatusClean, clean))
	} else {
		fmt.Fprintf(w, "  %s\n", t(msg.CLIStatusCleanOther, clean))
	}

	errs, warns := in.Diags.Count(diag.Error), in.Diags.Count(diag.Warning)
	switch {
	case errs > 0:
		fmt.Fprintf(w, "\n%s\n", t(msg.CLIReadyNo, errs))
	case warns > 0:
		fmt.Fprintf(w, "\n%s\n", t(msg.CLIReadyWarnings, warns))
	default:
		fmt.Fprintf(w, "\n%s\n", t(msg.CLIReadyYes))
	}
}

// nextDeadline says in lang when the next deadline falls, counted in
// days from today: the earliest of the datasets still incomplete, or of
// all when every submission has arrived.
func nextDeadline(c *coverage.Coverage, today time.Time, lang string) string {
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
		return msg.Sprintf(lang, msg.CLIDeadlineNone)
	}
	days := int(next.Sub(today).Hours() / 24)
	date := next.Format("2006-01-02")
	switch {
	case days > 0:
		return msg.Sprintf(lang, msg.CLIDeadlineIn, date, days)
	case days == 0:
		return msg.Sprintf(lang, msg.CLIDeadlineToday, date)
	}
	return msg.Sprintf(lang, msg.CLIDeadlinePassed, date, -days)
}
