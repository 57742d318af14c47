package storage

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/rt/address"
)

func mustHex(s string) SlotID {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		panic(s)
	}
	return SlotID(b)
}

// Spec §4 worked vectors.
func TestSlotIDs(t *testing.T) {
	if got := CodeSlot.String(); got != "e1ae23412792df6b6a98fb7c9839701fb8b02b6fc7ed022810f78346494685e7" {
		t.Errorf("code slot %s", got)
	}
	if got := ContractSlot.String(); got != "372d46c3ada9f897c74d349bbfe0e450c798167c9f580f8daf85def57e96c3ea" {
		t.Errorf("contract slot %s", got)
	}
}

// The default locked slots as printed by storage/locking/default-frozen.1.stdout.
func TestLockDefaultGolden(t *testing.T) {
	st := NewMemStore()
	tx := NewTx(st, nil)
	r := Root{tx}
	if err := r.LockDefault(); err != nil {
		t.Fatal(err)
	}
	var ints []string
	if err := r.LockedSlots().Each(func(_ int, s SlotID) error {
		ints = append(ints, s.Int().String())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := "[0, 104719743780096590577697194990451901900258198514698274453690604555695722573537, 5147135863452175656394978567785114489906633378855095627257376406960105455802, 46342954650747611132690097513405510122375903838997656252402239048600340445473]"
	if got := "[" + strings.Join(ints, ", ") + "]"; got != want {
		t.Errorf("locked slots\n got %s\nwant %s", got, want)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	// count 4, then four 32-byte ids, all in the locked_slots slot
	if b := st.Bytes(LockedSlotsSlot); len(b) != 4+4*32 || b[0] != 4 {
		t.Errorf("locked_slots slot bytes: %x", b)
	}
}

func TestLockPolicy(t *testing.T) {
	st := NewMemStore()
	tx := NewTx(st, nil)
	r := Root{tx}
	upgrader := address.Address{2}
	if err := r.WriteCode([]byte("# code")); err != nil {
		t.Fatal(err)
	}
	if err := r.LockDefault(); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	// a sender that is not an upgrader cannot touch the code slot
	p, err := LoadLockPolicy(st, address.Address{9})
	if err != nil {
		t.Fatal(err)
	}
	tx2 := NewTx(st, p)
	if err := (Root{tx2}).Code().Truncate(0); !errors.Is(err, ErrForbidden) || err.Error() != "6: forbidden" {
		t.Fatalf("truncate code: %v", err)
	}
	if err := U32.Set(ContractLoc(tx2), 7); err != nil {
		t.Fatalf("contract field write: %v", err)
	}
	// after adding an upgrader (by an allowed tx), the upgrader may write
	tx3 := NewTx(st, nil)
	if err := (Root{tx3}).Upgraders().Append(upgrader); err != nil {
		t.Fatal(err)
	}
	if err := tx3.Commit(); err != nil {
		t.Fatal(err)
	}
	p, err = LoadLockPolicy(st, upgrader)
	if err != nil || p != nil {
		t.Fatalf("upgrader policy %v %v", p, err)
	}
	code, _ := Root{NewTx(st, nil)}.ReadCode()
	if string(code) != "# code" {
		t.Errorf("code %q", code)
	}
}

// storage/base.py + base.stdout: record Test{foo i64, bar i64, st str} twice
// in Composite{a, b}; the golden shows the record at the slot
// sha3(0^32 ‖ u32le(4)) and the str contents at its indirections 16 and 36.
func TestBaseGolden(t *testing.T) {
	test := MustRecord("Test", FieldSpec{"foo", I64}, FieldSpec{"bar", I64}, FieldSpec{"st", Str})
	comp := MustRecord("Composite", FieldSpec{"a", test}, FieldSpec{"b", test})
	if test.Size() != 20 || comp.Size() != 40 {
		t.Fatalf("sizes %d %d", test.Size(), comp.Size())
	}
	st := NewMemStore()
	tx := NewTx(st, nil)
	c, _ := comp.Get(Loc{tx, RootSlot.Indirect(4), 0})
	a, b := Record{c.FieldLoc(0), test}, Record{c.FieldLoc(1), test}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(I64.Set(a.FieldLoc(0), 65535))
	must(I64.Set(a.FieldLoc(1), 1<<32))
	must(Str.Set(a.FieldLoc(2), "123"))
	must(I64.Set(b.FieldLoc(0), 13))
	must(Str.Set(b.FieldLoc(2), "321"))
	must(tx.Commit())
	want1 := `27a15e7450d9f04e9c3d8d2d856a8e9c78dfa0081ea2c128fdc93ce2df35ebd6
	bytearray(b'\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00\r\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00')
9138fa1bc4e06bc6f687e58c92a8cb3320e995c7bb63960c6f48497ebdbe2bcf
	bytearray(b'123')
6900ece86419bdb9d02481a4501c4357e7d25c20f69fb36b54b3248cf8fe912f
	bytearray(b'321')
`
	if got := dumpLike(st, RootSlot.Indirect(4)); got != want1 {
		t.Errorf("first dump:\n%s\nwant\n%s", got, want1)
	}
	must(comp.Fields[0].Desc.(*RecordDesc).Set(c.FieldLoc(0), b)) // tst.a = tst.b
	must(tx.Commit())
	want2 := `27a15e7450d9f04e9c3d8d2d856a8e9c78dfa0081ea2c128fdc93ce2df35ebd6
	bytearray(b'\r\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\r\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00')
9138fa1bc4e06bc6f687e58c92a8cb3320e995c7bb63960c6f48497ebdbe2bcf
	bytearray(b'321')
6900ece86419bdb9d02481a4501c4357e7d25c20f69fb36b54b3248cf8fe912f
	bytearray(b'321')
`
	if got := dumpLike(st, RootSlot.Indirect(4)); got != want2 {
		t.Errorf("second dump:\n%s\nwant\n%s", got, want2)
	}
	sa, _ := Str.Get(a.FieldLoc(2))
	sb, _ := Str.Get(b.FieldLoc(2))
	if sa != "321" || sb != "321" {
		t.Errorf("%q %q", sa, sb)
	}
}

// dumpLike prints slots as the SDK's InmemManager.debug() does, the given
// slot first, then its indirections at 16 and 36 (the order they were
// created in base.py).
func dumpLike(st *MemStore, s SlotID) string {
	var sb strings.Builder
	for _, id := range []SlotID{s, s.Indirect(16), s.Indirect(36)} {
		fmt.Fprintf(&sb, "%s\n\tbytearray(%s)\n", id, pyBytes(st.Bytes(id)))
	}
	return sb.String()
}

func pyBytes(b []byte) string {
	var sb strings.Builder
	sb.WriteString("b'")
	for _, c := range b {
		switch {
		case c == '\\' || c == '\'':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c == '\t':
			sb.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte('\'')
	return sb.String()
}

func TestTxJournal(t *testing.T) {
	st := NewMemStore()
	s := SlotID{1}
	if err := st.Write(s, 0, []byte{1, 2, 3, 4}); err != nil {
		t.Fatal(err)
	}
	tx := NewTx(st, nil)
	buf := make([]byte, 6)
	if err := tx.Write(s, 2, []byte{9}); err != nil {
		t.Fatal(err)
	}
	if err := tx.Read(s, 0, buf); err != nil || !bytes.Equal(buf, []byte{1, 2, 9, 4, 0, 0}) {
		t.Fatalf("read through journal %v %v", buf, err)
	}
	if got := st.Bytes(s); !bytes.Equal(got, []byte{1, 2, 3, 4}) {
		t.Fatalf("journal leaked before commit: %v", got)
	}
	// a write spanning a page boundary and far offsets
	big := bytes.Repeat([]byte{7}, 300)
	if err := tx.Write(s, 100, big); err != nil {
		t.Fatal(err)
	}
	var runs []string
	_ = tx.Writes(func(slot SlotID, off uint32, data []byte) error {
		runs = append(runs, fmt.Sprintf("%d+%d", off, len(data)))
		return nil
	})
	if got := strings.Join(runs, " "); got != "2+1 100+300" {
		t.Errorf("runs %s", got)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := st.Bytes(s); len(got) != 400 || got[2] != 9 || got[399] != 7 || got[99] != 0 {
		t.Fatalf("after commit len %d", len(got))
	}
	// discard drops writes
	tx2 := NewTx(st, nil)
	_ = tx2.Write(s, 0, []byte{0xee})
	tx2.Discard()
	if st.Bytes(s)[0] != 1 {
		t.Error("discarded write reached the store")
	}
	if err := tx.Write(s, 0xffffffff, []byte{1, 2}); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("write past 2^32: %v", err)
	}
}

func TestIntRanges(t *testing.T) {
	tx := NewTx(NewMemStore(), nil)
	l := Loc{tx, SlotID{3}, 0}
	if err := U8.Set(l, 256); err == nil || err.Error() != "OverflowError: int too big to convert" {
		t.Errorf("u8 256: %v", err)
	}
	if err := U8.SetInt(l, -1); err == nil || err.Error() != "OverflowError: can't convert negative int to unsigned" {
		t.Errorf("u8 -1: %v", err)
	}
	if err := I8.Set(l, 128); err == nil || I8.Set(l, -129) == nil {
		t.Error("i8 range")
	}
	if err := I8.Set(l, -128); err != nil {
		t.Error(err)
	}
	if v, _ := I8.Get(l); v != -128 {
		t.Errorf("i8 got %d", v)
	}
	for _, bits := range []int{8, 24, 64, 72, 128, 200, 256} {
		u, s := Unsigned(bits), Signed(bits)
		max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(bits)), big.NewInt(1))
		if err := u.Set(l, max); err != nil {
			t.Errorf("u%d max: %v", bits, err)
		}
		if got, _ := u.Get(l); got.Cmp(max) != 0 {
			t.Errorf("u%d max read %v", bits, got)
		}
		if err := u.Set(l, new(big.Int).Add(max, big.NewInt(1))); err == nil {
			t.Errorf("u%d max+1 accepted", bits)
		}
		min := new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), uint(bits-1)))
		if err := s.Set(l, min); err != nil {
			t.Errorf("i%d min: %v", bits, err)
		}
		if got, _ := s.Get(l); got.Cmp(min) != 0 {
			t.Errorf("i%d min read %v", bits, got)
		}
		if err := s.Set(l, new(big.Int).Sub(min, big.NewInt(1))); err == nil {
			t.Errorf("i%d min-1 accepted", bits)
		}
	}
}

// A record built in memory and then assigned into storage is copied: later
// changes to the in-memory value do not reach the contract's state.
func TestInmemRecordAssignment(t *testing.T) {
	rec := MustRecord("Point", FieldSpec{"x", I32}, FieldSpec{"label", Str})
	p, err := Inmem[Record](rec)
	if err != nil {
		t.Fatal(err)
	}
	must(t, I32.Set(p.FieldLoc(0), -7))
	must(t, Str.Set(p.FieldLoc(1), "origin"))
	st := NewMemStore()
	tx := NewTx(st, nil)
	field, _ := rec.Get(ContractLoc(tx))
	must(t, rec.Set(field.Loc, p))
	must(t, Str.Set(p.FieldLoc(1), "moved"))
	must(t, tx.Commit())
	if got := st.Bytes(ContractSlot); hex.EncodeToString(got) != "f9ffffff06000000" {
		t.Errorf("contract slot %x", got)
	}
	if got := st.Bytes(ContractSlot.Indirect(4)); string(got) != "origin" {
		t.Errorf("label %q", got)
	}
}
