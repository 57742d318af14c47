package pyexpr

import (
	"fmt"

	"github.com/genvm-go/genvm/rt"
)

type node struct {
	f     func(e *Env) rt.Value
	c     rt.Value // non-nil for a constant (for CPython's display folding)
	isVar string   // name, for assignment targets
	star  bool     // *expr in a call or display
}

func (n *node) eval(e *Env) rt.Value { return n.f(e) }

func constNode(v rt.Value) *node { return &node{f: func(*Env) rt.Value { return v }, c: v} }

type parser struct {
	toks []token
	pos  int
	src  string
}

func (p *parser) peek() token { return p.toks[p.pos] }
func (p *parser) next() token { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) is(text string) bool {
	t := p.peek()
	return (t.kind == tOp || t.kind == tName) && t.text == text
}

func (p *parser) accept(text string) bool {
	if p.is(text) {
		p.pos++
		return true
	}
	return false
}

func (p *parser) expect(text string) {
	if !p.accept(text) {
		panic(fmt.Sprintf("pyexpr: expected %q at %q in %q", text, p.peek().text, p.src))
	}
}

func (p *parser) namedExpr() *node {
	if p.peek().kind == tName && p.toks[p.pos+1].text == ":=" {
		name := p.next().text
		p.next()
		v := p.expr()
		return &node{f: func(e *Env) rt.Value {
			x := v.eval(e)
			e.top().Set(name, x)
			return x
		}}
	}
	return p.expr()
}

func (p *parser) expr() *node {
	if p.accept("lambda") {
		var params []string
		var defaults []*node
		for !p.is(":") {
			params = append(params, p.next().text)
			if p.accept("=") {
				defaults = append(defaults, p.expr())
			} else {
				defaults = append(defaults, nil)
			}
			if !p.accept(",") {
				break
			}
		}
		p.expect(":")
		body := p.expr()
		return &node{f: func(e *Env) rt.Value {
			defs := make([]rt.Value, len(defaults))
			for i, d := range defaults {
				if d != nil {
					defs[i] = d.eval(e)
				}
			}
			return &rt.Builtin{Name: "<lambda>", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
				le := &Env{vars: map[string]rt.Value{"\x00func": true}, parent: e}
				if len(args) > len(params) {
					rt.Raisef(rt.TypeError, "<lambda>() takes ", fmt.Sprint(len(params)), " positional arguments but ", fmt.Sprint(len(args)), " were given")
				}
				for i, name := range params {
					switch {
					case i < len(args):
						le.vars[name] = args[i]
					case defs[i] != nil:
						le.vars[name] = defs[i]
					}
				}
				for _, kw := range kwargs {
					le.vars[kw.Name] = kw.Value
				}
				for _, name := range params {
					if _, ok := le.vars[name]; !ok {
						rt.Raisef(rt.TypeError, "<lambda>() missing 1 required positional argument: '", name, "'")
					}
				}
				return body.eval(le)
			}}
		}}
	}
	x := p.orTest()
	if p.accept("if") {
		cond := p.orTest()
		p.expect("else")
		y := p.expr()
		return &node{f: func(e *Env) rt.Value {
			if rt.Truth(cond.eval(e)) {
				return x.eval(e)
			}
			return y.eval(e)
		}}
	}
	return x
}

func (p *parser) orTest() *node {
	x := p.andTest()
	for p.accept("or") {
		l, r := x, p.andTest()
		x = &node{f: func(e *Env) rt.Value {
			if v := l.eval(e); rt.Truth(v) {
				return v
			}
			return r.eval(e)
		}}
	}
	return x
}

func (p *parser) andTest() *node {
	x := p.notTest()
	for p.accept("and") {
		l, r := x, p.notTest()
		x = &node{f: func(e *Env) rt.Value {
			if v := l.eval(e); !rt.Truth(v) {
				return v
			}
			return r.eval(e)
		}}
	}
	return x
}

func (p *parser) notTest() *node {
	if p.accept("not") {
		x := p.notTest()
		return &node{f: func(e *Env) rt.Value { return !rt.Truth(x.eval(e)) }}
	}
	return p.comparison()
}

var cmpOps = map[string]rt.CompareOp{"<": rt.OpLT, "<=": rt.OpLE, "==": rt.OpEQ, "!=": rt.OpNE, ">": rt.OpGT, ">=": rt.OpGE}

func (p *parser) comparison() *node {
	first := p.bitOr()
	type step struct {
		op  string
		rhs *node
	}
	var steps []step
	for {
		var op string
		switch {
		case p.peek().kind == tOp && cmpOps[p.peek().text] != 0 || p.is("<"):
			op = p.next().text
		case p.is("in"):
			p.next()
			op = "in"
		case p.is("not") && p.toks[p.pos+1].text == "in":
			p.pos += 2
			op = "not in"
		case p.is("is"):
			p.next()
			op = "is"
			if p.accept("not") {
				op = "is not"
			}
		default:
			if len(steps) == 0 {
				return first
			}
			return &node{f: func(e *Env) rt.Value {
				l := first.eval(e)
				var r rt.Value
				for _, s := range steps {
					rv := s.rhs.eval(e)
					switch s.op {
					case "in":
						r = rt.Contains(rv, l)
					case "not in":
						r = !rt.Contains(rv, l)
					case "is":
						r = l == rv
					case "is not":
						r = l != rv
					default:
						r = rt.Compare(cmpOps[s.op], l, rv)
					}
					if !rt.Truth(r) {
						return r
					}
					l = rv
				}
				return r
			}}
		}
		steps = append(steps, step{op, p.bitOr()})
	}
}

func binNode(op rt.BinaryOp, l, r *node) *node {
	n := &node{f: func(e *Env) rt.Value { return rt.Binary(op, l.eval(e), r.eval(e)) }}
	if l.c != nil && r.c != nil {
		// CPython's AST optimiser folds operations on constants when they
		// succeed and the result stays small.
		var v rt.Value
		if rt.Catch(func() { v = rt.Binary(op, l.c, r.c) }) == nil {
			if i, ok := v.(rt.Int); !ok || i.BitLen() <= 128 {
				n.c = v
			}
		}
	}
	return n
}

func (p *parser) binLevel(next func() *node, ops map[string]rt.BinaryOp) *node {
	x := next()
	for {
		t := p.peek()
		op, ok := ops[t.text]
		if t.kind != tOp || !ok {
			return x
		}
		p.next()
		x = binNode(op, x, next())
	}
}

func (p *parser) bitOr() *node {
	return p.binLevel(p.bitXor, map[string]rt.BinaryOp{"|": rt.OpOr})
}
func (p *parser) bitXor() *node {
	return p.binLevel(p.bitAnd, map[string]rt.BinaryOp{"^": rt.OpXor})
}
func (p *parser) bitAnd() *node {
	return p.binLevel(p.shift, map[string]rt.BinaryOp{"&": rt.OpAnd})
}
func (p *parser) shift() *node {
	return p.binLevel(p.arith, map[string]rt.BinaryOp{"<<": rt.OpLShift, ">>": rt.OpRShift})
}
func (p *parser) arith() *node {
	return p.binLevel(p.term, map[string]rt.BinaryOp{"+": rt.OpAdd, "-": rt.OpSub})
}
func (p *parser) term() *node {
	return p.binLevel(p.factor, map[string]rt.BinaryOp{"*": rt.OpMul, "/": rt.OpTrueDiv, "//": rt.OpFloorDiv, "%": rt.OpMod, "@": rt.OpMatMul})
}

func (p *parser) factor() *node {
	for _, u := range []struct {
		s  string
		op rt.UnaryOp
	}{{"-", rt.OpNeg}, {"+", rt.OpPos}, {"~", rt.OpInvert}} {
		if p.peek().kind == tOp && p.accept(u.s) {
			x := p.factor()
			op := u.op
			n := &node{f: func(e *Env) rt.Value { return rt.Unary(op, x.eval(e)) }}
			if x.c != nil {
				switch x.c.(type) {
				case rt.Int, float64:
					n.c = rt.Unary(op, x.c)
				}
			}
			return n
		}
	}
	return p.power()
}

func (p *parser) power() *node {
	x := p.primary()
	if p.peek().kind == tOp && p.accept("**") {
		y := p.factor()
		return binNode(rt.OpPow, x, y)
	}
	return x
}

func (p *parser) primary() *node {
	x := p.atom()
	for {
		switch {
		case p.peek().kind == tOp && p.is("("):
			p.next()
			x = p.call(x)
		case p.peek().kind == tOp && p.is("["):
			p.next()
			x = p.subscript(x)
		case p.peek().kind == tOp && p.is("."):
			p.next()
			name := p.next().text
			obj := x
			if p.is("(") {
				p.next()
				args, kw := p.callArgs()
				x = &node{f: func(e *Env) rt.Value {
					o := obj.eval(e)
					a, k := evalArgs(e, name, args, kw)
					return rt.CallMethod(o, name, a, k)
				}}
				continue
			}
			x = &node{f: func(e *Env) rt.Value { return rt.GetAttr(obj.eval(e), name) }}
		default:
			return x
		}
	}
}

type kwNode struct {
	name string
	v    *node
}

func (p *parser) callArgs() ([]*node, []kwNode) {
	var args []*node
	var kws []kwNode
	for !p.accept(")") {
		if p.peek().kind == tName && p.toks[p.pos+1].text == "=" {
			name := p.next().text
			p.next()
			kws = append(kws, kwNode{name, p.expr()})
		} else if p.accept("**") {
			kws = append(kws, kwNode{"", p.expr()})
		} else if p.accept("*") {
			a := p.expr()
			a.star = true
			args = append(args, a)
		} else {
			a := p.namedExpr()
			if p.is("for") {
				a = p.comprehension(a, "gen")
			}
			args = append(args, a)
		}
		if !p.accept(",") {
			p.expect(")")
			break
		}
	}
	return args, kws
}

func evalArgs(e *Env, fname string, args []*node, kws []kwNode) ([]rt.Value, []rt.KW) {
	var a []rt.Value
	for _, n := range args {
		if n.star {
			a = append(a, rt.StarredArgs(fname, n.eval(e))...)
		} else {
			a = append(a, n.eval(e))
		}
	}
	var k []rt.KW
	for _, kw := range kws {
		if kw.name == "" {
			k = append(k, rt.KwargsFrom(fname, kw.v.eval(e))...)
			continue
		}
		k = append(k, rt.KW{Name: kw.name, Value: kw.v.eval(e)})
	}
	return a, k
}

func (p *parser) call(fn *node) *node {
	args, kws := p.callArgs()
	return &node{f: func(e *Env) rt.Value {
		f := fn.eval(e)
		fname := "function"
		switch x := f.(type) {
		case *rt.Builtin:
			fname = x.Name
		case *rt.Class:
			fname = x.Name
		}
		a, k := evalArgs(e, fname, args, kws)
		return rt.Call(f, a, k)
	}}
}

func (p *parser) sliceOrIndex() *node {
	var parts [3]*node
	isSlice := false
	for i := 0; i < 3; i++ {
		if !p.is(":") && !p.is("]") && !p.is(",") {
			parts[i] = p.namedExpr()
		}
		if i < 2 && p.accept(":") {
			isSlice = true
			continue
		}
		break
	}
	if !isSlice {
		return parts[0]
	}
	return &node{f: func(e *Env) rt.Value {
		var v [3]rt.Value
		for i, n := range parts {
			if n != nil {
				v[i] = n.eval(e)
			}
		}
		return rt.NewSlice(v[0], v[1], v[2])
	}}
}

func (p *parser) subscript(obj *node) *node {
	key := p.sliceOrIndex()
	if p.is(",") {
		keys := []*node{key}
		for p.accept(",") && !p.is("]") {
			keys = append(keys, p.sliceOrIndex())
		}
		key = tupleNode(keys)
	}
	p.expect("]")
	return &node{f: func(e *Env) rt.Value { return rt.GetItem(obj.eval(e), key.eval(e)) }}
}

func tupleNode(items []*node) *node {
	allConst := true
	for _, it := range items {
		if it.c == nil || it.star {
			allConst = false
		}
	}
	if allConst {
		vals := make([]rt.Value, len(items))
		for i, it := range items {
			vals[i] = it.c
		}
		return constNode(rt.NewTuple(vals...))
	}
	return &node{f: func(e *Env) rt.Value { return rt.NewTuple(evalItems(e, items)...) }}
}

func evalItems(e *Env, items []*node) []rt.Value {
	out := make([]rt.Value, 0, len(items))
	for _, n := range items {
		if n.star {
			out = append(out, rt.StarredItems(n.eval(e))...)
		} else {
			out = append(out, n.eval(e))
		}
	}
	return out
}

// displayItems parses comma-separated items up to close.
func (p *parser) displayItems(first *node, close string) []*node {
	items := []*node{first}
	for p.accept(",") && !p.is(close) {
		items = append(items, p.starOrExpr())
	}
	p.expect(close)
	return items
}

func (p *parser) starOrExpr() *node {
	if p.accept("*") {
		n := p.orTest()
		return &node{f: n.f, star: true}
	}
	return p.namedExpr()
}

func (p *parser) atom() *node {
	t := p.next()
	switch t.kind {
	case tNum:
		return constNode(t.val)
	case tStr, tBytes:
		v := t.val
		for p.peek().kind == t.kind {
			if t.kind == tStr {
				v = v.(string) + p.next().val.(string)
			} else {
				v = v.(rt.Bytes) + p.next().val.(rt.Bytes)
			}
		}
		return constNode(v)
	case tName:
		switch t.text {
		case "None":
			return constNode(rt.None)
		case "True":
			return constNode(true)
		case "False":
			return constNode(false)
		}
		name := t.text
		return &node{isVar: name, f: func(e *Env) rt.Value {
			v, ok := e.lookup(name)
			if !ok {
				rt.Raisef(rt.NameError, "name '", name, "' is not defined")
			}
			return v
		}}
	case tOp:
		switch t.text {
		case "...":
			return constNode(rt.Ellipsis)
		case "(":
			if p.accept(")") {
				return constNode(rt.EmptyTuple)
			}
			first := p.starOrExpr()
			if p.is("for") {
				g := p.comprehension(first, "gen")
				p.expect(")")
				return g
			}
			if p.accept(")") {
				if first.star {
					panic("pyexpr: starred expression in parentheses")
				}
				return first
			}
			p.expect(",")
			items := []*node{first}
			for !p.accept(")") {
				items = append(items, p.starOrExpr())
				if !p.accept(",") {
					p.expect(")")
					break
				}
			}
			return tupleNode(items)
		case "[":
			if p.accept("]") {
				return &node{f: func(*Env) rt.Value { return rt.NewList(nil) }}
			}
			first := p.starOrExpr()
			if p.is("for") {
				c := p.comprehension(first, "list")
				p.expect("]")
				return c
			}
			items := p.displayItems(first, "]")
			return &node{f: func(e *Env) rt.Value { return rt.NewList(evalItems(e, items)) }}
		case "{":
			return p.braces()
		}
	}
	panic(fmt.Sprintf("pyexpr: unexpected %q in %q", t.text, p.src))
}

func (p *parser) braces() *node {
	if p.accept("}") {
		return &node{f: func(*Env) rt.Value { return rt.NewDict(0) }}
	}
	if p.accept("**") {
		first := p.bitOr()
		return p.dictRest(nil, first)
	}
	first := p.starOrExpr()
	if p.accept(":") {
		v := p.expr()
		if p.is("for") {
			c := p.comprehension(&node{f: func(e *Env) rt.Value {
				return rt.NewTuple(first.eval(e), v.eval(e))
			}}, "dict")
			p.expect("}")
			return c
		}
		return p.dictRest(first, v)
	}
	if p.is("for") {
		c := p.comprehension(first, "set")
		p.expect("}")
		return c
	}
	items := p.displayItems(first, "}")
	allConst := len(items) > 2
	for _, it := range items {
		if it.c == nil || it.star {
			allConst = false
		}
	}
	if allConst {
		vals := make([]rt.Value, len(items))
		for i, it := range items {
			vals[i] = it.c
		}
		return &node{f: func(*Env) rt.Value { return rt.SetFromConstants(vals...) }}
	}
	return &node{f: func(e *Env) rt.Value { return rt.SetOf(evalItems(e, items)...) }}
}

// dictRest parses the rest of a dict display whose first entry is k: v
// (k nil: **v).
func (p *parser) dictRest(k, v *node) *node {
	type entry struct{ k, v *node }
	entries := []entry{{k, v}}
	for p.accept(",") && !p.is("}") {
		if p.accept("**") {
			entries = append(entries, entry{nil, p.bitOr()})
			continue
		}
		k := p.expr()
		p.expect(":")
		entries = append(entries, entry{k, p.expr()})
	}
	p.expect("}")
	return &node{f: func(e *Env) rt.Value {
		d := rt.NewDict(0)
		for _, en := range entries {
			if en.k == nil {
				rt.DictMerge(d, en.v.eval(e))
				continue
			}
			key := en.k.eval(e)
			d.Set(key, en.v.eval(e))
		}
		return d
	}}
}

type forClause struct {
	targets []string
	tuple   bool
	iter    *node
	conds   []*node
}

func (p *parser) comprehension(elt *node, kind string) *node {
	var clauses []forClause
	for p.accept("for") {
		var fc forClause
		paren := p.accept("(")
		for {
			fc.targets = append(fc.targets, p.next().text)
			if !p.accept(",") {
				break
			}
			fc.tuple = true
		}
		if paren {
			p.expect(")")
			fc.tuple = true
		}
		p.expect("in")
		fc.iter = p.orTest()
		for p.accept("if") {
			fc.conds = append(fc.conds, p.orTest())
		}
		clauses = append(clauses, fc)
	}
	return &node{f: func(e *Env) rt.Value {
		var out []rt.Value
		var run func(i int, env *Env)
		run = func(i int, env *Env) {
			if i == len(clauses) {
				out = append(out, elt.eval(env))
				return
			}
			fc := clauses[i]
			src := fc.iter.eval(env)
			it := rt.Iter(src)
			for {
				v, ok := it.Next()
				if !ok {
					return
				}
				ce := &Env{vars: map[string]rt.Value{}, parent: env}
				if fc.tuple {
					parts := rt.IterToSlice(v)
					if len(parts) != len(fc.targets) {
						rt.Raisef(rt.ValueError, "not enough values to unpack (expected ", fmt.Sprint(len(fc.targets)), ", got ", fmt.Sprint(len(parts)), ")")
					}
					for j, name := range fc.targets {
						ce.vars[name] = parts[j]
					}
				} else {
					ce.vars[fc.targets[0]] = v
				}
				keep := true
				for _, c := range fc.conds {
					if !rt.Truth(c.eval(ce)) {
						keep = false
						break
					}
				}
				if keep {
					run(i+1, ce)
				}
			}
		}
		run(0, e)
		switch kind {
		case "list":
			return rt.NewList(out)
		case "set":
			return rt.SetOf(out...)
		case "dict":
			d := rt.NewDict(0)
			for _, kv := range out {
				t := kv.(*rt.Tuple)
				d.Set(t.Items[0], t.Items[1])
			}
			return d
		}
		return rt.IterObject(rt.NewList(out))
	}}
}
