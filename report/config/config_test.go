package config

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func repoConfig(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestShippedConfig(t *testing.T) {
	c, err := Parse("config.toml", []byte(repoConfig(t)))
	if err != nil {
		t.Fatal(err)
	}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		desc string
		got  any
		want any
	}{
		{"members at the end of 2025", strings.Join(c.Members(day(2025, 12, 31)), " "), "CN KZ KG RU TJ UZ IN PK IR BY"},
		{"members in 2016", strings.Join(c.Members(day(2016, 12, 31)), " "), "CN KZ KG RU TJ UZ"},
		{"Belarus in 2020", mustState(t, c, "BY").StatusOn(day(2020, 1, 1)), Observer},
		{"Belarus in 2012", mustState(t, c, "BY").StatusOn(day(2012, 1, 1)), DialoguePartner},
		{"Mongolia after Tianjin", mustState(t, c, "MN").StatusOn(day(2025, 9, 1)), Partner},
		{"Laos before Tianjin", mustState(t, c, "LA").StatusOn(day(2025, 8, 31)), ""},
		{"state name in Chinese", c.StateName("KZ", "zh"), "哈萨克斯坦"},
		{"unknown language falls back to English", c.Report.Title.In("fr"), "Report on the activity of the RATS Executive Committee"},
		{"document date is civil UTC", c.Report.DocumentDate, day(2026, 3, 20)},
		{"nine indicators", len(c.Indicators), 9},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.desc, tt.got, tt.want)
		}
	}
}

func mustState(t *testing.T, c *Config, a2 string) State {
	s, ok := c.State(a2)
	if !ok {
		t.Fatalf("no state %s", a2)
	}
	return s
}

// TestStrict: every bad configuration names the key and says what was
// expected.
func TestStrict(t *testing.T) {
	base := repoConfig(t)
	tests := []struct {
		desc string
		edit func(string) string
		want string
	}{
		{"unknown key", func(s string) string { return strings.Replace(s, "[report]\n", "[report]\ncolour = \"blue\"\n", 1) }, "config.toml: report.colour: unknown key"},
		{"unknown table", func(s string) string { return s + "\n[extras]\nx = 1\n" }, "extras.x: unknown key"},
		{"wrong type", func(s string) string { return strings.Replace(s, "year = 2025", `year = "2025"`, 1) }, "year"},
		{"bad year", func(s string) string { return strings.Replace(s, "year = 2025", "year = 25", 1) }, "report.year: 25 is not a plausible reporting year"},
		{"bad language", func(s string) string {
			return strings.Replace(s, `languages = ["en", "ru", "zh"]`, `languages = ["en", "fr"]`, 1)
		}, `report.languages[1]: unknown language "fr"`},
		{"bad alpha2", func(s string) string { return strings.Replace(s, `alpha2 = "CN"`, `alpha2 = "China"`, 1) }, `states[0].alpha2: "China" is not an ISO 3166-1 alpha-2 code`},
		{"duplicate code", func(s string) string { return strings.Replace(s, `alpha2 = "KZ"`, `alpha2 = "CN"`, 1) }, `states[1].alpha2: "CN" is already used by states[0].alpha2`},
		{"bad status", func(s string) string { return strings.Replace(s, `status = "member"`, `status = "friend"`, 1) }, `states[0].status: "friend" is not a status`},
		{"bad indicator type", func(s string) string { return strings.Replace(s, `type = "decimal"`, `type = "float"`, 1) }, `indicators[3].type: "float" is not a type`},
		{"missing english", func(s string) string {
			return strings.Replace(s, `title = { en = "Report on the activity of the RATS Executive Committee", `, `title = { `, 1)
		}, "report.title.en: missing"},
		{"bad alias dataset", func(s string) string { return s + "\n[aliases.weather]\nsheet = [\"x\"]\n" }, "aliases.weather: unknown dataset"},
		{"bad alias column", func(s string) string { return strings.Replace(s, "name = [\"Exercise\"", "colour = [\"Exercise\"", 1) }, "aliases.exercises.colour: unknown column"},
		{"syntax", func(s string) string { return s + "\n[report\n" }, "config.toml:"},
	}
	for _, tt := range tests {
		_, err := Parse("config.toml", []byte(tt.edit(base)))
		var es Errors
		if !errors.As(err, &es) {
			t.Errorf("%s: got %v, want config.Errors", tt.desc, err)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got\n%v\nwant containing %q", tt.desc, err, tt.want)
		}
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(t.TempDir() + "/nope.toml")
	if err == nil || !strings.Contains(err.Error(), "cannot read the configuration: no such file or directory") {
		t.Errorf("got %v", err)
	}
}
