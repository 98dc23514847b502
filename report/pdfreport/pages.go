package pdfreport

import (
	"context"

	"ratsreport/report/pdfdoc"
)

// Pages lays out the report exactly as Render does, without rendering it,
// and returns the text of every page (see pdfdoc.Document.Text): what the
// golden tests compare, independently of any PDF text extractor.
func Pages(ctx context.Context, in Input) ([]pdfdoc.PageText, error) {
	doc, err := document(ctx, in)
	if err != nil {
		return nil, err
	}
	return doc.Text()
}
