package codegen

import (
	"sort"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/genvm-go/genvm/frontend"
	"github.com/genvm-go/genvm/ir"
)

const (
	hostioPkg   = "github.com/genvm-go/genvm/rt/hostio"
	calldataPkg = "github.com/genvm-go/genvm/rt/calldata"
)

// sdkRef lowers a resolved SDK name.
func (g *gen) sdkRef(path string) jen.Code {
	const msg = "genlayer.gl.message."
	if len(path) > len(msg) && path[:len(msg)] == msg {
		// gl.message is a value: gl.message.sender_address.as_hex is two
		// attribute reads on it, not one dotted name
		v := g.sdkRef(msg[:len(msg)-1])
		for _, attr := range strings.Split(path[len(msg):], ".") {
			v = jen.Qual(rtPkg, "GetAttr").Call(v, jen.Lit(attr))
		}
		return v
	}
	return g.hoist("sdk:"+path, "sdk_"+mangle(path[len("genlayer."):]), rtValue(), jen.Qual(genPkg, "SDK").Call(jen.Lit(path)))
}

// storageDesc returns the gen.Desc expression of a storage field type.
func (g *gen) storageDesc(pos frontend.Pos, t *ir.Type) jen.Code {
	switch t.Kind {
	case ir.SizedT:
		return jen.Qual(genPkg, "IntDesc").Call(jen.Lit(t.Bits), jen.Lit(t.Signed))
	case ir.BigIntT:
		return jen.Qual(genPkg, "BigIntDesc")
	case ir.BoolT:
		return jen.Qual(genPkg, "BoolDesc")
	case ir.StrT:
		return jen.Qual(genPkg, "StrDesc")
	case ir.BytesT:
		return jen.Qual(genPkg, "BytesDesc")
	case ir.FloatT:
		return jen.Qual(genPkg, "FloatDesc")
	case ir.AddressT:
		return jen.Qual(genPkg, "AddressDesc")
	case ir.DynArrayT:
		if len(t.Args) == 1 {
			return jen.Qual(genPkg, "DynArrayDesc").Call(g.storageDesc(pos, t.Args[0]))
		}
	case ir.ArrayT:
		if len(t.Args) == 2 && t.Len > 0 {
			return jen.Qual(genPkg, "ArrayDesc").Call(g.storageDesc(pos, t.Args[0]), jen.Lit(t.Len))
		}
	case ir.TreeMapT:
		if len(t.Args) == 2 {
			return jen.Qual(genPkg, "TreeMapDesc").Call(g.storageDesc(pos, t.Args[0]), g.storageDesc(pos, t.Args[1]))
		}
	}
	if t.Kind == ir.ClassT && t.Class != nil && len(t.Args) == 0 {
		return g.recordDesc(pos, t.Class)
	}
	g.errorf(pos, "storage fields of type %s are not supported by the code generator yet", t)
	return jen.Nil()
}

// recordDesc returns the hoisted descriptor of a storage record class.
func (g *gen) recordDesc(pos frontend.Pos, c *ir.Class) jen.Code {
	key := "rec:" + c.Name
	if n, ok := g.consts[key]; ok {
		return jen.Id(n)
	}
	var fields []*ir.Field
	seen := map[string]int{}
	var add func(c *ir.Class)
	add = func(c *ir.Class) {
		for i := len(c.Bases) - 1; i >= 0; i-- {
			if c.Bases[i].Kind == ir.EntClass {
				add(c.Bases[i].Class)
			}
		}
		for _, f := range c.Fields {
			if f.ClassVar {
				continue
			}
			if i, ok := seen[f.Name]; ok {
				fields[i] = f
				continue
			}
			seen[f.Name] = len(fields)
			fields = append(fields, f)
		}
	}
	add(c)
	var names, descs []jen.Code
	for _, f := range fields {
		if f.Type == nil {
			g.errorf(pos, "storage record %s: field %s has no type", c.Name, f.Name)
			continue
		}
		names = append(names, jen.Lit(f.Name))
		descs = append(descs, g.storageDesc(pos, f.Type))
	}
	n := g.unique("rec_" + mangle(c.Name))
	g.consts[key] = n
	// the record's class, for its methods: the variable its class
	// statement binds (nil until that statement ran; nil for a class
	// that is not at module level)
	cls := jen.Code(jen.Nil())
	if cv := g.classVar[c]; cv != nil {
		cls = jen.Func().Params().Qual(rtPkg, "Value").Block(jen.Return(jen.Id(g.varName(cv))))
	}
	g.constDefs = append(g.constDefs, jen.Id(n).Op("=").Qual(genPkg, "RecordDesc").Call(jen.Lit(c.Name), cls,
		jen.Index().String().Values(names...), jen.Index().Qual(genPkg, "Desc").Values(descs...)))
	return jen.Id(n)
}

// contractMain emits main(): the hostio description of the module and its
// contract class (nil for a script).
func (g *gen) contractMain(schema, schemaErr string) {
	p := g.p
	module := jen.Func().Params(jen.Id("env").Op("*").Qual(hostioPkg, "Env")).Block(
		jen.Qual(genPkg, "Begin").Call(jen.Id("env")),
		jen.Id(g.opts.Prefix+"Run").Call(),
	)
	ct := p.Contract
	if ct == nil {
		g.f.Func().Id("main").Params().Block(
			jen.Qual(hostioPkg, "Main").Call(jen.Op("&").Qual(hostioPkg, "Contract").Values(jen.Dict{jen.Id("Module"): module})),
		)
		return
	}
	cv := g.classVar[ct.Class]
	if cv == nil {
		g.errorf(frontend.Pos{Lineno: 1}, "the contract class %s is not defined at module level", ct.Class.Name)
		return
	}
	var fields []jen.Code
	for _, f := range ct.Fields {
		pos := frontend.Pos{Lineno: 1}
		if f.Node != nil {
			pos = f.Node.Pos
		}
		fields = append(fields, jen.Values(jen.Lit(f.Name), jen.Lit(int(f.Offset)), g.storageDesc(pos, f.Type)))
	}
	fieldsVar := g.unique("contractFields")
	g.constDefs = append(g.constDefs, jen.Id(fieldsVar).Op("=").Index().Qual(genPkg, "Field").Values(fields...))
	selfFn := g.unique("contractSelf")
	selfVar := g.unique("contractInstance")
	g.instanceVar = selfVar
	g.f.Var().Id(selfVar).Add(rtValue())
	g.f.Comment(selfFn + " returns the contract instance of the running transaction.")
	g.f.Func().Id(selfFn).Params().Add(rtValue()).Block(
		jen.If(jen.Id(selfVar).Op("==").Nil()).Block(
			jen.Id(selfVar).Op("=").Qual(genPkg, "NewContract").Call(jen.Qual(genPkg, "G").Call(jen.Id(g.varName(cv)), jen.Lit(cv.Name)), jen.Id(fieldsVar)),
		),
		jen.Return(jen.Id(selfVar)),
	)
	method := func(m *ir.Method) jen.Code {
		name := m.Func.Name
		call := jen.Func().Params(jen.Id("env").Op("*").Qual(hostioPkg, "Env"), jen.Id("args").Index().Qual(calldataPkg, "Value"), jen.Id("kwargs").Qual(calldataPkg, "Map")).Qual(calldataPkg, "Value").Block(
			jen.Return(jen.Qual(genPkg, "CallMethod").Call(jen.Id(selfFn).Call(),
				jen.Qual(rtPkg, "GetAttr").Call(jen.Qual(genPkg, "G").Call(jen.Id(g.varName(cv)), jen.Lit(cv.Name)), jen.Lit(name)),
				jen.Id("args"), jen.Id("kwargs"))),
		)
		d := jen.Dict{jen.Id("Name"): jen.Lit(name), jen.Id("Call"): call}
		if m.Public {
			d[jen.Id("Public")] = jen.True()
		}
		if m.Readonly {
			d[jen.Id("Readonly")] = jen.True()
		}
		if m.Payable {
			d[jen.Id("Payable")] = jen.True()
		}
		return jen.Values(d)
	}
	var methods []jen.Code
	ms := append([]*ir.Method(nil), ct.Methods...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Func.Name < ms[j].Func.Name })
	for _, m := range ms {
		if m.Func.Name == "__init__" {
			continue
		}
		methods = append(methods, method(m))
	}
	// jen.Dict keys are distinct jen.Code values: each field is set once.
	schemaFn := jen.Func().Params().String().Block(jen.Return(jen.Lit(schema)))
	if schemaErr != "" {
		schemaFn = jen.Func().Params().String().Block(
			jen.Qual(rtPkg, "Raise").Call(jen.Qual(rtPkg, "TypeError"), jen.Lit(schemaErr)), jen.Return(jen.Lit("")))
	}
	cls := jen.Dict{
		jen.Id("Name"):    jen.Lit(ct.Class.Name),
		jen.Id("Methods"): jen.Index().Qual(hostioPkg, "Method").Values(methods...),
		jen.Id("Schema"):  schemaFn,
	}
	if ct.Ctor != nil {
		cls[jen.Id("Init")] = jen.Op("&").Qual(hostioPkg, "Method").Add(method(ct.Ctor))
	}
	g.f.Func().Id("main").Params().Block(
		jen.Qual(hostioPkg, "Main").Call(jen.Op("&").Qual(hostioPkg, "Contract").Values(jen.Dict{
			jen.Id("Module"): jen.Func().Params(jen.Id("env").Op("*").Qual(hostioPkg, "Env")).Block(
				jen.Id(selfVar).Op("=").Nil(),
				jen.Qual(genPkg, "Begin").Call(jen.Id("env")),
				jen.Id(g.opts.Prefix+"Run").Call(),
			),
			jen.Id("Class"): jen.Op("&").Qual(hostioPkg, "Class").Values(cls),
		})),
	)
}
