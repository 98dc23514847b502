package stats_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/lang"
	"ratsreport/report/model"
	"ratsreport/report/registry"
	"ratsreport/report/stats"
	"ratsreport/templates"
)

// Two exercises, one of which did not report its personnel: the sum
// leaves it out and says so, and a participating state counts each
// exercise it took part in.
func ExampleRun() {
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		panic(err)
	}
	texts, _, err := lang.Load(templates.FS, "en")
	if err != nil {
		panic(err)
	}
	day := time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)
	// Names are identities: resolved through the registry of config.toml,
	// as the reader resolves a workbook's cells.
	reg := registry.New(cfg)
	data := &model.Data{Exercises: []model.Exercise{
		{Name: reg.Resolve(config.ExerciseTable, "A").Name, Kind: "field", Start: day, End: day, Host: "KZ", Participants: []string{"KG", "KZ"}, Threat: "other",
			Personnel: model.Int{V: 1200, Reported: true}},
		{Name: reg.Resolve(config.ExerciseTable, "B").Name, Kind: "online", Start: day, End: day, Host: "RU", Participants: []string{"KZ", "RU"}, Threat: "other"},
	}}
	res, err := stats.Run(context.Background(), cfg, data, stats.Query{Dataset: "exercises", Years: stats.Single(2025), By: []string{"state"},
		Measures: []string{"count", "personnel"}}, texts)
	if err != nil {
		panic(err)
	}
	if err := stats.WriteTable(os.Stdout, res, texts); err != nil {
		panic(err)
	}
	// Output:
	// Joint exercises, 2025, by participating state
	//
	// Participating
	// state          Exercises  Personnel
	// -------------  ---------  ---------
	// Kazakhstan             2     1,200*
	// Kyrgyzstan             1     1,200
	// Russia                 1       n/r
	// -------------  ---------  ---------
	// Total                  2     1,200*
	//
	// * The sum leaves out records that did not report the figure.
	// Not reported (records that left the figure empty, of all records; left out of the sums, never counted as zero): Personnel 1 of 2.
	// A record counts once under each “Participating state” it lists, so the rows can add up to more than the total; the total counts each record once.
}

func ExampleParseYears() {
	for _, s := range []string{"2025", "2019-2025", "all"} {
		y, err := stats.ParseYears(s)
		fmt.Printf("%+v %v\n", y, err)
	}
	// Output:
	// {From:2025 To:2025 All:false} <nil>
	// {From:2019 To:2025 All:false} <nil>
	// {From:0 To:0 All:true} <nil>
}
