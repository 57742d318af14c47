package rt

import (
	"math"
	"strconv"
)

// This file gives float its dynamic protocols: slots, methods, attributes
// and the float() constructor.

// AsFloat returns v as a float64 if it is a float, an int or a bool, raising
// OverflowError for ints too large for a float.
func AsFloat(v Value) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case Int:
		return IntToFloat(x), true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// FloatBinary evaluates a float operator with CPython's results and errors.
func FloatBinary(op BinaryOp, x, y float64) Value {
	switch op {
	case OpAdd:
		return x + y
	case OpSub:
		return x - y
	case OpMul:
		return float64(x * y)
	case OpTrueDiv:
		return FloatTrueDiv(x, y)
	case OpFloorDiv:
		return FloatFloorDiv(x, y)
	case OpMod:
		return FloatMod(x, y)
	case OpPow:
		return FloatPow(x, y)
	}
	return NotImplemented
}

func floatBinarySlot(op BinaryOp, a, b Value) Value {
	_, fa := a.(float64)
	_, fb := b.(float64)
	if !fa && !fb {
		return NotImplemented
	}
	switch op {
	case OpLShift, OpRShift, OpAnd, OpOr, OpXor, OpMatMul:
		return NotImplemented
	}
	x, ok1 := AsFloat(a)
	y, ok2 := AsFloat(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	return FloatBinary(op, x, y)
}

func floatCompareSlot(op CompareOp, a, b Value) Value {
	x, ok := a.(float64)
	if !ok {
		return NotImplemented
	}
	switch y := b.(type) {
	case float64:
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
	case Int:
		return cmpResult(op.Swap(), CompareIntFloat(y, x))
	case bool:
		i, _ := AsInt(y)
		return cmpResult(op.Swap(), CompareIntFloat(i, x))
	}
	return NotImplemented
}

func floatUnarySlot(op UnaryOp, a Value) Value {
	x := a.(float64)
	switch op {
	case OpNeg:
		return -x
	case OpPos:
		return x
	}
	return NotImplemented
}

// FloatOf implements float(x) for one argument.
func FloatOf(x Value) float64 {
	switch v := x.(type) {
	case float64:
		return v
	case Int:
		return IntToFloat(v)
	case bool:
		f, _ := AsFloat(v)
		return f
	case string:
		return ParseFloat(v)
	case Bytes:
		return ParseFloatBytes(v)
	case *ByteArray:
		f, ok := parseFloatText(trimASCIISpace(string(v.B)))
		if !ok {
			panic(NewException(ValueError, "could not convert string to float: "+Repr(v)))
		}
		return f
	}
	for _, m := range TypeOf(x).MRO {
		if m.Slots.Float != nil {
			return m.Slots.Float(x)
		}
		if m.Slots.Index != nil {
			return IntToFloat(m.Slots.Index(x))
		}
	}
	panic(NewException(TypeError, "float() argument must be a string or a real number, not '"+typeName(x)+"'"))
}

func trimASCIISpace(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] < 0x80 && isPySpace(rune(s[i])) {
		i++
	}
	for j > i && s[j-1] < 0x80 && isPySpace(rune(s[j-1])) {
		j--
	}
	return s[i:j]
}

func selfFloat(v Value) float64 { return v.(float64) }

func init() {
	s := &FloatType.Slots
	s.Repr = func(v Value) string { return FloatRepr(selfFloat(v)) }
	s.Hash = func(v Value) int64 { return HashFloat(selfFloat(v)) }
	s.Bool = func(v Value) bool { return selfFloat(v) != 0 }
	s.Compare = floatCompareSlot
	s.Binary = floatBinarySlot
	s.Unary = floatUnarySlot
	s.Int = func(v Value) Value { return IntFromFloat(selfFloat(v)) }
	s.Float = selfFloat
	s.GetAttr = func(v Value, name string) (Value, bool) {
		switch name {
		case "real":
			return selfFloat(v), true
		case "imag":
			return 0.0, true
		}
		return nil, false
	}
	SetConstructor(FloatType, func(args []Value, kwargs []KW) Value {
		NoKwargs("float", kwargs)
		switch len(args) {
		case 0:
			return 0.0
		case 1:
			return FloatOf(args[0])
		}
		panic(NewException(TypeError, "float expected at most 1 argument, got "+strconv.Itoa(len(args))))
	})
	m := FloatType.AddMethod
	m("is_integer", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("float.is_integer", args, kwargs)
		return FloatIsInteger(selfFloat(self))
	})
	m("hex", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("float.hex", args, kwargs)
		return FloatHex(selfFloat(self))
	})
	m("as_integer_ratio", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("float.as_integer_ratio", args, kwargs)
		n, d := FloatAsIntegerRatio(selfFloat(self))
		return &Tuple{Items: []Value{n, d}}
	})
	m("conjugate", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("float.conjugate", args, kwargs)
		return selfFloat(self)
	})
	m("__trunc__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("float.__trunc__", args, kwargs)
		return IntFromFloat(selfFloat(self))
	})
	m("__int__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("float.__int__", args, kwargs)
		return IntFromFloat(selfFloat(self))
	})
	m("__float__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("float.__float__", args, kwargs)
		return selfFloat(self)
	})
	m("__floor__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("float.__floor__", args, kwargs)
		return IntFromFloat(math.Floor(selfFloat(self)))
	})
	m("__ceil__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("float.__ceil__", args, kwargs)
		return IntFromFloat(math.Ceil(selfFloat(self)))
	})
	m("__round__", func(self Value, args []Value, kwargs []KW) Value {
		var nd Value
		roundParams.Unpack(args, kwargs, &nd)
		if nd == nil || nd == None {
			return FloatRoundInt(selfFloat(self))
		}
		return FloatRound(selfFloat(self), IndexOf(nd))
	})
	FloatType.Attrs["fromhex"] = &Builtin{Name: "fromhex", Fn: func(args []Value, kwargs []KW) Value {
		NoKwargs("fromhex", kwargs)
		if len(args) != 1 {
			panic(NewException(TypeError, "float.fromhex() takes exactly one argument ("+strconv.Itoa(len(args))+" given)"))
		}
		str, ok := args[0].(string)
		if !ok {
			panic(NewException(TypeError, "bad argument type for built-in operation"))
		}
		return FloatFromHex(str)
	}}
}

// Round implements the round() builtin: round(number) and
// round(number, ndigits) for int, bool and float, and __round__ of other
// types through their methods.
func Round(number Value, ndigits Value) Value {
	switch x := number.(type) {
	case float64:
		if ndigits == nil || ndigits == None {
			return FloatRoundInt(x)
		}
		return FloatRound(x, IndexOf(ndigits))
	case Int, bool:
		i, _ := AsInt(x)
		if ndigits == nil || ndigits == None {
			return i
		}
		return IntRound(i, IndexOf(ndigits))
	}
	if TypeOf(number).LookupMethod("__round__") != nil {
		if ndigits == nil {
			return CallMethod(number, "__round__", nil, nil)
		}
		return CallMethod(number, "__round__", []Value{ndigits}, nil)
	}
	panic(NewException(TypeError, "type "+typeName(number)+" doesn't define __round__ method"))
}
