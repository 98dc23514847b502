package value

import (
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ratsreport/report/model"
)

func TestSerial(t *testing.T) {
	tests := []struct {
		t        time.Time
		date1904 bool
		want     int64
	}{
		{time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC), false, 61},
		{time.Date(2025, 9, 21, 0, 0, 0, 0, time.UTC), false, 45921},
		{time.Date(2025, 9, 21, 23, 59, 0, 0, time.FixedZone("UTC+6", 6*3600)), false, 45921},
		{time.Date(2025, 9, 21, 0, 0, 0, 0, time.UTC), true, 44459},
		{time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC), true, 0},
	}
	for _, tt := range tests {
		if got := Serial(tt.t, tt.date1904); got != tt.want {
			t.Errorf("Serial(%v, %v) = %d, want %d", tt.t, tt.date1904, got, tt.want)
		}
		if got := SerialDate(tt.want, tt.date1904); got.Format("2006-01-02") != tt.t.Format("2006-01-02") {
			t.Errorf("SerialDate(%d, %v) = %v, want %s", tt.want, tt.date1904, got, tt.t.Format("2006-01-02"))
		}
	}
	if got := DaySerial(model.MakeDate(1900, 3, 1)); got != FirstTrueSerial {
		t.Errorf("DaySerial(1900-03-01) = %d, want %d", got, FirstTrueSerial)
	}
}

// TestSerialDateExcelize checks SerialDate against excelize's reading of
// every whole serial the reader accepts, in both date systems.
func TestSerialDateExcelize(t *testing.T) {
	step := int64(1)
	if testing.Short() {
		step = 97
	}
	for _, date1904 := range []bool{false, true} {
		for n := int64(1); n < 2958466; n += step {
			if !date1904 && n == 60 {
				continue // the day that never was; the reader rejects it
			}
			x, err := excelize.ExcelDateToTime(float64(n), date1904)
			if err != nil {
				t.Fatal(err)
			}
			want := time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC)
			if got := SerialDate(n, date1904); !got.Equal(want) {
				t.Fatalf("SerialDate(%d, %v) = %v, want %v", n, date1904, got, want)
			}
		}
	}
}
