package json

import (
	"strconv"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

func call(m *rt.Module, name string, args []rt.Value, kw ...rt.KW) rt.Value {
	f, _ := m.Get(name)
	return rt.Call(f, args, kw)
}

func outcome(f func() rt.Value) func() string {
	return func() string { return rt.Outcome(f) }
}

// pyStr renders s as a Python string literal (ASCII-safe).
func pyStr(s string) string { return rt.StrASCII(s) }

var decodeDocs = []string{
	`[1,]`, `{"a":1,}`, `{"a" 1}`, `{1:2}`, `[1 2]`, `"abc`, "\"a\x01\"", `"\x"`, `"\u12"`, `"\u12zz"`,
	`[`, `{`, `-`, `-a`, `1.`, `1e`, `01`, `[1,2`, `{"a":1`, `nul`, `tru`, `"\ud83d\ude00"`, `"\ud83d"`,
	`"\ud83dx"`, `   `, "\ufeff1", `[1]  x`, `{"a":1,"a":2,"b":3}`, `NaN`, `-Infinity`, `Infinity`, `1E5`,
	`1e-400`, `-0`, `-0.0`, `1e400`, `-1e400`, `123456789012345678901234567890`, `-9223372036854775808`,
	`9223372036854775807`, `9223372036854775808`, `0.1`, `1.7976931348623157e308`, `5e-324`, `2.5e+3`, `1E-2`,
	`{"a": [1, 2, {"b": null}], "c": true, "d": false}`, "\n\n  [1,\n 2,\n x]", "{\n\"a\":\n}", `"\t"`,
	"\"\t\"", `"\/\b\f\n\r\t\\\""`, `"é😀"`, `"é" x`, `"\u00e9"`, `"\u00E9"`, `[]`, `{}`, `[[]]`, `[{}]`,
	`{"": ""}`, ` [ 1 , 2 ] `, `[1,,2]`, `[,]`, `{,}`, `{"a":1 "b":2}`, `{"a"}`, `{"a":}`, `"abc\`,
	`"\u"`, `"\u123"`, `"\ud800\u"`, `"\ud800\udc00"`, `"\udc00\ud800"`, `true false`, `nulll`, `[true,false,null]`,
	`-01`, `1.5e`, `1.5e+`, `.5`, `+1`, `0x10`, `1_000`, `[1.0, 2.50, -0.0e0]`, `"a` + "\u00e9" + `\q"`,
	"\"\u00e9\u00e9\n", "[\"\u00e9\", 1 2]", `{"k": "v", "k2": [1, 2, 3], "k3": {"n": 1.5}}`,
	"[\n  1,\n  2\n]\n", `"\u0000"`, `[1]]`, `{"a":1}}`, `nan`, `NaN1`, `-NaN`, `-Inf`, `Infinity1`,
}

func TestLoadsMatchesCPython(t *testing.T) {
	m := Module()
	var cases []pycase.Case
	for _, d := range decodeDocs {
		d := d
		cases = append(cases, pycase.Case{Py: "json.loads(" + pyStr(d) + ")", Go: outcome(func() rt.Value {
			return call(m, "loads", []rt.Value{d})
		})})
		cases = append(cases, pycase.Case{Py: "json.loads(" + pyStr(d) + ".encode())", Go: outcome(func() rt.Value {
			return call(m, "loads", []rt.Value{rt.Bytes(d)})
		})})
	}
	// Error attributes.
	for _, d := range []string{"[1,\n 2,\n x]", "{\"é\": x}", "   ", "[1]\n\n  x"} {
		d := d
		for _, attr := range []string{"msg", "pos", "lineno", "colno"} {
			attr := attr
			cases = append(cases, pycase.Case{
				Py: "(lambda: [e for e in [None] if False] or (lambda s: (lambda: json.loads(s)))(" + pyStr(d) + "))()",
				Go: nil,
			})
			cases = cases[:len(cases)-1]
			cases = append(cases, pycase.Case{
				Py: "_err(" + pyStr(d) + ", " + strconv.Quote(attr) + ")",
				Go: outcome(func() rt.Value {
					exc := rt.Catch(func() { call(m, "loads", []rt.Value{d}) })
					for _, kw := range exc.Attrs {
						if kw.Name == attr {
							return kw.Value
						}
					}
					return rt.None
				}),
			})
		}
	}
	// raw_decode.
	for _, c := range []struct {
		s   string
		idx int
	}{{`{"a": 1} tail`, 0}, {`xx[1, 2] yy`, 2}, {`  1`, 0}, {`"é" 1`, 0}, {`é [1]`, 2}, {`[1]`, 5}, {`12 34`, 3}} {
		c := c
		cases = append(cases, pycase.Case{
			Py: "json.JSONDecoder().raw_decode(" + pyStr(c.s) + ", " + strconv.Itoa(c.idx) + ")",
			Go: outcome(func() rt.Value {
				dec := call(m, "JSONDecoder", nil)
				return rt.CallMethod(dec, "raw_decode", []rt.Value{c.s, rt.IntFromInt64(int64(c.idx))}, nil)
			}),
		})
	}
	cases = append(cases,
		pycase.Case{Py: "json.loads(1)", Go: outcome(func() rt.Value { return call(m, "loads", []rt.Value{rt.IntFromInt64(1)}) })},
		pycase.Case{Py: "json.loads('[1.5, 2]', parse_float=str)", Go: outcome(func() rt.Value {
			return call(m, "loads", []rt.Value{"[1.5, 2]"}, rt.KW{Name: "parse_float", Value: &rt.Builtin{Name: "str", Fn: func(a []rt.Value, _ []rt.KW) rt.Value { return rt.Str(a[0]) }}})
		})},
		pycase.Case{Py: "json.loads('\"a\\tb\"', strict=False)", Go: outcome(func() rt.Value {
			return call(m, "loads", []rt.Value{"\"a\tb\""}, rt.KW{Name: "strict", Value: false})
		})},
		pycase.Case{Py: "json.loads('[' * 20000)", Go: outcome(func() rt.Value { return call(m, "loads", []rt.Value{strings.Repeat("[", 20000)}) })},
		pycase.Case{Py: "json.loads(b'\\xff')", Go: outcome(func() rt.Value { return call(m, "loads", []rt.Value{rt.Bytes("\xff")}) })},
		pycase.Case{Py: "json.loads('[1]'.encode('utf-16'))", Go: outcome(func() rt.Value { return call(m, "loads", []rt.Value{rt.Bytes("\xff\xfe[\x001\x00]\x00")}) })},
		pycase.Case{Py: "json.loads('[1]'.encode('utf-16-be'))", Go: outcome(func() rt.Value { return call(m, "loads", []rt.Value{rt.Bytes("\x00[\x001\x00]")}) })},
		pycase.Case{Py: "json.loads('\"x\"'.encode('utf-32-le'))", Go: outcome(func() rt.Value {
			return call(m, "loads", []rt.Value{rt.Bytes("\"\x00\x00\x00x\x00\x00\x00\"\x00\x00\x00")})
		})},
		pycase.Case{Py: "json.JSONDecodeError('m', 'a\\nbc', 3)", Go: outcome(func() rt.Value {
			return call(m, "JSONDecodeError", []rt.Value{"m", "a\nbc", rt.IntFromInt64(3)})
		})},
		pycase.Case{Py: "(lambda e: (e.msg, e.doc, e.pos, e.lineno, e.colno, str(e), isinstance(e, ValueError)))(json.JSONDecodeError('m', 'a\\nbc', 3))", Go: outcome(func() rt.Value {
			e := call(m, "JSONDecodeError", []rt.Value{"m", "a\nbc", rt.IntFromInt64(3)})
			return rt.NewTuple(rt.GetAttr(e, "msg"), rt.GetAttr(e, "doc"), rt.GetAttr(e, "pos"), rt.GetAttr(e, "lineno"), rt.GetAttr(e, "colno"), rt.Str(e), rt.IsInstance(e, rt.ValueError))
		})},
		pycase.Case{Py: "json.loads('1' * 5000)", Go: outcome(func() rt.Value { return call(m, "loads", []rt.Value{strings.Repeat("1", 5000)}) })},
		pycase.Case{Py: "len(str(json.loads('9' * 4300)))", Go: outcome(func() rt.Value {
			return rt.IntFromInt64(int64(len(call(m, "loads", []rt.Value{strings.Repeat("9", 4300)}).(rt.Int).String())))
		})},
		pycase.Case{Py: "json.dumps(10 ** 4400)", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{rt.IntFromInt64(10).PowInt(rt.IntFromInt64(4400))})
		})},
		pycase.Case{Py: "(lambda f: (len(json.dumps(f(9997))), json.dumps(f(9998))))(lambda n: __import__('functools').reduce(lambda x, _: [x], range(n), []))", Go: outcome(func() rt.Value {
			nest := func(n int) rt.Value {
				var x rt.Value = rt.NewList(nil)
				for k := 0; k < n; k++ {
					x = rt.NewList([]rt.Value{x})
				}
				return x
			}
			a := call(m, "dumps", []rt.Value{nest(9997)})
			return rt.NewTuple(rt.IntFromInt64(int64(len(a.(string)))), call(m, "dumps", []rt.Value{nest(9998)}))
		})},
		pycase.Case{Py: "json.loads(bytearray(b'[1]'))", Go: outcome(func() rt.Value { return call(m, "loads", []rt.Value{&rt.ByteArray{B: []byte("[1]")}}) })},
	)
	pycase.CheckWithSetup(t, `
def _err(s, attr):
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        return getattr(e, attr)
`, cases)
}

var dumpDocs = []string{
	`{"a": [1, {}, [], 2.5, null, true, "é\ud800\ud83d\ude00"], "b": {"c": 1}}`,
	`[1, 2, 3]`, `[]`, `{}`, `"x"`, `1e300`, `-0.0`, `[1e16, 1e-7, 0.1, 123456789.123, 1.5e-300]`,
	`{"z": 1, "a": 2, "m": {"y": [3, {"b": 1, "a": 2}], "c": null}}`,
	`"\u0000\u001f\u007f\u0080\u00ff\u2028\ufffd \\ \" / \b\f\n\r\t"`,
	`[NaN, Infinity, -Infinity]`, `[[[[]]], {"a": {}}, [{}]]`, `123456789012345678901234567890`,
	`{"k": "v", "list": [1, [2, [3, [4]]]], "n": -1}`,
}

var dumpOpts = []struct {
	py string
	kw []rt.KW
}{
	{"", nil},
	{"indent=2", []rt.KW{{Name: "indent", Value: rt.IntFromInt64(2)}}},
	{"indent=0", []rt.KW{{Name: "indent", Value: rt.IntFromInt64(0)}}},
	{"indent=-1", []rt.KW{{Name: "indent", Value: rt.IntFromInt64(-1)}}},
	{"indent='\\t'", []rt.KW{{Name: "indent", Value: "\t"}}},
	{"indent=''", []rt.KW{{Name: "indent", Value: ""}}},
	{"sort_keys=True", []rt.KW{{Name: "sort_keys", Value: true}}},
	{"ensure_ascii=False", []rt.KW{{Name: "ensure_ascii", Value: false}}},
	{"separators=(',', ':')", []rt.KW{{Name: "separators", Value: rt.NewTuple(",", ":")}}},
	{"indent=2, separators=(', ', ': ')", []rt.KW{{Name: "indent", Value: rt.IntFromInt64(2)}, {Name: "separators", Value: rt.NewTuple(", ", ": ")}}},
	{"indent=4, sort_keys=True, ensure_ascii=False", []rt.KW{{Name: "indent", Value: rt.IntFromInt64(4)}, {Name: "sort_keys", Value: true}, {Name: "ensure_ascii", Value: false}}},
	{"allow_nan=False", []rt.KW{{Name: "allow_nan", Value: false}}},
	{"separators=[';', '=']", []rt.KW{{Name: "separators", Value: rt.NewList([]rt.Value{";", "="})}}},
}

func TestDumpsMatchesCPython(t *testing.T) {
	m := Module()
	var cases []pycase.Case
	for _, d := range dumpDocs {
		for _, o := range dumpOpts {
			d, o := d, o
			py := "json.dumps(json.loads(" + pyStr(d) + ")"
			if o.py != "" {
				py += ", " + o.py
			}
			py += ")"
			cases = append(cases, pycase.Case{Py: py, Go: outcome(func() rt.Value {
				v := call(m, "loads", []rt.Value{d})
				return call(m, "dumps", []rt.Value{v}, o.kw...)
			})})
		}
	}
	i := rt.IntFromInt64
	self := rt.NewList(nil)
	self.Items = append(self.Items, self)
	selfD := rt.NewDict(0)
	selfD.Set("a", rt.NewList([]rt.Value{selfD}))
	mixed := rt.NewDict(0)
	mixed.Set(i(1), "a")
	mixed.Set("b", i(2))
	keys := rt.NewDict(0)
	keys.Set(i(1), i(1))
	keys.Set(2.5, i(2))
	keys.Set(true, i(3))
	keys.Set(rt.None, i(4))
	tupKey := rt.NewDict(0)
	tupKey.Set(rt.NewTuple(i(1)), i(2))
	tupKey.Set("x", i(3))
	sortable := rt.NewDict(0)
	for _, k := range []int64{5, 3, 9, 1, 7, 2} {
		sortable.Set(i(k), i(k*k))
	}
	cases = append(cases,
		pycase.Case{Py: "json.dumps((1, (2, 'a')))", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{rt.NewTuple(i(1), rt.NewTuple(i(2), "a"))})
		})},
		pycase.Case{Py: "(lambda a: (a.append(a), json.dumps(a))[1])([])", Go: outcome(func() rt.Value { return call(m, "dumps", []rt.Value{self}) })},
		pycase.Case{Py: "(lambda a: (a.append(a), json.dumps(a, indent=2))[1])([])", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{self}, rt.KW{Name: "indent", Value: i(2)})
		})},
		pycase.Case{Py: "(lambda d: (d.__setitem__('a', [d]), json.dumps(d))[1])({})", Go: outcome(func() rt.Value { return call(m, "dumps", []rt.Value{selfD}) })},
		pycase.Case{Py: "json.dumps({1: 'a', 'b': 2}, sort_keys=True)", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{mixed}, rt.KW{Name: "sort_keys", Value: true})
		})},
		pycase.Case{Py: "json.dumps({1: 'a', 'b': 2})", Go: outcome(func() rt.Value { return call(m, "dumps", []rt.Value{mixed}) })},
		pycase.Case{Py: "json.dumps({1: 1, 2.5: 2, True: 3, None: 4})", Go: outcome(func() rt.Value { return call(m, "dumps", []rt.Value{keys}) })},
		pycase.Case{Py: "json.dumps({(1,): 2, 'x': 3})", Go: outcome(func() rt.Value { return call(m, "dumps", []rt.Value{tupKey}) })},
		pycase.Case{Py: "json.dumps({(1,): 2, 'x': 3}, skipkeys=True)", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{tupKey}, rt.KW{Name: "skipkeys", Value: true})
		})},
		pycase.Case{Py: "json.dumps({(1,): 2}, skipkeys=True, indent=2)", Go: outcome(func() rt.Value {
			d := rt.NewDict(0)
			d.Set(rt.NewTuple(i(1)), i(2))
			return call(m, "dumps", []rt.Value{d}, rt.KW{Name: "skipkeys", Value: true}, rt.KW{Name: "indent", Value: i(2)})
		})},
		pycase.Case{Py: "json.dumps({5: 25, 3: 9, 9: 81, 1: 1, 7: 49, 2: 4}, sort_keys=True)", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{sortable}, rt.KW{Name: "sort_keys", Value: true})
		})},
		pycase.Case{Py: "json.dumps(b'x')", Go: outcome(func() rt.Value { return call(m, "dumps", []rt.Value{rt.Bytes("x")}) })},
		pycase.Case{Py: "json.dumps({1, 2} and b'x', default=lambda o: o.decode())", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{rt.Bytes("x")}, rt.KW{Name: "default", Value: &rt.Builtin{Name: "f", Fn: func(a []rt.Value, _ []rt.KW) rt.Value { return string(a[0].(rt.Bytes)) }}})
		})},
		pycase.Case{Py: "json.dumps(b'x', default=lambda o: o)", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{rt.Bytes("x")}, rt.KW{Name: "default", Value: &rt.Builtin{Name: "f", Fn: func(a []rt.Value, _ []rt.KW) rt.Value { return a[0] }}})
		})},
		pycase.Case{Py: "json.dumps(float('nan'), allow_nan=False)", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{nan()}, rt.KW{Name: "allow_nan", Value: false})
		})},
		pycase.Case{Py: "json.dumps(float('-inf'), allow_nan=False)", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{inf(-1)}, rt.KW{Name: "allow_nan", Value: false})
		})},
		pycase.Case{Py: "json.dumps(1, indent=1.5)", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{i(1)}, rt.KW{Name: "indent", Value: 1.5})
		})},
		pycase.Case{Py: "json.dumps('é😀\\ud800', ensure_ascii=False)", Go: outcome(func() rt.Value {
			return call(m, "dumps", []rt.Value{"é😀\xed\xa0\x80"}, rt.KW{Name: "ensure_ascii", Value: false})
		})},
		pycase.Case{Py: "json.dumps(True), json.dumps(None), json.dumps(-5), json.dumps(2**70)", Go: outcome(func() rt.Value {
			return rt.NewTuple(call(m, "dumps", []rt.Value{true}), call(m, "dumps", []rt.Value{rt.None}), call(m, "dumps", []rt.Value{i(-5)}),
				call(m, "dumps", []rt.Value{rt.IntFromString("1180591620717411303424", 10)}))
		})},
		pycase.Case{Py: "json.JSONEncoder(indent=1).encode([1, {'a': 2}])", Go: outcome(func() rt.Value {
			enc := call(m, "JSONEncoder", nil, rt.KW{Name: "indent", Value: i(1)})
			d := rt.NewDict(0)
			d.Set("a", i(2))
			return rt.CallMethod(enc, "encode", []rt.Value{rt.NewList([]rt.Value{i(1), d})}, nil)
		})},
		pycase.Case{Py: "json.dumps(1, foo=1)", Go: outcome(func() rt.Value { return call(m, "dumps", []rt.Value{i(1)}, rt.KW{Name: "foo", Value: i(1)}) })},
	)
	pycase.Check(t, cases)
}
