package gen

import (
	"github.com/genvm-go/genvm/rt"
)

// Lazy is genlayer.py.types.Lazy: the deferred value of a .lazy(...) SDK
// call. get() evaluates it once and caches the value or the exception.
type Lazy struct {
	eval func() rt.Value
	val  rt.Value
	exc  *rt.Exception
	done bool
}

// LazyType is the class of Lazy values.
var LazyType = rt.NewClass("Lazy", "genlayer.py.types")

// Class returns Lazy.
func (*Lazy) Class() *rt.Class { return LazyType }

// NewLazy returns a Lazy evaluating eval on the first get().
func NewLazy(eval func() rt.Value) *Lazy { return &Lazy{eval: eval} }

// Get evaluates the value once and returns it, raising the cached
// exception on every call if the evaluation raised.
func (l *Lazy) Get() rt.Value {
	if !l.done {
		eval := l.eval
		l.eval = nil
		l.exc = rt.Catch(func() { l.val = eval() })
		l.done = true
	}
	if l.exc != nil {
		panic(l.exc)
	}
	return l.val
}

func init() {
	LazyType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		if name == "get" {
			l := v.(*Lazy)
			return &rt.Builtin{Name: "get", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
				if len(args) != 0 || len(kwargs) != 0 {
					rt.Raisef(rt.TypeError, "Lazy.get() takes 1 positional argument but ", itoa(len(args)+1), " were given")
				}
				return l.Get()
			}}, true
		}
		return nil, false
	}
}

// lazyAPI is an SDK function decorated with GenVM's _lazy_api: calling it
// runs start with the bound arguments and evaluates the result at once;
// its .lazy attribute returns a Lazy instead. start does what must happen
// at call time (host requests, sub-VMs) and returns the evaluation of the
// result (decoding, raising).
func lazyAPI(module, name string, sig *Sig, defaults, kwDefaults []rt.Value, start func(a []rt.Value) func() rt.Value) *Function {
	f := NewFunction(name, name, sig, defaults, kwDefaults, func(a []rt.Value) rt.Value {
		return start(a)()
	})
	f.Module = module
	lazy := NewFunction(name, name, sig, defaults, kwDefaults, func(a []rt.Value) rt.Value {
		return NewLazy(start(a))
	})
	lazy.Module = module
	f.Attrs = []rt.KW{{Name: "lazy", Value: lazy}}
	return f
}

// builtinFunc is a plain SDK function with Python argument binding.
func builtinFunc(module, name string, sig *Sig, defaults, kwDefaults []rt.Value, fn func(a []rt.Value) rt.Value) *Function {
	f := NewFunction(name, name, sig, defaults, kwDefaults, fn)
	f.Module = module
	return f
}

// regLazy registers an SDK function made by lazyAPI under path, and its
// .lazy variant under path + ".lazy" (the compiler resolves both
// statically).
func regLazy(path string, f *Function) {
	sdkValues[path] = f
	sdkValues[path+".lazy"] = f.Attrs[0].Value
}
