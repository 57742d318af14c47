package rt

import "strconv"

// This file gives bool its protocols. bool derives from int: arithmetic
// goes through int's slots (True + True == 2), while &, | and ^ between two
// bools stay bool.

// BoolRepr returns repr(b): "True" or "False".
func BoolRepr(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func boolBinarySlot(op BinaryOp, a, b Value) Value {
	x, ok1 := a.(bool)
	y, ok2 := b.(bool)
	if ok1 && ok2 {
		switch op {
		case OpAnd:
			return x && y
		case OpOr:
			return x || y
		case OpXor:
			return x != y
		}
	}
	return intBinarySlot(op, a, b)
}

func init() {
	s := &BoolType.Slots
	s.Repr = func(v Value) string { return BoolRepr(v.(bool)) }
	s.Bool = func(v Value) bool { return v.(bool) }
	s.Hash = func(v Value) int64 { return HashBool(v.(bool)) }
	s.Binary = boolBinarySlot
	SetConstructor(BoolType, func(args []Value, kwargs []KW) Value {
		NoKwargs("bool", kwargs)
		switch len(args) {
		case 0:
			return false
		case 1:
			return Truth(args[0])
		}
		panic(NewException(TypeError, "bool expected at most 1 argument, got "+strconv.Itoa(len(args))))
	})
}
