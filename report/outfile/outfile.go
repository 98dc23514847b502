// Package outfile writes a build's output files atomically and as a set:
// every file is first written in full to a temporary file in the output
// folder, synced and closed; only when all of them are written are they
// renamed into place. A run that fails leaves the previous outputs as they
// were and no temporary file behind.
package outfile

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

func (e *Error) Error() string { return fmt.Sprintf("%s %s: %v", e.Op, e.Path, e.Err) }

func (e *Error) Unwrap() error { return e.Err }

// hook lets tests inject a failure between writing and renaming.
var hook func(stage string) error

// WriteAll writes files into dir (created if needed) atomically as a set.
func WriteAll(dir string, files []File) ([]Written, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, &Error{Op: "create", Path: dir, Err: unwrap(err)}
	}
	temps := make([]string, 0, len(files))
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	var out []Written
	for _, f := range files {
		if f.Name == "" || filepath.Base(f.Name) != f.Name || strings.HasPrefix(f.Name, ".") {
			cleanup()
			return nil, &Error{Op: "write", Path: f.Name, Err: errors.New("not a plain file name")}
		}
		tmp, err := writeTemp(dir, f)
		if tmp != "" {
			temps = append(temps, tmp)
		}
		if err != nil {
			cleanup()
			return nil, err
		}
		sum := sha256.Sum256(f.Data)
		out = append(out, Written{Path: filepath.Join(dir, f.Name), Size: int64(len(f.Data)), SHA256: hex.EncodeToString(sum[:])})
	}
	if hook != nil {
		if err := hook("before-rename"); err != nil {
			cleanup()
			return nil, &Error{Op: "write", Path: dir, Err: err}
		}
	}
	if err := replaceAll(temps, out); err != nil {
		cleanup()
		return nil, err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // best effort: make the renames durable
		d.Close()
	}
	return out, nil
}

// replaceAll moves every temporary file into place. Existing outputs are
// first moved aside; if any step fails, what was done is undone, so the
// previous outputs are back as they were. The moves are renames within one
// folder: each is atomic, and a crash between two of them leaves every
// output either the old or the new version, never a partial file.
func replaceAll(temps []string, out []Written) error {
	type moved struct{ from, to string }
	var undo []moved
	rollback := func() {
		for i := len(undo) - 1; i >= 0; i-- {
			os.Rename(undo[i].to, undo[i].from)
		}
	}
	// Move the previous outputs aside.
	for i := range temps {
		dest := out[i].Path
		info, err := os.Lstat(dest)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err == nil && !info.Mode().IsRegular() {
			err = errors.New("exists and is not a regular file")
		}
		if err != nil {
			rollback()
			return &Error{Op: "replace", Path: dest, Err: unwrap(err)}
		}
		aside := filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".previous")
		if err := os.Rename(dest, aside); err != nil {
			rollback()
			return &Error{Op: "replace", Path: dest, Err: unwrap(err)}
		}
		undo = append(undo, moved{from: dest, to: aside})
	}
	if hook != nil {
		if err := hook("mid-replace"); err != nil {
			rollback()
			return &Error{Op: "replace", Path: filepath.Dir(out[0].Path), Err: err}
		}
	}
	var placed []string
	for i, t := range temps {
		if err := os.Rename(t, out[i].Path); err != nil {
			for _, p := range placed {
				os.Remove(p)
			}
			rollback()
			return &Error{Op: "replace", Path: out[i].Path, Err: unwrap(err)}
		}
		placed = append(placed, out[i].Path)
	}
	for _, m := range undo {
		os.Remove(m.to)
	}
	return nil
}

func writeTemp(dir string, f File) (string, error) {
	t, err := os.CreateTemp(dir, "."+f.Name+".tmp-*")
	if err != nil {
		return "", &Error{Op: "write", Path: filepath.Join(dir, f.Name), Err: unwrap(err)}
	}
	name := t.Name()
	_, werr := t.Write(f.Data)
	serr := t.Sync()
	cerr := t.Close()
	for _, err := range []error{werr, serr, cerr} {
		if err != nil {
			return name, &Error{Op: "write", Path: filepath.Join(dir, f.Name), Err: unwrap(err)}
		}
	}
	if err := os.Chmod(name, 0o644); err != nil {
		return name, &Error{Op: "write", Path: filepath.Join(dir, f.Name), Err: unwrap(err)}
	}
	return name, nil
}

func unwrap(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
