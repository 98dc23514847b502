package msg

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// personPackages are the packages whose texts reach a person: the
// commands, diagnostics and their sources, the errors about inputs,
// outputs and the staff's text templates. The writers' own errors (pdfdoc,
// chart, xlsx, export, …) report a fault of the tool or of the disk, not
// of the inputs; the commands print them inside a catalogue message
// ("could not write …: %v"), as they print an operating system's error,
// and say what the user can act on themselves (export's too many rows for
// a sheet is msg.ExportTooManyRows).
var personPackages = []string{
	"cmd/ratsreport", "report/cli", "report/diag", "report/ingest", "report/value", "report/integrity",
	"report/load", "report/config", "report/coverage", "report/plausible", "report/translate",
	"report/registry", "report/stats", "report/failure", "report/outfile", "report/build",
	"report/lang", "report/blank",
}

// sinks are the calls whose string arguments are printed to a person.
var sinks = map[string]bool{
	"fmt.Errorf": true, "fmt.Sprintf": true, "fmt.Fprintf": true, "fmt.Fprintln": true, "fmt.Fprint": true,
	"fmt.Printf": true, "fmt.Println": true, "fmt.Print": true, "errors.New": true,
	"failure.Errorf": true, "failure.New": true,
	"Add": true, "add": true, "refuse": true, "errf": true, "fail": true, "bad": true, "warn": true,
	"warnf": true, "notice": true, "usageError": true, "errorf": true, "problem": true, "Errorf": true,
	"WriteString": true, "Sprintf": true,
}

// helpFields are the fields of a command or an error literal that hold
// text for a person.
var helpFields = map[string]bool{"Short": true, "Long": true, "Example": true, "Message": true, "Deprecated": true}

// TestNoLiteralMessages fails when a text printed to a person is a string
// literal outside the catalogue: it must be a msg key, put into words in
// the reader's language. A literal that is rightly not translated (a TOML
// stub's syntax, a file name pattern) carries a `//msg:ok <reason>`
// comment on its line.
func TestNoLiteralMessages(t *testing.T) {
	root := filepath.Join("..", "..")
	var found []string
	for _, pkg := range personPackages {
		dir := filepath.Join(root, filepath.FromSlash(pkg))
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != dir {
					return filepath.SkipDir // sub-packages are listed on their own
				}
				return nil
			}
			if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			found = append(found, lintFile(t, path)...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(found)
	for _, f := range found {
		t.Error(f)
	}
	if len(found) > 0 {
		t.Logf("%d texts for a person are string literals: move each into the catalogue (report/msg) and pass its key", len(found))
	}
}

func lintFile(t *testing.T, path string) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	ok := map[int]bool{}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//msg:ok") {
				ok[fset.Position(c.Pos()).Line] = true
			}
		}
	}
	var out []string
	report := func(lit *ast.BasicLit, always bool) {
		if lit.Kind != token.STRING {
			return
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil || !prose(s, always) {
			return
		}
		pos := fset.Position(lit.Pos())
		if ok[pos.Line] {
			return
		}
		rel, _ := filepath.Rel(filepath.Join("..", ".."), pos.Filename)
		out = append(out, rel+":"+strconv.Itoa(pos.Line)+": "+lit.Value)
	}
	literals := func(e ast.Expr, always bool) {
		ast.Inspect(e, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BasicLit:
				report(x, always)
			case *ast.CallExpr, *ast.FuncLit:
				return false // its own call is judged on its own
			}
			return true
		})
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			name := callee(x.Fun)
			if sinks[name] {
				for _, a := range x.Args {
					literals(a, false)
				}
			}
			if flagDef(name) && len(x.Args) > 0 {
				literals(x.Args[len(x.Args)-1], true)
			}
		case *ast.KeyValueExpr:
			if k, isIdent := x.Key.(*ast.Ident); isIdent && helpFields[k.Name] {
				literals(x.Value, true)
			}
		}
		return true
	})
	return out
}

// callee names a call's function: "fmt.Errorf" for a package function,
// the bare name for a method or a local function.
func callee(fun ast.Expr) string {
	switch x := fun.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		if id, isIdent := x.X.(*ast.Ident); isIdent && (id.Name == "fmt" || id.Name == "errors" || id.Name == "failure") {
			return id.Name + "." + x.Sel.Name
		}
		return x.Sel.Name
	}
	return ""
}

// flagDef reports whether name defines a flag (pflag's StringVar,
// BoolVarP, …), whose last argument is its usage text.
func flagDef(name string) bool {
	for _, kind := range []string{"String", "Bool", "Int", "Int64", "StringSlice", "StringArray", "Duration", "Float64", "Uint", "Count", "IntSlice"} {
		if name == kind+"Var" || name == kind+"VarP" || name == kind+"P" {
			return true
		}
	}
	return false
}

// prose reports whether s reads as words: after the format verbs are
// removed, a run of two letters or more, with a space somewhere (a bare
// word such as "xlsx" is a token, not a text) unless always.
func prose(s string, always bool) bool {
	s = verbRE.ReplaceAllString(s, "")
	run, longest := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	if longest < 2 {
		return false
	}
	return always || strings.ContainsAny(s, " \n")
}
