package export_test

import (
	"context"
	"fmt"
	"strings"

	"ratsreport/report/export"
)

// A table of two border reports as CSV: the second left the drugs figure
// empty (not reported, an empty field), and a formula-like area is
// written as text.
func ExampleWriteCSV() {
	rows := [][]export.Cell{
		{{Int: 1}, {Text: "KZ"}, {Text: "North"}, {Int: 116690}},
		{{Int: 2}, {Text: "RU"}, {Text: "=1+1"}, {Null: true}},
	}
	t := &export.Table{
		Name: "border",
		Columns: []export.Column{{Name: "id", Kind: export.Integer}, {Name: "state", Kind: export.Text},
			{Name: "area", Kind: export.Text}, {Name: "drugs", Kind: export.Decimal}},
		Len:  len(rows),
		Fill: func(i int, row []export.Cell) { copy(row, rows[i]) },
	}
	var b strings.Builder
	if err := export.WriteCSV(context.Background(), &b, t, false); err != nil {
		panic(err)
	}
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n")) // RFC 4180 ends lines with CRLF
	// Output:
	// id,state,area,drugs
	// 1,KZ,North,116.69
	// 2,RU,'=1+1,
}
