package gen

import (
	"bytes"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// gl.vm (GenVM SDK gl/vm.py): the result objects of sub-VMs, sandboxes and
// the generic nondet blocks run_nondet / run_nondet_unsafe, with GenVM's
// leader/validator protocol.

// Begin starts a transaction of compiled code: it makes env the running
// transaction, resets the nondet call numbers and the VM mode, and refuses
// storage writes in a read-only (view) transaction. Generated code calls
// it before running the module body.
func Begin(env *hostio.Env) {
	Env = env
	mode = vmMode{}
	subNesting = 0
	nondetCalls = callCounter{env: env}
	if env != nil && env.Storage != nil && env.Conn != nil && env.Conn.Readonly {
		env.Storage.WriteGuard = errForbidden
	}
}

// callCounter numbers the nondet blocks of one transaction (0, 1, ...),
// across sub-VMs, as GenVM's executor does, when no host keeps the
// numbers (scripts run in-process).
type callCounter struct {
	env *hostio.Env
	n   int
}

var nondetCalls callCounter

// nextCallNo returns the number of the nondet block about to start. GenVM
// numbers a transaction's blocks with one counter for every VM of it, view
// callees included, so with a host the number is the host's (a view
// callee's blocks continue its caller's, and the caller's continue after
// them); without one, this process counts.
func nextCallNo() int {
	if Env != nil && Env.Conn != nil {
		return Env.Conn.NondetNext()
	}
	if nondetCalls.env != Env {
		nondetCalls = callCounter{env: Env}
	}
	n := nondetCalls.n
	nondetCalls.n++
	return n
}

// Result classes of gl.vm. UserError is hostio.UserError (an exception
// that ends a transaction with UserError when uncaught), given the
// dataclass behaviour of GenVM's: a message field, repr
// UserError(message='…'), str() = repr(), == by message.
var (
	ReturnType  = rt.NewClass("Return", "genlayer.gl.vm")
	VMErrorType = rt.NewClass("VMError", "genlayer.gl.vm")
)

// resultObj is a gl.vm.Return (field calldata) or gl.vm.VMError (field
// message).
type resultObj struct {
	cls *rt.Class
	v   rt.Value
}

func (r *resultObj) Class() *rt.Class { return r.cls }

func (r *resultObj) field() string {
	if r.cls == ReturnType {
		return "calldata"
	}
	return "message"
}

// NewUserError returns a gl.vm.UserError with message msg.
func NewUserError(msg string) *rt.Exception {
	return &rt.Exception{Cls: hostio.UserError, Args: []rt.Value{msg}, Attrs: []rt.KW{{Name: "message", Value: msg}}}
}

// userErrorMessage is e.message.
func userErrorMessage(e *rt.Exception) rt.Value {
	for i := len(e.Attrs) - 1; i >= 0; i-- {
		if e.Attrs[i].Name == "message" {
			return e.Attrs[i].Value
		}
	}
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	rt.Raisef(rt.AttributeError, "'", e.Cls.Name, "' object has no attribute 'message'")
	return nil
}

func sigResultField(f string) *Sig { return &Sig{Names: []string{f}, NPos: 1} }

func init() {
	for _, cls := range []*rt.Class{ReturnType, VMErrorType} {
		cls := cls
		field := "message"
		if cls == ReturnType {
			field = "calldata"
		}
		ctor := NewFunction("__init__", cls.Name+".__init__", sigResultField(field), nil, nil, func(a []rt.Value) rt.Value {
			return &resultObj{cls, a[0]}
		})
		rt.SetClassConstructor(cls, func(c *rt.Class, args []rt.Value, kwargs []rt.KW) rt.Value {
			r := ctor.Call(args, kwargs).(*resultObj)
			r.cls = c
			return r
		})
		s := &cls.Slots
		s.Repr = func(v rt.Value) string {
			r := v.(*resultObj)
			return r.cls.QualName + "(" + r.field() + "=" + rt.Repr(r.v) + ")"
		}
		s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
			r := v.(*resultObj)
			if name == r.field() {
				return r.v, true
			}
			return nil, false
		}
		s.SetAttr = func(v rt.Value, name string, val rt.Value) bool {
			r := v.(*resultObj)
			if name == r.field() {
				r.v = val
				return true
			}
			return false
		}
		s.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
			x, ok1 := a.(*resultObj)
			y, ok2 := b.(*resultObj)
			if !ok1 || !ok2 || x.cls != y.cls || (op != rt.OpEQ && op != rt.OpNE) {
				return rt.NotImplemented
			}
			eq := rt.Eq(x.v, y.v)
			if op == rt.OpEQ {
				return eq
			}
			return !eq
		}
	}
	ue := hostio.UserError
	uctor := NewFunction("__init__", "UserError.__init__", sigResultField("message"), nil, nil, func(a []rt.Value) rt.Value {
		return a[0]
	})
	rt.SetClassConstructor(ue, func(c *rt.Class, args []rt.Value, kwargs []rt.KW) rt.Value {
		msg := uctor.Call(args, kwargs)
		return &rt.Exception{Cls: c, Args: append([]rt.Value(nil), args...), Attrs: []rt.KW{{Name: "message", Value: msg}}}
	})
	repr := func(v rt.Value) string {
		e := v.(*rt.Exception)
		return e.Cls.QualName + "(message=" + rt.Repr(userErrorMessage(e)) + ")"
	}
	ue.Slots.Repr = repr
	ue.Slots.Str = repr
	ue.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		e := v.(*rt.Exception)
		if name == "message" {
			return userErrorMessage(e), true
		}
		return rt.ExceptionAttr(e, name)
	}
	ue.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		x, ok1 := a.(*rt.Exception)
		y, ok2 := b.(*rt.Exception)
		if !ok1 || !ok2 || x.Cls != y.Cls || (op != rt.OpEQ && op != rt.OpNE) {
			return rt.NotImplemented
		}
		eq := rt.Eq(userErrorMessage(x), userErrorMessage(y))
		if op == rt.OpEQ {
			return eq
		}
		return !eq
	}
}

// resultObject decodes a sub-VM outcome to the gl.vm result object the
// SDK builds (_decode_sub_vm_result_retn).
func resultObject(o Outcome) rt.Value {
	switch o.Code {
	case hostio.ResultReturn:
		v, err := calldata.Decode(o.Data)
		if err != nil {
			rt.Raise(rt.ValueError, err.Error())
		}
		return &resultObj{ReturnType, FromCalldata(v)}
	case hostio.ResultUserError:
		return NewUserError(utf8Text(o.Data))
	}
	return &resultObj{VMErrorType, utf8Text(o.Data)}
}

func utf8Text(b []byte) string {
	if !utf8.Valid(b) {
		rt.Raise(rt.UnicodeDecodeError, "'utf-8' codec can't decode the sub-VM message")
	}
	return string(b)
}

// unpackResult is gl.vm.unpack_result.
func unpackResult(res rt.Value) rt.Value {
	if e, ok := res.(*rt.Exception); ok && e.Cls.IsSubclass(hostio.UserError) {
		panic(e)
	}
	if r, ok := res.(*resultObj); ok && r.cls.IsSubclass(VMErrorType) {
		panic(NewUserError("vm error: " + rt.Str(r.v)))
	}
	return rt.GetAttr(res, "calldata")
}

// nondetMode is the mode of a nondet block's sub-VM.
var nondetMode = vmMode{nondet: true, noWrite: true, noSend: true, sub: true}

// trueCalldata is calldata True: a validator agrees iff it returns it.
var trueCalldata = []byte{0x10}

// runNondet runs one nondet block with GenVM's protocol and returns the
// block's result: as leader, the leader function's outcome (posted to the
// host); as validator, the leader's outcome once the validator function,
// given it, returned True (else the transaction ends with
// VMError("validator_disagrees call N")); in sync mode the leader's
// outcome directly.
func runNondet(leader func(c *Copier) rt.Value, validator func(c *Copier, leaders Outcome) rt.Value) Outcome {
	if mode.nondet {
		panic(Forbidden())
	}
	n := nextCallNo()
	var conn *hostio.Conn
	if Env != nil {
		conn = Env.Conn
	}
	lead, res := true, []byte(nil)
	if conn != nil {
		lead, res = conn.NondetLeader(n)
	}
	if lead {
		out := runSub(nondetMode, leader)
		if conn != nil {
			conn.NondetPost(n, out.Encode())
		}
		return out
	}
	lo, ok := DecodeOutcome(res)
	if !ok {
		panic(&hostio.Trap{Msg: "absent"})
	}
	if conn.Sync {
		return lo
	}
	vo := runSub(nondetMode, func(c *Copier) rt.Value { return validator(c, lo) })
	if vo.Code != hostio.ResultReturn || !bytes.Equal(vo.Data, trueCalldata) {
		panic(&hostio.Trap{Msg: "validator_disagrees call " + itoa(n)})
	}
	return lo
}

// deliver turns a nondet block's result into what the contract gets: a
// VMError ends the transaction now; the returned evaluation decodes a
// Return or raises gl.vm.UserError.
func deliver(o Outcome) func() rt.Value {
	switch o.Code {
	case hostio.ResultVMError:
		panic(&hostio.Trap{Msg: string(o.Data)})
	case hostio.ResultUserError:
		return func() rt.Value { panic(NewUserError(utf8Text(o.Data))) }
	}
	return func() rt.Value {
		v, err := calldata.Decode(o.Data)
		if err != nil {
			rt.Raise(rt.ValueError, err.Error())
		}
		return FromCalldata(v)
	}
}

// spawnSandbox runs fn in a sandbox: a sub-VM with the caller's
// determinism, allowed storage writes and messages only with allowWrite
// and a caller allowed them.
func spawnSandbox(fn rt.Value, allowWrite bool) Outcome {
	m := mode
	m.sub = true
	if !allowWrite {
		m.noWrite, m.noSend = true, true
	}
	run := func() Outcome { return runSub(m, func(c *Copier) rt.Value { return callCopy(c, fn) }) }
	if m.noWrite || Env == nil || Env.Storage == nil {
		return run()
	}
	// the sandbox's storage writes count only if it returns
	tx := Env.Storage
	sp := tx.Savepoint()
	kept := false
	defer func() {
		if !kept {
			tx.Rollback(sp)
		}
	}()
	out := run()
	if out.Code == hostio.ResultReturn {
		tx.Release(sp)
		kept = true
	}
	return out
}

// compareMessages is the default compare_user_errors / compare_vm_errors
// of run_nondet: a.message == b.message.
var compareMessages = builtinFunc("genlayer.gl.vm", "<lambda>", &Sig{Names: []string{"a", "b"}, NPos: 2}, nil, nil,
	func(a []rt.Value) rt.Value {
		return rt.Compare(rt.OpEQ, rt.GetAttr(a[0], "message"), rt.GetAttr(a[1], "message"))
	})

// realValidator is run_nondet's validator function (GenVM's
// real_validator_fn), run inside the validator's sub-VM: validator_fn runs
// in a sandbox allowed to write; an answer of another kind than the
// leader's disagrees; a Return must carry a bool; errors of the same kind
// are compared with the given functions.
func realValidator(c *Copier, leaders Outcome, validatorFn, cmpUser, cmpVM rt.Value) rt.Value {
	leadersResult := resultObject(leaders)
	vf := c.Copy(validatorFn)
	thunk := builtinFunc("genlayer.gl.vm", "<lambda>", &Sig{}, nil, nil, func([]rt.Value) rt.Value {
		return rt.Call(vf, []rt.Value{leadersResult}, nil)
	})
	thunk.Cells = func(c2 *Copier) { c2.Cell(&vf); c2.Cell(&leadersResult) }
	answer := resultObject(spawnSandbox(thunk, true))
	if rt.TypeOf(answer) != rt.TypeOf(leadersResult) {
		return false
	}
	switch a := answer.(type) {
	case *resultObj:
		if a.cls == ReturnType {
			b, ok := a.v.(bool)
			if !ok {
				rt.Raisef(rt.TypeError, "validator function returned non-bool `", rt.Str(a.v), "`")
			}
			return b
		}
		return rt.Call(c.Copy(cmpVM), []rt.Value{leadersResult, answer}, nil)
	}
	return rt.Call(c.Copy(cmpUser), []rt.Value{leadersResult, answer}, nil)
}

func init() {
	vm := "genlayer.gl.vm"
	sdkValues[vm+".Return"] = ReturnType
	sdkValues[vm+".VMError"] = VMErrorType
	sdkValues[vm+".unpack_result"] = builtinFunc(vm, "unpack_result", &Sig{Names: []string{"res"}, NPos: 1, PosOnly: 1}, nil, nil,
		func(a []rt.Value) rt.Value { return unpackResult(a[0]) })
	regLazy(vm+".spawn_sandbox", lazyAPI(vm, "spawn_sandbox", &Sig{Names: []string{"fn", "allow_write_ops"}, NPos: 1, KwOnly: 1},
		nil, []rt.Value{false}, func(a []rt.Value) func() rt.Value {
			o := spawnSandbox(a[0], rt.Truth(a[1]))
			return func() rt.Value { return resultObject(o) }
		}))
	regLazy(vm+".run_nondet_unsafe", lazyAPI(vm, "run_nondet_unsafe", &Sig{Names: []string{"leader_fn", "validator_fn"}, NPos: 2, PosOnly: 2},
		nil, nil, func(a []rt.Value) func() rt.Value {
			leaderFn, validatorFn := a[0], a[1]
			return deliver(runNondet(
				func(c *Copier) rt.Value { return callCopy(c, leaderFn) },
				func(c *Copier, leaders Outcome) rt.Value {
					return callCopy(c, validatorFn, resultObject(leaders))
				}))
		}))
	regLazy(vm+".run_nondet", lazyAPI(vm, "run_nondet", &Sig{Names: []string{"leader_fn", "validator_fn", "compare_user_errors", "compare_vm_errors"}, NPos: 2, PosOnly: 2, KwOnly: 2},
		nil, []rt.Value{compareMessages, compareMessages}, func(a []rt.Value) func() rt.Value {
			leaderFn, validatorFn, cmpUser, cmpVM := a[0], a[1], a[2], a[3]
			return deliver(runNondet(
				func(c *Copier) rt.Value { return callCopy(c, leaderFn) },
				func(c *Copier, leaders Outcome) rt.Value {
					return realValidator(c, leaders, validatorFn, cmpUser, cmpVM)
				}))
		}))
}
