package ir

import (
	"math/big"

	"github.com/genvm-go/genvm/frontend"
)

// InferAll records a static type for every expression of the module in
// m.Types (Dynamic where nothing is known). The checker types expressions on
// demand (TypeOf); codegen calls InferAll to have them all.
func (m *Module) InferAll() {
	inf := m.inferer()
	Inspect(moduleNode{m.AST}, func(n frontend.Node) bool {
		if e, ok := n.(frontend.Expr); ok {
			inf.typeOf(e)
		}
		return true
	})
}

type inferer struct {
	m       *Module
	busy    map[frontend.Expr]bool
	busySym map[*Symbol]bool
	busyFn  map[*Func]bool
	results map[*Func]*Type
}

// TypeOf returns the static type recorded for e (Dynamic when unknown).
func (m *Module) TypeOf(e frontend.Expr) *Type {
	if t := m.Types[e]; t != nil {
		return t
	}
	return m.inferer().typeOf(e)
}

func (inf *inferer) typeOf(e frontend.Expr) *Type {
	if e == nil {
		return TDynamic
	}
	if t := inf.m.Types[e]; t != nil {
		return t
	}
	if inf.busy[e] {
		return TDynamic
	}
	inf.busy[e] = true
	t := inf.compute(e)
	delete(inf.busy, e)
	if t == nil {
		t = TDynamic
	}
	inf.m.Types[e] = t
	return t
}

func (inf *inferer) compute(e frontend.Expr) *Type {
	switch x := e.(type) {
	case *frontend.Constant:
		switch x.Value.(type) {
		case nil:
			return TNone
		case bool:
			return TBool
		case int64, *big.Int:
			return TInt
		case float64:
			return TFloat
		case string:
			return TStr
		case []byte:
			return TBytes
		}
	case *frontend.JoinedStr:
		return TStr
	case *frontend.List:
		return &Type{Kind: ListT, Args: []*Type{TDynamic}}
	case *frontend.Dict:
		return &Type{Kind: DictT, Args: []*Type{TDynamic, TDynamic}}
	case *frontend.Set:
		return &Type{Kind: SetT, Args: []*Type{TDynamic}}
	case *frontend.ListComp:
		return &Type{Kind: ListT, Args: []*Type{inf.typeOf(x.Elt)}}
	case *frontend.SetComp:
		return &Type{Kind: SetT, Args: []*Type{inf.typeOf(x.Elt)}}
	case *frontend.GeneratorExp:
		return &Type{Kind: IterableT, Args: []*Type{inf.typeOf(x.Elt)}, Name: "generator"}
	case *frontend.DictComp:
		return &Type{Kind: DictT, Args: []*Type{TDynamic, TDynamic}}
	case *frontend.Tuple:
		t := &Type{Kind: TupleT}
		for _, el := range x.Elts {
			t.Args = append(t.Args, inf.typeOf(el))
		}
		return t
	case *frontend.Compare:
		return TBool
	case *frontend.UnaryOp:
		if x.Op == frontend.Not {
			return TBool
		}
		return inf.typeOf(x.Operand)
	case *frontend.BinOp:
		l, r := inf.typeOf(x.Left), inf.typeOf(x.Right)
		if x.Op == frontend.Pow && l.IsIntLike() {
			if c, ok := x.Right.(*frontend.Constant); ok {
				if v, ok := c.Value.(int64); ok && v >= 0 {
					return TInt
				}
			}
		}
		if t := binaryResult(x.Op, l, r); t != nil {
			return t
		}
	case *frontend.Lambda:
		return &Type{Kind: CallableT}
	case *frontend.Subscript:
		base := inf.typeOf(x.Value)
		if _, isSlice := x.Slice.(*frontend.Slice); isSlice {
			switch base.Kind {
			case StrT, BytesT, ListT:
				return base
			case DynArrayT, ArrayT:
				return &Type{Kind: ListT, Args: []*Type{base.arg(0)}}
			}
			return TDynamic
		}
		switch base.Kind {
		case DictT, MappingT, TreeMapT:
			return base.arg(1)
		case TupleT:
			if base.Variadic {
				return base.arg(0)
			}
			if c, ok := x.Slice.(*frontend.Constant); ok {
				if i, ok := c.Value.(int64); ok {
					if i < 0 {
						i += int64(len(base.Args))
					}
					if i >= 0 && i < int64(len(base.Args)) {
						return base.Args[i]
					}
				}
			}
			return TDynamic
		case StrT:
			return TStr
		case BytesT:
			return TInt
		}
		return elemType(base)
	case *frontend.IfExp:
		return union(inf.typeOf(x.Body), inf.typeOf(x.Orelse))
	case *frontend.NamedExpr:
		return inf.typeOf(x.Value)
	case *frontend.Name:
		return inf.nameType(x)
	case *frontend.Attribute:
		return inf.attrType(x)
	case *frontend.Call:
		return inf.callType(x)
	}
	return TDynamic
}

func (inf *inferer) nameType(x *frontend.Name) *Type {
	m := inf.m
	r := m.Refs[x]
	if r.Sym == nil {
		if r.Kind == RefBuiltin {
			return &Type{Kind: ClassObjT, Name: x.Id}
		}
		return TDynamic
	}
	return inf.symbolType(r.Sym)
}

// symbolType is the static type of the values a variable holds.
func (inf *inferer) symbolType(sym *Symbol) *Type {
	m := inf.m
	if len(sym.Defs) != 1 {
		return inf.multiDefType(sym)
	}
	d := sym.Defs[0]
	switch d.Kind {
	case DefParam:
		if f := sym.Scope.Func; f != nil && f.Params[0].Name == sym.Name && f.Params[0].Ann == nil {
			if c := f.SelfClass(); c != nil {
				return &Type{Kind: ClassT, Class: c}
			}
		}
		if d.Ann != nil {
			return m.typeOfAnn(d.Ann)
		}
	case DefAssign:
		if d.Ann != nil {
			return m.typeOfAnn(d.Ann)
		}
		return inf.typeOf(d.Value)
	case DefOther:
		if t := inf.defOtherType(d); t != nil {
			return t
		}
	case DefFunc:
		return &Type{Kind: CallableT}
	case DefClass:
		return &Type{Kind: ClassObjT, Class: d.Class}
	case DefImport:
		return &Type{Kind: ModuleT, Name: d.Path}
	}
	return TDynamic
}

func (inf *inferer) attrType(x *frontend.Attribute) *Type {
	m := inf.m
	if ent := m.entityOf(x); ent.Kind == EntSDK && ent.SDK != nil && ent.SDK.Kind == SDKValue && ent.SDK.Ret != nil {
		return ent.SDK.Ret
	}
	if dotted(x.Value) != "" {
		if ent := m.entityOf(x.Value); ent.IsSDK("gl.message") {
			if t := messageFields[x.Attr]; t != nil {
				return t
			}
		}
	}
	base := inf.typeOf(x.Value)
	if base.Kind == ClassT {
		for _, f := range m.recordFields(base.Class) {
			if f.Name == x.Attr {
				return f.Type
			}
		}
		if x.Attr == "balance" && base.Class.IsContract {
			return Sized(256, false)
		}
		if x.Attr == "address" && base.Class.IsContract {
			return TAddress
		}
	}
	return TDynamic
}

func (inf *inferer) callType(x *frontend.Call) *Type {
	m := inf.m
	ent := m.entityOf(x.Func)
	switch ent.Kind {
	case EntClass:
		c := ent.Class
		switch {
		case c.IsContractInterface:
			return SDKType("ContractProxy")
		case c.IsEVMInterface:
			return SDKType("EVMProxy")
		}
		return &Type{Kind: ClassT, Class: c}
	case EntSDK:
		kw := func(name string) string {
			for _, k := range x.Keywords {
				if k.Arg == name {
					if c, ok := k.Value.(*frontend.Constant); ok {
						if s, ok := c.Value.(string); ok {
							return s
						}
					}
					return "?"
				}
			}
			return ""
		}
		switch shortPath(ent.Path) {
		case "gl.nondet.exec_prompt":
			switch kw("response_format") {
			case "", "text":
				return TStr
			case "json":
				return &Type{Kind: DictT, Args: []*Type{TStr, TDynamic}}
			}
		case "gl.nondet.web.render":
			switch kw("mode") {
			case "", "text", "html":
				return TStr
			case "screenshot":
				return SDKType("Image")
			}
		}
		if ent.SDK != nil && ent.SDK.Ret != nil {
			return ent.SDK.Ret
		}
		return TDynamic
	case EntFunc:
		return inf.funcResult(ent.Func)
	case EntBuiltin:
		switch ent.Path {
		case "builtins.int", "builtins.len", "builtins.hash", "builtins.ord":
			return TInt
		case "builtins.str", "builtins.repr", "builtins.chr", "builtins.hex", "builtins.bin", "builtins.oct", "builtins.format", "builtins.ascii":
			return TStr
		case "builtins.bool", "builtins.isinstance", "builtins.hasattr", "builtins.callable", "builtins.all", "builtins.any":
			return TBool
		case "builtins.float":
			return TFloat
		case "builtins.bytes":
			return TBytes
		case "builtins.list", "builtins.sorted":
			if len(x.Args) == 1 {
				return &Type{Kind: ListT, Args: []*Type{elemType(inf.typeOf(x.Args[0]))}}
			}
			return &Type{Kind: ListT, Args: []*Type{TDynamic}}
		case "builtins.sum":
			if len(x.Args) >= 1 {
				if el := elemType(inf.typeOf(x.Args[0])); el.IsIntLike() || el.Kind == BoolT {
					return TInt
				}
			}
			return TDynamic
		case "builtins.range":
			return &Type{Kind: IterableT, Args: []*Type{TInt}}
		case "builtins.enumerate":
			if len(x.Args) >= 1 {
				return &Type{Kind: IterableT, Args: []*Type{{Kind: TupleT, Args: []*Type{TInt, elemType(inf.typeOf(x.Args[0]))}}}}
			}
		case "builtins.dict":
			return &Type{Kind: DictT, Args: []*Type{TDynamic, TDynamic}}
		}
		return TDynamic
	}
	if a, ok := x.Func.(*frontend.Attribute); ok {
		recv := inf.typeOf(a.Value)
		switch recv.Kind {
		case ClassT:
			if f := recv.Class.Method(a.Attr); f != nil {
				return inf.funcResult(f)
			}
		case SDKT:
			switch recv.Name {
			case "ContractProxy", "EVMProxy":
				switch a.Attr {
				case "view":
					return SDKType("ViewMethods")
				case "emit":
					return SDKType("EmitMethods")
				}
			}
		case TreeMapT, DictT, MappingT:
			switch a.Attr {
			case "get":
				v := recv.arg(1)
				if len(x.Args) > 1 {
					return union(v, inf.typeOf(x.Args[1]))
				}
				return union(v, TNone)
			case "pop", "setdefault", "get_or_insert_default":
				return recv.arg(1)
			case "keys":
				return &Type{Kind: IterableT, Args: []*Type{recv.arg(0)}}
			case "values":
				return &Type{Kind: IterableT, Args: []*Type{recv.arg(1)}}
			case "items":
				return &Type{Kind: IterableT, Args: []*Type{{Kind: TupleT, Args: []*Type{recv.arg(0), recv.arg(1)}}}}
			}
		case DynArrayT, ListT, ArrayT, SequenceT:
			switch a.Attr {
			case "pop":
				return recv.arg(0)
			case "index", "count":
				return TInt
			}
		case StrT:
			switch a.Attr {
			case "strip", "lower", "upper", "replace", "join", "format", "lstrip", "rstrip", "title", "capitalize":
				return TStr
			case "encode":
				return TBytes
			case "startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace":
				return TBool
			case "find", "rfind", "count", "index":
				return TInt
			case "split", "rsplit", "splitlines":
				return &Type{Kind: ListT, Args: []*Type{TStr}}
			}
		case BytesT:
			if a.Attr == "decode" || a.Attr == "hex" {
				return TStr
			}
		}
	}
	return TDynamic
}

// elemType is the type of the elements iteration over t yields.
func elemType(t *Type) *Type {
	switch t.Kind {
	case ListT, SetT, FrozenSetT, SequenceT, IterableT, DynArrayT, ArrayT:
		return t.arg(0)
	case DictT, MappingT, TreeMapT:
		return t.arg(0)
	case TupleT:
		if t.Variadic {
			return t.arg(0)
		}
		if len(t.Args) > 0 {
			return union(t.Args...)
		}
	case StrT:
		return TStr
	case BytesT:
		return TInt
	}
	return TDynamic
}

// multiDefType is the type of a variable bound several times: its
// annotation if it has one, else the union of what its bindings store,
// widened by its augmented assignments (x = 0; x += n stays int).
func (inf *inferer) multiDefType(sym *Symbol) *Type {
	m := inf.m
	for _, d := range sym.Defs {
		if d.Ann != nil {
			return m.typeOfAnn(d.Ann)
		}
	}
	if inf.busySym[sym] {
		return TDynamic
	}
	if inf.busySym == nil {
		inf.busySym = map[*Symbol]bool{}
	}
	inf.busySym[sym] = true
	defer delete(inf.busySym, sym)
	var ts []*Type
	var augs []*frontend.AugAssign
	for _, d := range sym.Defs {
		switch {
		case d.Kind == DefAssign:
			ts = append(ts, inf.typeOf(d.Value))
		case d.Kind == DefOther:
			if n, ok := d.Node.(*frontend.AugAssign); ok {
				augs = append(augs, n)
				continue
			}
			t := inf.defOtherType(d)
			if t == nil {
				return TDynamic
			}
			ts = append(ts, t)
		default:
			return TDynamic
		}
	}
	if len(ts) == 0 {
		return TDynamic
	}
	t := union(ts...)
	for _, a := range augs {
		if r := binaryResult(a.Op, t, inf.typeOf(a.Value)); r == nil || !sameType(r, t) {
			return TDynamic
		}
	}
	return t
}

// binaryResult is the static type of l op r when the checker knows it.
func binaryResult(op frontend.Operator, l, r *Type) *Type {
	switch {
	case l.IsIntLike() && r.IsIntLike():
		switch op {
		case frontend.Div:
			return TFloat
		case frontend.Pow:
			return nil // int ** negative int is a float
		case frontend.MatMult:
			return nil
		}
		return TInt
	case l.Kind == StrT && r.Kind == StrT && op == frontend.Add:
		return TStr
	case l.Kind == BytesT && r.Kind == BytesT && op == frontend.Add:
		return TBytes
	case l.Kind == FloatT && (r.Kind == FloatT || r.IsIntLike()) || r.Kind == FloatT && l.IsIntLike():
		if op == frontend.MatMult {
			return nil
		}
		return TFloat
	case l.Kind == ListT && r.Kind == ListT && op == frontend.Add:
		return &Type{Kind: ListT, Args: []*Type{union(l.arg(0), r.arg(0))}}
	}
	return nil
}

// funcResult is the type a call of f returns: its return annotation, or for
// an unannotated function the union of what its return statements return
// (None when it can fall off its end).
func (inf *inferer) funcResult(f *Func) *Type {
	if f.Lambda != nil {
		return inf.typeOf(f.Lambda.Body)
	}
	if f.Def == nil || f.Def.Returns != nil {
		return f.Ret
	}
	if t, ok := inf.results[f]; ok {
		return t
	}
	if inf.busyFn[f] {
		return TDynamic
	}
	if inf.busyFn == nil {
		inf.busyFn, inf.results = map[*Func]bool{}, map[*Func]*Type{}
	}
	inf.busyFn[f] = true
	var ts []*Type
	generator := false
	inf.m.walkOwn(f, func(n frontend.Node, _ *Func) bool {
		switch x := n.(type) {
		case *frontend.Return:
			if x.Value == nil {
				ts = append(ts, TNone)
			} else {
				ts = append(ts, inf.typeOf(x.Value))
			}
		case *frontend.Yield, *frontend.YieldFrom:
			generator = true
		}
		return true
	})
	if body := f.Def.Body; len(body) == 0 || mayFallThrough(body[len(body)-1]) {
		ts = append(ts, TNone)
	}
	t := union(ts...)
	if generator {
		t = TDynamic
	}
	delete(inf.busyFn, f)
	inf.results[f] = t
	return t
}

// mayFallThrough reports whether control can leave the last statement of a
// body normally (conservatively: only return/raise and if/else or try whose
// every branch ends so are known not to).
func mayFallThrough(s frontend.Stmt) bool {
	switch x := s.(type) {
	case *frontend.Return, *frontend.Raise:
		return false
	case *frontend.If:
		if len(x.Body) == 0 || len(x.Orelse) == 0 {
			return true
		}
		return mayFallThrough(x.Body[len(x.Body)-1]) || mayFallThrough(x.Orelse[len(x.Orelse)-1])
	case *frontend.While:
		if c, ok := x.Test.(*frontend.Constant); ok && c.Value == true {
			return false
		}
	}
	return true
}

func (m *Module) inferer() *inferer {
	if m.inf == nil {
		m.inf = &inferer{m: m, busy: map[frontend.Expr]bool{}}
	}
	return m.inf
}

// ResultType is the static type calls of f return: its annotation, or what
// its return statements return when it has none.
func (m *Module) ResultType(f *Func) *Type { return m.inferer().funcResult(f) }

// defOtherType is the type a for/comprehension target, an unpacking
// assignment or an assignment expression stores, or nil when unknown.
func (inf *inferer) defOtherType(d Def) *Type {
	var t *Type
	switch {
	case d.Iter != nil:
		t = elemType(inf.typeOf(d.Iter))
	case d.Src != nil:
		t = inf.typeOf(d.Src)
	default:
		if ne, ok := d.Node.(*frontend.NamedExpr); ok {
			return inf.typeOf(ne.Value)
		}
		return nil
	}
	for _, idx := range d.Unpack {
		if idx < 0 {
			return &Type{Kind: ListT, Args: []*Type{elemType(t)}}
		}
		if t.Kind == TupleT && !t.Variadic {
			if idx >= len(t.Args) {
				return TDynamic
			}
			t = t.Args[idx]
			continue
		}
		t = elemType(t)
	}
	return t
}
