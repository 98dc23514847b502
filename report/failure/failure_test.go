package failure

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"ratsreport/report/msg"
)

func TestOf(t *testing.T) {
	usage := &Error{Usage, fmt.Errorf("unknown language %q", "fr")}
	tests := []struct {
		name string
		err  error
		want Kind
	}{
		{"unsorted", errors.New("boom"), Internal},
		{"a kind", usage, Usage},
		{"wrapped by fmt", fmt.Errorf("build: %w", usage), Usage},
		{"the outer kind wins", &Error{Output, fmt.Errorf("write: %w", &Error{Usage, errors.New("x")})}, Output},
		{"a kind over a plain error", &Error{Interrupted, context.Canceled}, Interrupted},
	}
	for _, tt := range tests {
		if got := Of(tt.err); got != tt.want {
			t.Errorf("%s: Of(%v) = %v, want %v", tt.name, tt.err, got, tt.want)
		}
	}
	if got := usage.Error(); got != `unknown language "fr"` {
		t.Errorf("Error() = %q: the kind must not change the text", got)
	}
	if err := (&Error{Interrupted, context.Canceled}); !errors.Is(err, context.Canceled) {
		t.Errorf("%v does not unwrap to context.Canceled", err)
	}
}

// TestErrorfKeys: a key of the catalogue makes an error that reads in the
// reader's language through the kind (msg.Text) and wraps its error
// argument.
func TestErrorfKeys(t *testing.T) {
	err := Errorf(Usage, msg.LoadYearImplausible, 25)
	if Of(err) != Usage || err.Error() != "--year 25 is not a plausible reporting year" {
		t.Errorf("Errorf(key) = %v (%v)", err, Of(err))
	}
	for lang, want := range map[string]string{
		"en": "--year 25 is not a plausible reporting year",
		"ru": "--year 25 — неправдоподобный отчётный год",
		"zh": "--year 25 不是合理的报告年份",
	} {
		if got := msg.Text(lang, err); got != want {
			t.Errorf("in %s: %q, want %q", lang, got, want)
		}
	}
	wrapped := Errorf(Output, msg.BuildRenderFailed, msg.New(msg.BuildTheWorkbook), context.Canceled)
	if !errors.Is(wrapped, context.Canceled) {
		t.Errorf("%v does not unwrap to its error argument", wrapped)
	}
	if got, want := msg.Text("ru", wrapped), "ошибка при формировании (рабочая книга): context canceled"; got != want {
		t.Errorf("in ru: %q, want %q", got, want)
	}
}
