package json

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// JSONDecodeError is json.JSONDecodeError (json.decoder.JSONDecodeError), a
// ValueError subclass whose instances carry msg, doc, pos, lineno and colno.
var JSONDecodeError = rt.NewClass("JSONDecodeError", "json.decoder", rt.ValueError)

// MaxDepth is the nesting depth at which loads raises RecursionError, as
// CPython's C scanner does through its C recursion limit (observed: 9998
// nested arrays decode at top level, 9999 do not).
const MaxDepth = 9998

// NewDecodeError builds a JSONDecodeError for msg at code-point position pos
// of doc, with CPython's "msg: line L column C (char P)" message.
func NewDecodeError(msg, doc string, pos int) *rt.Exception {
	lineno, colno := linecol(doc, pos)
	text := msg + ": line " + strconv.Itoa(lineno) + " column " + strconv.Itoa(colno) + " (char " + strconv.Itoa(pos) + ")"
	e := rt.NewException(JSONDecodeError, text)
	e.Attrs = []rt.KW{
		{Name: "msg", Value: msg},
		{Name: "doc", Value: doc},
		{Name: "pos", Value: rt.IntFromInt64(int64(pos))},
		{Name: "lineno", Value: rt.IntFromInt64(int64(lineno))},
		{Name: "colno", Value: rt.IntFromInt64(int64(colno))},
	}
	return e
}

// linecol converts a code-point position into 1-based line and column.
func linecol(doc string, pos int) (int, int) {
	off := byteOffset(doc, pos)
	line := strings.Count(doc[:off], "\n") + 1
	if line == 1 {
		return 1, pos + 1
	}
	nl := strings.LastIndexByte(doc[:off], '\n')
	return line, pos - cpIndex(doc, nl)
}

// cpIndex returns the code-point index of byte offset off in s (UTF-8 or
// WTF-8: every code point has exactly one non-continuation byte).
func cpIndex(s string, off int) int {
	n := 0
	for i := 0; i < off; i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// byteOffset returns the byte offset of code point pos (len(s) past the end).
func byteOffset(s string, pos int) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if n == pos {
				return i
			}
			n++
		}
	}
	return len(s)
}

// Decoder holds the options of a JSONDecoder.
type Decoder struct {
	ObjectHook     rt.Value // callable or nil
	PairsHook      rt.Value
	ParseFloat     rt.Value
	ParseInt       rt.Value
	ParseConstant  rt.Value
	NonStrict      bool // strict=False: control characters allowed in strings
	hasHooks       bool
	doc            string
	ascii          bool
	depth          int
	scratch        []byte
	keyMemo        map[string]rt.Value // lookups only
	objectHookUsed bool
}

func (d *Decoder) fail(msg string, off int) {
	pos := off
	if !d.ascii {
		pos = cpIndex(d.doc, off)
	}
	panic(NewDecodeError(msg, d.doc, pos))
}

// stop is the StopIteration of CPython's scanner: "Expecting value" at off.
func (d *Decoder) stop(off int) { d.fail("Expecting value", off) }

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *Decoder) skipWS(i int) int {
	s := d.doc
	for i < len(s) && isWS(s[i]) {
		i++
	}
	return i
}

// Loads is json.loads(s) with the decoder's options, s a str.
func (d *Decoder) Loads(s string) rt.Value {
	if strings.HasPrefix(s, "\ufeff") {
		panic(NewDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0))
	}
	d.setDoc(s)
	d.keyMemo = nil
	i := d.skipWS(0)
	v, end := d.scan(i)
	end = d.skipWS(end)
	if end != len(s) {
		d.fail("Extra data", end)
	}
	return v
}

// RawDecode is JSONDecoder.raw_decode(s, idx): it decodes one value starting
// exactly at code-point index idx and returns it with the index after it.
func (d *Decoder) RawDecode(s string, idx int) (rt.Value, int) {
	d.setDoc(s)
	if idx < 0 {
		rt.Raise(rt.ValueError, "idx cannot be negative")
	}
	off := idx
	if !d.ascii {
		off = byteOffset(s, idx)
	}
	if off >= len(s) {
		panic(NewDecodeError("Expecting value", s, idx))
	}
	v, end := d.scan(off)
	if !d.ascii {
		return v, cpIndex(s, end)
	}
	return v, end
}

func (d *Decoder) setDoc(s string) {
	rt.ChargeScan(len(s))
	d.doc = s
	d.ascii = true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			d.ascii = false
			break
		}
	}
	d.hasHooks = d.ObjectHook != nil || d.PairsHook != nil || d.ParseFloat != nil || d.ParseInt != nil || d.ParseConstant != nil
}

// scan is scan_once: it decodes the value at byte offset i.
func (d *Decoder) scan(i int) (rt.Value, int) {
	s := d.doc
	if i >= len(s) {
		d.stop(i)
	}
	switch s[i] {
	case '"':
		str, end := d.scanString(i + 1)
		return str, end
	case '{':
		d.enter("object")
		v, end := d.parseObject(i + 1)
		d.depth--
		return v, end
	case '[':
		d.enter("array")
		v, end := d.parseArray(i + 1)
		d.depth--
		return v, end
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return rt.None, i + 4
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return true, i + 4
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return false, i + 5
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return d.constant("NaN"), i + 3
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return d.constant("Infinity"), i + 8
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return d.constant("-Infinity"), i + 9
		}
	}
	return d.number(i)
}

func (d *Decoder) enter(kind string) {
	d.depth++
	if d.depth > MaxDepth {
		d.depth = 0
		rt.Raise(rt.RecursionError, "maximum recursion depth exceeded while decoding a JSON "+kind+" from a unicode string")
	}
}

func (d *Decoder) constant(name string) rt.Value {
	if d.ParseConstant != nil {
		return rt.Call(d.ParseConstant, []rt.Value{name}, nil)
	}
	switch name {
	case "NaN":
		return nan()
	case "Infinity":
		return inf(1)
	}
	return inf(-1)
}

// number is _match_number_unicode.
func (d *Decoder) number(start int) (rt.Value, int) {
	s := d.doc
	i := start
	if s[i] == '-' {
		i++
		if i >= len(s) {
			d.stop(start)
		}
	}
	switch c := s[i]; {
	case c >= '1' && c <= '9':
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	case c == '0':
		i++
	default:
		d.stop(start)
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i+1 < len(s) && (s[i] == 'e' || s[i] == 'E') {
		eStart := i
		i++
		if i+1 < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if isDigit(s[i-1]) {
			isFloat = true
		} else {
			i = eStart
		}
	}
	num := s[start:i]
	if isFloat {
		if d.ParseFloat != nil {
			return rt.Call(d.ParseFloat, []rt.Value{num}, nil), i
		}
		f, err := strconv.ParseFloat(num, 64)
		if err != nil && !isRangeErr(err) {
			rt.Raise(rt.ValueError, "could not convert string to float: "+rt.StrRepr(num))
		}
		return f, i
	}
	if d.ParseInt != nil {
		return rt.Call(d.ParseInt, []rt.Value{num}, nil), i
	}
	if len(num) < 19 {
		n, _ := strconv.ParseInt(num, 10, 64)
		if n >= smallIntMin && n <= smallIntMax {
			return smallInts[n-smallIntMin], i
		}
		return rt.IntFromInt64(n), i
	}
	return rt.IntFromString(num, 10), i
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanString is scanstring_unicode: i is the offset after the opening quote.
func (d *Decoder) scanString(i int) (string, int) {
	s := d.doc
	begin := i - 1
	// Fast path: no escapes.
	j := i
	for j < len(s) {
		c := s[j]
		if c == '"' {
			return s[i:j], j + 1
		}
		if c == '\\' {
			break
		}
		if c <= 0x1f && !d.NonStrict {
			d.fail("Invalid control character at", j)
		}
		j++
	}
	if j >= len(s) {
		d.fail("Unterminated string starting at", begin)
	}
	buf := append(d.scratch[:0], s[i:j]...)
	end := j
	for {
		// Find the end of the string or the next escape.
		next := end
		var c byte
		for ; next < len(s); next++ {
			c = s[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f && !d.NonStrict {
				d.fail("Invalid control character at", next)
			}
		}
		if next >= len(s) {
			d.fail("Unterminated string starting at", begin)
		}
		buf = append(buf, s[end:next]...)
		next++
		if c == '"' {
			end = next
			break
		}
		if next == len(s) {
			d.fail("Unterminated string starting at", begin)
		}
		c = s[next]
		if c != 'u' {
			end = next + 1
			switch c {
			case '"', '\\', '/':
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			default:
				d.fail("Invalid \\escape", end-2)
			}
			buf = append(buf, c)
			continue
		}
		next++
		end = next + 4
		if end >= len(s) {
			d.fail("Invalid \\uXXXX escape", next-1)
		}
		r, ok := hex4(s[next:end])
		if !ok {
			d.fail("Invalid \\uXXXX escape", end-5)
		}
		next = end
		if r >= 0xD800 && r <= 0xDBFF && end+6 < len(s) && s[next] == '\\' && s[next+1] == 'u' {
			end += 6
			r2, ok := hex4(s[next+2 : end])
			if !ok {
				d.fail("Invalid \\uXXXX escape", end-5)
			}
			if r2 >= 0xDC00 && r2 <= 0xDFFF {
				r = 0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00)
			} else {
				end -= 6
			}
		}
		buf = appendWTF8(buf, r)
	}
	d.scratch = buf
	return string(buf), end
}

func hex4(h string) (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		c := h[i]
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

// appendWTF8 appends r, encoding lone surrogates as three-byte sequences as
// the runtime's str representation does.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// parseObject is _parse_object_unicode: i is the offset after '{'.
func (d *Decoder) parseObject(i int) (rt.Value, int) {
	s := d.doc
	var dict *rt.Dict
	var pairs []rt.Value
	if d.PairsHook == nil {
		dict = rt.NewDict(8)
	}
	i = d.skipWS(i)
	if i >= len(s) || s[i] != '}' {
		for {
			if i >= len(s) || s[i] != '"' {
				d.fail("Expecting property name enclosed in double quotes", i)
			}
			key, next := d.scanString(i + 1)
			i = d.skipWS(next)
			if i >= len(s) || s[i] != ':' {
				d.fail("Expecting ':' delimiter", i)
			}
			i = d.skipWS(i + 1)
			val, next := d.scan(i)
			if dict != nil {
				// Keys repeat across objects: reuse one boxed string per
				// distinct key (as CPython's scanner memoises keys).
				bk, ok := d.keyMemo[key]
				if !ok {
					if d.keyMemo == nil {
						d.keyMemo = map[string]rt.Value{}
					}
					bk = rt.Value(key)
					d.keyMemo[key] = bk
				}
				dict.Set(bk, val)
			} else {
				pairs = append(pairs, rt.NewTuple(key, val))
			}
			i = d.skipWS(next)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				d.fail("Expecting ',' delimiter", i)
			}
			comma := i
			i = d.skipWS(i + 1)
			if i < len(s) && s[i] == '}' {
				d.fail("Illegal trailing comma before end of object", comma)
			}
		}
	}
	if d.PairsHook != nil {
		return rt.Call(d.PairsHook, []rt.Value{rt.NewList(pairs)}, nil), i + 1
	}
	if d.ObjectHook != nil {
		return rt.Call(d.ObjectHook, []rt.Value{dict}, nil), i + 1
	}
	return dict, i + 1
}

// parseArray is _parse_array_unicode: i is the offset after '['.
func (d *Decoder) parseArray(i int) (rt.Value, int) {
	s := d.doc
	var items []rt.Value
	i = d.skipWS(i)
	if i >= len(s) || s[i] != ']' {
		items = make([]rt.Value, 0, 4)
		for {
			val, next := d.scan(i)
			items = append(items, val)
			i = d.skipWS(next)
			if i < len(s) && s[i] == ']' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				d.fail("Expecting ',' delimiter", i)
			}
			comma := i
			i = d.skipWS(i + 1)
			if i < len(s) && s[i] == ']' {
				d.fail("Illegal trailing comma before end of array", comma)
			}
		}
	}
	if items == nil {
		items = []rt.Value{}
	}
	rt.ChargeItems(len(items))
	return rt.NewList(items), i + 1
}

// docString converts the argument of loads: str as is; bytes and bytearray
// decoded after detecting UTF-8/16/32 as json.detect_encoding does.
func docString(v rt.Value) string {
	switch x := v.(type) {
	case string:
		return x
	}
	b, ok := stdutil.BytesLike(v)
	if !ok {
		rt.Raisef(rt.TypeError, "the JSON object must be str, bytes or bytearray, not ", rt.TypeName(v))
	}
	return decodeBytes(b)
}

const smallIntMin, smallIntMax = -16, 1024

// smallInts holds boxed small ints so that decoding them does not allocate.
var smallInts = func() []rt.Value {
	out := make([]rt.Value, smallIntMax-smallIntMin+1)
	for i := range out {
		out[i] = rt.IntFromInt64(int64(i + smallIntMin))
	}
	return out
}()

var pDecodeError = &rt.Params{Func: "JSONDecodeError.__init__", Names: []string{"msg", "doc", "pos"}, Required: 3}

func init() {
	rt.SetConstructor(JSONDecodeError, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var msg, doc, pos rt.Value
		pDecodeError.Unpack(args, kwargs, &msg, &doc, &pos)
		m, ok1 := msg.(string)
		d, ok2 := doc.(string)
		if !ok1 || !ok2 {
			rt.Raise(rt.TypeError, "JSONDecodeError() arguments must be str, str, int")
		}
		p := int(stdutil.Int(pos))
		if p < 0 || p > len(d) {
			rt.Raise(rt.IndexError, "string index out of range")
		}
		return NewDecodeError(m, d, p)
	})
}
