// Package failure sorts the errors of a command into the few kinds the
// command line tells apart: what the user asked for, the inputs, the
// outputs, an interruption, and the rest (a failure of the program). The
// packages that find a failure say its kind once, where they know it; the
// command line maps kinds to exit codes in one place.
package failure

import (
	"errors"
	"fmt"

	"ratsreport/report/msg"
)

// Kind is what sort of failure an error reports. The zero value is
// Internal, so an error nobody sorted is the program's failure.
type Kind int

// The kinds of failure.
const (
	Internal    Kind = iota // a failure of the program itself, or one not sorted
	Usage                   // what the user asked for: flags, configuration, environment
	Inputs                  // the inputs have errors (or warnings, when those stop too)
	Output                  // the outputs could not be rendered or written
	Interrupted             // stopped by its context (Ctrl-C) before the end
)

var kindNames = [...]string{"internal", "usage", "inputs", "output", "interrupted"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kindNames[k]
}

// Error is an error of a kind. Its text is Err's alone: the kind decides
// what happens (the exit code), not what is said.
type Error struct {
	Kind Kind
	Err  error
}

func (e *Error) Error() string { return e.Err.Error() }

// In returns the text in lang: Err's, in lang when Err is made of
// messages (msg.Text), else as it reads.
func (e *Error) In(lang string) string { return msg.Text(lang, e.Err) }

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an error of kind k whose text is the catalogue's message
// key with args (msg.Errorf: it prints in the reader's language, and wraps
// its first argument that is an error). An error that only needs a kind is
// wrapped as &Error{Kind, Err}.
func Errorf(k Kind, key msg.Key, args ...any) error {
	return &Error{Kind: k, Err: msg.Errorf(key, args...)}
}

// Of returns the kind of err: that of the outermost Error in its chain,
// Internal when there is none. Of(nil) is Internal too; test err for nil
// first.
func Of(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Internal
}
