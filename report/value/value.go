// Package value parses the cell values of the input contract: dates in the
// 1900 and 1904 date systems or as text, whole and decimal numbers written
// as numbers or as text with thousands separators or a decimal comma,
// countries by code or name, lists and enumerations.
//
// Parsers take the cell text that the streaming reader returns (a number
// cell's stored value, a string cell's text), read through Clean, and
// return a typed value or an error whose message says what was found and
// what was expected (a *msg.Error, which reads in any language); the
// caller adds the location.
package value

import (
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"ratsreport/report/msg"
	"ratsreport/report/schema"
)

// Clean returns a cell's text as it reads, the text that is stored and
// printed:
//   - without the characters that show nothing and mean nothing there:
//     the zero-width space U+200B, the word joiner U+2060, the byte order
//     mark U+FEFF, the soft hyphen U+00AD, the direction marks,
//     embeddings and isolates U+200E, U+200F, U+202A–U+202E and
//     U+2066–U+2069 (see dropped);
//   - with the zero-width non-joiner and joiner U+200C and U+200D kept
//     where they mean something, between two letters of a script they
//     shape (a Persian word, an Indic conjunct, an emoji sequence; see
//     keepJoiners and joinable), dropped elsewhere (at an end, beside a
//     space, a digit or punctuation, between Latin, Cyrillic or Chinese
//     letters);
//   - composed (NFC, so that й typed as и and a combining breve is й),
//     except that a CJK compatibility ideograph (U+F900–U+FAFF,
//     U+2F800–U+2FA1F) stays as typed: NFC would make it the unified
//     ideograph, another character to a reader of names (see nfc);
//   - with the no-break spaces U+00A0, U+2007 and U+202F as plain spaces,
//     and trimmed.
//
// Other format characters (the Arabic number signs U+0600–U+0605, the end
// of ayah U+06DD) are kept, and so is the ideographic space U+3000 inside
// the text (it is trimmed at the ends, and no number takes it for a
// thousands separator). Every cell the reader uses is read through Clean,
// so that a number, date, enumeration or state typed with such characters
// means what it shows. Text of ASCII bytes only, as most cells are, is
// just trimmed.
func Clean(s string) string {
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes a step: this runs on every cell
		if (s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7])&0x80 != 0 {
			return clean(s)
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return clean(s)
		}
	}
	return strings.TrimSpace(s)
}

func clean(s string) string {
	if schema.Plain(s) {
		return strings.TrimSpace(s)
	}
	if strings.IndexFunc(s, dropped) >= 0 {
		s = strings.Map(func(r rune) rune {
			if dropped(r) {
				return -1
			}
			return r
		}, s)
	}
	s = keepJoiners(nfc(s))
	if strings.IndexFunc(s, noBreak) >= 0 {
		s = strings.Map(func(r rune) rune {
			if noBreak(r) {
				return ' '
			}
			return r
		}, s)
	}
	return strings.TrimSpace(s)
}

// dropped reports whether r is a character Clean drops wherever it is:
// one of schema.Invisible but the joiners.
func dropped(r rune) bool { return schema.Invisible(r) && !joiner(r) }

// joiner reports whether r is the zero-width non-joiner or joiner.
func joiner(r rune) bool { return r == '\u200c' || r == '\u200d' }

// keepJoiners drops each run of zero-width joiners and non-joiners that
// is not between two joinable characters (see joinable): at an end of s,
// or beside a space, a digit, punctuation or anything else.
func keepJoiners(s string) string {
	if strings.IndexFunc(s, joiner) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(-1) // the last character written that is not a joiner
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !joiner(r) {
			b.WriteString(s[i : i+n])
			prev = r
			i += n
			continue
		}
		end := i
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !joiner(r) {
				break
			}
			end += n
		}
		next, _ := utf8.DecodeRuneInString(s[end:])
		if end < len(s) && joinable(prev) && joinable(next) {
			b.WriteString(s[i:end])
		}
		i = end
	}
	return b.String()
}

// joinable reports whether a joiner beside r may mean something: r is a
// letter or mark of a script whose joining the joiners control (Arabic
// and Syriac, as in Persian words; the Indic scripts, whose conjuncts
// a virama and a joiner shape), or a symbol of an emoji sequence (a
// pictograph, a skin tone modifier). Between Latin, Cyrillic or Chinese
// letters a joiner changes nothing and is dropped: it is the debris of
// a copy from a web page, and the PDF's fonts have no glyph for it.
func joinable(r rune) bool {
	if r < 0 {
		return false
	}
	if unicode.Is(unicode.So, r) || r >= 0x1f3fb && r <= 0x1f3ff {
		return true
	}
	return unicode.IsMark(r) || unicode.IsLetter(r) && unicode.In(r, joiningScripts...)
}

// joiningScripts are the scripts in which the zero-width joiner and
// non-joiner change how letters are shaped.
var joiningScripts = []*unicode.RangeTable{
	unicode.Arabic, unicode.Syriac, unicode.Nko, unicode.Mongolian,
	unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya,
	unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Sinhala,
}

// nfc composes s (NFC) but for its CJK compatibility ideographs, which
// stay as typed: NFC maps each to its unified ideograph (U+FA10 to
// U+585A), merging two characters that a name may be written with on
// purpose. The text between them is composed on its own; a compatibility
// ideograph composes with nothing, so that this is NFC everywhere else.
func nfc(s string) string {
	if strings.IndexFunc(s, compatIdeograph) < 0 {
		return norm.NFC.String(s)
	}
	var b strings.Builder
	start := 0
	for i, r := range s {
		if compatIdeograph(r) {
			b.WriteString(norm.NFC.String(s[start:i]))
			b.WriteRune(r)
			start = i + utf8.RuneLen(r)
		}
	}
	b.WriteString(norm.NFC.String(s[start:]))
	return b.String()
}

// compatIdeograph reports whether r is in a block of CJK compatibility
// ideographs.
func compatIdeograph(r rune) bool {
	return r >= 0xf900 && r <= 0xfaff || r >= 0x2f800 && r <= 0x2fa1f
}

// noBreak reports whether r is one of the no-break spaces Clean reads as
// plain spaces.
func noBreak(r rune) bool { return r == '\u00a0' || r == '\u2007' || r == '\u202f' }

// MinYear and MaxYear bound the dates the contract accepts; anything
// outside is taken for a typing or date-system error.
const (
	MinYear = 1990
	MaxYear = 2100
)

// Date parses a date cell: an Excel serial number in the workbook's date
// system (date1904), an ISO date-time as written by t="d" cells, or text in
// one of the forms 2025-09-21, 21.09.2025, 21/09/2025. A time of day, if
// any, is dropped. The result is midnight UTC.
func Date(raw string, date1904 bool) (time.Time, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return time.Time{}, msg.Errorf(msg.DateEmpty)
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && isNumeric(s) {
		return serial(f, date1904, s)
	}
	var y, m, d int
	var ok bool
	switch {
	case len(s) >= 10 && s[4] == '-' && s[7] == '-':
		// A time of day may follow, as t="d" cells and ISO text have it;
		// anything else (2025-09-21 to 2025-09-25) is not one date.
		if len(s) > 10 && !isoTime.MatchString(s[10:]) {
			return time.Time{}, badDate(raw)
		}
		y, m, d, ok = ymd(s[0:4], s[5:7], s[8:10])
	case len(s) == 10 && s[2] == '.' && s[5] == '.':
		y, m, d, ok = ymd(s[6:10], s[3:5], s[0:2])
	case len(s) == 10 && s[2] == '/' && s[5] == '/':
		y, m, d, ok = ymd(s[6:10], s[3:5], s[0:2])
		if ok && m > 12 {
			return time.Time{}, msg.Errorf(msg.DateMonthFirst, raw)
		}
	default:
		return time.Time{}, badDate(raw)
	}
	if !ok {
		return time.Time{}, badDate(raw)
	}
	return civil(y, m, d, raw)
}

// isoTime is the time part of an ISO date-time: hours and minutes,
// optional seconds and fraction, optional zone.
var isoTime = regexp.MustCompile(`^[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$`)

func badDate(raw string) error {
	return msg.Errorf(msg.DateInvalid, raw)
}

// ymd reads a date's parts; ok is false unless each is digits only.
func ymd(ys, ms, ds string) (y, m, d int, ok bool) {
	for _, p := range []string{ys, ms, ds} {
		for _, r := range p {
			if r < '0' || r > '9' {
				return 0, 0, 0, false
			}
		}
	}
	y, _ = strconv.Atoi(ys)
	m, _ = strconv.Atoi(ms)
	d, _ = strconv.Atoi(ds)
	return y, m, d, true
}

func civil(y, m, d int, raw string) (time.Time, error) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, msg.Errorf(msg.DateNotCalendar, raw)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, msg.Errorf(msg.DateNoSuchDay, raw, month(m), d)
	}
	if y < MinYear || y > MaxYear {
		return time.Time{}, msg.Errorf(msg.DateOutOfRange, raw, MinYear, MaxYear)
	}
	return t, nil
}

func serial(f float64, date1904 bool, raw string) (time.Time, error) {
	if f < 1 || f >= 2958466 || math.IsNaN(f) {
		return time.Time{}, msg.Errorf(msg.SerialInvalid, raw)
	}
	if !date1904 && f >= 60 && f < 61 {
		return time.Time{}, msg.Errorf(msg.SerialLeapDay1900, raw)
	}
	d := SerialDate(int64(f), date1904)
	if d.Year() < MinYear || d.Year() > MaxYear {
		return time.Time{}, msg.Errorf(msg.SerialOutOfRange, raw, d.Format("2006-01-02"), MinYear, MaxYear)
	}
	return d, nil
}

// isNumeric reports whether s is a plain number as spreadsheets store it
// (digits, one dot, optional exponent), so that text dates never parse as
// serials.
func isNumeric(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r == '.' || r == 'e' || r == 'E' || r == '+' || r == '-') {
			return false
		}
	}
	return true
}

// spaceSeparators are the characters accepted as thousands separators
// besides the comma: space, no-break space, figure space, thin space,
// narrow no-break space and the apostrophe used in some locales is not.
const spaceSeparators = " \u00a0\u2007\u2009\u202f"

// Integer parses a whole, non-negative number: a number cell with no
// fraction, or text with spaces, thin spaces or commas as thousands
// separators (12 000, 12,000).
func Integer(raw string) (int64, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return 0, msg.Errorf(msg.NumberEmpty)
	}
	if n, ok := plainMilli(s, 0); ok {
		return n, nil
	}
	return integer(s, raw)
}

// integer is Integer's general path, for s, the trimmed raw.
func integer(s, raw string) (int64, error) {
	if isNumeric(s) {
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			return 0, msg.Errorf(msg.NotWhole, raw)
		}
		if !r.IsInt() {
			return 0, msg.Errorf(msg.NotCount, raw)
		}
		if r.Sign() < 0 {
			return 0, msg.Errorf(msg.NegativeCount, raw)
		}
		if !r.Num().IsInt64() {
			return 0, msg.Errorf(msg.TooLarge, raw)
		}
		return r.Num().Int64(), nil
	}
	digits, err := ungroup(s, raw)
	if err != nil {
		return 0, err
	}
	if strings.ContainsAny(digits, ".,") {
		return 0, msg.Errorf(msg.NotCount, raw)
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return 0, msg.Errorf(msg.NotCount, raw)
	}
	return n, nil
}

// ungroup removes thousands separators from text numbers. A group
// separator must be followed by exactly three digits; separators of one
// kind only. A trailing decimal part (after '.' or a last ',' not followed
// by exactly three digits) is kept with its mark.
func ungroup(s, raw string) (string, error) {
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−") {
		return "", msg.Errorf(msg.Negative, raw)
	}
	bad := func() error { return msg.Errorf(msg.NotGrouped, raw) }
	var sep rune
	var out strings.Builder
	runes := []rune(s)
	groupLen := -1 // digits since the last separator; -1 before the first
	lead := 0      // digits before the first separator
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		switch {
		case r >= '0' && r <= '9':
			out.WriteRune(r)
			if groupLen >= 0 {
				groupLen++
			} else {
				lead++
			}
		case strings.ContainsRune(spaceSeparators, r) || r == ',':
			// A comma followed by other than three digits then the end or
			// a dot is a decimal comma, handled by the caller; so is one
			// that cannot be a group separator where it stands: after four
			// or more digits (1234,567) or after space groups (1 234,567).
			if r == ',' && (!commaGroups(runes[i+1:]) || sep == 0 && lead > 3 || sep != 0 && sep != ',') {
				out.WriteString(string(runes[i:]))
				i = len(runes)
				continue
			}
			if sep != 0 && sep != r && !(isSpaceRune(sep) && isSpaceRune(r)) {
				return "", bad()
			}
			if lead == 0 || lead > 3 && groupLen < 0 || groupLen >= 0 && groupLen != 3 {
				return "", bad()
			}
			sep = r
			groupLen = 0
		case r == '.':
			if groupLen >= 0 && groupLen != 3 {
				return "", bad()
			}
			out.WriteString(string(runes[i:]))
			i = len(runes)
			continue
		default:
			return "", bad()
		}
	}
	if groupLen >= 0 && groupLen != 3 {
		return "", bad()
	}
	if sep != 0 && lead > 3 {
		return "", bad()
	}
	return out.String(), nil
}

func isSpaceRune(r rune) bool { return strings.ContainsRune(spaceSeparators, r) }

// commaGroups reports whether the text after a comma continues as a
// thousands group: exactly three digits, then the end, another comma or a
// dot.
func commaGroups(rest []rune) bool {
	if len(rest) < 3 {
		return false
	}
	for _, r := range rest[:3] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(rest) == 3 || rest[3] == ',' || rest[3] == '.'
}

// ambiguousComma matches text such as 1,234: one comma followed by exactly
// three digits, which reads as 1234 in English and 1.234 in Russian.
var ambiguousComma = regexp.MustCompile(`^\d{1,3},\d{3}$`)

// DecimalPlaces is the precision decimals are kept at.
const DecimalPlaces = 3

// Decimal parses a non-negative decimal figure: a number cell, or text
// with '.' or ',' as the decimal mark where that is unambiguous (8.75,
// 8,75, 1 234,5, 1,234.5). Text such as 1,234 is ambiguous (a thousand or
// a decimal comma) and rejected. The value is returned in thousandths;
// rounded reports that digits beyond the third decimal were dropped.
func Decimal(raw string) (milli int64, rounded bool, err error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return 0, false, msg.Errorf(msg.NumberEmpty)
	}
	if n, ok := plainMilli(s, 3); ok {
		return n, false, nil
	}
	return decimal(s, raw)
}

// decimal is Decimal's general path, for s, the trimmed raw.
func decimal(s, raw string) (milli int64, rounded bool, err error) {
	var r *big.Rat
	if isNumeric(s) {
		var ok bool
		if r, ok = new(big.Rat).SetString(s); !ok {
			return 0, false, msg.Errorf(msg.NotNumber, raw)
		}
	} else {
		if ambiguousComma.MatchString(s) {
			return 0, false, msg.Errorf(msg.AmbiguousComma, raw)
		}
		digits, err := ungroup(s, raw)
		if err != nil {
			return 0, false, err
		}
		if i := strings.IndexByte(digits, ','); i >= 0 {
			digits = digits[:i] + "." + digits[i+1:]
		}
		if strings.Count(digits, ".") > 1 || strings.HasSuffix(digits, ".") || strings.HasPrefix(digits, ".") {
			return 0, false, msg.Errorf(msg.NotDecimal, raw)
		}
		var ok bool
		if r, ok = new(big.Rat).SetString(digits); !ok {
			return 0, false, msg.Errorf(msg.NotDecimal, raw)
		}
	}
	if r.Sign() < 0 {
		return 0, false, msg.Errorf(msg.Negative, raw)
	}
	scaled := new(big.Rat).Mul(r, big.NewRat(1000, 1))
	// Round half up to thousandths.
	num := new(big.Int).Set(scaled.Num())
	den := scaled.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	if m.Sign() != 0 {
		if new(big.Int).Mul(m, big.NewInt(2)).Cmp(den) >= 0 {
			q.Add(q, big.NewInt(1))
		}
		// Spreadsheet binary noise (0.30000000000000004) is not a loss
		// of precision; a fourth significant decimal typed by a person is.
		diff, _ := new(big.Rat).Sub(scaled, new(big.Rat).SetInt(q)).Float64()
		rounded = math.Abs(diff) > 1e-6
	}
	if !q.IsInt64() {
		return 0, false, msg.Errorf(msg.TooLarge, raw)
	}
	return q.Int64(), rounded, nil
}

// plainMilli is the fast path of Integer (places 0) and Decimal (places
// 3, giving thousandths) for what most cells hold: digits with at most
// places decimals after a dot, fifteen digits at most (so no overflow). A
// million rows of nine figures each would otherwise cost nine million
// big.Rat parses. Anything else is left to the general path (ok false),
// which gives the same value for what this accepts (FuzzInteger and
// FuzzDecimal compare them).
func plainMilli(s string, places int) (n int64, ok bool) {
	digits, frac := 0, -1 // frac: decimals seen after the dot, -1 before it
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int64(c-'0')
			digits++
			if frac >= 0 {
				frac++
			}
		case c == '.' && frac < 0 && places > 0 && digits > 0:
			frac = 0
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 || frac == 0 || frac > places {
		return 0, false
	}
	for range places - max(frac, 0) {
		n *= 10
	}
	return n, true
}

// FormatMilli formats thousandths as a plain decimal (12500 → "12.5").
func FormatMilli(m int64) string {
	s := strconv.FormatInt(m/1000, 10)
	if f := m % 1000; f != 0 {
		frac := strings.TrimRight(fmt.Sprintf("%03d", abs(f)), "0")
		s += "." + frac
	}
	return s
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// Split splits a list cell on ',', ';' and line breaks, trimming the
// items and dropping empty ones.
func Split(s string) []string {
	return splitOn(s, ",;\n\r")
}

func splitOn(s, seps string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
