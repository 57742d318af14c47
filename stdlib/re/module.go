package re

import (
	"math"
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// templateItem is a literal (group < 0) or a group reference.
type templateItem struct {
	lit   string
	group int
}

// parseTemplate is sre_parse.parse_template: the replacement string with
// its escapes and group references, raising re.error as CPython does.
func (p *Pattern) parseTemplate(repl string) []templateItem {
	src := []rune(repl)
	var items []templateItem
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			items = append(items, templateItem{lit: lit.String(), group: -1})
			lit.Reset()
		}
	}
	addGroup := func(n int, pos int) {
		if n > p.t.groups {
			raiseError("invalid group reference "+strconv.Itoa(n), repl, pos)
		}
		flush()
		items = append(items, templateItem{group: n})
	}
	i := 0
	for i < len(src) {
		c := src[i]
		if c != '\\' {
			lit.WriteRune(c)
			i++
			continue
		}
		if i+1 >= len(src) {
			raiseError("bad escape (end of pattern)", repl, i)
		}
		e := src[i+1]
		start := i
		i += 2
		switch {
		case e == 'g':
			if i >= len(src) || src[i] != '<' {
				raiseError("missing <", repl, i)
			}
			end := i + 1
			for end < len(src) && src[end] != '>' {
				end++
			}
			name := string(src[i+1 : min(end, len(src))])
			if end >= len(src) {
				if name == "" {
					raiseError("missing group name", repl, i+1)
				}
				raiseError("missing >, unterminated name", repl, i+1)
			}
			if name == "" {
				raiseError("missing group name", repl, i+1)
			}
			i = end + 1
			if n, err := strconv.Atoi(name); err == nil && isASCIIDigits(name) {
				addGroup(n, i-len([]rune(name))-1)
				continue
			}
			if !isIdent(name) {
				raiseError("bad character in group name "+quote(name), repl, i-len([]rune(name))-1)
			}
			n, ok := p.t.names[name]
			if !ok {
				rt.Raisef(rt.IndexError, "unknown group name '", name, "'")
			}
			addGroup(n, 0)
		case e == '0':
			v := 0
			for k := 0; k < 2 && i < len(src) && src[i] >= '0' && src[i] <= '7'; k++ {
				v = v*8 + int(src[i]-'0')
				i++
			}
			lit.WriteRune(rune(v & 0xff))
		case e >= '1' && e <= '9':
			digits := string(e)
			if i < len(src) && src[i] >= '0' && src[i] <= '9' {
				digits += string(src[i])
				i++
				if e <= '7' && digits[1] <= '7' && i < len(src) && src[i] >= '0' && src[i] <= '7' {
					digits += string(src[i])
					i++
					v, _ := strconv.ParseInt(digits, 8, 32)
					if v > 0o377 {
						raiseError("octal escape value \\"+digits+" outside of range 0-0o377", repl, start)
					}
					lit.WriteRune(rune(v))
					continue
				}
			}
			n, _ := strconv.Atoi(digits)
			addGroup(n, start+1)
		default:
			switch e {
			case 'a':
				lit.WriteByte(7)
			case 'b':
				lit.WriteByte(8)
			case 'f':
				lit.WriteByte(12)
			case 'n':
				lit.WriteByte('\n')
			case 'r':
				lit.WriteByte('\r')
			case 't':
				lit.WriteByte('\t')
			case 'v':
				lit.WriteByte(11)
			case '\\':
				lit.WriteByte('\\')
			default:
				if e < 128 && (e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z') {
					raiseError("bad escape \\"+string(e), repl, start)
				}
				lit.WriteRune('\\')
				lit.WriteRune(e)
			}
		}
	}
	flush()
	return items
}

func isASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// expand renders a parsed template for match m.
func (m *Match) expand(items []templateItem) string {
	var b strings.Builder
	for _, it := range items {
		if it.group < 0 {
			b.WriteString(it.lit)
			continue
		}
		if g := m.Group(it.group); g != rt.None {
			b.WriteString(rt.Str(g))
		}
	}
	return b.String()
}

// Subn is pattern.subn(repl, string, count): the new string and the number
// of substitutions.
func (p *Pattern) Subn(repl rt.Value, v rt.Value, count int) (string, int) {
	str, ok := v.(string)
	if !ok {
		if _, isB := v.(rt.Bytes); !isB {
			rt.Raisef(rt.TypeError, "expected string or bytes-like object, got '", rt.TypeName(v), "'")
		}
		str = string(v.(rt.Bytes))
	}
	var items []templateItem
	fn := repl
	if rs, ok := repl.(string); ok {
		fn = nil
		if !strings.ContainsRune(rs, '\\') {
			items = []templateItem{{lit: rs, group: -1}}
		} else {
			items = p.parseTemplate(rs)
		}
	} else if _, ok := repl.(rt.Bytes); ok {
		fn = nil
		items = p.parseTemplate(string(repl.(rt.Bytes)))
	}
	if fn == nil && count == 0 && len(items) <= 1 && (len(items) == 0 || items[0].group < 0) && p.goSearch != nil {
		if _, isStr := v.(string); isStr {
			// A literal replacement on Go's engine (no empty matches there).
			lit := ""
			if len(items) == 1 {
				lit = items[0].lit
			}
			n := 0
			out := p.goSearch.ReplaceAllStringFunc(str, func(string) string {
				n++
				fuel.Charge(GoMatchCost)
				rt.ChargeBytes(len(lit))
				return lit
			})
			rt.ChargeBytes(len(out))
			return out, n
		}
	}
	var runes []rune
	var b strings.Builder
	last, lastB, n := 0, 0, 0
	p.iterate(v, 0, math.MaxInt32, count, func(m *Match) bool {
		if m.bsp != nil {
			b.WriteString(str[lastB:m.bsp[0]])
			lastB = m.bsp[1]
		} else {
			if runes == nil {
				runes = m.runes
			}
			b.WriteString(string(runes[last:m.spans[0]]))
			last = m.spans[1]
		}
		if fn != nil {
			r := rt.Call(fn, []rt.Value{m}, nil)
			rs, ok := r.(string)
			if !ok {
				rt.Raisef(rt.TypeError, "expected str instance, ", rt.TypeName(r), " found")
			}
			rt.ChargeBytes(len(rs))
			b.WriteString(rs)
		} else {
			rs := m.expand(items)
			rt.ChargeBytes(len(rs))
			b.WriteString(rs)
		}
		n++
		return true
	})
	if runes != nil {
		b.WriteString(string(runes[last:]))
	} else {
		b.WriteString(str[lastB:])
	}
	rt.ChargeBytes(b.Len())
	return b.String(), n
}

// Split is pattern.split(string, maxsplit).
func (p *Pattern) Split(v rt.Value, maxsplit int) *rt.List {
	if maxsplit < 0 {
		return rt.NewList([]rt.Value{v})
	}
	var out []rt.Value
	var runes []rune
	str, _ := v.(string)
	last, lastB, usedRunes := 0, 0, false
	p.iterate(v, 0, math.MaxInt32, maxsplit, func(m *Match) bool {
		if m.bsp != nil {
			out = append(out, str[lastB:m.bsp[0]])
			lastB = m.bsp[1]
		} else {
			runes, usedRunes = m.runes, true
			out = append(out, sliceOf(v, runes, last, m.spans[0]))
			last = m.spans[1]
		}
		for g := 1; g <= p.t.groups; g++ {
			out = append(out, m.Group(g))
		}
		return true
	})
	switch {
	case usedRunes:
		out = append(out, sliceOf(v, runes, last, len(runes)))
	case str != "" || lastB > 0:
		out = append(out, str[lastB:]) // Go's engine, or no match in a str
	default:
		s := toSubject(v) // empty str, or bytes without a match
		out = append(out, sliceOf(v, s.runes, 0, len(s.runes)))
	}
	return rt.NewList(out)
}

// FindAll is pattern.findall(string, pos, endpos).
func (p *Pattern) FindAll(v rt.Value, pos, endpos int) *rt.List {
	out := []rt.Value{}
	empty := sliceOf(v, nil, 0, 0)
	p.iterate(v, pos, endpos, 0, func(m *Match) bool {
		switch p.t.groups {
		case 0:
			out = append(out, m.Group(0))
		case 1:
			out = append(out, m.groupOr(1, empty))
		default:
			items := make([]rt.Value, p.t.groups)
			for g := range items {
				items[g] = m.groupOr(g+1, empty)
			}
			out = append(out, rt.NewTuple(items...))
		}
		return true
	})
	return rt.NewList(out)
}

// Escape is re.escape(s).
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// matchIterator is the iterator finditer returns (all matches are computed
// eagerly; the sequence is identical).
type matchIterator struct {
	items []rt.Value
	i     int
}

var callableIteratorType = rt.NewClass("callable_iterator", "builtins")

func (it *matchIterator) Class() *rt.Class { return callableIteratorType }

func (it *matchIterator) Next() (rt.Value, bool) {
	if it.i >= len(it.items) {
		return nil, false
	}
	it.i++
	return it.items[it.i-1], true
}

func (p *Pattern) finditer(v rt.Value, pos, endpos int) *matchIterator {
	it := &matchIterator{}
	p.iterate(v, pos, endpos, 0, func(m *Match) bool {
		it.items = append(it.items, m)
		return true
	})
	return it
}

func patternArg(v rt.Value, flags int) *Pattern {
	switch x := v.(type) {
	case *Pattern:
		if flags != 0 {
			rt.Raise(rt.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return x
	case string:
		return Compile(x, flags)
	case rt.Bytes:
		return Compile(string(x), flags)
	}
	rt.Raise(rt.TypeError, "first argument must be string or compiled pattern")
	return nil
}

func flagsArg(v rt.Value) int {
	if v == nil {
		return 0
	}
	return int(stdutil.Int(v))
}

func intArg(v rt.Value, def int) int {
	if v == nil {
		return def
	}
	n, ok := stdutil.ToInt(v)
	if !ok {
		rt.Raisef(rt.TypeError, "'", rt.TypeName(v), "' object cannot be interpreted as an integer")
	}
	k, ok := n.Int64()
	if !ok || k > math.MaxInt32 {
		if n.Sign() < 0 {
			return math.MinInt32
		}
		return math.MaxInt32
	}
	if k < math.MinInt32 {
		return math.MinInt32
	}
	return int(k)
}

func matchOrNone(m *Match) rt.Value {
	if m == nil {
		return rt.None
	}
	return m
}

var (
	pModMatch  = &rt.Params{Func: "match", Names: []string{"pattern", "string", "flags"}, Required: 2}
	pModSub    = &rt.Params{Func: "sub", Names: []string{"pattern", "repl", "string", "count", "flags"}, Required: 3}
	pModSplit  = &rt.Params{Func: "split", Names: []string{"pattern", "string", "maxsplit", "flags"}, Required: 2}
	pCompile   = &rt.Params{Func: "compile", Names: []string{"pattern", "flags"}, Required: 1}
	pPatMatch  = &rt.Params{Func: "match", Names: []string{"string", "pos", "endpos"}, Required: 1}
	pPatSub    = &rt.Params{Func: "sub", Names: []string{"repl", "string", "count"}, Required: 2}
	pPatSplit  = &rt.Params{Func: "split", Names: []string{"string", "maxsplit"}, Required: 1}
	pGroupsDef = &rt.Params{Func: "groups", Names: []string{"default"}}
)

func modMatch(name string, k kind) rt.BuiltinFunc {
	p := &rt.Params{Func: name, Names: pModMatch.Names, Required: 2}
	return func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var pat, s, fl rt.Value
		p.Unpack(args, kwargs, &pat, &s, &fl)
		return matchOrNone(patternArg(pat, flagsArg(fl)).Exec(k, s, 0, math.MaxInt32))
	}
}

// Module returns a fresh re module.
func Module() *rt.Module {
	m := rt.NewModule("re")
	m.Func("compile", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var pat, fl rt.Value
		pCompile.Unpack(args, kwargs, &pat, &fl)
		return patternArg(pat, flagsArg(fl))
	})
	m.Func("match", modMatch("match", kindMatch))
	m.Func("fullmatch", modMatch("fullmatch", kindFull))
	m.Func("search", modMatch("search", kindSearch))
	m.Func("findall", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var pat, s, fl rt.Value
		(&rt.Params{Func: "findall", Names: pModMatch.Names, Required: 2}).Unpack(args, kwargs, &pat, &s, &fl)
		return patternArg(pat, flagsArg(fl)).FindAll(s, 0, math.MaxInt32)
	})
	m.Func("finditer", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var pat, s, fl rt.Value
		(&rt.Params{Func: "finditer", Names: pModMatch.Names, Required: 2}).Unpack(args, kwargs, &pat, &s, &fl)
		return patternArg(pat, flagsArg(fl)).finditer(s, 0, math.MaxInt32)
	})
	for _, name := range []string{"sub", "subn"} {
		name := name
		p := &rt.Params{Func: name, Names: pModSub.Names, Required: 3}
		m.Func(name, func(args []rt.Value, kwargs []rt.KW) rt.Value {
			var pat, repl, s, count, fl rt.Value
			p.Unpack(args, kwargs, &pat, &repl, &s, &count, &fl)
			out, n := patternArg(pat, flagsArg(fl)).Subn(repl, s, intArg(count, 0))
			var res rt.Value = out
			if _, ok := s.(rt.Bytes); ok {
				res = rt.Bytes(out)
			}
			if name == "subn" {
				return rt.NewTuple(res, rt.IntFromInt64(int64(n)))
			}
			return res
		})
	}
	m.Func("split", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var pat, s, maxsplit, fl rt.Value
		pModSplit.Unpack(args, kwargs, &pat, &s, &maxsplit, &fl)
		return patternArg(pat, flagsArg(fl)).Split(s, intArg(maxsplit, 0))
	})
	m.Func("escape", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s rt.Value
		(&rt.Params{Func: "escape", Names: []string{"pattern"}, Required: 1}).Unpack(args, kwargs, &s)
		switch x := s.(type) {
		case string:
			return Escape(x)
		case rt.Bytes:
			return rt.Bytes(Escape(string(x)))
		}
		rt.Raisef(rt.TypeError, "expected string or bytes-like object, got '", rt.TypeName(s), "'")
		return nil
	})
	m.Func("purge", func(args []rt.Value, kwargs []rt.KW) rt.Value { cache = map[cacheKey]*Pattern{}; return rt.None })
	for _, f := range []struct {
		long, short string
		v           int
	}{{"IGNORECASE", "I", FlagIgnoreCase}, {"MULTILINE", "M", FlagMultiline}, {"DOTALL", "S", FlagDotAll},
		{"VERBOSE", "X", FlagVerbose}, {"ASCII", "A", FlagASCII}, {"UNICODE", "U", FlagUnicode}, {"LOCALE", "L", FlagLocale}} {
		m.Set(f.long, rt.IntFromInt64(int64(f.v)))
		m.Set(f.short, rt.IntFromInt64(int64(f.v)))
	}
	m.Set("NOFLAG", rt.IntFromInt64(0))
	m.Set("error", Error)
	m.Set("PatternError", Error)
	m.Set("Pattern", PatternType)
	m.Set("Match", MatchType)
	return m
}

var flagNames = []struct {
	name string
	v    int
}{{"re.IGNORECASE", FlagIgnoreCase}, {"re.LOCALE", FlagLocale}, {"re.MULTILINE", FlagMultiline}, {"re.DOTALL", FlagDotAll},
	{"re.UNICODE", FlagUnicode}, {"re.VERBOSE", FlagVerbose}, {"re.DEBUG", FlagDebug}, {"re.ASCII", FlagASCII}}

func init() {
	c := PatternType
	c.Slots.Repr = func(v rt.Value) string {
		p := v.(*Pattern)
		src := rt.Repr(p.Source)
		if len(src) > 200 {
			src = src[:200]
		}
		s := "re.compile(" + src
		var parts []string
		for _, f := range flagNames {
			if p.Flags&f.v != 0 && !(f.v == FlagUnicode) {
				parts = append(parts, f.name)
			}
		}
		if len(parts) > 0 {
			s += ", " + strings.Join(parts, "|")
		}
		return s + ")"
	}
	c.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		p := v.(*Pattern)
		switch name {
		case "pattern":
			return p.Source, true
		case "flags":
			return rt.IntFromInt64(int64(p.Flags)), true
		case "groups":
			return rt.IntFromInt64(int64(p.t.groups)), true
		case "groupindex":
			d := rt.NewDict(len(p.t.nameOrder))
			for _, n := range p.t.nameOrder {
				d.Set(n, rt.IntFromInt64(int64(p.t.names[n])))
			}
			return d, true
		}
		return nil, false
	}
	c.Slots.Hash = func(v rt.Value) int64 { return rt.HashStr(v.(*Pattern).Source) ^ int64(v.(*Pattern).Flags) }
	c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		pa, ok1 := a.(*Pattern)
		pb, ok2 := b.(*Pattern)
		if !ok1 || !ok2 || (op != rt.OpEQ && op != rt.OpNE) {
			return rt.NotImplemented
		}
		eq := pa.Source == pb.Source && pa.Flags == pb.Flags
		return eq == (op == rt.OpEQ)
	}
	for _, k := range []struct {
		name string
		k    kind
	}{{"match", kindMatch}, {"fullmatch", kindFull}, {"search", kindSearch}} {
		k := k
		p := &rt.Params{Func: k.name, Names: pPatMatch.Names, Required: 1}
		c.AddMethod(k.name, func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			var s, pos, endpos rt.Value
			p.Unpack(args, kwargs, &s, &pos, &endpos)
			return matchOrNone(self.(*Pattern).Exec(k.k, s, intArg(pos, 0), intArg(endpos, math.MaxInt32)))
		})
	}
	c.AddMethod("findall", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, pos, endpos rt.Value
		(&rt.Params{Func: "findall", Names: pPatMatch.Names, Required: 1}).Unpack(args, kwargs, &s, &pos, &endpos)
		return self.(*Pattern).FindAll(s, intArg(pos, 0), intArg(endpos, math.MaxInt32))
	})
	c.AddMethod("finditer", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, pos, endpos rt.Value
		(&rt.Params{Func: "finditer", Names: pPatMatch.Names, Required: 1}).Unpack(args, kwargs, &s, &pos, &endpos)
		return self.(*Pattern).finditer(s, intArg(pos, 0), intArg(endpos, math.MaxInt32))
	})
	for _, name := range []string{"sub", "subn"} {
		name := name
		p := &rt.Params{Func: name, Names: pPatSub.Names, Required: 2}
		c.AddMethod(name, func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			var repl, s, count rt.Value
			p.Unpack(args, kwargs, &repl, &s, &count)
			out, n := self.(*Pattern).Subn(repl, s, intArg(count, 0))
			var res rt.Value = out
			if _, ok := s.(rt.Bytes); ok {
				res = rt.Bytes(out)
			}
			if name == "subn" {
				return rt.NewTuple(res, rt.IntFromInt64(int64(n)))
			}
			return res
		})
	}
	c.AddMethod("split", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, maxsplit rt.Value
		pPatSplit.Unpack(args, kwargs, &s, &maxsplit)
		return self.(*Pattern).Split(s, intArg(maxsplit, 0))
	})

	callableIteratorType.Slots.Iter = func(v rt.Value) rt.Iterator { return v.(*matchIterator) }
	mc := MatchType
	mc.Slots.Repr = func(v rt.Value) string { return v.(*Match).Repr() }
	mc.Slots.Bool = func(v rt.Value) bool { return true }
	mc.Slots.GetItem = func(v, key rt.Value) rt.Value {
		m := v.(*Match)
		return m.Group(m.groupIndex(key))
	}
	mc.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		m := v.(*Match)
		switch name {
		case "string":
			return m.Subject, true
		case "re":
			return m.Pattern, true
		case "pos":
			return rt.IntFromInt64(int64(m.Pos)), true
		case "endpos":
			return rt.IntFromInt64(int64(m.EndPos)), true
		case "lastindex", "lastgroup":
			// The group that closed last: the matched group with the
			// greatest end, the outermost on ties.
			best, bestEnd := -1, -1
			for g := 1; g <= m.Pattern.t.groups; g++ {
				if m.spans[2*g] < 0 {
					continue
				}
				end := m.spans[2*g+1]
				if end > bestEnd || (end == bestEnd && !m.Pattern.t.isAncestor(best, g)) {
					best, bestEnd = g, end
				}
			}
			if best < 0 {
				return rt.None, true
			}
			if name == "lastindex" {
				return rt.IntFromInt64(int64(best)), true
			}
			for _, n := range m.Pattern.t.nameOrder {
				if m.Pattern.t.names[n] == best {
					return n, true
				}
			}
			return rt.None, true
		}
		return nil, false
	}
	mc.AddMethod("group", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		rt.NoKwargs("group", kwargs)
		m := self.(*Match)
		switch len(args) {
		case 0:
			return m.Group(0)
		case 1:
			return m.Group(m.groupIndex(args[0]))
		}
		items := make([]rt.Value, len(args))
		for k, a := range args {
			items[k] = m.Group(m.groupIndex(a))
		}
		return rt.NewTuple(items...)
	})
	mc.AddMethod("groups", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var def rt.Value
		pGroupsDef.Unpack(args, kwargs, &def)
		if def == nil {
			def = rt.None
		}
		m := self.(*Match)
		items := make([]rt.Value, m.Pattern.t.groups)
		for g := range items {
			items[g] = m.groupOr(g+1, def)
		}
		return rt.NewTuple(items...)
	})
	mc.AddMethod("groupdict", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var def rt.Value
		(&rt.Params{Func: "groupdict", Names: []string{"default"}}).Unpack(args, kwargs, &def)
		if def == nil {
			def = rt.None
		}
		m := self.(*Match)
		d := rt.NewDict(len(m.Pattern.t.nameOrder))
		for _, n := range m.Pattern.t.nameOrder {
			d.Set(n, m.groupOr(m.Pattern.t.names[n], def))
		}
		return d
	})
	spanOf := func(name string, f func(lo, hi int) rt.Value) {
		mc.AddMethod(name, func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			stdutil.Arity(name, args, kwargs, 0, 1)
			m := self.(*Match)
			g := 0
			if len(args) == 1 {
				g = m.groupIndex(args[0])
			}
			return f(m.spans[2*g], m.spans[2*g+1])
		})
	}
	spanOf("start", func(lo, hi int) rt.Value { return rt.IntFromInt64(int64(lo)) })
	spanOf("end", func(lo, hi int) rt.Value { return rt.IntFromInt64(int64(hi)) })
	spanOf("span", func(lo, hi int) rt.Value { return rt.NewTuple(rt.IntFromInt64(int64(lo)), rt.IntFromInt64(int64(hi))) })
	mc.AddMethod("expand", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("expand", args, kwargs, 1, 1)
		m := self.(*Match)
		t, ok := args[0].(string)
		if !ok {
			rt.Raisef(rt.TypeError, "expected str instance, ", rt.TypeName(args[0]), " found")
		}
		return m.expand(m.Pattern.parseTemplate(t))
	})
}
