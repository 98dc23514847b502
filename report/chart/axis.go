package chart

import (
	"math"
	"strconv"
	"strings"
)

// scale is a value axis: from min to max (min <= 0 <= max) in steps of step.
type scale struct {
	min, max, step float64
	ticks          []float64
}

// niceScale covers [lo, hi] (lo <= 0 <= hi) with 3 to 7 intervals of 1, 2,
// 2.5 or 5 times a power of ten, choosing the step that wastes least room
// above the data (and, between equals, gives about target intervals). With
// integer data the step is a whole number, so counts never get ticks like 0.5.
func niceScale(lo, hi float64, integer bool, target int) scale {
	if hi-lo <= 0 {
		hi = lo + 1
	}
	span := hi - lo
	mag := math.Pow(10, math.Floor(math.Log10(span)))
	best, bestScore := 0.0, math.Inf(-1)
	for _, p := range []float64{mag / 100, mag / 10, mag, mag * 10} {
		for _, m := range []float64{1, 2, 2.5, 5} {
			step := clean(m*p, m*p)
			if step <= 0 || integer && step != math.Trunc(step) {
				continue
			}
			n := math.Ceil(hi/step-1e-9) - math.Floor(lo/step+1e-9)
			if n < 3 || n > 7 {
				continue
			}
			score := span/(n*step) - 0.02*math.Abs(n-float64(target))
			if m == 2.5 {
				score -= 0.01 // 1, 2 and 5 read more easily
			}
			if score > bestScore {
				best, bestScore = step, score
			}
		}
	}
	if best == 0 { // tiny integer ranges such as 0..1
		best = 1
	}
	step := best
	n0 := int(math.Floor(lo/step + 1e-9))
	n1 := int(math.Ceil(hi/step - 1e-9))
	if n1 <= n0 {
		n1 = n0 + 1
	}
	sc := scale{step: step}
	for i := n0; i <= n1; i++ {
		sc.ticks = append(sc.ticks, clean(float64(i)*step, step))
	}
	sc.min, sc.max = sc.ticks[0], sc.ticks[len(sc.ticks)-1]
	return sc
}

// clean rounds v to the decimals that step needs, dropping float noise such
// as 0.30000000000000004.
func clean(v, step float64) float64 {
	// One decimal more than the step's magnitude, for steps such as 2.5.
	d := max(0, int(math.Ceil(-math.Log10(step)-1e-9))) + 1
	if d > 12 {
		d = 12
	}
	c, err := strconv.ParseFloat(strconv.FormatFloat(v, 'f', d, 64), 64)
	if err != nil || c == 0 {
		return 0 // also turns -0 into 0
	}
	return c
}

// Plain formats v with at most three decimals and groups the integer digits
// in threes with a narrow no-break space (U+202F), as in "12 345.5". It is
// the default Style.Format.
func Plain(v float64) string {
	v = math.Round(v*1000) / 1000
	neg := v < 0
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 && len(intPart) > 3 {
			b.WriteRune('\u202f')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
