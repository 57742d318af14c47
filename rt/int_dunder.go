package rt

import "strconv"

// This file exposes the numeric slots of int, bool and float as their
// Python dunder methods ((5).__add__(3), float.__radd__, int.__lt__, ...),
// for code that calls them explicitly. They return NotImplemented exactly
// where the slot does.

var dunderBinary = [...]struct {
	name string
	op   BinaryOp
}{
	{"add", OpAdd}, {"sub", OpSub}, {"mul", OpMul}, {"truediv", OpTrueDiv}, {"floordiv", OpFloorDiv},
	{"mod", OpMod}, {"pow", OpPow}, {"lshift", OpLShift}, {"rshift", OpRShift}, {"and", OpAnd},
	{"xor", OpXor}, {"or", OpOr},
}

var dunderCompare = [...]struct {
	name string
	op   CompareOp
}{{"__lt__", OpLT}, {"__le__", OpLE}, {"__eq__", OpEQ}, {"__ne__", OpNE}, {"__gt__", OpGT}, {"__ge__", OpGE}}

// oneArg checks that a dunder method got exactly one positional argument.
func oneArg(qual string, args []Value, kwargs []KW) Value {
	if len(kwargs) > 0 {
		panic(NewException(TypeError, qual+"() takes no keyword arguments"))
	}
	if len(args) != 1 {
		panic(NewException(TypeError, "expected 1 argument, got "+strconv.Itoa(len(args))))
	}
	return args[0]
}

// addNumberDunders registers c's dunder methods on top of its slots.
func addNumberDunders(c *Class) {
	// Slots are read at call time: other files' init functions fill them.
	binary := func(op BinaryOp, a, b Value) Value { return c.Slots.Binary(op, a, b) }
	// int's own methods accept only ints and bools as the other operand
	// (its slots also take floats, for speed).
	intOnly := func(a, b Value) bool {
		if c != IntType {
			return false
		}
		_, ok1 := AsInt(a)
		_, ok2 := AsInt(b)
		return !ok1 || !ok2
	}
	compare := func(op CompareOp, a, b Value) Value {
		if intOnly(a, b) {
			return NotImplemented
		}
		return c.Slots.Compare(op, a, b)
	}
	unary := func(op UnaryOp, a Value) Value { return c.Slots.Unary(op, a) }
	for _, d := range dunderBinary {
		op, name := d.op, d.name
		if c == FloatType && op >= OpLShift {
			continue // float has no shift or bitwise methods
		}
		c.AddMethod("__"+name+"__", func(self Value, args []Value, kwargs []KW) Value {
			if op == OpPow && len(args) == 2 {
				if args[1] == None {
					args = args[:1]
				} else {
					a, ok1 := AsInt(self)
					b, ok2 := AsInt(args[0])
					m, ok3 := AsInt(args[1])
					if ok1 && ok2 && ok3 {
						return a.PowMod(b, m)
					}
					return NotImplemented
				}
			}
			return binary(op, self, oneArg(c.Name+".__"+name+"__", args, kwargs))
		})
		c.AddMethod("__r"+name+"__", func(self Value, args []Value, kwargs []KW) Value {
			return binary(op, oneArg(c.Name+".__r"+name+"__", args, kwargs), self)
		})
	}
	for _, d := range dunderCompare {
		op, name := d.op, d.name
		c.AddMethod(name, func(self Value, args []Value, kwargs []KW) Value {
			return compare(op, self, oneArg(c.Name+"."+name, args, kwargs))
		})
	}
	for _, u := range []struct {
		name string
		op   UnaryOp
	}{{"__neg__", OpNeg}, {"__pos__", OpPos}, {"__invert__", OpInvert}} {
		op, name := u.op, u.name
		if c == FloatType && op == OpInvert {
			continue
		}
		c.AddMethod(name, func(self Value, args []Value, kwargs []KW) Value {
			numNoArgs(c.Name+"."+name, args, kwargs)
			return unary(op, self)
		})
	}
	c.AddMethod("__abs__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs(c.Name+".__abs__", args, kwargs)
		if f, ok := self.(float64); ok {
			if f < 0 || (f == 0 && 1/f < 0) {
				return -f
			}
			return f
		}
		return BoxInt(selfInt(self).Abs())
	})
	c.AddMethod("__bool__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs(c.Name+".__bool__", args, kwargs)
		return Truth(self)
	})
	c.AddMethod("__hash__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs(c.Name+".__hash__", args, kwargs)
		return IntFromInt64(Hash(self))
	})
	c.AddMethod("__repr__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs(c.Name+".__repr__", args, kwargs)
		return Repr(self)
	})
	c.AddMethod("__divmod__", func(self Value, args []Value, kwargs []KW) Value {
		o := oneArg(c.Name+".__divmod__", args, kwargs)
		if intOnly(self, o) {
			return NotImplemented
		}
		return numDivMod(self, o)
	})
	c.AddMethod("__rdivmod__", func(self Value, args []Value, kwargs []KW) Value {
		o := oneArg(c.Name+".__rdivmod__", args, kwargs)
		if intOnly(self, o) {
			return NotImplemented
		}
		return numDivMod(o, self)
	})
}

// numDivMod is divmod(a, b) for ints, bools and floats, NotImplemented for
// other operand types.
func numDivMod(a, b Value) Value {
	_, fa := a.(float64)
	_, fb := b.(float64)
	if fa || fb {
		x, ok1 := AsFloat(a)
		y, ok2 := AsFloat(b)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		q, r := FloatDivMod(x, y)
		return &Tuple{Items: []Value{q, r}}
	}
	x, ok1 := AsInt(a)
	y, ok2 := AsInt(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	q, r := x.DivMod(y)
	return &Tuple{Items: []Value{BoxInt(q), BoxInt(r)}}
}

func init() {
	addNumberDunders(IntType)
	addNumberDunders(FloatType)
	// bool's own &, |, ^ keep bool results.
	for _, d := range []struct {
		name string
		op   BinaryOp
	}{{"and", OpAnd}, {"or", OpOr}, {"xor", OpXor}} {
		op, name := d.op, d.name
		BoolType.AddMethod("__"+name+"__", func(self Value, args []Value, kwargs []KW) Value {
			return boolBinarySlot(op, self, oneArg("bool.__"+name+"__", args, kwargs))
		})
		BoolType.AddMethod("__r"+name+"__", func(self Value, args []Value, kwargs []KW) Value {
			return boolBinarySlot(op, oneArg("bool.__r"+name+"__", args, kwargs), self)
		})
	}
}
