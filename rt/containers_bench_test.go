package rt_test

import (
	"strconv"
	"testing"

	"github.com/genvm-go/genvm/internal/pybench"
	"github.com/genvm-go/genvm/rt"
)

var benchSink rt.Value

func benchStrKeys(n int) []string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(i)
	}
	return keys
}

func BenchmarkDictGetStr(b *testing.B) {
	keys := benchStrKeys(1000)
	d := rt.NewDict(0)
	for i, k := range keys {
		d.SetStr(k, rt.IntFromInt64(int64(i)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		benchSink, _ = d.GetStr(keys[i%1000])
	}
}

func BenchmarkDictGetBoxedStr(b *testing.B) {
	keys := benchStrKeys(1000)
	boxed := make([]rt.Value, len(keys))
	d := rt.NewDict(0)
	for i, k := range keys {
		boxed[i] = k
		d.Set(k, rt.IntFromInt64(int64(i)))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		benchSink, _ = d.Get(boxed[i%1000])
	}
}

func BenchmarkDictGetSmallInt(b *testing.B) {
	d := rt.NewDict(0)
	keys := make([]rt.Value, 1000)
	for i := range keys {
		keys[i] = rt.IntFromInt64(int64(i))
		d.Set(keys[i], keys[i])
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		benchSink, _ = d.Get(keys[i%1000])
	}
}

func BenchmarkDictSetExisting(b *testing.B) {
	keys := benchStrKeys(1000)
	d := rt.NewDict(0)
	for _, k := range keys {
		d.SetStr(k, rt.None)
	}
	v := rt.Value(rt.IntFromInt64(7))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d.SetStr(keys[i%1000], v)
	}
}

// BenchmarkDictBuild100 builds a 100-entry dict from boxed keys and values
// (as CPython's are): the cost is hashing, probing and growth.
func BenchmarkDictBuild100(b *testing.B) {
	keys := make([]rt.Value, 100)
	vals := make([]rt.Value, 100)
	for i, k := range benchStrKeys(100) {
		keys[i], vals[i] = k, rt.IntFromInt64(int64(i))
	}
	b.ReportAllocs()
	for b.Loop() {
		d := rt.NewDict(0)
		for i, k := range keys {
			d.Set(k, vals[i])
		}
		benchSink = d
	}
}

func BenchmarkListAppend(b *testing.B) {
	v := rt.Value(rt.IntFromInt64(1))
	b.ReportAllocs()
	l := rt.NewList(nil)
	for i := 0; b.Loop(); i++ {
		if i%1000 == 0 {
			l = rt.NewList(nil)
		}
		l.Append(v)
	}
}

func BenchmarkListIndexGet(b *testing.B) {
	l := rt.NewList(make([]rt.Value, 1000))
	for i := range l.Items {
		l.Items[i] = rt.IntFromInt64(int64(i))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		benchSink = l.Get(i%1000 - 500)
	}
}

func BenchmarkListGetItemDynamic(b *testing.B) {
	l := rt.NewList(make([]rt.Value, 1000))
	idx := make([]rt.Value, 1000)
	for i := range l.Items {
		l.Items[i] = rt.IntFromInt64(int64(i))
		idx[i] = rt.IntFromInt64(int64(i))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		benchSink = rt.GetItem(l, idx[i%1000])
	}
}

func BenchmarkSortInts1000(b *testing.B) {
	src := make([]rt.Value, 1000)
	for i := range src {
		src[i] = rt.IntFromInt64(int64(i * 7919 % 1000))
	}
	items := make([]rt.Value, 1000)
	b.ReportAllocs()
	for b.Loop() {
		copy(items, src)
		rt.SortItems(items, nil, false)
	}
}

func BenchmarkSetAddContains(b *testing.B) {
	keys := make([]rt.Value, 1000)
	for i := range keys {
		keys[i] = "k" + strconv.Itoa(i)
	}
	s := rt.NewSet()
	for _, k := range keys {
		s.Add(k)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if !s.Contains(keys[i%1000]) {
			b.Fatal("missing")
		}
	}
}

// TestContainersBenchRatio reports Go vs CPython timings for the hot
// container operations (GENVM_BENCH=1).
func TestContainersBenchRatio(t *testing.T) {
	if !pybench.Enabled() {
		t.Skip("set GENVM_BENCH=1 for the CPython ratio table")
	}
	setupD := "keys = ['key%d' % i for i in range(1000)]\nd = {k: i for i, k in enumerate(keys)}\nit = iter(range(10**9))"
	pybench.Report(t, []pybench.Op{
		{Name: "dict get (str key)", Setup: setupD, Stmt: "d[keys[next(it) % 1000]]", Go: BenchmarkDictGetStr},
		{Name: "dict get (int key)", Setup: "d = {i: i for i in range(1000)}\nit = iter(range(10**9))", Stmt: "d[next(it) % 1000]", Go: BenchmarkDictGetSmallInt},
		{Name: "dict set existing", Setup: setupD, Stmt: "d[keys[next(it) % 1000]] = 7", Go: BenchmarkDictSetExisting},
		{Name: "dict build 100", Setup: "keys = ['key%d' % i for i in range(100)]", Stmt: "d = {}\nfor i, k in enumerate(keys): d[k] = i", Go: BenchmarkDictBuild100},
		{Name: "list append", Setup: "l = []", Stmt: "l.append(1)", Go: BenchmarkListAppend},
		{Name: "list index", Setup: "l = list(range(1000))\nit = iter(range(10**9))", Stmt: "l[next(it) % 1000 - 500]", Go: BenchmarkListIndexGet},
		{Name: "sort 1000 ints", Setup: "src = [i * 7919 % 1000 for i in range(1000)]", Stmt: "sorted(src)", Go: BenchmarkSortInts1000},
		{Name: "set contains", Setup: "s = {'k%d' % i for i in range(1000)}\nkeys = list(s)\nit = iter(range(10**9))", Stmt: "keys[next(it) % 1000] in s", Go: BenchmarkSetAddContains},
	})
}
