package rt

// DictViewKind says which view of a dict a DictView is.
type DictViewKind uint8

// The dict view kinds.
const (
	DictKeys DictViewKind = iota
	DictValues
	DictItems
)

// DictView is dict.keys(), dict.values() or dict.items(): a live view of D.
type DictView struct {
	D    *Dict
	Kind DictViewKind
}

// View classes.
var (
	DictKeysType   = viewClass("dict_keys")
	DictValuesType = viewClass("dict_values")
	DictItemsType  = viewClass("dict_items")
)

func viewClass(name string) *Class {
	c := finalClass(name)
	c.Bases = []*Class{ObjectType}
	c.MRO = []*Class{c, ObjectType}
	return c
}

// Class returns dict_keys, dict_values or dict_items.
func (v *DictView) Class() *Class {
	return [...]*Class{DictKeysType, DictValuesType, DictItemsType}[v.Kind]
}

func (v *DictView) iter() Iterator { return newDictIter(v.D, dictIterKind(v.Kind)) }

func (v *DictView) reversed() Value { return newDictRevIter(v.D, dictIterKind(v.Kind)) }

func (v *DictView) contains(x Value) bool {
	switch v.Kind {
	case DictKeys:
		return v.D.Contains(x)
	case DictItems:
		t, ok := x.(*Tuple)
		if !ok || len(t.Items) != 2 {
			return false
		}
		val, found := v.D.Get(t.Items[0])
		return found && itemEq(val, t.Items[1])
	}
	for i := 0; i < len(v.D.entries); i++ {
		e := v.D.entries[i]
		if e.key != nil && itemEq(e.val, x) {
			return true
		}
	}
	return false
}

func isSetView(v Value) bool {
	dv, ok := v.(*DictView)
	return ok && dv.Kind != DictValues
}

// viewToSet is dictviews_to_set: a keys view converts through its dict (the
// dict fast path of set construction), anything else by iteration.
func viewToSet(v Value) *Set {
	s := &Set{}
	if dv, ok := v.(*DictView); ok && dv.Kind == DictKeys {
		s.update(dv.D)
	} else {
		s.update(v)
	}
	return s
}

func viewLen(v Value) int {
	if dv, ok := v.(*DictView); ok {
		return dv.D.used
	}
	return Len(v)
}

// viewIntersect is _PyDictView_Intersect.
func viewIntersect(self, other Value) Value {
	if !isSetView(self) {
		self, other = other, self
	}
	lenSelf := viewLen(self)
	if o, ok := other.(*Set); ok && lenSelf <= o.used {
		return &Set{setTable: o.intersection(self)}
	}
	if isSetView(other) && viewLen(other) > lenSelf {
		self, other = other, self
	}
	dv := self.(*DictView)
	r := &Set{}
	it := Iter(other)
	for {
		k, ok := it.Next()
		if !ok {
			return r
		}
		if dv.contains(k) {
			r.add(k)
		}
	}
}

func viewBinary(op BinaryOp, a, b Value) Value {
	if !isSetView(a) && !isSetView(b) {
		return NotImplemented
	}
	switch op {
	case OpAnd:
		return viewIntersect(a, b)
	case OpOr:
		r := viewToSet(a)
		r.update(b)
		return r
	case OpSub:
		r := viewToSet(a)
		r.differenceUpdate(b)
		return r
	case OpXor:
		r := viewToSet(a)
		r.symmetricDifferenceUpdate(setArgValue(b))
		return r
	}
	return NotImplemented
}

// setArgValue converts a non-set iterable to a set (as set methods do).
func setArgValue(v Value) Value {
	if _, ok := anySet(v); ok {
		return v
	}
	if _, ok := v.(*Dict); ok {
		return v
	}
	return &Set{setTable: *setArgTable(v)}
}

// allContainedIn reports whether every element of a is in b.
func allContainedIn(a, b Value) bool {
	it := Iter(a)
	for {
		k, ok := it.Next()
		if !ok {
			return true
		}
		if !Contains(b, k) {
			return false
		}
	}
}

func viewCompare(op CompareOp, a, b Value) Value {
	if !isSetView(a) {
		return NotImplemented
	}
	if _, ok := anySet(b); !ok && !isSetView(b) {
		return NotImplemented
	}
	la, lb := viewLen(a), Len(b)
	switch op {
	case OpEQ, OpNE:
		eq := la == lb && allContainedIn(a, b)
		return eq == (op == OpEQ)
	case OpLT:
		return la < lb && allContainedIn(a, b)
	case OpLE:
		return la <= lb && allContainedIn(a, b)
	case OpGT:
		return la > lb && allContainedIn(b, a)
	default:
		return la >= lb && allContainedIn(b, a)
	}
}

func viewRepr(v Value) string {
	dv := v.(*DictView)
	name := dv.Class().Name
	if ReprEnter(dv) {
		return "..."
	}
	defer ReprLeave()
	var items []Value
	it := dv.iter()
	for {
		x, ok := it.Next()
		if !ok {
			break
		}
		items = append(items, x)
	}
	return name + "(" + seqRepr("[", items, "]") + ")"
}

func init() {
	for _, c := range []*Class{DictKeysType, DictValuesType, DictItemsType} {
		c.Slots.Repr = viewRepr
		c.Slots.Len = func(v Value) int { return v.(*DictView).D.used }
		c.Slots.Iter = func(v Value) Iterator { return v.(*DictView).iter() }
		c.Slots.Contains = func(v, x Value) bool { return v.(*DictView).contains(x) }
		c.Slots.GetAttr = func(v Value, name string) (Value, bool) {
			if name == "mapping" {
				return &MappingProxy{D: v.(*DictView).D}, true
			}
			return nil, false
		}
		c.AddMethod("__reversed__", func(self Value, args []Value, kwargs []KW) Value {
			methArg0("__reversed__", args, kwargs)
			return self.(*DictView).reversed()
		})
		if c == DictValuesType {
			continue
		}
		c.Slots.Binary = viewBinary
		c.Slots.Compare = viewCompare
		c.AddMethod("isdisjoint", func(self Value, args []Value, kwargs []KW) Value {
			o := methArg1("isdisjoint", args, kwargs)
			dv := self.(*DictView)
			if ov, ok := o.(*DictView); ok && ov.D.used > dv.D.used && ov.Kind != DictValues {
				dv, o = ov, dv
			}
			it := Iter(o)
			for {
				k, ok := it.Next()
				if !ok {
					return true
				}
				if dv.contains(k) {
					return false
				}
			}
		})
	}
}

// MappingProxy is a read-only view of a dict (types.MappingProxyType), as
// returned by dict_view.mapping.
type MappingProxy struct{ D *Dict }

// MappingProxyType is the class of mapping proxies.
var MappingProxyType = viewClass("mappingproxy")

// Class returns mappingproxy.
func (*MappingProxy) Class() *Class { return MappingProxyType }

func init() {
	c := MappingProxyType
	c.Slots.Repr = func(v Value) string { return "mappingproxy(" + Repr(v.(*MappingProxy).D) + ")" }
	c.Slots.Len = func(v Value) int { return v.(*MappingProxy).D.used }
	c.Slots.Iter = func(v Value) Iterator { return newDictIter(v.(*MappingProxy).D, dictIterKeys) }
	c.Slots.Contains = func(v, x Value) bool { return v.(*MappingProxy).D.Contains(x) }
	c.Slots.GetItem = func(v, k Value) Value { return v.(*MappingProxy).D.GetItem(k) }
	c.Slots.Compare = func(op CompareOp, a, b Value) Value {
		if p, ok := a.(*MappingProxy); ok {
			a = p.D
		}
		if p, ok := b.(*MappingProxy); ok {
			b = p.D
		}
		return Compare(op, a, b)
	}
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		meth := DictType.Methods[name]
		c.AddMethod(name, func(self Value, args []Value, kwargs []KW) Value {
			return meth.Fn(self.(*MappingProxy).D, args, kwargs)
		})
	}
}
