package failure

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

func TestOf(t *testing.T) {
	usage := Errorf(Usage, "unknown language %q", "fr")
	tests := []struct {
		name string
		err  error
		want Kind
	}{
		{"unsorted", errors.New("boom"), Internal},
		{"a kind", usage, Usage},
		{"wrapped by fmt", fmt.Errorf("build: %w", usage), Usage},
		{"the outer kind wins", Errorf(Output, "write: %w", Errorf(Usage, "x")), Output},
		{"a kind over a plain error", Errorf(Interrupted, "%w", context.Canceled), Interrupted},
	}
	for _, tt := range tests {
		if got := Of(tt.err); got != tt.want {
			t.Errorf("%s: Of(%v) = %v, want %v", tt.name, tt.err, got, tt.want)
		}
	}
	if got := usage.Error(); got != `unknown language "fr"` {
		t.Errorf("Error() = %q: the kind must not change the text", got)
	}
	if err := Errorf(Interrupted, "%w", context.Canceled); !errors.Is(err, context.Canceled) {
		t.Errorf("%v does not unwrap to context.Canceled", err)
	}
}
