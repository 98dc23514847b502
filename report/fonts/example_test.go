package fonts_test

import (
	"fmt"

	"ratsreport/report/fonts"
)

func ExampleExtractTTC() {
	_, err := fonts.ExtractTTC([]byte("not a collection"), 0)
	fmt.Println(err)
	// Output: extract ttc: not a font collection (no ttcf header)
}
