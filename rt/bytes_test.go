package rt

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
)

var bytesSamples = []string{"", "a", "abc", "Hello, World", "  padded \t\n", "\x00\x01\x7f\x80\xff", "it's",
	`say "hi"`, `both ' and "`, "back\\slash", "a\r\nb\rc\nd", "MiXeD 123", "hello world", "Title Case"}

func TestBytesMethodsAgainstCPython(t *testing.T) {
	var cases []pycase.Case
	for _, s := range bytesSamples {
		b := Bytes(s)
		ba := func() *ByteArray { return &ByteArray{B: []byte(s)} }
		cases = append(cases,
			cE("repr("+pyLit(b)+")", func() Value { return BytesRepr(s) }),
			cE("str("+pyLit(b)+")", func() Value { return Str(b) }),
			cE("repr("+pyLit(ba())+")", func() Value { return Repr(ba()) }),
			cE("len("+pyLit(b)+")", func() Value { return mkIntT(Len(b)) }),
			cE("list("+pyLit(b)+")", func() Value {
				var out []Value
				it := Iter(b)
				for v, ok := it.Next(); ok; v, ok = it.Next() {
					out = append(out, v)
				}
				return &List{Items: out}
			}),
		)
		for _, m := range []string{"upper", "lower", "swapcase", "capitalize", "title", "isalpha", "isdigit",
			"isalnum", "isspace", "isascii", "islower", "isupper", "istitle", "split", "rsplit", "splitlines",
			"strip", "lstrip", "rstrip", "hex", "decode"} {
			cases = append(cases, cM(b, m), cM(ba(), m))
		}
		cases = append(cases, cM(b, "decode", "latin-1"), cM(b, "decode", "ascii", "replace"),
			cM(b, "decode", "utf-8", "backslashreplace"), cM(b, "decode", "utf-8", "surrogateescape"),
			cM(b, "decode", "utf-8", "ignore"), cM(b, "decode", "utf-8", "replace"), cM(b, "hex", ":"),
			cM(b, "hex", "-", 2), cM(b, "hex", Bytes("_"), -3), cM(b, "splitlines", true), cM(b, "center", 20, Bytes("*")),
			cM(b, "find", Bytes("l")), cM(b, "count", Bytes("l")), cM(b, "split", nil, 1), cM(b, "rsplit", nil, 1))
		if s != "" {
			cases = append(cases,
				cE(pyLit(b)+"[0]", func() Value { return GetItem(b, mkIntT(0)) }),
				cE(pyLit(b)+"[-1]", func() Value { return GetItem(b, mkIntT(-1)) }),
				cE(pyLit(b)+"[::-1]", func() Value { return GetItem(b, NewSlice(None, None, mkIntT(-1))) }),
				cE(pyLit(ba())+"[1:3]", func() Value { return GetItem(ba(), NewSlice(mkIntT(1), mkIntT(3), None)) }),
			)
		}
	}
	var b = func(s string) Bytes { return Bytes(s) }
	cases = append(cases,
		cM(b("a,b,,c"), "split", b(",")), cM(b("a,b,,c"), "rsplit", b(","), 1), cM(b("a"), "split", "a"),
		cM(b("a"), "split", b("")), cM(b("a b"), "split", nil, 0), cMK(b("a b c"), "split", nil, KW{"maxsplit", 1}),
		cM(b(","), "join", lst(b("a"), b("b"))), cM(b(","), "join", lst(b("a"), &ByteArray{B: []byte("b")})),
		cM(b("a"), "join", lst("a")), cM(b("a"), "join", 1), cM(b(""), "join", lst()),
		cM(b("xxhixx"), "strip", b("x")), cM(b("a"), "strip", "a"), cM(b("a"), "strip", 1), cM(b("xyx"), "lstrip", b("x")),
		cM(b("aaa"), "replace", b("a"), b("b")), cM(b("aaa"), "replace", b("a"), b("b"), 1), cM(b("aaa"), "replace", b(""), b("-")),
		cM(b("a"), "replace", 1, b("b")), cM(b("a"), "replace", b("a")),
		cM(b("hello"), "find", b("l")), cM(b("hello"), "find", 108), cM(b("hello"), "find", 300), cM(b("hello"), "find", "l"),
		cM(b("hello"), "rfind", b("l")), cM(b("hello"), "index", b("z")), cM(b("hello"), "rindex", b("l"), 0, 3),
		cM(b("hello"), "find", b(""), 5), cM(b("hello"), "find", b(""), 6), cM(b("hello"), "count", b("")),
		cM(b("hello"), "count", 108), cM(b("hello"), "startswith", b("he")), cM(b("hello"), "startswith", "he"),
		cM(b("hello"), "startswith", tup(b("x"), b("h"))), cM(b("hello"), "endswith", b("lo"), 0, 5),
		cM(b("hello"), "endswith", tup("x")), cM(b("a=b"), "partition", b("=")), cM(b("a=b"), "rpartition", b("=")),
		cM(b("a"), "partition", b("")), cM(b("ab"), "center", 7), cM(b("ab"), "ljust", 5, b("-")), cM(b("ab"), "rjust", 5, "-"),
		cM(b("ab"), "rjust", 5, b("--")), cM(b("-42"), "zfill", 6), cM(b("a\tb"), "expandtabs", 4),
		cM(b("pre_x"), "removeprefix", b("pre_")), cM(b("x.py"), "removesuffix", b(".py")), cM(b("a"), "removeprefix", "a"),
		cM(b("a"), "upper", 1), cM(b("abc"), "translate", nil, b("b")), cM(b("abc"), "translate", b("x")),
		cM(b("\xff"), "decode"), cM(b("a\xffb\xfe"), "decode", "ascii"), cM(b("a\xffb"), "decode", "ascii", "ignore"),
		cM(b("\xe2\x82"), "decode"), cM(b("\xe2\x82x"), "decode"), cM(b("\xed\xa0\x80"), "decode"),
		cM(b("\xed\xa0\x80"), "decode", "utf-8", "surrogatepass"), cM(b("\xf0\x90\x80"), "decode"),
		cM(b("\xf4\x90\x80\x80"), "decode"), cM(b("\xc0\xaf"), "decode"), cM(b("\xe0\x80\x80"), "decode", "utf-8", "replace"),
		cM(b("\xf0\x9f\x98\x80 ok"), "decode"), cM(b("caf\xc3\xa9"), "decode", "UTF8"), cM(b("x"), "decode", "xx"),
		cM(b("\xff"), "decode", "utf-8", "bogus"), cM(b("x"), "decode", "utf-8", "bogus"), cM(b("x"), "decode", 1),
		cM(b("\xe9"), "decode", "Latin_1"), cM(b("\xe9"), "decode", "iso-8859-1"), cM(b("x"), "decode", "US-ASCII"),
		cMK(b("\xff"), "decode", nil, KW{"errors", "replace"}), cM(b("\xff\xfe"), "decode", "utf-8", "backslashreplace"),
		cM("é", "encode"), cM("é", "encode", "latin-1"), cM("é", "encode", "ascii"), cM("aéb日c", "encode", "ascii", "replace"),
		cM("aéb日c", "encode", "ascii", "ignore"), cM("aéb日c", "encode", "ascii", "backslashreplace"),
		cM("aéb日c", "encode", "ascii", "xmlcharrefreplace"), cM("aéé", "encode", "ascii"), cM("日", "encode", "latin-1"),
		cM("\xed\xa0\x80", "encode"), cM("\xed\xa0\x80\xed\xb0\x80", "encode"), cM("\xed\xa0\x80", "encode", "utf-8", "surrogatepass"),
		cM("\xed\xb3\xbf", "encode", "utf-8", "surrogateescape"), cM("a\xed\xa0\x80", "encode", "utf-8", "surrogateescape"),
		cM("a", "encode", "xx"), cM("a", "encode", 1), cM("é", "encode", "utf-8", "bogus"), cM("a", "encode", "utf-8", 1),
		cMK("é", "encode", nil, KW{"encoding", "latin1"}), cMK("é", "encode", nil, KW{"errors", "strict"}),
		cM("€", "encode", "UTF-8"), cM("x", "encode", "utf_8"), cM("x", "encode", "U8"),
		cOp(b("ab"), OpAdd, b("cd")), cOp(b("ab"), OpAdd, "cd"), cOp(b("ab"), OpMul, 3), cOp(2, OpMul, b("ab")),
		cOp(b("a"), OpMul, b("b")), cOp(b("a"), OpAdd, &ByteArray{B: []byte("b")}), cOp(&ByteArray{B: []byte("b")}, OpAdd, b("a")),
		cOp(b("%s-%d-%x"), OpMod, tup(b("x"), 5, 255)), cOp(b("%s"), OpMod, "a"), cOp(b("%r|%a"), OpMod, tup("é", b("x"))),
		cOp(b("%c%c"), OpMod, tup(65, b("B"))), cOp(b("%c"), OpMod, 256), cOp(b("%b"), OpMod, &ByteArray{B: []byte("z")}),
		cOp(b("%5s|%-5s|"), OpMod, tup(b("ab"), b("cd"))), cOp(b("%s %s"), OpMod, b("x")), cOp(b("x"), OpMod, tup(1)),
		cOp(b("%.1f%%"), OpMod, 2.25), cOp(b("%y"), OpMod, 1), cOp(b("%c"), OpMod, b("ab")), cOp(b("%c"), OpMod, "a"),
		cOp(b("%x|%o|%X"), OpMod, tup(255, 8, 3054)), cOp(b("%5.1s|"), OpMod, b("abc")), cOp(b("%s"), OpMod, 1),
		cOp(b("%d"), OpMod, b("1")), cOp(b("%"), OpMod, tup()), cOp(b("%s %s"), OpMod, tup(b("a"))),
		cE("b'%(a)s-%(b)d' % {b'a': b'x', b'b': 2}", func() Value {
			d := NewDict(0)
			d.Set(b("a"), b("x"))
			d.Set(b("b"), mkIntT(2))
			return Binary(OpMod, b("%(a)s-%(b)d"), d)
		}),
		cE("b'%(a)s' % {'a': 1}", func() Value {
			d := NewDict(0)
			d.Set("a", mkIntT(1))
			return Binary(OpMod, b("%(a)s"), d)
		}),
		cE("b'a' < b'b'", func() Value { return Compare(OpLT, b("a"), b("b")) }),
		cE("b'a' == bytearray(b'a')", func() Value { return Compare(OpEQ, b("a"), &ByteArray{B: []byte("a")}) }),
		cE("b'a' == 'a'", func() Value { return Compare(OpEQ, b("a"), "a") }),
		cE("b'a' < 'a'", func() Value { return Compare(OpLT, b("a"), "a") }),
		cE("b'\\xff' > b'a'", func() Value { return Compare(OpGT, b("\xff"), b("a")) }),
		cE("97 in b'abc'", func() Value { return Contains(b("abc"), mkIntT(97)) }),
		cE("b'bc' in b'abc'", func() Value { return Contains(b("abc"), b("bc")) }),
		cE("'a' in b'abc'", func() Value { return Contains(b("abc"), "a") }),
		cE("300 in b'abc'", func() Value { return Contains(b("abc"), mkIntT(300)) }),
		cE("b'a'[5]", func() Value { return GetItem(b("a"), mkIntT(5)) }),
		cE("b'a'['x']", func() Value { return GetItem(b("a"), "x") }),
		cE("bytearray(b'a')[5]", func() Value { return GetItem(&ByteArray{B: []byte("a")}, mkIntT(5)) }),
		cE("b'abcdef'[1:5:2]", func() Value { return GetItem(b("abcdef"), NewSlice(mkIntT(1), mkIntT(5), mkIntT(2))) }),
		cE("bytes.fromhex('de ad BE EF')", func() Value { return CallMethod(BytesType, "fromhex", []Value{"de ad BE EF"}, nil) }),
		cE("bytes.fromhex('zz')", func() Value { return CallMethod(BytesType, "fromhex", []Value{"zz"}, nil) }),
		cE("bytes.fromhex('a')", func() Value { return CallMethod(BytesType, "fromhex", []Value{"a"}, nil) }),
		cE("bytes.fromhex('0 1')", func() Value { return CallMethod(BytesType, "fromhex", []Value{"0 1"}, nil) }),
		cE("bytes.fromhex(b'00')", func() Value { return CallMethod(BytesType, "fromhex", []Value{b("00")}, nil) }),
		cE("bytearray.fromhex('0a0b')", func() Value { return CallMethod(ByteArrayType, "fromhex", []Value{"0a0b"}, nil) }),
		cE("b'x'.fromhex('41')", func() Value { return CallMethod(b("x"), "fromhex", []Value{"41"}, nil) }),
		cE("bytes.maketrans(b'ab', b'xy')[97:99]", func() Value {
			return GetItem(CallMethod(BytesType, "maketrans", []Value{b("ab"), b("xy")}, nil), NewSlice(mkIntT(97), mkIntT(99), None))
		}),
		cE("b'abc'.translate(bytes.maketrans(b'ab', b'xy'))", func() Value {
			return CallMethod(b("abc"), "translate", []Value{CallMethod(BytesType, "maketrans", []Value{b("ab"), b("xy")}, nil)}, nil)
		}),
		cM(b("ab"), "hex", 1), cM(b("ab"), "hex", "xx"), cM(b("abc"), "hex", ":", 0), cM(b("abcdef"), "hex", ":", 2),
		cM(b("abcdef"), "hex", ":", -2), cM(b("abcdef"), "hex", ":", 4), cM(b("abcdef"), "hex", ":", -4), cM(b("ab"), "hex", "é"),
	)
	ctor := func(py string, cls *Class, args ...Value) pycase.Case {
		args = normArgs(args)
		return cE(py, func() Value { return Call(cls, args, nil) })
	}
	cases = append(cases,
		ctor("bytes()", BytesType), ctor("bytes(3)", BytesType, 3), ctor("bytes(-1)", BytesType, -1),
		ctor("bytes('a')", BytesType, "a"), ctor("bytes('é', 'utf-8')", BytesType, "é", "utf-8"),
		ctor("bytes('é', 'ascii')", BytesType, "é", "ascii"), ctor("bytes('é', 'ascii', 'ignore')", BytesType, "é", "ascii", "ignore"),
		ctor("bytes([1, 2, 255])", BytesType, lst(1, 2, 255)), ctor("bytes([256])", BytesType, lst(256)),
		ctor("bytes(['a'])", BytesType, lst("a")), ctor("bytes(1.5)", BytesType, 1.5), ctor("bytes((65, 66))", BytesType, tup(65, 66)),
		ctor("bytes(b'xy')", BytesType, b("xy")), ctor("bytes(bytearray(b'xy'))", BytesType, &ByteArray{B: []byte("xy")}),
		ctor("bytes(b'x', 'utf-8')", BytesType, b("x"), "utf-8"), ctor("bytes('abc')", BytesType, "abc"),
		ctor("bytes(True)", BytesType, true), ctor("bytearray(2)", ByteArrayType, 2), ctor("bytearray(b'ab')", ByteArrayType, b("ab")),
		ctor("bytearray('é', 'utf-8')", ByteArrayType, "é", "utf-8"), ctor("bytearray([1, 2])", ByteArrayType, lst(1, 2)),
		ctor("bytearray()", ByteArrayType), ctor("str(b'ab')", StrType, b("ab")), ctor("str(b'ab', 'ascii')", StrType, b("ab"), "ascii"),
		ctor("str(b'\\xff', 'utf-8', 'replace')", StrType, b("\xff"), "utf-8", "replace"), ctor("str('a', 'utf-8')", StrType, "a", "utf-8"),
		ctor("str(1, 'utf-8')", StrType, 1, "utf-8"), ctor("str()", StrType), ctor("str(12)", StrType, 12),
		ctor("str(bytearray(b'x'), 'latin-1')", StrType, &ByteArray{B: []byte("x")}, "latin-1"), ctor("str(None)", StrType, None),
	)
	pycase.Check(t, cases)
}

// TestByteArrayMutationAgainstCPython runs mutation sequences on both sides.
func TestByteArrayMutationAgainstCPython(t *testing.T) {
	type step struct {
		py  string
		go_ func(ba *ByteArray) Value
	}
	seq := func(py string, f func(ba *ByteArray) Value) pycase.Case {
		// Python: run the statements on a fresh bytearray, then show both
		// the statement's value and the resulting content.
		expr := "(lambda ba: (lambda r: (r, ba))(" + py + "))(bytearray(b'hello'))"
		return cE(expr, func() Value {
			ba := &ByteArray{B: []byte("hello")}
			r := f(ba)
			return &Tuple{Items: []Value{r, ba}}
		})
	}
	_ = step{}
	B := func(s string) Bytes { return Bytes(s) }
	i := mkIntT
	cases := []pycase.Case{
		seq("ba.append(33)", func(ba *ByteArray) Value { return CallMethod(ba, "append", []Value{i(33)}, nil) }),
		seq("ba.append(256)", func(ba *ByteArray) Value { return CallMethod(ba, "append", []Value{i(256)}, nil) }),
		seq("ba.append('a')", func(ba *ByteArray) Value { return CallMethod(ba, "append", []Value{"a"}, nil) }),
		seq("ba.extend(b' world')", func(ba *ByteArray) Value { return CallMethod(ba, "extend", []Value{B(" world")}, nil) }),
		seq("ba.extend([1, 2])", func(ba *ByteArray) Value { return CallMethod(ba, "extend", []Value{lst(i(1), i(2))}, nil) }),
		seq("ba.extend('ab')", func(ba *ByteArray) Value { return CallMethod(ba, "extend", []Value{"ab"}, nil) }),
		seq("ba.extend(5)", func(ba *ByteArray) Value { return CallMethod(ba, "extend", []Value{i(5)}, nil) }),
		seq("ba.pop()", func(ba *ByteArray) Value { return CallMethod(ba, "pop", nil, nil) }),
		seq("ba.pop(0)", func(ba *ByteArray) Value { return CallMethod(ba, "pop", []Value{i(0)}, nil) }),
		seq("ba.pop(5)", func(ba *ByteArray) Value { return CallMethod(ba, "pop", []Value{i(5)}, nil) }),
		seq("ba.pop(-5)", func(ba *ByteArray) Value { return CallMethod(ba, "pop", []Value{i(-5)}, nil) }),
		seq("bytearray().pop()", func(ba *ByteArray) Value { return CallMethod(&ByteArray{}, "pop", nil, nil) }),
		seq("ba.insert(1, 65)", func(ba *ByteArray) Value { return CallMethod(ba, "insert", []Value{i(1), i(65)}, nil) }),
		seq("ba.insert(-100, 65)", func(ba *ByteArray) Value { return CallMethod(ba, "insert", []Value{i(-100), i(65)}, nil) }),
		seq("ba.insert(100, 65)", func(ba *ByteArray) Value { return CallMethod(ba, "insert", []Value{i(100), i(65)}, nil) }),
		seq("ba.remove(108)", func(ba *ByteArray) Value { return CallMethod(ba, "remove", []Value{i(108)}, nil) }),
		seq("ba.remove(5)", func(ba *ByteArray) Value { return CallMethod(ba, "remove", []Value{i(5)}, nil) }),
		seq("ba.clear()", func(ba *ByteArray) Value { return CallMethod(ba, "clear", nil, nil) }),
		seq("ba.reverse()", func(ba *ByteArray) Value { return CallMethod(ba, "reverse", nil, nil) }),
		seq("ba.copy()", func(ba *ByteArray) Value { return CallMethod(ba, "copy", nil, nil) }),
		seq("ba.__setitem__(0, 74)", func(ba *ByteArray) Value { SetItem(ba, i(0), i(74)); return None }),
		seq("ba.__setitem__(-1, 33)", func(ba *ByteArray) Value { SetItem(ba, i(-1), i(33)); return None }),
		seq("ba.__setitem__(9, 33)", func(ba *ByteArray) Value { SetItem(ba, i(9), i(33)); return None }),
		seq("ba.__setitem__(0, 256)", func(ba *ByteArray) Value { SetItem(ba, i(0), i(256)); return None }),
		seq("ba.__setitem__(slice(1, 3), b'XYZ')", func(ba *ByteArray) Value {
			SetItem(ba, NewSlice(i(1), i(3), nil), B("XYZ"))
			return None
		}),
		seq("ba.__setitem__(slice(None, None, 2), b'123')", func(ba *ByteArray) Value {
			SetItem(ba, NewSlice(nil, nil, i(2)), B("123"))
			return None
		}),
		seq("ba.__setitem__(slice(None, None, 2), b'12')", func(ba *ByteArray) Value {
			SetItem(ba, NewSlice(nil, nil, i(2)), B("12"))
			return None
		}),
		seq("ba.__setitem__(slice(4, 1), b'ab')", func(ba *ByteArray) Value {
			SetItem(ba, NewSlice(i(4), i(1), nil), B("ab"))
			return None
		}),
		seq("ba.__setitem__(slice(0, 2), [1, 2, 3])", func(ba *ByteArray) Value {
			SetItem(ba, NewSlice(i(0), i(2), nil), lst(i(1), i(2), i(3)))
			return None
		}),
		seq("ba.__setitem__(slice(0, 2), 'ab')", func(ba *ByteArray) Value {
			SetItem(ba, NewSlice(i(0), i(2), nil), "ab")
			return None
		}),
		seq("ba.__delitem__(0)", func(ba *ByteArray) Value { DelItem(ba, i(0)); return None }),
		seq("ba.__delitem__(slice(None, None, 2))", func(ba *ByteArray) Value { DelItem(ba, NewSlice(nil, nil, i(2))); return None }),
		seq("ba.__delitem__(slice(1, -1))", func(ba *ByteArray) Value { DelItem(ba, NewSlice(i(1), i(-1), nil)); return None }),
		seq("ba.__delitem__(7)", func(ba *ByteArray) Value { DelItem(ba, i(7)); return None }),
		seq("ba.__iadd__(b'!!')", func(ba *ByteArray) Value { return InPlace(OpAdd, ba, B("!!")) }),
		seq("ba.__imul__(2)", func(ba *ByteArray) Value { return InPlace(OpMul, ba, i(2)) }),
		seq("ba.upper()", func(ba *ByteArray) Value { return CallMethod(ba, "upper", nil, nil) }),
		seq("ba.split(b'l')", func(ba *ByteArray) Value { return CallMethod(ba, "split", []Value{B("l")}, nil) }),
		seq("ba + b'x'", func(ba *ByteArray) Value { return Binary(OpAdd, ba, B("x")) }),
		seq("ba * 2", func(ba *ByteArray) Value { return Binary(OpMul, ba, i(2)) }),
		seq("ba[::-1]", func(ba *ByteArray) Value { return GetItem(ba, NewSlice(nil, nil, i(-1))) }),
		seq("ba == b'hello'", func(ba *ByteArray) Value { return Compare(OpEQ, ba, B("hello")) }),
		seq("ba.decode()", func(ba *ByteArray) Value { return CallMethod(ba, "decode", nil, nil) }),
		seq("ba.hex()", func(ba *ByteArray) Value { return CallMethod(ba, "hex", nil, nil) }),
		seq("b'%s' % ba", func(ba *ByteArray) Value { return Binary(OpMod, B("%s"), ba) }),
		seq("ba % ()", func(ba *ByteArray) Value { return Binary(OpMod, ba, tup()) }),
	}
	pycase.Check(t, cases)
}

func TestBytesArgumentErrorsAgainstCPython(t *testing.T) {
	b := Bytes("abc")
	ba := &ByteArray{B: []byte("abc")}
	var cases []pycase.Case
	for _, recv := range []Value{b, ba} {
		cases = append(cases,
			cMK(recv, "split", nil, KW{"x", 1}), cM(recv, "split", Bytes(","), 1, 2), cM(recv, "split", Bytes(","), "x"),
			cMK(recv, "strip", nil, KW{"chars", Bytes("a")}), cM(recv, "strip", Bytes("a"), Bytes("b")), cM(recv, "find"),
			cMK(recv, "find", []Value{Bytes("a")}, KW{"start", 0}), cM(recv, "find", Bytes("a"), 1, 2, 3), cM(recv, "count"),
			cM(recv, "replace"), cM(recv, "replace", Bytes("a")), cMK(recv, "replace", []Value{Bytes("a"), Bytes("b")}, KW{"count", 1}),
			cM(recv, "startswith"), cM(recv, "endswith", tup(1)), cM(recv, "center"), cM(recv, "center", "x"),
			cM(recv, "center", 5, Bytes("")), cM(recv, "zfill"), cM(recv, "upper", 1), cM(recv, "isdigit", 1),
			cM(recv, "join"), cM(recv, "partition"), cM(recv, "partition", "a"), cM(recv, "decode", "utf-8", "strict", 1),
			cMK(recv, "decode", nil, KW{"encoding", "ascii"}, KW{"errors", "ignore"}), cMK(recv, "hex", nil, KW{"sep", ":"}),
			cMK(recv, "hex", nil, KW{"sep", ":"}, KW{"bytes_per_sep", 2}), cM(recv, "hex", ":", "x"), cM(recv, "hex", ":", 2, 3),
			cMK(recv, "splitlines", nil, KW{"keepends", true}), cM(recv, "splitlines", 1, 2), cM(recv, "expandtabs", "x"),
			cM(recv, "removeprefix"), cM(recv, "translate"), cM(recv, "translate", Bytes("x")), cMK(recv, "translate", []Value{None}, KW{"delete", Bytes("b")}),
			cM(recv, "ljust", 5, "x"), cM(recv, "index", Bytes("z")), cM(recv, "rindex", 300),
		)
	}
	cases = append(cases,
		cM(ba, "append"), cM(ba, "append", 1, 2), cM(ba, "pop", 1, 2), cM(ba, "pop", "x"), cM(ba, "insert", 1),
		cM(ba, "insert", "x", 1), cM(ba, "remove", 300), cM(ba, "clear", 1), cM(ba, "extend"), cM(ba, "extend", lst(1, 300)),
		cM(ba, "extend", lst("a")), cMK(ba, "append", nil, KW{"x", 1}),
	)
	pycase.Check(t, cases)
}

func TestTextNoneArgumentsAgainstCPython(t *testing.T) {
	cases := []pycase.Case{
		cM("a", "replace", None, "b"), cM("a", "replace", "a", None), cM("a", "removeprefix", None), cM("a", "removesuffix", None),
		cM("a", "find", None), cM("a", "rindex", None), cM("a", "encode", None), cM("a", "encode", "utf-8", None),
		cM(Bytes("a"), "decode", None), cM(Bytes("a"), "expandtabs", IntFromBig(bigPow2(40))), cM("a", "expandtabs", 1<<40),
		cE("bytes.fromhex(None)", func() Value { return CallMethod(BytesType, "fromhex", []Value{None}, nil) }),
		cE("str.maketrans('a', None)", func() Value { return CallMethod(StrType, "maketrans", []Value{"a", None}, nil) }),
		cM("a", "partition", None), cM("a", "split", 1), cM("a", "center", None), cM(Bytes("a"), "split", None, None),
	}
	pycase.Check(t, cases)
}

func TestUnicodeEscapeAgainstCPython(t *testing.T) {
	var cases []pycase.Case
	for _, raw := range []string{`plain`, `a\nb\tc\\d\'e\"f`, `\x41\x7e\xff`, `\u00e9\u65e5`, `\U0001f600`, `\101\7\0777`,
		`\q\w`, "line\\\ncont", `\a\b\f\v`, "\xe9 latin", `\x4`, `\xZZ`, `\u12`, `\U0011ffff`, `\U00110000x`, `\`, `ab\`,
		`\N`, `\N{`, `\N{}`, `\Nx`, `\u123g`, `ok\x41\u0042`} {
		for _, h := range []string{"strict", "ignore", "replace", "backslashreplace"} {
			cases = append(cases, cM(Bytes(raw), "decode", "unicode_escape", h))
		}
	}
	for _, s := range []string{"plain", "a\nb\tc\\d'e\"f\r", "\x00\x1f\x7f\x80\xff", "é日😀", "\xed\xa0\x80", ""} {
		cases = append(cases, cM(s, "encode", "unicode_escape"), cM(s, "encode", "unicode-escape", "strict"))
	}
	pycase.Check(t, cases)
}
