package rt

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
)

func TestTypesAndExceptionsAgainstCPython(t *testing.T) {
	i := IntFromInt64
	var cases []pycase.Case
	c := func(py string, f func() Value) {
		cases = append(cases, pycase.Case{Py: py, Go: func() string { return Outcome(f) }})
	}
	// type objects.
	for _, tc := range []struct {
		py  string
		cls *Class
	}{{"int", IntType}, {"bool", BoolType}, {"float", FloatType}, {"type", TypeType}, {"str", StrType}, {"type(None)", NoneTypeClass},
		{"ValueError", ValueError}, {"KeyError", KeyError}, {"ZeroDivisionError", ZeroDivisionError}, {"object", ObjectType},
		{"BaseException", BaseException}, {"type(...)", EllipsisClass}, {"type(NotImplemented)", NotImplementedClass}} {
		tc := tc
		c(tc.py, func() Value { return tc.cls })
		c(tc.py+".__name__", func() Value { return GetAttr(tc.cls, "__name__") })
		c(tc.py+".__qualname__", func() Value { return GetAttr(tc.cls, "__qualname__") })
		c(tc.py+".__module__", func() Value { return GetAttr(tc.cls, "__module__") })
		c(tc.py+".__mro__", func() Value { return GetAttr(tc.cls, "__mro__") })
		c(tc.py+".__bases__", func() Value { return GetAttr(tc.cls, "__bases__") })
		c(tc.py+".mro()", func() Value { return CallMethod(tc.cls, "mro", nil, nil) })
	}
	c("type(1)", func() Value { return CallClass(TypeType, []Value{i(1)}, nil) })
	c("type(True)", func() Value { return CallClass(TypeType, []Value{true}, nil) })
	c("type(1.5)", func() Value { return CallClass(TypeType, []Value{1.5}, nil) })
	c("type(None)", func() Value { return CallClass(TypeType, []Value{None}, nil) })
	c("type(int)", func() Value { return CallClass(TypeType, []Value{IntType}, nil) })
	c("type(ValueError('x'))", func() Value { return CallClass(TypeType, []Value{CallClass(ValueError, []Value{"x"}, nil)}, nil) })
	c("type(1, 2)", func() Value { return CallClass(TypeType, []Value{i(1), i(2)}, nil) })
	c("type()", func() Value { return CallClass(TypeType, nil, nil) })
	c("type(1) is int", func() Value { return TypeOf(i(1)) == IntType })
	c("int.bit_length(5)", func() Value { return Call(GetAttr(IntType, "bit_length"), []Value{i(5)}, nil) })
	c("int.bit_length(1.5)", func() Value { return Call(GetAttr(IntType, "bit_length"), []Value{1.5}, nil) })
	c("int.bit_length(True)", func() Value { return Call(GetAttr(IntType, "bit_length"), []Value{true}, nil) })
	c("int.nope", func() Value { return GetAttr(IntType, "nope") })
	c("hash(int) == hash(int)", func() Value { return Hash(IntType) == Hash(IntType) })
	c("int == int", func() Value { return Compare(OpEQ, IntType, IntType) })
	c("int == float", func() Value { return Compare(OpEQ, IntType, FloatType) })
	c("int != float", func() Value { return Compare(OpNE, IntType, FloatType) })

	// isinstance / issubclass.
	tup := func(vs ...Value) *Tuple { return &Tuple{Items: vs} }
	for _, tc := range []struct {
		py  string
		v   Value
		cls Value
	}{
		{"1, int", i(1), IntType}, {"True, int", true, IntType}, {"True, bool", true, BoolType}, {"1, bool", i(1), BoolType},
		{"1.5, int", 1.5, IntType}, {"1, (str, float)", i(1), tup(StrType, FloatType)}, {"1, (str, (float, int))", i(1), tup(StrType, tup(FloatType, IntType))},
		{"1, ()", i(1), tup()}, {"None, type(None)", None, NoneTypeClass}, {"1, object", i(1), ObjectType}, {"int, type", IntType, TypeType},
		{"int, object", IntType, ObjectType}, {"ValueError('x'), Exception", NewException(ValueError, "x"), ExceptionClass},
		{"KeyError('x'), LookupError", NewException(KeyError, "x"), LookupError}, {"KeyError('x'), (ValueError, IndexError)", NewException(KeyError, "x"), tup(ValueError, IndexError)},
		{"1, 2", i(1), i(2)}, {"1, (int, 2)", i(1), tup(IntType, i(2))}, {"1, (2, int)", i(1), tup(i(2), IntType)},
	} {
		tc := tc
		c("isinstance("+tc.py+")", func() Value { return IsInstance(tc.v, tc.cls) })
	}
	for _, tc := range []struct {
		py       string
		sub, cls Value
	}{
		{"bool, int", BoolType, IntType}, {"int, bool", IntType, BoolType}, {"int, int", IntType, IntType}, {"int, object", IntType, ObjectType},
		{"KeyError, LookupError", KeyError, LookupError}, {"KeyError, (ValueError, Exception)", KeyError, tup(ValueError, ExceptionClass)},
		{"ZeroDivisionError, ArithmeticError", ZeroDivisionError, ArithmeticError}, {"RecursionError, RuntimeError", RecursionError, RuntimeError},
		{"UnicodeDecodeError, ValueError", UnicodeDecodeError, ValueError}, {"ModuleNotFoundError, ImportError", ModuleNotFoundError, ImportError},
		{"NotImplementedError, RuntimeError", NotImplementedError, RuntimeError}, {"StopIteration, Exception", StopIteration, ExceptionClass},
		{"SystemExit, Exception", SystemExit, ExceptionClass}, {"1, int", i(1), IntType}, {"int, 1", IntType, i(1)}, {"int, ()", IntType, tup()},
	} {
		tc := tc
		c("issubclass("+tc.py+")", func() Value { return IsSubclass(tc.sub, tc.cls) })
	}

	// Unions (PEP 604).
	or := func(a, b Value) Value { return Binary(OpOr, a, b) }
	c("int | str", func() Value { return or(IntType, StrType) })
	c("int | int", func() Value { return or(IntType, IntType) })
	c("int | None", func() Value { return or(IntType, None) })
	c("None | int", func() Value { return or(None, IntType) })
	c("type(int | str)", func() Value { return TypeOf(or(IntType, StrType)) })
	c("isinstance(1, int | str)", func() Value { return IsInstance(i(1), or(IntType, StrType)) })
	c("isinstance(None, int | None)", func() Value { return IsInstance(None, or(IntType, None)) })
	c("isinstance('a', int | float)", func() Value { return IsInstance("a", or(IntType, FloatType)) })
	c("issubclass(bool, int | str)", func() Value { return IsSubclass(BoolType, or(IntType, StrType)) })
	c("(int | str) | float", func() Value { return or(or(IntType, StrType), FloatType) })
	c("int | (str | float)", func() Value { return or(IntType, or(StrType, FloatType)) })
	c("int | str | int", func() Value { return or(or(IntType, StrType), IntType) })
	c("(int | str) == (str | int)", func() Value { return Compare(OpEQ, or(IntType, StrType), or(StrType, IntType)) })
	c("(int | str) == (int | float)", func() Value { return Compare(OpEQ, or(IntType, StrType), or(IntType, FloatType)) })
	c("hash(int | str) == hash(str | int)", func() Value { return Hash(or(IntType, StrType)) == Hash(or(StrType, IntType)) })
	c("int | 1", func() Value { return or(IntType, i(1)) })
	c("1 | int", func() Value { return or(i(1), IntType) })
	c("isinstance(1, (str, int | float))", func() Value { return IsInstance(i(1), tup(StrType, or(IntType, FloatType))) })
	c("(int | str).__args__", func() Value { return GetAttr(or(IntType, StrType), "__args__") })
	c("int | ValueError", func() Value { return or(IntType, ValueError) })
	c("int & str", func() Value { return Binary(OpAnd, IntType, StrType) })

	// Exceptions: construction, repr, str, args, attributes.
	exc := func(cls *Class, args ...Value) Value { return CallClass(cls, args, nil) }
	for _, tc := range []struct {
		py  string
		cls *Class
		arg []Value
	}{
		{"ValueError('x')", ValueError, []Value{"x"}}, {"ValueError()", ValueError, nil}, {"ValueError(1, 2)", ValueError, []Value{i(1), i(2)}},
		{"KeyError('k')", KeyError, []Value{"k"}}, {"KeyError()", KeyError, nil}, {"KeyError(1, 'a')", KeyError, []Value{i(1), "a"}},
		{"KeyError(1)", KeyError, []Value{i(1)}}, {"IndexError('list index out of range')", IndexError, []Value{"list index out of range"}},
		{"ZeroDivisionError('division by zero')", ZeroDivisionError, []Value{"division by zero"}}, {"Exception('a', None)", ExceptionClass, []Value{"a", None}},
		{"BaseException(1.5)", BaseException, []Value{1.5}}, {"StopIteration(3)", StopIteration, []Value{i(3)}}, {"StopIteration()", StopIteration, nil},
		{"SystemExit(2)", SystemExit, []Value{i(2)}}, {"RuntimeError(\"it's\")", RuntimeError, []Value{"it's"}}, {"TypeError('')", TypeError, []Value{""}},
		{"AssertionError()", AssertionError, nil}, {"NotImplementedError('x')", NotImplementedError, []Value{"x"}},
	} {
		tc := tc
		c(tc.py, func() Value { return exc(tc.cls, tc.arg...) })
		c("str("+tc.py+")", func() Value { return Str(exc(tc.cls, tc.arg...)) })
		c(tc.py+".args", func() Value { return GetAttr(exc(tc.cls, tc.arg...), "args") })
		c("repr("+tc.py+")", func() Value { return Repr(exc(tc.cls, tc.arg...)) })
	}
	c("ValueError(x=1)", func() Value { return CallClass(ValueError, nil, []KW{{"x", i(1)}}) })
	c("StopIteration(3).value", func() Value { return GetAttr(exc(StopIteration, i(3)), "value") })
	c("StopIteration().value", func() Value { return GetAttr(exc(StopIteration), "value") })
	c("SystemExit(2).code", func() Value { return GetAttr(exc(SystemExit, i(2)), "code") })
	c("SystemExit().code", func() Value { return GetAttr(exc(SystemExit), "code") })
	c("ValueError('a').x", func() Value { return GetAttr(exc(ValueError, "a"), "x") })
	c("ValueError('a').__cause__", func() Value { return GetAttr(exc(ValueError, "a"), "__cause__") })
	c("ValueError('a').__context__", func() Value { return GetAttr(exc(ValueError, "a"), "__context__") })
	c("ValueError('a').__suppress_context__", func() Value { return GetAttr(exc(ValueError, "a"), "__suppress_context__") })
	c("ValueError('a').__traceback__", func() Value { return GetAttr(exc(ValueError, "a"), "__traceback__") })
	c("(lambda e: (setattr(e, 'x', 5), e.x, e)[1:])(ValueError('a'))", func() Value {
		e := exc(ValueError, "a")
		SetAttr(e, "x", i(5))
		return &Tuple{Items: []Value{GetAttr(e, "x"), e}}
	})
	c("(lambda e: (setattr(e, 'args', (1, 2)), e, str(e))[1:])(ValueError('a'))", func() Value {
		e := exc(ValueError, "a")
		SetAttr(e, "args", &Tuple{Items: []Value{i(1), i(2)}})
		return &Tuple{Items: []Value{e, Str(e)}}
	})
	c("(lambda e: (e.add_note('n1'), e.add_note('n2'), e.__notes__)[2])(ValueError('a'))", func() Value {
		e := exc(ValueError, "a")
		CallMethod(e, "add_note", []Value{"n1"}, nil)
		CallMethod(e, "add_note", []Value{"n2"}, nil)
		return GetAttr(e, "__notes__")
	})
	c("(lambda e: (setattr(e, '__cause__', KeyError('k')), e.__cause__, e.__suppress_context__)[1:])(ValueError('a'))", func() Value {
		e := exc(ValueError, "a")
		SetAttr(e, "__cause__", exc(KeyError, "k"))
		return &Tuple{Items: []Value{GetAttr(e, "__cause__"), GetAttr(e, "__suppress_context__")}}
	})
	c("setattr(ValueError('a'), '__cause__', 1)", func() Value { SetAttr(exc(ValueError, "a"), "__cause__", i(1)); return None })
	c("setattr(ValueError('a'), '__context__', 1)", func() Value { SetAttr(exc(ValueError, "a"), "__context__", i(1)); return None })
	c("(lambda e: (setattr(e, '__context__', KeyError('k')), setattr(e, '__context__', None), e.__context__)[2])(ValueError('a'))", func() Value {
		e := exc(ValueError, "a")
		SetAttr(e, "__context__", exc(KeyError, "k"))
		SetAttr(e, "__context__", None)
		return GetAttr(e, "__context__")
	})
	c("(lambda e: (setattr(e, 'args', [1]), e)[1])(ValueError('a'))", func() Value {
		e := exc(ValueError, "a")
		SetAttr(e, "args", &List{Items: []Value{i(1)}})
		return e
	})
	c("(lambda e: (setattr(e, 'x', 1), setattr(e, 'x', 2), e.x)[2])(ValueError('a'))", func() Value {
		e := exc(ValueError, "a")
		SetAttr(e, "x", i(1))
		SetAttr(e, "x", i(2))
		return GetAttr(e, "x")
	})
	c("ValueError('a').add_note(1)", func() Value { return CallMethod(exc(ValueError, "a"), "add_note", []Value{i(1)}, nil) })
	c("UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')", func() Value {
		return exc(UnicodeDecodeError, "utf-8", Bytes("\xff"), i(0), i(1), "invalid start byte")
	})
	c("str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte'))", func() Value {
		return Str(exc(UnicodeDecodeError, "utf-8", Bytes("\xff"), i(0), i(1), "invalid start byte"))
	})
	c("str(UnicodeDecodeError('utf-8', b'a\\xe2\\x82', 1, 3, 'unexpected end of data'))", func() Value {
		return Str(exc(UnicodeDecodeError, "utf-8", Bytes("a\xe2\x82"), i(1), i(3), "unexpected end of data"))
	})
	c("UnicodeDecodeError('utf-8', b'a\\xe2\\x82', 1, 3, 'x').start", func() Value {
		return GetAttr(exc(UnicodeDecodeError, "utf-8", Bytes("a\xe2\x82"), i(1), i(3), "x"), "start")
	})
	c("str(UnicodeEncodeError('ascii', 'a\\xe9', 1, 2, 'ordinal not in range(128)'))", func() Value {
		return Str(exc(UnicodeEncodeError, "ascii", "a\u00e9", i(1), i(2), "ordinal not in range(128)"))
	})
	c("str(UnicodeEncodeError('ascii', 'a\\u20ac\\U0001f600', 1, 2, 'r'))", func() Value {
		return Str(exc(UnicodeEncodeError, "ascii", "a\u20ac\U0001f600", i(1), i(2), "r"))
	})
	c("str(UnicodeEncodeError('ascii', 'a\\u20ac\\U0001f600', 2, 3, 'r'))", func() Value {
		return Str(exc(UnicodeEncodeError, "ascii", "a\u20ac\U0001f600", i(2), i(3), "r"))
	})
	c("str(UnicodeEncodeError('ascii', 'abc', 0, 3, 'r'))", func() Value {
		return Str(exc(UnicodeEncodeError, "ascii", "abc", i(0), i(3), "r"))
	})

	// User exception classes.
	myErr := NewExceptionClass("MyError", "__main__")
	subErr := NewExceptionClass("SubError", "__main__", myErr, KeyError)
	setup := "class MyError(Exception): __module__ = '__main__'\nclass SubError(MyError, KeyError): __module__ = '__main__'\n"
	c("MyError", func() Value { return myErr })
	c("MyError('boom')", func() Value { return exc(myErr, "boom") })
	c("str(MyError('boom'))", func() Value { return Str(exc(myErr, "boom")) })
	c("MyError.__mro__", func() Value { return GetAttr(myErr, "__mro__") })
	c("SubError.__mro__", func() Value { return GetAttr(subErr, "__mro__") })
	c("str(SubError('k'))", func() Value { return Str(exc(subErr, "k")) })
	c("isinstance(SubError('k'), (LookupError,))", func() Value { return IsInstance(exc(subErr, "k"), tup(LookupError)) })
	c("issubclass(SubError, MyError)", func() Value { return IsSubclass(subErr, myErr) })
	c("MyError.__module__", func() Value { return GetAttr(myErr, "__module__") })
	c("MyError(1, 2).args", func() Value { return GetAttr(exc(myErr, i(1), i(2)), "args") })
	c("(lambda e: (e.__init__('a', 'b'), e.args, str(e))[1:])(MyError(1))", func() Value {
		e := exc(myErr, i(1))
		CallMethod(e, "__init__", []Value{"a", "b"}, nil)
		return &Tuple{Items: []Value{GetAttr(e, "args"), Str(e)}}
	})
	c("ValueError('x').__str__()", func() Value { return CallMethod(exc(ValueError, "x"), "__str__", nil, nil) })
	c("KeyError('x').__str__()", func() Value { return CallMethod(exc(KeyError, "x"), "__str__", nil, nil) })
	c("KeyError('x').__repr__()", func() Value { return CallMethod(exc(KeyError, "x"), "__repr__", nil, nil) })
	c("MyError().__init__(x=1)", func() Value { return CallMethod(exc(myErr), "__init__", nil, []KW{{"x", i(1)}}) })

	// bool and None.
	c("True", func() Value { return true })
	c("repr(False)", func() Value { return Repr(false) })
	c("str(True)", func() Value { return Str(true) })
	c("True + True", func() Value { return Binary(OpAdd, true, true) })
	c("True * 3.5", func() Value { return Binary(OpMul, true, 3.5) })
	c("True & False", func() Value { return Binary(OpAnd, true, false) })
	c("True | False", func() Value { return Binary(OpOr, true, false) })
	c("True ^ True", func() Value { return Binary(OpXor, true, true) })
	c("True & 3", func() Value { return Binary(OpAnd, true, i(3)) })
	c("3 | True", func() Value { return Binary(OpOr, i(3), true) })
	c("-True", func() Value { return Unary(OpNeg, true) })
	c("+False", func() Value { return Unary(OpPos, false) })
	c("True / False", func() Value { return Binary(OpTrueDiv, true, false) })
	c("True == 1", func() Value { return Compare(OpEQ, true, i(1)) })
	c("True == 1.0", func() Value { return Compare(OpEQ, true, 1.0) })
	c("False < True", func() Value { return Compare(OpLT, false, true) })
	c("bool()", func() Value { return CallClass(BoolType, nil, nil) })
	c("bool(0.0)", func() Value { return CallClass(BoolType, []Value{0.0}, nil) })
	c("bool(-0.0)", func() Value { return CallClass(BoolType, []Value{-0.0}, nil) })
	c("bool(float('nan'))", func() Value { return CallClass(BoolType, []Value{floatVal(0).go_.(float64) / zeroF()}, nil) })
	c("bool(2**100)", func() Value { return CallClass(BoolType, []Value{IntFromInt64(2).PowInt(i(100))}, nil) })
	c("bool(None)", func() Value { return CallClass(BoolType, []Value{None}, nil) })
	c("bool(x=1)", func() Value { return CallClass(BoolType, nil, []KW{{"x", i(1)}}) })
	c("bool(1, 2)", func() Value { return CallClass(BoolType, []Value{i(1), i(2)}, nil) })
	c("None", func() Value { return None })
	c("str(None)", func() Value { return Str(None) })
	c("hash(None)", func() Value { return i(Hash(None)) })
	c("type(None)()", func() Value { return CallClass(NoneTypeClass, nil, nil) })
	c("type(None)(1)", func() Value { return CallClass(NoneTypeClass, []Value{i(1)}, nil) })
	c("NotImplemented", func() Value { return NotImplemented })
	c("...", func() Value { return Ellipsis })
	c("None == None", func() Value { return Compare(OpEQ, None, None) })
	c("None == 0", func() Value { return Compare(OpEQ, None, i(0)) })
	c("None + 1", func() Value { return Binary(OpAdd, None, i(1)) })
	c("1 + None", func() Value { return Binary(OpAdd, i(1), None) })
	c("1.5 + None", func() Value { return Binary(OpAdd, 1.5, None) })
	c("1 < None", func() Value { return Compare(OpLT, i(1), None) })
	c("1.5 >= None", func() Value { return Compare(OpGE, 1.5, None) })
	c("1 == 'a'", func() Value { return Compare(OpEQ, i(1), "a") })
	c("1 @ 2", func() Value { return Binary(OpMatMul, i(1), i(2)) })
	c("round(2.5)", func() Value { return Round(2.5, nil) })
	c("round(2.5, None)", func() Value { return Round(2.5, None) })
	c("round(25, -1)", func() Value { return Round(i(25), i(-1)) })
	c("round(True, 2)", func() Value { return Round(true, i(2)) })
	c("round(1.5, 1.0)", func() Value { return Round(1.5, 1.0) })
	c("round(None)", func() Value { return Round(None, nil) })
	pycase.CheckWithSetup(t, setup, cases)
}

func zeroF() float64 { return 0 }
