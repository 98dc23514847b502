package xlsx

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/xuri/excelize/v2"
)

// rowEncoder writes the rows of a detail sheet into the stream writer's
// own buffer, byte for byte as StreamWriter.SetRow writes them, without
// SetRow's allocations.
//
// Why: at a million border rows the workbook stage allocated about 5 GB,
// most of it in SetRow (for every text cell an xlsxSI, an xlsxT, the
// escaped text twice and the cell reference), while the records read
// keep 300 MB or more alive under the binary's 400 MiB soft memory limit:
// the garbage collector ran every 80 MB or so, marking the whole heap
// each time, and took half of the build's CPU (docs/performance.md,
// 2026-12-02). The encoder writes a row's XML into one reused buffer.
//
// Only rows whose every cell it writes exactly as SetRow would take this
// path: integers, floats, and text with nothing to escape (no markup
// character, control character or invalid UTF-8, no "_x" that excelize
// would escape, no space at either end, at most 32767 bytes); any other
// row goes through SetRow, in its place. TestRowEncoderLikeSetRow and
// FuzzRowEncoder compare the sheets both write.
//
// The buffer is the StreamWriter's unexported field rawData, reached by
// reflection, as pdfdoc reaches gofpdf behind maroto (fpdfOf): excelize
// has no API to write a row's XML. If an excelize upgrade renames the
// field or its methods, newRowEncoder returns an error, writeDetail falls
// back to SetRow, and TestRowEncoderAvailable fails loudly.
type rowEncoder struct {
	raw   rawData
	buf   []byte
	cols  []string // the column letters
	plain bool     // the last row was written here
}

// rowEncoding turns the encoder on; tests turn it off to compare.
var rowEncoding = true

// rawData is what the encoder needs of excelize's bufferedWriter: the
// writes SetRow makes, and Sync, which moves the buffer to a temporary
// file past StreamChunkSize (SetRow calls it after every row).
type rawData interface {
	Write(p []byte) (int, error)
	Sync() error
}

// newRowEncoder returns an encoder for rows of n cells written by sw.
func newRowEncoder(sw *excelize.StreamWriter, n int) (*rowEncoder, error) {
	v := reflect.ValueOf(sw)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return nil, errors.New("no stream writer")
	}
	f := v.Elem().FieldByName("rawData")
	if !f.IsValid() || !f.CanAddr() {
		return nil, fmt.Errorf("excelize's StreamWriter has no field rawData")
	}
	raw, ok := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Interface().(rawData)
	if !ok {
		return nil, fmt.Errorf("excelize's StreamWriter.rawData (%s) has no Write and Sync", f.Type())
	}
	e := &rowEncoder{raw: raw, cols: make([]string, n)}
	for i := range e.cols {
		e.cols[i] = colName(i + 1)
	}
	return e, nil
}

// write writes row r with cells (nil for an empty cell; a string; an int64,
// int or float64; or an *excelize.Cell with a style and one of those) and
// reports whether it could; when it could not, nothing was written.
func (e *rowEncoder) write(r int, cells []any) (bool, error) {
	b := append(e.buf[:0], `<row r="`...)
	b = strconv.AppendInt(b, int64(r), 10)
	b = append(b, `">`...)
	for i, v := range cells {
		if v == nil {
			continue
		}
		style := 0
		if c, ok := v.(*excelize.Cell); ok {
			if c == nil || c.Formula != "" {
				return false, nil
			}
			style, v = c.StyleID, c.Value
			if v == nil {
				// SetRow writes an empty styled cell; not needed here.
				return false, nil
			}
		}
		b = append(b, `<c r="`...)
		b = append(b, e.cols[i]...)
		b = strconv.AppendInt(b, int64(r), 10)
		b = append(b, '"')
		if style > 0 {
			b = append(b, ` s="`...)
			b = strconv.AppendInt(b, int64(style), 10)
			b = append(b, '"')
		}
		switch x := v.(type) {
		case string:
			if !plainText(x) {
				return false, nil
			}
			b = append(b, ` t="inlineStr"><is><t>`...)
			b = append(b, x...)
			b = append(b, `</t></is></c>`...)
			continue
		case int64:
			b = append(b, `><v>`...)
			b = strconv.AppendInt(b, x, 10)
		case int:
			b = append(b, `><v>`...)
			b = strconv.AppendInt(b, int64(x), 10)
		case float64:
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return false, nil
			}
			b = append(b, `><v>`...)
			b = appendCellFloat(b, x)
		default:
			return false, nil
		}
		b = append(b, `</v></c>`...)
	}
	b = append(b, `</row>`...)
	e.buf = b
	if _, err := e.raw.Write(b); err != nil {
		return false, err
	}
	return true, e.raw.Sync()
}

// plainText reports whether SetRow writes s as it is: valid UTF-8 of
// characters XML allows, none that xml.EscapeText escapes, no pattern
// that excelize's bstrMarshal escapes ("_x" then four hex digits and "_";
// any "_x" is refused), no space, tab or line end at either end (those get
// xml:space="preserve"), and not longer than a cell holds (32767 UTF-16
// units; bytes are never fewer).
func plainText(s string) bool {
	if s == "" || len(s) > excelize.TotalCellChars || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "_x") {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r == 0xFFFE || r == 0xFFFF {
			return false // invalid UTF-8, or outside XML's characters
		}
		i += size
	}
	return true
}

// appendCellFloat appends value as excelize's formatCellFloat(value, -1,
// 64) formats it: the shortest decimal, cut to Excel's 15 significant
// digits.
func appendCellFloat(b []byte, value float64) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, value, 'f', -1, 64)
	if math.Abs(value) == math.MaxFloat64 {
		return b
	}
	str := b[start:]
	const maxPrec = 15
	decimal := -1
	for i, c := range str {
		if c == '.' {
			decimal = i
			break
		}
	}
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			out := str[:idx]
			if len(out) > 0 && out[len(out)-1] == '.' {
				out = out[:len(out)-1]
			}
			return b[:start+len(out)]
		}
		if decimal < 0 {
			decimal = len(str)
		}
		for ; idx < decimal; idx++ {
			str[idx] = '0'
		}
		return b[:start+decimal]
	}
	return b
}
