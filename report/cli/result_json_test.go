package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"ratsreport/report/failure"
)

// encodeWhole is the document as the json.Encoder writes it in one piece:
// what writeJSON must reproduce byte for byte.
func encodeWhole(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// fillValue sets v, and everything it holds, to a value that is not
// zero: every string "x", number 1, bool true, one element per slice and
// one entry per map; a json.Number is "1".
func fillValue(v reflect.Value) {
	if v.Type() == reflect.TypeFor[json.Number]() {
		v.SetString("1")
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fillValue(p.Elem())
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fillValue(s.Index(0))
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k := reflect.New(v.Type().Key()).Elem()
		e := reflect.New(v.Type().Elem()).Elem()
		fillValue(k)
		fillValue(e)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fillValue(v.Field(i))
			}
		}
	}
}

// TestWriteJSON checks that the streamed document is byte-identical to
// the json.Encoder's for results empty, typical and full, and for texts
// the encoder escapes or replaces.
func TestWriteJSON(t *testing.T) {
	num := json.Number("-12.5")
	pct := 3.5
	odd := "<a href=\"x\">&</a> \u2028\u2029 \x00\x1f\t\\ \xff\xfe bad utf-8, Ошибка в ячейке, 单元格错误 🙂"
	full := &Result{}
	fillValue(reflect.ValueOf(full).Elem())
	tests := []struct {
		name string
		r    *Result
	}{
		{"zero", &Result{}},
		{"new", newResult("check", nil)},
		{"empty slices", &Result{Diagnostics: []Diagnostic{}, Files: []File{}, Outputs: []Output{}, UnknownNames: []UnknownName{}, KeyFigures: []KeyFigure{}, Datasets: map[string]DatasetCount{}}},
		{"diagnostics", &Result{Schema: ResultSchema, Command: "check", Year: 2025, ExitCode: 1, Messages: "en",
			Counts: Counts{Errors: 1, Warnings: 2},
			Diagnostics: []Diagnostic{
				{File: "a.xlsx", Sheet: "Border", Cell: "B2", Row: 2, Column: 2, Severity: "error", Code: "diag.x", Message: "m", Text: "t"},
				{File: "a.xlsx", Sheet: "Border", Cell: "14:14", Row: 14, Severity: "warning", Code: "diag.y"},
				{},
			}}},
		{"every field", full},
		{"files and figures", &Result{Schema: ResultSchema, Command: "build", OK: true,
			Diagnostics: []Diagnostic{},
			Datasets:    map[string]DatasetCount{"border": {Year: 1, All: 2}, "agreements": {}},
			Files: []File{{Path: "a.xlsx", Size: 10, SHA256: "ab", Sheets: []Sheet{}},
				{Path: "b.xlsx", Failed: true, Sheets: []Sheet{{Name: "S", Dataset: "border", Rows: 3}}}},
			Outputs:      []Output{{Path: "out.pdf", Size: 1}},
			UnknownNames: []UnknownName{{Table: "org", Text: "X", Stub: "[[org]]\nname = \"X\"\n"}},
			Coverage: &Coverage{Year: 2025, Datasets: []CoverageDataset{{Dataset: "border", Expected: []string{"AT"},
				Missing: []string{}, Rows: []CoverageRow{{State: "AT", Files: []string{"a.xlsx"}}}}}},
			KeyFigures: []KeyFigure{{Key: "k", Value: &num, ChangePercent: &pct}, {Key: "n"}},
		}},
		{"escaping", &Result{Schema: ResultSchema, Command: odd, Messages: "ru", Error: odd,
			Diagnostics:  []Diagnostic{{File: odd, Sheet: "Лист1", Message: odd, Text: "工作表 " + odd}},
			Datasets:     map[string]DatasetCount{odd: {}, "<b>": {}},
			UnknownNames: []UnknownName{{Text: odd, Stub: odd}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := encodeWhole(t, tt.r)
			var got bytes.Buffer
			if err := writeJSON(&got, tt.r); err != nil {
				t.Fatal(err)
			}
			if got.String() != want {
				t.Errorf("writeJSON(%s) =\n%s\nwant\n%s", tt.name, got.String(), want)
			}
			var val bytes.Buffer
			if err := writeJSON(&val, *tt.r); err != nil {
				t.Fatal(err)
			}
			if val.String() != want {
				t.Errorf("writeJSON(%s) by value =\n%s\nwant\n%s", tt.name, val.String(), want)
			}
		})
	}
}

// TestWriteJSONEveryField sets every field of Result and checks that the
// document has each field's key: a field added to Result must reach the
// document.
func TestWriteJSONEveryField(t *testing.T) {
	r := &Result{}
	fillValue(reflect.ValueOf(r).Elem())
	var b bytes.Buffer
	if err := writeJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("writeJSON wrote invalid JSON: %v\n%s", err, b.String())
	}
	rt := reflect.TypeFor[Result]()
	keys := 0
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if key == "" || key == "-" {
			t.Errorf("Result.%s has no JSON key in its tag", f.Name)
			continue
		}
		keys++
		if _, ok := doc[key]; !ok {
			t.Errorf("document has no key %q for Result.%s:\n%s", key, f.Name, b.String())
		}
	}
	if len(doc) != keys {
		t.Errorf("document has %d keys, want %d", len(doc), keys)
	}
}

// pointerMarshaler encodes itself only through a pointer, as encoding/json
// does for addressable values.
type pointerMarshaler struct{ N int }

func (p *pointerMarshaler) MarshalJSON() ([]byte, error) { return []byte(`{"p":1}`), nil }

// TestWriteJSONRules checks the rules of encoding/json that Result does
// not use today: pointer-receiver marshalers in slices and fields, byte
// slices, omitempty on every kind, invalid tags, and the fallback for
// embedded fields.
func TestWriteJSONRules(t *testing.T) {
	type inner struct{ A int }
	type rules struct {
		Ms     []pointerMarshaler `json:"ms"`
		M      pointerMarshaler   `json:"m"`
		Bytes  []byte             `json:"bytes"`
		Any    any                `json:"any,omitempty"`
		F      float64            `json:"f,omitempty"`
		U      uint               `json:"u,omitempty"`
		Arr    [0]int             `json:"arr,omitempty"`
		Bad    int                `json:"a\"b"`
		NoTag  string
		Skip   int        `json:"-"`
		Dash   int        `json:"-,"`
		Nested [][]string `json:"nested"`
		hidden int
	}
	type embedded struct {
		inner
		B int `json:"b"`
	}
	type quoted struct {
		N int `json:"n,string"`
	}
	tests := []any{
		&rules{Ms: []pointerMarshaler{{1}, {2}}, Bytes: []byte("<>"), Nested: [][]string{{"a"}, {}, nil}, hidden: 1},
		rules{Ms: []pointerMarshaler{{1}}, Any: 0, F: -1, U: 1, Bad: 2},
		&embedded{inner{1}, 2},
		&quoted{3},
		(*rules)(nil),
		&struct{}{},
	}
	for i, v := range tests {
		want := encodeWhole(t, v)
		var got bytes.Buffer
		if err := writeJSON(&got, v); err != nil {
			t.Fatal(err)
		}
		if got.String() != want {
			t.Errorf("writeJSON(#%d %T) =\n%s\nwant\n%s", i, v, got.String(), want)
		}
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestFinishWriteError checks that finish reports a failed write as an
// output failure.
func TestFinishWriteError(t *testing.T) {
	r := newResult("check", nil)
	r.Diagnostics = make([]Diagnostic, 10000)
	err := r.finish(failingWriter{}, nil)
	if err == nil || failure.Of(err) != failure.Output {
		t.Errorf("finish(failing writer) = %v (kind %v), want an output failure", err, failure.Of(err))
	}
}

// BenchmarkWriteJSON writes a result with 40,000 diagnostics, the stress
// set's count, streamed and with the json.Encoder in one piece; the
// allocated bytes per operation are the difference that matters.
func BenchmarkWriteJSON(b *testing.B) {
	r := newResult("check", nil)
	for i := range 40000 {
		text := strings.Repeat("Grenzübertritt <Ост> ", 5) + string(rune('a'+i%26))
		r.Diagnostics = append(r.Diagnostics, Diagnostic{File: "sources/border.xlsx", Sheet: "Border", Cell: "B2",
			Row: i, Column: 2, Severity: "warning", Code: "diag.border.x", Message: text, Text: "sources/border.xlsx:Border!B2: " + text})
	}
	b.Run("stream", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := writeJSON(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoder", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			enc := json.NewEncoder(io.Discard)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(r); err != nil {
				b.Fatal(err)
			}
		}
	})
}
