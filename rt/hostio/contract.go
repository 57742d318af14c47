package hostio

import (
	"math/big"
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
)

// Contract describes a compiled module for the transaction boundary. The
// code generator emits one per contract file:
//
//	func main() { hostio.Main(&hostio.Contract{Module: module, Class: &hostio.Class{...}}) }
type Contract struct {
	// Module runs the module body (imports, module-level statements and
	// class definitions). It runs at the start of every transaction, as
	// GenVM imports the contract module anew in every VM. May be nil.
	Module func(env *Env)
	// Class is the module's gl.Contract subclass; nil for a script (GenVM's
	// self-run cases), whose transaction is just the module body and
	// returns None.
	Class *Class
}

// Class is a contract class: its methods as the dispatcher sees them.
type Class struct {
	Name string
	// Init is __init__ defined in the class (nil if it only inherits
	// object.__init__, which GenVM rejects on deploy).
	Init *Method
	// Methods lists the class's other attributes that a call can name:
	// every method, public or not, including user definitions of
	// __receive__, __handle_undefined_method__ and __on_errored_message__
	// (the defaults of gl.Contract apply to those missing). Order is
	// irrelevant; names are unique.
	Methods []Method
	// Schema returns the compact JSON of __get_schema__ (#get-schema).
	Schema func() string
}

// Method is one callable attribute of the contract class.
type Method struct {
	Name                      string
	Public, Readonly, Payable bool
	Abstract                  bool
	// Call runs the method on the contract instance. args and kwargs are
	// the decoded calldata; for __handle_undefined_method__ args is
	// [name, args, kwargs]. It returns the value to encode as the result
	// and raises Python exceptions as panics (*rt.Exception).
	Call func(env *Env, args []calldata.Value, kwargs calldata.Map) calldata.Value
}

// The gl.Contract defaults: __receive__ and __handle_undefined_method__
// are not public (so calling them fails the public check), and
// __on_errored_message__ is a public payable no-op.
var (
	defaultReceive   = Method{Name: "__receive__"}
	defaultUndefined = Method{Name: "__handle_undefined_method__"}
	defaultOnErrored = Method{Name: "__on_errored_message__", Public: true, Payable: true,
		Call: func(*Env, []calldata.Value, calldata.Map) calldata.Value { return nil }}
)

func (c *Class) lookup(name string) *Method {
	for i := range c.Methods {
		if c.Methods[i].Name == name {
			return &c.Methods[i]
		}
	}
	return nil
}

func (c *Class) special(name string, def *Method) *Method {
	if m := c.lookup(name); m != nil {
		return m
	}
	return def
}

func (c *Class) describe(m *Method) string { return "<function " + c.Name + "." + m.Name + ">" }

// check is GenVM runner's check_abstracts: the reason m cannot be called
// with this message, or "".
func (c *Class) check(env *Env, m *Method) string {
	switch {
	case !m.Public:
		return "call to private method `" + c.describe(m) + "`"
	case m.Abstract:
		return "method is abstract `" + c.describe(m) + "`"
	case env.Msg.Value.Sign() > 0 && !m.Payable:
		return "called non-payable method `" + c.describe(m) + " with non-zero value`"
	}
	return ""
}

// dispatch resolves and calls the method named by the calldata, as GenVM's
// runner (_handle_main) does; the returned value is the result to encode.
func (c *Class) dispatch(env *Env) calldata.Value {
	raw, err := calldata.Decode(env.Msg.EntryData)
	if err != nil {
		rt.Raise(rt.ValueError, err.Error())
	}
	cd, ok := raw.(calldata.Map)
	if !ok {
		rt.Raisef(rt.TypeError, "invalid calldata, expected dict got `", calldataTypeName(raw), "`")
	}
	var args []calldata.Value
	kwargs := calldata.Map{}
	if a, ok := cd.Get("args"); ok {
		if args, ok = a.([]calldata.Value); !ok {
			rt.Raisef(rt.TypeError, "argument after * must be an iterable, not ", calldataTypeName(a))
		}
	}
	if k, ok := cd.Get("kwargs"); ok {
		if kwargs, ok = k.(calldata.Map); !ok {
			rt.Raisef(rt.TypeError, "argument after ** must be a mapping, not ", calldataTypeName(k))
		}
	}
	if env.Msg.IsInit {
		Must(env.Root().LockDefault())
		switch {
		case c.Init == nil:
			rt.Raise(rt.TypeError, "improper contract: define __init__")
		case c.Init.Public:
			rt.Raise(rt.TypeError, "__init__ must be private")
		}
		return c.Init.Call(env, args, kwargs)
	}
	name := ""
	if m, ok := cd.Get("method"); ok {
		s, isStr := m.(string)
		if !isStr {
			rt.Raisef(rt.TypeError, "method name must be str, not ", calldataTypeName(m))
		}
		name = s
	}
	undefined := func(name string) calldata.Value {
		h := c.special("__handle_undefined_method__", &defaultUndefined)
		return h.Call(env, []calldata.Value{name, args, kwargs}, calldata.Map{})
	}
	switch {
	case name == "#error":
		return c.special("__on_errored_message__", &defaultOnErrored).Call(env, args, kwargs)
	case name == "#get-schema":
		return c.Schema()
	case name == "":
		recv := c.special("__receive__", &defaultReceive)
		if why := c.check(env, recv); why != "" {
			h := c.special("__handle_undefined_method__", &defaultUndefined)
			if why2 := c.check(env, h); why2 != "" {
				e := rt.NewException(rt.ValueError, why2)
				e.Notes = append(e.Notes, why)
				panic(e)
			}
			return undefined("")
		}
		return recv.Call(env, args, kwargs)
	case strings.HasPrefix(name, "__"):
		rt.Raise(rt.ValueError, "calls to methods that start with __ is forbidden")
	case strings.HasPrefix(name, "#"):
		rt.Raise(rt.ValueError, "unknown special method "+name)
	}
	if m := c.lookup(name); m != nil {
		if why := c.check(env, m); why != "" {
			rt.Raise(rt.ValueError, why)
		}
		return m.Call(env, args, kwargs)
	}
	h := c.special("__handle_undefined_method__", &defaultUndefined)
	if why := c.check(env, h); why != "" {
		rt.Raise(rt.ValueError, why)
	}
	return undefined(name)
}

// calldataTypeName is the Python type name of a decoded calldata value.
func calldataTypeName(v calldata.Value) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case *big.Int:
		return "int"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case []calldata.Value:
		return "list"
	case calldata.Map:
		return "dict"
	}
	return "Address"
}
