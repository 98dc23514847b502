package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"ratsreport/report/export"
	"ratsreport/report/failure"
	"ratsreport/report/load"
	"ratsreport/report/msg"
	"ratsreport/report/outfile"
	"ratsreport/report/stats"
)

// ExportOptions are the export command's flags and dependencies.
type ExportOptions struct {
	Env    *Env
	Config string
	Files  []string // workbooks to read instead of the configuration's patterns
	Years  string
	Format string
	Output string
	BOM    bool
	Wait   time.Duration
}

// NewExportCmd builds the export command; runF replaces exportRun in
// tests. Both get the command's context, cancelled on Ctrl-C.
func NewExportCmd(env *Env, runF func(context.Context, *ExportOptions) error) *cobra.Command {
	opts := &ExportOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "export -o PATH [FILE.xlsx ...]",
		Short: env.text(msg.CmdExportShort),
		Long:  env.text(msg.CmdExportLong),
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return exportRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Config, "config", "config.toml", env.text(msg.HelpFlagConfig))
	f.StringVar(&opts.Years, "years", "all", env.text(msg.CmdExportFlagYears))
	f.StringVar(&opts.Format, "format", "", env.text(msg.CmdExportFlagFormat))
	f.StringVarP(&opts.Output, "output", "o", "", env.text(msg.CmdExportFlagOutput))
	f.BoolVar(&opts.BOM, "bom", false, env.text(msg.CmdExportFlagBOM))
	waitFlag(cmd, &opts.Wait)
	return cmd
}

// exportTarget is what the export writes: the format, and whether CSV goes
// into a zip or a folder.
type exportTarget struct {
	format string
	zip    bool
}

// exportFormat decides the format from the flag or the extension of the
// output.
func exportFormat(opts *ExportOptions) (exportTarget, error) {
	if opts.Output == "" {
		return exportTarget{}, usageError(msg.ExportNeedsOutput)
	}
	ext := strings.ToLower(filepath.Ext(opts.Output))
	format := strings.ToLower(strings.TrimSpace(opts.Format))
	if format == "" {
		switch ext {
		case ".sqlite", ".sqlite3", ".db":
			format = "sqlite"
		case ".xlsx":
			format = "xlsx"
		case ".zip":
			format = "csv"
		default:
			return exportTarget{}, usageError(msg.ExportUnknownExtension, opts.Output, strings.Join(export.Formats, ", "))
		}
	}
	if !slices.Contains(export.Formats, format) {
		return exportTarget{}, usageError(msg.ExportUnknownFormat, opts.Format, strings.Join(export.Formats, ", "))
	}
	if opts.BOM && format != "csv" {
		return exportTarget{}, usageError(msg.ExportBOMCSVOnly)
	}
	return exportTarget{format: format, zip: format == "csv" && ext == ".zip"}, nil
}

// checkTarget refuses, before anything is read, an output that cannot be
// written: an existing non-file where a file goes, a non-folder where the
// CSV folder goes (exit 3).
func checkTarget(path string, folder bool) error {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return &failure.Error{Kind: failure.Output, Err: msg.Errorf(msg.At, path, err)}
	case folder && !info.IsDir():
		return failure.Errorf(failure.Output, msg.ExportNotAFolder, path)
	case !folder && !info.Mode().IsRegular():
		return failure.Errorf(failure.Output, msg.ExportNotAFile, path)
	}
	return nil
}

func exportRun(ctx context.Context, opts *ExportOptions) error {
	target, err := exportFormat(opts)
	if err != nil {
		return err
	}
	if err := checkWait(opts.Wait); err != nil {
		return err
	}
	folder := target.format == "csv" && !target.zip
	if err := checkTarget(opts.Output, folder); err != nil {
		return err
	}
	years, err := stats.ParseYears(opts.Years)
	if err != nil {
		return usageOf(err)
	}
	cfg, err := load.Config(opts.Config, 0)
	if err != nil {
		return err
	}
	env := opts.Env
	env.useConfig(cfg)
	// Warnings do not stop an export: they do not change the records.
	in, err := load.Read(ctx, cfg, load.Options{Langs: []string{"en"}, Date: true, Files: opts.Files, Getenv: env.Getenv, Progress: env.progress()})
	env.endProgress()
	if in != nil {
		reportInputs(env, in.Read.Diags)
	}
	if err != nil {
		return err
	}
	src := &export.Source{Config: cfg, Data: in.Read.Data, Texts: in.Texts["en"], Years: years, Version: versionString()}

	dir, name := filepath.Split(opts.Output)
	dir = filepath.Clean(dir)
	if folder {
		dir, name = filepath.Clean(opts.Output), ""
	}
	set, err := outfile.Open(ctx, dir, outputOptions(env, dir, opts.Wait))
	if err != nil {
		return outputError(err)
	}
	defer set.Abort()
	if err := writeExport(ctx, set, name, target, src, in.Date, opts.BOM); err != nil {
		var tooMany *export.TooManyRowsError
		switch {
		case errors.Is(err, context.Canceled):
			return failure.Errorf(failure.Interrupted, msg.ExportInterrupted)
		case errors.As(err, &tooMany):
			return usageError(msg.ExportTooManyRows, tooMany.Dataset, msg.Count(tooMany.Rows), msg.Count(export.MaxSheetRows))
		}
		return outputError(err)
	}
	written, err := set.Commit()
	if err != nil {
		return outputError(err)
	}
	for _, w := range written {
		fmt.Fprintln(env.Stdout, w.Path)
	}
	return nil
}

// writeExport writes the export into the set's outputs.
func writeExport(ctx context.Context, set *outfile.Set, name string, target exportTarget, src *export.Source, date time.Time, bom bool) error {
	switch {
	case target.format == "sqlite":
		// SQLite writes a file of its own: in the scratch folder, then
		// adopted as the output (moved into place, not copied).
		tmp := filepath.Join(set.TempDir(), "export.sqlite")
		if err := export.WriteSQLite(ctx, tmp, src); err != nil {
			return err
		}
		return set.Adopt(name, tmp)
	case target.format == "xlsx":
		o, err := set.Create(name)
		if err != nil {
			return err
		}
		return export.WriteXLSX(ctx, o, src, date)
	case target.zip:
		o, err := set.Create(name)
		if err != nil {
			return err
		}
		return export.WriteZip(ctx, o, src, bom)
	}
	for _, t := range export.Datasets(src) {
		o, err := set.Create(export.FileName(t))
		if err != nil {
			return err
		}
		if err := export.WriteCSV(ctx, o, t, bom); err != nil {
			return msg.Errorf(msg.ExportWriteFileFailed, export.FileName(t), err)
		}
	}
	return nil
}
