package rt

import (
	"math"
	"math/big"
	"strconv"
)

// This file gives int (and, through the MRO, bool) its dynamic protocols:
// slots, methods, attributes and the int() constructor.

// AsInt returns v as an Int if it is an int or a bool.
func AsInt(v Value) (Int, bool) {
	switch x := v.(type) {
	case Int:
		return x, true
	case bool:
		if x {
			return Int{small: 1}, true
		}
		return Int{}, true
	}
	return Int{}, false
}

// IndexOf returns operator.index(v): the Int value of an int, bool or an
// object with an Index slot, raising CPython's TypeError "'T' object cannot
// be interpreted as an integer" otherwise.
func IndexOf(v Value) Int {
	if i, ok := AsInt(v); ok {
		return i
	}
	for _, m := range TypeOf(v).MRO {
		if m.Slots.Index != nil {
			return m.Slots.Index(v)
		}
	}
	panic(NewException(TypeError, "'"+typeName(v)+"' object cannot be interpreted as an integer"))
}

// IndexInt returns operator.index(v) as a Go int, raising IndexError
// "cannot fit 'int' into an index-sized integer" when out of range.
func IndexInt(v Value) int {
	i := IndexOf(v)
	if i.big != nil {
		panic(NewException(IndexError, "cannot fit 'int' into an index-sized integer"))
	}
	return int(i.small)
}

// Boxed small ints, so that boxing the most common results (loop counters,
// indexes, small sums) does not allocate, as CPython caches -5..256.
const (
	boxMin = -5
	boxMax = 1024
)

var boxedInts = func() (t [boxMax - boxMin + 1]Value) {
	for i := range t {
		t[i] = Int{small: int64(i + boxMin)}
	}
	return
}()

// BoxInt returns i as a Value, without allocating for small values.
func BoxInt(i Int) Value {
	if i.big == nil && i.small >= boxMin && i.small <= boxMax {
		return boxedInts[i.small-boxMin]
	}
	return i
}

// IntBinary evaluates an int operator on two Int values, with Python's
// result types (true division and negative powers give float).
func IntBinary(op BinaryOp, x, y Int) Value {
	switch op {
	case OpAdd:
		return BoxInt(x.Add(y))
	case OpSub:
		return BoxInt(x.Sub(y))
	case OpMul:
		return BoxInt(x.Mul(y))
	case OpTrueDiv:
		return x.TrueDiv(y)
	case OpFloorDiv:
		return BoxInt(x.FloorDiv(y))
	case OpMod:
		return BoxInt(x.Mod(y))
	case OpPow:
		return x.Pow(y)
	case OpLShift:
		return BoxInt(x.Lsh(y))
	case OpRShift:
		return BoxInt(x.Rsh(y))
	case OpAnd:
		return BoxInt(x.And(y))
	case OpXor:
		return BoxInt(x.Xor(y))
	case OpOr:
		return BoxInt(x.Or(y))
	}
	return NotImplemented
}

func intBinarySlot(op BinaryOp, a, b Value) Value {
	x, ok1 := AsInt(a)
	y, ok2 := AsInt(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	return IntBinary(op, x, y)
}

func intCompareSlot(op CompareOp, a, b Value) Value {
	x, ok := AsInt(a)
	if !ok {
		return NotImplemented
	}
	if y, ok := AsInt(b); ok {
		return cmpResult(op, x.Cmp(y))
	}
	if f, ok := b.(float64); ok {
		return cmpResult(op, CompareIntFloat(x, f))
	}
	return NotImplemented
}

func intUnarySlot(op UnaryOp, a Value) Value {
	x, _ := AsInt(a)
	switch op {
	case OpNeg:
		return x.Neg()
	case OpPos:
		return x
	}
	return x.Invert()
}

// IntRound returns round(a, ndigits) for an int: a itself for ndigits >= 0,
// else a rounded half-to-even to a multiple of 10**-ndigits.
func IntRound(a Int, ndigits Int) Int {
	if ndigits.Sign() >= 0 {
		return a
	}
	nd := ndigits.Neg()
	// Beyond the number of digits of a, the result is 0.
	if nd.big != nil || nd.small > int64(a.BitLen())/3+2 {
		return Int{}
	}
	pow10 := IntFromInt64(10).PowInt(nd)
	q, r := a.DivMod(pow10)
	twice := r.Add(r)
	c := twice.Cmp(pow10)
	if c > 0 || (c == 0 && q.And(Int{small: 1}).small == 1) {
		q = q.Add(Int{small: 1})
	}
	return q.Mul(pow10)
}

// IntToBytes implements int.to_bytes(length, byteorder, signed=...).
func IntToBytes(a Int, length int, little, signed bool) Bytes {
	if length < 0 {
		panic(NewException(ValueError, "length argument must be non-negative"))
	}
	if a.Sign() < 0 && !signed {
		panic(NewException(OverflowError, "can't convert negative int to unsigned"))
	}
	limit := 8 * length
	if signed && length == 0 && (a.IsZero() || a.Equal(Int{small: -1})) {
		return Bytes("")
	}
	if signed {
		limit--
		if a.Sign() < 0 && a.Invert().BitLen() > limit || a.Sign() >= 0 && a.BitLen() > limit {
			panic(NewException(OverflowError, "int too big to convert"))
		}
	} else if a.BitLen() > limit {
		panic(NewException(OverflowError, "int too big to convert"))
	}
	v := a.Big()
	if v.Sign() < 0 {
		// Two's complement in length bytes.
		v.Add(v, new(big.Int).Lsh(bigOne, uint(8*length)))
	}
	out := make([]byte, length)
	v.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return Bytes(out)
}

// IntFromBytes implements int.from_bytes(bytes, byteorder, signed=...).
func IntFromBytes(b []byte, little, signed bool) Int {
	if little {
		r := make([]byte, len(b))
		for i := range b {
			r[len(b)-1-i] = b[i]
		}
		b = r
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(bigOne, uint(8*len(b))))
	}
	return IntFromBig(v)
}

func byteOrder(v Value) bool {
	s, ok := v.(string)
	if !ok {
		panic(NewException(TypeError, "to_bytes() argument 'byteorder' must be str, not "+typeName(v)))
	}
	switch s {
	case "little":
		return true
	case "big":
		return false
	}
	panic(NewException(ValueError, "byteorder must be either 'little' or 'big'"))
}

// bytesLike returns the bytes of a bytes-like value.
func bytesLike(v Value) ([]byte, bool) {
	switch x := v.(type) {
	case Bytes:
		return []byte(x), true
	case *ByteArray:
		return x.B, true
	}
	return nil, false
}

var (
	toBytesParams   = &Params{Func: "to_bytes", Names: []string{"length", "byteorder", "signed"}, KwOnly: 1}
	fromBytesParams = &Params{Func: "from_bytes", Names: []string{"bytes", "byteorder", "signed"}, Required: 1, KwOnly: 1}
	intParams       = &Params{Func: "int", Names: []string{"x", "base"}, PosOnly: 1}
	roundParams     = &Params{Func: "__round__", Names: []string{"ndigits"}, PosOnly: 1}
)

// IntConstruct implements int(x=0, base=10).
func IntConstruct(args []Value, kwargs []KW) Value {
	if len(args)+len(kwargs) > 2 {
		panic(NewException(TypeError, "int expected at most 2 arguments, got "+strconv.Itoa(len(args)+len(kwargs))))
	}
	for _, kw := range kwargs {
		if kw.Name != "base" {
			panic(NewException(TypeError, "int() got an unexpected keyword argument '"+kw.Name+"'"))
		}
	}
	var x, base Value
	intParams.Unpack(args, kwargs, &x, &base)
	if x == nil {
		if base != nil {
			panic(NewException(TypeError, "int() missing string argument"))
		}
		return Int{}
	}
	if base == nil {
		return IntOf(x)
	}
	b := IndexOf(base)
	bi, ok := b.Int64()
	if !ok || (bi != 0 && (bi < 2 || bi > 36)) {
		panic(NewException(ValueError, "int() base must be >= 2 and <= 36, or 0"))
	}
	switch s := x.(type) {
	case string:
		return IntFromString(s, int(bi))
	case Bytes, *ByteArray:
		raw, _ := bytesLike(s)
		return intFromBytesText(raw, x, int(bi))
	}
	panic(NewException(TypeError, "int() can't convert non-string with explicit base"))
}

func intFromBytesText(raw []byte, orig Value, base int) Int {
	s := string(raw)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			s = "\x00" // not a valid literal
			break
		}
	}
	var v Int
	exc := Catch(func() { v = IntFromString(s, base) })
	if exc != nil {
		if exc.Cls == ValueError && len(exc.Args) == 1 {
			if m, _ := exc.Args[0].(string); len(m) > 8 && m[:8] == "invalid " {
				r := Repr(orig)
				if len([]rune(r)) > 200 {
					r = string([]rune(r)[:200])
				}
				panic(NewException(ValueError, "invalid literal for int() with base "+strconv.Itoa(base)+": "+r))
			}
		}
		panic(exc)
	}
	return v
}

// IntOf implements int(x) for one argument.
func IntOf(x Value) Int {
	switch v := x.(type) {
	case Int:
		return v
	case bool:
		i, _ := AsInt(v)
		return i
	case float64:
		return IntFromFloat(v)
	case string:
		return IntFromString(v, 10)
	case Bytes, *ByteArray:
		raw, _ := bytesLike(v)
		return intFromBytesText(raw, x, 10)
	}
	for _, m := range TypeOf(x).MRO {
		if m.Slots.Int != nil {
			r := m.Slots.Int(x)
			if i, ok := AsInt(r); ok {
				return i
			}
			panic(NewException(TypeError, "__int__ returned non-int (type "+typeName(r)+")"))
		}
		if m.Slots.Index != nil {
			return m.Slots.Index(x)
		}
	}
	panic(NewException(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '"+typeName(x)+"'"))
}

func selfInt(self Value) Int {
	i, _ := AsInt(self)
	return i
}

func init() {
	s := &IntType.Slots
	s.Repr = func(v Value) string { return selfInt(v).String() }
	s.Hash = func(v Value) int64 { return HashInt(selfInt(v)) }
	s.Bool = func(v Value) bool { return !selfInt(v).IsZero() }
	s.Compare = intCompareSlot
	s.Binary = intBinarySlot
	s.Unary = intUnarySlot
	s.Index = func(v Value) Int { return selfInt(v) }
	s.Int = func(v Value) Value { return selfInt(v) }
	s.Float = func(v Value) float64 { return IntToFloat(selfInt(v)) }
	s.GetAttr = func(v Value, name string) (Value, bool) {
		switch name {
		case "real", "numerator":
			return selfInt(v), true
		case "imag":
			return Int{}, true
		case "denominator":
			return Int{small: 1}, true
		}
		return nil, false
	}
	SetConstructor(IntType, IntConstruct)

	IntType.AddMethod("bit_length", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("int.bit_length", args, kwargs)
		return IntFromInt64(int64(selfInt(self).BitLen()))
	})
	IntType.AddMethod("bit_count", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("int.bit_count", args, kwargs)
		return IntFromInt64(int64(selfInt(self).BitCount()))
	})
	IntType.AddMethod("conjugate", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("int.conjugate", args, kwargs)
		return selfInt(self)
	})
	IntType.AddMethod("is_integer", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("int.is_integer", args, kwargs)
		return true
	})
	IntType.AddMethod("as_integer_ratio", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("int.as_integer_ratio", args, kwargs)
		return &Tuple{Items: []Value{selfInt(self), Int{small: 1}}}
	})
	for _, name := range []string{"__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__pos__"} {
		n := name
		IntType.AddMethod(n, func(self Value, args []Value, kwargs []KW) Value {
			numNoArgs("int."+n, args, kwargs)
			return selfInt(self)
		})
	}
	IntType.AddMethod("__float__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("int.__float__", args, kwargs)
		return IntToFloat(selfInt(self))
	})
	IntType.AddMethod("__round__", func(self Value, args []Value, kwargs []KW) Value {
		var nd Value
		roundParams.Unpack(args, kwargs, &nd)
		if nd == nil || nd == None {
			return selfInt(self)
		}
		return IntRound(selfInt(self), IndexOf(nd))
	})
	IntType.AddMethod("to_bytes", func(self Value, args []Value, kwargs []KW) Value {
		var length, order, signed Value = Int{small: 1}, "big", false
		toBytesParams.Unpack(args, kwargs, &length, &order, &signed)
		n := IndexOf(length)
		if n.Sign() < 0 {
			panic(NewException(ValueError, "length argument must be non-negative"))
		}
		if n.big != nil || n.small > math.MaxInt32 {
			panic(NewException(OverflowError, "Python int too large to convert to C ssize_t"))
		}
		return IntToBytes(selfInt(self), int(n.small), byteOrder(order), Truth(signed))
	})
	IntType.Attrs["from_bytes"] = &Builtin{Name: "from_bytes", Fn: func(args []Value, kwargs []KW) Value {
		var b, order, signed Value = nil, "big", false
		fromBytesParams.Unpack(args, kwargs, &b, &order, &signed)
		raw, ok := bytesLike(b)
		if !ok {
			if l, isList := b.(*List); isList {
				raw = make([]byte, len(l.Items))
				for i, it := range l.Items {
					raw[i] = byte(IndexInt(it))
				}
			} else {
				panic(NewException(TypeError, "cannot convert '"+typeName(b)+"' object to bytes"))
			}
		}
		return IntFromBytes(raw, byteOrder(order), Truth(signed))
	}}
}

// noArgs raises CPython's TypeError for a method that takes no arguments.
func numNoArgs(name string, args []Value, kwargs []KW) {
	if len(kwargs) > 0 {
		panic(NewException(TypeError, name+"() takes no keyword arguments"))
	}
	if len(args) > 0 {
		panic(NewException(TypeError, name+"() takes no arguments ("+strconv.Itoa(len(args))+" given)"))
	}
}
