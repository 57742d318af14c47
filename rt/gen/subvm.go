package gen

import (
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/storage"
)

// Sub-VMs without the cost. GenVM runs every nondet block and sandbox in a
// fresh interpreter: the contract module is imported anew (module-level
// code runs again, prints included), the function arrives as a cloudpickle
// copy, and nothing it mutates flows back but its result. A sub-VM here is
// the same in-process: snapshot the module state (SetModule's hooks, gen's
// imported stdlib modules and exception state), run the module body afresh,
// call the function on deep copies of what it captures (Copier), and put
// the caller's state back, also when the sub-VM panics.

// moduleHooks are the compiled module's state hooks (see SetModule).
type moduleHooks struct {
	save    func() any
	restore func(any)
	fresh   func()
	global  func(name string) (rt.Value, bool)
}

var mod moduleHooks

// SetModule registers the running module's state hooks: save snapshots
// every module global and the contract instance, restore puts a snapshot
// back, fresh forgets the contract instance and re-runs the module body,
// global returns a module global by its Python name. Generated code calls
// it at the start of the module body.
func SetModule(save func() any, restore func(any), fresh func(), global func(name string) (rt.Value, bool)) {
	mod = moduleHooks{save, restore, fresh, global}
}

// vmMode is what the running (sub-)VM may do.
type vmMode struct {
	nondet  bool // a nondet block: web and LLM allowed; storage writes, calls, messages, nested blocks not
	noWrite bool // storage writes refused
	noSend  bool // messages, events and deployments refused
	sub     bool // inside a sub-VM
}

// mode is the running VM's mode; the zero value is the main VM of a
// transaction (a view call's read-only state is the host's Conn.Readonly).
var mode vmMode

// Forbidden is GenVM's refusal of an operation the running VM may not
// perform: the WASI errno 6, raised by the SDK as SystemError.
func Forbidden() *rt.Exception { return rt.NewException(rt.SystemError, "6: forbidden") }

// InNondet reports whether a nondet block is running (in it or in a
// sandbox it spawned).
func InNondet() bool { return mode.nondet }

// CheckDet raises SystemError("6: forbidden") inside a nondet block, where
// GenVM refuses contract calls (view calls included) and EVM calls. what
// names the operation (unused in the message, which is GenVM's).
func CheckDet(what string) {
	if mode.nondet {
		panic(Forbidden())
	}
}

// CheckSend raises SystemError("6: forbidden") where GenVM refuses
// messages, events and deployments: in nondet blocks and in sandboxes
// without allow_write_ops. A view call's VM may send: GenVM's CallContract
// sub-VM drops only can_write_storage (spec §5).
func CheckSend(what string) {
	if mode.nondet || mode.noSend {
		panic(Forbidden())
	}
}

// checkNondet raises SystemError("6: forbidden") outside a nondet block
// (gl.nondet.* there is refused by GenVM's gl_call).
func checkNondet() {
	if !mode.nondet {
		panic(Forbidden())
	}
}

// subVM is the caller's state while a sub-VM runs.
type subVM struct {
	module    any
	modules   map[string]*rt.Module
	handling  []*rt.Exception
	instances int64
	depth     int
	mode      vmMode
	guard     func() error
	hasGuard  bool
	copier    *Copier
}

func errForbidden() error { return storage.ErrForbidden }

// enter saves the caller's state and switches to a fresh VM in mode m.
// The module body is not run yet (run does it inside the sub-VM's
// outcome boundary).
func enter(m vmMode) *subVM {
	s := &subVM{modules: modules, handling: handling, instances: instanceCounter, depth: rt.Current().Depth, mode: mode, copier: NewCopier()}
	if mod.save != nil {
		s.module = mod.save()
	}
	if Env != nil && Env.Storage != nil {
		s.hasGuard = true
		s.guard = Env.Storage.WriteGuard
		if m.noWrite || m.nondet {
			Env.Storage.WriteGuard = errForbidden
		}
	}
	modules, handling = nil, nil
	rt.Current().Depth = 0
	mode = m
	return s
}

// leave restores the caller's state.
func (s *subVM) leave() {
	s.copier.Restore()
	if mod.restore != nil && s.module != nil {
		mod.restore(s.module)
	}
	modules, handling, instanceCounter = s.modules, s.handling, s.instances
	rt.Current().Depth = s.depth
	mode = s.mode
	if s.hasGuard && Env != nil && Env.Storage != nil {
		Env.Storage.WriteGuard = s.guard
	}
}

// Outcome is how a sub-VM ended: GenVM's result code and the payload
// (calldata bytes of a Return, the message of a UserError or VMError).
type Outcome struct {
	Code int
	Data []byte
}

// Encode returns the outcome as GenVM passes sub-VM results: code byte
// followed by the payload.
func (o Outcome) Encode() []byte { return append([]byte{byte(o.Code)}, o.Data...) }

// DecodeOutcome parses an encoded sub-VM result (code byte + payload).
func DecodeOutcome(b []byte) (Outcome, bool) {
	if len(b) == 0 || b[0] > hostio.ResultVMError {
		return Outcome{}, false
	}
	return Outcome{int(b[0]), b[1:]}, true
}

// MaxSubVMNesting bounds how deeply sub-VMs nest (a sandbox spawning a
// sandbox ...). Each level starts a fresh Python call depth, so without a
// bound nested sub-VMs would grow the Go stack until the process dies. In
// GenVM every level is a new CPython instance charged to the one 4 GiB
// budget of deterministic VMs, so deep nesting ends in OOM; here the
// sub-VM past the bound ends with VMError("OOM") without running (a
// deviation in where exactly it happens).
const MaxSubVMNesting = 32

// subNesting is how many sub-VMs are running, one inside the other.
var subNesting int

// runSub runs fn in a fresh sub-VM of mode m (fn receives the sub-VM's
// copier to copy what it is given) and returns how it ended. Fuel
// exhaustion, protocol errors and runtime bugs are not sub-VM outcomes:
// they propagate and end the transaction.
func runSub(m vmMode, fn func(c *Copier) rt.Value) (out Outcome) {
	if subNesting >= MaxSubVMNesting {
		return Outcome{hostio.ResultVMError, []byte("OOM")}
	}
	subNesting++
	defer func() { subNesting-- }()
	s := enter(m)
	defer s.leave()
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(errCopyTooDeep); ok {
				// cloudpickle.dumps fails in the caller, before any sub-VM
				panic(rt.NewException(rt.RecursionError, "maximum recursion depth exceeded while pickling an object"))
			}
			code, data, ok := hostio.SubVMOutcome(r)
			if !ok {
				panic(r)
			}
			out = Outcome{code, data}
		}
	}()
	if mod.fresh != nil {
		mod.fresh()
	}
	v := fn(s.copier)
	b, err := calldata.Encode(ToCalldata(v))
	if err != nil {
		rt.Raise(rt.TypeError, err.Error())
	}
	return Outcome{hostio.ResultReturn, b}
}

// callCopy calls f on a deep copy (made with c) with args.
func callCopy(c *Copier, f rt.Value, args ...rt.Value) rt.Value {
	return rt.Call(c.Copy(f), args, nil)
}
