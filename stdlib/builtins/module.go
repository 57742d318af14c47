package builtins

import "github.com/genvm-go/genvm/rt"

// funcs lists the builtin functions in a fixed order.
var funcs = []struct {
	name string
	fn   rt.BuiltinFunc
}{
	{"abs", Abs}, {"all", All}, {"any", Any}, {"ascii", ASCII}, {"bin", Bin}, {"callable", Callable},
	{"chr", Chr}, {"divmod", Divmod}, {"format", Format}, {"getattr", Getattr}, {"hasattr", Hasattr},
	{"hash", Hash}, {"hex", Hex}, {"id", ID}, {"isinstance", Isinstance}, {"issubclass", Issubclass},
	{"iter", Iter}, {"len", Len}, {"max", Max}, {"min", Min}, {"next", Next}, {"oct", Oct}, {"ord", Ord},
	{"pow", Pow}, {"print", Print}, {"repr", Repr}, {"round", Round}, {"setattr", Setattr},
	{"sorted", Sorted}, {"sum", Sum},
}

// classes lists the builtin types bound in the namespace.
var classes = []*rt.Class{
	rt.ObjectType, rt.TypeType, rt.IntType, rt.BoolType, rt.FloatType, rt.StrType, rt.BytesType,
	rt.ByteArrayType, rt.ListType, rt.TupleType, rt.DictType, rt.SetType, rt.FrozenSetType, rt.RangeType,
	rt.SliceType, rt.EnumerateType, rt.ZipType, rt.MapType, rt.FilterType, rt.ReversedType,
	rt.BaseException, rt.SystemExit, rt.KeyboardInterrupt, rt.GeneratorExit, rt.ExceptionClass,
	rt.StopIteration, rt.ArithmeticError, rt.FloatingPointError, rt.OverflowError, rt.ZeroDivisionError,
	rt.AssertionError, rt.AttributeError, rt.BufferError, rt.EOFError, rt.ImportError,
	rt.ModuleNotFoundError, rt.LookupError, rt.IndexError, rt.KeyError, rt.MemoryError, rt.NameError,
	rt.UnboundLocalError, rt.OSError, rt.ReferenceError, rt.RuntimeError, rt.NotImplementedError,
	rt.RecursionError, rt.SyntaxError, rt.SystemError, rt.TypeError, rt.ValueError, rt.UnicodeError,
	rt.UnicodeDecodeError, rt.UnicodeEncodeError, rt.Warning,
}

// Module returns a fresh builtins namespace: the builtin functions, types,
// exception classes and constants (None, True, False, Ellipsis,
// NotImplemented). A fresh one per transaction keeps rebinding (e.g.
// builtins.print = ...) local to it.
func Module() *rt.Module {
	m := rt.NewModule("builtins")
	for _, f := range funcs {
		m.Func(f.name, f.fn)
	}
	for _, c := range classes {
		m.Set(c.Name, c)
	}
	m.Set("None", rt.None)
	m.Set("True", true)
	m.Set("False", false)
	m.Set("Ellipsis", rt.Ellipsis)
	m.Set("NotImplemented", rt.NotImplemented)
	return m
}

// Lookup returns the builtin bound to name in a default namespace (for
// compile-time resolution); ok is false for unknown names.
func Lookup(name string) (rt.Value, bool) { return defaultModule.Get(name) }

var defaultModule = Module()
