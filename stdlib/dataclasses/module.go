package dataclasses

import (
	"github.com/genvm-go/genvm/rt"
)

var pField = &rt.Params{Func: "field", Names: []string{"default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"}, KwOnly: 8}

func init() {
	MissingType.Slots.Repr = func(v rt.Value) string { return "<dataclasses._MISSING_TYPE object>" }
	FieldType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		f := v.(*Field)
		switch name {
		case "name":
			return f.Name, true
		case "type":
			return f.Type, true
		case "default":
			return f.Default, true
		case "default_factory":
			return f.DefaultFactory, true
		case "init":
			return f.Init, true
		case "repr":
			return f.Repr, true
		case "compare":
			return f.Compare, true
		case "hash":
			return f.Hash, true
		case "kw_only":
			return f.KwOnly, true
		}
		return nil, false
	}
	FieldType.Slots.Repr = func(v rt.Value) string {
		f := v.(*Field)
		return "Field(name=" + rt.Repr(f.Name) + ",type=" + rt.Repr(f.Type) + ",default=" + rt.Repr(f.Default) +
			",default_factory=" + rt.Repr(f.DefaultFactory) + ",init=" + rt.Repr(f.Init) + ",repr=" + rt.Repr(f.Repr) +
			",hash=" + rt.Repr(f.Hash) + ",compare=" + rt.Repr(f.Compare) + ",metadata=mappingproxy({}),kw_only=" + rt.Repr(f.KwOnly) + ",_field_type=_FIELD)"
	}
}

// FieldFunc is dataclasses.field(...), used at class definition.
func FieldFunc(args []rt.Value, kwargs []rt.KW) rt.Value {
	var def, fac, init, repr, hash, compare, metadata, kwOnly rt.Value
	pField.Unpack(args, kwargs, &def, &fac, &init, &repr, &hash, &compare, &metadata, &kwOnly)
	f := NewField("")
	if def != nil {
		f.Default = def
	}
	if fac != nil {
		f.DefaultFactory = fac
	}
	if f.Default != MISSING && f.DefaultFactory != MISSING {
		rt.Raise(rt.ValueError, "cannot specify both default and default_factory")
	}
	if init != nil {
		f.Init = rt.Truth(init)
	}
	if repr != nil {
		f.Repr = rt.Truth(repr)
	}
	if hash != nil {
		f.Hash = hash
	}
	if compare != nil {
		f.Compare = rt.Truth(compare)
	}
	if kwOnly != nil && kwOnly != MISSING {
		f.KwOnly = rt.Truth(kwOnly)
	}
	return f
}

// Module returns a fresh dataclasses module (the @dataclass decorator
// itself is applied by the compiler).
func Module() *rt.Module {
	m := rt.NewModule("dataclasses")
	m.Func("field", FieldFunc)
	m.Func("fields", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 || len(kwargs) > 0 {
			rt.Raise(rt.TypeError, "fields() takes 1 positional argument")
		}
		s, ok := SpecOf(args[0])
		if !ok {
			rt.Raise(rt.TypeError, "must be called with a dataclass type or instance")
		}
		items := make([]rt.Value, len(s.Fields))
		for i, f := range s.Fields {
			items[i] = f
		}
		return rt.NewTuple(items...)
	})
	m.Func("asdict", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 || len(kwargs) > 0 {
			rt.Raise(rt.TypeError, "asdict() takes 1 positional argument")
		}
		return AsDict(args[0])
	})
	m.Func("astuple", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 || len(kwargs) > 0 {
			rt.Raise(rt.TypeError, "astuple() takes 1 positional argument")
		}
		return AsTuple(args[0])
	})
	m.Func("replace", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 {
			rt.Raise(rt.TypeError, "replace() takes 1 positional argument")
		}
		return Replace(args[0], kwargs)
	})
	m.Func("is_dataclass", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 || len(kwargs) > 0 {
			rt.Raise(rt.TypeError, "is_dataclass() takes 1 positional argument")
		}
		_, ok := SpecOf(args[0])
		return ok
	})
	m.Set("MISSING", MISSING)
	m.Set("FrozenInstanceError", FrozenInstanceError)
	m.Set("Field", FieldType)
	return m
}
