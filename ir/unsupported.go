package ir

import (
	"fmt"
	"strings"

	"github.com/genvm-go/genvm/frontend"
)

// unsupportedRules reports constructs the compiler does not support (C2xx),
// each with a position and a hint, so that nothing is silently miscompiled,
// and uses of SDK names that do not exist.
// moduleRules runs the rules that look at every node of the file in one
// pass: W001, GL-S03 and the compiler's C2xx errors.
func (m *Module) moduleRules(d *diagSink) {
	m.strictEqRules(d)
	otherStar := false
	for _, s := range m.StarImports {
		if s != "genlayer" {
			otherStar = true
		}
	}
	Inspect(moduleNode{m.AST}, func(n frontend.Node) bool {
		importRule(n, d)
		m.strictEqNode(n)
		switch x := n.(type) {
		case *frontend.FunctionDef:
			if x.IsAsync {
				d.errorf(x, "C201", "GenVM runs contracts synchronously; write a plain def", "async functions are not supported")
			}
		case *frontend.Await:
			d.errorf(x, "C201", "GenVM runs contracts synchronously", "await is not supported")
		case *frontend.For:
			if x.IsAsync {
				d.errorf(x, "C201", "GenVM runs contracts synchronously", "async for is not supported")
			}
		case *frontend.With:
			if x.IsAsync {
				d.errorf(x, "C201", "GenVM runs contracts synchronously", "async with is not supported")
			}
		case *frontend.Yield, *frontend.YieldFrom:
			d.errorf(x, "C202", "build and return a list instead", "generator functions (yield) are not supported yet")
		case *frontend.Try:
			if x.IsStar {
				d.errorf(x, "C203", "catch the exception group with a plain except", "except* is not supported")
			}
		case *frontend.ImportFrom:
			if x.Level == 0 && strings.HasPrefix(canonicalPath(x.Module)+".", "genlayer.") {
				for _, a := range x.Names {
					if a.Name == "*" {
						continue
					}
					p := canonicalPath(x.Module + "." + a.Name)
					if e, ok := lookupSDK(p); ok && e == nil && !isSDKModule(p) {
						d.errorf(a, "C206", "see the SDK reference (sdk.genlayer.com) for the names of this module",
							fmt.Sprintf("cannot import name '%s' from '%s'", a.Name, x.Module))
					}
				}
			}
		case *frontend.Match:
			d.errorf(x, "C204", "write the cases as if/elif", "match statements are not supported yet")
		case *frontend.TypeAlias:
			d.errorf(x, "C209", "assign the type to a name (X = list[int]) or use typing.TypeAlias", "type statements are not supported yet")
		case *frontend.Call:
			if ent := m.entityOf(x.Func); ent.Kind == EntBuiltin {
				switch ent.Path {
				case "builtins.eval", "builtins.exec", "builtins.compile":
					d.errorf(x, "C205", "an ahead-of-time compiler cannot run code built at run time", ent.Path[len("builtins."):]+"() is not supported")
				case "builtins.globals", "builtins.locals", "builtins.vars":
					d.errorf(x, "C205", "name lookups are resolved at compile time", ent.Path[len("builtins."):]+"() is not supported")
				}
			}
		case *frontend.Attribute:
			if x.Ctx != frontend.Load {
				return true
			}
			if ent := m.entityOf(x); ent.Kind == EntSDK && ent.SDK == nil {
				if base := m.entityOf(x.Value); base.Kind == EntSDK && base.SDK != nil {
					d.errorf(x, "C206", "see the SDK reference (sdk.genlayer.com) for the names of this namespace",
						shortPath(base.Path)+" has no attribute '"+x.Attr+"'")
				}
			} else if ent.Kind == EntSDK && ent.SDK.Roles&RoleLegacy != 0 {
				d.errorf(x, "C207", ent.SDK.Hint, shortPath(ent.Path)+" is not part of the GenVM SDK")
			}
		case *frontend.Name:
			if x.Ctx == frontend.Load && !otherStar && m.Refs[x].Kind == RefUnresolved {
				d.errorf(x, "C208", "define or import it; Python would raise NameError at run time", "name '"+x.Id+"' is not defined")
			}
		}
		return true
	})
}

// isSDKModule reports whether p names a module of the SDK package that is not
// itself in the API model (genlayer.py, genlayer.gl.annotations, ...): importing
// from it is allowed, its members are not modelled.
func isSDKModule(p string) bool {
	switch p {
	case "genlayer.py", "genlayer.types", "genlayer.gl.annotations", "genlayer.py.keccak":
		return true
	}
	return strings.HasPrefix(p, "genlayer.py.") || strings.HasPrefix(p, "genlayer.gl._internal")
}
