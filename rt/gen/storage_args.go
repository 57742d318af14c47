package gen

import (
	"strconv"

	"github.com/genvm-go/genvm/rt"
)

// sdkParams describes a method of the SDK's storage classes as the Python
// function defining it (def qual(self, names...)): the first required names
// have no default. Calls are checked with CPython's messages for Python
// functions, since in GenVM these methods are Python code (vec.py,
// tree_map.py and the collections.abc mixins).
type sdkParams struct {
	qual     string // e.g. "DynArray.pop", "Sequence.index"
	names    []string
	required int
	posOnly  bool // def f(self, ..., /): no keyword may name a parameter
}

// bind returns one value per parameter (nil where a default applies).
func (p *sdkParams) bind(args []rt.Value, kwargs []rt.KW) []rt.Value {
	n := len(p.names)
	if len(args) > n {
		takes := strconv.Itoa(n+1) + " positional argument"
		if n+1 != 1 {
			takes += "s"
		}
		if p.required < n {
			takes = "from " + strconv.Itoa(p.required+1) + " to " + strconv.Itoa(n+1) + " positional arguments"
		}
		rt.Raisef(rt.TypeError, p.qual, "() takes ", takes, " but ", strconv.Itoa(len(args)+1), " were given")
	}
	out := make([]rt.Value, n)
	copy(out, args)
	for _, kw := range kwargs {
		idx := -1
		if !p.posOnly {
			for i, name := range p.names {
				if name == kw.Name {
					idx = i
				}
			}
		}
		if idx < 0 {
			rt.Raisef(rt.TypeError, p.qual, "() got an unexpected keyword argument '", kw.Name, "'")
		}
		if out[idx] != nil {
			rt.Raisef(rt.TypeError, p.qual, "() got multiple values for argument '", kw.Name, "'")
		}
		out[idx] = kw.Value
	}
	var missing []string
	for i := range p.required {
		if out[i] == nil {
			missing = append(missing, "'"+p.names[i]+"'")
		}
	}
	if len(missing) > 0 {
		list := missing[0]
		switch len(missing) {
		case 1:
		case 2:
			list = missing[0] + " and " + missing[1]
		default:
			list = ""
			for i, m := range missing {
				if i == len(missing)-1 {
					list += "and " + m
				} else {
					list += m + ", "
				}
			}
		}
		what := " required positional argument"
		if len(missing) > 1 {
			what += "s"
		}
		rt.Raisef(rt.TypeError, p.qual, "() missing ", strconv.Itoa(len(missing)), what, ": ", list)
	}
	return out
}

// sdkMethod adds a method checked by p to c.
func sdkMethod(c *rt.Class, name string, p *sdkParams, fn func(self rt.Value, a []rt.Value) rt.Value) {
	c.AddMethod(name, func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return fn(self, p.bind(args, kwargs))
	})
}
