package diag

import (
	"reflect"
	"testing"
)

func TestOnly(t *testing.T) {
	var l List
	l.Add("a.xlsx", "S", 2, 1, Warning, "w1")
	l.Add("a.xlsx", "S", 3, 1, Error, "e1")
	l.Add("b.xlsx", "", 0, 0, Warning, "w2")
	l.Add("b.xlsx", "", 0, 0, Notice, "n1")
	for _, tt := range []struct {
		sev  Severity
		want []string
	}{
		{Warning, []string{"w1", "w2"}},
		{Error, []string{"e1"}},
		{Notice, []string{"n1"}},
	} {
		got := []string{}
		for _, d := range l.Only(tt.sev) {
			if d.Severity != tt.sev {
				t.Errorf("Only(%v) holds a %v", tt.sev, d.Severity)
			}
			got = append(got, d.Message)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Only(%v) = %v, want %v", tt.sev, got, tt.want)
		}
	}
	if got := (List{}).Only(Warning); got == nil || len(got) != 0 {
		t.Errorf("Only on an empty list = %#v, want an empty, non-nil list", got)
	}
}
