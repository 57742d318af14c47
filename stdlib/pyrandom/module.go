package pyrandom

import (
	"github.com/genvm-go/genvm/rt"
)

var (
	pSeed      = &rt.Params{Func: "seed", Names: []string{"a", "version"}}
	pRandRange = &rt.Params{Func: "randrange", Names: []string{"start", "stop", "step"}, Required: 1}
	pRandInt   = &rt.Params{Func: "randint", Names: []string{"a", "b"}, Required: 2}
	pUniform   = &rt.Params{Func: "uniform", Names: []string{"a", "b"}, Required: 2}
	pOne       = func(name, arg string) *rt.Params {
		return &rt.Params{Func: name, Names: []string{arg}, Required: 1}
	}
	pChoice  = pOne("choice", "seq")
	pShuffle = pOne("shuffle", "x")
	pBits    = pOne("getrandbits", "k")
	pSample  = &rt.Params{Func: "sample", Names: []string{"population", "k"}, Required: 2}
)

func toInt(v rt.Value) int {
	i, ok := rt.AsInt(v)
	if !ok {
		rt.Raisef(rt.TypeError, "'", rt.TypeName(v), "' object cannot be interpreted as an integer")
	}
	n, fits := i.Int64()
	if !fits || n > 1<<40 || n < -(1<<40) {
		rt.Raise(rt.OverflowError, "Python int too large to convert to C int")
	}
	return int(n)
}

// methods maps each method to its implementation on an instance.
var methods = map[string]func(r *Random, args []rt.Value, kwargs []rt.KW) rt.Value{
	"seed": func(r *Random, args []rt.Value, kwargs []rt.KW) rt.Value {
		var a, version rt.Value = rt.None, nil
		pSeed.Unpack(args, kwargs, &a, &version)
		if version != nil {
			if v, ok := rt.AsInt(version); !ok || v.Big().Int64() != 2 {
				rt.Raise(rt.NotImplementedError, "random.seed supports version=2 only in genvm-go")
			}
		}
		r.Seed(a)
		return rt.None
	},
	"random": func(r *Random, args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 0 || len(kwargs) != 0 {
			rt.Raise(rt.TypeError, "Random.random() takes no arguments")
		}
		return r.Random()
	},
	"getrandbits": func(r *Random, args []rt.Value, kwargs []rt.KW) rt.Value {
		var k rt.Value
		pBits.Unpack(args, kwargs, &k)
		return rt.IntFromBig(r.GetRandBits(toInt(k)))
	},
	"randrange": func(r *Random, args []rt.Value, kwargs []rt.KW) rt.Value {
		var start, stop, step rt.Value
		pRandRange.Unpack(args, kwargs, &start, &stop, &step)
		return r.RandRange(start, stop, step)
	},
	"randint": func(r *Random, args []rt.Value, kwargs []rt.KW) rt.Value {
		var a, b rt.Value
		pRandInt.Unpack(args, kwargs, &a, &b)
		return r.RandRange(a, rt.IntFromBig(bigOf(b)).Add(rt.IntFromInt64(1)), nil)
	},
	"choice": func(r *Random, args []rt.Value, kwargs []rt.KW) rt.Value {
		var seq rt.Value
		pChoice.Unpack(args, kwargs, &seq)
		return r.Choice(seq)
	},
	"shuffle": func(r *Random, args []rt.Value, kwargs []rt.KW) rt.Value {
		var x rt.Value
		pShuffle.Unpack(args, kwargs, &x)
		r.Shuffle(x)
		return rt.None
	},
	"uniform": func(r *Random, args []rt.Value, kwargs []rt.KW) rt.Value {
		var a, b rt.Value
		pUniform.Unpack(args, kwargs, &a, &b)
		// a + (b - a) * random(), with Python's operators
		return rt.Binary(rt.OpAdd, a, rt.Binary(rt.OpMul, rt.Binary(rt.OpSub, b, a), r.Random()))
	},
	"sample": func(r *Random, args []rt.Value, kwargs []rt.KW) rt.Value {
		var pop, k rt.Value
		pSample.Unpack(args, kwargs, &pop, &k)
		return r.Sample(pop, toInt(k))
	},
}

// methodOrder fixes the order methods are installed in.
var methodOrder = []string{"seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle", "uniform", "sample"}

func init() {
	rt.SetConstructor(RandomType, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		r := &Random{}
		var a rt.Value = rt.None
		if len(args) > 1 || len(kwargs) > 0 {
			rt.Raise(rt.TypeError, "Random() takes at most 1 argument")
		}
		if len(args) == 1 {
			a = args[0]
		}
		r.Seed(a)
		return r
	})
	for _, name := range methodOrder {
		f := methods[name]
		RandomType.AddMethod(name, func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			return f(self.(*Random), args, kwargs)
		})
	}
}

// Module returns the random module; its functions use one instance per
// module object (a transaction imports a fresh module), unseeded until
// random.seed is called.
func Module() *rt.Module {
	md := rt.NewModule("random")
	md.Set("Random", RandomType)
	shared := &Random{}
	for _, name := range methodOrder {
		f := methods[name]
		md.Func(name, func(args []rt.Value, kwargs []rt.KW) rt.Value { return f(shared, args, kwargs) })
	}
	return md
}
