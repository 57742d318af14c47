package rt

import (
	"strconv"
)

// This file gives exception instances their protocols: repr
// "ValueError('x')", str, the args attribute and other standard attributes,
// construction by calling the class (ValueError("x"), and user exception
// classes made with NewExceptionClass), add_note and with_traceback.

// NewExceptionClass returns a user-defined exception class deriving from the
// given exception classes (Exception if none); calling it constructs an
// *Exception of that class.
func NewExceptionClass(name, module string, bases ...*Class) *Class {
	if len(bases) == 0 {
		bases = []*Class{ExceptionClass}
	}
	for _, b := range bases {
		if !b.IsSubclass(BaseException) {
			panic(NewException(TypeError, "exception class "+name+" must derive from BaseException"))
		}
	}
	return NewClass(name, module, bases...)
}

// ExceptionRepr returns repr(e): "Name()" / "Name(repr(arg))" /
// "Name(arg1, arg2)" with the class's __name__.
func ExceptionRepr(e *Exception) string {
	switch len(e.Args) {
	case 0:
		return e.Cls.Name + "()"
	case 1:
		return e.Cls.Name + "(" + Repr(e.Args[0]) + ")"
	}
	return e.Cls.Name + Repr(&Tuple{Items: e.Args})
}

// baseExceptionStr is BaseException.__str__, ignoring subclasses' Str slots.
func baseExceptionStr(e *Exception) string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		return Str(e.Args[0])
	}
	return Str(&Tuple{Items: e.Args})
}

// builtinExceptionStr is the __str__ of the nearest built-in exception class
// of e (what super().__str__() reaches from a user class): KeyError's repr
// form, the Unicode errors' messages, else BaseException's.
func builtinExceptionStr(e *Exception) string {
	switch {
	case e.Cls.IsSubclass(UnicodeDecodeError) && len(e.Args) == 5:
		return unicodeDecodeErrorStr(e)
	case e.Cls.IsSubclass(UnicodeEncodeError) && len(e.Args) == 5:
		return unicodeEncodeErrorStr(e)
	case e.Cls.IsSubclass(KeyError) && len(e.Args) == 1:
		return Repr(e.Args[0])
	}
	return baseExceptionStr(e)
}

// unicodeDecodeErrorStr is CPython's UnicodeDecodeError.__str__ for args
// (encoding, object, start, end, reason).
func unicodeDecodeErrorStr(e *Exception) string {
	enc, _ := e.Args[0].(string)
	reason, _ := e.Args[4].(string)
	start, _ := AsInt(e.Args[2])
	end, _ := AsInt(e.Args[3])
	obj, _ := bytesLike(e.Args[1])
	s, _ := start.Int64()
	en, _ := end.Int64()
	if en == s+1 && s >= 0 && int(s) < len(obj) {
		return "'" + enc + "' codec can't decode byte 0x" + hex2(obj[s]) + " in position " + strconv.FormatInt(s, 10) + ": " + reason
	}
	return "'" + enc + "' codec can't decode bytes in position " + strconv.FormatInt(s, 10) + "-" + strconv.FormatInt(en-1, 10) + ": " + reason
}

// unicodeEncodeErrorStr is CPython's UnicodeEncodeError.__str__.
func unicodeEncodeErrorStr(e *Exception) string {
	enc, _ := e.Args[0].(string)
	reason, _ := e.Args[4].(string)
	start, _ := AsInt(e.Args[2])
	end, _ := AsInt(e.Args[3])
	obj, _ := e.Args[1].(string)
	s, _ := start.Int64()
	en, _ := end.Int64()
	if en == s+1 {
		var cps []rune
		for i := 0; i < len(obj); {
			r, n := decodeWTF8(obj[i:])
			cps = append(cps, r)
			i += n
		}
		if s >= 0 && int(s) < len(cps) {
			c := cps[s]
			var esc string
			switch {
			case c <= 0xff:
				esc = "\\x" + hex2(byte(c))
			case c <= 0xffff:
				esc = "\\u" + padHex(uint64(c), 4)
			default:
				esc = "\\U" + padHex(uint64(c), 8)
			}
			return "'" + enc + "' codec can't encode character '" + esc + "' in position " + strconv.FormatInt(s, 10) + ": " + reason
		}
	}
	return "'" + enc + "' codec can't encode characters in position " + strconv.FormatInt(s, 10) + "-" + strconv.FormatInt(en-1, 10) + ": " + reason
}

func hex2(b byte) string { return padHex(uint64(b), 2) }

func padHex(v uint64, n int) string {
	s := strconv.FormatUint(v, 16)
	for len(s) < n {
		s = "0" + s
	}
	return s
}

// ExceptionAttr returns an attribute of an exception instance: args, the
// chaining attributes, attributes set on the instance, and per-class
// standard attributes (StopIteration.value, SystemExit.code).
func ExceptionAttr(e *Exception, name string) (Value, bool) {
	for i := len(e.Attrs) - 1; i >= 0; i-- {
		if e.Attrs[i].Name == name {
			return e.Attrs[i].Value, true
		}
	}
	switch name {
	case "args":
		return &Tuple{Items: append([]Value(nil), e.Args...)}, true
	case "__cause__":
		if e.Cause == nil {
			return None, true
		}
		return e.Cause, true
	case "__context__":
		if e.Context == nil {
			return None, true
		}
		return e.Context, true
	case "__suppress_context__":
		return e.SuppressContext, true
	case "__traceback__":
		return None, true
	case "__notes__":
		if e.Notes == nil {
			return nil, false
		}
		items := make([]Value, len(e.Notes))
		for i, n := range e.Notes {
			items[i] = n
		}
		return &List{Items: items}, true
	}
	switch {
	case name == "value" && e.Cls.IsSubclass(StopIteration):
		if len(e.Args) == 0 {
			return None, true
		}
		return e.Args[0], true
	case name == "code" && e.Cls.IsSubclass(SystemExit):
		switch len(e.Args) {
		case 0:
			return None, true
		case 1:
			return e.Args[0], true
		}
		return &Tuple{Items: append([]Value(nil), e.Args...)}, true
	case (e.Cls.IsSubclass(UnicodeDecodeError) || e.Cls.IsSubclass(UnicodeEncodeError)) && len(e.Args) == 5:
		switch name {
		case "encoding":
			return e.Args[0], true
		case "object":
			return e.Args[1], true
		case "start":
			return e.Args[2], true
		case "end":
			return e.Args[3], true
		case "reason":
			return e.Args[4], true
		}
	}
	return nil, false
}

// SetExceptionAttr sets an attribute on an exception instance.
func SetExceptionAttr(e *Exception, name string, v Value) {
	switch name {
	case "args":
		e.Args = iterToSlice(v)
		return
	case "__cause__":
		if v == None {
			e.Cause = nil
		} else if c, ok := v.(*Exception); ok {
			e.Cause = c
		} else {
			panic(NewException(TypeError, "exception cause must be None or derive from BaseException"))
		}
		e.SuppressContext = true
		return
	case "__context__":
		if v == None {
			e.Context = nil
		} else if c, ok := v.(*Exception); ok {
			e.Context = c
		} else {
			panic(NewException(TypeError, "exception context must be None or derive from BaseException"))
		}
		return
	case "__suppress_context__":
		e.SuppressContext = Truth(v)
		return
	}
	for i := range e.Attrs {
		if e.Attrs[i].Name == name {
			e.Attrs[i].Value = v
			return
		}
	}
	e.Attrs = append(e.Attrs, KW{Name: name, Value: v})
}

func iterToSlice(v Value) []Value {
	if t, ok := v.(*Tuple); ok {
		return append([]Value(nil), t.Items...)
	}
	if l, ok := v.(*List); ok {
		return append([]Value(nil), l.Items...)
	}
	it := Iter(v)
	var out []Value
	for {
		x, ok := it.Next()
		if !ok {
			return out
		}
		out = append(out, x)
	}
}

// constructException is BaseException.__new__/__init__: the arguments become
// args; keyword arguments are refused as CPython refuses them.
func constructException(cls *Class, args []Value, kwargs []KW) Value {
	if len(kwargs) > 0 {
		panic(NewException(TypeError, cls.Name+"() takes no keyword arguments"))
	}
	return &Exception{Cls: cls, Args: append([]Value(nil), args...)}
}

func init() {
	s := &BaseException.Slots
	s.Repr = func(v Value) string { return ExceptionRepr(v.(*Exception)) }
	s.Str = func(v Value) string { return v.(*Exception).Message() }
	UnicodeDecodeError.Slots.Str = func(v Value) string {
		e := v.(*Exception)
		if len(e.Args) == 5 {
			return unicodeDecodeErrorStr(e)
		}
		return baseExceptionStr(e)
	}
	UnicodeEncodeError.Slots.Str = func(v Value) string {
		e := v.(*Exception)
		if len(e.Args) == 5 {
			return unicodeEncodeErrorStr(e)
		}
		return baseExceptionStr(e)
	}
	s.GetAttr = func(v Value, name string) (Value, bool) { return ExceptionAttr(v.(*Exception), name) }
	s.SetAttr = func(v Value, name string, val Value) bool {
		SetExceptionAttr(v.(*Exception), name, val)
		return true
	}
	s.Hash = func(v Value) int64 {
		// Identity hash: CPython uses the address. A per-exception value
		// that does not depend on memory layout keeps runs identical.
		return HashStr(v.(*Exception).Cls.Name)
	}
	SetClassConstructor(BaseException, constructException)
	// BaseException.__init__ stores its arguments as args; user exception
	// classes' __init__ reach it through super().__init__(...).
	BaseException.AddMethod("__init__", func(self Value, args []Value, kwargs []KW) Value {
		e := self.(*Exception)
		if len(kwargs) > 0 {
			panic(NewException(TypeError, e.Cls.Name+"() takes no keyword arguments"))
		}
		e.Args = append([]Value(nil), args...)
		return None
	})
	BaseException.AddMethod("__str__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("BaseException.__str__", args, kwargs)
		return builtinExceptionStr(self.(*Exception))
	})
	BaseException.AddMethod("__repr__", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("BaseException.__repr__", args, kwargs)
		return ExceptionRepr(self.(*Exception))
	})
	BaseException.AddMethod("with_traceback", func(self Value, args []Value, kwargs []KW) Value {
		return self
	})
	BaseException.AddMethod("add_note", func(self Value, args []Value, kwargs []KW) Value {
		NoKwargs("add_note", kwargs)
		if len(args) != 1 {
			panic(NewException(TypeError, "BaseException.add_note() takes exactly one argument ("+strconv.Itoa(len(args))+" given)"))
		}
		note, ok := args[0].(string)
		if !ok {
			panic(NewException(TypeError, "note must be a str, not '"+typeName(args[0])+"'"))
		}
		e := self.(*Exception)
		e.Notes = append(e.Notes, note)
		return None
	})
}
