package integrity

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

// FuzzNesting compares maxNesting, the byte-level pre-scan that guards the
// streaming reader against deep nesting, with encoding/xml's tokenizer,
// which that reader uses: the pre-scan must never see less nesting than
// the tokenizer would build up, and must see exactly as much on
// well-formed XML.
func FuzzNesting(f *testing.F) {
	for _, s := range []string{
		`<a><b/><c x="/>" y='>'>t<!-- <d> --><![CDATA[<e>]]></c></a>`,
		`<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
		`<!DOCTYPE a [<!ENTITY x "<b>">]><a>&x;</a>`,
		`<a><b><c><d/></c></b></a>`, `<a/ >`, `<a x="1"/>`, `<a><!---></a>`, `<a><?pi <b> ?></a>`, `<a>]]></a>`, `<x:a xmlns:x="u"><x:b/></x:a>`,
		strings.Repeat("<a>", 70), strings.Repeat("<a/>", 70),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := maxNesting(bytes.NewReader(data), 1<<30)
		d := xml.NewDecoder(bytes.NewReader(data))
		depth, deepest, directive, clean := 0, 0, false, false
		for {
			tok, err := d.Token()
			if err == io.EOF {
				clean = depth == 0
				break
			}
			if err != nil {
				break
			}
			switch tok.(type) {
			case xml.StartElement:
				depth++
				deepest = max(deepest, depth)
			case xml.EndElement:
				depth--
			case xml.Directive:
				directive = true
			}
		}
		switch {
		case err == nil && deepest > got:
			t.Fatalf("maxNesting = %d, but the tokenizer nests %d deep", got, deepest)
		case clean && directive && !errors.Is(err, errDeclaration):
			t.Errorf("maxNesting = %d, %v; want the declaration refused", got, err)
		case clean && !directive && (err != nil || got != deepest):
			t.Errorf("maxNesting = %d, %v; the tokenizer nests %d deep", got, err, deepest)
		}
	})
}
