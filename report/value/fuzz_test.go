package value

// Fuzz targets for the cell value parsers. `go test` runs the seeds below
// and the inputs committed under testdata/fuzz/<FuzzName>/ as regular
// tests (CI does this); `go test -run XXX -fuzz FuzzDate ./report/value`
// explores further.
//
// The properties are the contract's promises to the rest of the program:
// no panic; a date is midnight UTC within MinYear..MaxYear; numbers are
// non-negative and survive formatting and parsing again; lists never hold
// empty items; countries are known, sorted, distinct alpha-2 codes.

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"ratsreport/report/config"
)

func FuzzDate(f *testing.F) {
	for _, s := range []string{
		"45921", "45921.75", "44459", "2025-09-21", "2025-09-21T00:00:00", "2025-09-21 10:30",
		" 21.09.2025 ", "21/09/2025", "09/21/2025", "31.02.2025", "60", "60.5", "-3", "12", "1e5",
		"2025-9-21", "21.09.25", "", "1899-12-31", "2958465", "2958466", "NaN", "Inf", "+1e308",
		"0x1p-2", "1_000", "٢٠٢٥-٠٩-٢١", "2025-09-21Z", "2100-12-31", "2101-01-01", "1990-01-01",
		"1e-400", "45921e0", "4.5921E+4", "0045921", "29.02.2024", "29.02.2025",
		"2025-09-21T10:30:00+05:00", "2025-09-21T10:30:00.5Z", "2025-09-21 ",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, raw string, date1904 bool) {
		d, err := Date(raw, date1904)
		if err != nil {
			if !d.IsZero() {
				t.Errorf("Date(%q, %v) = %v with error %v; want the zero time", raw, date1904, d, err)
			}
			return
		}
		checkDate(t, raw, d)
		// Only the documented forms are accepted: a serial number, the
		// three text forms, an ISO date-time.
		if s := strings.TrimSpace(raw); !isNumeric(s) && !dateForms.MatchString(s) {
			t.Errorf("Date(%q) = %v; the text is none of the documented forms", raw, d)
		}
		// The text forms of the result read back as the same day.
		for _, layout := range []string{"2006-01-02", "02.01.2006", "02/01/2006", "2006-01-02T15:04:05"} {
			s := d.Format(layout)
			if d2, err := Date(s, date1904); err != nil || !d2.Equal(d) {
				t.Errorf("Date(%q) = %v; its text %q reads as %v, %v", raw, d, s, d2, err)
			}
		}
		// So does its serial number, in either date system.
		for _, sys := range []bool{false, true} {
			s := strconv.Itoa(serialOf(d, sys))
			if d2, err := Date(s, sys); err != nil || !d2.Equal(d) {
				t.Errorf("Date(%q) = %v; its serial %s (1904: %v) reads as %v, %v", raw, d, s, sys, d2, err)
			}
		}
	})
}

// dateForms are the documented text forms of a date.
var dateForms = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?|\d{2}\.\d{2}\.\d{4}|\d{2}/\d{2}/\d{4})$`)

// checkDate checks what every accepted date must be.
func checkDate(t *testing.T, raw string, d time.Time) {
	t.Helper()
	if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 {
		t.Errorf("Date(%q) = %v; want midnight UTC", raw, d)
	}
	if d.Year() < MinYear || d.Year() > MaxYear {
		t.Errorf("Date(%q) = %v; want a year in %d..%d", raw, d, MinYear, MaxYear)
	}
}

// serialOf is the serial number of a day in a date system: days since
// 1899-12-30 (1900 system, after February 1900) or 1904-01-01.
func serialOf(d time.Time, date1904 bool) int {
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if date1904 {
		epoch = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return int(d.Sub(epoch).Hours() / 24)
}

func FuzzInteger(f *testing.F) {
	for _, s := range []string{
		"12", "0", "12.0", "1.2E+4", "12 000", "12\u00a0000", "12\u202f000", "1 250 000", "12,000",
		"1,250,000", "12.5", "12,5", "-4", "12 00", "1234 567", "12,000 000", "about 12", "n/a",
		"99999999999999999999", "9223372036854775807", "9223372036854775808", "1e18", "1e19",
		"1e-3", "0.000", "+5", "-0", "1e99999999", "1,000.000", "1 000,", ",000", "٣", "1\u20092",
		"12\u00a0000\u202f000", "0012", "1E+400000000", "999999999999999", "9999999999999999", "000000000000000000007",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		n, err := Integer(raw)
		if s := strings.TrimSpace(raw); s != "" {
			if n2, err2 := integer(s, raw); n2 != n || (err == nil) != (err2 == nil) {
				t.Errorf("Integer(%q) = %d, %v; the general path gives %d, %v", raw, n, err, n2, err2)
			}
		}
		if err != nil {
			return
		}
		if n < 0 {
			t.Fatalf("Integer(%q) = %d; want zero or more", raw, n)
		}
		for _, s := range []string{strconv.FormatInt(n, 10), group(n, " "), group(n, ","), group(n, "\u00a0")} {
			if n2, err := Integer(s); err != nil || n2 != n {
				t.Errorf("Integer(%q) = %d; %q reads as %d, %v", raw, n, s, n2, err)
			}
		}
		// A whole number is also a decimal with the same value, where the
		// decimal parser takes it at all (1,234 is ambiguous to it).
		if n <= math.MaxInt64/1000 {
			if m, rounded, err := Decimal(raw); err == nil && (m != n*1000 || rounded) {
				t.Errorf("Integer(%q) = %d but Decimal = %d thousandths (rounded %v)", raw, n, m, rounded)
			}
		}
	})
}

// group writes n with sep between groups of three digits.
func group(n int64, sep string) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func FuzzDecimal(f *testing.F) {
	for _, s := range []string{
		"8.75", "8,75", "0", "1 234,5", "1,234.5", "1,234,567", "1.234", "0.30000000000000004",
		"8799.999999999999", "1.23456", "12 000", "1,234", "1.234,5", "-2.5", "2.5 kg", "1e-4",
		"0.0005", "0.0004999", "9223372036854775.807", "9223372036854775.808", "1e400", ".5", "5.",
		",5", "1,2,3", "1 000 000,125", "1\u00a0000.5", "NaN", "Inf", "0x10", "1e-99999999",
		"12.5", "12.125", "12.1250", "999999999999.999", "9999999999999.99", "0.001", "00.5", "1..2", "1.2.3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		m, rounded, err := Decimal(raw)
		if s := strings.TrimSpace(raw); s != "" {
			if m2, r2, err2 := decimal(s, raw); m2 != m || r2 != rounded || (err == nil) != (err2 == nil) {
				t.Errorf("Decimal(%q) = %d, %v, %v; the general path gives %d, %v, %v", raw, m, rounded, err, m2, r2, err2)
			}
		}
		if err != nil {
			if m != 0 || rounded {
				t.Errorf("Decimal(%q) = %d, %v with error %v; want 0, false", raw, m, rounded, err)
			}
			return
		}
		if m < 0 {
			t.Fatalf("Decimal(%q) = %d; want zero or more", raw, m)
		}
		s := FormatMilli(m)
		if m2, r2, err := Decimal(s); err != nil || m2 != m || r2 {
			t.Errorf("Decimal(%q) = %d; its formatted %q reads as %d (rounded %v), %v", raw, m, s, m2, r2, err)
		}
		// The decimal comma form, where it is not ambiguous.
		if c := strings.Replace(s, ".", ",", 1); c != s && !ambiguousComma.MatchString(c) {
			if m2, _, err := Decimal(c); err != nil || m2 != m {
				t.Errorf("Decimal(%q) = %d; %q reads as %d, %v", raw, m, c, m2, err)
			}
		}
	})
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"UNOCT, UN CTED; Interpol", "a\nb\r\n c ;; ,", "", ",", " ; ", "a,,b", "\u00a0x\u00a0", "a\u2028b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		items := Split(s)
		for _, it := range items {
			if it == "" || it != strings.TrimSpace(it) || strings.ContainsAny(it, ",;\n\r") {
				t.Fatalf("Split(%q) = %q: item %q is empty, untrimmed or holds a separator", s, items, it)
			}
		}
		// Joining the items and splitting again gives the same items.
		if again := Split(strings.Join(items, "; ")); !slices.Equal(again, items) {
			t.Errorf("Split(%q) = %q, but split again %q", s, items, again)
		}
	})
}

// fuzzCountries is the repository's reference list of states.
func fuzzCountries(f *testing.F) (*Countries, map[string]bool) {
	f.Helper()
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		f.Fatal(err)
	}
	known := map[string]bool{}
	for _, s := range cfg.States {
		known[s.Alpha2] = true
		for _, n := range append([]string{s.Alpha2, s.Alpha3, s.Name["en"], s.Name["ru"], s.Name["zh"]}, s.Aliases...) {
			f.Add(n)
		}
	}
	return NewCountries(cfg), known
}

func FuzzCountry(f *testing.F) {
	cs, known := fuzzCountries(f)
	for _, s := range []string{"", "kz", " Kazakhstan ", "КАЗАХСТАН", "Iran, Islamic Republic of", "XX", "Россия\u00a0", "ёж"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		a2, err := cs.Country(raw)
		if err != nil {
			if a2 != "" {
				t.Errorf("Country(%q) = %q with error %v", raw, a2, err)
			}
			return
		}
		if !known[a2] {
			t.Fatalf("Country(%q) = %q, not a state of config.toml", raw, a2)
		}
		if again, err := cs.Country(a2); err != nil || again != a2 {
			t.Errorf("Country(%q) = %q, but Country(%q) = %q, %v", raw, a2, a2, again, err)
		}
	})
}

func FuzzCountryList(f *testing.F) {
	cs, known := fuzzCountries(f)
	for _, s := range []string{
		"KZ, KG", "Kazakhstan; Россия\nКиргизия, CHN", "Iran, Islamic Republic of, Белоруссия",
		"KZ,,KZ", ",", "XX, KZ", "Islamic Republic of, Iran", "Iran, Islamic Republic of, Iran, Islamic Republic of",
		"a, b, c, d, e, f", strings.Repeat("KZ, ", 50),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		list, errs := cs.List(raw)
		for i, a2 := range list {
			if !known[a2] {
				t.Fatalf("List(%q) = %q: %q is not a state of config.toml", raw, list, a2)
			}
			if i > 0 && list[i-1] >= a2 {
				t.Fatalf("List(%q) = %q: not sorted and distinct", raw, list)
			}
		}
		for _, err := range errs {
			if err == nil {
				t.Fatalf("List(%q) returned a nil error in %v", raw, errs)
			}
		}
		// Every item that is not a separator is either a state or an
		// error: a list with text in it never resolves to nothing silently.
		if len(list) == 0 && len(errs) == 0 && len(Split(raw)) > 0 {
			t.Errorf("List(%q) = nothing, without error", raw)
		}
		if again, errs := cs.List(strings.Join(list, ", ")); len(errs) > 0 || !slices.Equal(again, list) {
			t.Errorf("List(%q) = %q, but the codes read again give %q, %v", raw, list, again, errs)
		}
	})
}

func FuzzFormatMilli(f *testing.F) {
	for _, m := range []int64{0, 1, 999, 1000, 12500, 8750, math.MaxInt64, math.MaxInt64 - 999} {
		f.Add(m)
	}
	f.Fuzz(func(t *testing.T, m int64) {
		if m < 0 {
			return // figures are never negative
		}
		s := FormatMilli(m)
		if !utf8.ValidString(s) || strings.ContainsAny(s, "-e") {
			t.Fatalf("FormatMilli(%d) = %q", m, s)
		}
		if m2, rounded, err := Decimal(s); err != nil || m2 != m || rounded {
			t.Errorf("FormatMilli(%d) = %q, which reads as %d, %v, %v", m, s, m2, rounded, err)
		}
	})
}
