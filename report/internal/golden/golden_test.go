package golden

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestChanges(t *testing.T) {
	tests := []struct {
		name           string
		old, new       string
		removed, added []Line
	}{
		{"same", "a\nb\n", "a\nb\n", nil, nil},
		{"one line", "a\nb\nc\n", "a\nB\nc\n", []Line{{2, "b"}}, []Line{{2, "B"}}},
		{"far apart", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", "one\n2\n3\n4\n5\n6\n7\n8\n9\nten\n",
			[]Line{{1, "1"}, {10, "10"}}, []Line{{1, "one"}, {10, "ten"}}},
		{"added", "a\nc\n", "a\nb\nc\n", nil, []Line{{2, "b"}}},
		{"removed", "a\nb\nc\n", "a\nc\n", []Line{{2, "b"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			removed, added := Changes([]byte(tc.old), []byte(tc.new))
			if !reflect.DeepEqual(removed, tc.removed) || !reflect.DeepEqual(added, tc.added) {
				t.Errorf("Changes(%q, %q) = %v, %v, want %v, %v", tc.old, tc.new, removed, added, tc.removed, tc.added)
			}
		})
	}
}

func TestHeading(t *testing.T) {
	text := []byte("== A ==\nx\n== B ==\ny\nz\n")
	for n, want := range map[int]string{1: "== A ==", 2: "== A ==", 3: "== B ==", 5: "== B =="} {
		if got := Heading(text, n, "== "); got != want {
			t.Errorf("Heading(line %d) = %q, want %q", n, got, want)
		}
	}
}

func TestNormalise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a   b\tc ", "a b c"},
		{"a\u00a0b", "a b"},
		{"上海 合作 组织", "上海合作组织"},
		{"第2页， 共12页", "第2页，共12页"},
		{"2025 年", "2025年"},
		{"1. Key figures . . . . . . 3", "1. Key figures ... 3"},
		{"1. Key figures ........ 3", "1. Key figures ... 3"},
		{"e.g. a. b", "e.g. a. b"},
	}
	for _, tc := range tests {
		if got := Normalise(tc.in); got != tc.want {
			t.Errorf("Normalise(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMissingLines(t *testing.T) {
	extracted := []string{"Title\n  Kazakhstan     12    34\n", "Contents\n1. Key figures .........   3\n"}
	recorded := [][]string{{"Title", "Kazakhstan 12 34", "China 1"}, {"1. Key figures . . . . 3", "Title"}}
	want := []string{`page 1: "China 1"`, `page 2: "Title"`}
	if got := MissingLines(recorded, extracted); !reflect.DeepEqual(got, want) {
		t.Errorf("MissingLines = %q, want %q", got, want)
	}
}

func TestCompare(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.txt")
	if err := Compare(path, []byte("a\n")); err == nil || !strings.Contains(err.Error(), "go test -update") {
		t.Errorf("missing file: %v", err)
	}
	if err := os.WriteFile(path, []byte("a\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Compare(path, []byte("a\nb\n")); err != nil {
		t.Errorf("same text: %v", err)
	}
	err := Compare(path, []byte("a\nc\n"))
	if err == nil || !strings.Contains(err.Error(), "\n-b\n+c\n") || !strings.Contains(err.Error(), "go test -update") {
		t.Errorf("different text: %v", err)
	}
}

func TestUnrecorded(t *testing.T) {
	extracted := []string{"Title\n  Kazakhstan     12    34\n  Label one   Label two\n", "Contents\n1. Key figures .........   3\n"}
	recorded := [][]string{{"Title", "Kazakhstan 12 34", "Label one"}, {"Contents", "1. Key figures . . . . 3"}}
	want := []string{`page 1: "Label two"`}
	if got := Unrecorded(recorded, extracted); !reflect.DeepEqual(got, want) {
		t.Errorf("Unrecorded = %q, want %q", got, want)
	}
}
