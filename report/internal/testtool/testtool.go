// Package testtool gives tests access to the outside tools they compare
// against (poppler, qpdf, LibreOffice, python3-openpyxl): a missing tool
// skips the test with the reason, unless RATSREPORT_REQUIRE_TOOLS=1 (as
// .ci/run sets), which makes it a failure.
package testtool

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// RequireEnv names the variable that turns a missing tool into a failure.
const RequireEnv = "RATSREPORT_REQUIRE_TOOLS"

// Need returns the path of the tool, or skips (or fails) the test.
func Need(t testing.TB, name, why string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	Missing(t, name+" not found (needed "+why+")")
	return ""
}

// Missing skips the test with the reason, or fails it under RequireEnv.
func Missing(t testing.TB, reason string) {
	t.Helper()
	if os.Getenv(RequireEnv) == "1" {
		t.Fatalf("%s, and %s=1", reason, RequireEnv)
	}
	t.Skipf("%s; set %s=1 to make this a failure", reason, RequireEnv)
}

// PageTexts extracts the text of every page of a PDF file with pdftotext
// (raw order when layout is false).
func PageTexts(t testing.TB, path string, layout bool) []string {
	t.Helper()
	tool := Need(t, "pdftotext", "to extract PDF text; Debian poppler-utils")
	args := []string{"-enc", "UTF-8", path, "-"}
	if layout {
		args = append([]string{"-layout"}, args...)
	}
	out, err := exec.Command(tool, args...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// Fields collapses white space, for comparing extracted text.
func Fields(s string) string { return strings.Join(strings.Fields(s), " ") }

// SystemFile reads a file the machine may lack (a system font), or skips
// (or fails) the test.
func SystemFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		Missing(t, err.Error())
	}
	return b
}
