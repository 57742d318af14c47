package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
)

// sdkCase is one operation sequence run through the SDK's own TreeMap (see
// testdata/gen_treemap_vectors.py) and its final state.
type sdkCase struct {
	Seed  int
	Kind  string
	Ops   [][4]json.RawMessage
	Final struct {
		Root     uint64
		SlotsLen int `json:"slots_len"`
		Nodes    [][5]json.RawMessage
		FreeLen  int `json:"free_len"`
		Free     []uint64
		Items    [][2]json.RawMessage
	}
}

func newStrMap(tx *Tx) TreeMap[string, uint64] {
	d := NewTreeMapDesc[string, uint64](Str, U32, CmpString)
	m, _ := d.Get(Loc{tx, ContractSlot, 0})
	return m
}

func newU32Map(tx *Tx) TreeMap[uint64, uint64] {
	d := NewTreeMapDesc[uint64, uint64](U32, U32, CmpUint64)
	m, _ := d.Get(Loc{tx, ContractSlot, 0})
	return m
}

func TestTreeMapAgainstSDK(t *testing.T) {
	raw, err := os.ReadFile("testdata/treemap_sdk_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct{ Cases []sdkCase }
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	if len(file.Cases) == 0 {
		t.Fatal("no cases")
	}
	stale := 0
	for _, c := range file.Cases {
		t.Run(fmt.Sprintf("%s-%d", c.Kind, c.Seed), func(t *testing.T) {
			tx := NewTx(NewMemStore(), nil)
			if c.Kind == "str" {
				stale += replay(t, c, newStrMap(tx), func(m json.RawMessage) string {
					var s string
					must(t, json.Unmarshal(m, &s))
					return s
				})
			} else {
				stale += replay(t, c, newU32Map(tx), func(m json.RawMessage) uint64 {
					var s uint64
					must(t, json.Unmarshal(m, &s))
					return s
				})
			}
		})
	}
	if stale == 0 {
		t.Error("no get_or_insert_default returned a stale value: vectors do not cover node reuse")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func replay[K comparable](t *testing.T, c sdkCase, m TreeMap[K, uint64], key func(json.RawMessage) K) (stale int) {
	num := func(r json.RawMessage) uint64 {
		var n uint64
		must(t, json.Unmarshal(r, &n))
		return n
	}
	for i, op := range c.Ops {
		var name string
		must(t, json.Unmarshal(op[0], &name))
		k := key(op[1])
		switch name {
		case "set":
			must(t, m.Set(k, num(op[2])))
		case "del":
			var want string
			must(t, json.Unmarshal(op[3], &want))
			err := m.Delete(k)
			got := "ok"
			var pe *PyError
			if errors.As(err, &pe) && pe.Kind == "KeyError" {
				got = "KeyError"
			} else if err != nil {
				t.Fatalf("op %d: %v", i, err)
			}
			if got != want {
				t.Fatalf("op %d del %v: %s, SDK %s", i, k, got, want)
			}
		case "god":
			v, err := m.GetOrInsertDefault(k)
			must(t, err)
			if want := num(op[3]); v != want {
				t.Fatalf("op %d get_or_insert_default(%v) = %d, SDK %d", i, k, v, want)
			}
			if v != 0 {
				stale++
			}
		case "clear":
			must(t, m.Clear())
		}
	}
	o := m.op()
	f := c.Final
	root, _ := o.root()
	slotsLen, _ := o.slots().Len()
	freeLen, _ := o.free().Len()
	if root != f.Root || slotsLen != f.SlotsLen || freeLen != f.FreeLen {
		t.Fatalf("root/len/free = %d/%d/%d, SDK %d/%d/%d", root, slotsLen, freeLen, f.Root, f.SlotsLen, f.FreeLen)
	}
	// every node ever allocated, stale ones included, byte for byte
	for i, n := range f.Nodes {
		l, _ := o.at(uint64(i + 1))
		k, err := m.t.key.Get(l)
		must(t, err)
		v, _ := U32.Get(l.At(m.t.valOff))
		left, _ := U32.Get(l.At(m.t.leftOff))
		right, _ := U32.Get(l.At(m.t.rightOff))
		bal, _ := I8.Get(l.At(m.t.balOff))
		var wb int64
		must(t, json.Unmarshal(n[4], &wb))
		if k != key(n[0]) || v != num(n[1]) || left != num(n[2]) || right != num(n[3]) || bal != wb {
			t.Fatalf("node %d = (%v %d %d %d %d), SDK %s", i+1, k, v, left, right, bal, n)
		}
	}
	for i, want := range f.Free {
		got, _ := U32.Get(o.free().Loc.Indirect().At(uint32(4 * i)))
		if got != want {
			t.Fatalf("free[%d] = %d, SDK %d", i, got, want)
		}
	}
	var items [][2]any
	must(t, m.Each(func(k K, v uint64) error {
		items = append(items, [2]any{k, v})
		return nil
	}))
	if len(items) != len(f.Items) {
		t.Fatalf("%d items, SDK %d", len(items), len(f.Items))
	}
	for i, it := range f.Items {
		if items[i][0] != key(it[0]) || items[i][1] != num(it[1]) {
			t.Fatalf("item %d = %v, SDK %s", i, items[i], it)
		}
	}
	if n, _ := m.Len(); n != len(items) {
		t.Fatalf("Len %d, items %d", n, len(items))
	}
	return stale
}

// checkAVL verifies the AVL invariants below node n and returns its height.
func checkAVL(t *testing.T, o *treeOp[uint64, uint64], n uint64, lo, hi int64) int {
	t.Helper()
	if n == 0 {
		return 0
	}
	k, _ := o.key(n)
	if int64(k) <= lo || int64(k) >= hi {
		t.Fatalf("node %d key %d outside (%d, %d)", n, k, lo, hi)
	}
	l, _ := o.left(n)
	r, _ := o.right(n)
	hl := checkAVL(t, o, l, lo, int64(k))
	hr := checkAVL(t, o, r, int64(k), hi)
	b, _ := o.bal(n)
	if int64(hr-hl) != b || b < -1 || b > 1 {
		t.Fatalf("node %d balance %d, heights %d/%d", n, b, hl, hr)
	}
	return 1 + max(hl, hr)
}

// runOps applies an operation program to a fresh map and a reference map,
// checking results, invariants and sorted iteration; it returns the store.
func runOps(t *testing.T, prog []byte) *MemStore {
	st := NewMemStore()
	tx := NewTx(st, nil)
	m := newU32Map(tx)
	ref := map[uint64]uint64{}
	for i := 0; i+1 < len(prog); i += 2 {
		k := uint64(prog[i+1] % 64)
		switch prog[i] % 4 {
		case 0, 1:
			v := uint64(prog[i]) * 7919
			must(t, m.Set(k, v))
			ref[k] = v
		case 2:
			err := m.Delete(k)
			if _, ok := ref[k]; ok != (err == nil) {
				t.Fatalf("delete %d: %v (present %v)", k, err, ok)
			}
			delete(ref, k)
		case 3:
			v, ok, err := m.Get(k)
			must(t, err)
			rv, rok := ref[k]
			if ok != rok || v != rv {
				t.Fatalf("get %d = %d %v, want %d %v", k, v, ok, rv, rok)
			}
		}
		o := m.op()
		r, _ := o.root()
		checkAVL(t, &o, r, -1, 1<<40)
	}
	keys := make([]uint64, 0, len(ref))
	for k := range ref {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var got []uint64
	must(t, m.Each(func(k, v uint64) error {
		if ref[k] != v {
			t.Fatalf("value of %d = %d, want %d", k, v, ref[k])
		}
		got = append(got, k)
		return nil
	}))
	if !slices.Equal(got, keys) {
		t.Fatalf("iteration %v, want %v", got, keys)
	}
	must(t, tx.Commit())
	return st
}

func sameStores(a, b *MemStore) bool {
	as, bs := a.Slots(), b.Slots()
	if !slices.Equal(as, bs) {
		return false
	}
	for _, id := range as {
		if !slices.Equal(a.Bytes(id), b.Bytes(id)) {
			return false
		}
	}
	return true
}

func TestTreeMapRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for range 30 {
		prog := make([]byte, 600)
		for i := range prog {
			prog[i] = byte(r.Uint32())
		}
		if !sameStores(runOps(t, prog), runOps(t, prog)) {
			t.Fatal("same operations gave different bytes")
		}
	}
}

// FuzzTreeMap runs random insert/delete/lookup programs against a reference
// map: AVL invariants hold after every operation, iteration is sorted, and
// the same program always yields the same slot bytes.
func FuzzTreeMap(f *testing.F) {
	f.Add([]byte{0, 1, 0, 2, 0, 3, 2, 2, 3, 1})
	f.Add([]byte{1, 5, 1, 4, 1, 3, 1, 2, 1, 1, 2, 3, 2, 5, 0, 3})
	f.Fuzz(func(t *testing.T, prog []byte) {
		if len(prog) > 4000 {
			return
		}
		if !sameStores(runOps(t, prog), runOps(t, prog)) {
			t.Fatal("same operations gave different bytes")
		}
	})
}

func benchMap(b *testing.B) (TreeMap[uint64, uint64], *Tx) {
	tx := NewTx(NewMemStore(), nil)
	m := newU32Map(tx)
	for i := range uint64(1000) {
		if err := m.Set(i*2654435761%100003, i); err != nil {
			b.Fatal(err)
		}
	}
	return m, tx
}

func BenchmarkTreeMapGet(b *testing.B) {
	m, _ := benchMap(b)
	b.ReportAllocs()
	i := uint64(0)
	for b.Loop() {
		if _, _, err := m.Get(i * 2654435761 % 100003); err != nil {
			b.Fatal(err)
		}
		i = (i + 1) % 1000
	}
}

func BenchmarkTreeMapInsertDelete(b *testing.B) {
	m, _ := benchMap(b)
	b.ReportAllocs()
	i := uint64(0)
	for b.Loop() {
		k := 200000 + i%5000
		if err := m.Set(k, i); err != nil {
			b.Fatal(err)
		}
		if err := m.Delete(k); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkTreeMapStrSet(b *testing.B) {
	tx := NewTx(NewMemStore(), nil)
	m := newStrMap(tx)
	keys := make([]string, 1000)
	for i := range keys {
		keys[i] = fmt.Sprintf("account-%d", i*7919%1000)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := m.Set(keys[i%len(keys)], uint64(i)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
