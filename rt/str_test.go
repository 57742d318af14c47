package rt

import (
	"math"
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
)

var strSamples = []string{"", "a", "abc", "Hello, World", "  padded \t\n", "héllo wörld", "日本語テキスト",
	"ß straße", "ǅungla", "ΣΑΣ ΟΔΟΣ", "İstanbul", "ﬁx ﬂow", "a\u0345\u03a3", "x\u00adΣ", "123", "١٢٣", "½", "²",
	"MiXeD CaSe", "hello_world", "_id9", "9lives", "emoji 😀 ok", "tab\there", "\x00\x1f\x7f\u0085\u00a0",
	"line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\u2028line8\u2029end\u0085x", "O'Reilly", `say "hi"`,
	`both ' and "`, "back\\slash", "\u200b\ufeff\U000e0001", "\xed\xa0\x80lone", "\xed\xb3\xbf"}

func TestStrMethodsAgainstCPython(t *testing.T) {
	var cases []pycase.Case
	for _, s := range strSamples {
		cases = append(cases,
			cE("repr("+pyLit(s)+")", func() Value { return StrRepr(s) }),
			cE("ascii("+pyLit(s)+")", func() Value { return StrASCII(s) }),
			cE("len("+pyLit(s)+")", func() Value { return mkIntT(StrLen(s)) }),
			cE("list("+pyLit(s)+")", func() Value {
				var out []Value
				it := Iter(s)
				for v, ok := it.Next(); ok; v, ok = it.Next() {
					out = append(out, v)
				}
				return &List{Items: out}
			}),
		)
		for _, m := range []string{"upper", "lower", "casefold", "capitalize", "swapcase", "title",
			"isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isprintable", "isascii",
			"islower", "isupper", "istitle", "isidentifier", "split", "rsplit", "splitlines", "strip",
			"lstrip", "rstrip"} {
			cases = append(cases, cM(s, m))
		}
		if s != "" {
			cases = append(cases, cM(s, "splitlines", true), cM(s, "split", nil, 1), cM(s, "rsplit", nil, 1),
				cM(s, "find", "l"), cM(s, "rfind", "l"), cM(s, "count", "l"), cM(s, "center", 20, "*"),
				cE(pyLit(s)+"[::-1]", func() Value { return StrGetSlice(s, None, None, mkIntT(-1)) }),
				cE(pyLit(s)+"[1:-1:2]", func() Value { return StrGetSlice(s, mkIntT(1), mkIntT(-1), mkIntT(2)) }),
				cE(pyLit(s)+"[-3:]", func() Value { return StrGetSlice(s, mkIntT(-3), None, None) }),
				cE(pyLit(s)+"[-1]", func() Value { return GetItem(s, mkIntT(-1)) }),
				cE(pyLit(s)+"[2]", func() Value { return GetItem(s, mkIntT(2)) }),
			)
		}
	}
	cases = append(cases,
		// split / rsplit
		cM("a,b,,c", "split", ","), cM("a,b,,c", "split", ",", 1), cM("a,b,,c", "rsplit", ",", 1),
		cM("a,b,,c", "split", ",", 0), cM("a,b,,c", "split", ",", -5), cM("a::b::c", "split", "::"),
		cM("a::b::c", "rsplit", "::", 1), cM("", "split", ","), cM("", "split"), cM("   ", "split"),
		cM("  a  b  c  ", "split", nil, 1), cM("  a  b  c  ", "rsplit", nil, 1), cM("  a  b  c  ", "split", nil, 0),
		cM("  a  b  c  ", "rsplit", nil, 0), cM("a\u3000b\x1cc", "split"), cM("aXbXc", "split", "X", 2),
		cM("aaa", "split", "a"), cM("aaa", "rsplit", "aa"), cM("a", "split", ""), cM("a", "rsplit", ""),
		cM("a", "split", 1), cM("a", "split", ",", "x"), cM("a", "split", ",", 1, 2),
		cMK("a b c", "split", nil, KW{"maxsplit", 1}), cMK("a,b,c", "split", nil, KW{"sep", ","}, KW{"maxsplit", 1}),
		cMK("a,b,c", "rsplit", nil, KW{"sep", ","}, KW{"maxsplit", 1}), cMK("a", "split", nil, KW{"x", 1}),
		cMK("a", "split", []Value{","}, KW{"sep", ","}), cM("a,b", "split", ",", true), cM("a,b", "split", ",", 2.0),
		// splitlines
		cM("a\n\nb\n", "splitlines"), cM("a\n\nb\n", "splitlines", true), cM("\r\n", "splitlines"),
		cM("x\r", "splitlines", true), cMK("a\nb", "splitlines", nil, KW{"keepends", true}), cM("a", "splitlines", 1, 2),
		cMK("a", "splitlines", nil, KW{"x", 1}),
		// join
		cM(",", "join", lst("a", "b", "c")), cM(",", "join", tup("a")), cM(",", "join", lst()), cM("", "join", "abc"),
		cM(", ", "join", lst("a", 1)), cM(", ", "join", lst(1)), cM("-", "join", 5), cM("-", "join", lst("x", "y", None)),
		cM("é", "join", lst("日", "本")), cM("a", "join"), cM("a", "join", lst(), lst()),
		// strip
		cM("xxhixx", "strip", "x"), cM("xyhiyx", "strip", "xy"), cM("xyhiyx", "lstrip", "xy"), cM("xyhiyx", "rstrip", "xy"),
		cM("  hi  ", "strip", nil), cM("ééhé", "strip", "é"), cM("a", "strip", 1), cM("a", "strip", "a", "b"),
		cM("a", "lstrip", 1), cM("\u3000 x \u2029", "strip"), cMK("a", "strip", nil, KW{"chars", "a"}),
		// replace
		cM("aaa", "replace", "a", "b"), cM("aaa", "replace", "a", "b", 2), cM("aaa", "replace", "", "-"),
		cM("aaa", "replace", "", "-", 2), cM("héé", "replace", "", "|"), cM("abc", "replace", "x", "y"),
		cM("abc", "replace", "b", ""), cM("abc", "replace", "b", "B", 0), cM("abc", "replace", "b", "B", -1),
		cM("a", "replace", 1, "b"), cM("a", "replace", "a", 1), cM("a", "replace", "a"), cM("a", "replace"),
		cMK("aaa", "replace", []Value{"a", "b"}, KW{"count", 1}), cMK("a", "replace", []Value{"a", "b"}, KW{"count", "x"}),
		cM("", "replace", "", "x"), cM("", "replace", "", "x", 0),
		// find family
		cM("hello", "find", "l"), cM("hello", "find", "l", 3), cM("hello", "find", "l", -2), cM("hello", "find", "l", 0, 2),
		cM("hello", "find", "", 5), cM("hello", "find", "", 6), cM("hello", "rfind", ""), cM("hello", "rfind", "", 2, 4),
		cM("hello", "find", "", 3, 2), cM("hello", "rfind", "l", None, 3), cM("héllo", "find", "l"), cM("héllo", "rfind", "l", 1, -1),
		cM("日本日本", "find", "本", 2), cM("日本日本", "rindex", "日"), cM("hello", "index", "z"), cM("hello", "rindex", "z"),
		cM("hello", "index", "l", None, None), cM("a", "find", 1), cM("a", "find"), cM("a", "find", "a", 1, 2, 3),
		cM("a", "find", "a", "x"), cM("a", "find", "a", 1.0), cM("abc", "find", "c", true), cM("abc", "find", "c", nil),
		cM("abc", "index", "c", -100, 100), cMK("a", "find", []Value{"a"}, KW{"start", 0}),
		// count
		cM("aaaa", "count", "aa"), cM("aaaa", "count", ""), cM("aaaa", "count", "", 1, 3), cM("aaaa", "count", "", 3, 1),
		cM("aaaa", "count", "a", -2), cM("ééé", "count", "é"), cM("ééé", "count", "", 1), cM("a", "count"), cM("a", "count", 1),
		// startswith / endswith
		cM("hello", "startswith", "he"), cM("hello", "startswith", "lo", 3), cM("hello", "startswith", tup("x", "he")),
		cM("hello", "endswith", "lo"), cM("hello", "endswith", "l", 0, 4), cM("hello", "endswith", tup()),
		cM("hello", "startswith", "", 5), cM("hello", "startswith", "", 6), cM("hello", "endswith", "", 6),
		cM("hello", "startswith", 1), cM("hello", "startswith", tup(1)), cM("hello", "endswith", 1),
		cM("héllo", "startswith", "é", 1), cM("héllo", "endswith", "él", 0, 3), cM("hello", "endswith", "hello", -100),
		cM("hello", "startswith"), cM("hello", "startswith", "h", 0, 1, 2), cM("ab", "startswith", "abc"),
		// partition
		cM("a=b=c", "partition", "="), cM("a=b=c", "rpartition", "="), cM("abc", "partition", "x"),
		cM("abc", "rpartition", "x"), cM("a", "partition", ""), cM("a", "partition", 1), cM("a", "rpartition", ""),
		// padding
		cM("ab", "center", 7), cM("ab", "center", 6, "*"), cM("abc", "center", 6), cM("abc", "center", 2), cM("é", "center", 4, "ü"),
		cM("ab", "ljust", 5, "-"), cM("ab", "rjust", 5, "-"), cM("ab", "ljust", -1), cM("a", "center", "x"),
		cM("a", "center", 5, "xx"), cM("a", "center", 5, 1), cM("a", "center"), cM("a", "rjust", 3, ""),
		cM("42", "zfill", 5), cM("-42", "zfill", 5), cM("+42", "zfill", 5), cM("-", "zfill", 3), cM("abc", "zfill", 2),
		cM("", "zfill", 3), cM("a", "zfill"), cM("a", "zfill", "x"), cM("a", "ljust", 1<<62+1<<61),
		// expandtabs
		cM("a\tb\tc", "expandtabs"), cM("a\tb\tc", "expandtabs", 4), cM("ab\n\tc", "expandtabs", 3),
		cM("a\tb", "expandtabs", 0), cM("a\tb", "expandtabs", -1), cM("é\tx", "expandtabs", 2),
		cMK("a\tb", "expandtabs", nil, KW{"tabsize", 2}), cM("a", "expandtabs", "x"),
		// prefix/suffix
		cM("prefix_x", "removeprefix", "prefix_"), cM("x", "removeprefix", "y"), cM("a.py", "removesuffix", ".py"),
		cM("a", "removeprefix", 1), cM("a", "removesuffix"),
		// no-arg methods with args
		cM("a", "upper", 1), cMK("a", "upper", nil, KW{"x", 1}), cM("a", "isdigit", 1),
		// case specials
		cM("ß", "upper"), cM("ﬃ", "upper"), cM("ŉ", "upper"), cM("ǰ", "title"), cM("ΌΣΟΣ Σ ΑΣ. ΣΑ", "lower"),
		cM("AΣ\u0345", "lower"), cM("AΣb", "lower"), cM("ΣΣ", "lower"), cM("hello world-foo bar's", "title"),
		cM("ǆemal", "capitalize"), cM("ﬁne", "capitalize"), cM("ὈΔΥΣΣΕΎΣ", "swapcase"), cM("ΣAΣ", "swapcase"),
		cM("Straße", "casefold"), cM("ﬁ", "casefold"), cM("ǅ", "istitle"), cM("Hello World", "istitle"),
		cM("Hello world", "istitle"), cM("HELLO 1", "isupper"), cM("hello 1", "islower"), cM("1", "islower"),
		cM("ǅ", "isupper"), cM("ǅ", "islower"), cM("Ⅻ", "isupper"), cM("ⅻ", "isnumeric"), cM("Ⅻ", "isalpha"),
		cM("a1_", "isidentifier"), cM("℘x", "isidentifier"), cM("·a", "isidentifier"), cM("a·", "isidentifier"),
		cM("\u0660\u06f1", "isdecimal"), cM("⑴", "isdigit"), cM("⑴", "isdecimal"), cM("三", "isnumeric"),
	)
	pycase.Check(t, cases)
}

func mkIntT(n int) Int { return Int{small: int64(n)} }

func TestStrOperatorsAgainstCPython(t *testing.T) {
	sl := func(a, b, c Value) *Slice { return NewSlice(normArg(a), normArg(b), normArg(c)) }
	cases := []pycase.Case{
		cOp("ab", OpAdd, "cd"), cOp("ab", OpAdd, 1), cOp(1, OpAdd, "a"), cOp("ab", OpMul, 3), cOp(3, OpMul, "ab"),
		cOp("ab", OpMul, 0), cOp("ab", OpMul, -1), cOp("ab", OpMul, true), cOp("a", OpMul, "b"), cOp("a", OpMul, 1.0),
		cOp(1.0, OpMul, "a"), cOp("a", OpSub, "b"), cOp("é", OpMul, 3),
		cE("'a' * (2**63)", func() Value { return Binary(OpMul, "a", IntFromBig(bigPow2(63))) }),
		cE("'a' * -(2**63)", func() Value { return Binary(OpMul, "a", IntFromBig(bigPow2(63)).Neg()) }),
		cE("'a' * (2**62)", func() Value { return Binary(OpMul, "a", mkIntT(1<<62)) }),
		cE("'abc'[1]", func() Value { return GetItem("abc", mkIntT(1)) }),
		cE("'abc'[3]", func() Value { return GetItem("abc", mkIntT(3)) }),
		cE("'abc'[-4]", func() Value { return GetItem("abc", mkIntT(-4)) }),
		cE("'abc'[True]", func() Value { return GetItem("abc", true) }),
		cE("'abc'[2**70]", func() Value { return GetItem("abc", IntFromBig(bigPow2(70))) }),
		cE("'a'[1.0]", func() Value { return GetItem("a", 1.0) }),
		cE("'a'[None]", func() Value { return GetItem("a", None) }),
		cE("'a'['x']", func() Value { return GetItem("a", "x") }),
		cE("'日本語'[1]", func() Value { return GetItem("日本語", mkIntT(1)) }),
		cE("'日本語'[-1]", func() Value { return GetItem("日本語", mkIntT(-1)) }),
		cE("'日本語'[3]", func() Value { return GetItem("日本語", mkIntT(3)) }),
		cE("'日本語'[-3]", func() Value { return GetItem("日本語", mkIntT(-3)) }),
		cE("'日本語'[-4]", func() Value { return GetItem("日本語", mkIntT(-4)) }),
		cE("'日本語'[-9]", func() Value { return GetItem("日本語", mkIntT(-9)) }),
		cE("'a\\ud800'[-1]", func() Value { return GetItem("a\xed\xa0\x80", mkIntT(-1)) }),
		cE("'a\\ud800'[-2]", func() Value { return GetItem("a\xed\xa0\x80", mkIntT(-2)) }),
		cE("'abc'[-3]", func() Value { return GetItem("abc", mkIntT(-3)) }),
		cE("'abc'[-4]", func() Value { return GetItem("abc", mkIntT(-4)) }),
		cE("'abc'[-2**63]", func() Value { return GetItem("abc", mkIntT(math.MinInt64)) }),
		cE("'abc'[::0]", func() Value { return GetItem("abc", sl(None, None, 0)) }),
		cE("'abc'['a':]", func() Value { return GetItem("abc", sl("a", None, None)) }),
		cE("'abcdef'[::2]", func() Value { return GetItem("abcdef", sl(None, None, 2)) }),
		cE("'abcdef'[::-2]", func() Value { return GetItem("abcdef", sl(None, None, -2)) }),
		cE("'abcdef'[4:1:-1]", func() Value { return GetItem("abcdef", sl(4, 1, -1)) }),
		cE("'abcdef'[-100:100]", func() Value { return GetItem("abcdef", sl(-100, 100, None)) }),
		cE("'abcdef'[100:]", func() Value { return GetItem("abcdef", sl(100, None, None)) }),
		cE("'abcdef'[2**80:]", func() Value { return GetItem("abcdef", sl(IntFromBig(bigPow2(80)), None, None)) }),
		cE("'abcdef'[:-2**80]", func() Value { return GetItem("abcdef", sl(None, IntFromBig(bigPow2(80)).Neg(), None)) }),
		cE("'abcdef'[::-2**80]", func() Value { return GetItem("abcdef", sl(None, None, IntFromBig(bigPow2(80)).Neg())) }),
		cE("'héllo wörld'[1:8:3]", func() Value { return GetItem("héllo wörld", sl(1, 8, 3)) }),
		cE("'héllo wörld'[-2:-9:-2]", func() Value { return GetItem("héllo wörld", sl(-2, -9, -2)) }),
		cE("'héllo'[1:3]", func() Value { return StrSlice("héllo", 1, 3) }),
		cE("'héllo'[-2:]", func() Value { return StrSlice("héllo", -2, 100) }),
		cE("'a' < 'b'", func() Value { return Compare(OpLT, "a", "b") }),
		cE("'a' < 'B'", func() Value { return Compare(OpLT, "a", "B") }),
		cE("'é' > 'z'", func() Value { return Compare(OpGT, "é", "z") }),
		cE("'\\ud800' < '\\ue000'", func() Value { return Compare(OpLT, "\xed\xa0\x80", "\ue000") }),
		cE("'\\ud7ff' < '\\ud800'", func() Value { return Compare(OpLT, "\ud7ff", "\xed\xa0\x80") }),
		cE("'\\U00010000' > '\\uffff'", func() Value { return Compare(OpGT, "\U00010000", "\uffff") }),
		cE("'abc' <= 'abc'", func() Value { return Compare(OpLE, "abc", "abc") }),
		cE("'ab' >= 'abc'", func() Value { return Compare(OpGE, "ab", "abc") }),
		cE("'a' == 'a'", func() Value { return Compare(OpEQ, "a", "a") }),
		cE("'a' != 'a'", func() Value { return Compare(OpNE, "a", "a") }),
		cE("'a' == 1", func() Value { return Compare(OpEQ, "a", mkIntT(1)) }),
		cE("'a' < 1", func() Value { return Compare(OpLT, "a", mkIntT(1)) }),
		cE("'b' in 'abc'", func() Value { return Contains("abc", "b") }),
		cE("'' in 'abc'", func() Value { return Contains("abc", "") }),
		cE("'é' in 'abc'", func() Value { return Contains("abc", "é") }),
		cE("1 in 'a'", func() Value { return Contains("a", mkIntT(1)) }),
		cE("-'a'", func() Value { return Unary(OpNeg, "a") }),
		cE("len('\\ud800\\udc00')", func() Value { return mkIntT(StrLen("\xed\xa0\x80\xed\xb0\x80")) }),
		cE("bool('')", func() Value { return Truth("") }),
		cE("type(iter('abc')).__name__", func() Value { return TypeOf(Iter("abc")).Name }),
		cE("repr(iter('abc')).split(' at ')[0] + '>'", func() Value { return Repr(Iter("abc")) }),
		cE("type(iter('é')).__name__", func() Value { return TypeOf(Iter("é")).Name }),
		cE("type(iter(b'a')).__name__", func() Value { return TypeOf(Iter(Bytes("a"))).Name }),
		cE("type(iter(bytearray(b'a'))).__name__", func() Value { return TypeOf(Iter(&ByteArray{B: []byte("a")})).Name }),
		cOp("a", OpMul, Bytes("a")), cOp(Bytes("a"), OpMul, "a"), cOp("a", OpAdd, Bytes("a")), cOp(Bytes("a"), OpAdd, "a"),
		cOp(lst(1), OpMul, "a"), cOp("a", OpMul, lst(1)), cOp(tup(1), OpMul, "a"), cOp("a", OpMul, None), cOp(None, OpMul, "a"),
		cOp("a", OpAdd, None), cOp("%s", OpMod, None), cOp(1, OpMod, "a"), cOp("a", OpMul, 2.5), cOp("ab", OpMul, IntFromBig(bigPow2(64)).Neg()),
		cE("str.upper(1)", func() Value { return StrType.Methods["upper"].Fn(mkIntT(1), nil, nil) }),
	}
	pycase.Check(t, cases)
}

func TestStrTranslateAgainstCPython(t *testing.T) {
	mk := func(args ...Value) Value { return CallMethod(StrType, "maketrans", normArgs(args), nil) }
	d := func(kv ...Value) *Dict {
		out := NewDict(0)
		for i := 0; i < len(kv); i += 2 {
			out.Set(normArg(kv[i]), normArg(kv[i+1]))
		}
		return out
	}
	tr := func(s string, table Value) Value { return CallMethod(s, "translate", []Value{table}, nil) }
	cases := []pycase.Case{
		cE("'hello'.translate(str.maketrans('el', 'ip'))", func() Value { return tr("hello", mk("el", "ip")) }),
		cE("'hello'.translate(str.maketrans('el', 'ip', 'o'))", func() Value { return tr("hello", mk("el", "ip", "o")) }),
		cE("'hello'.translate(str.maketrans({'h': 'J', 'o': None, 108: 'LL'}))", func() Value {
			return tr("hello", mk(d("h", "J", "o", None, 108, "LL")))
		}),
		cE("'héllo'.translate({233: 101})", func() Value { return tr("héllo", d(233, 101)) }),
		cE("'abc'.translate({97: 0x110000})", func() Value { return tr("abc", d(97, 0x110000)) }),
		cE("'abc'.translate({97: -1})", func() Value { return tr("abc", d(97, -1)) }),
		cE("'abc'.translate({97: 1.5})", func() Value { return tr("abc", d(97, 1.5)) }),
		cE("'abc'.translate({97: True})", func() Value { return tr("abc", d(97, true)) }),
		cE("'abc'.translate(['x', None, 'zz'])", func() Value { return tr("abc", lst("x", None, "zz")) }),
		cE("'abcd'.translate('XY')", func() Value { return tr("abcd", "XY") }),
		cE("'a'.translate(1)", func() Value { return tr("a", mkIntT(1)) }),
		cE("str.maketrans(1)", func() Value { return mk(1) }),
		cE("str.maketrans('ab', 'a')", func() Value { return mk("ab", "a") }),
		cE("str.maketrans({'ab': 1})", func() Value { return mk(d("ab", 1)) }),
		cE("str.maketrans({1.5: 1})", func() Value { return mk(d(1.5, 1)) }),
		cE("str.maketrans(1, 'a')", func() Value { return mk(1, "a") }),
		cE("str.maketrans('a', 1)", func() Value { return mk("a", 1) }),
		cE("str.maketrans('a', 'b', 1)", func() Value { return mk("a", "b", 1) }),
		cE("str.maketrans()", func() Value { return mk() }),
		cE("sorted(str.maketrans('ab', 'cd', 'e').items())", func() Value {
			var items []Value
			mk("ab", "cd", "e").(*Dict).Range(func(k, v Value) bool {
				items = append(items, &Tuple{Items: []Value{k, v}})
				return true
			})
			return &List{Items: items}
		}),
	}
	pycase.Check(t, cases)
}

// testStrSub is an instance of a str subclass represented as an object.
type testStrSub struct {
	cls *Class
	s   string
}

func (o *testStrSub) Class() *Class    { return o.cls }
func (o *testStrSub) StrValue() string { return o.s }

func TestStrSubclassValues(t *testing.T) {
	cls := NewClass("MyStr", "__main__", StrType)
	v := &testStrSub{cls: cls, s: "héllo, world"}
	e := func(py string, f func() Value) pycase.Case { return cE(py, f) }
	pycase.CheckWithSetup(t, "class MyStr(str): pass\nv = MyStr('héllo, world')\n", []pycase.Case{
		e("v.upper()", func() Value { return CallMethod(v, "upper", nil, nil) }),
		e("v.split(', ')", func() Value { return CallMethod(v, "split", []Value{", "}, nil) }),
		e("len(v)", func() Value { return mkIntT(Len(v)) }),
		e("repr(v)", func() Value { return Repr(v) }),
		e("str(v)", func() Value { return Str(v) }),
		e("v[1]", func() Value { return GetItem(v, mkIntT(1)) }),
		e("'w' in v", func() Value { return Contains(v, "w") }),
		e("format(v, '>14')", func() Value { return Format(v, ">14") }),
		e("hash(v) == hash('héllo, world')", func() Value { return Hash(v) == HashStr("héllo, world") }),
		e("bool(v)", func() Value { return Truth(v) }),
	})
}

func TestStrArgumentErrorsAgainstCPython(t *testing.T) {
	s := "abc"
	cases := []pycase.Case{
		cMK(s, "find", []Value{"a"}, KW{"end", 1}), cMK(s, "count", []Value{"a"}, KW{"start", 1}), cMK(s, "index", []Value{"a"}, KW{"x", 1}),
		cMK(s, "startswith", []Value{"a"}, KW{"start", 0}), cMK(s, "center", []Value{5}, KW{"fillchar", "*"}),
		cMK(s, "zfill", nil, KW{"width", 5}), cMK(s, "join", nil, KW{"iterable", lst()}), cMK(s, "partition", nil, KW{"sep", "b"}),
		cMK(s, "removeprefix", nil, KW{"prefix", "a"}), cMK(s, "encode", nil, KW{"encoding", "utf-8"}, KW{"errors", "strict"}),
		cMK(s, "encode", []Value{"utf-8"}, KW{"encoding", "utf-8"}), cM(s, "encode", "utf-8", "strict", 1), cMK(s, "encode", nil, KW{"x", 1}),
		cMK(s, "translate", nil, KW{"table", NewDict(0)}), cM(s, "translate"), cM(s, "format_map"), cM(s, "format_map", 1, 2),
		cMK(s, "format_map", nil, KW{"mapping", NewDict(0)}), cM(s, "rsplit", ",", 1, 2), cMK(s, "rsplit", nil, KW{"maxsplit", "x"}),
		cM(s, "expandtabs", 1, 2), cMK(s, "expandtabs", nil, KW{"x", 1}), cM(s, "ljust"), cM(s, "ljust", 1, "a", "b"),
		cM(s, "count", "a", 0, 1, 2), cM(s, "rindex"), cM(s, "rfind", 1), cM(s, "index", 1), cM(s, "rindex", 1), cM(s, "count", None),
		cM(s, "splitlines", "x"), cM(s, "splitlines", None), cM(s, "zfill", 2.0), cM(s, "center", 2.0), cM(s, "replace", "a", "b", 1.0),
		cM(s, "split", None, None), cM(s, "split", None, true), cM(s, "title", nil), cM(s, "lower", 1, 2), cM(s, "casefold", "x"),
		cM(s, "startswith", tup("a", 1)), cM(s, "endswith", tup(1, "c")), cM(s, "endswith", lst("c")), cM(s, "strip", lst("a")),
		cM(s, "join", tup("a", Bytes("b"))), cM(s, "join", "xyz"), cM(s, "join", NewDict(0)), cM(s, "rpartition", None),
		cM(s, "find", "a", None, IntFromBig(bigPow2(70))), cM(s, "find", "a", IntFromBig(bigPow2(70)).Neg()),
		cM(s, "expandtabs", IntFromBig(bigPow2(70))), cM(s, "center", IntFromBig(bigPow2(70)).Neg()),
	}
	pycase.Check(t, cases)
}
