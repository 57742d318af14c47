package ir

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// SchemaError is a failure of GenVM's schema generator (get_schema.py): the
// node answers #get-schema with a VMError for such a contract.
type SchemaError struct {
	Line int // 0 when not tied to a line
	Col  int // 0-based byte column on Line
	Msg  string
	// Float marks the unsupported-float case, which the official linter's
	// `check` softens to the warning W106.
	Float bool
}

func (e *SchemaError) Error() string { return e.Msg }

// jsonValue is a JSON value with ordered object keys.
type jsonValue interface{ writeJSON(b *strings.Builder) }

type (
	jStr  string
	jBool bool
	jInt  string // decimal digits
	jArr  []jsonValue
	jObj  []jKV
	jKV   struct {
		k string
		v jsonValue
	}
)

func (s jStr) writeJSON(b *strings.Builder) { writeJSONString(b, string(s)) }
func (v jBool) writeJSON(b *strings.Builder) {
	if v {
		b.WriteString("true")
	} else {
		b.WriteString("false")
	}
}
func (v jInt) writeJSON(b *strings.Builder) { b.WriteString(string(v)) }
func (a jArr) writeJSON(b *strings.Builder) {
	b.WriteByte('[')
	for i, v := range a {
		if i > 0 {
			b.WriteByte(',')
		}
		v.writeJSON(b)
	}
	b.WriteByte(']')
}
func (o jObj) writeJSON(b *strings.Builder) {
	b.WriteByte('{')
	for i, kv := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		writeJSONString(b, kv.k)
		b.WriteByte(':')
		kv.v.writeJSON(b)
	}
	b.WriteByte('}')
}

// writeJSONString writes s as Python's json.dumps does with ensure_ascii=True:
// '"' and '\\' and the control characters \n \r \t \b \f get short escapes,
// every other character outside ' '..'~' a \uXXXX escape (a surrogate pair
// above U+FFFF). Lone surrogates (WTF-8 in our strings) come out as \udXXX,
// as CPython writes them.
func writeJSONString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s[i:])
		i += n
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r >= 0x20 && r < 0x7f:
				b.WriteRune(r)
			case r >= 0x10000:
				r1, r2 := utf16.EncodeRune(r)
				fmt.Fprintf(b, `\u%04x\u%04x`, r1, r2)
			default:
				fmt.Fprintf(b, `\u%04x`, r)
			}
		}
	}
	b.WriteByte('"')
}

// decodeWTF8 decodes one code point, accepting encoded surrogates.
func decodeWTF8(s string) (rune, int) {
	c := s[0]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xe0 && len(s) >= 2:
		return rune(c&0x1f)<<6 | rune(s[1]&0x3f), 2
	case c < 0xf0 && len(s) >= 3:
		return rune(c&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	case len(s) >= 4:
		return rune(c&0x07)<<18 | rune(s[1]&0x3f)<<12 | rune(s[2]&0x3f)<<6 | rune(s[3]&0x3f), 4
	}
	return rune(c), 1
}

// Schema returns the contract's schema JSON exactly as GenVM's #get-schema
// (json.dumps with compact separators of get_schema.get_schema), or the
// error the SDK raises.
func (ct *Contract) Schema(m *Module) (string, *SchemaError) {
	if ct.Ctor == nil {
		return "", &SchemaError{Line: ct.Class.Node.Lineno, Msg: "TypeError: __init__ is absent"}
	}
	if ct.Ctor.Public {
		return "", &SchemaError{Line: ct.Ctor.Func.Def.Lineno, Col: ct.Ctor.Func.Def.ColOffset, Msg: "TypeError: __init__ must be private"}
	}
	var pub []*Method
	for _, mt := range ct.Methods {
		if mt.Public && !mt.ClassMethod && mt.Func.Name != "__on_errored_message__" {
			pub = append(pub, mt)
		}
	}
	for _, mt := range pub {
		if strings.HasPrefix(mt.Func.Name, "__") {
			return "", &SchemaError{Line: mt.Func.Def.Lineno, Col: mt.Func.Def.ColOffset, Msg: fmt.Sprintf("TypeError: public method names should not start with `__`, `%s`", mt.Func.Name)}
		}
	}
	ctor, err := methodSchema(ct.Ctor, true)
	if err != nil {
		return "", err
	}
	var methods jObj
	for _, mt := range pub {
		s, err := methodSchema(mt, false)
		if err != nil {
			return "", err
		}
		methods = append(methods, jKV{mt.Func.Name, s})
	}
	var b strings.Builder
	jObj{{"ctor", ctor}, {"methods", methods}}.writeJSON(&b)
	return b.String(), nil
}

func methodSchema(mt *Method, ctor bool) (jsonValue, *SchemaError) {
	f := mt.Func
	line := f.Def.Lineno
	wrap := func(err *SchemaError) *SchemaError {
		if err.Line == 0 {
			err.Line, err.Col = line, f.Def.ColOffset
		}
		err.Msg += fmt.Sprintf(" (while processing method `%s`)", f.Name)
		return err
	}
	params := jArr{}
	kw := jObj{}
	ps := f.Params
	if mt.Static {
		// a staticmethod has no implicit first parameter
	}
	for i, p := range ps {
		if i == 0 {
			if p.Name != "self" {
				return nil, wrap(&SchemaError{Msg: "Exception: missing self"})
			}
			continue
		}
		switch p.Kind {
		case ParamPosOnly, ParamNormal:
			t, err := reprType(p.Type)
			if err != nil {
				return nil, wrap(err)
			}
			params = append(params, jArr{jStr(p.Name), t})
		case ParamKwOnly:
			t, err := reprType(p.Type)
			if err != nil {
				return nil, wrap(err)
			}
			name := p.Name
			if strings.HasPrefix(name, "$") {
				name = "$" + name
			}
			kw = append(kw, jKV{name, t})
		default:
			kind := "VAR_POSITIONAL"
			if p.Kind == ParamVarKw {
				kind = "VAR_KEYWORD"
			}
			return nil, wrap(&SchemaError{Msg: fmt.Sprintf("TypeError: unsupported parameter type %s for `%s`", kind, p.Name)})
		}
	}
	out := jObj{{"params", params}, {"kwparams", kw}}
	if ctor {
		return out, nil
	}
	if mt.MinGasLeader != nil && mt.MinGasLeader.Sign() != 0 {
		out = append(out, jKV{"min_gas_leader", jInt(mt.MinGasLeader.String())})
	}
	if mt.MinGasValidator != nil && mt.MinGasValidator.Sign() != 0 {
		out = append(out, jKV{"min_gas_validator", jInt(mt.MinGasValidator.String())})
	}
	ret, err := reprType(f.Ret)
	if err != nil {
		return nil, wrap(err)
	}
	out = append(out, jKV{"readonly", jBool(mt.Readonly)}, jKV{"ret", ret})
	if !mt.Readonly {
		out = append(out, jKV{"payable", jBool(mt.Payable)})
	}
	return out, nil
}

// listOrigins are the classes the SDK's _is_list accepts as bare annotations
// (list, and in permissive mode every collections.abc.Sequence subclass that
// is not str/bytes); dictOrigins likewise for _is_dict.
var listOrigins = map[string]bool{
	"builtins.list": true, "builtins.tuple": true, "builtins.range": true, "builtins.bytearray": true, "builtins.memoryview": true,
	"collections.abc.Sequence": true, "collections.abc.MutableSequence": true,
	"genlayer.DynArray": true, "genlayer.Array": true, "collections.UserList": true, "collections.deque": true,
}

var dictOrigins = map[string]bool{
	"builtins.dict": true, "collections.abc.Mapping": true, "collections.abc.MutableMapping": true,
	"genlayer.TreeMap": true, "collections.OrderedDict": true, "collections.defaultdict": true,
	"collections.Counter": true, "collections.ChainMap": true, "collections.UserDict": true,
}

// genericOrigin maps typing aliases to the class typing.get_origin returns.
var genericOrigin = map[string]string{
	"typing.List": "builtins.list", "typing.Dict": "builtins.dict", "typing.Tuple": "builtins.tuple",
	"typing.Sequence": "collections.abc.Sequence", "typing.MutableSequence": "collections.abc.MutableSequence",
	"typing.Mapping": "collections.abc.Mapping", "typing.MutableMapping": "collections.abc.MutableMapping",
	"typing.Set": "builtins.set", "typing.FrozenSet": "builtins.frozenset",
}

func unsupported(t *Type) *SchemaError {
	return &SchemaError{Msg: fmt.Sprintf("TypeError: type is not supported: %s", t), Float: t.Kind == FloatT}
}

// reprType is the SDK's _repr_type(t, permissive=True).
func reprType(t *Type) (jsonValue, *SchemaError) {
	switch t.Origin {
	case "typing.Annotated", "builtins.object":
		// inspect.signature keeps Annotated (get_type_hints strips it, see
		// dataclassSchema); object is no schema type.
		return nil, unsupported(t)
	}
	switch t.Kind {
	case SizedT, BigIntT, IntT:
		return jStr("int"), nil
	case NoneT:
		return jStr("null"), nil
	case BoolT:
		return jStr("bool"), nil
	case StrT:
		return jStr("string"), nil
	case BytesT:
		return jStr("bytes"), nil
	case AddressT:
		return jStr("address"), nil
	case Dynamic:
		return jStr("any"), nil
	case UnionT:
		var alts jArr
		for _, a := range t.Args {
			v, err := reprType(a)
			if err != nil {
				return nil, err
			}
			alts = append(alts, v)
		}
		return jObj{{"$or", alts}}, nil
	case LiteralT:
		return jStr("any"), nil
	case ClassT:
		if t.Bare && t.Class.IsDataclass && len(t.Class.TypeParams) == 0 {
			return dataclassSchema(t.Class)
		}
		if t.Bare && t.Class.IsDataclass {
			return dataclassSchema(t.Class)
		}
		return nil, unsupported(t)
	}
	origin := t.Origin
	if t.Bare {
		if listOrigins[origin] {
			return jStr("array"), nil
		}
		if dictOrigins[origin] {
			return jStr("dict"), nil
		}
		if g, ok := genericOrigin[origin]; ok {
			// typing.List & co. unsubscripted: get_origin gives the class with no args.
			if g == "builtins.tuple" {
				return jArr{}, nil
			}
			if listOrigins[g] || dictOrigins[g] {
				return nil, &SchemaError{Msg: fmt.Sprintf("AssertionError: bare %s", origin)}
			}
		}
		return nil, unsupported(t)
	}
	if g, ok := genericOrigin[origin]; ok {
		origin = g
	}
	switch {
	case dictOrigins[origin]:
		if len(t.Args) != 2 {
			return nil, &SchemaError{Msg: "AssertionError"}
		}
		if t.Args[0].Kind != StrT {
			return nil, &SchemaError{Msg: fmt.Sprintf("AssertionError: dictionary can have only string keys, got %s", t.Args[0])}
		}
		v, err := reprType(t.Args[1])
		if err != nil {
			return nil, err
		}
		return jObj{{"$dict", v}}, nil
	case origin == "builtins.tuple":
		if t.Variadic {
			v, err := reprType(t.Args[0])
			if err != nil {
				return nil, err
			}
			return jArr{jObj{{"$rep", v}}}, nil
		}
		out := jArr{}
		for _, a := range t.Args {
			v, err := reprType(a)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case listOrigins[origin]:
		if len(t.Args) != 1 {
			return nil, &SchemaError{Msg: "AssertionError"}
		}
		v, err := reprType(t.Args[0])
		if err != nil {
			return nil, err
		}
		return jArr{jObj{{"$rep", v}}}, nil
	}
	return nil, unsupported(t)
}

func dataclassSchema(c *Class) (jsonValue, *SchemaError) {
	out := jObj{}
	for _, f := range allHints(c) {
		v, err := reprType(stripAnnotated(f.Type))
		if err != nil {
			err.Line, err.Col = f.Node.Lineno, f.Node.ColOffset
			return nil, err
		}
		out = append(out, jKV{f.Name, v})
	}
	return out, nil
}

// allHints is typing.get_type_hints order including ClassVars.
func allHints(c *Class) []*Field {
	var out []*Field
	index := map[string]int{}
	visited := map[*Class]bool{}
	var add func(c *Class)
	add = func(c *Class) {
		if visited[c] {
			return
		}
		visited[c] = true
		for i := len(c.Bases) - 1; i >= 0; i-- {
			if c.Bases[i].Kind == EntClass {
				add(c.Bases[i].Class)
			}
		}
		for _, f := range c.Fields {
			if i, ok := index[f.Name]; ok {
				out[i] = f
				continue
			}
			index[f.Name] = len(out)
			out = append(out, f)
		}
	}
	add(c)
	return out
}

// stripAnnotated removes typing.Annotated wrappers, as typing.get_type_hints
// does by default.
func stripAnnotated(t *Type) *Type {
	if t.Origin == "typing.Annotated" && len(t.Args) > 0 {
		return stripAnnotated(t.Args[0])
	}
	if len(t.Args) == 0 {
		return t
	}
	c := *t
	c.Args = make([]*Type, len(t.Args))
	for i, a := range t.Args {
		c.Args[i] = stripAnnotated(a)
	}
	return &c
}
