// Package memory keeps the process's heap bounded: a soft memory limit
// that the garbage collector works to stay under, raised when the data
// truly need more, so that a large input is read with more memory rather
// than with a collector that never stops.
package memory

import (
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// Base is the soft memory limit the tool runs under: a million border
// rows are checked in under 300 MB of RSS (docs/performance.md).
const Base = 256 << 20

// headroom is how far above the live heap the limit is kept once the
// live heap nears Base: the collector then runs about as often as at
// GOGC=30, never continuously.
const headroom = 1.3

// every is how often the live heap is looked at.
const every = 50 * time.Millisecond

// Govern sets the soft memory limit to base and, until stop is called,
// raises it to headroom times the live heap whenever the live heap (what
// the last collection kept) comes within that of the limit; it never
// lowers it. With the limit fixed at base, a live heap above it would
// have the collector run without pause (the runtime caps it at half the
// CPU). stop restores the limit Govern found.
func Govern(base int64) (stop func()) {
	old := debug.SetMemoryLimit(base)
	limit := base
	stopWatch := Watch(every, func(live uint64) {
		if want := Limit(limit, live); want != limit {
			limit = want
			debug.SetMemoryLimit(limit)
		}
	})
	return func() {
		stopWatch()
		debug.SetMemoryLimit(old)
	}
}

// Watch calls f, on a goroutine of its own, with the live heap (the
// bytes the last collection kept) every period, until stop is called;
// stop returns once f has returned for the last time.
func Watch(period time.Duration, f func(live uint64)) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(period)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			f(sample[0].Value.Uint64())
		}
	}()
	return func() {
		close(done)
		wg.Wait()
	}
}

// Limit returns the soft memory limit for a live heap of live bytes under
// the current limit: the limit itself, or headroom times the live heap
// when that is higher.
func Limit(limit int64, live uint64) int64 {
	if want := int64(float64(live) * headroom); want > limit {
		return want
	}
	return limit
}
