package memory

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestLimit(t *testing.T) {
	for _, tt := range []struct {
		limit int64
		live  uint64
		want  int64
	}{
		{Base, 0, Base},
		{Base, 150 << 20, Base},           // 195 MiB needed: the base holds
		{Base, 200 << 20, 260 << 20},      // 260 MiB > 256: raised
		{400 << 20, 200 << 20, 400 << 20}, // never lowered
		{Base, 1000 << 20, 1300 << 20},
	} {
		if got := Limit(tt.limit, tt.live); got < tt.want-1 || got > tt.want { // float rounding
			t.Errorf("Limit(%d MiB, %d MiB live) = %d MiB, want %d MiB", tt.limit>>20, tt.live>>20, got>>20, tt.want>>20)
		}
	}
}

// TestGovern sets the limit and restores the one it found.
func TestGovern(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	stop := Govern(Base)
	if got := debug.SetMemoryLimit(-1); got != Base {
		t.Errorf("under Govern the limit is %d, want %d", got, Base)
	}
	stop()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("after stop the limit is %d, want %d as before", got, before)
	}
}

// TestWatch sees the live heap (non-zero after a collection) and stops.
func TestWatch(t *testing.T) {
	keep := make([]byte, 8<<20)
	runtime.GC()
	seen := make(chan uint64, 1)
	stop := Watch(time.Millisecond, func(live uint64) {
		select {
		case seen <- live:
		default:
		}
	})
	live := <-seen
	stop()
	runtime.KeepAlive(keep)
	if live < 8<<20 {
		t.Errorf("Watch saw a live heap of %d bytes, want at least the 8 MiB kept", live)
	}
	calls := 0
	stop = Watch(time.Millisecond, func(uint64) { calls++ })
	stop()
	after := calls
	time.Sleep(5 * time.Millisecond)
	if calls != after {
		t.Error("Watch called f after stop returned")
	}
}
