package integrity

// The fast path of the strict pass over worksheet XML (verifySheet).
//
// encoding/xml tokenises at ~25 MB/s, a quarter of a large build's CPU
// time. Spreadsheet writers (Excel, excelize, LibreOffice, openpyxl, POI)
// produce only a small, regular subset of XML, which a byte-level scanner
// reads an order of magnitude faster. scanSheet reads that subset and
// nothing else: on anything outside it (comments, CDATA, DOCTYPE, other
// processing instructions, unknown entities, unusual names or syntax) and
// on anything wrong with the document as XML (mismatched or unclosed tags,
// nesting too deep, an end cut off in the middle of a tag, a read error)
// it gives up, and verifySheet runs the encoding/xml path instead, which
// then gives the exact message. The fast scanner therefore never has to
// be a complete XML parser to be correct: it only has to be sure that
// what it accepts encoding/xml would read as the same tokens.
//
// Both paths drive the same rules (sheet.go) with the same sequence of element
// starts, ends and texts, so where the fast scanner finishes its result is
// identical to the slow path's by construction; FuzzSheetScan checks it.

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// scanBufSize is the buffer through which the fast scanner reads a part:
// large enough that the work per read is negligible, small enough to
// hold for every sheet checked at once.
const scanBufSize = 64 << 10

// scanMaxUnit bounds the buffer when one unit (a tag, or the text between
// two tags) does not fit in it: the scanner grows the buffer up to this
// size, then gives up. A cell holds at most 32,767 characters, at most
// ~330 KB even written as character references, so a legitimate sheet
// never reaches it; the memory held stays bounded whatever the part.
const scanMaxUnit = 1 << 20

// errFallback is why the fast scanner gave up; it is never shown.
var errFallback = errors.New("outside the fast scanner's subset of XML") //msg:ok never shown

// scanSheet is the fast path of verifySheet: it reads a worksheet part
// from r through a buffer of bufSize bytes (scanBufSize but in tests) and
// returns the strict pass's result and true, or false when the part is
// outside the subset of XML it reads, or damaged, or r fails: the caller
// then runs decodeSheet, which gives the exact result. It decides only
// after reading r to its clean end (io.EOF, which for a zip entry means
// size and CRC verified), even when it refuses the sheet early: the slow
// path, reading the same part, then necessarily sees the same bytes.
func scanSheet(r io.Reader, sstCount, maxDepth, bufSize int, c *collector) (*Verdict, bool) {
	s := &scanner{
		r:        r,
		buf:      make([]byte, max(bufSize, 1)),
		maxDepth: maxDepth,
		declOK:   true,
	}
	s.st = rules{v: &Verdict{}, sstCount: sstCount, c: c}
	switch err := s.run(); {
	case err == nil:
		s.st.finish(s.root, len(s.starts))
	case err == errRefused:
		// The sheet is refused (s.st.v.Damage): read on to the end, so that
		// a damaged container is reported as the slow path reports it.
		if s.rerr == nil {
			_, s.rerr = io.Copy(io.Discard, s.r)
			if s.rerr == nil {
				s.rerr = io.EOF
			}
		}
		if s.rerr != io.EOF {
			return nil, false
		}
	default:
		return nil, false
	}
	return s.st.v, true
}

// errRefused stops the fast scanner where the sheet's structure is
// refused (rows or cells out of order, a bad reference); the verdict's
// Damage says why.
var errRefused = errors.New("sheet refused") //msg:ok never shown: Damage says why

// scanner is the fast scanner's state: a window buf[pos:end] on the
// part, the open elements and the checks.
type scanner struct {
	r        io.Reader
	buf      []byte
	pos, end int
	rerr     error // r's error (io.EOF at the end), once met
	st       rules
	maxDepth int
	// names holds the names of the open elements, one after the other,
	// starting at starts[i], to match end tags against; kinds are their
	// kinds.
	names  []byte
	starts []int
	kinds  []elemKind
	root   string // the local name of the last top-level element
	// declOK: nothing but a byte order mark has been read, so an XML
	// declaration may follow.
	declOK  bool
	scratch []byte // decoded attribute values
	textBuf []byte // decoded text
}

// unit is the outcome of reading one unit (tag or text) at buf[pos:].
type unit uint8

const (
	unitDone    unit = iota // read: advance past it
	unitMore                // incomplete in the window: read more
	unitBad                 // outside the subset: give up
	unitRefused             // the sheet is refused by the rules
)

// run reads the part to its end, unit by unit: nil at a clean end,
// errRefused, or errFallback.
func (s *scanner) run() error {
	for {
		b := s.buf[s.pos:s.end]
		n, u := 0, unitMore
		if len(b) > 0 {
			if b[0] == '<' {
				n, u = s.markup(b)
			} else {
				n, u = s.text(b)
			}
		}
		switch u {
		case unitDone:
			s.pos += n
		case unitMore:
			if s.rerr != nil {
				if s.rerr == io.EOF && len(b) == 0 {
					return nil
				}
				// Cut off inside a unit, or a read error: the slow path
				// tells which, and where.
				return errFallback
			}
			if !s.fill() {
				return errFallback
			}
		case unitRefused:
			return errRefused
		default:
			return errFallback
		}
	}
}

// fill moves the unread bytes to the front of the buffer, growing it when
// they fill it (up to scanMaxUnit), and reads until the buffer is full or
// the reader fails or ends. Filling it whole, rather than taking what one
// read gives, bounds the work on a unit split across reads: it is parsed
// again only once the buffer is full, so a few times at most whatever the
// reader's pieces. It reports false when the unit would not fit.
func (s *scanner) fill() bool {
	if s.pos > 0 {
		s.end = copy(s.buf, s.buf[s.pos:s.end])
		s.pos = 0
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= scanMaxUnit {
			return false
		}
		nb := make([]byte, min(2*len(s.buf), scanMaxUnit))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	// io.Reader allows reads of nothing and no error; insist a little.
	for idle := 0; s.end < len(s.buf); {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.rerr = err
			return true
		}
		if n > 0 {
			idle = 0
		} else if idle++; idle == 100 {
			s.rerr = io.ErrNoProgress
			return true
		}
	}
	return true
}

// text reads the text from b[0] up to the next '<' (or the end of the
// part), which must be whole in b, as encoding/xml reads it: valid UTF-8
// of XML characters, only the five predefined entities and character
// references, no "]]>".
func (s *scanner) text(b []byte) (int, unit) {
	n, decode, st := scanChars(b, 0)
	switch st {
	case charsBad:
		return 0, unitBad
	case charsCut:
		return 0, unitMore
	case charsEnd:
		if s.rerr != io.EOF {
			return 0, unitMore
		}
	}
	run := b[:n]
	if s.declOK && string(run) != "\uFEFF" {
		s.declOK = false
	}
	if s.st.textStart() || s.st.c != nil {
		if decode {
			s.textBuf = appendDecoded(s.textBuf[:0], run)
			run = s.textBuf
		}
		s.st.text(run)
	}
	return n, unitDone
}

// markup reads the tag at b[0] == '<'.
func (s *scanner) markup(b []byte) (int, unit) {
	if len(b) < 2 {
		return 0, unitMore
	}
	switch b[1] {
	case '/':
		return s.endTag(b)
	case '?':
		if !s.declOK {
			return 0, unitBad
		}
		return s.decl(b)
	case '!':
		return 0, unitBad // comment, CDATA section or declaration
	}
	return s.startTag(b)
}

// startTag reads a start tag or an empty element at b[0] == '<'.
func (s *scanner) startTag(b []byte) (int, unit) {
	i, local, u := scanName(b, 1)
	if u != unitDone {
		return 0, u
	}
	name, lname := b[1:i], b[local:i]
	kind := kindOf(lname)
	var a tagAttrs
	var decode bool // an attribute read needs decoding
	empty := false
	for {
		j := skipSpace(b, i)
		if j == len(b) {
			return 0, unitMore
		}
		if b[j] == '>' {
			i = j + 1
			break
		}
		if b[j] == '/' {
			if j+1 == len(b) {
				return 0, unitMore
			}
			if b[j+1] != '>' {
				return 0, unitBad
			}
			i, empty = j+2, true
			break
		}
		if j == i {
			return 0, unitBad // no space before an attribute
		}
		k, alocal, u := scanName(b, j)
		if u != unitDone {
			return 0, u
		}
		aname := b[alocal:k]
		if k = skipSpace(b, k); k == len(b) {
			return 0, unitMore
		}
		if b[k] != '=' {
			return 0, unitBad
		}
		if k = skipSpace(b, k+1); k == len(b) {
			return 0, unitMore
		}
		q := b[k]
		if q != '"' && q != '\'' {
			return 0, unitBad
		}
		e, dec, st := scanChars(b[k+1:], q)
		switch st {
		case charsBad:
			return 0, unitBad
		case charsCut, charsEnd:
			return 0, unitMore
		}
		val := b[k+1 : k+1+e]
		// As the slow path, by local name, whatever the prefix.
		if kind == elemRow || kind == elemCell {
			a.add(aname, val)
			decode = decode || dec
		}
		i = k + 2 + e
	}
	// The tag is whole: act on it.
	if len(s.starts) >= s.maxDepth {
		return 0, unitBad
	}
	s.starts = append(s.starts, len(s.names))
	s.names = append(s.names, name...)
	s.kinds = append(s.kinds, kind)
	if len(s.starts) == 1 {
		if s.root != string(lname) {
			s.root = string(lname)
		}
	}
	if decode {
		// Decode every value taken (those without references decode to
		// themselves), each into its own stretch of scratch.
		s.scratch = s.scratch[:0]
		vals := [...]*[]byte{&a.r, &a.t, &a.s, &a.hidden}
		var ends [len(vals)]int
		for n, v := range vals {
			s.scratch = appendDecoded(s.scratch, *v)
			ends[n] = len(s.scratch)
		}
		from := 0
		for n, v := range vals {
			*v = s.scratch[from:ends[n]:ends[n]]
			from = ends[n]
		}
	}
	s.declOK = false
	if !s.st.start(kind, &a) {
		return 0, unitRefused
	}
	if empty {
		s.st.end(s.pop())
	}
	return i, unitDone
}

// pop closes the innermost open element and returns its kind.
func (s *scanner) pop() elemKind {
	n := len(s.starts) - 1
	kind := s.kinds[n]
	s.names, s.starts, s.kinds = s.names[:s.starts[n]], s.starts[:n], s.kinds[:n]
	return kind
}

// endTag reads an end tag at b[0:2] == "</", which must close the
// innermost open element.
func (s *scanner) endTag(b []byte) (int, unit) {
	if len(s.starts) == 0 {
		return 0, unitBad
	}
	top := s.names[s.starts[len(s.starts)-1]:]
	// Nearly always the end tag is exactly "</" + top + ">".
	if e := 2 + len(top); e < len(b) && b[e] == '>' && bytes.Equal(b[2:e], top) {
		s.st.end(s.pop())
		return e + 1, unitDone
	}
	i, _, u := scanName(b, 2)
	if u != unitDone {
		return 0, u
	}
	j := skipSpace(b, i)
	if j == len(b) {
		return 0, unitMore
	}
	if b[j] != '>' || !bytes.Equal(b[2:i], top) {
		return 0, unitBad
	}
	s.st.end(s.pop())
	return j + 1, unitDone
}

// decl reads the XML declaration at b[0:2] == "<?", allowed only at the
// start of the part: version 1.0, encoding UTF-8 if any, standalone yes
// or no, each at most once, values in quotes. encoding/xml checks the
// version and encoding (procInst): with this form it finds these very
// values.
func (s *scanner) decl(b []byte) (int, unit) {
	const maxDecl = 256
	e := bytes.Index(b, []byte("?>"))
	if e < 0 {
		if len(b) >= maxDecl {
			return 0, unitBad
		}
		return 0, unitMore
	}
	if e < 5 || string(b[:5]) != "<?xml" {
		return 0, unitBad
	}
	c := b[5:e]
	var seen [3]bool
	for {
		k := skipSpace(c, 0)
		if k == len(c) {
			break
		}
		if k == 0 {
			return 0, unitBad
		}
		c = c[k:]
		eq := bytes.IndexByte(c, '=')
		if eq < 0 || eq+1 >= len(c) || (c[eq+1] != '"' && c[eq+1] != '\'') {
			return 0, unitBad
		}
		q := c[eq+1]
		end := bytes.IndexByte(c[eq+2:], q)
		if end < 0 {
			return 0, unitBad
		}
		name, val := string(c[:eq]), string(c[eq+2:eq+2+end])
		var which int
		var ok bool
		switch name {
		case "version":
			which, ok = 0, val == "1.0"
		case "encoding":
			which, ok = 1, strings.EqualFold(val, "utf-8")
		case "standalone":
			which, ok = 2, val == "yes" || val == "no"
		}
		if !ok || seen[which] {
			return 0, unitBad
		}
		seen[which] = true
		c = c[eq+3+end:]
	}
	s.declOK = false
	return e + 2, unitDone
}

// skipSpace returns the index of the first byte from i on that is not XML
// white space (as encoding/xml's space), or len(b).
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\n' || b[i] == '\t' || b[i] == '\r') {
		i++
	}
	return i
}

// Name bytes of the subset: names are ASCII, a letter or '_' then letters,
// digits, '_', '.', '-', with at most one prefix. encoding/xml reads every
// such name alike (its Name.Space and Name.Local split at the colon).
const (
	nameStart = 1 << iota
	nameRest
)

var nameClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '_':
			t[c] = nameStart | nameRest
		case '0' <= c && c <= '9', c == '.', c == '-':
			t[c] = nameRest
		}
	}
	return t
}()

// scanName reads a name at b[i:], returning the index after it and the
// index of its local part (after the prefix). The byte after the name
// must be present and must not be one that encoding/xml would take as
// part of the name.
func scanName(b []byte, i int) (end, local int, u unit) {
	start := i
	local = i
	if i == len(b) {
		return 0, 0, unitMore
	}
	if nameClass[b[i]]&nameStart == 0 {
		return 0, 0, unitBad
	}
	for i++; ; i++ {
		if i == len(b) {
			return 0, 0, unitMore
		}
		c := b[i]
		if nameClass[c]&nameRest != 0 {
			continue
		}
		if c == ':' {
			if local != start {
				return 0, 0, unitBad // a second colon
			}
			if i+1 == len(b) {
				return 0, 0, unitMore
			}
			if nameClass[b[i+1]]&nameStart == 0 {
				return 0, 0, unitBad
			}
			local = i + 1
			continue
		}
		if c >= utf8.RuneSelf {
			return 0, 0, unitBad
		}
		return i, local, unitDone
	}
}

// Byte classes for scanChars.
const (
	chPlain   = iota
	chInvalid // a control character, not an XML character
	chCR      // rewritten to \n by encoding/xml
	chAmp     // an entity or character reference
	chLT      // the end of text; not allowed in an attribute value
	chGT      // not allowed after "]]" in text
	chQuote   // the end of an attribute value, if the one that opened it
	chHigh    // the start of a multi-byte sequence
)

var charClass = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		t[c] = chInvalid
	}
	t['\t'], t['\n'], t['\r'] = chPlain, chPlain, chCR
	t['&'], t['<'], t['>'], t['"'], t['\''] = chAmp, chLT, chGT, chQuote, chQuote
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = chHigh
	}
	return t
}()

// What scanChars found.
const (
	charsStop = iota // the end of the text or value
	charsEnd         // the end of b first
	charsCut         // a reference or character cut by the end of b
	charsBad         // something the fast scanner does not accept
)

// maxRef is the longest reference scanChars reads ("&#x10FFFF;" is 10
// bytes); a longer one (leading zeros) makes the scanner give up.
const maxRef = 12

// scanChars reads text (quote 0: up to '<') or an attribute value (up to
// quote) from b[0] as encoding/xml's text does, in one pass: valid UTF-8
// of XML characters (its isInCharacterRange), entities only the five
// predefined ones and character references of XML characters, no '<' in
// an attribute value, no "]]>" in text. It returns where the text ends,
// and decode when the bytes are not the value as they stand (a reference
// or a carriage return).
func scanChars(b []byte, quote byte) (end int, decode bool, st int) {
	i := 0
	for {
		for i < len(b) && charClass[b[i]] == chPlain {
			i++
		}
		if i == len(b) {
			return i, decode, charsEnd
		}
		switch c := b[i]; charClass[c] {
		case chQuote:
			if c == quote {
				return i, decode, charsStop
			}
			i++
		case chLT:
			if quote == 0 {
				return i, decode, charsStop
			}
			return 0, false, charsBad
		case chCR:
			decode = true
			i++
		case chGT:
			if quote == 0 && i >= 2 && b[i-1] == ']' && b[i-2] == ']' {
				return 0, false, charsBad
			}
			i++
		case chAmp:
			n, _ := entity(b[i:min(len(b), i+maxRef)])
			if n == 0 {
				if len(b)-i < maxRef && bytes.IndexByte(b[i:], ';') < 0 {
					return 0, false, charsCut
				}
				return 0, false, charsBad
			}
			decode = true
			i += n
		case chHigh:
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				if !utf8.FullRune(b[i:]) {
					return 0, false, charsCut
				}
				return 0, false, charsBad
			}
			if r == 0xFFFE || r == 0xFFFF {
				return 0, false, charsBad
			}
			i += n
		default: // chInvalid
			return 0, false, charsBad
		}
	}
}

// entity reads the reference at b[0] == '&' as encoding/xml does, and
// returns its length and the character it stands for, or 0 when it is
// anything else than a predefined entity or a reference to an XML
// character (encoding/xml refuses those, or the scanner is unsure).
func entity(b []byte) (int, rune) {
	semi := bytes.IndexByte(b, ';')
	if semi < 2 {
		return 0, 0
	}
	ref := b[1:semi]
	switch string(ref) {
	case "lt":
		return semi + 1, '<'
	case "gt":
		return semi + 1, '>'
	case "amp":
		return semi + 1, '&'
	case "apos":
		return semi + 1, '\''
	case "quot":
		return semi + 1, '"'
	}
	if ref[0] != '#' || len(ref) < 2 {
		return 0, 0
	}
	digits, base := ref[1:], uint64(10)
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 {
		return 0, 0
	}
	var n uint64
	for _, c := range digits {
		var d uint64
		switch {
		case '0' <= c && c <= '9':
			d = uint64(c - '0')
		case base == 16 && 'a' <= c && c <= 'f':
			d = uint64(c-'a') + 10
		case base == 16 && 'A' <= c && c <= 'F':
			d = uint64(c-'A') + 10
		default:
			return 0, 0
		}
		if n = n*base + d; n > utf8.MaxRune {
			return 0, 0
		}
	}
	// As string(rune(n)) in encoding/xml: a surrogate becomes U+FFFD.
	r := rune(n)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	if !isXMLChar(r) {
		return 0, 0
	}
	return semi + 1, r
}

// isXMLChar is encoding/xml's isInCharacterRange.
func isXMLChar(r rune) bool {
	return r == 0x09 ||
		r == 0x0A ||
		r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// appendDecoded appends the value of a text or attribute value that
// scanChars accepted, as encoding/xml returns it: references replaced,
// "\r\n" and a lone "\r" read as "\n".
func appendDecoded(dst, b []byte) []byte {
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '&':
			n, r := entity(b[i:])
			dst = utf8.AppendRune(dst, r)
			i += n - 1
		case '\r':
			dst = append(dst, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
