package ir

import (
	"math/big"

	"github.com/genvm-go/genvm/frontend"
)

// Method is a method of the contract class with what its decorators say.
type Method struct {
	Func     *Func
	Public   bool
	Readonly bool
	Payable  bool
	// MinGasLeader/MinGasValidator are set by @gl.public.write.min_gas(...);
	// nil when absent.
	MinGasLeader, MinGasValidator *big.Int
	Static, ClassMethod           bool
	// DecoSpellings are the decorators as written (dotted), for messages.
	DecoSpellings []string
}

// StorageField is a persistent field of the contract or of a storage class.
type StorageField struct {
	Name   string
	Type   *Type
	Offset uint64
	Size   uint64
	Node   *frontend.AnnAssign
}

// Contract is the contract model: the one gl.Contract subclass of the file.
type Contract struct {
	Class   *Class
	Fields  []*StorageField // in layout order (base classes first)
	Size    uint64          // bytes the contract instance occupies in its slot
	Ctor    *Method         // __init__ defined in the class itself; nil when absent
	Methods []*Method       // every method of the class and its user bases, by name (sorted)
}

// Method returns the contract method named name, or nil.
func (c *Contract) Method(name string) *Method {
	for _, m := range c.Methods {
		if m.Func.Name == name {
			return m
		}
	}
	return nil
}

// classifyClasses sets the flags of every class from its bases and decorators.
func (m *Module) classifyClasses() {
	for _, c := range m.Classes {
		for _, b := range c.Node.Bases {
			e := m.entityOf(b)
			c.Bases = append(c.Bases, e)
			switch {
			case e.IsSDK("gl.Contract"):
				c.IsContract = true
			case e.IsSDK("gl.Event"):
				c.IsEvent = true
			}
		}
		for _, d := range c.Node.DecoratorList {
			e := m.entityOf(d)
			if call, ok := d.(*frontend.Call); ok {
				e = m.entityOf(call.Func)
			}
			c.Decos = append(c.Decos, e)
			switch {
			case e.Path == "dataclasses.dataclass":
				c.IsDataclass = true
			case e.IsSDK("allow_storage") || e.IsSDK("gl.storage.allow_storage"):
				c.AllowStorage = true
			case e.IsSDK("gl.contract_interface"):
				c.IsContractInterface = true
			case e.IsSDK("gl.evm.contract_interface"):
				c.IsEVMInterface = true
			case e.IsSDK("gl.contract"):
				c.IsContract = true
			}
		}
	}
	// Events and contracts are inherited through user base classes.
	for changed := true; changed; {
		changed = false
		for _, c := range m.Classes {
			for _, b := range c.Bases {
				if b.Kind == EntClass && b.Class.IsEvent && !c.IsEvent {
					c.IsEvent, changed = true, true
				}
			}
		}
	}
	for _, c := range m.Classes {
		for _, f := range c.Fields {
			f.Type = m.typeOfAnn(f.Ann)
			if f.Type.Kind == UnsupportedT && f.Type.Name == "ClassVar" {
				f.ClassVar = true
			}
		}
	}
	for _, f := range m.Funcs {
		for i := range f.Params {
			f.Params[i].Type = m.typeOfAnn(f.Params[i].Ann)
		}
		f.Ret = TDynamic
		if f.Def != nil {
			f.Ret = m.typeOfAnn(f.Def.Returns)
			for _, d := range f.Def.DecoratorList {
				e := m.entityOf(decoFunc(d))
				f.Decorators = append(f.Decorators, e)
				switch e.Path {
				case "builtins.staticmethod":
					f.Static = true
				case "builtins.classmethod":
					f.ClassMethod = true
				}
			}
		}
	}
}

func decoFunc(d frontend.Expr) frontend.Expr {
	if c, ok := d.(*frontend.Call); ok {
		return c.Func
	}
	return d
}

// methodInfo applies a method's decorators bottom-up, as Python does, to
// find what the SDK's attributes would be.
func (m *Module) methodInfo(f *Func, d *diagSink) *Method {
	mi := &Method{Func: f}
	if f.Def == nil {
		return mi
	}
	decos := f.Def.DecoratorList
	for i := len(decos) - 1; i >= 0; i-- {
		dec := decos[i]
		mi.DecoSpellings = append(mi.DecoSpellings, dotted(dec))
		payable := false
		if a, ok := dec.(*frontend.Attribute); ok && a.Attr == "payable" {
			if c, ok := a.Value.(*frontend.Call); ok && m.entityOf(c.Func).IsSDK("gl.public.write.min_gas") {
				payable = true
				dec = c
			}
		}
		if c, ok := dec.(*frontend.Call); ok {
			if m.entityOf(c.Func).IsSDK("gl.public.write.min_gas") {
				mi.Public, mi.Readonly = true, false
				mi.MinGasLeader, mi.MinGasValidator = nil, nil
				for _, k := range c.Keywords {
					v := constInt(k.Value)
					if v == nil {
						if d != nil {
							d.errorf(k.Value, "C105", "write the gas as an integer literal", "min_gas "+k.Arg+" must be a constant integer")
						}
						continue
					}
					switch k.Arg {
					case "leader":
						mi.MinGasLeader = v
					case "validator":
						mi.MinGasValidator = v
					}
				}
				if payable {
					mi.Payable = true
				}
			}
			continue
		}
		e := m.entityOf(dec)
		switch {
		case e.IsSDK("gl.public.view"):
			mi.Public, mi.Readonly = true, true
		case e.IsSDK("gl.public.write"):
			mi.Public, mi.Readonly = true, false
		case e.IsSDK("gl.public.write.payable"):
			mi.Public, mi.Readonly, mi.Payable = true, false, true
		case e.Path == "builtins.staticmethod":
			mi.Static = true
		case e.Path == "builtins.classmethod":
			mi.ClassMethod = true
		}
	}
	return mi
}

// constInt evaluates an integer constant expression (literals, unary minus,
// + - * // ** of constants), or returns nil.
func constInt(e frontend.Expr) *big.Int {
	switch x := e.(type) {
	case *frontend.Constant:
		switch v := x.Value.(type) {
		case int64:
			return big.NewInt(v)
		case *big.Int:
			return new(big.Int).Set(v)
		case bool:
			if v {
				return big.NewInt(1)
			}
			return big.NewInt(0)
		}
	case *frontend.UnaryOp:
		if v := constInt(x.Operand); v != nil {
			switch x.Op {
			case frontend.USub:
				return v.Neg(v)
			case frontend.UAdd:
				return v
			}
		}
	case *frontend.BinOp:
		l, r := constInt(x.Left), constInt(x.Right)
		if l == nil || r == nil {
			return nil
		}
		switch x.Op {
		case frontend.Add:
			return l.Add(l, r)
		case frontend.Sub:
			return l.Sub(l, r)
		case frontend.Mult:
			return l.Mul(l, r)
		case frontend.Pow:
			if r.Sign() >= 0 && r.BitLen() < 16 {
				return l.Exp(l, r, nil)
			}
		}
	}
	return nil
}

// buildContract builds the model of contract class c.
func (m *Module) buildContract(c *Class, d *diagSink) *Contract {
	ct := &Contract{Class: c}
	// Methods: the class's own and its user bases' (MRO order approximated
	// depth-first); later definitions in a class body win.
	seen := map[string]bool{}
	var collect func(c *Class)
	visited := map[*Class]bool{}
	collect = func(k *Class) {
		if visited[k] {
			return
		}
		visited[k] = true
		for i := len(k.Methods) - 1; i >= 0; i-- {
			f := k.Methods[i]
			if seen[f.Name] {
				continue
			}
			seen[f.Name] = true
			ct.Methods = append(ct.Methods, m.methodInfo(f, d))
		}
		for _, b := range k.Bases {
			if b.Kind == EntClass {
				collect(b.Class)
			}
		}
	}
	collect(c)
	sortMethods(ct.Methods)
	for i := len(c.Methods) - 1; i >= 0; i-- {
		if c.Methods[i].Name == "__init__" {
			ct.Ctor = ct.Method("__init__")
			break
		}
	}
	return ct
}
