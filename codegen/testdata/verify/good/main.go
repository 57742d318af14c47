// Command counter is a hand-written contract artifact, written the way the
// code generator will emit one, for testing the build driver, the protocol
// and the host before the lowering from Python exists. It stands for:
//
//	class Counter(gl.Contract):
//	    count: u64      # contract instance offset 0, 8 bytes
//	    def __init__(self, start: int): print("init", start); self.count = start
//	    @gl.public.view
//	    def get(self) -> int: return self.count
//	    @gl.public.write
//	    def inc(self, n: int) -> int: print("inc", n); self.count += n; return self.count
//	    @gl.public.write
//	    def fail(self): self.count = 999; raise ValueError("boom")
//	    @gl.public.write
//	    def rollback(self, msg): self.count = 7; raise gl.vm.UserError(msg)
//	    @gl.public.write
//	    def immediate(self, msg): self.count = 7; gl.advanced.user_error_immediate(msg)
//	    @gl.public.write
//	    def quit(self, n): self.count = 5; exit(n)
//	    @gl.public.write.payable
//	    def pay(self) -> int: return gl.message.value
//	    @gl.public.write
//	    def spin(self): while True: pass
//	    @gl.public.write
//	    def hog(self): xs = []; while True: xs.append("x" * 1000)
//	    @gl.public.write
//	    def recurse(self): self.recurse()
//	    @gl.public.view
//	    def locked(self): <writes the code slot>
//	    def __handle_undefined_method__(self, name, args, kwargs): public write, returns [name, args]
package main

import (
	"math/big"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/storage"
)

const file = "/contract.py"

func count(env *hostio.Env) storage.Loc { return env.Root().ContractInstance() }

func get(env *hostio.Env) uint64 {
	v, err := storage.U64.Get(count(env))
	hostio.Must(err)
	return v
}

func set(env *hostio.Env, v uint64) {
	hostio.Must(storage.U64.Set(count(env), v))
}

func arg(args []calldata.Value, i int) calldata.Value {
	if i >= len(args) {
		rt.Raise(rt.TypeError, "missing a required argument")
	}
	return args[i]
}

func intArg(args []calldata.Value, i int) uint64 {
	n, ok := arg(args, i).(*big.Int)
	if !ok || !n.IsUint64() {
		rt.Raise(rt.TypeError, "expected an int")
	}
	return n.Uint64()
}

func print(parts ...string) {
	out := &rt.Current().Stdout
	for i, p := range parts {
		if i > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(p)
	}
	out.WriteByte('\n')
}

// raise raises exc with a traceback frame, as generated code records the
// line of a raise.
func raise(exc *rt.Exception, fn string, line int) {
	fuel.Charge(fuel.Block)
	exc.Traceback = append(exc.Traceback, rt.Frame{File: file, Line: line, Func: fn})
	panic(exc)
}

func recurse(depth int) {
	fuel.Charge(fuel.Call)
	rt.Enter()
	defer rt.Leave()
	recurse(depth + 1)
}

var methods = []hostio.Method{
	{Name: "get", Public: true, Readonly: true, Call: func(env *hostio.Env, _ []calldata.Value, _ calldata.Map) calldata.Value {
		return new(big.Int).SetUint64(get(env))
	}},
	{Name: "inc", Public: true, Call: func(env *hostio.Env, args []calldata.Value, _ calldata.Map) calldata.Value {
		n := intArg(args, 0)
		print("inc", new(big.Int).SetUint64(n).String())
		set(env, get(env)+n)
		return new(big.Int).SetUint64(get(env))
	}},
	{Name: "fail", Public: true, Call: func(env *hostio.Env, _ []calldata.Value, _ calldata.Map) calldata.Value {
		set(env, 999)
		print("failing")
		raise(rt.NewException(rt.ValueError, "boom"), "fail", 12)
		return nil
	}},
	{Name: "rollback", Public: true, Call: func(env *hostio.Env, args []calldata.Value, _ calldata.Map) calldata.Value {
		set(env, 7)
		msg, _ := arg(args, 0).(string)
		panic(rt.NewException(hostio.UserError, msg))
	}},
	{Name: "immediate", Public: true, Call: func(env *hostio.Env, args []calldata.Value, _ calldata.Map) calldata.Value {
		set(env, 7)
		msg, _ := arg(args, 0).(string)
		panic(&hostio.Rollback{Msg: msg})
	}},
	{Name: "quit", Public: true, Call: func(env *hostio.Env, args []calldata.Value, _ calldata.Map) calldata.Value {
		set(env, 5)
		panic(&rt.Exception{Cls: rt.SystemExit, Args: []rt.Value{rt.IntFromInt64(int64(intArg(args, 0)))}})
	}},
	{Name: "pay", Public: true, Payable: true, Call: func(env *hostio.Env, _ []calldata.Value, _ calldata.Map) calldata.Value {
		return env.Msg.Value
	}},
	{Name: "spin", Public: true, Call: func(env *hostio.Env, _ []calldata.Value, _ calldata.Map) calldata.Value {
		for {
			fuel.Charge(fuel.Block + 2*fuel.Op)
		}
	}},
	{Name: "hog", Public: true, Call: func(env *hostio.Env, _ []calldata.Value, _ calldata.Map) calldata.Value {
		var xs []string
		for {
			fuel.Charge(fuel.Block + 3*fuel.Op)
			fuel.Alloc(1000 + 16)
			xs = append(xs, string(make([]byte, 1000)))
		}
	}},
	{Name: "recurse", Public: true, Call: func(env *hostio.Env, _ []calldata.Value, _ calldata.Map) calldata.Value {
		recurse(0)
		return nil
	}},
	{Name: "locked", Public: true, Readonly: true, Call: func(env *hostio.Env, _ []calldata.Value, _ calldata.Map) calldata.Value {
		hostio.Must(env.Root().WriteCode([]byte("x")))
		return nil
	}},
	{Name: "helper", Call: func(*hostio.Env, []calldata.Value, calldata.Map) calldata.Value { return nil }},
	{Name: "__handle_undefined_method__", Public: true, Call: func(env *hostio.Env, args []calldata.Value, _ calldata.Map) calldata.Value {
		return []calldata.Value{args[0], args[1]}
	}},
}

func main() {
	hostio.Main(&hostio.Contract{
		Module: func(env *hostio.Env) { fuel.Charge(fuel.Block) },
		Class: &hostio.Class{
			Name: "Counter",
			Init: &hostio.Method{Name: "__init__", Call: func(env *hostio.Env, args []calldata.Value, _ calldata.Map) calldata.Value {
				n := intArg(args, 0)
				print("init", new(big.Int).SetUint64(n).String())
				set(env, n)
				return nil
			}},
			Methods: methods,
			Schema: func() string {
				return `{"ctor":{"params":[["start","int"]],"kwparams":{}},"methods":{"get":{"params":[],"kwparams":{},"readonly":true,"ret":"int"}}}`
			},
		},
	})
}
