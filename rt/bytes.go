package rt

import (
	"strconv"
	"strings"
)

// This file implements the protocols of bytes and bytearray: repr,
// comparison, concatenation, repetition, indexing (an int) and slicing,
// membership, iteration, hashing and the constructors. Their methods are in
// bytes_methods.go; bytearray's mutation in bytearray.go.

// BytesRepr returns repr(b): b'...' with CPython's quote choice and escapes.
func BytesRepr(b string) string { return bytesRepr(b, false) }

// bytesRepr renders b'...'; bytearray's repr escapes ' even inside "...".
func bytesRepr(b string, escapeSingle bool) string {
	quote := byte('\'')
	if strings.IndexByte(b, '\'') >= 0 && strings.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	ChargeText(len(b) + 3)
	out := make([]byte, 0, len(b)+3)
	out = append(out, 'b', quote)
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == quote || c == '\\' || (escapeSingle && c == '\''):
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			out = append(out, '\\', 'x', txHexDigits[c>>4], txHexDigits[c&15])
		default:
			out = append(out, c)
		}
	}
	return string(append(out, quote))
}

// bytesOf returns the content of a bytes-like value (bytes or bytearray).
func bytesOf(v Value) (string, bool) {
	switch x := v.(type) {
	case Bytes:
		return string(x), true
	case *ByteArray:
		return string(x.B), true
	}
	return "", false
}

// bytesArg returns the content of a bytes-like argument or raises
// "a bytes-like object is required, not 'str'".
func bytesArg(v Value) string {
	s, ok := bytesOf(v)
	if !ok {
		Raisef(TypeError, "a bytes-like object is required, not '", typeName(v), "'")
	}
	return s
}

// byteValue converts an int to a byte value, raising CPython's errors.
func byteValue(v Value, msg string) byte {
	i, ok := txIntArg(v)
	if !ok {
		Raisef(TypeError, "'", typeName(v), "' object cannot be interpreted as an integer")
	}
	if i.big != nil || i.small < 0 || i.small > 255 {
		Raise(ValueError, msg)
	}
	return byte(i.small)
}

// BytesIndex returns b[i] (an int) with negative indexes.
func BytesIndex(b string, i int, what string) Int {
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		if what != "" {
			what += " "
		}
		Raise(IndexError, what+"index out of range")
	}
	return Int{small: int64(b[i])}
}

// bytesSlice returns b[start:stop:step].
func bytesSlice(b string, start, stop, step Value) string {
	lo, hi, st, cnt := txSliceIndices(start, stop, step, len(b))
	if cnt <= 0 {
		return ""
	}
	if st == 1 {
		return b[lo:hi]
	}
	out := make([]byte, cnt)
	for i, j := 0, lo; i < cnt; i, j = i+1, j+st {
		out[i] = b[j]
	}
	return string(out)
}

// wrapBytes returns s as bytes, or as a new bytearray when ba.
func wrapBytes(s string, ba bool) Value {
	if ba {
		return &ByteArray{B: []byte(s)}
	}
	return Bytes(s)
}

func bytesCompare(op CompareOp, a, b Value) Value {
	x, ok1 := bytesOf(a)
	y, ok2 := bytesOf(b)
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

func bytesBinary(op BinaryOp, a, b Value) Value {
	_, ba := a.(*ByteArray)
	switch op {
	case OpAdd:
		x, ok := bytesOf(a)
		if !ok {
			return NotImplemented
		}
		y, ok := bytesOf(b)
		if !ok {
			if r := txOtherBinary(op, a, b, TypeOf(a)); r != NotImplemented {
				return r
			}
			Raisef(TypeError, "can't concat ", typeName(b), " to ", typeName(a))
		}
		ChargeBytes(len(x) + len(y))
		return wrapBytes(x+y, ba)
	case OpMul:
		if x, ok := bytesOf(a); ok {
			if n, ok := txIntArg(b); ok {
				return wrapBytes(StrRepeat(x, n), ba)
			}
			if r := txOtherBinary(op, a, b, TypeOf(a)); r != NotImplemented {
				return r
			}
			Raisef(TypeError, "can't multiply sequence by non-int of type '", typeName(b), "'")
		}
		y, ok := bytesOf(b)
		if !ok {
			return NotImplemented
		}
		_, bba := b.(*ByteArray)
		if n, ok := txIntArg(a); ok {
			return wrapBytes(StrRepeat(y, n), bba)
		}
		Raisef(TypeError, "can't multiply sequence by non-int of type '", typeName(a), "'")
	case OpMod:
		x, ok := bytesOf(a)
		if !ok {
			return NotImplemented
		}
		out := percentFormat(x, b, true)
		ChargeBytes(len(out))
		return wrapBytes(string(out), ba)
	}
	return NotImplemented
}

func bytesContains(b string, x Value) bool {
	if s, ok := bytesOf(x); ok {
		return strings.Contains(b, s)
	}
	if _, ok := txIntArg(x); ok {
		return strings.IndexByte(b, byteValue(x, "byte must be in range(0, 256)")) >= 0
	}
	Raisef(TypeError, "a bytes-like object is required, not '", typeName(x), "'")
	return false
}

// BytesIterator iterates over the byte values of a bytes or bytearray.
type BytesIterator struct {
	b  string
	ba *ByteArray
	i  int
}

// BytesIteratorType is the class of bytes iterators.
var BytesIteratorType = iteratorClass("bytes_iterator")

// ByteArrayIteratorType is the class of bytearray iterators.
var ByteArrayIteratorType = iteratorClass("bytearray_iterator")

// Class returns bytes_iterator or bytearray_iterator.
func (it *BytesIterator) Class() *Class {
	if it.ba != nil {
		return ByteArrayIteratorType
	}
	return BytesIteratorType
}

// Next returns the next byte as an int.
func (it *BytesIterator) Next() (Value, bool) {
	if it.ba != nil {
		if it.i >= len(it.ba.B) {
			return nil, false
		}
		v := it.ba.B[it.i]
		it.i++
		return Int{small: int64(v)}, true
	}
	if it.i >= len(it.b) {
		return nil, false
	}
	v := it.b[it.i]
	it.i++
	return Int{small: int64(v)}, true
}

// bytesFromValue implements bytes(x) / bytearray(x) for one argument.
func bytesFromValue(x Value, what string) []byte {
	switch v := x.(type) {
	case Bytes:
		return []byte(v)
	case *ByteArray:
		return append([]byte(nil), v.B...)
	case string:
		Raise(TypeError, "string argument without an encoding")
	case Int, bool:
		n := txSsizeArg(v)
		if n < 0 {
			Raise(ValueError, "negative count")
		}
		ChargeBytes(n)
		if n > txMaxStrBytes {
			panic(NewException(MemoryError, ""))
		}
		return make([]byte, n)
	case *List:
		return bytesFromItems(v.Items)
	case *Tuple:
		return bytesFromItems(v.Items)
	}
	if _, ok := txIntArg(x); ok {
		n := txSsizeArg(x)
		if n < 0 {
			Raise(ValueError, "negative count")
		}
		ChargeBytes(n)
		return make([]byte, n)
	}
	if !txIsIterable(x) {
		Raisef(TypeError, "cannot convert '", typeName(x), "' object to ", what)
	}
	var out []byte
	it := Iter(x)
	for {
		v, ok := it.Next()
		if !ok {
			return out
		}
		out = append(out, byteValue(v, "bytes must be in range(0, 256)"))
	}
}

func bytesFromItems(items []Value) []byte {
	out := make([]byte, len(items))
	for i, v := range items {
		out[i] = byteValue(v, "bytes must be in range(0, 256)")
	}
	return out
}

var bytesNewParams = &Params{Func: "bytes", Names: []string{"source", "encoding", "errors"}}
var bytearrayNewParams = &Params{Func: "bytearray", Names: []string{"source", "encoding", "errors"}}

// newBytesContent implements the constructor arguments shared by bytes()
// and bytearray().
func newBytesContent(p *Params, what string, args []Value, kwargs []KW) []byte {
	var src, encV, errV Value
	p.Unpack(args, kwargs, &src, &encV, &errV)
	if encV != nil || errV != nil {
		s, ok := src.(string)
		if !ok {
			if src == nil {
				if encV != nil {
					Raise(TypeError, "encoding without a string argument")
				}
				Raise(TypeError, "errors without a string argument")
			}
			if encV != nil {
				Raise(TypeError, "encoding without a string argument")
			}
			Raise(TypeError, "errors without a string argument")
		}
		enc, errs := codecArgs(what, encV, errV)
		return []byte(Encode(s, enc, errs))
	}
	if src == nil {
		return nil
	}
	return bytesFromValue(src, what)
}

func init() {

	sl := &BytesType.Slots
	sl.Repr = func(v Value) string { return BytesRepr(string(v.(Bytes))) }
	sl.Hash = func(v Value) int64 { return HashBytes(v.(Bytes)) }
	sl.Len = func(v Value) int { return len(v.(Bytes)) }
	sl.Bool = func(v Value) bool { return len(v.(Bytes)) != 0 }
	sl.Compare = bytesCompare
	sl.Binary = bytesBinary
	sl.GetItem = func(v, key Value) Value {
		b := string(v.(Bytes))
		if i, ok := txIntArg(key); ok {
			if i.big != nil {
				Raise(IndexError, "cannot fit 'int' into an index-sized integer")
			}
			return BytesIndex(b, int(i.small), "")
		}
		if start, stop, step, ok := txSliceParts(key); ok {
			return Bytes(bytesSlice(b, start, stop, step))
		}
		Raisef(TypeError, "byte indices must be integers or slices, not ", typeName(key))
		return nil
	}
	sl.Contains = func(v, x Value) bool { return bytesContains(string(v.(Bytes)), x) }
	sl.Iter = func(v Value) Iterator { return &BytesIterator{b: string(v.(Bytes))} }
	SetConstructor(BytesType, func(args []Value, kwargs []KW) Value {
		return Bytes(newBytesContent(bytesNewParams, "bytes", args, kwargs))
	})
	SetConstructor(StrType, strConstruct)
}

var strNewParams = &Params{Func: "str", Names: []string{"object", "encoding", "errors"}}

// strConstruct implements str(object=”, encoding='utf-8', errors='strict').
func strConstruct(args []Value, kwargs []KW) Value {
	if len(args) == 1 && len(kwargs) == 0 {
		return Str(args[0])
	}
	var obj, encV, errV Value
	strNewParams.Unpack(args, kwargs, &obj, &encV, &errV)
	if obj == nil {
		obj = ""
	}
	if encV == nil && errV == nil {
		return Str(obj)
	}
	b, ok := bytesOf(obj)
	if !ok {
		if _, isStr := obj.(string); isStr {
			Raise(TypeError, "decoding str is not supported")
		}
		Raisef(TypeError, "decoding to str: need a bytes-like object, ", typeName(obj), " found")
	}
	enc, errs := codecArgs("str", encV, errV)
	return Decode(b, enc, errs)
}

// bytesHex implements bytes.hex([sep[, bytes_per_sep]]).
func bytesHex(b string, args []Value, kwargs []KW) string {
	var sepV, perV Value
	bytesHexParams.Unpack(args, kwargs, &sepV, &perV)
	if sepV == nil {
		out := make([]byte, len(b)*2)
		for i := 0; i < len(b); i++ {
			out[2*i], out[2*i+1] = txHexDigits[b[i]>>4], txHexDigits[b[i]&15]
		}
		return string(out)
	}
	var sep string
	switch x := sepV.(type) {
	case string:
		if StrLen(x) != 1 {
			Raise(ValueError, "sep must be length 1.")
		}
		if x[0] >= 0x80 {
			Raise(ValueError, "sep must be ASCII.")
		}
		sep = x
	default:
		s, ok := bytesOf(sepV)
		if !ok {
			Raisef(TypeError, "object of type '", typeName(sepV), "' has no len()")
		}
		if len(s) != 1 {
			Raise(ValueError, "sep must be length 1.")
		}
		if s[0] >= 0x80 {
			Raise(ValueError, "sep must be ASCII.")
		}
		sep = s
	}
	per := 1
	if perV != nil {
		i, ok := txIntArg(perV)
		if !ok {
			Raisef(TypeError, "'", typeName(perV), "' object cannot be interpreted as an integer")
		}
		if i.big != nil || i.small > 1<<31-1 || i.small < -(1<<31) {
			Raise(OverflowError, "Python int too large to convert to C int")
		}
		per = int(i.small)
	}
	if len(b) == 0 {
		return ""
	}
	abs := per
	if abs < 0 {
		abs = -abs
	}
	if abs == 0 || abs >= len(b) {
		return bytesHex(b, nil, nil)
	}
	var out strings.Builder
	// Groups count from the right for positive bytes_per_sep, from the left
	// for negative.
	first := len(b) % abs
	if per < 0 || first == 0 {
		first = abs
	}
	for i := 0; i < len(b); i++ {
		if i > 0 && (i-first)%abs == 0 && i >= first {
			out.WriteString(sep)
		}
		out.WriteByte(txHexDigits[b[i]>>4])
		out.WriteByte(txHexDigits[b[i]&15])
	}
	return out.String()
}

var bytesHexParams = &Params{Func: "hex", Names: []string{"sep", "bytes_per_sep"}}

// BytesFromHex implements bytes.fromhex(s).
func BytesFromHex(s string) []byte {
	out := make([]byte, 0, len(s)/2)
	hexVal := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	isWS := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' }
	i := 0
	for i < len(s) {
		if isWS(s[i]) {
			i++
			continue
		}
		hi := hexVal(s[i])
		if hi < 0 {
			Raisef(ValueError, "non-hexadecimal number found in fromhex() arg at position ", strconv.Itoa(StrLen(s[:i])))
		}
		if i+1 >= len(s) {
			Raisef(ValueError, "non-hexadecimal number found in fromhex() arg at position ", strconv.Itoa(StrLen(s[:i+1])))
		}
		lo := hexVal(s[i+1])
		if lo < 0 {
			Raisef(ValueError, "non-hexadecimal number found in fromhex() arg at position ", strconv.Itoa(StrLen(s[:i+1])))
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	return out
}
