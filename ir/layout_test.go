package ir

import (
	"testing"

	"github.com/genvm-go/genvm/rt/storage"
)

// anyDesc lets a Layout stand for an element descriptor of any Go type: only
// sizes matter here.
type anyDesc struct{ storage.Layout }

func (anyDesc) Get(storage.Loc) (any, error) { return nil, nil }
func (anyDesc) Set(storage.Loc, any) error   { return nil }

// rtLayout builds the runtime's descriptor for a storage type.
func rtLayout(t *testing.T, m *Module, ty *Type) storage.Layout {
	switch ty.Kind {
	case BoolT:
		return storage.Bool
	case NoneT:
		return storage.None
	case FloatT:
		return storage.Float
	case AddressT:
		return storage.Address
	case StrT:
		return storage.Str
	case BytesT:
		return storage.Bytes
	case BigIntT:
		return storage.BigInt
	case SizedT:
		if ty.Signed {
			return storage.Signed(ty.Bits)
		}
		return storage.Unsigned(ty.Bits)
	case SDKT:
		if ty.Name == "datetime" {
			return storage.Time
		}
	case DynArrayT:
		return storage.DynArrayDesc[any]{Item: anyDesc{rtLayout(t, m, ty.Args[0])}}
	case ArrayT:
		return storage.ArrayDesc[any]{Item: anyDesc{rtLayout(t, m, ty.Args[0])}, N: ty.Len}
	case TreeMapT:
		return storage.NewTreeMapDesc[any, any](anyDesc{rtLayout(t, m, ty.Args[0])}, anyDesc{rtLayout(t, m, ty.Args[1])}, func(a, b any) int { return 0 })
	case ClassT:
		return rtRecord(t, m, ty.Class)
	}
	t.Fatalf("no runtime descriptor for %s", ty)
	return nil
}

func rtRecord(t *testing.T, m *Module, c *Class) *storage.RecordDesc {
	var specs []storage.FieldSpec
	for _, f := range m.recordFields(c) {
		specs = append(specs, storage.FieldSpec{Name: f.Name, Desc: rtLayout(t, m, f.Type)})
	}
	d, err := storage.NewRecord(c.Name, specs...)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLayoutMatchesRuntime cross-checks the checker's storage layout (sizes
// and offsets by the spec's rules) with the runtime's descriptors.
func TestLayoutMatchesRuntime(t *testing.T) {
	src := `# { "Depends": "py-genlayer:test" }
import datetime
import typing
from dataclasses import dataclass
from genlayer import *

@allow_storage
@dataclass
class Inner:
    a: u8
    b: i24
    s: str

@allow_storage
@dataclass
class Base:
    id: u64

@allow_storage
@dataclass
class Rec(Base):
    inner: Inner
    when: datetime.datetime
    arr: Array[Inner, typing.Literal[3]]
    id: u64

class C(gl.Contract):
    flag: bool
    n: u256
    m: i64
    big: bigint
    f: float
    who: Address
    name: str
    data: bytes
    rec: Rec
    recs: DynArray[Rec]
    by_key: TreeMap[str, Rec]
    fixed: Array[u16, typing.Literal[7]]
    nested: TreeMap[Address, DynArray[TreeMap[u32, Inner]]]
    last: u8

    def __init__(self):
        pass
`
	r := Check("c.py", []byte(src), Options{})
	for _, d := range r.Diags {
		t.Errorf("unexpected %s %s", d.Code, d.Msg)
	}
	ct := r.Contract
	rec := rtRecord(t, r.Module, ct.Class)
	if uint64(rec.Size()) != ct.Size {
		t.Errorf("contract size %d, runtime %d", ct.Size, rec.Size())
	}
	for i, f := range ct.Fields {
		rf := rec.Fields[i]
		if rf.Name != f.Name || uint64(rf.Off) != f.Offset || uint64(rf.Desc.Size()) != f.Size {
			t.Errorf("field %s: offset %d size %d; runtime %s offset %d size %d", f.Name, f.Offset, f.Size, rf.Name, rf.Off, rf.Desc.Size())
		}
	}
	// By the spec's table: 1+32+8+4+8+20+4+4 + Rec(8+(1+3+4)+25+3*8) + 4+12+14+12+1.
	if ct.Size != 81+65+43 {
		t.Errorf("contract size %d, want %d", ct.Size, 81+65+43)
	}
}

// TestGenericStorageLayout: storage generics are laid out per instantiation.
func TestGenericStorageLayout(t *testing.T) {
	src := `# { "Depends": "py-genlayer:test" }
from dataclasses import dataclass
from genlayer import *

@allow_storage
@dataclass
class Item[T]:
    value: T
    tags: DynArray[T]

@allow_storage
@dataclass
class Pair[K, V]:
    key: K
    inner: Item[V]

class C(gl.Contract):
    a: Item[str]
    b: Item[u64]
    c: Pair[u8, Address]
    d: TreeMap[str, Item[i16]]

    def __init__(self):
        pass
`
	r := Check("g.py", []byte(src), Options{})
	for _, d := range r.Diags {
		t.Errorf("unexpected %s %s", d.Code, d.Msg)
	}
	var got []uint64
	for _, f := range r.Contract.Fields {
		got = append(got, f.Size)
	}
	want := []uint64{4 + 4, 8 + 4, 1 + 20 + 4, 12}
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			t.Fatalf("field sizes %v, want %v", got, want)
		}
	}
	bad := Check("g.py", []byte(`from genlayer import *
from dataclasses import dataclass

@allow_storage
@dataclass
class Item[T]:
    value: T

class C(gl.Contract):
    a: Item
    b: TreeMap[str, Item[int]]

    def __init__(self):
        pass
`), Options{})
	codes := map[string]int{}
	for _, d := range bad.Diags {
		codes[d.Code]++
	}
	if codes["C104"] != 1 || codes["E015"] != 1 {
		t.Errorf("want one C104 (bare generic) and one E015 (int through T), got %v", bad.Diags)
	}
}
