package ir

import (
	"fmt"

	"github.com/genvm-go/genvm/frontend"
)

// storageAssignable reports whether a value of static type v can be stored
// in a field of storage type f, false only when storing it certainly fails
// (the SDK's descriptors call int.to_bytes, str.encode, Address.as_bytes, ...).
func storageAssignable(f, v *Type) bool {
	definite := func(t *Type) bool {
		switch t.Kind {
		case NoneT, BoolT, IntT, SizedT, BigIntT, FloatT, StrT, BytesT, AddressT, ListT, DictT, TupleT, SetT:
			return true
		}
		return false
	}
	if !definite(v) {
		return true
	}
	switch f.Kind {
	case SizedT, BigIntT:
		return v.IsIntLike() || v.Kind == BoolT
	case StrT:
		return v.Kind == StrT
	case BytesT:
		return v.Kind == BytesT
	case AddressT:
		return v.Kind == AddressT
	case FloatT:
		return v.Kind == FloatT || v.IsIntLike() || v.Kind == BoolT
	}
	return true
}

// typeRules reports assignments to contract storage fields of values whose
// static type the field cannot hold (C301): GenVM fails when writing them.
func (m *Module) typeRules(ct *Contract, d *diagSink) {
	if ct == nil {
		return
	}
	fields := map[string]*StorageField{}
	for _, f := range ct.Fields {
		fields[f.Name] = f
	}
	check := func(target, value frontend.Expr, at frontend.Node) {
		a, ok := target.(*frontend.Attribute)
		if !ok || !m.isContractSelf(a.Value) {
			return
		}
		f := fields[a.Attr]
		if f == nil {
			return
		}
		if v := m.TypeOf(value); !storageAssignable(f.Type, v) {
			d.errorf(at, "C301", fmt.Sprintf("convert it first, e.g. %s(...)", f.Type),
				fmt.Sprintf("storage field '%s' of type %s cannot hold a value of type %s", a.Attr, f.Type, v))
		}
	}
	for _, fn := range m.Funcs {
		for _, n := range fn.ops {
			switch x := n.(type) {
			case *frontend.Assign:
				for _, t := range x.Targets {
					check(t, x.Value, x)
				}
			case *frontend.AnnAssign:
				if x.Value != nil {
					check(x.Target, x.Value, x)
				}
			}
		}
	}
}
