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
	sizeKeys []sizeKey // sizes of the storage classes (per instantiation) laid out so far
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
	return sc.checkIn(t, field, node, nil)
}

// checkIn is check with the type parameters of a generic storage class bound
// by env (storage generics are not erased: the layout depends on them).
func (sc *storageChecker) checkIn(t *Type, field string, node frontend.Node, env map[string]*Type) (uint64, bool) {
	if t.Kind == TypeVarT {
		if b, ok := env[t.Name]; ok {
			return sc.checkIn(b, field, node, nil)
		}
		sc.d.errorf(node, "C104", "instantiate the generic class with concrete types (Item[str])",
			fmt.Sprintf("Storage field '%s' has the unbound type parameter %s", field, t.Name))
		return 0, false
	}
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
		_, ok := sc.checkIn(t.Args[0], field, node, env)
		return sizeIndirect, ok
	case TreeMapT:
		if t.Bare || len(t.Args) != 2 {
			sc.d.errorf(node, "C103", "write TreeMap[K, V] with key and value types", fmt.Sprintf("Storage field '%s': TreeMap needs a key and a value type", field))
			return 0, false
		}
		ok := true
		key := t.Args[0]
		if key.Kind == TypeVarT && env[key.Name] != nil {
			key = env[key.Name]
		}
		if !treeMapKeyOK(key) && key.Kind != TypeVarT {
			sc.d.errorf(node, "E018", "keys must be ordered: str, bytes, Address, a sized int or bigint",
				fmt.Sprintf("TreeMap key for '%s' must be Comparable (str, Address, u32, etc.), got '%s'", field, key))
			ok = false
		}
		if _, vok := sc.checkIn(t.Args[1], field, node, env); !vok {
			ok = false
		}
		return sizeTreeMap, ok
	case ArrayT:
		if len(t.Args) != 2 || t.Len <= 0 {
			sc.d.errorf(node, "E017", "write Array[T, Literal[N]] with N > 0", fmt.Sprintf("Array size for '%s' must be positive integer", field))
			return 0, false
		}
		es, ok := sc.checkIn(t.Args[0], field, node, env)
		return es * uint64(t.Len), ok
	case ClassT:
		args := make([]*Type, len(t.Args))
		for i, a := range t.Args {
			if a.Kind == TypeVarT && env[a.Name] != nil {
				a = env[a.Name]
			}
			args[i] = a
		}
		return sc.classSize(t.Class, args, field, node)
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

func (sc *storageChecker) classSize(c *Class, args []*Type, field string, node frontend.Node) (uint64, bool) {
	if !c.AllowStorage && !c.IsContract {
		if !sc.reported[c] {
			sc.reported[c] = true
			sc.d.errorf(c.Node, "E014", "decorate the class with @allow_storage",
				fmt.Sprintf("Class '%s' used in storage needs @allow_storage decorator", c.Name))
		}
		return 0, false
	}
	if len(args) != len(c.TypeParams) {
		sc.d.errorf(node, "C104", "instantiate the generic class with one type per parameter",
			fmt.Sprintf("Storage field '%s': %s takes %d type arguments, got %d", field, c.Name, len(c.TypeParams), len(args)))
		return 0, false
	}
	key := &Type{Kind: ClassT, Class: c, Args: args}
	for _, k := range sc.sizeKeys {
		if sameType(k.t, key) {
			return k.size, true
		}
	}
	if sc.busy[c] {
		sc.d.errorf(node, "C104", "break the cycle with a DynArray or TreeMap", fmt.Sprintf("Storage class '%s' contains itself", c.Name))
		return 0, false
	}
	sc.busy[c] = true
	defer delete(sc.busy, c)
	var env map[string]*Type
	if len(args) > 0 {
		env = map[string]*Type{}
		for i, p := range c.TypeParams {
			env[p] = args[i]
		}
	}
	var size uint64
	ok := true
	for _, f := range sc.m.recordFields(c) {
		s, fok := sc.checkIn(f.Type, f.Name, f.Node, env)
		ok = ok && fok
		size += s
	}
	if ok {
		sc.sizeKeys = append(sc.sizeKeys, sizeKey{key, size})
	}
	return size, ok
}

type sizeKey struct {
	t    *Type
	size uint64
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
	sc := &storageChecker{m: m, d: d, reported: map[*Class]bool{}, busy: map[*Class]bool{}}
	var off uint64
	for _, f := range m.recordFields(ct.Class) {
		size, _ := sc.check(f.Type, f.Name, f.Node)
		ct.Fields = append(ct.Fields, &StorageField{Name: f.Name, Type: f.Type, Offset: off, Size: size, Node: f.Node})
		off += size
	}
	ct.Size = off
}
