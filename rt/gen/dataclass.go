package gen

import (
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/dataclasses"
)

// dcField is one dataclass field.
type dcField struct {
	name    string
	def     rt.Value // nil: none
	factory rt.Value // nil: none
	init    bool
	repr    bool
	compare bool
	kwOnly  bool
}

type dcSpec struct {
	fields []*dcField
	frozen bool
}

// DataclassOptions are @dataclass's keyword arguments.
type DataclassOptions struct {
	Init, Repr, Eq, Order, Frozen, KwOnly bool
}

// Dataclass applies @dataclass to cls, whose annotated fields are names in
// order.
func Dataclass(clsV rt.Value, names []string, o DataclassOptions) rt.Value {
	cls := clsV.(*rt.Class)
	spec := &dcSpec{frozen: o.Frozen}
	for i := len(cls.MRO) - 1; i >= 1; i-- {
		if bs := dcSpecOf(cls.MRO[i]); bs != nil {
			for _, f := range bs.fields {
				replaced := false
				for j, g := range spec.fields {
					if g.name == f.name {
						spec.fields[j] = f
						replaced = true
					}
				}
				if !replaced {
					spec.fields = append(spec.fields, f)
				}
			}
		}
	}
	for _, n := range names {
		f := &dcField{name: n, init: true, repr: true, compare: true, kwOnly: o.KwOnly}
		if v, ok := cls.Attrs[n]; ok {
			if fd, isField := v.(*dataclasses.Field); isField {
				if fd.Default != dataclasses.MISSING {
					f.def = fd.Default
					cls.Attrs[n] = fd.Default
				} else {
					delete(cls.Attrs, n)
				}
				if fd.DefaultFactory != dataclasses.MISSING {
					f.factory = fd.DefaultFactory
				}
				f.init, f.repr, f.compare, f.kwOnly = fd.Init, fd.Repr, fd.Compare, fd.KwOnly || o.KwOnly
			} else {
				f.def = v
			}
		}
		replaced := false
		for j, g := range spec.fields {
			if g.name == n {
				spec.fields[j] = f
				replaced = true
			}
		}
		if !replaced {
			spec.fields = append(spec.fields, f)
		}
	}
	// non-default after default check
	seenDefault := false
	for _, f := range spec.fields {
		if !f.init || f.kwOnly {
			continue
		}
		if f.def != nil || f.factory != nil {
			seenDefault = true
		} else if seenDefault {
			rt.Raisef(rt.TypeError, "non-default argument '", f.name, "' follows default argument")
		}
	}
	info(cls).dc = spec
	set := func(name string, fn func(args []rt.Value, kwargs []rt.KW) rt.Value) {
		if _, ok := cls.Attrs[name]; ok {
			return
		}
		cls.Attrs[name] = NewFunction(name, cls.QualName+"."+name, methodSig, nil, nil, func(a []rt.Value) rt.Value {
			args := append([]rt.Value{a[0]}, a[1].(*rt.Tuple).Items...)
			var kwargs []rt.KW
			d := a[2].(*rt.Dict)
			for _, k := range d.Keys() {
				v, _ := d.Get(k)
				kwargs = append(kwargs, rt.KW{Name: k.(string), Value: v})
			}
			return fn(args, kwargs)
		})
		cls.AttrOrder = append(cls.AttrOrder, name)
	}
	if o.Init {
		set("__init__", func(args []rt.Value, kwargs []rt.KW) rt.Value {
			dcInit(cls, spec, args[0], args[1:], kwargs)
			return rt.None
		})
	}
	if o.Repr {
		set("__repr__", func(args []rt.Value, kwargs []rt.KW) rt.Value {
			self := args[0]
			if rt.ReprEnter(self) {
				return "..."
			}
			defer rt.ReprLeave()
			var b strings.Builder
			b.WriteString(rt.TypeOf(self).QualName + "(")
			first := true
			for _, f := range spec.fields {
				if !f.repr {
					continue
				}
				if !first {
					b.WriteString(", ")
				}
				first = false
				b.WriteString(f.name + "=" + rt.Repr(rt.GetAttr(self, f.name)))
			}
			b.WriteString(")")
			return b.String()
		})
	}
	tuple := func(v rt.Value) *rt.Tuple {
		var items []rt.Value
		for _, f := range spec.fields {
			if f.compare {
				items = append(items, rt.GetAttr(v, f.name))
			}
		}
		return rt.NewTuple(items...)
	}
	if o.Eq {
		set("__eq__", func(args []rt.Value, kwargs []rt.KW) rt.Value {
			if rt.TypeOf(args[1]) != rt.TypeOf(args[0]) {
				return rt.NotImplemented
			}
			return rt.Compare(rt.OpEQ, tuple(args[0]), tuple(args[1]))
		})
		if !o.Frozen {
			if _, ok := cls.Attrs["__hash__"]; !ok {
				cls.Attrs["__hash__"] = rt.None
			}
		} else {
			set("__hash__", func(args []rt.Value, kwargs []rt.KW) rt.Value {
				return rt.IntFromInt64(rt.Hash(tuple(args[0])))
			})
		}
	}
	if o.Order {
		for i, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
			op := []rt.CompareOp{rt.OpLT, rt.OpLE, rt.OpGT, rt.OpGE}[i]
			set(name, func(args []rt.Value, kwargs []rt.KW) rt.Value {
				if rt.TypeOf(args[1]) != rt.TypeOf(args[0]) {
					return rt.NotImplemented
				}
				return rt.Compare(op, tuple(args[0]), tuple(args[1]))
			})
		}
	}
	if o.Frozen {
		info(cls).frozen = true
	}
	installSlots(cls)
	return cls
}

// methodSig is (self, *args, **kwargs).
var methodSig = &Sig{Names: []string{"self", "args", "kwargs"}, NPos: 1, VarArgs: true, VarKw: true}

func dcInit(cls *rt.Class, spec *dcSpec, self rt.Value, args []rt.Value, kwargs []rt.KW) {
	var pos []*dcField
	for _, f := range spec.fields {
		if f.init && !f.kwOnly {
			pos = append(pos, f)
		}
	}
	fn := cls.QualName + ".__init__()"
	if len(args) > len(pos) {
		req := 0
		for _, f := range pos {
			if f.def == nil && f.factory == nil {
				req++
			}
		}
		takes := strconv.Itoa(len(pos)+1) + " positional arguments"
		if req < len(pos) {
			takes = "from " + strconv.Itoa(req+1) + " to " + takes
		}
		rt.Raisef(rt.TypeError, fn, " takes ", takes, " but ", strconv.Itoa(len(args)+1), " were given")
	}
	vals := map[string]rt.Value{}
	for i, a := range args {
		vals[pos[i].name] = a
	}
	for _, kw := range kwargs {
		found := false
		for _, f := range spec.fields {
			if f.name == kw.Name && f.init {
				found = true
			}
		}
		if !found {
			rt.Raisef(rt.TypeError, fn, " got an unexpected keyword argument '", kw.Name, "'")
		}
		if _, dup := vals[kw.Name]; dup {
			rt.Raisef(rt.TypeError, fn, " got multiple values for argument '", kw.Name, "'")
		}
		vals[kw.Name] = kw.Value
	}
	var missing []string
	for _, f := range spec.fields {
		if !f.init {
			continue
		}
		if _, ok := vals[f.name]; !ok && f.def == nil && f.factory == nil {
			missing = append(missing, "'"+f.name+"'")
		}
	}
	if len(missing) > 0 {
		list := missing[0]
		if len(missing) == 2 {
			list = missing[0] + " and " + missing[1]
		} else if len(missing) > 2 {
			list = strings.Join(missing[:len(missing)-1], ", ") + ", and " + missing[len(missing)-1]
		}
		plural := "argument"
		if len(missing) > 1 {
			plural = "arguments"
		}
		rt.Raisef(rt.TypeError, fn, " missing ", strconv.Itoa(len(missing)), " required positional ", plural, ": ", list)
	}
	for _, f := range spec.fields {
		v, ok := vals[f.name]
		if !ok {
			if f.factory != nil {
				v = rt.Call(f.factory, nil, nil)
			} else if f.def != nil {
				v = f.def
			} else {
				continue
			}
		}
		switch x := self.(type) {
		case *Instance:
			x.Set(f.name, v)
		default:
			rt.SetAttr(self, f.name, v)
		}
	}
	if post, _, ok := lookupUser(cls, "__post_init__"); ok {
		rt.Call(bindAttr(post, self, cls), nil, nil)
	}
}
