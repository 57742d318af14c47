package re

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

var i = rt.IntFromInt64

func TestReMatchesCPython(t *testing.T) {
	m := Module()
	call := func(name string, args []rt.Value, kw ...rt.KW) rt.Value {
		f, _ := m.Get(name)
		return rt.Call(f, args, kw)
	}
	var cases []pycase.Case
	add := func(py string, f func() rt.Value) {
		cases = append(cases, pycase.Case{Py: py, Go: func() string { return rt.Outcome(f) }})
	}
	lit := rt.StrRepr
	// describe renders a match as Python would see it through _d().
	describe := func(v rt.Value) rt.Value {
		mm, ok := v.(*Match)
		if !ok {
			return v
		}
		return rt.NewTuple(rt.CallMethod(mm, "span", nil, nil), rt.CallMethod(mm, "group", nil, nil),
			rt.CallMethod(mm, "groups", nil, nil), rt.CallMethod(mm, "groupdict", nil, nil),
			rt.GetAttr(mm, "lastindex"), rt.GetAttr(mm, "lastgroup"))
	}
	patterns := []string{`a+`, `(a)(b)?`, `(?P<word>\w+)\s+(?P<num>\d+)`, `^\d{3}-\d{4}$`, `\bfoo\b`, `x*`, `(a|ab)(c|bcd)(d*)`,
		`[A-Z][a-z]+`, `(\d+)\.(\d+)`, `(?i)hello`, `^$`, `\s+`, `(?P<q>['"]).*?(?P=q)`, `(?<=a)b`, `(?<!a)b`, `a(?=b)`, `a(?!b)`,
		`\Aabc\Z`, `abc$`, `.`, `(?s).+`, `(?m)^\w+$`, `[^\W\d_]+`, `[\w.-]+@[\w-]+\.\w+`, `(\w)\1`, `é+`, `\d+`, `\w+`,
		`[ -~]+`, `a{2,}`, `a{,2}`, `a{2}`, `(?x) a  b # comment`, `(?:ab)+`, `((a)b)+`, `(a)|(b)`, `|a`, `\b`, `\$\d+(?:\.\d\d)?`, `\B`, `\Bo\B`, `(?a)\bé`, `\b\w+\b`, `[^^\W]+`, `[\W\d]+`, `[^\S\n]+`, "(?s)```(?:json)?\\s*(.*?)\\s*```", `(?s)\{.*\}`, `[^a-zA-Z0-9 ]`, `^\s+|\s+$`, `(\w+)=(".*?"|\S+)`, `(?i)(yes|no)\b`, "(?s)```(?:json)?\\s*(.*?)\\s*```", `(?s)\{.*\}`, `[^a-zA-Z0-9 ]`, `^\s+|\s+$`, `(\w+)=(".*?"|\S+)`, `(?i)(yes|no)\b`,
		`(?i:A)b`, `(?a)\w+`, `[\s\S]`, `\x41\u00e9`, `(?P<a>x)?y`}
	subjects := []string{"", "a", "aaa", "ab", "abcd", "hello world 42 and 7", "555-1234", "foo bar foobar", "xaxx",
		"Hello World", "3.14 and 2.71", "HELLO", "line1\nline2\n", "'quoted' \"x\"", "ab ba bb", "abc\n", "user@example.com, a.b@c-d.org",
		"aabbcc", "été éé", "١٢٣ 123", "under_score x2", "$5.00 $13", "Ab AB ab", "AÉ", "xy y", "ño x‿y", "é_x", "Sure!\n```json\n{\"a\": 1,\n \"b\": [2]}\n```\nDone", " key=\"v w\" k2=x ", "YES, no. Nope"}
	for _, p := range patterns {
		for _, s := range subjects {
			p, s := p, s
			for _, fn := range []string{"match", "search", "fullmatch"} {
				fn := fn
				add("_d(re."+fn+"("+lit(p)+", "+lit(s)+"))", func() rt.Value { return describe(call(fn, []rt.Value{p, s})) })
			}
			add("re.findall("+lit(p)+", "+lit(s)+")", func() rt.Value { return call("findall", []rt.Value{p, s}) })
			add("[m.span() for m in re.finditer("+lit(p)+", "+lit(s)+")]", func() rt.Value {
				var out []rt.Value
				it := rt.Iter(call("finditer", []rt.Value{p, s}))
				for {
					x, ok := it.Next()
					if !ok {
						break
					}
					out = append(out, rt.CallMethod(x, "span", nil, nil))
				}
				return rt.NewList(out)
			})
			add("re.sub("+lit(p)+", '<\\\\g<0>>', "+lit(s)+")", func() rt.Value { return call("sub", []rt.Value{p, `<\g<0>>`, s}) })
			add("re.split("+lit(p)+", "+lit(s)+")", func() rt.Value { return call("split", []rt.Value{p, s}) })
		}
	}
	// Templates, counts, functions.
	add(`re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar')`, func() rt.Value { return call("sub", []rt.Value{`(\w+) (\w+)`, `\2 \1`, "hello world foo bar"}) })
	add(`re.sub(r'(?P<a>\w+)', r'[\g<a>]', 'x y')`, func() rt.Value { return call("sub", []rt.Value{`(?P<a>\w+)`, `[\g<a>]`, "x y"}) })
	add(`re.sub(r'a', r'\n\t\\', 'bab')`, func() rt.Value { return call("sub", []rt.Value{`a`, `\n\t\\`, "bab"}) })
	add(`re.sub(r'a', r'\q', 'bab')`, func() rt.Value { return call("sub", []rt.Value{`a`, `\q`, "bab"}) })
	add(`re.sub(r'a', r'\.', 'bab')`, func() rt.Value { return call("sub", []rt.Value{`a`, `\.`, "bab"}) })
	add(`re.sub(r'(a)', r'\2', 'bab')`, func() rt.Value { return call("sub", []rt.Value{`(a)`, `\2`, "bab"}) })
	add(`re.sub(r'(a)', r'\g<x>', 'bab')`, func() rt.Value { return call("sub", []rt.Value{`(a)`, `\g<x>`, "bab"}) })
	add(`re.sub(r'(a)', r'\g<1', 'bab')`, func() rt.Value { return call("sub", []rt.Value{`(a)`, `\g<1`, "bab"}) })
	add(`re.sub(r'(a)|b', r'[\1]', 'ab')`, func() rt.Value { return call("sub", []rt.Value{`(a)|b`, `[\1]`, "ab"}) })
	add(`re.sub('a', 'x', 'aaaa', count=2)`, func() rt.Value { return call("sub", []rt.Value{"a", "x", "aaaa"}, rt.KW{Name: "count", Value: i(2)}) })
	add(`re.subn('a', 'x', 'aaaa')`, func() rt.Value { return call("subn", []rt.Value{"a", "x", "aaaa"}) })
	add(`re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333')`, func() rt.Value {
		f := &rt.Builtin{Name: "f", Fn: func(a []rt.Value, _ []rt.KW) rt.Value {
			g := rt.CallMethod(a[0], "group", nil, nil).(string)
			n := rt.IntFromString(g, 10)
			return n.Mul(i(2)).String()
		}}
		return call("sub", []rt.Value{`\d+`, f, "a1b22c333"})
	})
	add(`re.split(r'(,)(\s)?', 'a, b,c', maxsplit=1)`, func() rt.Value {
		return call("split", []rt.Value{`(,)(\s)?`, "a, b,c"}, rt.KW{Name: "maxsplit", Value: i(1)})
	})
	add(`re.split(r'\s*', 'a b  c')`, func() rt.Value { return call("split", []rt.Value{`\s*`, "a b  c"}) })
	add(`re.escape('a.b*c?d[e]f{g}h(i)j|k^l$m\\n o-p#q&r~s\tt')`, func() rt.Value {
		return call("escape", []rt.Value{"a.b*c?d[e]f{g}h(i)j|k^l$m\\n o-p#q&r~s\tt"})
	})
	add(`re.escape('é_x1')`, func() rt.Value { return call("escape", []rt.Value{"é_x1"}) })
	// Pattern and Match objects.
	add(`re.compile(r'(?P<a>x)(y)', re.I | re.M)`, func() rt.Value {
		return call("compile", []rt.Value{`(?P<a>x)(y)`, i(FlagIgnoreCase | FlagMultiline)})
	})
	add(`re.compile('abc')`, func() rt.Value { return call("compile", []rt.Value{`abc`}) })
	add(`(lambda p: (p.pattern, p.flags, p.groups, dict(p.groupindex)))(re.compile(r'(?P<a>x)(y)(?P<b>z)', re.S))`, func() rt.Value {
		p := call("compile", []rt.Value{`(?P<a>x)(y)(?P<b>z)`, i(FlagDotAll)})
		return rt.NewTuple(rt.GetAttr(p, "pattern"), rt.GetAttr(p, "flags"), rt.GetAttr(p, "groups"), rt.GetAttr(p, "groupindex"))
	})
	add(`re.search(r'(?P<y>\d{4})-(?P<m>\d\d)', 'on 2024-11-26')`, func() rt.Value { return call("search", []rt.Value{`(?P<y>\d{4})-(?P<m>\d\d)`, "on 2024-11-26"}) })
	mt := func() rt.Value { return call("search", []rt.Value{`(?P<y>\d{4})-(?P<m>\d\d)(x)?`, "on 2024-11-26"}) }
	add(`(lambda m: (m.group(1, 'm'), m['y'], m[0], m.start('m'), m.end(2), m.span(3), m.groups('-'), m.pos, m.endpos, m.string, m.re.pattern))(re.search(r'(?P<y>\d{4})-(?P<m>\d\d)(x)?', 'on 2024-11-26'))`, func() rt.Value {
		x := mt()
		return rt.NewTuple(rt.CallMethod(x, "group", []rt.Value{i(1), "m"}, nil), rt.GetItem(x, "y"), rt.GetItem(x, i(0)),
			rt.CallMethod(x, "start", []rt.Value{"m"}, nil), rt.CallMethod(x, "end", []rt.Value{i(2)}, nil), rt.CallMethod(x, "span", []rt.Value{i(3)}, nil),
			rt.CallMethod(x, "groups", []rt.Value{"-"}, nil), rt.GetAttr(x, "pos"), rt.GetAttr(x, "endpos"), rt.GetAttr(x, "string"),
			rt.GetAttr(rt.GetAttr(x, "re"), "pattern"))
	})
	add(`re.search('a', 'a').group(2)`, func() rt.Value {
		return rt.CallMethod(call("search", []rt.Value{"a", "a"}), "group", []rt.Value{i(2)}, nil)
	})
	add(`re.search('a', 'a').group('x')`, func() rt.Value {
		return rt.CallMethod(call("search", []rt.Value{"a", "a"}), "group", []rt.Value{"x"}, nil)
	})
	add(`re.search(r'(?P<n>\d+)', 'ab12').expand(r'<\g<n>\1>')`, func() rt.Value {
		return rt.CallMethod(call("search", []rt.Value{`(?P<n>\d+)`, "ab12"}), "expand", []rt.Value{`<\g<n>\1>`}, nil)
	})
	pc := func(p string) rt.Value { return call("compile", []rt.Value{p}) }
	add(`re.compile(r'\d').match('a1b2', 1)`, func() rt.Value { return rt.CallMethod(pc(`\d`), "match", []rt.Value{"a1b2", i(1)}, nil) })
	add(`re.compile(r'^\d').search('a1b2', 1)`, func() rt.Value { return rt.CallMethod(pc(`^\d`), "search", []rt.Value{"a1b2", i(1)}, nil) })
	add(`re.compile(r'\d$').search('a1b2', 0, 2)`, func() rt.Value { return rt.CallMethod(pc(`\d$`), "search", []rt.Value{"a1b2", i(0), i(2)}, nil) })
	add(`re.compile(r'\w+').findall('ab cd ef', 1, 7)`, func() rt.Value { return rt.CallMethod(pc(`\w+`), "findall", []rt.Value{"ab cd ef", i(1), i(7)}, nil) })
	add(`re.compile(r'\w+').fullmatch('abc', 0, 2)`, func() rt.Value { return rt.CallMethod(pc(`\w+`), "fullmatch", []rt.Value{"abc", i(0), i(2)}, nil) })
	add(`re.compile(r'b').sub('x', 'abcb', 1)`, func() rt.Value { return rt.CallMethod(pc(`b`), "sub", []rt.Value{"x", "abcb", i(1)}, nil) })
	add(`re.compile(r',').split('a,b,c', 1)`, func() rt.Value { return rt.CallMethod(pc(`,`), "split", []rt.Value{"a,b,c", i(1)}, nil) })
	add(`re.match('a', 'A', re.IGNORECASE)`, func() rt.Value { return call("match", []rt.Value{"a", "A", i(FlagIgnoreCase)}) })
	add(`re.findall('^x', 'x\nx', re.MULTILINE)`, func() rt.Value { return call("findall", []rt.Value{"^x", "x\nx", i(FlagMultiline)}) })
	add(`re.findall('.', 'a\nb', re.DOTALL)`, func() rt.Value { return call("findall", []rt.Value{".", "a\nb", i(FlagDotAll)}) })
	add(`re.findall(r'\w+', 'é x', re.ASCII)`, func() rt.Value { return call("findall", []rt.Value{`\w+`, "é x", i(FlagASCII)}) })
	add(`re.findall(' a b ', 'ab', re.VERBOSE)`, func() rt.Value { return call("findall", []rt.Value{" a b ", "ab", i(FlagVerbose)}) })
	add(`(re.I, re.M, re.S, re.X, re.A, re.IGNORECASE) == (2, 8, 16, 64, 256, 2)`, func() rt.Value { return true })
	add(`re.match(b'a+', b'aab').group()`, func() rt.Value {
		return rt.CallMethod(call("match", []rt.Value{rt.Bytes("a+"), rt.Bytes("aab")}), "group", nil, nil)
	})
	add(`re.match('a', 5)`, func() rt.Value { return call("match", []rt.Value{"a", i(5)}) })
	// Pattern errors.
	for _, p := range []string{`(`, `)`, `[a`, `a**`, `\e`, `(?P<1a>x)`, `(?P<a>x)(?P<a>y)`, `(?P=nope)`, `a{3,2}`, `\`, `(?<n>x)`,
		`x(?i)y`, `\1`, `(?Px)`, `\N`, `[z-a]`, `*a`, `\x4`, `(?#c)x`, `(a)(?(1)b|c)`} {
		p := p
		add("_e("+lit(p)+")", func() rt.Value {
			var out rt.Value
			if exc := rt.Catch(func() { out = call("compile", []rt.Value{p}) }); exc != nil {
				return rt.NewTuple("error", exc.Message())
			}
			return rt.GetAttr(out, "pattern")
		})
	}
	pycase.CheckWithSetup(t, `
def _d(m):
    if m is None:
        return None
    return (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)
def _e(p):
    try:
        return re.compile(p).pattern
    except re.error as e:
        return ('error', str(e))
`, cases)
}
