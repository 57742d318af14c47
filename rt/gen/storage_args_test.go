package gen

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
	"github.com/genvm-go/genvm/rt"
)

// TestSDKParamsMessages checks sdkParams against CPython 3.13 calling
// Python functions of the same signatures wrongly (one process for all).
func TestSDKParamsMessages(t *testing.T) {
	pyoracle.Require(t)
	type call struct {
		p      *sdkParams
		npos   int
		kwargs []string
	}
	calls := []call{
		{dynPop, 1, nil}, {dynPop, 3, nil}, {dynPop, 0, []string{"x"}},
		{dynInsert, 0, nil}, {dynInsert, 1, nil}, {dynInsert, 3, nil}, {dynInsert, 1, []string{"index"}},
		{dynIndexP, 0, nil}, {dynIndexP, 4, nil}, {dynIndexP, 1, []string{"nope"}},
		{tmGet, 0, nil}, {tmGet, 3, nil}, {tmPop, 0, nil}, {tmPop, 3, nil}, {tmPopitem, 1, nil},
		{tmCompute, 0, nil}, {tmCompute, 1, []string{"supplier", "k"}},
		{&sdkParams{qual: "C.f", names: []string{"a", "b", "c"}, required: 3}, 0, nil},
	}
	var py strings.Builder
	py.WriteString("import json\nout = []\n")
	var want []string
	for _, c := range calls {
		cls, meth, _ := strings.Cut(c.p.qual, ".")
		params := []string{"self"}
		for j, n := range c.p.names {
			if j >= c.p.required {
				n += "=None"
			}
			params = append(params, n)
		}
		args := []string{}
		for j := range c.npos {
			args = append(args, fmt.Sprint(j))
		}
		for _, k := range c.kwargs {
			args = append(args, k+"=0")
		}
		fmt.Fprintf(&py, "class %s:\n    def %s(%s): pass\ntry:\n    %s().%s(%s)\n    out.append('ok')\nexcept TypeError as e:\n    out.append(str(e))\n",
			cls, meth, strings.Join(params, ", "), cls, meth, strings.Join(args, ", "))
	}
	py.WriteString("print(json.dumps(out))\n")
	outb, err := pyoracle.Run(py.String(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(outb, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(calls) {
		t.Fatalf("CPython gave %d results for %d calls", len(want), len(calls))
	}
	for i, c := range calls {
		args := make([]rt.Value, c.npos)
		for j := range args {
			args[j] = rt.IntFromInt64(int64(j))
		}
		var kw []rt.KW
		for _, k := range c.kwargs {
			kw = append(kw, rt.KW{Name: k, Value: rt.IntFromInt64(0)})
		}
		got := "ok"
		func() {
			defer func() {
				if r := recover(); r != nil {
					e, ok := r.(*rt.Exception)
					if !ok || e.Cls != rt.TypeError {
						panic(r)
					}
					got = rt.Str(e.Args[0])
				}
			}()
			c.p.bind(args, kw)
		}()
		if got != want[i] {
			t.Errorf("%s with %d positional, kwargs %v: got %q, CPython %q", c.p.qual, c.npos, c.kwargs, got, want[i])
		}
	}
}
