// Package ingest reads the member states' input workbooks into validated
// records, following the input contract (package schema): it finds the
// files through the configuration's patterns, recognises sheets by name,
// finds the header row, matches columns by header, parses every value,
// merges duplicates across files and reports every problem with its
// location. It never formats output.
//
// Workbooks are read with excelize's streaming row iterator in raw mode.
// Because that iterator skips damaged XML silently, every package is also
// checked by package integrity: within limits before the library opens
// it, and by a strict pass that runs concurrently with the read; a damaged
// sheet is an error, never a shorter list. Files are read by as many
// workers as GOMAXPROCS (Options.Workers).
package ingest

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"crypto/sha256"
	"encoding/hex"

	"github.com/bmatcuk/doublestar/v4"

	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/integrity"
	"ratsreport/report/model"
	"ratsreport/report/msg"
)

// Options tune a read.
type Options struct {
	// Files, when not empty, replaces the configuration's patterns: these
	// paths (relative to the working folder, or absolute) are read.
	Files []string
	// Limits against hostile files; a zero field means its default
	// (integrity.DefaultLimits).
	Limits integrity.Limits
	// Workers is how many files are read at once; 0 means GOMAXPROCS.
	Workers int
	// Progress, if set, is called after each file is read (from one
	// goroutine at a time).
	Progress func(done, total int, file string)
}

// Result is what a read produced.
type Result struct {
	Data  *model.Data
	Diags diag.List
	// cols is, by sheet, its column key → column number (see Column).
	cols map[sheetKey]map[string]int
}

// Read finds and reads every input workbook named by the configuration and
// returns the merged records with all diagnostics, sorted. It returns an
// error only when the inputs cannot be listed at all or the read is
// interrupted (ctx is done, as on Ctrl-C: files not yet started are not
// read, and Read returns ctx's error); problems with files and cells are
// diagnostics.
func Read(ctx context.Context, cfg *config.Config, opt Options) (*Result, error) {
	files, diags, err := find(cfg, opt)
	if err != nil {
		return nil, err
	}
	// Files are read concurrently and merged in file order as soon as
	// each is read, so that the result does not depend on which finished
	// first and memory holds the rows of a few files, not of all. A
	// worker takes a slot of the window before it takes a file, and the
	// merge frees it: at most that many files are read but not merged.
	results := make([]*fileResult, len(files))
	ready := make([]chan struct{}, len(files))
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := make(chan struct{}, 2*workers)
	r := newReader(cfg, opt.Limits.WithDefaults())
	var mu sync.Mutex
	next, done := 0, 0
	for w := 0; w < workers && w < len(files); w++ {
		go func() {
			for {
				select {
				case window <- struct{}{}:
				case <-ctx.Done():
					return
				}
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(files) {
					<-window
					return
				}
				results[i] = r.readUnchanged(files[i])
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(files), files[i].display)
					mu.Unlock()
				}
				close(ready[i])
			}
		}()
	}
	data := &model.Data{}
	m := newMerger(cfg, data)
	for i := range files {
		select {
		case <-ready[i]:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		fr := results[i]
		results[i] = nil
		diags = append(diags, fr.diags...)
		data.Sources = append(data.Sources, fr.source)
		m.add(fr)
		<-window
	}
	cols := m.sheetCols
	m.finish()
	diags = append(diags, m.diags...)
	for i := range data.Sources {
		src := &data.Sources[i]
		for j := range src.Sheets {
			key := sheetKey{src.Path, src.Sheets[j].Name}
			src.Sheets[j].Merged = m.mergedPerSheet[key]
			src.Sheets[j].Records -= m.mergedPerSheet[key] + m.rejectedPerSheet[key]
			src.Sheets[j].Rejected += m.rejectedPerSheet[key]
		}
	}
	diags.Sort()
	return &Result{Data: data, Diags: diags, cols: cols}, nil
}

// readHook lets tests change a file at a stage of its read
// ("before-read", "after-read").
var readHook func(stage, path string)

// readUnchanged reads one workbook (readFile) and makes sure it did not
// change while it was read: a clerk saving it, a copy replacing it. Its
// size, modification time and identity (the file system's, as os.SameFile
// tells) before the read must be those after it, and its SHA-256 after
// the read that of the bytes readFile hashed when it opened it; otherwise
// the read may mix two versions of the file (excelize opens it again by
// its path), and the file is an error: its records are not used.
func (r *reader) readUnchanged(in input) *fileResult {
	before, berr := os.Stat(in.path)
	if readHook != nil {
		readHook("before-read", in.path)
	}
	fr := r.readFile(in)
	if readHook != nil {
		readHook("after-read", in.path)
	}
	if berr != nil || fr.source.SHA256 == "" {
		return fr // it could not be read at all, and readFile said so
	}
	var changed msg.Message
	after, err := os.Stat(in.path)
	switch {
	case err != nil:
		changed = msg.New(msg.ReadChangedGone, unwrapPath(err))
	case !os.SameFile(before, after):
		changed = msg.New(msg.ReadChangedReplaced)
	case before.Size() != after.Size() || before.Size() != fr.source.Size:
		changed = msg.New(msg.ReadChangedSize, before.Size(), after.Size())
	case !before.ModTime().Equal(after.ModTime()):
		changed = msg.New(msg.ReadChangedTime)
	default:
		f, err := os.Open(in.path)
		if err != nil {
			changed = msg.New(msg.ReadChangedUnreadable, unwrapPath(err))
			break
		}
		_, sum, err := hashFile(f)
		f.Close()
		switch {
		case err != nil:
			changed = msg.New(msg.ReadChangedUnreadable, unwrapPath(err))
		case sum != fr.source.SHA256:
			changed = msg.New(msg.ReadChangedContent)
		}
	}
	if changed.IsZero() {
		return fr
	}
	// What was read may be of two versions: none of it is used, and its
	// diagnostics, which may be of either, are replaced by this one.
	fr.rows = nil
	fr.source.Failed = true
	fr.diags = nil
	fr.diags.Add(in.display, "", 0, 0, diag.Error, msg.ReadFileChanged, changed)
	return fr
}

// input is one file to read: its path on disk and as shown to the user.
type input struct {
	path    string
	display string
}

// find lists the input files: the configuration's patterns, resolved
// against its folder, or the files given in the options.
func find(cfg *config.Config, opt Options) ([]input, diag.List, error) {
	var diags diag.List
	seen := map[string]bool{}
	var files []input
	if len(opt.Files) > 0 {
		for _, f := range opt.Files {
			if !seen[f] {
				seen[f] = true
				files = append(files, input{path: f, display: filepath.ToSlash(f)})
			}
		}
		return files, diags, nil
	}
	root := cfg.Dir
	if root == "" {
		root = "."
	}
	fsys := os.DirFS(root)
	for _, pat := range cfg.Sources.Patterns {
		matches, err := doublestar.Glob(fsys, filepath.ToSlash(pat), doublestar.WithFilesOnly())
		if err != nil {
			return nil, nil, msg.Errorf(msg.ReadPatternInvalid, pat, err)
		}
		if len(matches) == 0 {
			diags.Add("config.toml", "", 0, 0, diag.Warning, msg.ReadPatternNoMatch, pat, root)
		}
		for _, m := range matches {
			if seen[m] || isLockFile(m) {
				continue
			}
			seen[m] = true
			files = append(files, input{path: filepath.Join(root, filepath.FromSlash(m)), display: m})
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].display < files[j].display })
	return files, diags, nil
}

// isLockFile reports Excel's and LibreOffice's lock files (~$book.xlsx,
// .~lock.book.xlsx#), which live beside open workbooks and are not data.
func isLockFile(p string) bool {
	b := filepath.Base(p)
	return len(b) > 2 && (b[:2] == "~$" || len(b) > 7 && b[:7] == ".~lock.")
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// hashFile returns the size and SHA-256 of what f holds.
func hashFile(f io.Reader) (int64, string, error) {
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return 0, "", err
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}
