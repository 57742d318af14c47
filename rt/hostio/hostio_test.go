package hostio

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
)

func TestFrames(t *testing.T) {
	var buf bytes.Buffer
	WriteFrame(&buf, 7, []byte("abc"))
	WriteFrame(&buf, 8, nil)
	if got := buf.Bytes(); !bytes.Equal(got, []byte{4, 0, 0, 0, 7, 'a', 'b', 'c', 1, 0, 0, 0, 8}) {
		t.Fatalf("frames % x", got)
	}
	r := NewFrameReader(&buf)
	k, p, err := r.Read()
	if err != nil || k != 7 || string(p) != "abc" {
		t.Fatal(k, p, err)
	}
	if k, p, err = r.Read(); err != nil || k != 8 || len(p) != 0 {
		t.Fatal(k, p, err)
	}
	if _, _, err = r.Read(); err != ErrClosed {
		t.Fatal(err)
	}
	huge := binary.LittleEndian.AppendUint32(nil, MaxFrame+1)
	for _, c := range []struct {
		in   []byte
		want string
	}{
		{[]byte{1, 0}, "frame at byte 0: truncated length prefix"},
		{[]byte{0, 0, 0, 0}, "frame at byte 0: empty frame"},
		{huge, "exceeds the limit"},
		{[]byte{1, 0, 0, 0, 9, 5, 0, 0, 0, 1}, "frame at byte 5: truncated: 1 of 5 bytes"},
	} {
		r := NewFrameReader(bytes.NewReader(c.in))
		var err error
		for err == nil {
			_, _, err = r.Read()
		}
		var fe *FrameError
		if !errors.As(err, &fe) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("% x: %v, want %q", c.in, err, c.want)
		}
	}
	if err := WriteFrame(&buf, 0, make([]byte, MaxFrame)); err == nil {
		t.Error("oversized frame written")
	}
}

func TestMessageRoundTrip(t *testing.T) {
	m := &Message{
		ContractAddress: address.Address{1}, SenderAddress: address.Address{2}, OriginAddress: address.Address{3},
		Stack: []address.Address{{4}}, ChainID: big.NewInt(61999), Value: big.NewInt(5), IsInit: true,
		Datetime: "2024-11-26T06:42:42.424242Z", EntryKind: EntryMain, EntryData: []byte{6},
	}
	enc := calldata.MustEncode(m.Calldata())
	v, err := calldata.Decode(enc)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseMessage(v)
	if err != nil {
		t.Fatal(err)
	}
	if !calldata.Equal(got.Calldata(), m.Calldata()) {
		t.Fatalf("round trip:\n%s\n%s", calldata.DebugString(got.Calldata()), calldata.DebugString(m.Calldata()))
	}
	mp := v.(calldata.Map)
	for i, e := range mp {
		broken := append(calldata.Map(nil), mp[:i]...)
		broken = append(broken, mp[i+1:]...)
		_, err := ParseMessage(broken)
		if e.Key == "entry_stage_data" {
			if err != nil {
				t.Errorf("entry_stage_data is optional: %v", err)
			}
			continue
		}
		var me *MessageError
		if !errors.As(err, &me) || me.Field != e.Key || me.Msg != "missing" {
			t.Errorf("without %s: %v", e.Key, err)
		}
		bad := append(calldata.Map(nil), mp...)
		bad[i].Value = "wrong"
		if e.Key == "datetime" {
			bad[i].Value = big.NewInt(1)
		}
		if _, err := ParseMessage(bad); err == nil {
			t.Errorf("%s of the wrong type accepted", e.Key)
		}
	}
}
