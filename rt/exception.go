package rt

import "strings"

// Exception is a raised or raisable Python exception instance.
//
// Python exceptions propagate through Go code as panics whose value is an
// *Exception (see Raise and Catch); nothing else in the runtime panics with an
// *Exception, and an *Exception is never used as a Go error return except at
// the transaction boundary.
type Exception struct {
	Cls             *Class
	Args            []Value
	Cause           *Exception // __cause__ (raise ... from ...)
	Context         *Exception // __context__ (raised while handling)
	SuppressContext bool       // __suppress_context__
	Notes           []string   // add_note
	// Attrs holds attributes set on the instance (e.g. JSONDecodeError.pos,
	// or fields of user exception classes), in first-assignment order.
	Attrs []KW
	// Traceback holds the frames the exception passed through, innermost last.
	Traceback []Frame
}

// Frame is one traceback entry, as CPython prints it.
type Frame struct {
	File string
	Line int
	Func string
}

// Class returns the exception's class.
func (e *Exception) Class() *Class { return e.Cls }

// Error renders the exception as "Name: message", the last line of a
// CPython traceback.
func (e *Exception) Error() string {
	msg := e.Message()
	name := e.Cls.Name
	if e.Cls.Module != "builtins" && e.Cls.Module != "" && e.Cls.Module != "__main__" {
		name = e.Cls.Module + "." + e.Cls.QualName
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// Message returns str(e): "" without args, str(arg) with one, str(args) with
// more. KeyError's single argument is shown with repr, as CPython does. A
// class below BaseException with its own Str slot (UnicodeDecodeError, user
// classes defining __str__) decides instead.
func (e *Exception) Message() string {
	for _, m := range e.Cls.MRO {
		if m == BaseException {
			break
		}
		if m.Slots.Str != nil {
			return m.Slots.Str(e)
		}
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Cls.IsSubclass(KeyError) {
			return Repr(e.Args[0])
		}
		return Str(e.Args[0])
	}
	return Str(&Tuple{Items: e.Args})
}

// NewException returns an exception of class cls with a single string
// argument msg (no arguments if msg is empty).
func NewException(cls *Class, msg string) *Exception {
	if msg == "" {
		return &Exception{Cls: cls}
	}
	return &Exception{Cls: cls, Args: []Value{msg}}
}

// Raise panics with a new exception of class cls and message msg.
func Raise(cls *Class, msg string) {
	panic(NewException(cls, msg))
}

// Raisef is Raise with the message built from parts concatenated; it avoids
// fmt so that formatting verbs never differ from Python's.
func Raisef(cls *Class, parts ...string) {
	panic(NewException(cls, strings.Join(parts, "")))
}

// Catch runs f and returns the Python exception it raised, or nil. Panics that
// are not Python exceptions (fuel exhaustion, runtime bugs) pass through.
func Catch(f func()) (exc *Exception) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Exception)
			if !ok {
				panic(r)
			}
			exc = e
		}
	}()
	f()
	return nil
}

// Exception classes, with CPython 3.13's hierarchy (the part contracts can
// meet). User exception classes derive from these with NewClass.
var (
	BaseException       = exceptionClass("BaseException", ObjectType)
	SystemExit          = exceptionClass("SystemExit", BaseException)
	KeyboardInterrupt   = exceptionClass("KeyboardInterrupt", BaseException)
	GeneratorExit       = exceptionClass("GeneratorExit", BaseException)
	ExceptionClass      = exceptionClass("Exception", BaseException)
	StopIteration       = exceptionClass("StopIteration", ExceptionClass)
	ArithmeticError     = exceptionClass("ArithmeticError", ExceptionClass)
	FloatingPointError  = exceptionClass("FloatingPointError", ArithmeticError)
	OverflowError       = exceptionClass("OverflowError", ArithmeticError)
	ZeroDivisionError   = exceptionClass("ZeroDivisionError", ArithmeticError)
	AssertionError      = exceptionClass("AssertionError", ExceptionClass)
	AttributeError      = exceptionClass("AttributeError", ExceptionClass)
	BufferError         = exceptionClass("BufferError", ExceptionClass)
	EOFError            = exceptionClass("EOFError", ExceptionClass)
	ImportError         = exceptionClass("ImportError", ExceptionClass)
	ModuleNotFoundError = exceptionClass("ModuleNotFoundError", ImportError)
	LookupError         = exceptionClass("LookupError", ExceptionClass)
	IndexError          = exceptionClass("IndexError", LookupError)
	KeyError            = exceptionClass("KeyError", LookupError)
	MemoryError         = exceptionClass("MemoryError", ExceptionClass)
	NameError           = exceptionClass("NameError", ExceptionClass)
	UnboundLocalError   = exceptionClass("UnboundLocalError", NameError)
	OSError             = exceptionClass("OSError", ExceptionClass)
	ReferenceError      = exceptionClass("ReferenceError", ExceptionClass)
	RuntimeError        = exceptionClass("RuntimeError", ExceptionClass)
	NotImplementedError = exceptionClass("NotImplementedError", RuntimeError)
	RecursionError      = exceptionClass("RecursionError", RuntimeError)
	SyntaxError         = exceptionClass("SyntaxError", ExceptionClass)
	SystemError         = exceptionClass("SystemError", ExceptionClass)
	TypeError           = exceptionClass("TypeError", ExceptionClass)
	ValueError          = exceptionClass("ValueError", ExceptionClass)
	UnicodeError        = exceptionClass("UnicodeError", ValueError)
	UnicodeDecodeError  = exceptionClass("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError  = exceptionClass("UnicodeEncodeError", UnicodeError)
	Warning             = exceptionClass("Warning", ExceptionClass)
)

func exceptionClass(name string, base *Class) *Class {
	c := builtinClass(name, base)
	c.MRO = append([]*Class{c}, base.MRO...)
	return c
}

func init() {
	// BaseException was built before ObjectType's MRO existed.
	BaseException.MRO = []*Class{BaseException, ObjectType}
	for _, c := range []*Class{SystemExit, KeyboardInterrupt, GeneratorExit, ExceptionClass, StopIteration,
		ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
		BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
		NameError, UnboundLocalError, OSError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
		SyntaxError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
		Warning} {
		c.MRO = append([]*Class{c}, c.Bases[0].MRO...)
	}
}
