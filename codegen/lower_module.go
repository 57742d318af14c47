package codegen

import (
	"github.com/dave/jennifer/jen"
)

// The module hooks let the runtime run a sub-VM (a nondet block, a
// sandbox) in-process with GenVM's semantics: every sub-VM starts from a
// freshly executed module body and leaves the caller's module state as it
// was. The generated file registers (gen.SetModule, at the start of Run):
//
//	save()           a snapshot of every module global and the contract instance
//	restore(s)       puts a snapshot back
//	fresh()          forgets the contract instance and re-runs the module body
//	global(name)     the current value of a module global, by Python name
type moduleHookNames struct {
	state, save, restore, fresh, global string
}

func (g *gen) moduleHookNames() moduleHookNames {
	return moduleHookNames{
		state:   g.unique("moduleState"),
		save:    g.unique("saveModule"),
		restore: g.unique("restoreModule"),
		fresh:   g.unique("freshModule"),
		global:  g.unique("moduleGlobal"),
	}
}

// moduleHooks emits the functions named by h.
func (g *gen) moduleHooks(h moduleHookNames) {
	var fields, saveVals, restores []jen.Code
	var cases []jen.Code
	seen := map[string]bool{}
	for _, v := range g.p.Globals {
		n := g.varName(v)
		fields = append(fields, jen.Id(n).Add(rtValue()))
		saveVals = append(saveVals, jen.Id(n).Op(":").Id(n))
		restores = append(restores, jen.Id(n).Op("=").Id("s").Dot(n))
		if !seen[v.Name] {
			seen[v.Name] = true
			cases = append(cases, jen.Case(jen.Lit(v.Name)).Block(jen.Return(jen.Id(n), jen.Id(n).Op("!=").Nil())))
		}
	}
	freshBody := []jen.Code{}
	if g.instanceVar != "" {
		fields = append(fields, jen.Id(g.instanceVar).Add(rtValue()))
		saveVals = append(saveVals, jen.Id(g.instanceVar).Op(":").Id(g.instanceVar))
		restores = append(restores, jen.Id(g.instanceVar).Op("=").Id("s").Dot(g.instanceVar))
		freshBody = append(freshBody, jen.Id(g.instanceVar).Op("=").Nil())
	}
	freshBody = append(freshBody, jen.Id(g.opts.Prefix+"Run").Call())
	g.f.Comment(h.state + " is a snapshot of the module state (globals and contract instance).")
	g.f.Type().Id(h.state).Struct(fields...)
	g.f.Comment(h.save + " snapshots the module state.")
	g.f.Func().Id(h.save).Params().Any().Block(
		jen.Return(jen.Op("&").Id(h.state).Values(saveVals...)))
	g.f.Comment(h.restore + " puts a snapshot of the module state back.")
	g.f.Func().Id(h.restore).Params(jen.Id("v").Any()).Block(
		append([]jen.Code{jen.Id("s").Op(":=").Id("v").Assert(jen.Op("*").Id(h.state)), jen.Id("_").Op("=").Id("s")}, restores...)...)
	g.f.Comment(h.fresh + " runs the module body afresh, as a new GenVM VM imports the contract.")
	g.f.Func().Id(h.fresh).Params().Block(freshBody...)
	g.f.Comment(h.global + " returns the module global named name.")
	g.f.Func().Id(h.global).Params(jen.Id("name").String()).Params(rtValue(), jen.Bool()).Block(
		jen.Switch(jen.Id("name")).Block(cases...),
		jen.Return(jen.Nil(), jen.False()))
}
