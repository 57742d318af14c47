package gen

import (
	"strings"

	"github.com/genvm-go/genvm/rt"
)

// Namespace collects a class body's bindings in definition order.
type Namespace struct {
	Items []rt.KW
}

// Set binds name in the class body.
func (ns *Namespace) Set(name string, v rt.Value) {
	for i := range ns.Items {
		if ns.Items[i].Name == name {
			ns.Items[i].Value = v
			return
		}
	}
	ns.Items = append(ns.Items, rt.KW{Name: name, Value: v})
}

// Get reads name from the class body, then from globals via fallback.
func (ns *Namespace) Get(name string, fallback rt.Value) rt.Value {
	for _, kw := range ns.Items {
		if kw.Name == name {
			return kw.Value
		}
	}
	if fallback == nil {
		rt.Raisef(rt.NameError, "name '", name, "' is not defined")
	}
	return fallback
}

// Delete unbinds name in the class body.
func (ns *Namespace) Delete(name string) {
	for i := range ns.Items {
		if ns.Items[i].Name == name {
			ns.Items = append(ns.Items[:i], ns.Items[i+1:]...)
			return
		}
	}
	rt.Raisef(rt.NameError, "name '", name, "' is not defined")
}

// Instance is an instance of a user class (not deriving from a built-in
// type other than object).
type Instance struct {
	Cls   *rt.Class
	Attrs []rt.KW
	id    int64
}

// Class returns the instance's class.
func (o *Instance) Class() *rt.Class { return o.Cls }

// Get returns an instance attribute.
func (o *Instance) Get(name string) (rt.Value, bool) {
	for i := range o.Attrs {
		if o.Attrs[i].Name == name {
			return o.Attrs[i].Value, true
		}
	}
	return nil, false
}

// Set sets an instance attribute.
func (o *Instance) Set(name string, v rt.Value) {
	for i := range o.Attrs {
		if o.Attrs[i].Name == name {
			o.Attrs[i].Value = v
			return
		}
	}
	o.Attrs = append(o.Attrs, rt.KW{Name: name, Value: v})
}

func (o *Instance) del(name string) bool {
	for i := range o.Attrs {
		if o.Attrs[i].Name == name {
			o.Attrs = append(o.Attrs[:i], o.Attrs[i+1:]...)
			return true
		}
	}
	return false
}

// StaticMethod is staticmethod(f).
type StaticMethod struct{ F rt.Value }

// ClassMethod is classmethod(f).
type ClassMethod struct{ F rt.Value }

// Property is property(fget, fset).
type Property struct{ Get, Set, Del rt.Value }

var (
	staticMethodType = rt.NewClass("staticmethod", "builtins")
	classMethodType  = rt.NewClass("classmethod", "builtins")
	propertyType     = rt.NewClass("property", "builtins")
)

func (*StaticMethod) Class() *rt.Class { return staticMethodType }
func (*ClassMethod) Class() *rt.Class  { return classMethodType }
func (*Property) Class() *rt.Class     { return propertyType }

// userClassGetItem wraps typing's cls[key] (rt.ClassGetItem) with a user
// class's own __class_getitem__, implicitly a classmethod as in CPython.
func userClassGetItem(next func(*rt.Class, rt.Value) rt.Value) func(*rt.Class, rt.Value) rt.Value {
	return func(c *rt.Class, key rt.Value) rt.Value {
		if isUser(c) {
			if a, _, ok := lookupUser(c, "__class_getitem__"); ok {
				if f, isFn := a.(*Function); isFn {
					a = &ClassMethod{F: f}
				}
				return rt.Call(bindAttr(a, nil, c), []rt.Value{key}, nil)
			}
		}
		return next(c, key)
	}
}

func init() {
	rt.ClassGetItem = userClassGetItem(rt.ClassGetItem) // typing's init ran first: gen imports it
	propertyType.AddMethod("setter", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		p := self.(*Property)
		return &Property{Get: p.Get, Set: args[0], Del: p.Del}
	})
	propertyType.AddMethod("getter", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		p := self.(*Property)
		return &Property{Get: args[0], Set: p.Set, Del: p.Del}
	})
	propertyType.AddMethod("deleter", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		p := self.(*Property)
		return &Property{Get: p.Get, Set: p.Set, Del: args[0]}
	})
	superType.Slots.GetAttr = superGetAttr
}

// lookupUser finds name in the class attributes along c's MRO.
func lookupUser(c *rt.Class, name string) (rt.Value, *rt.Class, bool) {
	for _, m := range c.MRO {
		if a, ok := m.Attrs[name]; ok {
			return a, m, true
		}
	}
	return nil, nil, false
}

// bindAttr applies the descriptor protocol to a class attribute found for
// instance self (nil when looked up on the class itself).
func bindAttr(a rt.Value, self rt.Value, cls *rt.Class) rt.Value {
	switch x := a.(type) {
	case *Function:
		if self == nil {
			return x
		}
		return &BoundMethod{Self: self, Func: x}
	case *StaticMethod:
		return x.F
	case *ClassMethod:
		return &BoundMethod{Self: cls, Func: x.F}
	case *Property:
		if self == nil {
			return x
		}
		if x.Get == nil {
			rt.Raisef(rt.AttributeError, "property of '", cls.Name, "' object has no getter")
		}
		return rt.Call(x.Get, []rt.Value{self}, nil)
	}
	return a
}

func instGetAttr(v rt.Value, name string) (rt.Value, bool) {
	cls := rt.TypeOf(v)
	switch x := v.(type) {
	case *Instance:
		if name == "__class__" {
			return cls, true
		}
		if name == "__dict__" {
			d := rt.NewDict(len(x.Attrs))
			for _, kw := range x.Attrs {
				d.Set(kw.Name, kw.Value)
			}
			return d, true
		}
		if a, _, ok := lookupUser(cls, name); ok {
			if p, isProp := a.(*Property); isProp {
				return bindAttr(p, v, cls), true
			}
		}
		if r, ok := x.Get(name); ok {
			return r, true
		}
	case *rt.Exception:
		if r, ok := rt.ExceptionAttr(x, name); ok {
			return r, true
		}
	}
	if a, _, ok := lookupUser(cls, name); ok {
		return bindAttr(a, v, cls), true
	}
	return nil, false
}

func instSetAttr(v rt.Value, name string, val rt.Value) bool {
	cls := rt.TypeOf(v)
	if a, _, ok := lookupUser(cls, name); ok {
		if p, isProp := a.(*Property); isProp {
			if p.Set == nil {
				rt.Raisef(rt.AttributeError, "property '", name, "' of '", cls.Name, "' object has no setter")
			}
			rt.Call(p.Set, []rt.Value{v, val}, nil)
			return true
		}
	}
	if f := frozenCheck(cls); f {
		panic(&rt.Exception{Cls: frozenInstanceError(), Args: []rt.Value{"cannot assign to field '" + name + "'"}})
	}
	switch x := v.(type) {
	case *Instance:
		x.Set(name, val)
		return true
	case *rt.Exception:
		rt.SetExceptionAttr(x, name, val)
		return true
	}
	return false
}

// DelAttr performs del v.name.
func DelAttr(v rt.Value, name string) {
	if x, ok := v.(*Instance); ok {
		if a, _, ok := lookupUser(x.Cls, name); ok {
			if p, isProp := a.(*Property); isProp && p.Del != nil {
				rt.Call(p.Del, []rt.Value{v}, nil)
				return
			}
		}
		if x.del(name) {
			return
		}
		rt.Raisef(rt.AttributeError, "'", x.Cls.Name, "' object has no attribute '", name, "'")
	}
	rt.Raisef(rt.AttributeError, "'", rt.TypeName(v), "' object attribute '", name, "' cannot be deleted")
}

var instanceCounter int64

// callDunder calls the special method name of v's class with args, reporting
// whether the class defines it.
func callDunder(v rt.Value, name string, args ...rt.Value) (rt.Value, bool) {
	cls := rt.TypeOf(v)
	a, _, ok := lookupUser(cls, name)
	if !ok {
		return nil, false
	}
	if a == rt.None {
		return nil, false
	}
	f := bindAttr(a, v, cls)
	return rt.Call(f, args, nil), true
}

func hasDunder(c *rt.Class, name string) bool {
	_, _, ok := lookupUser(c, name)
	return ok
}

var binaryDunders = [...]string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"}

var compareDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// MakeClass creates a user class from its body's namespace.
func MakeClass(name, qual string, bases []rt.Value, ns *Namespace) *rt.Class {
	var bs []*rt.Class
	for _, b := range bases {
		c, ok := b.(*rt.Class)
		if !ok {
			rt.Raisef(rt.TypeError, "bases must be types")
		}
		if c.Final {
			rt.Raisef(rt.TypeError, "type '", c.Name, "' is not an acceptable base type")
		}
		if !isUser(c) && c != rt.ObjectType && c != ContractBase && !c.IsSubclass(rt.BaseException) {
			rt.Raisef(rt.TypeError, "subclassing the built-in type '", c.Name, "' is not supported by genvm-go yet")
		}
		bs = append(bs, c)
	}
	cls := rt.NewClass(name, "__main__", bs...)
	cls.QualName = qual
	info(cls).user = true
	for _, kw := range ns.Items {
		if _, dup := cls.Attrs[kw.Name]; !dup {
			cls.AttrOrder = append(cls.AttrOrder, kw.Name)
		}
		cls.Attrs[kw.Name] = kw.Value
	}
	if _, ok := cls.Attrs["__qualname__"]; !ok {
		cls.Attrs["__qualname__"] = qual
	}
	cls.Attrs["__module__"] = "__main__"
	installSlots(cls)
	rt.SetClassConstructor(cls, construct)
	RunSubclassHooks(cls)
	return cls
}

func installSlots(cls *rt.Class) {
	s := &cls.Slots
	s.GetAttr = instGetAttr
	s.SetAttr = instSetAttr
	isExc := cls.IsSubclass(rt.BaseException)
	if hasDunder(cls, "__repr__") {
		s.Repr = func(v rt.Value) string { return strResult(callMust(v, "__repr__"), "__repr__") }
	} else if !isExc {
		s.Repr = func(v rt.Value) string {
			c := rt.TypeOf(v)
			return "<" + c.Module + "." + c.QualName + " object>"
		}
	}
	if hasDunder(cls, "__str__") {
		s.Str = func(v rt.Value) string { return strResult(callMust(v, "__str__"), "__str__") }
	}
	if hasDunder(cls, "__format__") {
		s.Format = func(v rt.Value, spec string) string { return strResult(callMust(v, "__format__", spec), "__format__") }
	}
	hasEq := hasDunder(cls, "__eq__")
	if hasDunder(cls, "__hash__") {
		if h, _, _ := lookupUser(cls, "__hash__"); h != rt.None {
			s.Hash = func(v rt.Value) int64 {
				r := callMust(v, "__hash__")
				i, ok := rt.AsInt(r)
				if !ok {
					rt.Raise(rt.TypeError, "__hash__ method should return an integer")
				}
				return rt.HashInt(i)
			}
		}
	} else if !hasEq && !isExc {
		s.Hash = func(v rt.Value) int64 {
			if o, ok := v.(*Instance); ok {
				return o.id
			}
			return 0
		}
	}
	if hasDunder(cls, "__bool__") {
		s.Bool = func(v rt.Value) bool {
			r := callMust(v, "__bool__")
			b, ok := r.(bool)
			if !ok {
				rt.Raisef(rt.TypeError, "__bool__ should return bool, returned ", rt.TypeName(r))
			}
			return b
		}
	}
	if hasDunder(cls, "__len__") {
		s.Len = func(v rt.Value) int {
			r := callMust(v, "__len__")
			i, ok := rt.AsInt(r)
			if !ok {
				rt.Raisef(rt.TypeError, "'", rt.TypeName(r), "' object cannot be interpreted as an integer")
			}
			if i.Sign() < 0 {
				rt.Raise(rt.ValueError, "__len__() should return >= 0")
			}
			n, _ := i.Int64()
			return int(n)
		}
	}
	anyCmp := false
	for _, d := range compareDunders {
		if hasDunder(cls, d) {
			anyCmp = true
		}
	}
	if anyCmp {
		s.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
			if r, ok := callDunder(a, compareDunders[op], b); ok {
				if op == rt.OpNE || r != rt.NotImplemented {
					return r
				}
			}
			if op == rt.OpNE {
				if r, ok := callDunder(a, "__eq__", b); ok && r != rt.NotImplemented {
					return !rt.Truth(r)
				}
			}
			return rt.NotImplemented
		}
	}
	anyBin := false
	for _, d := range binaryDunders {
		if hasDunder(cls, "__"+d+"__") || hasDunder(cls, "__r"+d+"__") {
			anyBin = true
		}
	}
	if anyBin {
		s.Binary = func(op rt.BinaryOp, a, b rt.Value) rt.Value {
			d := binaryDunders[op]
			ca, cb := rt.TypeOf(a), rt.TypeOf(b)
			if isUser(ca) || ca.IsSubclass(rt.BaseException) {
				if r, ok := callDunder(a, "__"+d+"__", b); ok && r != rt.NotImplemented {
					return r
				}
			}
			if ca != cb && isUser(cb) {
				if r, ok := callDunder(b, "__r"+d+"__", a); ok && r != rt.NotImplemented {
					return r
				}
			}
			return rt.NotImplemented
		}
	}
	anyIn := false
	for _, d := range binaryDunders {
		if hasDunder(cls, "__i"+d+"__") {
			anyIn = true
		}
	}
	if anyIn {
		s.InPlace = func(op rt.BinaryOp, a, b rt.Value) rt.Value {
			if r, ok := callDunder(a, "__i"+binaryDunders[op]+"__", b); ok {
				return r
			}
			return rt.NotImplemented
		}
	}
	if hasDunder(cls, "__neg__") || hasDunder(cls, "__pos__") || hasDunder(cls, "__invert__") {
		s.Unary = func(op rt.UnaryOp, a rt.Value) rt.Value {
			if r, ok := callDunder(a, [...]string{"__neg__", "__pos__", "__invert__"}[op]); ok {
				return r
			}
			return rt.NotImplemented
		}
	}
	if hasDunder(cls, "__getitem__") {
		s.GetItem = func(v, key rt.Value) rt.Value { return callMust(v, "__getitem__", key) }
	}
	if hasDunder(cls, "__setitem__") {
		s.SetItem = func(v, key, val rt.Value) { callMust(v, "__setitem__", key, val) }
	}
	if hasDunder(cls, "__delitem__") {
		s.DelItem = func(v, key rt.Value) { callMust(v, "__delitem__", key) }
	}
	if hasDunder(cls, "__contains__") {
		s.Contains = func(v, x rt.Value) bool { return rt.Truth(callMust(v, "__contains__", x)) }
	}
	if hasDunder(cls, "__iter__") {
		s.Iter = func(v rt.Value) rt.Iterator { return AsIterator(callMust(v, "__iter__")) }
	}
	if hasDunder(cls, "__call__") {
		s.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			f, _ := instGetAttr(v, "__call__")
			return rt.Call(f, args, kwargs)
		}
	}
	if hasDunder(cls, "__index__") {
		s.Index = func(v rt.Value) rt.Int {
			i, ok := rt.AsInt(callMust(v, "__index__"))
			if !ok {
				rt.Raise(rt.TypeError, "__index__ returned non-int")
			}
			return i
		}
	}
	if hasDunder(cls, "__int__") {
		s.Int = func(v rt.Value) rt.Value { return callMust(v, "__int__") }
	}
	if hasDunder(cls, "__float__") {
		s.Float = func(v rt.Value) float64 {
			f, ok := callMust(v, "__float__").(float64)
			if !ok {
				rt.Raise(rt.TypeError, "__float__ returned non-float")
			}
			return f
		}
	}
}

func strResult(r rt.Value, name string) string {
	s, ok := r.(string)
	if !ok {
		rt.Raisef(rt.TypeError, name, " returned non-string (type ", rt.TypeName(r), ")")
	}
	return s
}

func callMust(v rt.Value, name string, args ...rt.Value) rt.Value {
	r, ok := callDunder(v, name, args...)
	if !ok {
		rt.Raisef(rt.TypeError, "'", rt.TypeName(v), "' object has no method ", name)
	}
	return r
}

// construct is what calling a user class runs: __new__ (object's or
// BaseException's) then __init__.
func construct(cls *rt.Class, args []rt.Value, kwargs []rt.KW) rt.Value {
	var self rt.Value
	if cls.IsSubclass(rt.BaseException) {
		self = &rt.Exception{Cls: cls, Args: append([]rt.Value(nil), args...)}
	} else {
		instanceCounter++
		self = &Instance{Cls: cls, id: instanceCounter}
	}
	init, _, ok := lookupUser(cls, "__init__")
	if !ok {
		if len(kwargs) > 0 && cls.IsSubclass(rt.BaseException) {
			rt.Raisef(rt.TypeError, cls.Name, "() takes no keyword arguments")
		}
		if (len(args) > 0 || len(kwargs) > 0) && !cls.IsSubclass(rt.BaseException) {
			rt.Raisef(rt.TypeError, cls.Name, "() takes no arguments")
		}
		return self
	}
	all := make([]rt.Value, 0, len(args)+1)
	all = append(append(all, self), args...)
	r := rt.Call(init, all, kwargs)
	if r != rt.None {
		rt.Raisef(rt.TypeError, "__init__() should return None, not '", rt.TypeName(r), "'")
	}
	return self
}

// AsIterator converts the result of iter() on a user object to an iterator.
func AsIterator(v rt.Value) rt.Iterator {
	if it, ok := v.(rt.Iterator); ok {
		return it
	}
	if _, _, ok := lookupUser(rt.TypeOf(v), "__next__"); !ok {
		rt.Raisef(rt.TypeError, "iter() returned non-iterator of type '", rt.TypeName(v), "'")
	}
	return &userIter{v}
}

type userIter struct{ v rt.Value }

func (u *userIter) Next() (rt.Value, bool) {
	var out rt.Value
	exc := rt.Catch(func() { out = callMust(u.v, "__next__") })
	if exc != nil {
		if exc.Cls.IsSubclass(rt.StopIteration) {
			return nil, false
		}
		panic(exc)
	}
	return out, true
}

// Super is super() inside a method of cls with receiver self.
type Super struct {
	Cls  *rt.Class
	Self rt.Value
}

var superType = rt.NewClass("super", "builtins")

// Class returns super.
func (*Super) Class() *rt.Class { return superType }

// NewSuper returns super(cls, self).
func NewSuper(cls, self rt.Value) rt.Value {
	c, ok := cls.(*rt.Class)
	if !ok {
		rt.Raise(rt.TypeError, "super() argument 1 must be a type")
	}
	return &Super{Cls: c, Self: self}
}

func superGetAttr(v rt.Value, name string) (rt.Value, bool) {
	s := v.(*Super)
	mro := rt.TypeOf(s.Self).MRO
	if c, ok := s.Self.(*rt.Class); ok {
		mro = c.MRO
	}
	i := 0
	for i < len(mro) && mro[i] != s.Cls {
		i++
	}
	for _, m := range mro[i+1:] {
		if a, ok := m.Attrs[name]; ok && isUser(m) {
			if _, isCls := s.Self.(*rt.Class); isCls {
				return bindAttr(a, nil, s.Self.(*rt.Class)), true
			}
			return bindAttr(a, s.Self, rt.TypeOf(s.Self)), true
		}
		if name == "__init__" && !isUser(m) {
			if m.IsSubclass(rt.BaseException) {
				self := s.Self
				return &rt.Builtin{Name: "__init__", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
					if e, ok := self.(*rt.Exception); ok {
						e.Args = append([]rt.Value(nil), args...)
					}
					return rt.None
				}}, true
			}
			if m == rt.ObjectType {
				return &rt.Builtin{Name: "__init__", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
					if len(args) > 0 || len(kwargs) > 0 {
						rt.Raise(rt.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
					}
					return rt.None
				}}, true
			}
		}
		if meth, ok := m.Methods[name]; ok {
			return &rt.BoundMethod{Self: s.Self, Method: meth}, true
		}
		if name == "__str__" || name == "__repr__" {
			if m.Slots.Str != nil || m.Slots.Repr != nil || m == rt.ObjectType {
				self := s.Self
				f := rt.Repr
				if name == "__str__" {
					f = func(v rt.Value) string {
						if e, ok := v.(*rt.Exception); ok {
							return baseMessage(e)
						}
						return rt.Str(v)
					}
				}
				return &rt.Builtin{Name: name, Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value { return f(self) }}, true
			}
		}
	}
	return nil, false
}

func baseMessage(e *rt.Exception) string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		return rt.Str(e.Args[0])
	}
	return rt.Str(rt.NewTuple(e.Args...))
}

func frozenCheck(c *rt.Class) bool {
	for _, m := range c.MRO {
		if ci := infoOf(m); ci != nil && ci.frozen {
			return true
		}
	}
	return false
}

var frozenErr *rt.Class

func frozenInstanceError() *rt.Class {
	if frozenErr == nil {
		frozenErr = rt.NewClass("FrozenInstanceError", "dataclasses", rt.AttributeError)
	}
	return frozenErr
}

// ClassName renders a qualified name for messages.
func ClassName(c *rt.Class) string {
	if c.Module == "builtins" {
		return c.QualName
	}
	return strings.TrimPrefix(c.Module+"."+c.QualName, "__main__.")
}

// GetAttr is v.name: on a user class it applies the descriptor protocol
// (staticmethod, classmethod, plain functions) before rt.GetAttr.
func GetAttr(v rt.Value, name string) rt.Value {
	if c, ok := v.(*rt.Class); ok && isUser(c) {
		if a, _, ok := lookupUser(c, name); ok {
			return bindAttr(a, nil, c)
		}
		switch name {
		case "__name__":
			return c.Name
		case "__qualname__":
			return c.QualName
		case "__mro__":
			items := make([]rt.Value, len(c.MRO))
			for i, m := range c.MRO {
				items[i] = m
			}
			return rt.NewTuple(items...)
		}
	}
	return rt.GetAttr(v, name)
}

// SetAttr is v.name = val, including class attributes of user classes.
func SetAttr(v rt.Value, name string, val rt.Value) {
	if c, ok := v.(*rt.Class); ok && isUser(c) {
		if _, dup := c.Attrs[name]; !dup {
			c.AttrOrder = append(c.AttrOrder, name)
		}
		c.Attrs[name] = val
		return
	}
	rt.SetAttr(v, name, val)
}

// CallAttr is v.name(*args, **kwargs).
func CallAttr(v rt.Value, name string, args []rt.Value, kwargs []rt.KW) rt.Value {
	switch x := v.(type) {
	case *rt.Class:
		if isUser(x) {
			return Call(GetAttr(v, name), args, kwargs)
		}
	case *Instance:
		if a, _, ok := lookupUser(x.Cls, name); ok {
			if f, isFn := a.(*Function); isFn {
				if _, shadow := x.Get(name); !shadow {
					all := make([]rt.Value, 0, len(args)+1)
					all = append(append(all, v), args...)
					return f.Fn(f.Bind(all, kwargs))
				}
			}
		}
	}
	return rt.CallMethod(v, name, args, kwargs)
}
