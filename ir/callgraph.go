package ir

import "github.com/genvm-go/genvm/frontend"

// walkOwn visits the code that runs when f runs (f nil: module-level code):
// its body, without descending into nested function and lambda bodies (their
// decorators, defaults and annotations run in f and are visited).
func (m *Module) walkOwn(f *Func, visit func(n frontend.Node, fn *Func) bool) {
	var inner func(n frontend.Node) bool
	inner = func(n frontend.Node) bool {
		switch x := n.(type) {
		case *frontend.FunctionDef:
			if !visit(n, f) {
				return false
			}
			for _, d := range x.DecoratorList {
				Inspect(d, inner)
			}
			argParts(x.Args, func(e frontend.Expr) { Inspect(e, inner) })
			if x.Returns != nil {
				Inspect(x.Returns, inner)
			}
			return false
		case *frontend.Lambda:
			if !visit(n, f) {
				return false
			}
			argParts(x.Args, func(e frontend.Expr) { Inspect(e, inner) })
			return false
		}
		return visit(n, f)
	}
	in := &inspector{f: inner}
	in.w = childWalker{in.visit}
	switch {
	case f == nil:
		for _, st := range m.AST.Body {
			in.visit(st)
		}
	case f.Def != nil:
		for _, st := range f.Def.Body {
			in.visit(st)
		}
	case f.Lambda != nil:
		in.visit(f.Lambda.Body)
	}
}

// funcValue returns the user function an expression denotes as a value: a
// function name, a lambda, or a bound method (self.m, obj.m).
func (m *Module) funcValue(e frontend.Expr) *Func {
	switch x := e.(type) {
	case *frontend.Lambda:
		return m.FuncOf[x]
	case *frontend.Name:
		if ent := m.entityOf(x); ent.Kind == EntFunc {
			return ent.Func
		}
	case *frontend.Attribute:
		if m.methodNames == nil {
			m.methodNames = map[string]bool{}
			for _, c := range m.Classes {
				for _, f := range c.Methods {
					m.methodNames[f.Name] = true
				}
			}
		}
		if !m.methodNames[x.Attr] {
			return nil
		}
		if ent := m.entityOf(x); ent.Kind == EntFunc {
			return ent.Func
		}
		if t := m.TypeOf(x.Value); t.Kind == ClassT {
			return t.Class.Method(x.Attr)
		}
	}
	return nil
}

// calleeSDK returns the SDK entry a call's callee denotes, or nil.
func (m *Module) calleeSDK(c *frontend.Call) *SDKEntry {
	e := m.entityOf(c.Func)
	if e.Kind == EntSDK {
		return e.SDK
	}
	return nil
}

// nondetArgs returns the function arguments that the nondet-block call c
// runs as blocks.
func (m *Module) nondetArgs(c *frontend.Call, e *SDKEntry) []frontend.Expr {
	var out []frontend.Expr
	for _, i := range e.EntryArgs {
		if i < len(c.Args) {
			out = append(out, c.Args[i])
		}
	}
	for _, k := range c.Keywords {
		switch k.Arg {
		case "fn", "leader_fn", "validator_fn":
			out = append(out, k.Value)
		}
	}
	return out
}

// buildCallGraph links every function to the functions it calls or passes
// on as values, finds the nondet entry points and marks what they reach.
func (m *Module) buildCallGraph() {
	entryArg := map[frontend.Expr]bool{}
	m.storedAttrs = map[string]bool{}
	var entries []*Func
	edges := func(f *Func) []*Func {
		var out []*Func
		seen := map[*Func]bool{}
		add := func(g *Func) {
			if g != nil && g != f && !seen[g] {
				seen[g] = true
				out = append(out, g)
			}
		}
		var ops []frontend.Node
		m.walkOwn(f, func(n frontend.Node, _ *Func) bool {
			switch x := n.(type) {
			case *frontend.Assign, *frontend.AugAssign, *frontend.AnnAssign, *frontend.Delete:
				ops = append(ops, n)
			case *frontend.Call:
				ops = append(ops, n)
				if e := m.calleeSDK(x); e != nil && e.Roles&RoleNondetBlock != 0 {
					for _, a := range m.nondetArgs(x, e) {
						entryArg[a] = true
						if g := m.funcValue(a); g != nil {
							entries = append(entries, g)
						}
					}
				}
				if ent := m.entityOf(x.Func); ent.Kind == EntClass {
					add(ent.Class.Method("__init__"))
					add(ent.Class.Method("__post_init__"))
				}
			case *frontend.Lambda:
				if !entryArg[x] {
					add(m.FuncOf[x])
				}
			case *frontend.Name:
				if x.Ctx == frontend.Load && !entryArg[x] {
					if ent := m.entityOf(x); ent.Kind == EntFunc {
						add(ent.Func)
					}
				}
			case *frontend.Attribute:
				if x.Ctx != frontend.Load {
					m.storedAttrs[x.Attr] = true
					break
				}
				if _, ok := x.Value.(*frontend.Name); ok {
					m.attrLoads = append(m.attrLoads, x)
				}
				if !entryArg[x] {
					if g := m.funcValue(x); g != nil {
						add(g)
					}
				}
			}
			return true
		})
		if f == nil {
			m.moduleOps = ops
		} else {
			f.ops = ops
		}
		return out
	}
	for _, f := range m.Funcs {
		f.Callees = edges(f)
		if f.Def != nil {
			for _, d := range f.Decorators {
				if d.Kind == EntSDK && d.SDK != nil && d.SDK.Roles&RoleNondetBlock != 0 {
					entries = append(entries, f)
				}
			}
		}
	}
	m.markDeterministic(edges(nil))
	work := append([]*Func(nil), entries...)
	for _, f := range entries {
		f.NondetEntry = true
	}
	for len(work) > 0 {
		f := work[len(work)-1]
		work = work[:len(work)-1]
		if f.Nondet {
			continue
		}
		f.Nondet = true
		work = append(work, f.Callees...)
	}
}

// markDeterministic sets DetFrom on every function deterministic code runs:
// the methods GenVM calls (public and special methods, the constructor),
// the functions module-level code calls (top), and what they call.
func (m *Module) markDeterministic(top []*Func) {
	var work []*Func
	seed := func(f, from *Func) {
		if f.DetFrom == nil {
			f.DetFrom = from
			work = append(work, f)
		}
	}
	for _, f := range top {
		seed(f, f)
	}
	for _, c := range m.Classes {
		if !c.IsContract {
			continue
		}
		for _, f := range c.Methods {
			if f.Name == "__init__" || specialMethods[f.Name] || m.methodInfo(f, nil).Public {
				seed(f, f)
			}
		}
	}
	for len(work) > 0 {
		f := work[len(work)-1]
		work = work[:len(work)-1]
		for _, g := range f.Callees {
			if g.DetFrom == nil {
				g.DetFrom = f
				work = append(work, g)
			}
		}
	}
}
