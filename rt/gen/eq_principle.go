package gen

import (
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// gl.eq_principle (GenVM SDK gl/eq_principle.py): nondet blocks with a
// built-in validator.
//
//   - strict_eq(fn): the validator runs fn in a sandbox and agrees iff its
//     Result equals the leader's (Return values compared after the calldata
//     round trip).
//   - prompt_comparative(fn, principle): the validator runs fn and asks the
//     LLM (template EqComparative) whether both answers are equivalent.
//   - prompt_non_comparative(fn, *, task, criteria): the leader runs fn and
//     has the LLM perform task on its output (EqNonComparativeLeader); the
//     validator runs fn and asks the LLM to judge the leader's answer
//     against criteria (EqNonComparativeValidator).
//
// The LLM validators first settle errors as the SDK's
// validator_handle_rollbacks_and_errors_default does: a UserError of fn
// agrees iff the leader's is a UserError with the same message, another
// exception agrees iff the leader's is a VMError, and a value disagrees
// with a leader's error.

// handleErrorsDefault runs f in the validator and returns its value, or
// done=true with the verdict when errors decide.
func handleErrorsDefault(f rt.Value, leaders rt.Value) (mine rt.Value, verdict bool, done bool) {
	exc := rt.Catch(func() { mine = rt.Call(f, nil, nil) })
	if exc == nil {
		if r, ok := leaders.(*resultObj); !ok || r.cls != ReturnType {
			return nil, false, true
		}
		return mine, false, false
	}
	if !exc.Cls.IsSubclass(rt.ExceptionClass) {
		panic(exc)
	}
	if exc.Cls.IsSubclass(hostio.UserError) {
		le, ok := leaders.(*rt.Exception)
		return nil, ok && rt.Eq(userErrorMessage(exc), userErrorMessage(le)), true
	}
	r, ok := leaders.(*resultObj)
	return nil, ok && r.cls == VMErrorType, true
}

// promptTemplate sends an ExecPromptTemplate request and returns the
// decoded answer.
func promptTemplate(template string, vars calldata.Map) rt.Value {
	checkNondet()
	args := append(calldata.Map{{Key: "template", Value: template}}, vars...)
	return decodeNondet(glCall(one("ExecPromptTemplate", args)))
}

func init() {
	eq := "genlayer.gl.eq_principle"
	regLazy(eq+".strict_eq", lazyAPI(eq, "strict_eq", &Sig{Names: []string{"fn"}, NPos: 1}, nil, nil,
		func(a []rt.Value) func() rt.Value {
			fn := a[0]
			return deliver(runNondet(
				func(c *Copier) rt.Value { return callCopy(c, fn) },
				func(c *Copier, leaders Outcome) rt.Value {
					mine := resultObject(spawnSandbox(c.Copy(fn), false))
					return rt.Compare(rt.OpEQ, mine, resultObject(leaders))
				}))
		}))
	regLazy(eq+".prompt_comparative", lazyAPI(eq, "prompt_comparative", &Sig{Names: []string{"fn", "principle"}, NPos: 2}, nil, nil,
		func(a []rt.Value) func() rt.Value {
			fn, principle := a[0], a[1]
			return deliver(runNondet(
				func(c *Copier) rt.Value { return callCopy(c, fn) },
				func(c *Copier, leaders Outcome) rt.Value {
					lr := resultObject(leaders)
					mine, verdict, done := handleErrorsDefault(c.Copy(fn), lr)
					if done {
						return verdict
					}
					return promptTemplate("EqComparative", calldata.Map{
						{Key: "leader_answer", Value: rt.Format(rt.GetAttr(lr, "calldata"), "")},
						{Key: "principle", Value: ToCalldata(c.Copy(principle))},
						{Key: "validator_answer", Value: rt.Format(mine, "")},
					})
				}))
		}))
	regLazy(eq+".prompt_non_comparative", lazyAPI(eq, "prompt_non_comparative", &Sig{Names: []string{"fn", "task", "criteria"}, NPos: 1, KwOnly: 2},
		nil, []rt.Value{nil, nil}, func(a []rt.Value) func() rt.Value {
			fn, task, criteria := a[0], a[1], a[2]
			return deliver(runNondet(
				func(c *Copier) rt.Value {
					input := callCopy(c, fn)
					if _, ok := input.(string); !ok {
						panic(&rt.Exception{Cls: rt.AssertionError})
					}
					return promptTemplate("EqNonComparativeLeader", calldata.Map{
						{Key: "criteria", Value: ToCalldata(criteria)},
						{Key: "input", Value: input},
						{Key: "task", Value: ToCalldata(task)},
					})
				},
				func(c *Copier, leaders Outcome) rt.Value {
					lr := resultObject(leaders)
					mine, verdict, done := handleErrorsDefault(c.Copy(fn), lr)
					if done {
						return verdict
					}
					return promptTemplate("EqNonComparativeValidator", calldata.Map{
						{Key: "criteria", Value: ToCalldata(criteria)},
						{Key: "input", Value: ToCalldata(mine)},
						{Key: "output", Value: ToCalldata(rt.GetAttr(lr, "calldata"))},
						{Key: "task", Value: ToCalldata(task)},
					})
				}))
		}))
}
