package gen

import (
	"strings"

	"github.com/genvm-go/genvm/rt"
)

// Copier deep-copies the values a function passed to a sub-VM reaches, as
// GenVM's cloudpickle round trip does: lists, dicts, sets, tuples,
// bytearrays, user instances (dataclasses included), exceptions, bound
// methods and closures (their captured variables too) are copied, with a
// memo that preserves sharing and cycles, like pickle. Immutable values,
// builtins, the contract instance and storage views are shared. Modules
// and module-level classes are taken from the sub-VM's fresh module state,
// as unpickling resolves them by name.
//
// A closure's captured Go variables are swapped for their copies while the
// sub-VM runs (Cell, KeepCell); Restore puts the caller's values back,
// undoing also any nonlocal rebinding the sub-VM made.
type Copier struct {
	memo     map[rt.Value]rt.Value
	cells    map[any]bool
	restores []func()
	depth    int // nesting of the value being copied
}

// NewCopier returns an empty copier.
func NewCopier() *Copier { return &Copier{} }

// WithCells attaches to f the hook visiting the variables it captures; the
// code generator emits it for every closure.
func WithCells(f *Function, cells func(c *Copier)) *Function {
	f.Cells = cells
	return f
}

// Cell swaps the captured variable *p for a deep copy until Restore.
func (c *Copier) Cell(p *rt.Value) {
	if c.cells == nil {
		c.cells = map[any]bool{}
	}
	if c.cells[p] {
		return
	}
	c.cells[p] = true
	old := *p
	c.restores = append(c.restores, func() { *p = old })
	if old != nil {
		*p = c.Copy(old)
	}
}

// KeepCell saves the captured unboxed variable *p (an immutable value) so
// that Restore undoes a rebinding.
func KeepCell[T any](c *Copier, p *T) {
	if c.cells == nil {
		c.cells = map[any]bool{}
	}
	if c.cells[p] {
		return
	}
	c.cells[p] = true
	old := *p
	c.restores = append(c.restores, func() { *p = old })
}

// Restore puts back every captured variable swapped by Cell or KeepCell,
// in reverse order.
func (c *Copier) Restore() {
	for i := len(c.restores) - 1; i >= 0; i-- {
		c.restores[i]()
	}
	c.restores = nil
	c.cells = nil
}

func (c *Copier) remember(old, new rt.Value) {
	if c.memo == nil {
		c.memo = map[rt.Value]rt.Value{}
	}
	c.memo[old] = new
}

// MaxCopyNesting bounds how deeply the values a sub-VM's function reaches
// may nest (lists in lists ...): CPython 3.13's pickle raises
// RecursionError past 4,999 nested lists (its C recursion limit of 10,000
// at two levels per list), and an unbounded recursive copy would overflow
// the Go stack.
const MaxCopyNesting = 4999

// errCopyTooDeep is panicked by Copy past MaxCopyNesting; runSub turns it
// into the RecursionError that cloudpickle.dumps raises in the caller.
type errCopyTooDeep struct{}

// Copy returns a deep copy of v (see Copier).
func (c *Copier) Copy(v rt.Value) rt.Value {
	if c.depth >= MaxCopyNesting {
		panic(errCopyTooDeep{})
	}
	c.depth++
	r := c.copy(v)
	c.depth--
	return r
}

func (c *Copier) copy(v rt.Value) rt.Value {
	switch x := v.(type) {
	case nil, rt.NoneType, bool, rt.Int, float64, string, rt.Bytes, *AddressObj:
		return v
	case *rt.List:
		if y, ok := c.memo[x]; ok {
			return y
		}
		n := &rt.List{Items: make([]rt.Value, len(x.Items))}
		c.remember(x, n)
		for i, it := range x.Items {
			n.Items[i] = c.Copy(it)
		}
		return n
	case *rt.Tuple:
		if y, ok := c.memo[x]; ok {
			return y
		}
		items := make([]rt.Value, len(x.Items))
		same := true
		for i, it := range x.Items {
			items[i] = c.Copy(it)
			same = same && items[i] == it
		}
		if y, ok := c.memo[x]; ok { // a cycle through a mutable item
			return y
		}
		var n rt.Value = x
		if !same {
			n = &rt.Tuple{Items: items}
		}
		c.remember(x, n)
		return n
	case *rt.Dict:
		if y, ok := c.memo[x]; ok {
			return y
		}
		n := rt.NewDict(x.Len())
		c.remember(x, n)
		for _, k := range x.Keys() {
			val, _ := x.Get(k)
			n.Set(c.Copy(k), c.Copy(val))
		}
		return n
	case *rt.Set:
		if y, ok := c.memo[x]; ok {
			return y
		}
		n := rt.NewSet()
		c.remember(x, n)
		it := rt.Iter(x)
		for e, ok := it.Next(); ok; e, ok = it.Next() {
			n.Add(c.Copy(e))
		}
		return n
	case *rt.FrozenSet:
		if y, ok := c.memo[x]; ok {
			return y
		}
		var items []rt.Value
		it := rt.Iter(x)
		for e, ok := it.Next(); ok; e, ok = it.Next() {
			items = append(items, c.Copy(e))
		}
		n := rt.NewFrozenSet(items...)
		c.remember(x, n)
		return n
	case *rt.ByteArray:
		if y, ok := c.memo[x]; ok {
			return y
		}
		n := &rt.ByteArray{B: append([]byte(nil), x.B...)}
		c.remember(x, n)
		return n
	case *ContractInstance, *DynArrayView, *TreeMapView, *RecordView, *ArrayView:
		return v
	case *Instance:
		if y, ok := c.memo[x]; ok {
			return y
		}
		instanceCounter++
		n := &Instance{Cls: c.class(x.Cls), Attrs: make([]rt.KW, len(x.Attrs)), id: instanceCounter}
		c.remember(x, n)
		for i, a := range x.Attrs {
			n.Attrs[i] = rt.KW{Name: a.Name, Value: c.Copy(a.Value)}
		}
		return n
	case *rt.Exception:
		if y, ok := c.memo[x]; ok {
			return y
		}
		n := &rt.Exception{Cls: c.class(x.Cls), SuppressContext: x.SuppressContext,
			Notes: append([]string(nil), x.Notes...), Traceback: x.Traceback}
		c.remember(x, n)
		for _, a := range x.Args {
			n.Args = append(n.Args, c.Copy(a))
		}
		for _, a := range x.Attrs {
			n.Attrs = append(n.Attrs, rt.KW{Name: a.Name, Value: c.Copy(a.Value)})
		}
		if x.Cause != nil {
			n.Cause, _ = c.Copy(x.Cause).(*rt.Exception)
		}
		if x.Context != nil {
			n.Context, _ = c.Copy(x.Context).(*rt.Exception)
		}
		return n
	case *Function:
		if y, ok := c.memo[x]; ok {
			return y
		}
		n := *x
		c.remember(x, &n)
		if x.Cells != nil {
			x.Cells(c)
		}
		n.Defaults = c.copyAll(x.Defaults)
		n.KwDefaults = c.copyAll(x.KwDefaults)
		if len(x.Attrs) > 0 {
			n.Attrs = make([]rt.KW, len(x.Attrs))
			for i, a := range x.Attrs {
				n.Attrs[i] = rt.KW{Name: a.Name, Value: c.Copy(a.Value)}
			}
		}
		return &n
	case *BoundMethod:
		if y, ok := c.memo[x]; ok {
			return y
		}
		n := &BoundMethod{}
		c.remember(x, n)
		n.Self, n.Func = c.Copy(x.Self), c.Copy(x.Func)
		return n
	case *StaticMethod:
		return &StaticMethod{F: c.Copy(x.F)}
	case *ClassMethod:
		return &ClassMethod{F: c.Copy(x.F)}
	case *rt.Module:
		if HasModule(x.Name) || packages[x.Name] != nil {
			return Import(x.Name)
		}
		return v
	case *rt.Class:
		return c.class(x)
	}
	return v
}

func (c *Copier) copyAll(vs []rt.Value) []rt.Value {
	if vs == nil {
		return nil
	}
	out := make([]rt.Value, len(vs))
	for i, v := range vs {
		if v == nil {
			continue
		}
		out[i] = c.Copy(v)
	}
	return out
}

// class maps a class of the contract module defined at module level to the
// class of the same qualified name in the running module state (pickle
// stores such classes by reference); other classes are shared.
func (c *Copier) class(cls *rt.Class) *rt.Class {
	if cls.Module != "__main__" || strings.Contains(cls.QualName, "<locals>") || mod.global == nil {
		return cls
	}
	parts := strings.Split(cls.QualName, ".")
	v, ok := mod.global(parts[0])
	if !ok {
		return cls
	}
	for _, p := range parts[1:] {
		var found bool
		if v, found = rt.LookupAttr(v, p); !found {
			return cls
		}
	}
	if n, ok := v.(*rt.Class); ok && n.Name == cls.Name {
		return n
	}
	return cls
}
