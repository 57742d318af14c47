package storage

// Walker is the SDK's TreeMap._visit: an in-order walk that reads the tree
// as lazily as that generator does, so a map changed between steps is seen
// as GenVM sees it. The root is read at the first step; entering node n
// checks n-1 against the current length of the node array (the SDK's
// self._slots[n - 1], an IndexError otherwise) and reads its left link; the
// key (and the value, if wanted) is read when the node is yielded, its
// right link at the following step.
type Walker[K, V any] struct {
	m         TreeMap[K, V]
	wantValue bool
	started   bool
	stack     []walkFrame
}

type walkFrame struct {
	n     uint64 // 1-based node
	state uint8  // 0: entering, 1: left done (yield next), 2: yielded
}

// Walk returns a lazy in-order walk of m; values are read only if
// wantValue.
func (m TreeMap[K, V]) Walk(wantValue bool) *Walker[K, V] {
	return &Walker[K, V]{m: m, wantValue: wantValue}
}

// Next returns the next entry; ok is false at the end.
func (w *Walker[K, V]) Next() (k K, v V, ok bool, err error) {
	o := w.m.op()
	if !w.started {
		w.started = true
		r, err := o.root()
		if err != nil {
			return k, v, false, err
		}
		if r != 0 {
			w.stack = append(w.stack, walkFrame{n: r})
		}
	}
	for len(w.stack) > 0 {
		top := len(w.stack) - 1
		f := w.stack[top]
		switch f.state {
		case 0:
			n, err := o.slots().Len()
			if err != nil {
				return k, v, false, err
			}
			if f.n-1 >= uint64(n) {
				return k, v, false, indexErr("index out of range %d not in 0..<%d", f.n-1, n)
			}
			w.stack[top].state = 1
			l, err := o.left(f.n)
			if err != nil {
				return k, v, false, err
			}
			if l != 0 {
				w.stack = append(w.stack, walkFrame{n: l})
			}
		case 1:
			w.stack[top].state = 2
			l, err := o.at(f.n)
			if err != nil {
				return k, v, false, err
			}
			if k, err = w.m.t.key.Get(l); err != nil {
				return k, v, false, err
			}
			if w.wantValue {
				if v, err = w.m.t.val.Get(l.At(w.m.t.valOff)); err != nil {
					return k, v, false, err
				}
			}
			return k, v, true, nil
		default:
			r, err := o.right(f.n)
			if err != nil {
				return k, v, false, err
			}
			w.stack = w.stack[:top]
			if r != 0 {
				w.stack = append(w.stack, walkFrame{n: r})
			}
		}
	}
	return k, v, false, nil
}
