package value

import (
	"strconv"
	"time"
)

// month is a month's name as a message prints it: in English "February",
// in Russian in the prepositional case a message says "in February" with
// («в феврале»), in Chinese "2月".
type month time.Month

// monthsIn are the months' names in the prepositional case.
var monthsIn = [...]string{"январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"}

// In returns the month's name in lang (msg.Localized).
func (m month) In(lang string) string {
	if m < 1 || m > 12 {
		return time.Month(m).String()
	}
	switch lang {
	case "ru":
		return monthsIn[m-1]
	case "zh":
		return strconv.Itoa(int(m)) + "月"
	}
	return time.Month(m).String()
}
