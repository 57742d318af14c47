package ir

import (
	"strconv"
	"strings"
)

// SDKKind says what an SDK name is.
type SDKKind uint8

// SDK name kinds.
const (
	SDKNamespace SDKKind = iota // a module-like namespace (gl, gl.nondet, ...)
	SDKFunc                     // a function
	SDKClass                    // a class users instantiate or subclass
	SDKTypeName                 // a name used as a type (u256, Address, DynArray, ...)
	SDKDecorator                // a decorator (gl.public.view, allow_storage, ...)
	SDKValue                    // a value (gl.message, gl.message_raw)
)

// SDKRole flags what the checker must know about an SDK function.
type SDKRole uint16

// SDK roles.
const (
	RoleNondetCall     SDKRole = 1 << iota // only valid inside a nondet block (E010)
	RoleNondetBlock                        // runs its function arguments as a nondet block (E025)
	RoleContractAccess                     // reaches another contract (E024)
	RoleEmit                               // emits a message or event (E023)
	RoleRawNondet                          // returns raw LLM/web output (GL-S03)
	RoleStrictEq                           // gl.eq_principle.strict_eq and its legacy spellings
	RoleLegacy                             // removed from the SDK; kept for diagnostics
	RoleSandbox                            // gl.vm.spawn_sandbox: runs its argument in a sub-VM
)

// SDKEntry is one name of the SDK API model.
type SDKEntry struct {
	Path      string // canonical dotted path, e.g. "genlayer.gl.nondet.exec_prompt"
	Kind      SDKKind
	Roles     SDKRole
	EntryArgs []int // RoleNondetBlock/RoleSandbox: positional arguments run as the block
	Ret       *Type // result type of a call (functions) or of the value
	Open      bool  // namespace whose members are not all modelled: unknown members are Dynamic
	Hint      string
}

// Short is the path without the "genlayer." prefix ("gl.nondet.exec_prompt").
func (e *SDKEntry) Short() string { return strings.TrimPrefix(e.Path, "genlayer.") }

var sdkTable = map[string]*SDKEntry{}

func sdk(path string, kind SDKKind, roles SDKRole, ret *Type, entry ...int) *SDKEntry {
	e := &SDKEntry{Path: "genlayer." + path, Kind: kind, Roles: roles, Ret: ret, EntryArgs: entry}
	sdkTable[e.Path] = e
	return e
}

func init() {
	sdkTable["genlayer"] = &SDKEntry{Path: "genlayer", Kind: SDKNamespace}
	// Names exported by `from genlayer import *`.
	sdk("gl", SDKNamespace, 0, nil)
	sdk("Address", SDKClass, 0, TAddress)
	sdk("allow_storage", SDKDecorator, 0, nil)
	sdk("Array", SDKTypeName, 0, nil)
	sdk("DynArray", SDKTypeName, 0, nil)
	sdk("TreeMap", SDKTypeName, 0, nil)
	sdk("Keccak256", SDKClass, 0, SDKType("Keccak256"))
	sdk("bigint", SDKTypeName, 0, TBigInt)
	for b := 8; b <= 256; b += 8 {
		sdk("u"+strconv.Itoa(b), SDKTypeName, 0, Sized(b, false))
		sdk("i"+strconv.Itoa(b), SDKTypeName, 0, Sized(b, true))
	}

	// gl
	sdk("gl.Contract", SDKClass, 0, nil)
	sdk("gl.Event", SDKClass, 0, nil)
	sdk("gl.Lazy", SDKClass, 0, nil)
	sdk("gl.MessageType", SDKClass, 0, nil)
	sdk("gl.public", SDKNamespace, 0, nil)
	sdk("gl.public.view", SDKDecorator, 0, nil)
	sdk("gl.public.write", SDKDecorator, 0, nil)
	sdk("gl.public.write.payable", SDKDecorator, 0, nil)
	sdk("gl.public.write.min_gas", SDKDecorator, 0, nil)
	sdk("gl.private", SDKDecorator, 0, nil)
	sdk("gl.message", SDKValue, 0, SDKType("Message"))
	sdk("gl.message_raw", SDKValue, 0, &Type{Kind: DictT, Args: []*Type{TStr, TDynamic}})
	sdk("gl.calldata", SDKNamespace, 0, nil).Open = true
	sdk("gl.wasi", SDKNamespace, 0, nil).Open = true
	sdk("gl.evm", SDKNamespace, 0, nil).Open = true
	sdk("gl.evm.contract_interface", SDKDecorator, 0, nil)
	sdk("gl.storage", SDKNamespace, 0, nil).Open = true
	sdk("gl.storage.copy_to_memory", SDKFunc, 0, TDynamic)
	sdk("gl.storage.inmem_allocate", SDKFunc, 0, TDynamic)
	sdk("gl.storage.allow_storage", SDKDecorator, 0, nil)
	sdk("gl.storage.DynArray", SDKTypeName, 0, nil)
	sdk("gl.storage.TreeMap", SDKTypeName, 0, nil)
	sdk("gl.storage.Array", SDKTypeName, 0, nil)
	sdk("gl.advanced", SDKNamespace, 0, nil)
	sdk("gl.advanced.user_error_immediate", SDKFunc, 0, TNone)
	sdk("gl.advanced.emit_raw_event", SDKFunc, RoleEmit, TNone)
	sdk("gl.vm", SDKNamespace, 0, nil)
	sdk("gl.vm.Return", SDKClass, 0, SDKType("Return"))
	sdk("gl.vm.VMError", SDKClass, 0, SDKType("VMError"))
	sdk("gl.vm.UserError", SDKClass, 0, SDKType("UserError"))
	sdk("gl.vm.Result", SDKTypeName, 0, SDKType("Result"))
	sdk("gl.vm.unpack_result", SDKFunc, 0, TDynamic)
	sdk("gl.vm.spawn_sandbox", SDKFunc, RoleSandbox, SDKType("Result"), 0)
	sdk("gl.vm.run_nondet", SDKFunc, RoleNondetBlock, TDynamic, 0, 1)
	sdk("gl.vm.run_nondet_unsafe", SDKFunc, RoleNondetBlock, TDynamic, 0, 1)
	sdk("gl.eq_principle", SDKNamespace, 0, nil)
	sdk("gl.eq_principle.strict_eq", SDKFunc, RoleNondetBlock|RoleStrictEq, TDynamic, 0)
	sdk("gl.eq_principle.prompt_comparative", SDKFunc, RoleNondetBlock, TDynamic, 0)
	sdk("gl.eq_principle.prompt_non_comparative", SDKFunc, RoleNondetBlock, TStr, 0)
	sdk("gl.nondet", SDKNamespace, 0, nil)
	sdk("gl.nondet.exec_prompt", SDKFunc, RoleNondetCall|RoleRawNondet, TDynamic)
	sdk("gl.nondet.Image", SDKClass, 0, SDKType("Image"))
	sdk("gl.nondet.NondetException", SDKClass, 0, nil)
	sdk("gl.nondet.web", SDKNamespace, 0, nil)
	sdk("gl.nondet.web.render", SDKFunc, RoleNondetCall|RoleRawNondet, TDynamic)
	sdk("gl.nondet.web.Response", SDKClass, 0, SDKType("Response"))
	for _, m := range []string{"request", "get", "post", "delete", "head", "patch"} {
		sdk("gl.nondet.web."+m, SDKFunc, RoleNondetCall, SDKType("Response"))
	}
	sdk("gl.contract_interface", SDKDecorator, 0, nil)
	sdk("gl.deploy_contract", SDKFunc, RoleEmit, TDynamic)
	sdk("gl.get_contract_at", SDKFunc, RoleContractAccess, SDKType("ContractProxy"))
	sdk("gl.trace", SDKFunc, 0, TNone)
	sdk("gl.trace_time_micro", SDKFunc, 0, TInt)

	// Spellings of the pre-0.1 API that community contracts still use.
	legacy := func(path, now string, roles SDKRole, entry ...int) {
		e := sdk(path, SDKFunc, roles|RoleLegacy, TDynamic, entry...)
		e.Hint = "removed from the SDK; use " + now
	}
	legacy("gl.exec_prompt", "gl.nondet.exec_prompt", RoleNondetCall|RoleRawNondet)
	legacy("gl.get_webpage", "gl.nondet.web.render", RoleNondetCall|RoleRawNondet)
	legacy("gl.eq_principle_strict_eq", "gl.eq_principle.strict_eq", RoleNondetBlock|RoleStrictEq, 0)
	legacy("gl.eq_principle_prompt_comparative", "gl.eq_principle.prompt_comparative", RoleNondetBlock, 0)
	legacy("gl.eq_principle_prompt_non_comparative", "gl.eq_principle.prompt_non_comparative", RoleNondetBlock, 0)
	legacy("gl.ContractAt", "gl.get_contract_at", RoleContractAccess)
	legacy("gl.contract", "a gl.Contract subclass", 0)
	legacy("gl.rollback_immediate", "gl.advanced.user_error_immediate", 0)
}

// sdkAliases maps module paths that re-export SDK names to the canonical ones.
var sdkAliases = []struct{ from, to string }{
	{"genlayer.py.types", "genlayer"},
	{"genlayer.types", "genlayer"},
	{"genlayer.py.storage", "genlayer.gl.storage"},
	{"genlayer.storage", "genlayer.gl.storage"},
	{"genlayer.gl.annotations.public", "genlayer.gl.public"},
	{"genlayer.py.evm", "genlayer.gl.evm"},
	{"genlayer.py.calldata", "genlayer.gl.calldata"},
	{"genlayer.contract", "genlayer.gl"},
	{"genlayer.gl.contract.Contract", "genlayer.gl.Contract"},
}

// glMembers are the names of the gl namespace that newer SDKs (v0.2/v0.3,
// `import genlayer as gl`) also expose at the root of the genlayer package.
var glMembers = map[string]bool{
	"Contract": true, "Event": true, "public": true, "private": true, "message": true, "message_raw": true,
	"nondet": true, "eq_principle": true, "vm": true, "storage": true, "advanced": true, "evm": true,
	"calldata": true, "wasi": true, "get_contract_at": true, "contract_interface": true, "deploy_contract": true,
	"Lazy": true, "MessageType": true, "trace": true, "trace_time_micro": true,
}

// canonicalPath normalises an imported dotted path (e.g.
// "genlayer.py.types.u256" → "genlayer.u256", "genlayer.contract.Contract"
// and "genlayer.public.view" → "genlayer.gl....").
func canonicalPath(p string) string {
	for _, a := range sdkAliases {
		if p == a.from || strings.HasPrefix(p, a.from+".") {
			p = a.to + p[len(a.from):]
			break
		}
	}
	if rest, ok := strings.CutPrefix(p, "genlayer."); ok {
		first, _, _ := strings.Cut(rest, ".")
		if glMembers[first] {
			return "genlayer.gl." + rest
		}
	}
	return p
}

// lookupSDK finds the SDK entry for a canonical path. ok is false when path is
// outside the SDK. A nil entry with ok true means the path lies in the SDK but
// is not modelled (unknown name): open namespaces answer a Dynamic function.
func lookupSDK(path string) (e *SDKEntry, ok bool) {
	if path != "genlayer" && !strings.HasPrefix(path, "genlayer.") {
		return nil, false
	}
	if e := sdkTable[path]; e != nil {
		return e, true
	}
	// fn.lazy(...) has the roles of fn.
	if base, ok := strings.CutSuffix(path, ".lazy"); ok {
		if e := sdkTable[base]; e != nil && e.Kind == SDKFunc {
			return e, true
		}
	}
	// Members of open namespaces (and of their members) are modelled as Dynamic.
	for p := path; ; {
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
		if pe := sdkTable[p]; pe != nil {
			if pe.Open {
				return &SDKEntry{Path: path, Kind: SDKFunc, Ret: TDynamic, Open: true}, true
			}
			if pe.Kind == SDKValue || pe.Kind == SDKClass {
				// attributes of values (gl.message.sender_address) are not names of the API.
				e := &SDKEntry{Path: path, Kind: SDKValue, Ret: TDynamic}
				if pe.Path == "genlayer.gl.message" {
					if t := messageFields[path[len(pe.Path)+1:]]; t != nil {
						e.Ret = t
					}
				}
				return e, true
			}
			break
		}
	}
	return nil, true
}

// messageFields are the fields of gl.message (a NamedTuple).
var messageFields = map[string]*Type{
	"contract_address": TAddress,
	"sender_address":   TAddress,
	"origin_address":   TAddress,
	"value":            Sized(256, false),
	"chain_id":         Sized(256, false),
}
