package sample_test

import (
	"fmt"
	"os"

	"ratsreport/report/config"
	"ratsreport/report/sample"
)

// ExampleGenerate writes the sample into a temporary folder and prints the
// records of 2025 per dataset.
func ExampleGenerate() {
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, err := os.MkdirTemp("", "sample")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	m, err := sample.Generate(dir, sample.Options{Config: cfg})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ds := range []string{"exercises", "border", "conference", "agreements"} {
		fmt.Printf("%s: %d\n", ds, m.Records[ds][2025])
	}
	fmt.Println(len(m.Files), "files")
	// Output:
	// exercises: 1
	// border: 129
	// conference: 8
	// agreements: 2
	// 41 files
}
