package gen

import (
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt"
)

// Sig is the parameter list of a compiled Python function, fixed at compile
// time. Names lists every parameter in order: positional-only, then
// positional-or-keyword (NPos in all, PosOnly of them positional-only), then
// *args (if VarArgs), then keyword-only (KwOnly of them), then **kwargs (if
// VarKw).
type Sig struct {
	Names   []string
	NPos    int
	PosOnly int
	VarArgs bool
	KwOnly  int
	VarKw   bool
}

// Function is a Python function object compiled to Go. Fn receives the
// arguments bound to the parameters in Sig order (a *rt.Tuple for *args and
// a *rt.Dict for **kwargs).
//
// Invariant: len(Defaults) <= Sig.NPos (defaults of the last positional
// parameters); KwDefaults has Sig.KwOnly entries, nil where required.
type Function struct {
	Name, Qual, Module string
	Sig                *Sig
	Defaults           []rt.Value
	KwDefaults         []rt.Value
	Fn                 func(args []rt.Value) rt.Value
	Attrs              []rt.KW // attributes set on the function object
	// Cells, for a closure, visits the Go variables it captures (its
	// cells) so that a sub-VM can run it on deep copies (see WithCells).
	Cells func(c *Copier)
}

// Class returns function.
func (*Function) Class() *rt.Class { return rt.FunctionType }

// NewFunction returns a function object.
func NewFunction(name, qual string, sig *Sig, defaults, kwDefaults []rt.Value, fn func(args []rt.Value) rt.Value) *Function {
	return &Function{Name: name, Qual: qual, Module: "__main__", Sig: sig, Defaults: defaults, KwDefaults: kwDefaults, Fn: fn}
}

// Call calls f with Python arguments.
func (f *Function) Call(args []rt.Value, kwargs []rt.KW) rt.Value {
	return f.Fn(f.Bind(args, kwargs))
}

// Bind binds Python arguments to f's parameters, raising CPython's
// TypeErrors for bad calls.
func (f *Function) Bind(args []rt.Value, kwargs []rt.KW) []rt.Value {
	s := f.Sig
	n := len(s.Names)
	if !s.VarArgs && !s.VarKw && s.KwOnly == 0 && len(kwargs) == 0 && len(args) == s.NPos {
		return args
	}
	out := make([]rt.Value, n)
	np := len(args)
	if np > s.NPos {
		if !s.VarArgs {
			f.tooMany(len(args), kwargs)
		}
		np = s.NPos
	}
	copy(out, args[:np])
	idx := s.NPos
	if s.VarArgs {
		out[idx] = rt.NewTuple(append([]rt.Value(nil), args[np:]...)...)
		idx++
	}
	kwStart := idx
	var extra *rt.Dict
	if s.VarKw {
		extra = rt.NewDict(0)
		out[n-1] = extra
	}
	var posAsKw []string
	for _, kw := range kwargs {
		j := -1
		for i := s.PosOnly; i < s.NPos; i++ {
			if s.Names[i] == kw.Name {
				j = i
			}
		}
		for i := kwStart; i < kwStart+s.KwOnly; i++ {
			if s.Names[i] == kw.Name {
				j = i
			}
		}
		if j < 0 {
			if extra != nil {
				if extra.Contains(kw.Name) {
					rt.Raisef(rt.TypeError, f.Qual, "() got multiple values for keyword argument '", kw.Name, "'")
				}
				extra.Set(kw.Name, kw.Value)
				continue
			}
			isPosOnly := false
			for i := 0; i < s.PosOnly; i++ {
				if s.Names[i] == kw.Name {
					isPosOnly = true
				}
			}
			if isPosOnly {
				posAsKw = append(posAsKw, kw.Name)
				continue
			}
			rt.Raisef(rt.TypeError, f.Qual, "() got an unexpected keyword argument '", kw.Name, "'")
		}
		if out[j] != nil {
			rt.Raisef(rt.TypeError, f.Qual, "() got multiple values for argument '", kw.Name, "'")
		}
		out[j] = kw.Value
	}
	if len(posAsKw) > 0 {
		rt.Raisef(rt.TypeError, f.Qual, "() got some positional-only arguments passed as keyword arguments: '", strings.Join(posAsKw, ", "), "'")
	}
	firstDef := s.NPos - len(f.Defaults)
	var missing []string
	for i := 0; i < s.NPos; i++ {
		if out[i] == nil {
			if i >= firstDef {
				out[i] = f.Defaults[i-firstDef]
			} else {
				missing = append(missing, s.Names[i])
			}
		}
	}
	if len(missing) > 0 {
		f.missing(missing, "positional")
	}
	for i := 0; i < s.KwOnly; i++ {
		if out[kwStart+i] == nil {
			if d := f.KwDefaults[i]; d != nil {
				out[kwStart+i] = d
			} else {
				missing = append(missing, s.Names[kwStart+i])
			}
		}
	}
	if len(missing) > 0 {
		f.missing(missing, "keyword-only")
	}
	return out
}

func (f *Function) missing(names []string, kind string) {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	plural := "argument"
	if len(names) > 1 {
		plural = "arguments"
	}
	rt.Raisef(rt.TypeError, f.Qual, "() missing ", strconv.Itoa(len(names)), " required ", kind, " ", plural, ": ", list)
}

func (f *Function) tooMany(given int, kwargs []rt.KW) {
	s := f.Sig
	req := s.NPos - len(f.Defaults)
	var takes string
	if req == s.NPos {
		takes = strconv.Itoa(s.NPos) + " positional argument"
		if s.NPos != 1 {
			takes += "s"
		}
	} else {
		takes = "from " + strconv.Itoa(req) + " to " + strconv.Itoa(s.NPos) + " positional arguments"
	}
	was := " were given"
	if given == 1 {
		was = " was given"
	}
	nkw := 0
	for _, kw := range kwargs {
		for i := s.NPos; i < len(s.Names); i++ {
			if s.Names[i] == kw.Name {
				nkw++
			}
		}
	}
	if nkw > 0 {
		kwd := " keyword-only argument"
		if nkw > 1 {
			kwd += "s"
		}
		was = " positional argument"
		if given != 1 {
			was += "s"
		}
		was += " (and " + strconv.Itoa(nkw) + kwd + ") were given"
		if given == 1 && nkw == 1 {
			was = " positional argument (and 1 keyword-only argument) were given"
		}
	}
	rt.Raisef(rt.TypeError, f.Qual, "() takes ", takes, " but ", strconv.Itoa(given), was)
}

// BoundMethod is a Python function bound to an instance (or to a class,
// for classmethods).
type BoundMethod struct {
	Self rt.Value
	Func rt.Value
}

// MethodType is the class of bound methods.
var MethodType = rt.NewClass("method", "builtins")

// Class returns method.
func (*BoundMethod) Class() *rt.Class { return MethodType }

func init() {
	rt.FunctionType.Slots.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return v.(*Function).Call(args, kwargs)
	}
	rt.FunctionType.Slots.Repr = func(v rt.Value) string {
		return "<function " + v.(*Function).Qual + ">"
	}
	rt.FunctionType.Slots.Hash = func(v rt.Value) int64 { return rt.HashStr(v.(*Function).Qual) }
	rt.FunctionType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		f := v.(*Function)
		switch name {
		case "__name__":
			return f.Name, true
		case "__qualname__":
			return f.Qual, true
		case "__module__":
			return f.Module, true
		}
		for _, a := range f.Attrs {
			if a.Name == name {
				return a.Value, true
			}
		}
		return nil, false
	}
	rt.FunctionType.Slots.SetAttr = func(v rt.Value, name string, val rt.Value) bool {
		f := v.(*Function)
		for i := range f.Attrs {
			if f.Attrs[i].Name == name {
				f.Attrs[i].Value = val
				return true
			}
		}
		f.Attrs = append(f.Attrs, rt.KW{Name: name, Value: val})
		return true
	}
	MethodType.Slots.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		m := v.(*BoundMethod)
		all := make([]rt.Value, 0, len(args)+1)
		all = append(append(all, m.Self), args...)
		return rt.Call(m.Func, all, kwargs)
	}
	MethodType.Slots.Repr = func(v rt.Value) string {
		m := v.(*BoundMethod)
		name := "?"
		if f, ok := m.Func.(*Function); ok {
			name = f.Qual
		}
		return "<bound method " + name + " of " + rt.Repr(m.Self) + ">"
	}
	MethodType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		m := v.(*BoundMethod)
		switch name {
		case "__self__":
			return m.Self, true
		case "__func__":
			return m.Func, true
		}
		return rt.LookupAttr(m.Func, name)
	}
}
