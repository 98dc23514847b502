package pipeline

import (
	"context"
	"errors"
	"testing"
)

// run consumes n items through Blocks and returns them as each saw them.
func run(t *testing.T, ctx context.Context, n, size, serial int, failAt int, panicAt int) ([]int, error) {
	t.Helper()
	var got []int
	err := Blocks(ctx, n, size, serial,
		func() []int { return make([]int, size) },
		func(first int, b []int) []int {
			b = b[:min(size, n-first)]
			for i := range b {
				if first+i == panicAt {
					panic("boom")
				}
				b[i] = first + i
			}
			return b
		},
		func(first int, b []int) error {
			if first == failAt {
				return errors.New("stop")
			}
			got = append(got, b...)
			return nil
		})
	return got, err
}

func TestBlocks(t *testing.T) {
	for _, tt := range []struct {
		name            string
		n, size, serial int
	}{
		{"empty", 0, 4, 0},
		{"one", 1, 4, 0},
		{"a block", 4, 4, 0},
		{"a block and one", 5, 4, 0},
		{"many, on a goroutine", 1003, 10, 0},
		{"many, in turn", 1003, 10, 5000},
	} {
		got, err := run(t, context.Background(), tt.n, tt.size, tt.serial, -1, -1)
		if err != nil || len(got) != tt.n {
			t.Fatalf("%s: %d items, %v; want %d", tt.name, len(got), err, tt.n)
		}
		for i, v := range got {
			if v != i {
				t.Fatalf("%s: item %d is %d: out of order or a block reused too early", tt.name, i, v)
			}
		}
	}
	for _, serial := range []int{0, 5000} {
		if got, err := run(t, context.Background(), 1000, 10, serial, 500, -1); err == nil || len(got) != 500 {
			t.Errorf("serial %d: an error of each at 500: %d items, %v; want 500 and the error", serial, len(got), err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := run(t, ctx, 1000, 10, serial, -1, -1); !errors.Is(err, context.Canceled) {
			t.Errorf("serial %d: a done context gave %v", serial, err)
		}
		func() {
			defer func() {
				if p := recover(); p != "boom" {
					t.Errorf("serial %d: recovered %v, want the fill's panic", serial, p)
				}
			}()
			got, _ := run(t, context.Background(), 1000, 10, serial, -1, 555)
			t.Errorf("serial %d: no panic (%d items)", serial, len(got))
		}()
	}
}
