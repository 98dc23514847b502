package config

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestOnlineIndicators: the shipped configuration's online indicators are
// the defaults; a file without them gets the defaults; a header taken by
// an Online column or given twice is an error naming the key.
func TestOnlineIndicators(t *testing.T) {
	data, err := os.ReadFile("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse("config.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c.OnlineIndicators, DefaultOnlineIndicators()) {
		t.Errorf("config.toml's online indicators differ from DefaultOnlineIndicators")
	}
	if c.OnlineIndicatorIndex("materials") != 1 || c.OnlineIndicatorIndex("nope") != -1 {
		t.Errorf("OnlineIndicatorIndex is wrong")
	}
	text := string(data)
	i := strings.Index(text, "[[online_indicators]]")
	j := strings.Index(text, "# Registry of organisations")
	without := text[:i] + "# ---\n" + text[j:]
	c, err = Parse("config.toml", []byte(without))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.OnlineIndicators) != 5 {
		t.Errorf("without [[online_indicators]]: %d indicators, want the 5 defaults", len(c.OnlineIndicators))
	}
	bad := text[:i] + `[[online_indicators]]
key = "x"
type = "integer"
label = { en = "X" }
header = { en = "Period start" }

[[online_indicators]]
key = "x"
type = "count"
label = { en = "Y" }
header = { en = "Y" }
bogus = 1

` + text[j-80:]
	_, err = Parse("config.toml", []byte(bad))
	for _, want := range []string{`online_indicators[0].header: "Period start" is already the header of the column Period start`,
		`online_indicators[1].key: "x" is defined twice`, `online_indicators[1].type: "count" is not a type`, "online_indicators.bogus: unknown key"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v; want it to contain %q", err, want)
		}
	}
}
