package evmabi

import (
	"bytes"
	"encoding/hex"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/rt/address"
)

func types(t *testing.T, names ...string) []*Type {
	t.Helper()
	out := make([]*Type, len(names))
	for i, n := range names {
		ty, err := Parse(n)
		if err != nil {
			t.Fatal(err)
		}
		if ty.Name() != n {
			t.Fatalf("Parse(%q).Name() = %q", n, ty.Name())
		}
		out[i] = ty
	}
	return out
}

func n(x int64) *big.Int { return big.NewInt(x) }

// equal compares decoded values (ints by value, bytes by content).
func equal(a, b any) bool {
	switch x := a.(type) {
	case *big.Int:
		y, ok := b.(*big.Int)
		return ok && x.Cmp(y) == 0
	case []byte:
		y, ok := b.([]byte)
		return ok && bytes.Equal(x, y)
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equal(x[i], y[i]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

func addr(t *testing.T, s string) address.Address {
	a, err := address.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Vectors of the SDK's tests (runners/genlayer-py-std/tests/
// test_eth_encoding.py and test_eth_contract.py).
func TestEncodeCallSDKVectors(t *testing.T) {
	a1 := addr(t, "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4")
	a2 := addr(t, "0x7b38da6a701c568545dcfcb03fcb875f56bedfb3")
	for _, c := range []struct {
		name   string
		params []string
		args   []any
		sel    string
		want   string // hex of the whole call, "" to check the selector only
	}{
		{"baz", []string{"uint32", "bool"}, []any{n(69), true}, "cdcd77c0",
			"cdcd77c0" + strings.Repeat("0", 62) + "45" + strings.Repeat("0", 63) + "1"},
		{"bar", []string{"bytes3[2]"}, []any{[]any{[]byte{1, 2, 3}, []byte{4, 5, 6}}}, "fce353f6", ""},
		{"sam", []string{"bytes", "bool", "uint256[]"}, []any{[]byte("dave"), true, []any{n(1), n(2), n(3)}}, "a5643bf2",
			"a5643bf20000000000000000000000000000000000000000000000000000000000000060000000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000000000000000000a0000000000000000000000000000000000000000000000000000000000000000464617665000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003000000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000003"},
		{"approve", []string{"address", "uint256"}, []any{a1, n(1)}, "095ea7b3", ""},
		// the SDK's TupleCodec defers a static tuple's elements to the next
		// round of tails: the address head comes first (not standard ABI)
		{"send", []string{"(uint256)", "address"}, []any{[]any{n(1)}, a1}, "2e65cae2",
			"2e65cae2000000000000000000000000" + "5b38da6a701c568545dcfcb03fcb875f56beddc4" + strings.Repeat("0", 63) + "1"},
		{"transfer", []string{"uint256[][]", "address[]"}, []any{[]any{[]any{n(123), n(456)}, []any{n(789)}}, []any{a1, a2}}, "7a63729a",
			"7a63729a000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000001400000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000a00000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000007b00000000000000000000000000000000000000000000000000000000000001c80000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000031500000000000000000000000000000000000000000000000000000000000000020000000000000000000000005b38da6a701c568545dcfcb03fcb875f56beddc40000000000000000000000007b38da6a701c568545dcfcb03fcb875f56bedfb3"},
		{"const", []string{"(string,address,string)[]"}, []any{[]any{
			[]any{"str1", a1, "str2"},
			[]any{"str3", a2, strings.Repeat("my last string", 20)},
		}}, "ed6df702",
			"ed6df702000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000040000000000000000000000000000000000000000000000000000000000000012000000000000000000000000000000000000000000000000000000000000000600000000000000000000000005b38da6a701c568545dcfcb03fcb875f56beddc400000000000000000000000000000000000000000000000000000000000000a0000000000000000000000000000000000000000000000000000000000000000473747231000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004737472320000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000600000000000000000000000007b38da6a701c568545dcfcb03fcb875f56bedfb300000000000000000000000000000000000000000000000000000000000000a00000000000000000000000000000000000000000000000000000000000000004737472330000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001186d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e676d79206c61737420737472696e670000000000000000"},
		{"send", []string{"(uint256,string)"}, []any{[]any{n(1), "x"}}, "eb0edd92", ""},
		// test_eth_contract.py: foo(str) and bar(str)
		{"foo", []string{"string"}, []any{"123"}, "f31a6969",
			"f31a6969" + strings.Repeat("0", 62) + "20" + strings.Repeat("0", 63) + "3" + hex.EncodeToString([]byte("123")) + strings.Repeat("0", 58)},
		{"bar", []string{"string"}, []any{"abc"}, "d473a8ed", ""},
	} {
		params := types(t, c.params...)
		sel := Selector(c.name, params)
		if hex.EncodeToString(sel[:]) != c.sel {
			t.Errorf("%s: selector %x, want %s", Signature(c.name, params), sel, c.sel)
		}
		got, err := EncodeCall(c.name, params, c.args)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if c.want != "" && hex.EncodeToString(got) != c.want {
			t.Errorf("%s:\n got %x\nwant %s", c.name, got, c.want)
		}
		// every encoding decodes back (test_eth_decoding_inverse), except
		// the SDK's static tuple among parameters: its elements are written
		// in the next round of tails, after the following heads
		if c.sel == "2e65cae2" {
			continue
		}
		back, err := Decode(&Type{Kind: Tuple, Elems: params, Inplace: true}, got[4:])
		if err != nil || !equal(back, c.args) {
			t.Errorf("%s: decode %v %v", c.name, back, err)
		}
	}
}

// Round trips of test_eth_decoding.py's test_eth_decoding_for_type.
func TestDecodeRoundTrip(t *testing.T) {
	long := strings.Repeat("yet another long string", 20)
	ls := make([]any, 15)
	for i := range ls {
		ls[i] = long
	}
	for _, c := range []struct {
		typ  string
		vals []any
	}{
		{"uint32", []any{n(8), n(0)}},
		{"int32", []any{n(-32), n(0), n(32)}},
		{"address", []any{address.Address([]byte(strings.Repeat("0", 20)))}},
		{"bool", []any{true, false}},
		{"string", []any{"", "a123", strings.Repeat("looong string", 30), "руские буквы"}},
		{"bytes", []any{[]byte{}, []byte("a123"), []byte(strings.Repeat("looong string", 30))}},
		{"(uint32,uint32)", []any{[]any{n(1), n(2)}}},
		{"(uint32,string,uint32)", []any{[]any{n(1), "str!", n(2)}}},
		{"uint32[]", []any{[]any{}, []any{n(1)}, []any{n(2), n(3), n(4), n(5)}}},
		{"string[]", []any{[]any{}, []any{"1"}, ls}},
		{"string[][]", []any{[]any{[]any{}}, []any{[]any{"1"}}, []any{[]any{"1", "2"}, []any{"3", "4"}}}},
		{"uint8[3][2]", []any{[]any{[]any{n(1), n(2), n(3)}, []any{n(4), n(5), n(6)}}}},
	} {
		ty := types(t, c.typ)[0]
		for _, v := range c.vals {
			enc, err := EncodeCall("test", []*Type{ty}, []any{v})
			if err != nil {
				t.Fatalf("%s %v: %v", c.typ, v, err)
			}
			got, err := Decode(ty, enc[4:])
			if err != nil || !equal(got, v) {
				t.Errorf("%s: %v -> %x -> %v %v", c.typ, v, enc[4:], got, err)
			}
		}
	}
}

func TestEncodeErrors(t *testing.T) {
	u8 := types(t, "uint8")
	// to_bytes(32): the declared width is not checked, only 256 bits
	if _, err := EncodeCall("f", u8, []any{n(300)}); err != nil {
		t.Errorf("uint8 300: %v", err)
	}
	for _, c := range []struct {
		typ  string
		v    any
		kind string
	}{
		{"uint8", n(-1), "OverflowError"},
		{"uint256", new(big.Int).Lsh(n(1), 256), "OverflowError"},
		{"int256", new(big.Int).Lsh(n(1), 255), "OverflowError"},
		{"bytes2", []byte{1}, "AssertionError"},
		{"(uint8,uint8)", []any{n(1)}, "AssertionError"},
	} {
		_, err := EncodeCall("f", types(t, c.typ), []any{c.v})
		e, ok := err.(*Error)
		if !ok || e.Kind != c.kind {
			t.Errorf("%s %v: %v, want %s", c.typ, c.v, err, c.kind)
		}
	}
	if _, err := EncodeCall("f", types(t, "int256"), []any{new(big.Int).Neg(new(big.Int).Lsh(n(1), 255))}); err != nil {
		t.Errorf("int256 min: %v", err)
	}
	for _, bad := range []string{"uint7", "uint264", "bytes33", "foo", "(uint8", "uint8[x]"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

func BenchmarkEncodeCall(b *testing.B) {
	params, _ := Parse("(address,uint256,string[])")
	args := []any{address.Address{1}, n(12345), []any{"a", "bb", "ccc"}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EncodeCall("f", params.Elems, args); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzDecode: decoding arbitrary bytes as any of a set of types never
// panics and stays within its value budget.
func FuzzDecode(f *testing.F) {
	var ts []*Type
	for _, n := range []string{"uint256", "int8", "bool", "address", "bytes4", "bytes", "string",
		"uint256[]", "string[][]", "(uint32,string,uint32)", "(string,address,string)[]", "uint8[3][2]", "bytes[2]"} {
		ty, err := Parse(n)
		if err != nil {
			f.Fatal(err)
		}
		ts = append(ts, ty)
	}
	enc, _ := EncodeCall("f", []*Type{ts[8]}, []any{[]any{[]any{"a", "b"}, []any{}}})
	f.Add(uint8(8), enc[4:])
	f.Add(uint8(5), []byte{})
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		Decode(ts[int(which)%len(ts)], data)
	})
}

// An aliased encoding describing many more values than bytes is refused.
func TestDecodeAliasBudget(t *testing.T) {
	// string[][] whose outer array has 1000 entries all pointing at the same
	// inner array of 1000 strings would be 10^6 values from a few KB
	w := func(x int) []byte { b := make([]byte, 32); word(big.NewInt(int64(x)), b); return b }
	var data []byte
	data = append(data, w(32)...)   // offset of the outer array
	data = append(data, w(1000)...) // outer length
	for range 1000 {
		data = append(data, w(32*1000)...) // every entry: the same inner array
	}
	data = append(data, w(1000)...)
	for range 1000 {
		data = append(data, w(0)...)
	}
	ty, _ := Parse("string[][]")
	if _, err := Decode(ty, data); err == nil {
		t.Fatal("aliased data decoded")
	}
}
