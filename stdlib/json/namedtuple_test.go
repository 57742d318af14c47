package json_test

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/json"
	"github.com/genvm-go/genvm/stdlib/typing"
)

// Instances of tuple subclasses (typing.NamedTuple) encode as JSON arrays, as
// CPython's encoder treats any isinstance(o, tuple) value.
func TestDumpsNamedTupleAsArray(t *testing.T) {
	p := typing.NewNamedTuple("P", "__main__", []string{"x", "y"}, []rt.Value{rt.IntType, rt.StrType}, nil)
	rec := p.New([]rt.Value{rt.IntFromInt64(1), "a"}, nil)
	nested := rt.NewList([]rt.Value{rec, rt.NewTuple(rec)})
	pycase.CheckWithSetup(t, "import typing\nP = typing.NamedTuple('P', [('x', int), ('y', str)])\n", []pycase.Case{
		{Py: "json.dumps(P(1, 'a'))", Go: func() string { return rt.Repr(json.Dumps(rec)) }},
		{Py: "json.dumps([P(1, 'a'), (P(1, 'a'),)])", Go: func() string { return rt.Repr(json.Dumps(nested)) }},
	})
}
