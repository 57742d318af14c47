package rt

import (
	"strings"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt/fuel"
)

// This file implements str's core protocols: length, indexing and slicing by
// code point, iteration, comparison, concatenation, repetition, membership
// and repr. A str is a Go string (see value.go); ASCII strings take byte-wise
// fast paths.
//
// Typed API for statically typed generated code (no boxing, no dispatch):
//
//	len(s)            StrLen(s)              s[i]         StrIndex(s, i)
//	s[a:b]            StrSlice(s, a, b)      s[a:b:c]     StrGetSlice(s, a, b, c) (Values, None allowed)
//	s + t             StrConcat(s, t)        s == t, <    Go's ==, <
//	s * n             StrRepeat(s, n)
//	t in s            StrContains(s, t)      for c in s   NewStrIterator(s).NextStr()
//	repr(s), ascii(s) StrRepr, StrASCII      s % args     StrPercent(s, args)
//	s.split(...)      StrSplitWS, StrSplitSep, StrRSplitWS, StrRSplitSep, StrSplitLines
//	sep.join(list)    StrJoin(sep, []string) s.strip()    StrStrip, StrLStrip, StrRStrip, StrStripChars
//	s.find(t)         StrFind, StrRFind, StrCount, StrReplace, StrPartition, StrRPartition
//	s.upper() ...     StrUpper, StrLower, StrCasefold, StrTitle, StrCapitalize, StrSwapcase
//	s.isdigit() ...   StrIsDigit, StrIsAlpha, StrIsAlnum, StrIsSpace, ... (str_case.go)
//	s.center(...)     StrCenter, StrLJust, StrRJust, StrZFill, StrExpandTabs
//	s.format(...)     StrFormat, StrFormatMap; f"{x!r:spec}" FormatField (format.go)
//	s.encode(...)     Encode(s, enc, errors); b.decode(...) Decode (bytes_codec.go)
//
// Every other method is reached through StrType's methods (CallMethod).

// strByteOffset returns the byte offset of code point index i (0 <= i <= len) in s.
func strByteOffset(s string, i int) int {
	off := 0
	for ; i > 0 && off < len(s); i-- {
		if s[off] < utf8.RuneSelf {
			off++
			continue
		}
		_, n := txDecodeRune(s, off)
		off += n
	}
	return off
}

// strCPIndex returns the code point index of byte offset off in s.
func strCPIndex(s string, off int) int {
	if off <= 0 {
		return 0
	}
	return StrLen(s[:off])
}

// StrIndex returns s[i] with Python's negative indexes and IndexError.
func StrIndex(s string, i int) string {
	if i >= 0 && i < len(s) && s[i] < utf8.RuneSelf && txIsASCII(s[:i]) {
		return txAsciiStrs[s[i]]
	}
	if i < 0 && i >= -len(s) {
		// Walk back from the end: O(|i|), without the length.
		end := len(s)
		for k := -i; k > 1 && end > 0; k-- {
			_, n := txDecodeLastRune(s, end)
			end -= n
		}
		if end > 0 {
			r, n := txDecodeLastRune(s, end)
			if r < utf8.RuneSelf {
				return txAsciiStrs[r]
			}
			return s[end-n : end]
		}
		Raise(IndexError, "string index out of range")
	}
	if txIsASCII(s) {
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			Raise(IndexError, "string index out of range")
		}
		return txAsciiStrs[s[i]]
	}
	n := StrLen(s)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		Raise(IndexError, "string index out of range")
	}
	off := strByteOffset(s, i)
	r, _ := txDecodeRune(s, off)
	return txRuneStr(r)
}

// StrSlice returns s[lo:hi] (step 1) with Python's clamping of bounds.
func StrSlice(s string, lo, hi int) string {
	ascii := txIsASCII(s)
	n := len(s)
	if !ascii {
		n = StrLen(s)
	}
	lo, hi, cnt := txAdjustSlice(lo, hi, 1, n)
	if cnt == 0 {
		return ""
	}
	if ascii {
		return s[lo:hi]
	}
	b := strByteOffset(s, lo)
	e := b + strByteOffset(s[b:], hi-lo)
	return s[b:e]
}

// StrGetSlice returns s[start:stop:step] for bounds that are None or ints.
func StrGetSlice(s string, start, stop, step Value) string {
	ascii := txIsASCII(s)
	n := len(s)
	if !ascii {
		n = StrLen(s)
	}
	lo, hi, st, cnt := txSliceIndices(start, stop, step, n)
	return strSliceN(s, ascii, lo, hi, st, cnt)
}

func strSliceN(s string, ascii bool, lo, hi, st, cnt int) string {
	if cnt <= 0 {
		return ""
	}
	if st == 1 {
		if ascii {
			return s[lo:hi]
		}
		b := strByteOffset(s, lo)
		return s[b : b+strByteOffset(s[b:], hi-lo)]
	}
	if ascii {
		out := make([]byte, cnt)
		for i, j := 0, lo; i < cnt; i, j = i+1, j+st {
			out[i] = s[j]
		}
		return string(out)
	}
	rs := StrRunes(s)
	out := make([]byte, 0, cnt)
	for i, j := 0, lo; i < cnt; i, j = i+1, j+st {
		out = txAppendRune(out, rs[j])
	}
	return string(out)
}

// StrConcat returns s + t, charging the copy to the meter (ChargeBytes).
// Generated code must use it rather than Go's + so that a doubling loop is
// stopped by the memory budget.
func StrConcat(s, t string) string {
	ChargeBytes(len(s) + len(t))
	return s + t
}

// StrRepeat returns s * n.
func StrRepeat(s string, n Int) string {
	if n.big != nil {
		Raise(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if n.small <= 0 || s == "" {
		return ""
	}
	if n.small > fuel.MaxCount/int64(len(s)) {
		panic(NewException(MemoryError, "")) // beyond any budget
	}
	ChargeBytes(len(s) * int(n.small))
	if n.small > txMaxStrBytes/int64(len(s)) {
		panic(NewException(MemoryError, ""))
	}
	return strings.Repeat(s, int(n.small))
}

// txMaxStrBytes bounds the size of a str or bytes the runtime builds; larger
// requests raise MemoryError as CPython does when its allocation fails.
const txMaxStrBytes = 1 << 30

// Strings compare by code point with Go's own operators (<, ==, ...): the
// byte order of UTF-8, with surrogates as 3-byte WTF-8 sequences, is the
// code point order.

// StrContains returns sub in s.
func StrContains(s, sub string) bool { return strings.Contains(s, sub) }

// StrRepr returns repr(s) exactly as CPython: single quotes unless the text
// contains ' and no ", escapes for \\, the quote, \t \n \r, other control
// characters and non-printable code points.
func StrRepr(s string) string { return strRepr(s, false) }

// StrASCII returns ascii(s): repr with every non-ASCII code point escaped.
func StrASCII(s string) string { return strRepr(s, true) }

const txHexDigits = "0123456789abcdef"

func strRepr(s string, asciiOnly bool) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	ChargeText(len(s) + 2)
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b = append(b, '\\', c)
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c < ' ' || c == 0x7f:
				b = append(b, '\\', 'x', txHexDigits[c>>4], txHexDigits[c&15])
			default:
				b = append(b, c)
			}
			continue
		}
		r, n := txDecodeRune(s, i)
		if !asciiOnly && IsPrintableRune(r) {
			b = append(b, s[i:i+n]...)
		} else {
			b = appendEscapedRune(b, r)
		}
		i += n
	}
	return string(append(b, quote))
}

// appendEscapedRune appends \xhh, \uhhhh or \Uhhhhhhhh for r.
func appendEscapedRune(b []byte, r rune) []byte {
	switch {
	case r <= 0xff:
		return append(b, '\\', 'x', txHexDigits[r>>4], txHexDigits[r&15])
	case r <= 0xffff:
		return append(b, '\\', 'u', txHexDigits[r>>12], txHexDigits[r>>8&15], txHexDigits[r>>4&15], txHexDigits[r&15])
	}
	b = append(b, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		b = append(b, txHexDigits[r>>uint(sh)&15])
	}
	return b
}

// StrIterator iterates over the code points of a str.
type StrIterator struct {
	s     string
	off   int
	ascii bool
}

// StrIteratorType is the class of str iterators.
var StrIteratorType = iteratorClass("str_iterator")

// StrASCIIIteratorType is the class of iterators over ASCII-only strs
// (CPython 3.12+ names them str_ascii_iterator).
var StrASCIIIteratorType = iteratorClass("str_ascii_iterator")

// Class returns str_ascii_iterator or str_iterator, as CPython.
func (it *StrIterator) Class() *Class {
	if it.ascii {
		return StrASCIIIteratorType
	}
	return StrIteratorType
}

// Next returns the next one-character string.
func (it *StrIterator) Next() (Value, bool) {
	if it.off >= len(it.s) {
		return nil, false
	}
	c := it.s[it.off]
	if c < utf8.RuneSelf {
		it.off++
		return txAsciiStrs[c], true
	}
	r, n := txDecodeRune(it.s, it.off)
	it.off += n
	return txRuneStr(r), true
}

// NextStr is Next without boxing, for statically typed loops over a str.
func (it *StrIterator) NextStr() (string, bool) {
	if it.off >= len(it.s) {
		return "", false
	}
	c := it.s[it.off]
	if c < utf8.RuneSelf {
		it.off++
		return txAsciiStrs[c], true
	}
	r, n := txDecodeRune(it.s, it.off)
	it.off += n
	return txRuneStr(r), true
}

// NewStrIterator returns iter(s).
func NewStrIterator(s string) *StrIterator { return &StrIterator{s: s, ascii: txIsASCII(s)} }

// StrValuer is implemented by instances of str subclasses that are not Go
// strings (e.g. StrEnum members): str's slots and methods, reached through
// the subclass's MRO, operate on StrValue().
type StrValuer interface {
	StrValue() string
}

// strVal returns the str content of a value whose class derives from str.
func strVal(v Value) string {
	if s, ok := v.(string); ok {
		return s
	}
	if sv, ok := v.(StrValuer); ok {
		return sv.StrValue()
	}
	Raisef(TypeError, "expected str instance, ", typeName(v), " found")
	return ""
}

// strSelf returns the receiver of a str method, raising CPython's descriptor
// error when a method is called on a non-str (str.upper(1)).
func strSelf(name string, v Value) string {
	if s, ok := v.(string); ok {
		return s
	}
	if sv, ok := v.(StrValuer); ok {
		return sv.StrValue()
	}
	Raisef(TypeError, "descriptor '", name, "' for 'str' objects doesn't apply to a '", typeName(v), "' object")
	return ""
}

func strCompare(op CompareOp, a, b Value) Value {
	x, ok1 := a.(string)
	y, ok2 := b.(string)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	switch op {
	case OpLT:
		return x < y
	case OpLE:
		return x <= y
	case OpEQ:
		return x == y
	case OpNE:
		return x != y
	case OpGT:
		return x > y
	}
	return x >= y
}

// txOtherBinary lets the right operand's class try a binary operation before
// str raises its own TypeError (CPython tries nb_add/nb_multiply of both
// operands before sq_concat/sq_repeat).
func txOtherBinary(op BinaryOp, a, b Value, self *Class) Value {
	if c := TypeOf(b); c.Module == "builtins" {
		// Built-in types define no reflected operation with a str or
		// bytes left operand (CPython's sequence repeat/concat errors win).
		return NotImplemented
	}
	for _, m := range TypeOf(b).MRO {
		if m == self {
			break
		}
		if m.Slots.Binary != nil {
			return m.Slots.Binary(op, a, b)
		}
	}
	return NotImplemented
}

func strBinary(op BinaryOp, a, b Value) Value {
	switch op {
	case OpAdd:
		x, ok := a.(string)
		if !ok {
			return NotImplemented
		}
		if y, ok := b.(string); ok {
			ChargeBytes(len(x) + len(y))
			return x + y
		}
		if r := txOtherBinary(op, a, b, StrType); r != NotImplemented {
			return r
		}
		Raisef(TypeError, "can only concatenate str (not \"", typeName(b), "\") to str")
	case OpMul:
		if x, ok := a.(string); ok {
			if n, ok := txIntArg(b); ok {
				return StrRepeat(x, n)
			}
			if r := txOtherBinary(op, a, b, StrType); r != NotImplemented {
				return r
			}
			Raisef(TypeError, "can't multiply sequence by non-int of type '", typeName(b), "'")
		}
		y, ok := b.(string)
		if !ok {
			return NotImplemented
		}
		if n, ok := txIntArg(a); ok {
			return StrRepeat(y, n)
		}
		Raisef(TypeError, "can't multiply sequence by non-int of type '", typeName(a), "'")
	case OpMod:
		x, ok := a.(string)
		if !ok {
			return NotImplemented
		}
		return StrPercent(x, b)
	}
	return NotImplemented
}

// strGetItem implements s[key] for an int or slice key.
func strGetItem(v, key Value) Value {
	s := strVal(v)
	if i, ok := txIntArg(key); ok {
		if i.big != nil {
			Raise(IndexError, "cannot fit 'int' into an index-sized integer")
		}
		return StrIndex(s, int(i.small))
	}
	if start, stop, step, ok := txSliceParts(key); ok {
		return StrGetSlice(s, start, stop, step)
	}
	Raisef(TypeError, "string indices must be integers, not '", typeName(key), "'")
	return nil
}

func init() {

	sl := &StrType.Slots
	sl.Repr = func(v Value) string { return StrRepr(strVal(v)) }
	sl.Str = func(v Value) string { return strVal(v) }
	sl.Hash = func(v Value) int64 { return HashStr(strVal(v)) }
	sl.Bool = func(v Value) bool { return strVal(v) != "" }
	sl.Len = func(v Value) int { return StrLen(strVal(v)) }
	sl.Compare = strCompare
	sl.Binary = strBinary
	sl.GetItem = strGetItem
	sl.Contains = func(v, x Value) bool {
		sub, ok := x.(string)
		if !ok {
			Raisef(TypeError, "'in <string>' requires string as left operand, not ", typeName(x))
		}
		return strings.Contains(strVal(v), sub)
	}
	sl.Iter = func(v Value) Iterator { return NewStrIterator(strVal(v)) }
	sl.Format = func(v Value, spec string) string { return FormatStr(strVal(v), spec) }
}
