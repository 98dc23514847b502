package chart_test

import (
	"bytes"
	"fmt"
	"image/png"

	"ratsreport/report/chart"
)

func ExampleStyle_Bar() {
	var s chart.Style // Go fonts, 1800 × 900 px for 190 mm
	b, err := s.Bar(chart.Bars{
		Title:      "Joint exercises",
		YLabel:     "Exercises",
		Categories: []string{"2022", "2023", "2024"},
		Series: []chart.Series{
			{Name: "Command-staff", Values: []float64{3, 4, 0}, Missing: []bool{false, false, true}},
			{Name: "Tactical", Values: []float64{2, 5, 6}},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	cfg, _ := png.DecodeConfig(bytes.NewReader(b))
	fmt.Println(cfg.Width, cfg.Height)
	// Output: 1800 900
}

func ExampleStyle_HorizontalBar() {
	s := chart.Style{Format: func(v float64) string { return fmt.Sprintf("%.0f", v) }}
	_, err := s.HorizontalBar(chart.Bars{Title: "Nothing to show"})
	fmt.Println(err)
	// Output: horizontal bar chart "Nothing to show": no data to chart: no categories
}
