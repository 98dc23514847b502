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

// Error is a failure to write the outputs; no output was replaced unless
// Partial says otherwise.
type Error struct {
	Path    string
	Op      string
	Err     error
	Partial []string // outputs already renamed into place when a later rename failed
}

func (e *Error) Error() string {
	msg := fmt.Sprintf("%s %s: %v", e.Op, e.Path, e.Err)
	if len(e.Partial) > 0 {
		msg += fmt.Sprintf(" (already replaced: %s)", strings.Join(e.Partial, ", "))
	}
	return msg
}

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
	var done []string
	for i, f := range files {
		if err := os.Rename(temps[i], out[i].Path); err != nil {
			for _, t := range temps[i:] {
				os.Remove(t)
			}
			return nil, &Error{Op: "replace", Path: filepath.Join(dir, f.Name), Err: unwrap(err), Partial: done}
		}
		done = append(done, out[i].Path)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // best effort: make the renames durable
		d.Close()
	}
	return out, nil
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
