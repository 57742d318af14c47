package rt

import "strconv"

// Params describes the parameters of a built-in function for UnpackArgs, in
// the style of CPython's Argument Clinic. Build it once (package variable),
// not per call.
type Params struct {
	Func     string   // function name used in messages, e.g. "split"
	Names    []string // parameter names in order
	Required int      // the first Required parameters have no default
	PosOnly  int      // the first PosOnly parameters cannot be passed by keyword
	KwOnly   int      // the last KwOnly parameters cannot be passed by position
}

// Unpack binds args and kwargs to dst (one pointer per parameter, in order),
// leaving a destination untouched when its parameter is not given, and
// raising TypeError with Argument Clinic's messages for arity and keyword
// errors. Callers convert and check the bound values themselves, since
// CPython's conversion messages differ from function to function.
func (p *Params) Unpack(args []Value, kwargs []KW, dst ...*Value) {
	maxPos := len(p.Names) - p.KwOnly
	if len(args) > maxPos {
		p.tooMany(len(args) + len(kwargs))
	}
	for i, a := range args {
		*dst[i] = a
	}
	given := len(args)
	for _, kw := range kwargs {
		idx := -1
		for i, n := range p.Names {
			if n == kw.Name {
				idx = i
				break
			}
		}
		if idx < 0 || idx < p.PosOnly {
			if idx >= 0 && len(kwargs) > 0 {
				Raisef(TypeError, p.Func, "() got some positional-only arguments passed as keyword arguments: '", kw.Name, "'")
			}
			Raisef(TypeError, p.Func, "() got an unexpected keyword argument '", kw.Name, "'")
		}
		if idx < len(args) {
			Raisef(TypeError, "argument for ", p.Func, "() given by name ('", kw.Name, "') and position (", strconv.Itoa(idx+1), ")")
		}
		*dst[idx] = kw.Value
		given++
	}
	for i := 0; i < p.Required; i++ {
		if i >= len(args) && !hasKW(kwargs, p.Names[i]) {
			if i < p.PosOnly {
				Raisef(TypeError, p.Func, "() takes ", arity(p), " (", strconv.Itoa(len(args)), " given)")
			}
			Raisef(TypeError, p.Func, "() missing required argument '", p.Names[i], "' (pos ", strconv.Itoa(i+1), ")")
		}
	}
}

func hasKW(kwargs []KW, name string) bool {
	for _, kw := range kwargs {
		if kw.Name == name {
			return true
		}
	}
	return false
}

func (p *Params) tooMany(n int) {
	Raisef(TypeError, p.Func, "() takes ", arity(p), " (", strconv.Itoa(n), " given)")
}

// arity renders Argument Clinic's "at most 2 arguments" / "exactly one
// argument" / "no arguments" phrases.
func arity(p *Params) string {
	n := len(p.Names) - p.KwOnly
	switch {
	case n == 0:
		return "no arguments"
	case p.Required == n && n == 1:
		return "exactly one argument"
	case p.Required == n:
		return "exactly " + strconv.Itoa(n) + " arguments"
	case n == 1:
		return "at most 1 argument"
	}
	if p.Required > 0 {
		return "from " + strconv.Itoa(p.Required) + " to " + strconv.Itoa(n) + " arguments"
	}
	return "at most " + strconv.Itoa(n) + " arguments"
}

// NoKwargs raises CPython's TypeError when a built-in that takes no keyword
// arguments receives some.
func NoKwargs(fname string, kwargs []KW) {
	if len(kwargs) > 0 {
		Raisef(TypeError, fname, "() takes no keyword arguments")
	}
}
