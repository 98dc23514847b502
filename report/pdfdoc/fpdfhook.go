package pdfdoc

import (
	"errors"
	"fmt"
	"reflect"
	"unsafe"

	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/phpdave11/gofpdf"
)

// fpdfOf returns the *gofpdf.Fpdf that maroto's gofpdf provider draws with.
//
// This is the one place where pdfdoc goes behind maroto's back, and why:
// maroto v2 has no API for the PDF outline (bookmarks) or for internal
// links (maroto issue #545; PR #521, which would have exposed the
// provider, was closed unmerged), and it does not expose gofpdf's
// per-document settings for reproducible output (catalog sort,
// modification date, producer). gofpdf has all of them (Bookmark,
// AddLink, SetLink, Link, SetCatalogSort, SetModificationDate,
// SetProducer), but maroto keeps the *gofpdf.Fpdf in the unexported field
// "fpdf" of its internal provider type, which is also the dynamic type of
// the core.Provider that maroto passes to every component's Render. We
// read that field by reflection.
//
// The alternative, adding bookmarks afterwards with pdfcpu's public
// api.AddBookmarks, rewrites the producer, dates and file ID, so the output
// would no longer be byte-reproducible, costs a second parse of the whole
// file, and still gives no clickable contents lines. Setting gofpdf's
// package-level defaults (SetDefaultCatalogSort and friends) instead of
// the per-document setters would be global mutable state shared by
// concurrent renders.
//
// If a maroto upgrade renames the field or changes the provider, this
// returns an error, Render fails with it, and TestFpdfHook fails loudly.
func fpdfOf(p core.Provider) (*gofpdf.Fpdf, error) {
	v := reflect.ValueOf(p)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil, fmt.Errorf("maroto provider %T is not a pointer to a struct", p)
	}
	f := v.Elem().FieldByName("fpdf")
	if !f.IsValid() {
		return nil, fmt.Errorf("maroto provider %T has no field fpdf", p)
	}
	if f.Kind() != reflect.Interface && f.Kind() != reflect.Pointer {
		return nil, fmt.Errorf("maroto provider %T: field fpdf is a %s", p, f.Kind())
	}
	// The field is unexported: reflect refuses Interface() on it, so view
	// the same memory through a new, exported-access Value.
	val := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface()
	pdf, ok := val.(*gofpdf.Fpdf)
	if !ok || pdf == nil {
		return nil, fmt.Errorf("maroto provider %T: field fpdf holds %T, want *gofpdf.Fpdf", p, val)
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("gofpdf: %w", err)
	}
	return pdf, nil
}

// errNoFpdf is returned when the document was rendered without reaching
// gofpdf (the setup component never ran).
var errNoFpdf = errors.New("gofpdf instance not reached")
