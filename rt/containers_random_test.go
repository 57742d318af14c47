package rt_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/rt"
)

// randomKeyLit returns a Python literal of a random hashable key: small and
// large ints, strings, floats, tuples — so that probing, dummies and resizes
// are exercised with real CPython hashes.
func randomKeyLit(r *rand.Rand) string {
	switch r.IntN(6) {
	case 0:
		return fmt.Sprint(r.IntN(64) - 16)
	case 1:
		return fmt.Sprint(r.Int64() >> r.IntN(64))
	case 2:
		return fmt.Sprintf("'k%d'", r.IntN(200))
	case 3:
		return fmt.Sprintf("%d.5", r.IntN(50))
	case 4:
		return fmt.Sprintf("(%d, 'x%d')", r.IntN(10), r.IntN(10))
	}
	return fmt.Sprintf("%d", r.IntN(1000)*1024)
}

func randomKeys(r *rand.Rand, n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = randomKeyLit(r)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// TestSetOrderRandomAgainstCPython builds sets through random sequences of
// additions, removals, pops and set algebra and compares their iteration
// order (the repr) with CPython's.
func TestSetOrderRandomAgainstCPython(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var exprs []string
	for range 150 {
		a, b, c := randomKeys(r, r.IntN(60)), randomKeys(r, r.IntN(60)), randomKeys(r, r.IntN(30))
		switch r.IntN(9) {
		case 0:
			exprs = append(exprs, fmt.Sprintf("(s := set(), [s.add(x) for x in %s], [s.discard(x) for x in %s], [s.add(x) for x in %s], s)[-1]", a, b, c))
		case 1:
			exprs = append(exprs, fmt.Sprintf("(s := set(%s), [s.pop() for _ in range(min(len(s), %d))], s.update(%s), s)[-1]", a, r.IntN(20), c))
		case 2:
			exprs = append(exprs, fmt.Sprintf("set(%s) | set(%s)", a, b))
		case 3:
			exprs = append(exprs, fmt.Sprintf("set(%s) & set(%s)", a, b))
		case 4:
			exprs = append(exprs, fmt.Sprintf("set(%s) - set(%s)", a, b))
		case 5:
			exprs = append(exprs, fmt.Sprintf("set(%s) ^ set(%s)", a, b))
		case 6:
			exprs = append(exprs, fmt.Sprintf("dict.fromkeys(%s).keys() & set(%s)", a, b))
		case 7:
			exprs = append(exprs, fmt.Sprintf("(s := set(%s), s.difference_update(%s), s.symmetric_difference_update(%s), s)[-1]", a, b, c))
		default:
			exprs = append(exprs, fmt.Sprintf("frozenset(%s).union(%s).intersection(%s)", a, b, a))
		}
	}
	checkExprs(t, "", exprs)
}

// TestDictRandomAgainstCPython compares dicts after random insertions,
// deletions, pops, popitems and updates.
func TestDictRandomAgainstCPython(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var exprs []string
	for range 100 {
		a, b, c := randomKeys(r, r.IntN(80)), randomKeys(r, r.IntN(60)), randomKeys(r, r.IntN(40))
		exprs = append(exprs, fmt.Sprintf("(d := {}, [operator.setitem(d, x, i) for i, x in enumerate(%s)], [d.pop(x, None) for x in %s], "+
			"[d.popitem() for _ in range(min(len(d), %d))], d.update(dict.fromkeys(%s, 'u')), d, list(d.items())[::3])[-2:]", a, b, r.IntN(5), c))
	}
	checkExprs(t, "", exprs)
}

// TestDictMatchesReferenceModel drives Dict with random operations and
// checks it against a simple ordered reference after every step, stressing
// the small (index-free) mode, growth, holes, compaction and popitem's
// trimming of trailing entries.
func TestDictMatchesReferenceModel(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for round := range 200 {
		d := rt.NewDict(0)
		var keys []rt.Value
		vals := map[rt.Value]rt.Value{}
		keyspace := 4 + r.IntN(300)
		for step := range 400 {
			var k rt.Value
			if r.IntN(2) == 0 {
				k = rt.IntFromInt64(int64(r.IntN(keyspace)))
			} else {
				k = fmt.Sprint("s", r.IntN(keyspace))
			}
			switch op := r.IntN(10); {
			case op < 5:
				if _, ok := vals[k]; !ok {
					keys = append(keys, k)
				}
				vals[k] = rt.IntFromInt64(int64(step))
				d.Set(k, vals[k])
			case op < 8:
				_, had := vals[k]
				if got := d.Delete(k); got != had {
					t.Fatalf("round %d step %d: Delete(%v) = %v, want %v", round, step, k, got, had)
				}
				if had {
					delete(vals, k)
					for i, x := range keys {
						if x == k {
							keys = append(keys[:i], keys[i+1:]...)
							break
						}
					}
				}
			default:
				if len(keys) == 0 {
					continue
				}
				res := rt.CallMethod(d, "popitem", nil, nil).(*rt.Tuple)
				last := keys[len(keys)-1]
				if res.Items[0] != last {
					t.Fatalf("round %d step %d: popitem key %v, want %v", round, step, res.Items[0], last)
				}
				keys = keys[:len(keys)-1]
				delete(vals, last)
			}
			if d.Len() != len(keys) {
				t.Fatalf("round %d step %d: len %d, want %d", round, step, d.Len(), len(keys))
			}
			got := d.Keys()
			for i := range keys {
				if got[i] != keys[i] {
					t.Fatalf("round %d step %d: key %d = %v, want %v", round, step, i, got[i], keys[i])
				}
				if v, ok := d.Get(keys[i]); !ok || v != vals[keys[i]] {
					t.Fatalf("round %d step %d: Get(%v) = %v, %v", round, step, keys[i], v, ok)
				}
			}
			if _, ok := d.Get("absent"); ok {
				t.Fatal("absent key found")
			}
		}
	}
}

// TestSortRandomAgainstCPython sorts random lists — floats with NaNs (an
// inconsistent order, so the result depends on every comparison made),
// mixed ints and floats, tuples, and keyed sorts with many ties — of lengths
// that exercise run detection, binary insertion, galloping merges and the
// powersort merge schedule, and compares with CPython.
func TestSortRandomAgainstCPython(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var exprs []string
	for c := range 70 {
		n := []int{10, 63, 64, 65, 200, 700, 2000}[c%7]
		parts := make([]string, n)
		runLen := 1 + r.IntN(40)
		for i := range parts {
			switch c % 4 {
			case 0:
				if r.IntN(10) == 0 {
					parts[i] = "nan"
				} else {
					parts[i] = fmt.Sprintf("%d.5", r.IntN(100))
				}
			case 1:
				if r.IntN(2) == 0 {
					parts[i] = fmt.Sprint(r.IntN(50))
				} else {
					parts[i] = fmt.Sprintf("%d.25", r.IntN(50))
				}
			case 2:
				// runs: partly ascending, partly descending data
				if (i/runLen)%2 == 0 {
					parts[i] = fmt.Sprintf("(%d, %d)", i/runLen, i)
				} else {
					parts[i] = fmt.Sprintf("(%d, %d)", i/runLen, -i)
				}
			default:
				parts[i] = fmt.Sprintf("(%d, 'v%d')", r.IntN(8), i)
			}
		}
		list := "[" + strings.Join(parts, ", ") + "]"
		switch c % 4 {
		case 3:
			exprs = append(exprs, "sorted("+list+", key=lambda p: p[0])", "sorted("+list+", key=lambda p: p[0], reverse=True)")
		default:
			exprs = append(exprs, "sorted("+list+")", "sorted("+list+", reverse=True)")
		}
	}
	checkExprs(t, "nan = float('nan')", exprs)
}

// TestListSlicingRandomAgainstCPython: random slice reads, slice and
// extended-slice assignments and deletions with random bounds and steps.
func TestListSlicingRandomAgainstCPython(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	bound := func() string {
		switch r.IntN(5) {
		case 0:
			return "None"
		case 1:
			return fmt.Sprint(r.IntN(30) - 15)
		default:
			return fmt.Sprint(r.IntN(12) - 6)
		}
	}
	step := func() string {
		if r.IntN(3) == 0 {
			return "None"
		}
		return []string{"1", "2", "3", "-1", "-2", "-3", "5", "-4"}[r.IntN(8)]
	}
	var exprs []string
	for range 200 {
		n := r.IntN(12)
		sl := fmt.Sprintf("slice(%s, %s, %s)", bound(), bound(), step())
		base := fmt.Sprintf("(l := list(range(%d)), ", n)
		switch r.IntN(4) {
		case 0:
			exprs = append(exprs, base+"l["+sl+"])[-1]", fmt.Sprintf("tuple(range(%d))[%s]", n, sl), fmt.Sprintf("range(%d)[%s]", n, sl))
		case 1:
			exprs = append(exprs, base+fmt.Sprintf("operator.setitem(l, %s, list('abcdefg'[:%d])), l)[-1]", sl, r.IntN(8)))
		case 2:
			exprs = append(exprs, base+fmt.Sprintf("operator.delitem(l, %s), l)[-1]", sl))
		default:
			exprs = append(exprs, base+fmt.Sprintf("operator.setitem(l, %s, l), l)[-1]", sl))
		}
	}
	checkExprs(t, "", exprs)
}
