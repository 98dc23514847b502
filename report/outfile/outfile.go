// Package outfile writes a build's output files atomically and as a set:
// every file is first written in full to a temporary file in the output
// folder, synced and closed; only when all of them are written are they
// renamed into place. A run that fails leaves the previous outputs as they
// were and no temporary file behind.
//
// WriteAll writes outputs held in memory; a Set lets outputs be streamed
// into their temporary files (a workbook of a million rows is not held in
// memory), with the same guarantees.
//
// Faults the package survives (docs/reliability.md has the tests):
//   - two sets in one folder at once: Open locks the folder (flock on the
//     folder itself, so no lock file is left in it); the second waits up
//     to Options.Wait, then fails with ErrBusy;
//   - a process killed at any moment: its scratch folder is left behind,
//     flocked by no one. The next Open in the folder, holding the
//     folder's lock, removes every scratch folder whose flock it can take
//     (its owner is gone; a live owner still holds its flock), and first
//     completes a commit the killed process had begun: the commit's
//     journal, written before the first rename, names every rename, so
//     that the outputs end up all new, never a mix. A scratch folder is
//     removed only when it holds the marker its set wrote at its creation
//     (scratchMarker): a folder of someone else's that happens to bear the
//     name is left alone. A journal that cannot be read is skipped with a
//     warning (Options.Warn), its scratch folder left as it is (see
//     cleanStale);
//   - a set that fails to open in a folder it created leaves no new empty
//     folder behind.
package outfile

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"ratsreport/report/msg"
)

// File is one output: its name inside the output folder and its bytes.
type File struct {
	Name string
	Data []byte
}

// Written describes an output file as written.
type Written struct {
	Path   string
	Size   int64
	SHA256 string
}

// Error is a failure to write the outputs; the previous outputs are as
// they were.
type Error struct {
	Path string
	Op   string
	Err  error
}

// Error returns the failure in English: "create out/2025: permission
// denied".
func (e *Error) Error() string { return e.In("en") }

// In returns the failure in lang; the operating system's error, in Err,
// reads as the system wrote it.
func (e *Error) In(lang string) string {
	if key, ok := opKeys[e.Op]; ok {
		return msg.Sprintf(lang, key, e.Path, e.Err)
	}
	return fmt.Sprintf("%s %s: %v", e.Op, e.Path, msg.Text(lang, e.Err))
}

// opKeys are the messages of the operations of an Error, by its Op.
var opKeys = map[string]msg.Key{
	"lock": msg.OutputLock, "create": msg.OutputCreate, "read": msg.OutputRead, "write": msg.OutputWrite,
	"replace": msg.OutputReplace, opComplete: msg.OutputComplete, opUndo: msg.OutputUndo,
}

// The operations of an Error that finish what a killed process began.
const (
	opComplete = "complete the interrupted commit of"
	opUndo     = "undo the interrupted commit of"
)

func (e *Error) Unwrap() error { return e.Err }

// hook lets tests inject a failure between writing and renaming.
var hook func(stage string) error

// ErrBusy is the error of Open when another process holds the output
// folder's lock for longer than Options.Wait.
var ErrBusy = msg.Errorf(msg.OutputBusy)

// scratchPrefix names a set's scratch folder inside the output folder.
const scratchPrefix = ".ratsreport-tmp-"

// journalName is the commit's journal in the scratch folder: the renames
// the commit makes, written (and synced) before the first of them.
const journalName = "commit.json"

// scratchMarker is the file a set writes into its scratch folder as soon
// as it creates it, holding markerText: the proof, for a later cleanStale,
// that the folder is this tool's scratch folder and may be removed, and
// not a person's folder that happens to bear a name of the pattern.
const scratchMarker = ".ratsreport-scratch"

// markerText is the marker's content.
const markerText = "ratsreport scratch folder: removed by the next build once its owner is gone\n"

// pollLock is how often a waiting Open tries the folder's lock again.
var pollLock = 100 * time.Millisecond

// Options control Open.
type Options struct {
	// Wait is how long to wait while another process writes to the same
	// folder; 0 fails at once, with ErrBusy.
	Wait time.Duration
	// Waiting, if set, is called once when the folder is found busy,
	// before the wait.
	Waiting func()
	// Warn, if set, is told what Open skipped and why: a scratch folder
	// left by a killed set whose journal cannot be read (a *JournalError).
	// When nil, such a warning is written to standard error, so that it is
	// never lost.
	Warn func(error)
}

// JournalError is the warning of a journal that cannot be read (truncated,
// corrupt, or naming files that a journal never names): the commit it
// belongs to can be neither completed nor undone with certainty, so its
// scratch folder is left as it is, for a person to check.
type JournalError struct {
	Path string // the journal file
	Err  error
}

// Error returns the warning in English.
func (e *JournalError) Error() string { return e.In("en") }

// In returns the warning in lang.
func (e *JournalError) In(lang string) string {
	return msg.Sprintf(lang, msg.OutputJournalUnreadable, e.Path, e.Err)
}

func (e *JournalError) Unwrap() error { return e.Err }

// warn reports err as opt says.
func (opt Options) warn(err error) {
	if opt.Warn != nil {
		opt.Warn(err)
		return
	}
	// No one said which language: the locale's, as the C library reads it.
	lang, _ := msg.Choose("", "", os.Getenv)
	fmt.Fprintln(os.Stderr, msg.Sprintf(lang, msg.OutputWarning, err))
}

// WriteAll writes files into dir (created if needed) atomically as a set.
// It is a Set whose outputs are written from memory, begun with Begin.
func WriteAll(dir string, files []File) ([]Written, error) {
	return Write(context.Background(), dir, files, Options{})
}

// Write is WriteAll with the Set opened as Open does, with ctx and opt:
// for a command that waits while another process writes to the folder.
func Write(ctx context.Context, dir string, files []File, opt Options) ([]Written, error) {
	s, err := Open(ctx, dir, opt)
	if err != nil {
		return nil, err
	}
	defer s.Abort()
	for _, f := range files {
		o, err := s.Create(f.Name)
		if err != nil {
			return nil, err
		}
		if _, err := o.Write(f.Data); err != nil {
			return nil, err
		}
	}
	return s.Commit()
}

// Set is a set of outputs being written into one folder, for outputs too
// large to hold in memory: each is streamed into its temporary file.
//
//	s, err := outfile.Begin(dir)
//	defer s.Abort()            // removes the temporary files unless committed
//	o, err := s.Create(name)   // one per output, in the order of the result
//	... write to o (the outputs may be written concurrently, each by one goroutine) ...
//	written, err := s.Commit() // renames all into place, or none
//
// Commit must be called only once every output is written. Until it
// returns, the previous outputs are as they were; after a failure or an
// Abort no temporary file is left.
type Set struct {
	dir     string
	tmp     string   // the set's scratch folder inside dir (see TempDir)
	lock    *os.File // dir, open and flocked while the set lives (nil: no flock here)
	own     *os.File // tmp, open and flocked: the set's owner is alive
	created []string // the folders Open created, dir first: Abort removes them (when empty)
	mu      sync.Mutex
	outs    []*Output
	done    bool
}

// Output is one output of a Set being written: a temporary file in the
// output folder. Its Write is not safe for concurrent use.
type Output struct {
	name string // the output's name in the folder
	path string // where it goes: the folder and name
	tmp  *os.File
	w    *bufio.Writer
	hash hash.Hash
	size int64
	err  error // the first write error; Commit fails with it
}

// Begin starts a set of outputs in dir, as Open does, without waiting for
// another process writing to the folder.
func Begin(dir string) (*Set, error) {
	return Open(context.Background(), dir, Options{})
}

// Open starts a set of outputs in dir, creating the folder if needed, and
// locks the folder until Commit or Abort; when another process holds the
// lock it waits up to opt.Wait (or until ctx is done: then it returns
// ctx's error). Holding the lock, it removes what killed processes left
// in the folder, completing a commit one had begun. The temporary files
// go into one hidden scratch folder inside dir (.ratsreport-tmp-*),
// removed by Commit and Abort: on the same file system, so that moving an
// output into place is a rename, and, should the process be killed
// mid-way, the one thing left to delete.
//
// A failure after the folder was created (by this Open, for this set)
// removes it again, with the folders above it that Open created, each if
// it is empty: a failed set leaves no new empty folder.
func Open(ctx context.Context, dir string, opt Options) (*Set, error) {
	created := missing(dir)
	lock, err := lockFolder(ctx, dir, opt)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*Set, error) {
		removeEmpty(created) // under the lock: no other set is in the folder
		if lock != nil {
			lock.Close()
		}
		return nil, err
	}
	if hook != nil {
		if err := hook("locked"); err != nil {
			return fail(&Error{Op: "lock", Path: dir, Err: err})
		}
	}
	if lock != nil {
		if err := cleanStale(dir, opt); err != nil {
			return fail(err)
		}
	}
	tmp, err := os.MkdirTemp(dir, scratchPrefix+"*")
	if err != nil {
		return fail(&Error{Op: "create", Path: dir, Err: unwrap(err)})
	}
	s := &Set{dir: dir, tmp: tmp, created: created, lock: lock}
	if err := os.WriteFile(filepath.Join(tmp, scratchMarker), []byte(markerText), 0o644); err != nil {
		s.cleanup()
		return nil, &Error{Op: "create", Path: tmp, Err: unwrap(err)}
	}
	if lock != nil {
		// The scratch folder's own flock tells a later build that its
		// owner is alive.
		if s.own, err = os.Open(tmp); err == nil {
			_, err = tryLock(s.own)
		}
		if err != nil {
			s.cleanup()
			return nil, &Error{Op: "lock", Path: tmp, Err: unwrap(err)}
		}
	}
	return s, nil
}

// lockFolder creates dir if needed and takes its flock, waiting as opt
// says. It returns nil (and no error) where the platform or the file
// system has no flock: the folder is then not locked.
func lockFolder(ctx context.Context, dir string, opt Options) (*os.File, error) {
	if !canLock {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, &Error{Op: "create", Path: dir, Err: unwrap(err)}
		}
		return nil, nil
	}
	var deadline time.Time
	for waited := false; ; {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, &Error{Op: "create", Path: dir, Err: unwrap(err)}
		}
		f, err := os.Open(dir)
		if err != nil {
			return nil, &Error{Op: "lock", Path: dir, Err: unwrap(err)}
		}
		busy, err := tryLock(f)
		if err != nil {
			// A file system without flock (some network shares):
			// write unlocked, as before locks.
			f.Close()
			return nil, nil
		}
		if !busy {
			// The folder may have been removed (by a build that
			// created it and failed) while this one waited: lock the
			// folder that is at the path now.
			fi, err1 := f.Stat()
			di, err2 := os.Stat(dir)
			if err1 == nil && err2 == nil && os.SameFile(fi, di) {
				return f, nil
			}
			f.Close()
			continue
		}
		f.Close()
		if !waited {
			waited = true
			deadline = time.Now().Add(opt.Wait)
			if opt.Wait > 0 && opt.Waiting != nil {
				opt.Waiting()
			}
		}
		if !time.Now().Before(deadline) {
			err := ErrBusy
			if opt.Wait > 0 {
				err = msg.Errorf(msg.OutputBusyWaited, ErrBusy, opt.Wait)
			}
			return nil, &Error{Op: "lock", Path: dir, Err: err}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(min(pollLock, time.Until(deadline))):
		}
	}
}

// cleanStale removes the scratch folders of sets whose owner is gone
// (killed: no one holds the scratch folder's flock), after completing
// (or undoing) the commit one of them had begun. The caller holds dir's
// lock. Left alone are:
//   - a scratch folder whose owner holds its flock (a set still alive);
//   - a folder that is not provably this tool's: its name must be the
//     pattern's exactly (the prefix and MkdirTemp's digits) and it must
//     hold the marker with its text (scratchMarker), so that a person's
//     folder that happens to bear such a name is never removed;
//   - a scratch folder whose journal cannot be read (truncated, corrupt):
//     reported to opt's Warn as a *JournalError naming the file, and kept
//     as it is. Keeping it, rather than removing it or moving it aside,
//     is deliberate: the commit it was part of can be neither completed
//     nor undone with certainty, the outputs beside it may be a mix of two
//     builds, and its files are the only record of what the commit was;
//     a person decides. Every later build warns again, and goes on: the
//     build's own commit replaces every output it writes.
func cleanStale(dir string, opt Options) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return &Error{Op: "read", Path: dir, Err: unwrap(err)}
	}
	for _, e := range entries {
		if !e.IsDir() || !isScratchName(e.Name()) {
			continue
		}
		tmp := filepath.Join(dir, e.Name())
		if !marked(tmp) {
			continue
		}
		f, err := os.Open(tmp)
		if err != nil {
			continue
		}
		busy, err := tryLock(f)
		if err != nil || busy {
			f.Close() // alive, or not provably gone: leave it
			continue
		}
		err = complete(dir, tmp)
		f.Close()
		var je *JournalError
		if errors.As(err, &je) {
			opt.warn(je)
			continue
		}
		if err != nil {
			return err
		}
		os.RemoveAll(tmp)
	}
	return nil
}

// isScratchName reports whether name is one os.MkdirTemp makes of the
// scratch folders' pattern: the prefix, then digits only.
func isScratchName(name string) bool {
	digits, ok := strings.CutPrefix(name, scratchPrefix)
	if !ok || digits == "" {
		return false
	}
	for _, c := range []byte(digits) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// marked reports whether folder tmp holds a scratch folder's marker, a
// regular file with the marker's text.
func marked(tmp string) bool {
	p := filepath.Join(tmp, scratchMarker)
	fi, err := os.Lstat(p)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(markerText)) {
		return false
	}
	b, err := os.ReadFile(p)
	return err == nil && string(b) == markerText
}

// plainName reports whether name is a plain file name, not hidden.
func plainName(name string) bool {
	return name != "" && filepath.Base(name) == name && !strings.HasPrefix(name, ".")
}

// readJournal reads the journal file name of scratch folder tmp. It
// returns nil entries and no error when there is none, and a
// *JournalError when it cannot be read, is not a journal, or names a file
// a journal never names (a path, a hidden output, nothing).
func readJournal(tmp, name string, temps bool) ([]journalEntry, error) {
	p := filepath.Join(tmp, name)
	b, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	var entries []journalEntry
	if err == nil {
		err = json.Unmarshal(b, &entries)
	}
	if err == nil && entries == nil {
		err = msg.Errorf(msg.OutputJournalEmpty)
	}
	for _, e := range entries {
		if err != nil {
			break
		}
		switch {
		case !plainName(e.Name):
			err = msg.Errorf(msg.OutputJournalOutput, e.Name)
		case temps && !plainName(e.Temp):
			err = msg.Errorf(msg.OutputJournalTemp, e.Temp)
		}
	}
	if err != nil {
		return nil, &JournalError{Path: p, Err: unwrap(err)}
	}
	return entries, nil
}

// journalEntry is one rename of a commit: a temporary file in the scratch
// folder to its output's name in the folder.
type journalEntry struct {
	Temp string `json:"temp"`
	Name string `json:"name"`
	// HadPrevious, in an abort journal, says the output existed before
	// the commit (its previous version is kept as .NAME.previous until it
	// is put back).
	HadPrevious bool `json:"had_previous,omitempty"`
}

// abortName is the journal of a commit that failed and is being undone.
const abortName = "abort.json"

// complete finishes the commit a killed process had begun in scratch
// folder tmp, if its journal is there: every temporary file still there
// is renamed into place (each was complete and synced before the journal
// was written) and the previous outputs kept aside are removed. Without a
// journal the process was killed before its first rename: nothing to do.
//
// A journal that cannot be read is a *JournalError, and nothing is done.
func complete(dir, tmp string) error {
	if done, err := rollBack(dir, tmp); done || err != nil {
		return err
	}
	entries, err := readJournal(tmp, journalName, true)
	if err != nil || entries == nil {
		return err
	}
	for _, e := range entries {
		src := filepath.Join(tmp, e.Temp)
		if _, err := os.Lstat(src); errors.Is(err, os.ErrNotExist) {
			continue // renamed before the kill
		}
		if err := os.Rename(src, filepath.Join(dir, e.Name)); err != nil {
			return &Error{Op: opComplete, Path: filepath.Join(dir, e.Name), Err: unwrap(err)}
		}
	}
	for _, e := range entries {
		os.Remove(filepath.Join(dir, "."+e.Name+".previous"))
	}
	syncDir(dir)
	return nil
}

// rollBack finishes undoing a commit that failed and whose process was
// killed while undoing it, if scratch folder tmp holds its abort journal:
// every previous output still kept aside is put back, and an output that
// had none is removed. It reports whether there was such a journal.
func rollBack(dir, tmp string) (bool, error) {
	entries, err := readJournal(tmp, abortName, false)
	if err != nil || entries == nil {
		return err != nil, err
	}
	for _, e := range entries {
		dest := filepath.Join(dir, e.Name)
		aside := filepath.Join(dir, "."+e.Name+".previous")
		var err error
		switch {
		case e.HadPrevious:
			if _, serr := os.Lstat(aside); serr == nil {
				err = os.Rename(aside, dest)
				// Renaming a hard link over the file it links to (an
				// output not yet replaced) does nothing: drop the link.
				if rerr := os.Remove(aside); err == nil && rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
					err = rerr
				}
			}
		default:
			if err = os.Remove(dest); errors.Is(err, os.ErrNotExist) {
				err = nil
			}
		}
		if err != nil {
			return true, &Error{Op: opUndo, Path: dest, Err: unwrap(err)}
		}
	}
	syncDir(dir)
	return true, nil
}

// syncDir makes the renames in dir durable (best effort).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// TempDir is the set's scratch folder, for renderers that need temporary
// files of their own (it is removed with everything in it by Commit and
// Abort).
func (s *Set) TempDir() string { return s.tmp }

// Create adds an output named name (a plain file name, not hidden, not
// already in the set) and returns it, empty, to be written.
func (s *Set) Create(name string) (*Output, error) {
	return s.add(name, func() (*os.File, error) { return os.CreateTemp(s.tmp, name+".tmp-*") })
}

// Adopt adds the file at path as the output named name, as if it had been
// written through Create: a file that its writer made in TempDir (a
// database, which needs a file of its own) and closed. It is read once
// for its checksum and moved into place by Commit, not copied.
func (s *Set) Adopt(name, path string) error {
	if filepath.Dir(path) != s.tmp {
		return &Error{Op: "write", Path: path, Err: errors.New("not in the set's scratch folder")} //msg:ok a misuse by the program, never the user's
	}
	o, err := s.add(name, func() (*os.File, error) { return os.OpenFile(path, os.O_RDWR, 0) })
	if err != nil {
		return err
	}
	n, err := io.Copy(o.hash, o.tmp)
	o.size = n
	if err != nil {
		o.err = o.fail(err)
	}
	return o.err
}

// add adds an output named name whose temporary file open gives.
func (s *Set) add(name string, open func() (*os.File, error)) (*Output, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done {
		return nil, &Error{Op: "write", Path: filepath.Join(s.dir, name), Err: errors.New("the set is already committed or aborted")} //msg:ok a misuse by the program, never the user's
	}
	if !plainName(name) {
		return nil, &Error{Op: "write", Path: name, Err: errors.New("not a plain file name")} //msg:ok a misuse by the program: the names are the program's
	}
	for _, o := range s.outs {
		if o.name == name {
			return nil, &Error{Op: "write", Path: filepath.Join(s.dir, name), Err: errors.New("named twice in one set")} //msg:ok a misuse by the program: the names are the program's
		}
	}
	t, err := open()
	if err != nil {
		return nil, &Error{Op: "write", Path: filepath.Join(s.dir, name), Err: unwrap(err)}
	}
	o := &Output{name: name, path: filepath.Join(s.dir, name), tmp: t, w: bufio.NewWriterSize(t, 1<<16), hash: sha256.New()}
	s.outs = append(s.outs, o)
	return o, nil
}

// Write appends p to the output. After an error every further Write fails
// with it, and so does the set's Commit.
func (o *Output) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	o.hash.Write(p[:n])
	o.size += int64(n)
	if err != nil {
		o.err = o.fail(err)
	}
	return n, o.err
}

// fail is a write error on o as an *Error.
func (o *Output) fail(err error) error {
	return &Error{Op: "write", Path: o.path, Err: unwrap(err)}
}

// finish flushes, syncs and closes o's temporary file.
func (o *Output) finish() error {
	if o.err != nil {
		return o.err
	}
	ferr := o.w.Flush()
	serr := o.tmp.Sync()
	cerr := o.tmp.Close()
	for _, err := range []error{ferr, serr, cerr} {
		if err != nil {
			o.err = o.fail(err)
			return o.err
		}
	}
	if err := os.Chmod(o.tmp.Name(), 0o644); err != nil {
		o.err = o.fail(err)
	}
	return o.err
}

// Commit finishes every output and moves them all into place, replacing
// the previous outputs; it returns them in the order they were created.
// On failure nothing is replaced and the temporary files are removed.
func (s *Set) Commit() ([]Written, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done {
		return nil, &Error{Op: "write", Path: s.dir, Err: errors.New("the set is already committed or aborted")} //msg:ok a misuse by the program, never the user's
	}
	s.done = true
	temps := make([]string, len(s.outs))
	out := make([]Written, len(s.outs))
	for i, o := range s.outs {
		if err := o.finish(); err != nil {
			s.cleanup()
			return nil, err
		}
		temps[i] = o.tmp.Name()
		out[i] = Written{Path: filepath.Join(s.dir, o.name), Size: o.size, SHA256: hex.EncodeToString(o.hash.Sum(nil))}
	}
	if hook != nil {
		if err := hook("before-rename"); err != nil {
			s.cleanup()
			return nil, &Error{Op: "write", Path: s.dir, Err: err}
		}
	}
	if err := s.writeJournal(temps); err != nil {
		s.cleanup()
		return nil, err
	}
	if err := replaceAll(temps, out, s.abortJournal); err != nil {
		s.cleanup()
		return nil, err
	}
	syncDir(s.dir)
	os.RemoveAll(s.tmp)
	s.close()
	s.unlock()
	return out, nil
}

// writeJournal writes the commit's journal into the scratch folder, synced,
// under its name only once complete: from then on a killed commit is
// completed by the next set opened in the folder.
func (s *Set) writeJournal(temps []string) error {
	entries := make([]journalEntry, len(temps))
	for i, t := range temps {
		entries[i] = journalEntry{Temp: filepath.Base(t), Name: s.outs[i].name}
	}
	if err := s.writeJournalFile(journalName, entries); err != nil {
		return &Error{Op: "write", Path: s.dir, Err: unwrap(err)}
	}
	if hook != nil {
		if err := hook("journal"); err != nil {
			return &Error{Op: "write", Path: s.dir, Err: err}
		}
	}
	return nil
}

// abortJournal turns the commit's journal into an abort journal before
// the renames done so far are undone: a process killed while undoing
// leaves the next set a journal to roll back by (the previous outputs put
// back, the outputs that had none removed), never one to complete. If the
// abort journal cannot be written, there is no journal at all: a rollback
// from the backups may then be incomplete, but a completion would mix.
func (s *Set) abortJournal(hadPrevious []bool) {
	entries := make([]journalEntry, len(s.outs))
	for i, o := range s.outs {
		entries[i] = journalEntry{Name: o.name, HadPrevious: hadPrevious[i]}
	}
	s.writeJournalFile(abortName, entries)
	os.Remove(filepath.Join(s.tmp, journalName))
	syncDir(s.tmp)
}

// writeJournalFile writes entries as the journal name in the scratch
// folder, synced, under that name only once complete.
func (s *Set) writeJournalFile(name string, entries []journalEntry) error {
	b, err := json.Marshal(entries)
	if err != nil {
		return err
	}
	tmp := filepath.Join(s.tmp, name+".tmp")
	os.Remove(tmp) // left by a failed attempt
	if err := writeSynced(tmp, b); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(s.tmp, name)); err != nil {
		return err
	}
	syncDir(s.tmp)
	return nil
}

// writeSynced writes b to a new file at path and syncs it.
func writeSynced(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if serr := f.Sync(); err == nil {
		err = serr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// unlock releases the scratch folder's and the output folder's locks.
func (s *Set) unlock() {
	if s.own != nil {
		s.own.Close()
		s.own = nil
	}
	if s.lock != nil {
		s.lock.Close()
		s.lock = nil
	}
}

// Abort drops the set: the temporary files are removed (and the folder,
// when Begin created it and it is empty) and the previous outputs stay as
// they were. It does nothing after Commit or another Abort, so that it
// can be deferred. It must not be called while an output is being
// written.
func (s *Set) Abort() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done {
		return
	}
	s.done = true
	s.cleanup()
}

// cleanup closes and removes the temporary files and the scratch folder;
// with nothing left, a folder Begin created is removed too.
func (s *Set) cleanup() {
	for _, o := range s.outs {
		o.tmp.Close()
	}
	s.close()
	os.RemoveAll(s.tmp)
	removeEmpty(s.created)
	s.unlock()
}

// missing returns the folders of path dir that do not exist, dir first,
// then its parents up to the first that exists: those that creating dir
// creates.
func missing(dir string) []string {
	var out []string
	for d := filepath.Clean(dir); ; {
		if _, err := os.Lstat(d); !errors.Is(err, os.ErrNotExist) {
			return out
		}
		out = append(out, d)
		parent := filepath.Dir(d)
		if parent == d {
			return out
		}
		d = parent
	}
}

// removeEmpty removes the folders dirs (deepest first), stopping at the
// first that cannot be removed: one that is not empty (os.Remove removes
// no folder that holds anything) stays, and so do those above it.
func removeEmpty(dirs []string) {
	for _, d := range dirs {
		if os.Remove(d) != nil {
			return
		}
	}
}

// close makes every later Write on the set's outputs fail, rather than
// fill a buffer that nothing will write.
func (s *Set) close() {
	for _, o := range s.outs {
		if o.err == nil {
			o.err = o.fail(os.ErrClosed)
		}
	}
}

// replaceAll moves every temporary file into place. Each previous output
// is first kept as a hard link beside it (.name.previous), so that its
// path always holds a whole file: the rename of the new file over it is
// atomic, and a crash at any point leaves every output either the old or
// the new version. Where the file system has no hard links, the previous
// output is renamed aside instead (a crash between the two renames then
// leaves it only under its .previous name). If any step fails, what was
// done is undone: the previous outputs are back as they were.
func replaceAll(temps []string, out []Written, aborting func(hadPrevious []bool)) error {
	type backup struct {
		dest, aside    string
		exists, linked bool
	}
	backups := make([]backup, len(temps))
	// undo puts back the first placed outputs' previous versions (or
	// removes them, where there was none) and drops the backups.
	undo := func(placed int) error {
		var first error
		for i := len(backups) - 1; i >= 0; i-- {
			b := backups[i]
			var err error
			switch {
			case i < placed && b.exists:
				err = os.Rename(b.aside, b.dest)
			case i < placed:
				err = os.Remove(b.dest)
			case b.exists && b.linked:
				err = os.Remove(b.aside)
			case b.exists:
				err = os.Rename(b.aside, b.dest)
			}
			if err != nil && first == nil {
				first = err
			}
		}
		return first
	}
	fail := func(path string, err error, placed int) error {
		if aborting != nil {
			had := make([]bool, len(backups))
			for i, b := range backups {
				had[i] = b.exists
			}
			aborting(had)
		}
		err = unwrap(err)
		if uerr := undo(placed); uerr != nil {
			err = msg.Errorf(msg.OutputRestoreFailed, err, unwrap(uerr))
		}
		return &Error{Op: "replace", Path: path, Err: err}
	}
	for i := range temps {
		dest := out[i].Path
		info, err := os.Lstat(dest)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err == nil && !info.Mode().IsRegular() {
			err = msg.Errorf(msg.OutputNotRegular)
		}
		if err != nil {
			return fail(dest, err, 0)
		}
		aside := filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".previous")
		os.Remove(aside) // left by a run that was killed
		linked := os.Link(dest, aside) == nil
		if !linked {
			if err := os.Rename(dest, aside); err != nil {
				return fail(dest, err, 0)
			}
		}
		backups[i] = backup{dest: dest, aside: aside, exists: true, linked: linked}
	}
	for i := range backups {
		backups[i].dest = out[i].Path
	}
	if hook != nil {
		if err := hook("mid-replace"); err != nil {
			return fail(filepath.Dir(out[0].Path), err, 0)
		}
	}
	for i, t := range temps {
		if err := os.Rename(t, out[i].Path); err != nil {
			return fail(out[i].Path, err, i)
		}
		if hook != nil && i == 0 {
			if err := hook("renamed-first"); err != nil {
				return fail(out[i].Path, err, i+1)
			}
		}
	}
	for _, b := range backups {
		if b.exists {
			os.Remove(b.aside)
		}
	}
	return nil
}

func unwrap(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
