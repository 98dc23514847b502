package config

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"ratsreport/report/schema"
)

// TestCoverageConfig: the shipped [coverage] and [plausibility], the
// defaults where a dataset is not listed, and the deadline moved to
// another reporting year.
func TestCoverageConfig(t *testing.T) {
	c, err := Parse("config.toml", []byte(repoConfig(t)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		ds   schema.Dataset
		want string
	}{{schema.Border, ExpectMembers}, {schema.Exercises, ExpectPrevious}, {schema.Conference, ExpectPrevious}, {schema.Agreements, ExpectPrevious}}
	for _, tt := range tests {
		if got, _ := c.Expectation(tt.ds); got != tt.want {
			t.Errorf("Expectation(%s) = %s, want %s", tt.ds, got, tt.want)
		}
	}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	if got := c.Deadline(schema.Border, 2025); !got.Equal(day(2026, 2, 15)) {
		t.Errorf("Deadline(border, 2025) = %v", got)
	}
	c.Report.Year = 2019 // --year 2019
	if got := c.Deadline(schema.Border, 2019); !got.Equal(day(2020, 2, 15)) {
		t.Errorf("Deadline(border, 2019) = %v", got)
	}
	if c.Plausibility != DefaultPlausibility() {
		t.Errorf("Plausibility = %+v, want the defaults %+v", c.Plausibility, DefaultPlausibility())
	}

	edited := strings.Replace(repoConfig(t), "border = \"members\"\n", "border = [\"KZ\", \"RU\"]\nagreements = \"none\"\n[coverage.deadlines]\nconference = 2026-03-01\n", 1)
	if c, err = Parse("config.toml", []byte(edited)); err != nil {
		t.Fatal(err)
	}
	if k, states := c.Expectation(schema.Border); k != ExpectList || !slices.Equal(states, []string{"KZ", "RU"}) {
		t.Errorf("Expectation(border) = %s %v", k, states)
	}
	if k, _ := c.Expectation(schema.Agreements); k != ExpectNone {
		t.Errorf("Expectation(agreements) = %s", k)
	}
	if got := c.Deadline(schema.Conference, 2025); !got.Equal(day(2026, 3, 1)) {
		t.Errorf("Deadline(conference, 2025) = %v", got)
	}
}

func TestCoverageConfigErrors(t *testing.T) {
	base := repoConfig(t)
	tests := []struct {
		desc, old, new, want string
	}{
		{"unknown dataset", `border = "members"`, `weather = "members"`, "coverage.expected.weather: unknown dataset"},
		{"bad expectation", `border = "members"`, `border = "all"`, `coverage.expected.border: "all" is not an expectation`},
		{"members of a sources dataset", `border = "members"`, `exercises = "members"`, `coverage.expected.exercises: "members" is not an expectation; expected "previous", "always" or "none"`},
		{"states of a sources dataset", `border = "members"`, `conference = ["KZ"]`, "coverage.expected.conference: conference is the Executive Committee's dataset"},
		{"unknown state", `border = "members"`, `border = ["KZ", "XX"]`, "coverage.expected.border[1]: XX is not the alpha-2 code of a configured state"},
		{"deadline in the year", "deadline = 2026-02-15", "deadline = 2025-12-31", "coverage.deadline: 2025-12-31 is not after the reporting year 2025"},
		{"unknown key", "deadline = 2026-02-15", "deadline = 2026-02-15\ndue = 2026-02-15", "coverage.due: unknown key"},
		{"ratio", "ratio = 20", "ratio = 1", "plausibility.ratio: 1 must be more than 1"},
		{"min_reports", "min_reports = 10", "min_reports = 1", "plausibility.min_reports: 1 must be 3 or more"},
		{"whole_years", "whole_years = 2", "whole_years = 0.5", "plausibility.whole_years: 0.5 must be 1 or more"},
	}
	for _, tt := range tests {
		if !strings.Contains(base, tt.old) {
			t.Fatalf("%s: no %q in config.toml", tt.desc, tt.old)
		}
		_, err := Parse("config.toml", []byte(strings.Replace(base, tt.old, tt.new, 1)))
		var es Errors
		if !errors.As(err, &es) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.desc, err, tt.want)
		}
	}
}
