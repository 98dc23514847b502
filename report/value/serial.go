package value

import (
	"time"

	"ratsreport/report/model"
)

// Excel numbers days from day 0 of its date system: 1899-12-30 in the 1900
// system (serial 1 is 1900-01-01 because the system counts a 29 February
// 1900 that never was; from serial 61, 1 March 1900, serials are plain day
// counts from 1899-12-30), 1904-01-01 in the 1904 system. Every Excel date
// the program reads or writes goes through this file.
var (
	day0     = model.MakeDate(1899, 12, 30)
	day01904 = model.MakeDate(1904, 1, 1)
)

// FirstTrueSerial is the first serial of the 1900 date system that names
// its day truly (1 March 1900); below it the system is off by one day.
const FirstTrueSerial = 61

// DaySerial returns the serial number of a day in the 1900 date system.
// Below FirstTrueSerial it is not the day Excel shows.
func DaySerial(d model.Date) int64 { return int64(d - day0) }

// Serial returns the serial number of t's civil date (its year, month and
// day in t's location) in the 1900 date system, or the 1904 system when
// date1904.
func Serial(t time.Time, date1904 bool) int64 {
	if date1904 {
		return int64(model.DateOf(t) - day01904)
	}
	return DaySerial(model.DateOf(t))
}

// SerialDate returns the day of a whole serial number (>= 0) at midnight
// UTC, in the 1900 date system or the 1904 one when date1904. In the 1900
// system serials 1 to 59 are January and February 1900; 60, the 29
// February 1900 Excel counts, has no day of its own (it gives the 28th).
func SerialDate(n int64, date1904 bool) time.Time {
	if date1904 {
		return (day01904 + model.Date(n)).Time()
	}
	if n >= 1 && n < 60 {
		n++ // before the day that never was
	}
	return (day0 + model.Date(n)).Time()
}
