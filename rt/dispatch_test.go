package rt

import (
	"strings"
	"testing"
)

func TestMROOfBuiltinsAndExceptions(t *testing.T) {
	names := func(c *Class) string {
		var s []string
		for _, m := range c.MRO {
			s = append(s, m.Name)
		}
		return strings.Join(s, " ")
	}
	for c, want := range map[*Class]string{
		BoolType:           "bool int object",
		KeyError:           "KeyError LookupError Exception BaseException object",
		RecursionError:     "RecursionError RuntimeError Exception BaseException object",
		UnicodeDecodeError: "UnicodeDecodeError UnicodeError ValueError Exception BaseException object",
	} {
		if got := names(c); got != want {
			t.Errorf("%s MRO = %q, want %q", c.Name, got, want)
		}
	}
	a := NewClass("A", "__main__")
	b := NewClass("B", "__main__", a)
	cc := NewClass("C", "__main__", a)
	d := NewClass("D", "__main__", b, cc)
	if got := names(d); got != "D B C A object" {
		t.Errorf("diamond MRO = %q", got)
	}
	if exc := Catch(func() { NewClass("E", "__main__", a, d) }); exc == nil || !strings.Contains(exc.Error(), "consistent method resolution") {
		t.Errorf("inconsistent MRO: got %v", exc)
	}
}

func TestDispatchErrorsUseCPythonWording(t *testing.T) {
	cases := []struct {
		f    func()
		want string
	}{
		{func() { Binary(OpAdd, None, None) }, "TypeError: unsupported operand type(s) for +: 'NoneType' and 'NoneType'"},
		{func() { Binary(OpPow, None, Ellipsis) }, "TypeError: unsupported operand type(s) for ** or pow(): 'NoneType' and 'ellipsis'"},
		{func() { Compare(OpLT, None, None) }, "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'"},
		{func() { Len(None) }, "TypeError: object of type 'NoneType' has no len()"},
		{func() { GetItem(None, None) }, "TypeError: 'NoneType' object is not subscriptable"},
		{func() { Iter(None) }, "TypeError: 'NoneType' object is not iterable"},
		{func() { Call(None, nil, nil) }, "TypeError: 'NoneType' object is not callable"},
		{func() { GetAttr(None, "x") }, "AttributeError: 'NoneType' object has no attribute 'x'"},
		{func() { Unary(OpNeg, None) }, "TypeError: bad operand type for unary -: 'NoneType'"},
	}
	for _, c := range cases {
		exc := Catch(c.f)
		if exc == nil || exc.Error() != c.want {
			t.Errorf("got %v, want %q", exc, c.want)
		}
	}
	if !Eq(None, None) || Truth(Compare(OpNE, None, None)) {
		t.Error("== falls back to identity")
	}
}

func TestUnpackArgsMessages(t *testing.T) {
	p := &Params{Func: "split", Names: []string{"sep", "maxsplit"}}
	var sep, maxsplit Value = None, None
	p.Unpack([]Value{"x"}, []KW{{"maxsplit", true}}, &sep, &maxsplit)
	if sep != "x" || maxsplit != true {
		t.Fatalf("bound %v %v", sep, maxsplit)
	}
	for _, c := range []struct {
		args []Value
		kw   []KW
		want string
	}{
		{[]Value{1, 2, 3}, nil, "TypeError: split() takes at most 2 arguments (3 given)"},
		{nil, []KW{{"x", 1}}, "TypeError: split() got an unexpected keyword argument 'x'"},
		{[]Value{1}, []KW{{"sep", 1}}, "TypeError: argument for split() given by name ('sep') and position (1)"},
	} {
		exc := Catch(func() { p.Unpack(c.args, c.kw, &sep, &maxsplit) })
		if exc == nil || exc.Error() != c.want {
			t.Errorf("got %v, want %q", exc, c.want)
		}
	}
}
