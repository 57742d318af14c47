package rt

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
)

// Helpers for the text differential tests: Python literals built
// independently of the code under test, and case constructors.

// pyLit renders a Go value as a Python literal without using rt's repr.
func pyLit(v Value) string {
	switch x := v.(type) {
	case string:
		var b strings.Builder
		b.WriteByte('\'')
		for _, r := range StrRunes(x) {
			switch {
			case r == '\'' || r == '\\':
				b.WriteByte('\\')
				b.WriteRune(r)
			case r >= 0x20 && r < 0x7f:
				b.WriteRune(r)
			default:
				fmt.Fprintf(&b, "\\U%08x", r)
			}
		}
		b.WriteByte('\'')
		return b.String()
	case Bytes:
		return "b" + bytesLit(string(x))
	case *ByteArray:
		return "bytearray(b" + bytesLit(string(x.B)) + ")"
	case Int:
		if x.big != nil {
			return x.big.String()
		}
		return fmt.Sprint(x.small)
	case int:
		return fmt.Sprint(x)
	case bool:
		if x {
			return "True"
		}
		return "False"
	case NoneType:
		return "None"
	case float64:
		return "float.fromhex('" + FloatHex(x) + "')"
	case *Tuple:
		parts := make([]string, len(x.Items))
		for i, it := range x.Items {
			parts[i] = pyLit(it)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *List:
		parts := make([]string, len(x.Items))
		for i, it := range x.Items {
			parts[i] = pyLit(it)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *Dict:
		parts := []string{}
		x.Range(func(k, v Value) bool {
			parts = append(parts, pyLit(k)+": "+pyLit(v))
			return true
		})
		return "{" + strings.Join(parts, ", ") + "}"
	case *Slice:
		return "slice(" + pyLit(x.Start) + ", " + pyLit(x.Stop) + ", " + pyLit(x.Step) + ")"
	}
	panic(fmt.Sprintf("pyLit: %T", v))
}

func bytesLit(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '\'' && c != '\\' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "\\x%02x", c)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// goRepr renders a result for comparison with CPython's repr, handling the
// containers itself so that text tests do not depend on their reprs.
func goRepr(v Value) string {
	switch x := v.(type) {
	case *List:
		parts := make([]string, len(x.Items))
		for i, it := range x.Items {
			parts[i] = goRepr(it)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *Tuple:
		parts := make([]string, len(x.Items))
		for i, it := range x.Items {
			parts[i] = goRepr(it)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case Int:
		if x.big != nil {
			return x.big.String()
		}
		return fmt.Sprint(x.small)
	case int:
		return fmt.Sprint(x)
	case bool, NoneType:
		return pyLit(x)
	}
	return Repr(v)
}

func goOutcome(f func() Value) string {
	var v Value
	if exc := Catch(func() { v = f() }); exc != nil {
		return exc.Error()
	}
	return goRepr(v)
}

func litArgs(args []Value) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = pyLit(a)
	}
	return strings.Join(parts, ", ")
}

// cM is a method call case: recv.name(*args).
func cM(recv Value, name string, args ...Value) pycase.Case {
	args = normArgs(args)
	return pycase.Case{Py: pyLit(recv) + "." + name + "(" + litArgs(args) + ")",
		Go: func() string { return goOutcome(func() Value { return CallMethod(recv, name, args, nil) }) }}
}

// cMK is a method call with keyword arguments.
func cMK(recv Value, name string, args []Value, kw ...KW) pycase.Case {
	args = normArgs(args)
	parts := []string{}
	if len(args) > 0 {
		parts = append(parts, litArgs(args))
	}
	for i := range kw {
		kw[i].Value = normArg(kw[i].Value)
		parts = append(parts, kw[i].Name+"="+pyLit(kw[i].Value))
	}
	return pycase.Case{Py: pyLit(recv) + "." + name + "(" + strings.Join(parts, ", ") + ")",
		Go: func() string { return goOutcome(func() Value { return CallMethod(recv, name, args, kw) }) }}
}

// cE is a case with an explicit Python expression.
func cE(py string, f func() Value) pycase.Case {
	return pycase.Case{Py: py, Go: func() string { return goOutcome(f) }}
}

// cOp is a binary operator case.
func cOp(a Value, op BinaryOp, b Value) pycase.Case {
	a, b = normArg(a), normArg(b)
	return cE(pyLit(a)+" "+op.String()+" "+pyLit(b), func() Value { return Binary(op, a, b) })
}

// cFmt is format(v, spec).
func cFmt(v Value, spec string) pycase.Case {
	v = normArg(v)
	return cE("format("+pyLit(v)+", "+pyLit(spec)+")", func() Value { return Format(v, spec) })
}

// cPct is fmt % args.
func cPct(f Value, args Value) pycase.Case {
	args = normArg(args)
	return cE(pyLit(f)+" % "+pyLit(args), func() Value { return Binary(OpMod, f, args) })
}

func normArg(v Value) Value {
	if v == nil {
		return None
	}
	if i, ok := v.(int); ok {
		return Int{small: int64(i)}
	}
	if t, ok := v.(*Tuple); ok {
		return &Tuple{Items: normArgs(t.Items)}
	}
	if l, ok := v.(*List); ok {
		return &List{Items: normArgs(l.Items)}
	}
	return v
}

func normArgs(args []Value) []Value {
	out := make([]Value, len(args))
	for i, a := range args {
		out[i] = normArg(a)
	}
	return out
}

func tup(items ...Value) *Tuple { return &Tuple{Items: items} }
func lst(items ...Value) *List  { return &List{Items: items} }

func bigPow2(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }

var _ = testing.T{}
