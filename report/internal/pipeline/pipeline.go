// Package pipeline makes the blocks of a long sequence on one goroutine
// while the caller consumes them on its own, so that making rows of cells
// and writing them (a workbook's stream writer, SQLite) use two cores.
package pipeline

import "context"

// buffers is how many blocks circulate: one being made, one waiting, one
// being consumed.
const buffers = 3

// Blocks calls fill for the blocks of the n items, size at a time (first
// is the index of a block's first item; the last block holds the rest),
// and each with the blocks filled, in order, on the caller's goroutine. A
// block comes from newBlock and is filled again once each has returned
// with it: fill returns the block to pass to each (the same block, or a
// part of it). Up to serial items the blocks are made and consumed in
// turn on the caller's goroutine; beyond, fill runs on a goroutine of its
// own, ahead of each. Blocks checks ctx before every block and stops at
// the first error of each or ctx, and returns it; a panic in fill is
// raised again on the caller's goroutine, before any further each.
func Blocks[B any](ctx context.Context, n, size, serial int, newBlock func() B, fill func(first int, b B) B, each func(first int, b B) error) error {
	if n <= serial {
		b := newBlock()
		for first := 0; first < n; first += size {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := each(first, fill(first, b)); err != nil {
				return err
			}
		}
		return nil
	}
	type block struct {
		first int
		fresh B // as newBlock made it, to fill again
		b     B // as fill gave it
	}
	filled, free := make(chan block, buffers), make(chan B, buffers)
	for range min(buffers, (n+size-1)/size) {
		free <- newBlock()
	}
	stop, done := make(chan struct{}), make(chan struct{})
	var panicked any // a panic in fill; read once filled is closed
	go func() {
		defer close(done)
		defer close(filled)
		defer func() { panicked = recover() }()
		for first := 0; first < n; first += size {
			var b B
			select {
			case b = <-free:
			case <-stop:
				return
			}
			select {
			case filled <- block{first, b, fill(first, b)}:
			case <-stop:
				return
			}
		}
	}()
	defer func() {
		close(stop)
		<-done
		if panicked != nil {
			panic(panicked)
		}
	}()
	for blk := range filled {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := each(blk.first, blk.b); err != nil {
			return err
		}
		free <- blk.fresh
	}
	if p := panicked; p != nil { // set before filled was closed: no each after it
		panicked = nil
		panic(p)
	}
	return nil
}
