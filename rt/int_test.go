package rt

import (
	"testing"
)

func TestIntSmoke(t *testing.T) {
	a := IntFromInt64(1 << 62)
	b := a.Add(a)
	if b.IsSmall() || b.String() != "9223372036854775808" {
		t.Fatalf("overflow promotion: %v", b)
	}
	if got := b.Sub(IntFromInt64(1)); !got.IsSmall() {
		t.Fatalf("normalisation failed")
	}
	if Repr(IntFromInt64(-7).FloorDiv(IntFromInt64(2))) != "-4" {
		t.Fatal("floordiv")
	}
}
