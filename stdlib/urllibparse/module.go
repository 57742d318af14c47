package urllibparse

import (
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// Result is a SplitResult or ParseResult named tuple.
type Result struct {
	cls    *rt.Class
	fields []string
	values []string
}

// SplitResultType and ParseResultType are the named tuple classes.
var (
	SplitResultType = rt.NewClass("SplitResult", "urllib.parse")
	ParseResultType = rt.NewClass("ParseResult", "urllib.parse")
	splitFields     = []string{"scheme", "netloc", "path", "query", "fragment"}
	parseFields     = []string{"scheme", "netloc", "path", "params", "query", "fragment"}
)

// Class returns the result's class.
func (r *Result) Class() *rt.Class { return r.cls }

func (r *Result) tuple() *rt.Tuple {
	items := make([]rt.Value, len(r.values))
	for i, v := range r.values {
		items[i] = v
	}
	return rt.NewTuple(items...)
}

func (r *Result) field(name string) string {
	for i, f := range r.fields {
		if f == name {
			return r.values[i]
		}
	}
	return ""
}

func newSplit(s Split) *Result {
	return &Result{cls: SplitResultType, fields: splitFields, values: []string{s.Scheme, s.Netloc, s.Path, s.Query, s.Fragment}}
}

func newParsed(p Parsed) *Result {
	return &Result{cls: ParseResultType, fields: parseFields, values: []string{p.Scheme, p.Netloc, p.Path, p.Params, p.Query, p.Fragment}}
}

// userinfo and hostinfo follow _NetlocResultMixinStr.
func (r *Result) userinfo() (rt.Value, rt.Value) {
	netloc := r.field("netloc")
	i := strings.LastIndexByte(netloc, '@')
	if i < 0 {
		return rt.None, rt.None
	}
	user, pw, has := strings.Cut(netloc[:i], ":")
	if !has {
		return user, rt.None
	}
	return user, pw
}

func (r *Result) hostinfo() (string, rt.Value) {
	netloc := r.field("netloc")
	hostinfo := netloc[strings.LastIndexByte(netloc, '@')+1:]
	var host, port string
	if _, bracketed, ok := strings.Cut(hostinfo, "["); ok {
		var rest string
		host, rest, _ = strings.Cut(bracketed, "]")
		_, port, _ = strings.Cut(rest, ":")
	} else {
		host, port, _ = strings.Cut(hostinfo, ":")
	}
	if port == "" {
		return host, rt.None
	}
	return host, port
}

func init() {
	for _, c := range []*rt.Class{SplitResultType, ParseResultType} {
		c.Slots.Repr = func(v rt.Value) string {
			r := v.(*Result)
			var b strings.Builder
			b.WriteString(r.cls.Name + "(")
			for i, f := range r.fields {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(f + "=" + rt.StrRepr(r.values[i]))
			}
			return b.String() + ")"
		}
		c.Slots.Len = func(v rt.Value) int { return len(v.(*Result).values) }
		c.Slots.GetItem = func(v, key rt.Value) rt.Value { return rt.GetItem(v.(*Result).tuple(), key) }
		c.Slots.Iter = func(v rt.Value) rt.Iterator { return rt.Iter(v.(*Result).tuple()) }
		c.Slots.Hash = func(v rt.Value) int64 { return rt.Hash(v.(*Result).tuple()) }
		c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
			ra, ok := a.(*Result)
			if !ok {
				return rt.NotImplemented
			}
			var other rt.Value = b
			if rb, ok := b.(*Result); ok {
				other = rb.tuple()
			}
			if _, ok := other.(*rt.Tuple); !ok {
				return rt.NotImplemented
			}
			return rt.Compare(op, ra.tuple(), other)
		}
		c.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
			r := v.(*Result)
			for i, f := range r.fields {
				if f == name {
					return r.values[i], true
				}
			}
			switch name {
			case "username":
				u, _ := r.userinfo()
				return u, true
			case "password":
				_, p := r.userinfo()
				return p, true
			case "hostname":
				h, _ := r.hostinfo()
				if h == "" {
					return rt.None, true
				}
				h, zone, pct := strings.Cut(h, "%")
				h = strings.ToLower(h)
				if pct {
					h += "%" + zone
				}
				return h, true
			case "port":
				_, p := r.hostinfo()
				ps, ok := p.(string)
				if !ok {
					return rt.None, true
				}
				if strings.Trim(ps, "0123456789") != "" {
					rt.Raisef(rt.ValueError, "Port could not be cast to integer value as ", rt.StrRepr(ps))
				}
				n := rt.IntFromString(ps, 10)
				if n.Cmp(rt.IntFromInt64(65535)) > 0 {
					rt.Raise(rt.ValueError, "Port out of range 0-65535")
				}
				return n, true
			}
			return nil, false
		}
		c.AddMethod("geturl", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			stdutil.Arity("geturl", args, kwargs, 0, 0)
			r := self.(*Result)
			if r.cls == SplitResultType {
				v := r.values
				return URLUnsplit(Split{v[0], v[1], v[2], v[3], v[4]})
			}
			v := r.values
			return URLUnparse(Parsed{v[0], v[1], v[2], v[3], v[4], v[5]})
		})
		c.AddMethod("_replace", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			r := self.(*Result)
			out := &Result{cls: r.cls, fields: r.fields, values: append([]string(nil), r.values...)}
			for _, kw := range kwargs {
				found := false
				for i, f := range r.fields {
					if f == kw.Name {
						out.values[i] = strArg(kw.Value)
						found = true
					}
				}
				if !found {
					rt.Raisef(rt.ValueError, "Got unexpected field names: ['", kw.Name, "']")
				}
			}
			return out
		})
	}
}

func strArg(v rt.Value) string {
	s, ok := v.(string)
	if !ok {
		if b, isB := v.(rt.Bytes); isB {
			return string(b)
		}
		rt.Raisef(rt.TypeError, "expected str, got ", rt.TypeName(v))
	}
	return s
}

func optStr(v rt.Value, def string) string {
	if v == nil || stdutil.IsNone(v) {
		return def
	}
	return strArg(v)
}

func optBool(v rt.Value, def bool) bool {
	if v == nil {
		return def
	}
	return rt.Truth(v)
}

// quoteArg implements quote/quote_plus for str or bytes strings.
func quoteArg(v rt.Value, safe string, plus bool) string {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case rt.Bytes:
		s = string(x)
	case *rt.ByteArray:
		s = string(x.B)
	default:
		if plus {
			rt.Raise(rt.TypeError, "quote_from_bytes() expected bytes")
		}
		rt.Raise(rt.TypeError, "quote_from_bytes() expected bytes")
	}
	if plus {
		return QuotePlus(s, safe)
	}
	return Quote(s, safe)
}

func components(v rt.Value, n int) []string {
	var out []string
	it := rt.Iter(v)
	for {
		x, ok := it.Next()
		if !ok {
			break
		}
		out = append(out, strArg(x))
	}
	if len(out) != n {
		if len(out) > n {
			rt.Raisef(rt.ValueError, "too many values to unpack (expected ", stdutil.Itoa(n), ")")
		}
		rt.Raisef(rt.ValueError, "not enough values to unpack (expected ", stdutil.Itoa(n), ", got ", stdutil.Itoa(len(out)), ")")
	}
	return out
}

// Module returns a fresh urllib.parse module.
func Module() *rt.Module {
	m := rt.NewModule("urllib.parse")
	for _, name := range []string{"quote", "quote_plus"} {
		name := name
		def := "/"
		if name == "quote_plus" {
			def = ""
		}
		p := &rt.Params{Func: name, Names: []string{"string", "safe", "encoding", "errors"}, Required: 1}
		m.Func(name, func(args []rt.Value, kwargs []rt.KW) rt.Value {
			var s, safe, enc, errs rt.Value
			p.Unpack(args, kwargs, &s, &safe, &enc, &errs)
			sf := def
			if safe != nil {
				if b, ok := safe.(rt.Bytes); ok {
					sf = string(b)
				} else {
					sf = strArg(safe)
				}
			}
			return quoteArg(s, sf, name == "quote_plus")
		})
	}
	for _, name := range []string{"unquote", "unquote_plus"} {
		name := name
		p := &rt.Params{Func: name, Names: []string{"string", "encoding", "errors"}, Required: 1}
		m.Func(name, func(args []rt.Value, kwargs []rt.KW) rt.Value {
			var s, enc, errs rt.Value
			p.Unpack(args, kwargs, &s, &enc, &errs)
			if b, ok := s.(rt.Bytes); ok {
				str := string(b)
				if name == "unquote_plus" {
					str = strings.ReplaceAll(str, "+", " ")
				}
				return stdutil.DecodeUTF8Replace(UnquoteToBytes(str))
			}
			str, ok := s.(string)
			if !ok {
				rt.Raisef(rt.AttributeError, "'", rt.TypeName(s), "' object has no attribute 'split'")
			}
			if name == "unquote_plus" {
				return UnquotePlus(str)
			}
			return Unquote(str)
		})
	}
	m.Func("unquote_to_bytes", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("unquote_to_bytes", args, kwargs, 1, 1)
		return rt.Bytes(UnquoteToBytes(strArg(args[0])))
	})
	m.Func("quote_from_bytes", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var bs, safe rt.Value
		(&rt.Params{Func: "quote_from_bytes", Names: []string{"bs", "safe"}, Required: 1}).Unpack(args, kwargs, &bs, &safe)
		b, ok := stdutil.BytesLike(bs)
		if !ok {
			rt.Raise(rt.TypeError, "quote_from_bytes() expected bytes")
		}
		return QuoteFromBytes(b, optStr(safe, "/"))
	})
	pSplit := &rt.Params{Func: "urlsplit", Names: []string{"url", "scheme", "allow_fragments"}, Required: 1}
	m.Func("urlsplit", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var u, sch, af rt.Value
		pSplit.Unpack(args, kwargs, &u, &sch, &af)
		return newSplit(URLSplit(strArg(u), optStr(sch, ""), optBool(af, true)))
	})
	pParse := &rt.Params{Func: "urlparse", Names: []string{"url", "scheme", "allow_fragments"}, Required: 1}
	m.Func("urlparse", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var u, sch, af rt.Value
		pParse.Unpack(args, kwargs, &u, &sch, &af)
		return newParsed(URLParse(strArg(u), optStr(sch, ""), optBool(af, true)))
	})
	m.Func("urlunsplit", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("urlunsplit", args, kwargs, 1, 1)
		c := components(args[0], 5)
		return URLUnsplit(Split{c[0], c[1], c[2], c[3], c[4]})
	})
	m.Func("urlunparse", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("urlunparse", args, kwargs, 1, 1)
		c := components(args[0], 6)
		return URLUnparse(Parsed{c[0], c[1], c[2], c[3], c[4], c[5]})
	})
	pJoin := &rt.Params{Func: "urljoin", Names: []string{"base", "url", "allow_fragments"}, Required: 2}
	m.Func("urljoin", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var b, u, af rt.Value
		pJoin.Unpack(args, kwargs, &b, &u, &af)
		return URLJoin(strArg(b), strArg(u), optBool(af, true))
	})
	qsNames := []string{"qs", "keep_blank_values", "strict_parsing", "encoding", "errors", "max_num_fields", "separator"}
	parse := func(name string, args []rt.Value, kwargs []rt.KW) [][2]string {
		v := make([]rt.Value, 7)
		(&rt.Params{Func: name, Names: qsNames, Required: 1}).Unpack(args, kwargs, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6])
		maxFields := -1
		if v[5] != nil && !stdutil.IsNone(v[5]) {
			maxFields = int(stdutil.Int(v[5]))
		}
		sep := "&"
		if v[6] != nil {
			s, ok := v[6].(string)
			if !ok || s == "" {
				rt.Raise(rt.ValueError, "Separator must be of type string or bytes.")
			}
			sep = s
		}
		return ParseQSL(strArg(v[0]), optBool(v[1], false), optBool(v[2], false), sep, maxFields)
	}
	m.Func("parse_qsl", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		pairs := parse("parse_qsl", args, kwargs)
		out := make([]rt.Value, len(pairs))
		for i, p := range pairs {
			out[i] = rt.NewTuple(p[0], p[1])
		}
		return rt.NewList(out)
	})
	m.Func("parse_qs", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		pairs := parse("parse_qs", args, kwargs)
		d := rt.NewDict(len(pairs))
		for _, p := range pairs {
			if l, ok := d.Get(p[0]); ok {
				lst := l.(*rt.List)
				lst.Items = append(lst.Items, p[1])
				continue
			}
			d.Set(p[0], rt.NewList([]rt.Value{p[1]}))
		}
		return d
	})
	pEnc := &rt.Params{Func: "urlencode", Names: []string{"query", "doseq", "safe", "encoding", "errors", "quote_via"}, Required: 1}
	m.Func("urlencode", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var q, doseq, safe, enc, errs, via rt.Value
		pEnc.Unpack(args, kwargs, &q, &doseq, &safe, &enc, &errs, &via)
		return URLEncode(q, optBool(doseq, false), optStr(safe, ""), via)
	})
	return m
}

// URLEncode is urlencode(query, doseq, safe, quote_via).
func URLEncode(q rt.Value, doseq bool, safe string, via rt.Value) string {
	var pairs [][2]rt.Value
	if d, ok := q.(*rt.Dict); ok {
		d.Range(func(k, v rt.Value) bool {
			pairs = append(pairs, [2]rt.Value{k, v})
			return true
		})
	} else {
		var items []rt.Value
		ok := true
		switch x := q.(type) {
		case *rt.List:
			items = x.Items
		case *rt.Tuple:
			items = x.Items
		default:
			ok = false
		}
		if !ok {
			rt.Raise(rt.TypeError, "not a valid non-string sequence or mapping object")
		}
		if len(items) > 0 {
			if _, isTuple := items[0].(*rt.Tuple); !isTuple {
				rt.Raise(rt.TypeError, "not a valid non-string sequence or mapping object")
			}
		}
		for _, it := range items {
			kv := components2(it)
			pairs = append(pairs, kv)
		}
	}
	quote := func(v rt.Value) string {
		if via != nil && !stdutil.IsNone(via) {
			var arg rt.Value = v
			if _, isB := v.(rt.Bytes); !isB {
				arg = rt.Str(v)
			}
			return rt.Str(rt.Call(via, []rt.Value{arg, safe}, nil))
		}
		if b, isB := v.(rt.Bytes); isB {
			return QuotePlus(string(b), safe)
		}
		return QuotePlus(rt.Str(v), safe)
	}
	var out []string
	for _, kv := range pairs {
		k := quote(kv[0])
		v := kv[1]
		if !doseq {
			out = append(out, k+"="+quote(v))
			continue
		}
		switch v.(type) {
		case rt.Bytes, string:
			out = append(out, k+"="+quote(v))
			continue
		}
		hasLen := false
		for _, c := range rt.TypeOf(v).MRO {
			if c.Slots.Len != nil {
				hasLen = true
				break
			}
		}
		if !hasLen {
			out = append(out, k+"="+quote(v))
			continue
		}
		it := rt.Iter(v)
		for {
			e, ok := it.Next()
			if !ok {
				break
			}
			out = append(out, k+"="+quote(e))
		}
	}
	return strings.Join(out, "&")
}

func components2(v rt.Value) [2]rt.Value {
	var items []rt.Value
	it := rt.Iter(v)
	for {
		x, ok := it.Next()
		if !ok {
			break
		}
		items = append(items, x)
	}
	if len(items) != 2 {
		if len(items) > 2 {
			rt.Raise(rt.ValueError, "too many values to unpack (expected 2)")
		}
		rt.Raisef(rt.ValueError, "not enough values to unpack (expected 2, got ", stdutil.Itoa(len(items)), ")")
	}
	return [2]rt.Value{items[0], items[1]}
}
