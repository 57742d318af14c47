package gen

import "github.com/genvm-go/genvm/rt"

// Control codes returned by the closures generated for try bodies: 0 is a
// normal end, CtlReturn a return statement (the value is in the function's
// result variable), and 2+2k / 3+2k a break / continue of the k-th loop of
// the function.
const CtlReturn = 1

// handling is the stack of exceptions being handled (sys.exc_info), innermost
// last: bare raise re-raises its top, and exceptions raised while handling
// get it as __context__.
var handling []*rt.Exception

// Try runs f and returns its control code, or the Python exception it raised.
// Other panics (fuel exhaustion, host traps) pass through.
func Try(f func() int) (ctl int, exc *rt.Exception) {
	exc = rt.Catch(func() { ctl = f() })
	if exc != nil {
		ctl = 0
	}
	return
}

// Handle runs the body of an except clause that caught exc: exc is the
// exception being handled while f runs.
func Handle(exc *rt.Exception, f func() int) (ctl int, exc2 *rt.Exception) {
	handling = append(handling, exc)
	defer func() { handling = handling[:len(handling)-1] }()
	ctl, exc2 = Try(f)
	if exc2 != nil && exc2 != exc && exc2.Context == nil && !exc2.SuppressContext {
		exc2.Context = exc
	}
	return ctl, exc2
}

// Finally runs a finally clause after the try statement ended with ctl and
// exc; a return, break or continue in the clause or an exception from it
// replaces them.
func Finally(ctl int, exc *rt.Exception, f func() int) (int, *rt.Exception) {
	if exc != nil {
		handling = append(handling, exc)
	}
	fctl, fexc := Try(f)
	if exc != nil {
		handling = handling[:len(handling)-1]
	}
	if fexc != nil {
		return 0, fexc
	}
	if fctl != 0 {
		return fctl, nil
	}
	return ctl, exc
}

// Rethrow re-raises exc if it is not nil.
func Rethrow(exc *rt.Exception) {
	if exc != nil {
		panic(exc)
	}
}

// Matches reports whether exc is an instance of the class or tuple of
// classes typ (an except clause's type).
func Matches(exc *rt.Exception, typ rt.Value) bool {
	switch t := typ.(type) {
	case *rt.Class:
		if !t.IsSubclass(rt.BaseException) {
			rt.Raise(rt.TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return exc.Cls.IsSubclass(t)
	case *rt.Tuple:
		for _, x := range t.Items {
			if Matches(exc, x) {
				return true
			}
		}
		return false
	}
	rt.Raise(rt.TypeError, "catching classes that do not inherit from BaseException is not allowed")
	return false
}

// MakeException converts the operand of raise to an exception instance.
func MakeException(v rt.Value) *rt.Exception {
	switch x := v.(type) {
	case *rt.Exception:
		return x
	case *rt.Class:
		if x.IsSubclass(rt.BaseException) {
			e, ok := rt.CallClass(x, nil, nil).(*rt.Exception)
			if ok {
				return e
			}
		}
	}
	rt.Raise(rt.TypeError, "exceptions must derive from BaseException")
	return nil
}

// Raise raises v (raise v), with the exception being handled as context.
func Raise(v rt.Value) {
	e := MakeException(v)
	setContext(e)
	panic(e)
}

// RaiseFrom raises v from cause (raise v from cause).
func RaiseFrom(v, cause rt.Value) {
	e := MakeException(v)
	if cause == rt.None {
		e.Cause = nil
	} else {
		e.Cause = MakeException(cause)
	}
	e.SuppressContext = true
	setContext(e)
	panic(e)
}

func setContext(e *rt.Exception) {
	if len(handling) == 0 {
		return
	}
	ctx := handling[len(handling)-1]
	if ctx == e {
		return
	}
	// Break cycles as CPython does.
	for c := ctx; c != nil; c = c.Context {
		if c.Context == e {
			c.Context = nil
			break
		}
	}
	e.Context = ctx
}

// Reraise is a bare raise.
func Reraise() {
	if len(handling) == 0 {
		rt.Raise(rt.RuntimeError, "No active exception to reraise")
	}
	panic(handling[len(handling)-1])
}

// WithContext gives an exception raised by f the exception being handled as
// __context__ (for runtime errors raised inside except clauses).
func WithContext(exc *rt.Exception) {
	if exc.Context == nil {
		setContext(exc)
	}
}

// AssertFail raises AssertionError (with msg unless nil).
func AssertFail(msg rt.Value) {
	if msg == nil {
		Raise(rt.AssertionError)
	}
	Raise(&rt.Exception{Cls: rt.AssertionError, Args: []rt.Value{msg}})
}

// ExitWith handles a with statement's exit: it calls exit with the exception
// (if any) and reports whether the exception is suppressed.
func ExitWith(exit rt.Value, exc *rt.Exception) bool {
	if exc == nil {
		rt.Call(exit, []rt.Value{rt.None, rt.None, rt.None}, nil)
		return false
	}
	handling = append(handling, exc)
	defer func() { handling = handling[:len(handling)-1] }()
	return rt.Truth(rt.Call(exit, []rt.Value{exc.Cls, exc, rt.None}, nil))
}

// Leave undoes rt.Enter at the return of a compiled Python function; when a
// Python exception passes through, it records the function's frame (file,
// the line being executed, function name) in the traceback.
func Leave(line *int, file, fn string) {
	rt.Leave()
	if r := recover(); r != nil {
		if e, ok := r.(*rt.Exception); ok {
			e.Traceback = append([]rt.Frame{{File: file, Line: *line, Func: fn}}, e.Traceback...)
		}
		panic(r)
	}
}

// Frame records the module body's frame in the traceback of a Python
// exception passing through it (see Leave).
func Frame(line *int, file, fn string) {
	if r := recover(); r != nil {
		if e, ok := r.(*rt.Exception); ok {
			e.Traceback = append([]rt.Frame{{File: file, Line: *line, Func: fn}}, e.Traceback...)
		}
		panic(r)
	}
}
