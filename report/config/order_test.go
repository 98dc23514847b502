package config

import (
	"sort"
	"testing"
)

func TestStateLess(t *testing.T) {
	c, err := Parse("config.toml", []byte(repoConfig(t)))
	if err != nil {
		t.Fatal(err)
	}
	codes := []string{"ZZ", "RU", "CN", "AA", "KZ"}
	order := c.StateOrder()
	sort.Slice(codes, func(i, j int) bool { return StateLess(order, codes[i], codes[j]) })
	want := []string{"CN", "KZ", "RU", "AA", "ZZ"} // config order, then unknown codes alphabetically
	for i := range want {
		if codes[i] != want[i] {
			t.Fatalf("sorted = %v, want %v", codes, want)
		}
	}
	for _, tt := range []struct {
		key  string
		want int
	}{{c.Indicators[0].Key, 0}, {c.Indicators[len(c.Indicators)-1].Key, len(c.Indicators) - 1}, {"nonesuch", -1}} {
		if got := c.IndicatorIndex(tt.key); got != tt.want {
			t.Errorf("IndicatorIndex(%q) = %d, want %d", tt.key, got, tt.want)
		}
	}
	for _, tt := range []struct {
		y    int
		want bool
	}{{1989, false}, {1990, true}, {2025, true}, {2200, true}, {2201, false}} {
		if got := PlausibleYear(tt.y); got != tt.want {
			t.Errorf("PlausibleYear(%d) = %v, want %v", tt.y, got, tt.want)
		}
	}
}
