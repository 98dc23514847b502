package cli

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"unicode"
)

// writeJSON writes v, a struct or a pointer to one, exactly as a
// json.Encoder with SetIndent("", "  ") and SetEscapeHTML(false) would,
// but field by field and each slice field element by element, through a
// buffered writer: with 40,000 diagnostics the encoder would hold the
// whole document, and an indented copy of it, in memory. A struct whose
// fields need encoding/json rules this does not follow (embedded fields,
// duplicate names, the string or omitzero options) is handed to the
// encoder whole, so the bytes stay the same.
func writeJSON(w io.Writer, v any) error {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	fields, ok := jsonFields(rv.Type())
	if !ok || implementsMarshaler(rv.Type()) {
		return indentEncoder(w, "").Encode(v)
	}
	s := newJSONStream(w)
	s.writeString("{")
	n := 0
	for _, f := range fields {
		fv := rv.Field(f.index)
		if f.omitEmpty && isEmptyJSONValue(fv) {
			continue
		}
		if n > 0 {
			s.writeString(",")
		}
		n++
		s.writeString("\n  ")
		s.write(f.key)
		s.writeString(": ")
		if streamable(fv) {
			s.slice(fv)
		} else {
			s.value(addr(fv), s.field)
		}
		if s.err != nil {
			return s.err
		}
	}
	if n > 0 {
		s.writeString("\n")
	}
	s.writeString("}\n")
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}

// jsonField is a field of a struct as encoding/json writes it: the index
// of the field, its key encoded as a JSON string, and whether omitempty
// applies.
type jsonField struct {
	index     int
	key       []byte
	omitEmpty bool
}

// jsonFields lists the fields of struct type t that encoding/json writes,
// in its order; ok is false when t is not a struct or when a field needs
// a rule of encoding/json that jsonFields does not implement.
func jsonFields(t reflect.Type) (fields []jsonField, ok bool) {
	if t.Kind() != reflect.Struct {
		return nil, false
	}
	seen := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if sf.Anonymous {
			return nil, false
		}
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if !isValidJSONTag(name) {
			name = sf.Name
		}
		f := jsonField{index: i}
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "omitempty":
				f.omitEmpty = true
			case "string", "omitzero":
				return nil, false
			}
		}
		if seen[name] {
			return nil, false
		}
		seen[name] = true
		var b bytes.Buffer
		if err := indentEncoder(&b, "").Encode(name); err != nil {
			return nil, false
		}
		f.key = bytes.TrimSuffix(b.Bytes(), []byte("\n"))
		fields = append(fields, f)
	}
	return fields, true
}

// isValidJSONTag reports whether encoding/json takes s as a key; it
// takes the field's name otherwise.
func isValidJSONTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// isEmptyJSONValue is encoding/json's test for omitempty.
func isEmptyJSONValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// implementsMarshaler reports whether t or *t encodes itself.
func implementsMarshaler(t reflect.Type) bool {
	marshaler := reflect.TypeFor[json.Marshaler]()
	text := reflect.TypeFor[encoding.TextMarshaler]()
	p := reflect.PointerTo(t)
	return t.Implements(marshaler) || t.Implements(text) || p.Implements(marshaler) || p.Implements(text)
}

// streamable reports whether v is a non-empty slice that encoding/json
// writes as an array of its elements (not base64, not by a method).
func streamable(v reflect.Value) bool {
	return v.Kind() == reflect.Slice && v.Len() > 0 &&
		v.Type().Elem().Kind() != reflect.Uint8 && !implementsMarshaler(v.Type())
}

// addr is v, through a pointer when v is addressable: encoding/json
// calls a MarshalJSON with a pointer receiver only on an addressable
// value, which every field and element of the whole document is.
func addr(v reflect.Value) any {
	if v.CanAddr() {
		return v.Addr().Interface()
	}
	return v.Interface()
}

// indentEncoder is the encoder of the result document, for a value whose
// lines after the first start with prefix.
func indentEncoder(w io.Writer, prefix string) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	return enc
}

// jsonStream writes the document to w, keeping the first error; field
// and elem encode a top-level field's value and a slice element into buf.
type jsonStream struct {
	w     *bufio.Writer
	buf   bytes.Buffer
	field *json.Encoder
	elem  *json.Encoder
	err   error
}

// newJSONStream starts a document written to w.
func newJSONStream(w io.Writer) *jsonStream {
	s := &jsonStream{w: bufio.NewWriterSize(w, 64<<10)}
	s.field = indentEncoder(&s.buf, "  ")
	s.elem = indentEncoder(&s.buf, "    ")
	return s
}

// write writes b unless a write has failed.
func (s *jsonStream) write(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

// writeString writes str unless a write has failed.
func (s *jsonStream) writeString(str string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(str)
	}
}

// value writes v encoded by enc, without the encoder's final newline.
func (s *jsonStream) value(v any, enc *json.Encoder) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	if err := enc.Encode(v); err != nil {
		s.err = err
		return
	}
	s.write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
}

// slice writes the non-empty slice v as an array, one element at a time.
func (s *jsonStream) slice(v reflect.Value) {
	s.writeString("[")
	for i := 0; i < v.Len() && s.err == nil; i++ {
		if i > 0 {
			s.writeString(",")
		}
		s.writeString("\n    ")
		s.value(addr(v.Index(i)), s.elem)
	}
	s.writeString("\n  ]")
}
