package schema

import "testing"

func TestStatusRules(t *testing.T) {
	tests := []struct {
		status                       string
		concluded, open, needsSigned bool
	}{
		{"contacts established", false, true, false},
		{"under negotiation", false, true, false},
		{"signed", true, false, true},
		{"in force", true, false, true},
		{"expired", true, false, false},
		{"", false, false, false},
	}
	for _, tt := range tests {
		if got := Concluded(tt.status); got != tt.concluded {
			t.Errorf("Concluded(%q) = %v, want %v", tt.status, got, tt.concluded)
		}
		if got := Open(tt.status); got != tt.open {
			t.Errorf("Open(%q) = %v, want %v", tt.status, got, tt.open)
		}
		if got := NeedsSignedDate(tt.status); got != tt.needsSigned {
			t.Errorf("NeedsSignedDate(%q) = %v, want %v", tt.status, got, tt.needsSigned)
		}
	}
	// Every status is concluded or open, and every key is the enumeration's.
	for _, k := range Status.Keys() {
		if Concluded(k) == Open(k) {
			t.Errorf("status %q: concluded %v, open %v; want exactly one", k, Concluded(k), Open(k))
		}
	}
	for _, k := range append(append([]string{}, ConcludedStatuses...), OpenStatuses...) {
		if _, ok := Status.Lookup(k); !ok {
			t.Errorf("status %q is not a Status key", k)
		}
	}
	if _, ok := Document.Lookup(ContactDocument); !ok {
		t.Errorf("ContactDocument %q is not a Document key", ContactDocument)
	}
}
