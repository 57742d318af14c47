// Package stdutil holds small helpers shared by the standard-library modules
// (argument conversion with CPython's messages, class construction). It has
// no Python-visible behaviour of its own.
package stdutil

import (
	"github.com/genvm-go/genvm/rt"
)

// NewType returns a new built-in class named name in module mod, deriving
// from bases (object if none).
func NewType(name, mod string, bases ...*rt.Class) *rt.Class {
	c := rt.NewClass(name, mod, bases...)
	return c
}

// NewError returns an exception class name in module mod deriving from base.
func NewError(name, mod string, base *rt.Class) *rt.Class {
	return rt.NewClass(name, mod, base)
}

// BytesLike returns the content of a bytes-like object (bytes, bytearray)
// and whether v was one.
func BytesLike(v rt.Value) (string, bool) {
	switch x := v.(type) {
	case rt.Bytes:
		return string(x), true
	case *rt.ByteArray:
		return string(x.B), true
	}
	return "", false
}

// MustBytes is BytesLike raising CPython's TypeError "a bytes-like object is
// required, not 'T'".
func MustBytes(v rt.Value) string {
	if s, ok := BytesLike(v); ok {
		return s
	}
	rt.Raisef(rt.TypeError, "a bytes-like object is required, not '", rt.TypeName(v), "'")
	return ""
}

// IsNone reports whether v is None or unset (nil).
func IsNone(v rt.Value) bool {
	if v == nil {
		return true
	}
	_, ok := v.(rt.NoneType)
	return ok
}

// Int converts an int-like argument (int, bool, or a value with __index__) to
// int64, raising TypeError "'T' object cannot be interpreted as an integer"
// or OverflowError when it does not fit.
func Int(v rt.Value) int64 {
	switch x := v.(type) {
	case rt.Int:
		n, ok := x.Int64()
		if !ok {
			rt.Raise(rt.OverflowError, "Python int too large to convert to C ssize_t")
		}
		return n
	case bool:
		if x {
			return 1
		}
		return 0
	}
	if c := rt.TypeOf(v); c != nil {
		for _, m := range c.MRO {
			if m.Slots.Index != nil {
				return Int(m.Slots.Index(v))
			}
		}
	}
	rt.Raisef(rt.TypeError, "'", rt.TypeName(v), "' object cannot be interpreted as an integer")
	return 0
}

// ToInt converts an int or bool to rt.Int, raising TypeError otherwise.
func ToInt(v rt.Value) (rt.Int, bool) {
	switch x := v.(type) {
	case rt.Int:
		return x, true
	case bool:
		if x {
			return rt.IntFromInt64(1), true
		}
		return rt.IntFromInt64(0), true
	}
	return rt.Int{}, false
}

// Str returns v as a Go string if it is a str.
func Str(v rt.Value) (string, bool) {
	s, ok := v.(string)
	return s, ok
}

// Method adds a method taking no keyword arguments with the given arity
// check done by the caller.
func Method(c *rt.Class, name string, fn func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value) {
	c.AddMethod(name, fn)
}

// Arity raises TypeError "name() takes exactly one argument (N given)" style
// messages for methods with fixed arity when len(args) is not n.
func Arity(name string, args []rt.Value, kwargs []rt.KW, min, max int) {
	rt.NoKwargs(name, kwargs)
	if len(args) >= min && len(args) <= max {
		return
	}
	n := itoa(len(args))
	switch {
	case max == 0:
		rt.Raisef(rt.TypeError, name, "() takes no arguments (", n, " given)")
	case min == max && min == 1:
		rt.Raisef(rt.TypeError, name, "() takes exactly one argument (", n, " given)")
	case min == max:
		rt.Raisef(rt.TypeError, name, "() takes exactly ", itoa(min), " arguments (", n, " given)")
	case len(args) < min:
		rt.Raisef(rt.TypeError, name, " expected at least ", itoa(min), " argument", plural(min), ", got ", n)
	default:
		rt.Raisef(rt.TypeError, name, " expected at most ", itoa(max), " argument", plural(max), ", got ", n)
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Itoa formats n in decimal without fmt.
func Itoa(n int) string { return itoa(n) }

// Call runs a module attribute as Python would: m.name(*args, **kwargs).
func Call(m *rt.Module, name string, args []rt.Value, kwargs ...rt.KW) rt.Value {
	f, ok := m.Get(name)
	if !ok {
		rt.Raisef(rt.AttributeError, "module '", m.Name, "' has no attribute '", name, "'")
	}
	return rt.Call(f, args, kwargs)
}

// DecodeUTF8Replace decodes b as UTF-8 with errors='replace' the way
// CPython does: each maximal invalid subpart becomes one U+FFFD.
func DecodeUTF8Replace(b string) string {
	var out []byte
	start := 0
	i := 0
	for i < len(b) {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		var need int
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c == 0xE0:
			need, lo = 2, 0xA0
		case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
			need = 2
		case c == 0xED:
			need, hi = 2, 0x9F
		case c == 0xF0:
			need, lo = 3, 0x90
		case c >= 0xF1 && c <= 0xF3:
			need = 3
		case c == 0xF4:
			need, hi = 3, 0x8F
		default:
			need = -1
		}
		j := i + 1
		ok := need > 0
		for k := 0; ok && k < need; k++ {
			if j >= len(b) {
				ok = false
				break
			}
			cc := b[j]
			l, h := byte(0x80), byte(0xBF)
			if k == 0 {
				l, h = lo, hi
			}
			if cc < l || cc > h {
				ok = false
				break
			}
			j++
		}
		if ok {
			i = j
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(b)+8)
		}
		out = append(out, b[start:i]...)
		out = append(out, "\uFFFD"...)
		i = j
		start = i
	}
	if out == nil {
		return b
	}
	return string(append(out, b[start:]...))
}
