// Package builtins implements Python's built-in functions on the rt value
// model, with CPython 3.13's argument handling (positional-only and keyword
// parameters, defaults, key= and default=) and error messages. Each builtin
// is a Go function of rt.BuiltinFunc's signature; Module returns the
// builtins namespace (functions, types and exception classes) that compiled
// code resolves unqualified names against.
//
// Output (print) goes to the transaction's rt.Current().Stdout, never to the
// process's standard output.
package builtins

import (
	"math"
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt"
)

// ---- argument helpers ----

// exactlyOne checks CPython's METH_O arity: "len() takes exactly one argument (2 given)".
func exactlyOne(name string, args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.NoKwargs(name, kwargs)
	if len(args) != 1 {
		rt.Raisef(rt.TypeError, name, "() takes exactly one argument (", strconv.Itoa(len(args)), " given)")
	}
	return args[0]
}

// arity checks Argument Clinic's "name expected at least/most/exactly n
// argument(s), got k".
func arity(name string, args []rt.Value, lo, hi int) {
	n := len(args)
	if n >= lo && n <= hi {
		return
	}
	pl := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	switch {
	case lo == hi:
		rt.Raisef(rt.TypeError, name, " expected ", strconv.Itoa(lo), " argument", pl(lo), ", got ", strconv.Itoa(n))
	case n < lo:
		rt.Raisef(rt.TypeError, name, " expected at least ", strconv.Itoa(lo), " argument", pl(lo), ", got ", strconv.Itoa(n))
	default:
		rt.Raisef(rt.TypeError, name, " expected at most ", strconv.Itoa(hi), " argument", pl(hi), ", got ", strconv.Itoa(n))
	}
}

func small(n int) rt.Value { return rt.IntFromInt64(int64(n)) }

// ---- the builtins ----

// Len is len(obj).
func Len(args []rt.Value, kwargs []rt.KW) rt.Value {
	return small(rt.Len(exactlyOne("len", args, kwargs)))
}

// Repr is repr(obj).
func Repr(args []rt.Value, kwargs []rt.KW) rt.Value {
	return rt.Repr(exactlyOne("repr", args, kwargs))
}

// ASCII is ascii(obj).
func ASCII(args []rt.Value, kwargs []rt.KW) rt.Value {
	return rt.ASCII(exactlyOne("ascii", args, kwargs))
}

// Hash is hash(obj).
func Hash(args []rt.Value, kwargs []rt.KW) rt.Value {
	return rt.IntFromInt64(rt.HashValue(exactlyOne("hash", args, kwargs)))
}

// Callable is callable(obj).
func Callable(args []rt.Value, kwargs []rt.KW) rt.Value {
	return IsCallable(exactlyOne("callable", args, kwargs))
}

// IsCallable reports whether v can be called.
func IsCallable(v rt.Value) bool {
	for _, m := range rt.TypeOf(v).MRO {
		if m.Slots.Call != nil {
			return true
		}
	}
	return false
}

// Abs is abs(x).
func Abs(args []rt.Value, kwargs []rt.KW) rt.Value {
	return AbsOf(exactlyOne("abs", args, kwargs))
}

// AbsOf returns abs(x).
func AbsOf(x rt.Value) rt.Value {
	switch v := x.(type) {
	case rt.Int:
		return v.Abs()
	case bool:
		i, _ := rt.AsInt(v)
		return i
	case float64:
		return math.Abs(v)
	}
	if rt.TypeOf(x).LookupMethod("__abs__") != nil {
		return rt.CallMethod(x, "__abs__", nil, nil)
	}
	rt.Raisef(rt.TypeError, "bad operand type for abs(): '", rt.TypeName(x), "'")
	return nil
}

var roundParams = &rt.Params{Func: "round", Names: []string{"number", "ndigits"}, Required: 1}

// Round is round(number, ndigits=None).
func Round(args []rt.Value, kwargs []rt.KW) rt.Value {
	var number, ndigits rt.Value
	roundParams.Unpack(args, kwargs, &number, &ndigits)
	return rt.Round(number, ndigits)
}

// Divmod is divmod(a, b).
func Divmod(args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.NoKwargs("divmod", kwargs)
	arity("divmod", args, 2, 2)
	return DivmodOf(args[0], args[1])
}

// DivmodOf returns divmod(a, b).
func DivmodOf(a, b rt.Value) rt.Value {
	x, xi := rt.AsInt(a)
	y, yi := rt.AsInt(b)
	if xi && yi {
		q, r := x.DivMod(y)
		return rt.NewTuple(q, r)
	}
	_, af := a.(float64)
	_, bf := b.(float64)
	if (af || xi) && (bf || yi) {
		fa, _ := rt.AsFloat(a)
		fb, _ := rt.AsFloat(b)
		q, r := rt.FloatDivMod(fa, fb)
		return rt.NewTuple(q, r)
	}
	if rt.TypeOf(a).LookupMethod("__divmod__") != nil {
		if r := rt.CallMethod(a, "__divmod__", []rt.Value{b}, nil); r != rt.NotImplemented {
			return r
		}
	}
	if rt.TypeOf(b).LookupMethod("__rdivmod__") != nil {
		if r := rt.CallMethod(b, "__rdivmod__", []rt.Value{a}, nil); r != rt.NotImplemented {
			return r
		}
	}
	rt.Raisef(rt.TypeError, "unsupported operand type(s) for divmod(): '", rt.TypeName(a), "' and '", rt.TypeName(b), "'")
	return nil
}

var powParams = &rt.Params{Func: "pow", Names: []string{"base", "exp", "mod"}, Required: 2}

// Pow is pow(base, exp, mod=None).
func Pow(args []rt.Value, kwargs []rt.KW) rt.Value {
	var base, exp, mod rt.Value
	powParams.Unpack(args, kwargs, &base, &exp, &mod)
	if mod == nil || mod == rt.None {
		return rt.Binary(rt.OpPow, base, exp)
	}
	b, ok1 := rt.AsInt(base)
	e, ok2 := rt.AsInt(exp)
	m, ok3 := rt.AsInt(mod)
	if !ok1 || !ok2 || !ok3 {
		rt.Raise(rt.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	return b.PowMod(e, m)
}

// minMax implements min() and max(): op is OpLT for min, OpGT for max.
func minMax(name string, op rt.CompareOp, args []rt.Value, kwargs []rt.KW) rt.Value {
	if len(args) == 0 {
		rt.Raisef(rt.TypeError, name, " expected at least 1 argument, got 0")
	}
	var key, def rt.Value
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "default":
			def = kw.Value
		default:
			rt.Raisef(rt.TypeError, name, "() got an unexpected keyword argument '", kw.Name, "'")
		}
	}
	positional := len(args) > 1
	if positional && def != nil {
		rt.Raisef(rt.TypeError, "Cannot specify a default for ", name, "() with multiple positional arguments")
	}
	if key == rt.None {
		key = nil
	}
	var it rt.Iterator
	if positional {
		it = &sliceIter{items: args}
	} else {
		it = rt.Iter(args[0])
	}
	var best, bestVal rt.Value
	for {
		item, ok := it.Next()
		if !ok {
			break
		}
		val := item
		if key != nil {
			val = rt.Call(key, []rt.Value{item}, nil)
		}
		if bestVal == nil {
			best, bestVal = item, val
			continue
		}
		if cmpFast(op, val, bestVal) {
			best, bestVal = item, val
		}
	}
	if bestVal == nil {
		if def != nil {
			return def
		}
		rt.Raisef(rt.ValueError, name, "() iterable argument is empty")
	}
	return best
}

// cmpFast is bool(a op b) with fast paths for ints, floats and strings.
func cmpFast(op rt.CompareOp, a, b rt.Value) bool {
	switch x := a.(type) {
	case rt.Int:
		if y, ok := b.(rt.Int); ok {
			c := x.Cmp(y)
			if op == rt.OpLT {
				return c < 0
			}
			return c > 0
		}
	case float64:
		if y, ok := b.(float64); ok {
			if op == rt.OpLT {
				return x < y
			}
			return x > y
		}
	case string:
		if y, ok := b.(string); ok {
			if op == rt.OpLT {
				return x < y
			}
			return x > y
		}
	}
	return rt.Truth(rt.Compare(op, a, b))
}

type sliceIter struct {
	items []rt.Value
	i     int
}

func (s *sliceIter) Next() (rt.Value, bool) {
	if s.i >= len(s.items) {
		return nil, false
	}
	s.i++
	return s.items[s.i-1], true
}

// Min is min(iterable, *, key=None, default=...) or min(a, b, *args, key=None).
func Min(args []rt.Value, kwargs []rt.KW) rt.Value { return minMax("min", rt.OpLT, args, kwargs) }

// Max is max(iterable, *, key=None, default=...) or max(a, b, *args, key=None).
func Max(args []rt.Value, kwargs []rt.KW) rt.Value { return minMax("max", rt.OpGT, args, kwargs) }

// Sum is sum(iterable, /, start=0), with CPython's exact int accumulation
// and its compensated (Neumaier) float summation.
func Sum(args []rt.Value, kwargs []rt.KW) rt.Value {
	if len(args) == 0 {
		rt.Raise(rt.TypeError, "sum() takes at least 1 positional argument (0 given)")
	}
	if n := len(args) + len(kwargs); n > 2 {
		rt.Raisef(rt.TypeError, "sum() takes at most 2 arguments (", strconv.Itoa(n), " given)")
	}
	var start rt.Value
	if len(args) == 2 {
		start = args[1]
	}
	for _, kw := range kwargs {
		if kw.Name != "start" {
			rt.Raisef(rt.TypeError, "sum() got an unexpected keyword argument '", kw.Name, "'")
		}
		if start != nil {
			rt.Raise(rt.TypeError, "argument for sum() given by name ('start') and position (2)")
		}
		start = kw.Value
	}
	return SumOf(args[0], start)
}

// SumOf returns sum(iterable, start); start nil means 0.
func SumOf(iterable, start rt.Value) rt.Value {
	var result rt.Value = rt.IntFromInt64(0)
	if start != nil {
		switch start.(type) {
		case string:
			rt.Raise(rt.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case rt.Bytes:
			rt.Raise(rt.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		case *rt.ByteArray:
			rt.Raise(rt.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
		}
		result = start
	}
	it := rt.Iter(iterable)
	if r, ok := result.(rt.Int); ok {
		if acc, small := r.Int64(); small {
			for {
				item, ok := it.Next()
				if !ok {
					return rt.IntFromInt64(acc)
				}
				if b, isInt := rt.AsInt(item); isInt {
					if bv, bs := b.Int64(); bs {
						if (acc >= 0 && bv <= math.MaxInt64-acc) || (acc < 0 && bv >= math.MinInt64-acc) {
							acc += bv
							continue
						}
					}
				}
				result = rt.Binary(rt.OpAdd, rt.IntFromInt64(acc), item)
				break
			}
		}
	}
	if f, ok := result.(float64); ok {
		c := 0.0
		for {
			item, ok := it.Next()
			if !ok {
				if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
					f += c
				}
				return f
			}
			var x float64
			isNum := false
			switch v := item.(type) {
			case float64:
				x, isNum = v, true
			case rt.Int, bool:
				i, _ := rt.AsInt(v)
				if n, small := i.Int64(); small {
					x, isNum = float64(n), true
				}
			}
			if isNum {
				t := f + x
				if math.Abs(f) >= math.Abs(x) {
					c += (f - t) + x
				} else {
					c += (x - t) + f
				}
				f = t
				continue
			}
			if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
				f += c
			}
			result = rt.Binary(rt.OpAdd, f, item)
			break
		}
	}
	for {
		item, ok := it.Next()
		if !ok {
			return result
		}
		result = rt.Binary(rt.OpAdd, result, item)
	}
}

// All is all(iterable).
func All(args []rt.Value, kwargs []rt.KW) rt.Value {
	it := rt.Iter(exactlyOne("all", args, kwargs))
	for {
		v, ok := it.Next()
		if !ok {
			return true
		}
		if !rt.Truth(v) {
			return false
		}
	}
}

// Any is any(iterable).
func Any(args []rt.Value, kwargs []rt.KW) rt.Value {
	it := rt.Iter(exactlyOne("any", args, kwargs))
	for {
		v, ok := it.Next()
		if !ok {
			return false
		}
		if rt.Truth(v) {
			return true
		}
	}
}

// Isinstance is isinstance(obj, classinfo).
func Isinstance(args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.NoKwargs("isinstance", kwargs)
	arity("isinstance", args, 2, 2)
	return rt.IsInstance(args[0], args[1])
}

// Issubclass is issubclass(cls, classinfo).
func Issubclass(args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.NoKwargs("issubclass", kwargs)
	arity("issubclass", args, 2, 2)
	return rt.IsSubclass(args[0], args[1])
}

func attrName(fn string, v rt.Value) string {
	s, ok := v.(string)
	if !ok {
		rt.Raisef(rt.TypeError, "attribute name must be string, not '", rt.TypeName(v), "'")
	}
	return s
}

// Getattr is getattr(object, name[, default]).
func Getattr(args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.NoKwargs("getattr", kwargs)
	arity("getattr", args, 2, 3)
	name := attrName("getattr", args[1])
	if len(args) == 2 {
		return rt.GetAttr(args[0], name)
	}
	var r rt.Value
	exc := rt.Catch(func() { r = rt.GetAttr(args[0], name) })
	if exc != nil {
		if exc.Cls.IsSubclass(rt.AttributeError) {
			return args[2]
		}
		panic(exc)
	}
	return r
}

// Hasattr is hasattr(object, name).
func Hasattr(args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.NoKwargs("hasattr", kwargs)
	arity("hasattr", args, 2, 2)
	name := attrName("hasattr", args[1])
	exc := rt.Catch(func() { rt.GetAttr(args[0], name) })
	if exc != nil {
		if exc.Cls.IsSubclass(rt.AttributeError) {
			return false
		}
		panic(exc)
	}
	return true
}

// Setattr is setattr(object, name, value).
func Setattr(args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.NoKwargs("setattr", kwargs)
	arity("setattr", args, 3, 3)
	rt.SetAttr(args[0], attrName("setattr", args[1]), args[2])
	return rt.None
}

var formatParams = &rt.Params{Func: "format", Names: []string{"value", "format_spec"}, Required: 1, PosOnly: 2}

// Format is format(value, format_spec=”).
func Format(args []rt.Value, kwargs []rt.KW) rt.Value {
	var v, spec rt.Value
	formatParams.Unpack(args, kwargs, &v, &spec)
	s := ""
	if spec != nil {
		str, ok := spec.(string)
		if !ok {
			rt.Raisef(rt.TypeError, "format() argument 2 must be str, not ", rt.TypeName(spec))
		}
		s = str
	}
	return rt.Format(v, s)
}

// Ord is ord(c).
func Ord(args []rt.Value, kwargs []rt.KW) rt.Value {
	c := exactlyOne("ord", args, kwargs)
	switch v := c.(type) {
	case string:
		rs := rt.StrRunes(v)
		if len(rs) != 1 {
			rt.Raisef(rt.TypeError, "ord() expected a character, but string of length ", strconv.Itoa(len(rs)), " found")
		}
		return small(int(rs[0]))
	case rt.Bytes:
		if len(v) != 1 {
			rt.Raisef(rt.TypeError, "ord() expected a character, but string of length ", strconv.Itoa(len(v)), " found")
		}
		return small(int(v[0]))
	case *rt.ByteArray:
		if len(v.B) != 1 {
			rt.Raisef(rt.TypeError, "ord() expected a character, but string of length ", strconv.Itoa(len(v.B)), " found")
		}
		return small(int(v.B[0]))
	}
	rt.Raisef(rt.TypeError, "ord() expected string of length 1, but ", rt.TypeName(c), " found")
	return nil
}

// Chr is chr(i).
func Chr(args []rt.Value, kwargs []rt.KW) rt.Value {
	i := rt.IndexOf(exactlyOne("chr", args, kwargs))
	n, ok := i.Int64()
	if !ok || n < 0 || n > 0x10FFFF {
		rt.Raise(rt.ValueError, "chr() arg not in range(0x110000)")
	}
	return ChrOf(rune(n))
}

// ChrOf returns chr(r) for a valid code point, encoding lone surrogates as
// the runtime's strings do (generalised UTF-8).
func ChrOf(r rune) string {
	if r >= 0xD800 && r <= 0xDFFF {
		return string([]byte{0xE0 | byte(r>>12), 0x80 | byte(r>>6)&0x3F, 0x80 | byte(r)&0x3F})
	}
	return string(r)
}

func baseConv(name string, base int, args []rt.Value, kwargs []rt.KW) rt.Value {
	return rt.IntToBase(rt.IndexOf(exactlyOne(name, args, kwargs)), base)
}

// Hex is hex(x).
func Hex(args []rt.Value, kwargs []rt.KW) rt.Value { return baseConv("hex", 16, args, kwargs) }

// Oct is oct(x).
func Oct(args []rt.Value, kwargs []rt.KW) rt.Value { return baseConv("oct", 8, args, kwargs) }

// Bin is bin(x).
func Bin(args []rt.Value, kwargs []rt.KW) rt.Value { return baseConv("bin", 2, args, kwargs) }

// Iter is iter(object[, sentinel]).
func Iter(args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.NoKwargs("iter", kwargs)
	arity("iter", args, 1, 2)
	if len(args) == 1 {
		return rt.IterObject(args[0])
	}
	fn, sentinel := args[0], args[1]
	if !IsCallable(fn) {
		rt.Raise(rt.TypeError, "iter(v, w): v must be callable")
	}
	return &rt.GoIter{Fn: func() (rt.Value, bool) {
		v := rt.Call(fn, nil, nil)
		if v == sentinel || rt.Eq(v, sentinel) {
			return nil, false
		}
		return v, true
	}}
}

// Next is next(iterator[, default]).
func Next(args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.NoKwargs("next", kwargs)
	arity("next", args, 1, 2)
	v, ok := rt.Next(args[0])
	if ok {
		return v
	}
	if len(args) == 2 {
		return args[1]
	}
	panic(&rt.Exception{Cls: rt.StopIteration})
}

var printParams = &rt.Params{Func: "print", Names: []string{"sep", "end", "file", "flush"}, KwOnly: 4}

// Print is print(*objects, sep=' ', end='\n', file=None, flush=False),
// writing to the transaction's output.
func Print(args []rt.Value, kwargs []rt.KW) rt.Value {
	var sep, end, file, flush rt.Value
	printParams.Unpack(nil, kwargs, &sep, &end, &file, &flush)
	sepS, endS := " ", "\n"
	if sep != nil && sep != rt.None {
		s, ok := sep.(string)
		if !ok {
			rt.Raisef(rt.TypeError, "sep must be None or a string, not ", rt.TypeName(sep))
		}
		sepS = s
	}
	if end != nil && end != rt.None {
		s, ok := end.(string)
		if !ok {
			rt.Raisef(rt.TypeError, "end must be None or a string, not ", rt.TypeName(end))
		}
		endS = s
	}
	var sb strings.Builder
	for i, a := range args {
		if i > 0 {
			sb.WriteString(sepS)
		}
		sb.WriteString(rt.Str(a))
	}
	sb.WriteString(endS)
	if file != nil && file != rt.None {
		rt.CallMethod(file, "write", []rt.Value{sb.String()}, nil)
		return rt.None
	}
	rt.Current().Stdout.WriteString(sb.String())
	return rt.None
}

// ids gives objects deterministic identities, numbered per transaction in
// order of first id() call. Lookups only; never iterated.
var (
	ids       map[any]int64
	idsThread *rt.Thread
)

// ID is id(obj). CPython returns an address; we return a deterministic
// per-transaction number (see docs/deviations.md).
func ID(args []rt.Value, kwargs []rt.KW) rt.Value {
	v := exactlyOne("id", args, kwargs)
	if idsThread != rt.Current() {
		ids, idsThread = map[any]int64{}, rt.Current()
	}
	n, ok := ids[v]
	if !ok {
		n = int64(len(ids)+1) * 16
		ids[v] = n
	}
	return rt.IntFromInt64(n)
}

// Sorted is sorted(iterable, /, *, key=None, reverse=False).
func Sorted(args []rt.Value, kwargs []rt.KW) rt.Value { return rt.SortedArgs(args, kwargs) }
