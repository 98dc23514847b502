// Package golden compares test output with golden files, as the Go
// tree's go/doc tests do: a test renders its output as text and calls
// Check with the file under its package's testdata/golden; a mismatch
// fails the test with a line diff, and
//
//	go test ./report/pdfreport ./report/xlsx -run Golden -update
//
// rewrites the files instead of comparing. Review the rewrite with git
// diff before committing it: the golden files are what a reviewer reads.
//
// Only tests import this package; it registers the -update flag.
package golden

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden instead of comparing with them")

// Updating reports whether the test binary runs with -update.
func Updating() bool { return *update }

// maxDiffLines caps the diff a failure prints.
const maxDiffLines = 200

// Check compares got with the golden file at path; under -update it
// writes got to path instead.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", path, len(got))
		return
	}
	if err := Compare(path, got); err != nil {
		t.Error(err)
	}
}

// Compare compares got with the golden file at path and returns an error
// holding the line diff (-golden +got) when they differ. It never writes.
func Compare(path string, got []byte) error {
	want, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("golden file %s does not exist; run go test -update to create it", path)
	}
	if err != nil {
		return err
	}
	d := diff.Diff(path, want, "got", got)
	if d == nil {
		return nil
	}
	return fmt.Errorf("output differs from %s (-golden +got):\n%s\nif the change is intended, run go test -update and review the golden file's diff", path, clip(string(d)))
}

// clip keeps the first maxDiffLines lines of a diff.
func clip(d string) string {
	lines := strings.SplitAfter(d, "\n")
	if len(lines) <= maxDiffLines {
		return d
	}
	return strings.Join(lines[:maxDiffLines], "") + fmt.Sprintf("… %d more lines of diff\n", len(lines)-maxDiffLines)
}

// Line is a line of a text: its number, from 1, and its text without
// the newline.
type Line struct {
	N    int
	Text string
}

// Changes returns the lines the diff from old to new removes (numbered
// in old) and adds (numbered in new), in order.
func Changes(old, new []byte) (removed, added []Line) {
	d := diff.Diff("old", old, "new", new)
	var o, n int
	for _, l := range strings.Split(string(d), "\n") {
		switch {
		case strings.HasPrefix(l, "@@"):
			var co, cn int
			fmt.Sscanf(l, "@@ -%d,%d +%d,%d @@", &o, &co, &n, &cn)
		case o == 0 && n == 0: // the diff's header, before the first hunk
		case strings.HasPrefix(l, "-"):
			removed = append(removed, Line{o, l[1:]})
			o++
		case strings.HasPrefix(l, "+"):
			added = append(added, Line{n, l[1:]})
			n++
		case strings.HasPrefix(l, " "):
			o++
			n++
		}
	}
	return removed, added
}

// Heading returns the nearest line at or above line n (from 1) of text
// that starts with prefix: the section a changed line belongs to.
func Heading(text []byte, n int, prefix string) string {
	lines := strings.Split(string(text), "\n")
	for i := min(n, len(lines)) - 1; i >= 0; i-- {
		if strings.HasPrefix(lines[i], prefix) {
			return lines[i]
		}
	}
	return ""
}

// leader is a dot leader, spaced or not: extractors read the dots of a
// contents line with or without the spaces between them.
var leader = regexp.MustCompile(`\.( ?\.){2,}`)

// Normalise makes text comparable with what a PDF text extractor reads:
// runs of white space become one space, no space is kept next to a CJK
// character (extractors differ on spaces between CJK glyphs), and a dot
// leader becomes "...".
func Normalise(s string) string {
	return leader.ReplaceAllString(normaliseSpace(s), "...")
}

func normaliseSpace(s string) string {
	var b strings.Builder
	space := false
	var prev rune
	for _, r := range strings.TrimSpace(s) {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' {
			space = true
			continue
		}
		if space && !isCJK(prev) && !isCJK(r) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// isCJK reports whether r is a Han, kana or Hangul character or CJK or
// full-width punctuation.
func isCJK(r rune) bool {
	return r >= 0x2E80 && (r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7AF || r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFFEF)
}

// MissingLines returns, page by page, the recorded lines that no line of
// the extracted page text contains, after Normalise. recorded[i] and
// extracted[i] are the lines and the text of page i+1.
func MissingLines(recorded [][]string, extracted []string) []string {
	var missing []string
	for i, lines := range recorded {
		var page []string
		if i < len(extracted) {
			for _, l := range strings.Split(extracted[i], "\n") {
				page = append(page, Normalise(l))
			}
		}
		for _, want := range lines {
			w := Normalise(want)
			if w == "" {
				continue
			}
			found := false
			for _, l := range page {
				if strings.Contains(l, w) {
					found = true
					break
				}
			}
			if !found {
				missing = append(missing, fmt.Sprintf("page %d: %q", i+1, want))
			}
		}
	}
	return missing
}

// gap separates the columns of pdftotext -layout's output.
var gap = regexp.MustCompile(`\s{2,}`)

// Unrecorded is MissingLines the other way round: the pieces of extracted
// text (a line of pdftotext -layout's output split where it leaves two or
// more blanks, which is between columns) that no recorded line of the
// page contains, after Normalise. Together they show that the recorded
// text is all the text the PDF shows.
func Unrecorded(recorded [][]string, extracted []string) []string {
	var out []string
	for i, text := range extracted {
		var page []string
		if i < len(recorded) {
			for _, l := range recorded[i] {
				page = append(page, Normalise(l))
			}
		}
		for _, line := range strings.Split(text, "\n") {
			for _, piece := range gap.Split(strings.TrimSpace(line), -1) {
				p := Normalise(piece)
				if p == "" {
					continue
				}
				found := false
				for _, l := range page {
					if strings.Contains(l, p) {
						found = true
						break
					}
				}
				if !found {
					out = append(out, fmt.Sprintf("page %d: %q", i+1, piece))
				}
			}
		}
	}
	return out
}
