package value

import (
	"strings"
	"testing"
	"time"
)

func TestDate(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		raw      string
		date1904 bool
		want     time.Time
		wantErr  string
	}{
		{raw: "45921", want: d(2025, 9, 21)},
		{raw: "45921.75", want: d(2025, 9, 21)},
		{raw: "44459", date1904: true, want: d(2025, 9, 21)},
		{raw: "2025-09-21", want: d(2025, 9, 21)},
		{raw: "2025-09-21T00:00:00", want: d(2025, 9, 21)},
		{raw: " 21.09.2025 ", want: d(2025, 9, 21)},
		{raw: "21/09/2025", want: d(2025, 9, 21)},
		{raw: "09/21/2025", wantErr: "month/day/year"},
		{raw: "31.02.2025", wantErr: "not a calendar date"},
		{raw: "60", wantErr: "29 February 1900"},
		{raw: "-3", wantErr: "not a valid date serial"},
		{raw: "12", wantErr: "out of range"},
		{raw: "2025-9-21", wantErr: "not a date"},
		{raw: "September 2025", wantErr: "not a date"},
		{raw: "21.09.25", wantErr: "not a date"},
		{raw: "", wantErr: "empty"},
		{raw: "1899-12-31", wantErr: "out of range"},
		// Found by FuzzDate: text after the date was dropped silently.
		{raw: "2025-09-21 to 2025-09-25", wantErr: "not a date"},
		{raw: "2025-09-21T", wantErr: "not a date"},
		{raw: "2025-09-21T10:30:00.5+05:00", want: d(2025, 9, 21)},
		{raw: "2025-09-21 10:30", want: d(2025, 9, 21)},
	}
	for _, tt := range tests {
		got, err := Date(tt.raw, tt.date1904)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Date(%q, %v) error = %v, want containing %q", tt.raw, tt.date1904, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("Date(%q, %v) = %v, %v; want %v", tt.raw, tt.date1904, got, err, tt.want)
		}
	}
}

func TestInteger(t *testing.T) {
	tests := []struct {
		raw     string
		want    int64
		wantErr string
	}{
		{raw: "12", want: 12},
		{raw: "0", want: 0},
		{raw: "12.0", want: 12},
		{raw: "1.2E+4", want: 12000},
		{raw: "12 000", want: 12000},
		{raw: "12\u00a0000", want: 12000},
		{raw: "12\u202f000", want: 12000},
		{raw: "1 250 000", want: 1250000},
		{raw: "12,000", want: 12000},
		{raw: "1,250,000", want: 1250000},
		{raw: "12.5", wantErr: "not a whole number"},
		{raw: "12,5", wantErr: "not a whole number"},
		{raw: "-4", wantErr: "negative"},
		{raw: "12 00", wantErr: "not a number"},
		{raw: "1234 567", wantErr: "not a number"},
		{raw: "12,000 000", wantErr: "12,000 000"},
		{raw: "1234,567", wantErr: "not a whole number"},
		{raw: "1 234,567", wantErr: "not a whole number"},
		{raw: "about 12", wantErr: "not a number"},
		{raw: "n/a", wantErr: "not a number"},
		{raw: "99999999999999999999", wantErr: "too large"},
		// The ideographic space U+3000 is no thousands separator (issue
		// #18 review): 12　000 is not twelve thousand.
		{raw: "12\u3000000", wantErr: "not a number"},
		{raw: "1\u3000250\u3000000", wantErr: "not a number"},
		{raw: "\u300012000\u3000", want: 12000}, // around the figure, trimmed
	}
	for _, tt := range tests {
		got, err := Integer(tt.raw)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Integer(%q) = %d, %v; want error containing %q", tt.raw, got, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Integer(%q) = %d, %v; want %d", tt.raw, got, err, tt.want)
		}
	}
}

func TestDecimal(t *testing.T) {
	tests := []struct {
		raw         string
		want        int64
		wantRounded bool
		wantErr     string
	}{
		{raw: "8.75", want: 8750},
		{raw: "8,75", want: 8750},
		{raw: "0", want: 0},
		{raw: "1 234,5", want: 1234500},
		{raw: "1,234.5", want: 1234500},
		{raw: "1,234,567", want: 1234567000},
		{raw: "1.234", want: 1234},
		{raw: "0.30000000000000004", want: 300},
		{raw: "8799.999999999999", want: 8800000},
		{raw: "1.23456", want: 1235, wantRounded: true},
		{raw: "12 000", want: 12000000},
		// Found by FuzzDecimal: a decimal comma with three decimals after
		// four digits or space groups cannot be a thousands separator.
		{raw: "1234,567", want: 1234567},
		{raw: "1 234,567", want: 1234567},
		{raw: "1\u00a0500,25", want: 1500250},
		{raw: "1 234,567,8", wantErr: "not a number"},
		{raw: "1,234", wantErr: "ambiguous"},
		{raw: "1.234,5", wantErr: "not a number"},
		{raw: "-2.5", wantErr: "negative"},
		{raw: "2.5 kg", wantErr: "not a number"},
		{raw: "1\u3000234,5", wantErr: "not a number"},
		{raw: "12\u3000000", wantErr: "not a number"},
		{raw: "1\u3000234.5", wantErr: "not a number"},
	}
	for _, tt := range tests {
		got, rounded, err := Decimal(tt.raw)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Decimal(%q) = %d, %v; want error containing %q", tt.raw, got, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want || rounded != tt.wantRounded {
			t.Errorf("Decimal(%q) = %d, %v, %v; want %d, %v", tt.raw, got, rounded, err, tt.want, tt.wantRounded)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"UNOCT, UN CTED; Interpol", "UNOCT|UN CTED|Interpol"},
		{"a\nb\r\n c ;; ,", "a|b|c"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Split(tt.in), "|"); got != tt.want {
			t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatMilli(t *testing.T) {
	for m, want := range map[int64]string{0: "0", 12500: "12.5", 8750: "8.75", 1: "0.001", 3000: "3"} {
		if got := FormatMilli(m); got != want {
			t.Errorf("FormatMilli(%d) = %q, want %q", m, got, want)
		}
	}
}
