package integrity

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"

	"ratsreport/report/msg"
)

// checkPart refuses a part whose elements nest deeper than max, before
// the library's streaming reader sees it: that reader keeps every open
// element in memory (~120 bytes each), so a few megabytes of nested tags
// would cost gigabytes. It also refuses declarations (<!DOCTYPE …>), which
// package XML must not hold (ECMA-376 part 2, 8.1.4). It looks at the
// bytes without parsing them, at the speed of decompression, and collects
// the sheet's layout into ls when not nil.
func checkPart(zf *zip.File, max int, ls *layoutScan) error {
	rc, err := zf.Open()
	if err != nil {
		return msg.Errorf(msg.IntegritySheetPartUnreadable, err)
	}
	defer rc.Close()
	_, err = scanPart(rc, max, ls)
	switch {
	case ls != nil && ls.err != nil:
		return ls.err
	case errors.Is(err, errTooDeep):
		return msg.Errorf(msg.IntegritySheetTooDeep, max)
	case errors.Is(err, errDeclaration):
		return msg.Errorf(msg.IntegritySheetDoctype)
	case err != nil:
		return msg.Errorf(msg.IntegritySheetPartDamaged, err)
	}
	return nil
}

// errTooDeep and errDeclaration are what maxNesting refuses; checkPart
// words them for the user (IntegritySheetTooDeep, IntegritySheetDoctype).
var (
	errTooDeep     = errors.New("nests elements too deep")           //msg:ok a sentinel, worded by checkPart
	errDeclaration = errors.New("holds a document type declaration") //msg:ok a sentinel, worded by checkPart
)

// maxNesting returns the deepest nesting of elements in an XML document,
// as encoding/xml's Decoder.Token would see it for a well-formed document
// (FuzzNesting compares them), failing as soon as it exceeds max. Text,
// attribute values, comments, CDATA sections and processing instructions
// are skipped; a declaration is an error. Malformed XML gives some depth
// and no error: the strict pass reports it.
func maxNesting(r io.Reader, max int) (int, error) { return scanPart(r, max, nil) }

// maxCaptured bounds the bytes of one start tag handed to the layout scan;
// a longer tag is not a layout element the scan needs.
const maxCaptured = 1024

// scanPart is maxNesting that also hands every start tag at depth 3 to
// ls, when not nil (see layoutScan).
func scanPart(r io.Reader, max int, ls *layoutScan) (int, error) {
	const (
		text    = iota
		lt      // after '<'
		start   // in a start tag
		quote   // in an attribute value
		end     // in an end tag
		pi      // in a processing instruction
		bang    // after "<!"
		comment // in a comment
		cdata   // in a CDATA section
	)
	const cdataOpen = "[CDATA["
	var (
		buf            = make([]byte, 64<<10)
		state          = text
		depth, deepest int
		q, last        byte // the quote that opened an attribute value; the previous byte of a tag
		run            int  // progress matching "<![CDATA[", or closing "-->", "]]>"
		capturing      bool // collecting a depth-3 start tag for ls
		capStart       int  // where the tag began in this chunk
		captured       []byte
	)
	for {
		n, rerr := r.Read(buf)
		b := buf[:n]
		for i := 0; i < len(b); i++ {
			c := b[i]
			switch state {
			case text:
				j := bytes.IndexByte(b[i:], '<')
				if j < 0 {
					i = len(b)
					continue
				}
				i += j
				state = lt
			case lt:
				switch c {
				case '/':
					state = end
				case '?':
					state, last = pi, 0
				case '!':
					state, run = bang, 0
				default:
					depth++
					if depth > deepest {
						deepest = depth
						if deepest > max {
							return deepest, errTooDeep
						}
					}
					state, last = start, c
					if ls != nil && depth == 3 && c != 'r' { // not <row>: one per row
						capturing, capStart, captured = true, i, captured[:0]
					}
				}
			case start:
				// The name and attributes up to a quote or the end of the
				// tag, in one tight loop: most of a sheet is tags.
				for c != '>' && c != '"' && c != '\'' {
					last = c
					if i++; i == len(b) {
						break
					}
					c = b[i]
				}
				switch {
				case i == len(b):
				case c == '>':
					if last == '/' {
						depth-- // an empty element
					}
					state = text
					if capturing {
						capturing = false
						if captured = append(captured, b[capStart:i]...); len(captured) <= maxCaptured {
							ls.tag(captured)
						}
					}
				default:
					state, q, last = quote, c, c
				}
			case quote:
				j := bytes.IndexByte(b[i:], q)
				if j < 0 {
					i = len(b)
					continue
				}
				i += j
				state, last = start, q
			case end:
				j := bytes.IndexByte(b[i:], '>')
				if j < 0 {
					i = len(b)
					continue
				}
				i += j
				depth--
				state = text
			case pi:
				if c == '>' && last == '?' {
					state = text
				}
				last = c
			case bang:
				switch {
				case run == 0 && c == '-':
					run = -1 // "<!-", a comment if another '-' follows
				case run == -1 && c == '-':
					state, run = comment, 0
				case run >= 0 && run < len(cdataOpen) && c == cdataOpen[run]:
					run++
					if run == len(cdataOpen) {
						state, run = cdata, 0
					}
				default:
					return deepest, errDeclaration
				}
			case comment, cdata:
				closing := byte('-')
				if state == cdata {
					closing = ']'
				}
				switch {
				case c == closing:
					run++
				case c == '>' && run >= 2:
					state, run = text, 0
				default:
					run = 0
				}
			}
		}
		if capturing {
			if captured = append(captured, b[capStart:]...); len(captured) > maxCaptured {
				capturing = false
			}
			capStart = 0
		}
		if ls != nil && ls.err != nil {
			return deepest, ls.err
		}
		if rerr == io.EOF {
			return deepest, nil
		}
		if rerr != nil {
			return deepest, rerr
		}
	}
}

// elements are the open elements of a document read with RawToken, which
// unlike Token does not check that end tags match their start tags. The
// library's streaming reader uses Token and ignores its errors: at a
// mismatched end tag it stops reading, silently, so the strict pass must
// refuse what Token would. The nesting is bounded, so that the list is
// short (Token's own is not).
type elements struct {
	names []xml.Name
	max   int
}

func (e *elements) start(n xml.Name) error {
	if len(e.names) >= e.max {
		return msg.Errorf(msg.IntegrityXMLTooDeep, e.max)
	}
	e.names = append(e.names, n)
	return nil
}

func (e *elements) end(n xml.Name) error {
	if len(e.names) == 0 {
		return msg.Errorf(msg.IntegrityXMLEndUnmatched, qname(n))
	}
	if top := e.names[len(e.names)-1]; top != n {
		return msg.Errorf(msg.IntegrityXMLEndMismatch, qname(top), qname(n))
	}
	e.names = e.names[:len(e.names)-1]
	return nil
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}
