package schema

import (
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
)

// Speller finds the item a mistyped value most likely meant, among a
// closed list of items each known by one or more names (an enumeration's
// values by key and labels, the states by their names): the "did you
// mean …?" of a message. It is safe for concurrent use.
//
// Names are compared as the contract matches them (Normalize: case,
// spaces, ё as е), by edit distance (optimal string alignment: a swap of
// two neighbouring letters is one edit, so "extrenal" is one edit from
// external). An item is suggested only when it is close (see near) and
// strictly closer than every other item: never a far-off guess, never a
// coin toss between two.
type Speller struct {
	items [][]spelling // per item, its names folded

	cache  sync.Map // Normalize(typed) → int (the item, or -1)
	cached atomic.Int32
}

// spelling is one name of an item, folded, with its length in runes.
type spelling struct {
	text  string
	runes int
}

// maxSpellerCache bounds the answers a Speller remembers: a sheet of a
// million rows repeats a few mistakes, a hostile one a million.
const maxSpellerCache = 4096

// NewSpeller indexes items: names(i) lists the names of item i (empty
// names are skipped).
func NewSpeller(n int, names func(i int) []string) *Speller {
	s := &Speller{items: make([][]spelling, n)}
	for i := range n {
		for _, name := range names(i) {
			if f := Normalize(name); f != "" {
				s.items[i] = append(s.items[i], spelling{f, utf8.RuneCountInString(f)})
			}
		}
	}
	return s
}

// Nearest returns the index of the item typed most likely meant, or -1
// when none is close, or two are equally close.
func (s *Speller) Nearest(typed string) int {
	t := Normalize(typed)
	if v, ok := s.cache.Load(t); ok {
		return v.(int)
	}
	i := s.nearest(t)
	if s.cached.Load() < maxSpellerCache {
		if _, loaded := s.cache.LoadOrStore(t, i); !loaded {
			s.cached.Add(1)
		}
	}
	return i
}

func (s *Speller) nearest(t string) int {
	n := utf8.RuneCountInString(t)
	if n == 0 {
		return -1
	}
	best, bestD, secondD := -1, maxEdits+1, maxEdits+1
	for i, names := range s.items {
		d := maxEdits + 1 // the item's distance, capped: farther is no match
		for _, sp := range names {
			if abs(sp.runes-n) >= d {
				continue // the distance is at least the difference in length
			}
			if e := edlib.OSADamerauLevenshteinDistance(t, sp.text); e < d {
				d = e
			}
		}
		switch {
		case d < bestD:
			best, bestD, secondD = i, d, bestD
		case d < secondD:
			secondD = d
		}
	}
	if best < 0 || bestD == 0 || bestD >= secondD || !s.near(best, t, n, bestD) {
		return -1
	}
	return best
}

// maxEdits is the most edits a suggestion is ever away (see near).
const maxEdits = 3

// near reports whether the item i, d edits from t (n runes), is close
// enough to suggest: by the name of the item that is d edits away, with
// the shorter of the two words w runes long, at most one edit for w up
// to 4, two up to 10, three beyond, and fewer edits than half of w (a
// two-letter word is never one edit from a suggestion).
func (s *Speller) near(i int, t string, n, d int) bool {
	for _, sp := range s.items[i] {
		if abs(sp.runes-n) > d || edlib.OSADamerauLevenshteinDistance(t, sp.text) != d {
			continue
		}
		w := min(n, sp.runes)
		limit := 3
		switch {
		case w <= 4:
			limit = 1
		case w <= 10:
			limit = 2
		}
		if d <= limit && 2*d < w {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
