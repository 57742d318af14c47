package ir

import (
	"fmt"
	"sort"

	"github.com/genvm-go/genvm/frontend"
)

// EventDecl is a gl.Event subclass: its name, its indexed fields (the
// positional-only parameters of __init__, sorted by name, as the SDK sorts
// them) and its signature "Name(a,b)", whose keccak256 is topic 0.
type EventDecl struct {
	Class     *Class
	Name      string
	Indexed   []string
	Signature string
	// Blob reports whether __init__ takes **blob (non-indexed data).
	Blob bool
}

// InterfaceDecl is a @gl.contract_interface or @gl.evm.contract_interface
// class: typed stubs of another contract's view and write methods.
type InterfaceDecl struct {
	Class       *Class
	EVM         bool
	View, Write []*Func
}

// events builds the event model of every gl.Event subclass, reporting what
// the SDK rejects when the class is created (C107).
func (m *Module) events(d *diagSink) []*EventDecl {
	var out []*EventDecl
	for _, c := range m.Classes {
		if !c.IsEvent {
			continue
		}
		ev := &EventDecl{Class: c, Name: c.Name}
		if sym := c.Scope.Syms["name"]; sym != nil && len(sym.Defs) == 1 && sym.Defs[0].Kind == DefAssign {
			if k, ok := sym.Defs[0].Value.(*frontend.Constant); ok {
				if s, ok := k.Value.(string); ok {
					ev.Name = s
				}
			}
		}
		init := c.Method("__init__")
		if init == nil || init.Class != c {
			if d != nil {
				d.errorf(c.Node, "C107", "declare def __init__(self, indexed..., /, **blob): ...", fmt.Sprintf("Event '%s' must define __init__", c.Name))
			}
			continue
		}
		for i, p := range init.Params {
			if i == 0 {
				if p.Name != "self" && d != nil {
					d.errorf(p.Node, "C107", "", "first argument must be `self`")
				}
				continue
			}
			var msg string
			switch p.Kind {
			case ParamPosOnly:
				ev.Indexed = append(ev.Indexed, p.Name)
			case ParamVarKw:
				ev.Blob = true
			case ParamVarArgs:
				msg = "`*args` is forbidden"
			case ParamKwOnly:
				msg = "keyword-only arguments are forbidden"
			case ParamNormal:
				msg = "specify `/` after indexed fields"
			}
			if msg != "" && d != nil {
				d.errorf(p.Node, "C107", "event parameters are indexed fields before `/` and **blob", fmt.Sprintf("Event '%s' parameter '%s': %s", c.Name, p.Name, msg))
			}
		}
		sort.Strings(ev.Indexed)
		ev.Signature = ev.Name + "("
		for i, n := range ev.Indexed {
			if i > 0 {
				ev.Signature += ","
			}
			ev.Signature += n
		}
		ev.Signature += ")"
		out = append(out, ev)
	}
	return out
}

// interfaces builds the model of the contract interface classes.
func (m *Module) interfaces() []*InterfaceDecl {
	var out []*InterfaceDecl
	for _, c := range m.Classes {
		if !c.IsContractInterface && !c.IsEVMInterface {
			continue
		}
		it := &InterfaceDecl{Class: c, EVM: c.IsEVMInterface}
		for _, kind := range []string{"View", "Write"} {
			sym := c.Scope.Syms[kind]
			if sym == nil || len(sym.Defs) != 1 || sym.Defs[0].Kind != DefClass {
				continue
			}
			for _, f := range sym.Defs[0].Class.Methods {
				if kind == "View" {
					it.View = append(it.View, f)
				} else {
					it.Write = append(it.Write, f)
				}
			}
		}
		out = append(out, it)
	}
	return out
}
