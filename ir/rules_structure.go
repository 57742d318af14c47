package ir

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/genvm-go/genvm/frontend"
)

// headerRules: W010 (no "Depends" in the leading comment block) and W011
// (a header without a py-genlayer dependency), read as the official linter
// does: the lines starting with '#' at the top of the file.
func headerRules(src []byte, d *diagSink) {
	var header strings.Builder
	for _, line := range bytes.Split(src, []byte("\n")) {
		if !bytes.HasPrefix(line, []byte("#")) {
			break
		}
		if bytes.HasPrefix(line, []byte("# ")) {
			header.Write(bytes.TrimSpace(line[1:]))
		} else {
			header.Write(line[1:])
		}
	}
	h := header.String()
	pos := frontend.Pos{Lineno: 1}
	switch {
	case !strings.Contains(h, `"Depends"`):
		d.add(pos, "W010", Warning, `Missing contract dependency header (# { "Depends": "py-genlayer:<hash>" })`,
			"GenVM refuses a contract without it (invalid_contract absent_runner_comment)")
	case !strings.Contains(h, "py-genlayer:"):
		d.add(pos, "W011", Warning, "Missing py-genlayer dependency in header", "")
	}
}

// specialMethods are the contract methods GenVM dispatches to by itself.
var specialMethods = map[string]bool{
	"__receive__": true, "__handle_undefined_method__": true, "__on_errored_message__": true, "__on_bridge__": true,
}

// structureRules: E011 E012 E013 E019 W020 E021 E022, C101 and C106.
func (m *Module) structureRules(contracts []*Class, ct *Contract, d *diagSink) {
	for i, c := range contracts {
		if i > 0 {
			d.errorf(c.Node, "E011", "GenVM allows one gl.Contract subclass per file (the SDK raises TypeError on the second)",
				fmt.Sprintf("Multiple contracts in module; '%s' should be in separate file", c.Name))
		}
	}
	for ci, c := range contracts {
		var cct *Contract
		if ci == 0 {
			cct = ct
		} else {
			cct = m.buildContract(c, nil)
			m.layoutContract(cct, d)
		}
		for _, f := range c.Methods {
			mt := cct.Method(f.Name)
			if mt == nil || mt.Func != f {
				mt = m.methodInfo(f, nil)
			}
			m.methodRules(mt, d)
		}
		if cct.Ctor == nil {
			// A warning: GenVM runs such a contract's methods; only deploying it fails.
			d.warnf(c.Node, "C101", "define __init__(self, ...) without a public decorator; GenVM calls it on deploy",
				fmt.Sprintf("Contract '%s' has no __init__: deploying it fails", c.Name))
		}
	}
}

func (m *Module) methodRules(mt *Method, d *diagSink) {
	f := mt.Func
	def := f.Def
	name := f.Name
	if name == "__init__" && mt.Public {
		d.errorf(def, "E012", "remove the @gl.public decorator: the constructor runs only on deploy", "__init__ must be private (remove @gl.public decorator)")
	}
	if mt.Public && strings.HasPrefix(name, "__") && name != "__init__" && !specialMethods[name] {
		d.errorf(def, "E013", "GenVM refuses calls to methods whose names start with '__'", fmt.Sprintf("Public method '%s' cannot start with '__'", name))
	}
	if specialMethods[name] && !(mt.Public && !mt.Readonly) {
		want := "@gl.public.write"
		if name == "__receive__" || name == "__on_errored_message__" {
			want = "@gl.public.write.payable"
		}
		d.errorf(def, "E019", "GenVM dispatches to it only when it is a public write method", fmt.Sprintf("'%s' requires %s decorator", name, want))
	}
	if name == "__receive__" && mt.Public && !mt.Readonly && !mt.Payable {
		d.warnf(def, "C108", "decorate it with @gl.public.write.payable",
			"'__receive__' is not payable: GenVM refuses the value transfers that call it (they always carry value)")
	}
	if mt.Public && mt.Readonly && def.Returns == nil {
		d.warnf(def, "W020", "the return annotation is the method's schema type ('any' without it)", fmt.Sprintf("View method '%s' should have return type annotation", name))
	}
	if mt.Public {
		for _, p := range f.Params {
			switch p.Kind {
			case ParamVarArgs:
				d.errorf(p.Node, "E021", "calldata passes positional and keyword arguments by name; list them", fmt.Sprintf("Public method '%s' cannot use *args", name))
			case ParamVarKw:
				d.errorf(p.Node, "E021", "calldata passes positional and keyword arguments by name; list them", fmt.Sprintf("Public method '%s' cannot use **kwargs", name))
			}
		}
	}
	if !mt.Static && !mt.ClassMethod {
		var first []*frontend.Arg
		if def.Args != nil {
			first = append(append(first, def.Args.PosOnlyArgs...), def.Args.Args...)
		}
		if len(first) == 0 || first[0].Arg != "self" {
			d.errorf(def, "E022", "contract methods receive the contract instance first", fmt.Sprintf("Method '%s' must have 'self' as first parameter", name))
		}
	}
	// C106: types calldata cannot carry in public signatures.
	if mt.Public && !strings.HasPrefix(name, "__") || mt.Public && specialMethods[name] || name == "__init__" {
		for i, p := range f.Params {
			if i == 0 || p.Kind == ParamVarArgs || p.Kind == ParamVarKw {
				continue
			}
			if _, err := reprType(p.Type); err != nil {
				d.errorf(p.Node, "C106", calldataHint(p.Type),
					fmt.Sprintf("Parameter '%s' of %s '%s' has type %s, which GenVM's calldata schema does not support", p.Name, methodWord(name), name, p.Type))
			}
		}
		if name != "__init__" {
			if _, err := reprType(f.Ret); err != nil {
				at := frontend.Node(def)
				if def.Returns != nil {
					at = def.Returns
				}
				d.errorf(at, "C106", calldataHint(f.Ret),
					fmt.Sprintf("Return type %s of public method '%s' is not supported by GenVM's calldata schema", f.Ret, name))
			}
		}
	}
}

func methodWord(name string) string {
	if name == "__init__" {
		return "constructor"
	}
	return "public method"
}

func calldataHint(t *Type) string {
	switch t.Kind {
	case FloatT:
		return "calldata has no float: take an int (scaled) or a str"
	case DictT, MappingT, TreeMapT:
		return "calldata maps have str keys only"
	}
	return "use None, bool, int, str, bytes, Address, list[T], dict[str, T], tuple[...], unions or @dataclass types"
}
