package ir

import (
	"fmt"

	"github.com/genvm-go/genvm/frontend"
)

// callRules reports calls of user functions, methods and classes whose
// arguments cannot bind to the parameters (C302): Python raises TypeError.
// Only statically known targets without non-SDK decorators are checked.
func (m *Module) callRules(d *diagSink) {
	check := func(f *Func) {
		ops := m.moduleOps
		if f != nil {
			ops = f.ops
		}
		for _, n := range ops {
			if c, ok := n.(*frontend.Call); ok {
				m.checkUserCall(c, d)
			}
		}
	}
	check(nil)
	for _, f := range m.Funcs {
		check(f)
	}
}

// callTarget returns the parameters a call binds to (without the implicit
// self/cls) and a name for messages, or ok=false when unknown.
func (m *Module) callTarget(c *frontend.Call) (params []Param, name string, ok bool) {
	plain := func(f *Func) bool {
		for _, d := range f.Decorators {
			if d.Kind == EntSDK || d.Path == "builtins.staticmethod" || d.Path == "builtins.classmethod" {
				continue
			}
			return false // a decorator may change the signature
		}
		return true
	}
	ent := m.entityOf(c.Func)
	if a, isAttr := c.Func.(*frontend.Attribute); isAttr && ent.Kind == EntUnknown {
		// obj.m(...) on a receiver of a known user class
		if t := m.TypeOf(a.Value); t.Kind == ClassT {
			if f := t.Class.Method(a.Attr); f != nil && plain(f) && f.SelfClass() != nil {
				return f.Params[1:], f.Qual, true
			}
		}
		return nil, "", false
	}
	switch ent.Kind {
	case EntFunc:
		f := ent.Func
		if !plain(f) || f.Def == nil && f.Lambda == nil {
			return nil, "", false
		}
		ps := f.Params
		if _, isAttr := c.Func.(*frontend.Attribute); isAttr && (f.SelfClass() != nil || f.ClassMethod) {
			if base := m.entityOf(c.Func.(*frontend.Attribute).Value); base.Kind == EntClass && !f.ClassMethod {
				return ps, f.Qual, true // C.m(obj, ...): self is explicit
			}
			if len(ps) == 0 {
				return nil, "", false
			}
			ps = ps[1:]
		}
		return ps, f.Qual, true
	case EntClass:
		cl := ent.Class
		if cl.IsContractInterface || cl.IsEVMInterface || cl.IsEvent || cl.IsContract || len(cl.Bases) > 0 {
			return nil, "", false
		}
		if init := cl.Method("__init__"); init != nil {
			if !plain(init) || len(init.Params) == 0 {
				return nil, "", false
			}
			return init.Params[1:], cl.Name, true
		}
		if cl.IsDataclass {
			for _, dec := range cl.Node.DecoratorList {
				if _, isCall := dec.(*frontend.Call); isCall {
					return nil, "", false // dataclass(...) options (kw_only, init=False) change __init__
				}
			}
			var ps []Param
			for _, f := range m.recordFields(cl) {
				p := Param{Name: f.Name, Kind: ParamNormal}
				if f.Node.Value != nil {
					p.Default = f.Node.Value
				}
				ps = append(ps, p)
			}
			return ps, cl.Name, true
		}
	}
	return nil, "", false
}

func (m *Module) checkUserCall(c *frontend.Call, d *diagSink) {
	params, name, ok := m.callTarget(c)
	if !ok {
		return
	}
	bad := func(msg string) {
		d.errorf(c, "C302", "Python raises TypeError for this call", fmt.Sprintf("%s() %s", name, msg))
	}
	npos := 0
	for _, a := range c.Args {
		if _, ok := a.(*frontend.Starred); ok {
			return
		}
		npos++
	}
	var positional []Param
	varArgs, varKw := false, false
	for _, p := range params {
		switch p.Kind {
		case ParamPosOnly, ParamNormal:
			positional = append(positional, p)
		case ParamVarArgs:
			varArgs = true
		case ParamVarKw:
			varKw = true
		}
	}
	if npos > len(positional) && !varArgs {
		bad(fmt.Sprintf("takes %d positional arguments but %d were given", len(positional), npos))
		return
	}
	given := map[string]bool{}
	for i := 0; i < npos && i < len(positional); i++ {
		given[positional[i].Name] = true
	}
	for _, k := range c.Keywords {
		if k.Arg == "" {
			return
		}
		var p *Param
		for i := range params {
			if params[i].Name == k.Arg && params[i].Kind != ParamVarArgs && params[i].Kind != ParamVarKw {
				p = &params[i]
			}
		}
		switch {
		case p == nil && !varKw:
			bad(fmt.Sprintf("got an unexpected keyword argument '%s'", k.Arg))
			return
		case p != nil && p.Kind == ParamPosOnly && !varKw:
			bad(fmt.Sprintf("got some positional-only arguments passed as keyword arguments: '%s'", k.Arg))
			return
		case p != nil && given[k.Arg]:
			bad(fmt.Sprintf("got multiple values for argument '%s'", k.Arg))
			return
		}
		given[k.Arg] = true
	}
	for _, p := range params {
		if (p.Kind == ParamPosOnly || p.Kind == ParamNormal || p.Kind == ParamKwOnly) && p.Default == nil && !given[p.Name] {
			kind := "positional"
			if p.Kind == ParamKwOnly {
				kind = "keyword-only"
			}
			bad(fmt.Sprintf("missing 1 required %s argument: '%s'", kind, p.Name))
			return
		}
	}
}
