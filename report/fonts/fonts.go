// Package fonts provides the fonts the report is set in. Latin and
// Cyrillic come from the Go fonts, shipped inside the binary (BSD
// licence). Chinese needs a TrueType CJK font, which is too large to
// embed and is found on the machine instead: WenQuanYi Micro Hei (Debian
// fonts-wqy-microhei; Apache-2.0, or GPL-3 with the font embedding
// exception), whose collection file is turned into a single TrueType font
// with ExtractTTC because the PDF library accepts only plain TrueType.
package fonts

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// Family is the TrueType data of one family's styles. For a CJK family
// without separate styles, all four are the same font.
type Family struct {
	Name                              string
	Regular, Bold, Italic, BoldItalic []byte
}

// Go returns the Go fonts (Latin, Cyrillic, Greek).
func Go() Family {
	return Family{Name: "Go", Regular: goregular.TTF, Bold: gobold.TTF, Italic: goitalic.TTF, BoldItalic: gobolditalic.TTF}
}

// CJKEnv names the environment variable that points at a CJK font file
// (.ttf, or .ttc whose first face is used), overriding the search.
const CJKEnv = "RATSREPORT_CJK_FONT"

// CJKPaths are where the CJK font is looked for, in order.
var CJKPaths = []string{
	"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
	"/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
	"/usr/local/share/fonts/wqy-microhei.ttc",
	"/Library/Fonts/wqy-microhei.ttc",
}

// ErrNoCJK reports that no CJK font was found.
var ErrNoCJK = errors.New("no Chinese (CJK) TrueType font found")

// CJK finds and loads the CJK font: the file named by the environment
// variable CJKEnv (read through getenv) if set, else the first of
// CJKPaths that exists. The error says what was looked for and how to
// install it.
func CJK(getenv func(string) string) (Family, error) {
	paths := CJKPaths
	if p := getenv(CJKEnv); p != "" {
		paths = []string{p}
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return Family{}, fmt.Errorf("read the CJK font %s: %w", p, err)
		}
		ttf, err := plain(b)
		if err != nil {
			return Family{}, fmt.Errorf("the CJK font %s: %w", p, err)
		}
		return Family{Name: "CJK", Regular: ttf, Bold: ttf, Italic: ttf, BoldItalic: ttf}, nil
	}
	return Family{}, fmt.Errorf("%w: looked for %s; install it with `apt-get install fonts-wqy-microhei` (Debian/Ubuntu) or set %s to a TrueType font with Chinese, Latin and Cyrillic glyphs", ErrNoCJK, strings.Join(paths, ", "), CJKEnv)
}

// plain returns a plain TrueType font: a .ttc's first face extracted, a
// .ttf as is; CFF-flavoured OpenType is refused (the PDF library cannot
// embed it).
func plain(b []byte) ([]byte, error) {
	switch {
	case len(b) >= 4 && string(b[:4]) == "ttcf":
		return ExtractTTC(b, 0)
	case len(b) >= 4 && string(b[:4]) == "OTTO":
		return nil, errors.New("is a CFF-based OpenType font, which the PDF library cannot embed; use a TrueType (glyf) font")
	case len(b) >= 4 && (string(b[:4]) == "\x00\x01\x00\x00" || string(b[:4]) == "true"):
		return b, nil
	}
	return nil, errors.New("is not a TrueType font")
}
