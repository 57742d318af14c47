package storage

import (
	"bytes"
	"cmp"
	"math/big"

	"github.com/genvm-go/genvm/rt/address"
)

// TreeMapDesc describes TreeMap[K, V]: a 12-byte record {_root u32,
// _slots DynArray[_Node[K, V]], _free_slots DynArray[u32]} where
// _Node = {key K, value V, left u32, right u32, balance i8}. Node indices
// in _root/left/right are 1-based (0 = none); _free_slots holds 0-based
// indices of freed nodes. The tree is the SDK's AVL tree, replicated
// operation for operation so that the same operations give the same bytes.
type TreeMapDesc[K, V any] struct{ t *treeLayout[K, V] }

type treeLayout[K, V any] struct {
	key      Desc[K]
	val      Desc[V]
	less     func(a, b K) int
	cmpAt    func(l Loc, k K, buf *[]byte) (int, error) // optional: compare without decoding
	node     *RecordDesc
	valOff   uint32
	leftOff  uint32
	rightOff uint32
	balOff   uint32
}

// NewTreeMapDesc returns the descriptor of TreeMap[K, V]; compare orders
// keys as Python's == and < do for K.
func NewTreeMapDesc[K, V any](key Desc[K], val Desc[V], compare func(a, b K) int) TreeMapDesc[K, V] {
	node := MustRecord("_Node",
		FieldSpec{"key", key}, FieldSpec{"value", val},
		FieldSpec{"left", U32}, FieldSpec{"right", U32}, FieldSpec{"balance", I8})
	t := &treeLayout[K, V]{
		key: key, val: val, less: compare, node: node,
		valOff: node.Fields[1].Off, leftOff: node.Fields[2].Off,
		rightOff: node.Fields[3].Off, balOff: node.Fields[4].Off,
	}
	// str keys compare by their UTF-8 bytes (Python's str order is code
	// point order, the same), so they need not be decoded on the way down.
	if _, ok := any(key).(StrDesc); ok {
		if _, ok := any(compare).(func(a, b string) int); ok {
			t.cmpAt, _ = any(cmpStoredStr).(func(Loc, K, *[]byte) (int, error))
		}
	}
	return TreeMapDesc[K, V]{t}
}

// cmpStoredStr compares k with the str stored at l, reading its bytes into
// *buf (reused between calls).
func cmpStoredStr(l Loc, k string, buf *[]byte) (int, error) {
	n, err := U32.Get(l)
	if err != nil {
		return 0, err
	}
	if uint64(cap(*buf)) < n {
		*buf = make([]byte, n)
	}
	b := (*buf)[:n]
	if err := l.Indirect().read(b); err != nil {
		return 0, err
	}
	switch {
	case k == string(b):
		return 0, nil
	case k < string(b):
		return -1, nil
	}
	return 1, nil
}

func (TreeMapDesc[K, V]) Size() uint32 { return 12 }
func (TreeMapDesc[K, V]) Plain() bool  { return false }

func (d TreeMapDesc[K, V]) Get(l Loc) (TreeMap[K, V], error) { return TreeMap[K, V]{l, d.t}, nil }

// Desc returns the descriptor of m's type (to copy m elsewhere).
func (m TreeMap[K, V]) Desc() TreeMapDesc[K, V] { return TreeMapDesc[K, V]{t: m.t} }

// Set copies another map of the same type here.
func (d TreeMapDesc[K, V]) Set(l Loc, v TreeMap[K, V]) error { return d.Copy(v.Loc, l) }

func (d TreeMapDesc[K, V]) Copy(from, to Loc) error {
	if err := memcpy(from, to, 4); err != nil {
		return err
	}
	if err := (DynArrayDesc[Record]{d.t.node}).Copy(from.At(4), to.At(4)); err != nil {
		return err
	}
	return (DynArrayDesc[uint64]{U32}).Copy(from.At(8), to.At(8))
}

// TreeMap is a view of a TreeMap[K, V].
type TreeMap[K, V any] struct {
	Loc Loc
	t   *treeLayout[K, V]
}

// treeOp caches the locations one operation needs.
type treeOp[K, V any] struct {
	m     TreeMap[K, V]
	nodes Loc // offset 0 of the slot holding the nodes
	size  uint32
	buf   *[]byte // key scratch for cmpAt, allocated on first use
}

// cmpKey compares k with the key of node n (1-based) as Python does.
func (o *treeOp[K, V]) cmpKey(k K, n uint64) (int, error) {
	l, err := o.at(n)
	if err != nil {
		return 0, err
	}
	if o.m.t.cmpAt != nil {
		if o.buf == nil {
			o.buf = new([]byte)
		}
		return o.m.t.cmpAt(l, k, o.buf)
	}
	nk, err := o.m.t.key.Get(l)
	if err != nil {
		return 0, err
	}
	return o.m.t.less(k, nk), nil
}

func (m TreeMap[K, V]) op() treeOp[K, V] {
	return treeOp[K, V]{m: m, nodes: m.Loc.At(4).Indirect(), size: m.t.node.Size()}
}

func (o *treeOp[K, V]) slots() DynArray[Record] { return DynArray[Record]{o.m.Loc.At(4), o.m.t.node} }
func (o *treeOp[K, V]) free() DynArray[uint64]  { return DynArray[uint64]{o.m.Loc.At(8), U32} }

// at returns node n (1-based).
func (o *treeOp[K, V]) at(n uint64) (Loc, error) { return o.nodes.atIndex(int(n-1), o.size) }

func (o *treeOp[K, V]) root() (uint64, error)  { return U32.Get(o.m.Loc) }
func (o *treeOp[K, V]) setRoot(n uint64) error { return U32.Set(o.m.Loc, n) }

func (o *treeOp[K, V]) u32(n uint64, off uint32) (uint64, error) {
	l, err := o.at(n)
	if err != nil {
		return 0, err
	}
	return U32.Get(l.At(off))
}

func (o *treeOp[K, V]) setU32(n uint64, off uint32, v uint64) error {
	l, err := o.at(n)
	if err != nil {
		return err
	}
	return U32.Set(l.At(off), v)
}

func (o *treeOp[K, V]) left(n uint64) (uint64, error)  { return o.u32(n, o.m.t.leftOff) }
func (o *treeOp[K, V]) right(n uint64) (uint64, error) { return o.u32(n, o.m.t.rightOff) }
func (o *treeOp[K, V]) setLeft(n, v uint64) error      { return o.setU32(n, o.m.t.leftOff, v) }
func (o *treeOp[K, V]) setRight(n, v uint64) error     { return o.setU32(n, o.m.t.rightOff, v) }

func (o *treeOp[K, V]) bal(n uint64) (int64, error) {
	l, err := o.at(n)
	if err != nil {
		return 0, err
	}
	return I8.Get(l.At(o.m.t.balOff))
}

func (o *treeOp[K, V]) setBal(n uint64, b int64) error {
	l, err := o.at(n)
	if err != nil {
		return err
	}
	return I8.Set(l.At(o.m.t.balOff), b)
}

func (o *treeOp[K, V]) key(n uint64) (K, error) {
	l, err := o.at(n)
	if err != nil {
		var zero K
		return zero, err
	}
	return o.m.t.key.Get(l)
}

// errs collects the first error of a sequence of storage accesses.
type errs struct{ err error }

func (e *errs) u(v uint64, err error) uint64 {
	if e.err == nil {
		e.err = err
	}
	return v
}

func (e *errs) i(v int64, err error) int64 {
	if e.err == nil {
		e.err = err
	}
	return v
}

func (e *errs) do(err error) {
	if e.err == nil {
		e.err = err
	}
}

// Len is the number of entries: len(_slots) - len(_free_slots).
func (m TreeMap[K, V]) Len() (int, error) {
	o := m.op()
	n, err := o.slots().Len()
	if err != nil {
		return 0, err
	}
	f, err := o.free().Len()
	return n - f, err
}

// Clear empties the map: root, then the two arrays' lengths.
func (m TreeMap[K, V]) Clear() error {
	o := m.op()
	if err := o.setRoot(0); err != nil {
		return err
	}
	if err := o.slots().Clear(); err != nil {
		return err
	}
	return o.free().Clear()
}

// find returns the 1-based node holding k, or 0.
func (o *treeOp[K, V]) find(k K) (uint64, error) {
	idx, err := o.root()
	for err == nil && idx != 0 {
		var c int
		if c, err = o.cmpKey(k, idx); err != nil {
			break
		}
		if c == 0 {
			return idx, nil
		}
		if c < 0 {
			idx, err = o.left(idx)
		} else {
			idx, err = o.right(idx)
		}
	}
	return 0, err
}

// Get returns the value for k and whether it is present.
func (m TreeMap[K, V]) Get(k K) (V, bool, error) {
	var zero V
	o := m.op()
	n, err := o.find(k)
	if err != nil || n == 0 {
		return zero, false, err
	}
	l, err := o.at(n)
	if err != nil {
		return zero, false, err
	}
	v, err := m.t.val.Get(l.At(m.t.valOff))
	return v, err == nil, err
}

// Contains reports whether k is present.
func (m TreeMap[K, V]) Contains(k K) (bool, error) {
	o := m.op()
	n, err := o.find(k)
	return n != 0, err
}

// findSeq is the SDK's _find_seq: the path from the root to k's node (or to
// the 0 where it would be), and whether the last step went left.
func (o *treeOp[K, V]) findSeq(k K, seq []uint64) ([]uint64, bool, error) {
	cur, err := o.root()
	isLess := true
	for err == nil {
		seq = append(seq, cur)
		if cur == 0 {
			break
		}
		var c int
		if c, err = o.cmpKey(k, cur); err != nil {
			break
		}
		if c == 0 {
			break
		}
		isLess = c < 0
		if isLess {
			cur, err = o.left(cur)
		} else {
			cur, err = o.right(cur)
		}
	}
	return seq, isLess, err
}

// allocSlot returns a 0-based node index: the last freed one, else a new
// node appended to _slots (its bytes are not cleared).
func (o *treeOp[K, V]) allocSlot() (uint64, error) {
	free := o.free()
	nf, err := free.Len()
	if err != nil {
		return 0, err
	}
	if nf > 0 {
		idx, err := free.Get(-1)
		if err != nil {
			return 0, err
		}
		if err := free.Pop(); err != nil {
			return 0, err
		}
		ns, err := o.slots().Len()
		if err != nil {
			return 0, err
		}
		if idx >= uint64(ns) {
			return 0, indexErr("index out of range %d not in 0..<%d", idx, ns)
		}
		return idx, nil
	}
	slots := o.slots()
	n, err := slots.Len()
	if err != nil {
		return 0, err
	}
	return uint64(n), slots.setLen(n + 1)
}

// freeSlot releases 0-based node idx: popped if it is the last node, else
// pushed on the free list.
func (o *treeOp[K, V]) freeSlot(idx uint64) error {
	slots := o.slots()
	n, err := slots.Len()
	if err != nil {
		return err
	}
	if idx+1 == uint64(n) {
		return slots.Pop()
	}
	return o.free().Append(idx)
}

func (o *treeOp[K, V]) rotLeft(par, cur uint64) error {
	var e errs
	curL := e.u(o.left(cur))
	e.do(o.setLeft(cur, par))
	e.do(o.setRight(par, curL))
	if e.i(o.bal(cur)) == 0 {
		e.do(o.setBal(par, 1))
		e.do(o.setBal(cur, -1))
	} else {
		e.do(o.setBal(par, 0))
		e.do(o.setBal(cur, 0))
	}
	return e.err
}

func (o *treeOp[K, V]) rotRight(par, cur uint64) error {
	var e errs
	curR := e.u(o.right(cur))
	e.do(o.setRight(cur, par))
	e.do(o.setLeft(par, curR))
	if e.i(o.bal(cur)) == 0 {
		e.do(o.setBal(par, -1))
		e.do(o.setBal(cur, 1))
	} else {
		e.do(o.setBal(par, 0))
		e.do(o.setBal(cur, 0))
	}
	return e.err
}

func (o *treeOp[K, V]) rotRightLeft(gpar, par, cur uint64) error {
	var e errs
	curL := e.u(o.left(cur))
	curR := e.u(o.right(cur))
	e.do(o.setRight(gpar, curL))
	e.do(o.setLeft(par, curR))
	e.do(o.setLeft(cur, gpar))
	e.do(o.setRight(cur, par))
	switch b := e.i(o.bal(cur)); {
	case b == 0:
		e.do(o.setBal(par, 0))
		e.do(o.setBal(gpar, 0))
	case b > 0:
		e.do(o.setBal(gpar, -1))
		e.do(o.setBal(par, 0))
	default:
		e.do(o.setBal(gpar, 0))
		e.do(o.setBal(par, 1))
	}
	e.do(o.setBal(cur, 0))
	return e.err
}

func (o *treeOp[K, V]) rotLeftRight(gpar, par, cur uint64) error {
	var e errs
	curL := e.u(o.left(cur))
	curR := e.u(o.right(cur))
	e.do(o.setLeft(gpar, curR))
	e.do(o.setRight(par, curL))
	e.do(o.setLeft(cur, par))
	e.do(o.setRight(cur, gpar))
	switch b := e.i(o.bal(cur)); {
	case b == 0:
		e.do(o.setBal(par, 0))
		e.do(o.setBal(gpar, 0))
	case b > 0:
		e.do(o.setBal(par, -1))
		e.do(o.setBal(gpar, 0))
	default:
		e.do(o.setBal(par, 0))
		e.do(o.setBal(gpar, 1))
	}
	e.do(o.setBal(cur, 0))
	return e.err
}

// relink points gp's child that was par at to.
func (o *treeOp[K, V]) relink(gp, par, to uint64) error {
	if gp == 0 {
		return nil
	}
	l, err := o.left(gp)
	if err != nil {
		return err
	}
	if l == par {
		return o.setLeft(gp, to)
	}
	return o.setRight(gp, to)
}

// initNode is the SDK's _Node.__init__: key, value (unless withValue is
// false), left, right, balance.
func (o *treeOp[K, V]) initNode(n uint64, k K, v *V) error {
	l, err := o.at(n)
	if err != nil {
		return err
	}
	t := o.m.t
	if err := t.key.Set(l, k); err != nil {
		return err
	}
	if v != nil {
		if err := t.val.Set(l.At(t.valOff), *v); err != nil {
			return err
		}
	}
	var e errs
	e.do(U32.Set(l.At(t.leftOff), 0))
	e.do(U32.Set(l.At(t.rightOff), 0))
	e.do(I8.Set(l.At(t.balOff), 0))
	return e.err
}

// getSet is the SDK's _get_set. When k exists and v is non-nil the value is
// overwritten; when k is absent a node is inserted (with value *v, or with
// whatever bytes the node slot holds when v is nil) and the tree
// rebalanced. It returns the 1-based node of k.
func (o *treeOp[K, V]) getSet(k K, v *V, supply func() (V, error)) (uint64, error) {
	var path [48]uint64
	seq, isLess, err := o.findSeq(k, path[:0])
	if err != nil {
		return 0, err
	}
	if last := seq[len(seq)-1]; last != 0 {
		if v != nil {
			l, err := o.at(last)
			if err != nil {
				return 0, err
			}
			return last, o.m.t.val.Set(l.At(o.m.t.valOff), *v)
		}
		return last, nil
	}
	value := func() (*V, error) {
		if supply == nil {
			return v, nil
		}
		x, err := supply()
		return &x, err
	}
	if len(seq) == 1 {
		idx, err := o.allocSlot()
		if err != nil {
			return 0, err
		}
		if err := o.setRoot(idx + 1); err != nil {
			return 0, err
		}
		val, err := value()
		if err != nil {
			return 0, err
		}
		return idx + 1, o.initNode(idx+1, k, val)
	}
	idx, err := o.allocSlot()
	if err != nil {
		return 0, err
	}
	newN := idx + 1
	if isLess {
		err = o.setLeft(seq[len(seq)-2], newN)
	} else {
		err = o.setRight(seq[len(seq)-2], newN)
	}
	if err != nil {
		return 0, err
	}
	seq[len(seq)-1] = newN
	val, err := value()
	if err != nil {
		return 0, err
	}
	if err := o.initNode(newN, k, val); err != nil {
		return 0, err
	}
	var e errs
	for len(seq) >= 2 && e.err == nil {
		cur, par := seq[len(seq)-1], seq[len(seq)-2]
		isLeft := cur == e.u(o.left(par))
		delta := int64(1)
		if isLeft {
			delta = -1
		}
		newB := e.i(o.bal(par)) + delta
		if e.err != nil {
			break
		}
		if newB == -2 || newB == 2 {
			var gp uint64
			if len(seq) > 2 {
				gp = seq[len(seq)-3]
			}
			cb := e.i(o.bal(cur))
			switch {
			case newB == -2 && cb > 0:
				child := e.u(o.right(cur))
				e.do(o.rotLeftRight(par, cur, child))
				seq = append(seq[:len(seq)-2], child)
			case newB == -2:
				e.do(o.rotRight(par, cur))
				seq = append(seq[:len(seq)-2], cur)
			case cb < 0:
				child := e.u(o.left(cur))
				e.do(o.rotRightLeft(par, cur, child))
				seq = append(seq[:len(seq)-2], child)
			default:
				e.do(o.rotLeft(par, cur))
				seq = append(seq[:len(seq)-2], cur)
			}
			e.do(o.relink(gp, par, seq[len(seq)-1]))
			break
		}
		e.do(o.setBal(par, newB))
		if newB == 0 {
			break
		}
		seq = seq[:len(seq)-1]
	}
	if e.err != nil {
		return 0, e.err
	}
	r, err := o.root()
	if err != nil {
		return 0, err
	}
	if r != seq[0] {
		err = o.setRoot(seq[0])
	}
	return newN, err
}

// Set stores v under k (m[k] = v).
func (m TreeMap[K, V]) Set(k K, v V) error {
	o := m.op()
	_, err := o.getSet(k, &v, nil)
	return err
}

// GetOrInsertDefault returns the value under k, inserting k first when it
// is absent. Like the SDK, the new node's value bytes are not written: a
// fresh node reads as the zero value, a reused freed node (or a re-grown
// popped one) shows its previous value.
func (m TreeMap[K, V]) GetOrInsertDefault(k K) (V, error) {
	var zero V
	o := m.op()
	n, err := o.getSet(k, nil, nil)
	if err != nil {
		return zero, err
	}
	l, err := o.at(n)
	if err != nil {
		return zero, err
	}
	return m.t.val.Get(l.At(m.t.valOff))
}

// ComputeIfAbsent is the SDK's compute_if_absent: the existing value, or
// supply()'s value stored under k. In the SDK this method then fails with
// IndexError('list index out of range') after inserting (its result list
// is only filled for existing keys); that behaviour is reproduced.
func (m TreeMap[K, V]) ComputeIfAbsent(k K, supply func() (V, error)) (V, error) {
	var zero V
	o := m.op()
	var path [48]uint64
	seq, _, err := o.findSeq(k, path[:0])
	if err != nil {
		return zero, err
	}
	if n := seq[len(seq)-1]; n != 0 {
		l, err := o.at(n)
		if err != nil {
			return zero, err
		}
		return m.t.val.Get(l.At(m.t.valOff))
	}
	if _, err := o.getSet(k, nil, supply); err != nil {
		return zero, err
	}
	return zero, &PyError{"IndexError", "list index out of range"}
}

// Delete removes k (KeyError "key not found" when absent), replicating the
// SDK's __delitem__ step for step.
func (m TreeMap[K, V]) Delete(k K) error {
	o := m.op()
	var path [48]uint64
	seq, isLess, err := o.findSeq(k, path[:0])
	if err != nil {
		return err
	}
	last := seq[len(seq)-1]
	if last == 0 {
		return &PyError{"KeyError", "key not found"}
	}
	var e errs
	delLeft := e.u(o.left(last))
	delRight := e.u(o.right(last))
	delBal := e.i(o.bal(last))
	if e.err != nil {
		return e.err
	}
	if err := o.freeSlot(last - 1); err != nil {
		return err
	}
	specialNull := false
	mv := len(seq) - 1
	if delLeft == 0 || delRight == 0 {
		if delLeft == 0 {
			seq[mv] = delRight
		} else {
			seq[mv] = delLeft
		}
		specialNull = true
	} else {
		seq = append(seq, delRight)
		for e.err == nil {
			lft := e.u(o.left(seq[len(seq)-1]))
			if lft == 0 {
				break
			}
			seq = append(seq, lft)
		}
		moved := seq[len(seq)-1]
		seq[mv] = moved
		e.do(o.setLeft(moved, delLeft))
		if mv+2 != len(seq) {
			parent := seq[len(seq)-2]
			e.do(o.setLeft(parent, e.u(o.right(moved))))
			e.do(o.setRight(moved, delRight))
			seq[len(seq)-1] = e.u(o.left(parent))
		} else {
			seq[len(seq)-1] = e.u(o.right(moved))
		}
	}
	if mv > 0 {
		if isLess {
			e.do(o.setLeft(seq[mv-1], seq[mv]))
		} else {
			e.do(o.setRight(seq[mv-1], seq[mv]))
		}
	} else {
		e.do(o.setRoot(seq[mv]))
	}
	if seq[mv] != 0 {
		if specialNull {
			e.do(o.setBal(seq[mv], 0))
		} else {
			e.do(o.setBal(seq[mv], delBal))
		}
	}
	for len(seq) >= 2 && e.err == nil {
		cur, par := seq[len(seq)-1], seq[len(seq)-2]
		var isLeft bool
		if specialNull {
			isLeft = isLess
		} else {
			isLeft = cur == e.u(o.left(par))
		}
		specialNull = false
		delta := int64(-1)
		if isLeft {
			delta = 1
		}
		newB := e.i(o.bal(par)) + delta
		if e.err != nil {
			break
		}
		if newB == -2 || newB == 2 {
			var gp uint64
			if len(seq) > 2 {
				gp = seq[len(seq)-3]
			}
			var sib uint64
			if newB == -2 {
				sib = e.u(o.left(par))
			} else {
				sib = e.u(o.right(par))
			}
			sb := e.i(o.bal(sib))
			switch {
			case newB == -2 && sb > 0:
				child := e.u(o.right(sib))
				e.do(o.rotLeftRight(par, sib, child))
				seq = append(seq[:len(seq)-2], child)
			case newB == -2:
				e.do(o.rotRight(par, sib))
				seq = append(seq[:len(seq)-2], sib)
			case sb < 0:
				child := e.u(o.left(sib))
				e.do(o.rotRightLeft(par, sib, child))
				seq = append(seq[:len(seq)-2], child)
			default:
				e.do(o.rotLeft(par, sib))
				seq = append(seq[:len(seq)-2], sib)
			}
			e.do(o.relink(gp, par, seq[len(seq)-1]))
			if sb == 0 {
				break
			}
			continue
		}
		e.do(o.setBal(par, newB))
		if newB != 0 {
			break
		}
		seq = seq[:len(seq)-1]
	}
	if e.err != nil {
		return e.err
	}
	r, err := o.root()
	if err != nil {
		return err
	}
	if r != seq[0] {
		return o.setRoot(seq[0])
	}
	return nil
}

// Each calls fn for every entry in key order (in-order traversal).
func (m TreeMap[K, V]) Each(fn func(k K, v V) error) error {
	o := m.op()
	var stack []uint64
	cur, err := o.root()
	for err == nil && (cur != 0 || len(stack) > 0) {
		for cur != 0 && err == nil {
			stack = append(stack, cur)
			cur, err = o.left(cur)
		}
		if err != nil {
			break
		}
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		var l Loc
		if l, err = o.at(n); err != nil {
			break
		}
		var k K
		var v V
		if k, err = m.t.key.Get(l); err != nil {
			break
		}
		if v, err = m.t.val.Get(l.At(m.t.valOff)); err != nil {
			break
		}
		if err = fn(k, v); err != nil {
			break
		}
		cur, err = o.right(n)
	}
	return err
}

// Comparison functions for common key types (Python's ordering of them).
func CmpString(a, b string) int           { return cmp.Compare(a, b) }
func CmpBytes(a, b []byte) int            { return bytes.Compare(a, b) }
func CmpUint64(a, b uint64) int           { return cmp.Compare(a, b) }
func CmpInt64(a, b int64) int             { return cmp.Compare(a, b) }
func CmpBig(a, b *big.Int) int            { return a.Cmp(b) }
func CmpAddress(a, b address.Address) int { return a.Compare(b) }
func CmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}
