package ir

import (
	"fmt"

	"github.com/genvm-go/genvm/frontend"
)

// Storage sizes of the SDK's type descriptors (spec genvm.md §4).
const (
	sizeIndirect = 4  // str, bytes, bigint, DynArray: u32 length in place
	sizeTreeMap  = 12 // _root u32 + _slots DynArray + _free_slots DynArray
	sizeDatetime = 25
	sizeAddress  = 20
)

// storageChecker validates storage annotations and computes layouts.
type storageChecker struct {
	m        *Module
	d        *diagSink
	reported map[*Class]bool
	sizes    map[*Class]uint64
	busy     map[*Class]bool
}

// treeMapKeyOK reports whether t is a valid TreeMap key: a type the SDK can
// order (its Comparable protocol): str, bytes, Address, every sized int, bigint.
func treeMapKeyOK(t *Type) bool {
	switch t.Kind {
	case StrT, BytesT, AddressT, SizedT, BigIntT:
		return true
	}
	return false
}

// check reports what GenVM would reject in storage type t of field name
// (declared at node) and returns t's size in bytes (0 when invalid).
func (sc *storageChecker) check(t *Type, field string, node frontend.Node) (uint64, bool) {
	switch t.Kind {
	case BoolT:
		return 1, true
	case SizedT:
		return uint64(t.Bits / 8), true
	case AddressT:
		return sizeAddress, true
	case FloatT:
		return 8, true
	case NoneT:
		return 0, true
	case StrT, BytesT, BigIntT:
		return sizeIndirect, true
	case IntT:
		sc.d.errorf(node, "E015", "use bigint for arbitrary precision or a sized integer (u256, i64, ...)",
			fmt.Sprintf("Storage field '%s' cannot use raw 'int'; use u256/i256", field))
		return 0, false
	case ListT, SequenceT:
		sc.d.errorf(node, "E016", "DynArray[T] is the storage list", fmt.Sprintf("Storage field '%s' cannot use 'list'; use DynArray", field))
		return 0, false
	case DictT, MappingT:
		sc.d.errorf(node, "E016", "TreeMap[K, V] is the storage dict", fmt.Sprintf("Storage field '%s' cannot use 'dict'; use TreeMap", field))
		return 0, false
	case DynArrayT:
		if t.Bare || len(t.Args) != 1 {
			sc.d.errorf(node, "C103", "write DynArray[T] with the element type", fmt.Sprintf("Storage field '%s': DynArray needs exactly one type argument", field))
			return 0, false
		}
		_, ok := sc.check(t.Args[0], field, node)
		return sizeIndirect, ok
	case TreeMapT:
		if t.Bare || len(t.Args) != 2 {
			sc.d.errorf(node, "C103", "write TreeMap[K, V] with key and value types", fmt.Sprintf("Storage field '%s': TreeMap needs a key and a value type", field))
			return 0, false
		}
		ok := true
		if !treeMapKeyOK(t.Args[0]) && t.Args[0].Kind != TypeVarT {
			sc.d.errorf(node, "E018", "keys must be ordered: str, bytes, Address, a sized int or bigint",
				fmt.Sprintf("TreeMap key for '%s' must be Comparable (str, Address, u32, etc.), got '%s'", field, t.Args[0]))
			ok = false
		}
		if _, vok := sc.check(t.Args[1], field, node); !vok {
			ok = false
		}
		return sizeTreeMap, ok
	case ArrayT:
		if len(t.Args) != 2 || t.Len <= 0 {
			sc.d.errorf(node, "E017", "write Array[T, Literal[N]] with N > 0", fmt.Sprintf("Array size for '%s' must be positive integer", field))
			return 0, false
		}
		es, ok := sc.check(t.Args[0], field, node)
		return es * uint64(t.Len), ok
	case ClassT:
		return sc.classSize(t.Class, field, node)
	case TypeVarT:
		return 0, true // sized per instantiation
	case SDKT:
		if t.Name == "datetime" {
			return sizeDatetime, true
		}
	case Dynamic:
		if t.Origin == "" {
			return 0, true // unannotated: not a storage field
		}
	}
	sc.d.errorf(node, "C104", "storage holds bool, str, bytes, float, Address, sized ints, bigint, DynArray, TreeMap, Array and @allow_storage classes",
		fmt.Sprintf("Storage field '%s' has type %s, which cannot be stored", field, t))
	return 0, false
}

func (sc *storageChecker) classSize(c *Class, field string, node frontend.Node) (uint64, bool) {
	if !c.AllowStorage && !c.IsContract {
		if !sc.reported[c] {
			sc.reported[c] = true
			sc.d.errorf(c.Node, "E014", "decorate the class with @allow_storage",
				fmt.Sprintf("Class '%s' used in storage needs @allow_storage decorator", c.Name))
		}
		return 0, false
	}
	if s, ok := sc.sizes[c]; ok {
		return s, true
	}
	if sc.busy[c] {
		sc.d.errorf(node, "C104", "break the cycle with a DynArray or TreeMap", fmt.Sprintf("Storage class '%s' contains itself", c.Name))
		return 0, false
	}
	sc.busy[c] = true
	defer delete(sc.busy, c)
	var size uint64
	ok := true
	for _, f := range sc.m.recordFields(c) {
		s, fok := sc.check(f.Type, f.Name, f.Node)
		ok = ok && fok
		size += s
	}
	sc.sizes[c] = size
	return size, ok
}

// recordFields returns the annotated fields of c including those of its user
// base classes (bases first, as typing.get_type_hints orders them; a name
// redeclared keeps its first position), without ClassVars.
func (m *Module) recordFields(c *Class) []*Field {
	if fs, ok := m.fieldCache[c]; ok {
		return fs
	}
	if m.fieldCache == nil {
		m.fieldCache = map[*Class][]*Field{}
	}
	fs := m.computeRecordFields(c)
	m.fieldCache[c] = fs
	return fs
}

func (m *Module) computeRecordFields(c *Class) []*Field {
	var out []*Field
	index := map[string]int{}
	visited := map[*Class]bool{}
	var add func(c *Class)
	add = func(c *Class) {
		if visited[c] {
			return
		}
		visited[c] = true
		for i := len(c.Bases) - 1; i >= 0; i-- {
			if c.Bases[i].Kind == EntClass {
				add(c.Bases[i].Class)
			}
		}
		for _, f := range c.Fields {
			if f.ClassVar {
				continue
			}
			if i, ok := index[f.Name]; ok {
				out[i] = f
				continue
			}
			index[f.Name] = len(out)
			out = append(out, f)
		}
	}
	add(c)
	return out
}

// layoutContract validates the contract's storage fields and lays them out.
func (m *Module) layoutContract(ct *Contract, d *diagSink) {
	sc := &storageChecker{m: m, d: d, reported: map[*Class]bool{}, sizes: map[*Class]uint64{}, busy: map[*Class]bool{}}
	var off uint64
	for _, f := range m.recordFields(ct.Class) {
		size, _ := sc.check(f.Type, f.Name, f.Node)
		ct.Fields = append(ct.Fields, &StorageField{Name: f.Name, Type: f.Type, Offset: off, Size: size, Node: f.Node})
		off += size
	}
	ct.Size = off
}
