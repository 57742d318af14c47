package ir

import (
	"strings"

	"github.com/genvm-go/genvm/frontend"
)

// EntKind classifies what an expression statically denotes.
type EntKind uint8

// Entity kinds.
const (
	EntUnknown   EntKind = iota
	EntExt               // a name from a Python module outside the SDK (Path, e.g. "json.loads", "typing.Any")
	EntSDK               // an SDK name (SDK set; SDK nil for an unknown SDK member, Path set)
	EntFunc              // a user function or method (Func)
	EntClass             // a user class (Class)
	EntBuiltin           // a builtin (Path "builtins.<name>")
	EntTypeParam         // a PEP 695 type parameter (Path is its name)
)

// Entity is what an expression denotes when it is known statically: a
// module member, an SDK name, a user function or class, a builtin.
type Entity struct {
	Kind  EntKind
	Path  string
	SDK   *SDKEntry
	Func  *Func
	Class *Class
}

// IsSDK reports whether e is the SDK name at canonical path p ("gl.Contract").
func (e Entity) IsSDK(p string) bool { return e.Kind == EntSDK && e.Path == "genlayer."+p }

func extEntity(path string) Entity {
	path = canonicalPath(path)
	if e, ok := lookupSDK(path); ok {
		return Entity{Kind: EntSDK, Path: path, SDK: e}
	}
	return Entity{Kind: EntExt, Path: path}
}

// entityOf returns what expression e (evaluated in scope s) denotes, if known.
func (m *Module) entityOf(e frontend.Expr) Entity {
	switch x := e.(type) {
	case *frontend.Name:
		return m.entityDepth(x, 0)
	case *frontend.Attribute:
		// Fast path: a chain rooted at a name that denotes nothing known
		// (self.x.y, order.note) denotes nothing known.
		root := x.Value
		for {
			a, ok := root.(*frontend.Attribute)
			if !ok {
				break
			}
			root = a.Value
		}
		if n, ok := root.(*frontend.Name); ok && m.entityDepth(n, 0).Kind == EntUnknown {
			return Entity{}
		}
	default:
		return Entity{}
	}
	if ent, ok := m.entities[e]; ok {
		return ent
	}
	ent := m.entityDepth(e, 0)
	if m.entities == nil {
		m.entities = make(map[frontend.Expr]Entity, 512)
	}
	m.entities[e] = ent
	return ent
}

func (m *Module) entityDepth(e frontend.Expr, depth int) Entity {
	if depth > 8 {
		return Entity{}
	}
	switch x := e.(type) {
	case *frontend.Name:
		r := m.Refs[x]
		switch r.Kind {
		case RefBuiltin:
			return Entity{Kind: EntBuiltin, Path: "builtins." + x.Id}
		case RefUnresolved:
			return Entity{}
		}
		return m.symEntity(r.Sym, depth)
	case *frontend.Attribute:
		base := m.entityDepth(x.Value, depth+1)
		switch base.Kind {
		case EntSDK, EntExt:
			return extEntity(base.Path + "." + x.Attr)
		case EntClass:
			if f := base.Class.Method(x.Attr); f != nil {
				return Entity{Kind: EntFunc, Func: f}
			}
			if sym := base.Class.Scope.lookupLocal(x.Attr); sym != nil && len(sym.Defs) == 1 && sym.Defs[0].Kind == DefClass {
				return Entity{Kind: EntClass, Class: sym.Defs[0].Class}
			}
		}
	}
	return Entity{}
}

// symEntity is the entity a symbol is bound to when every binding agrees.
func (m *Module) symEntity(sym *Symbol, depth int) Entity {
	if sym == nil || len(sym.Defs) == 0 {
		return Entity{}
	}
	if sym.entDone {
		return sym.ent
	}
	ent := m.computeSymEntity(sym, depth)
	if depth == 0 || ent.Kind != EntUnknown {
		sym.ent, sym.entDone = ent, true
	}
	return ent
}

func (m *Module) computeSymEntity(sym *Symbol, depth int) Entity {
	var out Entity
	for i, d := range sym.Defs {
		var e Entity
		switch d.Kind {
		case DefFunc:
			e = Entity{Kind: EntFunc, Func: d.Func}
		case DefClass:
			e = Entity{Kind: EntClass, Class: d.Class}
		case DefImport:
			e = extEntity(d.Path)
		case DefAssign:
			if d.Ann != nil && sym.Scope.Kind == ClassScope {
				return Entity{}
			}
			e = m.entityDepth(d.Value, depth+1)
		case DefOther:
			if tv, ok := d.Node.(*frontend.TypeVar); ok {
				e = Entity{Kind: EntTypeParam, Path: tv.Name}
			}
		}
		if e.Kind == EntUnknown {
			return Entity{}
		}
		if i > 0 && e != out {
			return Entity{}
		}
		out = e
	}
	return out
}

// dotted returns the dotted spelling of a Name/Attribute chain ("gl.public.view"), or "".
func dotted(e frontend.Expr) string {
	switch x := e.(type) {
	case *frontend.Name:
		return x.Id
	case *frontend.Attribute:
		if b := dotted(x.Value); b != "" {
			return b + "." + x.Attr
		}
	case *frontend.Call:
		return dotted(x.Func)
	}
	return ""
}

// shortPath strips the "genlayer." prefix of SDK paths for messages.
func shortPath(p string) string { return strings.TrimPrefix(p, "genlayer.") }
