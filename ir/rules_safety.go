package ir

import (
	"fmt"
	"strings"

	"github.com/genvm-go/genvm/frontend"
)

// forbiddenModules are the official linter's W001 modules.
var forbiddenModules = map[string]bool{
	"random": true, "os": true, "sys": true, "subprocess": true, "threading": true, "multiprocessing": true,
	"asyncio": true, "socket": true, "http": true, "requests": true, "pickle": true, "shelve": true,
	"sqlite3": true, "tempfile": true, "shutil": true, "glob": true, "pathlib": true, "io": true, "builtins": true,
}

// forbiddenCalls are the official linter's W002 calls (resolved, not spelled).
var forbiddenCalls = map[string]bool{
	"time.time": true, "time.localtime": true, "time.gmtime": true, "uuid.uuid1": true, "uuid.uuid4": true,
}

var storageMutators = map[string]bool{
	"append": true, "clear": true, "extend": true, "insert": true, "pop": true, "remove": true,
	"setdefault": true, "update": true, "popitem": true, "sort": true, "reverse": true, "truncate": true,
	"get_or_insert_default": true,
}

func funcLabel(f *Func) string {
	if f == nil {
		return "<module>"
	}
	return f.Qual
}

// safetyRules: W001 W002 W004 E010 E023 E024 E025 E026 GL-S03.
func (m *Module) safetyRules(d *diagSink) {
	// W004: raising builtin exceptions inside the contract class.
	for _, c := range m.Classes {
		if !c.IsContract {
			continue
		}
		Inspect(c.Node, func(n frontend.Node) bool {
			r, ok := n.(*frontend.Raise)
			if !ok || r.Exc == nil {
				return true
			}
			ex := r.Exc
			if call, ok := ex.(*frontend.Call); ok {
				ex = call.Func
			}
			if ent := m.entityOf(ex); ent.Kind == EntBuiltin {
				name := strings.TrimPrefix(ent.Path, "builtins.")
				if builtinExceptions[name] {
					d.warnf(r, "W004", `raise gl.vm.UserError("message") so the message reaches the caller and validators agree`,
						fmt.Sprintf("Bare Python exception '%s' in contract; use gl.vm.UserError(\"message\") instead", name))
				}
			}
			return true
		})
	}
	check := func(f *Func) {
		nondet := f != nil && f.Nondet
		ops := m.moduleOps
		if f != nil {
			ops = f.ops
		}
		for _, n := range ops {
			switch x := n.(type) {
			case *frontend.Call:
				m.checkCall(x, f, nondet, d)
			case *frontend.Assign:
				if nondet {
					for _, t := range x.Targets {
						if m.checkStorageWrite(t, x, f, d) {
							break
						}
					}
				}
			case *frontend.AugAssign:
				if nondet {
					m.checkStorageWrite(x.Target, x, f, d)
				}
			case *frontend.AnnAssign:
				if nondet && x.Value != nil {
					m.checkStorageWrite(x.Target, x, f, d)
				}
			case *frontend.Delete:
				if nondet {
					for _, t := range x.Targets {
						if m.checkStorageWrite(t, x, f, d) {
							break
						}
					}
				}
			}
		}
	}
	check(nil)
	for _, f := range m.Funcs {
		check(f)
	}
}

// importRule is W001 for one node (imports anywhere in the file).
func importRule(n frontend.Node, d *diagSink) {
	switch x := n.(type) {
	case *frontend.Import:
		for _, a := range x.Names {
			if a.Name == "urllib.parse" {
				continue
			}
			top, _, _ := strings.Cut(a.Name, ".")
			if forbiddenModules[top] {
				d.warnf(x, "W001", "GenVM has no such resources, and their results would differ between validators",
					fmt.Sprintf("Forbidden import '%s'", a.Name))
			}
		}
	case *frontend.ImportFrom:
		if x.Module != "" && x.Module != "urllib.parse" && x.Level == 0 {
			top, _, _ := strings.Cut(x.Module, ".")
			if forbiddenModules[top] {
				d.warnf(x, "W001", "GenVM has no such resources, and their results would differ between validators",
					fmt.Sprintf("Forbidden import from '%s'", x.Module))
			}
		}
	}
}

// storageWrite reports whether assigning to target writes storage: an
// attribute or item of a value rooted in the contract's storage (the
// contract instance itself, a field of it, an item of one, or a variable
// holding such a value), or an item of a value of a storage type. It returns
// a label for messages.
func (m *Module) storageWrite(t frontend.Expr) (string, bool) {
	switch x := t.(type) {
	case *frontend.Attribute:
		if m.isContractSelf(x.Value) {
			return "self." + x.Attr, true
		}
		if m.storageRooted(x.Value, 0) {
			return storageLabel(x), true
		}
	case *frontend.Subscript:
		if m.storageRooted(x.Value, 0) || m.TypeOf(x.Value).IsStorage() {
			return storageLabel(x), true
		}
	case *frontend.Tuple:
		for _, e := range x.Elts {
			if s, ok := m.storageWrite(e); ok {
				return s, true
			}
		}
	case *frontend.List:
		for _, e := range x.Elts {
			if s, ok := m.storageWrite(e); ok {
				return s, true
			}
		}
	}
	return "", false
}

// storageRooted reports whether e denotes a value living in contract storage.
func (m *Module) storageRooted(e frontend.Expr, depth int) bool {
	if depth > 6 {
		return false
	}
	switch x := e.(type) {
	case *frontend.Attribute:
		return m.isContractSelf(x.Value) || m.storageRooted(x.Value, depth+1)
	case *frontend.Subscript:
		return m.storageRooted(x.Value, depth+1)
	case *frontend.Name:
		r := m.Refs[x]
		if r.Sym == nil || len(r.Sym.Defs) != 1 || r.Sym.Defs[0].Kind != DefAssign {
			return false
		}
		return m.storageRooted(r.Sym.Defs[0].Value, depth+1)
	}
	return false
}

// storageLabel spells a storage location for messages ("self.items[...]").
func storageLabel(e frontend.Expr) string {
	switch x := e.(type) {
	case *frontend.Subscript:
		return storageLabel(x.Value) + "[...]"
	case *frontend.Attribute:
		return storageLabel(x.Value) + "." + x.Attr
	case *frontend.Name:
		return x.Id
	}
	return "storage"
}

// isContractSelf reports whether e is a name holding the contract instance.
func (m *Module) isContractSelf(e frontend.Expr) bool {
	n, ok := e.(*frontend.Name)
	if !ok {
		return false
	}
	t := m.TypeOf(n)
	return t.Kind == ClassT && t.Class.IsContract
}

func (m *Module) checkStorageWrite(t frontend.Expr, stmt frontend.Node, f *Func, d *diagSink) bool {
	if s, ok := m.storageWrite(t); ok {
		d.errorf(stmt, "E026", "compute the value inside the block, return it, and store it after the block returns",
			fmt.Sprintf("%s in '%s' reachable from non-deterministic block; storage writes are forbidden in non-deterministic contexts", s, funcLabel(f)))
		return true
	}
	return false
}

func (m *Module) checkCall(x *frontend.Call, f *Func, nondet bool, d *diagSink) {
	ent := m.entityOf(x.Func)
	if ent.Kind == EntExt && forbiddenCalls[ent.Path] {
		d.warnf(x, "W002", "use datetime.now() or gl.message_raw['datetime']: GenVM pins them to the transaction time",
			fmt.Sprintf("Non-deterministic call '%s()'", ent.Path))
	}
	var sdk *SDKEntry
	if ent.Kind == EntSDK {
		sdk = ent.SDK
		m.checkSDKCall(x, ent.Path, d)
	}
	name := shortPath(ent.Path)
	if sdk != nil && sdk.Roles&RoleNondetCall != 0 {
		const hint = "call it inside a function passed to gl.eq_principle.* or gl.vm.run_nondet*"
		switch {
		case f == nil:
			d.errorf(x, "E010", hint, fmt.Sprintf("%s() call at module level (must be in a non-deterministic block)", name))
		case !nondet:
			d.errorf(x, "E010", hint, fmt.Sprintf("%s() call in '%s' not reachable from a non-deterministic block", name, funcLabel(f)))
		case f.DetFrom != nil:
			d.errorf(x, "E010", hint, fmt.Sprintf("%s() call in '%s', which deterministic code runs (from '%s')", name, funcLabel(f), funcLabel(f.DetFrom)))
		}
	}
	if !nondet {
		return
	}
	where := fmt.Sprintf("in '%s' reachable from non-deterministic block", funcLabel(f))
	if sdk != nil {
		if sdk.Roles&RoleNondetBlock != 0 {
			d.errorf(x, "E025", "run the blocks one after the other from deterministic code",
				fmt.Sprintf("%s() %s; nested non-deterministic blocks are forbidden", name, where))
		}
		if sdk.Roles&RoleContractAccess != 0 {
			d.errorf(x, "E024", "call the other contract before or after the block",
				fmt.Sprintf("%s() %s; inter-contract calls are forbidden in non-deterministic contexts", name, where))
		}
		if sdk.Roles&RoleEmit != 0 {
			d.errorf(x, "E023", "emit after the block returns, from deterministic code",
				fmt.Sprintf("%s() %s; message emission is forbidden in non-deterministic contexts", name, where))
		}
	}
	if ent.Kind == EntClass && (ent.Class.IsEVMInterface || ent.Class.IsContractInterface) {
		d.errorf(x, "E024", "build the interface and call it outside the block",
			fmt.Sprintf("%s(...) %s; inter-contract calls are forbidden in non-deterministic contexts", ent.Class.Name, where))
	}
	if a, ok := x.Func.(*frontend.Attribute); ok {
		recv := m.TypeOf(a.Value)
		proxy := recv.Kind == SDKT && (recv.Name == "ContractProxy" || recv.Name == "EVMProxy")
		event := recv.Kind == ClassT && recv.Class.IsEvent
		switch {
		case (a.Attr == "emit" || a.Attr == "emit_transfer") && (proxy || event):
			d.errorf(x, "E023", "emit after the block returns, from deterministic code",
				fmt.Sprintf(".%s() %s; message emission is forbidden in non-deterministic contexts", a.Attr, where))
		case a.Attr == "view" && proxy:
			d.errorf(x, "E024", "call the other contract before or after the block",
				fmt.Sprintf(".view() %s; inter-contract calls are forbidden in non-deterministic contexts", where))
		case storageMutators[a.Attr]:
			if m.storageRooted(a.Value, 0) || m.TypeOf(a.Value).IsStorage() {
				d.errorf(x, "E026", "compute the value inside the block, return it, and store it after the block returns",
					fmt.Sprintf("%s.%s() %s; storage writes are forbidden in non-deterministic contexts", storageLabel(a.Value), a.Attr, where))
			}
		}
	}
}

// strictEqRules prepares GL-S03 (strict_eq over raw LLM or rendered-web
// output) as m.strictEqNode, applied to every node by moduleRules.
func (m *Module) strictEqRules(d *diagSink) {
	report := func(at frontend.Node, raw *frontend.Call) {
		d.errorf(at, "GL-S03", "use gl.eq_principle.prompt_comparative / prompt_non_comparative, or normalise the output before returning it",
			fmt.Sprintf("eq_principle_strict_eq on line %d wraps a function that returns raw nondeterministic output (%s on line %d); strict equality will fail across validators",
				at.Span().Lineno, shortPath(m.entityOf(raw.Func).Path), raw.Lineno))
	}
	isRaw := func(e frontend.Expr) *frontend.Call {
		if c, ok := e.(*frontend.Call); ok {
			if s := m.calleeSDK(c); s != nil && s.Roles&RoleRawNondet != 0 {
				return c
			}
		}
		return nil
	}
	var rawReturn func(f *Func, depth int) *frontend.Call
	rawReturn = func(f *Func, depth int) *frontend.Call {
		if f.Lambda != nil {
			return isRaw(f.Lambda.Body)
		}
		var found *frontend.Call
		m.walkOwn(f, func(n frontend.Node, _ *Func) bool {
			r, ok := n.(*frontend.Return)
			if !ok || r.Value == nil || found != nil {
				return found == nil
			}
			if c := isRaw(r.Value); c != nil {
				found = c
				return false
			}
			if nm, ok := r.Value.(*frontend.Name); ok {
				if ref := m.Refs[nm]; ref.Sym != nil && ref.Sym.Scope == f.Scope && len(ref.Sym.Defs) > 0 {
					var first *frontend.Call
					all := true
					for _, df := range ref.Sym.Defs {
						c := (*frontend.Call)(nil)
						if df.Kind == DefAssign {
							c = isRaw(df.Value)
						}
						if c == nil {
							all = false
							break
						}
						if first == nil {
							first = c
						}
					}
					if all {
						found = first
					}
				}
			}
			if c, ok := r.Value.(*frontend.Call); ok && depth == 0 && found == nil {
				if g := m.funcValue(c.Func); g != nil && g.Parent == nil && g.Class == nil {
					found = rawReturn(g, depth+1)
				}
			}
			return true
		})
		return found
	}
	m.strictEqNode = func(n frontend.Node) {
		switch x := n.(type) {
		case *frontend.Call:
			if s := m.calleeSDK(x); s != nil && s.Roles&RoleStrictEq != 0 {
				var arg frontend.Expr
				if len(x.Args) > 0 {
					arg = x.Args[0]
				}
				for _, k := range x.Keywords {
					if k.Arg == "fn" {
						arg = k.Value
					}
				}
				if arg != nil {
					if g := m.funcValue(arg); g != nil {
						if c := rawReturn(g, 0); c != nil {
							report(x, c)
						}
					}
				}
			}
		case *frontend.FunctionDef:
			for _, dec := range x.DecoratorList {
				if ent := m.entityOf(decoFunc(dec)); ent.Kind == EntSDK && ent.SDK != nil && ent.SDK.Roles&RoleStrictEq != 0 {
					if c := rawReturn(m.FuncOf[x], 0); c != nil {
						report(dec, c)
					}
				}
			}
		}
	}
}
