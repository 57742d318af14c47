package rt

import "strconv"

// This file implements bytearray's own protocols and mutating methods; the
// methods shared with bytes are in bytes_methods.go.

// ByteArrayRepr returns repr(ba): bytearray(b'...').
func ByteArrayRepr(b []byte) string { return "bytearray(" + bytesRepr(string(b), true) + ")" }

func byteArraySelf(name string, v Value) *ByteArray {
	ba, ok := v.(*ByteArray)
	if !ok {
		Raisef(TypeError, "descriptor '", name, "' for 'bytearray' objects doesn't apply to a '", typeName(v), "' object")
	}
	return ba
}

// byteArraySetItem implements ba[key] = val for an int or slice key.
func byteArraySetItem(v, key, val Value) {
	ba := v.(*ByteArray)
	if i, ok := txIntArg(key); ok {
		n := len(ba.B)
		idx := int(i.small)
		if i.big != nil {
			Raise(IndexError, "cannot fit 'int' into an index-sized integer")
		}
		if idx < 0 {
			idx += n
		}
		if idx < 0 || idx >= n {
			Raise(IndexError, "bytearray index out of range")
		}
		ba.B[idx] = byteValue(val, "byte must be in range(0, 256)")
		return
	}
	start, stop, step, ok := txSliceParts(key)
	if !ok {
		Raisef(TypeError, "bytearray indices must be integers or slices, not ", typeName(key))
	}
	var src []byte
	switch x := val.(type) {
	case Bytes:
		src = []byte(x)
	case *ByteArray:
		src = append([]byte(nil), x.B...)
	case string:
		Raise(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	default:
		if _, isInt := txIntArg(val); isInt {
			Raise(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		}
		if !txIsIterable(val) {
			Raise(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		}
		src = bytesFromValue(val, "bytearray")
	}
	lo, hi, st, cnt := txSliceIndices(start, stop, step, len(ba.B))
	if st == 1 {
		if hi < lo {
			hi = lo
		}
		nb := make([]byte, 0, len(ba.B)-(hi-lo)+len(src))
		nb = append(nb, ba.B[:lo]...)
		nb = append(nb, src...)
		nb = append(nb, ba.B[hi:]...)
		ba.B = nb
		return
	}
	if len(src) == 0 {
		// CPython deletes the selected items when assigning nothing to an
		// extended slice of a bytearray.
		byteArrayDelItem(v, key)
		return
	}
	if len(src) != cnt {
		Raisef(ValueError, "attempt to assign bytes of size ", strconv.Itoa(len(src)), " to extended slice of size ", strconv.Itoa(cnt))
	}
	for i, j := 0, lo; i < cnt; i, j = i+1, j+st {
		ba.B[j] = src[i]
	}
}

func byteArrayDelItem(v, key Value) {
	ba := v.(*ByteArray)
	if i, ok := txIntArg(key); ok {
		n := len(ba.B)
		idx := int(i.small)
		if i.big != nil {
			Raise(IndexError, "cannot fit 'int' into an index-sized integer")
		}
		if idx < 0 {
			idx += n
		}
		if idx < 0 || idx >= n {
			Raise(IndexError, "bytearray index out of range")
		}
		ba.B = append(ba.B[:idx], ba.B[idx+1:]...)
		return
	}
	start, stop, step, ok := txSliceParts(key)
	if !ok {
		Raisef(TypeError, "bytearray indices must be integers or slices, not ", typeName(key))
	}
	lo, _, st, cnt := txSliceIndices(start, stop, step, len(ba.B))
	if cnt <= 0 {
		return
	}
	del := make([]bool, len(ba.B))
	for i, j := 0, lo; i < cnt; i, j = i+1, j+st {
		del[j] = true
	}
	out := ba.B[:0]
	for i, c := range ba.B {
		if !del[i] {
			out = append(out, c)
		}
	}
	ba.B = out
}

func init() {
	sl := &ByteArrayType.Slots
	sl.Repr = func(v Value) string { return ByteArrayRepr(v.(*ByteArray).B) }
	sl.Len = func(v Value) int { return len(v.(*ByteArray).B) }
	sl.Bool = func(v Value) bool { return len(v.(*ByteArray).B) != 0 }
	sl.Compare = bytesCompare
	sl.Binary = bytesBinary
	sl.InPlace = func(op BinaryOp, a, b Value) Value {
		ba := a.(*ByteArray)
		switch op {
		case OpAdd:
			s, ok := bytesOf(b)
			if !ok {
				Raisef(TypeError, "can't concat ", typeName(b), " to bytearray")
			}
			ChargeBytes(len(s))
			ba.B = append(ba.B, s...)
			return ba
		case OpMul:
			n, ok := txIntArg(b)
			if !ok {
				return NotImplemented
			}
			ba.B = []byte(StrRepeat(string(ba.B), n))
			return ba
		}
		return NotImplemented
	}
	sl.GetItem = func(v, key Value) Value {
		b := v.(*ByteArray).B
		if i, ok := txIntArg(key); ok {
			if i.big != nil {
				Raise(IndexError, "cannot fit 'int' into an index-sized integer")
			}
			return BytesIndex(string(b), int(i.small), "bytearray")
		}
		if start, stop, step, ok := txSliceParts(key); ok {
			return &ByteArray{B: []byte(bytesSlice(string(b), start, stop, step))}
		}
		Raisef(TypeError, "bytearray indices must be integers or slices, not ", typeName(key))
		return nil
	}
	sl.SetItem = byteArraySetItem
	sl.DelItem = byteArrayDelItem
	sl.Contains = func(v, x Value) bool { return bytesContains(string(v.(*ByteArray).B), x) }
	sl.Iter = func(v Value) Iterator { return &BytesIterator{ba: v.(*ByteArray)} }
	SetConstructor(ByteArrayType, func(args []Value, kwargs []KW) Value {
		return &ByteArray{B: newBytesContent(bytearrayNewParams, "bytearray", args, kwargs)}
	})

	t := ByteArrayType
	t.AddMethod("append", func(v Value, args []Value, kwargs []KW) Value {
		ba := byteArraySelf("append", v)
		ba.B = append(ba.B, byteValue(txOneArg("bytearray.append", args, kwargs), "byte must be in range(0, 256)"))
		return None
	})
	t.AddMethod("extend", func(v Value, args []Value, kwargs []KW) Value {
		ba := byteArraySelf("extend", v)
		x := txOneArg("bytearray.extend", args, kwargs)
		if _, isStr := x.(string); isStr {
			Raise(TypeError, "expected iterable of integers; got: 'str'")
		}
		if s, ok := bytesOf(x); ok {
			ba.B = append(ba.B, s...)
			return None
		}
		if !txIsIterable(x) {
			Raisef(TypeError, "can't extend bytearray with ", typeName(x))
		}
		// Convert everything first: an error leaves the bytearray unchanged.
		var add []byte
		it := Iter(x)
		for {
			v, ok := it.Next()
			if !ok {
				break
			}
			add = append(add, byteValue(v, "byte must be in range(0, 256)"))
		}
		ba.B = append(ba.B, add...)
		return None
	})
	t.AddMethod("pop", func(v Value, args []Value, kwargs []KW) Value {
		ba := byteArraySelf("pop", v)
		txPosArgs("bytearray", "pop", args, kwargs, 0, 1)
		idx := -1
		if len(args) == 1 {
			idx = txSsizeArg(args[0])
		}
		n := len(ba.B)
		if n == 0 {
			Raise(IndexError, "pop from empty bytearray")
		}
		if idx < 0 {
			idx += n
		}
		if idx < 0 || idx >= n {
			Raise(IndexError, "pop index out of range")
		}
		c := ba.B[idx]
		ba.B = append(ba.B[:idx], ba.B[idx+1:]...)
		return Int{small: int64(c)}
	})
	t.AddMethod("insert", func(v Value, args []Value, kwargs []KW) Value {
		ba := byteArraySelf("insert", v)
		txPosArgs("bytearray", "insert", args, kwargs, 2, 2)
		idx := txSsizeArg(args[0])
		c := byteValue(args[1], "byte must be in range(0, 256)")
		n := len(ba.B)
		if idx < 0 {
			idx += n
			if idx < 0 {
				idx = 0
			}
		}
		if idx > n {
			idx = n
		}
		ba.B = append(ba.B, 0)
		copy(ba.B[idx+1:], ba.B[idx:])
		ba.B[idx] = c
		return None
	})
	t.AddMethod("remove", func(v Value, args []Value, kwargs []KW) Value {
		ba := byteArraySelf("remove", v)
		c := byteValue(txOneArg("bytearray.remove", args, kwargs), "byte must be in range(0, 256)")
		for i, x := range ba.B {
			if x == c {
				ba.B = append(ba.B[:i], ba.B[i+1:]...)
				return None
			}
		}
		Raise(ValueError, "value not found in bytearray")
		return nil
	})
	t.AddMethod("clear", func(v Value, args []Value, kwargs []KW) Value {
		ba := byteArraySelf("clear", v)
		txNoArgs("bytearray.clear", args, kwargs)
		ba.B = ba.B[:0]
		return None
	})
	t.AddMethod("copy", func(v Value, args []Value, kwargs []KW) Value {
		ba := byteArraySelf("copy", v)
		txNoArgs("bytearray.copy", args, kwargs)
		return &ByteArray{B: append([]byte(nil), ba.B...)}
	})
	t.AddMethod("reverse", func(v Value, args []Value, kwargs []KW) Value {
		ba := byteArraySelf("reverse", v)
		txNoArgs("bytearray.reverse", args, kwargs)
		for i, j := 0, len(ba.B)-1; i < j; i, j = i+1, j-1 {
			ba.B[i], ba.B[j] = ba.B[j], ba.B[i]
		}
		return None
	})
}
