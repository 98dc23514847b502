package export

import (
	"context"
	"errors"
	"testing"
)

// TestBlocks walks tables below and above the size filled on a goroutine
// of its own, and wants every row once, in order, in blocks of the size
// asked; an error from each, or a cancelled context, stops the walk.
func TestBlocks(t *testing.T) {
	table := func(n int) *Table {
		return &Table{Name: "t", Columns: []Column{{"id", Integer}, {"text", Text}}, Len: n,
			Fill: func(i int, row []Cell) { row[0], row[1] = num(int64(i)), text("x") }}
	}
	for _, n := range []int{0, 1, 255, 256, 257, pipelined, pipelined + 1, 3*pipelined + 77} {
		next := 0
		err := table(n).blocks(context.Background(), 256, func(first int, rows [][]Cell) error {
			if first != next || len(rows) == 0 || len(rows) > 256 || (len(rows) < 256 && first+len(rows) != n) {
				t.Fatalf("%d rows: a block of %d rows at %d, want it at %d", n, len(rows), first, next)
			}
			for j, row := range rows {
				if row[0].Int != int64(first+j) || row[1].Text != "x" {
					t.Fatalf("%d rows: row %d is %+v", n, first+j, row)
				}
			}
			next += len(rows)
			return nil
		})
		if err != nil || next != n {
			t.Fatalf("%d rows: %d walked, error %v", n, next, err)
		}
	}
	stop := errors.New("stop")
	for _, n := range []int{1000, 10 * pipelined} {
		calls := 0
		err := table(n).blocks(context.Background(), 256, func(int, [][]Cell) error {
			calls++
			if calls == 2 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || calls != 2 {
			t.Errorf("%d rows: %d calls, error %v; want 2 calls and the error", n, calls, err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		calls = 0
		err = table(n).blocks(ctx, 256, func(int, [][]Cell) error {
			calls++
			cancel()
			return nil
		})
		if !errors.Is(err, context.Canceled) || calls != 1 {
			t.Errorf("%d rows: %d calls, error %v; want 1 call and context.Canceled", n, calls, err)
		}
	}
}
