package gen

import (
	"math/big"
	"strings"
	"time"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/base64"
	"github.com/genvm-go/genvm/stdlib/builtins"
	"github.com/genvm-go/genvm/stdlib/dataclasses"
	"github.com/genvm-go/genvm/stdlib/datetime"
	"github.com/genvm-go/genvm/stdlib/decimal"
	"github.com/genvm-go/genvm/stdlib/enum"
	"github.com/genvm-go/genvm/stdlib/hashlib"
	"github.com/genvm-go/genvm/stdlib/json"
	"github.com/genvm-go/genvm/stdlib/math"
	"github.com/genvm-go/genvm/stdlib/pyrandom"
	"github.com/genvm-go/genvm/stdlib/pystring"
	"github.com/genvm-go/genvm/stdlib/pytime"
	"github.com/genvm-go/genvm/stdlib/re"
	"github.com/genvm-go/genvm/stdlib/typing"
	"github.com/genvm-go/genvm/stdlib/urllibparse"
)

// Reset clears the per-transaction state of generated code's support and
// pins the clock of datetime.now() to the transaction's datetime (the
// message's "datetime"), as GenVM does.
func Reset() {
	handling = nil
	modules = nil
	instanceCounter = 0
	if Env != nil && Env.Msg != nil && Env.Msg.Datetime != "" {
		if t, err := time.Parse(time.RFC3339Nano, Env.Msg.Datetime); err == nil {
			datetime.SetNow(t.UnixMicro())
		}
	}
}

var modules map[string]*rt.Module

var moduleCtors = map[string]func() *rt.Module{
	"json": json.Module, "math": math.Module, "re": re.Module, "datetime": datetime.Module,
	"decimal": decimal.Module, "hashlib": hashlib.Module, "base64": base64.Module,
	"dataclasses": dataclasses.Module, "typing": typing.Module, "enum": enum.Module, "string": pystring.Module,
	"urllib.parse": urllibparse.Module, "time": pytime.Module, "random": pyrandom.Module,
}

// packages lists the submodules of the packages whose submodules moduleCtors
// serves, in a fixed order.
var packages = map[string][]string{"urllib": {"parse"}}

// HasModule reports whether import name is served by the standard library
// subset (the compiler resolves dotted imports such as urllib.parse with it).
func HasModule(name string) bool {
	_, ok := moduleCtors[name]
	return ok
}

// Import returns the module named name (import name), fresh per transaction.
func Import(name string) rt.Value {
	if m, ok := modules[name]; ok {
		return m
	}
	ctor, ok := moduleCtors[name]
	if subs, isPkg := packages[name]; isPkg && !ok {
		// import urllib.parse binds the package urllib, whose submodules
		// are its attributes.
		ctor = func() *rt.Module {
			pkg := rt.NewModule(name)
			for _, sub := range subs {
				pkg.Set(sub, Import(name+"."+sub))
			}
			return pkg
		}
		ok = true
	}
	if !ok {
		rt.Raisef(rt.ModuleNotFoundError, "No module named '", name, "'")
	}
	if modules == nil {
		modules = map[string]*rt.Module{}
	}
	m := ctor()
	modules[name] = m
	return m
}

// ImportFrom returns module.name (from module import name).
func ImportFrom(module, name string) rt.Value {
	if module == "dataclasses" && name == "dataclass" {
		// @dataclass is applied by the code generator; the name itself is
		// only callable statically.
		return &rt.Builtin{Name: "dataclass", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
			rt.Raise(rt.NotImplementedError, "dataclass() used dynamically is not supported by genvm-go")
			return nil
		}}
	}
	m := Import(module)
	v, ok := rt.LookupAttr(m, name)
	if !ok {
		rt.Raisef(rt.ImportError, "cannot import name '", name, "' from '", module, "'")
	}
	return v
}

// ModAttr resolves a dotted path of a module member ("json.loads").
func ModAttr(path string) rt.Value {
	parts := strings.Split(path, ".")
	v := Import(parts[0])
	for _, p := range parts[1:] {
		v = rt.GetAttr(v, p)
	}
	return v
}

var extraBuiltins = map[string]rt.Value{}

func init() {
	extraBuiltins["staticmethod"] = &rt.Builtin{Name: "staticmethod", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return &StaticMethod{F: args[0]}
	}}
	extraBuiltins["classmethod"] = &rt.Builtin{Name: "classmethod", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return &ClassMethod{F: args[0]}
	}}
	extraBuiltins["property"] = &rt.Builtin{Name: "property", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		p := &Property{}
		if len(args) > 0 {
			p.Get = args[0]
		}
		if len(args) > 1 {
			p.Set = args[1]
		}
		return p
	}}
	extraBuiltins["delattr"] = &rt.Builtin{Name: "delattr", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		DelAttr(args[0], args[1].(string))
		return rt.None
	}}
	extraBuiltins["vars"] = &rt.Builtin{Name: "vars", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return rt.GetAttr(args[0], "__dict__")
	}}
	exit := &rt.Builtin{Name: "exit", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		panic(&rt.Exception{Cls: rt.SystemExit, Args: append([]rt.Value(nil), args...)})
	}}
	extraBuiltins["exit"] = exit
	extraBuiltins["quit"] = exit
}

// Builtin returns the builtin named name.
func Builtin(name string) rt.Value {
	if v, ok := extraBuiltins[name]; ok {
		return v
	}
	v, ok := builtins.Lookup(name)
	if !ok {
		return &rt.Builtin{Name: name, Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
			rt.Raisef(rt.NotImplementedError, "builtin '", name, "' is not supported by genvm-go yet")
			return nil
		}}
	}
	return v
}

// BigInt parses a decimal integer constant.
func BigInt(s string) rt.Value {
	b, _ := new(big.Int).SetString(s, 10)
	return rt.IntFromBig(b)
}

// Unbound raises UnboundLocalError for a local read before assignment.
func Unbound(name string) {
	rt.Raisef(rt.UnboundLocalError, "cannot access local variable '", name, "' where it is not associated with a value")
}

// NameError raises NameError for an unbound global or unknown name.
func NameError(name string) {
	rt.Raisef(rt.NameError, "name '", name, "' is not defined")
}

// FreeUnbound raises NameError for a free variable read before assignment.
func FreeUnbound(name string) {
	rt.Raisef(rt.NameError, "cannot access free variable '", name, "' where it is not associated with a value in enclosing scope")
}

// L returns a local's value, raising UnboundLocalError if it is unbound.
func L(v rt.Value, name string) rt.Value {
	if v == nil {
		Unbound(name)
	}
	return v
}

// G returns a global's value, raising NameError if it is unbound.
func G(v rt.Value, name string) rt.Value {
	if v == nil {
		NameError(name)
	}
	return v
}

// F returns a free variable's value, raising NameError if it is unbound.
func F(v rt.Value, name string) rt.Value {
	if v == nil {
		FreeUnbound(name)
	}
	return v
}

// Is implements the is operator.
func Is(a, b rt.Value) bool {
	switch x := a.(type) {
	case rt.Int:
		y, ok := b.(rt.Int)
		return ok && x.Equal(y) && x.IsSmall()
	case float64:
		y, ok := b.(float64)
		return ok && x == y
	}
	defer func() { recover() }()
	return a == b
}

// Box returns v as a Python value (bool stays bool).
func Box(v rt.Value) rt.Value { return v }

// Not returns not v.
func Not(v rt.Value) rt.Value { return !rt.Truth(v) }

// In implements x in c.
func In(x, c rt.Value) rt.Value { return rt.Contains(c, x) }

// NotIn implements x not in c.
func NotIn(x, c rt.Value) rt.Value { return !rt.Contains(c, x) }

// Call calls f with args and kwargs; user functions are bound directly.
func Call(f rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
	if fn, ok := f.(*Function); ok {
		return fn.Fn(fn.Bind(args, kwargs))
	}
	return rt.Call(f, args, kwargs)
}

// StarArgs appends the items of iterable v to args (f(*v)).
func StarArgs(args []rt.Value, v rt.Value) []rt.Value {
	switch x := v.(type) {
	case *rt.Tuple:
		return append(args, x.Items...)
	case *rt.List:
		return append(args, x.Items...)
	}
	if !iterable(v) {
		rt.Raisef(rt.TypeError, "Value after * must be an iterable, not ", rt.TypeName(v))
	}
	return append(args, rt.IterToSlice(v)...)
}

func iterable(v rt.Value) bool {
	for _, m := range rt.TypeOf(v).MRO {
		if m.Slots.Iter != nil || m.Slots.GetItem != nil {
			return true
		}
	}
	return false
}

// StarKwargs appends the items of mapping v to kwargs (f(**v)).
func StarKwargs(fname string, kwargs []rt.KW, v rt.Value) []rt.KW {
	d, ok := v.(*rt.Dict)
	if !ok {
		keys := rt.IterToSlice(rt.CallMethod(v, "keys", nil, nil))
		for _, k := range keys {
			kwargs = appendKW(fname, kwargs, k, rt.GetItem(v, k))
		}
		return kwargs
	}
	for _, k := range d.Keys() {
		val, _ := d.Get(k)
		kwargs = appendKW(fname, kwargs, k, val)
	}
	return kwargs
}

func appendKW(fname string, kwargs []rt.KW, k, v rt.Value) []rt.KW {
	s, ok := k.(string)
	if !ok {
		rt.Raise(rt.TypeError, "keywords must be strings")
	}
	for _, kw := range kwargs {
		if kw.Name == s {
			rt.Raisef(rt.TypeError, fname, "() got multiple values for keyword argument '", s, "'")
		}
	}
	return append(kwargs, rt.KW{Name: s, Value: v})
}

// ListExtend appends the items of iterable v to l ([*v] in a display).
func ListExtend(items []rt.Value, v rt.Value) []rt.Value {
	return append(items, rt.IterToSlice(v)...)
}

// DictMerge merges mapping v into d ({**v} in a display).
func DictMerge(d *rt.Dict, v rt.Value) {
	if x, ok := v.(*rt.Dict); ok {
		d.Update(x)
		return
	}
	for _, k := range rt.IterToSlice(rt.CallMethod(v, "keys", nil, nil)) {
		d.Set(k, rt.GetItem(v, k))
	}
}

// Concat joins the parts of an f-string, charging the copy to the meter.
func Concat(parts ...string) string { return rt.StrJoin("", parts) }

// Slice builds a slice object; nil bounds are None.
func Slice(lo, hi, step rt.Value) rt.Value {
	if lo == nil {
		lo = rt.None
	}
	if hi == nil {
		hi = rt.None
	}
	if step == nil {
		step = rt.None
	}
	return rt.NewSlice(lo, hi, step)
}

// Iter returns an iterator over v (for loops).
func Iter(v rt.Value) rt.Iterator { return rt.Iter(v) }

// ListIter is a Python iterator over precomputed items (generator
// expressions are evaluated eagerly).
func ListIter(items []rt.Value) rt.Value {
	return rt.IterObject(rt.NewList(items))
}

// FormatValue formats one f-string replacement field.
func FormatValue(v rt.Value, conv int, spec string) string {
	var c byte
	if conv > 0 {
		c = byte(conv)
	}
	return rt.FormatField(v, c, spec)
}

// UnpackTo unpacks v into exactly n values (a, b = v).
func UnpackTo(v rt.Value, n int) []rt.Value { return rt.Unpack(v, n) }

// Truth is bool(v).
func Truth(v rt.Value) bool { return rt.Truth(v) }

// StrConcat returns a + b (str concatenation on unboxed strings), charging
// the copy to the meter.
func StrConcat(a, b string) string { return rt.StrConcat(a, b) }

// IntRange iterates over range(start, stop, step) on unboxed ints.
type IntRange struct {
	cur, stop, step rt.Int
	small           bool
	c, e, s         int64
}

// NewIntRange starts iterating over range(start, stop, step).
func NewIntRange(start, stop, step rt.Int) *IntRange {
	if step.IsZero() {
		rt.Raise(rt.ValueError, "range() arg 3 must not be zero")
	}
	r := &IntRange{cur: start, stop: stop, step: step}
	c, ok1 := start.Int64()
	e, ok2 := stop.Int64()
	s, ok3 := step.Int64()
	if ok1 && ok2 && ok3 && c > -(1<<62) && c < 1<<62 && e > -(1<<62) && e < 1<<62 && s > -(1<<62) && s < 1<<62 {
		r.small, r.c, r.e, r.s = true, c, e, s
	}
	return r
}

// Next returns the next value.
func (r *IntRange) Next() (rt.Int, bool) {
	if r.small {
		if (r.s > 0 && r.c >= r.e) || (r.s < 0 && r.c <= r.e) {
			return rt.Int{}, false
		}
		v := r.c
		r.c += r.s
		return rt.IntFromInt64(v), true
	}
	c := r.cur.Cmp(r.stop)
	if (r.step.Sign() > 0 && c >= 0) || (r.step.Sign() < 0 && c <= 0) {
		return rt.Int{}, false
	}
	v := r.cur
	r.cur = r.cur.Add(r.step)
	return v, true
}

// UnboxInt, UnboxFloat, UnboxStr and UnboxBool convert a value the code
// generator proved to be of that type; a mismatch is a compiler bug.
func UnboxInt(v rt.Value) rt.Int {
	i, ok := v.(rt.Int)
	if !ok {
		rt.Raise(rt.SystemError, "genvm-go: expected int, got "+rt.TypeName(v))
	}
	return i
}

// UnboxFloat: see UnboxInt.
func UnboxFloat(v rt.Value) float64 {
	f, ok := v.(float64)
	if !ok {
		rt.Raise(rt.SystemError, "genvm-go: expected float, got "+rt.TypeName(v))
	}
	return f
}

// UnboxStr: see UnboxInt.
func UnboxStr(v rt.Value) string {
	s, ok := v.(string)
	if !ok {
		rt.Raise(rt.SystemError, "genvm-go: expected str, got "+rt.TypeName(v))
	}
	return s
}

// UnboxBool: see UnboxInt.
func UnboxBool(v rt.Value) bool {
	b, ok := v.(bool)
	if !ok {
		rt.Raise(rt.SystemError, "genvm-go: expected bool, got "+rt.TypeName(v))
	}
	return b
}

// Next is next(it[, default]), including user iterators.
func Next(args []rt.Value, kwargs []rt.KW) rt.Value {
	if len(args) >= 1 && len(kwargs) == 0 {
		if _, ok := args[0].(*Instance); ok {
			it := AsIterator(args[0])
			v, ok := it.Next()
			if !ok {
				if len(args) > 1 {
					return args[1]
				}
				panic(&rt.Exception{Cls: rt.StopIteration})
			}
			return v
		}
	}
	return builtins.Next(args, kwargs)
}

// Generator is a lazily evaluated generator expression: Fn yields the next
// item, or false when exhausted (after which it is not called again).
type Generator struct {
	Fn   func() (rt.Value, bool)
	done bool
}

// GeneratorType is the class of generator objects.
var GeneratorType = rt.NewClass("generator", "builtins")

// Class returns generator.
func (*Generator) Class() *rt.Class { return GeneratorType }

// Next returns the next item.
func (g *Generator) Next() (rt.Value, bool) {
	if g.done {
		return nil, false
	}
	v, ok := g.Fn()
	if !ok {
		g.done = true
	}
	return v, ok
}

func init() {
	GeneratorType.Slots.Iter = func(v rt.Value) rt.Iterator { return v.(*Generator) }
	GeneratorType.Slots.Repr = func(v rt.Value) string { return "<generator object <genexpr>>" }
	GeneratorType.AddMethod("__next__", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		v, ok := self.(*Generator).Next()
		if !ok {
			panic(&rt.Exception{Cls: rt.StopIteration})
		}
		return v
	})
}

// Append is obj.append(v): a list appends directly, anything else goes
// through the generic method call.
func Append(obj, v rt.Value) rt.Value {
	if l, ok := obj.(*rt.List); ok {
		l.Append(v)
		return rt.None
	}
	return CallAttr(obj, "append", []rt.Value{v}, nil)
}
